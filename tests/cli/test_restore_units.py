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
