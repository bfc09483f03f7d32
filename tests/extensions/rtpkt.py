"""Hand-built IPv4 packets and compiled matches for the runtime tests of match extensions."""
from __future__ import annotations

import shlex
import struct

from pyiptables.packet import Packet
from pyiptables.parse.cmdline import parse_argv
from pyiptables.xtables import ActionParam, LOCAL_IN


def ip(proto=17, payload=b"", src="10.0.0.1", dst="10.0.0.2", ttl=64, tos=0, frag=0, ident=7,
       options=b"", tot=None) -> bytes:
    """An IPv4 packet (checksum left 0: no match reads it)."""
    ihl = 5 + len(options) // 4
    tot = 4 * ihl + len(payload) if tot is None else tot
    s = bytes(int(x) for x in src.split("."))
    d = bytes(int(x) for x in dst.split("."))
    return struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, tos, tot, ident, frag, ttl, proto, 0, s, d) + options + payload


def tcp(sport=1234, dport=80, flags=0x02, options=b"", data=b"", seq=1, ack=0) -> bytes:
    doff = (20 + len(options)) // 4
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, doff << 4, flags, 65535, 0, 0) + options + data


def udp(sport=1234, dport=53, data=b"") -> bytes:
    return struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data


def packet(data: bytes, **meta) -> Packet:
    p = Packet(data)
    for k, v in meta.items():
        setattr(p, k, v)
    return p


def matches(rule: str, table: str = "filter", chain: str = "INPUT"):
    """The extension instances of `-A chain rule` (the kernel-side checks are not run)."""
    return parse_argv(["iptables", "-t", table, "-A", chain, *shlex.split(rule)]).matches


def compiled(rule: str, table: str = "filter", chain: str = "INPUT"):
    """One callable f(pkt, par) -> bool: the rule's IP part (-p, -s, -i...), then its compiled
    matches in order, as ipt_do_table tests them."""
    from pyiptables.walk.table import compile_rule, ip_packet_match
    (r,) = parse_argv(["iptables", "-t", table, "-A", chain, *shlex.split(rule)]).rules()
    e = compile_rule(chain, 1, r)

    def f(pkt, par=None):
        par = par or param()
        if e.ipcheck and not ip_packet_match(e, pkt):
            return False
        return all(g(pkt, par) for g in e.matches)
    return f


def param(hook=LOCAL_IN, now=0.0, **kw) -> ActionParam:
    par = ActionParam(**kw)
    par.hook, par.now = hook, now
    return par
