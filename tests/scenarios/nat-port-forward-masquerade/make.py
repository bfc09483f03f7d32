#!/usr/bin/env python3
"""A home router: MASQUERADE out of eth1, TCP 8080 and UDP 5353 forwarded to 192.168.1.20, and
hairpin NAT (a left client reaching the forward through the public address is MASQUERADEd on eth0,
so the server answers fw 10.0.1.1, not the client directly)."""
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
-A PREROUTING -d 10.0.2.1/32 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.20:80
-A PREROUTING -i eth1 -p udp -m udp --dport 5353 -j DNAT --to-destination 192.168.1.20
-A POSTROUTING -o eth1 -j MASQUERADE
-A POSTROUTING -s 192.168.0.0/16 -d 192.168.1.20/32 -o eth0 -p tcp -m tcp --dport 80 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -m conntrack --ctstate DNAT -m conntrack --ctorigdst 10.0.2.1 -j ACCEPT
-A FORWARD -i eth0 -o eth1 -j ACCEPT
-A FORWARD -j LOG --log-prefix "fwd drop: "
COMMIT
"""

cap = Cap()
PUB, SRV = ("10.0.2.1", 8080), ("192.168.1.20", 80)
# port forward from the right: replies come back from the real server
Tcp(cap, "right", "left", ("203.0.113.7", 40000), PUB, server_real=SRV, isn=100).open().talk().close()
# a second flow from the same client, and one from another client, left open
Tcp(cap, "right", "left", ("203.0.113.7", 40001), PUB, server_real=SRV, isn=200).open().talk()
Tcp(cap, "right", "left", ("8.8.8.8", 40000), PUB, server_real=SRV, isn=300).open()
# UDP forward, port kept
cap.udp("right", "left", ("203.0.113.7", 5000), ("10.0.2.1", 5353), server_real=("192.168.1.20", 5353))
# a left client going out: MASQUERADE to 10.0.2.1, its source port kept
Tcp(cap, "left", "right", ("192.168.1.10", 33000), ("93.184.216.34", 80), client_seen=("10.0.2.1", 33000),
    isn=400).open().talk().close()
# hairpin: a left client through the public address, MASQUERADEd to eth0's 10.0.1.1
Tcp(cap, "left", "left", ("192.168.1.10", 41000), PUB, server_real=SRV, client_seen=("10.0.1.1", 41000),
    isn=500).open().talk()
# the forwarded port from the left without hairpin answer: nothing comes back
Tcp(cap, "right", "left", ("1.1.1.1", 40000), ("10.0.2.1", 8081), isn=600).c("S")
write(__file__, RULES, cap, "DNAT port forward (TCP and UDP) with MASQUERADE on the way out and hairpin "
      "MASQUERADE on eth0: replies, second flows, ctstate DNAT in FORWARD")
