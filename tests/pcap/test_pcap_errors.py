"""Corrupt, truncated and unsupported captures: CaptureError naming file and frame, earlier frames kept."""
from __future__ import annotations

import os
import struct

import pytest

import capbuild as cb
from pyiptables.errors import IptablesError
from pyiptables.frames import to_packet
from pyiptables.pcap import CaptureError, iter_frames

T0 = 1_700_000_000


def read_until_error(path, **kw):
    """(frames yielded, CaptureError message)."""
    got = []
    with pytest.raises(CaptureError) as ei:
        for f in iter_frames(str(path), **kw):
            got.append(f)
    assert isinstance(ei.value, IptablesError) and ei.value.status == 1
    assert str(ei.value) == ei.value.message
    return got, ei.value.message


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sixty():
    return cb.ether(cb.ipv4(payload=bytes(60 - 14 - 20)))


def test_truncated_record_names_frame(cwd):
    recs = b"".join(cb.pcap_record(sixty(), T0, i) for i in range(17))
    open("capture.pcap", "wb").write(cb.pcap_header() + recs[:-48])
    got, msg = read_until_error("capture.pcap")
    assert len(got) == 16 and got[-1].no == 16
    assert msg == "capture.pcap: frame 17: truncated record (need 60 bytes, have 12)"


def test_truncated_record_header(cwd):
    open("h.pcap", "wb").write(cb.pcap([(T0, 0, sixty())] * 3) + b"\x01\x02\x03\x04\x05")
    got, msg = read_until_error("h.pcap", chunk=7)
    assert len(got) == 3
    assert msg == "h.pcap: frame 4: truncated record header (need 16 bytes, have 5)"


def test_empty_file(cwd):
    open("empty.pcap", "wb").close()
    assert read_until_error("empty.pcap") == ([], "empty.pcap: empty file, not a pcap or pcapng capture")


@pytest.mark.parametrize("content", [b"hello world, not a capture", b"\x0a\x0d", b"\x1f\x8b\x08\x00" + bytes(20)])
def test_not_a_capture(cwd, content):
    open("x.pcap", "wb").write(content)
    assert read_until_error("x.pcap") == ([], "x.pcap: not a pcap or pcapng file")


def test_truncated_file_header(cwd):
    open("x.pcap", "wb").write(cb.pcap_header()[:10])
    assert read_until_error("x.pcap")[1] == "x.pcap: truncated pcap file header (need 24 bytes, have 10)"


def test_unsupported_link_type(cwd):
    open("x.pcap", "wb").write(cb.pcap([(T0, 0, b"abc")], linktype=147))
    assert read_until_error("x.pcap") == ([], "x.pcap: unsupported link type 147")


def test_fcs_bits_in_link_type_field_are_ignored(cwd):
    # the upper bits of the pcap header's link type carry FCS information, not the link type
    open("x.pcap", "wb").write(cb.pcap([(T0, 0, sixty())], linktype=1 | 0x04000000 | (2 << 28)))
    assert [f.ethertype for f in iter_frames("x.pcap")] == [0x0800]


def test_huge_record_length(cwd):
    data = cb.pcap([(T0, 0, sixty())]) + struct.pack("<IIII", T0, 0, 0xFFFFFFF0, 60) + bytes(60)
    open("x.pcap", "wb").write(data)
    got, msg = read_until_error("x.pcap")
    assert len(got) == 1
    assert msg == "x.pcap: frame 2: corrupt record: captured length 4294967280 exceeds the maximum 262144"


def test_missing_file_and_directory(cwd):
    assert read_until_error("nope.pcap")[1] == "nope.pcap: No such file or directory"
    os.mkdir("d")
    assert read_until_error("d")[1] == "d: Is a directory"


def ng(*blocks):
    return cb.shb() + cb.idb(1, name="eth0") + b"".join(blocks)


def test_pcapng_truncated_block(cwd):
    data = ng(cb.epb(0, 1, sixty()), cb.epb(0, 2, sixty()))
    open("x.pcapng", "wb").write(data[:-10])
    got, msg = read_until_error("x.pcapng")
    assert [f.no for f in got] == [1]
    assert msg == "x.pcapng: frame 2: truncated block (need 92 bytes, have 82)"


def test_pcapng_trailing_length_mismatch(cwd):
    data = bytearray(ng(cb.epb(0, 1, sixty()), cb.epb(0, 2, sixty())))
    data[-4] ^= 4
    open("x.pcapng", "wb").write(data)
    got, msg = read_until_error("x.pcapng")
    assert len(got) == 1
    assert msg == "x.pcapng: frame 2: corrupt block: trailing length does not match 92"


@pytest.mark.parametrize("blen", [0, 8, 13, 1 << 30])
def test_pcapng_bad_block_length(cwd, blen):
    open("x.pcapng", "wb").write(ng(cb.epb(0, 1, sixty())) + struct.pack("<II", 6, blen) + bytes(24))
    got, msg = read_until_error("x.pcapng")
    assert len(got) == 1 and msg == f"x.pcapng: frame 2: corrupt block: bad length {blen}"


def test_pcapng_packet_on_undescribed_interface(cwd):
    open("x.pcapng", "wb").write(ng(cb.epb(0, 1, sixty()), cb.epb(3, 1, sixty())))
    assert read_until_error("x.pcapng")[1] == "x.pcapng: frame 2: packet on undescribed interface 3"


def test_pcapng_caplen_beyond_block(cwd):
    block = bytearray(cb.epb(0, 1, sixty()))
    struct.pack_into("<I", block, 20, 200)
    open("x.pcapng", "wb").write(ng(bytes(block)))
    assert read_until_error("x.pcapng")[1] == ("x.pcapng: frame 1: corrupt packet block: "
                                               "captured length 200 exceeds the block")


def test_pcapng_unsupported_link_type_on_used_interface(cwd):
    data = cb.shb() + cb.idb(1) + cb.idb(147, name="usb0") + cb.epb(0, 1, sixty()) + cb.epb(1, 1, b"xxxx")
    open("x.pcapng", "wb").write(data)
    got, msg = read_until_error("x.pcapng")
    assert len(got) == 1 and msg == "x.pcapng: frame 2: unsupported link type 147 (interface 1)"


def test_pcapng_bad_byte_order_magic_and_version(cwd):
    bad = bytearray(cb.shb())
    bad[8:12] = b"abcd"
    open("x.pcapng", "wb").write(bytes(bad))
    assert read_until_error("x.pcapng")[1] == "x.pcapng: frame 1: corrupt section header block (bad byte-order magic)"
    open("x.pcapng", "wb").write(cb.shb(major=2))
    assert read_until_error("x.pcapng")[1] == "x.pcapng: unsupported pcapng version 2.0"


def test_pcapng_spb_without_interface_and_bad_option(cwd):
    open("x.pcapng", "wb").write(cb.shb() + cb.spb(sixty()))
    assert read_until_error("x.pcapng")[1] == ("x.pcapng: frame 1: corrupt simple packet block "
                                               "(no interface described)")
    idb = bytearray(cb.idb(1, name="eth0"))
    struct.pack_into("<H", idb, 18, 200)      # if_name's length runs past the block
    open("x.pcapng", "wb").write(cb.shb() + bytes(idb))
    assert read_until_error("x.pcapng")[1] == ("x.pcapng: frame 1: corrupt interface description block "
                                               "(option 2 overruns the block)")


def test_pcapng_truncated_block_header(cwd):
    open("x.pcapng", "wb").write(ng(cb.epb(0, 1, sixty())) + b"\x06\0\0\0")
    got, msg = read_until_error("x.pcapng")
    assert len(got) == 1 and msg == "x.pcapng: frame 2: truncated block header (need 12 bytes, have 4)"


def test_to_packet(tmp_path):
    ip = cb.ipv4()
    padded = cb.ether(ip + b"\0" * 20 + b"FCS!")
    path = tmp_path / "p.pcap"
    path.write_bytes(cb.pcap([(T0, 500000, padded), (T0, 0, cb.ether(ip[:19])), (T0, 0, cb.ether(cb.ipv4(tot=12))),
                              (T0, 0, cb.ether(cb.ipv4(tot=0)))]))
    f1, f2, f3, f4 = iter_frames(str(path))
    p = to_packet(f1)
    # padding and FCS stay (ip_rcv trims them from a received packet, a raw socket sends them)
    assert (bytes(p.data), p.len) == (ip + b"\0" * 20 + b"FCS!", len(ip))
    assert (p.ts, p.frame, p.l2src, p.l2dst, p.l2proto) == (T0 + 0.5, 1, cb.MAC1, cb.MAC2, 0x0800)
    assert (p.saddr, p.daddr, p.sport, p.dport, p.proto) == (0x0A000001, 0x0A000002, 12345, 53, 17)
    with pytest.raises(CaptureError) as ei:
        to_packet(f2, "p.pcap")
    assert ei.value.message == "p.pcap: frame 2: malformed IPv4 header: truncated IPv4 header"
    with pytest.raises(CaptureError) as ei:
        to_packet(f3)
    assert ei.value.message == "frame 3: malformed IPv4 header: total length 12 shorter than the header"
    p4 = to_packet(f4)                          # total length 0: segmentation offload, kept whole
    assert (p4.len, bytes(p4.data), p4.dport) == (0, cb.ipv4(tot=0), 53)


def test_to_packet_total_length_past_the_frame(tmp_path):
    # ip_rcv_core drops a received packet whose total length exceeds what arrived (fw's own raw
    # socket sets the total length itself, so to_packet keeps the packet and the stack decides);
    # a frame the capture's snapshot length cut short (caplen < wirelen) really was longer, and is kept
    from types import SimpleNamespace

    from pyiptables.walk.iprcv import ip_rcv_length
    ip = cb.ipv4()
    whole = cb.ether(ip[:-4])
    path = tmp_path / "p.pcap"
    path.write_bytes(cb.pcap_header(1) + cb.pcap_record(whole, T0, 0)
                     + cb.pcap_record(whole, T0, 0, wirelen=len(whole) + 4))
    f1, f2 = iter_frames(str(path))
    assert (f1.cut, f2.cut) == (0, 4)
    host = SimpleNamespace(links={})
    p1, p2 = to_packet(f1), to_packet(f2)
    assert p1.len == p2.len == len(ip)
    why = f"total length {len(ip)} beyond the {len(ip) - 4} bytes received (ip_rcv)"
    assert ip_rcv_length(p1, host, "eth0", f1.cut) == why
    assert ip_rcv_length(p2, host, "eth0", f2.cut) == ""
