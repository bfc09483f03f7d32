"""Kernel-differential runtime test of stateless matches: the same hand-built packets go through
the real kernel (raw frames sent from left over the veth into fw eth0 of the kernel lab,
tests/kernel/lab.py, counted by one rule at a time in INPUT; forwarded ones leave by eth1 to right)
and through our compiled matches; every rule must count the same packets.
"""
from __future__ import annotations

import re
import shlex
import struct
import time

import pytest
from rtpkt import compiled, ip, packet, param, tcp, udp

from kernel.lab import MAC
from pyiptables.packet import ip_checksum

FW, PEER, FAR = "10.0.1.1", "10.0.1.2", "10.0.2.2"     # fw eth0, left, right (beyond fw eth1)


def _mss(v):
    return struct.pack("!BBH", 2, 4, v)


def packets(dst=FW) -> list[bytes]:
    """A mix that exercises every rule below (no packet makes a rule hotdrop)."""
    def mk(proto, payload, **kw):
        d = bytearray(ip(proto, payload, src=PEER, dst=dst, **kw))
        d[10:12] = ip_checksum(d, 0, (d[0] & 15) * 4).to_bytes(2, "big")
        return bytes(d)
    return [
        mk(17, udp(data=b"hello GET world")),
        mk(17, udp(data=b"x" * 100), ttl=5, tos=0x10),
        mk(6, tcp(flags=2, options=_mss(1460)), tos=0xB8),                  # EF
        mk(6, tcp(flags=2, options=b"\x01\x01" + _mss(536)), ttl=200, tos=0x28),
        mk(6, tcp(flags=0x18, data=b"GET /index.html HTTP/1.1\r\nHost: Example.COM\r\n"), ttl=63),
        mk(6, tcp(flags=0x10), tos=0x02),
        mk(17, udp(sport=5353, dport=5353, data=bytes(range(256))[:200]), ttl=255, tos=0xFF),
        mk(1, b"\x08\x00\x00\x00\x12\x34\x00\x01" + b"ping" * 5, ttl=1),
        mk(17, udp(data=b"caf\xe9 CAF\xc9")),
        mk(50, struct.pack("!II", 0x100, 1) + b"\0" * 16, tos=0x01),                 # ESP spi 256
        mk(51, struct.pack("!BBHII", 17, 4, 0, 7, 1) + b"\0" * 12 + udp()),        # AH spi 7
        mk(6, tcp(flags=0xC2), tos=0x03),                                            # SYN+ECE+CWR, CE
        mk(6, tcp(flags=0x50), tos=0x01),                                            # ACK+ECE
    ]


RULES = [
    "-m length --length 28:60", "-m length ! --length 100:", "-m length --length 71",
    "-m ttl --ttl-eq 64", "-m ttl ! --ttl 64", "-m ttl --ttl-lt 64", "-m ttl --ttl-gt 64",
    "-m tos --tos 0x10", "-m tos --tos Minimize-Delay", "-m tos ! --tos 0x02/0x02",
    "-m dscp --dscp-class EF", "-m dscp --dscp 10", "-m dscp ! --dscp 0",
    "-p tcp -m tcpmss --mss 1000:1500", "-p tcp -m tcpmss ! --mss 536",
    '-m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0>>8=0x474554"', '-m u32 --u32 "6&0xFF=17&&0>>22&0x3C@0>>16=5353"',
    '-m u32 ! --u32 "0&0xFFFF=0:60"', '-m u32 --u32 "0>>22&0x3C@8>>24=0x68"',
    "-m string --string GET --algo bm", "-m string --string GET --algo kmp --from 40",
    "-m string --string example.com --algo bm --icase", "-m string --string example.com --algo kmp",
    '-m string --hex-string "|e9|" --algo bm --icase', '-m string ! --hex-string "|00 01 02|" --algo kmp',
    "-m string --string GET --algo bm --to 60",
    "-m statistic --mode nth --every 3 --packet 0", "-m statistic --mode nth ! --every 4 --packet 1",
    "-m statistic --mode random --probability 1", "-m statistic --mode random --probability 0",
    "-m policy --dir in --pol none", "-m policy --dir in --pol ipsec",
    "-m physdev ! --physdev-is-bridged", "-m physdev --physdev-in veth0",
    "-m helper ! --helper ftp",
    "-p esp -m esp --espspi 256", "-p esp -m esp ! --espspi 0:255", "-p ah -m ah --ahspi 5:7",
    "-m ecn --ecn-ip-ect 1", "-m ecn ! --ecn-ip-ect 0", "-p tcp -m ecn --ecn-tcp-ece",
    "-p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr", "-p tcp -m ecn --ecn-tcp-cwr --ecn-ip-ect 3",
    "-m quota --quota 300", "-m quota ! --quota 250",
]


def _time_rules() -> list[str]:
    """Windows around the current UTC time, far enough from their edges to be stable."""
    import time
    t = time.gmtime()
    h = t.tm_hour
    day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[t.tm_wday]
    other = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[(t.tm_wday + 3) % 7]
    return [
        f"-m time --timestart {(h - 1) % 24:02d}:00 --timestop {(h + 2) % 24:02d}:00",
        f"-m time --timestart {(h + 2) % 24:02d}:00 --timestop {(h + 3) % 24:02d}:00",
        f"-m time --weekdays {day}", f"-m time ! --weekdays {day}", f"-m time --weekdays {other}",
        f"-m time --monthdays {t.tm_mday}", f"-m time ! --monthdays {t.tm_mday}",
        f"-m time --datestart {t.tm_year - 1} --datestop {t.tm_year + 1}",
        f"-m time --datestop {t.tm_year - 1}", "-m time --kerneltz",
    ]


RULES += _time_rules()


@pytest.fixture(scope="module")
def netns(kernel_lab):
    kernel_lab.reset()
    return kernel_lab


def _ipt(lab, *args):
    return lab.fw(["iptables", *args])


def _send(lab, frames):
    """Raw Ethernet frames from left's eth0 to fw's eth0 MAC."""
    head = bytes.fromhex(MAC["fw0"].replace(":", "") + MAC["left"].replace(":", "") + "0800")
    for f in frames:
        lab.send("left", head + f)


def _settle(lab, table="filter", chain="INPUT", sent=0) -> int:
    """What the chain's one rule counted, once all `sent` packets went through the chain (frames are
    processed asynchronously, from the backlog): its policy counter, zeroed with the rules, says
    how many did (the rules have no target)."""
    for _ in range(100):
        out = _ipt(lab, "-t", table, "-L", chain, "-v", "-x", "-n").stdout.splitlines()
        n, through = int(out[2].split()[0]), int(re.search(r"policy \w+ (\d+) packets", out[0]).group(1))
        if through >= sent:
            break
        time.sleep(0.01)
    return n


@pytest.mark.parametrize("rule", RULES)
def test_rule_counts_like_the_kernel(netns, rule):
    _ipt(netns, "-F", "INPUT")
    _ipt(netns, "-Z", "INPUT")
    _ipt(netns, "-A", "INPUT", "-i", "eth0", *shlex.split(rule))
    frames = packets()
    _send(netns, frames)
    kernel = _settle(netns, sent=len(frames))
    m = compiled(rule)
    now = time.time()
    ours = sum(bool(m(packet(f, indev="eth0"), param(now=now))) for f in frames)
    assert ours == kernel, f"{rule}: kernel matched {kernel} of {len(frames)}, we matched {ours}"


# forwarded packets have no socket, no bridge info and no xfrm bundle (POSTROUTING of mangle)
FORWARD_RULES = [
    "-m owner --uid-owner 0", "-m owner ! --uid-owner 0", "-m owner ! --socket-exists",
    "-m owner --socket-exists", "-m owner ! --uid-owner 0 ! --gid-owner 0", "-m owner ! --uid-owner 0 --gid-owner 1",
    "-m owner ! --gid-owner 0 --suppl-groups",
    "-m physdev ! --physdev-out eth0", "-m physdev --physdev-is-out", "-m physdev ! --physdev-is-bridged",
    "-m policy --dir out --pol none", "-m policy --dir out --pol ipsec",
]


@pytest.mark.parametrize("rule", FORWARD_RULES)
def test_forwarded_rule_counts_like_the_kernel(netns, rule):
    _ipt(netns, "-t", "mangle", "-F", "POSTROUTING")
    _ipt(netns, "-t", "mangle", "-Z", "POSTROUTING")
    _ipt(netns, "-t", "mangle", "-A", "POSTROUTING", "-o", "eth1", *shlex.split(rule))
    frames = [f for f in packets(dst=FAR) if f[8] > 1]     # TTL 1 is not forwarded
    _send(netns, frames)
    kernel = _settle(netns, "mangle", "POSTROUTING", sent=len(frames))
    m = compiled(rule, table="mangle", chain="POSTROUTING")
    ours = sum(bool(m(packet(f, outdev="eth1"), param())) for f in frames)
    assert ours == kernel, f"{rule}: kernel matched {kernel} of {len(frames)}, we matched {ours}"


# conntrack-backed matches: one UDP flow and a second source, through our tracker with accounting
# on (connbytes' checkentry forces nf_conntrack_acct=1 in the kernel)
CT_RULES = [
    "-m connbytes --connbytes 3 --connbytes-dir original --connbytes-mode packets",
    "-m connbytes --connbytes 2:4 --connbytes-dir both --connbytes-mode packets",
    "-m connbytes ! --connbytes 200 --connbytes-dir original --connbytes-mode bytes",
    "-m connbytes --connbytes 40:50 --connbytes-dir original --connbytes-mode avgpkt",
    "-m connbytes --connbytes 1 --connbytes-dir reply --connbytes-mode packets",
    "-m connlimit --connlimit-above 1", "-m connlimit --connlimit-upto 1 --connlimit-mask 16",
    "-m connlimit --connlimit-above 2 --connlimit-daddr",
]


def _ct_frames():
    out = []
    for i in range(6):
        for sport in (4000, 4001, 4002)[: 1 + i % 3]:
            d = bytearray(ip(17, udp(sport=sport, dport=7, data=b"y" * (5 + 3 * i)), src=PEER, dst=FW))
            d[10:12] = ip_checksum(d, 0, 20).to_bytes(2, "big")
            out.append(bytes(d))
    return out


@pytest.mark.parametrize("rule", CT_RULES)
def test_conntrack_rule_counts_like_the_kernel(netns, rule):
    from pyiptables.conntrack import Tracker
    from pyiptables.parse.cmdline import parse_argv
    _ipt(netns, "-F", "INPUT")
    _ipt(netns, "-Z", "INPUT")
    netns.fw(["conntrack", "-F"], check=False)
    _ipt(netns, "-A", "INPUT", "-i", "eth0", "-p", "udp", *shlex.split(rule))
    frames = _ct_frames()
    _send(netns, frames)
    kernel = _settle(netns, sent=len(frames))
    tr = Tracker({"net.netfilter.nf_conntrack_acct": "1"})
    (r,) = parse_argv(["iptables", "-A", "INPUT", "-i", "eth0", "-p", "udp", *shlex.split(rule)]).rules()
    for m in r.matches:
        m.check_entry("filter", 2, r)
    m = compiled("-i eth0 -p udp " + rule)
    ours, now = 0, 1000.0
    for f in frames:
        now += 0.01
        p = packet(f, indev="eth0")
        tr.expire(now)
        tr.conntrack_in(p, 0, now)
        par = param(tracker=tr, now=now)
        ours += bool(m(p, par))
        tr.confirm(p, now)
    assert ours == kernel, f"{rule}: kernel matched {kernel} of {len(frames)}, we matched {ours}"
