"""Replays each hand-written scenario through the Tracker and compares with the kernel's recorded
answer (kernel_ref/<name>.json, captured with the oracle's kernel.py on Linux 6.18, conntrack 1.4.7).
test_kernel_live.py re-records them against the kernel of the machine running the tests."""
import json
import os
from pathlib import Path

import pytest

from . import scenarios
from .ctcompare import compare
from .driver import replay

REF = Path(__file__).with_name("kernel_ref")
NAMES = sorted(p.stem for p in REF.glob("*.json"))


def _oracle_missing():
    return not os.path.exists(os.path.join(scenarios.ORACLE, "cap.py"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if _oracle_missing():
        pytest.skip(f"the oracle's cap.py is not at {scenarios.ORACLE} (set PYIPT_ORACLE)")
    d = tmp_path_factory.mktemp("scenarios")
    scenarios.build(str(d))
    return d


@pytest.mark.parametrize("name", NAMES)
def test_matches_kernel_recording(built, name):
    ref = json.loads((REF / f"{name}.json").read_text())
    _tr, events, listing = replay(str(built / name))
    assert compare(ref["events"], ref["list"], events, listing) == []
