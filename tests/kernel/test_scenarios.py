"""Scenario differential tests: a ruleset and a capture through the real kernel (lab.Lab) and
through our CLIs (ours.replay), compared per rule counter, conntrack entry and event.

Cases: every folder of tests/scenarios/ (id: its name) and --seeds generated ones (seed-N, see
gen_scenario.py); the IN_PIECES folders also as three captures replayed one after the other.
Counters are compared for the tables the scenario's rules.v4 names. Scenarios run ahead of the
tests, one per lab (each lab with its own command server), in test order.
"""
from __future__ import annotations

import json
import os
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from . import compare, gen_scenario
from .capture import Scenario
from .ours import OurCLI, run_both

SCENARIOS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scenarios")


# replayed in three pieces too (three pyiptables-replay runs on one state), against the kernel's one
# run: what each leaves in the store (counters, conntrack entries and expectations, fragment queues,
# extension state) must carry on exactly. Every folder passed this once (a run of all: ~45 s).
# Not hashlimit-bytes: its buckets run on jiffies in the kernel, and a second kernel run of the same
# frames under load accepted 9 where the first (and ours, on the capture clock) accepted 7.
IN_PIECES = ("targets-queue", "targets-tcpmss", "targets-dscp-tos-ttl", "targets-log-classify", "sip-register",
             "sip-nat-register-snat", "sip-nat-tcp",
             "sip-call", "ftp-pasv-forward", "ct-fragments", "ct-frag-timers", "dnat-masquerade", "limit-recent",
             "connlimit-conncount", "ruleset-csf", "ruleset-hardened-server", "ruleset-edgeos-router",
             "ruleset-openwrt-real-tcp", "ruleset-router-qos", "refragment-reassembled")


def pytest_generate_tests(metafunc):
    if "pieces" in metafunc.fixturenames:
        metafunc.parametrize("pieces", [("pieces", os.path.join(SCENARIOS, d)) for d in IN_PIECES], ids=IN_PIECES)
    if "scenario" in metafunc.fixturenames:
        folders = sorted((d for d in os.listdir(SCENARIOS) if os.path.isfile(os.path.join(SCENARIOS, d, "rules.v4"))),
                         key=lambda d: (adds_rules(d), d))
        start, n = metafunc.config.getoption("--seed-start"), metafunc.config.getoption("--seeds")
        params = [os.path.join(SCENARIOS, d) for d in folders] + list(range(start, start + n))
        ids = folders + [f"seed-{s}" for s in range(start, start + n)]
        metafunc.parametrize("scenario", params, ids=ids)


def adds_rules(folder: str) -> bool:
    """Whether the scenario adds policy rules. They go last: a lab's namespace keeps
    fib4_has_custom_rules() from its first rule on, and fib_validate_source() then always takes its
    full check (a 127/8 source under route_localnet becomes martian), so a scenario run after them
    on the same lab would not see what a fresh namespace does."""
    with open(os.path.join(SCENARIOS, folder, "host.json")) as f:
        return any(line.split()[:1] == ["rule"] for line in json.load(f).get("ip", ()))


def load(scenario):
    if isinstance(scenario, tuple):
        return load(scenario[1])
    return Scenario.load(scenario) if isinstance(scenario, str) else gen_scenario.make(scenario)


def cuts(key, scn):
    """Where a ("pieces", path) key cuts the capture: in thirds."""
    n = len(scn.frames)
    return (n // 3, 2 * n // 3) if isinstance(key, tuple) else ()


class Runs:
    """Scenarios run ahead of their tests, as many at once as there are labs."""

    def __init__(self, labs, clis, order, report):
        self.pairs = queue.Queue()
        for pair in zip(labs, clis):
            self.pairs.put(pair)
        self.pool = ThreadPoolExecutor(len(labs))
        self.order, self.report, self.ahead = order, report, 4 * len(labs)
        self.pos = {key: i for i, key in enumerate(order)}
        self.futures = {}
        self.lock, self.last = threading.Lock(), None  # wall time: scenarios overlap

    def _run(self, key):
        lab, cli = self.pairs.get()
        try:
            scn = load(key)
            kernel, ours = run_both(lab, cli, scn, cuts(key, scn))
            with self.lock:
                now = time.monotonic()
                self.report.timed("scenario", now - self.last, 1)
                self.last = now
            return scn, kernel, ours
        finally:
            self.pairs.put((lab, cli))

    def get(self, key):
        if self.last is None:
            self.last = time.monotonic()
        i = self.pos.get(key)
        for k in ([key] if i is None else self.order[i:i + self.ahead]):
            if k not in self.futures:
                self.futures[k] = self.pool.submit(self._run, k)
        return self.futures.pop(key).result()

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="session")
def scenario_runs(request, kernel_labs, cli_runner, kernel_report):
    order = []
    for item in request.session.items:
        params = item.callspec.params if hasattr(item, "callspec") else {}
        key = params.get("scenario", params.get("pieces"))
        if key is not None and key not in order:
            order.append(key)
    extra = [OurCLI(cli_runner.mode) for _ in kernel_labs[1:]]
    runs = Runs(kernel_labs, [cli_runner] + extra, order, kernel_report)
    try:
        yield runs
    finally:
        runs.close()
        for cli in extra:
            cli.close()


def test_scenario(scenario, scenario_runs, kernel_report):
    check(scenario_runs.get(scenario), kernel_report)


def test_scenario_in_pieces(pieces, scenario_runs, kernel_report):
    check(scenario_runs.get(pieces), kernel_report, " (replayed in three pieces)")


def check(result, kernel_report, how=""):
    scn, kernel, ours = result
    assert not kernel["errors"], f"the scenario itself is broken: {kernel['errors']}"
    rep = compare.scenario_diffs(kernel, ours, scn.tables())
    same = compare.identical(rep)
    kernel_report.add("scenario", same)
    if not same:
        sizes = rep["sizes"]
        pytest.fail(f"{scn.name}{how} ({scn.about or 'no README'}): ours differs from the kernel "
                    f"({sizes['counters']} counters, {sizes['entries']} conntrack entries, {sizes['events']} events "
                    f"in the kernel; frames out: left {len(kernel['out']['left'])}, right {len(kernel['out']['right'])})\n"
                    + compare.render(rep), pytrace=False)
