"""Generated ip/sysctl command-line cases: the host model's combinations (route lookups under
each forwarding/rp_filter setting and under policy rule sets, every emulated sysctl key with its boundary values, link and
address sequences), enumerated, not random, so a case id always names the same command lines.

cases() -> [CmdCase]; ids host-<group>-<n>. `python -m tests.kernel.gen_hostcmd [GROUP]` prints
them in corpus syntax. Like tests/cmdline/*, every case runs in a fresh namespace (lo brought up
first: a new namespace has lo down, our host is booted) and in a fresh PYIPTABLES_STATE.
"""
from __future__ import annotations

import itertools
import shlex
import sys

from pyiptables.host import sysctl as S

from .cmdcorpus import CmdCase

LO = ["ip link set lo up"]
# two ifbs (this kernel has no dummy driver; ifb is as NOARP and always-carrier), routes of each kind
ROUTER = LO + [
    "ip link add eth0 address 02:00:00:00:01:01 type ifb", "ip link add eth1 address 02:00:00:00:02:01 type ifb",
    "ip link set eth0 up", "ip link set eth1 up",
    "ip addr add 10.0.1.1/24 dev eth0", "ip addr add 10.0.2.1/24 dev eth1",
    "ip route add 192.168.0.0/16 via 10.0.1.2", "ip route add default via 10.0.2.254",
    "ip route add blackhole 10.9.0.0/16", "ip route add unreachable 10.8.0.0/16",
    "ip route add prohibit 10.7.0.0/16", "ip route add 172.16.0.0/12 dev eth0 src 10.0.1.1 metric 5",
]
DESTS = ["10.0.1.1", "10.0.2.1", "127.0.0.1", "127.1.2.3", "10.0.1.5", "10.0.2.77", "192.168.3.4",
         "8.8.8.8", "10.9.1.1", "10.8.1.1", "10.7.1.1", "172.16.9.9", "10.0.1.255", "10.0.1.0",
         "255.255.255.255", "224.0.0.1", "224.0.0.9", "0.0.0.0"]
OUTPUT_FORMS = ["", "from 10.0.2.1", "from 10.0.1.1", "from 127.0.0.1", "from 127.1.2.3", "from 10.0.9.9", "oif eth0",
                "oif eth1 from 10.0.2.1", "mark 7", "tos 0x10", "connected"]
INPUT_FORMS = ["from 10.0.2.9 iif eth1", "from 10.0.1.9 iif eth0", "from 1.2.3.4 iif eth0",
               "from 192.168.7.7 iif eth0", "from 10.0.1.9 iif eth1", "from 10.0.2.1 iif eth1",
               "from 127.0.0.1 iif eth0", "from 0.0.0.0 iif eth0", "from 10.0.2.9 iif eth1 mark 3",
               "from 10.0.2.9 iif lo"]
SETTINGS = [[], ["sysctl -q -w net.ipv4.ip_forward=1"],
            ["sysctl -q -w net.ipv4.ip_forward=1", "sysctl -q -w net.ipv4.conf.all.rp_filter=1"],
            ["sysctl -q -w net.ipv4.ip_forward=1", "sysctl -q -w net.ipv4.conf.all.rp_filter=2"],
            ["sysctl -q -w net.ipv4.conf.eth0.forwarding=1", "sysctl -q -w net.ipv4.conf.all.accept_local=1"],
            ["sysctl -q -w net.ipv4.ip_forward=1", "sysctl -q -w net.ipv4.conf.eth0.route_localnet=1",
             "sysctl -q -w net.ipv4.conf.all.send_redirects=0"]]


def route_get():
    """Every destination, output and input form, under each setting; JSON for some. A case
    asks about a few destinations (the router set-up is the slow part)."""
    for setting in SETTINGS:
        forms = OUTPUT_FORMS if not setting else [""]
        for k in range(0, len(DESTS), 3):
            yield ROUTER + setting + [f"ip route get {d} {f}".strip()
                                      for d in DESTS[k:k + 3] for f in forms + INPUT_FORMS]
    for k in range(0, len(DESTS), 6):
        yield ROUTER + [line for d in DESTS[k:k + 6] for line in (
            f"ip -j route get {d}", f"ip -j route get {d} from 10.0.2.9 iif eth1",
            f"ip -j -p route get {d} from 10.0.1.1", f"ip route get fibmatch {d}")]


# policy routing: tables 100 and 200, rule sets of every selector and action, asked with marks,
# tos, oif, sources and input devices (rp_filter with src_valid_mark too)
RULE_TABLES = ["ip route add default via 10.0.1.2 table 100", "ip route add 10.0.2.0/24 dev eth0 table 100",
               "ip route add throw 192.168.0.0/16 table 100", "ip route add prohibit 8.0.0.0/8 table 200",
               "ip route add 172.16.0.0/12 via 10.0.2.3 table 200"]
RULESETS = [["ip rule add fwmark 1 table 100"],
            ["ip rule add fwmark 0x10/0xf0 table 100", "ip rule add fwmark 2 prohibit"],
            ["ip rule add iif eth0 table 100", "ip rule add from 10.0.2.0/24 table 200"],
            ["ip rule add iif lo table 100 pref 5", "ip rule add to 8.0.0.0/8 table 200"],
            ["ip rule add pref 1 lookup main suppress_prefixlength 0", "ip rule add not fwmark 1 table 100"],
            ["ip rule add pref 1 goto 3", "ip rule add pref 2 unreachable", "ip rule add pref 3 tos 0x10 table 100",
             "ip rule add pref 4 oif eth1 table 200"],
            ["ip rule del pref 0", "ip rule add pref 100 lookup local"],
            ["ip rule add fwmark 3 blackhole", "ip rule del table main", "ip rule add pref 40000 lookup main"]]
RULE_DESTS = ["10.0.1.1", "10.0.2.77", "192.168.3.4", "8.8.8.8", "10.9.1.1", "172.16.9.9", "127.0.0.1", "10.0.1.255"]
RULE_FORMS = ["", "mark 1", "mark 0x12", "mark 2", "mark 3", "tos 0x10", "oif eth1", "from 10.0.2.1",
              "from 10.0.2.9 iif eth1", "from 10.0.1.9 iif eth0 mark 1", "from 8.8.4.4 iif eth0",
              "from 10.0.2.9 iif eth1 mark 0x12", "from 192.168.7.7 iif eth1 mark 3"]
RULE_SETTINGS = [["sysctl -q -w net.ipv4.ip_forward=1"],
                 ["sysctl -q -w net.ipv4.ip_forward=1", "sysctl -q -w net.ipv4.conf.all.rp_filter=1",
                  "sysctl -q -w net.ipv4.conf.all.src_valid_mark=1"]]


def rules():
    """Each rule set under each setting: the rules, then every destination in every form."""
    for rules_, setting in itertools.product(RULESETS, RULE_SETTINGS):
        for k in range(0, len(RULE_DESTS), 4):
            yield ROUTER + RULE_TABLES + setting + rules_ + ["ip rule"] + [
                f"ip route get {d} {f}".strip() for d in RULE_DESTS[k:k + 4] for f in RULE_FORMS]


SYSCTL_VALUES = ["0", "1", "-1", "255", "256", "2147483647", "2147483648", "4294967296", "0x10", "010",
                 "abc", " 7 "]


def sysctl_keys():
    """Each emulated global key: read, every value written and read back."""
    for key, (_default, spec) in S.GLOBALS.items():
        if key == "net.netfilter.nf_hooks_lwtunnel":      # one machine-wide switch, once on never off
            continue
        values = SYSCTL_VALUES if spec.kind != "nf_log" else ["NONE", "nf_log_ipv4", "nf_log_ipv6", "x"]
        lines = [f"sysctl {key}", f"sysctl -n {key}", f"sysctl -N {key}"]
        for v in values:
            lines += [f"sysctl -w {shlex.quote(key + '=' + v)}", f"sysctl -n {key}"]
        yield lines


def conf_keys():
    """Each net.ipv4.conf key written in all, default and a device, and what each then reads."""
    for key in S.CONF_KEYS:
        lines = LO + ["ip link add ifb0 address 02:00:00:00:03:01 type ifb"]
        for where in ("all", "default", "ifb0", "lo"):
            lines += [f"sysctl -w net.ipv4.conf.{where}.{key}=2", f"sysctl -r '\\.{key}$' net.ipv4.conf"]
        lines += ["ip link add ifb1 address 02:00:00:00:03:02 type ifb", f"sysctl -r '\\.{key}$' net.ipv4.conf",
                  f"sysctl -w net.ipv4.conf.ifb1.{key}=-3", f"sysctl -w net.ipv4.conf.ifb1.{key}=x"]
        yield lines


LINKS = [("ifb", "ifb0 address 02:00:00:00:03:01 type ifb"),
         ("veth", "v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02"),
         ("bridge", "br0 address 02:00:00:00:03:01 type bridge")]
LINK_OPS = ["mtu 68", "mtu 67", "mtu 9000", "mtu 65535", "mtu 65536", "mtu -5", "mtu 0x5dc",
            "txqueuelen 0", "txqueuelen 77", "txqueuelen -1", "qlen 5", "txqlen 9",
            "address 02:00:00:00:09:09", "address 03:00:00:00:09:09", "address 2:0:0:0:9",
            "name wan0", "name lo", "name a:b", "up", "down", "up mtu 1400", "mtu 1400 name lo",
            "name wan0 up", "address 02:00:00:00:09:09 mtu 1200 txqueuelen 3"]


def links():
    """Each link kind, each `ip link set` form, then every listing of it (no details of a bridge
    that is up: its garbage-collection timer runs)."""
    for (kind, add), op in itertools.product(LINKS, LINK_OPS):
        dev = add.split()[0]
        new = op.split("name ")[1].split()[0] if "name wan0" in op else dev
        details = "-j" if kind == "bridge" and " up" in f" {op}" else "-j -d"
        yield LO + [f"ip link add {add}", f"ip link set {dev} {op}", f"ip link show {new}",
                    f"ip {details} link show {new}", "ip -br link", "ip -o link",
                    "sysctl -N -r '\\.tag$' net.ipv4.conf"]


ADDRS = ["10.0.3.1/24", "10.0.3.2/24", "10.0.3.3/25", "10.0.4.1/24", "10.0.3.1/16", "10.0.3.1 peer 10.0.3.9",
         "10.0.3.1 peer 10.0.5.0/24", "10.0.3.7/24 brd +", "10.0.3.8/24 brd 10.0.3.127",
         "10.0.3.9/24 scope link", "10.0.3.10/24 label ifb0:x", "10.0.3.11/24 noprefixroute",
         "10.0.3.12/24 metric 9", "127.0.0.9/8", "10.0.3.13/32", "10.0.3.14/31"]


def addresses():
    """Pairs of addresses added, then one deleted (both orders, with and without
    promote_secondaries), with the addresses and routes after each step."""
    show = ["ip -4 addr show ifb0", "ip -4 route show table all"]
    for promote, (a, b) in itertools.product((0, 1), itertools.combinations(ADDRS[:13], 2)):
        if promote and not (a.endswith("/24") and b.endswith("/24")):
            continue
        lines = LO + ["ip link add ifb0 address 02:00:00:00:03:01 type ifb", "ip link set ifb0 up",
                      f"sysctl -q -w net.ipv4.conf.ifb0.promote_secondaries={promote}",
                      f"ip addr add {a} dev ifb0", f"ip addr add {b} dev ifb0"] + show
        lines += [f"ip addr del {a.split(' brd')[0].split(' scope')[0].split(' label')[0].split(' noprefix')[0].split(' metric')[0]} dev ifb0"]
        lines += show + ["ip -j addr show ifb0", "ip -br addr show ifb0"]
        yield lines


GROUPS = {"routeget": route_get, "sysctl": sysctl_keys, "conf": conf_keys, "link": links,
          "addr": addresses, "rules": rules}


def _steps(lines):
    return [{"argv": shlex.split(l), "input": None} for l in lines]


def cases(groups=None):
    out = []
    for name, gen in GROUPS.items():
        if groups and name not in groups:
            continue
        for n, lines in enumerate(gen(), 1):
            out.append(CmdCase(f"host-{name}-{n}", _steps(lines)))
    return out


def main(argv):
    for c in cases(set(argv) or None):
        print(f"# {c.id}")
        print("$ " + " ; ".join(shlex.join(s["argv"]) for s in c.steps))


if __name__ == "__main__":
    main(sys.argv[1:])
