"""netbios-ns / snmp (nf_conntrack_broadcast), amanda and sane piece by piece; the whole, against the
kernel, is test_helpers_stack.py with the netbios-ns-*, snmp-*, amanda-* and sane-* scenarios."""
from __future__ import annotations

import struct

import pytest

from pyiptables.conntrack import Tracker
from pyiptables.conntrack.conn import IPS_TEMPLATE, IPS_CONFIRMED, Conn
from pyiptables.conntrack.expect import NF_CT_EXPECT_PERMANENT
from pyiptables.conntrack.helpers import NF_ACCEPT, help as run_helper
from pyiptables.conntrack.helpers import broadcast
from pyiptables.conntrack.helpers.nat import mangle_udp_packet
from pyiptables.host.model import Host
from pyiptables.host.routing import RTCF_BROADCAST, RTCF_LOCAL
from pyiptables.packet import Packet, aton, ip_checksum

from .driver import Sysctls

A, B = "10.0.1.2", "10.0.2.2"
PRE_ROUTING, LOCAL_OUT, POST_ROUTING = 0, 3, 4


def template(name):
    t = Conn(0, 0)
    t.status = IPS_TEMPLATE | IPS_CONFIRMED
    t.ensure_ext().helper = name
    return t


def ip4(src, dst, proto, l4: bytes, csum_at=None) -> Packet:
    """An IPv4 packet with valid header and layer-4 checksums (the one at l4[csum_at:], if any)."""
    s, d = bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(l4), 1, 0, 64, proto, 0, s, d)
    ip = ip[:10] + struct.pack("!H", ip_checksum(ip)) + ip[12:]
    if csum_at is not None:
        c = ip_checksum(s + d + struct.pack("!BBH", 0, proto, len(l4)) + l4) or 0xFFFF
        l4 = l4[:csum_at] + struct.pack("!H", c) + l4[csum_at + 2:]
    return Packet(ip + l4)


def udp(src, dst, sport, dport, payload=b"", csum=True):
    return ip4(src, dst, 17, struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload, 6 if csum else None)


def tcp(src, dst, sport, dport, flags, seq, ack, payload=b""):
    th = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 502, 0, 0)
    return ip4(src, dst, 6, th + payload, 16)


def step(tr, pkt, now, hook=PRE_ROUTING, tmpl=None):
    """conntrack_in, the helper at confirm, confirm: -> the helper's verdict."""
    pkt.ct = tmpl
    assert tr.conntrack_in(pkt, hook, now)
    v = run_helper(tr, pkt, POST_ROUTING, now)
    tr.confirm(pkt, now)
    return v


def expected(tr):
    return sorted((e.proto, e.dport) for e in tr.expectations)


# -- amanda ---------------------------------------------------------------------------------------
def amanda(*replies, t=10.0):
    tr = Tracker(Sysctls({}))
    step(tr, udp(A, B, 850, 10080, b"REQ\n"), t, tmpl=template("amanda"))
    verdicts = [step(tr, udp(B, A, 10080, 850, r), t + 0.1 * (i + 1)) for i, r in enumerate(replies)]
    return tr, verdicts


@pytest.mark.parametrize("reply,ports", [
    (b"CONNECT DATA 50000 MESG 50001 INDEX 50002\n", [50000, 50001, 50002]),
    (b"Amanda 2.6 REP\nxCONNECT INDEX 7 DATA 8\n", [7, 8]),       # anywhere, any order
    (b"CONNECT INDEX 4 MESG 5 DATA 0\n", []),                       # DATA is looked at first: 0 stops
    (b"CONNECT MESG 65536 INDEX 4\n", []),                          # the port keeps 16 bits: 0
    (b"CONNECT INDEX 123456\n", [12345]),                           # five digits are read
    (b"CONNECT DATA  80\n", []),                                    # no blank skipped
    (b"CONNECT DATA 80 MESG 81", []),                               # no newline
    (b"CONNECT DATA 80\nMESG 81\n", [80]),                          # only up to the first newline
    (b"CONNECT DATA 8", []),
    (b"connect DATA 80\n", []),                                     # case matters
    (b"CONNECTDATA 80\n", []),
    (b"CONNECT DATA 80MESG 81\n", [80, 81]),
])
def test_amanda_reply(reply, ports):
    tr, verdicts = amanda(reply)
    assert verdicts == [NF_ACCEPT]
    assert expected(tr) == [(6, p) for p in ports]
    for e in tr.expectations:
        assert (e.src, e.dst, e.smask, e.spmask) == (aton(A), aton(B), 0xFFFFFFFF, 0)
        assert e.timeout == pytest.approx(10.1 + 180)


def test_amanda_reads_replies_only_and_refreshes_the_master():
    tr = Tracker(Sysctls({}))
    step(tr, udp(A, B, 850, 10080, b"CONNECT DATA 5\n"), 1.0, tmpl=template("amanda"))
    assert expected(tr) == []
    master = next(iter(tr.entries()))
    assert master.timeout == pytest.approx(1.0 + 30)
    step(tr, udp(B, A, 10080, 850), 2.0)                          # no payload: still refreshed
    assert master.timeout == pytest.approx(2.0 + 300)


def test_amanda_master_keeps_four():
    tr, _ = amanda(b"CONNECT DATA 1 MESG 2\n", b"CONNECT DATA 3 MESG 4 INDEX 5\n")
    assert expected(tr) == [(6, 2), (6, 3), (6, 4), (6, 5)]


def test_mangle_udp_packet_lengths_and_checksums():
    pkt = udp(B, A, 10080, 850, b"CONNECT DATA 5 MESG 6\n")
    assert mangle_udp_packet(pkt, 13, 1, b"50000")
    d = bytes(pkt.data)
    assert d[28:] == b"CONNECT DATA 50000 MESG 6\n" and pkt.len == len(d) == 28 + 26
    assert struct.unpack("!H", d[24:26])[0] == 8 + 26 and ip_checksum(d[:20]) == 0
    pseudo = d[12:20] + struct.pack("!BBH", 0, 17, 8 + 26)
    assert ip_checksum(pseudo + d[20:]) == 0
    pkt = udp(B, A, 10080, 850, b"DATA 5\n", csum=False)             # no checksum: none written
    assert mangle_udp_packet(pkt, 5, 1, b"6")
    assert pkt.data[26:28] == b"\0\0"


# -- sane -----------------------------------------------------------------------------------------
def words(*ws):
    return b"".join(w.to_bytes(4, "big") for w in ws)


class Sane:
    def __init__(self):
        self.tr = Tracker(Sysctls({}))
        self.s, self.r, self.t = 1000, 5000, 1.0
        self.a(0x02, tmpl=template("sane"))
        self.b(0x12)
        self.s += 1
        self.r += 1
        self.a(0x10)

    def a(self, flags=0x18, data=b"", tmpl=None):
        self.t += 0.01
        v = step(self.tr, tcp(A, B, 40000, 6566, flags, self.s, self.r, data), self.t, tmpl=tmpl)
        self.s += len(data)
        return v

    def b(self, flags=0x18, data=b""):
        self.t += 0.01
        v = step(self.tr, tcp(B, A, 6566, 40000, flags, self.r, self.s, data), self.t)
        self.r += len(data)
        return v


@pytest.mark.parametrize("exchange,ports", [
    ([("a", words(7, 0)), ("b", words(0, 40500, 0x1234))], [40500]),
    ([("a", words(7, 0)), ("b", words(0, 40500))], [40500]),                   # 8 bytes are enough
    ([("a", words(7, 0)), ("b", words(0, 40500)[:7])], []),                    # too short
    ([("a", words(7, 0)), ("b", words(1, 40500))], []),                        # refused
    ([("a", words(7, 0)), ("b", words(0, 0x10000 | 40500))], []),              # the zero half is not 0
    ([("a", words(7, 0) + b"\0"), ("b", words(0, 40500))], []),                # not an 8-byte request
    ([("a", words(7, 0)), ("a", words(8, 0)), ("b", words(0, 40500))], []),    # a later request
    ([("a", words(7, 0)), ("a", b"xyz"), ("b", words(0, 40500))], [40500]),    # other lengths change nothing
    ([("a", words(7, 0)), ("b", b"\0"), ("b", words(0, 40500))], []),          # the next reply ends it
    ([("b", words(0, 40500))], []),
])
def test_sane(exchange, ports):
    c = Sane()
    for who, data in exchange:
        assert getattr(c, who)(data=data) == NF_ACCEPT
    assert expected(c.tr) == [(6, p) for p in ports]
    for e in c.tr.expectations:
        assert (e.src, e.dst, e.smask, e.spmask, e.sport) == (aton(A), aton(B), 0xFFFFFFFF, 0, 0)


# -- netbios-ns / snmp ----------------------------------------------------------------------------
class Route:
    def __init__(self, dev, flags):
        self.dev, self.flags = dev, flags


def net(brd=True):
    h = Host()
    h.link_add("eth1", "dummy")
    h.addr_add("eth1", aton("10.0.2.1"), 24)
    h.addr_add("eth1", aton("10.0.3.1"), 24, brd=aton("10.0.3.255") if brd else 0)
    h.addr_add("eth1", aton("10.0.3.2"), 24, brd=aton("10.0.3.127"))       # secondary: not looked at
    return h


def test_subnet_mask():
    h = net()
    assert broadcast.subnet_mask(h, "eth1", aton("10.0.3.255")) == 0xFFFFFF00
    assert broadcast.subnet_mask(h, "eth1", aton("10.0.2.255")) == 0            # no brd on 10.0.2.1/24
    assert broadcast.subnet_mask(h, "eth1", aton("10.0.3.127")) == 0            # a secondary's
    assert broadcast.subnet_mask(h, "eth0", aton("10.0.3.255")) == 0
    assert broadcast.subnet_mask(None, "eth1", aton("10.0.3.255")) == 0


@pytest.mark.parametrize("name,port,timeout,local,flags,brd,want", [
    ("netbios-ns", 137, 3, True, RTCF_BROADCAST | RTCF_LOCAL, True, True),
    ("snmp", 161, 30, True, RTCF_BROADCAST | RTCF_LOCAL, True, True),
    ("netbios-ns", 137, 3, False, RTCF_BROADCAST | RTCF_LOCAL, True, False),   # no socket (a looped clone)
    ("netbios-ns", 137, 3, True, 0, True, False),                             # not routed as a broadcast
    ("netbios-ns", 137, 3, True, RTCF_BROADCAST | RTCF_LOCAL, False, False),  # the address has no brd
])
def test_broadcast_help(name, port, timeout, local, flags, brd, want):
    tr = Tracker(Sysctls({}))
    tr.net = net(brd)
    pkt = udp("10.0.3.1", "10.0.3.255", 40000, port, b"q")
    pkt.local_origin, pkt.rt, pkt.outdev = local, Route("eth1", flags), "eth1"
    step(tr, pkt, 5.0, hook=LOCAL_OUT, tmpl=template(name))
    ct = next(iter(tr.entries()))
    if not want:
        assert expected(tr) == [] and ct.timeout == pytest.approx(5.0 + 30)
        return
    (e,) = tr.expectations
    assert (e.src, e.smask, e.sport, e.spmask, e.dst, e.dport, e.flags) == (
        aton("10.0.3.255"), 0xFFFFFF00, port, 0xFFFF, aton("10.0.3.1"), 40000, NF_CT_EXPECT_PERMANENT)
    assert e.timeout == pytest.approx(5.0 + timeout) and ct.timeout == pytest.approx(5.0 + timeout)
    # an answer from any host of the subnet is RELATED, and the expectation stays
    ans = udp("10.0.3.77", "10.0.3.1", port, 40000, b"a")
    step(tr, ans, 5.5)
    assert ans.ct.master is ct and len(tr.expectations) == 1
