"""Shared fixtures: a fresh emulated namespace (`state_dir`), our console scripts (`run_cli`),
the kernel-differential options, and the end-of-run report of what was compared with the kernel."""
from __future__ import annotations

import collections

import pytest

try:  # tests/ may or may not become a package
    from .kernel.ours import OurCLI
except ImportError:
    from kernel.ours import OurCLI

REPORT = pytest.StashKey()


def pytest_addoption(parser):
    g = parser.getgroup("kernel", "kernel-differential tests (tests/kernel)")
    g.addoption("--cmdline-seeds", type=int, default=1400, help="generated command-line cases (default 1400; with the corpus files over 2000 cases)")
    g.addoption("--seeds", type=int, default=50, help="generated kernel scenarios (default 50; with tests/scenarios over 100)")
    g.addoption("--seed-start", type=int, default=0, help="first seed of both generators (default 0)")
    g.addoption("--cli-mode", choices=("fork", "subprocess"), default="fork",
                help="run our console scripts forked from a warm process (default) or exec()ed")
    g.addoption("--full-table", action="store_true",
                help="also fill the kernel's conntrack table (262144 connections, about 3 minutes): "
                     "tests/kernel/test_full_table.py")


class KernelReport:
    """What the kernel-differential tests compared; printed at the end of the run."""

    def __init__(self):
        self.n = collections.Counter()
        self.seconds = collections.Counter()  # wall time spent running both sides
        self.ran = collections.Counter()      # cases run in that time (batches may run ahead)
        self.skipped = {}

    def timed(self, kind, seconds, cases):
        self.seconds[kind] += seconds
        self.ran[kind] += cases

    def add(self, kind, same, lines=0, same_lines=0):
        self.n[kind] += 1
        self.n[kind + " identical"] += bool(same)
        self.n[kind + " lines"] += lines
        self.n[kind + " lines identical"] += same_lines


def pytest_configure(config):
    config.stash[REPORT] = KernelReport()


@pytest.fixture(scope="session")
def kernel_report(request):
    return request.config.stash[REPORT]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    rep = config.stash.get(REPORT, None)
    if rep is None:
        return
    tr, n = terminalreporter, rep.n
    tr.section("compared with the kernel")
    for kind, unit in (("cmdline", "command-line cases"), ("scenario", "scenarios")):
        if n[kind]:
            rate = f"; {rep.ran[kind] / rep.seconds[kind]:.1f} per second" if rep.seconds[kind] else ""
            lines = (f" ({n[kind + ' lines']} command lines, {n[kind + ' lines identical']} identical)"
                     if n[kind + " lines"] else "")
            tr.write_line(f"{unit}: {n[kind]} compared, {n[kind + ' identical']} identical, "
                          f"{n[kind] - n[kind + ' identical']} different{lines}{rate}")
        elif kind in rep.skipped:
            tr.write_line(f"{unit}: none compared (skipped: {rep.skipped[kind]})")
        else:
            tr.write_line(f"{unit}: none compared")


@pytest.fixture(scope="session")
def cli_runner(request):
    """Our console scripts, run in child processes (see tests/kernel/ours.py)."""
    with OurCLI(request.config.getoption("--cli-mode")) as cli:
        yield cli


@pytest.fixture
def state_dir(tmp_path):
    """A fresh PYIPTABLES_STATE directory: an emulated namespace nothing has touched yet."""
    return tmp_path / "state"


@pytest.fixture
def run_cli(cli_runner, state_dir):
    """run_cli(["pyiptables", "-L"], input=None) -> (rc, stdout, stderr) with PYIPTABLES_STATE=state_dir."""
    def run(argv, input=None):
        data = input.encode() if isinstance(input, str) else input
        rc, out, err = cli_runner.run(list(argv), data, str(state_dir))
        return rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    return run
