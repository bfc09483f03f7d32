"""Frame -> Packet: the one step between the capture reader and the packet walk."""
from __future__ import annotations

from .packet import Packet
from .pcap import CaptureError


def to_packet(frame, source: str | None = None) -> Packet:
    """Decode an IPv4 frame into a Packet carrying its time, number and MAC addresses.

    Bytes past the IPv4 total length (Ethernet padding, FCS) are trimmed, as ip_rcv() does.
    A malformed IPv4 header raises CaptureError naming `source` (the capture's name) and the frame.
    """
    try:
        p = Packet(frame.ip, frame.ts, frame.no)
        if p.len < p.ihl:
            raise ValueError(f"bad IPv4 total length {p.len}")
    except ValueError as e:
        where = f"{source}: " if source else ""
        raise CaptureError(f"{where}frame {frame.no}: malformed IPv4 header: {e}") from None
    if len(p.data) > p.len:
        del p.data[p.len:]
    p.l2src = frame.l2src
    p.l2dst = frame.l2dst
    p.l2proto = frame.ethertype
    return p
