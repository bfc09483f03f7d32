"""Command-line differential tests: the same command lines through the real iptables-legacy (and
conntrack, ip, sysctl) in a fresh namespace and through our console scripts in a fresh state;
exit status, stdout and stderr must be identical (save dates masked).

Cases: every line of tests/cmdline/* (ids FILE:LINE[:CHAIN]), every --cmdline-sweeps'th case of the
systematic sweeps in tests/cmdline/sweeps/ (11580 cases, all identical to the kernel when they were
written; a whole run of them takes minutes, so the suite samples them), the host model's enumerated
ones (ids host-GROUP-N, see gen_hostcmd.py) and --cmdline-seeds generated ones (ids seed-N, see
gen_cmdline.py). Both sides run in batches, concurrently, in helper processes.
"""
from __future__ import annotations

import os
import shlex
import time

import pytest

from . import cmdcorpus, gen_cmdline, gen_hostcmd
from .compare import step_diffs
from .lab import side_by_side
from .ours import OurCLI

CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cmdline")
CHUNK = 100


def all_cases(config):
    key = "_pyipt_cmdline_cases"
    if not hasattr(config, key):
        start, n = config.getoption("--seed-start"), config.getoption("--cmdline-seeds")
        gen = [cmdcorpus.CmdCase(f"seed-{s}", cmdcorpus.with_final_save(gen_cmdline.case(s)))
               for s in range(start, start + n)]
        every = config.getoption("--cmdline-sweeps")
        sweeps = cmdcorpus.load(os.path.join(CORPUS, "sweeps"))[::every] if every > 0 else []
        setattr(config, key, cmdcorpus.load(CORPUS) + sweeps + gen_hostcmd.cases() + gen)
    return getattr(config, key)


def pytest_generate_tests(metafunc):
    if "cmdcase" in metafunc.fixturenames:
        cases = all_cases(metafunc.config)
        if metafunc.function.__name__ == "test_corpus_expectation":
            cases = [c for c in cases if c.expect]
        metafunc.parametrize("cmdcase", cases, ids=[c.id for c in cases])


class Batches:
    """Runs the selected cases CHUNK at a time: the kernel side, and ours split over its servers,
    all at once (ours is the CPU-bound side)."""

    def __init__(self, real, ours, order, report):
        self.real, self.ours, self.order, self.report = real, ours, order, report
        self.pos = {c.id: i for i, c in enumerate(order)}
        self.done = {}

    def get(self, case):
        if case.id not in self.done:
            i = self.pos.get(case.id)
            chunk = [case] if i is None else [c for c in self.order[i:i + CHUNK] if c.id not in self.done]
            t0, n = time.monotonic(), len(self.ours)
            real, *parts = side_by_side(lambda: self.real.cases([c.steps for c in chunk]),
                                        *[lambda k=k: self.ours[k].cases([c.steps for c in chunk[k::n]]) for k in range(n)])
            ours = [None] * len(chunk)
            for k in range(n):
                ours[k::n] = parts[k]
            self.report.timed("cmdline", time.monotonic() - t0, len(chunk))
            for c, r, o in zip(chunk, real, ours):
                self.done[c.id] = (r, o)
        return self.done[case.id]


@pytest.fixture(scope="session")
def cmdline_runs(request, real_netns, cli_runner, kernel_report):
    order, seen = [], set()
    for item in request.session.items:
        case = getattr(item, "callspec", None) and item.callspec.params.get("cmdcase")
        if case is not None and case.id not in seen:
            seen.add(case.id)
            order.append(case)
    with OurCLI(cli_runner.mode) as second:
        yield Batches(real_netns, [cli_runner, second], order, kernel_report)


def show(step):
    argv = shlex.join(step["argv"])
    return argv + (" <<EOF\n" + step["input"].decode(errors="replace") + "EOF" if step.get("input") else "")


def test_cmdline(cmdcase, cmdline_runs, kernel_report):
    real, ours = cmdline_runs.get(cmdcase)
    report, same = [], 0
    for n, (step, r, o) in enumerate(zip(cmdcase.steps, real, ours), 1):
        d = step_diffs(r, o, step["argv"][0])
        same += not d
        if d:
            report.append(f"step {n}: {show(step)}\n" + "\n".join(d))
    kernel_report.add("cmdline", not report, len(cmdcase.steps), same)
    if report:
        pytest.fail(f"{cmdcase.id}: ours differs from the kernel\n" + "\n".join(report), pytrace=False)


def test_corpus_expectation(cmdcase, cmdline_runs):
    """The corpus's own OK/FAIL and expected save text agree with the real iptables."""
    real, _ = cmdline_runs.get(cmdcase)
    problem = cmdcorpus.expectation_problem(cmdcase, real)
    if problem:
        pytest.fail(f"{cmdcase.id}: fix the corpus line: {problem}", pytrace=False)
