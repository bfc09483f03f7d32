"""Seeded random scenarios: a ruleset over the supported extensions, and whole conversations.

make(seed) -> capture.Scenario. The NAT plan (masquerading, a port forward, a redirect) is drawn
first, so conversations through NAT answer from the right place; then rules for raw, mangle, nat
and filter, then 10-25 conversations between left, right and fw's own stack: TCP with data and
teardown (FIN or RST), refused and unanswered connections, UDP, ICMP echo, ICMP errors about
earlier flows, TTL expiry, stray segments, broadcasts, bursts (for limit, hashlimit, recent,
statistic). Only behaviour the capture decides: no time, owner or random statistic, and no
connlimit (nf_conncount skips collecting closed connections within the same jiffy, so whether one
still counts depends on timing: 1 seed in 300 gave two answers on two kernel runs).
`python -m tests.kernel.gen_scenario OUTDIR SEED [COUNT]` writes scenario folders.
"""
from __future__ import annotations

import random
import sys

from .capture import Cap, Scenario
from .lab import BUILTIN, IN_CHAINS, OUT_CHAINS

LEFT = ["10.0.1.2", "192.168.1.10", "192.168.1.20", "192.168.7.3"]
RIGHT = ["10.0.2.2", "93.184.216.34", "203.0.113.7", "8.8.8.8", "1.1.1.1"]
FW = {"local0": "10.0.1.1", "local1": "10.0.2.1"}
PORTS = [22, 53, 80, 123, 443, 8080, 3306, 5000]
CIDRS = ["10.0.0.0/8", "192.168.0.0/16", "192.168.1.0/24", "10.0.1.2", "8.8.8.8", "203.0.113.0/24", "0.0.0.0/1",
         "93.184.216.34/32", "10.0.2.0/24", "10.0.1.1", "10.0.2.1"]
CHAINS = {t: list(BUILTIN[t]) for t in ("raw", "mangle", "nat", "filter")}
MACS = ["02:00:00:00:01:02", "02:00:00:00:02:02"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def p(self, x):
        return self.r.random() < x

    def neg(self, s, x=0.15):
        return "! " + s if self.p(x) else s

    def uid(self):
        self.n += 1
        return self.n

    # -- rules -------------------------------------------------------------------------------
    def match(self, chain, proto):
        m = []
        if self.p(0.3):
            m.append(self.neg(f"-s {self.pick(CIDRS)}"))
        if self.p(0.3):
            m.append(self.neg(f"-d {self.pick(CIDRS)}"))
        if chain in IN_CHAINS and self.p(0.3):
            m.append(self.neg(f"-i {self.pick(['eth0', 'eth1', 'eth+'])}"))
        if chain in OUT_CHAINS and self.p(0.3):
            m.append(self.neg(f"-o {self.pick(['eth0', 'eth1', 'eth+'])}"))
        if proto:
            m.append(f"-p {proto}")
        if proto in ("tcp", "udp"):
            c = self.r.random()
            if c < 0.35:
                m.append(self.neg(f"--dport {self.pick(PORTS)}"))
            elif c < 0.45:
                a = self.pick(PORTS)
                m.append(f"--sport {a}:{a + self.r.randrange(1, 3000)}")
            elif c < 0.6:
                m.append(f"-m multiport {self.neg('--dports ' + ','.join(map(str, sorted(self.r.sample(PORTS, 3)))))}")
            if proto == "tcp" and self.p(0.2):
                m.append(self.pick(["--syn", "! --syn", "--tcp-flags SYN,RST,ACK,FIN SYN", "--tcp-flags RST RST",
                                    "--tcp-flags ALL ACK", "--tcp-flags FIN,ACK FIN,ACK"]))
            if proto == "tcp" and self.p(0.05):
                m.append(f"-m tcpmss --mss {self.pick(['1000:1460', '536', '1460'])}")
        elif proto == "icmp" and self.p(0.6):
            m.append(f"--icmp-type {self.pick(['echo-request', 'echo-reply', 'destination-unreachable', 'port-unreachable', 'time-exceeded', 'any'])}")
        ext = [
            (0.35, lambda: f"-m conntrack {self.neg('--ctstate ' + ','.join(self.r.sample(['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED', 'DNAT', 'SNAT'], self.r.randrange(1, 3))))}"),
            (0.08, lambda: f"-m conntrack --ctstatus {self.pick(['ASSURED', 'SEEN_REPLY', 'CONFIRMED'])}"),
            (0.05, lambda: f"-m conntrack --ctdir {self.pick(['ORIGINAL', 'REPLY'])}"),
            (0.05, lambda: f"-m conntrack --ctorigdst {self.pick(['10.0.2.1', '192.168.1.20', '8.8.8.8'])}"),
            (0.08, lambda: f"-m state --state {self.pick(['NEW', 'ESTABLISHED,RELATED', 'INVALID', 'NEW,ESTABLISHED'])}"),
            (0.08, lambda: f"-m mark {self.neg('--mark ' + self.pick(['0x1', '0x2', '0x1/0x1', '0x0']))}"),
            (0.06, lambda: f"-m connmark --mark {self.pick(['0x1', '0x2', '0x0'])}"),
            (0.06, lambda: f"-m length --length {(a := self.r.randrange(28, 80))}:{a + self.r.randrange(0, 200)}"),
            (0.05, lambda: f"-m ttl --ttl-{self.pick(['eq', 'lt', 'gt'])} {self.pick([1, 63, 64, 65])}"),
            (0.05, lambda: "-m iprange " + self.pick(["--src-range 192.168.1.5-192.168.1.15", "--dst-range 8.8.8.0-8.8.8.8"])),
            (0.07, lambda: "-m addrtype " + self.pick(["--dst-type LOCAL", "--dst-type UNICAST", "! --dst-type LOCAL", "--src-type LOCAL", "--dst-type BROADCAST"])),
            (0.04, lambda: f"-m pkttype --pkt-type {self.pick(['unicast', 'broadcast'])}"),
            (0.04, lambda: f"-m tos --tos {self.pick(['0x10', '0x00/0x3f'])}"),
            (0.04, lambda: f"-m dscp --dscp {self.pick(['0x0a', '0x2e', '0x00'])}"),
            (0.05, lambda: f"-m limit --limit {self.pick([1, 2, 5, 10])}/min --limit-burst {self.r.randrange(1, 6)}"),
            (0.04, lambda: f"-m hashlimit --hashlimit-upto {self.pick([1, 5, 10])}/min --hashlimit-burst {self.r.randrange(1, 4)} --hashlimit-mode srcip --hashlimit-name h{self.uid()}"),
            (0.04, lambda: f"-m recent --name r{self.r.randrange(2)} " + self.pick(["--set", "--rcheck --seconds 60", "--update --seconds 60 --hitcount 2", "--rcheck"])),
            (0.03, lambda: f"-m statistic --mode nth --every {self.r.randrange(2, 5)} --packet {self.r.randrange(0, 2)}"),
            (0.04, lambda: f"-m string --string {self.pick(['hello', 'GET', 'world'])} --algo {self.pick(['bm', 'kmp'])}"),
            (0.05, lambda: f'-m comment --comment "rule {self.r.randrange(1000)}"'),
        ]
        if chain in IN_CHAINS:
            ext.append((0.04, lambda: f"-m mac {self.neg('--mac-source ' + self.pick(MACS))}"))
        for prob, f in ext:
            if self.p(prob):
                m.append(f())
        return m

    def target(self, table, chain, users):
        t = {"filter": ["ACCEPT", "ACCEPT", "DROP", "DROP", "REJECT", "REJECT --reject-with icmp-host-prohibited",
                        'LOG --log-prefix "fw: "', "MARK --set-mark 0x1", "CONNMARK --save-mark"],
             "mangle": ["MARK --set-mark 0x1", "MARK --set-mark 0x2", "CONNMARK --save-mark", "CONNMARK --restore-mark",
                        "CONNMARK --set-mark 0x1", "TTL --ttl-set 64", "TTL --ttl-dec 1", "TOS --set-tos 0x10",
                        "DSCP --set-dscp 10", "ACCEPT", "RETURN", "DROP"],
             "raw": ["CT --notrack", "NOTRACK", "ACCEPT", "DROP", "CT --zone 1", "RETURN"],
             "nat": ["ACCEPT", "RETURN"]}[table]
        if users and self.p(0.2):
            return f"{self.pick(['-j', '-j', '-g'])} {self.pick(users)}"
        return "-j " + self.pick(t + (["RETURN"] if chain not in CHAINS[table] else []))

    def table(self, name, plan_rules, policy_choices=("ACCEPT",)):
        users = [f"{name[0].upper()}{i}" for i in range(self.r.randrange(0, 3))]
        out = [f"*{name}"] + [f":{c} {self.pick(policy_choices)} [0:0]" for c in CHAINS[name]] + [f":{u} - [0:0]" for u in users]
        out += plan_rules
        for c in CHAINS[name] + users:
            for _ in range(self.r.randrange(0, 6 if name == "filter" else 3)):
                later = [u for u in users if users.index(u) > users.index(c)] if c in users else users
                t = self.target(name, c, later)
                proto = self.pick([None, None, "tcp", "udp", "icmp"])
                if "reject-with tcp-reset" in t:
                    proto = "tcp"
                m = self.match("FORWARD" if c in users else c, proto)
                if c in users:  # reached from any chain: leave out interface matches
                    m = [x for x in m if not x.lstrip("! ").startswith(("-i", "-o", "-m mac"))]
                out.append(" ".join([f"-A {c}"] + m + [t]))
        return out + ["COMMIT"]

    def ruleset(self, plan):
        out = []
        if self.p(0.3):
            out += self.table("raw", [])
        if self.p(0.4):
            out += self.table("mangle", [])
        nat = []
        if plan["masq"]:
            nat.append("-A POSTROUTING -o eth1 -j MASQUERADE")
        if plan["fwd"]:
            ext, host, port = plan["fwd"]
            nat.append(f"-A PREROUTING -i eth1 -d 10.0.2.1 -p tcp --dport {ext} -j DNAT --to-destination {host}:{port}")
        if plan["redirect"]:
            nat.append(f"-A PREROUTING -i eth0 -p tcp --dport {plan['redirect'][0]} -j REDIRECT --to-ports {plan['redirect'][1]}")
        if nat or self.p(0.2):
            out += self.table("nat", nat)
        stateful = ["-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"] if self.p(0.5) else []
        out += self.table("filter", stateful, ("ACCEPT", "DROP"))
        return "\n".join(out) + "\n"

    # -- traffic -----------------------------------------------------------------------------
    def traffic(self, plan):
        cap = Cap(step=0.004)
        ports = iter(self.r.sample(range(32768, 61000), 400))  # ports and ICMP ids, never reused: no NAT clash
        done = []  # (the peer's side, packet, its source after SNAT) of earlier UDP flows, for ICMP errors
        routes = {"l2r": ("left", "right"), "r2l": ("right", "left"), "l2fw": ("left", "local0"),
                  "r2fw": ("right", "local1"), "fw2l": ("local0", "left"), "fw2r": ("local1", "right")}

        def host(side):
            return FW[side] if side.startswith("local") else self.pick(LEFT if side == "left" else RIGHT)

        kinds = ["tcp"] * 4 + ["tcp_rst", "refused", "noanswer", "udp", "udp", "udp_oneway", "ping", "ping",
                               "icmp_err", "ttl", "stray", "bcast", "burst"]
        kinds += ["masq"] * 2 * plan["masq"] + ["fwd"] * 2 * bool(plan["fwd"]) + ["redirect"] * 2 * bool(plan["redirect"])
        for _ in range(self.r.randrange(10, 26)):
            kind = self.pick(kinds)
            cs, ss = routes[self.pick(list(routes))]
            # ports the NAT plan rewrites are only for the NAT conversations: anything else there
            # would be answered by the wrong host and clash (the kernel then picks a random port)
            avoid = {plan["fwd"][0]} if plan["fwd"] and ss == "local1" else set()
            avoid |= {plan["redirect"][0]} if plan["redirect"] and cs == "left" else set()
            a, b, sp, dp = host(cs), host(ss), next(ports), self.pick([x for x in PORTS if x not in avoid])
            # behind MASQUERADE, right-side servers answer fw's eth1 address, never a private one
            rt = "10.0.2.1" if plan["masq"] and (cs, ss) == ("left", "right") else None
            ttl, tos = self.pick([64, 64, 64, 63, 128]), self.pick([0, 0, 0, 0x10, 0x28, 0xb8])
            data = (self.pick([b"hello\n", b"GET / HTTP/1.0\r\n\r\n", b"x" * self.r.randrange(1, 300)]), b"world\n")
            if kind == "tcp":
                cap.tcp(cs, ss, a, b, sp, dp, data=data, close=self.pick(["fin", "fin", None]), ttl=ttl,
                        isn=self.r.randrange(1, 2**31), risn=self.r.randrange(1, 2**31),
                        mss=self.pick([None, 1460, 536]), reply_to=rt)
            elif kind in ("tcp_rst", "refused", "noanswer"):
                cap.tcp(cs, ss, a, b, sp, dp, data=data, close="rst", isn=self.r.randrange(1, 2**31),
                        answer={"tcp_rst": True, "refused": "rst", "noanswer": False}[kind], reply_to=rt)
            elif kind in ("udp", "udp_oneway"):
                q = cap.udp(cs, ss, a, b, sp, dp, data[0], data[1] if kind == "udp" else None, ttl=ttl, tos=tos,
                            reply_to=rt)
                done.append((ss, q, rt))
            elif kind == "ping":
                cap.ping(cs, ss, a, b, sp, reply=self.p(0.8), ttl=ttl, reply_to=rt)
            elif kind == "icmp_err" and done:
                s0, q, about_src = self.pick(done)
                if not s0.startswith("local"):
                    cap.icmp_error(s0, q["IP"].dst, q, code=self.pick([3, 1, 13]), about_src=about_src)
            elif kind == "ttl" and not cs.startswith("local") and not ss.startswith("local"):
                cap.ping(cs, ss, a, b, sp, reply=False, ttl=self.pick([1, 2]))
            elif kind == "bcast":
                from scapy.layers.inet import IP, UDP
                side = self.pick(["left", "right"])
                net = "10.0.1.255" if side == "left" else "10.0.2.255"
                cap.add(side, IP(src="10.0.1.2" if side == "left" else "10.0.2.2", dst=net) / UDP(sport=137, dport=137),
                        dst_mac="ff:ff:ff:ff:ff:ff")
            elif kind == "burst":
                for i in range(self.r.randrange(3, 8)):
                    cap.ping(cs, ss, a, b, next(ports), seq=i + 1, reply=self.p(0.5), reply_to=rt)
            elif kind == "masq":  # the server sees (and answers) fw's eth1 address, same port
                s = self.pick(RIGHT)
                self._nat_conv(cap, self.pick(["tcp", "udp"]), ("left", self.pick(LEFT), sp), (s, dp),
                               ("right", s, dp), ("10.0.2.1", sp), data)
            elif kind == "fwd":
                ext, h, port = plan["fwd"]
                c = self.pick(RIGHT)
                self._nat_conv(cap, "tcp", ("right", c, sp), ("10.0.2.1", ext), ("left", h, port), (c, sp), data)
            elif kind == "redirect":
                orig, to = plan["redirect"]
                c = self.pick(LEFT)
                self._nat_conv(cap, "tcp", ("left", c, sp), (self.pick(RIGHT), orig), ("local0", "10.0.1.1", to), (c, sp), data)
            else:  # stray segment: no connection behind it
                from scapy.layers.inet import IP, TCP
                cap.add(cs, IP(src=a, dst=b, ttl=ttl) / TCP(sport=sp, dport=dp, flags=self.pick(["A", "PA", "FA", "R"]),
                                                            seq=self.r.randrange(1, 2**31), ack=self.r.randrange(1, 2**31)))
        return cap

    def _nat_conv(self, cap, proto, client, dest, server, reply_to, data):
        if proto == "udp":
            return cap.nat_conversation(proto, client, dest, server, reply_to, data)
        isn, risn = self.r.randrange(1, 2**31), self.r.randrange(1, 2**31)
        cap.nat_conversation(proto, client, dest, server, reply_to, data, isn, risn, close=self.p(0.5))


def make(seed: int) -> Scenario:
    g = Gen(seed)
    r = g.r
    plan = {"masq": g.p(0.4), "fwd": (g.pick([8080, 2222, 80]), g.pick(["192.168.1.20", "10.0.1.2"]), g.pick([22, 80]))
            if g.p(0.35) else None, "redirect": (g.pick([80, 3128]), g.pick([8080, 3129])) if g.p(0.2) else None}
    rules = g.ruleset(plan)
    cap = g.traffic(plan)
    sysctl = {}
    for key, value, prob in (("net.netfilter.nf_conntrack_tcp_loose", "0", 0.25), ("net.netfilter.nf_conntrack_acct", "1", 0.15),
                             ("net.netfilter.nf_conntrack_tcp_be_liberal", "1", 0.1),
                             ("net.netfilter.nf_conntrack_udp_timeout", str(r.randrange(10, 60)), 0.1)):
        if g.p(prob):
            sysctl[key] = value
    return Scenario(f"seed-{seed}", rules, cap.frames, sysctl, about=f"generated by gen_scenario.make({seed})")


if __name__ == "__main__":
    import os
    out, seed = sys.argv[1], int(sys.argv[2])
    for s in range(seed, seed + (int(sys.argv[3]) if len(sys.argv) > 3 else 1)):
        print(make(s).write(os.path.join(out, f"seed-{s}")))
