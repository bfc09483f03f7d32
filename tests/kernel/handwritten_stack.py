"""Hand-written scenarios of the IPv4 stack around the hooks: routing sysctls (rp_filter, accept_local,
route_localnet, forwarding per device, bc_forwarding, conf.default), martian sources and
destinations, TTL, ICMP sysctls, addrtype; with fw's own traffic (handwritten_local.py), fragments
and headers ip_rcv() refuses (handwritten_frags.py) and IP options (handwritten_ipopts.py). Every
chain of every table counts, so a packet seen at another hook than the kernel's shows. Their
folders are written by `python -m tests.kernel.handwritten`."""
from __future__ import annotations

from . import handwritten_frags, handwritten_ipopts, handwritten_local
from .capture import Cap, Scenario
from .stackkit import L, R, by_addr, by_sport, counting, ping, scenario, udp

IN_FWD = ("INPUT", "FORWARD")
ASYM = {"filter": by_sport(IN_FWD, range(40001, 40012))}


# -- routing sysctls ------------------------------------------------------------------------------
def _asym(c):
    """Sources on the wrong side, spoofed, local and broadcast, to fw and through it."""
    c.add("left", udp(L, R, 40001))                    # fine: 192.168/16 is routed back by eth0
    c.add("left", udp("8.8.4.4", "10.0.2.2", 40002))    # spoofed: its route back leaves by eth1
    c.add("right", udp(L, "10.0.1.2", 40003))          # asymmetric: 192.168/16 is behind eth0
    c.add("right", udp("10.0.2.2", "10.0.1.1", 40004))  # to fw, from the right side's host
    c.add("right", udp("10.0.1.5", "10.0.2.1", 40005))  # eth0's subnet arriving on eth1
    c.add("left", udp("10.0.1.2", "10.0.1.255", 40006))  # subnet broadcast, right side
    c.add("right", udp("10.0.1.2", "10.0.2.255", 40007))  # subnet broadcast, wrong side
    c.add("left", udp("10.0.2.1", "10.0.1.1", 40008))    # fw's own eth1 address as source
    c.add("right", udp("10.0.2.1", "10.0.1.2", 40009))   # fw's own address on its own device
    c.add("left", udp("203.0.113.5", "10.0.1.1", 40010))  # spoofed, to fw
    c.add("right", udp("203.0.113.5", "10.0.1.1", 40011))


def rpf_strict_all():
    c = Cap()
    _asym(c)
    return scenario("rpf-strict-all", counting(extra=ASYM), c, {"net.ipv4.conf.all.rp_filter": "1"},
                    "strict rp_filter from conf.all (the max of all and the device): a source whose route back "
                    "leaves by another device is dropped after PREROUTING, to fw and through it")


def rpf_max_per_device():
    c = Cap()
    _asym(c)
    return scenario("rpf-max-per-device", counting(ct=True, extra=ASYM), c,
                    {"net.ipv4.conf.all.rp_filter": "1", "net.ipv4.conf.eth0.rp_filter": "0",
                "net.ipv4.conf.eth1.rp_filter": "2"},
                    "rp_filter per device is the max of conf.all and conf.DEV: eth0 strict (all 1), eth1 loose (2); "
                    "loose mode only refuses sources with no route at all or local ones")


def rpf_dnat():
    c = Cap()
    c.add("right", udp("203.0.113.9", "10.0.2.1", 40350, 8080))      # DNAT to the left: fine
    c.add("right", udp("192.168.1.77", "10.0.2.1", 40351, 8080))     # spoofed left source, DNAT to the left
    c.add("left", udp("192.168.1.10", "10.0.1.1", 40352, 8081))       # DNAT to the right
    c.add("left", udp("8.8.4.4", "10.0.1.1", 40353, 8081))            # spoofed
    c.add("left", udp("192.168.1.10", "10.0.1.1", 40354, 8082))       # DNAT to 127.0.0.1: martian on eth0
    extra = {"nat": ["-A PREROUTING -p udp -m udp --dport 8080 -j DNAT --to-destination 192.168.1.20",
                     "-A PREROUTING -p udp -m udp --dport 8081 -j DNAT --to-destination 10.0.2.2",
                     "-A PREROUTING -p udp -m udp --dport 8082 -j DNAT --to-destination 127.0.0.1"],
             "filter": by_sport(IN_FWD, range(40350, 40355))}
    return scenario("rpf-dnat", counting(ct=True, nat=True, extra=extra), c,
                    {"net.ipv4.conf.all.rp_filter": "1", "net.ipv4.conf.eth1.route_localnet": "1"},
                    "strict rp_filter after DNAT: the route and the source check see the new destination")


def accept_local():
    c = Cap()
    c.add("left", udp("10.0.1.1", "10.0.2.2", 40020))   # fw's own eth0 address, forwarded
    c.add("left", udp("10.0.1.1", "10.0.1.1", 40021))   # to itself
    c.add("left", udp("10.0.2.1", "10.0.1.1", 40022))
    c.add("left", udp("10.0.2.1", R, 40023))
    c.add("right", udp("10.0.1.1", "10.0.2.1", 40024))  # eth1 does not accept local sources
    c.add("right", udp("10.0.2.1", R, 40025))
    c.add("left", udp("127.0.0.1", "10.0.1.1", 40026))  # loopback: martian anyway
    rules = counting(extra={"filter": by_sport(IN_FWD, range(40020, 40027))})
    return scenario("accept-local", rules, c, {"net.ipv4.conf.eth0.accept_local": "1"},
                    "accept_local on eth0: fw's own addresses are accepted as sources there (to fw and forwarded), "
                    "not on eth1; a loopback source stays martian")


def accept_local_strict():
    c = Cap()
    c.add("left", udp("10.0.1.1", "10.0.2.2", 40030))
    c.add("left", udp("10.0.2.1", "10.0.1.1", 40031))   # local route of 10.0.2.1 is on eth1: strict fails
    c.add("right", udp("10.0.2.1", "10.0.1.1", 40032))
    c.add("right", udp("10.0.1.1", "10.0.1.2", 40033))
    rules = counting(ct=True, extra={"filter": by_sport(IN_FWD, range(40030, 40034))})
    return scenario("accept-local-strict", rules, c,
                    {"net.ipv4.conf.all.accept_local": "1", "net.ipv4.conf.all.rp_filter": "1"},
                    "accept_local with strict rp_filter: a local source passes only on the device holding it")


def route_localnet():
    c = Cap()
    for side, p in (("left", 40040), ("right", 40050)):
        c.add(side, udp("10.0.1.2" if side == "left" else "10.0.2.2", "127.0.0.1", p))
        c.add(side, udp("10.0.1.2" if side == "left" else "10.0.2.2", "127.5.5.5", p + 1))
        c.add(side, udp("127.0.0.1", "10.0.1.1", p + 2))
        c.add(side, udp("127.0.0.1", R, p + 3))
        c.add(side, udp("127.0.0.9", "127.0.0.1", p + 4))
    ports = [*range(40040, 40045), *range(40050, 40055)]
    rules = counting(ct=True, extra={"filter": by_sport(IN_FWD, ports)})
    return scenario("route-localnet", rules, c, {"net.ipv4.conf.eth0.route_localnet": "1"},
                    "route_localnet on eth0: 127/8 destinations are delivered there and a 127/8 source passes the "
                    "loopback check, but 127.0.0.1 itself is a local address (martian without accept_local); "
                    "everything 127/8 is martian on eth1")


MARTIAN_SOURCES = ("0.0.0.0", "0.1.2.3", "224.0.0.5", "239.1.1.1", "240.0.0.1", "255.255.255.255", "10.0.1.255",
                   "10.0.2.255", "10.0.1.0", "127.0.0.1", "169.254.1.1", "100.64.0.1")


def martian_sources(ct=False):
    c = Cap()
    for src in MARTIAN_SOURCES:
        c.add("left", udp(src, "10.0.1.1", 40050))
        c.add("left", udp(src, R, 40051))
    c.add("left", udp("0.0.0.0", "255.255.255.255", 68, 67))
    c.add("left", udp("0.0.0.0", "10.0.1.255", 68, 67))
    rules = counting(ct=ct, extra={"filter": by_addr(IN_FWD, "-s", MARTIAN_SOURCES)})
    return scenario("martian-sources", rules, c, {},
                    "martian sources (0.0.0.0, multicast, limited broadcast, loopback) are dropped after "
                    "PREROUTING; the rest of 0/8, class E, a subnet broadcast or network address pass without "
                    "rp_filter; 0.0.0.0 passes only to 255.255.255.255")


def martian_sources_rpf():
    s = martian_sources(ct=True)
    return Scenario("martian-sources-rpf", s.rules, s.frames,
                    {"net.ipv4.conf.all.rp_filter": "1", "net.ipv4.conf.all.log_martians": "1"},
                    about="martian sources under strict rp_filter and log_martians: a subnet broadcast source "
                          "now fails the route back (a broadcast route), as does every source routed back by "
                          "eth1; eth0's network address passes; logging changes no counter")


MARTIAN_DESTINATIONS = ("0.0.0.0", "0.1.2.3", "127.0.0.1", "224.0.0.1", "224.0.0.251", "239.1.1.1", "240.0.0.1",
                        "255.255.255.254", "255.255.255.255", "10.0.1.255", "10.0.2.255", "10.0.1.0", "10.0.2.0",
                        "10.0.2.1", "169.254.1.1")


def martian_destinations():
    c = Cap()
    for dst in MARTIAN_DESTINATIONS:
        c.add("left", udp("10.0.1.2", dst, 40060))
        c.add("right", udp(R, dst, 40061))
    rules = counting(ct=True, extra={"filter": by_addr(IN_FWD, "-d", MARTIAN_DESTINATIONS)})
    return scenario("martian-destinations", rules, c, {},
                    "destinations: 0.0.0.0 and 127/8 martian, all-hosts delivered, other groups dropped; the rest "
                    "of 0/8, class E and 255.255.255.254 routed by the default route, network addresses routed "
                    "on-link; limited and subnet broadcasts delivered, whichever side they arrive on")


def directed_broadcast():
    c = Cap()
    c.add("left", udp("10.0.1.2", "10.0.2.255", 40070))
    c.add("left", udp(L, "10.0.2.255", 40071))
    c.add("right", udp(R, "10.0.1.255", 40072))
    c.add("right", udp("10.0.2.2", "10.0.2.255", 40073))
    c.add("left", ping(L, "10.0.2.255", 7))
    return c


BCAST = {"filter": by_sport(IN_FWD, range(40070, 40074))}


def bc_forwarding_on():
    return scenario("bc-forwarding-on", counting(ct=True, extra=BCAST), directed_broadcast(),
                    {"net.ipv4.conf.all.bc_forwarding": "1", "net.ipv4.conf.eth0.bc_forwarding": "1"},
                    "bc_forwarding on all and eth0: a directed broadcast arriving on eth0 is forwarded (FORWARD, "
                    "POSTROUTING), one arriving on eth1 still delivered")


def bc_forwarding_all():
    return scenario("bc-forwarding-all", counting(ct=True, extra=BCAST), directed_broadcast(),
                    {"net.ipv4.conf.all.bc_forwarding": "1", "net.ipv4.conf.eth0.bc_forwarding": "1",
                "net.ipv4.conf.eth1.bc_forwarding": "1"},
                    "bc_forwarding everywhere: a directed broadcast is forwarded, even one for the input device's "
                    "own subnet (back out of it)")


def forwarding_per_device():
    c = Cap()
    c.udp("left", "right", L, R, 40080, 53)
    c.udp("right", "left", R, L, 40081, 53)
    c.add("right", udp(R, "10.0.2.1", 40082))
    c.add("right", udp(R, "10.0.1.1", 40083))
    c.add("right", udp("10.0.2.2", "10.0.2.255", 40084))
    c.ping("left", "right", L, "1.1.1.1", 9)
    return scenario("forwarding-per-device", counting(ct=True), c, {"net.ipv4.conf.eth1.forwarding": "0"},
                    "conf.eth1.forwarding=0: what arrives on eth1 is not forwarded (unreachable after PREROUTING), "
                    "but what arrives on eth0 still leaves by eth1, and eth1 still delivers to fw's addresses")


def forwarding_ip_forward_off():
    c = Cap()
    c.udp("left", "right", L, R, 40090, 53)
    c.udp("right", "left", R, L, 40091, 53)
    c.add("left", udp(L, "10.0.2.1", 40092))
    return scenario("forwarding-ip-forward-off", counting(ct=True), c,
                    {"net.ipv4.ip_forward": "0", "net.ipv4.conf.eth0.forwarding": "1"},
                    "ip_forward=0 turns forwarding off on every device; conf.eth0.forwarding=1 after it turns eth0 "
                    "back on: left to right forwarded, right to left not")


def conf_default_writes():
    c = Cap()
    _asym(c)
    c.add("left", udp("10.0.1.2", "127.0.0.1", 40360))
    c.add("left", udp("10.0.1.2", "10.0.2.255", 40361))
    return scenario("conf-default-writes", counting(ct=True, extra=ASYM), c,
                    {"net.ipv4.conf.default.rp_filter": "1", "net.ipv4.conf.default.accept_local": "1",
                "net.ipv4.conf.default.route_localnet": "1", "net.ipv4.conf.default.forwarding": "0",
                "net.ipv4.conf.default.bc_forwarding": "1", "net.ipv4.conf.all.bc_forwarding": "1"},
                    "conf.default writes reach only devices whose key was never written (devinet_copy_dflt_conf), "
                    "and a device's first address marks all its keys written (ipv4_devconf_setall): eth0 and "
                    "eth1 keep rp_filter, accept_local, route_localnet and bc_forwarding off")


# -- TTL, ICMP sysctls, address types ----------------------------------------------------------------
def ttl_targets():
    extra = {"mangle": [
        "-A PREROUTING -d 8.8.8.8/32 -m ttl --ttl-eq 1 -j TTL --ttl-inc 1",
        "-A PREROUTING -d 8.8.4.4/32 -j TTL --ttl-set 1",
        "-A PREROUTING -d 1.1.1.1/32 -j TTL --ttl-set 0",
        "-A FORWARD -d 9.9.9.9/32 -j TTL --ttl-dec 5",
        "-A POSTROUTING -m ttl --ttl-eq 0",
        "-A POSTROUTING -m ttl --ttl-eq 1",
        "-A POSTROUTING -m ttl --ttl-lt 60",
        "-A INPUT -m ttl --ttl-eq 0",
        "-A OUTPUT -m ttl --ttl-eq 0",
        "-A OUTPUT -d 10.0.2.2/32 -j TTL --ttl-set 0",
    ]}
    c = Cap()
    c.add("left", udp(L, "8.8.8.8", 40100, ttl=1))      # raised to 2: forwarded
    c.add("left", udp(L, "8.8.4.4", 40101, ttl=64))     # cut to 1: dies in ip_forward
    c.add("left", udp(L, "1.1.1.1", 40102, ttl=64))     # 0
    c.add("left", udp(L, "9.9.9.9", 40103, ttl=3))      # 2 -> 1 -> dec 5: 0, sent
    c.add("left", udp(L, "9.9.9.9", 40104, ttl=0))      # TTL 0: never forwarded
    c.add("left", udp(L, "10.0.1.1", 40105, ttl=0))     # TTL 0 to fw: delivered
    c.add("left", udp(L, "10.0.2.1", 40106, ttl=1))
    c.add("left", udp(L, "10.0.1.255", 40107, ttl=0))
    c.add("local1", udp("10.0.2.1", "10.0.2.2", 40108, ttl=1))
    c.add("local1", udp("10.0.2.1", "8.8.8.8", 40109, ttl=0))
    c.add("local1", udp("10.0.2.1", "10.0.1.1", 40110, ttl=0))    # to fw itself through lo
    return scenario("ttl-targets", counting(ct=True, extra=extra), c, {},
                    "TTL changed by the TTL target before ip_forward's check: raised from 1 (forwarded), set to 1 or 0 "
                    "(dropped), decreased to 0 after it (sent with TTL 0); TTL 0 to fw is delivered; fw's own packets "
                    "leave with TTL 0 or 1")


def icmp_echo_ignore():
    c = Cap()
    for i, dst in enumerate(("10.0.1.1", "10.0.2.1", "10.0.1.255", "255.255.255.255", "224.0.0.1")):
        c.add("left", ping("10.0.1.2", dst, 20 + i))
    c.add("right", ping(R, "10.0.2.1", 30))
    return scenario("icmp-echo-ignore", counting(ct=True), c,
                    {"net.ipv4.icmp_echo_ignore_all": "1", "net.ipv4.icmp_echo_ignore_broadcasts": "0",
                "net.ipv4.icmp_ratelimit": "0", "net.ipv4.icmp_ratemask": "0"},
                    "icmp_echo_ignore_* and icmp_rate* act after INPUT: every echo request to fw, unicast, "
                    "broadcast or all-hosts, is counted and tracked the same")


def addrtype_everywhere():
    types = ("LOCAL", "BROADCAST", "MULTICAST", "UNICAST")
    rules = []
    for ch in ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"):
        for t in types:
            rules.append(f"-A {ch} -m addrtype --dst-type {t}")
            rules.append(f"-A {ch} -m addrtype --src-type {t}")
        if ch in ("PREROUTING", "INPUT", "FORWARD"):
            rules.append(f"-A {ch} -m addrtype --dst-type LOCAL --limit-iface-in")
        if ch in ("OUTPUT", "POSTROUTING", "FORWARD"):
            rules.append(f"-A {ch} -m addrtype --src-type LOCAL --limit-iface-out")
    c = Cap()
    c.add("left", udp("10.0.1.2", "10.0.1.1", 40300))
    c.add("left", udp("10.0.1.2", "10.0.2.1", 40301))
    c.add("left", udp("10.0.1.2", "10.0.1.255", 40302))
    c.add("left", udp("10.0.1.2", "224.0.0.1", 40303))
    c.add("left", udp(L, R, 40304))
    c.add("left", udp("10.0.2.1", R, 40305))
    c.add("local1", udp("10.0.2.1", "10.0.1.1", 40306))
    c.add("local0", udp("10.0.1.1", R, 40307))
    c.add("local1", udp("10.0.2.1", "224.0.0.1", 40308))
    c.add("local1", udp("203.0.113.1", R, 40309))
    return scenario("addrtype-everywhere", counting(ct=True, extra={"mangle": rules}), c,
                    {"net.ipv4.conf.eth0.accept_local": "1"},
                    "addrtype of sources and destinations at every hook, with --limit-iface-in/out: fw's addresses "
                    "are LOCAL on any device, only on their own with a limit")


ALL = [rpf_strict_all, rpf_max_per_device, rpf_dnat, accept_local, accept_local_strict, route_localnet,
       martian_sources, martian_sources_rpf, martian_destinations, bc_forwarding_on, bc_forwarding_all,
       forwarding_per_device, forwarding_ip_forward_off, conf_default_writes, ttl_targets, icmp_echo_ignore,
       addrtype_everywhere] + handwritten_local.ALL + handwritten_frags.ALL + handwritten_ipopts.ALL
