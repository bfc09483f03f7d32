#!/usr/bin/env python3
"""GRE and protocols without a tracker, through MASQUERADE: GRE version 0 has no keys, 30 s until
answered, 180 s and ASSURED once a packet follows the answer; GRE version 1 (PPTP) has the call id
as its destination key (no source key without the pptp helper), and is INVALID when it does not
carry PPP; an ICMP error about a GRE flow is RELATED; ESP, an unknown protocol and DCCP (no
tracker since Linux 6.16: no ports in its tuple) get generic 600 s entries; a second client of
the same protocol-without-ports towards the same server clashes on the reply tuple (dropped)."""
import os
import sys

from scapy.layers.inet import IP
from scapy.layers.l2 import GRE
from scapy.packet import Raw

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, write  # noqa: E402

RULES = """
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -o eth1 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
-A FORWARD -m conntrack --ctstate RELATED
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -m conntrack --ctstatus ASSURED
COMMIT
"""

SRV, PUB = "93.184.216.34", "10.0.2.1"


def pptp(call_id, proto=0x880B):
    """A GRE version 1 header (key present): flags, protocol, payload length, call id."""
    return bytes([0x20, 0x01]) + proto.to_bytes(2, "big") + (4).to_bytes(2, "big") + call_id.to_bytes(2, "big") + b"data"


cap = Cap()
# GRE v0 both ways, then once more: a stream
cap.add("left", IP(src="192.168.1.10", dst=SRV) / GRE() / Raw(b"g" * 20))
cap.add("right", IP(src=SRV, dst=PUB) / GRE() / Raw(b"g" * 20))
cap.add("left", IP(src="192.168.1.10", dst=SRV) / GRE() / Raw(b"g" * 20))
# an ICMP error about it from the server side
cap.icmp_error("right", "10.0.2.2", PUB, IP(src=PUB, dst=SRV, ttl=1) / GRE() / Raw(b"g" * 20), type=11, code=0)
# PPTP data with call ids, answered with the peer's call id
cap.add("left", IP(src="192.168.1.10", dst="1.1.1.1", proto=47) / Raw(pptp(0x1234)))
cap.add("right", IP(src="1.1.1.1", dst=PUB, proto=47) / Raw(pptp(0x5678)))
cap.add("left", IP(src="192.168.1.10", dst="8.8.8.8", proto=47) / Raw(pptp(0x1234, proto=0x0800)))   # not PPP
# ESP, an unknown protocol, DCCP
cap.add("left", IP(src="192.168.1.10", dst=SRV, proto=50) / Raw(b"\0\0\0\1\0\0\0\1" + b"e" * 20))
cap.add("right", IP(src=SRV, dst=PUB, proto=50) / Raw(b"\0\0\0\2\0\0\0\1" + b"e" * 20))
cap.add("left", IP(src="192.168.1.10", dst=SRV, proto=99) / Raw(b"x" * 20))
cap.add("left", IP(src="192.168.1.10", dst=SRV, proto=33) / Raw(b"\x13\x89\x00\x50\x04\x00\x00\x00" + b"\0" * 16))
# a second client: same reply tuple
cap.add("left", IP(src="192.168.1.20", dst=SRV) / GRE() / Raw(b"g" * 20))
cap.add("left", IP(src="192.168.1.20", dst=SRV, proto=99) / Raw(b"x" * 20))
write(__file__, RULES, cap, "GRE (v0 stream ASSURED, v1 PPTP call-id keys, non-PPP v1 INVALID, ICMP error RELATED) "
      "and generic protocols (ESP, unknown, DCCP without ports) through MASQUERADE; reply-tuple clash dropped")
