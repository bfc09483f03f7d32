"""The NAT core's choices that the kernel makes deterministically, as measured in the kernel lab
(tests/scenarios/nat-address-ranges, nat-snat-port-range, nat-snat-clash): the address of an
address range, the reuse of a client's newest mapping, and the eviction of a TIME_WAIT entry."""
from __future__ import annotations

from scapy.layers.inet import IP, TCP, UDP

from pyiptables.conntrack import Tracker
from pyiptables.conntrack.nat import (MANIP_DST, MANIP_SRC, RANGE_MAP_IPS, RANGE_PERSISTENT, RANGE_PROTO_SPECIFIED,
                                      NatCore, Range)
from pyiptables.packet import Packet, aton, ntoa
from pyiptables.xtables import NF_ACCEPT, NF_DROP, POST_ROUTING, PRE_ROUTING


def send(tr, ip, now=1.0, hook=PRE_ROUTING):
    pkt = Packet(bytes(ip))
    assert tr.conntrack_in(pkt, hook, now) == NF_ACCEPT
    return pkt


def new_flow(tr, nat, ip, rng, manip=MANIP_SRC, now=1.0):
    """A connection's first packet: conntrack, the binding, confirmation. Returns (ct, confirm verdict)."""
    pkt = send(tr, ip, now)
    nat.setup_info(pkt.ct, rng, manip)
    other = MANIP_DST if manip == MANIP_SRC else MANIP_SRC
    nat.alloc_null_binding(pkt.ct, PRE_ROUTING if other == MANIP_DST else POST_ROUTING)
    return pkt.ct, tr.confirm(pkt, now)


def reply_dst(ct):
    s, d, p, sp, dp = ct.tuple_reply
    return ntoa(d), dp


def reply_src(ct):
    s, d, p, sp, dp = ct.tuple_reply
    return ntoa(s), sp


def addr_range(lo, hi, flags=0):
    return Range(RANGE_MAP_IPS | flags, aton(lo), aton(hi))


def test_snat_address_range_hashes_client_and_server():
    tr = Tracker()
    nat = NatCore(tr)
    rng = addr_range("10.0.2.100", "10.0.2.110")
    for port, (client, server, chosen) in enumerate((("192.168.1.10", "93.184.216.34", "10.0.2.107"),
                                                     ("192.168.1.10", "1.1.1.1", "10.0.2.100"),
                                                     ("192.168.1.20", "1.1.1.1", "10.0.2.109"),
                                                     ("10.0.1.2", "8.8.8.8", "10.0.2.106")), 30001):
        ct, _ = new_flow(tr, nat, IP(src=client, dst=server) / TCP(sport=port, dport=80, flags="S"), rng)
        assert reply_dst(ct) == (chosen, port)
    # the same client and source port again: its mapping is reused whatever the server (find_appropriate_src)
    ct, _ = new_flow(tr, nat, IP(src="192.168.1.10", dst="1.1.1.1") / TCP(sport=30001, dport=443, flags="S"), rng)
    assert reply_dst(ct) == ("10.0.2.107", 30001)


def test_persistent_address_range_ignores_the_server():
    tr = Tracker()
    nat = NatCore(tr)
    rng = addr_range("10.0.2.200", "10.0.2.209", RANGE_PERSISTENT)
    for port, (client, server, chosen) in enumerate((("192.168.1.10", "8.8.8.8", "10.0.2.209"),
                                                     ("192.168.1.10", "1.1.1.1", "10.0.2.209"),
                                                     ("192.168.1.20", "8.8.8.8", "10.0.2.204"),
                                                     ("192.168.7.3", "1.1.1.1", "10.0.2.203")), 30001):
        ct, _ = new_flow(tr, nat, IP(src=client, dst=server) / UDP(sport=port, dport=53), rng)
        assert reply_dst(ct)[0] == chosen


def test_dnat_address_range_hashes_the_client():
    tr = Tracker()
    nat = NatCore(tr)
    rng = addr_range("192.168.1.20", "192.168.1.29")
    for client, chosen in (("203.0.113.7", "192.168.1.23"), ("1.1.1.1", "192.168.1.26"), ("8.8.8.8", "192.168.1.22")):
        ct, _ = new_flow(tr, nat, IP(src=client, dst="10.0.2.1") / TCP(sport=40000, dport=8080, flags="S"), rng,
                         MANIP_DST)
        assert reply_src(ct) == (chosen, 8080)


def test_a_clients_newest_mapping_is_reused():
    tr = Tracker()
    nat = NatCore(tr)
    rng = Range(RANGE_MAP_IPS | RANGE_PROTO_SPECIFIED, aton("10.0.2.1"), aton("10.0.2.1"), 20000, 20001)

    def flow(client, cport, server):
        return new_flow(tr, nat, IP(src=client, dst=server) / TCP(sport=cport, dport=80, flags="S"), rng)[0]

    assert reply_dst(flow("192.168.1.20", 20000, "93.184.216.34"))[1] == 20000
    assert reply_dst(flow("192.168.1.10", 20000, "93.184.216.34"))[1] == 20001     # the clash: the free one
    assert reply_dst(flow("192.168.1.30", 20001, "8.8.8.8"))[1] == 20001
    assert reply_dst(flow("192.168.1.10", 20000, "8.8.8.8"))[1] == 20000           # 20001 taken there
    assert reply_dst(flow("192.168.1.10", 20000, "9.9.9.9"))[1] == 20000           # the newest of 20001, 20000


def test_a_snat_clash_evicts_a_time_wait_entry_once_the_sequence_has_advanced():
    tr = Tracker()
    nat = NatCore(tr)
    rng = Range(RANGE_MAP_IPS | RANGE_PROTO_SPECIFIED, aton("10.0.2.1"), aton("10.0.2.1"), 6000, 6000)
    web, pub = "93.184.216.34", "10.0.2.1"

    def a(flags, seq, ack=0, now=1.0):
        return send(tr, IP(src="192.168.1.10", dst=web) / TCP(sport=40000, dport=80, flags=flags, seq=seq, ack=ack), now)

    def s(flags, seq, ack, now=1.0):
        return send(tr, IP(src=web, dst=pub) / TCP(sport=80, dport=6000, flags=flags, seq=seq, ack=ack), now)

    pkt = a("S", 1000)
    nat.setup_info(pkt.ct, rng, MANIP_SRC)
    assert tr.confirm(pkt, 1.0) == NF_ACCEPT
    first = pkt.ct
    s("SA", 5000, 1001)
    a("A", 1001, 5001)
    syn_b = IP(src="192.168.1.20", dst=web) / TCP(sport=40000, dport=80, flags="S", seq=50000)
    _, verdict = new_flow(tr, nat, syn_b, rng)
    assert verdict == NF_DROP                                     # ESTABLISHED: not evicted, clash at confirm
    a("FA", 1001, 5001)
    s("FA", 5001, 1002)
    a("A", 1002, 5002)
    assert tr.table.get(first.korig) is first
    low = IP(src="192.168.1.40", dst=web) / TCP(sport=40000, dport=80, flags="S", seq=10)
    _, verdict = new_flow(tr, nat, low, rng)
    assert verdict == NF_DROP                                     # TIME_WAIT, but seq 10 is behind 1002
    ct, verdict = new_flow(tr, nat, syn_b, rng)
    assert verdict == NF_ACCEPT and reply_dst(ct) == (pub, 6000)  # evicted: DESTROY, port reused
    assert tr.table.get(first.korig) is None
