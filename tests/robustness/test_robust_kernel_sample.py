"""A sample of the fuzzed command lines and restore inputs, also run by the real iptables-legacy in
throwaway network namespaces (tests/kernel/lab.py) that start from the same ruleset: both tools must
accept or refuse each case alike, with the same exit status, the same output when they accept, and
leave the same ruleset and counters (iptables-save -c) either way.

Error wording and which of several errors in one line is reported first are compared line by line
by tests/kernel/test_cmdline.py; this sample checks what a fuzz case does to the namespace. Two
outputs of the real tool we do not emulate are left out of the stdout comparison (their state
still is compared): the extensions' part of `-h` (tests/cli and commands.cmd:89 track it) and the
dump of libiptc's table layout that `-v -v` prints after a rule command."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import robust_strategies as S
import robust_support as rs

# no shrinking: each step runs the real tool again, and the message shows the whole case
FAST = dict(deadline=None, suppress_health_check=list(HealthCheck), database=None, phases=[Phase.generate])


@pytest.fixture(scope="module")
def netns(real_netns):
    """The session's kernel lab (tests/kernel/lab.py Netns): a fresh namespace per case."""
    return real_netns


def text(b: bytes) -> str:
    return rs.mask_dates(b.decode("utf-8", "surrogateescape"))


def unemulated(out: bytes) -> bool:
    return out.startswith(b"iptables v1.8.9 (legacy)\n\nUsage:") or b"\nlibiptc v" in out


def compare(netns, scratch, steps_of):
    """steps_of: [(prog, args, stdin)] per case, after the base ruleset; the last step is compared."""
    real = netns.cases([[{"argv": ["iptables-restore", "-c"], "input": rs.RULES.encode()},
                         {"argv": [prog[2:], *args], "input": stdin},
                         {"argv": ["iptables-save", "-c"]}] for prog, args, stdin in steps_of])
    problems = []
    for (prog, args, stdin), (_, (rc, out, err), (_, saved, _)) in zip(steps_of, real):
        state = rs.fresh_state(scratch)
        r = rs.run(prog, args, state, stdin, cwd=scratch)
        r.check_clean(f"{prog} {args!r}")
        ours_saved = rs.run("pyiptables-save", ["-c"], state).outb
        what = f"{prog} {args!r}" + (f" <<< {stdin!r}" if stdin else "")
        if r.rc != rc:
            problems.append(f"{what}: exit {r.rc}, iptables-legacy {rc}\n  ours: {r.err}  real: {err!r}")
        elif rc == 0 and text(r.outb) != text(out) and not unemulated(out):
            problems.append(f"{what}: stdout differs\n  ours: {r.outb!r}\n  real: {out!r}")
        elif text(ours_saved) != text(saved):
            problems.append(f"{what}: iptables-save -c differs afterwards\n  ours: {ours_saved!r}\n  real: {saved!r}")
    assert not problems, f"{len(problems)} of {len(steps_of)} cases differ from iptables-legacy:\n" + "\n".join(problems)


@settings(max_examples=rs.examples(40, cost=5), **FAST)
@given(argv=st.one_of(S.iptables_argv(), S.corpus_argv()))
def test_command_lines_like_the_kernel(argv, netns, scratch):
    compare(netns, scratch, [("pyiptables", argv, None)])


@settings(max_examples=rs.examples(30, cost=5), **FAST)
@given(opts=st.lists(st.sampled_from(["-c", "-n", "-t"]), max_size=2, unique=True), data=S.restore_file())
def test_restore_inputs_like_the_kernel(opts, data, netns, scratch):
    compare(netns, scratch, [("pyiptables-restore", opts, data)])
