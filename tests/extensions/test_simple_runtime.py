"""Runtime semantics of length, ttl, tos, dscp, tcpmss, helper and u32 on hand-built packets."""
from __future__ import annotations

import struct

from rtpkt import compiled, ip, packet, param, tcp, udp

from pyiptables.conntrack.conn import Conn


def test_length_uses_total_length():
    m = compiled("-m length --length 28:40")
    assert m(packet(ip(payload=udp())))                       # 28 bytes
    assert not m(packet(ip(payload=udp(data=b"x" * 13))))     # 41
    assert compiled("-m length ! --length 28")(packet(ip(payload=udp(data=b"x"))))
    # a reversed range never matches, as in xt_length
    assert not compiled("-m length --length 40:20")(packet(ip(payload=udp(data=b"x" * 4))))


def test_ttl_modes():
    p = packet(ip(ttl=64))
    assert compiled("-m ttl --ttl-eq 64")(p)
    assert compiled("-m ttl --ttl 64")(p)
    assert not compiled("-m ttl ! --ttl-eq 64")(p)
    assert compiled("-m ttl ! --ttl 63")(p)
    assert compiled("-m ttl --ttl-lt 65")(p) and not compiled("-m ttl --ttl-lt 64")(p)
    assert compiled("-m ttl --ttl-gt 63")(p) and not compiled("-m ttl --ttl-gt 64")(p)


def test_tos_value_mask():
    p = packet(ip(tos=0x12))                                  # Minimize-Delay + Minimize-Cost
    assert not compiled("-m tos --tos 0x10")(p)               # numeric: mask 0xff
    assert compiled("-m tos --tos Minimize-Delay")(packet(ip(tos=0x10 | 0xC0)))   # symbol: mask 0x3f
    assert compiled("-m tos --tos 0x10/0x10")(p)
    assert compiled("-m tos ! --tos 0x10/0xff")(p)


def test_dscp_is_upper_six_bits():
    p = packet(ip(tos=0x2E << 2 | 0x01))                      # EF, ECN bit set
    assert compiled("-m dscp --dscp-class EF")(p)
    assert compiled("-m dscp --dscp 46")(p)
    assert compiled("-m dscp ! --dscp 0")(p)
    assert not compiled("-m dscp --dscp-class BE")(p)


def _mss(v):
    return struct.pack("!BBH", 2, 4, v)


def test_tcpmss():
    m = compiled("-p tcp -m tcpmss --mss 1000:1460")
    assert m(packet(ip(6, tcp(options=_mss(1460)))))
    assert not m(packet(ip(6, tcp(options=_mss(1500)))))
    # NOPs and another option before the MSS are skipped
    assert m(packet(ip(6, tcp(options=b"\x01\x01\x04\x02" + _mss(1200) + b"\x00" * 0))))
    # no options: the inverted match matches, the plain one does not
    assert not m(packet(ip(6, tcp())))
    assert compiled("-p tcp -m tcpmss ! --mss 1000:1460")(packet(ip(6, tcp())))


def test_tcpmss_truncated_options_hotdrop():
    data = bytearray(ip(6, tcp(options=_mss(1460))))
    pkt = packet(bytes(data[:-2]), )
    par = param()
    m = compiled("-p tcp -m tcpmss --mss 1460")
    assert not m(pkt, par) and par.hotdrop


def _related_to(helper):
    master = Conn(1, 2)
    master.helper = helper
    ct = Conn(3, 4)
    ct.master = master
    return ct


def test_helper():
    m = compiled("-m helper --helper ftp")
    assert m(packet(ip(), ct=_related_to("ftp")))
    assert not m(packet(ip(), ct=_related_to("irc")))
    assert not m(packet(ip(), ct=Conn(1, 2)))                 # no master
    assert not m(packet(ip()))                                # untracked / no conntrack
    # the kernel compares only strlen(helper->name) characters: "ftp-21" matches helper "ftp"
    assert compiled("-m helper --helper ftp-21")(packet(ip(), ct=_related_to("ftp")))
    assert not compiled("-m helper --helper ft")(packet(ip(), ct=_related_to("ftp")))
    # an empty name matches any helper
    assert compiled('-m helper --helper ""')(packet(ip(), ct=_related_to("sip")))
    assert compiled("-m helper ! --helper ftp")(packet(ip()))


def test_u32():
    http = packet(ip(6, tcp(data=b"GET / HTTP/1.0")))
    # the classic "first payload bytes are GET": skip IP header, then TCP header
    assert compiled('-m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0>>8=0x474554"')(http)
    assert not compiled('-m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0>>8=0x504f53"')(http)
    assert compiled('-m u32 --u32 "6&0xFF=1,6,17"')(http)
    assert compiled('-m u32 ! --u32 "6&0xFF=17"')(http)
    assert compiled('-m u32 --u32 "6&0xFF=6&&0>>28=4"')(http)


def test_u32_out_of_packet_does_not_match():
    p = packet(ip(17, udp()))                                 # 28 bytes
    assert compiled('-m u32 --u32 "24=0:0xffffffff"')(p)      # last word
    assert not compiled('-m u32 --u32 "25=0:0xffffffff"')(p)
    assert compiled('-m u32 ! --u32 "25=0:0xffffffff"')(p)
    assert not compiled('-m u32 --u32 "0>>22&0x3C@8=0:0xffffffff"')(p)   # 20 + 8 + 4 > 28


def test_u32_shift_count_is_masked():
    p = packet(ip(tos=0, ttl=1))
    # 0x45000014 << 32 keeps the value on x86 (count masked to 5 bits)
    assert compiled('-m u32 --u32 "0<<32=0x45000014"')(p)
