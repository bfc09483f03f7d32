"""Write classic pcap files with struct (no scapy): microsecond timestamps, one link type per file.

    w = PcapWriter("out.pcap")          # LINKTYPE_ETHERNET
    w.write(ts, frame_bytes, wirelen)
    w.close()

Capture times are floats here (about 0.2 us resolution at today's epoch), so microseconds are
what is really known. Records are buffered; the file is complete once close() returns.
"""
from __future__ import annotations

import struct

LINKTYPE_ETHERNET, LINKTYPE_RAW = 1, 101
SNAPLEN = 262144
_HDR = struct.Struct("<IIII").pack


class PcapWriter:
    def __init__(self, path, linktype: int = LINKTYPE_ETHERNET):
        self.path = path
        self.f = open(path, "wb")
        self.f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, SNAPLEN, linktype))
        self.count = 0

    def write(self, ts: float, data: bytes, wirelen: int | None = None) -> None:
        if ts < 0:
            ts = 0.0
        sec = int(ts)
        usec = int(round((ts - sec) * 1e6))
        if usec >= 1000000:
            sec, usec = sec + 1, usec - 1000000
        n = len(data)
        try:
            self.f.write(_HDR(sec & 0xFFFFFFFF, usec, n, max(n, wirelen or 0)))
            self.f.write(data)
        except OSError as e:
            raise OSError(e.errno, e.strerror, self.path) from None
        self.count += 1

    def close(self) -> None:
        try:
            self.f.close()
        except OSError as e:
            raise OSError(e.errno, e.strerror, self.path) from None


def ethernet(dst: bytes, src: bytes, ethertype: int, payload: bytes, vlan: int | None = None) -> bytes:
    """An Ethernet II frame (with one 802.1Q tag when `vlan` is not None)."""
    head = (dst or bytes(6)) + (src or bytes(6))
    if vlan is not None:
        head += struct.pack("!HH", 0x8100, vlan & 0x0FFF)
    return head + struct.pack("!H", ethertype) + payload
