#!/usr/bin/env python3
"""TCP teardown through FIN_WAIT / CLOSE_WAIT / LAST_ACK / TIME_WAIT, then the same tuple again.

Half-close either way (the other side keeps sending), a simultaneous close, FINs repeated in
FIN_WAIT and TIME_WAIT. A SYN on a TIME_WAIT entry kills it and opens a new one (DESTROY, NEW),
whatever its ISN and from either side: the entry remembers who closed (CLOSE_INIT). After a RST the
client's new SYN reopens only if the client sent the RST; after the server's RST it is ignored
until the server's SYN/ACK answers it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -p tcp -m tcp --tcp-flags FIN FIN -m conntrack --ctstate ESTABLISHED
-A FORWARD -p tcp -m tcp --tcp-flags SYN,ACK SYN -m conntrack --ctstate NEW
-A FORWARD -p tcp -m tcp --tcp-flags SYN,ACK SYN -m conntrack --ctstate ESTABLISHED
""")

cap = Cap()
WEB = ("93.184.216.34", 80)


def conn(port, isn=1000, risn=9000):
    return Tcp(cap, "left", "right", ("192.168.1.10", port), WEB, isn=isn, risn=risn).open().talk()


# the client half-closes; the server keeps sending (acknowledged), then closes
t = conn(40200)
t.c("FA")
t.s("A")
t.s("PA", b"more data after your FIN")
t.c("A")
t.s("FA")
t.c("A")
# the server half-closes; the client keeps sending, then closes
t = conn(40201)
t.s("FA")
t.c("A")
t.c("PA", b"still talking")
t.s("A")
t.c("FA")
t.s("A")
# simultaneous close: both FINs cross, each acknowledging only the data
t = conn(40202)
s0, r0 = t.seq, t.rseq
t.c("FA")
t.s("FA", ack=s0)
t.c("A")
t.s("A")
# FIN repeated in FIN_WAIT (the table takes a second FIN of the same side to LAST_ACK), then
# the close; FIN and ACK repeated in TIME_WAIT
t = conn(40203)
t.c("FA")
t.again("c", "FA")
t.s("FA")
t.c("A")
t.again("s", "FA")
t.again("c", "A")
# TIME_WAIT, then the client's new SYN: higher ISN, then (after the handshake and close) lower
t = conn(40204).close()
t2 = Tcp(cap, "left", "right", ("192.168.1.10", 40204), WEB, isn=100000, risn=300000).open().talk().close()
Tcp(cap, "left", "right", ("192.168.1.10", 40204), WEB, isn=10, risn=20).open()
# TIME_WAIT, then a SYN from the server to the client's port: a new entry the other way round
conn(40205).close()
Tcp(cap, "right", "left", WEB, ("192.168.1.10", 40205), isn=70000, risn=80000).open()
# the client aborts with RST (CLOSE); its new SYN reopens at once
t = conn(40206)
t.c("R")
Tcp(cap, "left", "right", ("192.168.1.10", 40206), WEB, isn=60000, risn=61000).open()
# the server aborts with RST; the client's SYN is ignored (CLOSE stays), the server's SYN/ACK
# answering it resynchronises (SYN_RECV), the ACK establishes
t = conn(40207)
t.s("R")
Tcp(cap, "left", "right", ("192.168.1.10", 40207), WEB, isn=62000, risn=63000).open().talk()
# the FIN repeated and nothing after: the entry stays where the repeated FIN took it (LAST_ACK)
t = conn(40208)
t.c("FA")
t.again("c", "FA")
write(__file__, RULES, cap, "TCP teardown: half-close either way, simultaneous close, repeated FINs, TIME_WAIT "
      "re-used by a new SYN from either side (DESTROY, NEW), and a new SYN after a RST from the client "
      "(reopens) or from the server (ignored until the SYN/ACK resynchronises)")
