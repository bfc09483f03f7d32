"""Kernel-differential tests: the same ip/sysctl command lines in a fresh network namespace and in
our emulated host must print the same stdout, stderr and exit status.

The kernel here has no dummy driver, so the namespaces use ifb devices (same NOARP, always-carrier
behaviour; pyip models ifb too). Skipped without root / network namespaces.
"""
from __future__ import annotations

import re

from kernel.lab import fw_setup

LAB = fw_setup("ifb") + "sysctl -w net.netfilter.nf_conntrack_udp_timeout=5\n"


SHOW = """
ip link
ip link show eth0
ip addr
ip addr show dev eth1
ip -4 addr
ip -br link
ip -br addr
ip -br -4 addr
ip -j link
ip -j addr
ip -j -p link show eth0
ip -j -p addr show eth0
ip -j -br addr
ip -j -br link
ip route
ip route show table main
ip route show table local
ip -4 route show table all
ip -j route
ip -j route show table local
ip -j -4 route show table all
ip route show dev eth0
ip route list table local dev eth1
ip route show table all
ip -j route show table all
ip -6 route
ip -6 route show table local
ip -6 addr
ip -o addr
ip -o link
ip addr show up
ip -d link show eth0
ip -j -d link show eth1
ip -s -s link show lo
ip -j -s link show lo
ip -s addr show lo
ip -br -s link
"""


def test_lab_topology_show(differ):
    differ(LAB + SHOW)


def test_route_get(differ):
    differ(LAB + """
ip route get 8.8.8.8
ip route get 192.168.1.1
ip route get 10.0.1.1
ip route get 10.0.1.5
ip route get 10.0.1.255
ip route get 127.0.0.5
ip route get 255.255.255.255
ip route get 224.0.0.1
ip route get 0.0.0.0
ip route get 8.8.8.8 from 10.0.1.1
ip route get 8.8.8.8 oif eth0
ip route get 8.8.8.8 mark 5
ip -j route get 8.8.8.8
ip -j route get 10.0.1.1
ip route get 8.8.8.8 from 1.2.3.4 iif eth0
ip route get 10.0.1.1 from 192.168.1.1 iif eth0
ip route get 10.0.1.5 from 10.0.2.9 iif eth1
ip route get 8.8.8.8 from 10.0.1.1 iif eth0
ip route get 8.8.8.8 from 127.0.0.1 iif eth0
ip route get 127.0.0.1 from 10.0.1.9 iif eth0
ip route get 8.8.8.8 from 0.0.0.0 iif eth0
ip route get 8.8.8.8 from 224.0.0.5 iif eth0
ip route get 255.255.255.255 from 10.0.1.9 iif eth0
ip route get 10.0.1.255 from 10.0.1.9 iif eth0
ip route get 0.1.2.3 from 10.0.1.9 iif eth0
ip route get 8.8.8.8 from 10.0.2.1 iif eth0
ip route get 10.0.2.1 from 10.0.1.1 iif eth0
ip route get 1.2.3.4 from 10.0.1.7 iif eth0
ip route get 1.2.3.4 from 8.8.8.8 iif eth1
ip route get 0.0.0.0 from 10.0.1.9 iif eth0
ip route get 8.8.8.8 from 0.1.2.3 iif eth0
ip route get 10.0.1.1 from 0.1.2.3 iif eth0
ip route get 0.1.2.3
ip route get 8.8.8.8 from 0.1.2.3
ip route get 8.8.8.8 from 224.1.1.1
ip route get 255.255.255.255 from 0.0.0.0 iif eth0
ip route get 0.0.0.0 from 0.0.0.0 iif eth0
ip route get 224.0.0.1 from 10.0.1.9 iif eth0
ip route get 224.0.0.5 from 10.0.1.9 iif eth0
ip route get 224.0.0.1 from 0.0.0.0 iif eth0
ip route get 10.0.1.1 from 10.0.1.9 iif lo
ip route get 192.168.3.3 from 10.0.1.9 iif eth0
ip route get 10.0.1.77 from 10.0.1.9 iif eth0
ip route get 10.0.1.77 from 10.0.1.9 iif eth0 mark 7
ip route get 8.8.8.8 oif eth1 from 10.0.1.1
ip route get 224.1.2.3 from 10.0.1.1
ip route get 255.255.255.255 oif eth0
ip -j route get 8.8.8.8 from 1.2.3.4 iif eth0
ip -j route get 10.0.1.1 from 192.168.1.1 iif eth0
ip -j route get 224.0.0.1 from 10.0.1.9 iif eth0
ip -j route get 10.0.1.255
ip -j route get 10.0.1.77 from 10.0.1.9 iif eth0 mark 7
ip -j route get 8.8.8.8 from 10.0.1.1
ip -j -p route get 8.8.8.8
ip route get
ip route get 300.0.0.0
ip route get 8.8.8.8 iif nosuch
""")


def test_rp_filter_and_forwarding(differ):
    differ(LAB + """
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 8.8.8.8 from 1.2.3.4 iif eth0
ip route get 8.8.8.8 from 192.168.7.7 iif eth0
ip route get 10.0.2.1 from 192.168.7.7 iif eth1
ip route get 10.0.2.1 from 8.8.4.4 iif eth1
sysctl -w net.ipv4.conf.all.rp_filter=2
ip route get 8.8.8.8 from 1.2.3.4 iif eth0
ip route get 8.8.8.8 from 192.168.7.7 iif eth1
ip route del default
ip route get 8.8.8.8 from 1.2.3.4 iif eth0
ip route get 10.0.1.1 from 1.2.3.4 iif eth0
sysctl -w net.ipv4.conf.all.rp_filter=0
sysctl -w net.ipv4.conf.eth0.rp_filter=1
ip route get 10.0.1.1 from 10.0.2.9 iif eth0
sysctl -w net.ipv4.conf.eth0.rp_filter=0
sysctl -w net.ipv4.conf.all.accept_local=1
ip route get 10.0.1.1 from 10.0.2.1 iif eth0
sysctl -w net.ipv4.conf.all.route_localnet=1
ip route get 127.0.0.1 from 10.0.1.9 iif eth0
sysctl -w net.ipv4.ip_forward=0
ip route get 10.0.2.9 from 10.0.1.9 iif eth0
ip route get 10.0.1.1 from 10.0.1.9 iif eth0
sysctl -w net.ipv4.conf.eth0.forwarding=1
ip route get 10.0.2.9 from 10.0.1.9 iif eth0
ip route get 10.0.1.9 from 10.0.2.9 iif eth1
sysctl net.ipv4.conf.eth0.forwarding net.ipv4.conf.eth1.forwarding net.ipv4.conf.all.accept_redirects
""")


ROUTES = """
ip route add 192.168.0.0/16 via 10.0.1.2 dev eth0
ip route add 172.16.0.0/12 via 10.9.9.9
ip route add 172.16.0.0/12 via 10.0.1.1
ip route del 172.16.0.0/12
ip route add 172.16.0.0/12 via 10.0.1.2 dev eth1
ip route add 172.16.0.0/12 dev nosuch
ip route add 172.16.0.1/12 dev eth0
ip route add 300.1.1.1 dev eth0
ip route add foo dev eth0
ip route add 172.16.0.0/12 via 10.0.1.2 metric 100
ip route add 172.16.0.0/12 via 10.0.1.3 metric 50 src 10.0.1.1 proto static
ip route add 172.16.0.0/12 via 10.0.1.3 metric 50
ip route replace 172.16.0.0/12 via 10.0.1.4 metric 50
ip route add 10.5.0.0/16 dev eth0 scope link
ip route add 10.6.0.0/16 dev eth0 src 10.0.2.1
ip route add 10.7.0.0/16 dev eth0 src 10.9.9.9
ip route add blackhole 10.8.0.0/16
ip route add unreachable 10.9.0.0/16
ip route add prohibit 10.10.0.0/16
ip route add blackhole 10.11.0.0/16 dev eth0
ip route add 10.11.0.0/16 via 10.0.1.2 table 100
ip route add local 10.12.0.1 dev eth0 table local
ip route add 10.0.0.0/8 dev eth0
ip route add 10.0.0.0/16 dev eth0
ip route add 10.0.0.0/12 dev eth1
ip route add 10.0.0.0/8 dev eth1 metric 5
ip route append 10.0.0.0/8 dev eth1
ip route add 10.0.0.0/8 dev eth1
ip route prepend 10.0.0.0/8 dev eth1 src 10.0.2.1
ip route add 10.0.0.0/8 dev eth1 tos 4
ip route add 10.31.0.0/16 via 10.0.1.2 src 10.0.2.1 proto 42 scope global table 42 metric 7
ip route add 10.32.0.0/16
ip route add 10.30.0.0/16 via 10.0.1.2 metric abc
ip route add 10.30.0.0/16 via 10.0.1.2 table foo
ip route add 10.30.0.0/16 via 10.0.1.2 proto foo
ip route add 10.30.0.0/16 via 10.0.1.2 scope foo
ip route add 10.30.0.0/16 via 10.0.1.2 bogus
ip route add 10.33.0.0/16 via 10.0.1.2 scope link
ip route add 10.34.0.0/16 dev eth0 scope host
ip route add 10.35.0.0/16 via 10.0.1.2 dev eth0 onlink
ip route
ip route show table local
ip route show table 100
ip route show table 42
ip route show table 999
ip route show table foo
ip -4 route show table all
ip -j -4 route show table all
ip route show 10.0.0.0/8
ip route show default
ip route show proto kernel
ip route show scope link
ip route show type blackhole
ip route get 10.8.1.1
ip route get 10.9.1.1
ip route get 10.10.1.1
ip route get 172.16.1.1
ip route get 10.0.9.9
ip route get 10.34.1.1
ip route del 99.0.0.0/8
ip route del 10.0.0.0/8 dev eth1 metric 5
ip route del 10.0.0.0/8 dev eth0
ip route del 10.0.0.0/8
ip route del default
ip route del 10.10.0.0/16
ip route del blackhole 10.8.0.0/16
ip route del local 10.12.0.1 dev eth0
ip route
ip route show table local
"""


def test_route_add_del_errors(differ):
    differ(LAB + ROUTES)


ADDRS = """
ip link add eth2 address 02:00:00:00:03:01 type ifb
ip addr add 10.20.0.1/24 dev eth2
ip route show table local dev eth2
ip route add 10.21.0.0/16 dev eth2
ip link set eth2 up
ip route add 10.21.0.0/16 dev eth2
ip route add 10.22.0.0/16 via 10.20.0.5
ip route add 10.23.0.0/16 dev eth1 src 10.20.0.1
ip -4 route show table all
ip addr add 10.20.0.2/24 dev eth2
ip addr add 10.24.0.2/24 dev eth2
ip addr show dev eth2
ip route show table local
ip addr del 10.20.0.1/24 dev eth2
ip addr show dev eth2
ip -4 route show table all
ip route add 10.20.5.0/24 dev eth2
ip addr flush dev eth2
ip -4 route show table all
ip addr add 10.20.0.1/24 dev eth2
ip addr add 10.20.0.2/24 dev eth2
ip route add 10.25.0.0/16 dev eth2
ip link set eth2 down
ip -4 route show table all
ip addr show dev eth2
ip link set eth2 up
ip -4 route show table all
ip addr add 10.0.1.1/24 dev eth0
ip addr add 10.0.1.7/24 dev eth0
ip addr add 10.0.1.8/25 dev eth0 broadcast +
ip addr add 10.0.3.1/24 brd 10.0.3.255 dev eth0
ip addr add 10.0.4.1/24 broadcast + dev eth0 label eth0:1
ip addr add 10.0.5.1 dev eth0
ip addr add 10.0.6.1/32 dev eth0
ip addr add 10.0.7.1/31 dev eth0
ip addr add 10.0.8.1/24 brd - dev eth0
ip addr add 10.0.9.1/24 dev eth0 label foo
ip addr add 1.2.3.4/33 dev eth0
ip addr add bogus dev eth0
ip addr add 10.0.8.1/24 dev nosuch
ip addr add 10.0.8.1/24
ip addr del 10.9.9.9/24 dev eth0
ip addr del 10.0.1.7 dev eth0
ip addr show dev eth0
ip -j addr show dev eth0
ip -br addr show dev eth0
ip route
ip route show table local
ip addr show dev nosuch
ip addr flush
sysctl -w net.ipv4.conf.eth0.promote_secondaries=1
ip addr add 10.0.1.9/24 dev eth0
ip addr add 10.0.1.10/24 dev eth0
ip addr del 10.0.1.1/24 dev eth0
ip addr show dev eth0
ip route show table local
ip route
"""


def test_addresses_and_kernel_routes(differ):
    differ(LAB + ADDRS)


LINKS = """
ip link add eth0 type ifb
ip link add foo type bogus
ip link del nosuch
ip link set nosuch up
ip link set eth1 mtu 9000
ip link set eth1 mtu abc
ip link set eth1 address zz
ip link set eth1 address 02:00:00:00:09:09
ip link set eth1 bogus
ip link show eth1
ip link add thisnameistoolong123 type ifb
ip link del lo
ip link add va address 02:00:00:00:0a:01 type veth peer name vb address 02:00:00:00:0b:01
ip link
ip link set va up
ip link show va
ip -br link
ip -d link show va
ip -j -d link show va
ip -j link
ip -d link show lo
ip -j -d link show lo
ip link set vb up
ip -4 addr
ip addr add 10.40.0.1/24 dev va
ip link set vb down
ip route
ip -j route
ip -4 addr show va
ip link set vb up
ip route
ip link set va address 02:00:00:00:0a:02
ip link set va address 01:00:00:00:00:01
ip link set va mtu 40
ip link set va mtu 70000
ip link show va
ip link del vb
ip -br link
ip route
ip link add br0 address 02:00:00:00:0c:01 type bridge
ip link show br0
ip link set br0 up
ip link show br0
ip -4 addr
ip link show nosuch
ip link set eth1 down
ip route
ip link show up
ip link del eth1
ip route
ip route show table local
ip foo
ip -x link
ip link frob
ip addr frob
ip route frob
"""


def test_links(differ):
    differ(LAB + LINKS)


ODD = """
ip route add
ip addr add 10.0.0.1/24 dev
ip link set
ip -j
ip
ip -family
ip -x link
ip route get 1.2.3.4 mark abc
ip route get 1.2.3.4 from bogus
ip addr del
ip link add
ip link add foo
ip link add foo type veth peer
ip link add bar type veth
ip route add default via
ip route add 1.2.3.0/24 tos zz dev lo
ip route show table
ip addr show dev
ip route del
ip link del
ip route add 10.0.0.0/8 via 127.0.0.1
ip route add 10.0.0.0/8 dev lo
ip route get 10.1.1.1
ip link set lo down
ip route get 127.0.0.1
ip -4 route show table all
ip addr show lo
ip link set lo up
ip -4 route show table all
ip addr show lo
ip addr add 300.1.1.1/8 dev lo
ip route show root 10.0.0.0/8
ip route show match 10.1.2.3
ip route show exact 10.0.0.0/8
ip link set lo mtu 10
ip addr
ip -4 route show table all
ip link set lo mtu 65536
ip addr
ip -4 route show table all
ip route show table all
ip -6 route
ip -6 addr
ip -6 route show table local
ip route flush table main
ip route
ip addr flush dev lo
ip -4 route show table all
ip a
ip r
ip ro li
ip li sh lo
ip -V
ip -o link show lo
ip -o addr
ip -o -4 addr
ip -6 addr
ip link help
ip addr help
ip route help
ip help
ip route show table main dev lo
ip route add 10.9.0.0/16 dev lo metric 10
ip route add 10.9.0.0/16 dev lo metric 10 proto static
ip route del 10.9.0.0/16 metric 11
ip route del 10.9.0.0/16 proto static
ip route del 10.9.0.0/16 dev lo
ip route change 10.10.0.0/16 dev lo
ip route replace 10.10.0.0/16 dev lo
ip route change 10.10.0.0/16 dev lo metric 3
ip route change 10.10.0.0/16 dev lo proto static
ip route
"""


def _mask_random_macs(line, res):
    """veths created without an address get random MACs (and EUI-64 link-locals) on both sides."""
    out, err, rc = res
    return re.sub(r"link/ether (?!02:00:00)[0-9a-f:]{17}", "link/ether <random>", out), err, rc


def test_odd_inputs(differ):
    differ(ODD, filt=_mask_random_macs)


SRCSEL = """
ip addr add 10.0.3.1/24 dev eth0
ip addr add 10.0.4.1/24 dev eth0 scope link
ip addr add 10.0.5.1/24 dev eth0 scope host
ip addr add 10.0.1.9/24 dev eth0
ip addr show dev eth0
ip route add 172.16.0.0/16 via 10.0.3.7
ip route add 172.17.0.0/16 via 10.0.4.7
ip route add 172.18.0.0/16 dev eth0
ip route add 172.19.0.0/16 dev eth0 src 10.0.3.1
ip route add 172.20.0.0/16 via 10.0.1.5 src 10.0.2.1
ip route get 172.16.1.1
ip route get 172.17.1.1
ip route get 172.18.1.1
ip route get 172.19.1.1
ip route get 172.20.1.1
ip route get 10.0.4.9
ip route get 10.0.5.9
ip route get 10.0.3.9
ip route get 10.0.1.99
ip route get 8.8.8.8 oif eth0
ip route get 8.8.8.8 oif lo
ip route get 224.0.0.251 oif eth0
ip route add 10.99.0.0/16 dev eth0 tos 0x10
ip route add 10.99.0.0/16 dev eth1
ip route get 10.99.1.1
ip route get 10.99.1.1 tos 0x10
ip route get 10.99.1.1 from 10.0.2.9 iif eth1 tos 0x10
ip route add 10.99.0.0/16 dev eth0 tos CS1
ip route add 10.99.0.0/16 dev eth0 tos 0xb8
ip route show 10.99.0.0/16
ip -j route show 10.99.0.0/16
ip route get 10.99.1.1 tos 0x20
ip -j route get 10.99.1.1 tos 0x20
ip -j route get 10.99.1.1 tos 0x10
sysctl -w net.ipv4.conf.eth0.route_localnet=1
ip route get 127.0.0.1 from 10.0.1.5 iif eth0
ip route get 8.8.8.8 oif eth0
ip link set eth0 down
ip route get 8.8.8.8 oif eth0
ip route get 10.0.1.5
ip addr show dev eth0
"""


def test_source_selection(differ):
    differ(LAB + SRCSEL)


def test_address_that_is_a_broadcast_elsewhere(differ):
    # the prefix and broadcast routes need a LOCAL prefsrc; a broadcast alias listed first hides it
    differ(LAB + """
ip addr add 10.0.1.3/30 dev eth1
ip addr add 10.0.1.1/30 dev eth0
ip -4 route show table all
ip addr add 10.0.5.1/24 dev eth1
ip addr add 10.0.5.255/24 dev eth0
ip addr add 10.0.6.255/24 dev eth0
ip -4 route show table all
ip route get 10.0.5.255
ip route get 10.0.5.255 from 10.0.2.9 iif eth1
""")


def test_address_shared_by_devices(differ):
    # fib_sync_down_addr() after a delete depends on the first local-table alias of the address
    differ(LAB + """
ip link add eth2 address 02:00:00:00:03:01 type ifb
ip link set eth2 up
ip addr add 10.1.0.1/16 dev eth0
ip addr add 10.1.0.1/24 dev eth2
ip addr flush dev eth2
ip -4 route show table all
ip addr add 10.7.2.3/24 dev eth0
ip addr add 10.7.2.1/30 dev eth0
ip addr add 10.7.2.3/16 dev eth1
ip addr add 10.7.2.3/30 dev eth2
ip route add 172.30.0.0/16 dev eth1 src 10.7.2.3
ip -4 route show table all
ip addr del 10.7.2.3/24 dev eth0
ip -4 route show table all
""")
