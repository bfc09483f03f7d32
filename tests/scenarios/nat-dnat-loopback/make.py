#!/usr/bin/env python3
"""DNAT to 127.0.0.1 in PREROUTING: after the rewrite the packet is routed again, and a loopback
destination arriving on an interface is a martian unless that interface has route_localnet=1
(eth1 here): on eth0 it is dropped by routing after the nat table counted it (no entry), on eth1
it is delivered (INPUT) and the local answers from 127.0.0.1 are un-DNATed."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 2222 -j DNAT --to-destination 127.0.0.1:22
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -d 127.0.0.1/32 -m conntrack --ctstate DNAT
-A OUTPUT -s 127.0.0.1/32
-A OUTPUT -m conntrack --ctstate DNAT
COMMIT
"""

cap = Cap()
Tcp(cap, "left", "local0", ("192.168.1.10", 40000), ("10.0.1.1", 2222), isn=100).c("S")
Tcp(cap, "right", "local1", ("203.0.113.7", 40000), ("10.0.2.1", 2222), server_real=("127.0.0.1", 22),
    isn=200).open().talk()
write(__file__, RULES, cap, "DNAT to 127.0.0.1 in PREROUTING: a martian on eth0 (dropped by routing, no entry), "
      "delivered on eth1 with route_localnet=1; the answers un-DNATed",
      sysctl={"net.ipv4.conf.eth1.route_localnet": "1"})
