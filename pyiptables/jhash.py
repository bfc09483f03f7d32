"""Bob Jenkins' lookup3 hash as the kernel's <linux/jhash.h> defines jhash_1word..jhash_3words and
jhash2 (written from the published algorithm), and reciprocal_scale(): what HMARK, the cluster
match and NAT's source-address hash compute."""
from __future__ import annotations

M32 = 0xFFFFFFFF
JHASH_INITVAL = 0xDEADBEEF


def _rol(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & M32


def _final(a: int, b: int, c: int) -> int:
    c ^= b; c = (c - _rol(b, 14)) & M32
    a ^= c; a = (a - _rol(c, 11)) & M32
    b ^= a; b = (b - _rol(a, 25)) & M32
    c ^= b; c = (c - _rol(b, 16)) & M32
    a ^= c; a = (a - _rol(c, 4)) & M32
    b ^= a; b = (b - _rol(a, 14)) & M32
    c ^= b; c = (c - _rol(b, 24)) & M32
    return c


def _mix(a: int, b: int, c: int) -> tuple[int, int, int]:
    a = (a - c) & M32; a ^= _rol(c, 4); c = (c + b) & M32
    b = (b - a) & M32; b ^= _rol(a, 6); a = (a + c) & M32
    c = (c - b) & M32; c ^= _rol(b, 8); b = (b + a) & M32
    a = (a - c) & M32; a ^= _rol(c, 16); c = (c + b) & M32
    b = (b - a) & M32; b ^= _rol(a, 19); a = (a + c) & M32
    c = (c - b) & M32; c ^= _rol(b, 4); b = (b + a) & M32
    return a, b, c


def jhash2_addr(word: int, initval: int) -> int:
    """jhash2() of an address as the kernel hashes `tuple->src.u3`: the whole union nf_inet_addr,
    four u32 words, the IPv4 address then three zero words (one mix round, the fourth word 0 added,
    the final round)."""
    a = b = c = (JHASH_INITVAL + (4 << 2) + initval) & M32
    return _final(*_mix((a + word) & M32, b, c))


def jhash_3words(a: int, b: int, c: int, initval: int) -> int:
    init = (initval + JHASH_INITVAL + (3 << 2)) & M32
    return _final((a + init) & M32, (b + init) & M32, (c + init) & M32)


def jhash_2words(a: int, b: int, initval: int) -> int:
    init = (initval + JHASH_INITVAL + (2 << 2)) & M32
    return _final((a + init) & M32, (b + init) & M32, init)


def jhash_1word(a: int, initval: int) -> int:
    init = (initval + JHASH_INITVAL + (1 << 2)) & M32
    return _final((a + init) & M32, init, init)


def reciprocal_scale(val: int, ep_ro: int) -> int:
    """val scaled into [0, ep_ro): (val * ep_ro) >> 32."""
    return (val * ep_ro) >> 32
