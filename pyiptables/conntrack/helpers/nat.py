"""What NAT helpers share (nf_nat_helper.c, nf_conntrack_seqadj.c), on top of ../nat.py.

- mangle_tcp_packet(): replace the bytes a helper parsed with the translated text; when the length
  changes, the entry remembers a sequence offset for that direction (seqadj_set).
- seq_adjust(): nf_confirm shifts the seq (and the other way's ack, and SACK blocks) of every later
  packet of such an entry by that offset; `ct.ext.seqadj` (a SeqAdj) is also what the TCP tracker
  asks for nf_ct_seq_offset().
- follow_master(): the expectfn of a NATed expectation: the expected connection gets the master's
  translation (source to where the master sends, destination to the saved address and port).
- exp_find_port(): insert an expectation, moving its port while the table says -EBUSY.
"""
from __future__ import annotations

import random

from ..conn import IP_CT_IS_REPLY, IPS_SEQ_ADJUST
from ..nat import MANIP_DST, MANIP_SRC, RANGE_MAP_IPS, RANGE_PROTO_SPECIFIED, NatCore, Range
from ..expect import EBUSY
from ...packet import ip_send_check, l4_checksum

M32 = 0xFFFFFFFF
TCPOPT_EOL, TCPOPT_NOP, TCPOPT_SACK = 0, 1, 5
_rng = random.Random(0x66747021)          # get_random_u32_below() for exp_find_port, repeatable


def _after(a: int, b: int) -> bool:
    return 0 < ((a - b) & M32) < 0x80000000


def _before(a: int, b: int) -> bool:
    return ((a - b) & M32) >= 0x80000000


class SeqAdj:
    """struct nf_conn_seqadj: per direction the correction position and the offsets before/after."""

    __slots__ = ("pos", "before", "after")

    def __init__(self):
        self.pos, self.before, self.after = [0, 0], [0, 0], [0, 0]

    def __call__(self, ct, dir: int, seq: int) -> int:
        """nf_ct_seq_offset()."""
        return self.after[dir] if _after(seq, self.pos[dir]) else self.before[dir]

    def __getstate__(self):
        return self.pos, self.before, self.after

    def __setstate__(self, st):
        self.pos, self.before, self.after = st


def seqadj_set(ct, ctinfo: int, seq: int, off: int):
    """nf_ct_seqadj_set(): bytes from `seq` on moved by `off` more in this direction."""
    if off == 0:
        return
    e = ct.ensure_ext()
    sa = e.seqadj
    if sa is None:
        sa = e.seqadj = SeqAdj()
    ct.status |= IPS_SEQ_ADJUST
    d = 1 if ctinfo >= IP_CT_IS_REPLY else 0
    if sa.before[d] == sa.after[d] or _before(sa.pos[d], seq):
        sa.pos[d] = seq
        sa.before[d] = sa.after[d]
        sa.after[d] += off


def _csum_replace4(d, off, old, new):
    from ..nat import csum_replace32
    csum_replace32(d, off, old, new)


def seq_adjust(pkt, ct, ctinfo: int) -> bool:
    """nf_ct_seq_adjust(): rewrite seq, ack and SACK blocks; False (drop) on a malformed option."""
    sa = ct.ext.seqadj if ct.ext is not None else None
    if sa is None or pkt.proto != 6:
        return True
    d = pkt.data
    th = pkt.thoff
    if min(pkt.len, len(d)) < th + 20:
        return False
    dir = 1 if ctinfo >= IP_CT_IS_REPLY else 0
    other = 1 - dir
    seq = int.from_bytes(d[th + 4:th + 8], "big")
    seqoff = sa.after[dir] if _after(seq, sa.pos[dir]) else sa.before[dir]
    new = (seq + seqoff) & M32
    _csum_replace4(d, th + 16, seq, new)
    d[th + 4:th + 8] = new.to_bytes(4, "big")
    ok = True
    if d[th + 13] & 0x10:                               # ACK
        ack = int.from_bytes(d[th + 8:th + 12], "big")
        if _after((ack - sa.before[other]) & M32, sa.pos[other]):
            ackoff = sa.after[other]
        else:
            ackoff = sa.before[other]
        new = (ack - ackoff) & M32
        _csum_replace4(d, th + 16, ack, new)
        d[th + 8:th + 12] = new.to_bytes(4, "big")
        ok = _sack_adjust(d, th, sa, other)
    pkt.refresh()
    return ok


def _sack_adjust(d, th, sa, w) -> bool:
    """nf_ct_sack_adjust(): SACK edges are the other way's sequence numbers."""
    off, end = th + 20, th + (d[th + 12] >> 4) * 4
    while off < end:
        kind = d[off]
        if kind == TCPOPT_EOL:
            return True
        if kind == TCPOPT_NOP:
            off += 1
            continue
        if off + 1 == end or off + d[off + 1] > end or d[off + 1] < 2:
            return False
        ln = d[off + 1]
        if kind == TCPOPT_SACK and ln >= 10 and (ln - 2) % 8 == 0:
            for b in range(off + 2, off + ln, 4):
                v = int.from_bytes(d[b:b + 4], "big")
                o = sa.after[w] if _after((v - sa.before[w]) & M32, sa.pos[w]) else sa.before[w]
                new = (v - o) & M32
                _csum_replace4(d, th + 16, v, new)
                d[b:b + 4] = new.to_bytes(4, "big")
        off += ln
    return True


def _set_length(d, end: int) -> None:
    """The IPv4 header of a packet a mangle made `end` bytes long: tot_len and its checksum."""
    d[2:4] = end.to_bytes(2, "big")
    ip_send_check(d, (d[0] & 15) * 4)


def mangle_tcp_packet(pkt, ct, ctinfo: int, matchoff: int, matchlen: int, rep: bytes, adjust=True) -> bool:
    """__nf_nat_mangle_tcp_packet(): payload[matchoff:matchoff+matchlen] = rep, lengths and checksums
    fixed (the TCP checksum as the device would complete it), sequence offset recorded."""
    d = pkt.data
    th = pkt.thoff
    end = min(pkt.len, len(d))
    if len(rep) > matchlen and end + len(rep) - matchlen > 65535:
        return False
    s = th + (d[th + 12] >> 4) * 4 + matchoff
    seq = int.from_bytes(d[th + 4:th + 8], "big")
    d[s:s + matchlen] = rep
    del d[end + len(rep) - matchlen:]
    end = len(d)
    _set_length(d, end)
    d[th + 16] = d[th + 17] = 0
    c = l4_checksum(d, th, end, 6)
    d[th + 16], d[th + 17] = c >> 8, c & 0xFF
    pkt.refresh()
    if adjust and len(rep) != matchlen:
        seqadj_set(ct, ctinfo, seq, len(rep) - matchlen)
    return True


def follow_master(tr, ct, exp):
    """nf_nat_follow_master(): translate the expected connection as its master is translated."""
    m = exp.master
    side = m.krepl if exp.dir == 0 else m.korig            # tuplehash[!exp->dir]
    core = NatCore(tr)
    dst = (side >> 32) & M32
    core.setup_info(ct, Range(RANGE_MAP_IPS, dst, dst), MANIP_SRC)
    src = (side >> 64) & M32
    core.setup_info(ct, Range(RANGE_MAP_IPS | RANGE_PROTO_SPECIFIED, src, src, exp.saved_proto, exp.saved_proto),
                    MANIP_DST)


def exp_find_port(expectations, exp, port: int, policy) -> int:
    """nf_nat_exp_find_port(): the port the expectation got inserted with, 0 if none."""
    lo = port
    rng = 0xFFFF - port
    attempts = min(rng, 128)
    while True:
        exp.dport = port
        res = expectations.related(exp, policy)
        if res == 0:
            return port
        attempts -= 1
        if res != -EBUSY or attempts < 0:
            return 0
        port = lo + _rng.randrange(rng)


def mangle_udp_packet(pkt, matchoff: int, matchlen: int, rep: bytes) -> bool:
    """nf_nat_mangle_udp_packet(): payload[matchoff:matchoff+matchlen] = rep, the UDP and IP lengths
    and the IP checksum fixed; a UDP checksum that was 0 stays 0, another is recomputed (written
    complete, as the device would finish it; a computed 0 is sent as 0xFFFF)."""
    d = pkt.data
    th = pkt.thoff
    end = min(pkt.len, len(d))
    if len(rep) > matchlen and end + len(rep) - matchlen > 65535:
        return False
    s = th + 8 + matchoff
    d[s:s + matchlen] = rep
    del d[end + len(rep) - matchlen:]
    end = len(d)
    _set_length(d, end)
    n = end - th
    d[th + 4:th + 6] = n.to_bytes(2, "big")
    if d[th + 6] or d[th + 7]:
        d[th + 6] = d[th + 7] = 0
        d[th + 6:th + 8] = (l4_checksum(d, th, end, 17) or 0xFFFF).to_bytes(2, "big")
    pkt.refresh()
    return True
