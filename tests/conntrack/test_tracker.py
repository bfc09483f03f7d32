"""Fast unit tests of the tracker: tables, lookups, ctinfo, timeouts, sysctls, pickling, limits."""
import pickle

from scapy.layers.inet import ICMP, IP, TCP, UDP
from scapy.packet import Raw

from pyiptables.conntrack import (IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY, IP_CT_INVALID, IP_CT_NEW,
                                  IP_CT_RELATED_REPLY, IP_CT_UNTRACKED, IPS_ASSURED, IPS_SEEN_REPLY,
                                  NF_ACCEPT, NF_DROP, Conn, Tracker, pack, unpack)
from pyiptables.conntrack import proto_tcp as T
from pyiptables.packet import Packet, aton

A, B = "10.0.1.2", "10.0.2.2"


class S(dict):
    def get(self, k, d=None):
        return dict.get(self, k, d)


def P(scapy_pkt, ts=0.0):
    return Packet(bytes(scapy_pkt), ts=ts)


def feed(tr, p, now, hook=0):
    v = tr.conntrack_in(p, hook, now)
    if v == NF_ACCEPT:
        tr.confirm(p, now)
    return p


def tcp(src, dst, sp, dp, fl, seq=0, ack=0, data=b"", win=1000):
    p = IP(src=src, dst=dst) / TCP(sport=sp, dport=dp, flags=fl, seq=seq, ack=ack, window=win)
    return P(p / Raw(data) if data else p)


def handshake(tr, t=0.0, sp=1234):
    feed(tr, tcp(A, B, sp, 80, "S", 100), t)
    feed(tr, tcp(B, A, 80, sp, "SA", 500, 101), t + 0.1)
    return feed(tr, tcp(A, B, sp, 80, "A", 101, 501), t + 0.2)


def test_state_table_and_index():
    assert T.conntrack_index(T.RST | T.ACK) == T.RST_SET
    assert T.conntrack_index(T.SYN | T.ACK) == T.SYNACK_SET
    assert T.conntrack_index(T.FIN | T.ACK | T.PSH) == T.FIN_SET
    assert T.conntrack_index(0) == T.NONE_SET
    assert T.TCP_CONNTRACKS[0][T.SYN_SET][T.TIME_WAIT] == T.SYN_SENT          # reopen
    assert T.TCP_CONNTRACKS[1][T.SYN_SET][T.SYN_SENT] == T.SYN_SENT2          # simultaneous open
    assert T.TCP_CONNTRACKS[0][T.ACK_SET][T.NONE] == T.ESTABLISHED            # loose pickup
    assert (T.SYN | T.FIN) not in T.VALID_FLAGS and (T.ACK | T.URG) in T.VALID_FLAGS


def test_pack_roundtrip_and_icmp_tuple():
    k = pack(aton(A), aton(B), 6, 1234, 80, zone=7)
    assert unpack(k) == (aton(A), aton(B), 6, 1234, 80) and k >> 104 == 7
    tr = Tracker()
    p = feed(tr, P(IP(src=A, dst=B) / ICMP(type=8, id=42)), 1.0)
    assert p.ct.tuple_orig == (aton(A), aton(B), 1, 42, 8 << 8)
    assert p.ct.tuple_reply == (aton(B), aton(A), 1, 42, 0)


def test_handshake_ctinfo_events_and_assured():
    ev = []
    tr = Tracker(sink=ev.append)
    p = feed(tr, tcp(A, B, 1234, 80, "S", 100), 0.0)
    assert p.ctinfo == IP_CT_NEW and p.ct.proto == T.SYN_SENT
    p = feed(tr, tcp(B, A, 80, 1234, "SA", 500, 101), 0.1)
    assert p.ctinfo == IP_CT_ESTABLISHED_REPLY and p.ct.status & IPS_SEEN_REPLY
    p = feed(tr, tcp(A, B, 1234, 80, "A", 101, 501), 0.2)
    assert p.ctinfo == IP_CT_ESTABLISHED and p.ct.status & IPS_ASSURED
    assert [e.kind for e in ev] == ["NEW", "UPDATE", "UPDATE"]
    assert ev[0] == ("    [NEW] tcp      6 120 SYN_SENT src=10.0.1.2 dst=10.0.2.2 sport=1234 dport=80 "
                     "[UNREPLIED] src=10.0.2.2 dst=10.0.1.2 sport=80 dport=1234")
    assert ev[2].endswith("[ASSURED]") and " 432000 ESTABLISHED " in ev[2]
    assert len(tr) == 1


def test_invalid_flags_and_loose():
    tr = Tracker(S({"net.netfilter.nf_conntrack_tcp_loose": "0"}))
    p = feed(tr, tcp(A, B, 1, 2, "SF"), 0)
    assert p.ct is None and p.ctinfo == IP_CT_INVALID
    p = feed(tr, tcp(A, B, 1, 2, "A", 5, 6), 0)
    assert p.ct is None and len(tr) == 0
    tr.configure(S({}))
    p = feed(tr, tcp(A, B, 1, 2, "A", 5, 6), 0)
    assert p.ct.proto == T.ESTABLISHED and p.ct.timeout == 300      # unacknowledged, no reply yet


def test_untracked_and_already_tracked_are_left_alone():
    tr = Tracker()
    p = tcp(A, B, 1, 2, "S")
    p.nfct_untracked = True
    assert tr.conntrack_in(p, 0, 0) == NF_ACCEPT and p.ct is None and p.ctinfo == IP_CT_UNTRACKED
    q = handshake(tr)
    ct = q.ct
    assert tr.conntrack_in(q, 0, 1.0) == NF_ACCEPT and q.ct is ct


def test_rst_to_syn_kills_and_reopen_from_time_wait():
    ev = []
    tr = Tracker(sink=ev.append)
    feed(tr, tcp(A, B, 9, 80, "S", 100), 0)
    feed(tr, tcp(B, A, 80, 9, "RA", 0, 101), 0.1)
    assert len(tr) == 0 and ev[-1].startswith("[DESTROY] tcp      6 119 CLOSE")


def test_icmp_error_is_related():
    tr = Tracker()
    q = IP(src=A, dst=B) / UDP(sport=4444, dport=53) / Raw(b"x")
    feed(tr, P(q), 0)
    err = feed(tr, P(IP(src=B, dst=A) / ICMP(type=3, code=3) / bytes(q)[:28]), 0.1)
    assert err.ctinfo == IP_CT_RELATED_REPLY and err.ct.tuple_orig[3] == 4444
    bogus = feed(tr, P(IP(src=B, dst="10.9.9.9") / ICMP(type=3, code=3) / bytes(q)[:28]), 0.2)
    assert bogus.ct is None


def test_udp_timeouts_and_expiry():
    ev = []
    tr = Tracker(S({"net.netfilter.nf_conntrack_udp_timeout": "5",
                    "net.netfilter.nf_conntrack_udp_timeout_stream": "50"}), sink=ev.append)
    p = feed(tr, P(IP(src=A, dst=B) / UDP(sport=1, dport=2)), 0)
    assert p.ct.timeout == 5
    feed(tr, P(IP(src=B, dst=A) / UDP(sport=2, dport=1)), 1)
    feed(tr, P(IP(src=A, dst=B) / UDP(sport=1, dport=2)), 3)         # > 2 s after creation: a stream
    assert p.ct.status & IPS_ASSURED and p.ct.timeout == 53
    assert tr.expire(100) == 1 and len(tr) == 0 and ev[-1].startswith("[DESTROY] udp      17 src=")


def test_pickle_roundtrip_keeps_tcp_state():
    tr = Tracker()
    handshake(tr)
    tr2 = pickle.loads(pickle.dumps(tr))
    ct = next(tr2.entries())
    assert ct.proto == T.ESTABLISHED and ct.pdata == next(tr.entries()).pdata
    p = feed(tr2, tcp(A, B, 1234, 80, "FA", 101, 501), 1.0)
    assert p.ct is ct and ct.proto == T.FIN_WAIT


def test_table_full_drops_unless_early_drop():
    tr = Tracker(S({"net.netfilter.nf_conntrack_max": "1"}))
    handshake(tr)                                                      # ASSURED: cannot be dropped
    p = tcp(A, B, 7, 80, "S")
    assert tr.conntrack_in(p, 0, 1.0) == NF_DROP
    tr2 = Tracker(S({"net.netfilter.nf_conntrack_max": "1"}))
    feed(tr2, tcp(A, B, 7, 80, "S"), 0)
    p = feed(tr2, tcp(A, B, 8, 80, "S"), 0.1)
    assert p.ct is not None and len(tr2) == 1 and tr2.stats[5] == 1


def test_acct_counters_in_listing():
    from pyiptables.conntrack.output import format_line, record
    tr = Tracker(S({"net.netfilter.nf_conntrack_acct": "1"}))
    handshake(tr)
    line = format_line(record(next(tr.entries()), 1.0))
    assert "dport=80 packets=2 bytes=80 src=" in line and "dport=1234 packets=1 bytes=40 [ASSURED]" in line


def test_events_off():
    ev = []
    tr = Tracker(S({"net.netfilter.nf_conntrack_events": "0"}), sink=ev.append)
    handshake(tr)
    assert ev == []


def test_events_autodetect_follow_the_listener_at_allocation():
    """nf_conntrack_events=2 (the default): an entry gets the event extension only while someone
    listens when it is made; one made unheard never reports, not even its DESTROY."""
    ev = []
    tr = Tracker(S({"net.netfilter.nf_conntrack_events": "2"}), sink=ev.append)
    tr.ecache_begin(False)
    handshake(tr, 0.0, sp=1)
    tr.ecache_begin(True)
    handshake(tr, 1.0, sp=2)
    assert [e.kind for e in ev] == ["NEW", "UPDATE", "UPDATE"] and all(" sport=2 " in e for e in ev)
    ev.clear()
    tr = pickle.loads(pickle.dumps(tr))
    tr.sink = ev.append
    tr.ecache_begin(True)
    for ct in list(tr.entries()):
        tr.kill(ct)
    assert [e.kind for e in ev] == ["DESTROY"] and " sport=2 " in ev[0]
    tr.configure(S({"net.netfilter.nf_conntrack_events": "1"}))
    tr.ecache_begin(False)              # 1: always
    handshake(tr, 2.0, sp=3)
    assert len(ev) == 4


def test_conn_is_compact():
    assert not hasattr(Conn(0, 0), "__dict__")


def test_zone_of_the_original_direction_only_finds_the_reply():
    """CT --zone-orig 9 on both directions' packets (kernel lab: one entry, the reply
    ESTABLISHED): the reply is looked up again with the reply direction's zone id (0)."""
    from pyiptables.conntrack.conn import IPS_TEMPLATE
    tmpl = Conn(0, 0, 9)
    tmpl.status = IPS_TEMPLATE
    tmpl.ensure_ext().zone_dir = 1
    tr = Tracker()
    q = P(IP(src=A, dst=B) / UDP(sport=5354, dport=5354))
    q.ct = tmpl
    feed(tr, q, 0.0)
    r = P(IP(src=B, dst=A) / UDP(sport=5354, dport=5354))
    r.ct = tmpl
    feed(tr, r, 0.1)
    assert r.ctinfo == IP_CT_ESTABLISHED_REPLY and r.ct is q.ct and len(tr) == 1
    assert q.ct.zone == 9 and q.ct.zone_dir == 1


def test_udplite_checksum_uses_the_udp_pseudo_header():
    # udplite_error() hands IPPROTO_UDP to nf_checksum_partial(): a checksum made with UDP-Lite's
    # own protocol number (RFC 3828) is bad for conntrack, one made with 17 is good (measured)
    import struct
    from socket import inet_aton

    from tests.kernel.capture import csum

    def lite(proto, cov, sp):
        u = bytearray(struct.pack("!HHHH", sp, 7000, cov, 0) + b"payload")
        ph = inet_aton(A) + inet_aton(B) + struct.pack("!BBH", 0, proto, len(u))
        u[6:8] = struct.pack("!H", csum(ph + bytes(u[:cov or len(u)])) or 0xFFFF)
        return P(IP(src=A, dst=B, proto=136) / Raw(bytes(u)))
    for proto, cov, ok in ((17, 8, True), (17, 0, True), (17, 9, True), (136, 8, False), (136, 0, False)):
        tr = Tracker()
        p = feed(tr, lite(proto, cov, 2000 + cov), 0.0)
        assert (p.ctinfo != IP_CT_INVALID and len(tr) == 1) == ok, (proto, cov)
    tr = Tracker().configure(S({"net.netfilter.nf_conntrack_checksum": "0"}))
    assert feed(tr, lite(136, 8, 3000), 0.0).ctinfo == IP_CT_NEW
