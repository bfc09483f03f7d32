#!/usr/bin/env python3
"""SNAT --to-source 10.0.2.1:20000-20001: which port each connection gets.

The kernel draws the first port it tries with get_random_u16(), so every choice here is forced:
a source port already inside the range is kept when its reply tuple is free; a clash leaves one
free port of the two; a client with a mapping reuses it (find_appropriate_src) even where the
other port would be free; with both ports taken towards one server the SYN is dropped when its
entry is confirmed (the reply tuple clashes), whichever port was tried.
"""
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
-A POSTROUTING -o eth1 -p tcp -j SNAT --to-source 10.0.2.1:20000-20001
-A POSTROUTING -o eth1 -p udp -j SNAT --to-source 10.0.2.1:20000-20001
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate SNAT
-A FORWARD -p tcp -m conntrack --ctrepldst 10.0.2.1 --ctrepldstport 20001
-A FORWARD -p udp -m conntrack --ctrepldstport 20000
COMMIT
"""

cap = Cap()
WEB, WEB2, DNS = ("93.184.216.34", 80), ("1.1.1.1", 443), ("8.8.8.8", 53)
# A keeps its source port 20000: in the range and free
Tcp(cap, "left", "right", ("192.168.1.10", 20000), WEB, client_seen=("10.0.2.1", 20000), isn=100).open().talk()
# B uses 20000 too: towards the same server only 20001 is left
Tcp(cap, "left", "right", ("192.168.1.20", 20000), WEB, client_seen=("10.0.2.1", 20001), isn=200).open().talk()
# B again, to another server: its existing mapping (20001) is reused although 20000 is free there
Tcp(cap, "left", "right", ("192.168.1.20", 20000), WEB2, client_seen=("10.0.2.1", 20001), isn=300).open()
# A to another port of the same server: 20000 is free towards port 443
Tcp(cap, "left", "right", ("192.168.1.10", 20000), ("93.184.216.34", 443), client_seen=("10.0.2.1", 20000),
    isn=400).open()
# B's mappings: 20001 (twice); towards 8.8.8.8:80 Z already holds 20001, so B gets 20000 there; to a
# fourth server B reuses its newest mapping, 20000 (the kernel's bysource chain is newest first)
Tcp(cap, "left", "right", ("192.168.1.30", 20001), ("8.8.8.8", 80), client_seen=("10.0.2.1", 20001), isn=310).open()
Tcp(cap, "left", "right", ("192.168.1.20", 20000), ("8.8.8.8", 80), client_seen=("10.0.2.1", 20000), isn=320).open()
Tcp(cap, "left", "right", ("192.168.1.20", 20000), ("9.9.9.9", 80), client_seen=("10.0.2.1", 20000), isn=330).open()
# C: both ports towards WEB:80 are taken -> its SYN is dropped at confirmation, no entry
Tcp(cap, "left", "right", ("192.168.1.30", 40000), WEB, isn=500).c("S")
# UDP: D keeps 20001 (in range), E (port 33333) gets the only free one, 20000
cap.udp("left", "right", ("192.168.1.10", 20001), DNS, client_seen=("10.0.2.1", 20001))
cap.udp("left", "right", ("192.168.1.20", 33333), DNS, client_seen=("10.0.2.1", 20000))
write(__file__, RULES, cap, "SNAT --to-source ADDR:20000-20001: an in-range source port kept, a clash moved to "
      "the one free port, a client's newest mapping reused (find_appropriate_src), a third client dropped at confirm "
      "(no free port); all choices forced, since the kernel's first try is get_random_u16()")
