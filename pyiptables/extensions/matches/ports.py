"""Port ranges shared by tcp, udp and friends (parse_multi_ports / print_port in libxt_tcp.c)."""
from __future__ import annotations

from functools import lru_cache

from ...xtables import Match, ParamError
from ...xtoptions import port_or_die, services


class PortMatch(Match):
    """A match on a transport header with --sport/--dport (xt_tcpudp): it only accepts
    unfragmented packets of its protocol, whose destination port is in its --dport range."""

    __slots__ = ()

    def dport_hint(self):
        if "dport" in self.v and not self.inv["dport"]:
            return self.v["dport"]
        return (0, 0xFFFF)


def parse_port_range(word: str, proto: str):
    if word.isdigit() and word.isascii() and (len(word) == 1 or word[0] != "0") and len(word) <= 5:
        v = int(word)                   # one plain decimal port, what nearly every rule has
        if v <= 0xFFFF:
            return (v, v)
    return parse_port_range_any(word, proto)


def parse_port_range_any(word: str, proto: str):
    """parse_port_range() without its shortcut for one plain port."""
    lo, colon, hi = word.partition(":")
    a = port_or_die(lo, proto) if lo or not colon else 0
    b = (port_or_die(hi, proto) if hi else 0xFFFF) if colon else a
    if a > b:
        raise ParamError("invalid portrange (min > max)")
    return (a, b)


def port_name(port: int, proto: str, numeric: bool) -> str:
    """getservbyport(): the first /etc/services name of the port for the protocol, without -n."""
    if not numeric:
        name = _port_names().get((port, proto))
        if name is not None:
            return name
    return str(port)


@lru_cache(maxsize=None)
def _port_names() -> dict:
    """(port, protocol) -> the first name services() gives it."""
    out: dict = {}
    for (name, proto), num in services().items():
        out.setdefault((num, proto), name)
    return out


def save_ports(ext, key: str, flag: str) -> str:
    if key not in ext.v:
        return ""
    lo, hi = ext.v[key]
    if (lo, hi) == (0, 0xFFFF):
        return ""
    inv = " !" if ext.inv[key] else ""
    return f"{inv} {flag} {lo}" if lo == hi else f"{inv} {flag} {lo}:{hi}"


def print_ports(ext, key: str, label: str, proto: str, numeric: bool) -> str:
    if key not in ext.v:
        return ""
    lo, hi = ext.v[key]
    inv = "!" if ext.inv[key] else ""
    if lo == hi:
        return f" {label}:{inv}{port_name(lo, proto, numeric)}"
    if (lo, hi) == (0, 0xFFFF) and not inv:
        return ""
    return f" {label}s:{inv}{port_name(lo, proto, numeric)}:{port_name(hi, proto, numeric)}"
