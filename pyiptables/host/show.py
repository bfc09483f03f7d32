"""iproute2 output: `ip link|addr|route show|get` as text, brief (-br) and JSON (-j, -p), byte for
byte like iproute2 6.1 (trailing spaces included)."""
from __future__ import annotations

import ipaddress
import json

from ..packet import ntoa
from .fib import (PROTO_BOOT, PROTO_NAMES, RTN_NAMES, RTN_UNICAST, SCOPE_LINK, SCOPE_NAMES,
                  SCOPE_UNIVERSE, TABLE_MAIN, TABLE_NAMES)
from .routing import RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST
from .show_link import Raw, ifname

FOREVER = 4294967295
class JsonWriter:
    """iproute2's lib/json_writer.c, including its pretty layout."""

    def __init__(self, pretty: bool):
        self.pretty, self.out, self.depth, self.sep = pretty, [], 0, ""

    def _eor(self):
        if self.sep:
            self.out.append(self.sep)
        self.sep = ","

    def _eol(self):
        if self.pretty:
            self.out.append("\n" + "    " * self.depth)

    def value(self, v):
        if isinstance(v, dict):
            self._eor()
            self.out.append("{")
            self.depth += 1
            self.sep = ""
            for k, x in v.items():
                self._eor()
                self._eol()
                self.sep = ""
                self.out.append(json.dumps(k) + (": " if self.pretty else ":"))
                self.value(x)
            self.depth -= 1
            if self.sep:
                self._eol()
            self.out.append("}")
            self.sep = ","
        elif isinstance(v, list):
            self._eor()
            self.out.append("[ " if self.pretty else "[")
            self.depth += 1
            self.sep = ""
            for x in v:
                self.value(x)
            if self.pretty and self.sep:
                self.out.append(" ")
            self.depth -= 1
            self.out.append("]")
            self.sep = ","
        else:
            self._eor()
            self.out.append("true" if v is True else "false" if v is False else
                            "null" if v is None else v if isinstance(v, Raw) else json.dumps(v))

    def dumps(self, v) -> str:
        self.value(v)
        return "".join(self.out) + "\n"


DSFIELD_NAMES = {0x28: "AF11", 0x30: "AF12", 0x38: "AF13", 0x48: "AF21", 0x50: "AF22", 0x58: "AF23",
                 0x68: "AF31", 0x70: "AF32", 0x78: "AF33", 0x88: "AF41", 0x90: "AF42", 0x98: "AF43",
                 0x20: "CS1", 0x40: "CS2", 0x60: "CS3", 0x80: "CS4", 0xA0: "CS5", 0xC0: "CS6",
                 0xE0: "CS7", 0xB8: "EF"}    # /etc/iproute2/rt_dsfield


def dsfield(tos: int) -> str:
    return DSFIELD_NAMES.get(tos, f"0x{tos:02x}")


def scope_name(s: int) -> str:
    return SCOPE_NAMES.get(s, str(s))


def table_name(t: int) -> str:
    return TABLE_NAMES.get(t, str(t))


def eui64_ll(mac: bytes) -> str:
    b = bytes([mac[0] ^ 2]) + mac[1:3] + b"\xff\xfe" + mac[3:6]
    return str(ipaddress.IPv6Address(b"\xfe\x80" + bytes(6) + b))


def inet6_addrs(host, link) -> list[tuple[str, int, str]]:
    if not link.up or not link.inet6:
        return []
    if link.kind == "loopback":
        return [("::1", 128, "host")]
    if link.carrier(host):
        return [(eui64_ll(link.mac), 64, "link")]
    return []


def v6_routes(host, table: int, flt, details=0) -> list[tuple[str, dict]]:
    """The kernel's own IPv6 routes (prefix, local, multicast) for `table` (0: all), those a
    route filter (iproute_cmd.Filter: dev, type, protocol, metric) selects."""
    dev = flt.dev
    v4_only = flt.scope not in (None, 0) or any(x is not None for x in (flt.via, flt.src, flt.root, flt.tos))
    main, local = [], []
    links = sorted(host.links.values(), key=lambda l: l.index)
    for l in links:
        for addr, plen, _scope in inet6_addrs(host, l):
            if l.kind != "loopback":
                main.append(("unicast", "fe80::/64", l.name, 256, 254))
            local.append(("local", addr, l.name, 0, 255))
    local.sort(key=lambda x: ipaddress.IPv6Address(x[1]))
    for l in links:
        if l.kind != "loopback" and inet6_addrs(host, l):
            local.append(("multicast", "ff00::/8", l.name, 256, 255))
    rows = []
    for typ, dst, d, metric, tb in main + local:
        if (table and tb != table) or (dev is not None and d != dev) or v4_only:
            continue
        if flt.rtype is not None and RTN_NAMES[flt.rtype].lower() != typ:
            continue
        if (flt.proto is not None and flt.proto != 2) or (flt.metric is not None and flt.metric != metric):
            continue
        j = {} if typ == "unicast" and not details else {"type": typ}
        j["dst"] = dst
        t = ([] if typ == "unicast" and not details else [typ]) + [dst]
        if dev is None:
            j["dev"] = d
            t.append(f"dev {d}")
        if not table and (tb != TABLE_MAIN or details):
            j["table"] = table_name(tb)
            t.append(f"table {table_name(tb)}")
        if flt.proto is None:
            j["protocol"] = "kernel"
            t.append("proto kernel")
        if details and flt.scope is None:
            j["scope"] = "global"
            t.append("scope global")
        if flt.metric is None:
            j["metric"] = metric
            t.append(f"metric {metric}")
        j.update(flags=[], pref="medium")
        t.append("pref medium")
        rows.append((" ".join(t) + "\n", j))
    return rows


def oneline_addrs(link, info: list[dict]) -> str:
    s = ""
    for line in addr_text(info).splitlines(True):
        if line.startswith("    inet"):
            s += f"{link.index}: {link.name}" + line[:-1]
        else:
            s += "\\" + line
    return s


class AddrRow:
    """One address as `ip addr` prints it (json: iproute2's keys in its order) and what the
    show/flush selectors look at: scope, label (a device name for IPv6), local, flags."""
    __slots__ = ("json", "scope", "label", "local", "flags", "v4")

    def __init__(self, json, scope, label, local, flags, v4):
        self.json, self.scope, self.label, self.local, self.flags, self.v4 = json, scope, label, local, flags, v4


def addr_rows(host, link, family) -> list[AddrRow]:
    out = []
    if family in (None, 4):
        for a in link.addrs:
            d = {"family": "inet", "local": ntoa(a.local)}
            if a.peer:
                d["address"] = ntoa(a.address)
            d["prefixlen"] = a.plen
            if a.metric:
                d["metric"] = a.metric
            if a.brd:
                d["broadcast"] = ntoa(a.brd)
            d["scope"] = scope_name(a.scope)
            flags = {"secondary"} if a.secondary else {"primary"}
            flags.add("permanent")
            for f in ("secondary", "noprefixroute"):
                if f == "secondary" and a.secondary or f == "noprefixroute" and a.noprefixroute:
                    d[f] = True
                    flags.add(f)
            d.update(label=a.label, valid_life_time=FOREVER, preferred_life_time=FOREVER)
            out.append(AddrRow(d, a.scope, a.label, a.local, flags, True))
    if family in (None, 6):
        for addr, plen, scope in inet6_addrs(host, link):
            d = {"family": "inet6", "local": addr, "prefixlen": plen, "scope": scope,
                 "valid_life_time": FOREVER, "preferred_life_time": FOREVER}
            out.append(AddrRow(d, SCOPE_BY_NAME[scope], link.name, None, {"primary", "permanent"}, False))
    return out


SCOPE_BY_NAME = {v: k for k, v in SCOPE_NAMES.items()}


def addr_info(host, link, family) -> list[dict]:
    return [r.json for r in addr_rows(host, link, family)]


def _addr_word(d) -> str:
    peer = f" peer {d['address']}" if "address" in d else ""
    return f"{d['local']}{peer}/{d['prefixlen']}"


def _brief_word(d) -> str:
    return _addr_word(d) + (f" metric {d['metric']}" if "metric" in d else "")


def addr_text(info: list[dict]) -> str:
    s = ""
    for d in info:
        if d["family"] == "inet":
            s += f"    inet {_addr_word(d)} "
            if "metric" in d:                   # print_addrinfo(): IFA_RT_PRIORITY before brd
                s += f"metric {d['metric']} "
            if "broadcast" in d:
                s += f"brd {d['broadcast']} "
            s += f"scope {d['scope']} "
            for f in ("secondary", "noprefixroute"):
                if d.get(f):
                    s += f + " "
            s += d["label"] + "\n"
        else:
            s += f"    inet6 {d['local']}/{d['prefixlen']} scope {d['scope']} \n"
        s += "       valid_lft forever preferred_lft forever\n"
    return s


def brief_addr(host, link, info: list[dict], head: bool = True) -> str:
    s = f"{ifname(link):<16} {link.operstate(host):<14} " if head else ""
    return s + "".join(_brief_word(d) + " " for d in info) + "\n"


def brief_addr_json(d) -> dict:
    out = {"local": d["local"]}
    if "address" in d:
        out["address"] = d["address"]
    out["prefixlen"] = d["prefixlen"]
    if "metric" in d:
        out["metric"] = d["metric"]
    return out


# -- routes ---------------------------------------------------------------------------------------
def route_fields(host, r, show_table: bool, show_dev: bool, hide=(), details=0) -> list[tuple[str, str, object]]:
    """(json key, text, json value) in iproute2's print_route() order; `hide` names the
    columns a filter fixes (iproute2 omits them); -d shows the default type, table, protocol
    and scope too."""
    f = []
    if (r.type != RTN_UNICAST or details) and "type" not in hide:
        f.append(("type", RTN_NAMES[r.type].lower(), RTN_NAMES[r.type].lower()))
    dst = "default" if r.plen == 0 else ntoa(r.dst) if r.plen == 32 else f"{ntoa(r.dst)}/{r.plen}"
    f.append(("dst", dst, dst))
    if r.tos and "tos" not in hide:
        f.append(("tos", f"tos {dsfield(r.tos)}", dsfield(r.tos)))
    if r.gw and "gateway" not in hide:
        f.append(("gateway", f"via {ntoa(r.gw)}", ntoa(r.gw)))
    if r.dev and show_dev:
        f.append(("dev", f"dev {r.dev}", r.dev))
    if show_table and (r.table != TABLE_MAIN or details):
        f.append(("table", f"table {table_name(r.table)}", table_name(r.table)))
    if (r.proto != PROTO_BOOT or details) and "protocol" not in hide:
        p = PROTO_NAMES.get(r.proto, str(r.proto))
        f.append(("protocol", f"proto {p}", p))
    if (r.scope != SCOPE_UNIVERSE or details) and "scope" not in hide:
        f.append(("scope", f"scope {scope_name(r.scope)}", scope_name(r.scope)))
    if r.prefsrc and "prefsrc" not in hide:
        f.append(("prefsrc", f"src {ntoa(r.prefsrc)}", ntoa(r.prefsrc)))
    if r.metric and "metric" not in hide:
        f.append(("metric", f"metric {r.metric}", r.metric))
    return f


def route_flags(host, r) -> list[str]:
    """RTNH_F_DEAD / RTNH_F_ONLINK / RTNH_F_LINKDOWN (host-scope nexthops never get linkdown);
    fib_nexthop_info() reports a linkdown nexthop dead when its device ignores such routes."""
    dead = r.linkdown and r.dev in host.conf and host.conf_value(r.dev, "ignore_routes_with_linkdown", "or")
    out = ["dead"] if dead else []
    if r.onlink:
        out.append("onlink")
    if r.linkdown:
        out.append("linkdown")
    return out


def route_text(host, r, show_table: bool, show_dev: bool = True, hide=(), details=0) -> str:
    parts = [t for _k, t, _v in route_fields(host, r, show_table, show_dev, hide, details)]
    return " ".join(parts + route_flags(host, r)) + " \n"


def route_json(host, r, show_table: bool, show_dev: bool = True, hide=(), details=0) -> dict:
    d = {k: v for k, _t, v in route_fields(host, r, show_table, show_dev, hide, details)}
    d["flags"] = route_flags(host, r)
    return d


def route_get(res, daddr, saddr, iif, mark, uid=None, tos=0, details=0, notify=False) -> tuple[str, dict]:
    """The RTM_F_CLONED answer of `ip route get` for a RouteResult (-d: its type and table
    even when unicast and main; a cloned answer has no protocol nor scope to show)."""
    j = {}
    t = []
    rtype = {"local": "local", "broadcast": "broadcast", "multicast": "multicast"}.get(res.kind,
                                                                                   "unicast" if details else None)
    if rtype:
        j["type"] = rtype
        t.append(rtype)
    j["dst"] = ntoa(daddr)
    t.append(ntoa(daddr))
    if saddr:
        j["from"] = ntoa(saddr)
        t.append(f"from {ntoa(saddr)}")
    if tos:
        j["tos"] = dsfield(tos)
        t.append(f"tos {dsfield(tos)}")
    r = res.route
    if res.kind in ("unicast", "forward") and r is not None and r.gw and r.nh_scope == SCOPE_LINK:
        j["gateway"] = ntoa(res.gw)
        t.append(f"via {ntoa(res.gw)}")
    j["dev"] = res.dev
    t.append(f"dev {res.dev}")
    if res.table and (res.table != TABLE_MAIN or details):     # the table fib_lookup() found it in
        j["table"] = table_name(res.table)
        t.append(f"table {table_name(res.table)}")
    if iif is None and res.prefsrc and res.prefsrc != saddr:
        j["prefsrc"] = ntoa(res.prefsrc)
        t.append(f"src {ntoa(res.prefsrc)}")
    j["flags"] = []
    if notify:                                      # RTM_F_NOTIFY, echoed in the answer
        j["flags"].append("notify")
        t.append("notify")
    if res.flags & RTCF_MULTICAST:
        j["flags"].append("rt_offload_failed")     # RTCF_MULTICAST shares its bit with RTM_F_OFFLOAD_FAILED
        t.append("rt_offload_failed")
    if mark:
        j["mark"] = mark
        t.append(f"mark {mark}" if mark < 16 else f"mark 0x{mark:x}")     # iproute2's print_0xhex()
    if uid is not None and uid != 0xFFFFFFFF:       # RTA_UID while the flow's uid is valid
        j["uid"] = uid
        t.append(f"uid {uid}")
    cache = []
    if res.flags & RTCF_LOCAL:
        cache.append("local")
    if res.flags & RTCF_BROADCAST:
        cache.append("brd")
    if res.flags & RTCF_MULTICAST:
        cache.append("mc")
    if res.redirect:
        cache.append("redirect")
    if notify:                                      # RTCF_NOTIFY
        cache.append("notify")
    line2 = "    cache "
    if cache:
        line2 += "<" + ",".join(cache) + "> "
    j["cache"] = cache
    if iif is not None:
        line2 += f"iif {iif} "
        j["iif"] = iif
    return " ".join(t) + " \n" + line2 + "\n", j
