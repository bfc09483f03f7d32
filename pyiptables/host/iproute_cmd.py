"""`ip route add|append|prepend|replace|change|del|show|get` over the emulated host."""
from __future__ import annotations

import copy
import sys

from ..store import Store
from . import show
from .fib import (MASKS, PROTO_BOOT, RTN_ANYCAST, RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RTN_NAT,
                  RTN_UNICAST, SCOPE_HOST, SCOPE_LINK, SCOPE_NOWHERE, SCOPE_UNIVERSE, TABLE_LOCAL,
                  TABLE_MAIN, TYPE_BY_NAME, Route)
from .ipargs import (DSFIELD, ERRNO, V6, Exit, c_long, emit, find_dev, garbage, get_addr, get_prefix,
                     get_unsigned, invarg, matches, need, rt_proto, rt_scope, rt_table)
from .ip_usage import ROUTE as ROUTE_USAGE
from .kernroutes import rtnl
from .model import Host
from .ruleargs import ip_proto, rtntype_a2n

# iproute2 route attributes the emulated FIB has no model of (RTAX metrics, multipath, ...)
NOT_EMULATED = ("mtu", "hoplimit", "advmss", "reordering", "rtt", "rttvar", "window", "cwnd",
                "initcwnd", "initrwnd", "features", "quickack", "congctl", "rto_min", "ssthresh",
                "realms", "realm", "nexthop", "nhid", "encap", "ttl-propagate", "fastopen_no_cookie",
                "pref", "expires", "as", "from", "vrf")
ROUTE_TYPES = ("unicast", "local", "broadcast", "multicast", "throw", "unreachable", "prohibit",
               "blackhole", "nat", "anycast")


def do_route(o, args):
    cmd = args[0] if args else "show"
    rest = args[1:]
    for word, op in (("add", "add"), ("change", "change"), ("replace", "replace"),
                     ("prepend", "prepend"), ("append", "append"), ("test", "test")):
        if matches(cmd, word) or (op == "change" and cmd == "chg"):
            return route_modify(o, op, rest)
    if matches(cmd, "delete"):
        return route_modify(o, "delete", rest)
    if matches(cmd, "list") or matches(cmd, "show") or matches(cmd, "lst"):
        return route_show(o, rest)
    if matches(cmd, "get"):
        return route_get(o, rest)
    if matches(cmd, "flush"):
        return route_show(o, rest, flush=True)
    if matches(cmd, "help"):
        raise Exit(ROUTE_USAGE.rstrip("\n"), 255)
    raise Exit(f'Command "{cmd}" is unknown, try "ip route help".', 255)


def no_vrf(name: str):
    """`vrf NAME`: iproute2 wants a VRF device's table, and the emulated host has no VRFs."""
    invarg("Invalid VRF", name)


def _tos(v: str, what: str = '"tos" value is invalid') -> int:
    if v in DSFIELD:
        return DSFIELD[v]
    try:
        n = int(v, 16)
        if 0 <= n <= 255:
            return n
    except ValueError:
        pass
    invarg(what, v)


def _v4(parsed):
    if parsed[0] == 6:
        raise V6(parsed)
    return parsed


def route_modify(o, op: str, args):
    fam = o["family"] if o["family"] in (4, 6) else None
    dst = plen = None
    rtype = None
    gw = prefsrc = tos = 0
    metric = None
    dev = None
    table = proto = scope = None
    onlink = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "vrf":
            no_vrf(need(args, i))
        if a == "src":
            f, prefsrc = _v4(get_addr(need(args, i), fam)); i += 1
            fam = fam or f
        elif a == "via":
            if gw:
                invarg("use nexthop syntax to specify multiple via", a)
            v = need(args, i); i += 1
            f = fam
            if v in ("inet", "inet6"):
                f = 4 if v == "inet" else 6
                v = need(args, i); i += 1
            f, gw = _v4(get_addr(v, f))
            fam = fam or f
        elif a in ("tos", "dsfield"):
            tos = _tos(need(args, i)); i += 1
        elif a in ("metric", "priority", "preference"):
            v = need(args, i); i += 1
            metric = get_unsigned(v)
            if metric is None:
                invarg('"metric" value is invalid', v)
        elif a == "scope":
            scope = rt_scope(need(args, i)); i += 1
        elif a == "table":
            table = rt_table(need(args, i)); i += 1
        elif a in ("dev", "oif"):
            dev = need(args, i); i += 1
        elif matches(a, "protocol"):
            proto = rt_proto(need(args, i)); i += 1
        elif a == "onlink":
            onlink = True
        elif a in NOT_EMULATED:
            raise Exit(f'pyip: route attribute "{a}" is not emulated', 2)
        else:
            if a == "to":
                a = need(args, i); i += 1
            if a in ROUTE_TYPES and rtype is None and dst is None:
                rtype = TYPE_BY_NAME[a]
                a = need(args, i); i += 1
            if dst is not None:
                garbage("to", a)
            f, dst, plen, _given = _v4(get_prefix(a, fam))
            fam = fam or f
        i += 1
    if dst is None:                              # iproute_modify(): !dst_ok, usage()
        raise Exit(ROUTE_USAGE.rstrip("\n"), 255)
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        if dev is not None:
            find_dev(host, dev)
        if tos & 3:                             # rtm_to_fib_config(): inet_validate_dscp()
            raise Exit("Error: Invalid dsfield (tos): ECN bits must be 0.", 2)
        if op == "delete":
            if table is None:
                table = TABLE_LOCAL if rtype in (RTN_LOCAL, RTN_BROADCAST, RTN_NAT, RTN_ANYCAST) else TABLE_MAIN
            host.route_delete(table, dst, plen, tos=tos, metric=metric, rtype=rtype or 0, gw=gw,
                              dev=dev, prefsrc=prefsrc, proto=proto or 0,
                              scope=SCOPE_NOWHERE if scope is None else scope)
        else:
            rtype = RTN_UNICAST if rtype is None else rtype
            if table is None:
                table = TABLE_LOCAL if rtype in (RTN_LOCAL, RTN_BROADCAST, RTN_NAT, RTN_ANYCAST) else TABLE_MAIN
            if scope is None:
                if rtype in (RTN_LOCAL, RTN_NAT):
                    scope = SCOPE_HOST
                elif rtype in (RTN_BROADCAST, RTN_MULTICAST, RTN_ANYCAST):
                    scope = SCOPE_LINK
                elif rtype == RTN_UNICAST and not gw:
                    scope = SCOPE_LINK
                else:
                    scope = SCOPE_UNIVERSE
            if plen < 32 and dst & ~MASKS[plen] & 0xFFFFFFFF:
                raise Exit("Error: Invalid prefix for given prefix length.", 2)
            r = Route(table, rtype, dst, plen, tos=tos, metric=metric or 0, gw=gw, dev=dev,
                      prefsrc=prefsrc, proto=PROTO_BOOT if proto is None else proto, scope=scope,
                      onlink=onlink)
            host.route_modify(op, r)
        st.put("host")


class Filter:
    """iproute_list_flush_or_save()'s filter: what a route must be to be shown (or flushed), and
    the columns it fixes (iproute2 leaves those out)."""

    def __init__(self):
        self.table, self.dev, self.proto, self.scope, self.rtype = TABLE_MAIN, None, None, None, None
        self.root = self.match = self.via = self.src = None
        self.metric = self.tos = None
        self.none = False           # `cloned`: the IPv4 route cache, empty (and routes' realms and
                                    # source prefixes are 0: a realm or a `from` may leave nothing)

    def selected(self, r) -> bool:
        if self.none:
            return False
        if self.dev is not None and r.dev != self.dev:
            return False
        for want, have in ((self.proto, r.proto), (self.scope, r.scope), (self.rtype, r.type),
                           (self.metric, r.metric), (self.tos, r.tos)):
            if want is not None and want != have:
                return False
        if self.root is not None and (r.plen < self.root[1] or r.dst & MASKS[self.root[1]] != self.root[0]):
            return False
        if self.match is not None and (r.plen > self.match[1] or self.match[0] & MASKS[r.plen] != r.dst):
            return False
        for pfx, have in ((self.via, r.gw), (self.src, r.prefsrc)):
            if pfx is not None and (not have or (have ^ pfx[0]) & MASKS[pfx[1]]):
                return False
        return True

    def hide(self) -> list[str]:
        h = [k for k, v in (("protocol", self.proto), ("scope", self.scope), ("metric", self.metric),
                            ("tos", self.tos)) if v is not None]
        h += [k for k, v in (("gateway", self.via), ("prefsrc", self.src)) if v is not None and v[1] == 32]
        return h


def _prefix(v, fam):
    f, addr, plen, _g = get_prefix(v, fam)
    if f == 6:
        raise V6(v)
    return addr, plen


def _any_prefix(v, fam):
    """A listing's prefix; all and any without a family filter nothing (default still does)."""
    return None if fam is None and v in ("all", "any") else _prefix(v, fam)


def _realm(v: str) -> int:
    """rtnl_rtrealm_a2n(): a name of rt_realms (only cosmos, 0, is there) or a number to 255."""
    n = 0 if v == "cosmos" else c_long(v)
    if n is None or not 0 <= n <= 255:
        raise ValueError(v)
    return n


def _realms(v: str) -> tuple:
    """`realms [FROM/]TO` (or a raw number) of a listing: the realms asked for and the mask iproute2 compares
    them under (a side left empty, or not given, is not compared)."""
    frm, slash, to = v.partition("/")
    try:
        realm = (_realm(frm) << 16 | (_realm(to) if to else 0)) if slash else _realm(v)
    except ValueError:
        realm = get_unsigned(v)                 # get_rt_realms_or_raw(): else a raw u32
        if realm is None:
            invarg("invalid realms", v)
    mask = 0xFFFFFFFF
    if not realm & 0xFFFF and v.endswith("/"):
        mask &= ~0xFFFF
    if not realm & 0xFFFF0000 and (not slash or v.startswith("/")):
        mask &= ~0xFFFF0000
    return realm, mask


def route_show(o, args, flush: bool = False):
    if flush and not args:
        raise Exit('"ip route flush" requires arguments.', 1)
    fam = o["family"] if o["family"] in (4, 6) else None
    flt = Filter()
    i = 0
    while i < len(args):
        a = args[i]
        if a == "vrf":
            no_vrf(need(args, i))
        if matches(a, "table"):
            v = need(args, i); i += 1
            flt.table = 0 if v == "all" else rt_table(v, "table id value is invalid")
        elif a in ("dev", "oif"):
            flt.dev = need(args, i); i += 1
        elif matches(a, "protocol"):
            v = need(args, i); i += 1
            flt.proto = None if v == "all" else rt_proto(v, 'invalid "protocol"')
        elif matches(a, "scope"):
            v = need(args, i); i += 1
            flt.scope = None if v == "all" else rt_scope(v, 'invalid "scope"')
        elif matches(a, "type"):
            v = need(args, i); i += 1
            flt.rtype = rtntype_a2n(v)
            if flt.rtype is None:
                invarg("node type value is invalid", v)
        elif matches(a, "cloned") or matches(a, "cached"):
            flt.none = True
        elif matches(a, "metric") or matches(a, "priority") or a == "preference":
            v = need(args, i); i += 1
            flt.metric = get_unsigned(v)
            if flt.metric is None:
                invarg('"metric" value is invalid', v)
        elif a in ("tos", "dsfield"):
            flt.tos = _tos(need(args, i)); i += 1
        elif a == "via":
            flt.via = _prefix(need(args, i), fam); i += 1
        elif a == "src":
            flt.src = _prefix(need(args, i), fam); i += 1
        elif matches(a, "realms"):
            v = need(args, i); i += 1
            realm, mask = _realms(v)
            flt.none |= bool(realm & mask)
        elif a == "from":
            a = need(args, i); i += 1
            if matches(a, "root") or matches(a, "match"):
                how, a = a, need(args, i); i += 1
            else:
                how = "exact"
                if matches(a, "exact"):
                    a = need(args, i); i += 1
            plen = None if fam is None and a in ("all", "any") else _prefix(a, fam)[1]
            flt.none |= not matches(how, "match") and bool(plen)
        else:
            if matches(a, "to"):
                a = need(args, i); i += 1
            if matches(a, "root"):
                flt.root = _any_prefix(need(args, i), fam); i += 1
            elif matches(a, "match"):
                flt.match = _any_prefix(need(args, i), fam); i += 1
            else:
                if matches(a, "exact"):
                    a = need(args, i); i += 1
                flt.root = flt.match = _any_prefix(a, fam)
        i += 1
    table = flt.table
    if fam is None and table:               # a given table (main by default) means IPv4
        fam = 4
    with Store().transaction(write=flush) as st:
        host = st.get("host", Host)
        if flt.dev is not None:
            find_dev(host, flt.dev)
        if fam == 6:
            if not flush:
                rows = show.v6_routes(host, table, flt, o["details"])
                emit(o, [t for t, _j in rows], [j for _t, j in rows])
            return
        if table:
            if table not in host.tables:
                raise Exit("Error: ipv4: FIB table does not exist.\n"
                           + ("Flush terminated" if flush else "Dump terminated"), 2)
            ids = [table]
        else:
            # fib_table_hash: 256 buckets by the id's low byte, each newest table first
            age = {t: n for n, t in enumerate(host.tables)}
            ids = sorted(host.tables, key=lambda t: (t & 0xFF, -age[t]))
        out, js, dead = [], [], []
        hide = flt.hide()
        for t in ids:
            for r in host.tables[t]:
                if not flt.selected(r):
                    continue
                if flush:
                    dead.append(r)
                elif o["json"]:
                    js.append(show.route_json(host, r, table == 0, flt.dev is None, hide, o["details"]))
                else:
                    out.append(show.route_text(host, r, table == 0, flt.dev is None, hide, o["details"]))
        if flush:
            if dead:
                host.route_flush(dead)
                st.put("host")
            if o["stats"]:                       # iproute2's rounds: one, or nothing to do
                shown = "".join(show.route_text(host, r, table == 0, flt.dev is None, hide, o["details"])
                                for r in dead) if o["stats"] > 1 else ""
                sys.stdout.write(shown + (f"\n*** Round 1, deleting {len(dead)} entries ***\n"
                                          "*** Flush is complete after 1 round ***\n" if dead
                                          else "Nothing to flush.\n"))
            return
        if fam is None:
            for t, j in show.v6_routes(host, 0, flt, o["details"]):
                out.append(t)
                js.append(j)
        emit(o, out, js)


def route_get(o, args):
    fam = o["family"] if o["family"] in (4, 6) else None
    dst = None
    saddr = mark = tos = sport = dport = 0
    iif = oif = uid = ipproto = None
    flags = set()
    given_from = bad_header = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "vrf":
            no_vrf(need(args, i))
        if a == "from":
            given_from = True
            f, saddr, plen, given = get_prefix(need(args, i), fam); i += 1
            if f == 6:
                raise V6(saddr)
            if given and plen != 32:             # rtm_src_len is sent as given
                bad_header = True
            fam = fam or 4
        elif a == "iif":
            iif = need(args, i); i += 1
        elif a in ("oif", "dev"):
            oif = need(args, i); i += 1
        elif a in ("mark", "fwmark"):
            v = need(args, i); i += 1
            mark = get_unsigned(v)
            if mark is None:
                invarg("invalid mark value", v, blank=False)
        elif a in ("tos", "dsfield"):
            tos = _tos(need(args, i), "TOS value is invalid"); i += 1
        elif a in ("sport", "dport"):
            v = need(args, i); i += 1
            n = get_unsigned(v)
            if n is None or n > 0xFFFF:
                invarg(f"invalid {a}", v)
            if a == "sport":
                sport = n
            else:
                dport = n
        elif matches(a, "ipproto"):
            ipproto = ip_proto(need(args, i)); i += 1
        elif matches(a, "uid"):
            v = need(args, i); i += 1
            uid = get_unsigned(v)
            if uid is None:
                invarg("invalid UID", v)
        elif a in ("connected", "fibmatch") or matches(a, "notify"):
            flags.add(a)
        else:
            if a == "to":
                a = need(args, i); i += 1
            f, dst, plen, given = get_prefix(a, fam)
            if f == 6:
                raise V6(a)
            if given and plen not in (0, 32) or plen == 0 and dst:
                sys.stderr.write(f"Warning: /{plen} as prefix is invalid, only /32 (or none) is supported.\n")
            fam = fam or 4
        i += 1
    if dst is None:
        raise Exit("need at least a destination address", 1)
    with Store().transaction(write=False) as st:
        host = st.get("host", Host)
        for d in (iif, oif):
            if d is not None:
                find_dev(host, d)
        if bad_header:                           # inet_rtm_valid_getroute_req()
            raise Exit("Error: ipv4: Invalid values in header for route get request.", 2)
        if ipproto is None:                      # the request's skb is UDP unless told otherwise
            ipproto = 17
        elif ipproto not in (1, 6, 17):
            raise Exit("Error: Unsupported ip proto.", 2)
        l4 = (ipproto, sport, dport) if ipproto != 1 else (1, 0, 0)
        if iif is not None:
            res = host.route_input(saddr, dst, iif, tos, mark, l4)
            if res.kind in ("martian", "drop"):
                raise rtnl("Invalid argument")
            if res.kind in ("unreachable", "blackhole", "prohibit"):
                raise rtnl(ERRNO.get(res.err, "Invalid argument"))
        else:
            if uid is None:                      # the asking process's (root's)
                uid = 0
            res = host.route_output(dst, saddr, oif, mark, tos, uid=uid, l4=(ipproto, sport, dport))
            if res.err:
                raise rtnl(ERRNO.get(res.err, "Invalid argument"))
        if "fibmatch" in flags:                  # RTM_F_FIB_MATCH: the FIB entry itself
            if res.route is None:
                raise rtnl("No route to host")
            r = res.route
            if res.kind in ("broadcast", "multicast") and r.type != res.rtype:
                r = copy.copy(r)                 # the entry as found, typed as the answer
                r.type = res.rtype
            if res.table and r.table != res.table:
                r = copy.copy(r)                 # the table fib_lookup() names (main while merged)
                r.table = res.table
            emit(o, [show.route_text(host, r, True, details=o["details"])],
                 [show.route_json(host, r, True, details=o["details"])])
            return
        # the reply carries the dsfield of the FIB entry that matched
        text, j = show.route_get(res, dst, saddr, iif, mark, uid, tos=res.route.tos if res.route else 0,
                                  details=o["details"], notify=any(matches(f, "notify") for f in flags))
        if o["oneline"]:                         # the cache line's break is _SL_ too
            text = text[:-1].replace("\n", "\\") + "\n"
        emit(o, [text], [j])
        if "connected" in flags and not given_from:
            # iproute2 means to ask again from the answer's source, but sends the first request
            # again: the same answer, printed as text after the JSON of the first
            if iif is not None or not res.prefsrc:    # no RTA_PREFSRC (nor RTA_SRC) to connect
                raise Exit("Failed to connect the route", 1)
            sys.stdout.write(text)
