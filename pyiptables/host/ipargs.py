"""Argument helpers shared by pyip's commands: iproute2's matches(), prefix/address parsers and
its error texts (exit status 1 for lookups, 255 for syntax, 2 for kernel answers)."""
from __future__ import annotations

import sys

from .fib import PROTO_NAMES, SCOPE_NAMES, TABLE_NAMES
from . import show

ERRNO = {22: "Invalid argument", 113: "No route to host", 101: "Network is unreachable",
         13: "Permission denied", 18: "Invalid cross-device link", 19: "No such device"}
DSFIELD = {"default": 0, "AF11": 0x28, "AF12": 0x30, "AF13": 0x38, "AF21": 0x48, "AF22": 0x50,
           "AF23": 0x58, "AF31": 0x68, "AF32": 0x70, "AF33": 0x78, "AF41": 0x88, "AF42": 0x90,
           "AF43": 0x98, "CS1": 0x20, "CS2": 0x40, "CS3": 0x60, "CS4": 0x80, "CS5": 0xA0,
           "CS6": 0xC0, "CS7": 0xE0, "EF": 0xB8}


class Exit(Exception):
    def __init__(self, msg: str, status: int):
        super().__init__(msg)
        self.msg, self.status = msg, status


def matches(arg: str, word: str) -> bool:
    return bool(arg) and word.startswith(arg)


def invarg(msg: str, arg: str, blank: bool = True):
    """iproute2's invarg(); most callers' messages carry their own newline (the blank line)."""
    raise Exit(f'Error: argument "{arg}" is wrong: {msg}' + ("\n" if blank else ""), 255)


def garbage(key: str, arg: str):
    raise Exit(f'Error: either "{key}" is duplicate, or "{arg}" is a garbage.', 255)


class V6(Exception):
    """An IPv6 address where the emulated host (IPv4 only) would need one."""


def parse_addr(s: str) -> int:
    """get_addr_ipv4(): 1 to 4 parts, each strtoul(.., 0) <= 255 (so 010 is 8, 0x0a is 10)."""
    parts = s.split(".")
    if len(parts) > 4:
        raise ValueError(s)
    v = []
    for k, part in enumerate(parts):
        n = c_long(part)
        if n is None:
            raise ValueError(s)
        n &= 2**64 - 1                             # strtoul: a '-' wraps around
        if n > 255:
            raise ValueError(s)
        v.append(n)
    v += [0] * (4 - len(v))
    return v[0] << 24 | v[1] << 16 | v[2] << 8 | v[3]


FAMILY_WORD = {4: "inet", 6: "inet6", None: "any valid"}


def _v6(s: str) -> bool:
    import ipaddress
    try:
        ipaddress.IPv6Address(s)
        return True
    except ValueError:
        return False


def get_addr(s: str, fam=None, what: str = "address") -> tuple:
    """get_addr(): (family, address); iproute2's message for the family asked for."""
    try:
        if ":" in s:
            if fam in (None, 6) and _v6(s):
                return 6, s
            raise ValueError(s)
        if fam not in (None, 4):
            raise ValueError(s)
        return 4, parse_addr(s)
    except ValueError:
        raise Exit(f'Error: {FAMILY_WORD.get(fam, "any valid")} {what} is expected rather than "{s}".', 1) from None


def _netmask(p: str) -> int | None:
    """get_netmask(): a number (base 0), or a contiguous dotted mask."""
    n = get_unsigned(p)
    if n is not None:
        return n
    try:
        m = parse_addr(p)
    except ValueError:
        return None
    inv = ~m & 0xFFFFFFFF
    return 32 - inv.bit_length() if inv & (inv + 1) == 0 else None


def get_prefix(s: str, fam=None) -> tuple:
    """get_prefix(): (family, address, prefix length, whether the length was given); "default",
    "any" and "all" are 0/0 of the family asked for (None when unspecified)."""
    if s in ("default", "any", "all"):
        return fam, 0, 0, True
    a, slash, p = s.partition("/")
    try:
        f, addr = get_addr(a, fam, "prefix")
    except Exit:
        raise Exit(f'Error: {FAMILY_WORD.get(fam, "any valid")} prefix is expected rather than "{s}".', 1) from None
    if not slash:
        return f, addr, 32 if f == 4 else 128, False
    n = _netmask(p)
    if n is None or n > (32 if f == 4 else 128):
        raise Exit(f'Error: {FAMILY_WORD.get(fam, "any valid")} prefix is expected rather than "{s}".', 1)
    return f, addr, n, True


def _scan_hex(piece: str):
    """sscanf(piece, "%x"): leading blanks, a sign, an optional 0x, then hex digits (a prefix
    is enough); None when no digit comes."""
    t = piece.lstrip(" \t\n\v\f\r")
    neg = t[:1] == "-"
    if t[:1] in "+-" and t:
        t = t[1:]
    if t[:2].lower() == "0x":
        t = t[2:] if t[2:3] and t[2:3] in "0123456789abcdefABCDEF" else "0"
    n = 0
    while n < len(t) and t[n] in "0123456789abcdefABCDEF":
        n += 1
    if not n:
        return None
    v = int(t[:n], 16) & 0xFFFFFFFF
    if neg:
        v = (-v) & 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def parse_mac(s: str) -> bytes:
    """ll_addr_a2n(): ':'-separated bytes, each read by sscanf %x (so "2zz" is 2); the message
    names the piece that failed. The length is checked by the caller."""
    out = []
    for piece in s.split(":")[:32]:
        v = _scan_hex(piece)
        if v is None or not 0 <= v <= 255:
            raise Exit(f'"{piece}" is invalid lladdr.', 1)
        out.append(v)
    return bytes(out)


def c_long(s: str, base: int = 0):
    """strtol() that must consume the whole (non-empty) string: the int, or None."""
    t = s.lstrip(" \t\n\v\f\r")
    sign = -1 if t[:1] == "-" else 1
    if t[:1] in "+-" and t:
        t = t[1:]
    if base == 0:
        if t[:2].lower() == "0x" and len(t) > 2:
            base, t = 16, t[2:]
        elif t[:1] == "0" and len(t) > 1:
            base, t = 8, t[1:]
        else:
            base = 10
    if not t or not all(c in "0123456789abcdefghijklmnopqrstuvwxyz"[:base] for c in t.lower()):
        return None
    return sign * int(t, base)


def get_integer(s: str):
    """iproute2 get_integer(): an int in C int range, or None."""
    v = c_long(s)
    return v if v is not None and -2**31 <= v < 2**31 else None


def get_unsigned(s: str):
    """iproute2 get_unsigned(): strtoul (a '-' wraps around), at most UINT_MAX, or None."""
    v = c_long(s)
    if v is None or not -2**64 < v < 2**64:
        return None
    v &= 2**64 - 1
    return v if v <= 0xFFFFFFFF else None


def check_ifname(name: str) -> bool:
    """iproute2 check_ifname(): what a new name may be (IFNAMSIZ, no '/' nor blanks)."""
    return 0 < len(name) < 16 and not any(c == "/" or c.isspace() for c in name)


def check_altifname(name: str) -> bool:
    """iproute2 check_altifname(): a device argument may be up to ALTIFNAMSIZ."""
    return 0 < len(name) < 128 and not any(c == "/" or c.isspace() for c in name)


def duparg(key: str, arg: str):
    raise Exit(f'Error: duplicate "{key}": "{arg}" is the second value.', 255)


def need(args: list, i: int) -> str:
    if i + 1 >= len(args):
        raise Exit("Command line is not complete. Try option \"help\"", 255)
    return args[i + 1]


def find_dev(host, name: str):
    if name not in host.links:
        raise Exit(f'Cannot find device "{name}"', 1)
    return host.links[name]


def rt_table(s: str, what='"table" value is invalid') -> int:
    names = {v: k for k, v in TABLE_NAMES.items()}
    if s in names:
        return names[s]
    v = get_unsigned(s)
    if v is None:
        invarg(what, s)
    return v


def rt_scope_or_none(s: str):
    """rtnl_rtscope_a2n(): a name of /etc/iproute2/rt_scopes or a number up to 255."""
    names = {v: k for k, v in SCOPE_NAMES.items()}
    if s in names:
        return names[s]
    v = get_unsigned(s)
    return v if v is not None and v <= 255 else None


def rt_scope(s: str, what='invalid "scope" value') -> int:
    v = rt_scope_or_none(s)
    if v is None:
        invarg(what, s)
    return v


def rt_proto(s: str, what='"protocol" value is invalid') -> int:
    names = {v: k for k, v in PROTO_NAMES.items()}
    if s in names:
        return names[s]
    v = get_unsigned(s)
    if v is None or v > 255:
        invarg(what, s)
    return v


def emit(o, out, js):
    if o["json"]:
        sys.stdout.write(show.JsonWriter(o["pretty"]).dumps(js))
    else:
        sys.stdout.write("".join(out))
