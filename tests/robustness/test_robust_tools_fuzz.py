"""Fuzzed pyconntrack, pyip, pysysctl and pyiptables-save command lines: never a traceback, a failure
is a message and a non-zero exit, and a failing command changes nothing (pysysctl, like procps, works
through its arguments one by one: a failing run may have set the keys it names, nothing else)."""
from __future__ import annotations

import fnmatch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import robust_strategies as S
import robust_support as rs

FAST = dict(deadline=None, suppress_health_check=list(HealthCheck), database=None)


@pytest.fixture(autouse=True, scope="module")
def no_event_loop():
    """`pyconntrack -E` follows the events file until SIGINT: in-process it returns at once."""
    from pyiptables.cli import conntrack
    saved = conntrack.cmd_events
    conntrack.cmd_events = lambda a, store: 0
    yield
    conntrack.cmd_events = saved


def checked(prog, argv, scratch, silent_ok=False):
    state = rs.fresh_state(scratch)
    before_bytes, before = rs.base_views()
    r = rs.run(prog, argv, state, cwd=scratch)
    what = f"{prog} {argv!r}"
    assert r.crash is None, f"{what}: uncaught exception\n{r.crash}"
    assert not rs.TRACEBACK.search(r.err), f"{what}: traceback on stderr\n{r.err}"
    if r.rc and not silent_ok:
        assert r.err.strip() or r.out.strip(), f"{what}: exit {r.rc} without a message"
    return state, r, before_bytes, before, what


@settings(max_examples=rs.examples(120), **FAST)
@given(argv=S.tool_argv(S.CT_WORDS))
def test_pyconntrack(argv, scratch):
    state, r, before_bytes, before, what = checked("pyconntrack", argv, scratch)
    if r.rc:
        rs.assert_unchanged(state, before_bytes, before, what)
    else:
        rs.snapshot(state)


@settings(max_examples=rs.examples(120), **FAST)
@given(argv=S.tool_argv(S.IP_WORDS))
def test_pyip(argv, scratch):
    state, r, before_bytes, before, what = checked("pyip", argv, scratch)
    if r.rc:
        rs.assert_unchanged(state, before_bytes, before, what)
    else:
        rs.snapshot(state)


def sysctl_values(state) -> dict:
    r = rs.run("pysysctl", ["-a"], state)
    return dict(line.split(" = ", 1) for line in r.out.splitlines())


def _keys(argv: list[str]) -> list[str]:
    """The keys `k=v` arguments name, as procps reads them ('/' and '.' swap; globs stay)."""
    out = []
    for a in argv:
        k = a.partition("=")[0].strip().lstrip("-")
        if "/" in k and "." not in k.split("/")[0]:
            k = ".".join(c.replace(".", "/") for c in k.split("/"))
        out.append(k.replace("/", "."))
    return out


FORWARDING = ("net.ipv4.ip_forward", "net.ipv4.conf.*.forwarding")


def named(key: str, argv: list[str]) -> bool:
    """Whether an argument names this key. The forwarding keys move together
    (devinet_sysctl_forward: ip_forward and conf.all.forwarding set every device's)."""
    keys = _keys(argv)
    group = [key]
    if any(fnmatch.fnmatchcase(key, f) for f in FORWARDING):
        group += ["net.ipv4.ip_forward", "net.ipv4.conf.all.forwarding", "net.ipv4.conf.default.forwarding"]
    return any(k == g or fnmatch.fnmatchcase(g, k) for k in keys for g in group)


@settings(max_examples=rs.examples(120), **FAST)
@given(argv=S.tool_argv(S.SYSCTL_WORDS))
def test_pysysctl(argv, scratch):
    # procps exits 1 without a word for an empty key with an empty value (`sysctl =`), measured
    empty = any(a.partition("=")[1] and not a.partition("=")[0].strip().lstrip("-") and
                not a.partition("=")[2].strip() for a in argv)
    # and silently for a one-character setting without `=` under -w (`sysctl -w 0`), measured
    empty = empty or ("-w" in argv and any(len(a) == 1 and a not in "-=" for a in argv))
    state, r, before_bytes, before, what = checked("pysysctl", argv, scratch, silent_ok=empty)
    if not r.rc:
        rs.snapshot(state)
        return
    after = rs.snapshot(state)
    others = {k: v for k, v in after.items() if k != "pysysctl -a"}
    assert others == {k: v for k, v in before.items() if k != "pysysctl -a"}, what
    if any(a in ("-p", "-f", "--load", "--system") or a.startswith(("-p", "--load=")) for a in argv):
        return                      # keys come from files too
    old, new = sysctl_values(rs.base_template()), sysctl_values(state)
    changed = [k for k in new if new[k] != old.get(k)]
    assert all(named(k, argv) for k in changed), f"{what}: changed {changed}, not all named"


SAVE_WORDS = ["-c", "-t", "filter", "nat", "raw", "bogus", "x" * 40, "-M", "/sbin/modprobe", "-f", "out.rules",
              "-b", "-d", "--table", "--counters", "-V", "--dump", "--file=o2", "--t", "--modprobe", "--", "extra"]


@settings(max_examples=rs.examples(60), **FAST)
@given(argv=S.tool_argv(SAVE_WORDS))
def test_pyiptables_save(argv, scratch):
    state, r, before_bytes, before, what = checked("pyiptables-save", argv, scratch)
    if r.rc:
        rs.assert_unchanged(state, before_bytes, before, what)


# -- a few through the installed console scripts ----------------------------------------------------------
@settings(max_examples=rs.examples(5, cost=10), **FAST)
@given(ct=S.tool_argv(S.CT_WORDS).filter(lambda a: not any(w in ("-E", "--event") for w in a)),
       ip=S.tool_argv(S.IP_WORDS), sysctl=S.tool_argv(S.SYSCTL_WORDS))
def test_console_scripts(ct, ip, sysctl, scratch):
    for prog, argv in (("pyconntrack", ct), ("pyip", ip), ("pysysctl", sysctl)):
        state = rs.fresh_state(scratch)
        r = rs.sub(prog, argv, state, cwd=scratch, timeout=20)
        assert not rs.TRACEBACK.search(r.err), f"{prog} {argv!r}: traceback\n{r.err}"
