#!/usr/bin/env python3
"""Accounting (nf_conntrack_acct=1) through NAT: packets and bytes per direction
as they crossed conntrack (bytes of the packet as it was at PREROUTING/OUTPUT, before NAT), in
conntrack -L and in the DESTROY events of a reset connection and a reopened one; a packet
dropped after conntrack saw it still counts. (Not timestamps: delta-time follows the wall clock.)"""
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
-A PREROUTING -i eth1 -p udp -m udp --dport 5353 -j DNAT --to-destination 192.168.1.20
-A POSTROUTING -o eth1 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -p tcp -m tcp --dport 80 -m length --length 100:65535 -j DROP
COMMIT
"""

cap = Cap()
WEB = ("93.184.216.34", 80)
t = Tcp(cap, "left", "right", ("192.168.1.10", 40000), WEB, client_seen=("10.0.2.1", 40000), isn=100).open().talk()
t.c("PA", b"z" * 200)                   # dropped in FORWARD, counted by conntrack
t.seq -= 200
t.c("R")
cap.wait(0.3)
Tcp(cap, "left", "right", ("192.168.1.10", 40000), WEB, client_seen=("10.0.2.1", 40000), isn=90000).open().talk()
cap.udp("right", "left", ("203.0.113.7", 6000), ("10.0.2.1", 5353), server_real=("192.168.1.20", 5353),
        req=b"q" * 100, resp=b"a" * 300)
cap.ping("left", "right", "192.168.1.10", "1.1.1.1", 5, client_seen="10.0.2.1")
write(__file__, RULES, cap, "nf_conntrack_acct through NAT: per-direction packets/bytes in the "
      "listing and in DESTROY events, a packet dropped after conntrack counted",
      sysctl={"net.netfilter.nf_conntrack_acct": "1"})
