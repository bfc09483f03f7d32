"""Kernel-differential replay of the target extensions: one scenario (../shared/oracle topology)
whose ruleset uses NOTRACK, CT --zone, MARK, CONNMARK, TCPMSS, TTL, DSCP, DNAT, MASQUERADE, REJECT
(tcp-reset and ICMP) and LOG, replayed through the real kernel (oracle kernel.py) and through our
CLIs (oracle emulator.py); rule counters, the conntrack table and its events must be identical."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

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
    if os.geteuid() != 0:
        return "needs root for the kernel lab"
    if not os.path.isfile(os.path.join(ORACLE, "kernel.py")):
        return f"no oracle at {ORACLE}"
    for tool in ("ip", "iptables-legacy", "conntrack", "pyiptables"):
        if shutil.which(tool) is None:
            return f"{tool} not installed"
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


def test_targets_scenario_identical_to_kernel(tmp_path):
    reason = why_not()
    if reason:
        pytest.skip(reason)
    scen = build(str(tmp_path))
    outs = {}
    for name in ("kernel", "emulator"):
        r = subprocess.run([sys.executable, os.path.join(ORACLE, f"{name}.py"), scen], capture_output=True,
                           text=True, timeout=600)
        assert r.returncode == 0, r.stderr
        outs[name] = tmp_path / f"{name}.json"
        outs[name].write_text(r.stdout)
    r = subprocess.run([sys.executable, os.path.join(ORACLE, "compare.py"), str(outs["kernel"]),
                        str(outs["emulator"])], capture_output=True, text=True, timeout=120)
    assert r.stdout.strip().endswith("IDENTICAL"), r.stdout[-3000:]
    assert json.loads(outs["kernel"].read_text())
