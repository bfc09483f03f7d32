#!/usr/bin/env python3
"""The nat table sees only a connection's first packet (per manip type: PREROUTING/OUTPUT for the
destination, POSTROUTING/INPUT for the source), whether or not a rule translates it: replies,
later packets and a retransmitted SYN of a confirmed entry skip it (nf_nat_initialized), as do
ICMP errors (RELATED, translated from the master), untracked and INVALID packets (no entry). A
SYN dropped in FORWARD never confirms its entry, so its retransmission is a first packet again."""
import os
import sys

from scapy.layers.inet import IP, UDP
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

CHAINS = ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING")
NAT_RULES = "\n".join(f"-A {c} -p {p}" for c in CHAINS for p in ("tcp", "udp", "icmp"))
RULES = f"""
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p udp -m udp --dport 123 -j CT --notrack
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
{NAT_RULES}
-A POSTROUTING -o eth1 -p tcp -m tcp --dport 443 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -p tcp -m tcp --dport 81 -j DROP
COMMIT
"""

cap = Cap()
WEB = "93.184.216.34"
# forwarded: 1 in PREROUTING, 1 in POSTROUTING, whatever the length of the conversation
Tcp(cap, "left", "right", ("192.168.1.10", 40000), (WEB, 80), isn=100).open().talk().close()
Tcp(cap, "left", "right", ("192.168.1.10", 40001), (WEB, 443), client_seen=("10.0.2.1", 40001), isn=200).open().talk()
# to fw: PREROUTING and INPUT; from fw: OUTPUT and POSTROUTING
Tcp(cap, "left", "local0", ("192.168.1.10", 40002), ("10.0.1.1", 22), isn=300).open().talk()
Tcp(cap, "local1", "right", ("10.0.2.1", 45000), ("10.0.2.2", 80), isn=400).open().talk()
# a SYN retransmitted before any answer: the entry is confirmed, the nat table skipped
t = Tcp(cap, "left", "right", ("192.168.1.10", 40003), (WEB, 80), isn=500)
t.c("S")
t.c("S", seq=500)
# a SYN dropped in FORWARD, twice: two unconfirmed entries, two first packets
t = Tcp(cap, "left", "right", ("192.168.1.10", 40004), (WEB, 81), isn=600)
t.c("S")
t.c("S", seq=600)
# UDP, ICMP echo, an ICMP error about the UDP flow (RELATED), untracked NTP, an INVALID segment
q = cap.udp("left", "right", ("192.168.1.10", 5000), ("8.8.8.8", 53))
cap.icmp_error("right", "8.8.8.8", "192.168.1.10", IP(src="192.168.1.10", dst="8.8.8.8", ttl=63)
               / UDP(sport=5000, dport=53) / Raw(b"ping"))
cap.ping("left", "right", "192.168.1.10", "1.1.1.1", 4)
cap.udp("left", "right", ("192.168.1.10", 123), ("10.0.2.2", 123))
Tcp(cap, "left", "right", ("192.168.1.10", 40005), (WEB, 80), isn=700).c("SF")
write(__file__, RULES, cap, "the nat table is consulted only for a connection's first packet (per manip type), "
      "translated or not; not for replies, retransmissions of a confirmed SYN, ICMP errors, untracked or INVALID "
      "packets; a SYN dropped before confirmation is a first packet again")
