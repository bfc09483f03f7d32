"""What several target extensions share: libxtables' string options, C-like integer parsing with
an end position, stderr warnings, and the IPv4 header rewriting helpers of the mangle targets."""
from __future__ import annotations

import sys

from ...xtables import ParamError
from ...xtoptions import c_bytes, c_cut, strtoul_end


def warn(text: str) -> None:
    """fprintf(stderr, ...) from a parse or check function: printed at once, before any error."""
    sys.stdout.flush()
    sys.stderr.write(text)
    sys.stderr.flush()


_probe_failed: set[str] = set()


def revision_probe_fails(name: str) -> None:
    """xtables' revision probe (IPT_SO_GET_REVISION_*) for an extension this kernel has no module
    for: its warning, once per process (the extension stays registered after its first load)."""
    if name not in _probe_failed:
        _probe_failed.add(name)
        warn(f"Warning: Extension {name} revision 0 not supported, missing kernel module?\n")


def xt_strtoul(s: str, lo: int, hi: int):
    """xtables_strtoul(s, &end, &v, lo, hi): (value, end) or (None, end); value None when no digits,
    out of [lo, hi], or overflowing."""
    v, end = strtoul_end(s)
    if v is None or not lo <= v <= hi:
        return None, end
    return v, end


def xt_strtoul_all(s: str, lo: int, hi: int):
    """xtables_strtoul(s, NULL, ...): the whole string must be the number."""
    v, end = xt_strtoul(s, lo, hi)
    return v if v is not None and end == len(s) else None


def string_opt(min_len: int = 0, max_len: int = 0, size: int = 0):
    """XTTYPE_STRING with .min/.max and, for XTOPT_PUT into a char[size], silent truncation."""
    def conv(arg: str, ext):
        z = len(c_bytes(arg))
        if min_len and z < min_len:
            raise ParamError(f"Argument must have a minimum length of {min_len} characters\n")
        if max_len and z > max_len:
            raise ParamError(f"Argument must have a maximum length of {max_len} characters\n")
        if size and z >= size:
            arg = c_cut(arg, size)
        return arg
    return conv


def uint_opt(name: str, lo: int, hi: int):
    """XTTYPE_UINT* with explicit bounds: `NAME: bad value for option "--opt", or out of range (lo-hi).`"""
    def conv(arg: str, ext):
        v = xt_strtoul_all(arg, lo, hi)
        if v is None:
            raise ParamError(f'{ext.ext_name}: bad value for option "--{name}", or out of range ({lo}-{hi}).\n')
        return v
    return conv


# -- packet rewriting --------------------------------------------------------------------------------
def csum_replace16(d, off: int, old: int, new: int) -> None:
    """csum_replace2(): the 16-bit checksum at d[off] after one word changed (RFC 1624, eqn. 3).
    The same as conntrack.nat.csum_replace16, kept here so targets don't import the tracker on
    the iptables command path."""
    s = (~(d[off] << 8 | d[off + 1]) & 0xFFFF) + (~old & 0xFFFF) + new
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    c = ~s & 0xFFFF
    d[off], d[off + 1] = c >> 8, c & 0xFF


def replace_ip16(pkt, off: int, new: int) -> None:
    """Rewrite the 16-bit word at `off` of the IP header and fix the header checksum (csum_replace2)."""
    d = pkt.data
    old = d[off] << 8 | d[off + 1]
    d[off], d[off + 1] = new >> 8, new & 0xFF
    csum_replace16(d, 10, old, new)


def change_dsfield(pkt, mask: int, value: int) -> None:
    """ipv4_change_dsfield(): tos = (tos & mask) | value with the kernel's own header checksum update."""
    d = pkt.data
    tos = d[1]
    dsfield = (tos & mask) | value
    check = (d[10] << 8 | d[11]) + tos
    if (check + 1) >> 16:
        check = (check + 1) & 0xFFFF
    check -= dsfield
    check += check >> 16
    check &= 0xFFFF
    d[10], d[11] = check >> 8, check & 0xFF
    d[1] = dsfield
    pkt.tos = dsfield
