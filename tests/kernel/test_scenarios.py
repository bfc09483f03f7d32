"""Scenario differential tests: a ruleset and a capture through the real kernel (lab.Lab) and
through our CLIs (ours.replay), compared per rule counter, conntrack entry and event.

Cases: every folder of tests/scenarios/ (id: its name) and --seeds generated ones (seed-N, see
gen_scenario.py). Counters are compared for the tables the scenario's rules.v4 names.
"""
from __future__ import annotations

import os
import threading
import time

import pytest

from . import compare, gen_scenario
from .capture import Scenario
from .ours import replay

SCENARIOS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scenarios")


def pytest_generate_tests(metafunc):
    if "scenario" in metafunc.fixturenames:
        folders = sorted(d for d in os.listdir(SCENARIOS) if os.path.isfile(os.path.join(SCENARIOS, d, "rules.v4")))
        start, n = metafunc.config.getoption("--seed-start"), metafunc.config.getoption("--seeds")
        params = [os.path.join(SCENARIOS, d) for d in folders] + list(range(start, start + n))
        ids = folders + [f"seed-{s}" for s in range(start, start + n)]
        metafunc.parametrize("scenario", params, ids=ids)


def test_scenario(scenario, kernel_lab, cli_runner, kernel_report, tmp_path):
    scn = Scenario.load(scenario) if isinstance(scenario, str) else gen_scenario.make(scenario)
    t0, res = time.monotonic(), {}

    def kernel_side():
        try:
            res["kernel"] = kernel_lab.run(scn)
        except BaseException as e:  # re-raised below, in the test's own thread
            res["error"] = e

    th = threading.Thread(target=kernel_side)
    th.start()
    try:
        ours = replay(cli_runner, scn, str(tmp_path))
    finally:
        th.join()
    if "error" in res:
        raise res["error"]
    kernel = res["kernel"]
    kernel_report.timed("scenario", time.monotonic() - t0, 1)
    assert not kernel["errors"], f"the scenario itself is broken: {kernel['errors']}"
    rep = compare.scenario_diffs(kernel, ours, scn.tables())
    same = compare.identical(rep)
    kernel_report.add("scenario", same)
    if not same:
        sizes = rep["sizes"]
        pytest.fail(f"{scn.name} ({scn.about or 'no README'}): ours differs from the kernel "
                    f"({sizes['counters']} counters, {sizes['entries']} conntrack entries, {sizes['events']} events "
                    f"in the kernel; frames out: left {len(kernel['out']['left'])}, right {len(kernel['out']['right'])})\n"
                    + compare.render(rep), pytrace=False)
