#!/usr/bin/env python3
"""A SYN on a live entry and the challenge ACKs it draws (RFC 5961).

A client SYN on an ESTABLISHED entry is let through but ignored: the tracker may be the one out of
sync. The server's answer decides: a challenge ACK (acknowledging the old connection) is an
ordinary ACK, and the client's RST at its ACK number closes, after which a SYN reopens; a SYN/ACK
for the new ISN means both ends agree on a new connection, and the tracker takes it up from the
SYN it ignored (SYN_RECV); a RST for the new ISN closes. In LAST_ACK the server's challenge ACK
must not be taken for the last ACK (the state stays). In SYN_SENT the server's bare ACK is a
challenge ACK of a stale connection: ignored, and the client's RST answering it closes. A SYN
from the server on ESTABLISHED is INVALID, a repeated SYN/ACK ignored, a client SYN/ACK INVALID."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST,ACK SYN -m conntrack --ctstate ESTABLISHED
-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST,ACK ACK -m conntrack --ctstate ESTABLISHED -m conntrack --ctdir REPLY
""")

cap = Cap()
WEB = ("93.184.216.34", 80)
CLIENT = "192.168.1.10"


def conn(port, isn=1000, risn=9000):
    return Tcp(cap, "left", "right", (CLIENT, port), WEB, isn=isn, risn=risn)


def reborn(port, isn, risn=70000):
    """The client again, on the same port with a new ISN (its old connection is gone)."""
    return Tcp(cap, "left", "right", (CLIENT, port), WEB, isn=isn, risn=risn)


# challenge ACK, the RST answering it, then the new connection
old = conn(40400).open().talk()
new = reborn(40400, 500000)
new.c("S")
old.s("A")                                   # challenge ACK: acknowledges the old connection
new.c("R", seq=old.seq)                      # RFC 5961: RST at the challenge's ACK number
reborn(40400, 600000).open().talk()
# the server accepts the new SYN: SYN/ACK for the new ISN, the tracker resynchronises
conn(40401).open().talk()
new = reborn(40401, 500000, 77000)
new.c("S")
new.s("SA")
new.c("A")
new.talk()
# the server refuses the new SYN with a RST for its ISN: CLOSE
conn(40402).open().talk()
new = reborn(40402, 500000)
new.c("S")
new.s("RA", seq=0)
# LAST_ACK: a new SYN instead of the last ACK; the server's challenge ACK keeps LAST_ACK, the
# client's RST closes, its next SYN reopens
old = conn(40403).open().talk()
old.c("FA")
old.s("FA")
new = reborn(40403, 500000)
new.c("S")
old.s("A", seq=old.rseq)                     # challenge ACK
new.c("R", seq=old.seq)
reborn(40403, 600000).open()
# LAST_ACK and the real last ACK after an ignored SYN: TIME_WAIT
old = conn(40404).open().talk()
old.c("FA")
old.s("FA")
reborn(40404, 500000).c("S")
old.c("A")
# SYN_SENT: the server still has a stale connection and answers with a bare ACK (ignored); the
# client's RST at its ACK number closes; the SYN again opens
t = conn(40405, isn=4_000_000_000)      # the RST's sequence number is far from the client's own
t.c("S")
t.s("A", seq=123456, ack=4242)
t.c("R", seq=4242)
conn(40405, isn=800000).open()
# ESTABLISHED: a SYN from the server (INVALID), its SYN/ACK repeated (ignored), the client's SYN/ACK
t = conn(40406).open().talk()
t.s("S", seq=t.rseq)
t.s("SA", seq=8999, ack=1001)
t.c("SA", seq=t.seq)
t.c("A")
# the ignored SYN's own sender resets, ACK number = that SYN's end: not a RST answering the SYN,
# so the window check applies (INVALID, far ahead)
old = conn(40407).open().talk()
new = reborn(40407, 500000)
new.c("S")
old.c("RA", seq=old.seq + (1 << 31), ack=new.seq)
write(__file__, RULES, cap, "SYN on live entries: challenge ACK and the RST answering it, a SYN/ACK for the new ISN "
      "(resynchronised), a RST for it; LAST_ACK's challenge ACK (state kept) and real last ACK; a "
      "challenge ACK in SYN_SENT; a server SYN (INVALID), repeated SYN/ACK (ignored), client SYN/ACK")
