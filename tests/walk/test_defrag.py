"""IPv4 reassembly (walk/defrag.py) as the kernel's ip_defrag does it; the stack-level behaviour (what
the tables count) is measured in tests/scenarios/ct-fragments and frag-no-conntrack."""
from __future__ import annotations

from scapy.layers.inet import IP, UDP, fragment
from scapy.packet import Raw

from pyiptables.packet import Packet, ip_checksum
from pyiptables.walk.defrag import BROKEN, DUPLICATE, OK, QUEUED, USER_CONNTRACK_IN, Defrag

WHOLE = IP(src="192.168.1.10", dst="8.8.8.8", id=7, ttl=33, options=[]) / UDP(sport=5000, dport=53) / Raw(b"x" * 2500)


def frags(dg=WHOLE, size=1000):
    return [Packet(bytes(f)) for f in fragment(dg, fragsize=size)]


def feed(d, pkts, now=1.0):
    return [d.gather(p, USER_CONNTRACK_IN, now) for p in pkts]


def test_in_any_order_the_last_fragment_becomes_the_whole_datagram():
    for order in ((0, 1, 2), (2, 0, 1), (1, 2, 0)):
        d, fs = Defrag(), frags()
        got = feed(d, [fs[i] for i in order])
        assert got == [QUEUED, QUEUED, OK]
        p = fs[order[-1]]
        assert bytes(p.data) == bytes(IP(bytes(WHOLE)))           # head's header, no fragment bits
        assert p.len == len(bytes(WHOLE)) and not p.frag and p.sport == 5000 and p.ttl == 33
        assert ip_checksum(p.data, 0, p.ihl) == 0 and not d.queues


def test_a_duplicate_is_dropped_alone_an_overlap_kills_the_datagram():
    d, fs = Defrag(), frags()
    assert feed(d, [fs[0], fs[1], Packet(bytes(fs[1].data)), fs[2]]) == [QUEUED, QUEUED, DUPLICATE, OK]
    d, fs = Defrag(), frags()
    over = IP(bytes(fragment(WHOLE, fragsize=1000)[1]))
    over.frag -= 1
    del over.chksum
    assert feed(d, [fs[0], Packet(bytes(over)), fs[1], fs[2]]) == [QUEUED, BROKEN, QUEUED, QUEUED]


def test_fragments_wait_ipfrag_time_from_the_first_one():
    d, fs = Defrag(timeout=30.0), frags()
    assert d.gather(fs[0], USER_CONNTRACK_IN, 1.0) == QUEUED
    assert d.gather(fs[1], USER_CONNTRACK_IN, 20.0) == QUEUED
    assert d.gather(fs[2], USER_CONNTRACK_IN, 31.5) == QUEUED    # the queue expired at 31: a new one


def test_too_many_fragments_from_the_source_in_between_restart_the_queue():
    d, fs = Defrag(max_dist=64), frags()
    d.gather(fs[0], USER_CONNTRACK_IN, 1.0)
    for i in range(65):                                           # other datagrams' fragments from the same host
        other = IP(src="192.168.1.10", dst="8.8.8.8", id=100 + i, flags="MF") / UDP(sport=1, dport=2) / Raw(b"y" * 16)
        d.gather(Packet(bytes(other)), USER_CONNTRACK_IN, 1.0)
    assert feed(d, fs[1:]) == [QUEUED, QUEUED]                    # fs[0] was forgotten (ip_frag_reinit)


def test_a_reassembled_datagram_is_cut_again_as_measured():
    """fragment_count(): the frames ip_do_fragment() makes (kernel lab, scenario
    refragment-reassembled): the fragments as they came when each fits the device's MTU (capped at
    the largest one received), else pieces of the MTU: 576 + 1200 bytes of data through MTU 1000
    left as 976 + 800, 2908 in 1480-byte fragments out of order through 1500 as 1480 + 1428."""
    from pyiptables.walk.defrag import fragment_count
    d = Defrag()
    dg = IP(src="198.51.100.7", dst="192.168.1.10", id=2, proto=17) / UDP(sport=1, dport=2) / (b"b" * 1768)
    data = bytes(dg)[20:]
    first = Packet(bytes(IP(src="198.51.100.7", dst="192.168.1.10", id=2, proto=17, flags="MF") / Raw(data[:576])))
    last = Packet(bytes(IP(src="198.51.100.7", dst="192.168.1.10", id=2, proto=17, frag=72) / Raw(data[576:])))
    assert feed(d, [first, last]) == [QUEUED, OK]
    assert last.frag_geom == (1220, (576, 1200))
    assert fragment_count(last, 1500) == 2 and fragment_count(last, 1000) == 2 and fragment_count(last, 500) == 4
    fs = frags(IP(src="198.51.100.7", dst="198.51.100.9", id=3) / UDP(sport=1, dport=2) / (b"c" * 2900), 1480)
    assert feed(d, fs[::-1]) == [QUEUED, OK]
    assert fs[0].frag_geom == (1500, (1480, 1428)) and fragment_count(fs[0], 1500) == 2
    small = frags(IP(src="198.51.100.7", dst="192.168.1.10", id=1) / UDP(sport=1, dport=2) / (b"a" * 300), 200)
    assert feed(d, small) == [QUEUED, OK] and small[1].len < 1500 and fragment_count(small[1], 1500) == 2
