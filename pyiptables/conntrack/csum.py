"""The transport checksum check nf_conntrack_checksum asks for (nf_ip_checksum at PREROUTING)."""
from __future__ import annotations


def l4_checksum_bad(pkt) -> bool:
    """True when the TCP/UDP/ICMP checksum of `pkt` does not verify (pseudo header for TCP/UDP).

    The one's complement sum of 16-bit words is congruent, mod 0xFFFF, to the bytes read as one
    big-endian int (2**16 = 1), and it folds to 0xFFFF exactly when that total is a nonzero
    multiple of 0xFFFF; the pseudo header's words add up to saddr + daddr + proto + length."""
    seg = pkt.data[pkt.thoff:pkt.len]
    n = len(seg)
    s = int.from_bytes(seg, "big")
    if n & 1:
        s <<= 8
    if pkt.proto != 1:
        s += pkt.saddr + pkt.daddr + pkt.proto + n
    return not s or s % 0xFFFF != 0


def udplite_checksum_bad(pkt, cscov: int) -> bool:
    """udplite_error()'s check: nf_checksum_partial() over the first `cscov` bytes, with a pseudo
    header that names IPPROTO_UDP (17), not UDP-Lite's 136, and the whole datagram's length, so
    a checksum made by RFC 3828 fails it."""
    th = pkt.thoff
    n = pkt.len - th
    s = int.from_bytes(pkt.data[th:th + cscov], "big")
    if cscov & 1:
        s <<= 8
    s += pkt.saddr + pkt.daddr + 17 + n
    return not s or s % 0xFFFF != 0
