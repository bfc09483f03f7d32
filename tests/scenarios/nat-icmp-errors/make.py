#!/usr/bin/env python3
"""ICMP errors about NATed connections (nf_nat_icmp_reply_translation): RELATED to the master
entry, never looked up in the nat chains; the quoted header is translated back along with the
outer address (un-SNAT in PREROUTING, un-DNAT in POSTROUTING); a redirect about a NATed
connection is dropped by NAT; an error about nothing known is INVALID."""
import os
import sys

from scapy.layers.inet import IP, TCP, UDP
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i eth1 -p udp -m udp --dport 5353 -j DNAT --to-destination 192.168.1.20
-A PREROUTING -p icmp
-A POSTROUTING -o eth1 -j MASQUERADE
-A POSTROUTING -p icmp
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -p icmp -m conntrack --ctstate RELATED
-A INPUT -p icmp -m conntrack --ctstate INVALID
-A FORWARD -i eth1 -o eth0 -p icmp -m conntrack --ctstate RELATED -d 192.168.1.10
-A FORWARD -i eth0 -o eth1 -p icmp -m conntrack --ctstate RELATED -s 192.168.1.20
-A FORWARD -p icmp -m conntrack --ctstate RELATED
-A FORWARD -p icmp -m conntrack --ctstate INVALID
-A FORWARD -p icmp
COMMIT
"""

cap = Cap()
PUB = "10.0.2.1"
# 1. UDP out through MASQUERADE; the server's port unreachable quotes the translated packet
q = cap.udp("left", "right", ("192.168.1.10", 5000), ("8.8.8.8", 53), resp=None)
seen = IP(src=PUB, dst="8.8.8.8", ttl=63) / UDP(sport=5000, dport=53) / Raw(b"ping")
cap.icmp_error("right", "8.8.8.8", PUB, seen, type=3, code=3)
# ... a router on the way: time exceeded from another address
cap.icmp_error("right", "10.0.2.2", PUB, seen, type=11, code=0)
# ... a redirect about the NATed connection: NAT drops it
cap.icmp_error("right", "10.0.2.2", PUB, seen, type=5, code=1)
# 2. TCP SYN out, host unreachable from a router
Tcp(cap, "left", "right", ("192.168.1.10", 33000), ("93.184.216.34", 80), isn=100).c("S")
seen = IP(src=PUB, dst="93.184.216.34", ttl=63) / TCP(sport=33000, dport=80, flags="S", seq=100, window=502)
cap.icmp_error("right", "10.0.2.2", PUB, seen, type=3, code=1)
# 3. a port forward: the real server's port unreachable goes back to the client from fw's public address
cap.udp("right", "left", ("203.0.113.7", 6000), (PUB, 5353), resp=None)
seen = IP(src="203.0.113.7", dst="192.168.1.20", ttl=63) / UDP(sport=6000, dport=5353) / Raw(b"ping")
cap.icmp_error("left", "192.168.1.20", "203.0.113.7", seen, type=3, code=3)
# 4. an error about a connection nobody made: INVALID
seen = IP(src=PUB, dst="1.1.1.1") / UDP(sport=9999, dport=53) / Raw(b"ping")
cap.icmp_error("right", "1.1.1.1", PUB, seen, type=3, code=3)
write(__file__, RULES, cap, "ICMP errors about MASQUERADEd and DNATed flows: RELATED, nat chains skipped, "
      "quoted header and outer address translated back; redirects for NATed flows dropped; unknown ones INVALID")
