"""What a replay reports of each frame: its Record, the Rule that decided, the Summary of a run,
and the one-line packet descriptions (`10.0.1.2:40000 > 10.0.2.2:80 tcp [S] len=60`) and hook
paths (`PREROUTING raw,conntrack > INPUT filter`) the views print."""
from __future__ import annotations

from ..packet import IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, Packet
from .table import K_END, K_POLICY

PROTO_NAMES = {IPPROTO_TCP: "tcp", IPPROTO_UDP: "udp", IPPROTO_ICMP: "icmp"}
TCP_FLAG_CHARS = "FSRPAUEC"


def _flags(bits: int) -> str:
    return "[" + ("".join(c for i, c in enumerate(TCP_FLAG_CHARS) if bits >> i & 1) or ".") + "]"


TCP_FLAGS = tuple(_flags(b) for b in range(256))
DOTTED = tuple(str(i) for i in range(256))
_QUADS: dict[int, str] = {}             # address -> dotted quad, for the addresses a replay meets


def ntoa(a: int) -> str:
    q = _QUADS.get(a)
    if q is None:
        if len(_QUADS) >= 1 << 16:
            _QUADS.clear()
        d = DOTTED
        q = _QUADS[a] = f"{d[a >> 24]}.{d[a >> 16 & 255]}.{d[a >> 8 & 255]}.{d[a & 255]}"
    return q


def summarize(pkt) -> str:
    """A one-line description: `10.0.1.2:40000 > 10.0.2.2:80 tcp [S] len=60`."""
    return describe(fields_of(pkt))


def fields_of(pkt) -> tuple:
    """What summarize() reads of a packet, saved before the walk (NAT rewrites the packet)."""
    return (pkt.saddr, pkt.daddr, pkt.proto, pkt.len, pkt.sport, pkt.dport, pkt.tcpflags, pkt.fragoff,
            pkt.truncated, pkt.icmp_type, pkt.icmp_code)


def describe(fields) -> str:
    saddr, daddr, p, length, sport, dport, tcpflags, fragoff, truncated, icmp_type, icmp_code = fields
    src = _QUADS.get(saddr) or ntoa(saddr)
    dst = _QUADS.get(daddr) or ntoa(daddr)
    if fragoff or truncated:
        name = PROTO_NAMES.get(p, f"proto {p}")
        frag = f" frag@{fragoff}" if fragoff else ""
        return f"{src} > {dst} {name}{frag} len={length}"
    if p == IPPROTO_TCP:
        return f"{src}:{sport} > {dst}:{dport} tcp {TCP_FLAGS[tcpflags]} len={length}"
    if p == IPPROTO_UDP:
        return f"{src}:{sport} > {dst}:{dport} udp len={length}"
    if p == IPPROTO_ICMP:
        return f"{src} > {dst} icmp type={icmp_type} code={icmp_code} len={length}"
    return f"{src} > {dst} {PROTO_NAMES.get(p) or f'proto {p}'} len={length}"


class Rule:
    """Who decided: a rule (`num`), a builtin chain's policy or a user chain's implicit return."""
    __slots__ = ("table", "chain", "num", "kind", "comment", "text")

    def __init__(self, table, e):
        self.table, self.chain, self.num = table, e.chain, e.rulenum
        self.kind = "policy" if e.kind == K_POLICY else "return" if e.kind == K_END else "rule"
        self.comment = None
        if e.kind != K_POLICY and e.rule is not None:
            for m in e.rule.matches:
                if m.NAME == "comment":
                    self.comment = m.v.get("comment")
        where = f"{table}/{e.chain} " + ("policy" if self.kind == "policy" else f"rule {e.rulenum}")
        self.text = where + (f" /* {self.comment} */" if self.comment is not None else "")

    def as_dict(self):
        d = {"table": self.table, "chain": self.chain, "rule": self.num if self.kind == "rule" else self.kind}
        if self.comment is not None:
            d["comment"] = self.comment
        return d


class Record:
    """One frame's fate. `by` is the Rule that decided (None when the stack did: see `where`);
    `l2` is the capture's Frame (for the --accepted/--dropped captures); `sent` the IP packet as the
    host delivered, forwarded or sent it (NAT, helpers and TTL applied), or the tuple of `frames`
    fragments a reassembled datagram left as, kept only when the Replayer's `keep_sent` is set;
    `frame` and `ts` are its number and time, `rel` the time since the replay's first frame (rounded
    to the microsecond)."""
    __slots__ = ("capture", "first", "_summary", "fields", "indev", "outdev", "frames", "fate", "where", "by",
                 "path", "ctstate", "ctinfo", "trace", "logs", "events", "generated", "l2", "sent")

    def __init__(self, capture, l2, first, summary, indev, fate, where):
        self.capture, self.l2, self.first = capture, l2, first
        self._summary, self.indev, self.fate, self.where = summary, indev, fate, where
        self.outdev = self.ctstate = ""
        self.frames = 1
        self.ctinfo = None
        self.by = self.sent = None
        self.path = self.trace = self.logs = self.events = self.generated = ()

    @property
    def summary(self) -> str:
        """The one-line packet description, made on first use from the saved `fields`."""
        s = self._summary
        if s is None:
            s = self._summary = describe(self.fields)
        return s

    @property
    def frame(self) -> int:
        return self.l2.no

    @property
    def ts(self) -> float:
        return self.l2.ts

    @property
    def rel(self) -> float:
        return round(self.l2.ts - self.first, 6)    # pcap float times: keep the microseconds honest

    def as_dict(self):
        d = {"capture": self.capture, "frame": self.frame, "time": self.ts, "rel": self.rel,
             "packet": self.summary, "in": self.indev, "out": self.outdev}
        if self.frames != 1:
            d["frames"] = self.frames
        d.update(path=list(self.path), ctstate=self.ctstate, verdict=self.fate)
        if self.ctinfo is not None:
            d["ctinfo"] = self.ctinfo
        if self.by is not None:
            d["by"] = self.by.as_dict()
        elif self.where:
            d["reason"] = self.where
        if self.trace:
            d["trace"] = list(self.trace)
        if self.events:
            d["events"] = [str(e) for e in self.events]
        if self.generated:
            d["generated"] = [{"what": w, "packet": describe_ip(b)} for w, b in self.generated]
        return d


def describe_ip(data: bytes) -> str:
    try:
        return summarize(Packet(data))
    except ValueError:
        return f"{len(data)} bytes"


class Summary:
    def __init__(self):
        self.frames = self.packets = 0
        self.fates: dict[str, int] = {}
        self.unplaced = self.copies = self.not_ipv4 = self.malformed = 0
        self.generated: dict[str, int] = {}
        self.conntrack = False
        self.conntrack_why = ""
        self.captures: list[str] = []
        self.first = self.last = None
        self.never_hit: list[str] = []

    def as_dict(self):
        return {"captures": self.captures, "frames": self.frames, "packets": self.packets,
                "verdicts": self.fates, "unplaced": self.unplaced, "forwarded_copies": self.copies,
                "not_ipv4": self.not_ipv4, "malformed": self.malformed, "generated": self.generated,
                "conntrack": self.conntrack, "conntrack_why": self.conntrack_why,
                "first": self.first, "last": self.last, "never_hit": self.never_hit}


def path_text(path) -> str:
    """`PREROUTING raw,conntrack > INPUT filter` from ["PREROUTING:raw", "PREROUTING:conntrack", ...]."""
    out, hook = [], None
    for step in path:
        h, _, name = step.partition(":")
        if h == hook:
            out[-1] += "," + name
        else:
            out.append(f"{h} {name}")
            hook = h
    return " > ".join(out)
