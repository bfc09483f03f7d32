"""Replay captures through the emulated namespace: place each frame, walk it, report it.

A replay is one store transaction: counters, the conntrack table and extension state are
committed together at the end, or not at all when the capture turns out to be unreadable.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..frames import to_packet
from ..model import Ruleset
from ..packet import IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, ntoa
from ..pcap import CaptureError, iter_frames
from .stack import Stack, needs_conntrack

CTSTATE_NAMES = {0: "ESTABLISHED", 1: "RELATED", 2: "NEW", 3: "ESTABLISHED", 4: "RELATED", 7: "UNTRACKED"}
PROTO_NAMES = {IPPROTO_TCP: "tcp", IPPROTO_UDP: "udp", IPPROTO_ICMP: "icmp"}
TCP_FLAG_CHARS = "FSRPAUEC"


def summarize(pkt) -> str:
    """A one-line description: `10.0.1.2:40000 > 10.0.2.2:80 tcp [S] len=60`."""
    name = PROTO_NAMES.get(pkt.proto, f"proto {pkt.proto}")
    if pkt.proto in (IPPROTO_TCP, IPPROTO_UDP) and not pkt.fragoff:
        s = f"{ntoa(pkt.saddr)}:{pkt.sport} > {ntoa(pkt.daddr)}:{pkt.dport} {name}"
        if pkt.proto == IPPROTO_TCP:
            flags = "".join(c for i, c in enumerate(TCP_FLAG_CHARS) if pkt.tcpflags >> i & 1)
            s += f" [{flags or '.'}]"
    elif pkt.proto == IPPROTO_ICMP and not pkt.fragoff:
        s = f"{ntoa(pkt.saddr)} > {ntoa(pkt.daddr)} icmp type={pkt.icmp_type} code={pkt.icmp_code}"
    else:
        s = f"{ntoa(pkt.saddr)} > {ntoa(pkt.daddr)} {name}"
    return f"{s} len={pkt.len}"


@dataclass
class Record:
    frame: int
    ts: float
    summary: str
    indev: str
    fate: str
    where: str
    path: list
    ctstate: str
    outdev: str

    def as_dict(self):
        return {"frame": self.frame, "time": self.ts, "packet": self.summary, "in": self.indev,
                "path": self.path, "ctstate": self.ctstate, "verdict": self.fate, "decided_by": self.where,
                "out": self.outdev}


@dataclass
class Summary:
    packets: int = 0
    fates: dict = field(default_factory=dict)
    unplaced: int = 0
    copies: int = 0
    not_ipv4: int = 0
    generated: list = field(default_factory=list)
    conntrack: bool = False


class Replayer:
    """Walks frames through a Stack built once from the store's ruleset, host and tracker."""

    def __init__(self, ruleset: Ruleset, host, tracker, log=None, trace=None, force_in=None):
        self.summary = Summary()
        self.host = host
        self.tracker = tracker
        self.force_in = force_in
        self.stack = Stack(ruleset, host, tracker, log=log, generated=self._generated, trace=trace)
        self.summary.conntrack = self.stack.tracker is not None
        self._local_macs = {}
        self._by_index = {}
        for link in host.links.values():
            self._by_index[link.index] = link.name
            if link.mac and link.kind != "loopback":
                self._local_macs[bytes(link.mac)] = link.name

    def _generated(self, what, data):
        self.summary.generated.append((self.stack.par.now, what, data))

    def place(self, frame, pkt):
        """('out', None) for the host's own frames, ('in', ifname) for received ones,
        ('copy', None) for the outgoing copy of a forwarded packet, or None when unknown."""
        if self.force_in:
            return "in", self.force_in
        if frame.pkttype == 4:          # PACKET_OUTGOING in a cooked capture
            if self.host.addr_type(pkt.saddr) == "LOCAL":
                return "out", None
            return "copy", None
        src, dst = bytes(frame.l2src or b""), bytes(frame.l2dst or b"")
        if src in self._local_macs:
            return "out", None
        if frame.ifname and frame.ifname in self.host.links:
            return "in", frame.ifname
        if frame.ifindex and frame.pkttype != 4 and frame.ifindex in self._by_index:
            return "in", self._by_index[frame.ifindex]      # SLL2 names the capturing host's ifindex
        if dst in self._local_macs:
            return "in", self._local_macs[dst]
        return None

    def run(self, path):
        """Yield one Record per IPv4 frame of the capture at `path`."""
        for frame in iter_frames(path):
            if frame.ethertype != 0x0800:
                self.summary.not_ipv4 += 1
                continue
            pkt = to_packet(frame, str(path))
            where = self.place(frame, pkt)
            if where is None:
                self.summary.unplaced += 1
                yield Record(frame.no, frame.ts, summarize(pkt), "", "unplaced",
                             "no local interface has its source or destination MAC", [], "", "")
                continue
            if where[0] == "copy":
                self.summary.copies += 1
                yield Record(frame.no, frame.ts, summarize(pkt), "", "skipped",
                             "outgoing copy of a packet the host forwarded", [], "", "")
                continue
            yield self.walk(pkt, where)

    def walk(self, pkt, where) -> Record:
        now = pkt.ts
        self.stack.par.now = now
        if self.stack.tracker is not None:
            self.stack.tracker.expire(now)
        summary = summarize(pkt)
        direction, dev = where
        v = self.stack.local_out(pkt) if direction == "out" else self.stack.receive(pkt, dev)
        s = self.summary
        s.packets += 1
        s.fates[v.fate] = s.fates.get(v.fate, 0) + 1
        if pkt.nfct_untracked or pkt.ctinfo == 7:
            ctstate = "UNTRACKED"
        elif pkt.ct is None:
            ctstate = "INVALID" if self.stack.tracker is not None else ""
        else:
            ctstate = CTSTATE_NAMES.get(pkt.ctinfo, str(pkt.ctinfo))
        return Record(pkt.frame, pkt.ts, summary, dev or "", v.fate, v.where, v.path, ctstate, v.outdev)

    def never_hit(self, ruleset: Ruleset) -> list[str]:
        out = []
        for t in ruleset.tables.values():
            for c in t.ordered_chains():
                for n, r in enumerate(c.rules, 1):
                    if r.pcnt == 0:
                        out.append(f"{t.name}/{c.name} rule {n}")
        return out


__all__ = ["Replayer", "Record", "Summary", "CaptureError", "needs_conntrack"]
