"""Shared fixtures: a fresh emulated namespace (`state_dir`), our console scripts (`run_cli`,
`cli_runner`), the kernel lab of tests/kernel/lab.py for every directory (`real_netns`,
`kernel_labs`, `kernel_lab`), the kernel-differential options, and the end-of-run report of what was
compared with the kernel."""
from __future__ import annotations

import atexit
import collections
import contextlib
import functools
import os
import shutil
import tempfile

import pytest

try:  # tests/ may or may not become a package
    from .kernel import lab, ours
except ImportError:
    from kernel import lab, ours



def _quick_files():
    """Where the session's files go, and compiled once. Our store fsyncs every commit (two fsyncs,
    ~6 ms each on a disk) and the suite commits tens of thousands of times: temporary files (state
    directories, the command servers' files) go to a tmpfs when the machine has one with room,
    unless TMPDIR says where. Where PYTHONDONTWRITEBYTECODE keeps the source tree free of
    __pycache__, the commands we start (console scripts, forked commands' lazy imports) still
    compile each module once, into a directory of the session instead of the tree."""
    if "TMPDIR" not in os.environ:
        try:
            st = os.statvfs("/dev/shm")
            roomy = st.f_bavail * st.f_frsize >= 1 << 30 and os.access("/dev/shm", os.W_OK | os.X_OK)
        except OSError:
            roomy = False
        if roomy:
            os.environ["TMPDIR"] = "/dev/shm"
            tempfile.tempdir = None  # gettempdir() reads TMPDIR again
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.environ.get("PYTHONPYCACHEPREFIX"):
        cache = tempfile.mkdtemp(prefix="pyipt-pycache-")
        atexit.register(shutil.rmtree, cache, True)
        os.environ["PYTHONPYCACHEPREFIX"] = cache
        del os.environ["PYTHONDONTWRITEBYTECODE"]


_quick_files()

LABS = 4  # Lab copies: a scenario mostly waits for its capture's timestamps, so four run side by side

REPORT = pytest.StashKey()


def pytest_addoption(parser):
    g = parser.getgroup("kernel", "kernel-differential tests (tests/kernel)")
    g.addoption("--cmdline-seeds", type=int, default=1400, help="generated command-line cases (default 1400; with the corpus files over 2000 cases)")
    g.addoption("--cmdline-sweeps", type=int, default=16, metavar="N",
                help="every Nth case of the generated sweeps in tests/cmdline/sweeps/ (default 16, about 720 of "
                     "their 11580; 1: all of them, about 8 minutes more; 0: none)")
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
    ours.MODE = config.getoption("--cli-mode")


def pytest_unconfigure(config):
    ours.close_shared()


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


# -- the kernel lab (tests/kernel/lab.py): skipped, with the reason, where there is no root, no
# network namespaces or no tools; the reason also goes to the end-of-run report
@functools.lru_cache(maxsize=None)
def why_not(need_lab):
    why = lab.missing(need_lab)
    if why is None and need_lab:
        try:
            import scapy  # noqa: F401  (captures are built with scapy)
        except ImportError:
            why = "scenario tests need scapy"
    return why


def skip_unless_ready(report, kind, need_lab):
    why = why_not(need_lab)
    if why:
        report.skipped[kind] = why
        pytest.skip(why)


@pytest.fixture(scope="session")
def real_netns(kernel_report):
    """The real tools, each case in a brand-new network namespace (lab.Netns)."""
    skip_unless_ready(kernel_report, "cmdline", False)
    with lab.Netns() as ns:
        yield ns


@pytest.fixture(scope="session")
def kernel_labs(kernel_report):
    """LABS copies of the oracle topology (left -- fw -- right, lab.Lab), each reused across
    scenarios; tests/kernel/test_scenarios.py runs its scenarios on all of them at once."""
    skip_unless_ready(kernel_report, "scenario", True)
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(lab.Lab()) for _ in range(LABS)]


@pytest.fixture(scope="session")
def kernel_lab(kernel_labs):
    """One of them, for tests outside tests/kernel: Lab.run() starts from a reset lab; a test that
    sends its own frames calls reset() first (empty tables, conntrack flushed, sysctls back)."""
    return kernel_labs[0]


@pytest.fixture(scope="session")
def cli_runner():
    """Our console scripts, run in child processes (see tests/kernel/ours.py); helpers outside
    fixtures reach the same server as ours.shared()."""
    return ours.shared()


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
