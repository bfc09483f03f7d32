"""Hostile text in rules: comments, log prefixes, chain, interface, set-like names holding terminal
escapes (\\x1b[2J), rich markup ([bold red]), newlines where iptables allows them, bytes that are not
UTF-8, right-to-left marks and the maximum lengths.

The compatible outputs (iptables-save, -S, -L, and the refusals) must be byte for byte what
iptables-legacy prints in a throwaway namespace: raw, as the C tools print them. Our own views
(pyiptables-replay: the table, --trace, --log -, the summary; plain, on a terminal through rich, and
as JSON) must keep them inert: escaped, never interpreted as markup, never sent raw to a terminal."""
from __future__ import annotations

import io
import json
import os
import re
import struct

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import robust_strategies as S
import robust_support as rs

FAST = dict(deadline=None, suppress_health_check=list(HealthCheck), database=None)
B = os.fsdecode            # argv bytes as Python sees them (surrogateescape)

FIXED = [b"a\x1b[2Jb", b"line1\nline2", b"[bold red]x[/]", b"[link=file:///etc/passwd]y[/link]", b"\xc3\xa9\xf0\x9f\x94\xa5",
         b"x" * 256, b"x" * 254 + b"\xc3\xa9", b"tab\there \"q\" \\back", b"\xff\xfe", b"\xc3", b"\xc3\xa9" * 15,
         b"z" * 40, b"\r", b"\x7f", b"'", b'"', b"\\", b"", b" ", b"a b", b"$x", b"#", b"\x1b]0;title\x07",
         b"\xe2\x80\xae", b"-", b"!", b"--x", b"\xed\xa0\x80", b"a\x1fb", b"a\xc2\xa0b", b"\xe3\x80\x80", b"%n%s",
         b":smile:", b"\x1b[6n", b"\x9b2J"]


def placements(s: str) -> list[list[list[str]]]:
    """Command sequences putting s where iptables takes free text."""
    return [
        [["iptables", "-A", "INPUT", "-m", "comment", "--comment", s, "-j", "ACCEPT"]],
        [["iptables", "-A", "INPUT", "-j", "LOG", "--log-prefix", s]],
        [["iptables", "-A", "INPUT", "-j", "NFLOG", "--nflog-prefix", s]],
        [["iptables", "-N", s], ["iptables", "-A", "INPUT", "-j", s], ["iptables", "-A", "INPUT", "-g", s]],
        [["iptables", "-A", "FORWARD", "-i", s, "-o", s]],
        [["iptables", "-A", "INPUT", "-m", "recent", "--name", s, "--set"]],
        [["iptables", "-A", "INPUT", "-m", "hashlimit", "--hashlimit-name", s, "--hashlimit-upto", "1/s"]],
        [["iptables", "-A", "INPUT", "-p", "tcp", "-m", "string", "--string", s, "--algo", "bm"]],
        [["iptables", "-A", "INPUT", "-m", "helper", "--helper", s]],
        [["iptables", "-A", "INPUT", "-j", "IDLETIMER", "--timeout", "5", "--label", s]],
    ]


VIEWS = [["iptables-save", "-c"], ["iptables", "-S"], ["iptables", "-L", "-n", "-v", "--line-numbers"],
         ["iptables", "-L"], ["iptables", "-t", "filter", "-v", "-S", "INPUT"]]
OURS = {"iptables": "pyiptables", "iptables-save": "pyiptables-save", "iptables-restore": "pyiptables-restore"}


@pytest.fixture(scope="module")
def netns(real_netns):
    """The session's kernel lab (tests/kernel/lab.py Netns): a fresh namespace per case."""
    return real_netns


def same_as_kernel(netns, scratch, cases):
    """Each case (a list of argv) then VIEWS, in a fresh namespace and a fresh PYIPTABLES_STATE."""
    cases = [c + VIEWS for c in cases]
    real = netns.cases([[{"argv": a} for a in c] for c in cases])
    problems = []
    for steps, results in zip(cases, real):
        state = scratch / f"h-{os.urandom(4).hex()}"
        for argv, (rc, out, err) in zip(steps, results):
            r = rs.run(OURS[argv[0]], argv[1:], state)
            r.check_clean(repr(argv))
            ours = (r.rc, rs.mask_dates(r.outb.decode("utf-8", "surrogateescape")), r.errb)
            theirs = (rc, rs.mask_dates(out.decode("utf-8", "surrogateescape")), err)
            if ours != theirs:
                problems.append(f"{steps[0]!r}, at {argv!r}:\n  ours: {ours!r}\n  real: {theirs!r}")
                break
    assert not problems, f"{len(problems)} of {len(cases)} cases differ from iptables-legacy:\n" + "\n".join(problems)


def test_fixed_hostile_text_like_the_kernel(netns, scratch):
    same_as_kernel(netns, scratch, [c for s in FIXED for c in placements(B(s))])


hostile = st.one_of(
    st.sampled_from([B(s) for s in FIXED]),
    st.binary(min_size=0, max_size=40).filter(lambda b: b"\0" not in b).map(B),
    st.lists(st.sampled_from(S.HOSTILE[:-1] + ["a", " ", "é", "\n", "\x1b", "[", "]", "/", "\\", '"']),
             max_size=8).map("".join),
)


@settings(max_examples=rs.examples(15, cost=10), phases=[Phase.generate], **FAST)
@given(text=hostile)
def test_random_hostile_text_like_the_kernel(text, netns, scratch):
    same_as_kernel(netns, scratch, placements(text)[:4])


def test_hostile_text_survives_save_and_restore(netns, scratch):
    """iptables-save's quoting of hostile comments and prefixes restores to the same rules."""
    quoted = ('"a\\"b\\\\c"', '"[bold red]x[/]"', '"\x1b[2J"', '"é🔥"', "\\x", '"tab\there"', '"\\\'"')
    data = ("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
            + "".join(f"-A INPUT -m comment --comment {q} -j LOG --log-prefix {q}\n" for q in quoted)
            + "COMMIT\n").encode()
    steps = [(["iptables-restore"], data)] + [(argv, b"") for argv in VIEWS]
    real = netns.cases([[{"argv": argv, "input": stdin} for argv, stdin in steps]])[0]
    state = scratch / f"h-{os.urandom(4).hex()}"
    for (argv, stdin), (rc, out, err) in zip(steps, real):
        r = rs.run(OURS[argv[0]], argv[1:], state, stdin)
        assert (r.rc, rs.mask_dates(r.outb.decode("utf-8", "surrogateescape")), r.errb) == \
            (rc, rs.mask_dates(out.decode("utf-8", "surrogateescape")), err), argv


# -- our own views -------------------------------------------------------------------------------------
SGR = re.compile(r"\x1b\[[0-9;]*m")
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|[\udc80-\udcff]")


class _Tty(rs._Stream):
    def isatty(self):
        return True

    def fileno(self):
        raise io.UnsupportedOperation("fileno")


def replay_views(state, scratch):
    """(plain text, rich on a terminal, JSON lines) of replaying one SSH SYN, with --trace --log -."""
    tcp = struct.pack("!HHIIBBHHH", 40000, 22, 1000, 0, 5 << 4, 0x02, 1024, 0, 0)
    (scratch / "syn.pcap").write_bytes(S.pcap_bytes([(1.0, S.eth(S.ipv4("10.0.1.2", "10.0.1.1", 6, tcp)))]))
    args = ["--trace", "--log", "-", "--events", "syn.pcap"]
    out = {}
    for view in ("text", "rich", "json"):
        saved_stream, saved_env = rs._Stream, {k: os.environ.get(k) for k in ("TERM", "COLUMNS", "NO_COLOR")}
        if view == "rich":
            rs._Stream = _Tty
            os.environ.update(TERM="xterm-256color", COLUMNS="300")
            os.environ.pop("NO_COLOR", None)
        try:
            r = rs.run("pyiptables-replay", args + (["--json"] if view == "json" else []),
                       rs.copy_state(state, scratch), cwd=scratch)
        finally:
            rs._Stream = saved_stream
            for k, v in saved_env.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        r.check_clean(f"pyiptables-replay ({view})")
        assert r.rc == 0, r.err
        out[view] = r.outb.decode("utf-8", "surrogateescape")
    return out


def esc(s: str) -> str:
    from pyiptables.cli.term import inert
    return inert(s)


def c_cut(s: str, size: int) -> str:
    from pyiptables.xtoptions import c_cut
    return c_cut(s, size)


@settings(max_examples=rs.examples(25, cost=2), **FAST)
@given(comment=hostile, chain=hostile, prefix=hostile)
def test_replay_views_keep_hostile_text_inert(comment, chain, prefix, scratch):
    state = rs.fresh_state(scratch)
    ok_chain = rs.run("pyiptables", ["-N", chain], state).rc == 0
    target = chain if ok_chain else "svc"
    assert rs.run("pyiptables", ["-I", "INPUT", "-p", "tcp", "-j", target], state).rc == 0
    ok_comment = rs.run("pyiptables", ["-I", target, "-m", "comment", "--comment", comment, "-j", "ACCEPT"],
                        state).rc == 0
    ok_prefix = rs.run("pyiptables", ["-I", target, "-j", "LOG", "--log-prefix", prefix], state).rc == 0
    views = replay_views(state, scratch)
    kept = [(c_cut(comment, 256), ok_comment), (chain, ok_chain), (c_cut(prefix, 30), ok_prefix)]
    for view in ("text", "rich"):
        shown = SGR.sub("", views[view]) if view == "rich" else views[view]
        raw = RAW.search(shown)
        assert not raw, f"{view} view passes {raw.group()!r} through raw:\n{views[view]!r}"
        if view == "rich":
            assert not re.search(r"\x1b(?!\[[0-9;]*m)", views[view]), f"a non-SGR escape from rich: {views[view]!r}"
        for text, there in kept:
            if there and text:
                assert esc(text) in shown, \
                    f"{view} view does not show {text!r} as {esc(text)!r} (markup interpreted?)\n{shown}"
    by = [json.loads(line).get("by") or {} for line in views["json"].splitlines()]
    if ok_comment:
        assert by[0].get("comment") == kept[0][0], (by, comment)
