"""IPv4 addresses of the emulated host's links (devinet: inet_rtm_newaddr / __inet_insert_ifa /
inet_rtm_deladdr / __inet_del_ifa), with the routes the kernel adds and removes for them."""
from __future__ import annotations

from . import sysctl as S
from .fib import MASKS, RTN_LOCAL, RTN_UNICAST, SCOPE_HOST, SCOPE_UNIVERSE
from .kernroutes import extack, rtnl


class Addr:
    """One in_ifaddr. address is ifa_address: the peer's prefix for a point-to-point address,
    else the local address; the subnet (match, secondaries, routes) is address/plen."""
    __slots__ = ("local", "plen", "brd", "scope", "label", "secondary", "address", "metric",
                 "noprefixroute")

    def __init__(self, local, plen, brd=0, scope=SCOPE_UNIVERSE, label="", secondary=False,
                 address=None, metric=0, noprefixroute=False):
        self.local, self.plen, self.brd, self.scope = local, plen, brd, scope
        self.label, self.secondary = label, secondary
        self.address = local if address is None else address
        self.metric, self.noprefixroute = metric, noprefixroute

    def __setstate__(self, state):          # stores written before address/metric existed
        slots = state[1] if isinstance(state, tuple) else state
        self.__init__(slots["local"], slots["plen"])
        for k, v in slots.items():
            setattr(self, k, v)

    @property
    def mask(self) -> int:
        return MASKS[self.plen]

    @property
    def peer(self) -> bool:
        return self.address != self.local

    def match(self, addr: int) -> bool:
        """inet_ifa_match(): addr inside this address's subnet."""
        return (addr ^ self.address) & MASKS[self.plen] == 0


class Addresses:
    """Mixin of Host (which provides links, conf, _fib_add_ifaddr, _fib_del_ifaddr, _magic,
    conf_value, _changed)."""

    def addr_add(self, dev: str, local: int, plen: int, brd: int = 0, scope: int | None = None,
                 label: str | None = None, address: int | None = None, metric: int = 0,
                 noprefixroute: bool = False, replace: bool = False):
        """inet_rtm_newaddr(): replace (NLM_F_REPLACE) updates the metric of a matching address,
        and adds one when none matches."""
        link = self.links[dev]
        if not link.inet:
            raise rtnl("No buffer space available")
        self.conf[dev].state = set(S.CONF_KEYS)      # rtm_to_ifaddr(): ipv4_devconf_setall()
        if scope is None:
            scope = SCOPE_HOST if local >> 24 == 127 else SCOPE_UNIVERSE
        ifa = Addr(local, plen, brd, scope, label or dev, address=address, metric=metric,
                   noprefixroute=noprefixroute)
        if not local:                                # __inet_insert_ifa(): silently ignored
            return
        last_primary = 0
        for i, a in enumerate(link.addrs):
            if not a.secondary and scope <= a.scope:
                last_primary = i + 1
            if a.plen == plen and ifa.match(a.address):
                if a.local == local:
                    if replace:
                        self._modify_metric(link, a, metric)
                        return
                    raise extack("ipv4: Address already assigned.")
                if a.scope != scope:
                    raise extack("ipv4: Invalid scope value.")
                ifa.secondary = True
        if ifa.secondary:
            link.addrs.append(ifa)
        else:
            link.addrs.insert(last_primary, ifa)
        self._fib_add_ifaddr(link, ifa)
        self._changed()

    def _modify_metric(self, link, ifa, metric: int):
        """fib_modify_prefix_metric(): the prefix route at the new metric, then the old one goes."""
        if metric == ifa.metric:
            return
        prefix = ifa.address & MASKS[ifa.plen]
        if (link.up and not ifa.secondary and not ifa.noprefixroute and prefix
                and not (prefix == ifa.local and ifa.plen == 32)):
            self._magic(True, RTN_UNICAST, prefix, ifa.plen, link, ifa, metric)
            self._magic(False, RTN_UNICAST, prefix, ifa.plen, link, ifa, ifa.metric)
        ifa.metric = metric
        self._changed()

    def _prim_of(self, link, ifa):
        """inet_ifa_byprefix(): the primary of ifa's subnet."""
        if not ifa.secondary:
            return ifa
        prefix = ifa.address & MASKS[ifa.plen]
        for a in link.addrs:
            if not a.secondary and a.plen == ifa.plen and a.match(prefix):
                return a
        return None

    def addr_del(self, dev: str, local: int, plen: int | None = None, label: str | None = None,
                 address: int | None = None):
        """inet_rtm_deladdr(): the first address with this local (and label), and when the
        prefix length was given, whose subnet holds `address` (the peer, or local)."""
        link = self.links[dev]
        if not link.inet:
            raise extack("ipv4: Device not found.")
        for a in link.addrs:
            if a.local != local:
                continue
            if label is not None and a.label != label:
                continue
            if plen is not None and (a.plen != plen or not a.match(local if address is None else address)):
                continue
            self._addr_remove(link, a)
            return
        raise extack("ipv4: Address not found.")

    def _addr_remove(self, link, ifa):
        """__inet_del_ifa(): a primary takes its secondaries along unless promote_secondaries."""
        if ifa.secondary:
            prim = self._prim_of(link, ifa)
            link.addrs.remove(ifa)
            self._fib_del_ifaddr(link, ifa, prim or ifa)
            return
        subnet = [a for a in link.addrs if a.secondary and a.plen == ifa.plen and ifa.match(a.address)]
        promote = self.conf_value(link.name, "promote_secondaries", "or")
        if subnet and promote:
            # the promoted subnet's routes change prefsrc: removed silently, added back below
            for a in subnet:
                self._magic(False, RTN_LOCAL, a.local, 32, link, ifa)
            link.addrs.remove(ifa)
            new = subnet[0]
            link.addrs.remove(new)
            new.secondary = False
            pos = max((i + 1 for i, a in enumerate(link.addrs) if not a.secondary), default=0)
            link.addrs.insert(pos, new)
            self._fib_del_ifaddr(link, ifa, ifa)
            for a in [new] + subnet[1:]:
                self._fib_add_ifaddr(link, a)
            return
        for a in subnet:
            link.addrs.remove(a)
            self._fib_del_ifaddr(link, a, ifa)
        link.addrs.remove(ifa)
        self._fib_del_ifaddr(link, ifa, ifa)

    def addr_flush(self, dev: str) -> int:
        """iproute2 dumps the list and deletes in that order (a primary takes its secondaries)."""
        link = self.links[dev]
        dump = list(link.addrs)
        for a in dump:
            if a in link.addrs:
                self._addr_remove(link, a)
        return len(dump)
