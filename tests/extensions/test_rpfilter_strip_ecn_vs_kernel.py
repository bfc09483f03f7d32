"""Kernel-differential runtime tests of rpfilter, devgroup, TCPOPTSTRIP, ECN and connlabel, in the
kernel lab (tests/kernel/lab.py; the oracle topology, fw set up as FW_SETUP says, ours alike):

- rpfilter and devgroup: hand-built frames enter fw from either wire; one rule at a time in raw
  PREROUTING (devgroup: mangle FORWARD, fw's eth0 moved to group 5) counts them; our compiled
  rule, with the emulated fw as host, must count the same;
- TCPOPTSTRIP and ECN: each rule alone in mangle FORWARD; what right receives must be, byte for
  byte, the packet our target makes of the frame (after ip_forward's TTL decrement);
- connlabel: after the mangle-strip-ecn-connlabel scenario, `conntrack -L -o labels` and friends
  print the same on both sides.
"""
from __future__ import annotations

import os
import re
import shlex
import struct
import tempfile
import time

import pytest
from rtpkt import compiled, packet, param

from kernel.capture import Scenario
from kernel.lab import FW_SETUP, MAC
from kernel.ours import replay
from pyiptables.host.model import Host
from pyiptables.packet import Packet, ip_checksum
from pyiptables.parse.cmdline import parse_argv
from pyiptables.store import Store
from pyiptables.walk.stack import decrease_ttl
from pyiptables.xtables import FORWARD, NF_DROP, PRE_ROUTING, ActionParam

SCENARIOS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scenarios")
ETH = {side: bytes.fromhex(MAC[fw].replace(":", "") + MAC[side].replace(":", "") + "0800")
       for side, fw in (("left", "fw0"), ("right", "fw1"))}
BCAST = {side: b"\xff" * 6 + bytes.fromhex(MAC[side].replace(":", "")) + b"\x08\x00" for side in ("left", "right")}


def ipv4(src, dst, proto, payload, tos=0, ttl=64, frag=0, ident=1) -> bytes:
    d = bytearray(struct.pack("!BBHHHBBH4s4s", 0x45, tos, 20 + len(payload), ident, frag, ttl, proto, 0,
                              bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))) + payload)
    d[10:12] = ip_checksum(d, 0, 20).to_bytes(2, "big")
    return bytes(d)


def l4_csum(ip: bytes) -> bytes:
    """The packet with its TCP/UDP checksum computed (a valid start: the rewrites keep it valid)."""
    d = bytearray(ip)
    seg = d[20:]
    off = 16 if d[9] == 6 else 6
    seg[off:off + 2] = b"\0\0"
    pseudo = d[12:20] + bytes((0, d[9])) + len(seg).to_bytes(2, "big")
    d[20 + off:22 + off] = ip_checksum(pseudo + seg).to_bytes(2, "big")
    return bytes(d)


def tcp(src="192.168.1.10", dst="10.0.2.2", flags=0x02, options=b"", data=b"", tos=0, sport=40000, dport=80):
    doff = (20 + len(options) + 3) // 4
    options += b"\0" * (4 * doff - 20 - len(options))
    seg = struct.pack("!HHIIBBHHH", sport, dport, 100, 0, doff << 4, flags, 502, 0, 0) + options + data
    return l4_csum(ipv4(src, dst, 6, seg, tos))


def udp(src="192.168.1.10", dst="10.0.2.2", tos=0, data=b"dns?", sport=40000, dport=53):
    return l4_csum(ipv4(src, dst, 17, struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data, tos))


@pytest.fixture(scope="module")
def lab(kernel_lab):
    kernel_lab.reset()
    return kernel_lab


@pytest.fixture(scope="module")
def fw_host(cli_runner, tmp_path_factory):
    """The emulated fw, set up by our CLIs with the lab's command lines."""
    state = str(tmp_path_factory.mktemp("fw"))
    for argv in FW_SETUP:
        rc, _, err = cli_runner.run(argv, state=state)
        assert rc == 0, err
    with Store(state).transaction(write=False) as st:
        return st.get("host", Host)


def _ipt(lab, *args):
    return lab.fw(["iptables", *args])


def _count(lab, table, chain, sent):
    """The one rule's packet count, once `sent` packets went through the chain (its policy counts them)."""
    for _ in range(200):
        lines = _ipt(lab, "-t", table, "-L", chain, "-v", "-x", "-n").stdout.splitlines()
        through = int(lines[0].split("policy ACCEPT ")[1].split()[0])
        if through >= sent:
            return int(lines[2].split()[0])
        time.sleep(0.01)
    raise AssertionError(f"only {through} of {sent} frames reached {table}/{chain}")


# -- rpfilter ------------------------------------------------------------------------------------
# (side, frame is a link broadcast, src, dst, tos)
RP_FRAMES = [
    ("left", False, "10.0.1.2", "10.0.2.2", 0),          # on-link source
    ("left", False, "192.168.1.10", "10.0.2.2", 0),      # routed back via eth0
    ("left", False, "8.8.8.8", "10.0.2.2", 0),           # its route back leaves by eth1
    ("right", False, "8.8.8.8", "192.168.1.10", 0),
    ("right", False, "192.168.1.10", "8.8.8.8", 0x10),
    ("left", False, "10.0.1.1", "10.0.2.2", 0),          # fw's own address, on eth0
    ("right", False, "10.0.1.1", "192.168.1.10", 0),
    ("left", False, "10.0.2.1", "10.0.2.2", 0),          # fw's eth1 address, arriving on eth0
    ("left", False, "10.0.1.255", "10.0.2.2", 0),        # a broadcast address
    ("left", False, "127.0.0.1", "10.0.2.2", 0),
    ("left", False, "224.0.0.5", "10.0.2.2", 0),
    ("left", True, "0.0.0.0", "255.255.255.255", 0),
    ("left", True, "0.0.0.0", "224.0.0.1", 0),
    ("left", False, "0.0.0.0", "10.0.1.1", 0),
    ("right", False, "203.0.113.7", "10.0.2.1", 0),
]
RP_RULES = ["-m rpfilter", "-m rpfilter --loose", "-m rpfilter --accept-local", "-m rpfilter --invert",
            "-m rpfilter --loose --accept-local", "-m rpfilter --accept-local --invert",
            "-m rpfilter --validmark --loose --invert"]


def _rp_frames():
    return [(side, (BCAST if bc else ETH)[side] + udp(src, dst, tos)) for side, bc, src, dst, tos in RP_FRAMES]


@pytest.mark.parametrize("rule", RP_RULES)
def test_rpfilter_counts_like_the_kernel(lab, fw_host, rule):
    _ipt(lab, "-t", "raw", "-F", "PREROUTING")
    _ipt(lab, "-t", "raw", "-Z", "PREROUTING")
    _ipt(lab, "-t", "raw", "-A", "PREROUTING", *shlex.split(rule))
    frames = _rp_frames()
    for side, f in frames:
        lab.send(side, f)
    kernel = _count(lab, "raw", "PREROUTING", len(frames))
    _ipt(lab, "-t", "raw", "-F", "PREROUTING")
    m = compiled(rule, table="raw", chain="PREROUTING")
    dev = {"left": "eth0", "right": "eth1"}
    ours = sum(bool(m(packet(f[14:], indev=dev[side]), param(PRE_ROUTING, host=fw_host))) for side, f in frames)
    assert ours == kernel, f"{rule}: kernel matched {kernel} of {len(frames)}, we matched {ours}"


# -- devgroup -------------------------------------------------------------------------------------
DEVGROUP_RULES = ["-m devgroup --src-group 5", "-m devgroup ! --src-group 5 --dst-group 0",
                  "-m devgroup --src-group 4/6", "-m devgroup --dst-group 5", "-m devgroup --src-group default"]


@pytest.mark.parametrize("rule", DEVGROUP_RULES)
def test_devgroup_counts_like_the_kernel(lab, fw_host, rule):
    lab.fw(["ip", "link", "set", "eth0", "group", "5"])
    try:
        _ipt(lab, "-t", "mangle", "-F", "FORWARD")
        _ipt(lab, "-t", "mangle", "-Z", "FORWARD")
        _ipt(lab, "-t", "mangle", "-A", "FORWARD", *shlex.split(rule))
        frames = [("left", udp("192.168.1.10", "8.8.8.8")), ("right", udp("8.8.8.8", "192.168.1.10")),
                  ("left", udp("10.0.1.2", "10.0.2.2"))]
        for side, f in frames:
            lab.send(side, ETH[side] + f)
        kernel = _count(lab, "mangle", "FORWARD", len(frames))
        _ipt(lab, "-t", "mangle", "-F", "FORWARD")
    finally:
        lab.fw(["ip", "link", "set", "eth0", "group", "0"])
    fw_host.links["eth0"].group = 5
    try:
        m = compiled(rule, table="mangle", chain="FORWARD")
        route = {"left": ("eth0", "eth1"), "right": ("eth1", "eth0")}
        ours = sum(bool(m(packet(f, indev=route[s][0], outdev=route[s][1]), param(FORWARD, host=fw_host)))
                   for s, f in frames)
    finally:
        fw_host.links["eth0"].group = 0
    assert ours == kernel, f"{rule}: kernel matched {kernel} of {len(frames)}, we matched {ours}"


# -- TCPOPTSTRIP and ECN ---------------------------------------------------------------------------
MSS, SACKOK, TS, NOP, WS = b"\x02\x04\x05\xb4", b"\x04\x02", b"\x08\x0a" + bytes(8), b"\x01", b"\x03\x03\x07"
SYN_OPTS = MSS + SACKOK + TS + NOP + WS
STRIP_CASES = [
    ("-p tcp -j TCPOPTSTRIP --strip-options mss,sack-permitted", tcp(options=SYN_OPTS)),
    ("-p tcp -j TCPOPTSTRIP --strip-options timestamp", tcp(options=SYN_OPTS)),
    ("-p tcp -j TCPOPTSTRIP --strip-options wscale,md5", tcp(options=SYN_OPTS)),
    ("-p tcp -j TCPOPTSTRIP --strip-options 2,3,4,5,8", tcp(options=NOP + MSS + NOP + WS + SACKOK + TS)),
    ("-p tcp -j TCPOPTSTRIP --strip-options mss", tcp(options=b"\x02\x00\x02\x04\x05\xb4")),      # zero length
    ("-p tcp -j TCPOPTSTRIP --strip-options mss", tcp(options=NOP + NOP + b"\x02\x08\x05\xb4")),  # runs past the header
    ("-p tcp -j TCPOPTSTRIP --strip-options 200", tcp(options=b"\xc8\x06abcd" + MSS)),
    ("-p tcp -j TCPOPTSTRIP --strip-options mss", tcp(flags=0x10, data=b"\x02\x04\x05\xb4")),
    ("-p tcp -j TCPOPTSTRIP", tcp(options=SYN_OPTS)),
    ("-p tcp -j ECN --ecn-tcp-remove", tcp(flags=0xC2, options=MSS)),
    ("-p tcp -j ECN --ecn-tcp-remove", tcp(flags=0x50, tos=3)),
    ("-p tcp -j ECN --ecn-tcp-remove", tcp(flags=0x10)),
    ("-p tcp -j ECN --ecn-tcp-ece 1 --ecn-tcp-cwr 0 --ecn-ip-ect 2", tcp(flags=0x90, tos=0xB9)),
    ("-p tcp -j ECN --ecn-tcp-cwr 1", tcp(flags=0x12)),
    ("-j ECN --ecn-ip-ect 1", udp(tos=0)),
    ("-j ECN --ecn-ip-ect 3", udp(tos=0xB8)),
    ("-j ECN --ecn-ip-ect 0", udp(tos=0x03)),
    ("-p udp -j ECN --ecn-ip-ect 2", udp(tos=0x02)),
]


def _fragment(ip: bytes, offset8: int) -> bytes:
    """The packet turned into a non-first fragment (its payload then reads as TCP bytes to ECN)."""
    d = bytearray(ip)
    d[6:8] = offset8.to_bytes(2, "big")
    d[10:12] = b"\0\0"
    d[10:12] = ip_checksum(d, 0, 20).to_bytes(2, "big")
    return bytes(d)


STRIP_CASES += [("-p tcp -j ECN --ecn-tcp-remove", _fragment(tcp(flags=0x10, data=b"\xff" * 24), 3)),
                ("-p tcp -j TCPOPTSTRIP --strip-options mss", _fragment(tcp(options=SYN_OPTS), 3))]


def _ours(rule: str, ip: bytes):
    target = parse_argv(["iptables", "-t", "mangle", "-A", "FORWARD", *shlex.split(rule)]).target
    pkt = Packet(ip)
    decrease_ttl(pkt)
    pkt.indev, pkt.outdev = "eth0", "eth1"
    par = ActionParam()
    par.hook = FORWARD
    return target.compile()(pkt, par), bytes(pkt.data)


@pytest.mark.parametrize("case", STRIP_CASES, ids=[f"{i}-{c[0].split('-j ')[1]}" for i, c in enumerate(STRIP_CASES)])
def test_forwarded_bytes_like_the_kernel(lab, case):
    rule, ip = case
    _ipt(lab, "-t", "mangle", "-F", "FORWARD")
    _ipt(lab, "-t", "mangle", "-A", "FORWARD", *shlex.split(rule))
    n0 = len(lab.sniffed)
    lab.send("left", ETH["left"] + ip)
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline and len(lab.sniffed) == n0:
        time.sleep(0.005)
    out = [data for _, side, data in lab.sniffed[n0:] if side == "right"]
    _ipt(lab, "-t", "mangle", "-F", "FORWARD")
    verdict, ours = _ours(rule, ip)
    if verdict == NF_DROP:
        assert out == [], f"{rule}: we drop, the kernel forwarded {out[0][14:].hex()}"
        return
    assert out, f"{rule}: the kernel forwarded nothing, we let {ours.hex()} through"
    assert out[0][14:14 + len(ours)].hex() == ours.hex()


def test_truncated_tcp_header_is_dropped_like_the_kernel(lab):
    ip = bytearray(tcp(options=SYN_OPTS))
    ip[32] = 0xF0 | (ip[32] & 0x0F)                 # data offset 60: more than the segment holds
    ip = l4_csum(bytes(ip))
    test_forwarded_bytes_like_the_kernel(lab, ("-p tcp -j TCPOPTSTRIP --strip-options mss", ip))


# -- connlabel listings ----------------------------------------------------------------------------
CT_LINES = [["conntrack", "-L"], ["conntrack", "-L", "-o", "labels"], ["conntrack", "-L", "-o", "labels,extended"],
            ["conntrack", "-L", "--label", "5"]]


TIMEOUT = re.compile(r"^((?:ipv4 +2 +)?[a-z]+ +\d+ )(\d+) ", re.M)


def _masked(text: str) -> list:
    """The lines, sorted, timeouts masked (they tick while the commands run; the scenario test
    compares them with slack)."""
    return sorted(TIMEOUT.sub(lambda m: f"{m.group(1)}T ", text).splitlines())


def test_connlabel_listing_like_the_kernel(kernel_lab, cli_runner):
    scn = Scenario.load(os.path.join(SCENARIOS, "mangle-strip-ecn-connlabel"))
    last = len(scn.frames) - 1
    kernel = kernel_lab.run(scn, probes={last: CT_LINES})
    real = {tuple(argv): (out, err) for _, argv, out, err in kernel["probes"]}
    with tempfile.TemporaryDirectory(prefix="pyipt-labels-") as tmp:
        replay(cli_runner, scn, tmp)
        for argv in CT_LINES:
            rc, out, err = cli_runner.run(argv, state=os.path.join(tmp, "state"))
            want_out, want_err = real[tuple(argv)]
            assert _masked(out.decode()) == _masked(want_out), argv
            assert err.decode() == want_err, argv
