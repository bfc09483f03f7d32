"""Units of the restore loop: add_param_to_argv's word splitting and the [p:b] counter cut,
checked against a character-by-character statement of the measured behaviour."""
from __future__ import annotations

import random

import pytest

from pyiptables.restore import MAX_ARGS, MAX_PARAM, normalize, rule_counters, split_params
from pyiptables.xtables import ParamError


def reference_words(s: str, nargs: int) -> list[str]:
    """One character at a time: blanks end a non-empty word; `"` opens a quote (the word goes
    on); in a quote `\\` takes the next character, `"` ends the word (even empty); too long is
    1024 unquoted characters; 254 argv words at most."""
    words, buf, quote, escaped = [], [], False, False

    def end():
        nonlocal nargs
        if nargs >= MAX_ARGS:
            raise ParamError("Parser cannot handle more arguments")
        nargs += 1
        words.append("".join(buf))
        buf.clear()

    for ch in s:
        if quote:
            if escaped:
                buf.append(ch)
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quote = False
                end()
            else:
                buf.append(ch)
        elif ch == '"':
            quote = True
        elif ch in " \t\n":
            if buf:
                end()
        else:
            buf.append(ch)
            if len(buf) >= MAX_PARAM:
                raise ParamError("Parameter too long!")
    if buf:
        end()
    return words


def outcome(fn, s, nargs):
    try:
        return fn(s, nargs)
    except ParamError as e:
        return e.message


@pytest.mark.parametrize("seed", range(20))
def test_split_params_matches_reference(seed):
    rnd = random.Random(seed)
    alphabet = ['a', 'b', ' ', ' ', '\t', '"', '"', '\\', '-', 'x', '\n', 'é']
    for _ in range(2000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        nargs = rnd.choice([3, 6, 250, 252])
        assert outcome(lambda a, b: split_params(a, 1, b), s, nargs) == outcome(reference_words, s, nargs), repr(s)


def test_split_params_long_words():
    for n in (1022, 1023, 1024, 2000):
        for s in ("x" * n, '"' + "x" * n + '"', "a" * 500 + '"q"' + "b" * n):
            assert outcome(lambda a, b: split_params(a, 1, b), s, 3) == outcome(reference_words, s, 3)


def test_rule_counters_cuts():
    assert rule_counters("[1:2] -A INPUT\n", 1) == ("1", "2", " -A INPUT\n")
    assert rule_counters("[1:2]-A X\n", 1) == ("1", "2", "-A X\n")
    # the first ':' after ']' ends the line there (strtok writes a NUL)
    assert rule_counters("[5] -A INPUT -m comment --comment a:b\n", 1) == ("5] -A INPUT -m comment --comment a",
                                                                            "b\n", " -A INPUT -m comment --comment a")
    with pytest.raises(ParamError, match="need ]"):
        rule_counters("[1:2 -A INPUT\n", 7)
    with pytest.raises(ParamError, match="need ]"):
        rule_counters("[1 -A INPUT]\n", 7)


def test_normalize_pieces():
    text, no_nl = normalize(b"a\nb")
    assert text == "a\nb\n" and no_nl == {2}
    text, no_nl = normalize(b"#" + b"x" * 10238 + b"\nz\n")
    assert text.split("\n")[1] == "" and no_nl == {1}      # 10239 bytes, then the lone newline
    text, no_nl = normalize(b"ab\0cd\nef\n")
    assert text == "ab\nef\n" and no_nl == {1}


def _restore_save(tmp_path, steps):
    """Run iptables-restore inputs in turn on one state, then `iptables-save -c -t filter` lines."""
    import io
    from pyiptables.cli import restore, save
    from pyiptables.store import Store
    store = Store(tmp_path / "state")
    for argv, text in steps:
        err = io.StringIO()
        assert restore.run(argv, store, stdin=io.BytesIO(text.encode()), stdout=io.StringIO(), stderr=err) == 0, err.getvalue()
    out = io.StringIO()
    save.run(["iptables-save", "-c", "-t", "filter"], store, stdout=out, stderr=io.StringIO())
    return [line for line in out.getvalue().splitlines() if line[:1] in ":["]


def test_zero_in_restore_keeps_what_the_transaction_set(tmp_path):
    # measured on iptables-legacy 1.8.9: counters set by this restore survive its -Z
    got = _restore_save(tmp_path, [(["iptables-restore", "-c"],
                                    "*filter\n:INPUT ACCEPT [5:5]\n:FOO - [0:0]\n[3:3] -A INPUT -j ACCEPT\n"
                                    "[4:4] -A FOO -j ACCEPT\n-Z\n-Z FOO 1\nCOMMIT\n")])
    assert got == [":INPUT ACCEPT [5:5]", ":FORWARD ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]", ":FOO - [0:0]",
                   "[3:3] -A INPUT -j ACCEPT", "[4:4] -A FOO -j ACCEPT"]


def test_zero_in_noflush_restore_zeroes_the_kernels_rules_only(tmp_path):
    got = _restore_save(tmp_path, [
        (["iptables-restore", "-c"], "*filter\n:INPUT DROP [5:5]\n[3:3] -A INPUT -j ACCEPT\n[6:6] -A INPUT -j DROP\nCOMMIT\n"),
        (["iptables-restore", "--noflush", "-c"],
         "*filter\n:INPUT DROP [9:9]\n[7:7] -I INPUT 2 -j RETURN\n-Z INPUT\n[8:8] -R INPUT 3 -j DROP\n-Z INPUT 3\nCOMMIT\n")])
    assert got == [":INPUT DROP [9:9]", ":FORWARD ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
                   "[0:0] -A INPUT -j ACCEPT", "[7:7] -A INPUT -j RETURN", "[8:8] -A INPUT -j DROP"]
