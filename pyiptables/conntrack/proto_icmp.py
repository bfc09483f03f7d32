"""ICMP tracking (nf_conntrack_proto_icmp.c): query/reply pairs by id, errors as RELATED.

An ICMP tuple carries the echo id as its source "port" and (type << 8) | code as its destination
"port", like the kernel's tuple union. Only queries can start an entry; an error whose embedded
header belongs to a tracked connection is RELATED to it (nf_conntrack_icmpv4_error).
"""
from __future__ import annotations

from .conn import IP_CT_IS_REPLY, IP_CT_RELATED, pack
from .proto_gre import gre_keys
from .csum import l4_checksum_bad

IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP = 1, 6, 17
# query type -> reply type and back (the kernel's invmap)
INVERT = {8: 0, 0: 8, 13: 14, 14: 13, 15: 16, 16: 15, 17: 18, 18: 17}
VALID_NEW = frozenset((8, 13, 15, 17))
ERRORS = frozenset((3, 4, 5, 11, 12))                 # icmp_is_err()
NR_ICMP_TYPES = 18
_PORTS = frozenset((6, 17, 136, 132))                 # protocols whose tuple is a port pair
INVALID = 0


def icmp_packet(ct, pkt, dir, ctinfo, tr) -> int:
    if (ct.korig >> 8) & 0xFF not in VALID_NEW:
        return 0                                        # can't create a new ICMP "connection" with this
    tr.refresh(ct, pkt, dir, tr.icmp_timeout)
    return 1


def icmp_error(tr, pkt, hook, oz, rz):
    """None: an ordinary query/reply, track it normally. INVALID: drop from tracking.
    (ct, ctinfo): an error about a tracked connection. oz, rz: the zone ids of each direction."""
    if pkt.truncated:
        return INVALID
    if tr.checksum and hook == 0 and l4_checksum_bad(pkt):
        return INVALID
    t = pkt.icmp_type
    if t > NR_ICMP_TYPES:
        return INVALID
    if t not in ERRORS:
        return None
    d, end = pkt.data, pkt.len
    inner = pkt.thoff + 8
    if end - inner < 20:
        return INVALID
    ihl = (d[inner] & 15) * 4
    if ((d[inner + 6] << 8) | d[inner + 7]) & 0x1FFF:
        return INVALID                                  # a non-first fragment says nothing
    proto = d[inner + 9]
    src = int.from_bytes(d[inner + 12:inner + 16], "big")
    dst = int.from_bytes(d[inner + 16:inner + 20], "big")
    l4 = inner + ihl
    if l4 > end:
        return INVALID
    if proto in _PORTS:
        if end - l4 < 4:
            return INVALID
        sp, dp = (d[l4] << 8) | d[l4 + 1], (d[l4 + 2] << 8) | d[l4 + 3]
        # the inverse of the embedded header is a packet of the connection
        key = pack(dst, src, proto, dp, sp)
    elif proto == IPPROTO_ICMP:
        if end - l4 < 8:
            return INVALID
        it = INVERT.get(d[l4])
        if it is None:
            return INVALID
        key = pack(dst, src, proto, (d[l4 + 4] << 8) | d[l4 + 5], it << 8 | d[l4 + 1])
    elif proto == 47:
        keys = gre_keys(d, l4, end - l4, src, dst, tr.gre_keymap)
        if keys is None:
            return INVALID
        key = pack(dst, src, proto, keys[1], keys[0])
    else:
        key = pack(dst, src, proto, 0, 0)
    ct, key = tr.find_zone_dir(key, oz, rz)
    if ct is None:
        return INVALID
    # the error must be addressed to the one who sent the embedded packet
    if pkt.daddr != src:
        return INVALID
    return ct, IP_CT_RELATED + (IP_CT_IS_REPLY if key != ct.korig else 0)

