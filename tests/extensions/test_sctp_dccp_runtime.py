"""-m sctp / -m dccp at run time without the kernel lab (the kernel comparisons are the scenarios
sctp-association, sctp-dccp-matches and sctp-nat): chunk walks, flag masks, hotdrops."""
import struct

from pkt import ipv4, match, par
from pyiptables.packet import Packet


def chunk(ctype, flags=0, value=b"", length=None):
    body = struct.pack("!BBH", ctype, flags, 4 + len(value) if length is None else length) + value
    return body + b"\0" * (-len(body) % 4)


def sctp(*chunks, sport=1000, dport=80):
    return Packet(ipv4(132, struct.pack("!HHII", sport, dport, 1, 0) + b"".join(chunks)))


DATA_BE, SACK, INIT, ABORT_T = chunk(0, 3, b"x" * 13), chunk(3, 0, b"\0" * 12), chunk(1, 0, b"\0" * 16), chunk(6, 1)


def test_any_all_only():
    assert match("-p sctp --chunk-types any DATA")(sctp(SACK, DATA_BE), par())
    assert not match("-p sctp --chunk-types any DATA")(sctp(SACK), par())
    assert match("-p sctp --chunk-types all DATA,SACK")(sctp(SACK, DATA_BE), par())
    assert not match("-p sctp --chunk-types all DATA,SACK")(sctp(DATA_BE), par())
    assert match("-p sctp --chunk-types only DATA,SACK")(sctp(DATA_BE), par())
    assert not match("-p sctp --chunk-types only DATA")(sctp(DATA_BE, SACK), par())
    assert match("-p sctp --chunk-types all NONE")(sctp(INIT), par())
    assert not match("-p sctp --chunk-types all ALL")(sctp(INIT), par())


def test_flags():
    assert match("-p sctp --chunk-types any DATA:B")(sctp(DATA_BE), par())
    assert not match("-p sctp --chunk-types any DATA:b")(sctp(DATA_BE), par())
    assert match("-p sctp --chunk-types any ABORT:T")(sctp(ABORT_T), par())
    # ONLY: a listed chunk whose flags do not fit fails the match
    assert not match("-p sctp --chunk-types only DATA:U")(sctp(DATA_BE), par())


def test_malformed_chunks_hotdrop_even_inverted():
    for pkt in (sctp(), sctp(DATA_BE, chunk(3, 0, length=0)), sctp(DATA_BE, b"\x03\x00")):
        a = par()
        assert not match("-p sctp --chunk-types any INIT")(pkt, a) and a.hotdrop
        a = par()
        assert match("-p sctp ! --chunk-types any INIT")(pkt, a) and a.hotdrop
    a = par()
    assert not match("-p sctp --dport 80")(Packet(ipv4(132, struct.pack("!HHI", 1, 80, 0))), a) and a.hotdrop


def test_ports_before_chunks():
    a = par()
    assert not match("-p sctp --dport 81 --chunk-types any INIT")(sctp(), a) and not a.hotdrop


def dccp(ptype, x=1, options=b"", doff=None, dport=5004):
    hlen = (16 if x else 12) + (4, 12, 0, 8, 8, 8, 8, 12, 8, 8, 12, 12, 12, 12, 12, 12)[ptype]
    opts = options + b"\0" * (-len(options) % 4)
    words = (hlen + len(opts)) // 4 if doff is None else doff
    head = struct.pack("!HHBBH", 1000, dport, words, 0, 0) + bytes([ptype << 1 | x]) + b"\0" * (hlen - 9)
    return Packet(ipv4(33, head + opts + b"data"))


def test_dccp_types_and_options():
    assert match("-p dccp --dccp-types REQUEST")(dccp(0, x=0), par())
    assert match("-p dccp --dccp-types INVALID")(dccp(13), par())
    assert not match("-p dccp ! --dccp-types DATA,ACK")(dccp(3), par())
    assert match("-p dccp --dccp-option 44")(dccp(0, options=b"\x00\x01\x2c\x03z"), par())
    assert match("-p dccp --dccp-option 33")(dccp(2, options=b"\0\0\0\x21"), par())
    assert not match("-p dccp --dccp-option 34")(dccp(2, options=b"\0\0\0\x21"), par())   # no length byte
    a = par()
    assert match("-p dccp ! --dccp-option 2")(dccp(4, doff=3), a) and a.hotdrop
