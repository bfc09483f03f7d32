#!/usr/bin/env python3
"""Reassembly limits (host.json: net.ipv4.ipfrag_time=2, ipfrag_max_dist=2), with conntrack on: a
datagram whose fragments arrive within 2 s of its first one is whole; one whose last fragments come
later is never reassembled (the queue expired: they start a new one); a datagram between whose
fragments more than 2 fragments of other datagrams came from the same host forgets what it had
(ip_frag_too_far) and never completes either."""
import os
import sys

from scapy.layers.inet import IP, UDP, fragment
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, write  # noqa: E402

RULES = """
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p udp -m udp --sport 5000
-A PREROUTING -p udp -m udp --sport 5001
-A PREROUTING -p udp -m udp --sport 5002
-A PREROUTING -p udp -m udp --sport 5003
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
COMMIT
"""


def frags(sport, ident, src="192.168.1.10"):
    return fragment(IP(src=src, dst="8.8.8.8", id=ident) / UDP(sport=sport, dport=53) / Raw(b"x" * 2500), fragsize=1000)


cap = Cap()
a = frags(5000, 1)
cap.add("left", a[0])
cap.add("left", a[1], gap=1.0)
cap.add("left", a[2], gap=0.5)          # 1.5 s after the first: whole
b = frags(5001, 2)
cap.add("left", b[0])
cap.add("left", b[1], gap=2.5)          # the queue died at 2 s: a new one
cap.add("left", b[2])
cap.add("left", b[0], gap=0.2)          # the first fragment again completes the new queue
c = frags(5002, 3)
cap.add("left", c[0], gap=0.5)
for i in range(3):                      # three fragments of other datagrams from the same host
    cap.add("left", frags(6000 + i, 10 + i)[0])
cap.add("left", c[1])
cap.add("left", c[2])                   # c[0] was forgotten: incomplete
d = frags(5003, 4, src="192.168.1.20")  # another host's datagram is not affected
cap.add("left", d[0])
for i in range(3):
    cap.add("left", frags(6100 + i, 20 + i)[0])
cap.add("left", d[1])
cap.add("left", d[2])
write(__file__, RULES, cap, "reassembly limits: ipfrag_time (a queue lives 2 s from its first fragment) and "
      "ipfrag_max_dist (too many fragments from the same host in between restart the queue)",
      sysctl={"net.ipv4.ipfrag_time": "2", "net.ipv4.ipfrag_max_dist": "2"})
