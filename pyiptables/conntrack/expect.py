"""The expectation table (nf_conntrack_expect.c): connections a helper announced before they start.

An expectation is a tuple plus a mask over its source part (the destination and the protocol
always compare exactly), the master connection whose helper set it up, a class (index into the
helper's expect policies), flags and a timer. A new connection whose original tuple matches one
becomes EXPECTED (ctstate RELATED): `find()` is what init_conntrack's nf_ct_find_expectation does.

The table belongs to a Tracker (`tracker.expectations`, created by the tracker) and reports
through the tracker's event sink: records carry `"x": 1` so event readers can tell them from
connection events (`conntrack -E expect` shows only these, `conntrack -E` never).

The master's side (struct nf_conn_help: the per-class counts, its expectations newest first, and
the helper's private data) is a `Help` kept in `master.ext.expecting`.

Limits as the kernel applies them in nf_ct_expect_related(): a second expectation with the same
tuple and mask from the same master replaces the first; one whose masked tuple overlaps another
master's is refused (-EBUSY); over the helper policy's max_expected the master's oldest of that
class is evicted; over net.netfilter.nf_conntrack_expect_max the new one is refused (-EMFILE).
"""
from __future__ import annotations

from .conn import IPS_CONFIRMED, IPS_DYING, pack, unpack
from .events import make_event

# exp->flags (uapi nf_conntrack_common.h)
NF_CT_EXPECT_PERMANENT, NF_CT_EXPECT_INACTIVE, NF_CT_EXPECT_USERSPACE = 1, 2, 4
NF_CT_EXPECT_CLASS_DEFAULT = 0
NF_CT_EXP_F_SKIP_MASTER = 1
IPEXP_NEW, IPEXP_DESTROY = 0, 1
EALREADY, EBUSY, EMFILE, ESHUTDOWN = 114, 16, 24, 108

M32 = 0xFFFFFFFF
# the part of a packed tuple the kernel's expectation hash covers: protocol, destination, dport
DST_BITS = (0xFF << 96) | (M32 << 32) | 0xFFFF


class Policy:
    """struct nf_conntrack_expect_policy: per class of a helper."""

    __slots__ = ("max_expected", "timeout", "name")

    def __init__(self, max_expected: int, timeout: int, name: str = ""):
        self.max_expected, self.timeout, self.name = max_expected, timeout, name


class Help:
    """struct nf_conn_help without the helper pointer (that is `ct.ext.helper`, a name)."""

    __slots__ = ("expecting", "exps", "data")

    def __init__(self, data=None):
        self.expecting = [0, 0, 0, 0]      # NF_CT_MAX_EXPECT_CLASSES
        self.exps = []                     # this master's expectations, newest first
        self.data = data                   # the helper's private data (ftp: newline sequence numbers)

    def __getstate__(self):
        return self.expecting, self.exps, self.data

    def __setstate__(self, st):
        self.expecting, self.exps, self.data = st


def help_of(ct, data_factory=None) -> Help:
    """nfct_help(): the master's Help, created on first use (nf_ct_helper_ext_add)."""
    e = ct.ensure_ext()
    h = e.expecting
    if h is None:
        h = e.expecting = Help(data_factory() if data_factory is not None else None)
    return h


class Expectation:
    """struct nf_conntrack_expect. Addresses are host-order ints; `smask` / `spmask` mask the
    source address / port (0 = any); `timeout` is the absolute expiry on the capture clock."""

    __slots__ = ("src", "dst", "proto", "sport", "dport", "smask", "spmask", "master", "mkey", "zone",
                 "helper", "cls", "flags", "timeout", "id", "expectfn", "saved_addr", "saved_proto", "dir")

    def __init__(self, master, cls, src, dst, proto, sport, dport):
        """nf_ct_expect_alloc + nf_ct_expect_init: src None = any source address, sport None = any
        source port; the destination is always exact."""
        self.master = master
        self.mkey = master.korig
        self.zone = master.zone
        self.cls = cls
        self.flags = 0
        self.helper = None          # helper the expected connection gets (exp->helper)
        self.expectfn = None        # callable(tracker, ct, exp) run once the expected connection exists
        self.src, self.smask = (0, 0) if src is None else (src, M32)
        self.sport, self.spmask = (0, 0) if sport is None else (sport, 0xFFFF)
        self.dst, self.proto, self.dport = dst, proto, dport
        self.timeout = 0.0
        self.id = 0
        self.saved_addr = self.saved_proto = 0
        self.dir = 0

    @property
    def dkey(self) -> int:
        return pack(0, self.dst, self.proto, 0, self.dport)

    def matches(self, korig: int) -> bool:
        """nf_ct_tuple_mask_cmp() of a connection's original tuple (the zone is checked apart)."""
        return ((korig & DST_BITS) == self.dkey and not (((korig >> 64) & M32) ^ self.src) & self.smask
                and not (((korig >> 16) & 0xFFFF) ^ self.sport) & self.spmask)

    def __getstate__(self):
        # the master is stored by its original tuple: the table rebuilds its Conn objects on load
        return tuple(None if k == "master" else getattr(self, k) for k in Expectation.__slots__)

    def __setstate__(self, st):
        for k, v in zip(Expectation.__slots__, st):
            setattr(self, k, v)

    def __repr__(self):
        from ..packet import ntoa
        return (f"<Expectation {self.proto} {ntoa(self.src)}/{self.smask:#x}:{self.sport}/{self.spmask:#x}"
                f" -> {ntoa(self.dst)}:{self.dport} class={self.cls} expires={self.timeout}>")


def _expect_matches(a: Expectation, b: Expectation) -> bool:
    """Same tuple, same mask, same zone."""
    return (a.src == b.src and a.sport == b.sport and a.dst == b.dst and a.dport == b.dport
            and a.proto == b.proto and a.smask == b.smask and a.spmask == b.spmask and a.zone == b.zone)


def _expect_clash(a: Expectation, b: Expectation) -> bool:
    """Equal where both masks care: a connection could match either."""
    sm, pm = a.smask & b.smask, a.spmask & b.spmask
    return (a.dst == b.dst and a.dport == b.dport and a.proto == b.proto and a.zone == b.zone
            and not (a.src ^ b.src) & sm and not (a.sport ^ b.sport) & pm)


class ExpectTable:
    """The expectation hash of one namespace (tracker.expectations)."""

    def __init__(self, tracker):
        self.tr = tracker
        self.buckets: dict[int, list] = {}     # dst key -> expectations, newest first
        self.order: dict = {}                  # every expectation, in creation order (listing order)
        self.count = 0
        self.next_expiry = float("inf")
        self.last_id = 0
        self.stats = {"expect_new": 0, "expect_create": 0, "expect_delete": 0}
        self.bound = True

    def __getstate__(self):
        return self.tr, list(self.order), self.last_id, self.stats

    def __setstate__(self, st):
        self.tr, exps, self.last_id, self.stats = st
        self.order = {e: None for e in exps}
        self.buckets = {}
        for e in reversed(exps):
            self.buckets.setdefault(e.dkey, []).insert(0, e)
        self.count = len(exps)
        self.next_expiry = min((e.timeout for e in exps), default=float("inf"))
        self.bound = False

    def _bind(self):
        """After loading: point expectations at the table's rebuilt master entries."""
        self.bound = True
        table = self.tr.table
        for e in list(self.order):
            m = table.get(e.mkey)
            if m is None:
                self._unlink(e, report=False)
            else:
                e.master = m

    # -- the container protocol the CLI uses ----------------------------------------------------
    def __len__(self):
        return self.count

    def __bool__(self):
        return self.count > 0

    def __iter__(self):
        if not self.bound:
            self._bind()
        return iter(list(self.order))

    def clear(self) -> int:
        """conntrack -F expect: remove every expectation (DESTROY events)."""
        n = 0
        for e in list(self):
            self._unlink(e)
            n += 1
        return n

    # -- the kernel's operations -----------------------------------------------------------------
    def find(self, ct):
        """nf_ct_find_expectation(): the expectation a new entry fulfils, unlinked unless PERMANENT."""
        if not self.bound:
            self._bind()
        k = ct.korig
        bucket = self.buckets.get(k & DST_BITS)
        if not bucket:
            return None
        src, sport = (k >> 64) & M32, (k >> 16) & 0xFFFF
        for exp in bucket:
            if (not exp.flags & NF_CT_EXPECT_INACTIVE and not (src ^ exp.src) & exp.smask
                    and not (sport ^ exp.sport) & exp.spmask and exp.zone == ct.zone):
                break
        else:
            return None
        m = exp.master
        # an unconfirmed master's packet has not left yet: nobody can know of this expectation
        if not m.status & IPS_CONFIRMED or m.status & IPS_DYING:
            return None
        if exp.timeout <= self.tr.now:
            self._unlink(exp)            # its timer is due: it fires rather than match
            return None
        self.stats["expect_new"] += 1
        if not exp.flags & NF_CT_EXPECT_PERMANENT:
            self._unlink(exp)
        return exp

    def related(self, exp: Expectation, policy: Policy | None, flags: int = 0) -> int:
        """nf_ct_expect_related(): insert, or refuse with a negative errno. `policy` is the master's
        helper policy for exp.cls (max_expected, timeout); None when the master has no helper."""
        if not self.bound:
            self._bind()
        master = exp.master
        h = master.ext.expecting if master.ext is not None else None
        if h is None:
            return -ESHUTDOWN
        for i in list(self.buckets.get(exp.dkey, ())):
            if (flags & NF_CT_EXP_F_SKIP_MASTER or i.master is master) and _expect_matches(i, exp):
                if i.cls != exp.cls or i.master is not master:
                    return -EALREADY
                self._unlink(i)
                break
            if _expect_clash(i, exp):
                return -EBUSY
        if policy is not None and policy.max_expected and h.expecting[exp.cls] >= policy.max_expected:
            # evict_oldest_expect(): the master's oldest of this class
            for old in reversed(h.exps):
                if old.cls == exp.cls:
                    self._unlink(old)
                    break
            if h.expecting[exp.cls] >= policy.max_expected:
                return -EMFILE
        if self.count >= self.tr.expect_max:
            return -EMFILE
        self._insert(exp, h, policy)
        return 0

    def _insert(self, exp, h, policy):
        now = self.tr.now
        exp.timeout = now + (policy.timeout if policy is not None else 0)
        self.last_id += 1
        exp.id = (self.last_id * 2246822519 + 0x5EED) & M32
        h.exps.insert(0, exp)
        h.expecting[exp.cls] += 1
        self.buckets.setdefault(exp.dkey, []).insert(0, exp)
        self.order[exp] = None
        self.count += 1
        if exp.timeout < self.next_expiry:
            self.next_expiry = exp.timeout
        self.stats["expect_create"] += 1
        self._event(exp, "NEW")

    def _unlink(self, exp, report=True, when=None):
        """nf_ct_unlink_expect(): out of the hash and the master's list, DESTROY event (at `when`)."""
        if exp not in self.order:
            return
        del self.order[exp]
        b = self.buckets.get(exp.dkey)
        if b is not None:
            for j, e in enumerate(b):
                if e is exp:
                    del b[j]
                    break
            if not b:
                del self.buckets[exp.dkey]
        self.count -= 1
        m = exp.master
        h = m.ext.expecting if m is not None and m.ext is not None else None
        if h is not None:
            for j, e in enumerate(h.exps):
                if e is exp:
                    del h.exps[j]
                    h.expecting[exp.cls] -= 1
                    break
        self.stats["expect_delete"] += 1
        if report:
            self._event(exp, "DESTROY", when)

    def lookup(self, src, dst, proto, dport, zone, sport=0):
        """__nf_ct_expect_find(): the newest expectation a tuple would match, or None; inactive ones
        included, nothing unlinked."""
        if not self.bound:
            self._bind()
        for e in self.buckets.get(pack(0, dst, proto, 0, dport), ()):
            if not (src ^ e.src) & e.smask and not (sport ^ e.sport) & e.spmask and e.zone == zone:
                return e
        return None

    def retime(self, exp, expiry: float):
        """mod_timer_pending(): the expectation's timer fires at `expiry` instead."""
        exp.timeout = expiry
        self.next_expiry = min((e.timeout for e in self.order), default=float("inf"))

    def unexpect(self, exp):
        """nf_ct_unexpect_related(): take back an expectation just inserted."""
        if not self.bound:
            self._bind()            # one loaded from the store: its DESTROY event reads the master
        if exp in self.order:
            self._unlink(exp)

    def remove_master(self, ct):
        """nf_ct_remove_expectations(): a dying master takes its expectations with it."""
        if not self.bound:
            self._bind()
        h = ct.ext.expecting if ct.ext is not None else None
        if h is None:
            return
        # reaping is modelled as prompt: an entry that timed out took its expectations at its expiry
        when = ct.timeout if ct.status & IPS_CONFIRMED and ct.timeout < self.tr.now else None
        for e in list(h.exps):
            self._unlink(e, when=when)

    def expire(self, now: float) -> int:
        """The expectations' timers on the capture clock: each fires at its expiry (DESTROY)."""
        if now < self.next_expiry:
            return 0
        if not self.bound:
            self._bind()
        due = sorted((e for e in self.order if e.timeout <= now), key=lambda e: e.timeout)
        for e in due:
            self._unlink(e, when=e.timeout)
        self.next_expiry = min((e.timeout for e in self.order), default=float("inf"))
        return len(due)

    # -- events ------------------------------------------------------------------------------------
    def _event(self, exp, kind, when=None):
        tr = self.tr
        if tr.sink is None or not tr.has_ecache(exp.master):     # the master's extension
            return
        now = tr.now if when is None else when
        rec = record(exp, now, kind)
        tr.sink(make_event(format_expect(rec, kind), now, kind, rec))


# -- what ctnetlink reports, as conntrack-tools prints it -------------------------------------------
def record(exp: Expectation, now: float, kind=None) -> dict:
    """ctnetlink_exp_dump_expect(): a JSON-able snapshot (`"x": 1` marks an expectation)."""
    left = int(exp.timeout - now)
    m = exp.master
    mo = unpack(m.korig) if m is not None else unpack(exp.mkey)
    rec = {"x": 1, "t": left if left > 0 else 0, "p": exp.proto,
           "o": [exp.src, exp.dst, exp.sport, exp.dport],
           "m": [exp.smask, M32, exp.spmask, 0xFFFF],
           "ma": [mo[0], mo[1], mo[3], mo[4]], "mp": mo[2],
           "z": exp.zone, "f": exp.flags, "c": exp.cls, "id": exp.id, "now": now}
    h = m.ext.helper if m is not None and m.ext is not None else None
    if h:
        rec["h"] = h
    if kind is not None:
        rec["k"] = kind
    return rec


def _ntoa(a: int) -> str:
    return f"{a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.{a & 255}"


_PORTS = frozenset((6, 17, 136, 132, 33))


def _ports(p, sport, dport) -> str:
    if p in _PORTS:
        return f"sport={sport} dport={dport} "
    if p == 47:
        return f"srckey={sport:#x} dstkey={dport:#x} "
    return ""


def format_expect(rec: dict, kind=None) -> str:
    """One line as `conntrack -L expect` / `conntrack -E expect` print it (libnetfilter_conntrack's
    __snprintf_expect_default): the trailing blank is cut."""
    out = []
    if kind:
        out.append(f"{'[' + kind + ']':>9} ")
    p = rec["p"]
    o, m, ma = rec["o"], rec["m"], rec["ma"]
    out.append(f"{rec['t']} proto={p} src={_ntoa(o[0])} dst={_ntoa(o[1])} {_ports(p, o[2], o[3])}"
               f"mask-src={_ntoa(m[0])} mask-dst={_ntoa(m[1])} {_ports(p, m[2], m[3])}"
               f"master-src={_ntoa(ma[0])} master-dst={_ntoa(ma[1])} {_ports(rec.get('mp', p), ma[2], ma[3])}")
    if rec.get("z"):
        out.append(f"zone={rec['z']} ")
    f = rec.get("f", 0)
    names = [n for bit, n in ((NF_CT_EXPECT_PERMANENT, "PERMANENT"), (NF_CT_EXPECT_INACTIVE, "INACTIVE"),
                              (NF_CT_EXPECT_USERSPACE, "USERSPACE")) if f & bit]
    out.append(",".join(names))
    if f:
        out.append(" ")
    out.append(f"class={rec['c']} ")
    if rec.get("h"):
        out.append(f"helper={rec['h']}")
    s = "".join(out)
    return s[:-1] if s.endswith(" ") else s


def table_of(tracker) -> ExpectTable:
    """tracker.expectations as an ExpectTable (a tracker stored before helpers existed has a list)."""
    t = tracker.expectations
    if not isinstance(t, ExpectTable):
        t = tracker.expectations = ExpectTable(tracker)
    return t


def format_expect_xml(rec: dict) -> str:
    """One `<flow>` of `conntrack -L expect -o xml` (measured on conntrack 1.4.7)."""
    p = rec["p"]
    o, m, ma = rec["o"], rec["m"], rec["ma"]
    from .output import proto_name
    out = ['<flow><layer3 protonum="2" protoname="ipv4">']
    for tag, t in (("expected", o), ("mask", m), ("master", ma)):
        out.append(f"<{tag}><src>{_ntoa(t[0])}</src><dst>{_ntoa(t[1])}</dst></{tag}>")
    out.append(f'</layer3><layer4 protonum="{p}" protoname="{proto_name(p)}">')
    if p in _PORTS:
        for tag, t in (("expected", o), ("mask", m), ("master", ma)):
            out.append(f"<{tag}><sport>{t[2]}</sport><dport>{t[3]}</dport></{tag}>")
    out.append("</layer4><meta>")
    if rec.get("h"):
        out.append(f"<helper-name>{rec['h']}</helper-name>")
    out.append(f"<timeout>{rec['t']}</timeout><class>{rec['c']}</class></meta></flow>")
    return "".join(out)


def listing(tracker, xml: bool = False) -> list[str]:
    """`conntrack -L expect`: one line (or xml element) per live expectation, at tracker.now."""
    now = tracker.now
    recs = [record(e, now) for e in tracker.expectations if e.timeout > now]
    if xml:
        return ['<?xml version="1.0" encoding="utf-8"?>\n<expect>', *map(format_expect_xml, recs),
                "</expect>"] if recs else []
    return [format_expect(r) for r in recs]
