"""__ip_options_compile() on received headers: which options the kernel drops (measured on
Linux 6.18 through the kernel lab: scenarios ip-options-malformed, ip-options-source-route; the
parameter problem pointers of the CIPSO cases from the ICMP the kernel sent back: cipso_v4_validate()
refuses an option under 8 bytes at its length, one naming no configured DOI at its DOI)."""
from __future__ import annotations

import pytest

from pyiptables.walk.ipoptions import options_compile


def compile_options(header: bytes, ihl: int) -> tuple:
    """(offset of the faulty byte or 0, offset of a source route or 0, strict?) of the header."""
    o = options_compile(bytearray(header), ihl)
    return o.err, o.srr, o.strict

PASS = {
    "nop-eol": b"\x01\x01\x01\x00", "eol-junk": b"\x00\x07\x07\x07", "ra": b"\x94\x04\x00\x00",
    "ra-nonzero": b"\x94\x04\x00\x01", "rr-empty": b"\x07\x07\x04\x00\x00\x00\x00\x00",
    "rr-full": b"\x07\x07\x08\x01\x02\x03\x04\x00", "ts-only": b"\x44\x0c\x05\x00" + bytes(8),
    "ts-full-overflow": b"\x44\x08\x09\x00" + bytes(4), "ts-flag7": b"\x44\x08\x05\x07" + bytes(4),
    "security": b"\x82\x0b" + bytes(10), "unknown": b"\x9e\x04\x00\x00",
}
FAIL = {   # name: (option bytes, pointer of the parameter problem)
    "ra-short": (b"\x94\x02\x01\x00", 21), "len1": (b"\x07\x01\x00\x00", 20),
    "len-over": (b"\x07\x09\x04\x00", 20), "rr-ptr3": (b"\x07\x07\x03\x00\x00\x00\x00\x00", 22),
    "rr-ptr-bad": (b"\x07\x07\x05\x00\x00\x00\x00\x00", 22), "rr-twice": (b"\x07\x03\x04\x07\x03\x04\x00\x00", 23),
    "ts-ptr4": (b"\x44\x0c\x04\x00" + bytes(8), 22), "ts-addr-short": (b"\x44\x08\x05\x01" + bytes(4), 22),
    "ts-overflow-wraps": (b"\x44\x08\x09\xf0" + bytes(4), 23), "cipso": (b"\x86\x06\x00\x00\x00\x01\x00\x00", 21),
    "cipso-no-doi": (b"\x86\x08\x00\x00\x00\x01\x00\x00", 22), "cipso-short": (b"\x86\x04\x00\x00", 21),
    "lsrr-ptr3": (b"\x83\x07\x03\xcb\x00\x71\x09\x00", 22), "two-srr": (b"\x83\x03\x04\x83\x03\x04\x00\x00", 23),
}


def header(opts):
    opts += bytes(-len(opts) % 4)
    return bytes([0x45 + len(opts) // 4]) + bytes(19) + opts, 20 + len(opts)


@pytest.mark.parametrize("name", sorted(PASS))
def test_accepted(name):
    assert compile_options(*header(PASS[name])) == (0, 0, False)


@pytest.mark.parametrize("name", sorted(FAIL))
def test_refused(name):
    opts, ptr = FAIL[name]
    assert compile_options(*header(opts))[0] == ptr


def test_source_routes():
    assert compile_options(*header(b"\x83\x07\x04\xcb\x00\x71\x09\x00")) == (0, 20, False)
    assert compile_options(*header(b"\x01\x89\x07\x04\xcb\x00\x71\x09")) == (0, 21, True)
