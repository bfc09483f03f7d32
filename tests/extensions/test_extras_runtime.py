"""Runtime of esp, ah, ecn and quota on hand-built packets (also checked against the kernel in
test_runtime_vs_kernel.py)."""
from __future__ import annotations

import struct

from rtpkt import compiled, ip, matches, packet, param, tcp


def test_esp_ah_spi_and_tinygram():
    esp = packet(ip(50, struct.pack("!II", 300, 1)))
    assert compiled("-p esp -m esp --espspi 256:300")(esp)
    assert not compiled("-p esp -m esp ! --espspi 300")(esp)
    par = param()
    assert not compiled("-p esp -m esp --espspi 300")(packet(ip(50, b"\0\0\1\x2c")), par) and par.hotdrop
    ah = packet(ip(51, struct.pack("!BBHII", 6, 4, 0, 9, 1)))
    assert compiled("-p ah -m ah --ahspi 9")(ah)
    # a non-first fragment never matches
    assert not compiled("-p ah -m ah ! --ahspi 1")(packet(ip(51, b"\0" * 12, frag=10)))


def test_ecn():
    p = packet(ip(6, tcp(flags=0x40 | 0x02), tos=0x02))
    assert compiled("-m ecn --ecn-ip-ect 2")(p)
    assert compiled("-p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr")(p)
    assert not compiled("-p tcp -m ecn --ecn-tcp-cwr")(p)
    assert not compiled("-m ecn ! --ecn-ip-ect 2")(p)


def test_quota_spends_and_then_refuses():
    (ext,) = matches("-m quota --quota 100")
    ext.check_entry("filter", 0, None)
    f = ext.compile()
    p40, p10 = packet(ip(payload=b"x" * 20)), packet(ip(payload=b""))
    assert [f(p40, None), f(p40, None), f(p40, None), f(p10, None)] == [True, True, False, False]
    ext.check_entry("filter", 0, None)           # table reloaded: the budget is whole again
    assert ext.compile()(p40, None)
