"""Fuzzed pyiptables command lines and pyiptables-restore inputs: never a traceback, a failure is a
message and a non-zero exit, and a failing command leaves the namespace as it was (a failing restore:
as it was plus the tables it committed before the failing line, as iptables-restore does)."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import robust_strategies as S
import robust_support as rs

FAST = dict(deadline=None, suppress_health_check=list(HealthCheck), database=None)
VIEWS = (["-S"], ["-L", "-n", "-v", "-x", "--line-numbers"], ["-L"], ["-t", "nat", "-S"], ["-t", "mangle", "-L", "-v"])


def views_clean(state, what):
    for v in VIEWS:
        r = rs.run("pyiptables", v, state)
        r.check_clean(f"{what}; then pyiptables {' '.join(v)}")
        assert r.rc == 0, f"{what}; then pyiptables {' '.join(v)}: {r.err}"


def save_round_trips(state, tmp, what):
    """What pyiptables-save prints loads back with pyiptables-restore and saves the same. Not every
    save restores (iptables-legacy saves MASQUERADE --to-ports 1000-2000/5 as .../0, which its own
    restore refuses): a refusal must be a clean one; the kernel sample compares the saves themselves."""
    saved = rs.run("pyiptables-save", ["-c"], state)
    saved.check_clean(what)
    again = rs.fresh_state(tmp)
    r = rs.run("pyiptables-restore", ["-c"], again, saved.outb)
    r.check_clean(f"{what}; restoring its save")
    if r.rc == 0:
        assert rs.mask_dates(rs.run("pyiptables-save", ["-c"], again).out) == rs.mask_dates(saved.out), \
            f"{what}: its save restores to something else"


@settings(max_examples=rs.examples(250), **FAST)
@given(argv=st.one_of(S.iptables_argv(), S.corpus_argv()))
def test_iptables_command_lines(argv, scratch):
    state = rs.fresh_state(scratch)
    before_bytes, before = rs.base_views()
    r = rs.run("pyiptables", argv, state, cwd=scratch)
    what = f"pyiptables {argv!r}"
    r.check_clean(what)
    if r.rc:
        rs.assert_unchanged(state, before_bytes, before, what)
    else:
        views_clean(state, what)
        save_round_trips(state, scratch, what)


RESTORE_OPTS = ["-c", "-n", "-t", "-v", "--noflush", "--counters", "-T", "filter", "-T", "nat", "--table=raw",
                "-w", "1", "-W", "5", "-M", "/sbin/modprobe", "-b", "-x", "--bogus", "extra-file"]


def committed_prefix(data: bytes, err: str) -> bytes | None:
    """The input up to the last COMMIT before the line a restore failed at (None: it failed before
    reading any line). Tables committed there stay committed, as the kernel keeps them."""
    lines = [int(n) for n in re.findall(r"line:? (\d+)", err)]
    if not lines:
        return None
    failed = max(lines)
    parts = data.split(b"\n")
    last = 0
    for i, line in enumerate(parts[:-1], 1):        # a COMMIT needs its newline
        if i >= failed:
            break
        if line == b"COMMIT":
            last = i
    return b"".join(p + b"\n" for p in parts[:last])


@settings(max_examples=rs.examples(150), **FAST)
@given(opts=st.lists(st.sampled_from(RESTORE_OPTS), max_size=3), data=S.restore_file(),
       from_file=st.booleans())
def test_restore_inputs(opts, data, from_file, scratch):
    state = rs.fresh_state(scratch)
    before_bytes, before = rs.base_views()
    args = list(opts)
    if from_file:
        (scratch / "in.rules").write_bytes(data)
        args.append("in.rules")
    r = rs.run("pyiptables-restore", args, state, b"" if from_file else data, cwd=scratch)
    what = f"pyiptables-restore {args!r} <<< {data!r}"
    r.check_clean(what)
    if r.rc == 0:
        views_clean(state, what)
        if "-t" in opts:
            rs.assert_unchanged(state, before_bytes, before, what + " (--test)")
        return
    prefix = committed_prefix(data, r.err)
    if not prefix or "-t" in opts:
        rs.assert_unchanged(state, before_bytes, before, what)
        return
    expect = rs.fresh_state(scratch)
    p = rs.run("pyiptables-restore", [o for o in args if o != "in.rules"], expect, prefix, cwd=scratch)
    assert p.rc == 0, f"{what}: the committed part alone fails:\n{p.err}"
    after, want = rs.snapshot(state), rs.snapshot(expect)
    assert after == want, f"{what}: not the state of the tables committed before the error\n{rs.diff(want, after)}"


# -- the same through the installed console scripts (a smaller number: each is a process) ------------
@settings(max_examples=rs.examples(8, cost=10), **FAST)
@given(argv=st.one_of(S.iptables_argv(), S.corpus_argv()), data=S.restore_file())
def test_console_scripts(argv, data, scratch):
    state = rs.fresh_state(scratch)
    before_bytes, before = rs.base_views()
    for prog, args, stdin, testing in (("pyiptables", argv, b"", False), ("pyiptables-restore", ["-t"], data, True)):
        r = rs.sub(prog, args, state, stdin, cwd=scratch)
        what = f"{prog} {args!r}"
        r.check_clean(what)
        if r.rc or testing:
            rs.assert_unchanged(state, before_bytes, before, what)
        state = rs.fresh_state(scratch)
