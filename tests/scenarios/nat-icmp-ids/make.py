#!/usr/bin/env python3
"""ICMP echo identifiers through SNAT (the id is what NAT moves for ICMP, in both directions): an id
inside --to-source ADDR:100-101 is kept, a clash moves to the other one, with both taken the third
ping is dropped at confirmation; an ICMP error about a translated echo gets its quoted id and
address translated back; a DNAT clash on an echo id takes id 0 (DNAT searches from the start of
the id space); REDIRECT to a port range starts at its first port (no random offset for
DNAT) and moves on when taken."""
import os
import sys

from scapy.layers.inet import ICMP, IP
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i eth1 -p tcp -m multiport --dports 80,81 -j REDIRECT --to-ports 8080-8082
-A PREROUTING -i eth1 -p icmp -m iprange --dst-range 10.0.2.100-10.0.2.101 -j DNAT --to-destination 192.168.1.20
-A POSTROUTING -o eth1 -p icmp -j SNAT --to-source 10.0.2.1:100-101
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -p icmp -m conntrack --ctstate RELATED
-A FORWARD -p icmp -m icmp --icmp-type 0
-A INPUT -p tcp -m conntrack --ctstate DNAT
COMMIT
"""

cap = Cap()
SRV, PUB = "1.1.1.1", "10.0.2.1"
cap.ping("left", "right", "192.168.1.10", SRV, 100, client_seen=PUB)                  # kept
cap.ping("left", "right", "192.168.1.20", SRV, 100, client_seen=PUB, reply_ident=101)  # moved to 101
cap.ping("left", "right", "192.168.1.30", SRV, 7, reply=False)                          # none left: dropped
# the other server: id 7 is out of the range, 100 and 101 are free there, so the choice would be
# random; an error quoting 192.168.1.10's translated echo instead
seen = IP(src=PUB, dst=SRV, ttl=1) / ICMP(type=8, id=100, seq=1) / Raw(b"p" * 32)
cap.icmp_error("right", "10.0.2.2", PUB, seen, type=11, code=0)
seen = IP(src=PUB, dst=SRV, ttl=1) / ICMP(type=8, id=101, seq=1) / Raw(b"p" * 32)
cap.icmp_error("right", "10.0.2.2", PUB, seen, type=11, code=0)
# DNAT of echoes from one client with one id to two public addresses of one inside host: the second
# clashes; a DNAT searches the whole id space from 0 (no random offset), so it gets id 0
cap.ping("right", "left", "203.0.113.7", "10.0.2.100", 5, server_real="192.168.1.20")
cap.ping("right", "left", "203.0.113.7", "10.0.2.101", 5, server_real="192.168.1.20", reply_ident=0)
# REDIRECT to 8080-8082: the first port, then the next for the same client port
Tcp(cap, "right", "local1", ("203.0.113.7", 40000), (PUB, 80), server_real=(PUB, 8080), isn=1).open()
Tcp(cap, "right", "local1", ("203.0.113.7", 40000), (PUB, 81), server_real=(PUB, 8081), isn=2).open()
write(__file__, RULES, cap, "ICMP echo ids through SNAT with an id range (kept, moved on a clash, dropped when "
      "none is left), ICMP errors about translated echoes, a DNAT id clash (id 0), REDIRECT to a port range")
