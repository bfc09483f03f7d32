"""IPv4 FIB: routes, tables kept in the kernel's dump order, and the compiled longest-prefix lookup.

Order inside a table is the fib_trie's: key ascending, then prefix length descending, then TOS
descending, then metric ascending; `append` goes after equal (tos, metric) aliases, `add` before.
Without policy rules the kernel merges local and main into one trie, so lookups see both (local's
aliases first at an equal key), then the default table; once a rule was added or deleted every
table is looked up on its own, as the rules say (rules.py).
"""
from __future__ import annotations

RTN_NAMES = ("UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST", "BLACKHOLE",
             "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE")
(RTN_UNSPEC, RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST, RTN_ANYCAST, RTN_MULTICAST, RTN_BLACKHOLE,
 RTN_UNREACHABLE, RTN_PROHIBIT, RTN_THROW, RTN_NAT, RTN_XRESOLVE) = range(12)
TYPE_BY_NAME = {n.lower(): i for i, n in enumerate(RTN_NAMES)}
# fib_props[type].error: lookups that end on these fail with the errno
EHOSTUNREACH, EACCES, EINVAL, ENETUNREACH, EAGAIN = 113, 13, 22, 101, 11
TYPE_ERROR = {RTN_BLACKHOLE: EINVAL, RTN_UNREACHABLE: EHOSTUNREACH, RTN_PROHIBIT: EACCES,
              RTN_THROW: EAGAIN}

SCOPE_UNIVERSE, SCOPE_SITE, SCOPE_LINK, SCOPE_HOST, SCOPE_NOWHERE = 0, 200, 253, 254, 255
SCOPE_NAMES = {0: "global", 200: "site", 253: "link", 254: "host", 255: "nowhere"}
TABLE_DEFAULT, TABLE_MAIN, TABLE_LOCAL = 253, 254, 255
TABLE_NAMES = {0: "unspec", 253: "default", 254: "main", 255: "local"}
PROTO_KERNEL, PROTO_BOOT, PROTO_STATIC = 2, 3, 4
PROTO_NAMES = {0: "unspec", 1: "redirect", 2: "kernel", 3: "boot", 4: "static", 8: "gated", 9: "ra",
               10: "mrt", 11: "zebra", 12: "bird", 13: "dnrouted", 14: "xorp", 15: "ntk", 16: "dhcp",
               18: "keepalived", 42: "babel", 99: "openr", 186: "bgp", 187: "isis", 188: "ospf",
               189: "rip", 192: "eigrp"}

MASKS = [0] + [(0xFFFFFFFF << (32 - n)) & 0xFFFFFFFF for n in range(1, 33)]


class Route:
    """One fib alias. dev/gw are None for reject routes; nh_scope is the nexthop's scope (the
    scope of the route that resolved the gateway, HOST for direct routes, NOWHERE for host-scope)."""
    __slots__ = ("table", "type", "dst", "plen", "tos", "metric", "gw", "dev", "prefsrc", "proto",
                 "scope", "nh_scope", "onlink", "linkdown")

    def __init__(self, table, type, dst, plen, *, tos=0, metric=0, gw=0, dev=None, prefsrc=0,
                 proto=PROTO_BOOT, scope=SCOPE_UNIVERSE, nh_scope=SCOPE_HOST, onlink=False):
        self.table, self.type, self.dst, self.plen = table, type, dst, plen
        self.tos, self.metric, self.gw, self.dev, self.prefsrc = tos, metric, gw, dev, prefsrc
        self.proto, self.scope, self.nh_scope, self.onlink = proto, scope, nh_scope, onlink
        self.linkdown = False       # RTNH_F_LINKDOWN: set at creation / carrier events

    def sort_key(self):
        return (self.dst, -self.plen, -self.tos, self.metric)

    def same_info(self, o: "Route") -> bool:
        """fa_type == type && fa_info == fi: an exact duplicate."""
        return (self.type == o.type and self.scope == o.scope and self.proto == o.proto and
                self.prefsrc == o.prefsrc and self.gw == o.gw and self.dev == o.dev)

    def __repr__(self):
        from ..packet import ntoa
        return (f"Route({RTN_NAMES[self.type]} {ntoa(self.dst)}/{self.plen} t{self.table} "
                f"gw={ntoa(self.gw)} dev={self.dev} src={ntoa(self.prefsrc)} m={self.metric})")


def insert(routes: list, r: Route, append: bool) -> None:
    """Insert keeping dump order; `append` places r after aliases with equal (tos, metric)."""
    k = r.sort_key()
    i = 0
    n = len(routes)
    while i < n and routes[i].sort_key() < k:
        i += 1
    if append:
        while i < n and routes[i].sort_key() == k:
            i += 1
    routes.insert(i, r)


class CompiledFib:
    """Lookup structure built once per host state: per prefix length (longest first) a dict
    from masked key to the aliases at that key, local table's first."""
    __slots__ = ("levels", "local_levels", "default_levels", "rules")

    def __init__(self, tables: dict, ignore_linkdown):
        self.levels = self._build([tables.get(TABLE_LOCAL, []), tables.get(TABLE_MAIN, [])],
                                  ignore_linkdown)
        self.local_levels = self._build([tables.get(TABLE_LOCAL, [])], ignore_linkdown)
        # fib_lookup() without custom rules asks the default table when main has no answer
        self.default_levels = (self._build([tables[TABLE_DEFAULT]], ignore_linkdown)
                               if TABLE_DEFAULT in tables else None)
        self.rules = None           # the policy rules compiled (rules.py), on first use

    @staticmethod
    def _build(lists, ignore_linkdown):
        by_plen: dict[int, dict[int, list]] = {}
        for routes in lists:
            for r in routes:
                skip = r.linkdown and ignore_linkdown(r.dev)
                by_plen.setdefault(r.plen, {}).setdefault(r.dst, []).append(
                    (r.tos, r.scope, TYPE_ERROR.get(r.type, 0), skip, r.dev, r))
        return [(MASKS[p], by_plen[p]) for p in sorted(by_plen, reverse=True)]


def lookup(levels, daddr: int, tos: int = 0, scope: int = SCOPE_UNIVERSE, oif: str | None = None,
           ignore_linkstate: bool = False):
    """fib_table_lookup(): the first usable alias of the longest matching prefix, backtracking to
    shorter prefixes when none at a key is usable. Returns a Route, or an errno int, or None."""
    for mask, keys in levels:
        fas = keys.get(daddr & mask)
        if fas is None:
            continue
        for fa_tos, fa_scope, err, skip, dev, r in fas:
            if fa_tos and fa_tos != tos:
                continue
            if fa_scope < scope:
                continue
            if err:
                return err
            if skip and not ignore_linkstate:
                continue
            if oif is not None and dev != oif:
                continue
            return r
    return None
