"""Hand-written scenarios of a new entry whose reply tuple is an existing entry's original tuple: a
reply-direction zone (CT --zone-reply) hides the first entry from its peer's answer, which is then
NEW in zone 0. Folders are written by `python -m tests.kernel.handwritten`."""
from __future__ import annotations

from .capture import Cap, Scenario

A, B = "10.0.1.2", "10.0.2.2"
RAW = """*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p udp -m udp --dport 5355 -j CT --zone-reply 11
-A PREROUTING -p tcp -m tcp --dport 5355 -j CT --zone-reply 11
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW -j ACCEPT
-A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
-A FORWARD -m conntrack --ctstate INVALID -j ACCEPT
COMMIT
"""
NAT = """*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
COMMIT
"""


def _answers(c, proto):
    from scapy.layers.inet import IP, TCP, UDP
    from scapy.packet import Raw
    if proto == "udp":
        c.add("left", IP(src=A, dst=B) / UDP(sport=41013, dport=5355) / Raw(b"q"))
        c.add("right", IP(src=B, dst=A) / UDP(sport=5355, dport=41013) / Raw(b"r"))
        c.add("right", IP(src=B, dst=A) / UDP(sport=5355, dport=41013) / Raw(b"r2"))
        c.add("left", IP(src=A, dst=B) / UDP(sport=41013, dport=5355) / Raw(b"q2"))
    else:
        c.add("left", IP(src=A, dst=B) / TCP(sport=41013, dport=5355, flags="S", seq=100))
        c.add("right", IP(src=B, dst=A) / TCP(sport=5355, dport=41013, flags="S", seq=900))
        c.add("left", IP(src=A, dst=B) / TCP(sport=41013, dport=5355, flags="S", seq=100))


def zone_reverse_clash_udp():
    c = Cap()
    _answers(c, "udp")
    return Scenario("clash-zone-reverse-udp", RAW, c.frames, frames_out=True, about=(
        "B's answers find no entry in zone 0 (the first entry's reply is in zone 11), are NEW, and "
        "clash at confirmation with the first entry's original tuple: dropped, no second entry"))


def zone_reverse_clash_udp_nat():
    c = Cap()
    _answers(c, "udp")
    return Scenario("clash-zone-reverse-udp-nat", RAW + NAT, c.frames, frames_out=True, about=(
        "With a nat table, the answer's null SNAT binding meets the clash first: "
        "nf_nat_used_tuple_new() keeps its source port (the clashing entry is its reverse, neither is "
        "NATed, UDP allows clashes), so confirmation drops it as without nat, where the port used to "
        "be moved"))


def zone_reverse_clash_tcp():
    c = Cap()
    _answers(c, "tcp")
    return Scenario("clash-zone-reverse-tcp", RAW, c.frames, frames_out=True, about=(
        "TCP allows no clash: the answering SYN is dropped at confirmation (with a nat table its "
        "source port would be moved to a random one instead, which a replay cannot draw)"))


ALL = [zone_reverse_clash_udp, zone_reverse_clash_udp_nat, zone_reverse_clash_tcp]
