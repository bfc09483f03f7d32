#!/usr/bin/env python3
"""SYN and SYN/ACK retransmissions, with the SYN_SENT and SYN_RECV timeouts shortened to 3 s.

A retransmitted SYN does not renew the SYN_SENT timeout (a client or NAT reusing the port must not
keep the entry alive), nor does the peer's crossing SYN (SYN_SENT2), so a SYN/ACK after 3 s finds
the entry expired; a retransmitted SYN/ACK is
ignored and does not renew SYN_RECV either, so the late ACK is a mid-stream pickup. A SYN with a
higher ISN re-initialises the client's window (RFC 793), a lower one does not; a client SYN
repeated in SYN_RECV is ignored and the SYN/ACK answering it puts the tracker back in sync.

Each entry that expires does so in a window without other events before its tuple comes back:
the kernel's GC reaps at a time of its own, the lookup at the latest."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -p tcp -m tcp --tcp-flags SYN,ACK SYN,ACK -m conntrack --ctstate INVALID
-A FORWARD -p tcp -m tcp --tcp-flags SYN,ACK SYN -m conntrack --ctstate ESTABLISHED
""")
SYSCTL = {"net.netfilter.nf_conntrack_tcp_timeout_syn_sent": "3",
          "net.netfilter.nf_conntrack_tcp_timeout_syn_recv": "3"}

cap = Cap()
WEB = ("93.184.216.34", 80)


def conn(port, isn=1000, risn=9000):
    return Tcp(cap, "left", "right", ("192.168.1.10", port), WEB, isn=isn, risn=risn)


# SYN at 0, retransmitted at 0.5 and 2.0: the entry still expires at 3.0; the SYN/ACK at 3.5
# finds no entry and opens none (INVALID)
cap.at(0.0)
a = conn(40100)
a.c("S")
cap.at(0.5)
a.again("c", "S")
cap.at(2.0)
a.again("c", "S")
# a SYN with a higher ISN re-initialises: the SYN/ACK for the old ISN is now below the window
# (ignored), the one for the new ISN is in; then the lower ISN again (ignored), and the handshake
cap.at(0.1)
b = conn(40101)
b.c("S")
b.seq = 500000
b.c("S")
b.s("SA", ack=1001)
b.again("s", "SA")
b.c("S", seq=1000)
b.c("A", seq=500001)
# the client's SYN repeated in SYN_RECV (ignored), the server's SYN/ACK repeated (answers the
# ignored SYN: back in sync, SYN_RECV again), another SYN/ACK (ignored), then the ACK
c = conn(40102)
c.c("S")
c.s("SA")
c.again("c", "S")
c.again("s", "SA")
c.again("s", "SA")
c.c("A")
c.talk()
# an ACK before any SYN/ACK is INVALID, a SYN/ACK acknowledging data never sent too; one
# acknowledging a little less than the SYN passes (the lower bound is 66000 back)
d = conn(40103)
d.c("S")
d.c("A", ack=4242)
d.s("SA", ack=9_000_000)
d.again("s", "SA", ack=777)
d.c("A")
# the server's data right after its SYN/ACK: still SYN_RECV until the client's ACK
f = conn(40105)
f.c("S")
f.s("SA")
f.s("PA", b"banner")
f.c("A")
cap.at(3.5)
a.s("SA")
# SYN_RECV at 4.0 (expires at 7.0 whatever the SYN/ACK repeated at 6.0); the ACK at 7.5 is a
# mid-stream pickup (NEW, ESTABLISHED, not yet replied) and the server's data makes it ASSURED
cap.at(3.98)
e = conn(40104)
e.c("S")
e.s("SA")
cap.at(6.0)
e.again("s", "SA")
cap.at(7.5)
e.c("A")
e.s("PA", b"late")
e.c("A")
# crossing SYNs at 4.9: the server's SYN (SYN_SENT2) does not renew the timeout either, the entry
# expires at 7.9 with the first SYN's; the client's SYN/ACK at 8.3 finds nothing (INVALID)
cap.at(4.9)
g = conn(40106)
g.c("S")
g.s("S")
cap.at(8.3)
g.again("c", "SA")
# in SYN_SENT a SYN with a lower ISN does not re-initialise: the SYN/ACK for it is far below the
# window (ignored, SYN_SENT stays), the ACK after it INVALID; at the end: its
# SYN_SENT entry (3 s) outlives the capture
cap.at(8.4)
h = conn(40107, isn=500000)
h.c("S")
h.c("S", seq=1000)
h.s("SA", ack=1001)
h.c("A", seq=1001)
write(__file__, RULES, cap, "SYN and SYN/ACK retransmissions with 3 s SYN_SENT/SYN_RECV timeouts: neither renews "
      "the timeout, so late answers find the entry gone; a higher ISN re-initialises the window, a SYN "
      "repeated in SYN_RECV is ignored and the SYN/ACK answering it resynchronises", sysctl=SYSCTL)
