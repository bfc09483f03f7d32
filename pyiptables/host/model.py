"""The emulated host: links, IPv4 addresses, FIB tables and sysctls of one network namespace.

Mutators follow the kernel (rtnetlink + devinet + fib_frontend) and raise HostError with the text
iproute2 prints; nothing is changed when they raise before their first step. Reading API and the
per-packet routing decisions live in `routing.py` (mixed in here).
"""
from __future__ import annotations

import hashlib

from . import sysctl as S
from .fib import SCOPE_HOST
from .addresses import Addr, Addresses
from .kernroutes import HostError, KernelRoutes, extack, rtnl
from .routing import Routing
from .rules import HostRules, default_rules
from .sysctlstate import SysctlState, split_key

KINDS = {
    # kind: (base flags, mtu, txqlen, min_mtu, max_mtu, qdisc when up, can change mac)
    "loopback": (("LOOPBACK",), 65536, 1000, 0, 0, "noqueue", True),
    "dummy": (("BROADCAST", "NOARP"), 1500, 1000, 0, 0, "noqueue", True),
    "ifb": (("BROADCAST", "NOARP"), 1500, 32, 0, 0, "pfifo_fast", False),
    "veth": (("BROADCAST", "MULTICAST"), 1500, 1000, 68, 65535, "noqueue", True),
    "bridge": (("BROADCAST", "MULTICAST"), 1500, 1000, 68, 65535, "noqueue", True),
}


def valid_name(name: str) -> bool:
    """dev_valid_name(), and devinet's sysctl_dev_name_is_allowed(): all and default are the
    names of net.ipv4.conf's own entries."""
    return (0 < len(name) < 16 and name not in (".", "..", "all", "default") and
            not any(c in "/:" or c.isspace() for c in name))


def _relabel(name: str, label: str, i: int) -> str:
    """inetdev_changename(): the first address takes the new name; the others keep the ':' suffix
    of their label (or get ':<position+1>'), the name cut short to fit IFNAMSIZ."""
    if i == 0:
        return name
    colon = label.find(":")
    dot = label[colon:] if colon >= 0 else f":{i + 1}"
    if len(dot) + len(name) < 16:
        return name + dot
    return name[:16 - len(dot) - 1] + dot


# net_device_flags as iproute2 prints them, in its order (UP and carrier are added separately)
IFF_ORDER = ("LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP", "ALLMULTI", "PROMISC")
USER_FLAGS = {"promisc": "PROMISC", "allmulticast": "ALLMULTI", "multicast": "MULTICAST", "arp": "NOARP"}


class Link:
    __slots__ = ("name", "index", "kind", "mac", "mtu", "up", "peer", "txqlen", "addrs", "inet",
                 "activated", "inet6", "ifflags", "group", "alias")

    def __init__(self, name, index, kind, mac, peer=None):
        flags, mtu, txqlen, _mn, _mx, _q, _m = KINDS[kind]
        self.name, self.index, self.kind, self.mac, self.peer = name, index, kind, mac, peer
        self.mtu, self.txqlen, self.up, self.addrs, self.inet = mtu, txqlen, False, [], True
        self.activated = False      # the root qdisc stays attached after the first up
        self.inet6 = True           # IPv6 goes away below mtu 1280 until the next up
        self.ifflags = set(flags)   # the kind's flags, then what `ip link set` turns on and off
        self.group = 0              # IFLA_GROUP (`ip link set DEV group N`; xt_devgroup reads it)
        self.alias = ""             # IFLA_IFALIAS

    def __setstate__(self, state):          # stores written before ifflags and group existed
        slots = state[1] if isinstance(state, tuple) else state
        self.ifflags, self.group, self.alias = set(KINDS[slots["kind"]][0]), 0, ""
        for k, v in slots.items():
            setattr(self, k, v)

    # carrier & flags as `ip link` shows them
    def carrier(self, host) -> bool:
        if self.kind == "veth":
            p = host.links.get(self.peer)
            return self.up and p is not None and p.up
        if self.kind == "bridge":
            return False                # a bridge without ports has no carrier
        return self.up

    def flags(self, host) -> list[str]:
        out = []
        carrier = self.carrier(host)
        if self.up and not carrier:
            out.append("NO-CARRIER")
        out.extend(f for f in IFF_ORDER if f in self.ifflags)
        if self.up:
            out.append("UP")
            if carrier:
                out.append("LOWER_UP")
        if self.kind == "veth" and not host.links[self.peer].up:
            out.append("M-DOWN")
        return out

    def operstate(self, host) -> str:
        if not self.up:
            return "DOWN"
        if self.kind == "veth":
            return "UP" if self.carrier(host) else "LOWERLAYERDOWN"
        if not self.carrier(host):
            return "DOWN"
        return "UNKNOWN"

    @property
    def qdisc(self) -> str:
        return KINDS[self.kind][5] if self.activated else "noop"

    @property
    def mac_str(self) -> str:
        return ":".join(f"{b:02x}" for b in self.mac)


class Conf:
    """One ipv4_devconf: values plus the kernel's `state` bits (keys set explicitly, which later
    writes of conf.default.* no longer overwrite)."""
    __slots__ = ("vals", "state")

    def __init__(self, vals, state=()):
        self.vals = dict(vals)
        self.state = set(state)


class Host(Addresses, KernelRoutes, Routing, SysctlState, HostRules):
    def __init__(self):
        self.links: dict[str, Link] = {}
        self.next_ifindex = 1
        self.tables: dict[int, list] = {254: [], 255: []}
        self.custom_local_routes = False
        self.rules = default_rules()
        self.custom_rules = False   # fib_has_custom_rules: set by the first rule add or delete
        self.globals = {k: v for k, (v, _s) in S.GLOBALS.items() if v is not None}
        dflt = dict(S.CONF_DEFAULTS)
        self.conf = {"all": Conf({**dflt, **S.CONF_ALL_OVERRIDES}), "default": Conf(dflt)}
        self._compiled_fib = None
        self._compiled = None
        self._new_link("lo", "loopback", bytes(6))
        self.conf["lo"].vals.update(S.CONF_LO_OVERRIDES)
        self.link_set("lo", up=True)

    # -- persistence: compiled lookups are rebuilt after loading -----------------------------
    def __getstate__(self):
        d = dict(self.__dict__)
        d["_compiled_fib"] = d["_compiled"] = None
        return d

    def __setstate__(self, state):          # stores written before policy rules existed
        self.__dict__.update(state)
        if "rules" not in state:
            self.rules, self.custom_rules = default_rules(), False

    def _changed(self):
        self._compiled_fib = None
        self._compiled = None

    # -- links ---------------------------------------------------------------------------------
    def _new_link(self, name, kind, mac, peer=None) -> Link:
        idx = self.next_ifindex
        self.next_ifindex += 1
        if mac is None:
            h = hashlib.sha256(f"{name}/{idx}".encode("utf-8", "surrogateescape")).digest()[:6]
            mac = bytes([(h[0] & 0xFE) | 0x02]) + h[1:]
        link = Link(name, idx, kind, mac, peer)
        self.links[name] = link
        d = self.conf["default"]
        self.conf[name] = Conf(d.vals, d.state)
        self._changed()
        return link

    def link_add(self, name: str | None, kind: str, mac: bytes | None = None, mtu: int | None = None,
                 peer: str | None = None, peer_mac: bytes | None = None, txqlen: int | None = None,
                 peer_mtu: int | None = None, peer_txqlen: int | None = None):
        """rtnl_newlink(): a missing name is the kind's "%d" pattern (veth: the peer takes one first)."""
        if kind not in KINDS or kind == "loopback":
            raise extack("Unknown device type.")
        if (name and len(name) > 15) or (peer and len(peer) > 15):
            raise extack("Attribute failed policy validation.")
        for n in (name, peer):
            if n is not None and not valid_name(n):
                raise rtnl("Invalid argument")
        if kind == "veth" and peer is not None and peer == name and "%" not in name:
            raise rtnl("File exists")
        if (name and name in self.links) or (peer and peer in self.links):
            raise rtnl("File exists")
        for m in (mac, peer_mac if kind == "veth" else None):
            if m is not None and len(m) != 6:
                raise rtnl("Invalid argument")
            if m is not None and (m[0] & 1 or not any(m)):
                raise rtnl("Cannot assign requested address")
        _f, _m, _q, mn, mx, _qd, _c = KINDS[kind]
        for m in (mtu, peer_mtu if kind == "veth" else None):
            if m is not None and kind == "veth" and not mn <= m <= mx:
                raise rtnl("Invalid argument")          # veth_newlink() checks it itself
            if m is not None and m < mn:
                raise extack("mtu less than device minimum.")
            if m is not None and mx and m > mx:
                raise extack("mtu greater than device maximum.")
        made = []
        if kind == "veth":
            peer = self._alloc_name(peer or "veth%d")
            made.append((self._new_link(peer, kind, peer_mac, peer=name), peer_mtu, peer_txqlen))
            name = self._alloc_name(name or "veth%d")
            self.links[peer].peer = name                 # veth registers the peer first
        else:
            name = self._alloc_name(name or kind + "%d")
        made.append((self._new_link(name, kind, mac, peer=peer if kind == "veth" else None), mtu, txqlen))
        for link, m, q in made:     # rtnl_create_link(): set before registration, IPv4 is on whatever the mtu
            if m is not None:
                link.mtu = m
                link.inet6 = m >= 1280
            if q is not None:
                link.txqlen = q & 0xFFFFFFFF
        return name

    def _alloc_name(self, name: str) -> str:
        """dev_get_valid_name(): a name with a '%' is a pattern, one %d and no other '%', which
        dev_alloc_name() fills with the lowest free number."""
        p = name.find("%")
        if p < 0:
            return name
        if name[p + 1:p + 2] != "d" or "%" in name[p + 2:]:
            raise rtnl("Invalid argument")
        return self._free_name(name)

    def _free_name(self, pattern: str) -> str:
        i = 0
        while pattern % i in self.links:
            i += 1
        return pattern % i

    def link_set(self, name: str, up: bool | None = None, mac: bytes | None = None,
                 mtu: int | None = None, newname: str | None = None, txqlen: int | None = None,
                 flags: dict | None = None, group: int | None = None, alias: str | None = None):
        """do_setlink(): address, mtu, group, name, flags, then txqueuelen; an error stops at
        that step and what came before it stays done."""
        link = self.links[name]
        if mac is not None:
            if not KINDS[link.kind][6]:
                raise rtnl("Operation not supported")
            if mac[0] & 1 or not any(mac):
                raise rtnl("Cannot assign requested address")
            link.mac = mac
            self._changed()
        if mtu is not None:
            self._set_mtu(link, mtu)
        if group is not None:
            link.group = group
            self._changed()                 # suppress_ifgroup rules look at it
        if newname is not None and newname != name:
            name = self.link_rename(name, newname)
            link = self.links[name]
        if alias is not None:               # dev_set_alias(): an empty one clears it
            link.alias = alias
        for word, on in (flags or {}).items():      # dev_change_flags(), with the up/down below
            flag = USER_FLAGS[word]
            if on != (word == "arp"):                # arp on clears NOARP
                link.ifflags.add(flag)
            else:
                link.ifflags.discard(flag)
        if up is not None and up != link.up:
            link.up = up
            if up:
                link.activated = True
                link.inet6 = link.mtu >= 1280
                if link.kind == "loopback":
                    if not any(a.local == 0x7F000001 and a.plen == 8 for a in link.addrs):
                        self.addr_add("lo", 0x7F000001, 8, scope=SCOPE_HOST)
                for a in list(link.addrs):
                    self._fib_add_ifaddr(link, a)
            elif link.inet:                # fib_netdev_event() does nothing without an in_device
                self._flush_dev(name, force=False)
            self._sync_carrier(name)
            if link.peer:                  # a veth's carrier is both ends being up
                self._sync_carrier(link.peer)
            self._changed()
        if txqlen is not None:
            link.txqlen = txqlen & 0xFFFFFFFF

    def _set_mtu(self, link, mtu: int):
        _f, _m, _q, mn, mx, _qd, _c = KINDS[link.kind]
        if mtu < mn:
            raise extack("mtu less than device minimum.")
        if mx and mtu > mx:
            raise extack("mtu greater than device maximum.")
        link.mtu = mtu
        if mtu < 1280:
            link.inet6 = False
        if mtu < 68 and link.inet:                 # inetdev_destroy(): IPv4 off below 68
            self._inet_destroy(link)
        elif mtu >= 68 and not link.inet:
            link.inet = True
            d = self.conf["default"]
            self.conf[link.name] = Conf(d.vals, d.state)
        self._changed()

    def link_rename(self, old: str, new: str) -> str:
        """dev_change_name(): the kernel's name checks; the conf directory, routes and the peer
        follow; inetdev_changename() relabels the addresses (see _relabel)."""
        if not valid_name(new):
            raise rtnl("Invalid argument")
        new = self._alloc_name(new)
        if new in self.links:
            raise rtnl("File exists")
        link = self.links.pop(old)
        link.name = new
        self.links[new] = link
        if old in self.conf:
            self.conf[new] = self.conf.pop(old)
        if link.peer and link.peer in self.links:
            self.links[link.peer].peer = new
        for routes in self.tables.values():
            for r in routes:
                if r.dev == old:
                    r.dev = new
        for i, a in enumerate(link.addrs):
            a.label = _relabel(new, a.label, i)
        self._changed()
        return new

    def _inet_destroy(self, link):
        while link.addrs:                          # inetdev_destroy(): from the list head
            self._addr_remove(link, link.addrs[0])
        link.inet = False
        self.conf.pop(link.name, None)

    def link_del(self, name: str):
        link = self.links[name]
        if link.kind == "loopback":
            raise rtnl("Operation not supported")
        for n in ([name, link.peer] if link.kind == "veth" else [name]):
            l = self.links[n]
            if l.inet:
                self._inet_destroy(l)
            self._flush_dev(n, force=True)
            del self.links[n]
            self.conf.pop(n, None)
        self._changed()

__all__ = ["Host", "HostError", "Link", "Addr", "Conf", "split_key"]
