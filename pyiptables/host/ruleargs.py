"""Argument parsers and names of `ip rule` / `ip route get` that iproute2 reads with sscanf,
strtoul or /etc/protocols (rtnl_rtntype_a2n, inet_proto_a2n/n2a, uid and port ranges)."""
from __future__ import annotations

import re

from ..xtoptions import proto_name, protocols
from .ipargs import c_long, get_unsigned, invarg, matches

RTNTYPE_NAMES = ("none", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole",
                 "unreachable", "prohibit", "throw", "nat", "xresolve")
_WS = "[ \t\n\v\f\r]*"
UIDRANGE = re.compile(rf"{_WS}([+-]?\d+)-{_WS}([+-]?\d+)")
PORTRANGE = re.compile(rf"{_WS}([+-]?\d+)(?:-{_WS}([+-]?\d+))?")


def rtntype_a2n(a: str):
    """rtnl_rtntype_a2n(): a route type name (some by prefix) or a number up to 255."""
    if a in ("local", "nat", "throw"):
        return RTNTYPE_NAMES.index(a)
    if matches(a, "broadcast") or a == "brd":
        return 3
    for name in ("anycast", "multicast", "prohibit", "unreachable", "blackhole", "xresolve", "unicast"):
        if matches(a, name):
            return RTNTYPE_NAMES.index(name)
    v = get_unsigned(a)
    return v if v is not None and v <= 255 else None


def uid_range(v: str) -> tuple:
    """sscanf(v, "%u-%u"): two numbers (wrapped to 32 bits), whatever follows."""
    m = UIDRANGE.match(v)
    if not m:
        invarg("invalid UID range", v)
    return int(m.group(1)) & 0xFFFFFFFF, int(m.group(2)) & 0xFFFFFFFF


def ip_proto(v: str) -> int:
    """inet_proto_a2n(): a number up to 255 (base 10) or a name of /etc/protocols."""
    n = c_long(v, 10)
    if n is not None and n & (2**64 - 1) <= 255:           # get_u8(): strtoul, base 10
        return n & 0xFF
    p = protocols().get(v)
    if p is None:
        invarg('Invalid "ipproto" value', v)
    return p


def ip_proto_name(p: int) -> str:
    """inet_proto_n2a(): getprotobynumber()'s name, else ipproto-N."""
    return proto_name(p) or f"ipproto-{p}"


def port_range(v: str, what: str) -> tuple:
    """sscanf(v, "%hu-%hu"): one port or two, wrapped to 16 bits; one is the range of itself."""
    m = PORTRANGE.match(v)
    if not m:
        invarg(what, v)
    lo = int(m.group(1)) & 0xFFFF
    return lo, (int(m.group(2)) & 0xFFFF if m.group(2) is not None else lo)
