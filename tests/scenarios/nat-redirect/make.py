#!/usr/bin/env python3
"""REDIRECT: in PREROUTING to the first address of the incoming interface (a transparent proxy on
eth0's 10.0.1.1:3128, ssh on eth1's 10.0.2.1:22), in OUTPUT to 127.0.0.1 (a local resolver on
5353): the local answers are un-NATed on their way out (and through lo back into INPUT)."""
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
-A PREROUTING -i eth0 -p tcp -m tcp --dport 80 -j REDIRECT --to-ports 3128
-A PREROUTING -i eth1 -p tcp -m tcp --dport 2222 -j REDIRECT --to-ports 22
-A OUTPUT -d 10.0.2.2/32 -p udp -m udp --dport 53 -j REDIRECT --to-ports 5353
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo
-A INPUT -p tcp -m tcp --dport 3128 -m conntrack --ctstate NEW
-A INPUT -m conntrack --ctstate DNAT -m conntrack --ctorigdstport 2222
-A INPUT -m conntrack --ctstate ESTABLISHED
-A OUTPUT -m conntrack --ctstate DNAT
-A OUTPUT -o lo
COMMIT
"""

cap = Cap()
# a left client to a web server, redirected to the proxy on fw: the proxy answers from 10.0.1.1:3128
Tcp(cap, "left", "local0", ("192.168.1.10", 40000), ("93.184.216.34", 80), server_real=("10.0.1.1", 3128),
    isn=100).open().talk().close()
# ssh on another port from the right
Tcp(cap, "right", "local1", ("203.0.113.7", 50000), ("10.0.2.1", 2222), server_real=("10.0.2.1", 22),
    isn=200).open().talk()
# fw's own DNS query redirected to 127.0.0.1:5353; the local resolver answers from there
cap.udp("local1", "local1", ("10.0.2.1", 45000), ("10.0.2.2", 53), server_real=("127.0.0.1", 5353))
write(__file__, RULES, cap, "REDIRECT in PREROUTING (to the incoming interface's first address) and in "
      "OUTPUT (to 127.0.0.1, through lo), with the local answers un-NATed")
