"""Kernel-differential: each scenario through the real kernel (the kernel lab, tests/kernel/lab.py)
and through the Tracker, then compared. The kernel side runs every selected scenario at the first
test, on all the session's labs at once: each takes its capture's length."""
import pytest

from kernel.capture import Scenario
from kernel.lab import on_labs

from . import scenarios
from .ctcompare import compare
from .driver import replay


REASON = scenarios.why_not_live()
NAMES = ["tcp_full", "tcp_rst", "tcp_window_liberal0", "tcp_window_liberal1", "tcp_flags_loose0",
         "tcp_flags_loose1", "tcp_simopen_reopen", "tcp_retrans", "udp", "icmp", "timeouts",
         "misc_ignrst0", "misc_ignrst1"]


@pytest.fixture(scope="module")
def kernel_runs(request, kernel_labs, tmp_path_factory):
    """{name: the kernel lab's answer} for the scenarios selected, and their folder."""
    names = [n for n in NAMES if any(item.callspec.params.get("name") == n for item in request.session.items
                                     if item.module is request.module and hasattr(item, "callspec"))]
    folder = tmp_path_factory.mktemp("ct-live")
    scenarios.build(str(folder), only=names)
    # frames 4 ms apart at least and 0.3 s after the last one, as the oracle's kernel.py replays:
    # the Tracker's replay ends 0.4 s after the last frame
    runs = on_labs(kernel_labs, names, lambda lab, n: lab.run(Scenario.load(str(folder / n)), pace=0.004, settle=0.3))
    return runs, folder


@pytest.mark.skipif(REASON is not None, reason=REASON or "")
@pytest.mark.parametrize("name", NAMES)
def test_against_live_kernel(name, kernel_runs):
    runs, folder = kernel_runs
    k = runs[name]
    if isinstance(k, BaseException):
        raise k
    assert not k["errors"], k["errors"]
    _tr, events, listing = replay(str(folder / name))
    k_events = [e.split("\t", 1)[1] for e in k["events"]]
    k_list = [x for x in k["conntrack_text"].splitlines() if x.strip()]
    problems = compare(k_events, k_list, events, listing)
    if name == "timeouts":
        # the host-wide GC may reap a little later than we do: only DESTROY placement may differ
        problems = [p for p in problems if not p.startswith("DESTROY")]
    assert problems == []
