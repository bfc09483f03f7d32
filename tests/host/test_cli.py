"""pyip / pysysctl through their console scripts (forked from the session's warm server,
tests/kernel/ours.py), with PYIPTABLES_STATE in a temporary directory: the kernel lab topology
exactly as users type it (dummy links), and bad input that must print the tool's message, exit
non-zero, never trace back, and leave the store untouched."""
from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest

from kernel import ours
from kernel.lab import fw_setup

LAB = fw_setup(prefix="py") + "pysysctl -w net.netfilter.nf_conntrack_udp_timeout=5\n"


def run(state: Path, line: str):
    rc, out, err = ours.shared().run(shlex.split(line), None, str(state))
    return out.decode(), err.decode(), rc


@pytest.fixture(scope="module")
def lab_template(tmp_path_factory):
    state = tmp_path_factory.mktemp("lab") / "state"
    for line in LAB.strip().splitlines():
        out, err, rc = run(state, line)
        assert (err, rc) == ("", 0), line
    return state


@pytest.fixture
def lab(lab_template, tmp_path):
    """A private copy of the lab's state directory."""
    state = tmp_path / "state"
    shutil.copytree(lab_template, state)
    return state


def test_lab_topology(lab):
    assert run(lab, "pyip link")[0] == (
        "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n"
        "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"
        "2: eth0: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n"
        "    link/ether 02:00:00:00:01:01 brd ff:ff:ff:ff:ff:ff\n"
        "3: eth1: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n"
        "    link/ether 02:00:00:00:02:01 brd ff:ff:ff:ff:ff:ff\n")
    assert run(lab, "pyip route")[0] == (
        "default via 10.0.2.2 dev eth1 \n"
        "10.0.1.0/24 dev eth0 proto kernel scope link src 10.0.1.1 \n"
        "10.0.2.0/24 dev eth1 proto kernel scope link src 10.0.2.1 \n"
        "192.168.0.0/16 via 10.0.1.2 dev eth0 \n")
    assert run(lab, "pyip route show table local")[0] == (
        "local 10.0.1.1 dev eth0 proto kernel scope host src 10.0.1.1 \n"
        "broadcast 10.0.1.255 dev eth0 proto kernel scope link src 10.0.1.1 \n"
        "local 10.0.2.1 dev eth1 proto kernel scope host src 10.0.2.1 \n"
        "broadcast 10.0.2.255 dev eth1 proto kernel scope link src 10.0.2.1 \n"
        "local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 \n"
        "local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 \n"
        "broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 \n")
    assert run(lab, "pyip -br -4 addr")[0] == (
        "lo               UNKNOWN        127.0.0.1/8 \n"
        "eth0             UNKNOWN        10.0.1.1/24 \n"
        "eth1             UNKNOWN        10.0.2.1/24 \n")
    assert run(lab, "pyip route get 192.168.9.9 from 8.8.8.8 iif eth1")[0] == (
        "192.168.9.9 from 8.8.8.8 via 10.0.1.2 dev eth0 \n    cache iif eth1 \n")
    assert run(lab, "pysysctl net.netfilter.nf_conntrack_udp_timeout net.ipv4.conf.eth1.forwarding")[0] == (
        "net.netfilter.nf_conntrack_udp_timeout = 5\nnet.ipv4.conf.eth1.forwarding = 1\n")
    links = json.loads(run(lab, "pyip -j addr")[0])
    assert [l["ifname"] for l in links] == ["lo", "eth0", "eth1"]
    assert links[1]["addr_info"][0] == {"family": "inet", "local": "10.0.1.1", "prefixlen": 24,
                                        "scope": "global", "label": "eth0",
                                        "valid_life_time": 4294967295, "preferred_life_time": 4294967295}
    routes = json.loads(run(lab, "pyip -j -p route")[0])
    assert routes[0] == {"dst": "default", "gateway": "10.0.2.2", "dev": "eth1", "flags": []}


def test_link_down_removes_kernel_routes(lab):
    run(lab, "pyip link set eth0 down")
    assert run(lab, "pyip route")[0] == "default via 10.0.2.2 dev eth1 \n" \
                                        "10.0.2.0/24 dev eth1 proto kernel scope link src 10.0.2.1 \n"
    assert "local 10.0.1.1 dev eth0" in run(lab, "pyip route show table local")[0]
    run(lab, "pyip link set eth0 up")
    assert "10.0.1.0/24 dev eth0 proto kernel" in run(lab, "pyip route")[0]


BAD = [
    ("pyip route add 192.168.0.0/16 via 10.0.1.2 dev eth0", "RTNETLINK answers: File exists\n", 2),
    ("pyip link set eth9 up", 'Cannot find device "eth9"\n', 1),
    ("pyip route add 172.16.0.0/12 via 10.9.9.9", "Error: Nexthop has invalid gateway.\n", 2),
    ("pyip addr add 10.0.1.1/24 dev eth0", "Error: ipv4: Address already assigned.\n", 2),
    ("pyip addr add 10.0.1.300/24 dev eth0", 'Error: any valid prefix is expected rather than "10.0.1.300/24".\n', 1),
    ("pyip link add eth0 type dummy", "RTNETLINK answers: File exists\n", 2),
    ("pyip link add x type frob", "Error: Unknown device type.\n", 2),
    ("pyip link set eth0 mtu abc", 'Error: argument "abc" is wrong: Invalid "mtu" value\n\n', 255),
    ("pyip route del 99.0.0.0/8", "RTNETLINK answers: No such process\n", 2),
    ("pyip route get 10.8.0.1 from 10.0.2.1 iif eth0", "RTNETLINK answers: Invalid argument\n", 2),
    ("pyip frob", 'Object "frob" is unknown, try "ip help".\n', 1),
    ("pysysctl -w net.ipv4.ip_default_ttl=0", 'sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument\n', 1),
    ("pysysctl -w net.ipv4.ip_forward=abc", 'sysctl: setting key "net.ipv4.ip_forward": Invalid argument\n', 1),
    ("pysysctl -w net.netfilter.nf_conntrack_udp_timeout=1x", 'sysctl: setting key "net.netfilter.nf_conntrack_udp_timeout": Invalid argument\n', 1),
    ("pysysctl net.foo", "sysctl: cannot stat /proc/sys/net/foo: No such file or directory\n", 1),
    ("pysysctl -w net.foo=1", "sysctl: cannot stat /proc/sys/net/foo: No such file or directory\n", 1),
    ("pysysctl -w net.ipv4.conf.eth9.rp_filter=1", "sysctl: cannot stat /proc/sys/net/ipv4/conf/eth9/rp_filter: No such file or directory\n", 1),
    ("pysysctl -w net.netfilter.nf_conntrack_events=3", 'sysctl: setting key "net.netfilter.nf_conntrack_events": Invalid argument\n', 1),
    # what iproute2 accepts but the (IPv4) host model has nothing for: said so, nothing changed
    ("pyip addr add 2001:db8::1/64 dev eth0", "pyip: IPv6 addresses and routes are not emulated (the host model is IPv4)\n", 2),
    ("pyip route add 2001:db8::/32 dev eth0", "pyip: IPv6 addresses and routes are not emulated (the host model is IPv4)\n", 2),
    ("pyip route add 10.5.0.0/16 dev eth0 mtu 1400", 'pyip: route attribute "mtu" is not emulated\n', 2),
    ("pyip route add 10.5.0.0/16 nexthop via 10.0.1.2", 'pyip: route attribute "nexthop" is not emulated\n', 2),
    ("pyip link set eth0 master br0", 'pyip: link attribute "master" is not emulated\n', 2),
    ("pyip addr add 10.0.3.1/24 dev eth0 valid_lft 100 preferred_lft 50", "pyip: addresses with a finite lifetime are not emulated\n", 2),
    ("pyip rule add pref 32766 lookup main proto kernel", "RTNETLINK answers: File exists\n", 2),
    ("pyip rule del pref 12345", "RTNETLINK answers: No such file or directory\n", 2),
    ("pyip rule add tos 0x20 lookup 5", "Error: Invalid tos.\n", 2),
    ("pyip rule add pref 50 goto 40", "Error: Backward goto not supported.\n", 2),
    ("pyip rule add from ::1 lookup 5", "Error: Invalid source address.\n", 2),
    ("pyip rule add fwmark abc", 'Error: argument "abc" is wrong: fwmark value is invalid\n\n', 255),
    ("pyip rule add uidrange 5-3 lookup 5", "Error: Invalid uid range.\n", 2),
    ("pyip rule add realms 3 lookup 5", 'pyip: rule attribute "realms" is not emulated\n', 2),
    ("pyip rule add dport 0-5 lookup 5", "Error: Invalid dport range.\n", 2),
    ("pyip -6 rule add lookup 5", "pyip: IPv6 addresses and routes are not emulated (the host model is IPv4)\n", 2),
]


def _snapshot(state: Path) -> dict:
    return {p.name: p.read_bytes() for p in state.iterdir() if p.name != "lock"}


@pytest.mark.parametrize("line,err,rc", BAD)
def test_bad_input_changes_nothing(lab, line, err, rc):
    before = _snapshot(lab)
    out, e, code = run(lab, line)
    assert (out, e, code) == ("", err, rc)
    assert _snapshot(lab) == before


def test_no_tracebacks_on_garbage(tmp_path):
    state = tmp_path / "s"
    lines = ["pyip", "pyip -j", "pyip link add", "pyip link add a type veth peer name",
             "pyip addr add dev", "pyip addr add 1.2.3.4/8 dev lo brd", "pyip route add default via",
             "pyip route get", "pyip route get 1.1.1.1 mark", "pyip -family", "pyip route show table",
             "pyip route add 1.0.0.0/8 dev lo tos", "pyip addr del 1.2.3.4 dev lo", "pyip link set lo mtu",
             "pysysctl", "pysysctl -r", "pysysctl -p", "pysysctl -w", "pysysctl -w =", "pysysctl '='",
             "pysysctl -r '[' -a", "pysysctl --frob", "pysysctl -z", "pyip rule add", "pyip rule add from",
             "pyip rule add goto", "pyip rule del fwmark 1/", "pyip rule show to", "pyip rule flush pref",
             "pyip rule add type", "pyip rule add sup_pl x"]
    for line in lines:
        out, err, rc = run(state, line)
        assert "Traceback" not in err, (line, err)
