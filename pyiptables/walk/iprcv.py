"""What ip_rcv_core() checks of a received packet's total length before PREROUTING
(net/ipv4/ip_input.c); the header checksum is checked inline by the stack."""
from __future__ import annotations


def ip_rcv_length(pkt, host, indev: str, snapped: int) -> str:
    """ip_rcv_core() for a packet whose total length is not what arrived: "" when it may enter
    PREROUTING (trimmed to its total length: Ethernet padding, FCS), else why not. snapped:
    bytes of the frame its capture left out (a snapshot length): a packet cut by the capture,
    not on the wire, is walked as its header says."""
    d = pkt.data
    tot, have = pkt.len, len(d)
    if have < tot:
        if have + snapped < tot:
            return f"total length {tot} beyond the {have} bytes received (ip_rcv)"
    elif not tot:
        # iph_totlen(): 0 stands for the length only in a segmentation-offload aggregate, which a
        # capture shows longer than the device's MTU; anything else is shorter than its header
        link = host.links.get(indev)
        if link is None or have <= link.mtu:
            return "total length 0 (ip_rcv)"
    elif have > tot:
        del d[tot:]                     # pskb_trim_rcsum()
    return ""
