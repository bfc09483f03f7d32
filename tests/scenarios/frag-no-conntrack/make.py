#!/usr/bin/env python3
"""Fragments without connection tracking (no rule needs it, so nf_defrag_ipv4 is not there): each
fragment crosses PREROUTING and, when forwarded, FORWARD and POSTROUTING on its own (-f matches the
non-first ones, ports only the first); fragments for fw itself are reassembled by ip_local_deliver()
after routing, so INPUT sees one whole datagram."""
import os
import sys

from scapy.layers.inet import ICMP, IP, UDP, fragment
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, write  # noqa: E402

RULES = """
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -f
-A PREROUTING -p udp -m udp --dport 53
-A INPUT -f
-A INPUT -m length --length 1500:65535
-A POSTROUTING -f
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -p udp -m udp --dport 53
-A INPUT -p icmp
-A FORWARD -f
-A FORWARD -p udp -m udp --dport 53
COMMIT
"""

cap = Cap()
big = b"y" * 2500
for f in fragment(IP(src="192.168.1.10", dst="8.8.8.8", id=11) / UDP(sport=5000, dport=53) / Raw(big), fragsize=1000):
    cap.add("left", f)
fs = fragment(IP(src="192.168.1.10", dst="10.0.1.1", id=12) / UDP(sport=5001, dport=53) / Raw(big), fragsize=1000)
for i in (2, 0, 1):
    cap.add("left", fs[i])
for f in fragment(IP(src="203.0.113.7", dst="10.0.2.1", id=13) / ICMP(type=8, id=1, seq=1) / Raw(big), fragsize=1400):
    cap.add("right", f)
# incomplete: its fragments cross PREROUTING, INPUT never sees it
fs = fragment(IP(src="192.168.1.10", dst="10.0.1.1", id=14) / UDP(sport=5002, dport=53) / Raw(big), fragsize=1000)
cap.add("left", fs[0])
cap.add("left", fs[2])
write(__file__, RULES, cap, "fragments without conntrack: each one through PREROUTING and the forward path, "
      "reassembled by ip_local_deliver() only for local delivery (INPUT sees the whole datagram)")
