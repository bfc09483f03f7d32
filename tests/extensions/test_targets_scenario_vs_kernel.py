"""Kernel-differential replay of the target extensions: one scenario (../shared/oracle topology)
whose ruleset uses NOTRACK, CT --zone, MARK, CONNMARK, TCPMSS, TTL, DSCP, DNAT, MASQUERADE, REJECT
(tcp-reset and ICMP) and LOG, replayed through the real kernel (the kernel lab, tests/kernel/lab.py)
and through our CLIs (as the oracle's emulator.py runs them, tests/kernel/ours.py); rule counters,
the conntrack table and its events must be identical (tests/kernel/compare.py, the oracle's rules)."""
from __future__ import annotations

import os
import sys

import pytest

from kernel import compare
from kernel.capture import Scenario
from kernel.ours import run_both

ORACLE = os.environ.get("PYIPT_ORACLE") or os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared",
                                                        "oracle")

RULES = """*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p udp --dport 9999 -j NOTRACK
-A PREROUTING -p udp --dport 5353 -j CT --zone 3
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp --dport 80 -j MARK --set-mark 0x5
-A PREROUTING -j CONNMARK --save-mark
-A FORWARD -p tcp --syn -j TCPMSS --set-mss 1200
-A FORWARD -p udp -j TTL --ttl-set 9
-A POSTROUTING -m mark --mark 0x5 -j DSCP --set-dscp 10
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.2.2:80
-A POSTROUTING -o eth1 -p udp -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
-A INPUT -p udp --dport 7 -j REJECT
-A FORWARD -p udp --dport 9999 -j ACCEPT
-A FORWARD -m connmark --mark 0x5 -j ACCEPT
-A FORWARD -p tcp --dport 23 -j REJECT --reject-with tcp-reset
-A FORWARD -p udp --dport 6 -j LOG --log-prefix "u6: "
COMMIT
"""


def why_not() -> str | None:
    if not os.path.isfile(os.path.join(ORACLE, "cap.py")):
        return f"no oracle cap.py (which builds the capture) at {ORACLE}"
    return None


def build(outdir: str) -> str:
    sys.path.insert(0, os.path.abspath(ORACLE))
    from cap import Cap, write
    from scapy.layers.inet import IP, TCP, UDP
    c = Cap()
    c.tcp_flow("left", "right", "10.0.1.2", "10.0.2.2", 40000, 80)
    c.tcp_flow("left", "right", "10.0.1.2", "10.0.2.2", 40001, 8080, close=False, data=None)
    c.add("left", IP(src="10.0.1.2", dst="10.0.1.1") / TCP(sport=1234, dport=22, flags="S"))
    c.add("left", IP(src="10.0.1.2", dst="10.0.1.1") / UDP(sport=1234, dport=7) / b"x")
    for dport in (9999, 5353, 6):
        c.add("left", IP(src="10.0.1.2", dst="10.0.2.2") / UDP(sport=1234, dport=dport) / b"x")
    c.add("left", IP(src="10.0.1.2", dst="10.0.2.2") / TCP(sport=1234, dport=23, flags="S"))
    write(outdir, "targets", RULES, c)
    return os.path.join(outdir, "targets")


def test_targets_scenario_identical_to_kernel(tmp_path, kernel_lab, cli_runner):
    reason = why_not()
    if reason:
        pytest.skip(reason)
    scn = Scenario.load(build(str(tmp_path)))
    kernel, ours = run_both(kernel_lab, cli_runner, scn)
    assert not kernel["errors"], f"the scenario itself is broken: {kernel['errors']}"
    rep = compare.scenario_diffs(kernel, ours, scn.tables())
    assert compare.identical(rep), compare.render(rep)
    assert compare.counters(kernel["save"], scn.tables())
