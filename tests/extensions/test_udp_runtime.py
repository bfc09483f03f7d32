from pkt import match, par, udp, ipv4
from pyiptables.packet import Packet


def test_ports_and_ranges():
    f = match("-p udp --sport 1000 --dport 50:60")
    assert f(udp(1000, 53), par())
    assert not f(udp(1001, 53), par())
    assert not f(udp(1000, 61), par())


def test_inversion():
    f = match("-p udp ! --dport 53")
    assert not f(udp(dport=53), par())
    assert f(udp(dport=54), par())


def test_fragment_never_matches_and_tinygram_hotdrops():
    f = match("-p udp --dport 53")
    frag = Packet(ipv4(17, b"\0" * 8, frag=1))          # fragment offset 8
    assert not f(frag, par())
    short = Packet(ipv4(17, b"\0\1"))
    a = par()
    assert not f(short, a) and a.hotdrop
