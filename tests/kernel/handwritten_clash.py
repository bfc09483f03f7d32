"""Hand-written scenarios of a new entry whose reply tuple is an existing entry's original tuple: a
reply-direction zone (CT --zone-reply) hides the first entry from its peer's answer, which is then
NEW in zone 0. Folders are written by `python -m tests.kernel.handwritten`.

Only UDP here: a TCP answer is dropped the same way without a nat table, but the test lab keeps
the nat table of an earlier scenario (a legacy table cannot be unloaded from a namespace), and with
it the answer's source port is moved to a random one."""
from __future__ import annotations

from .capture import Cap, Scenario

A, B = "10.0.1.2", "10.0.2.2"
RAW = """*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p udp -m udp --dport 5355 -j CT --zone-reply 11
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


def _answers(c):
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    c.add("left", IP(src=A, dst=B) / UDP(sport=41013, dport=5355) / Raw(b"q"))
    c.add("right", IP(src=B, dst=A) / UDP(sport=5355, dport=41013) / Raw(b"r"))
    c.add("right", IP(src=B, dst=A) / UDP(sport=5355, dport=41013) / Raw(b"r2"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=41013, dport=5355) / Raw(b"q2"))


def zone_reverse_clash_udp():
    c = Cap()
    _answers(c)
    return Scenario("clash-zone-reverse-udp", RAW, c.frames, frames_out=True, about=(
        "B's answers find no entry in zone 0 (the first entry's reply is in zone 11), are NEW, and "
        "clash at confirmation with the first entry's original tuple: dropped, no second entry"))


def zone_reverse_clash_udp_nat():
    c = Cap()
    _answers(c)
    return Scenario("clash-zone-reverse-udp-nat", RAW + NAT, c.frames, frames_out=True, about=(
        "With a nat table, the answer's null SNAT binding meets the clash first: "
        "nf_nat_used_tuple_new() keeps its source port (the clashing entry is its reverse, neither is "
        "NATed, UDP allows clashes), so confirmation drops it as without nat, where the port used to "
        "be moved"))


ALL = [zone_reverse_clash_udp, zone_reverse_clash_udp_nat]
