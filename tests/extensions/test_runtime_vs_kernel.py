"""Kernel-differential runtime test of stateless matches: the same hand-built packets go through
the real kernel (raw frames sent over a veth into a throwaway netns, counted by one rule at a time
in INPUT) and through our compiled matches; every rule must count the same packets.
"""
from __future__ import annotations

import os
import secrets
import shlex
import shutil
import socket
import struct
import subprocess
import time

import pytest
from rtpkt import compiled, ip, packet, param, tcp, udp

from pyiptables.packet import ip_checksum

FW, PEER = "10.77.0.1", "10.77.0.2"


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


def _sh(*args, check=True):
    return subprocess.run(args, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def netns():
    if os.geteuid() != 0 or shutil.which("iptables-legacy") is None or shutil.which("ip") is None:
        pytest.skip("needs root, ip and iptables-legacy for the kernel namespace")
    tag = secrets.token_hex(3)
    fw, peer = f"pyipt-mB-fw-{tag}", f"pyipt-mB-pe-{tag}"
    try:
        _sh("ip", "netns", "add", fw)
        _sh("ip", "netns", "add", peer)
        _sh("ip", "link", "add", f"mbf{tag}", "netns", fw, "type", "veth", "peer", "name", f"mbp{tag}",
            "netns", peer)
        _sh("ip", "-n", fw, "link", "set", f"mbf{tag}", "name", "eth0")
        _sh("ip", "-n", peer, "link", "set", f"mbp{tag}", "name", "eth0")
        _sh("ip", "-n", fw, "addr", "add", f"{FW}/24", "dev", "eth0")
        _sh("ip", "-n", peer, "addr", "add", f"{PEER}/24", "dev", "eth0")
        _sh("ip", "-n", fw, "link", "set", "eth0", "up")
        _sh("ip", "-n", peer, "link", "set", "eth0", "up")
        _sh("ip", "-n", fw, "link", "set", "lo", "up")
        # d0: a second veth towards the peer namespace, with a static neighbour for 10.77.1.5
        _sh("ip", "link", "add", f"mbd{tag}", "netns", fw, "type", "veth", "peer", "name", f"mbe{tag}",
            "netns", peer)
        _sh("ip", "-n", fw, "link", "set", f"mbd{tag}", "name", "d0")
        _sh("ip", "-n", fw, "addr", "add", "10.77.1.1/24", "dev", "d0")
        _sh("ip", "-n", fw, "link", "set", "d0", "up")
        _sh("ip", "-n", peer, "link", "set", f"mbe{tag}", "up")
        _sh("ip", "-n", fw, "neigh", "add", "10.77.1.5", "lladdr", "02:00:00:00:00:05", "dev", "d0")
        _sh("ip", "netns", "exec", fw, "sysctl", "-qw", "net.ipv4.ip_forward=1")
        yield fw, peer
    finally:
        _sh("ip", "netns", "del", fw, check=False)
        _sh("ip", "netns", "del", peer, check=False)


def _send(peer, fw, frames):
    """Raw Ethernet frames from the peer's eth0 to fw's eth0 MAC, via a helper in the peer netns."""
    mac = _sh("ip", "netns", "exec", fw, "cat", "/sys/class/net/eth0/address").stdout.strip()
    src = _sh("ip", "netns", "exec", peer, "cat", "/sys/class/net/eth0/address").stdout.strip()
    prog = (
        "import socket,sys\n"
        "s=socket.socket(socket.AF_PACKET,socket.SOCK_RAW); s.bind(('eth0',0))\n"
        f"h=bytes.fromhex('{mac.replace(':', '')}{src.replace(':', '')}0800')\n"
        "for line in sys.stdin.read().split():\n"
        "    s.send(h+bytes.fromhex(line))\n")
    subprocess.run(["ip", "netns", "exec", peer, "python3", "-c", prog], input="\n".join(f.hex() for f in frames),
                   text=True, check=True)


def _count(fw, table="filter", chain="INPUT") -> int:
    out = _sh("ip", "netns", "exec", fw, "iptables-legacy", "-t", table, "-L", chain, "-v", "-x", "-n")
    return int(out.stdout.splitlines()[2].split()[0])


def _settle(fw, table="filter", chain="INPUT") -> int:
    import time
    for _ in range(50):                  # the frames are processed asynchronously (backlog)
        n = _count(fw, table, chain)
        time.sleep(0.02)
        if _count(fw, table, chain) == n and n:
            break
    return n


@pytest.mark.parametrize("rule", RULES)
def test_rule_counts_like_the_kernel(netns, rule):
    fw, peer = netns
    ipt = ["ip", "netns", "exec", fw, "iptables-legacy"]
    _sh(*ipt, "-F", "INPUT")
    _sh(*ipt, "-A", "INPUT", "-i", "eth0", *shlex.split(rule))
    frames = packets()
    _send(peer, fw, frames)
    kernel = _settle(fw)
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
    fw, peer = netns
    ipt = ["ip", "netns", "exec", fw, "iptables-legacy", "-t", "mangle"]
    _sh(*ipt, "-F", "POSTROUTING")
    _sh(*ipt, "-A", "POSTROUTING", "-o", "d0", *shlex.split(rule))
    frames = [f for f in packets(dst="10.77.1.5") if f[8] > 1]     # TTL 1 is not forwarded
    _send(peer, fw, frames)
    kernel = _settle(fw, "mangle", "POSTROUTING") if "! --" in rule or "none" in rule else \
        (time.sleep(0.3) or _count(fw, "mangle", "POSTROUTING"))
    m = compiled(rule, table="mangle", chain="POSTROUTING")
    ours = sum(bool(m(packet(f, outdev="d0"), param())) for f in frames)
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
    fw, peer = netns
    ipt = ["ip", "netns", "exec", fw, "iptables-legacy"]
    _sh(*ipt, "-F", "INPUT")
    _sh("ip", "netns", "exec", fw, "conntrack", "-F", check=False)
    _sh(*ipt, "-A", "INPUT", "-i", "eth0", "-p", "udp", *shlex.split(rule))
    frames = _ct_frames()
    _send(peer, fw, frames)
    kernel = _settle(fw)
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
