"""TCP connection tracking (nf_conntrack_proto_tcp.c): the state table, window tracking, timeouts.

The per-entry window state (ip_ct_tcp: seen[2] + the last_* annotations) is packed into
`ct.pdata`, 55 bytes (replaced as a whole on each change); `ct.proto` is the state index.
"""
from __future__ import annotations

import struct

from .conn import (IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY, IPCT_ASSURED, IPCT_PROTOINFO, IPS_ASSURED,
                   IPS_CONFIRMED, IPS_FIXED_TIMEOUT, IPS_SEEN_REPLY)
from .csum import l4_checksum_bad

NONE, SYN_SENT, SYN_RECV, ESTABLISHED, FIN_WAIT, CLOSE_WAIT, LAST_ACK, TIME_WAIT, CLOSE, SYN_SENT2 = range(10)
MAX, IGNORE, RETRANS, UNACK = 10, 11, 12, 13           # sIV, sIG, and the two extra timeouts
NAMES = ("NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK",
         "TIME_WAIT", "CLOSE", "SYN_SENT2")
# sysctl suffix (net.netfilter.nf_conntrack_tcp_timeout_*) and default seconds, by timeout index;
# SYN_SENT2 has no sysctl of its own
TIMEOUTS = ((None, 0), ("syn_sent", 120), ("syn_recv", 60), ("established", 432000),
            ("fin_wait", 120), ("close_wait", 60), ("last_ack", 30), ("time_wait", 120),
            ("close", 10), (None, 120), (None, 0), (None, 0), ("max_retrans", 300),
            ("unacknowledged", 300))

# events: get_conntrack_index()
SYN_SET, SYNACK_SET, FIN_SET, ACK_SET, RST_SET, NONE_SET = range(6)
FIN, SYN, RST, PSH, ACK, URG, ECE, CWR = 1, 2, 4, 8, 16, 32, 64, 128

sNO, sSS, sSR, sES, sFW, sCW, sLA, sTW, sCL, sS2, sIV, sIG = range(12)
# TCP_CONNTRACKS[dir][event][old state] -> new state
TCP_CONNTRACKS = (
    (   # ORIGINAL
        #  sNO, sSS, sSR, sES, sFW, sCW, sLA, sTW, sCL, sS2
        (sSS, sSS, sIG, sIG, sIG, sIG, sIG, sSS, sSS, sS2),  # syn: TW/CL -> SS reopens (RFC 1122)
        (sIV, sIV, sSR, sIV, sIV, sIV, sIV, sIV, sIV, sSR),  # synack: only in simultaneous open
        (sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV),  # fin
        (sES, sIV, sES, sES, sCW, sCW, sTW, sTW, sCL, sIV),  # ack: NO -> ES is a mid-stream pickup
        (sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL),  # rst
        (sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV),  # none
    ),
    (   # REPLY
        #  sNO, sSS, sSR, sES, sFW, sCW, sLA, sTW, sCL, sS2
        (sIV, sS2, sIV, sIV, sIV, sIV, sIV, sSS, sIV, sS2),  # syn: SS -> S2 simultaneous open
        (sIV, sSR, sIG, sIG, sIG, sIG, sIG, sIG, sIG, sSR),  # synack
        (sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV),  # fin
        (sIV, sIG, sSR, sES, sCW, sCW, sTW, sTW, sCL, sIG),  # ack: SS -> IG may be a half-open peer
        (sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL),  # rst
        (sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV),  # none
    ),
)

# legal combinations of FIN/SYN/RST/ACK/URG (PSH, ECE and CWR never matter): tcp_valid_flags[]
VALID_FLAGS = frozenset((SYN, SYN | URG, SYN | ACK, RST, RST | ACK, FIN | ACK, FIN | ACK | URG, ACK, ACK | URG))
_INDEX = tuple(RST_SET if f & RST else (SYNACK_SET if f & ACK else SYN_SET) if f & SYN else
               FIN_SET if f & FIN else ACK_SET if f & ACK else NONE_SET for f in range(256))


def conntrack_index(flags: int) -> int:
    """get_conntrack_index(): rst > syn(+ack) > fin > ack > none."""
    return _INDEX[flags]


# ip_ct_tcp_state flags
F_WINDOW_SCALE, F_SACK_PERM, F_CLOSE_INIT, F_BE_LIBERAL, F_DATA_UNACK, F_MAXACK_SET, \
    F_EXP_CHALLENGE_ACK, F_SIMULTANEOUS_OPEN = (1 << i for i in range(8))
NOT_DATA_UNACK = ~F_DATA_UNACK & 0xFF

# pdata layout: seen[0] and seen[1] (td_end, td_maxend, td_maxwin, td_maxack, td_scale, flags),
# then last_dir, last_index, last_wscale, last_flags, retrans, last_seq, last_ack, last_end, last_win
_P = struct.Struct("<IIIIBBIIIIBBBBBBBIIIH")
END, MAXEND, MAXWIN, MAXACK, SCALE, FLAGS = range(6)
L_DIR, L_INDEX, L_WSCALE, L_FLAGS, RETRANS_N, L_SEQ, L_ACK, L_END, L_WIN = range(12, 21)
_ZERO = bytes(_P.size)
M32 = 0xFFFFFFFF
MAXACKWINCONST = 66000


def before(a, b):
    return (a - b) & M32 > 0x7FFFFFFF


def after(a, b):
    return (b - a) & M32 > 0x7FFFFFFF


def state_name(ct) -> str:
    return NAMES[ct.proto]


def _options(pkt, v, base):
    """tcp_options(): window scale and SACK-permitted from the SYN's options into seen[base]."""
    d, off, n = pkt.data, pkt.thoff + 20, pkt.doff - 20
    if n <= 0:
        return
    v[base + SCALE] = 0
    v[base + FLAGS] &= F_BE_LIBERAL
    end = off + n
    if end > len(d):
        return
    while off < end:
        op = d[off]
        if op == 0:
            return
        if op == 1:
            off += 1
            continue
        if end - off < 2:
            return
        size = d[off + 1]
        if size < 2 or size > end - off:
            return
        if op == 4 and size == 2:
            v[base + FLAGS] |= F_SACK_PERM
        elif op == 3 and size == 3:
            v[base + SCALE] = min(d[off + 2], 14)
            v[base + FLAGS] |= F_WINDOW_SCALE
        off += size


def _sack(pkt, sack):
    """tcp_sack(): the highest right edge of the SACK blocks, or `sack` unchanged."""
    d, off, n = pkt.data, pkt.thoff + 20, pkt.doff - 20
    end = off + n
    if n <= 0 or end > len(d):
        return sack
    if n == 12 and d[off:off + 4] == b"\x01\x01\x08\x0a":
        return sack
    while off < end:
        op = d[off]
        if op == 0:
            return sack
        if op == 1:
            off += 1
            continue
        if end - off < 2:
            return sack
        size = d[off + 1]
        if size < 2 or size > end - off:
            return sack
        if op == 5 and size >= 10 and (size - 2) % 8 == 0:
            for i in range(off + 2, off + size, 8):
                edge = int.from_bytes(d[i + 4:i + 8], "big")
                if after(edge, sack):
                    sack = edge
            return sack
        off += size
    return sack


def _seg_end(pkt):
    f = pkt.tcpflags
    return (pkt.seq + pkt.len - pkt.thoff - pkt.doff + (1 if f & SYN else 0) + (1 if f & FIN else 0)) & M32


def _init_sender(pkt, v, s, r, end, win, dir):
    v[s + END] = v[s + MAXEND] = end
    v[s + MAXWIN] = win or 1
    _options(pkt, v, s)
    # RFC 1323: scaling only when both sides sent the option
    if dir == IP_CT_DIR_REPLY and not (v[s + FLAGS] & F_WINDOW_SCALE and v[r + FLAGS] & F_WINDOW_SCALE):
        v[s + SCALE] = v[r + SCALE] = 0


ACCEPT, INVALID, IGNORED = 1, 0, 2


def _log_invalid(v, s, tr, ret):
    return ACCEPT if (v[s + FLAGS] & F_BE_LIBERAL or tr.tcp_be_liberal) else ret


def tcp_in_window(ct, v, dir, index, pkt, tr):
    s, r = 6 * dir, 6 * (1 - dir)
    f = pkt.tcpflags
    seq = pkt.seq
    ack = sack = pkt.ack
    win_raw = win = pkt.window
    end = (seq + pkt.len - pkt.thoff - pkt.doff + (f >> 1 & 1) + (f & FIN)) & M32   # + SYN + FIN
    if v[r + FLAGS] & F_SACK_PERM:
        sack = _sack(pkt, sack)
    ext = ct.ext
    if ext is not None and ext.seqadj is not None:          # NAT sequence adjustment (nf_ct_seq_offset)
        off = ext.seqadj(ct, 1 - dir, (ack - 1) & M32)
        ack = (ack - off) & M32
        sack = (sack - off) & M32

    if v[s + MAXWIN] == 0:
        if f & SYN:
            _init_sender(pkt, v, s, r, end, win, dir)
            if not f & ACK:
                return ACCEPT                                  # simultaneous open
        else:
            # mid-connection pickup for this direction: its history is lost
            v[s + END] = end
            swin = win << v[s + SCALE]
            v[s + MAXWIN] = swin or 1
            v[s + MAXEND] = (end + v[s + MAXWIN]) & M32
            if v[r + MAXWIN] == 0:
                v[r + END] = v[r + MAXEND] = sack
            elif sack == (v[r + END] + 1) & M32:
                v[r + END] = (v[r + END] + 1) & M32          # reply to a keepalive
    elif f & SYN and after(end, v[s + END]) and ct.proto in (SYN_SENT, SYN_RECV):
        # RFC 793: a reinitialised TCP may reuse the tuple with higher sequence numbers
        _init_sender(pkt, v, s, r, end, win, dir)
        if dir == IP_CT_DIR_REPLY and not f & ACK:
            return ACCEPT

    if not f & ACK:
        ack = sack = v[r + END]
    elif f & (ACK | RST) == ACK | RST and ack == 0:
        ack = sack = v[r + END]                                # broken stacks: RST+ACK with ack 0
    if f & RST and seq == 0 and ct.proto == SYN_SENT:
        seq = end = v[s + END]                                 # RST answering a SYN

    # from here on each side's fields are read once; before(a, b) is (a - b) & M32 > 2**31 - 1
    # and after(a, b) is before(b, a), spelled out: this runs for every tracked segment
    s_end, s_maxend, s_maxwin, s_maxack, s_scale, s_flags = v[s:s + 6]
    r_end, r_maxend, r_maxwin = v[r], v[r + MAXEND], v[r + MAXWIN]
    if (seq - s_maxend - 1) & M32 <= 0x7FFFFFFF:             # !before(seq, s_maxend + 1)
        overshot = (end - s_maxend + 1) & M32
        ack_ok = after(sack, (r_end - max(s_maxwin, MAXACKWINCONST) - 1) & M32)
        in_recv_win = r_maxwin and after(end, (s_end - r_maxwin - 1) & M32)
        if in_recv_win and ack_ok and overshot <= r_maxwin and before(sack, (r_end + 1) & M32):
            # peers that send more than the window allows: remember the data so its ACK passes
            v[s + END] = end
            v[s + FLAGS] |= F_DATA_UNACK
            return _log_invalid(v, s, tr, IGNORED)
        return _log_invalid(v, s, tr, INVALID)                # SEQ over upper bound
    if (sack - r_end - 1) & M32 <= 0x7FFFFFFF:               # !before(sack, r_end + 1)
        return _log_invalid(v, s, tr, INVALID)                # ACK over upper bound
    if r_maxwin and (s_end - r_maxwin - 1 - end) & M32 <= 0x7FFFFFFF:     # !after(end, s_end - r_maxwin - 1)
        return _log_invalid(v, s, tr, IGNORED)                # SEQ under lower bound (retransmission)
    if (r_end - max(s_maxwin, MAXACKWINCONST) - 1 - sack) & M32 <= 0x7FFFFFFF:
        return _log_invalid(v, s, tr, IGNORED)                # ACK under lower bound

    if not f & SYN:
        win <<= s_scale
    swin = (win + (sack - ack)) & M32
    if s_maxwin < swin:
        v[s + MAXWIN] = swin
    if (s_end - end) & M32 > 0x7FFFFFFF:                     # after(end, s_end)
        v[s + END] = end
        s_flags |= F_DATA_UNACK
    if f & ACK:
        if not s_flags & F_MAXACK_SET:
            v[s + MAXACK] = ack
            s_flags |= F_MAXACK_SET
        elif (s_maxack - ack) & M32 > 0x7FFFFFFF:            # after(ack, s_maxack)
            v[s + MAXACK] = ack
    v[s + FLAGS] = s_flags
    if r_maxwin and (s_maxend - end) & M32 > 0x7FFFFFFF:     # after(end, s_maxend)
        v[r + MAXWIN] = (r_maxwin + end - s_maxend) & M32
    if (r_maxend - 1 - sack - win) & M32 > 0x7FFFFFFF:       # after(sack + win, r_maxend - 1)
        v[r + MAXEND] = (sack + win + (1 if win == 0 else 0)) & M32
    if ack == r_end:
        v[r + FLAGS] &= NOT_DATA_UNACK
    if index == ACK_SET:
        if (v[L_DIR] == dir and v[L_SEQ] == seq and v[L_ACK] == ack and v[L_END] == end
                and v[L_WIN] == win_raw):
            v[RETRANS_N] = (v[RETRANS_N] + 1) & 0xFF
        else:
            v[L_DIR], v[L_SEQ], v[L_ACK], v[L_END], v[L_WIN], v[RETRANS_N] = dir, seq, ack, end, win_raw, 0
    return ACCEPT


# tcp_error(): the flag combinations that pass (PSH, ECE and CWR never matter), by flags byte
_NOT_PSH_ECE_CWR = ~(ECE | CWR | PSH) & 0xFF
_VALID = tuple((f & _NOT_PSH_ECE_CWR) in VALID_FLAGS for f in range(256))


def tcp_new(ct, pkt, tr):
    """tcp_new(): the window state of a new entry (a list, as tcp_packet unpacks it), or None
    when this segment cannot open a connection."""
    new = TCP_CONNTRACKS[0][_INDEX[pkt.tcpflags]][NONE]
    if new >= MAX:
        return None
    v = list(_P.unpack(_ZERO))
    end = _seg_end(pkt)
    v[END] = end
    v[MAXWIN] = pkt.window or 1
    if new == SYN_SENT:
        v[MAXEND] = end
        _options(pkt, v, 0)
    elif not tr.tcp_loose:
        return None
    else:
        # mid-stream pickup: assume SACK and be liberal, window scaling is unknown
        v[MAXEND] = (end + v[MAXWIN]) & M32
        v[FLAGS] = v[6 + FLAGS] = F_SACK_PERM | F_BE_LIBERAL
    v[L_INDEX] = NONE_SET
    ct.proto = NONE
    return v


def _can_early_drop(ct):
    return ct.proto in (FIN_WAIT, LAST_ACK, TIME_WAIT, CLOSE, CLOSE_WAIT)


def _established(ct):
    return ct.proto == ESTABLISHED and ct.status & IPS_ASSURED


def _handle_invalid(ct, v, dir, index, tr):
    """nf_tcp_handle_invalid(): an out-of-window FIN/RST answering the peer's shortens the timeout."""
    if not ct.status & IPS_ASSURED or ct.status & IPS_FIXED_TIMEOUT or index not in (RST_SET, FIN_SET):
        return
    if v[L_DIR] != dir and v[L_INDEX] in (FIN_SET, RST_SET):
        remaining = ct.timeout - tr.now
        unack = tr.tcp_timeouts[UNACK]
        if remaining >= 120 and remaining > unack:
            ct.timeout = tr.now + unack
    else:
        v[L_INDEX], v[L_DIR] = index, dir


REPEAT = -4   # -NF_REPEAT: the entry was killed to reopen the connection; look up again


def tcp_packet(ct, pkt, dir, ctinfo, tr, fast=True) -> int:
    """nf_conntrack_tcp_packet(): 1 = accept, 0 = invalid, REPEAT = killed, look up again.
    fast=False never takes the fast paths (established_ack, tcp_handshake: the differential
    tests' reference)."""
    # tcp_error(): a malformed segment, a bad checksum (PREROUTING only) or illegal flags
    doff = pkt.doff
    if pkt.truncated or doff < 20 or pkt.len - pkt.thoff < doff:
        return 0
    if tr.checksum and tr.hook == 0 and l4_checksum_bad(pkt):
        return 0
    f = pkt.tcpflags
    if not _VALID[f]:
        return 0
    if fast:
        state = ct.proto
        if ct.status & IPS_CONFIRMED:
            if f | PSH == ACK | PSH:
                if (state == ESTABLISHED or (state == SYN_RECV and not dir)) and established_ack(ct, pkt, dir, tr):
                    return 1
            elif f & _NOT_PSH_ECE_CWR == SYN | ACK and state == SYN_SENT and dir and synack_sent(ct, pkt, tr):
                return 1
        elif f & (SYN | ACK) == SYN and not dir and syn_new(ct, pkt, tr):
            return 1
    if ct.status & IPS_CONFIRMED:
        v = list(_P.unpack(ct.pdata))
    else:
        v = tcp_new(ct, pkt, tr)
        if v is None:
            return 0
    try:     # the window state goes back into the entry whatever the outcome
        old = ct.proto
        index = _INDEX[f]
        new = TCP_CONNTRACKS[dir][index][old]
        in_window_skip = False

        if new == SYN_SENT and old >= TIME_WAIT:
            if (v[FLAGS] | v[6 + FLAGS]) & F_CLOSE_INIT or (v[L_DIR] == dir and v[L_INDEX] == RST_SET):
                # reopening a closed/aborted connection: kill the entry and look up again
                return REPEAT if tr.kill(ct) else 0
            new = sIG
        if new == sIG:
            if (index == SYNACK_SET and v[L_INDEX] == SYN_SET and v[L_DIR] != dir
                    and pkt.ack == v[L_END]):
                # the SYN/ACK answers a SYN we ignored: client and server are in sync, we are not
                old, new = SYN_SENT, SYN_RECV
                ld = 6 * v[L_DIR]
                v[ld + END] = v[ld + MAXEND] = v[L_END]
                v[ld + MAXWIN] = v[L_WIN] or 1
                v[ld + SCALE] = v[L_WSCALE]
                v[L_FLAGS] &= ~F_EXP_CHALLENGE_ACK & 0xFF
                v[ld + FLAGS] = v[L_FLAGS]
                sd = 6 * dir
                v[sd + END] = v[sd + MAXEND] = v[sd + MAXWIN] = v[sd + MAXACK] = v[sd + SCALE] = 0
                v[sd + FLAGS] &= F_BE_LIBERAL
            else:
                v[L_INDEX], v[L_DIR], v[L_SEQ] = index, dir, pkt.seq
                v[L_END] = _seg_end(pkt)
                v[L_WIN] = pkt.window
                if index == SYN_SET and dir == IP_CT_DIR_ORIGINAL:
                    seen = [0] * 12
                    _options(pkt, seen, 0)
                    v[L_FLAGS] = seen[FLAGS] & (F_WINDOW_SCALE | F_SACK_PERM)
                    v[L_WSCALE] = seen[SCALE] if seen[FLAGS] & F_WINDOW_SCALE else 0
                    if old == LAST_ACK:
                        v[L_FLAGS] |= F_EXP_CHALLENGE_ACK   # an RFC 5961 challenge ACK may follow
                if old == SYN_SENT and index == ACK_SET and dir == IP_CT_DIR_REPLY:
                    v[L_ACK] = pkt.ack                      # possible challenge ACK answering the SYN
                return 1
        elif new == sIV:
            return 0
        elif new == TIME_WAIT:
            if (old == LAST_ACK and index == ACK_SET and v[L_DIR] != dir and v[L_INDEX] == SYN_SET
                    and v[L_FLAGS] & F_EXP_CHALLENGE_ACK):
                v[L_FLAGS] &= ~F_EXP_CHALLENGE_ACK & 0xFF   # an RFC 5961 challenge ACK, not the last ACK
                return 1
        elif new == SYN_SENT2:
            v[L_FLAGS] |= F_SIMULTANEOUS_OPEN
        elif new == SYN_RECV:
            if dir == IP_CT_DIR_REPLY and index == ACK_SET and v[L_FLAGS] & F_SIMULTANEOUS_OPEN:
                new = ESTABLISHED
        elif new == CLOSE and index == RST_SET:
            in_window_skip, new = _rst_checks(ct, v, pkt, dir, old, new, tr)
            if in_window_skip is None:
                return 0

        if not in_window_skip:
            res = tcp_in_window(ct, v, dir, index, pkt, tr)
            if res == IGNORED:
                return 1
            if res == INVALID:
                _handle_invalid(ct, v, dir, index, tr)
                return 0

        # from here on the segment is in window
        v[L_INDEX], v[L_DIR] = index, dir
        ct.proto = new
        if old != new and new == FIN_WAIT:
            v[6 * dir + FLAGS] |= F_CLOSE_INIT
        tos = tr.tcp_timeouts
        if v[RETRANS_N] >= tr.tcp_max_retrans and tos[new] > tos[RETRANS]:
            timeout = tos[RETRANS]
        elif index == RST_SET:
            timeout = tos[CLOSE]
        elif (v[FLAGS] | v[6 + FLAGS]) & F_DATA_UNACK and tos[new] > tos[UNACK]:
            timeout = tos[UNACK]
        elif v[L_WIN] == 0 and tos[new] > tos[RETRANS]:
            timeout = tos[RETRANS]
        else:
            timeout = tos[new]
        if new != old:
            tr.event(ct, IPCT_PROTOINFO)
        if not ct.status & IPS_SEEN_REPLY:
            if f & RST:
                # the only reply is a RST: no connection was established, forget it now
                tr.kill_acct(ct, pkt, dir)
                return 1
            if index == SYN_SET and old == SYN_SENT:
                return 1            # a retransmitted SYN does not renew the timeout
            if new == ESTABLISHED and timeout > tos[UNACK]:
                timeout = tos[UNACK]    # loose pickup without a reply yet
        elif not ct.status & IPS_ASSURED and old in (SYN_RECV, ESTABLISHED) and new == ESTABLISHED:
            ct.status |= IPS_ASSURED
            tr.event(ct, IPCT_ASSURED)
        tr.refresh(ct, pkt, dir, timeout)
        return 1
    finally:
        ct.pdata = _P.pack(*v)


def state_timeout(tr, state: int, retrans: int, flags: int, last_win: int) -> float:
    """tcp_packet()'s timeout for an in-window segment that is no RST: the new state's, cut to the
    max_retrans timeout after too many retransmissions, to the unacknowledged one while data is
    unacknowledged, and to max_retrans again when the last window was zero."""
    tos = tr.tcp_timeouts
    timeout = tos[state]
    if retrans >= tr.tcp_max_retrans and timeout > tos[RETRANS]:
        return tos[RETRANS]
    if flags & F_DATA_UNACK and timeout > tos[UNACK]:
        return tos[UNACK]
    if last_win == 0 and timeout > tos[RETRANS]:
        return tos[RETRANS]
    return timeout


def established_ack(ct, pkt, dir, tr) -> bool:
    """The common case of an ESTABLISHED entry: a plain ACK or PSH-ACK inside the window, and the
    original direction's ACK completing the handshake (SYN_RECV -> ESTABLISHED, a PROTOINFO
    event). What tcp_packet would do for it, in one pass: tcp_in_window accepts and only moves the
    window fields, no other event but a first ASSURED. Returns False, having changed nothing, for
    anything else (no window yet, NAT sequence adjustment, out of window), which tcp_packet then
    tracks the long way."""
    ext = ct.ext
    if ext is not None and ext.seqadj is not None:
        return False
    if dir:
        (r_end, r_maxend, r_maxwin, r_maxack, r_scale, r_flags, s_end, s_maxend, s_maxwin, s_maxack, s_scale, s_flags,
         l_dir, l_index, l_wscale, l_flags, retrans, l_seq, l_ack, l_end, l_win) = _P.unpack(ct.pdata)
    else:
        (s_end, s_maxend, s_maxwin, s_maxack, s_scale, s_flags, r_end, r_maxend, r_maxwin, r_maxack, r_scale, r_flags,
         l_dir, l_index, l_wscale, l_flags, retrans, l_seq, l_ack, l_end, l_win) = _P.unpack(ct.pdata)
    if not s_maxwin:
        return False                                        # this direction's window is unknown
    seq = pkt.seq
    ack = sack = pkt.ack
    end = (seq + pkt.len - pkt.thoff - pkt.doff) & M32
    if r_flags & F_SACK_PERM:
        sack = _sack(pkt, sack)
    # tcp_in_window's four bounds; any miss goes the long way (it logs, ignores or invalidates)
    if ((seq - s_maxend - 1) & M32 <= 0x7FFFFFFF or (sack - r_end - 1) & M32 <= 0x7FFFFFFF
            or (r_maxwin and (s_end - r_maxwin - 1 - end) & M32 <= 0x7FFFFFFF)
            or (r_end - max(s_maxwin, MAXACKWINCONST) - 1 - sack) & M32 <= 0x7FFFFFFF):
        return False
    win_raw = pkt.window
    win = win_raw << s_scale
    swin = (win + (sack - ack)) & M32
    if s_maxwin < swin:
        s_maxwin = swin
    if (s_end - end) & M32 > 0x7FFFFFFF:
        s_end = end
        s_flags |= F_DATA_UNACK
    if not s_flags & F_MAXACK_SET:
        s_maxack = ack
        s_flags |= F_MAXACK_SET
    elif (s_maxack - ack) & M32 > 0x7FFFFFFF:
        s_maxack = ack
    if r_maxwin and (s_maxend - end) & M32 > 0x7FFFFFFF:
        r_maxwin = (r_maxwin + end - s_maxend) & M32
    if (r_maxend - 1 - sack - win) & M32 > 0x7FFFFFFF:
        r_maxend = (sack + win + (1 if win == 0 else 0)) & M32
    if ack == r_end:
        r_flags &= NOT_DATA_UNACK
    if l_dir == dir and l_seq == seq and l_ack == ack and l_end == end and l_win == win_raw:
        retrans = (retrans + 1) & 0xFF
    else:
        l_dir, l_seq, l_ack, l_end, l_win, retrans = dir, seq, ack, end, win_raw, 0
    l_index = ACK_SET
    if dir:
        ct.pdata = _P.pack(r_end, r_maxend, r_maxwin, r_maxack, r_scale, r_flags,
                           s_end, s_maxend, s_maxwin, s_maxack, s_scale, s_flags,
                           l_dir, l_index, l_wscale, l_flags, retrans, l_seq, l_ack, l_end, l_win)
    else:
        ct.pdata = _P.pack(s_end, s_maxend, s_maxwin, s_maxack, s_scale, s_flags,
                           r_end, r_maxend, r_maxwin, r_maxack, r_scale, r_flags,
                           l_dir, l_index, l_wscale, l_flags, retrans, l_seq, l_ack, l_end, l_win)
    tos = tr.tcp_timeouts
    timeout = state_timeout(tr, ESTABLISHED, retrans, s_flags | r_flags, l_win)
    if ct.proto != ESTABLISHED:
        ct.proto = ESTABLISHED
        tr.event(ct, IPCT_PROTOINFO)
    status = ct.status
    if not status & IPS_SEEN_REPLY:
        if timeout > tos[UNACK]:
            timeout = tos[UNACK]        # loose pickup without a reply yet
    elif not status & IPS_ASSURED:
        ct.status = status | IPS_ASSURED
        tr.event(ct, IPCT_ASSURED)
    tr.refresh(ct, pkt, dir, timeout)
    return True


def _rst_checks(ct, v, pkt, dir, old, new, tr):
    """The RST part of the kernel's switch: (skip window check?, new state); None = invalid."""
    if _can_early_drop(ct):
        return True, new        # closing anyway: the tuple may be reused, skip validation
    r = 6 * (1 - dir)
    seq = pkt.seq
    if v[r + FLAGS] & F_MAXACK_SET and v[L_INDEX] != SYN_SET:
        if seq == 0 and not _established(ct):
            return False, new
        if before(seq, v[r + MAXACK]) and not tr.tcp_ignore_invalid_rst:
            return None, new
        if not _established(ct) or seq == v[r + MAXACK]:
            return False, new
        if v[L_INDEX] == ACK_SET and v[L_DIR] == dir and seq == v[L_END]:
            return False, new       # RST right after our own data train
        new = old       # not exact: keep the state so a challenge ACK can follow
    return _rst_late(ct, v, pkt, dir, old, new)


def _rst_late(ct, v, pkt, dir, old, new):
    st = ct.status
    # the RST for the SYN we let through last must come from the other side (measured on 6.18: a
    # RST from the SYN's own sender is window-checked, whatever its ACK number)
    if (((st & IPS_SEEN_REPLY and v[L_INDEX] == SYN_SET and v[L_DIR] != dir)
            or (not st & IPS_ASSURED and v[L_INDEX] == ACK_SET)) and pkt.ack == v[L_END]):
        return True, new        # RST for a SYN or ACK we let through while out of sync
    if old == SYN_SENT and v[L_INDEX] == ACK_SET and v[L_DIR] == IP_CT_DIR_REPLY and pkt.seq == v[L_ACK]:
        return True, new        # RST answering a challenge ACK
    return False, new


def set_closing(tr, ct) -> None:
    """nf_conntrack_tcp_set_closing(): the local stack (REJECT --reject-with tcp-reset) sent a RST
    for this connection, so it moves to CLOSE with the CLOSE timeout at once."""
    if ct is None or ct.protonum != 6:
        return
    old, ct.proto = ct.proto, CLOSE
    if old == CLOSE or ct.status & 1024:        # IPS_FIXED_TIMEOUT
        return
    _set_timeout(tr, ct, tr.tcp_timeouts[CLOSE])
    tr.event(ct, IPCT_PROTOINFO)


def _set_timeout(tr, ct, timeout):
    ct.timeout = tr.now + timeout if ct.status & 8 else timeout      # IPS_CONFIRMED: absolute


# the handshake's fast paths use this module's tables and helpers
from .tcp_handshake import syn_new, synack_sent  # noqa: E402
