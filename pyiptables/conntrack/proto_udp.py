"""UDP (and UDP-Lite) tracking, nf_conntrack_proto_udp.c: unreplied, replied and stream timeouts.

`ct.pdata` holds the stream start: the capture time two seconds after the entry was created.
Only traffic seen in both directions *after* that time makes a stream (longer timeout, ASSURED).
"""
from __future__ import annotations

from .conn import IPCT_ASSURED, IPS_ASSURED, IPS_CONFIRMED, IPS_NAT_CLASH, IPS_SEEN_REPLY
from .csum import l4_checksum_bad, udplite_checksum_bad

IPPROTO_UDPLITE = 136


def udp_error(pkt, hook, tr) -> bool:
    if pkt.truncated:
        return True                                     # short packet
    d, th = pkt.data, pkt.thoff
    udplen = pkt.len - th
    ulen = (d[th + 4] << 8) | d[th + 5]
    csum = (d[th + 6] << 8) | d[th + 7]
    if pkt.proto == IPPROTO_UDPLITE:
        if ulen == 0:
            ulen = udplen
        elif ulen < 8 or ulen > udplen:
            return True                                 # invalid checksum coverage
        if not csum:
            return True                                 # UDP-Lite checksum is mandatory
        return bool(tr.checksum and hook == 0 and udplite_checksum_bad(pkt, ulen))
    if ulen > udplen or ulen < 8:
        return True                                     # truncated/malformed packet
    if not csum:
        return False
    return bool(tr.checksum and hook == 0 and l4_checksum_bad(pkt))


def udp_packet(ct, pkt, dir, ctinfo, tr) -> int:
    if udp_error(pkt, tr.hook, tr):
        return 0
    status = ct.status
    if not status & IPS_CONFIRMED:
        ct.pdata = tr.now + 2.0
    if status & IPS_SEEN_REPLY:
        extra, stream = tr.udp_timeout, False
        if tr.now > ct.pdata:                             # still active after two seconds
            extra, stream = tr.udp_timeout_stream, not status & IPS_ASSURED
        tr.refresh(ct, pkt, dir, extra)
        if status & IPS_NAT_CLASH:
            return 1                                    # clashing NAT entries never get ASSURED
        if stream and not ct.status & IPS_ASSURED:
            ct.status |= IPS_ASSURED
            tr.event(ct, IPCT_ASSURED)
    else:
        tr.refresh(ct, pkt, dir, tr.udp_timeout)
    return 1
