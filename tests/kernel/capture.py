"""Scenarios and the captures that drive them.

A scenario folder holds rules.v4 (iptables-save text), capture.pcap (Ethernet frames whose source
MAC says where each enters the firewall), host.json (optional: {"sysctl": {...}, "ip": ["rule add
fwmark 1 table 100", "route add default via 10.0.1.2 dev eth0 table 100", ...], "frames_out": true})
and README.md (one line: what it shows). Cap builds captures: sides are "left"/"right" (the wires into fw
eth0/eth1) and "local0"/"local1" (fw's own stack, leaving by eth0/eth1).
"""
from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field

L, F0, F1, R = "02:00:00:00:01:02", "02:00:00:00:01:01", "02:00:00:00:02:01", "02:00:00:00:02:02"
SIDES = {"left": (L, F0), "right": (R, F1), "local0": (F0, L), "local1": (F1, R)}
T0 = 1_700_000_000.0


# -- pcap (libpcap format, LINKTYPE_ETHERNET) ---------------------------------------------------
def pcap_records(frames):
    """The file header, then a record header and the data of each (timestamp, frame)."""
    yield struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)
    for ts, data in frames:
        sec = int(ts)
        usec = int(round((ts - sec) * 1e6))
        if usec == 1_000_000:
            sec, usec = sec + 1, 0
        yield struct.pack("<IIII", sec, usec, len(data), len(data))
        yield data


def pcap_bytes(frames) -> bytes:
    return b"".join(pcap_records(frames))


def write_pcap(path, frames):
    with open(path, "wb") as f:
        f.writelines(pcap_records(frames))


def read_pcap(path):
    """[(timestamp, frame bytes)] from a pcap file (either byte order, micro- or nanoseconds)."""
    with open(path, "rb") as f:
        raw = f.read()
    magic = raw[:4]
    endian, scale = {b"\xd4\xc3\xb2\xa1": ("<", 1e-6), b"\xa1\xb2\xc3\xd4": (">", 1e-6),
                     b"\x4d\x3c\xb2\xa1": ("<", 1e-9), b"\xa1\xb2\x3c\x4d": (">", 1e-9)}[magic]
    out, off = [], 24
    while off + 16 <= len(raw):
        sec, frac, incl, _ = struct.unpack(endian + "IIII", raw[off:off + 16])
        off += 16
        out.append((sec + frac * scale, raw[off:off + incl]))
        off += incl
    return out


# -- scenarios -----------------------------------------------------------------------------------
@dataclass
class Scenario:
    name: str
    rules: str
    frames: list = field(default_factory=list)   # [(timestamp, frame bytes)]
    sysctl: dict = field(default_factory=dict)
    # `ip` command lines (without "ip") run on fw after the sysctls, on both sides: policy
    # rules and routes of tables other than main and local (Lab.reset undoes them)
    ip: list = field(default_factory=list)
    frames_out: bool = False    # compare the IP packets that leave by each side too, byte for byte
    about: str = ""
    path: str | None = None                      # folder on disk, if it has one

    @classmethod
    def load(cls, path):
        def read(name, default=""):
            p = os.path.join(path, name)
            return open(p).read() if os.path.exists(p) else default
        host = json.loads(read("host.json", "{}"))
        return cls(name=os.path.basename(os.path.normpath(path)), rules=read("rules.v4"),
                   frames=read_pcap(os.path.join(path, "capture.pcap")), sysctl=host.get("sysctl") or {},
                   ip=host.get("ip") or [], frames_out=bool(host.get("frames_out")),
                   about=read("README.md").strip(), path=path)

    def write(self, path):
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "rules.v4"), "w") as f:
            f.write(self.rules.strip() + "\n")
        write_pcap(os.path.join(path, "capture.pcap"), self.frames)
        with open(os.path.join(path, "host.json"), "w") as f:
            host = {"sysctl": self.sysctl}
            if self.ip:
                host["ip"] = self.ip
            if self.frames_out:
                host["frames_out"] = True
            json.dump(host, f, indent=1)
            f.write("\n")
        if self.about:
            with open(os.path.join(path, "README.md"), "w") as f:
                f.write(self.about.strip() + "\n")
        self.path = path
        return path

    def tables(self):
        """Tables the ruleset names, in its order."""
        return [line[1:].strip() for line in self.rules.splitlines() if line.startswith("*")]


# -- building captures ---------------------------------------------------------------------------
def csum(b: bytes) -> int:
    """The Internet checksum (RFC 1071) of b."""
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(f"!{len(b) // 2}H", b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


class Cap:
    """A capture under construction: frames at increasing timestamps, `step` seconds apart."""

    def __init__(self, t0=T0, step=0.005):
        self.frames, self.t, self.step = [], t0, step

    def add(self, side, ip, gap=None, dst_mac=None):
        """Append an IP packet (scapy) entering from `side`, `gap` seconds after the previous frame;
        dst_mac: another destination MAC than the next hop's (ff:ff:ff:ff:ff:ff: a broadcast)."""
        from scapy.layers.l2 import Ether
        src, dst = SIDES[side]
        self.t += self.step if gap is None else gap
        self.frames.append((round(self.t, 6), bytes(Ether(src=src, dst=dst_mac or dst) / ip)))
        return ip

    def wait(self, seconds):
        """Let time pass: the next frame comes `seconds` (plus one step) later."""
        self.t += seconds

    def tcp(self, a_side, b_side, a, b, sport, dport, data=(b"hello\n", b"world\n"), close="fin",
            isn=1000, risn=5000, ttl=64, mss=None, answer=True, reply_to=None):
        """A TCP conversation from a (client on a_side) to b (server on b_side).

        close: "fin" (both sides), "rst" (client resets), None (left open). answer=False: the
        server never answers the SYN (a filtered port); "rst": it refuses with RST,ACK.
        reply_to: where the server's answers go, if not to a (a behind SNAT/MASQUERADE).
        """
        from scapy.layers.inet import IP, TCP
        from scapy.packet import Raw

        def c(flags, payload=b"", **kw):
            p = IP(src=a, dst=b, ttl=ttl) / TCP(sport=sport, dport=dport, flags=flags, seq=s, ack=r if "A" in flags else 0,
                                                 window=502, **kw)
            return self.add(a_side, p / Raw(payload) if payload else p)

        def d(flags, payload=b""):
            p = IP(src=b, dst=reply_to or a) / TCP(sport=dport, dport=sport, flags=flags, seq=r, ack=s, window=509)
            return self.add(b_side, p / Raw(payload) if payload else p)

        s, r = isn, risn
        c("S", options=[("MSS", mss)] if mss else [])
        s += 1
        if answer == "rst":
            r = 0
            d("RA")
            return
        if not answer:
            return
        d("SA")
        r += 1
        c("A")
        if data:
            c("PA", data[0])
            s += len(data[0])
            d("A")
            if len(data) > 1:
                d("PA", data[1])
                r += len(data[1])
                c("A")
        if close == "fin":
            c("FA")
            s += 1
            d("FA")
            r += 1
            c("A")
        elif close == "rst":
            c("R")

    def udp(self, a_side, b_side, a, b, sport, dport, req=b"ping", resp=b"pong", ttl=64, tos=0, reply_to=None):
        from scapy.layers.inet import IP, UDP
        from scapy.packet import Raw
        q = self.add(a_side, IP(src=a, dst=b, ttl=ttl, tos=tos) / UDP(sport=sport, dport=dport) / Raw(req))
        if resp is not None:
            self.add(b_side, IP(src=b, dst=reply_to or a) / UDP(sport=dport, dport=sport) / Raw(resp))
        return q

    def ping(self, a_side, b_side, a, b, ident, seq=1, reply=True, ttl=64, size=32, reply_to=None):
        from scapy.layers.inet import ICMP, IP
        from scapy.packet import Raw
        q = self.add(a_side, IP(src=a, dst=b, ttl=ttl) / ICMP(type=8, id=ident, seq=seq) / Raw(b"p" * size))
        if reply:
            self.add(b_side, IP(src=b, dst=reply_to or a) / ICMP(type=0, id=ident, seq=seq) / Raw(b"p" * size))
        return q

    def nat_conversation(self, proto, client, dest, server, reply_to, data, isn=1000, risn=5000, close=False):
        """A conversation through NAT: client (side, addr, port) sends to dest (addr, port); the
        server (side, addr, port), where NAT sends it, answers reply_to (addr, port), where NAT
        makes the client appear to be. TCP: handshake, data[0] and its ack, then FIN if close."""
        from scapy.layers.inet import IP, TCP, UDP
        from scapy.packet import Raw
        (cside, c, sp), (d, dp), (sside, s, port), (rt, rtp) = client, dest, server, reply_to
        if proto == "udp":
            self.add(cside, IP(src=c, dst=d) / UDP(sport=sp, dport=dp) / Raw(data[0]))
            self.add(sside, IP(src=s, dst=rt) / UDP(sport=port, dport=rtp) / Raw(data[1]))
            return
        q = len(data[0])

        def fwd(flags, seq, ack, payload=b""):
            p = IP(src=c, dst=d) / TCP(sport=sp, dport=dp, flags=flags, seq=seq, ack=ack)
            self.add(cside, p / Raw(payload) if payload else p)

        def back(flags, seq, ack):
            self.add(sside, IP(src=s, dst=rt) / TCP(sport=port, dport=rtp, flags=flags, seq=seq, ack=ack))
        fwd("S", isn, 0)
        back("SA", risn, isn + 1)
        fwd("A", isn + 1, risn + 1)
        fwd("PA", isn + 1, risn + 1, data[0])
        back("A", risn + 1, isn + 1 + q)
        if close:
            fwd("FA", isn + 1 + q, risn + 1)
            back("FA", risn + 1, isn + 2 + q)
            fwd("A", isn + 2 + q, risn + 2)

    def icmp_error(self, side, src, about, type=3, code=3, about_src=None):
        """An ICMP error sent by `src` about the packet `about` (quoting its header and 8 bytes);
        about_src: the source `about` had when `src` saw it (after SNAT), if not its own."""
        from scapy.layers.inet import ICMP, IP
        if about_src:
            about = about.copy()
            about[IP].src = about_src
            del about[IP].chksum
            if about[IP].payload.haslayer("UDP") or about[IP].payload.haslayer("TCP"):
                del about[IP].payload.chksum
        return self.add(side, IP(src=src, dst=about[IP].src) / ICMP(type=type, code=code) / bytes(about)[:28])
