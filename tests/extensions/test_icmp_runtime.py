from pkt import icmp, ipv4, match, par
from pyiptables.packet import Packet


def test_type_and_code():
    f = match("-p icmp --icmp-type port-unreachable")
    assert f(icmp(3, 3), par())
    assert not f(icmp(3, 1), par())
    assert not f(icmp(8, 3), par())


def test_any_and_inversion():
    assert match("-p icmp --icmp-type any")(icmp(42, 7), par())
    f = match("-p icmp ! --icmp-type echo-request")
    assert not f(icmp(8, 0), par()) and f(icmp(0, 0), par())


def test_short_header_hotdrops():
    a = par()
    assert not match("-p icmp --icmp-type 8")(Packet(ipv4(1, b"\x08\0\0\0")), a)
    assert a.hotdrop
