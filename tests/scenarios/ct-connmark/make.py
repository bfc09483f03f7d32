#!/usr/bin/env python3
"""CONNMARK with MARK in mangle, the usual pattern: restore the connection's mark into the packet,
classify unmarked packets with MARK, save the packet mark into the connection. The entry's mark
changes are [UPDATE] events (mark=); the replies get the mark restored; masks on save/restore;
set-xmark on the entry directly; fw's own traffic marked in OUTPUT."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xff
-A PREROUTING -m mark ! --mark 0x0/0xff -j ACCEPT
-A PREROUTING -p tcp -m tcp --dport 22 -j MARK --set-xmark 0x2/0xff
-A PREROUTING -p tcp -m tcp --dport 80 -j MARK --set-xmark 0x1/0xff
-A PREROUTING -p udp -j MARK --set-xmark 0x3/0xff
-A PREROUTING -m mark --mark 0x0/0xff -j MARK --set-xmark 0x1000/0xffffffff
-A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
-A FORWARD -m conntrack --ctstate NEW -p tcp -m tcp --dport 80 -j CONNMARK --set-xmark 0x100/0x100
-A OUTPUT -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
-A OUTPUT -m mark --mark 0x0 -j MARK --set-xmark 0x7/0xffffffff
-A OUTPUT -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
-A POSTROUTING -m connmark --mark 0x101
-A POSTROUTING -m connmark --mark 0x2
-A POSTROUTING -m mark --mark 0x1
-A POSTROUTING -m mark --mark 0x1000
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m mark --mark 0x2 -m conntrack --ctstate ESTABLISHED
-A FORWARD -m mark --mark 0x1 -m conntrack --ctstate ESTABLISHED
-A FORWARD -m connmark --mark 0x100/0x100
-A FORWARD -m mark --mark 0x3
-A INPUT -m mark --mark 0x7
-A INPUT -m mark --mark 0x1000
COMMIT
"""

cap = Cap()
Tcp(cap, "left", "right", ("192.168.1.10", 40000), ("93.184.216.34", 22), isn=100).open().talk().close()
Tcp(cap, "left", "right", ("192.168.1.10", 40001), ("93.184.216.34", 80), isn=200).open().talk()
cap.udp("left", "right", ("192.168.1.10", 5000), ("8.8.8.8", 53))
cap.ping("right", "local1", "203.0.113.7", "10.0.2.1", 5)          # 0x1000, not saved by the 0xff mask
Tcp(cap, "local1", "right", ("10.0.2.1", 45000), ("10.0.2.2", 443), isn=300).open().talk()
write(__file__, RULES, cap, "CONNMARK --restore-mark / MARK / --save-mark in mangle (with masks), "
      "--set-xmark in FORWARD, OUTPUT marking: ct mark events and per-packet marks")
