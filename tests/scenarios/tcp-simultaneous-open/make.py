#!/usr/bin/env python3
"""TCP simultaneous open (SYN_SENT -> SYN_SENT2 -> SYN_RECV -> ESTABLISHED), every way it completes:
both SYN/ACKs then both ACKs; only the client's SYN/ACK then the server's ACK (which moves
SYN_RECV to ESTABLISHED only because the entry remembers the simultaneous open); the server's
SYN/ACK then the client's ACK; retransmitted SYNs on both sides while in SYN_SENT2; window scaling
offered on both crossing SYNs (data past the unscaled window); SYN/ACKs acknowledging nothing sent."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules()

cap = Cap()
PEER = ("93.184.216.34", 5000)
WS = [("MSS", 1460), ("WScale", 7)]


def crossing(port, copts=(), sopts=()):
    """Both SYNs cross: client SYN (SYN_SENT), server SYN (SYN_SENT2)."""
    t = Tcp(cap, "left", "right", ("192.168.1.10", port), PEER, isn=1000, risn=9000)
    t.c("S", opts=copts)
    t.s("S", opts=sopts)
    return t


# both SYN/ACKs, both ACKs, data, close
t = crossing(40000)
t.again("c", "SA")
t.again("s", "SA")
t.c("A")
t.s("A")
t.talk().close()
# only the client's SYN/ACK (SYN_RECV); the server's ACK establishes
t = crossing(40001)
t.again("c", "SA")
t.s("A")
t.talk()
# only the server's SYN/ACK (SYN_RECV); the client's ACK establishes
t = crossing(40002)
t.again("s", "SA")
t.c("A")
t.talk()
# retransmitted SYNs while in SYN_SENT2, then both SYN/ACKs and the client's ACK
t = crossing(40003)
t.again("c", "S")
t.again("s", "S")
t.again("c", "SA")
t.again("s", "SA")
t.c("A")
t.talk()
# window scaling offered on both crossing SYNs: 20000 bytes ahead fit the server's window
# (509 << 7) only when scaled
t = crossing(40004, WS, WS)
t.again("c", "SA", opts=WS)
t.again("s", "SA", opts=WS)
t.c("A")
t.s("A")
t.c("PA", b"ahead", seq=t.seq + 20000)
t.s("A", ack=1001)
# the same with scaling offered by the client only: the segment is out of window
t = crossing(40005, WS, ())
t.again("c", "SA", opts=WS)
t.again("s", "SA")
t.c("A")
t.s("A")
t.c("PA", b"ahead", seq=t.seq + 20000)
t.s("A", ack=1001)
# SYN/ACKs acknowledging sequence numbers never sent (ACK over the upper bound), then right ones
t = crossing(40006)
t.again("c", "SA", ack=123456)
t.again("s", "SA", ack=654321)
t.again("c", "SA")
t.again("s", "SA")
t.s("A")
t.c("A")
# a RST far out of the window, ACK number 0: from the server, which sent the last SYN, it is
# window-checked (INVALID); from the client it answers that SYN and closes
t = crossing(40007)
t.s("RA", seq=t.rseq + (1 << 31), ack=0)
t.c("RA", seq=t.seq + (1 << 31), ack=0)
write(__file__, RULES, cap, "TCP simultaneous open: crossing SYNs (SYN_SENT2), completed by both SYN/ACKs, by one "
      "SYN/ACK and the other side's ACK (either side), with retransmitted SYNs, with window scaling on "
      "both or one SYN, and with SYN/ACKs acknowledging nothing sent (INVALID); a RST for the last SYN "
      "skips the window check only from the other side")
