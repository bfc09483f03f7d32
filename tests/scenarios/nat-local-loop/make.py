#!/usr/bin/env python3
"""fw talking to itself through NAT: DNAT in OUTPUT to another local port, and an SNAT rule in INPUT
that never applies to it: the entry's source manip was settled at POSTROUTING (a null binding)
before the packet looped back through lo, so neither PREROUTING's nor INPUT's nat chains see it.
The local answer is un-DNATed in POSTROUTING (fw's OUTPUT sees port 8080, lo's INPUT port 80)."""
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
-A PREROUTING -i lo
-A INPUT -p tcp -m tcp --dport 8080 -j SNAT --to-source 10.0.1.99
-A OUTPUT -d 10.0.1.1/32 -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.1.1:8080
-A POSTROUTING -o lo
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -m conntrack --ctstate NEW
-A INPUT -i lo -p tcp -m tcp --sport 80 -m conntrack --ctstate ESTABLISHED
-A OUTPUT -o lo -m conntrack --ctstate DNAT
-A OUTPUT -o lo -p tcp -m tcp --sport 8080
COMMIT
"""

cap = Cap()
Tcp(cap, "local1", "local0", ("10.0.2.1", 45000), ("10.0.1.1", 80), server_real=("10.0.1.1", 8080),
    isn=100).open().talk().close()
write(__file__, RULES, cap, "fw to itself through lo: DNAT in OUTPUT; an INPUT SNAT rule never applies (source manip "
      "settled by a null binding at POSTROUTING); the answer un-DNATed")
