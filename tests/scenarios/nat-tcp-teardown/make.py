#!/usr/bin/env python3
"""TCP teardown and RST through MASQUERADE and a port forward: a client RST and a server RST,ACK
(CLOSE), a RST below the window (INVALID, state kept), a server-first close (CLOSE_WAIT, LAST_ACK,
TIME_WAIT), a SYN reopening a reset or TIME_WAIT connection (the old entry is destroyed and the
packet looked up again: a new entry with a new NAT binding), and a refused SYN (RST,ACK)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i eth1 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.20:80
-A POSTROUTING -o eth1 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -p tcp -m tcp --tcp-flags RST RST -m conntrack --ctstate ESTABLISHED
-A FORWARD -p tcp -m tcp --tcp-flags FIN FIN
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate SNAT
-A FORWARD -m conntrack --ctstate DNAT
COMMIT
"""

cap = Cap()
WEB, PUB = ("93.184.216.34", 80), "10.0.2.1"


def out(port, isn):
    return Tcp(cap, "left", "right", ("192.168.1.10", port), WEB, client_seen=(PUB, port), isn=isn)


# the client resets (CLOSE), then reopens the same tuple
c = out(40000, 1000).open().talk()
c.c("R")
cap.wait(0.5)
out(40000, 90000).open().talk()
# the server resets
out(40001, 2000).open().talk().s("RA")
# a RST far below the window is INVALID and changes nothing; then the server closes first
c = Tcp(cap, "left", "right", ("192.168.1.10", 40002), WEB, client_seen=(PUB, 40002), isn=3000, risn=500000)
c.open().talk()
c.s("R", seq=c.rseq - 100000)
c.s("FA")
c.c("A")
c.c("FA")
c.s("A")
# a port forward: closed, then reopened from TIME_WAIT by a new SYN
PF = dict(server_real=("192.168.1.20", 80))
Tcp(cap, "right", "left", ("203.0.113.7", 41000), (PUB, 8080), isn=4000, **PF).open().talk().close()
Tcp(cap, "right", "left", ("203.0.113.7", 41000), (PUB, 8080), isn=80000, **PF).open()
# a refused SYN through the port forward
t = Tcp(cap, "right", "left", ("203.0.113.7", 41001), (PUB, 8080), isn=5000, **PF)
t.c("S")
t.rseq = 0
t.s("RA")
write(__file__, RULES, cap, "TCP teardown through NAT: client RST, server RST, an out-of-window RST (INVALID), "
      "server-first FIN, reopening after RST and from TIME_WAIT (old entry destroyed, new binding), a refused SYN")
