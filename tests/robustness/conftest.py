"""Robustness tests (fuzzing, concurrency, kills, damaged stores, hostile text). Hypothesis example
counts are tuned to keep this directory well under a minute in CI. For a longer local hunt,
`pytest tests/robustness --robust-examples N` runs N examples per in-process fuzz test (N/10 for the
subprocess ones, N/5 for the kernel comparisons). The option exists when this directory is named on
the command line (pytest registers options of the conftests it starts from); for a whole-suite run
set PYIPTABLES_ROBUST_EXAMPLES=N instead."""
from __future__ import annotations

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import robust_support  # noqa: E402


def pytest_addoption(parser):
    parser.addoption("--robust-examples", type=int, default=None, metavar="N",
                     help="hypothesis examples per robustness fuzz test (default: tuned for CI)")


def pytest_configure(config):
    try:
        n = config.getoption("--robust-examples")
    except ValueError:      # this conftest was not an initial one: the option is not registered
        n = None
    if n is None and os.environ.get("PYIPTABLES_ROBUST_EXAMPLES"):
        n = int(os.environ["PYIPTABLES_ROBUST_EXAMPLES"])
    robust_support.EXAMPLES = n


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """A directory for the fuzz tests' state copies and files (module-scoped: hypothesis runs many
    examples per test; each example copies its own state into it)."""
    return tmp_path_factory.mktemp("robust")
