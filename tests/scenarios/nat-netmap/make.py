#!/usr/bin/env python3
"""NETMAP: a /24 mapped one to one, host part kept: destinations in PREROUTING, sources in
POSTROUTING (UDP and ICMP echo too), and fw's own traffic to a mapped network in OUTPUT, which
is routed again after the rewrite (eth1 before, eth0 after)."""
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
-A PREROUTING -d 198.51.100.0/24 -i eth1 -j NETMAP --to 192.168.5.0/24
-A OUTPUT -d 172.16.3.0/24 -j NETMAP --to 192.168.9.0/24
-A POSTROUTING -s 192.168.5.0/24 -o eth1 -j NETMAP --to 198.51.100.0/24
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -i eth1 -o eth0 -m conntrack --ctstate DNAT
-A FORWARD -i eth0 -o eth1 -m conntrack --ctstate SNAT
-A FORWARD -o eth1
-A OUTPUT -o eth0 -m conntrack --ctstate DNAT
-A OUTPUT -o eth1
COMMIT
"""

cap = Cap()
# in: 198.51.100.33 -> 192.168.5.33
Tcp(cap, "right", "left", ("203.0.113.7", 40000), ("198.51.100.33", 80), server_real=("192.168.5.33", 80),
    isn=100).open().talk()
# out: 192.168.5.44 -> 198.51.100.44 (UDP, then a ping: the ICMP id is kept)
cap.udp("left", "right", ("192.168.5.44", 5000), ("8.8.8.8", 53), client_seen=("198.51.100.44", 5000))
cap.ping("left", "right", "192.168.5.44", "1.1.1.1", 77, client_seen="198.51.100.44")
# a host outside the mapped network is left alone
cap.udp("left", "right", ("192.168.1.10", 5000), ("8.8.8.8", 53))
# fw's own connection to 172.16.3.77 goes to 192.168.9.77 on the left
Tcp(cap, "local1", "left", ("10.0.2.1", 45000), ("172.16.3.77", 80), server_real=("192.168.9.77", 80),
    isn=300).open().talk()
write(__file__, RULES, cap, "NETMAP in PREROUTING, POSTROUTING (TCP, UDP, ICMP) and OUTPUT (rerouted after "
      "the rewrite): a /24 mapped host for host")
