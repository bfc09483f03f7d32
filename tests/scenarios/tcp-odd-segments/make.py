#!/usr/bin/env python3
"""Legal but unusual TCP segments and malformed ones.

Sequence numbers wrapping past 2**32 on both sides; a SYN carrying data (its end counts the data);
FIN and RST with payload; a SYN with window 0. Window-scale options the tracker must not read: a
wrong option length, an option after the end-of-list marker. A header whose data offset points
past the packet, or below 5 words, is INVALID. Checksums are verified in PREROUTING only: fw's
own segment with a bad checksum is tracked, a forwarded one is INVALID."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import M32, Cap, Tcp, write  # noqa: E402
from scapy.layers.inet import IP, TCP  # noqa: E402

RULES = """
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -m conntrack --ctstate INVALID
-A INPUT -m conntrack --ctstate NEW,ESTABLISHED
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED -m conntrack --ctdir ORIGINAL
-A FORWARD -m conntrack --ctstate ESTABLISHED -m conntrack --ctdir REPLY
-A OUTPUT -m conntrack --ctstate INVALID
-A OUTPUT -m conntrack --ctstate NEW,ESTABLISHED
COMMIT
"""

cap = Cap()
WEB = ("93.184.216.34", 80)
CLIENT = "192.168.1.10"


def conn(port, isn=1000, risn=9000):
    return Tcp(cap, "left", "right", (CLIENT, port), WEB, isn=isn, risn=risn)


# both sides wrap during the conversation
t = conn(41200, isn=M32 - 10, risn=M32 - 3).open()
t.talk(b"q" * 40, b"a" * 40)
t.seq &= M32
t.rseq &= M32
t.talk(b"again", b"again")
t.c("PA", b"far past the wrap", seq=t.seq + 3_000_000)      # still out of window: INVALID
t.close()
# a SYN with data; the SYN/ACK acknowledges only the SYN, the data is sent again
t = conn(41201)
t.c("S", b"fast open data")
t.s("SA", ack=1001)
t.seq = 1001
t.c("A")
t.c("PA", b"fast open data")
t.s("A")
# FIN with data, RST with data (RFC 1122 diagnostic text), urgent data
t = conn(41202).open()
t.c("PAU", b"urgent")
t.s("FPA", b"last words")
t.c("A")
t = conn(41203).open().talk()
t.c("R", b"reset: diagnostic")
# a SYN with window 0, answered
t = conn(41204)
t.c("S", win=0)
t.s("SA", win=0)
t.c("A")
t.s("A")
t.c("PA", b"x")
# window scale options not to be read: wrong length on both SYNs, after EOL on both SYNs; data
# 20000 bytes ahead is then out of the unscaled window
for port, opts in ((41205, [(3, b"\x07\x00")]), (41206, [("EOL", None), ("WScale", 7)])):
    t = conn(port)
    t.c("S", opts=opts)
    t.s("SA", opts=opts)
    t.c("A")
    t.s("A")
    t.c("PA", b"ahead", seq=t.seq + 20000)
# malformed headers: data offset past the end, data offset 4
cap.add("left", IP(src=CLIENT, dst=WEB[0]) / TCP(sport=41207, dport=80, flags="S", seq=5, dataofs=15))
cap.add("left", IP(src=CLIENT, dst=WEB[0]) / TCP(sport=41208, dport=80, flags="S", seq=5, dataofs=4))
# fw's own connection: its bad checksum is not checked (OUTPUT), the server's is (PREROUTING)
cap.add("local1", IP(src="10.0.2.1", dst=WEB[0]) / TCP(sport=41209, dport=80, flags="S", seq=7, chksum=0x1234))
cap.add("right", IP(src=WEB[0], dst="10.0.2.1") / TCP(sport=80, dport=41209, flags="SA", seq=70, ack=8,
                                                     chksum=0x4321))
cap.add("right", IP(src=WEB[0], dst="10.0.2.1") / TCP(sport=80, dport=41209, flags="SA", seq=70, ack=8))
cap.add("local1", IP(src="10.0.2.1", dst=WEB[0]) / TCP(sport=41209, dport=80, flags="A", seq=8, ack=71))
write(__file__, RULES, cap, "unusual TCP: sequence numbers wrapping, a SYN with data, FIN/RST with data, urgent "
      "data, window 0 in SYNs, window-scale options with a wrong length or after EOL (ignored), data "
      "offsets past the end or below 5 (INVALID), bad checksums on OUTPUT (tracked) vs PREROUTING (INVALID)")
