"""proto_tcp.established_ack (the fast path for in-window ACKs of ESTABLISHED entries) against the
long way (tcp_packet(fast=False)): randomised TCP conversations are fed to two trackers side by
side, and after every segment the verdict, ctinfo, state, window fields (pdata), timeout, status
bits, mark, counters, table size, statistics and events must be identical.

The conversations follow sequence numbers as real peers do (so most segments are in window and
the fast path runs), then perturb them: retransmissions, segments before or beyond the window,
ACKs of unsent data, window changes and zero windows, window scaling, SACK blocks, FIN and RST
mixes, mid-stream pickups, bad checksums, NAT sequence adjustment, and the loose / be_liberal /
ignore_invalid_rst / max_retrans / timeout sysctls."""
import random
import struct

import pytest

from pyiptables.conntrack import Tracker, core
from pyiptables.conntrack import proto_tcp as T
from pyiptables.packet import Packet

M32 = 0xFFFFFFFF


def _csum(b):
    if len(b) & 1:
        b += b"\0"
    s = sum(struct.unpack(f"!{len(b) // 2}H", b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def segment(src, dst, sp, dp, flags, seq, ack, win, opts=b"", data=b"", badsum=False):
    opts += b"\0" * (-len(opts) % 4)              # end-of-list padding: the header holds all options
    doff = 5 + len(opts) // 4
    l4 = struct.pack("!HHIIBBHHH", sp, dp, seq & M32, ack & M32, doff << 4, flags, win, 0, 0) + opts + data
    pseudo = struct.pack("!IIBBH", src, dst, 0, 6, len(l4))
    c = _csum(pseudo + l4) ^ (0x1234 if badsum else 0)
    l4 = l4[:16] + struct.pack("!H", c) + l4[18:]
    return struct.pack("!BBHHHBBHII", 0x45, 0, 20 + len(l4), 1, 0, 64, 6, 0, src, dst) + l4


def syn_options(r):
    c = r.random()
    if c < 0.3:
        return b""
    mss = b"\x02\x04\x05\xb4"
    if c < 0.5:
        return mss + b"\x04\x02\x00\x00"                                # SACK permitted
    return mss + b"\x04\x02\x01\x03\x03" + bytes([r.choice([0, 1, 2, 7, 14, 15])])   # + window scale


def data_options(r, peer_next):
    c = r.random()
    if c < 0.75:
        return b""
    if c < 0.85:
        return b"\x01\x01\x08\x0a" + r.randbytes(8)                   # timestamps (skipped by tcp_sack)
    if c < 0.97:
        blocks = b""
        for _ in range(r.choice([1, 2, 3])):
            left = (peer_next + r.randrange(-3000, 90000)) & M32
            blocks += struct.pack("!II", left, (left + r.randrange(1, 3000)) & M32)
        o = b"\x01\x01\x05" + bytes([2 + len(blocks)]) + blocks
        return o + b"\x01" * (-len(o) % 4)
    return r.randbytes(4 * r.randrange(1, 4))                          # garbage


class Flow:
    def __init__(self, r, i):
        self.a, self.b = 0x0A000001 + i, 0xC0A80001 + r.randrange(4)
        self.sp, self.dp = r.randrange(1024, 65535), r.choice((80, 443, 22))
        self.nxt = [r.getrandbits(32), r.getrandbits(32)]     # next sequence number per direction
        self.win = [r.choice((65535, 65535, 29200, r.randrange(1, 65536))) for _ in range(2)]
        self.acked = list(self.nxt)             # the last ACK each direction's data got
        self.opened = r.random() < 0.85                       # else: picked up mid-stream
        self.step = 0


def conversation_step(r, f):
    """(direction, flags, seq, ack, win, opts, data, badsum) of the flow's next segment."""
    if f.opened and f.step < 3:
        d, flags = ((0, T.SYN), (1, T.SYN | T.ACK), (0, T.ACK))[f.step]
        f.step += 1
        seq, ack = f.nxt[d], f.nxt[1 - d] if flags & T.ACK else 0
        if flags & T.SYN:
            f.nxt[d] = (seq + 1) & M32
        if flags & T.ACK:
            f.acked[1 - d] = ack
        return d, flags, seq, ack, f.win[d], syn_options(r) if flags & T.SYN else b"", b"", False
    d = int(r.random() < 0.45)
    x = r.random()
    flags = (T.ACK if x < 0.45 else T.ACK | T.PSH if x < 0.88 else
             r.choice((T.FIN | T.ACK, T.RST, T.RST | T.ACK, T.SYN, T.SYN | T.ACK, T.ACK | T.URG,
                       T.ACK | T.ECE, T.FIN | T.ACK | T.PSH, 0, T.FIN)))
    size = r.choice((0, 0, 0, 1, 10, 100, 536, 1400)) if flags & (T.PSH | T.ACK) else 0
    room = (f.acked[d] + f.win[1 - d] - f.nxt[d]) & M32
    if r.random() < 0.9:
        size = min(size, room if room < 1 << 31 else 0)        # most peers respect the window
    data = r.randbytes(size)
    seq, ack = f.nxt[d], f.nxt[1 - d]
    y = r.random()
    if y < 0.06:
        seq = (seq - r.randrange(1, 4000)) & M32                     # retransmission / old data
    elif y < 0.09:
        seq = (seq + r.randrange(1, 300000)) & M32                   # beyond the window, maybe
    elif y < 0.11:
        seq = r.getrandbits(32)
    z = r.random()
    if z < 0.04:
        ack = (ack + r.randrange(1, 100000)) & M32                   # acks data never sent
    elif z < 0.08:
        ack = (ack - r.randrange(1, 100000)) & M32                   # old ack
    elif z < 0.09:
        ack = 0
    if r.random() < 0.1:
        f.win[d] = r.choice((0, 1, r.randrange(65536), 65535))
    if flags & T.ACK:
        f.acked[1 - d] = ack
    if y >= 0.11 and r.random() < 0.97:
        f.nxt[d] = (seq + len(data) + (1 if flags & (T.SYN | T.FIN) else 0)) & M32
    if r.random() < 0.004:
        f.step = 0 if r.random() < 0.7 else 3                        # a new connection (or a pickup)
        if r.random() < 0.7:
            f.sp = r.randrange(1024, 65535)                          # else: the same ports again
        f.nxt = [r.getrandbits(32), r.getrandbits(32)]
        f.acked = list(f.nxt)
    return d, flags, seq, ack, f.win[d], data_options(r, f.nxt[1 - d]), data, r.random() < 0.01


def sysctls(r):
    s = {}
    if r.random() < 0.3:
        s["net.netfilter.nf_conntrack_tcp_be_liberal"] = "1"
    if r.random() < 0.3:
        s["net.netfilter.nf_conntrack_tcp_loose"] = "0"
    if r.random() < 0.2:
        s["net.netfilter.nf_conntrack_tcp_ignore_invalid_rst"] = "1"
    if r.random() < 0.2:
        s["net.netfilter.nf_conntrack_checksum"] = "0"
    if r.random() < 0.3:
        s["net.netfilter.nf_conntrack_acct"] = "1"
    if r.random() < 0.3:
        s["net.netfilter.nf_conntrack_tcp_max_retrans"] = str(r.choice((0, 1, 2)))
    if r.random() < 0.3:
        s["net.netfilter.nf_conntrack_tcp_timeout_established"] = str(r.choice((30, 250, 400)))
    if r.random() < 0.2:
        s["net.netfilter.nf_conntrack_tcp_timeout_unacknowledged"] = str(r.choice((10, 500000)))
    return s


def snapshot(tr, pkt, verdict, confirmed, events):
    ct = pkt.ct
    entry = None if ct is None else (ct.korig, ct.krepl, ct.proto, ct.status, ct.timeout, ct.pdata,
                                     ct.mark, None if ct.ext is None else ct.ext.acct)
    return verdict, confirmed, pkt.ctinfo, entry, len(tr.table), tuple(tr.stats), tuple(events)


SLOW = tuple(core.L4_PACKET[:6]) + (lambda ct, pkt, dir, ctinfo, tr: T.tcp_packet(ct, pkt, dir, ctinfo, tr, False),) \
    + tuple(core.L4_PACKET[7:])


def run_pair(seed, count, monkeypatch):
    r = random.Random(seed)
    settings = sysctls(r)
    ev_fast, ev_slow = [], []
    fast, slow = Tracker(settings, sink=lambda e: ev_fast.append(str(e))), \
        Tracker(settings, sink=lambda e: ev_slow.append(str(e)))
    flows = [Flow(r, i) for i in range(r.choice((1, 2, 3, 6)))]
    seqadj_flow = r.choice(flows) if r.random() < 0.3 else None
    fast_calls = [0, 0]
    real = T.established_ack

    def counted(ct, pkt, dir, tr):
        taken = real(ct, pkt, dir, tr)
        fast_calls[taken] += 1
        return taken
    monkeypatch.setattr(T, "established_ack", counted)
    fast_table = core.L4_PACKET
    now = 1000.0
    for k in range(count):
        f = r.choice(flows)
        d, flags, seq, ack, win, opts, data, bad = conversation_step(r, f)
        src, dst, sp, dp = (f.b, f.a, f.dp, f.sp) if d else (f.a, f.b, f.sp, f.dp)
        raw = segment(src, dst, sp, dp, flags, seq, ack, win, opts, data, bad)
        now += r.choice((0.001, 0.001, 0.001, 0.5, 2.0, 40.0, 400.0)) if r.random() < 0.05 else 0.0001
        hook = 0 if r.random() < 0.9 else 3
        confirm = r.random() < 0.97
        out = []
        for tr, events, table in ((fast, ev_fast, fast_table), (slow, ev_slow, SLOW)):
            core.L4_PACKET = table
            try:
                p = Packet(raw)
                tr.expire(now)
                v = tr.conntrack_in(p, hook, now)
                c = tr.confirm(p, now) if v == 1 and confirm else None
                if f is seqadj_flow and p.ct is not None and p.ct.status & 8:
                    p.ct.ensure_ext().seqadj = lambda ct, dir, s: 1000 * (dir + 1)
            finally:
                core.L4_PACKET = fast_table
            out.append(snapshot(tr, p, v, c, events))
            events.clear()
        assert out[0] == out[1], f"seed {seed}, segment {k}: {raw.hex()}"
    return fast_calls


@pytest.mark.parametrize("seed", range(40))
def test_fast_path_matches_long_way(seed, monkeypatch):
    run_pair(seed, 1500, monkeypatch)


def test_fast_path_is_exercised(monkeypatch):
    """The generator must reach the fast path often, and also make it give up often."""
    taken = [0, 0]
    for seed in range(8):
        calls = run_pair(1000 + seed, 1500, monkeypatch)
        taken[0] += calls[0]
        taken[1] += calls[1]
    assert taken[1] > 800 and taken[0] > 1500, taken


def handshake_options(r, peer_next):
    """SYN and SYN/ACK options: none, MSS, SACK-permitted, window scale (some out of range),
    timestamps, a SACK block ending at or just before the peer's next sequence number (illegal on
    a SYN, read anyway) or anywhere, truncated or garbage."""
    c = r.random()
    if c < 0.75:
        return syn_options(r)
    if c < 0.84:
        return b"\x01\x01\x08\x0a" + r.randbytes(8)
    if c < 0.95:
        right = (peer_next - r.randrange(3)) & M32 if r.random() < 0.7 else r.getrandbits(32)
        return b"\x01\x01\x05\x0a" + struct.pack("!II", (right - r.randrange(1, 3000)) & M32, right)
    return r.randbytes(4 * r.randrange(1, 4))


def handshake_step(r, f):
    """Mostly new connections: SYN (sometimes twice, with data, odd ack numbers or windows),
    SYN/ACK (sometimes wrong, retransmitted or replaced by a plain ACK, RST or SYN), the ACK
    (sometimes early, with data, or answering the wrong number), then a little data."""
    if f.step >= 3 + r.randrange(3) or r.random() < 0.03:
        f.step = 0
        f.sp = r.randrange(1024, 65535) if r.random() < 0.8 else f.sp
        f.nxt = [r.getrandbits(32), r.getrandbits(32)]
        f.acked = list(f.nxt)
        f.win = [r.choice((65535, 29200, 0, 1, r.randrange(65536))) for _ in range(2)]
    step = f.step
    f.step += 1 if r.random() < 0.9 else 0                     # else: this step again (a retransmission)
    d, flags = ((0, T.SYN), (1, T.SYN | T.ACK), (0, T.ACK))[step] if step < 3 else \
        (int(r.random() < 0.5), T.ACK | T.PSH)
    if r.random() < 0.08:
        flags = r.choice((T.SYN | T.URG, T.SYN | T.PSH | T.ECE | T.CWR, T.SYN | T.ACK | T.PSH, T.SYN | T.ACK | T.URG,
                          T.ACK, T.RST, T.RST | T.ACK, T.SYN, T.FIN | T.ACK))
    if r.random() < 0.05:
        d = 1 - d
    seq, ack = f.nxt[d], f.nxt[1 - d] if flags & T.ACK else (0 if r.random() < 0.8 else r.getrandbits(32))
    y = r.random()
    if y < 0.05:
        seq = r.getrandbits(32)
    elif y < 0.1:
        ack = (ack + r.choice((-2, -1, 1, 2, 70000, -70000))) & M32
    data = r.randbytes(r.choice((1, 10, 600))) if r.random() < 0.08 or step >= 3 else b""
    opts = handshake_options(r, f.nxt[1 - d]) if flags & T.SYN else data_options(r, f.nxt[1 - d])
    f.nxt[d] = (seq + len(data) + (1 if flags & (T.SYN | T.FIN) else 0)) & M32
    if r.random() < 0.05:
        f.win[d] = r.choice((0, 1, 65535))
    return d, flags, seq, ack, f.win[d], opts, data, r.random() < 0.01


def run_handshakes(seed, count):
    r = random.Random(seed)
    settings = sysctls(r)
    if r.random() < 0.3:
        settings["net.netfilter.nf_conntrack_tcp_timeout_syn_sent"] = str(r.choice((1, 200, 400)))
    if r.random() < 0.3:
        settings["net.netfilter.nf_conntrack_tcp_timeout_syn_recv"] = str(r.choice((1, 200, 400)))
    if r.random() < 0.2:
        settings["net.netfilter.nf_conntrack_tcp_timeout_max_retrans"] = str(r.choice((5, 100)))
    ev_fast, ev_slow = [], []
    fast, slow = Tracker(settings, sink=lambda e: ev_fast.append(str(e))), \
        Tracker(settings, sink=lambda e: ev_slow.append(str(e)))
    flows = [Flow(r, i) for i in range(r.choice((1, 2, 4)))]
    for f in flows:
        f.step = 99
    now = 1000.0
    for k in range(count):
        f = r.choice(flows)
        d, flags, seq, ack, win, opts, data, bad = handshake_step(r, f)
        src, dst, sp, dp = (f.b, f.a, f.dp, f.sp) if d else (f.a, f.b, f.sp, f.dp)
        raw = segment(src, dst, sp, dp, flags, seq, ack, win, opts, data, bad)
        now += r.choice((0.001, 2.0, 70.0, 150.0)) if r.random() < 0.05 else 0.0001
        confirm = r.random() < 0.95
        out = []
        for tr, events, table in ((fast, ev_fast, core.L4_PACKET), (slow, ev_slow, SLOW)):
            saved, core.L4_PACKET = core.L4_PACKET, table
            try:
                p = Packet(raw)
                tr.expire(now)
                v = tr.conntrack_in(p, 0, now)
                c = tr.confirm(p, now) if v == 1 and confirm else None
            finally:
                core.L4_PACKET = saved
            out.append(snapshot(tr, p, v, c, events))
            events.clear()
        assert out[0] == out[1], f"seed {seed}, segment {k}: {raw.hex()}"


@pytest.mark.parametrize("seed", range(30))
def test_handshake_fast_paths_match_long_way(seed):
    run_handshakes(seed, 1500)


def test_handshake_fast_paths_are_exercised(monkeypatch):
    """Both handshake fast paths must run often, and the SYN/ACK one must also give up often."""
    from pyiptables.conntrack import tcp_handshake as H
    calls = {}
    for name in ("syn_new", "synack_sent"):
        real = getattr(H, name)

        def counted(ct, pkt, tr, real=real, name=name):
            taken = real(ct, pkt, tr)
            calls.setdefault(name, [0, 0])[taken] += 1
            return taken
        monkeypatch.setattr(T, name, counted)
    for seed in range(4):
        run_handshakes(500 + seed, 1500)
    assert calls["syn_new"][1] > 500 and calls["synack_sent"][1] > 300 and calls["synack_sent"][0] > 30, calls
