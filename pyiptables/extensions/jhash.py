"""Bob Jenkins' lookup3 hash as the kernel's <linux/jhash.h> defines jhash_1word..jhash_3words
(written from the published algorithm), and reciprocal_scale(): what HMARK and the cluster match
compute."""
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
