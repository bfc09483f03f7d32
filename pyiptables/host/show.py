"""iproute2 output: `ip link|addr|route show|get` as text, brief (-br) and JSON (-j, -p), byte for
byte like iproute2 6.1 (trailing spaces included)."""
from __future__ import annotations

import ipaddress
import json

from ..packet import ntoa
from .fib import (PROTO_BOOT, PROTO_NAMES, RTN_NAMES, RTN_UNICAST, SCOPE_LINK, SCOPE_NAMES,
                  SCOPE_UNIVERSE, TABLE_MAIN, TABLE_NAMES)
from .routing import RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST

FOREVER = 4294967295
DETAILS = {  # kind: (min_mtu, max_mtu, numtxqueues, tso_max_size)
    "loopback": (0, 0, 1, 524280), "dummy": (0, 0, 1, 524280), "ifb": (0, 0, 1, 524280),
    "veth": (68, 65535, 2, 524280), "bridge": (68, 65535, 1, 65536),
}


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
                            "null" if v is None else json.dumps(v))

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


def v6_routes(host, table: int, flt) -> list[tuple[str, dict]]:
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
        j = {} if typ == "unicast" else {"type": typ}
        j["dst"] = dst
        t = ([] if typ == "unicast" else [typ]) + [dst]
        if dev is None:
            j["dev"] = d
            t.append(f"dev {d}")
        if not table and tb != TABLE_MAIN:
            j["table"] = table_name(tb)
            t.append(f"table {table_name(tb)}")
        if flt.proto is None:
            j["protocol"] = "kernel"
            t.append("proto kernel")
        if flt.metric is None:
            j["metric"] = metric
            t.append(f"metric {metric}")
        j.update(flags=[], pref="medium")
        t.append("pref medium")
        rows.append((" ".join(t) + "\n", j))
    return rows


def oneline_link(text: str) -> str:
    return text[:-1].replace("\n", "\\") + "\n"


def oneline_addrs(link, info: list[dict]) -> str:
    s = ""
    for line in addr_text(info).splitlines(True):
        if line.startswith("    inet"):
            s += f"{link.index}: {link.name}" + line[:-1]
        else:
            s += "\\" + line
    return s


def qlen(link) -> int:
    """tx_queue_len is a u32 that iproute2 prints as an int."""
    return link.txqlen - (1 << 32) if link.txqlen >= 1 << 31 else link.txqlen


def ifname(link) -> str:
    return f"{link.name}@{link.peer}" if link.peer else link.name


# -- links & addresses ------------------------------------------------------------------------------
def link_json(host, link, show_mode: bool, details: bool, family=None, addrgen=True) -> dict:
    """family 4/6: an AF_INET(6) link dump, which carries no link-layer address; addrgen=False:
    the dump of `ip addr` (no IFLA_AF_SPEC, so no addrgenmode)."""
    d = {"ifindex": link.index}
    if link.peer:
        d["link"] = link.peer           # iproute2 prints IFLA_LINK before the name
    d["ifname"] = link.name
    d.update(flags=link.flags(host), mtu=link.mtu, qdisc=link.qdisc, operstate=link.operstate(host))
    if show_mode:
        d["linkmode"] = "DEFAULT"
    d.update(group="default", txqlen=qlen(link))
    if family not in (4, 6):
        lt = "loopback" if link.kind == "loopback" else "ether"
        d.update(link_type=lt, address=link.mac_str,
                 broadcast="00:00:00:00:00:00" if lt == "loopback" else "ff:ff:ff:ff:ff:ff")
    if details and family not in (4, 6):
        mn, mx, nq, tso = DETAILS[link.kind]
        d.update(promiscuity=0, allmulti=0, min_mtu=mn, max_mtu=mx)
        if link.kind != "loopback":
            d["linkinfo"] = {"info_kind": link.kind}
        if addrgen:
            d["inet6_addr_gen_mode"] = "eui64"
        d.update(num_tx_queues=nq, num_rx_queues=nq, gso_max_size=65536,
                 gso_max_segs=65535, tso_max_size=tso, tso_max_segs=65535, gro_max_size=65536)
    return d


def link_text(host, link, show_mode: bool, details: bool, family=None, addrgen=True) -> str:
    lt = "loopback" if link.kind == "loopback" else "ether"
    brd = "00:00:00:00:00:00" if lt == "loopback" else "ff:ff:ff:ff:ff:ff"
    if family == 6:       # an AF_INET6 link dump carries no qdisc nor group
        return (f"{link.index}: {ifname(link)}: <{','.join(link.flags(host))}> mtu {link.mtu} "
                f"state {link.operstate(host)} qlen {qlen(link)}\n")
    s = (f"{link.index}: {ifname(link)}: <{','.join(link.flags(host))}> mtu {link.mtu} qdisc {link.qdisc} "
         f"state {link.operstate(host)} {'mode DEFAULT ' if show_mode else ''}group default qlen {qlen(link)}\n")
    if family not in (4, 6):
        s += f"    link/{lt} {link.mac_str} brd {brd}"
        if details:
            mn, mx, nq, tso = DETAILS[link.kind]
            s += f" promiscuity 0  allmulti 0 minmtu {mn} maxmtu {mx} "
            if link.kind != "loopback":
                s += f"\n    {link.kind} "
            if addrgen:
                s += "addrgenmode eui64 "
            s += (f"numtxqueues {nq} numrxqueues {nq} gso_max_size 65536 "
                  f"gso_max_segs 65535 tso_max_size {tso} tso_max_segs 65535 gro_max_size 65536 ")
        s += "\n"
    return s


def stats_text(level: int) -> str:
    """`-s` counters; the emulated host carries no traffic, so every counter is 0."""
    z = "             0       0      0       0       0       0 \n"
    s = "    RX:  bytes packets errors dropped  missed   mcast           \n" + z
    if level > 1:
        s += ("    RX errors:  length    crc   frame    fifo overrun\n"
              "                     0      0       0       0       0 \n")
    s += "    TX:  bytes packets errors dropped carrier collsns           \n" + z
    if level > 1:
        s += ("    TX errors: aborted   fifo  window heartbt transns\n"
              "                     0      0       0       0       0 \n")
    return s


def stats_json(level: int = 1) -> dict:
    rx = {"bytes": 0, "packets": 0, "errors": 0, "dropped": 0, "over_errors": 0, "multicast": 0}
    tx = {"bytes": 0, "packets": 0, "errors": 0, "dropped": 0, "carrier_errors": 0, "collisions": 0}
    if level > 1:
        rx.update(length_errors=0, crc_errors=0, frame_errors=0, fifo_errors=0, missed_errors=0)
        tx.update(aborted_errors=0, fifo_errors=0, window_errors=0, heartbeat_errors=0, carrier_changes=0)
    return {"stats64": {"rx": rx, "tx": tx}}


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
            if a.brd:
                d["broadcast"] = ntoa(a.brd)
            if a.metric:
                d["metric"] = a.metric
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


def addr_text(info: list[dict]) -> str:
    s = ""
    for d in info:
        if d["family"] == "inet":
            s += f"    inet {_addr_word(d)} "
            if "broadcast" in d:
                s += f"brd {d['broadcast']} "
            if "metric" in d:
                s += f"metric {d['metric']} "
            s += f"scope {d['scope']} "
            for f in ("secondary", "noprefixroute"):
                if d.get(f):
                    s += f + " "
            s += d["label"] + "\n"
        else:
            s += f"    inet6 {d['local']}/{d['prefixlen']} scope {d['scope']} \n"
        s += "       valid_lft forever preferred_lft forever\n"
    return s


def brief_link(host, link) -> str:
    return (f"{ifname(link):<16} {link.operstate(host):<14} {link.mac_str} "
            f"<{','.join(link.flags(host))}> \n")


def brief_addr(host, link, info: list[dict]) -> str:
    return f"{ifname(link):<16} {link.operstate(host):<14} " + "".join(_addr_word(d) + " " for d in info) + "\n"


def brief_addr_json(d) -> dict:
    out = {"local": d["local"]}
    if "address" in d:
        out["address"] = d["address"]
    out["prefixlen"] = d["prefixlen"]
    return out


# -- routes ---------------------------------------------------------------------------------------
def route_fields(host, r, show_table: bool, show_dev: bool, hide=()) -> list[tuple[str, str, object]]:
    """(json key, text, json value) in iproute2's print_route() order; `hide` names the
    columns a filter fixes (iproute2 omits them)."""
    f = []
    if r.type != RTN_UNICAST and "type" not in hide:
        f.append(("type", RTN_NAMES[r.type].lower(), RTN_NAMES[r.type].lower()))
    dst = "default" if r.plen == 0 else ntoa(r.dst) if r.plen == 32 else f"{ntoa(r.dst)}/{r.plen}"
    f.append(("dst", dst, dst))
    if r.tos and "tos" not in hide:
        f.append(("tos", f"tos {dsfield(r.tos)}", dsfield(r.tos)))
    if r.gw and "gateway" not in hide:
        f.append(("gateway", f"via {ntoa(r.gw)}", ntoa(r.gw)))
    if r.dev and show_dev:
        f.append(("dev", f"dev {r.dev}", r.dev))
    if show_table and r.table != TABLE_MAIN:
        f.append(("table", f"table {table_name(r.table)}", table_name(r.table)))
    if r.proto != PROTO_BOOT and "protocol" not in hide:
        p = PROTO_NAMES.get(r.proto, str(r.proto))
        f.append(("protocol", f"proto {p}", p))
    if r.scope != SCOPE_UNIVERSE and "scope" not in hide:
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


def route_text(host, r, show_table: bool, show_dev: bool = True, hide=()) -> str:
    parts = [t for _k, t, _v in route_fields(host, r, show_table, show_dev, hide)]
    return " ".join(parts + route_flags(host, r)) + " \n"


def route_json(host, r, show_table: bool, show_dev: bool = True, hide=()) -> dict:
    d = {k: v for k, _t, v in route_fields(host, r, show_table, show_dev, hide)}
    d["flags"] = route_flags(host, r)
    return d


def route_get(res, daddr, saddr, iif, mark, uid=0, tos=0) -> tuple[str, dict]:
    """The RTM_F_CLONED answer of `ip route get` for a RouteResult."""
    j = {}
    t = []
    rtype = {"local": "local", "broadcast": "broadcast", "multicast": "multicast"}.get(res.kind)
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
    if iif is None and res.prefsrc and res.prefsrc != saddr:
        j["prefsrc"] = ntoa(res.prefsrc)
        t.append(f"src {ntoa(res.prefsrc)}")
    j["flags"] = []
    if res.flags & RTCF_MULTICAST:
        j["flags"].append("rt_offload_failed")     # RTCF_MULTICAST shares its bit with RTM_F_OFFLOAD_FAILED
        t.append("rt_offload_failed")
    if mark:
        j["mark"] = mark
        t.append(f"mark {mark}")
    if iif is None:
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
    line2 = "    cache "
    if cache:
        line2 += "<" + ",".join(cache) + "> "
    j["cache"] = cache
    if iif is not None:
        line2 += f"iif {iif} "
        j["iif"] = iif
    return " ".join(t) + " \n" + line2 + "\n", j
