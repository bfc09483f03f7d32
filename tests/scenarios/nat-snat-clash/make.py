#!/usr/bin/env python3
"""Two clients on one source port behind SNAT to a single port (--to-source 10.0.2.1:6000).

A one-port range makes the kernel's choice deterministic (get_random_u16() % 1 == 0). While the
first connection lives, the second client's SYN gets the same reply tuple and is dropped when its
entry is confirmed (a clash NAT could not avoid). Once the first connection is in TIME_WAIT, the
kernel's last NAT attempts (nf_nat_used_tuple_harder, 6.5+) may evict it: the new entry is a SYN
(SYN_SENT), the old one is SNATed, TIME_WAIT or later, and the new SYN's sequence is past the old
client's: the old entry is destroyed (DESTROY event) and the port reused. With a sequence number
not past the old one it stays taken. UDP has no such eviction: the second client is dropped.
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
-A POSTROUTING -o eth1 -p tcp -j SNAT --to-source 10.0.2.1:6000
-A POSTROUTING -o eth1 -p udp -j SNAT --to-source 10.0.2.1:6000
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
COMMIT
"""

cap = Cap()
WEB, DNS, PUB = ("93.184.216.34", 80), ("8.8.8.8", 53), ("10.0.2.1", 6000)
a = Tcp(cap, "left", "right", ("192.168.1.10", 40000), WEB, client_seen=PUB, isn=1000).open().talk()
b = Tcp(cap, "left", "right", ("192.168.1.20", 40000), WEB, client_seen=PUB, isn=50000)
b.c("S", seq=50000)                 # A is ESTABLISHED: not evictable, B's SYN dropped at confirm
a.close()                           # A in TIME_WAIT
b.seq = 50000
b.open().talk().close()             # B's SYN (50000 > A's 1008) evicts A and takes the port
d = Tcp(cap, "left", "right", ("192.168.1.40", 40000), WEB, client_seen=PUB, isn=10)
d.c("S", seq=10)                    # B in TIME_WAIT but seq 10 is not past B's: dropped
d.seq = 90000
d.open()                            # past B's: B evicted
cap.udp("left", "right", ("192.168.1.10", 5000), DNS, client_seen=PUB)
cap.udp("left", "right", ("192.168.1.20", 5000), DNS, resp=None)    # same reply tuple: dropped
write(__file__, RULES, cap, "SNAT to one port, two clients: the second SYN is dropped at confirm while the "
      "first connection lives, then evicts it from TIME_WAIT when its sequence has advanced "
      "(nf_nat_used_tuple_harder), not when it has not; UDP just drops")
