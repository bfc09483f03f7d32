#!/usr/bin/env python3
"""CT --zone in raw: each interface its own zone, so a reply entering by the other interface is
NEW in its zone (a second entry) and one tuple may live in two zones; --zone-orig keeps the reply
direction in zone 0, where replies without a template find it; --zone-reply the original one; --zone mark takes the zone from
the packet mark; an echo reply looked up in the wrong zone is INVALID."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -i eth1 -p icmp -j MARK --set-xmark 0x9/0xffffffff
-A PREROUTING -i eth1 -p icmp -j CT --zone mark
-A PREROUTING -i eth0 -p tcp -j CT --zone-orig 3
-A PREROUTING -i eth0 -p udp -m udp --dport 123 -j CT --zone-reply 4
-A PREROUTING -i eth1 -p udp -m udp --sport 123 -j CT --zone 4
-A PREROUTING -i eth0 -j CT --zone 1
-A PREROUTING -i eth1 ! -p tcp -j CT --zone 2
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -m conntrack --ctstate NEW
-A INPUT -m conntrack --ctstate ESTABLISHED
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
-A OUTPUT -m conntrack --ctstate NEW
-A OUTPUT -m conntrack --ctstate ESTABLISHED
-A OUTPUT -m conntrack --ctstate INVALID
COMMIT
"""

cap = Cap()
# zone 1 out, the answer comes in on eth1: zone 2, a new entry there
cap.udp("left", "right", ("192.168.1.10", 5000), ("8.8.8.8", 53))
# one tuple, two zones
cap.udp("right", "local1", ("10.0.2.2", 6000), ("10.0.1.1", 514), resp=None)
cap.udp("left", "local0", ("10.0.2.2", 6000), ("10.0.1.1", 514), resp=None)
# zone-orig 3: the replies (no template, zone 0) find the entry by its reply tuple
Tcp(cap, "left", "right", ("192.168.1.10", 40000), ("93.184.216.34", 80), isn=100).open().talk()
# zone-reply 4: the original direction in zone 0, the answer (zone 4 template) finds it
cap.udp("left", "right", ("192.168.1.10", 123), ("10.0.2.2", 123))
# zone from the mark (9); fw's echo reply is looked up in zone 0 and is INVALID
cap.ping("right", "local1", "203.0.113.7", "10.0.2.1", 5)
write(__file__, RULES, cap, "CT --zone per interface (replies NEW in the other zone, one tuple in two zones), "
      "--zone-orig (replies found from zone 0), --zone-reply, --zone mark; an echo reply in the wrong zone is INVALID")
