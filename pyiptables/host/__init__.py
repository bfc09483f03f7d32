"""The emulated host of one network namespace: links, IPv4 addresses, FIB, policy rules and sysctls.

It lives in the Store as component "host":

    with Store().transaction(write=False) as st:
        host = st.get("host", Host)

A new Host is what a fresh namespace looks like after `ip link set lo up` (lo: index 1,
127.0.0.1/8, ::1, its local-table routes). `pyip` and `pysysctl` edit it like iproute2 6.1 and
procps-ng 4.0.2 edit the kernel (pyiptables/cli/ip.py, cli/sysctl.py).

Library API (addresses are host-order ints, devices are names)
----------------------------------------------------------------
Host.route_input(saddr, daddr, indev, tos=0, mark=0) -> RouteResult
    ip_route_input_slow(): kind is one of
      local       delivered here (dev "lo")
      broadcast   limited/subnet broadcast delivered here (dev "lo")
      multicast   a group this host has joined (224.0.0.1 on an up device; dev "lo")
      forward     dev = output device, gw = next hop (gateway, or daddr when on-link),
                  redirect = the kernel would send an ICMP redirect (back out of indev)
      unreachable / blackhole / prohibit   err = EHOSTUNREACH|ENETUNREACH / EINVAL / EACCES
                  (forwarding off on indev gives unreachable/EHOSTUNREACH)
      martian     martian = "source" | "destination"; err = EXDEV when rp_filter refused the
                  source, EINVAL otherwise (multicast/broadcast/0.0.0.0/loopback sources, a local
                  address as source without accept_local, 0.0.0.0 or 127/8 destinations
                  without route_localnet ...)
      drop        silently dropped (unknown/down device, multicast group not joined)
    honouring conf.{all,IFACE}: forwarding (the input device's), rp_filter (max of all and
    IFACE; 1 strict, any other non-zero loose), accept_local, route_localnet, send_redirects,
    bc_forwarding, shared_media, src_valid_mark. Results are cached per (saddr, daddr, indev, tos,
    mark). Every lookup goes through the policy rules once one was added or deleted (rules.py);
    RouteResult.table is the table the answer came from.
Host.route_output(daddr, saddr=0, oif=None, mark=0, tos=0) -> RouteResult
    ip_route_output_key(): kind unicast | local | broadcast | multicast, or unreachable /
    blackhole / prohibit / invalid with err; dev, gw (next hop) and prefsrc (the source the
    kernel picks: route's src, else inet_select_addr of the nexthop device).
Host.fib_lookup(daddr, tos=0, ignore_linkstate=False, saddr=0, iif="lo", oif=None, mark=0)
    -> Route | errno int
    fib_lookup() of a flow (what ipt_rpfilter asks about a source): the merged local and main
    tables then default, or the policy rules once custom ones exist.
Host.rules (list of rules.FibRule, lookup order), Host.custom_rules (fib_has_custom_rules)
Host.addr_type(addr, dev=None) -> "UNSPEC" | "UNICAST" | "LOCAL" | "BROADCAST" | "ANYCAST" |
    "MULTICAST" | "BLACKHOLE" | "UNREACHABLE" | "PROHIBIT" | "THROW" | "NAT" | "XRESOLVE"
    inet_addr_type / inet_dev_addr_type (the local table, as xt_addrtype sees it).
Host.link(name) -> Link | None; Host.link_by_mac(mac: bytes) -> Link | None; Host.links (dict)
    Link: name, index, kind (loopback|dummy|veth|bridge|ifb), mac (bytes), mtu, up, peer,
    addrs (list of Addr), carrier(host), flags(host), operstate(host)
Host.addresses(dev) -> list[Addr]   Addr: local, plen, brd, scope, label, secondary, mask, match()
Host.primary_addr(dev, dst=None) -> int   what MASQUERADE picks (inet_select_addr, universe scope)
Host.inet_select_addr(dev, dst=0, scope=0) -> int
Host.sysctl(key) -> str             e.g. host.sysctl("net.ipv4.conf.eth0.rp_filter"); KeyError if unknown
Host.sysctl_int(key) -> int         from a dict compiled once per host state
Host.conf_value(dev, key, how="dev"|"or"|"and"|"max") -> int   IN_DEV_CONF_GET/ORCONF/ANDCONF/MAXCONF

Mutators (raise HostError(message, status) with iproute2's text): link_add (returns the name,
the kernel's kind%d when none was given), link_set (address, mtu, group, newname, flags, up,
txqlen: do_setlink()'s order, the steps before an error stay done), link_rename, link_del,
addr_add (peer `address`, metric, noprefixroute, replace), addr_del, addr_flush, route_modify,
route_delete, route_flush, rule_add, rule_del, rules_remove, sysctl_write.
"""
from .fib import Route
from .kernroutes import HostError
from .model import Addr, Host, Link
from .routing import RouteResult

__all__ = ["Host", "HostError", "Link", "Addr", "Route", "RouteResult"]
