"""Frame -> Packet: the one step between the capture reader and the packet walk."""
from __future__ import annotations

from .packet import Packet
from .pcap import CaptureError


def to_packet(frame, source: str | None = None) -> Packet:
    """Decode an IPv4 frame into a Packet carrying its time, number, MAC addresses and ethertype.

    Bytes past the IPv4 total length (Ethernet padding, FCS) are trimmed, as ip_rcv() does. A
    total length of 0 is kept as is (segmentation offload on the capturing host: Packet then
    bounds the transport header by the captured bytes); a larger total length than the bytes that
    came drops the packet, unless the capture's snapshot length cut them. A malformed IPv4 header
    raises CaptureError naming `source` (the capture's name, if given) and the frame number.
    """
    try:
        p = Packet(frame.ip, frame.ts, frame.no, frame.l2src, frame.l2dst, frame.ethertype)
        tot = p.len
        if tot < p.ihl and tot:
            raise ValueError(f"total length {tot} shorter than the header")
        if tot > len(p.data) and not frame.cut:
            # ip_rcv_core: skb->len < len (a frame the snapshot length cut short is kept)
            raise ValueError(f"total length {tot} longer than the {len(p.data)} bytes received")
    except ValueError as e:
        where = f"{source}: " if source else ""
        raise CaptureError(f"{where}frame {frame.no}: malformed IPv4 header: {e}") from None
    if len(p.data) > tot and tot:
        del p.data[tot:]
    return p
