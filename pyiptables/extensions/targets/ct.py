"""-j CT (revision 2): attach a conntrack template, or mark the packet untracked (xt_CT); raw only.

At run time, a packet that already has conntrack state (pkt.ct set, or untracked) is left alone.
--notrack: pkt.ct = None, pkt.ctinfo = IP_CT_UNTRACKED, pkt.nfct_untracked = True.
Otherwise: pkt.ct = the rule's template (a Conn with IPS_TEMPLATE: its zone, ext.zone_dir,
ext.helper, ext.ctmask = the --ctevents mask), pkt.ctinfo = IP_CT_NEW; the tracker takes them from
it when it creates the entry. `--zone mark` takes the zone from the packet mark when the target runs.
The template is made at checkentry: with nf_conntrack_events=2 (the default) it gets the event
cache extension, so its --ctevents/--expevents mask, only if some socket listened to ctnetlink
events then; otherwise its entries deliver every event (measured on Linux 6.18).

Kernel checks (xt_ct_tg_check): a --helper must exist for the rule's (non-inverted) protocol,
else ENOENT; --timeout needs a non-inverted -p (EINVAL) and a cttimeout policy of that name: the
emulated host has none, so it is always refused (ENOENT), as on a kernel where `nfct` made none.
"""
from __future__ import annotations

from contextlib import contextmanager

from ...xtables import XT_CONTINUE, KernelError, Opt, ParamError, Target, register
from .tgutil import string_opt, xt_strtoul_all

XT_CT_NOTRACK, XT_CT_NOTRACK_ALIAS = 1, 2
# xtstate key: whether a template made now gets the event cache extension (set by the iptables
# CLIs before a raw table replace, from conntrack.events.template_ecache)
TEMPLATE_ECACHE = "nf_ct_ecache_template"
XT_CT_ZONE_DIR_ORIG, XT_CT_ZONE_DIR_REPL, XT_CT_ZONE_MARK = 4, 8, 16
CT_EVENTS = ("new", "related", "destroy", "reply", "assured", "protoinfo", "helper", "mark", "natseqinfo",
             "secmark")                       # bit = position (enum ip_conntrack_events)
EXP_EVENTS = ("new",)
# conntrack helpers the kernel registers, by (name, protocol): nf_conntrack_{ftp,irc,sip,sane,pptp,h323,
# tftp,amanda,netbios_ns,snmp} and nf_nat_snmp_basic, as accepted by this kernel (measured)
HELPERS = frozenset((("ftp", 6), ("irc", 6), ("sip", 6), ("sane", 6), ("pptp", 6), ("Q.931", 6),
                     ("tftp", 17), ("sip", 17), ("amanda", 17), ("netbios-ns", 17), ("snmp", 17),
                     ("RAS", 17), ("H.245", 17), ("snmp_trap", 17)))
ENOENT = "No chain/target/match by that name."
# conntrack.conn values, not imported so that parsing a CT rule does not load the tracker
IP_CT_NEW, IP_CT_UNTRACKED, IPS_CONFIRMED, IPS_TEMPLATE = 2, 7, 1 << 3, 1 << 11


def parse_events(table: tuple):
    def conv(arg: str, ext) -> int:
        mask = 0
        for word in arg.split(","):
            if word not in table:
                raise ParamError(f'Unknown event type "{word}"')
            mask |= 1 << table.index(word)
        return mask
    return conv


def parse_zone(arg: str, ext):
    if arg.lower() == "mark":
        return "mark"
    v = xt_strtoul_all(arg, 0, 0xFFFF)
    if v is None:
        raise ParamError(f"Cannot parse {arg} as a zone ID")
    return v


class Ct(Target):
    NAME = "CT"
    REVISION = 2
    HELP = ("CT target options:\n"
            " --notrack\t\t\tDon't track connection\n"
            " --helper name\t\t\tUse conntrack helper 'name' for connection\n"
            " --timeout name \t\tUse timeout policy 'name' for connection\n"
            " --ctevents event[,event...]\tGenerate specified conntrack events for connection\n"
            " --expevents event[,event...]\tGenerate specified expectation events for connection\n"
            " --zone {ID|mark}\t\tAssign/Lookup connection in zone ID/packet nfmark\n"
            " --zone-orig {ID|mark}\t\tSame as 'zone' option, but only applies to ORIGINAL direction\n"
            " --zone-reply {ID|mark} \tSame as 'zone' option, but only applies to REPLY direction\n")
    TABLES = ("raw",)
    OPTIONS = (
        Opt("notrack", "none", nargs=0, id=0),
        Opt("helper", string_opt(size=16), id=1),
        Opt("timeout", string_opt(size=32), id=2),
        Opt("ctevents", parse_events(CT_EVENTS), id=3),
        Opt("expevents", parse_events(EXP_EVENTS), id=4),
        Opt("zone-orig", parse_zone, id=6),
        Opt("zone-reply", parse_zone, id=7),
        Opt("zone", parse_zone, id=5),
    )

    def _info(self) -> dict:
        v = self.v
        if "flags" not in v:
            v.update(flags=0, zone=0, helper="", timeout="", ct_events=0, exp_events=0)
        return v

    def parse(self, opt, arg, invert, ctx):
        v = self._info()
        name = opt.name
        if name == "notrack":
            v["flags"] |= XT_CT_NOTRACK
        elif name in ("helper", "timeout"):
            v[name] = arg
        elif name == "ctevents":
            v["ct_events"] = arg
        elif name == "expevents":
            v["exp_events"] = arg
        else:
            if name == "zone-orig":
                v["flags"] |= XT_CT_ZONE_DIR_ORIG
            elif name == "zone-reply":
                v["flags"] |= XT_CT_ZONE_DIR_REPL
            v["zone"] = 0
            if arg == "mark":
                v["flags"] |= XT_CT_ZONE_MARK
            else:
                v["zone"] = arg

    @property
    def notrack(self) -> bool:
        return bool(self._info()["flags"] & XT_CT_NOTRACK)

    def needs_conntrack(self) -> bool:
        return not self.notrack             # the untracked path takes no conntrack reference

    def check_entry(self, table, hookmask, rule):
        v = self._info()
        if v["flags"] & XT_CT_NOTRACK:
            return
        proto = 0 if rule.invflags & 0x40 else rule.proto
        if v["helper"]:
            if not proto or (v["helper"], proto) not in HELPERS:
                raise KernelError(ENOENT)   # "You must specify a L4 protocol..." / "No such helper"
        if v["timeout"]:
            if not proto:
                raise KernelError()         # "You must specify a L4 protocol and not use inversions on it"
            raise KernelError(ENOENT)       # "No such timeout policy"

    def _zone_text(self, pfx: str) -> str:
        v = self._info()
        flags = v["flags"]
        if not (flags & XT_CT_ZONE_MARK or v["zone"]):
            return ""
        out = f" {pfx}"
        dirs = flags & (XT_CT_ZONE_DIR_ORIG | XT_CT_ZONE_DIR_REPL)
        if dirs == XT_CT_ZONE_DIR_ORIG:
            out += "-orig"
        elif dirs == XT_CT_ZONE_DIR_REPL:
            out += "-reply"
        return out + (" mark" if flags & XT_CT_ZONE_MARK else f" {v['zone']}")

    def _text(self, pfx: str, sep: str) -> str:
        v = self._info()
        out = ""
        if v["flags"] & XT_CT_NOTRACK:
            out += f" {pfx}notrack"
        if v["helper"]:
            out += f" {pfx}helper {v['helper']}"
        if v["timeout"]:
            out += f" {pfx}timeout {v['timeout']}"
        if v["ct_events"]:
            out += f" {pfx}ctevents " + ",".join(n for i, n in enumerate(CT_EVENTS) if v["ct_events"] >> i & 1)
        if v["exp_events"]:
            out += f" {pfx}expevents " + ",".join(n for i, n in enumerate(EXP_EVENTS) if v["exp_events"] >> i & 1)
        return out + self._zone_text(f"{pfx}zone")

    def print(self, numeric):
        return " CT" + self._text("", " ")

    def save(self):
        return self._text("--", " ")

    def template(self, zone: int | None = None):
        """The template the kernel builds at checkentry (nf_conntrack_alloc + extensions): a Conn."""
        from ...conntrack.conn import Conn
        v = self._info()
        flags = v["flags"]
        tmpl = Conn(0, 0, v["zone"] if zone is None else zone)
        tmpl.status = IPS_TEMPLATE | IPS_CONFIRMED
        dirs = flags & (XT_CT_ZONE_DIR_ORIG | XT_CT_ZONE_DIR_REPL)
        if dirs:
            tmpl.zone_dir = (1 if dirs & XT_CT_ZONE_DIR_ORIG else 0) | (2 if dirs & XT_CT_ZONE_DIR_REPL else 0)
        if v["helper"]:
            tmpl.helper = v["helper"]
        if (v["ct_events"] or v["exp_events"]) and self.state.get("ecache", True):
            tmpl.ensure_ext().ctmask = v["ct_events"]
        return tmpl

    def check_shared(self, shared):
        # the template is made at checkentry: whether it got the event cache extension then
        ecache = shared.get(TEMPLATE_ECACHE)
        if ecache is not None:
            self.state["ecache"] = ecache

    def compile(self):
        if self.notrack:
            return notrack_tg
        tmpl = self.template()
        by_mark = bool(self._info()["flags"] & XT_CT_ZONE_MARK)

        def ct_tg(pkt, par):
            if pkt.ct is not None or pkt.nfct_untracked or pkt.ctinfo == IP_CT_UNTRACKED:
                return XT_CONTINUE          # previously seen (loopback)
            pkt.ct = self.template(pkt.mark & 0xFFFF) if by_mark else tmpl
            pkt.ctinfo = IP_CT_NEW
            return XT_CONTINUE
        return ct_tg


def notrack_tg(pkt, par):
    if pkt.ct is not None or pkt.nfct_untracked or pkt.ctinfo == IP_CT_UNTRACKED:
        return XT_CONTINUE
    pkt.ct, pkt.ctinfo, pkt.nfct_untracked = None, IP_CT_UNTRACKED, True
    return XT_CONTINUE


register(Ct)


@contextmanager
def template_ecache_noted(rs, st, text):
    """Around a table replace whose input asks for events (`text`: its command line or restore
    input): record for the templates checkentry makes whether they get the event cache extension
    (conntrack.events.template_ecache), and forget it after. Without the record a template keeps
    what it had."""
    if "--ctevents" in text or "--expevents" in text:
        from ...conntrack.events import template_ecache
        rs.xtstate[TEMPLATE_ECACHE] = template_ecache(st)
    try:
        yield
    finally:
        rs.xtstate.pop(TEMPLATE_ECACHE, None)
