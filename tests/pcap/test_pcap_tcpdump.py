"""Real captures: tcpdump writes Ethernet (with 802.1Q), SLL and SLL2 files of traffic between two
namespaces of our own (lab.Pair, tests/kernel/lab.py); what we read must agree with scapy's parse and
tcpdump's own timestamps."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from fractions import Fraction

import pytest

from kernel import lab
from pyiptables.pcap import iter_frames

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("tcpdump") or not shutil.which("ip"),
    reason="needs root, ip and tcpdump to capture real traffic in namespaces of our own")

# UDP to B (which answers with ICMP port unreachable, after ARP), plus 802.1Q and 802.1ad+802.1Q
# tagged frames sent raw on A's veth: no 8021q module needed, and B's kernel takes the outer tag
# off into the skb, so libpcap must put it back (it does for Ethernet and SLL, not for SLL2).
SENDER = """
import socket, struct
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
r.bind(("pa", 0))
for i in range(6):
    s.sendto(b"x" * (i * 40), ("10.9.0.2", 9999))
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 28 + i, 1, 0, 64, 17, 0, bytes([10, 9, 5, 1]), bytes([10, 9, 5, 2]))
    udp = struct.pack("!HHHH", 5555, 9999, 8 + i, 0) + b"y" * i
    eth = bytes.fromhex("020000000902020000000901")
    tags = b"\\x81\\x00\\x00\\x05" if i % 2 else b"\\x88\\xa8\\x00\\x07\\x81\\x00\\x00\\x05"
    r.send(eth + tags + b"\\x08\\x00" + ip + udp)
"""


@pytest.fixture(scope="module")
def captures(tmp_path_factory):
    d = tmp_path_factory.mktemp("tcpdump")
    procs = []
    with lab.Pair(("pa", "02:00:00:00:09:01", "10.9.0.1/24"), ("pb", "02:00:00:00:09:02", "10.9.0.2/24")) as pair:
        try:
            links = json.loads(subprocess.run(pair.exec("b", ["ip", "-j", "link"]), check=True, capture_output=True,
                                              text=True).stdout)
            ifindex = {link["ifname"]: link["ifindex"] for link in links}
            files = {"eth": ["-i", "pb"], "sll": ["-i", "any", "-y", "LINUX_SLL"],
                     "sll2": ["-i", "any", "-y", "LINUX_SLL2", "--time-stamp-precision=nano"]}
            for name, args in files.items():
                p = subprocess.Popen(pair.exec("b", ["tcpdump", "-U", "-n", *args, "-w", str(d / f"{name}.pcap")]),
                                     stderr=subprocess.PIPE, text=True)
                procs.append(p)
                p.stderr.readline()  # "tcpdump: listening on ...": the capture is armed
            subprocess.run(pair.exec("a", [sys.executable, "-c", SENDER]), check=True)
            time.sleep(1.0)
            for p in procs:
                p.send_signal(signal.SIGINT)
                p.wait(10)
            yield {name: str(d / f"{name}.pcap") for name in files}, ifindex
        finally:
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.wait()


def tcpdump_times(path, nano):
    out = subprocess.run(["tcpdump", "-r", path, "-tt", "-n"] + (["--time-stamp-precision=nano"] if nano else []),
                         check=True, capture_output=True, text=True).stdout
    return [float(Fraction(m[1])) for m in re.finditer(r"^(\d+\.\d+) ", out, re.M)]


def test_ethernet_with_vlan(captures):
    from scapy.layers.l2 import Ether
    from scapy.utils import RawPcapReader
    (files, _) = captures
    got = list(iter_frames(files["eth"]))
    raw = [r for r, _ in RawPcapReader(files["eth"])]
    assert len(got) == len(raw) >= 16
    assert [f.ts for f in got] == tcpdump_times(files["eth"], nano=False)
    for f, r in zip(got, raw):
        e = Ether(r)
        assert (f.l2src.hex(":"), f.l2dst.hex(":")) == (e.src, e.dst)
        inner = e
        while inner.type in (0x8100, 0x88A8):
            inner = inner.payload
        assert f.vlan == (e.payload.vlan if e.type in (0x8100, 0x88A8) else None)  # the outer tag's
        assert f.ethertype == inner.type and f.ip == bytes(inner.payload)
    kinds = {(f.vlan, f.ethertype) for f in got}
    assert {(None, 0x0800), (5, 0x0800), (7, 0x0800), (None, 0x0806)} <= kinds   # UDP, ICMP errors, ARP


@pytest.mark.parametrize("kind", ["sll", "sll2"])
def test_any_interface(captures, kind):
    from scapy.layers.l2 import CookedLinux, CookedLinuxV2
    from scapy.utils import RawPcapReader
    files, ifindex = captures
    cls = CookedLinux if kind == "sll" else CookedLinuxV2
    got = list(iter_frames(files[kind]))
    raw = [r for r, _ in RawPcapReader(files[kind])]
    assert len(got) == len(raw) >= 16
    assert [f.ts for f in got] == tcpdump_times(files[kind], nano=kind == "sll2")
    for f, r in zip(got, raw):
        c = cls(r)
        assert (f.pkttype, f.l2src, f.l2dst) == (c.pkttype, c.src[:6] if c.lladdrlen == 6 else b"", b"")
        assert f.ifindex == (c.ifindex if kind == "sll2" else None)
        if f.vlan is None:
            assert f.ethertype == c.proto and f.ip == bytes(c.payload)
        else:  # the tag libpcap re-inserted after the SLL header
            assert c.proto in (0x8100, 0x88A8) and f.ip == r[-len(f.ip):]
        assert f.ifindex == (ifindex["pb"] if kind == "sll2" else None)
    # in (0), out (4), ARP requests broadcast (1); libpcap puts the VLAN tags back for SLL only
    kinds = {(f.pkttype, f.ethertype, f.vlan) for f in got}
    assert kinds >= {(0, 0x0800, None), (4, 0x0800, None), (1, 0x0806, None), (4, 0x0806, None)}
    assert ((0, 0x0800, 5) in kinds and (0, 0x0800, 7) in kinds) == (kind == "sll")
