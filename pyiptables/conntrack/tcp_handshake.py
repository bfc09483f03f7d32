"""Fast paths for the first two segments of a TCP three-way handshake (the third, the ACK moving
SYN_RECV to ESTABLISHED, takes proto_tcp.established_ack). Each does what tcp_new, tcp_packet and
tcp_in_window do for the segment, in one pass over local variables; the SYN/ACK one returns False,
having changed nothing, for what it does not cover, which tcp_packet then tracks the long way."""
from __future__ import annotations

from .conn import IPCT_PROTOINFO
from .proto_tcp import (_P, F_MAXACK_SET, F_SACK_PERM, F_WINDOW_SCALE, FLAGS, M32, MAXACKWINCONST,
                        NOT_DATA_UNACK, RETRANS, SCALE, SYN_RECV, SYN_SENT, SYN_SET, SYNACK_SET, _options,
                        _sack, state_timeout)


def syn_new(ct, pkt, tr) -> bool:
    """The SYN (or SYN+URG) of a new entry: NONE -> SYN_SENT. The original direction's window
    comes from the SYN; tcp_in_window cannot refuse it and only sets the reply's max end to the
    SYN's window."""
    ext = ct.ext
    if ext is not None and ext.seqadj is not None:
        return False
    win = pkt.window
    end = (pkt.seq + pkt.len - pkt.thoff - pkt.doff + 1) & M32
    maxwin = win or 1
    scale = flags = 0
    if pkt.doff > 20:
        seen = [0] * 6
        _options(pkt, seen, 0)
        scale, flags = seen[SCALE], seen[FLAGS]
    ct.pdata = _P.pack(end, end, maxwin, 0, scale, flags, 0, maxwin, 0, 0, 0, 0,
                       0, SYN_SET, 0, 0, 0, 0, 0, 0, 0)
    ct.proto = SYN_SENT
    tos = tr.tcp_timeouts
    timeout = tos[SYN_SENT]
    if timeout > tos[RETRANS]:
        timeout = tos[RETRANS]          # a new entry's last_win is 0
    tr.event(ct, IPCT_PROTOINFO)
    tr.refresh(ct, pkt, 0, timeout)
    return True


def synack_sent(ct, pkt, tr) -> bool:
    """The reply's SYN/ACK in SYN_SENT, while the reply direction has no window yet: SYN_RECV.
    The reply's window starts from the SYN/ACK (_init_sender), then tcp_in_window's bounds."""
    ext = ct.ext
    if ext is not None and ext.seqadj is not None:
        return False
    (e0, m0, w0, a0, c0, f0, e1, m1, w1, a1, c1, f1,
     l_dir, l_index, l_wscale, l_flags, retrans, l_seq, l_ack, l_end, l_win) = _P.unpack(ct.pdata)
    if w1:
        return False
    seq = pkt.seq
    ack = sack = pkt.ack
    win = pkt.window
    end = (seq + pkt.len - pkt.thoff - pkt.doff + 1) & M32
    if f0 & F_SACK_PERM:
        sack = _sack(pkt, sack)
    s_scale, s_flags, r_scale = c1, f1, c0
    if pkt.doff > 20:
        seen = [0, 0, 0, 0, c1, f1]
        _options(pkt, seen, 0)
        s_scale, s_flags = seen[SCALE], seen[FLAGS]
    if not (s_flags & F_WINDOW_SCALE and f0 & F_WINDOW_SCALE):
        s_scale = r_scale = 0           # RFC 1323: scaling only when both sides sent the option
    s_maxwin = win or 1
    # tcp_in_window's four bounds (the sender's end and max end are this segment's end)
    if ((seq - end - 1) & M32 <= 0x7FFFFFFF or (sack - e0 - 1) & M32 <= 0x7FFFFFFF
            or (w0 and (-w0 - 1) & M32 <= 0x7FFFFFFF)
            or (e0 - max(s_maxwin, MAXACKWINCONST) - 1 - sack) & M32 <= 0x7FFFFFFF):
        return False
    swin = (win + (sack - ack)) & M32
    if s_maxwin < swin:
        s_maxwin = swin
    s_maxack = a1
    if not s_flags & F_MAXACK_SET:
        s_maxack = ack
        s_flags |= F_MAXACK_SET
    elif (s_maxack - ack) & M32 > 0x7FFFFFFF:
        s_maxack = ack
    if (m0 - 1 - sack - win) & M32 > 0x7FFFFFFF:
        m0 = (sack + win + (1 if win == 0 else 0)) & M32
    if ack == e0:
        f0 &= NOT_DATA_UNACK
    ct.pdata = _P.pack(e0, m0, w0, a0, r_scale, f0, end, end, s_maxwin, s_maxack, s_scale, s_flags,
                       1, SYNACK_SET, l_wscale, l_flags, retrans, l_seq, l_ack, l_end, l_win)
    ct.proto = SYN_RECV
    timeout = state_timeout(tr, SYN_RECV, retrans, f0 | s_flags, l_win)
    tr.event(ct, IPCT_PROTOINFO)
    tr.refresh(ct, pkt, 1, timeout)
    return True
