"""Replay captures through the emulated namespace: place each frame, walk it, report it.

`Replayer.run(captures)` yields one `Record` per frame. Several captures continue each other: one
conntrack table, one clock (relative times count from the first frame of the first capture, and
the clock conntrack and the extensions see never runs backwards). Whatever a packet caused while
it was walked travels on its record: kernel log lines (LOG, NFLOG, and the TRACE lines of packets a
raw-table `-j TRACE` marked), `--trace` lines, conntrack events, and the packets the stack would
have sent by itself (REJECT replies, ICMP time exceeded), which are reported, never walked.

A replay is one store transaction (pyiptables.cli.replay): counters, the conntrack table and
extension state are committed together at the end, or not at all when a capture is unreadable.
"""
from __future__ import annotations

import gc

from ..extensions.targets.log import dump_packet, log_line
from ..gcpause import gc_paused
from ..frames import to_packet
from ..model import TABLES, Ruleset
from ..pcap import CaptureError, iter_frames
from .defrag import refragment
from .needs import conntrack_user
from .record import Record, Rule, Summary, path_text, summarize
from .stack import Stack
from .table import K_END, K_POLICY, K_RETURN, K_VERDICT

CTSTATE_NAMES = {0: "ESTABLISHED", 1: "RELATED", 2: "NEW", 3: "ESTABLISHED", 4: "RELATED", 7: "UNTRACKED"}
ETHERTYPE_NAMES = {0x0806: "ARP", 0x86DD: "IPv6", 0x8035: "RARP", 0x88CC: "LLDP", 0x0000: "unknown"}
ACCEPTED = frozenset(("delivered", "forwarded", "sent"))
# nf_log's trace_loginfo: level 4, NF_LOG_DEFAULT_MASK (TCP sequence, TCP options, IP options, UID)
TRACE_LEVEL, TRACE_LOGFLAGS = 4, 0x0F
OUT = ("out", None)
# The cyclic GC is paused during a replay (its passes over the growing conntrack table were ~4% of
# a million-packet run): a walk makes no reference cycles (helpers unlink master and expectations
# explicitly), and the young generations are still collected every 2**17 frames, so cyclic garbage
# from anywhere stays bounded on long captures.
YOUNG_GC_EVERY = (1 << 17) - 1
_new = object.__new__


class Replayer:
    """Walks frames through a Stack built once from the store's ruleset, host and tracker.

    trace: also collect the `TRACE: table:chain:rule|return|policy:N` line of every rule each packet
    matched; events: collect conntrack events on the records; event_sink: called with every
    conntrack event. With neither, the tracker formats no events at all. so_broadcast: the host's
    own frames are sent by a socket with SO_BROADCAST (else a broadcast one is refused).
    Set `describe = False` when nobody reads the records' one-line packet descriptions, and
    `keep_sent = True` to have each accepted record keep its packet as it left (`sent`)."""

    describe = True
    keep_sent = False

    def __init__(self, ruleset: Ruleset, host, tracker, trace=False, force_in=None, events=False, event_sink=None,
                 ipv4=None, so_broadcast=False):
        self.summary = s = Summary()
        self.ruleset = ruleset
        self.host = host
        self.force_in = force_in
        self.want_trace = trace
        self.want_events = events
        self.event_sink = event_sink
        self._logs, self._events, self._generated, self._trace = [], [], [], []
        marks = any(r.target is not None and r.target.NAME == "TRACE"
                    for t in ruleset.tables.values() for c in t.chains.values() for r in c.rules)
        self.stack = Stack(ruleset, host, tracker, log=self._logs.append, generated=self._on_generated,
                           trace=self._on_trace if trace or marks else None, ipv4=ipv4,
                           so_broadcast=so_broadcast)
        self.tracker = self.stack.tracker
        if self.tracker is not None:
            self.tracker.sink = self._on_event if events or event_sink is not None else None
        s.conntrack = self.tracker is not None
        who = conntrack_user(ruleset)
        s.conntrack_why = (f"{who[3]} in {who[0]}/{who[1]} rule {who[2]} needs it" if who else
                           "no rule needs it")
        self._rules: dict = {}                  # Entry -> Rule, built on first use
        self._trace_text: dict = {}             # Entry -> "TRACE: ..." prefix
        self._noforward: dict = {}
        self._hits = [(t.name, c.name, n, r, r.pcnt) for t in ruleset.tables.values()
                      for c in t.ordered_chains() for n, r in enumerate(c.rules, 1)]
        self._local_macs = {}
        self._by_index = {}
        for link in host.links.values():
            self._by_index[link.index] = link.name
            if link.mac and link.kind != "loopback":
                self._local_macs[bytes(link.mac)] = link.name
        self._to_local = {mac: ("in", name) for mac, name in self._local_macs.items()}
        self._heard_on = {}                     # source MAC -> ("in", link) of its unicast frames to us
        self._first = None
        self._clock = float("-inf")
        self._frame = None

    # -- what a walk produces besides its verdict ---------------------------------------------------
    def _on_generated(self, what, data):
        self._generated.append((what, data))
        g = self.summary.generated
        g[what] = g.get(what, 0) + 1

    def _on_event(self, ev):
        if self.want_events:
            self._events.append(ev)
        if self.event_sink is not None:
            self.event_sink(ev)

    def _on_trace(self, table, e, pkt):
        """ipt_do_table's trace_packet(): called for every rule the packet matched."""
        text = self._trace_text.get(e)
        if text is None:
            text = self._trace_text[e] = trace_prefix(table, e)
        if self.want_trace:
            self._trace.append(text)
        if pkt.trace:
            self._logs.append(log_line(f"{text} " + dump_packet(pkt, self.stack.par, TRACE_LOGFLAGS),
                                       TRACE_LEVEL, "TRACE"))

    def _take(self, rec):
        """Hand what the walk collected to the record (fresh lists only when something came)."""
        if self._logs:
            rec.logs = self._logs[:]
            self._logs.clear()
        if self._events:
            rec.events, self._events = self._events, []
        if self._generated:
            rec.generated, self._generated = self._generated, []
        if self._trace:
            rec.trace, self._trace = self._trace, []

    # -- placing frames -------------------------------------------------------------------------------
    def place(self, frame, pkt):
        """('out', None) for the host's own frames, ('in', ifname) for received ones,
        ('copy', None) for the outgoing copy of a forwarded packet, or None when unknown."""
        if self.force_in:
            return "in", self.force_in
        pkttype = frame.pkttype
        if pkttype == 4:                # PACKET_OUTGOING in a cooked capture
            if self.host.addr_type(pkt.saddr) == "LOCAL":
                return OUT
            return "copy", None
        src, dst = frame.l2src, frame.l2dst
        if type(src) is not bytes or type(dst) is not bytes:
            src, dst = bytes(src or b""), bytes(dst or b"")
        if src in self._local_macs:
            return OUT
        ifname = frame.ifname
        if ifname and ifname in self.host.links:
            return "in", ifname
        if frame.ifindex and pkttype != 4 and frame.ifindex in self._by_index:
            return "in", self._by_index[frame.ifindex]      # SLL2 names the capturing host's ifindex
        where = self._to_local.get(dst)
        if where is not None:
            self._heard_on[src] = where
            return where
        if dst[:1] and dst[0] & 1:
            where = self._heard_on.get(src)
            if where is not None:
                return where                    # a station already heard on that segment
            dev = self._segment_of(pkt)
            if dev is not None:
                return "in", dev
        return None

    def _segment_of(self, pkt):
        """A link-layer broadcast or multicast frame reached every host on its segment: the one up
        interface whose subnet holds its source or whose broadcast address is its destination."""
        found = {link.name for link in self.host.links.values() if link.up and link.kind != "loopback"
                 for a in link.addrs if a.match(pkt.saddr) or (a.brd and a.brd == pkt.daddr)}
        return found.pop() if len(found) == 1 else None

    @property
    def frame_no(self) -> int:
        """The frame being replayed, numbered in its capture (0 before the first)."""
        return self._frame.no if self._frame is not None else 0

    # -- the replay -------------------------------------------------------------------------------------
    def run(self, captures):
        """Yield one Record per frame of each capture in turn: a path, "-" (stdin), or a binary
        file object. Raises CaptureError (naming the file and frame) on an unreadable capture."""
        if isinstance(captures, (str, bytes)) or hasattr(captures, "read") or hasattr(captures, "__fspath__"):
            captures = [captures]
        with gc_paused():
            s = self.summary
            place, walk = self.place, self.walk
            for src in captures:
                name = "<stdin>" if src == "-" else str(getattr(src, "name", src))
                s.captures.append(name)
                for frame in iter_frames(src):
                    s.frames += 1
                    if not s.frames & YOUNG_GC_EVERY:
                        gc.collect(1)
                    self._frame = frame
                    ts = frame.ts
                    if self._first is None:
                        self._first = s.first = ts
                    s.last = ts
                    if ts > self._clock:
                        self._clock = ts
                    if frame.ethertype != 0x0800:
                        s.not_ipv4 += 1
                        kind = ETHERTYPE_NAMES.get(frame.ethertype, f"ethertype 0x{frame.ethertype:04x}")
                        yield Record(name, frame, self._first, f"{len(frame.ip)} bytes {kind}", "", "skipped",
                                     f"not IPv4 ({kind})")
                        continue
                    try:
                        pkt = to_packet(frame, name)
                    except CaptureError as e:
                        # ip_rcv_core() drops it before any hook; the capture itself is fine
                        s.malformed += 1
                        s.fates["dropped"] = s.fates.get("dropped", 0) + 1
                        why = e.message.rsplit(f"frame {frame.no}: ", 1)[-1]
                        yield Record(name, frame, self._first, f"{len(frame.ip)} bytes", "", "dropped",
                                     "ip_rcv: " + why)
                        continue
                    where = place(frame, pkt)
                    if where is None:
                        s.unplaced += 1
                        yield Record(name, frame, self._first, summarize(pkt), "", "unplaced",
                                     "no local interface has its source or destination MAC, nor its subnet")
                        continue
                    if where[1] is None and where[0] == "copy":
                        s.copies += 1
                        yield Record(name, frame, self._first, summarize(pkt), "", "skipped",
                                     "outgoing copy of a packet the host forwarded")
                        continue
                    yield walk(pkt, where, name, frame)
            self.stack.defrag.expire(self._clock)     # the store keeps only queues still alive

    def _sent(self, pkt, v):
        """The packet as it left: bytes, or the fragments ip_fragment() cut a reassembled one into."""
        if v.frames == 1:
            return bytes(pkt.data)
        return tuple(refragment(pkt, self.stack.out_mtu(v.outdev)))

    def walk(self, pkt, where, name, frame) -> Record:
        """Walk one placed packet and make its record."""
        rec = _new(Record)
        rec.capture, rec.l2, rec.first = name, frame, self._first
        if self.describe:                   # before the walk: NAT rewrites the packet
            rec._summary = None
            rec.fields = (pkt.saddr, pkt.daddr, pkt.proto, pkt.len, pkt.sport, pkt.dport, pkt.tcpflags,
                          pkt.fragoff, pkt.truncated, pkt.icmp_type, pkt.icmp_code)     # fields_of(), inline
        else:
            rec._summary = ""
        now = self._clock
        self.stack.par.now = now
        tracker = self.tracker
        if tracker is not None:
            # the GC on the capture clock: expire() does nothing before either of these times
            tracker.now = now
            if now >= tracker.gc_next or now >= tracker.expectations.next_expiry:
                tracker.expire(now)
        if where[1] is None:
            v = self.stack.local_out(pkt)
        elif frame.vlan:
            # no VLAN device here: __netif_receive_skb_core() makes a frame tagged with another VID
            # than 0 PACKET_OTHERHOST, which ip_rcv() drops
            v = self.stack.dropped_on(pkt, where[1], f"802.1Q VLAN {frame.vlan} on {where[1]}, which has no "
                                                     "VLAN device (ip_rcv: PACKET_OTHERHOST)")
        else:
            v = self.stack.receive(pkt, where[1], snapped=frame.cut)
        s = self.summary
        s.packets += 1
        fate = v.fate
        fates = s.fates
        fates[fate] = fates.get(fate, 0) + 1
        rec.fate, rec.outdev, rec.path, rec.frames = fate, v.outdev, v.path, v.frames
        rec.sent = self._sent(pkt, v) if self.keep_sent and fate in ACCEPTED else None
        rec.indev = v.indev or (where[1] or "")
        rec.by = rec.ctinfo = None
        rec.where = rec.ctstate = ""
        last = v.last
        if fate in ACCEPTED:
            if last is not None:
                e = v.filt or last
                rec.by = self._rules.get(e) or self._rule(e)
        elif last is not None and v.where.startswith(last.table + "/"):
            rec.by = self._rules.get(last) or self._rule(last)
        elif v.where == "routing: unreachable" and rec.indev and self._forwarding_off(rec.indev):
            rec.where = f"routing: unreachable (net.ipv4.conf.{rec.indev}.forwarding=0, ip_forward off)"
        else:
            rec.where = v.where
        ci = pkt.ctinfo
        if pkt.nfct_untracked or ci == 7:
            rec.ctstate = "UNTRACKED"
        elif v.tracked:
            if pkt.ct is None:
                rec.ctstate = "INVALID"
            else:
                rec.ctstate, rec.ctinfo = CTSTATE_NAMES.get(ci) or str(ci), ci
        rec.trace = rec.logs = rec.events = rec.generated = ()
        if self._logs or self._events or self._generated or self._trace:
            self._take(rec)
        return rec

    def _forwarding_off(self, dev: str) -> bool:
        """ip_route_input_slow() answers EHOSTUNREACH when the input device does not forward."""
        off = self._noforward.get(dev)
        if off is None:
            try:
                off = self._noforward[dev] = self.host.sysctl(f"net.ipv4.conf.{dev}.forwarding").strip() == "0"
            except Exception:       # a host without that key
                off = self._noforward[dev] = False
        return off

    def _rule(self, e) -> Rule:
        r = self._rules.get(e)
        if r is None:
            r = self._rules[e] = Rule(e.table, e)
        return r

    def finish(self) -> Summary:
        """The summary, with the rules no packet of this replay hit."""
        s = self.summary
        s.never_hit = [f"{t}/{c} rule {n}" for t, c, n, r, before in self._hits if r.pcnt == before]
        return s


def trace_prefix(table: str, e) -> str:
    """`TRACE: table:chain:type:rulenum` as trace_packet() computes it. get_chainname_rulenum()
    calls an entry `policy` (builtin chain) or `return` (user chain) whenever it is unconditional
    with a standard verdict: that covers the chain tails, and also a rule like `-A INPUT -j ACCEPT`
    or an unconditional `-j RETURN`."""
    tail = e.kind in (K_POLICY, K_END) or (
        e.kind in (K_VERDICT, K_RETURN) and not e.ipcheck and not e.matches and not e.rule.invflags)
    builtin = e.chain in TABLES[table][0]
    kind = ("policy" if builtin else "return") if tail else "rule"
    return f"TRACE: {table}:{e.chain}:{kind}:{e.rulenum}"


__all__ = ["Replayer", "Record", "Rule", "Summary", "CaptureError", "summarize", "path_text", "trace_prefix"]
