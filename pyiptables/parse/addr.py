"""Addresses, masks, interfaces and protocols as xtables parses them (libxtables/xtables.c)."""
from __future__ import annotations

import sys
from functools import lru_cache

from ..xtables import ParamError
from ..xtoptions import protocols, strtoul
from ..save import CHAIN_PROTOS

IFNAMSIZ = 16
_CHAIN_PROTO_ALIASES = {"icmpv6": 58, "ipv6-mh": 135, "mh": 135}
# the canonical decimal words "0".."255" and "0".."32": what the shortcuts below take as they are
_OCTETS = {str(i): i for i in range(256)}
_PREFIXES = {str(i): i for i in range(33)}


def numeric_to_ipaddr(s: str, is_mask: bool = False) -> int | None:
    """__numeric_to_ipaddr: up to four dotted bytes; a short form `10.1` is a network (10.1.0.0)."""
    parts = s.split(".")
    if len(parts) == 4:                 # plain dotted decimal, what nearly every rule has
        get = _OCTETS.get
        a, b, c, d = get(parts[0]), get(parts[1]), get(parts[2]), get(parts[3])
        if a is not None and b is not None and c is not None and d is not None:
            return a << 24 | b << 16 | c << 8 | d
    return numeric_to_ipaddr_any(s, is_mask)


def numeric_to_ipaddr_any(s: str, is_mask: bool = False) -> int | None:
    """numeric_to_ipaddr() without its shortcut for the plain form."""
    parts = s.split(".")
    if len(parts) > 4 or (is_mask and len(parts) != 4):
        return None
    v = 0
    for p in parts:
        if p.isdigit() and p.isascii() and (len(p) == 1 or p[0] != "0"):
            b = int(p)                      # plain decimal: what strtoul gives, without its walk
        else:
            b = strtoul(p) if p else None
        if b is None or b > 255:
            return None
        v = (v << 8) | b
    return v << (8 * (4 - len(parts)))


def parse_mask(s: str | None) -> int:
    if s is None:
        return 0xFFFFFFFF
    if "." in s:
        m = numeric_to_ipaddr(s, True)
        if m is None:
            raise ParamError(f"invalid mask `{s}' specified")
        return m
    bits = int(s) if s.isdigit() and s.isascii() and (len(s) == 1 or s[0] != "0") else strtoul(s)
    if bits is None or bits > 32:
        raise ParamError(f"invalid mask `{s}' specified")
    return (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF if bits else 0


def host_to_ipaddrs(name: str) -> list[int]:
    a = numeric_to_ipaddr(name)
    if a is not None:
        return [a]
    import socket           # here: numeric addresses need no resolver
    try:
        infos = socket.getaddrinfo(name, None, socket.AF_INET, socket.SOCK_RAW)
    except (socket.gaierror, UnicodeError, ValueError):
        infos = []
    out = []
    for info in infos:
        v = int.from_bytes(socket.inet_aton(info[4][0]), "big")
        if v not in out:
            out.append(v)
    if not out:
        raise ParamError(f"host/network `{name}' not found")
    return out


def parse_multiple(spec: str) -> list[tuple[int, int]]:
    """xtables_ipparse_multiple: `a[/m],b[/m],...` -> [(addr & mask, mask)]."""
    host, slash, bits = spec.partition("/")
    parts = host.split(".")
    if len(parts) == 4:                 # one dotted address with an optional prefix length
        get = _OCTETS.get
        a, b, c, d = get(parts[0]), get(parts[1]), get(parts[2]), get(parts[3])
        n = _PREFIXES.get(bits) if slash else 32
        if a is not None and b is not None and c is not None and d is not None and n is not None:
            if n == 0:
                return [(0, 0)]
            mask = (0xFFFFFFFF << (32 - n)) & 0xFFFFFFFF
            return [((a << 24 | b << 16 | c << 8 | d) & mask, mask)]
    return parse_multiple_any(spec)


def parse_multiple_any(spec: str) -> list[tuple[int, int]]:
    """parse_multiple() without its shortcut for one plain address."""
    out = []
    for item in spec.split(","):
        host, slash, mask = item.rpartition("/")      # strrchr: the mask is after the last '/'
        if not slash:
            host = mask
        m = parse_mask(mask if slash else None)
        if m == 0:
            # any address with a zero mask means "anywhere", without a lookup
            out.append((0, 0))
            continue
        for a in host_to_ipaddrs(host):
            out.append((a & m, m))
    return out


def parse_interface(name: str) -> str:
    """xtables_parse_interface: too long is an error; '/' or ' ' only draw a warning on stderr."""
    if len(name.encode("utf-8", "surrogateescape")) >= IFNAMSIZ:     # strlen(): bytes
        raise ParamError(f"interface name `{name}' must be shorter than IFNAMSIZ ({IFNAMSIZ - 1})")
    if "/" in name or " " in name:
        sys.stderr.write(f"Warning: weird character in interface `{name}' ('/' and ' ' are not allowed "
                         f"by the kernel).\n")
    return name


@lru_cache(maxsize=1024)
def parse_protocol(s: str) -> int:
    """xtables_parse_protocol: a number, `all`, a /etc/protocols name, or a built-in name."""
    v = strtoul(s)
    if v is not None:
        if v > 255:
            raise ParamError(f"unknown protocol \"{s}\" specified")
        return v
    if s == "all":
        return 0
    num = protocols().get(s)
    if num is not None:
        return num
    for k, name in CHAIN_PROTOS.items():
        if name == s:
            return k
    num = _CHAIN_PROTO_ALIASES.get(s)       # xtables_chain_protos' other names
    if num is not None:
        return num
    raise ParamError(f"unknown protocol \"{s}\" specified")
