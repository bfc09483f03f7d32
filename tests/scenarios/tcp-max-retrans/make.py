#!/usr/bin/env python3
"""Retransmissions past nf_conntrack_tcp_max_retrans (2 here) give an entry the max_retrans
timeout (1 s here) instead of its state's: it expires inside the capture (DESTROY) and the next
segment of the tuple is a mid-stream pickup (NEW). A retransmission is an ACK-class segment
identical to the previous one of the same direction (seq, ack, length, window): repeated data, but
also unanswered keepalive probes; any segment of the other direction starts the count again. A
zero window gives the same short timeout. With one retransmission only the entry keeps the
unacknowledged timeout. The same count runs in CLOSE_WAIT (the window is part of the comparison).

Each entry expires in a window of its own (0.4 s without any other event) before its tuple comes
back: the kernel's GC reaps at a time of its own, the lookup at the latest."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules()
SYSCTL = {"net.netfilter.nf_conntrack_tcp_max_retrans": "2",
          "net.netfilter.nf_conntrack_tcp_timeout_max_retrans": "1"}

cap = Cap(step=0.01)
WEB = ("93.184.216.34", 80)
SLOT = 2.0


def case(k, port):
    cap.at(k * SLOT)
    return Tcp(cap, "left", "right", ("192.168.1.10", port), WEB, isn=1000, risn=9000).open().talk()


def later(k):
    cap.at(k * SLOT + 1.6)


t = case(0, 41100)          # the server's data sent three times: expires 1 s after the last
t.s("PA", b"unacknowledged")
t.again("s", "PA", b"unacknowledged")
t.again("s", "PA", b"unacknowledged")
later(0)
t.c("A")
t.s("A")
t = case(1, 41101)          # the client's unanswered keepalive probes (one byte below its sequence)
for _ in range(3):
    t.c("A", seq=t.seq - 1)
later(1)
t.c("A")
t.s("A")
t = case(2, 41102)          # a zero window
t.s("A", win=0)
later(2)
t.s("A")
t.c("A")
t = case(3, 41103)          # twice, with the client's duplicate ACK in between: the count restarts
t.s("PA", b"unacknowledged")
t.again("c", "A")
t.again("s", "PA", b"unacknowledged")
t.again("s", "PA", b"unacknowledged")
later(3)
t.c("A")
t = case(4, 41104)          # one retransmission: still the unacknowledged timeout (300 s)
t.s("PA", b"unacknowledged")
t.again("s", "PA", b"unacknowledged")
t = case(5, 41105)          # half-closed by the client (CLOSE_WAIT): the server's data sent three times
t.c("FA")
t.s("A")
t.s("PA", b"still sending")
t.again("s", "PA", b"still sending")
t.again("s", "PA", b"still sending")
later(5)
t.c("A")
t.s("A")
t = case(6, 41106)          # the same, but the window changes in between: only one retransmission
t.c("FA")
t.s("A")
t.s("PA", b"still sending")
t.again("s", "PA", b"still sending", win=400)
t.again("s", "PA", b"still sending", win=400)
write(__file__, RULES, cap, "max_retrans: past 2 identical segments (data or keepalive probes) or on a zero "
      "window the entry gets the 1 s max_retrans timeout, expires (DESTROY) and the next segment is a "
      "pickup; a segment of the other side restarts the count; one retransmission keeps 300 s", sysctl=SYSCTL)
