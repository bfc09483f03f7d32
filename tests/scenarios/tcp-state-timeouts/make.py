#!/usr/bin/env python3
"""The closing states' timeouts shortened to 1 s (host.json): FIN_WAIT, CLOSE_WAIT, LAST_ACK,
TIME_WAIT and CLOSE entries expire inside the capture (DESTROY), and what comes after them on the
same tuple: a late last ACK or a late ACK after a RST is picked up as a new ESTABLISHED entry
(tcp_loose), a late FIN is INVALID and leaves nothing, a SYN opens a new connection.

Each entry expires in a window of its own (0.3 s without any other event) before its tuple comes
back: the kernel's GC reaps at a time of its own, the lookup at the latest."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST,ACK ACK -m conntrack --ctstate NEW
""")
SYSCTL = {"net.netfilter.nf_conntrack_tcp_timeout_" + s: "1"
          for s in ("fin_wait", "close_wait", "last_ack", "time_wait", "close")}

cap = Cap(step=0.01)
WEB = ("93.184.216.34", 80)
SLOT = 1.5          # case k runs at k * SLOT, its entry expires 1 s after its last segment


def case(k, port):
    cap.at(k * SLOT)
    return Tcp(cap, "left", "right", ("192.168.1.10", port), WEB, isn=1000, risn=9000).open()


def later(k):
    cap.at(k * SLOT + 1.4)


t = case(0, 41000)          # FIN_WAIT: the server never answers the FIN; its late ACK is a pickup
t.c("FA")
later(0)
t.s("A")
t.c("A")
t = case(1, 41001)          # CLOSE_WAIT: the server never sends its FIN; its late FIN is INVALID
t.c("FA")
t.s("A")
later(1)
t.s("FA")
t = case(2, 41002)          # LAST_ACK: the last ACK comes late: a stray ESTABLISHED pickup
t.c("FA")
t.s("FA")
later(2)
t.c("A")
t.s("A")
t = case(3, 41003).close()  # TIME_WAIT: the client opens again
later(3)
Tcp(cap, "left", "right", ("192.168.1.10", 41003), WEB, isn=50000, risn=60000).open()
t = case(4, 41004)          # CLOSE after a RST: a late ACK is a pickup
t.c("R")
later(4)
t.s("A")
t.c("A")
t = case(5, 41005)          # a FIN_WAIT refreshed by the server's data survives 1.6 s; once idle it
t.c("FA")                   # expires (CLOSE_WAIT) and a SYN reopens
for i in range(1, 5):
    cap.at(5 * SLOT + 0.4 * i)
    t.s("PA", b"draining %d" % i)
    t.c("A")
cap.at(5 * SLOT + 1.6 + 1.4)
Tcp(cap, "left", "right", ("192.168.1.10", 41005), WEB, isn=70000, risn=80000).open()
write(__file__, RULES, cap, "closing-state timeouts of 1 s: FIN_WAIT, CLOSE_WAIT, LAST_ACK, TIME_WAIT and CLOSE "
      "entries expire (DESTROY); a late ACK on the tuple is picked up (NEW, ESTABLISHED), a late FIN is "
      "INVALID, a SYN reopens; a FIN_WAIT refreshed by traffic lives on until idle", sysctl=SYSCTL)
