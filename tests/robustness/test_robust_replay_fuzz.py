"""Fuzzed captures (well-formed, truncated, garbled, wrong link types, odd clocks) and option lines
fed to pyiptables-replay: never a traceback, a failure is a message and a non-zero exit and commits
nothing (a replay is one transaction), a success leaves a store every tool reads, and our own views
never pass a control character through."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import robust_strategies as S
import robust_support as rs

FAST = dict(deadline=None, suppress_health_check=list(HealthCheck), database=None)
OPTIONS = [["-q"], ["--json"], ["--trace"], ["--events"], ["--log", "-"], ["--log", "log.txt"], ["--in", "eth0"],
           ["--in", "eth1"], ["--accepted", "a.pcap"], ["--dropped", "d.pcap"], ["--write-generated", "g.pcap"]]
BROKEN = [["--in", "eth9"], ["--bogus"], ["-x"], ["--in"], ["missing.pcap"], ["-"], ["--help"], ["--log", "/"],
          ["--accepted", "/nonexistent/a.pcap"], ["c.pcap"]]
option_lines = st.lists(st.one_of(st.sampled_from(OPTIONS), st.sampled_from(OPTIONS), st.sampled_from(BROKEN)),
                        max_size=4).map(lambda groups: [w for g in groups for w in g])
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@settings(max_examples=rs.examples(100), **FAST)
@given(opts=option_lines, data=S.capture(), stdin=st.booleans())
def test_captures(opts, data, stdin, scratch):
    state = rs.fresh_state(scratch)
    before_bytes, before = rs.base_views()
    (scratch / "c.pcap").write_bytes(data)
    args = list(opts) + ["-" if stdin else "c.pcap"]
    r = rs.run("pyiptables-replay", args, state, data if stdin else b"", cwd=scratch)
    what = f"pyiptables-replay {args!r} with {data[:64]!r}..."
    r.check_clean(what)
    if r.rc:
        rs.assert_unchanged(state, before_bytes, before, what)
    else:
        rs.snapshot(state)
    if "--json" not in opts:
        bad = CONTROL.search(r.out) or CONTROL.search(r.err)
        assert not bad, f"{what}: a control character {bad.group()!r} in our own output"


@settings(max_examples=rs.examples(4, cost=10), **FAST)
@given(data=S.capture())
def test_console_script(data, scratch):
    state = rs.fresh_state(scratch)
    before_bytes, before = rs.base_views()
    r = rs.sub("pyiptables-replay", ["-"], state, data, cwd=scratch)
    r.check_clean("pyiptables-replay -")
    if r.rc:
        rs.assert_unchanged(state, before_bytes, before, "pyiptables-replay -")
