"""Protocols without a tracker of their own (nf_conntrack_proto_generic.c): addresses only."""
from __future__ import annotations


def generic_packet(ct, pkt, dir, ctinfo, tr) -> int:
    tr.refresh(ct, pkt, dir, tr.generic_timeout)
    return 1
