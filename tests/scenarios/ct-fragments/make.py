#!/usr/bin/env python3
"""Fragments with connection tracking on: nf_defrag_ipv4 reassembles them before raw (PREROUTING
and OUTPUT, priority -400), so every table sees one whole datagram (one packet, its full length;
-f never matches) when the last fragment arrives, in any order; conntrack and NAT see it whole.
A datagram missing a fragment never reaches a table, nor one with overlapping fragments
(RFC 5722: the whole datagram is dropped); a duplicate fragment is dropped alone."""
import os
import sys

from scapy.layers.inet import ICMP, IP, UDP, fragment
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, write  # noqa: E402

RULES = """
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -f
-A PREROUTING -p udp
-A PREROUTING -p icmp
COMMIT
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
-A FORWARD -f
-A FORWARD -p udp -m length --length 1500:65535
-A FORWARD -m conntrack --ctstate NEW
-A INPUT -p icmp -m length --length 1500:65535
COMMIT
"""


def frags(side, pkt, order=None, drop=None, size=1000):
    fs = fragment(pkt, fragsize=size)
    idx = list(range(len(fs)))
    if order:
        idx = order
    for i in idx:
        if i != drop:
            cap.add(side, fs[i])


cap = Cap()
big = b"x" * 2500
# a big UDP query out through MASQUERADE, in order; the big answer back, last fragment first
frags("left", IP(src="192.168.1.10", dst="8.8.8.8", id=101) / UDP(sport=5000, dport=53) / Raw(big))
frags("right", IP(src="8.8.8.8", dst="10.0.2.1", id=201) / UDP(sport=53, dport=5000) / Raw(big), order=[2, 0, 1])
# a fragmented datagram to the port forward
frags("right", IP(src="203.0.113.7", dst="10.0.2.1", id=301) / UDP(sport=6000, dport=5353) / Raw(big), order=[1, 2, 0])
# a big ping to fw and its big answer
frags("left", IP(src="192.168.1.10", dst="10.0.1.1", id=401) / ICMP(type=8, id=3, seq=1) / Raw(big))
frags("local0", IP(src="10.0.1.1", dst="192.168.1.10", id=501) / ICMP(type=0, id=3, seq=1) / Raw(big))
# a datagram missing its middle fragment: nothing
frags("left", IP(src="192.168.1.10", dst="8.8.8.8", id=601) / UDP(sport=5001, dport=53) / Raw(big), drop=1)
# a fragment received twice (a duplicate, dropped alone), in a datagram that completes
fs = fragment(IP(src="192.168.1.10", dst="8.8.8.8", id=701) / UDP(sport=5003, dport=53) / Raw(big), fragsize=1000)
for f in (fs[0], fs[1], fs[1], fs[2]):
    cap.add("left", f)
# overlapping fragments kill the whole datagram (RFC 5722), even once the rest arrives
fs = fragment(IP(src="192.168.1.10", dst="8.8.8.8", id=801) / UDP(sport=5004, dport=53) / Raw(big), fragsize=1000)
over = fs[1].copy()
over.frag -= 1
del over.chksum
for f in (fs[0], over, fs[1], fs[2]):
    cap.add("left", f)
# a small unfragmented datagram after it
cap.udp("left", "right", ("192.168.1.10", 5002), ("8.8.8.8", 53), client_seen=("10.0.2.1", 5002))
write(__file__, RULES, cap, "fragments are reassembled before the tables when conntrack is on: one whole "
      "datagram per hook (-f never matches), NAT and conntrack on the whole; an incomplete or overlapping one never "
      "appears, a duplicate fragment is ignored")
