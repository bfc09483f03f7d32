"""Helpers against the kernel: each tests/scenarios/ftp-*, tftp-*, irc-*, sip-*, amanda-*, sane-* folder through the Tracker +
helpers (helpers_driver) compared with what Linux 6.18 did with it, recorded in helpers_ref/ by
helpers_record.py (test_helpers_stack.py walks them through the Stack, and asks the live kernel again).

Compared: `conntrack -E` and `conntrack -L` (as the oracle compares them), `conntrack -E expect`,
the final `conntrack -L expect`, and `conntrack -L expect` right after the frames of
helpers_scenarios.PROBES (while the expectation is pending). Timeouts may differ by 3 s: the
kernel lab's probes run a little after their frame.
"""
from __future__ import annotations

import json
import os
import re

import pytest

from . import helpers_scenarios as hs
from .scenarios import why_not_live
from .ctcompare import compare
from .helpers_driver import replay

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "helpers_ref")
SCN = os.path.join(HERE, "..", "scenarios")
ALL = sorted(f[:-5] for f in os.listdir(REF) if f.endswith(".json"))
# the tracker-level driver has no NAT and no mangle table: such scenarios are walked by test_helpers_stack.py
# nor the broadcast helpers (netbios-ns, snmp): they read fw's addresses and output routes, which only the Stack has
NAMES = [n for n in ALL if not {"*nat", "*mangle"} & set(open(os.path.join(SCN, n, "rules.v4")).read().split())
         and not n.endswith("-broadcast")]
TS = re.compile(r"^\[[\d. ]+\]\t")
LEAD = re.compile(r"^(\s*(?:\[[A-Z]+\]\s+)?)(\d+) ")
SLACK = 3


def expect_diffs(kernel: list[str], ours: list[str], ordered=True) -> list[str]:
    """Expectation lines equal but for the timestamp and a leading timeout within SLACK seconds;
    a listing (ordered=False) is in the kernel's hash order, so only its lines are compared."""
    def split(line):
        line = TS.sub("", line.rstrip("\n"))
        m = LEAD.match(line)
        return (LEAD.sub(r"\1T ", line), int(m.group(2))) if m else (line, None)
    k, o = [split(x) for x in kernel], [split(x) for x in ours]
    if not ordered:
        k, o = sorted(k, key=lambda x: x[0]), sorted(o, key=lambda x: x[0])
    if [t for t, _ in k] != [t for t, _ in o]:
        return [f"kernel: {[t for t, _ in k]}", f"ours:   {[t for t, _ in o]}"]
    return [f"timeout {b} where the kernel says {a}: {t}" for (t, a), (_, b) in zip(k, o)
            if a is not None and (b is None or abs(a - b) > SLACK)]


def check(name, k):
    return differences(k, replay(os.path.join(SCN, name), probes={p[0] for p in k.get("probes", ())}))


def differences(k, r):
    """Kernel answers `k` (helpers_lab JSON) vs ours `r` (helpers_driver.replay's dict)."""
    probes = {p[0]: p[2] for p in k.get("probes", ())}
    problems = compare([e.split("\t", 1)[1] for e in k["events"]],
                       [x for x in k["conntrack_text"].splitlines() if x.strip()], r["events"], r["listing"])
    problems += expect_diffs(k["expect_events"], r["expect_events"])
    problems += expect_diffs(k["expect_final"].splitlines(), r["expect_listing"], ordered=False)
    for i, text in sorted(probes.items()):
        problems += [f"after frame {i}: {p}" for p in expect_diffs(text.splitlines(), r["probes"][i], ordered=False)]
    return problems


@pytest.mark.parametrize("name", NAMES)
def test_recorded_kernel(name):
    assert check(name, json.load(open(os.path.join(REF, name + ".json")))) == []


def test_every_scenario_has_a_reference():
    here = sorted(n for n in os.listdir(SCN) if n.startswith(("ftp-", "tftp-", "irc-", "sip-", "pptp-", "netbios-ns-",
                                                                "snmp-", "amanda-", "sane-")))
    assert here == ALL


def test_scenarios_are_what_the_generator_builds(tmp_path):
    pytest.importorskip("scapy")
    names = hs.build(str(tmp_path))
    for n in names:
        for f in ("rules.v4", "capture.pcap", "host.json", "README.md"):
            with open(tmp_path / n / f, "rb") as a, open(os.path.join(SCN, n, f), "rb") as b:
                assert a.read() == b.read(), f"{n}/{f}: run python3 -m tests.conntrack.helpers_scenarios"


REASON = why_not_live()
