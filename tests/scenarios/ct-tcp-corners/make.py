#!/usr/bin/env python3
"""TCP tracker corners: simultaneous open (SYN_SENT2), a segment far outside the window and a bad
checksum (INVALID, state unchanged), a SYN/ACK repeated on an established connection (ignored), a
reply-side retransmission storm (max_retrans: the shorter timeout), an unsolicited SYN/ACK (INVALID,
no entry), an echo reply with no request (INVALID), and the same through MASQUERADE."""
import os
import sys

from scapy.layers.inet import ICMP, IP, TCP
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -s 192.168.7.0/24 -o eth1 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED -m conntrack --ctdir REPLY
-A FORWARD -m conntrack --ctstate ESTABLISHED -m conntrack --ctdir ORIGINAL
COMMIT
"""

cap = Cap()
WEB = ("93.184.216.34", 80)
# simultaneous open: both send a SYN, then SYN/ACKs
t = Tcp(cap, "left", "right", ("192.168.1.10", 40000), WEB, isn=1000, risn=9000)
t.c("S")
t.s("S")
t.c("SA", seq=1000)
t.s("SA", seq=9000)
t.c("A")
# out of window, then a bad checksum, then a repeated SYN/ACK: the state does not move
for client, seen in ((("192.168.1.10", 40001), None), (("192.168.7.3", 40001), ("10.0.2.1", 40001))):
    t = Tcp(cap, "left", "right", client, WEB, client_seen=seen, isn=2000, risn=7000).open().talk()
    t.c("PA", b"far away", seq=t.seq + 3_000_000)
    bad = IP(src=client[0], dst=WEB[0]) / TCP(sport=client[1], dport=80, flags="PA", seq=t.seq, ack=t.rseq,
                                              window=502, chksum=0x1234) / Raw(b"bad sum")
    cap.add("left", bad)
    t.s("SA", seq=6999)
    t.c("A")
# the server retransmits unacknowledged data again and again (max_retrans 3)
t = Tcp(cap, "left", "right", ("192.168.1.10", 40002), WEB, isn=3000, risn=8000).open().talk()
r = t.rseq
for _ in range(5):
    t.rseq = r
    t.s("PA", b"unacked data")
# a SYN/ACK nobody asked for, an echo reply without request
Tcp(cap, "right", "left", ("1.1.1.1", 443), ("192.168.1.10", 40003), isn=4000).c("SA", seq=4000)
cap.add("right", IP(src="1.1.1.1", dst="192.168.1.10") / ICMP(type=0, id=7, seq=1) / Raw(b"p" * 32))
write(__file__, RULES, cap, "TCP corners: simultaneous open, out-of-window and bad-checksum segments (INVALID), a "
      "repeated SYN/ACK (ignored), retransmissions past max_retrans, an unsolicited SYN/ACK and echo reply")
