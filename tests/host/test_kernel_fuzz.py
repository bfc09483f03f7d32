"""Randomised kernel-differential test: seeded sequences of link/address/route/sysctl changes,
with the FIB, the addresses and a few route lookups compared after every step."""
from __future__ import annotations

import random

import pytest

LINKS = ["eth0", "eth1", "eth2", "va"]
NETS = ["10.0.1", "10.0.2", "10.1.0", "192.168.5"]


def _step(rnd: random.Random) -> str:
    dev = rnd.choice(LINKS)
    net = rnd.choice(NETS)
    host = rnd.choice([1, 2, 3, 9, 77, 254])
    plen = rnd.choice([8, 16, 24, 24, 24, 25, 30, 31, 32])
    k = rnd.randrange(15)
    if k == 0:
        return f"ip link set {dev} {rnd.choice(['up', 'up', 'down'])}"
    if k == 14:                     # the veth peer: carrier of va follows it
        return f"ip link set vb {rnd.choice(['up', 'down'])}"
    if k in (1, 2, 3):
        brd = rnd.choice(["", "", " broadcast +", f" brd {net}.255"])
        return f"ip addr add {net}.{host}/{plen} dev {dev}{brd}"
    if k == 4:
        return f"ip addr del {net}.{host}/{plen} dev {dev}"
    if k == 5:
        return f"ip addr flush dev {dev}"
    if k in (6, 7):
        dst = rnd.choice(["default", "172.16.0.0/12", "172.16.5.0/24", f"{net}.0/24", "8.8.8.0/24"])
        via = rnd.choice(["", f" via {net}.{host}", f" dev {dev}", f" via {net}.{host} dev {dev}"])
        extra = rnd.choice(["", "", f" metric {rnd.choice([5, 100])}", f" src {net}.{host}", " proto static"])
        op = rnd.choice(["add", "add", "append", "replace", "prepend"])
        return f"ip route {op} {dst}{via}{extra}"
    if k == 8:
        dst = rnd.choice(["default", "172.16.0.0/12", "172.16.5.0/24", f"{net}.0/24", "8.8.8.0/24"])
        return f"ip route del {dst}" + rnd.choice(["", f" dev {dev}", f" via {net}.{host}"])
    if k == 9:
        return f"ip route add {rnd.choice(['blackhole', 'unreachable', 'prohibit'])} 172.20.{host}.0/24"
    if k == 10:
        return (f"sysctl -w net.ipv4.conf.{rnd.choice(['all', dev])}."
                f"{rnd.choice(['rp_filter', 'accept_local', 'forwarding', 'promote_secondaries'])}={rnd.choice([0, 1, 2])}")
    if k == 11:
        return f"ip link set {dev} mtu {rnd.choice([1500, 9000, 60, 1400])}"
    src = rnd.choice(["1.2.3.4", f"{net}.{host}", "172.16.5.5", "10.0.1.1"])
    return f"ip route get {rnd.choice(['8.8.8.8', '172.16.5.9', f'{net}.{host}'])} from {src} iif {dev}"


STEPS = 100
CHECKS = ["ip -4 route show table all", "ip -4 addr", "ip route get 8.8.8.8", "ip route get 172.16.5.9",
          "ip route get 10.0.1.77"]


@pytest.mark.parametrize("seed", [1, 10, 43, 60])
def test_random_sequences(differ, seed):
    rnd = random.Random(seed)
    lines = [f"ip link add {n} address 02:00:00:00:0{i}:01 type ifb" for i, n in enumerate(LINKS[:3])]
    lines += ["ip link add va address 02:00:00:00:0a:01 type veth peer name vb address 02:00:00:00:0b:01"]
    lines += [f"ip link set {n} up" for n in LINKS] + ["sysctl -w net.ipv4.ip_forward=1"]
    for _ in range(STEPS):
        lines.append(_step(rnd))
        lines.extend(CHECKS)
    differ(lines)
