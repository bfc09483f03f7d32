"""Kernel fixtures: skipped, with the reason, where there is no root, no `ip netns` or no tools."""
from __future__ import annotations

import contextlib
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
