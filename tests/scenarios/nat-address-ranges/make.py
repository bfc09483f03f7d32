#!/usr/bin/env python3
"""Address ranges in SNAT and DNAT (find_best_ips_proto): the address is minip + jhash2 of the
source address (the whole 16-byte nf_inet_addr, so four words) seeded with the destination
(or with 0 under --persistent), scaled to the range; deterministic, unlike ports. A DNAT port
range starts at its first port (no random offset for DNAT), and a clash moves to the next one.
The answers go to the addresses the kernel chose (listed below, measured in the lab)."""
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
-A PREROUTING -i eth1 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.20-192.168.1.29
-A PREROUTING -i eth1 -p tcp -m multiport --dports 9090,9091 -j DNAT --to-destination 192.168.1.40:8000-8010
-A PREROUTING -i eth1 -p udp -m udp --dport 9090 -j DNAT --to-destination 192.168.1.41-192.168.1.45 --persistent
-A POSTROUTING -o eth1 -p tcp -j SNAT --to-source 10.0.2.100-10.0.2.110
-A POSTROUTING -o eth1 -p udp -j SNAT --to-source 10.0.2.200-10.0.2.209 --persistent
COMMIT
"""

cap = Cap()
# SNAT to 10.0.2.100-110: the address depends on the client and the server
for client, server, port, chosen in (("192.168.1.10", "93.184.216.34", 30001, "10.0.2.107"),
                                     ("192.168.1.10", "1.1.1.1", 30002, "10.0.2.100"),
                                     ("192.168.1.20", "1.1.1.1", 30005, "10.0.2.109"),
                                     ("10.0.1.2", "8.8.8.8", 30015, "10.0.2.106")):
    Tcp(cap, "left", "right", (client, port), (server, 80), client_seen=(chosen, port), isn=port).open().talk()
# --persistent: one address per client, whatever the server
for client, server, port, chosen in (("192.168.1.10", "8.8.8.8", 30003, "10.0.2.209"),
                                     ("192.168.1.10", "1.1.1.1", 30004, "10.0.2.209"),
                                     ("192.168.1.20", "8.8.8.8", 30006, "10.0.2.204"),
                                     ("192.168.7.3", "93.184.216.34", 30010, "10.0.2.203")):
    cap.udp("left", "right", (client, port), (server, 53), client_seen=(chosen, port))
# DNAT to 192.168.1.20-29 by client
for client, port, chosen in (("203.0.113.7", 40000, "192.168.1.23"), ("1.1.1.1", 40000, "192.168.1.26"),
                             ("8.8.8.8", 40001, "192.168.1.22"), ("10.0.2.2", 40000, "192.168.1.24")):
    Tcp(cap, "right", "left", (client, port), ("10.0.2.1", 8080), server_real=(chosen, 8080), isn=port).open()
# DNAT to a port range: the first port; the same client port to the other public port clashes on 8000
Tcp(cap, "right", "left", ("203.0.113.7", 40000), ("10.0.2.1", 9090), server_real=("192.168.1.40", 8000),
    isn=1).open()
Tcp(cap, "right", "left", ("203.0.113.7", 40000), ("10.0.2.1", 9091), server_real=("192.168.1.40", 8001),
    isn=2).open()
# --persistent DNAT
for client, chosen in (("8.8.8.8", "192.168.1.43"), ("198.51.100.1", "192.168.1.45")):
    cap.udp("right", "left", (client, 40000), ("10.0.2.1", 9090), server_real=(chosen, 9090))
write(__file__, RULES, cap, "SNAT/DNAT address ranges (jhash2 of the 16-byte source address, seeded by the "
      "destination or 0 with --persistent), a DNAT port range from its first port, a DNAT port clash")
