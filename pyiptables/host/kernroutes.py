"""Routes the kernel adds and removes by itself (fib_add_ifaddr / fib_del_ifaddr / fib_disable_ip),
and the user's `ip route add|append|prepend|replace|del` with the kernel's validation."""
from __future__ import annotations

from .fib import (MASKS, PROTO_KERNEL, RTN_BROADCAST, RTN_LOCAL, RTN_UNICAST, SCOPE_HOST, SCOPE_LINK,
                  SCOPE_NOWHERE, SCOPE_UNIVERSE, TABLE_LOCAL, TABLE_MAIN, TYPE_ERROR, Route, insert,
                  lookup, CompiledFib)

ALL_ONES = 0xFFFFFFFF
# fib_props[type].scope: the widest scope a route of each type may have (RTN_UNSPEC..RTN_XRESOLVE)
TYPE_SCOPE = (SCOPE_NOWHERE, SCOPE_UNIVERSE, SCOPE_HOST, SCOPE_LINK, SCOPE_LINK, SCOPE_UNIVERSE,
              SCOPE_UNIVERSE, SCOPE_UNIVERSE, SCOPE_UNIVERSE, SCOPE_UNIVERSE, SCOPE_NOWHERE, SCOPE_NOWHERE)


class HostError(Exception):
    """What the real tool prints (verbatim, to stderr) and its exit status."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.message = message
        self.status = status


def rtnl(msg: str) -> HostError:
    return HostError(f"RTNETLINK answers: {msg}", 2)


def extack(msg: str) -> HostError:
    """iproute2 prints the kernel's extack message as `Error: MSG.`"""
    return HostError(f"Error: {msg.rstrip('.')}.", 2)


class KernelRoutes:
    """Mixin of Host: everything that edits self.tables."""

    # -- kernel-generated routes -----------------------------------------------------------------
    def _magic(self, add: bool, rtype: int, dst: int, plen: int, link, prim, metric: int = 0):
        table = TABLE_MAIN if rtype == RTN_UNICAST else TABLE_LOCAL
        scope = SCOPE_HOST if rtype == RTN_LOCAL else SCOPE_LINK
        routes = self.tables.setdefault(table, [])
        if add:
            if not (rtype == RTN_LOCAL and dst == prim.local) and self._local_type(prim.local) != RTN_LOCAL:
                # fib_create_info() refuses the prefsrc (e.g. the address is also a broadcast
                # address in the local table); fib_magic() ignores the error
                return
            r = Route(table, rtype, dst, plen, dev=link.name, prefsrc=prim.local, proto=PROTO_KERNEL,
                      scope=scope, nh_scope=SCOPE_NOWHERE if scope == SCOPE_HOST else SCOPE_HOST,
                      metric=metric)
            for o in routes:
                if (o.dst, o.plen, o.tos, o.metric) == (dst, plen, 0, metric) and o.same_info(r):
                    return
            r.linkdown = scope != SCOPE_HOST and not link.carrier(self)
            insert(routes, r, append=True)
        else:
            for i, o in enumerate(routes):
                # fib_table_delete() starts at the first alias of at least this metric
                if (o.type == rtype and o.dst == dst and o.plen == plen and o.dev == link.name
                        and o.prefsrc == prim.local and o.proto == PROTO_KERNEL and o.metric >= metric):
                    del routes[i]
                    break
        self._changed()

    def _ifa_routes(self, link, ifa, up: bool):
        """fib_add_ifaddr(): (type, dst, plen, metric) of the routes ifa makes, in its order. The
        subnet is the peer's when there is one (ifa_address); noprefixroute drops only the prefix."""
        out = [(RTN_LOCAL, ifa.local, 32, 0)]
        if not up:
            return out
        if ifa.brd and ifa.brd != ALL_ONES:
            out.append((RTN_BROADCAST, ifa.brd, 32, 0))
        prefix = ifa.address & MASKS[ifa.plen]
        if prefix and not ifa.secondary and (prefix != ifa.local or ifa.plen < 32):
            if not ifa.noprefixroute:
                out.append((RTN_LOCAL if link.kind == "loopback" else RTN_UNICAST, prefix, ifa.plen,
                            ifa.metric))
            if ifa.plen < 31:
                out.append((RTN_BROADCAST, prefix | (~MASKS[ifa.plen] & ALL_ONES), 32, 0))
        return out

    def _fib_add_ifaddr(self, link, ifa):
        prim = self._prim_of(link, ifa)
        if prim is None:
            return
        for t, d, p, m in self._ifa_routes(link, ifa, link.up):
            self._magic(True, t, d, p, link, prim, m)

    def _produces(self, link, ifa):
        """(type, dst, plen, prefsrc, metric) of the routes ifa justifies on its link."""
        prim = self._prim_of(link, ifa)
        if prim is None:
            return set()
        return {(t, d, p, prim.local, m) for t, d, p, m in self._ifa_routes(link, ifa, link.up)}

    def _fib_del_ifaddr(self, link, ifa, prim):
        """ifa was just unlinked from link.addrs; prim is the primary it used (itself if primary)."""
        keep = set()
        for o in link.addrs:
            keep |= {k[:4] for k in self._produces(link, o)}
        routes = self._ifa_routes(link, ifa, link.up)
        for t, d, p, m in routes[1:] + routes[:1]:       # fib_del_ifaddr(): the local route last
            if (t, d, p, prim.local) not in keep:
                self._magic(False, t, d, p, link, prim, m)
        if not any(a.local == ifa.local for a in link.addrs) and self._local_type(ifa.local) != RTN_LOCAL:
            # inet_addr_type_dev_table() looks at the first alias of any device: when that is no
            # longer LOCAL, fib_sync_down_addr() kills main-table routes preferring the address
            routes = self.tables.get(TABLE_MAIN, [])
            routes[:] = [r for r in routes if r.prefsrc != ifa.local]
        if not link.addrs:
            self._flush_dev(link.name, force=True)     # fib_disable_ip(): last address gone
        self._changed()

    def _sync_carrier(self, dev: str):
        """fib_sync_down_dev(NETDEV_CHANGE) / fib_sync_up(): RTNH_F_LINKDOWN follows carrier."""
        link = self.links.get(dev)
        if link is None or not link.inet:
            return
        down = not link.carrier(self)
        for routes in self.tables.values():
            for r in routes:
                if r.dev == dev and r.nh_scope != SCOPE_NOWHERE:
                    r.linkdown = down
        self._changed()

    def _flush_dev(self, dev: str, force: bool):
        """fib_sync_down_dev(): routes whose nexthop uses dev die; host-scope ones survive a plain
        link down (the kernel keeps `local` routes of a downed device)."""
        for routes in self.tables.values():
            routes[:] = [r for r in routes
                         if r.dev != dev or (not force and r.nh_scope == SCOPE_NOWHERE)]
        self._changed()

    # -- user routes --------------------------------------------------------------------------------
    def _fib(self) -> CompiledFib:
        c = self._compiled_fib
        if c is None:
            c = self._compiled_fib = CompiledFib(self.tables, self._route_skip_linkdown)
        return c

    def route_modify(self, op: str, r: Route):
        """op: add | append | prepend | replace | change | test (NLM_F_EXCL alone: an error
        either way). r carries iproute2's defaults already."""
        if r.plen < 32 and r.dst & ~MASKS[r.plen] & ALL_ONES:
            raise extack("Invalid prefix for given prefix length.")
        self._check_route(r)
        routes = self.tables.setdefault(r.table, [])
        key = (r.dst, r.plen, r.tos, r.metric)
        same = [i for i, o in enumerate(routes) if (o.dst, o.plen, o.tos, o.metric) == key]
        if same:
            if op in ("add", "test"):
                raise rtnl("File exists")
            match = next((i for i in same if routes[i].same_info(r) and routes[i].type == r.type), None)
            if op in ("replace", "change"):
                if match is None or match == same[0]:
                    routes[same[0]] = r
                self._changed()
                return
            if match is not None:
                raise rtnl("File exists")
        elif op in ("change", "test"):
            raise rtnl("No such file or directory")
        insert(routes, r, append=(op == "append"))
        if r.type == RTN_LOCAL:              # inet_rtm_newroute(): fib_has_custom_local_routes
            self.custom_local_routes = True
        self._changed()

    def _check_route(self, r: Route):
        """fib_create_info() / fib_check_nh() for one nexthop."""
        if TYPE_SCOPE[r.type] > r.scope:                 # fib_props[type].scope
            raise extack("Invalid scope")
        self._check_nh(r)
        if r.dev is not None and r.nh_scope != SCOPE_NOWHERE:
            r.linkdown = not self.links[r.dev].carrier(self)

    def _check_nh(self, r: Route):
        if r.type in TYPE_ERROR:
            if r.gw or r.dev:
                raise extack("Gateway, device and multipath can not be specified for this route type")
            return
        if r.scope > SCOPE_HOST:
            raise extack("Invalid scope")
        if r.scope == SCOPE_HOST:
            if r.gw:
                raise extack("Route with host scope can not have a gateway")
            if r.dev is None:
                raise rtnl("No such device")
            r.nh_scope = SCOPE_NOWHERE
        elif r.gw and r.onlink:
            if r.dev is None:
                raise extack("Nexthop device required for onlink")
            if not self.links[r.dev].up:
                raise extack("Nexthop device is not up")
            r.nh_scope = SCOPE_LINK
        elif r.gw:
            scope = max(r.scope + 1, SCOPE_LINK)
            res = None
            if r.table not in (TABLE_MAIN, TABLE_LOCAL) and r.table in self.tables:
                res = lookup(CompiledFib._build([self.tables[r.table]], lambda d: False),
                             r.gw, 0, scope, r.dev, True)
            if not isinstance(res, Route):          # fib_lookup(): the rules, from no device
                res = self._flow(r.gw, 0, 0, None, r.dev, 0, True, scope)[0]
            if not isinstance(res, Route) or res.type not in (RTN_UNICAST, RTN_LOCAL):
                raise extack("Nexthop has invalid gateway.")
            if r.dev is None:
                r.dev = res.dev
            r.nh_scope = res.scope
            if not self.links[r.dev].up:
                raise rtnl("Network is down")
        else:
            if r.onlink:
                raise extack("Invalid flags for nexthop - PERVASIVE and ONLINK can not be set")
            if r.dev is None or not self.links[r.dev].inet:       # no in_device: -ENODEV
                raise rtnl("No such device")
            if not self.links[r.dev].up:
                raise extack("Device for nexthop is not up.")
            r.nh_scope = SCOPE_HOST
        if r.prefsrc and not (r.type == RTN_LOCAL and r.dst and r.prefsrc == r.dst):
            if self._local_type(r.prefsrc) != RTN_LOCAL:
                raise extack("Invalid prefsrc address.")

    def _local_type(self, addr: int) -> int:
        res = lookup(self._fib().local_levels, addr)
        return res.type if isinstance(res, Route) else RTN_UNICAST

    def route_flush(self, routes):
        ids = {id(r) for r in routes}
        for t in self.tables.values():
            t[:] = [r for r in t if id(r) not in ids]
        self._changed()

    def route_delete(self, table: int, dst: int, plen: int, *, tos=0, metric=None, rtype=0, gw=0,
                     dev=None, prefsrc=0, proto=0, scope=SCOPE_NOWHERE):
        """fib_table_delete(): the first alias matching every given attribute."""
        routes = self.tables.get(table)
        if routes is None:
            raise extack("FIB table does not exist")
        for i, o in enumerate(routes):
            if (o.dst, o.plen, o.tos) != (dst, plen, tos):
                continue
            if metric and o.metric != metric:
                continue
            if rtype and o.type != rtype:
                continue
            if scope != SCOPE_NOWHERE and o.scope != scope:
                continue
            if prefsrc and o.prefsrc != prefsrc:
                continue
            if proto and o.proto != proto:
                continue
            if (gw and o.gw != gw) or (dev is not None and o.dev != dev):
                continue
            del routes[i]
            self._changed()
            return
        raise rtnl("No such process")


__all__ = ["HostError", "KernelRoutes", "SCOPE_UNIVERSE"]
