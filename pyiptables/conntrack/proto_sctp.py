"""SCTP tracking (nf_conntrack_proto_sctp.c of Linux 6.x): chunk-driven states and verification tags.

`ct.proto` is the state (index into NAMES), `ct.pdata` the list [vtag orig, vtag reply, init orig,
init reply, heartbeat-vtag-failed flag, last direction]. Tags are compared as read (big-endian).
The states name the association, not an endpoint: an INIT leaves the entry CLOSED, its INIT_ACK
makes it COOKIE_WAIT, the COOKIE_ECHO COOKIE_ECHOED and the COOKIE_ACK ESTABLISHED (ASSURED).
"""
from __future__ import annotations

from .conn import IPCT_ASSURED, IPCT_PROTOINFO, IPS_ASSURED, IPS_CONFIRMED

NAMES = ("NONE", "CLOSED", "COOKIE_WAIT", "COOKIE_ECHOED", "ESTABLISHED", "SHUTDOWN_SENT", "SHUTDOWN_RECD",
         "SHUTDOWN_ACK_SENT", "HEARTBEAT_SENT")
NO, CL, CW, CE, ES, SS, SR, SA, HS, IV = range(10)
# nf_conntrack_sctp_timeout_<state> sysctls and defaults; NONE (unused) takes CLOSED's
TIMEOUTS = (("", 10), ("closed", 10), ("cookie_wait", 3), ("cookie_echoed", 3), ("established", 210),
            ("shutdown_sent", 3), ("shutdown_recd", 3), ("shutdown_ack_sent", 3), ("heartbeat_sent", 30))

DATA, INIT, INIT_ACK, HEARTBEAT, HEARTBEAT_ACK, ABORT, SHUTDOWN, SHUTDOWN_ACK, ERROR, COOKIE_ECHO, \
    COOKIE_ACK, SHUTDOWN_COMPLETE = 0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 14
FLAG_T = 1
# chunk type -> row of the transition table; other chunks (DATA, SACK...) keep the state
ROW = {INIT: 0, INIT_ACK: 1, ABORT: 2, SHUTDOWN: 3, SHUTDOWN_ACK: 4, ERROR: 5, COOKIE_ECHO: 6,
       COOKIE_ACK: 7, SHUTDOWN_COMPLETE: 8, HEARTBEAT: 9, HEARTBEAT_ACK: 10}
# sctp_conntracks[dir][row][state], states NO CL CW CE ES SS SR SA HS
CONNTRACKS = (
    ((CL, CL, CW, CE, ES, CL, CL, SA, CW),      # original: INIT
     (CL, CL, CW, CE, ES, SS, SR, SA, CL),      # INIT_ACK
     (CL, CL, CL, CL, CL, CL, CL, CL, CL),      # ABORT
     (CL, CL, CW, CE, SS, SS, SR, SA, CL),      # SHUTDOWN
     (SA, CL, CW, CE, ES, SA, SA, SA, SA),      # SHUTDOWN_ACK
     (CL, CL, CW, CE, ES, SS, SR, SA, CL),      # ERROR
     (CL, CL, CE, CE, ES, SS, SR, SA, CL),      # COOKIE_ECHO
     (CL, CL, CW, ES, ES, SS, SR, SA, CL),      # COOKIE_ACK
     (CL, CL, CW, CE, ES, SS, SR, CL, CL),      # SHUTDOWN_COMPLETE
     (HS, CL, CW, CE, ES, SS, SR, SA, HS),      # HEARTBEAT
     (CL, CL, CW, CE, ES, SS, SR, SA, HS)),     # HEARTBEAT_ACK
    ((IV, CL, CW, CE, ES, SS, SR, SA, IV),      # reply: INIT
     (IV, CW, CW, CE, ES, SS, SR, SA, IV),
     (IV, CL, CL, CL, CL, CL, CL, CL, IV),
     (IV, CL, CW, CE, SR, SS, SR, SA, IV),
     (IV, CL, CW, CE, ES, SA, SA, SA, IV),
     (IV, CL, CW, CL, ES, SS, SR, SA, IV),
     (IV, CL, CE, CE, ES, SS, SR, SA, IV),
     (IV, CL, CW, ES, ES, SS, SR, SA, IV),
     (IV, CL, CW, CE, ES, SS, SR, CL, IV),
     (IV, CL, CW, CE, ES, SS, SR, SA, HS),
     (IV, CL, CW, CE, ES, SS, SR, SA, ES)),
)
# chunks that exempt a packet from the verification tag check (Sec 8.5)
_NO_VTAG_CHECK = (1 << INIT | 1 << SHUTDOWN_COMPLETE | 1 << COOKIE_ECHO | 1 << ABORT | 1 << SHUTDOWN_ACK
                  | 1 << HEARTBEAT | 1 << HEARTBEAT_ACK)


def new_state(dir: int, state: int, ctype: int) -> int:
    row = ROW.get(ctype)
    return state if row is None else CONNTRACKS[dir][row][state]


def _crc32c_table():
    out = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        out.append(c)
    return tuple(out)


CRC32C = _crc32c_table()


def crc_bad(d, th: int, end: int) -> bool:
    return crc32c(d, th, end) != int.from_bytes(d[th + 8:th + 12], "little")


def crc32c(d, th: int, end: int) -> int:
    """The SCTP checksum: CRC32c over the packet with its checksum field zeroed (stored little-endian)."""
    t = CRC32C
    c = 0xFFFFFFFF
    for b in d[th:th + 8]:
        c = t[(c ^ b) & 255] ^ (c >> 8)
    for _ in range(4):
        c = t[c & 255] ^ (c >> 8)
    for b in d[th + 12:end]:
        c = t[(c ^ b) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def chunks(d, th: int, end: int):
    """for_each_sctp_chunk(): (offset, type, flags, length) while a chunk header fits."""
    off = th + 12
    while off < end and off + 4 <= end:
        n = d[off + 2] << 8 | d[off + 3]
        yield off, d[off], d[off + 1], n
        off += (n + 3) & ~3


def basic_checks(d, th: int, end: int):
    """do_basic_checks(): the bitmap of chunk types present, None when the packet is invalid:
    no chunk, a zero length, COOKIE_ECHO/COOKIE_ACK not first, INIT/INIT_ACK/SHUTDOWN_COMPLETE
    not alone."""
    seen, flag, count = 0, False, 0
    for _off, t, _f, n in chunks(d, th, end):
        if t in (INIT, INIT_ACK, SHUTDOWN_COMPLETE):
            flag = True
        if ((t in (COOKIE_ACK, COOKIE_ECHO) or flag) and count) or not n:
            return None
        seen |= 1 << t
        count += 1
    return seen if count else None


def _u32(d, off: int, end: int):
    return int.from_bytes(d[off:off + 4], "big") if off + 4 <= end else None


def sctp_new(ct, d, th: int, end: int, vtag: int) -> bool:
    """sctp_new(): only a packet whose chunks could open an association creates an entry."""
    v = [0, 0, 0, 0, 0, 0]
    for off, t, _f, _n in chunks(d, th, end):
        s = new_state(0, NO, t)
        if s == NO or s == IV:
            return False
        if t == INIT:
            if vtag:
                return False
            tag = _u32(d, off + 4, end)      # struct sctp_inithdr: init_tag first
            if tag is None or off + 20 > end:
                return False
            v[1] = tag
        elif t == HEARTBEAT:
            v[0] = vtag
        elif t == SHUTDOWN_ACK:
            v[1] = vtag
    ct.pdata = v
    ct.proto = NO
    return True


def sctp_packet(ct, pkt, dir, ctinfo, tr) -> int:
    """nf_conntrack_sctp_packet(): 1 = accept, 0 = invalid."""
    d, th = pkt.data, pkt.thoff
    end = pkt.len if 0 < pkt.len < len(d) else len(d)
    if end < th + 12:
        return 0                                        # short packet
    if tr.checksum and tr.hook == 0 and crc_bad(d, th, end):
        return 0                                        # bad CRC
    seen = basic_checks(d, th, end)
    if seen is None:
        return 0
    vtag = int.from_bytes(d[th + 4:th + 8], "big")
    if not ct.status & IPS_CONFIRMED:
        if seen & (1 << ABORT | 1 << SHUTDOWN_COMPLETE | 1 << COOKIE_ACK):
            return 0                                    # out of the blue (Sec 8.4)
        if not sctp_new(ct, d, th, end, vtag):
            return 0
    v = ct.pdata
    if not seen & _NO_VTAG_CHECK and vtag != v[dir]:
        return 0
    back = 1 - dir
    old = new = NO
    ignore = False
    for off, t, f, _n in chunks(d, th, end):
        if t == INIT:
            if vtag:
                return 0
        elif t == ABORT or t == SHUTDOWN_COMPLETE:
            if vtag != v[back if f & FLAG_T else dir]:
                return 0
        elif t == COOKIE_ECHO:
            if vtag != v[dir]:
                return 0
        elif t == COOKIE_ACK:
            v[2] = v[3] = 0
        elif t == HEARTBEAT or t == HEARTBEAT_ACK:
            if not v[dir]:
                v[dir] = vtag
            elif vtag != v[dir]:
                if seen & 1 << DATA or ignore:
                    return 0
                if t == HEARTBEAT:
                    v[4], v[5] = 1, dir
                    ignore = True
                    continue
                if not v[4] or v[5] == dir:
                    return 0
                v[4] = 0
                v[dir], v[back] = vtag, 0
            elif v[4]:
                v[4] = 0
        old = ct.proto
        new = new_state(dir, old, t)
        if new == IV:
            return 0
        if t == INIT:
            tag = _u32(d, off + 4, end)
            if tag is None or off + 20 > end:
                return 0
            if old == NO or v[back] != tag:             # not a stale or retransmitted INIT
                if v[2 + dir] and v[2 + back]:
                    v[2 + back] = 0
                v[2 + dir] = 1
            v[back] = tag
            if new == CL and old == CL and ct.status & IPS_CONFIRMED:
                ignore = True               # an INIT retransmit does not renew the timeout
        elif t == INIT_ACK:
            tag = _u32(d, off + 4, end)
            if tag is None or off + 20 > end:
                return 0
            peer = v[back]
            if not v[2 + back] and peer and peer != tag:
                return 0
            if v[2 + dir] and v[2 + back] and peer != tag:
                return 0                                # collision
            v[back] = tag
        ct.proto = new
        if old != new:
            tr.event(ct, IPCT_PROTOINFO)
            if new == ES and not ct.status & IPS_ASSURED:
                ct.status |= IPS_ASSURED
                tr.event(ct, IPCT_ASSURED)
    if not ignore:
        tr.refresh(ct, pkt, dir, tr.sctp_timeouts[new])
    return 1
