"""Hand-built IPv4 packets and compiled matches for the runtime tests of tests/extensions."""
from __future__ import annotations

import struct

from pyiptables.packet import Packet, aton
from pyiptables.parse.cmdline import parse_argv
from pyiptables.xtables import ActionParam


def ipv4(proto: int, payload: bytes, src="10.0.0.1", dst="10.0.0.2", ttl=64, frag=0, tos=0) -> bytes:
    total = 20 + len(payload)
    return struct.pack("!BBHHHBBHII", 0x45, tos, total, 1, frag, ttl, proto, 0, aton(src), aton(dst)) + payload


def udp(sport=1000, dport=53, data=b"x", **kw) -> Packet:
    return Packet(ipv4(17, struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data, **kw))


def tcp(sport=1000, dport=80, flags=0x02, **kw) -> Packet:
    return Packet(ipv4(6, struct.pack("!HHIIBBHHH", sport, dport, 1, 0, 5 << 4, flags, 1000, 0, 0), **kw))


def icmp(type_=8, code=0, ident=1, **kw) -> Packet:
    return Packet(ipv4(1, struct.pack("!BBHHH", type_, code, 0, ident, 1), **kw))


def matches(rule: str, chain: str = "INPUT"):
    """The compiled match functions of `-A chain rule`."""
    p = parse_argv(["iptables", "-A", chain, *rule.split()])
    return [m.compile() for m in p.matches], p.matches


def match(rule: str):
    fns, _ = matches(rule)
    assert len(fns) == 1
    return fns[0]


def par(now: float = 0.0, host=None, state=None) -> ActionParam:
    a = ActionParam(host=host)
    a.now = now
    a.state = state
    return a
