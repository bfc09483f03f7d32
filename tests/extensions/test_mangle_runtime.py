"""Header-rewriting targets at run time (TCPMSS, TTL, TOS, DSCP), byte for byte against what the
kernel forwarded: frames sent into a lab router's f0 (10.9.0.1/24) towards 10.9.1.2 behind f1
(10.9.1.1/24, MTU 1500), each rule in mangle FORWARD, the result captured on the far side.
Each case: (rule, IP packet sent, IP packet the kernel forwarded)."""
from __future__ import annotations

import pytest

from pyiptables.host.model import Host
from pyiptables.packet import Packet, aton
from pyiptables.parse.cmdline import parse_argv
from pyiptables.walk.stack import decrease_ttl
from pyiptables.xtables import FORWARD, NF_DROP, XT_CONTINUE, ActionParam

CASES = [
    ('-p tcp --syn -j TCPMSS --set-mss 1000', '4500002c00c90000400664ee0a0900020a09010203e800010000000000000000600220005f280000020405b4', '4500002c00c900003f0665ee0a0900020a09010203e8000100000000000000006002200060f40000020403e8'),
    ('-p tcp --syn -j TCPMSS --set-mss 1000', '4500002c00ca0000400664ed0a0900020a09010203e800010000000000000000600220006158000002040384', '4500002c00ca00003f0665ed0a0900020a09010203e800010000000000000000600220006158000002040384'),
    ('-p tcp --syn -j TCPMSS --set-mss 1000', '4500002800cb0000400664f00a0900020a09010203e8000100000000000000005002200076e40000', '4500002c00cb00003f0665ec0a0900020a09010203e8000100000000000000006002200062c4000002040218'),
    ('-p tcp --syn -j TCPMSS --set-mss 1000', '4500002c00cc0000400664eb0a0900020a09010203e8000100000000000000006002200062da000001030303', '4500003000cc00003f0665e70a0900020a09010203e800010000000000000000700220004eba00000204021801030303'),
    ('-p tcp --syn -j TCPMSS --set-mss 1000', '4500002c00cd0000400664ea0a0900020a09010203e800010000000000000000500220009e1d000064617461', '4500002c00cd00003f0665ea0a0900020a09010203e800010000000000000000500220009e1d000064617461'),
    ('-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu', '4500002c00ce0000400664e90a0900020a09010203e800020000000000000000600220005f270000020405b4', '4500002c00ce00003f0665e90a0900020a09010203e800020000000000000000600220005f270000020405b4'),
    ('-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu', '4500003000cf0000400664e40a0900020a09010203e800020000000000000000700220004a2100000402020405b40100', '4500003000cf00003f0665e40a0900020a09010203e800020000000000000000700220004a2100000402020405b40100'),
    ('-j TTL --ttl-set 5', '4500001d00d00000321172eb0a0900020a09010203e80003000985db61', '4500001d00d0000005119feb0a0900020a09010203e80003000985db61'),
    ('-j TTL --ttl-dec 100', '4500001d00d10000321172ea0a0900020a09010203e80004000985da61', '4500001d00d100000011a4ea0a0900020a09010203e80004000985da61'),
    ('-j TTL --ttl-inc 250', '4500001d00d20000321172e90a0900020a09010203e80005000985d961', '4500001d00d20000ff11a5e80a0900020a09010203e80005000985d961'),
    ('-j TOS --set-tos 0x10', '4503001d00d30000401164e50a0900020a09010203e80006000985d861', '4510001d00d300003f1165d80a0900020a09010203e80006000985d861'),
    ('-j TOS --xor-tos 0xff', '455a001d00d400004011648d0a0900020a09010203e80007000985d761', '45a5001d00d400003f1165420a0900020a09010203e80007000985d761'),
    ('-j DSCP --set-dscp 0x2e', '4501001d00d50000401164e50a0900020a09010203e80008000985d661', '45b9001d00d500003f11652d0a0900020a09010203e80008000985d661'),
    ('-j TOS --and-tos 0x03', '45ff001d00d60000401163e60a0900020a09010203e80009000985d561', '4503001d00d600003f1165e20a0900020a09010203e80009000985d561'),
    ('-j DSCP --set-dscp 0x2e', '45b8001d00d700004011642c0a0900020a09010203e80008000985d661', '45b8001d00d700003f11652c0a0900020a09010203e80008000985d661'),
]


def lab_host() -> Host:
    h = Host()
    for dev, addr in (("f0", "10.9.0.1"), ("f1", "10.9.1.1")):
        h.link_add(dev, "dummy")
        h.link_set(dev, up=True)
        h.addr_add(dev, aton(addr), 24)
    return h


def run(rule: str, data: bytes, host=None, hook=FORWARD):
    target = parse_argv(["iptables", "-t", "mangle", "-A", "FORWARD", *rule.split()]).target
    pkt = Packet(data)
    pkt.indev, pkt.outdev = "f0", "f1"
    par = ActionParam(host=host)
    par.hook = hook
    return target.compile()(pkt, par), pkt


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c[0].split('-j ')[1]}" for i, c in enumerate(CASES)])
def test_forwarded_as_kernel(case):
    rule, sent, forwarded = case
    pkt = Packet(bytes.fromhex(sent))
    decrease_ttl(pkt)                           # ip_forward() runs before the FORWARD hook
    verdict, out = run(rule, bytes(pkt.data), lab_host())
    assert verdict == XT_CONTINUE
    assert bytes(out.data).hex() == forwarded
    assert (out.ttl, out.tos, out.len) == (out.data[8], out.data[1], len(out.data))


def test_tcpmss_drops_a_truncated_segment():
    data = bytes.fromhex(CASES[0][1])
    short = bytearray(data[:30])
    short[2:4] = (30).to_bytes(2, "big")
    verdict, _ = run(CASES[0][0], bytes(short))
    assert verdict == NF_DROP


def test_tcpmss_clamp_without_host_uses_1500():
    verdict, out = run("-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu", bytes.fromhex(CASES[5][1]))
    assert verdict == XT_CONTINUE and out.data[40:44] == bytes((2, 4, 0x05, 0xB4))


def test_tcpmss_clamp_without_a_route_back():
    """tcpmss_reverse_mtu() finds no route to the source: ~0U, the outgoing route's MTU decides."""
    data = bytearray(bytes.fromhex(CASES[5][1]))
    data[12:16] = aton("203.0.113.7").to_bytes(4, "big")
    verdict, out = run("-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu", bytes(data), lab_host())
    assert verdict == XT_CONTINUE and out.data[40:44] == bytes((2, 4, 0x05, 0xB4))


def test_ttl_dec_floors_at_zero_and_inc_caps_at_255():
    low = bytearray(bytes.fromhex(CASES[7][1]))
    _, out = run("-j TTL --ttl-dec 100", bytes(low))
    assert out.ttl == 0
    _, out = run("-j TTL --ttl-inc 250", bytes(low))
    assert out.ttl == 255
