"""`ip rule [list|add|del|flush]` over the emulated host, as iproute2 6.1 parses and prints them."""
from __future__ import annotations

from ..packet import ntoa
from ..store import Store
from .fib import MASKS, PROTO_NAMES, TABLE_MAIN
from .ip_usage import RULE as RULE_USAGE
from .ipargs import (V6, Exit, check_ifname, emit, get_integer, get_prefix, get_unsigned, invarg, matches, need,
                     rt_proto, rt_table)
from .iplink_cmd import group_id
from .iproute_cmd import _tos
from .kernroutes import extack
from .model import Host
from .rules import FR_ACT_GOTO, FR_ACT_NOP, FR_ACT_TO_TBL, FR_ACT_UNSPEC, FibRule
from .show import dsfield, table_name
from .ruleargs import RTNTYPE_NAMES, ip_proto, ip_proto_name, port_range, rtntype_a2n, uid_range
from .show_link import group_names

RTN_NAT = 10
# selectors and actions the kernel has and the emulated rules do not match on
NOT_EMULATED = ("realms", "tun_id", "l3mdev", "nat", "map-to")


def _set_ifname(obj, kw: str, name: str) -> None:
    """`dev`/`iif` NAME or `oif` NAME of a rule or a list filter, checked as iproute2 checks names."""
    if not check_ifname(name):
        invarg('"oif" not a valid ifname' if kw == "oif" else '"iif"/"dev" not a valid ifname', name, blank=False)
    if kw == "oif":
        obj.oif = name
    else:
        obj.iif = name


def do_rule(o, args):
    if not args:
        return rule_list(o, [])
    cmd, rest = args[0], args[1:]
    if matches(cmd, "list") or matches(cmd, "lst") or matches(cmd, "show"):
        return rule_list(o, rest)
    if matches(cmd, "save") or matches(cmd, "restore"):
        raise Exit(f'pyip: "ip rule {cmd}" (a binary netlink dump) is not emulated', 2)
    if matches(cmd, "add"):
        return rule_modify(o, True, rest)
    if matches(cmd, "delete"):
        return rule_modify(o, False, rest)
    if matches(cmd, "flush"):
        return rule_list(o, rest, flush=True)
    if matches(cmd, "help"):
        raise Exit(RULE_USAGE.rstrip("\n"), 255)
    raise Exit(f'Command "{cmd}" is unknown, try "ip rule help".', 255)


def _not_emulated(a):
    raise Exit(f'pyip: rule attribute "{a}" is not emulated', 2)


def _prefix(v, fam, bad):
    """(address, length) of a from/to prefix; an IPv6 one is sent as such and refused by the
    kernel (bad: its message), since the request's family is AF_INET."""
    f, addr, plen, _g = get_prefix(v, fam)
    if f == 6:
        return 0, 0, bad
    return addr, plen, None


def rule_modify(o, add: bool, args):
    if not args:
        raise Exit(f'"ip rule {"add" if add else "del"}" requires arguments.', 1)
    fam = o["family"] if o["family"] in (4, 6) else None
    if fam == 6:
        raise V6("rule")
    r = FibRule(action=FR_ACT_TO_TBL if add else FR_ACT_UNSPEC)
    user_pref = table_ok = goto_given = uid_given = False
    ports = {}
    mask = None
    bad = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "not":
            r.invert = True
        elif a in ("from", "to"):
            addr, plen, err = _prefix(need(args, i), fam,
                                      "Invalid source address" if a == "from" else "Invalid dst address")
            i += 1
            if err:
                bad.append(err)
            elif a == "from":
                r.src, r.src_len = addr, plen
            else:
                r.dst, r.dst_len = addr, plen
        elif matches(a, "preference") or matches(a, "order") or matches(a, "priority"):
            v = need(args, i); i += 1
            pref = get_unsigned(v)
            if pref is None:
                invarg("preference value is invalid", v)
            r.pref, user_pref = pref, True
        elif a == "tos" or matches(a, "dsfield"):
            r.tos = _tos(need(args, i), "TOS value is invalid"); i += 1
        elif a == "fwmark":
            v = need(args, i); i += 1
            m, slash, k = v.partition("/")
            r.mark = get_unsigned(m)
            if r.mark is None:
                invarg("fwmark value is invalid", m)
            if slash:
                mask = get_unsigned(k)
                if mask is None:
                    invarg("fwmask value is invalid", k)
        elif matches(a, "protocol"):
            r.proto = rt_proto(need(args, i)); i += 1
        elif matches(a, "table") or a == "lookup":
            r.table = rt_table(need(args, i), "invalid table ID"); i += 1
            table_ok = True
        elif matches(a, "suppress_prefixlength") or a == "sup_pl":
            v = need(args, i); i += 1
            pl = get_integer(v)
            if pl is None or pl < 0:
                invarg("suppress_prefixlength value is invalid", v)
            r.suppress_prefixlen = pl
        elif matches(a, "suppress_ifgroup") or a == "sup_group":
            r.suppress_ifgroup = group_id(need(args, i), 'Invalid "suppress_ifgroup" value'); i += 1
        elif a in ("dev", "iif", "oif"):
            _set_ifname(r, a, need(args, i)); i += 1
        elif a == "uidrange":
            r.uid_start, r.uid_end = uid_range(need(args, i)); i += 1
            uid_given = True
        elif a == "ipproto":
            r.ip_proto = ip_proto(need(args, i)); i += 1
        elif a in ("sport", "dport"):
            v = need(args, i); i += 1
            setattr(r, a, port_range(v, "invalid port range" if a == "sport" else "invalid dport range"))
            ports[a] = True
        elif a in NOT_EMULATED or (matches(a, "tun_id") or matches(a, "map-to")):
            _not_emulated(a)
        else:
            if a == "type":
                a = need(args, i); i += 1
            if matches(a, "help"):
                raise Exit(RULE_USAGE.rstrip("\n"), 255)
            if matches(a, "goto"):
                v = need(args, i); i += 1
                t = get_unsigned(v)
                if t is None:
                    invarg("invalid target", v)
                r.action, r.target, goto_given = FR_ACT_GOTO, t, True
            elif matches(a, "nop"):
                r.action = FR_ACT_NOP
            else:
                t = rtntype_a2n(a)
                if t is None:
                    invarg("Failed to parse rule type", a, blank=False)
                if t == RTN_NAT:
                    _not_emulated(a)
                r.action = t
            table_ok = True
        i += 1
    if add and not table_ok:
        r.table = TABLE_MAIN
    # fib_nl2rule(): a non-zero mark compares all bits unless a mask was given
    r.mask = mask if mask is not None else (0xFFFFFFFF if r.mark else 0)
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        if bad:
            raise extack(bad[0])
        if not user_pref:
            r.pref = host._default_pref()
        if r.action == FR_ACT_GOTO and not goto_given:
            raise extack("Missing goto target for action goto")
        if goto_given and r.target <= r.pref:
            raise extack("Backward goto not supported")
        if uid_given and (not r.uid_range_set() or r.uid_start > r.uid_end):
            raise extack("Invalid uid range")
        for key in ("sport", "dport"):         # fib_rule_port_range_valid()
            lo, hi = getattr(r, key)
            if key in ports and not (lo and hi and hi < 0xFFFF and lo <= hi):
                raise extack(f"Invalid {key} range")
        if add:
            host.rule_add(r, user_pref)
        else:
            host.rule_del(r, user_pref)
        st.put("host")


def _hx(v: int) -> str:
    return f"{v:#x}" if v else "0"          # C's %#x prints 0 bare


def rule_fields(host, r, details: bool) -> list[tuple[str, str, object]]:
    """(json key, text, json value) in print_rule()'s order."""
    f = [("priority", f"{r.pref}:\t", r.pref)]
    if r.invert:
        f.append(("not", "not ", None))
    if r.src_len:
        f.append(("src", f"from {ntoa(r.src)}", ntoa(r.src)))
        if r.src_len != 32:
            f.append(("srclen", f"/{r.src_len}", r.src_len))
    else:
        f.append(("src", "from all", "all"))
    if r.dst_len:
        f.append(("dst", f" to {ntoa(r.dst)}", ntoa(r.dst)))
        if r.dst_len != 32:
            f.append(("dstlen", f"/{r.dst_len}", r.dst_len))
    if r.tos:
        f.append(("tos", f" tos {dsfield(r.tos)}", dsfield(r.tos)))
    if r.mark or r.mask:
        f.append(("fwmark", f" fwmark {_hx(r.mark)}", _hx(r.mark)))
        if r.mask != 0xFFFFFFFF:
            f.append(("fwmask", f"/{_hx(r.mask)}", _hx(r.mask)))
    for key, dev in (("iif", r.iif), ("oif", r.oif)):
        if dev:
            f.append((key, f" {key} {dev}", dev))
            if dev not in host.links:
                f.append((key + "_detached", " [detached]", None))
    if r.uid_range_set():
        f.append(("uid_start", f" uidrange {r.uid_start}", r.uid_start))
        f.append(("uid_end", f"-{r.uid_end}", r.uid_end))
    if r.ip_proto:
        f.append(("ipproto", f" ipproto {ip_proto_name(r.ip_proto)}", ip_proto_name(r.ip_proto)))
    for key, (lo, hi) in (("sport", r.sport), ("dport", r.dport)):
        if lo and hi:
            if lo == hi:
                f.append((key, f" {key} {lo}", lo))
            else:
                f.append((key + "_start", f" {key} {lo}", lo))
                f.append((key + "_end", f"-{hi}", hi))
    if r.table:
        f.append(("table", f" lookup {table_name(r.table)}", table_name(r.table)))
        if r.suppress_prefixlen != -1:
            f.append(("suppress_prefixlen", f" suppress_prefixlength {r.suppress_prefixlen}",
                      r.suppress_prefixlen))
        if r.suppress_ifgroup != -1:
            g = next((n for n, i in group_names().items() if i == r.suppress_ifgroup), str(r.suppress_ifgroup))
            f.append(("suppress_ifgroup", f" suppress_ifgroup {g}", g))
    if r.action == FR_ACT_GOTO:
        f.append(("goto", f" goto {r.target}", r.target) if r.target else ("goto", " goto none", "none"))
        if not host.goto_resolved(r):
            f.append(("unresolved", " [unresolved]", None))
    elif r.action == FR_ACT_NOP:
        f.append(("nop", " nop", None))
    elif r.action != FR_ACT_TO_TBL:
        name = RTNTYPE_NAMES[r.action] if r.action < len(RTNTYPE_NAMES) else str(r.action)
        f.append(("action", f" {name}", name))
    if (r.proto and r.proto != 2) or details:
        p = PROTO_NAMES.get(r.proto, str(r.proto))
        f.append(("protocol", f" proto {p}", p))
    return f


class Filter:
    """iprule_list_flush_or_save()'s filter (filter_nlmsg())."""

    def __init__(self):
        self.pref = self.tos = self.table = self.iif = self.oif = self.src = self.dst = None
        self.invert = False
        self.mark = self.mask = 0
        self.proto = self.uids = None
        self.ip_proto = 0
        self.sport = self.dport = None

    def selected(self, r) -> bool:
        if self.pref is not None and self.pref != r.pref:
            return False
        if self.invert and not r.invert:
            return False
        for pfx, addr, plen in ((self.src, r.src, r.src_len), (self.dst, r.dst, r.dst_len)):
            if pfx is not None and (pfx[1] > plen or (pfx[1] and (addr ^ pfx[0]) & MASKS[pfx[1]])):
                return False
        if self.tos is not None and self.tos != r.tos:
            return False
        if (self.mark and self.mark != r.mark) or (self.mask and self.mask != r.mask):
            return False
        if (self.iif is not None and r.iif != self.iif) or (self.oif is not None and r.oif != self.oif):
            return False
        if self.uids is not None and (not r.uid_range_set() or (r.uid_start, r.uid_end) != self.uids):
            return False
        if self.ip_proto and self.ip_proto != r.ip_proto:
            return False
        for want, have in ((self.sport, r.sport), (self.dport, r.dport)):
            if want is not None and want[0] and (not (have[0] and have[1]) or want != have):
                return False
        return not (self.table and self.table != r.table)


def rule_list(o, args, flush: bool = False):
    flt = Filter()
    fam = o["family"] if o["family"] in (4, 6) else 4
    i = 0
    while i < len(args):
        a = args[i]
        if matches(a, "preference") or matches(a, "order") or matches(a, "priority"):
            v = need(args, i); i += 1
            flt.pref = get_unsigned(v)
            if flt.pref is None:
                invarg("preference value is invalid", v)
        elif a == "not":
            flt.invert = True
        elif a in ("tos", "dsfield"):
            flt.tos = _tos(need(args, i), "TOS value is invalid"); i += 1
        elif a == "fwmark":
            v = need(args, i); i += 1
            m, slash, k = v.partition("/")
            flt.mark = get_unsigned(m)
            if flt.mark is None:
                invarg("fwmark value is invalid", m)
            if slash:
                flt.mask = get_unsigned(k)
                if flt.mask is None:
                    invarg("fwmask value is invalid", k)
        elif a in ("dev", "iif", "oif"):
            _set_ifname(flt, a, need(args, i)); i += 1
        elif a == "uidrange":
            flt.uids = uid_range(need(args, i)); i += 1
        elif a == "ipproto":
            flt.ip_proto = ip_proto(need(args, i)); i += 1
        elif a in ("sport", "dport"):
            v = need(args, i); i += 1
            setattr(flt, a, port_range(v, "invalid port range" if a == "sport" else "invalid dport range"))
        elif a == "l3mdev" or matches(a, "tun_id"):
            _not_emulated(a)
        elif matches(a, "lookup") or matches(a, "table"):
            flt.table = rt_table(need(args, i), "table id value is invalid"); i += 1
        elif matches(a, "from") or matches(a, "src"):
            f, addr, plen, _g = get_prefix(need(args, i), fam); i += 1
            flt.src = (addr, plen) if f != 6 else (0, 129)
        elif matches(a, "protocol"):
            v = need(args, i); i += 1
            flt.proto = None if v == "all" else rt_proto(v, 'invalid "protocol"')
        else:
            if matches(a, "dst") or matches(a, "to"):
                a = need(args, i); i += 1
            f, addr, plen, _g = get_prefix(a, fam)
            flt.dst = (addr, plen) if f != 6 else (0, 129)
        i += 1
    if o["family"] == 6:
        raise V6("rule")
    with Store().transaction(write=flush) as st:
        host = st.get("host", Host)
        rules = [r for r in host.rules if flt.selected(r)]
        if flush:
            dead = [r for r in rules if r.pref and (flt.proto is None or r.proto == flt.proto)]
            if dead:
                host.rules_remove(dead)
                st.put("host")
            return
        details = o["details"]
        out, js = [], []
        for r in rules:
            fields = rule_fields(host, r, details)
            out.append("".join(t for _k, t, _v in fields) + "\n")
            js.append({k: v for k, _t, v in fields})
        emit(o, out, js)
