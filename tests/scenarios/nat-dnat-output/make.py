#!/usr/bin/env python3
"""DNAT in OUTPUT for fw's own traffic: to a left host (routed again after the nat table: eth1 ->
eth0, while later OUTPUT tables still see the first route's -o), to fw's own address (delivered
through lo: PREROUTING and INPUT on lo, no second nat lookup), a UDP flow, and the answers
un-DNATed in PREROUTING (remote) or OUTPUT (local)."""
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
-A OUTPUT -d 10.0.2.2/32 -p tcp -m tcp --dport 80 -j DNAT --to-destination 192.168.1.20:8080
-A OUTPUT -d 203.0.113.9/32 -p tcp -m tcp --dport 443 -j DNAT --to-destination 10.0.1.1:4443
-A OUTPUT -p udp -m udp --dport 53 -j DNAT --to-destination 10.0.1.2
-A POSTROUTING -o lo
-A POSTROUTING -o eth0
-A POSTROUTING -o eth1
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i lo
-A INPUT -i lo -m conntrack --ctstate DNAT
-A POSTROUTING -o eth0 -m conntrack --ctstate DNAT
-A POSTROUTING -o eth1 -m conntrack --ctstate DNAT
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -m conntrack --ctstate NEW
-A INPUT -i eth0 -m conntrack --ctstate ESTABLISHED
-A OUTPUT -o eth1 -m conntrack --ctstate DNAT
-A OUTPUT -o lo
COMMIT
"""

cap = Cap()
Tcp(cap, "local1", "left", ("10.0.2.1", 45000), ("10.0.2.2", 80), server_real=("192.168.1.20", 8080),
    isn=100).open().talk().close()
Tcp(cap, "local1", "local0", ("10.0.2.1", 45001), ("203.0.113.9", 443), server_real=("10.0.1.1", 4443),
    isn=200).open().talk()
cap.udp("local1", "left", ("10.0.2.1", 45002), ("8.8.8.8", 53), server_real=("10.0.1.2", 53))
write(__file__, RULES, cap, "DNAT in OUTPUT: rerouted to the left after the nat table, to fw itself through "
      "lo, UDP; the answers un-DNATed")
