"""Conntrack helpers (nf_conntrack_helper.c), one module per helper: ftp, tftp, irc, sip, pptp, netbios-ns
and snmp (broadcast.py), amanda, sane; the NAT helpers' shared part is nat.py (nf_nat_helper.c,
seqadj), nf_nat_pptp and nf_nat_sip have their own modules (nat_pptp.py, nat_sip.py), the smaller
ones live with their helper.

A helper reads the packets of the connections it is assigned to and announces the connections
they negotiate as expectations (../expect.py); those then start as RELATED.

Integration points, and who calls what:

1. Assignment (nf_ct_helper / xt_CT): `-t raw ... -j CT --helper NAME` makes a template Conn
   (IPS_TEMPLATE) with `template.ext.helper = NAME`; the CT target's checkentry refuses a name
   `find(NAME, l4proto)` does not know (the kernel: nf_conntrack_helper_try_module_get, ENOENT).
   Tracker._init_conntrack gives a new entry the template's helper -- only when the entry fulfils
   no expectation (since the auto-assign sysctl was removed, a template is the only way) -- and
   sets IPS_HELPER. An expected entry gets the expectation's helper (`exp.helper`, None for all
   the helpers here), never the template's.
2. Running (nf_confirm): at the conntrack confirm step of LOCAL_IN and POST_ROUTING -- after the
   nat table's SNAT, before the entry is inserted -- the walk calls
       help(tracker, pkt, hook, now) -> NF_ACCEPT | NF_DROP
   then tracker.confirm(). It runs the entry's helper on every packet but ICMP errors
   (IP_CT_RELATED_REPLY); NF_DROP means the helper dropped the packet (e.g. ftp's partial match).
   netbios-ns and snmp also read the packet's output route (`pkt.rt`, set by Stack.local_out) and
   the namespace's addresses (`tracker.net`, the host model the Stack hands the tracker).
3. Expectations: helpers insert into `tracker.expectations` (expect.ExpectTable, created by the
   Tracker); Tracker._init_conntrack -> find_expectation(ct) -> ExpectTable.find(ct) unlinks the
   match; the new entry gets IPS_EXPECTED, `ext.master`, the master's mark and secmark, and
   `exp.expectfn(tracker, ct, exp)` runs (NAT helpers: nat.follow_master, the master's translation;
   nat_pptp.expected, nat_sip.expected).
4. Lifetime: Tracker.kill(master) -> ExpectTable.remove_master(master); Tracker.expire(now) ->
   ExpectTable.expire(now) (each expectation's timer, on the capture clock); a first packet the
   helper drops (or confirm refuses) frees its entry with what the helper expected on it
   (Tracker.free_unconfirmed, called by the walk).
5. Printing: expect.record(exp, now) and expect.format_expect(rec, kind) give the
   `conntrack -L expect` / `conntrack -E expect` lines; expectation events go to the tracker's
   sink as records with "x": 1.
The master's helper state (per-class expectation counts, its expectations, the helper's private
data such as ftp's newline sequence numbers) is an expect.Help in `master.ext.expecting`.
"""
from __future__ import annotations

import importlib

from ..conn import IP_CT_RELATED_REPLY, IPS_CONFIRMED, IPS_FIXED_TIMEOUT, IPS_SEQ_ADJUST

NF_DROP, NF_ACCEPT = 0, 1
MODULES = ("ftp", "tftp", "irc", "sip", "pptp", "netbios_ns", "snmp", "amanda",
           "sane")     # the helpers this package models (CONFIG_NF_CONNTRACK_*=y)


class Helper:
    """struct nf_conntrack_helper: `help(tracker, pkt, ct, ctinfo) -> verdict` and its policies
    (one object for the name; `l4protos` lists the protocols the kernel registers it for)."""

    __slots__ = ("name", "l4protos", "policies", "help", "data", "destroy")

    def __init__(self, name, l4protos, policies, help, data=None, destroy=None):
        self.name, self.policies, self.help = name, tuple(policies), help
        self.l4protos = tuple(l4protos) if isinstance(l4protos, (tuple, list)) else (l4protos,)
        self.data = data               # factory for the per-connection private data, or None
        self.destroy = destroy         # destroy(tracker, ct) when the entry dies, or None


HELPERS: dict[str, Helper] = {}
_loaded = False


def register(h: Helper) -> Helper:
    HELPERS[h.name] = h
    return h


def _load():
    global _loaded
    _loaded = True
    for m in MODULES:
        importlib.import_module(f"{__name__}.{m}")


def refresh(tr, ct, seconds):
    """nf_ct_refresh() (no accounting): an unconfirmed entry's timeout is relative until confirm."""
    if ct.status & IPS_FIXED_TIMEOUT:
        return
    if ct.status & IPS_CONFIRMED:
        ct.timeout = tr.now + seconds
        if ct.timeout < tr.gc_next:
            from ..core import GC_MIN
            tr.gc_next = max(ct.timeout, tr.gc_last + GC_MIN)
    else:
        ct.timeout = seconds


def tcp_payload(pkt):
    """(data, TCP header offset, payload offset, end) of a segment, as the TCP helpers read it: None
    without a whole TCP header or without payload after th->doff."""
    d, th = pkt.data, pkt.thoff
    end = min(pkt.len, len(d))
    if end - th < 20:
        return None
    s = th + (d[th + 12] >> 4) * 4
    if s >= end:
        return None
    return d, th, s, end


def find(name: str, l4proto: int | None = None) -> Helper | None:
    """nf_conntrack_helper_try_module_get(): the helper called `name` for this layer-4 protocol."""
    if not _loaded:
        _load()
    h = HELPERS.get(name)
    if h is None or (l4proto is not None and l4proto not in h.l4protos):
        return None
    return h


def help(tracker, pkt, hook: int, now: float | None = None) -> int:
    """nf_confirm() before tracker.confirm(): run the entry's helper on this packet, then shift its
    sequence numbers if a NAT helper changed the length of this connection's stream before."""
    ct = pkt.ct
    if ct is None:
        return NF_ACCEPT
    e = ct.ext
    if e is None:
        return NF_ACCEPT
    # decided before the helper runs: the packet that makes the first offset is not shifted itself
    seqadj = ct.status & IPS_SEQ_ADJUST and not (pkt.outdev == "lo" if hook == 4 else pkt.indev == "lo")
    if not e.helper and not seqadj:
        return NF_ACCEPT
    ctinfo = pkt.ctinfo
    if ctinfo == IP_CT_RELATED_REPLY:           # helpers never see ICMP errors
        return NF_ACCEPT
    if now is not None:
        tracker.now = now
    if e.helper:
        h = HELPERS.get(e.helper) if _loaded else find(e.helper)
        if h is not None:
            verdict = h.help(tracker, pkt, ct, ctinfo)
            if verdict != NF_ACCEPT:
                return verdict
    if seqadj:
        from .nat import seq_adjust
        if not seq_adjust(pkt, ct, ctinfo):
            tracker.stats[4] += 1               # NF_CT_STAT_INC(drop)
            return NF_DROP
    return NF_ACCEPT
