#!/usr/bin/env python3
"""SCTP through NAT (nf_nat_proto's sctp_manip_pkt): MASQUERADE keeps a free source port, a DNAT
to another port rewrites the destination port (and the CRC32c), so FORWARD rules see the
translated port; the replies are translated back; the association reaches ESTABLISHED both ways."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(HERE), os.path.dirname(os.path.dirname(os.path.dirname(HERE)))]
from natlab import Cap, write  # noqa: E402
from tests.kernel.sctpkit import (COOKIE_ACK, COOKIE_ECHO, INIT, INIT_ACK, SHUTDOWN, SHUTDOWN_ACK,  # noqa: E402
                                  SHUTDOWN_COMPLETE, chunk, data, init, sack, sctp)

RULES = """
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i eth1 -p sctp -m sctp --dport 3868 -j DNAT --to-destination 192.168.1.20:3869
-A POSTROUTING -o eth1 -p sctp -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -m conntrack --ctstate DNAT
-A FORWARD -p sctp -m sctp --dport 3868
-A FORWARD -p sctp -m sctp --sport 36412 --dport 40000 --chunk-types any COOKIE_ACK,SACK
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -i eth0 -o eth1 -p sctp -m sctp --chunk-types only INIT -j ACCEPT
-A FORWARD -i eth1 -p sctp -m sctp --dport 3869 -m conntrack --ctstate DNAT -j ACCEPT
COMMIT
"""

C, S, PUB, IN, PEER = "192.168.1.10", "93.184.216.34", "10.0.2.1", "192.168.1.20", "8.8.8.8"
cap = Cap()
# outbound: the server sees PUB:40000
ct, st = 0x0C0C0C0C, 0x05050505
cap.add("left", sctp(C, S, 40000, 36412, 0, [init(INIT, ct)]))
cap.add("right", sctp(S, PUB, 36412, 40000, ct, [init(INIT_ACK, st)]))
cap.add("left", sctp(C, S, 40000, 36412, st, [chunk(COOKIE_ECHO, 0, b"cookie!!"), data(1, b"hello")]))
cap.add("right", sctp(S, PUB, 36412, 40000, ct, [chunk(COOKIE_ACK), sack(1)]))
cap.add("left", sctp(C, S, 40000, 36412, st, [chunk(SHUTDOWN, 0, b"\0\0\0\1")]))
cap.add("right", sctp(S, PUB, 36412, 40000, ct, [chunk(SHUTDOWN_ACK)]))
cap.add("left", sctp(C, S, 40000, 36412, st, [chunk(SHUTDOWN_COMPLETE)]))
# inbound: PEER -> PUB:3868, DNAT to IN:3869
pt, it = 0x0D0D0D0D, 0x06060606
cap.add("right", sctp(PEER, PUB, 5000, 3868, 0, [init(INIT, pt)]))
cap.add("left", sctp(IN, PEER, 3869, 5000, pt, [init(INIT_ACK, it)]))
cap.add("right", sctp(PEER, PUB, 5000, 3868, it, [chunk(COOKIE_ECHO, 0, b"cookie!!")]))
cap.add("left", sctp(IN, PEER, 3869, 5000, pt, [chunk(COOKIE_ACK)]))
cap.add("right", sctp(PEER, PUB, 5000, 3868, it, [data(1, b"diameter CER")]))
cap.add("left", sctp(IN, PEER, 3869, 5000, pt, [sack(1), data(9, b"diameter CEA")]))
write(__file__, RULES, cap, "SCTP through MASQUERADE and a port-changing DNAT: ports (and CRC32c) "
      "rewritten, FORWARD rules see the translated ports, both associations tracked to the end")
