"""-m bpf against the kernel: classic programs (hand-assembled: loads at every offset kind, each
ALU and jump, memory words, ancillary loads, faults) run in the kernel lab's fw on hand-built
frames from both wires, in raw PREROUTING and mangle POSTROUTING; our compiled rule, with the
emulated fw as host, must match the same number of them. The listings and refusals are in
tests/cmdline/bpf.t and bpf.cmd."""
from __future__ import annotations

import pytest
from rtpkt import compiled, packet, param
from test_rpfilter_strip_ecn_vs_kernel import BCAST, ETH, _count, _ipt, fw_host, ipv4, lab, tcp, udp  # noqa: F401

from pyiptables.xtables import POST_ROUTING, PRE_ROUTING

AD, NET, LL = 0xFFFFF000, 0xFFF00000, 0xFFE00000          # SKF_AD_OFF, SKF_NET_OFF, SKF_LL_OFF
PROGRAMS = {
    "proto-tcp": "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0",
    "dport-80-msh-ind": "5,177 0 0 0,72 0 0 2,21 0 1 80,6 0 0 1,6 0 0 0",
    "syn-jset": "5,177 0 0 0,80 0 0 13,69 0 1 2,6 0 0 1,6 0 0 0",
    "len-gt-100": "4,128 0 0 0,37 0 1 100,6 0 0 1,6 0 0 0",
    "ret-a-len": "2,128 0 0 0,22 0 0 0",
    "alu-chain": "8,48 0 0 9,4 0 0 10,36 0 0 3,20 0 0 1,84 0 0 255,21 0 1 47,6 0 0 1,6 0 0 0",
    "alu-bits": "10,0 0 0 240,116 0 0 4,100 0 0 8,68 0 0 1,164 0 0 3840,132 0 0 0,148 0 0 7,21 0 1 3,6 0 0 1,"
                "6 0 0 0",
    "div-by-x-zero": "4,1 0 0 0,0 0 0 5,60 0 0 0,6 0 0 1",
    "lsh-by-x": "5,1 0 0 33,0 0 0 1,108 0 0 0,22 0 0 0,6 0 0 0",
    "tax-jge-x": "6,48 0 0 9,7 0 0 0,0 0 0 6,61 0 1 0,6 0 0 1,6 0 0 0",
    "txa-jgt-x": "6,1 0 0 16,135 0 0 0,128 0 0 0,37 0 1 0,6 0 0 1,6 0 0 0",
    "memory": "5,0 0 0 7,2 0 0 3,0 0 0 0,96 0 0 3,22 0 0 0",
    "load-past-end": "2,32 0 0 1000,6 0 0 1",
    "ind-past-end": "3,1 0 0 4294967295,80 0 0 1,6 0 0 1",
    "ja": "4,5 0 0 1,6 0 0 0,48 0 0 9,22 0 0 0",
    "net-offset": f"4,48 0 0 {NET + 9},21 0 1 17,6 0 0 1,6 0 0 0",
    "ll-ethertype": f"4,40 0 0 {LL + 12},21 0 1 2048,6 0 0 1,6 0 0 0",
    "ll-dst-broadcast": f"4,32 0 0 {LL},21 0 1 4294967295,6 0 0 1,6 0 0 0",
    "ll-src-left": f"4,40 0 0 {LL + 10},21 0 1 258,6 0 0 1,6 0 0 0",
    "below-ll": f"2,48 0 0 {LL - 1},6 0 0 1",
    "ad-protocol": f"4,40 0 0 {AD},21 0 1 2048,6 0 0 1,6 0 0 0",
    "ad-pkttype-host": f"4,48 0 0 {AD + 4},21 0 1 0,6 0 0 1,6 0 0 0",
    "ad-pkttype-bcast": f"4,48 0 0 {AD + 4},21 0 1 1,6 0 0 1,6 0 0 0",
    "ad-ifindex": f"2,32 0 0 {AD + 8},22 0 0 0",
    "ad-ifindex-2": f"4,32 0 0 {AD + 8},21 0 1 2,6 0 0 1,6 0 0 0",
    "ad-ifindex-3": f"4,32 0 0 {AD + 8},21 0 1 3,6 0 0 1,6 0 0 0",
    "ad-mark": f"4,32 0 0 {AD + 20},21 0 1 0,6 0 0 1,6 0 0 0",
    "ad-queue": f"2,32 0 0 {AD + 24},22 0 0 0",
    "ad-hatype": f"4,32 0 0 {AD + 28},21 0 1 1,6 0 0 1,6 0 0 0",
    "ad-cpu-lt-64": f"4,32 0 0 {AD + 36},53 1 0 64,6 0 0 1,6 0 0 0",
    "ad-xor-x": f"6,1 0 0 5,0 0 0 3,32 0 0 {AD + 40},21 0 1 6,6 0 0 1,6 0 0 0",
    "ad-vlan": f"4,32 0 0 {AD + 48},21 0 1 0,6 0 0 1,6 0 0 0",
    "ad-pay-offset": f"2,32 0 0 {AD + 52},22 0 0 0",
    "ad-pay-offset-40": f"4,32 0 0 {AD + 52},21 0 1 40,6 0 0 1,6 0 0 0",
    "ad-nlattr": f"3,1 0 0 0,32 0 0 {AD + 12},22 0 0 0",
}

ICMP_ECHO = bytes.fromhex("0800f7ff00000000")
# (side, frame): a SYN, a data segment, UDP, ICMP, a large datagram, a link broadcast, a bare IP header
FRAMES = [
    ("left", ETH["left"] + tcp()),
    ("left", ETH["left"] + tcp(flags=0x18, data=b"x" * 120, dport=443)),
    ("right", ETH["right"] + udp("8.8.8.8", "192.168.1.10", sport=53, dport=40000)),
    ("left", ETH["left"] + ipv4("192.168.1.10", "10.0.2.2", 1, ICMP_ECHO)),
    ("right", ETH["right"] + udp("10.0.2.2", "192.168.1.10", data=b"y" * 200)),
    ("left", BCAST["left"] + udp("10.0.1.2", "10.0.1.255", dport=9)),
    ("left", ETH["left"] + ipv4("192.168.1.10", "10.0.2.2", 253, b"")),
]
ROUTE = {"left": ("eth0", "eth1"), "right": ("eth1", "eth0")}
# where the rule sits: (table, chain, hook, which frames pass there)
PLACES = [("raw", "PREROUTING", PRE_ROUTING, lambda side, f: True),
          ("mangle", "POSTROUTING", POST_ROUTING, lambda side, f: f[0] != 0xFF)]


def _ours(rule, table, chain, hook, host, frames):
    m = compiled(rule, table=table, chain=chain)
    n = 0
    for side, f in frames:
        indev, outdev = ROUTE[side]
        pkt = packet(f[14:], l2dst=f[:6], l2src=f[6:12], indev=indev if hook == PRE_ROUTING else "",
                     outdev=outdev if hook == POST_ROUTING else "")
        if hook == POST_ROUTING:
            pkt.data[8] -= 1            # ip_forward's TTL decrement (checksum irrelevant here)
            pkt.indev = indev
        n += bool(m(pkt, param(hook, host=host)))
    return n


@pytest.mark.parametrize("place", PLACES, ids=[p[1] for p in PLACES])
@pytest.mark.parametrize("name", list(PROGRAMS))
def test_bpf_counts_like_the_kernel(lab, fw_host, name, place):
    table, chain, hook, passes = place
    rule = f'-m bpf --bytecode "{PROGRAMS[name]}"'
    frames = [(s, f) for s, f in FRAMES if passes(s, f)]
    _ipt(lab, "-t", table, "-F", chain)
    _ipt(lab, "-t", table, "-Z", chain)
    r = _ipt(lab, "-t", table, "-A", chain, "-m", "bpf", "--bytecode", PROGRAMS[name])
    assert r.returncode == 0, r.stderr
    for side, f in frames:
        lab.send(side, f)
    kernel = _count(lab, table, chain, len(frames))
    _ipt(lab, "-t", table, "-F", chain)
    ours = _ours(rule, table, chain, hook, fw_host, frames)
    assert ours == kernel, f"{name} in {table}/{chain}: kernel matched {kernel} of {len(frames)}, we matched {ours}"
