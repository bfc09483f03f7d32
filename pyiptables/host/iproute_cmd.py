"""`ip route add|append|prepend|replace|change|del|show|get` over the emulated host."""
from __future__ import annotations

from ..store import Store
from . import show
from .fib import (MASKS, PROTO_BOOT, RTN_ANYCAST, RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RTN_NAT,
                  RTN_UNICAST, SCOPE_HOST, SCOPE_LINK, SCOPE_NOWHERE, SCOPE_UNIVERSE, TABLE_LOCAL,
                  TABLE_MAIN, TYPE_BY_NAME, Route)
from .ipargs import (DSFIELD, ERRNO, Exit, emit, find_dev, garbage, inet_addr, inet_prefix, invarg,
                     matches, need, parse_prefix, rt_proto, rt_scope, rt_table)
from .ip_usage import ROUTE as ROUTE_USAGE
from .kernroutes import rtnl
from .model import Host

ROUTE_TYPES = ("unicast", "local", "broadcast", "multicast", "throw", "unreachable", "prohibit",
               "blackhole", "nat", "anycast")


def do_route(o, args):
    cmd = args[0] if args else "show"
    rest = args[1:]
    for word, op in (("add", "add"), ("change", "change"), ("replace", "replace"),
                     ("prepend", "prepend"), ("append", "append")):
        if matches(cmd, word) or (op == "change" and cmd == "chg"):
            return route_modify(op, rest)
    if matches(cmd, "delete"):
        return route_modify("delete", rest)
    if matches(cmd, "list") or matches(cmd, "show") or matches(cmd, "lst"):
        return route_show(o, rest)
    if matches(cmd, "get"):
        return route_get(o, rest)
    if matches(cmd, "flush"):
        return route_show(o, rest, flush=True)
    if matches(cmd, "help"):
        raise Exit(ROUTE_USAGE.rstrip("\n"), 255)
    raise Exit(f'Command "{cmd}" is unknown, try "ip route help".', 255)


def _tos(v: str) -> int:
    if v in DSFIELD:
        return DSFIELD[v]
    try:
        n = int(v, 16)
        if 0 <= n <= 255:
            return n
    except ValueError:
        pass
    invarg('"tos" value is invalid', v)


def route_modify(op: str, args):
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
        if a == "src":
            prefsrc = inet_addr(need(args, i)); i += 1
        elif a == "via":
            v = need(args, i); i += 1
            if v == "inet":
                v = need(args, i); i += 1
            gw = inet_addr(v)
        elif a in ("tos", "dsfield"):
            tos = _tos(need(args, i)); i += 1
        elif a in ("metric", "priority", "preference"):
            v = need(args, i); i += 1
            try:
                metric = int(v, 0)
                if not 0 <= metric < 2**32:
                    raise ValueError
            except ValueError:
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
        else:
            if a == "to":
                a = need(args, i); i += 1
            if a in ROUTE_TYPES and rtype is None and dst is None:
                rtype = TYPE_BY_NAME[a]
                a = need(args, i); i += 1
            if dst is not None:
                garbage("to", a)
            dst, plen = parse_prefix(a)
        i += 1
    if not args:
        raise Exit(ROUTE_USAGE.rstrip("\n"), 255)
    if dst is None:
        raise Exit('Not enough information: "to" argument is required.', 255)
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        if dev is not None:
            find_dev(host, dev)
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


def _selected(r, root, match, exact) -> bool:
    if exact is not None and (r.dst, r.plen) != exact:
        return False
    if root is not None and (r.plen < root[1] or r.dst & MASKS[root[1]] != root[0]):
        return False
    if match is not None and (r.plen > match[1] or match[0] & MASKS[r.plen] != r.dst):
        return False
    return True


def route_show(o, args, flush: bool = False):
    table = TABLE_MAIN
    dev = proto = scope = rtype = None
    exact = root = match = None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "table":
            v = need(args, i); i += 1
            table = 0 if v == "all" else rt_table(v, "table id value is invalid")
        elif a in ("dev", "oif"):
            dev = need(args, i); i += 1
        elif matches(a, "protocol"):
            proto = rt_proto(need(args, i)); i += 1
        elif a == "scope":
            scope = rt_scope(need(args, i)); i += 1
        elif a == "type":
            v = need(args, i); i += 1
            if v not in ROUTE_TYPES:
                invarg('"type" value is invalid', v)
            rtype = TYPE_BY_NAME[v]
        elif a == "root":
            root = parse_prefix(need(args, i)); i += 1
        elif a == "match":
            match = parse_prefix(need(args, i)); i += 1
        else:
            if a in ("to", "exact"):
                a = need(args, i); i += 1
            exact = parse_prefix(a)
        i += 1
    if o["family"] == 6:
        if flush:
            return
        with Store().transaction(write=False) as st:
            host = st.get("host", Host)
            rows = show.v6_routes(host, table, dev)
            emit(o, [t for t, _j in rows], [j for _t, j in rows])
        return
    with Store().transaction(write=flush) as st:
        host = st.get("host", Host)
        if dev is not None:
            find_dev(host, dev)
        if table:
            if table not in host.tables:
                raise Exit("Error: ipv4: FIB table does not exist.\n"
                           + ("Flush terminated" if flush else "Dump terminated"), 2)
            ids = [table]
        else:
            ids = sorted(host.tables, key=lambda t: (t & 0xFF, t))
        out, js, dead = [], [], []
        for t in ids:
            for r in host.tables[t]:
                if dev is not None and r.dev != dev:
                    continue
                if proto is not None and r.proto != proto:
                    continue
                if scope is not None and r.scope != scope:
                    continue
                if rtype is not None and r.type != rtype:
                    continue
                if not _selected(r, root, match, exact):
                    continue
                if flush:
                    dead.append(r)
                    continue
                hide = [k for k, v in (("protocol", proto), ("scope", scope))
                        if v is not None]
                if o["json"]:
                    js.append(show.route_json(host, r, table == 0, dev is None, hide))
                else:
                    out.append(show.route_text(host, r, table == 0, dev is None, hide))
        if flush:
            if dead:
                host.route_flush(dead)
                st.put("host")
            return
        if table == 0 and o["family"] is None:
            for t, j in show.v6_routes(host, 0, dev):
                out.append(t)
                js.append(j)
        emit(o, out, js)


def route_get(o, args):
    dst = None
    saddr = mark = tos = 0
    iif = oif = None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "from":
            saddr = inet_prefix(need(args, i)); i += 1
        elif a == "iif":
            iif = need(args, i); i += 1
        elif a in ("oif", "dev"):
            oif = need(args, i); i += 1
        elif a in ("mark", "fwmark"):
            v = need(args, i); i += 1
            try:
                mark = int(v, 0)
            except ValueError:
                invarg("invalid mark value", v, blank=False)
        elif a in ("tos", "dsfield"):
            tos = _tos(need(args, i)); i += 1
        elif a in ("connected", "fibmatch"):
            pass
        else:
            if a == "to":
                a = need(args, i); i += 1
            dst = parse_prefix(a, False)[0]
        i += 1
    if dst is None:
        raise Exit("need at least a destination address", 1)
    with Store().transaction(write=False) as st:
        host = st.get("host", Host)
        for d in (iif, oif):
            if d is not None:
                find_dev(host, d)
        if iif is not None:
            res = host.route_input(saddr, dst, iif, tos, mark)
            if res.kind in ("martian", "drop"):
                raise rtnl("Invalid argument")
            if res.kind in ("unreachable", "blackhole", "prohibit"):
                raise rtnl(ERRNO.get(res.err, "Invalid argument"))
        else:
            res = host.route_output(dst, saddr, oif, mark, tos)
            if res.err:
                raise rtnl(ERRNO.get(res.err, "Invalid argument"))
        text, j = show.route_get(res, dst, saddr, iif, mark, tos=tos & 0x1C)
        emit(o, [text], [j])
