#!/usr/bin/env python3
"""TTL expiry on forward: ip_forward drops a packet with TTL <= 1 after PREROUTING (raw, conntrack,
mangle, nat: their counters count it, a DNAT binding is made) but before FORWARD, so there are no
FORWARD or POSTROUTING counters and its new entry is never confirmed (no entry, no event). TTL 1 to
fw itself is delivered; TTL 2 is forwarded. A TTL-1 FIN of a known connection still moves its
state in PREROUTING; the event waits in the entry's cache until a later packet confirms it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -m ttl --ttl-eq 1
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -m ttl --ttl-eq 1 -m conntrack --ctstate NEW
-A PREROUTING -m ttl --ttl-eq 1 -m conntrack --ctstate ESTABLISHED
-A FORWARD -m ttl --ttl-lt 2
-A POSTROUTING -m ttl --ttl-lt 2
COMMIT
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
-A INPUT -m ttl --ttl-eq 1
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
COMMIT
"""

cap = Cap()
WEB = ("93.184.216.34", 80)
# TTL 1 forwarded: dropped by ip_forward (a traceroute probe, a SYN, one to the port forward)
cap.udp("left", "right", ("192.168.1.10", 33434), WEB, resp=None, ttl=1)
Tcp(cap, "left", "right", ("192.168.1.10", 40000), WEB, ttl=1, isn=100).c("S")
Tcp(cap, "right", "left", ("203.0.113.7", 41000), ("10.0.2.1", 8080), ttl=1, isn=200).c("S")
# TTL 2 goes through; TTL 1 to fw itself is delivered
cap.udp("left", "right", ("192.168.1.10", 33435), WEB, client_seen=("10.0.2.1", 33435), ttl=2)
cap.ping("left", "local0", "192.168.1.10", "10.0.1.1", 3, ttl=1)
# a connection whose client sends a TTL-1 segment and a TTL-1 FIN
t = Tcp(cap, "left", "right", ("192.168.1.10", 40001), WEB, client_seen=("10.0.2.1", 40001), isn=300).open().talk()
t.ttl = 1
t.c("PA", b"lost\n")
t.seq -= 5
t.c("FA")
t.ttl = 64
t.s("A")
write(__file__, RULES, cap, "TTL expiry on forward: PREROUTING (and DNAT) counts, no FORWARD/POSTROUTING, no "
      "entry; TTL 1 to fw delivered; a TTL-1 FIN still moves a known connection's state (event delivered later)")
