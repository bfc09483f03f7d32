"""comment, mark, connmark, pkttype, mac, iprange, multiport, addrtype at run time."""
from pkt import match, par, tcp, udp
from pyiptables.conntrack.conn import Conn, pack


def test_comment_always_matches():
    assert match("-m comment --comment x")(tcp(), par())


def test_mark_and_connmark():
    p = tcp()
    p.mark = 0x1234
    assert match("-m mark --mark 0x34/0xff")(p, par())
    assert not match("-m mark ! --mark 0x34/0xff")(p, par())
    cm = match("-m connmark --mark 5")
    assert not cm(p, par())                     # no conntrack entry
    assert not match("-m connmark ! --mark 5")(p, par())
    p.ct = Conn(pack(1, 2, 6, 3, 4), pack(2, 1, 6, 4, 3))
    p.ct.mark = 5
    assert cm(p, par())


def test_pkttype_from_l2dst():
    f = match("-m pkttype --pkt-type broadcast")
    p = udp()
    p.l2dst = b"\xff" * 6
    assert f(p, par())
    p.l2dst = b"\x01\x00\x5e\x00\x00\x01"
    assert match("-m pkttype --pkt-type multicast")(p, par()) and not f(p, par())
    p.l2dst = b"\x02\0\0\0\0\1"
    assert match("-m pkttype --pkt-type unicast")(p, par())


def test_mac_source():
    f = match("-m mac --mac-source 02:00:00:00:00:01")
    p = tcp()
    assert not f(p, par()) and not match("-m mac ! --mac-source 02:00:00:00:00:01")(p, par())
    p.l2src = bytes.fromhex("020000000001")
    assert f(p, par())


def test_iprange():
    f = match("-m iprange --src-range 10.0.0.1-10.0.0.5 ! --dst-range 10.0.0.9-10.0.0.10")
    assert f(tcp(src="10.0.0.5", dst="10.0.0.2"), par())
    assert not f(tcp(src="10.0.0.6", dst="10.0.0.2"), par())
    assert not f(tcp(src="10.0.0.1", dst="10.0.0.9"), par())


def test_multiport():
    f = match("-p tcp -m multiport --dports 22,80:90,443")
    assert f(tcp(dport=85), par()) and f(tcp(dport=443), par()) and not f(tcp(dport=91), par())
    e = match("-p tcp -m multiport ! --ports 1000")
    assert not e(tcp(sport=1000, dport=5), par()) and e(tcp(sport=7, dport=5), par())


class FakeHost:
    def __init__(self, local):
        self.local = local
        self.calls = []

    def addr_type(self, addr, dev=None):
        self.calls.append(dev)
        return "LOCAL" if addr in self.local else "UNICAST"


def test_addrtype_asks_the_host():
    from pyiptables.packet import aton
    h = FakeHost({aton("10.0.0.2")})
    f = match("-m addrtype --dst-type LOCAL --limit-iface-in")
    p = tcp()
    p.indev = "eth0"
    assert f(p, par(host=h)) and h.calls == ["eth0"]
    assert not match("-m addrtype ! --dst-type LOCAL")(p, par(host=h))
    assert match("-m addrtype --src-type UNICAST")(p, par(host=h))
