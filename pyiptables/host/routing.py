"""Per-packet routing decisions of the emulated host (ip_route_input_slow, ip_route_output_key,
fib_validate_source, inet_select_addr, inet_addr_type) and the read-only library API.

Everything name-keyed is compiled once per host state into `Compiled` (per-device conf tuples,
the LPM levels, the set of local addresses); the decision functions only do int work, dict gets
by int/str and a small result cache.
"""
from __future__ import annotations

from .fib import (RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RTN_NAMES, RTN_UNICAST, RTN_UNREACHABLE, SCOPE_HOST,
                  SCOPE_LINK, SCOPE_UNIVERSE, TABLE_DEFAULT, TABLE_MAIN, Route, lookup)

EINVAL, EXDEV, EHOSTUNREACH, ENETUNREACH, EACCES, ENODEV, EAGAIN = 22, 18, 113, 101, 13, 19, 11
ERR_KIND = {EINVAL: "blackhole", EHOSTUNREACH: "unreachable", ENETUNREACH: "unreachable",
            EACCES: "prohibit"}
LBCAST = 0xFFFFFFFF
IPTOS_RT_MASK = 0x1C        # the TOS bits routing looks at (flowi4_tos)
ALLHOSTS = 0xE0000001
# RTCF_* flags as `ip route get` prints them in the cache line
RTCF_LOCAL, RTCF_BROADCAST, RTCF_MULTICAST, RTCF_DOREDIRECT = 0x80000000, 0x10000000, 0x20000000, 0x01000000
NO_L4 = (0, 0, 0)
IPPROTO_ESP, IPPROTO_AH = 50, 51
DISSECT_PORTS = frozenset((6, 17, 33, 132, 136))      # TCP, UDP, DCCP, SCTP, UDP-Lite


def flow_l4(pkt) -> tuple:
    """(protocol, sport, dport) as __skb_flow_dissect() finds them for the rules: no ports in
    any fragment; ESP's SPI (AH's, 4 bytes in) read as the two ports."""
    p = pkt.proto
    if pkt.frag & 0x3FFF:
        return (p, 0, 0)
    if p in DISSECT_PORTS:
        return (p, pkt.sport, pkt.dport)
    if p != IPPROTO_ESP and p != IPPROTO_AH:
        return (p, 0, 0)
    off = pkt.thoff + (4 if p == IPPROTO_AH else 0)
    d = pkt.data
    if len(d) < off + 4:
        return (p, 0, 0)
    return (p, d[off] << 8 | d[off + 1], d[off + 2] << 8 | d[off + 3])


class RouteResult:
    """kind: local | forward | broadcast | multicast | unreachable | blackhole | prohibit |
    martian | drop (input); unicast | local | broadcast | multicast | unreachable | blackhole |
    prohibit | invalid (output). dev: output device name ('lo' for local delivery, the input
    device for input broadcast/multicast); gw: next hop (gateway, or daddr when on-link);
    prefsrc: source the kernel picks (output) ; err: the errno a failing lookup returns
    (EXDEV = rp_filter); martian: 'source' | 'destination' | ''; rtype: RTN_* int; flags: RTCF_*;
    route: the FIB entry used (or None); table: the id of the table it was found in, as
    fib_result.table says (main for local routes while local and main are merged)."""
    __slots__ = ("kind", "dev", "gw", "prefsrc", "err", "martian", "rtype", "flags", "route",
                 "redirect", "table")

    def __init__(self, kind, dev=None, gw=0, prefsrc=0, err=0, martian="", rtype=RTN_UNICAST,
                 flags=0, route=None, redirect=False, table=0):
        self.kind, self.dev, self.gw, self.prefsrc, self.err = kind, dev, gw, prefsrc, err
        self.martian, self.rtype, self.flags, self.route, self.redirect = martian, rtype, flags, route, redirect
        self.table = table

    def __repr__(self):
        from ..packet import ntoa
        return (f"RouteResult({self.kind}, dev={self.dev}, gw={ntoa(self.gw)}, "
                f"src={ntoa(self.prefsrc)}, err={self.err}, martian={self.martian!r})")


class Compiled:
    __slots__ = ("devconf", "local_addrs", "mac", "flat", "cache", "up", "fib_input", "dissect", "results")


def _is_multicast(a):
    return a & 0xF0000000 == 0xE0000000


def _martian_src():
    return RouteResult("martian", err=EINVAL, martian="source")


class Routing:
    """Mixin of Host (which provides links, conf, tables, _fib(), conf_value())."""

    def _route_skip_linkdown(self, dev: str) -> bool:
        return dev in self.conf and bool(self.conf_value(dev, "ignore_routes_with_linkdown", "or"))

    def _compile(self) -> Compiled:
        c = Compiled()
        cv = self.conf_value
        c.devconf = {}
        c.up = {n for n, l in self.links.items() if l.up}
        for n, l in self.links.items():
            if not l.inet:
                continue
            c.devconf[n] = (cv(n, "forwarding"), cv(n, "rp_filter", "max"), cv(n, "accept_local", "or"),
                            cv(n, "route_localnet", "or"), cv(n, "send_redirects", "or"),
                            cv(n, "bc_forwarding", "and"), bool(l.addrs), l.up,
                            cv(n, "shared_media", "or"), cv(n, "src_valid_mark", "or"))
        c.local_addrs = {a.local for l in self.links.values() for a in l.addrs}
        c.mac = {l.mac: l for l in self.links.values()}
        c.flat = None               # every sysctl as an int: built on the first sysctl_int()
        c.cache = {}
        c.fib_input = {}        # (daddr << 8 | tos) -> the main FIB's answer for input routing
        c.results = {}          # the distinct forward and local results the cache holds, each made once
        # fib_rules_require_fldissect: input flows carry the packet's protocol and ports
        c.dissect = self.custom_rules and any(r.requires_fldissect() for r in self.rules)
        self._compiled = c
        return c

    # -- read API ------------------------------------------------------------------------------
    def link(self, name: str):
        return self.links.get(name)

    def link_by_mac(self, mac: bytes):
        c = self._compiled or self._compile()
        return c.mac.get(bytes(mac))

    def addresses(self, dev: str) -> list:
        link = self.links.get(dev)
        return list(link.addrs) if link else []

    def inet_select_addr(self, dev: str | None, dst: int = 0, scope: int = SCOPE_UNIVERSE) -> int:
        link = self.links.get(dev) if dev else None
        if link is not None and link.inet:
            localnet = SCOPE_LINK if self.conf_value(dev, "route_localnet", "or") else SCOPE_HOST
            addr = 0
            for a in link.addrs:
                if a.secondary or min(a.scope, localnet) > scope:
                    continue
                if not dst or a.match(dst):
                    return a.local
                if not addr:
                    addr = a.local
            if addr:
                return addr
        for l in sorted(self.links.values(), key=lambda l: l.index):   # lo first
            for a in l.addrs:
                if not a.secondary and a.scope != SCOPE_LINK and a.scope <= scope:
                    return a.local
        return 0

    def primary_addr(self, dev: str, dst: int | None = None) -> int:
        """The source MASQUERADE picks: inet_select_addr(dev, nexthop, RT_SCOPE_UNIVERSE); 0 if none."""
        return self.inet_select_addr(dev, dst or 0, SCOPE_UNIVERSE)

    def rules_need_l4(self) -> bool:
        """Whether input lookups look at protocols and ports (fib_rules_require_fldissect)."""
        return (self._compiled or self._compile()).dissect

    def fib_lookup(self, daddr: int, tos: int = 0, ignore_linkstate: bool = False, saddr: int = 0,
                   iif: str | None = "lo", oif: str | None = None, mark: int = 0):
        """fib_lookup() of a flow (iif "lo": locally generated): the Route, or an errno int."""
        return self._flow(daddr, saddr, tos & IPTOS_RT_MASK, iif, oif, mark, ignore_linkstate)[0]

    def _flow(self, daddr, saddr, tos, iif, oif, mark, ignore_linkstate=False, scope=SCOPE_UNIVERSE, uid=0,
              l4=None):
        """fib_lookup(): (Route or errno, table id). Without custom rules: the merged local and
        main trie, then the default table; with them, the rules (rules_lookup)."""
        if self.custom_rules:
            res, _rule = self.rules_lookup(daddr, saddr, tos, iif, oif, mark, scope, ignore_linkstate, uid,
                                           *(l4 or NO_L4))
            return res, (res.table if isinstance(res, Route) else 0)
        fib = self._fib()
        res = lookup(fib.levels, daddr, tos, scope, oif, ignore_linkstate)
        if res is None or res == EAGAIN:
            if fib.default_levels is None:
                return ENETUNREACH, 0
            res = lookup(fib.default_levels, daddr, tos, scope, oif, ignore_linkstate)
            if res is None or res == EAGAIN:
                return ENETUNREACH, 0
            return res, (TABLE_DEFAULT if isinstance(res, Route) else 0)
        return res, (TABLE_MAIN if isinstance(res, Route) else 0)

    def addr_type(self, addr: int, dev: str | None = None) -> str:
        """inet_addr_type / inet_dev_addr_type: the RTN_* name xt_addrtype sees."""
        if addr == 0 or addr == LBCAST:
            return "BROADCAST"
        if _is_multicast(addr):
            return "MULTICAST"
        res = lookup(self._fib().local_levels, addr)
        if isinstance(res, Route) and (dev is None or res.dev == dev):
            return RTN_NAMES[res.type]
        return "UNICAST"

    def ip_dev_find(self, addr: int) -> str | None:
        """__ip_dev_find(): the device holding the address, else the device of the local table's
        RTN_LOCAL route for it (lo for all of 127/8, though lo holds only 127.0.0.1)."""
        dev = next((l.name for l in self.links.values() if any(a.local == addr for a in l.addrs)), None)
        if dev is None:
            res = lookup(self._fib().local_levels, addr)
            if isinstance(res, Route) and res.type == RTN_LOCAL:
                dev = res.dev
        return dev

    # -- fib_validate_source -------------------------------------------------------------------
    def _validate_source(self, c, saddr, daddr, tos, oif, indev, dc, mark, l4) -> int:
        """-errno, or 1 when the source is directly connected (nexthop scope >= host), else 0.
        The lookup is the reversed flow: from daddr to saddr, coming in from oif (lo when
        delivered here), with the mark only under src_valid_mark."""
        rpf = dc[1]
        if not rpf and (indev != oif or not dc[4]):
            if dc[2]:
                return 0
            if not self.custom_local_routes and not self.custom_rules:
                return -EINVAL if saddr in c.local_addrs else 0
        mark = mark if dc[9] else 0
        l4 = (l4[0], l4[2], l4[1]) if l4 else NO_L4          # the ports swapped
        res, _t = self._flow(saddr, daddr, tos, oif or "lo", None, mark, l4=l4)
        if not isinstance(res, Route):
            return -EXDEV if rpf else 0
        if res.type != RTN_UNICAST and (res.type != RTN_LOCAL or not dc[2]):
            return -EINVAL
        if res.dev == indev or (res.type == RTN_LOCAL and indev == "lo"):
            return int(res.nh_scope >= SCOPE_HOST)
        if not dc[6]:
            return -EXDEV if rpf else 0
        if rpf == 1:
            return -EXDEV
        res, _t = self._flow(saddr, daddr, tos, oif or "lo", indev, mark, True, l4=l4)
        return int(isinstance(res, Route) and res.type == RTN_UNICAST and res.nh_scope >= SCOPE_HOST)

    def _onlink(self, dev, saddr, gw) -> bool:
        """inet_addr_onlink(): saddr (and gw, if any) inside a subnet of dev's addresses."""
        addrs = self.links[dev].addrs
        return any(a.match(saddr) for a in addrs) and (not gw or any(a.match(gw) for a in addrs))

    # -- input ---------------------------------------------------------------------------------
    def forwarding(self, dev: str) -> bool:
        """IN_DEV_FORWARD(): whether the device forwards (False without IPv4 on it)."""
        c = self._compiled or self._compile()
        dc = c.devconf.get(dev)
        return bool(dc and dc[0])

    def route_input(self, saddr: int, daddr: int, indev: str, tos: int = 0, mark: int = 0,
                    l4=NO_L4) -> RouteResult:
        """l4: (protocol, sport, dport) as the flow dissector finds them (flow_l4()); looked at
        only while some rule needs them."""
        c = self._compiled or self._compile()
        tos &= IPTOS_RT_MASK
        if c.dissect:
            key = (saddr, daddr, indev, tos, mark, l4)
        else:
            key = (saddr, daddr, indev, tos, mark)
            l4 = NO_L4
        r = c.cache.get(key)
        if r is None:
            if len(c.cache) > 65536:
                c.cache.clear()
                c.fib_input.clear()
                c.results.clear()
            r = c.cache[key] = self._route_input(c, saddr, daddr, indev, tos, mark, l4)
        return r

    def _route_input(self, c, saddr, daddr, indev, tos, mark, l4) -> RouteResult:
        dc = c.devconf.get(indev)
        if dc is None:                               # unknown device or no IPv4 (in_dev) on it
            return RouteResult("drop", err=EINVAL)
        if daddr & 0xF0000000 == 0xE0000000:         # _is_multicast(), inline
            if daddr != ALLHOSTS or not dc[7]:       # only all-hosts is joined, on up devices
                return RouteResult("drop", err=EINVAL)
            if _is_multicast(saddr) or saddr == LBCAST:
                return _martian_src()
            if saddr >> 24 == 127 and not dc[3]:
                return _martian_src()
            if saddr:
                err = self._validate_source(c, saddr, 0, tos, None, indev, dc, mark, l4)
                if err < 0:
                    return RouteResult("martian", err=-err, martian="source")
            return RouteResult("multicast", dev="lo", rtype=RTN_MULTICAST,
                               flags=RTCF_MULTICAST | RTCF_LOCAL)
        if saddr & 0xF0000000 == 0xE0000000 or saddr == LBCAST:
            return _martian_src()
        if daddr == LBCAST or (saddr == 0 and daddr == 0):
            return self._brd_input(c, saddr, tos, indev, dc, mark, l4)
        if saddr == 0:
            return _martian_src()
        if daddr == 0:
            return RouteResult("martian", err=EINVAL, martian="destination")
        if daddr >> 24 == 127:
            if not dc[3]:
                return RouteResult("martian", err=EINVAL, martian="destination")
        elif saddr >> 24 == 127 and not dc[3]:
            return _martian_src()
        if self.custom_rules:                        # the rules look at the source, device and mark
            res, table = self._flow(daddr, saddr, tos, indev, None, mark, l4=l4)
        else:                                        # the FIB answer depends on the destination only
            fk = daddr << 8 | tos
            res = c.fib_input.get(fk, c)
            if res is c:
                res = c.fib_input[fk] = self._flow(daddr, saddr, tos, indev, None, mark)
            res, table = res
        if not isinstance(res, Route):
            err = res
            if not dc[0]:
                err = EHOSTUNREACH
            return RouteResult(ERR_KIND[err], err=err, rtype=RTN_UNREACHABLE)
        if res.type == RTN_BROADCAST:
            if dc[5]:
                return self._mkroute_input(c, res, saddr, daddr, tos, indev, dc, mark, l4, table)
            return self._brd_input(c, saddr, tos, indev, dc, mark, l4, table)
        if res.type == RTN_LOCAL:
            err = self._validate_source(c, saddr, daddr, tos, None, indev, dc, mark, l4)
            if err < 0:
                return RouteResult("martian", err=-err, martian="source")
            r = c.results.get((res, table))
            if r is None:
                r = c.results[res, table] = RouteResult("local", dev="lo", rtype=RTN_LOCAL, flags=RTCF_LOCAL,
                                                        route=res, table=table)
            return r
        if not dc[0]:
            return RouteResult("unreachable", err=EHOSTUNREACH, rtype=RTN_UNREACHABLE)
        if res.type != RTN_UNICAST:
            return RouteResult("martian", err=EINVAL, martian="destination")
        return self._mkroute_input(c, res, saddr, daddr, tos, indev, dc, mark, l4, table)

    def _mkroute_input(self, c, res, saddr, daddr, tos, indev, dc, mark, l4, table):
        err = self._validate_source(c, saddr, daddr, tos, res.dev, indev, dc, mark, l4)
        if err < 0:
            return RouteResult("martian", err=-err, martian="source")
        out = c.devconf.get(res.dev)
        if out is None:
            return RouteResult("drop", err=EINVAL)
        # IPSKB_DOREDIRECT: back out of the input device to an on-link source (shared_media)
        redirect = bool(res.dev == indev and err and out and out[4] and
                        (out[8] or self._onlink(res.dev, saddr, res.gw)))
        gw = res.gw if res.gw and res.nh_scope == SCOPE_LINK else daddr
        key = (res, gw, table, redirect)
        r = c.results.get(key)
        if r is None:
            r = c.results[key] = RouteResult("forward", dev=res.dev, gw=gw, rtype=res.type, route=res, table=table,
                                             flags=RTCF_DOREDIRECT if redirect else 0, redirect=redirect)
        return r

    def _brd_input(self, c, saddr, tos, indev, dc, mark=0, l4=None, table=0):
        if saddr:
            err = self._validate_source(c, saddr, 0, tos, None, indev, dc, mark, l4)
            if err < 0:
                return RouteResult("martian", err=-err, martian="source")
        return RouteResult("broadcast", dev="lo", rtype=RTN_BROADCAST, flags=RTCF_BROADCAST | RTCF_LOCAL,
                           table=table)

    # -- output --------------------------------------------------------------------------------
    def route_output(self, daddr: int, saddr: int = 0, oif: str | None = None, mark: int = 0,
                     tos: int = 0, anysrc: bool = False, uid: int = 0, l4=NO_L4) -> RouteResult:
        """anysrc: FLOWI_FLAG_ANYSRC, the source need not be a local address; uid, l4
        (protocol, sport, dport): the sending socket's (policy rules' uidrange, ipproto, ports)."""
        c = self._compiled or self._compile()
        tos &= IPTOS_RT_MASK
        if saddr:
            if _is_multicast(saddr) or saddr == LBCAST or saddr == 0:
                return RouteResult("invalid", err=EINVAL)
            if oif is None and (_is_multicast(daddr) or daddr == LBCAST):
                dev = self.ip_dev_find(saddr)
                if dev is None:
                    return RouteResult("unreachable", err=ENETUNREACH)
                return self._mkroute_output(c, None, daddr, saddr, dev, RTN_UNICAST)
            if saddr not in c.local_addrs and not anysrc and self.ip_dev_find(saddr) is None:
                return RouteResult("unreachable", err=ENETUNREACH)
        if oif is not None:
            link = self.links.get(oif)
            if link is None:
                return RouteResult("invalid", err=ENODEV)
            if not link.up or not link.inet:
                return RouteResult("unreachable", err=ENETUNREACH)
            if (daddr & 0xFFFFFF00) == 0xE0000000 or daddr == LBCAST:
                saddr = saddr or self.inet_select_addr(oif, 0, SCOPE_LINK)
                return self._mkroute_output(c, None, daddr, saddr, oif, RTN_UNICAST)
            if not saddr:
                if _is_multicast(daddr):
                    saddr = self.inet_select_addr(oif, 0, SCOPE_UNIVERSE)
                elif not daddr:
                    saddr = self.inet_select_addr(oif, 0, SCOPE_HOST)
        if not daddr:
            daddr = saddr or 0x7F000001
            saddr = saddr or 0x7F000001
            return RouteResult("local", dev="lo", gw=daddr, prefsrc=saddr, rtype=RTN_LOCAL, flags=RTCF_LOCAL)
        res, table = self._flow(daddr, saddr, tos, "lo", oif, mark, uid=uid, l4=l4)
        if not isinstance(res, Route):
            if oif is not None:                       # "routing tables are wrong": assume on-link
                saddr = saddr or self.inet_select_addr(oif, 0, SCOPE_LINK)
                return self._mkroute_output(c, None, daddr, saddr, oif, RTN_UNICAST)
            return RouteResult(ERR_KIND[res], err=res)
        if res.type == RTN_LOCAL:
            saddr = saddr or res.prefsrc or daddr
            return RouteResult("local", dev="lo", gw=daddr, prefsrc=saddr, rtype=RTN_LOCAL,
                               flags=RTCF_LOCAL, route=res, table=table)
        if not saddr:
            saddr = res.prefsrc or self.inet_select_addr(res.dev, res.gw, res.scope)
        return self._mkroute_output(c, res, daddr, saddr, res.dev, res.type, table)

    def _mkroute_output(self, c, res, daddr, saddr, dev, rtype, table=0):
        if dev not in c.devconf:                 # no in_device on the way out (mtu < 68)
            return RouteResult("invalid", err=EINVAL)
        if saddr >> 24 == 127 and self.links[dev].kind != "loopback" and not c.devconf[dev][3]:
            return RouteResult("invalid", err=EINVAL)     # a loopback source leaves only with route_localnet
        flags = 0
        if daddr == LBCAST:
            rtype = RTN_BROADCAST
        elif _is_multicast(daddr):
            rtype = RTN_MULTICAST
        elif daddr == 0:
            return RouteResult("invalid", err=EINVAL)
        if dev == "lo":
            flags |= RTCF_LOCAL
        fib = res                                # what the FIB lookup found (fib_info: fibmatch)
        if rtype == RTN_BROADCAST:
            flags |= RTCF_BROADCAST | RTCF_LOCAL
            res = None
        elif rtype == RTN_MULTICAST:             # local only for a group joined there (all-hosts)
            flags |= RTCF_MULTICAST | RTCF_LOCAL
            if daddr != ALLHOSTS or dev not in c.up:
                flags &= ~RTCF_LOCAL
        kind = {RTN_BROADCAST: "broadcast", RTN_MULTICAST: "multicast"}.get(rtype, "unicast")
        gw = res.gw if res is not None and res.gw and res.nh_scope == SCOPE_LINK else daddr
        return RouteResult(kind, dev=dev, gw=gw, prefsrc=saddr, rtype=rtype, flags=flags, route=fib,
                           table=table)
