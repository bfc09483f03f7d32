"""Whatever the bytes, reading a capture yields Frames and fails only with CaptureError."""
from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import capbuild as cb
from pyiptables.frames import to_packet
from pyiptables.l2 import Frame
from pyiptables.pcap import CaptureError, iter_frames

IP = cb.ipv4()
VALID = [
    cb.pcap([(1, 2, cb.ether(IP)), (3, 4, cb.ether(IP, tags=[(0x8100, 3)])), (5, 6, cb.ether(b"", 0x0806))]),
    cb.pcap([(1, 2, cb.sll(IP)), (3, 4, cb.sll(b"\x00\x05\x08\x00" + IP, protocol=0x8100))], linktype=113, bo=">"),
    cb.pcap([(1, 2, cb.sll2(IP)), (3, 4, IP)], linktype=276, nano=True),
    cb.pcap([(1, 2, IP), (3, 4, b"\x02\0\0\0" + IP)], linktype=101, modified=True),
    cb.pcap([(1, 2, b"\x02\0\0\0" + IP)], linktype=0),
    cb.shb() + cb.idb(1, name="eth0") + cb.idb(276, tsresol=9) + cb.epb(0, 5, cb.ether(IP)) + cb.epb(1, 7, cb.sll2(IP))
    + cb.spb(cb.ether(IP)) + cb.pb(1, 9, cb.sll2(IP)) + cb.shb(">") + cb.idb(228, ">", tsresol=0x83) + cb.epb(0, 1, IP, ">"),
]
MAGICS = [b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\xc3\xd4", b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\xcd\x34", b"\x0a\x0d\x0d\x0a"]


def read_all(data: bytes, chunk: int):
    no = 0
    try:
        for f in iter_frames(io.BytesIO(data), chunk=chunk):
            no += 1
            assert type(f) is Frame and f.no == no
            assert type(f.ip) is bytes and len(f.l2src) in (0, 6) and len(f.l2dst) in (0, 6)
            assert isinstance(f.ts, float) and 0 <= f.ethertype <= 0xFFFF
            if f.ethertype == 0x0800:
                try:
                    to_packet(f, "fuzz")
                except CaptureError as e:
                    assert e.message.startswith(f"fuzz: frame {no}: ")
    except CaptureError as e:
        assert e.message.startswith("<stream>: ") and e.status == 1
    return no


chunks = st.sampled_from([1, 5, 64, 1 << 18])
fuzz = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fuzz
@given(st.binary(max_size=300), chunks)
def test_random_bytes(data, chunk):
    read_all(data, chunk)


@fuzz
@given(st.sampled_from(MAGICS), st.binary(max_size=400), chunks)
def test_random_bytes_after_a_magic(magic, data, chunk):
    read_all(magic + data, chunk)


@fuzz
@given(st.sampled_from(VALID), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
       st.integers(0, 10**6), chunks)
def test_mutated_valid_captures(base, flips, cut, chunk):
    data = bytearray(base)
    for pos, val in flips:
        data[pos % len(data)] = val
    read_all(bytes(data[:len(data) - cut % (len(data) + 1)]), chunk)


def test_valid_fuzz_seeds_read_cleanly():
    assert [read_all(v, 1 << 18) for v in VALID] == [3, 2, 2, 2, 1, 5]
