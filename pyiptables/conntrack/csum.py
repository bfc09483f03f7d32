"""The transport checksum check nf_conntrack_checksum asks for (nf_ip_checksum at PREROUTING)."""
from __future__ import annotations

from array import array
import sys

_SWAP = sys.byteorder == "little"


def _sum16(b: bytes) -> int:
    if len(b) & 1:
        b += b"\0"
    a = array("H", b)
    if _SWAP:
        a.byteswap()
    return sum(a)


def l4_checksum_bad(pkt) -> bool:
    """True when the TCP/UDP/ICMP checksum of `pkt` does not verify (pseudo header for TCP/UDP)."""
    d = pkt.data
    seg = bytes(d[pkt.thoff:pkt.len])
    s = _sum16(seg)
    if pkt.proto != 1:
        n = len(seg)
        s += (pkt.saddr >> 16) + (pkt.saddr & 0xFFFF) + (pkt.daddr >> 16) + (pkt.daddr & 0xFFFF) + pkt.proto + n
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s != 0xFFFF
