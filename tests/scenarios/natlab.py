"""Capture builder for the hand-written NAT/conntrack scenarios (each folder's make.py uses it).

The lab (see tests/kernel/lab.py): left 10.0.1.2 -- fw eth0 10.0.1.1/24, fw eth1 10.0.2.1/24 --
right 10.0.2.2; 192.168.0.0/16 is routed to the left, everything else to the right. A frame's
source MAC says where it enters fw: "left"/"right" wires, "local0"/"local1" fw's own stack.

A capture holds what enters fw, so with NAT each side sends what it sees: a client behind SNAT
sends from its own address and the server answers the translated one (`client_seen`); a client
of a DNAT answers comes from the real server (`server_real`).
"""
from __future__ import annotations

import json
import os
import struct

from scapy.layers.inet import ICMP, IP, TCP, UDP
from scapy.layers.l2 import Ether
from scapy.packet import Raw

MAC = {"left": ("02:00:00:00:01:02", "02:00:00:00:01:01"), "right": ("02:00:00:00:02:02", "02:00:00:00:02:01"),
       "local0": ("02:00:00:00:01:01", "02:00:00:00:01:02"), "local1": ("02:00:00:00:02:01", "02:00:00:00:02:02")}
T0 = 1_700_000_000.0
M32 = 0xFFFFFFFF          # sequence numbers wrap


class Cap:
    def __init__(self, step=0.02):
        self.frames, self.t, self.step = [], T0, step

    def add(self, side, ip, gap=None):
        src, dst = MAC[side]
        self.t += self.step if gap is None else gap
        self.frames.append((round(self.t, 6), bytes(Ether(src=src, dst=dst) / ip)))
        return ip

    def wait(self, seconds):
        self.t += seconds

    def at(self, seconds):
        """The next frame comes `seconds` after the capture's start (frames are sorted when written)."""
        self.t = T0 + seconds - self.step

    def udp(self, a_side, b_side, client, server, req=b"ping", resp=b"pong", client_seen=None, server_real=None,
            ttl=64, gap=None):
        """A datagram client -> server and (resp not None) the answer server_real -> client_seen."""
        q = self.add(a_side, IP(src=client[0], dst=server[0], ttl=ttl) / UDP(sport=client[1], dport=server[1]) / Raw(req),
                     gap)
        if resp is not None:
            s, c = server_real or server, client_seen or client
            self.add(b_side, IP(src=s[0], dst=c[0]) / UDP(sport=s[1], dport=c[1]) / Raw(resp))
        return q

    def ping(self, a_side, b_side, client, server, ident, seq=1, reply=True, client_seen=None, server_real=None,
             reply_ident=None, ttl=64, gap=None):
        q = self.add(a_side, IP(src=client, dst=server, ttl=ttl) / ICMP(type=8, id=ident, seq=seq) / Raw(b"p" * 32), gap)
        if reply:
            self.add(b_side, IP(src=server_real or server, dst=client_seen or client)
                     / ICMP(type=0, id=ident if reply_ident is None else reply_ident, seq=seq) / Raw(b"p" * 32))
        return q

    def icmp_error(self, side, src, dst, quoted, type=3, code=3, ttl=64):
        """An ICMP error from src to dst quoting `quoted` (an IP packet as its sender saw it): header + 8 bytes."""
        return self.add(side, IP(src=src, dst=dst, ttl=ttl) / ICMP(type=type, code=code) / bytes(quoted)[:28])


class Tcp:
    """One TCP conversation; c(...) sends from the client, s(...) from the server, seqs tracked
    (seq/ack override the tracked numbers for that segment only; opts are scapy TCP options)."""

    def __init__(self, cap, a_side, b_side, client, server, client_seen=None, server_real=None, isn=1000,
                 risn=5000, ttl=64):
        self.cap, self.a_side, self.b_side = cap, a_side, b_side
        self.client, self.server = client, server
        self.client_seen, self.server_real = client_seen or client, server_real or server
        self.seq, self.rseq, self.ttl = isn, risn, ttl

    def c(self, flags, payload=b"", gap=None, seq=None, ack=None, win=502, opts=()):
        p = IP(src=self.client[0], dst=self.server[0], ttl=self.ttl) / TCP(
            sport=self.client[1], dport=self.server[1], flags=flags, seq=(self.seq if seq is None else seq) & M32,
            ack=((self.rseq if "A" in flags else 0) if ack is None else ack) & M32, window=win, options=list(opts))
        p = self.cap.add(self.a_side, p / Raw(payload) if payload else p, gap)
        self.seq += len(payload) + ("S" in flags) + ("F" in flags)
        return p

    def s(self, flags, payload=b"", gap=None, seq=None, ack=None, win=509, opts=()):
        p = IP(src=self.server_real[0], dst=self.client_seen[0]) / TCP(
            sport=self.server_real[1], dport=self.client_seen[1], flags=flags,
            seq=(self.rseq if seq is None else seq) & M32,
            ack=((self.seq if "A" in flags else 0) if ack is None else ack) & M32, window=win, options=list(opts))
        p = self.cap.add(self.b_side, p / Raw(payload) if payload else p, gap)
        self.rseq += len(payload) + ("S" in flags) + ("F" in flags)
        return p

    def again(self, who, flags, payload=b"", **kw):
        """A retransmission: the segment ending at `who`'s ("c" or "s") current sequence number,
        which does not move."""
        own = "seq" if who == "c" else "rseq"
        n = getattr(self, own)
        length = len(payload) + ("S" in flags) + ("F" in flags)
        getattr(self, who)(flags, payload, seq=n - length, **kw)
        setattr(self, own, n)

    def open(self):
        self.c("S")
        self.s("SA")
        self.c("A")
        return self

    def talk(self, q=b"hello\n", a=b"world\n"):
        self.c("PA", q)
        self.s("A")
        self.s("PA", a)
        self.c("A")
        return self

    def close(self):
        """Client FIN, server FIN+ACK, client ACK: TIME_WAIT."""
        self.c("FA")
        self.s("FA")
        self.c("A")
        return self


def write_pcap(path, frames):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for ts, data in frames:
            sec = int(ts)
            usec = int(round((ts - sec) * 1e6))
            f.write(struct.pack("<IIII", sec, usec, len(data), len(data)))
            f.write(data)


CTSTATE_COUNTERS = """*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED -m conntrack --ctdir ORIGINAL
-A FORWARD -m conntrack --ctstate ESTABLISHED -m conntrack --ctdir REPLY
"""


def ctstate_rules(more: str = "") -> str:
    """The TCP scenarios' filter table: a counter per conntrack state (ESTABLISHED per direction),
    then `more` rules."""
    return CTSTATE_COUNTERS + more + "COMMIT\n"


def write(make_py, rules, cap, about, sysctl=None):
    """Write the scenario folder make.py lives in: rules.v4, capture.pcap, host.json, README.md."""
    d = os.path.dirname(os.path.abspath(make_py))
    with open(os.path.join(d, "rules.v4"), "w") as f:
        f.write(rules.strip() + "\n")
    write_pcap(os.path.join(d, "capture.pcap"), sorted(cap.frames, key=lambda f: f[0]))
    with open(os.path.join(d, "host.json"), "w") as f:
        json.dump({"sysctl": sysctl or {}}, f, indent=1)
        f.write("\n")
    with open(os.path.join(d, "README.md"), "w") as f:
        f.write(about.strip() + "\n")
