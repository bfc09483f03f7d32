"""Unit tests of the host model's library API (what the packet walk and the extensions call)."""
from __future__ import annotations

import pickle
import time

import pytest

from pyiptables.host import Host, HostError, Route
from pyiptables.packet import aton

A = aton


@pytest.fixture
def lab():
    """The kernel lab topology, built through the API."""
    h = Host()
    h.link_add("eth0", "dummy", mac=bytes.fromhex("020000000101"))
    h.link_set("eth0", up=True)
    h.link_add("eth1", "dummy", mac=bytes.fromhex("020000000201"))
    h.link_set("eth1", up=True)
    h.addr_add("eth0", A("10.0.1.1"), 24)
    h.addr_add("eth1", A("10.0.2.1"), 24)
    h.route_modify("add", Route(254, 1, A("192.168.0.0"), 16, gw=A("10.0.1.2"), dev="eth0"))
    h.route_modify("add", Route(254, 1, 0, 0, gw=A("10.0.2.2"), dev="eth1"))
    for key, val in (("net.ipv4.ip_forward", "1"), ("net.ipv4.conf.all.rp_filter", "0"),
                     ("net.ipv4.conf.default.rp_filter", "0"), ("net.ipv4.conf.all.send_redirects", "0"),
                     ("net.netfilter.nf_conntrack_udp_timeout", "5")):
        h.sysctl_write(tuple(key.split(".")), val)
    return h


def test_fresh_host_has_loopback():
    h = Host()
    lo = h.link("lo")
    assert (lo.index, lo.up, lo.kind) == (1, True, "loopback")
    assert [(a.local, a.plen) for a in h.addresses("lo")] == [(A("127.0.0.1"), 8)]
    assert [(r.type, r.dst, r.plen) for r in h.tables[255]] == [
        (2, A("127.0.0.0"), 8), (2, A("127.0.0.1"), 32), (3, A("127.255.255.255"), 32)]
    assert h.route_output(A("127.0.0.9")).kind == "local"
    assert h.sysctl("net.ipv4.ip_forward") == "0"


def test_route_output(lab):
    r = lab.route_output(A("8.8.8.8"))
    assert (r.kind, r.dev, r.gw, r.prefsrc) == ("unicast", "eth1", A("10.0.2.2"), A("10.0.2.1"))
    r = lab.route_output(A("192.168.4.4"))
    assert (r.dev, r.gw, r.prefsrc) == ("eth0", A("10.0.1.2"), A("10.0.1.1"))
    r = lab.route_output(A("10.0.1.9"))
    assert (r.dev, r.gw, r.prefsrc) == ("eth0", A("10.0.1.9"), A("10.0.1.1"))
    r = lab.route_output(A("10.0.2.1"))
    assert (r.kind, r.dev, r.prefsrc) == ("local", "lo", A("10.0.2.1"))
    r = lab.route_output(A("8.8.8.8"), oif="eth0")
    assert (r.kind, r.dev, r.prefsrc) == ("unicast", "eth0", A("10.0.1.1"))
    assert lab.route_output(A("10.0.1.255")).kind == "broadcast"
    assert lab.route_output(A("8.8.8.8"), saddr=A("1.2.3.4")).err == 101


def test_route_input(lab):
    r = lab.route_input(A("192.168.1.5"), A("8.8.8.8"), "eth0")
    assert (r.kind, r.dev, r.gw) == ("forward", "eth1", A("10.0.2.2"))
    r = lab.route_input(A("8.8.8.8"), A("10.0.1.7"), "eth1")
    assert (r.kind, r.dev, r.gw) == ("forward", "eth0", A("10.0.1.7"))
    assert lab.route_input(A("192.168.1.5"), A("10.0.2.1"), "eth0").kind == "local"
    assert lab.route_input(A("192.168.1.5"), A("10.0.1.255"), "eth0").kind == "broadcast"
    assert lab.route_input(A("192.168.1.5"), A("255.255.255.255"), "eth0").kind == "broadcast"
    assert lab.route_input(A("192.168.1.5"), A("224.0.0.1"), "eth0").kind == "multicast"
    assert lab.route_input(A("192.168.1.5"), A("224.0.0.9"), "eth0").kind == "drop"
    m = lab.route_input(A("10.0.2.1"), A("10.0.1.1"), "eth0")          # own address as source
    assert (m.kind, m.martian) == ("martian", "source")
    m = lab.route_input(A("127.0.0.1"), A("10.0.1.1"), "eth0")
    assert (m.kind, m.martian) == ("martian", "source")
    m = lab.route_input(A("10.0.1.9"), A("127.0.0.1"), "eth0")
    assert (m.kind, m.martian) == ("martian", "destination")
    assert lab.route_input(A("224.1.1.1"), A("10.0.1.1"), "eth0").martian == "source"


def test_forwarding_and_reject_routes(lab):
    lab.route_modify("add", Route(254, 6, A("10.8.0.0"), 16, scope=0))       # blackhole
    lab.route_modify("add", Route(254, 7, A("10.9.0.0"), 16, scope=0))       # unreachable
    lab.route_modify("add", Route(254, 8, A("10.10.0.0"), 16, scope=0))      # prohibit
    assert lab.route_input(A("10.0.1.9"), A("10.8.1.1"), "eth0").kind == "blackhole"
    assert lab.route_input(A("10.0.1.9"), A("10.9.1.1"), "eth0").kind == "unreachable"
    assert lab.route_input(A("10.0.1.9"), A("10.10.1.1"), "eth0").kind == "prohibit"
    assert lab.route_output(A("10.10.1.1")).err == 13
    lab.sysctl_write(("net", "ipv4", "conf", "eth0", "forwarding"), "0")
    r = lab.route_input(A("10.0.1.9"), A("8.8.8.8"), "eth0")
    assert (r.kind, r.err) == ("unreachable", 113)
    assert lab.route_input(A("10.0.2.9"), A("10.0.1.9"), "eth1").kind == "forward"


def test_rp_filter(lab):
    lab.sysctl_write(("net", "ipv4", "conf", "all", "rp_filter"), "1")
    # 192.168/16 is reached via eth0: from eth1 it fails strict mode, passes loose mode
    r = lab.route_input(A("192.168.7.7"), A("8.8.8.8"), "eth1")
    assert (r.kind, r.martian, r.err) == ("martian", "source", 18)
    assert lab.route_input(A("192.168.7.7"), A("8.8.8.8"), "eth0").kind == "forward"
    lab.sysctl_write(("net", "ipv4", "conf", "all", "rp_filter"), "0")
    lab.sysctl_write(("net", "ipv4", "conf", "eth1", "rp_filter"), "2")      # max(all, dev)
    assert lab.route_input(A("192.168.7.7"), A("8.8.8.8"), "eth1").kind == "forward"
    lab.route_delete(254, 0, 0)
    assert lab.route_input(A("1.2.3.4"), A("10.0.1.9"), "eth1").martian == "source"


def test_addr_type_and_primary(lab):
    assert lab.addr_type(A("10.0.1.1")) == "LOCAL"
    assert lab.addr_type(A("10.0.1.1"), "eth1") == "UNICAST"
    assert lab.addr_type(A("10.0.1.255")) == "BROADCAST"
    assert lab.addr_type(A("8.8.8.8")) == "UNICAST"
    assert lab.addr_type(A("224.0.0.5")) == "MULTICAST"
    assert lab.addr_type(0) == "BROADCAST"
    assert lab.addr_type(A("127.1.2.3")) == "LOCAL"
    lab.addr_add("eth1", A("10.0.3.1"), 24)
    assert lab.primary_addr("eth1") == A("10.0.2.1")
    assert lab.primary_addr("eth1", A("10.0.3.77")) == A("10.0.3.1")
    lab.addr_add("eth1", A("10.0.2.5"), 24)
    assert lab.addresses("eth1")[-1].secondary
    assert lab.primary_addr("eth1", A("10.0.2.77")) == A("10.0.2.1")


def test_links_and_sysctls(lab):
    assert lab.link_by_mac(bytes.fromhex("020000000201")).name == "eth1"
    assert lab.link_by_mac(b"\x02" * 6) is None
    assert lab.sysctl_int("net.netfilter.nf_conntrack_udp_timeout") == 5
    assert lab.sysctl_int("net.ipv4.conf.eth0.forwarding") == 1     # ip_forward=1 reaches every device
    assert lab.sysctl("net.ipv4.conf.all.accept_redirects") == "0"
    lab.link_add("eth2", "dummy")
    assert lab.sysctl("net.ipv4.conf.eth2.rp_filter") == "0"         # copied from default
    assert lab.sysctl("net.ipv4.conf.eth2.forwarding") == "1"
    lab.link_del("eth2")
    with pytest.raises(KeyError):
        lab.sysctl("net.ipv4.conf.eth2.rp_filter")


def test_kernel_routes_follow_link_state(lab):
    lab.route_modify("add", Route(254, 1, A("172.16.0.0"), 12, gw=A("10.0.1.2"), dev="eth0"))
    lab.link_set("eth0", up=False)
    assert all(r.dev != "eth0" for r in lab.tables[254])
    assert [r.dst for r in lab.tables[255] if r.dev == "eth0"] == [A("10.0.1.1")]   # local survives
    assert lab.route_output(A("192.168.1.1")).dev == "eth1"                       # default now
    lab.link_set("eth0", up=True)
    assert [r.dst for r in lab.tables[254] if r.dev == "eth0"] == [A("10.0.1.0")]  # user routes gone
    with pytest.raises(HostError) as e:
        lab.route_modify("add", Route(254, 1, A("172.16.0.0"), 12, gw=A("10.9.9.9")))
    assert e.value.message == "Error: Nexthop has invalid gateway."


def test_pickle_roundtrip(lab):
    lab.route_input(A("192.168.1.5"), A("8.8.8.8"), "eth0")
    h = pickle.loads(pickle.dumps(lab))
    assert h._compiled is None and h._compiled_fib is None
    assert h.route_input(A("192.168.1.5"), A("8.8.8.8"), "eth0").dev == "eth1"


def test_route_input_is_fast(lab):
    n = 20000
    t = time.perf_counter()
    for i in range(n):                       # distinct flows: no result cache hits
        lab.route_input(A("192.168.0.0") + i, A("8.8.0.0") + i, "eth0")
    per = (time.perf_counter() - t) / n
    assert per < 50e-6, f"{per * 1e6:.1f} µs per uncached route_input"
