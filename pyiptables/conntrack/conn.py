"""One connection-tracking entry (struct nf_conn), kept small: a million entries must fit in RAM.

Tuples are packed into one int per direction (`korig`, `krepl`); the table is one dict keyed by
both. `tuple_orig` / `tuple_reply` unpack them on demand into
    (src, dst, protonum, sport, dport)
with host-order int addresses. For ICMP, as in the kernel's tuple union, sport is the echo id and
dport is (type << 8) | code. For protocols without ports both are 0. The zone id used for the
lookup sits above the tuple bits, so zone 0 keys stay 104 bits wide.
Rarely used fields (secmark, labels, helper, master, expecting, counters, timestamps, NAT data)
live in one optional `ext` object, so an ordinary entry carries only ten slots.
"""
from __future__ import annotations

# ct->status bits (include/uapi/linux/netfilter/nf_conntrack_common.h)
IPS_EXPECTED = 1 << 0
IPS_SEEN_REPLY = 1 << 1
IPS_ASSURED = 1 << 2
IPS_CONFIRMED = 1 << 3
IPS_SRC_NAT = 1 << 4
IPS_DST_NAT = 1 << 5
IPS_NAT_MASK = IPS_SRC_NAT | IPS_DST_NAT
IPS_SEQ_ADJUST = 1 << 6
IPS_SRC_NAT_DONE = 1 << 7
IPS_DST_NAT_DONE = 1 << 8
IPS_NAT_DONE_MASK = IPS_SRC_NAT_DONE | IPS_DST_NAT_DONE
IPS_DYING = 1 << 9
IPS_FIXED_TIMEOUT = 1 << 10
IPS_TEMPLATE = 1 << 11
IPS_UNTRACKED = 1 << 12
IPS_HELPER = 1 << 13
IPS_OFFLOAD = 1 << 14
IPS_HW_OFFLOAD = 1 << 15
IPS_NAT_CLASH = 1 << 16

# enum ip_conntrack_info
IP_CT_ESTABLISHED = 0
IP_CT_RELATED = 1
IP_CT_NEW = 2
IP_CT_IS_REPLY = 3
IP_CT_ESTABLISHED_REPLY = IP_CT_ESTABLISHED + IP_CT_IS_REPLY
IP_CT_RELATED_REPLY = IP_CT_RELATED + IP_CT_IS_REPLY
IP_CT_NUMBER = 5
IP_CT_UNTRACKED = 7
# Not a kernel value: skb->_nfct == 0 (no entry, not untracked), i.e. ctstate INVALID.
# XT_CONNTRACK_STATE_BIT(ctinfo) = 1 << (ctinfo + 1) maps it to bit 0, the INVALID bit.
IP_CT_INVALID = -1

IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY = 0, 1

# ct event bits (enum ip_conntrack_events)
IPCT_NEW, IPCT_RELATED, IPCT_DESTROY, IPCT_REPLY, IPCT_ASSURED, IPCT_PROTOINFO, IPCT_HELPER, \
    IPCT_MARK, IPCT_SEQADJ, IPCT_SECMARK, IPCT_LABEL, IPCT_SYNPROXY = range(12)

MASK32 = 0xFFFFFFFF


def pack(src: int, dst: int, proto: int, sport: int, dport: int, zone: int = 0) -> int:
    """A tuple as one int: zone(16) proto(8) src(32) dst(32) sport(16) dport(16)."""
    return (((zone << 8 | proto) << 32 | src) << 32 | dst) << 32 | sport << 16 | dport


def unpack(k: int) -> tuple:
    """Inverse of pack() without the zone: (src, dst, proto, sport, dport)."""
    return ((k >> 64) & MASK32, (k >> 32) & MASK32, (k >> 96) & 0xFF, (k >> 16) & 0xFFFF, k & 0xFFFF)


def key_zone(k: int) -> int:
    return k >> 104


class ConnExt:
    """The rarely present parts of an entry (kernel: ct extensions and master/expect links)."""

    __slots__ = ("secmark", "labels", "helper", "master", "expecting", "acct", "tstart", "tstop",
                 "zone_dir", "nat", "seqadj", "ctmask")

    def __init__(self):
        self.secmark = 0
        self.labels = None       # bitmask of connlabel bits; None: no labels extension (nf_ct_labels_ext_add)
        self.helper = None       # helper name (str)
        self.master = None       # master Conn for RELATED/EXPECTED entries
        self.expecting = None    # list of expectations this entry set up
        self.acct = None         # [orig_packets, orig_bytes, reply_packets, reply_bytes] when nf_conntrack_acct
        self.tstart = 0.0        # capture time of confirmation when nf_conntrack_timestamp (0 = none)
        self.tstop = 0.0
        self.zone_dir = 3        # NF_CT_ZONE_DIR_ORIG | NF_CT_ZONE_DIR_REPL
        self.nat = None          # owned by the NAT module
        self.seqadj = None       # owned by the NAT/helper code: callable(ct, dir, seq) -> offset
        self.ctmask = None       # event mask from a CT --ctevents template (None = all)

    def __getstate__(self):
        return tuple(getattr(self, k) for k in ConnExt.__slots__)

    def __setstate__(self, st):
        for k, v in zip(ConnExt.__slots__, st):
            setattr(self, k, v)


def _ext_property(name):
    default = getattr(ConnExt(), name)

    def get(self):
        e = self.ext
        return default if e is None else getattr(e, name)

    def set(self, v):
        e = self.ext
        if e is None:
            if v == default:
                return
            e = self.ext = ConnExt()
        setattr(e, name, v)
    return property(get, set, doc=f"ext.{name} (default {default!r})")


class Conn:
    """struct nf_conn. `timeout` is the absolute expiry on the capture clock (seconds);
    while unconfirmed it holds the relative timeout, as the kernel's ct->timeout does.
    `proto` is the protocol's public state (TCP: state index into proto_tcp.NAMES; else 0),
    `pdata` its private data (TCP: packed window tracking; UDP: stream start time)."""

    __slots__ = ("korig", "krepl", "status", "mark", "zone", "timeout", "proto", "pdata", "id", "ext")

    def __init__(self, korig: int, krepl: int, zone: int = 0):
        self.korig = korig
        self.krepl = krepl
        self.status = 0
        self.mark = 0
        self.zone = zone
        self.timeout = 0.0
        self.proto = 0
        self.pdata = None
        self.id = 0
        self.ext = None

    @property
    def tuple_orig(self) -> tuple:
        return unpack(self.korig)

    @property
    def tuple_reply(self) -> tuple:
        return unpack(self.krepl)

    @property
    def protonum(self) -> int:
        return (self.korig >> 96) & 0xFF

    secmark = _ext_property("secmark")
    labels = _ext_property("labels")
    helper = _ext_property("helper")
    master = _ext_property("master")
    expecting = _ext_property("expecting")
    zone_dir = _ext_property("zone_dir")

    def ensure_ext(self) -> ConnExt:
        if self.ext is None:
            self.ext = ConnExt()
        return self.ext

    def direction_of(self, key: int) -> int:
        return IP_CT_DIR_ORIGINAL if key == self.korig else IP_CT_DIR_REPLY

    def expires_in(self, now: float) -> float:
        """nf_ct_expires(): remaining seconds, never negative."""
        if not self.status & IPS_CONFIRMED:
            # until __nf_conntrack_confirm() adds the clock, ct->timeout holds the relative timeout,
            # and nf_ct_expires() still subtracts the 32-bit jiffies clock: on a host up for more than
            # a few minutes (and less than ~99 days at HZ=250) the difference is negative, so 0
            return 0.0
        r = self.timeout - now
        return r if r > 0 else 0.0

    def __getstate__(self):
        return (self.korig, self.krepl, self.status, self.mark, self.zone, self.timeout, self.proto,
                self.pdata, self.id, self.ext)

    def __setstate__(self, st):
        (self.korig, self.krepl, self.status, self.mark, self.zone, self.timeout, self.proto,
         self.pdata, self.id, self.ext) = st

    def __repr__(self):
        from ..packet import ntoa
        s, d, p, sp, dp = self.tuple_orig
        return f"<Conn {p} {ntoa(s)}:{sp} -> {ntoa(d)}:{dp} status={self.status:#x} proto={self.proto}>"
