"""GRE tracking (nf_conntrack_proto_gre.c): keys in the tuple only for GRE version 1 (PPTP), timeouts.

Version 0 GRE has no keys (zeros, like the generic tracker). Version 1 carries the PPTP call id: the
tuple's destination key; the source key would come from the pptp helper's keymap (none: 0). A
version 1 header that does not carry PPP cannot be tracked (INVALID). An entry lives
nf_conntrack_gre_timeout (30 s) until a reply was seen, then nf_conntrack_gre_timeout_stream
(180 s) from the next packet on, which also makes it ASSURED.
"""
from __future__ import annotations

from .conn import IPCT_ASSURED, IPS_ASSURED, IPS_NAT_CLASH, IPS_SEEN_REPLY

GRE_VERSION_1, GRE_PROTO_PPP = 1, 0x880B


def gre_keys(d, off: int, n: int):
    """gre_pkt_to_tuple(): (source key, destination key), None when the packet cannot be tracked."""
    if n < 4 or d[off + 1] & 7 != GRE_VERSION_1:
        return 0, 0
    if n < 8:
        return 0, 0
    if (d[off + 2] << 8 | d[off + 3]) != GRE_PROTO_PPP:
        return None
    return 0, d[off + 6] << 8 | d[off + 7]


def gre_packet(ct, pkt, dir, ctinfo, tr) -> int:
    status = ct.status
    if status & IPS_SEEN_REPLY:
        tr.refresh(ct, pkt, dir, tr.gre_timeout_stream)
        if status & IPS_NAT_CLASH:
            return 1
        if not status & IPS_ASSURED:
            ct.status |= IPS_ASSURED
            tr.event(ct, IPCT_ASSURED)
    else:
        tr.refresh(ct, pkt, dir, tr.gre_timeout)
    return 1
