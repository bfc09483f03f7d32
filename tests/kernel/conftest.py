"""Kernel fixtures: skipped, with the reason, where there is no root, no `ip netns` or no tools."""
from __future__ import annotations

import contextlib
import os
import functools

import pytest

from . import lab

LABS = 2


@functools.lru_cache(maxsize=None)
def why_not(need_lab):
    why = lab.missing(need_lab)
    if why is None and need_lab:
        try:
            import scapy  # noqa: F401  (captures are built with scapy)
        except ImportError:
            why = "scenario tests need scapy"
    return why


def _skip_unless_ready(report, kind, need_lab):
    why = why_not(need_lab)
    if why:
        report.skipped[kind] = why
        pytest.skip(why)


@pytest.fixture(scope="session")
def real_netns(kernel_report):
    """The real tools, each case in a brand-new network namespace."""
    _skip_unless_ready(kernel_report, "cmdline", False)
    with lab.Netns() as ns:
        yield ns


@pytest.fixture(scope="session")
def kernel_labs(kernel_report):
    """LABS copies of the oracle topology (left -- fw -- right), each reused across scenarios:
    a scenario mostly waits for its capture's timestamps, so two run side by side."""
    _skip_unless_ready(kernel_report, "scenario", True)
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(lab.Lab()) for _ in range(LABS)]


# Cases where we still differ from the kernel, measured and listed one per line in
# known_differences.txt. They keep running and are reported as xfailed (XPASS once fixed);
# the end-of-run report counts them as different. The list is work to do, not a waiver.
KNOWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_differences.txt")


def _known() -> set[str]:
    try:
        with open(KNOWN) as f:
            return {line.split("#", 1)[0].strip() for line in f if line.split("#", 1)[0].strip()}
    except FileNotFoundError:
        return set()


def pytest_collection_modifyitems(config, items):
    known = _known()
    for item in items:
        if item.nodeid in known:
            item.add_marker(pytest.mark.xfail(reason="known difference from the kernel "
                                                     "(tests/kernel/known_differences.txt)", strict=False))
