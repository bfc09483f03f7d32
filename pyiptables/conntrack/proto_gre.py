"""GRE tracking (nf_conntrack_proto_gre.c): keys in the tuple only for GRE version 1 (PPTP), timeouts.

Version 0 GRE has no keys (zeros, like the generic tracker). Version 1 carries the PPTP call id: the
tuple's destination key; the source key comes from the namespace's keymap, which the pptp helper
fills when a call is set up (one entry per direction of its control connection: addresses and
destination key -> source key; none matching: 0). A version 1 header that does not carry PPP
cannot be tracked (INVALID). An entry lives
nf_conntrack_gre_timeout (30 s) until a reply was seen, then nf_conntrack_gre_timeout_stream
(180 s) from the next packet on, which also makes it ASSURED.
"""
from __future__ import annotations

from .conn import IPCT_ASSURED, IPS_ASSURED, IPS_NAT_CLASH, IPS_SEEN_REPLY

GRE_VERSION_1, GRE_PROTO_PPP = 1, 0x880B


class KeyMap:
    """struct nf_ct_gre_keymap: the tuple a GRE packet's source key is looked up by."""

    __slots__ = ("src", "dst", "dkey", "skey")

    def __init__(self, src: int, dst: int, skey: int, dkey: int):
        self.src, self.dst, self.skey, self.dkey = src, dst, skey, dkey

    def __getstate__(self):
        return self.src, self.dst, self.skey, self.dkey

    def __setstate__(self, st):
        self.src, self.dst, self.skey, self.dkey = st


def gre_keys(d, off: int, n: int, src: int = 0, dst: int = 0, keymap=None):
    """gre_pkt_to_tuple(): (source key, destination key), None when the packet cannot be tracked."""
    if n < 4 or d[off + 1] & 7 != GRE_VERSION_1:
        return 0, 0
    if n < 8:
        return 0, 0
    if (d[off + 2] << 8 | d[off + 3]) != GRE_PROTO_PPP:
        return None
    dkey = d[off + 6] << 8 | d[off + 7]
    if keymap:
        for km in keymap:                       # gre_keymap_lookup(): the first match
            if km.dkey == dkey and km.src == src and km.dst == dst:
                return km.skey, dkey
    return 0, dkey


def keymap_add(tr, kmp: list, dir: int, src: int, dst: int, skey: int, dkey: int) -> bool:
    """nf_ct_gre_keymap_add(): the master's keymap for `dir` (kmp[dir]); a second one is refused
    unless it is the same tuple again (a retransmitted reply)."""
    km = kmp[dir]
    if km is not None:
        return km.src == src and km.dst == dst and km.dkey == dkey and km in (tr.gre_keymap or ())
    km = kmp[dir] = KeyMap(src, dst, skey, dkey)
    if tr.gre_keymap is None:
        tr.gre_keymap = []
    tr.gre_keymap.append(km)
    return True


def keymap_destroy(tr, kmp: list) -> None:
    """nf_ct_gre_keymap_destroy(): both directions' entries leave the namespace's keymap."""
    for dir in (0, 1):
        km = kmp[dir]
        if km is not None:
            lst = tr.gre_keymap or []
            for i, k in enumerate(lst):
                if k is km:
                    del lst[i]
                    break
            kmp[dir] = None


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


def destroy_gre_conntrack(tr, ct) -> None:
    """nf_ct_destroy() of a GRE entry that has a master: the master's keymap goes with it, whichever
    call the entry was (a later GRE packet of the call gets source key 0)."""
    m = ct.ext.master
    h = m.ext.expecting if m is not None and m.ext is not None else None
    kmp = getattr(h.data, "keymap", None) if h is not None else None
    if kmp is not None:
        keymap_destroy(tr, kmp)
