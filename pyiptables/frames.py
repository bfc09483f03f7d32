"""Frame -> Packet: the one step between the capture reader and the packet walk."""
from __future__ import annotations

from .packet import Packet
from .pcap import CaptureError


def to_packet(frame, source: str | None = None) -> Packet:
    """Decode an IPv4 frame into a Packet carrying its time, number, MAC addresses and ethertype.

    Bytes past the IPv4 total length (Ethernet padding, FCS) stay: ip_rcv() trims them from a
    received packet (walk/iprcv.py), while fw's own raw socket sends them as data. A total length
    of 0 is kept (Packet then bounds the transport header by the captured bytes). A malformed IPv4
    header raises CaptureError naming `source` (the capture's name, if given) and the frame number.
    """
    try:
        p = Packet(frame.ip, frame.ts, frame.no, frame.l2src, frame.l2dst, frame.ethertype)
        tot = p.len
        if tot < p.ihl and tot:
            raise ValueError(f"total length {tot} shorter than the header")
    except ValueError as e:
        where = f"{source}: " if source else ""
        raise CaptureError(f"{where}frame {frame.no}: malformed IPv4 header: {e}") from None
    return p
