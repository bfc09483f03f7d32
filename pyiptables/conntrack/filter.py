"""Which entries a `conntrack` command selects: nfct_filter() of conntrack 1.4.7 and the
libnetfilter_conntrack comparisons it relies on, over records (output.record dicts) so the same
code serves the table and the events file.

An entry's attributes are what ctnetlink reports: a zone for both directions as CTA_ZONE, a zone
for one direction inside that tuple, no zone at all for zone 0; the mark always in a dump, in an
event only when set or changed. A template attribute the entry lacks compares with 0.
"""
from __future__ import annotations

from .conn import IPS_DST_NAT_DONE, IPS_SRC_NAT_DONE
from .proto_sctp import NAMES as SCTP_NAMES

_ATTRS = ("l3", "l3r", "l4proto", "orig_src", "orig_dst", "repl_src", "repl_dst", "orig_sport", "orig_dport",
          "repl_sport", "repl_dport", "icmp_type", "icmp_code", "icmp_id", "state", "timeout", "status",
          "zone", "orig_zone", "repl_zone", "secmark", "id", "snat_ip", "dnat_ip", "snat_port", "dnat_port")
TCP_STATE_INDEX = {name: i for i, name in enumerate(("NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT",
                                                    "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"))}
SCTP_STATE_INDEX = {name: i for i, name in enumerate(SCTP_NAMES)}


def strtoul(s) -> int:
    """strtoul(s, NULL, 0): leading blanks, a sign, 0x/0 prefixes, as many digits as fit; 0 if none."""
    t = (s or "").lstrip(" \t\n\v\f\r")
    neg = t[:1] == "-"
    if t[:1] in "+-":
        t = t[1:]
    base, digits = 10, "0123456789"
    if t[:2].lower() == "0x" and t[2:3] and t[2:3].lower() in "0123456789abcdef":
        base, digits, t = 16, "0123456789abcdef", t[2:]
    elif t[:1] == "0":
        base, digits = 8, "01234567"
    n = 0
    while n < len(t) and t[n].lower() in digits:
        n += 1
    v = int(t[:n], base) if n else 0
    v = min(v, 0xFFFFFFFFFFFFFFFF)
    return (-v) & 0xFFFFFFFFFFFFFFFF if neg else v


class Tmpl:
    """The attributes a command set (None: unset); labels_list: --label bits."""

    __slots__ = _ATTRS + ("labels_list",)

    def __init__(self):
        for k in _ATTRS:
            setattr(self, k, None)
        self.labels_list = []


def entry_attrs(rec) -> dict:
    """The entry's value for each template attribute (0 when ctnetlink would not report it)."""
    p, o, r = rec["p"], rec["o"], rec["r"]
    z, zd = rec.get("z", 0), rec.get("zd", 3)
    icmp = p in (1, 58)
    return {"l3": 2, "l3r": 2, "l4proto": p, "orig_src": o[0], "orig_dst": o[1], "repl_src": r[0],
            "repl_dst": r[1], "orig_sport": o[2], "orig_dport": o[3], "repl_sport": r[2], "repl_dport": r[3],
            "icmp_type": o[3] >> 8 if icmp else 0, "icmp_code": o[3] & 255 if icmp else 0,
            "icmp_id": o[2] if icmp else 0, "state": (SCTP_STATE_INDEX if p == 132 else TCP_STATE_INDEX).get(rec.get("st"), 0),
            "timeout": rec.get("t", 0), "zone": z if zd == 3 else 0, "orig_zone": z if zd == 1 else 0,
            "repl_zone": z if zd == 2 else 0, "secmark": 0, "id": rec.get("id", 0)}


def nat_flags(rec):
    """libnetfilter_conntrack's NFCT_GOPT_IS_SNAT, _IS_SPAT, _IS_DNAT, _IS_DPAT."""
    s, o, r = rec["s"], rec["o"], rec["r"]
    sd, dd = s & IPS_SRC_NAT_DONE, s & IPS_DST_NAT_DONE
    return (bool(sd and r[1] != o[0]), bool(sd and r[3] != o[2]),
            bool(dd and r[0] != o[1]), bool(dd and r[2] != o[3]))


def filter_nat(a, rec) -> bool:
    """True when the --src-nat/--dst-nat/--any-nat options reject the entry."""
    t = a.tmpl
    any_nat = a.has("any-nat")
    check_src, check_dst = a.has("src-nat") or any_nat, a.has("dst-nat") or any_nat
    if not (check_src or check_dst):
        return False
    snat, spat, dnat, dpat = nat_flags(rec)
    has_src = has_dst = False
    if check_src:
        has_src = _nat_side(t.snat_ip, t.snat_port, snat, spat, rec["r"][1], rec["r"][3])
    if check_dst:
        has_dst = _nat_side(t.dnat_ip, t.dnat_port, dnat, dpat, rec["r"][0], rec["r"][2])
    if any_nat:
        return not (has_src or has_dst)
    if a.has("src-nat") and a.has("dst-nat"):
        return not (has_src and has_dst)
    return not (has_src if a.has("src-nat") else has_dst)


def _nat_side(ip, port, is_nat, is_pat, rip, rport):
    has = ip is not None and is_nat and ip == rip
    if port is not None:
        ok = is_pat and port == rport
        if ip is not None and has and not ok:
            has = False
        if ip is None and ok:
            has = True
    if ip is None and port is None:
        has = is_nat or is_pat
    return has


def nfct_filter(a, rec) -> bool:
    """True when the command's filters reject the entry (nfct_filter())."""
    if filter_nat(a, rec):
        return True
    if a.mark is not None and ("m" not in rec or rec["m"] & a.mark[1] != a.mark[0]):
        return True
    if a.tmpl.labels_list:
        got = rec.get("l")
        if got is None or any(not got >> b & 1 for b in a.tmpl.labels_list):
            return True
    if nfct_filter_network(a, rec):
        return True
    from .cmdline import COMPARISON
    return bool(a.options & COMPARISON) and not compare(a.tmpl, rec)


def nfct_filter_network(a, rec) -> bool:
    """filter_network(): --mask-src/--mask-dst (or an address in CIDR notation)."""
    if a.has("mask-src") and (a.family != 2 or rec["o"][0] & a.mask.orig_src != a.net_src):
        return True
    return a.has("mask-dst") and (a.family != 2 or rec["o"][1] & a.mask.orig_dst != a.net_dst)


_CMP = tuple(k for k in _ATTRS[:-4] if k != "secmark")     # measured: --secmark selects nothing out


_GRE_KEYS = frozenset(("orig_sport", "orig_dport", "repl_sport", "repl_dport"))


def compare(t, rec, attrs=_CMP) -> bool:
    """nfct_cmp(tmpl, entry, NFCT_CMP_ALL | NFCT_CMP_MASK) over the attributes the template set.
    A GRE entry's keys are not compared (measured: `-L/-D -p gre --srckey 7` select an entry
    whose keys are 1 and 2); only -G looks them up."""
    e = entry_attrs(rec)
    gre = rec["p"] == 47
    for k in attrs:
        want = getattr(t, k)
        if want is None or gre and k in _GRE_KEYS:
            continue
        got = e.get(k, 0)
        if k == "status":
            if want & rec["s"] != want:
                return False
        elif want != got:
            return False
    return True
