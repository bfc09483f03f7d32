#!/usr/bin/env python3
"""SNAT in INPUT (nat INPUT runs after filter INPUT, so filter sees the client's own address): the
local answers to the translated source are un-SNATed in OUTPUT and routed again; a one-port UDP
range with a second client clashing on its reply tuple drops it at confirmation (in INPUT)."""
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
-A INPUT -s 192.168.7.0/24 -p udp -j SNAT --to-source 10.0.1.250:7000
-A INPUT -s 192.168.7.0/24 -j SNAT --to-source 10.0.1.250
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -s 192.168.7.0/24 -m conntrack --ctstate NEW
-A INPUT -s 10.0.1.250/32
-A INPUT -m conntrack --ctstate SNAT
-A OUTPUT -d 10.0.1.250/32
-A OUTPUT -d 192.168.7.0/24 -m conntrack --ctstate SNAT
COMMIT
"""

cap = Cap()
LOCAL = "10.0.1.1"
cap.ping("left", "local0", "192.168.7.3", LOCAL, 11, client_seen="10.0.1.250")
Tcp(cap, "left", "local0", ("192.168.7.3", 40000), (LOCAL, 22), client_seen=("10.0.1.250", 40000),
    isn=100).open().talk().close()
cap.udp("left", "local0", ("192.168.7.3", 5000), (LOCAL, 514), client_seen=("10.0.1.250", 7000))
cap.udp("left", "local0", ("192.168.7.4", 5000), (LOCAL, 514), resp=None)   # same reply tuple: dropped
cap.udp("left", "local0", ("192.168.1.10", 5000), (LOCAL, 514))             # not translated
write(__file__, RULES, cap, "SNAT in INPUT: filter INPUT sees the original source, the local answers are "
      "un-SNATed in OUTPUT, a second client on a one-port range is dropped at confirm")
