"""Seeded random iptables command lines, valid and invalid, for the command-line differential test.

case(seed) -> [{"argv": [...], "input": bytes|None}, ...]: a short prelude that builds some state
(user chains, a few rules), then the command under test. About a quarter of the commands under
test are broken on purpose: bad values, unknown or repeated options, `!` in odd places, options
without their extension or protocol, targets in the wrong table or chain. The same seed always
gives the same case: `python -m tests.kernel.gen_cmdline 17` prints it.
"""
from __future__ import annotations

import random
import shlex
import sys

from .lab import BUILTIN, IN_CHAINS, OUT_CHAINS

TABLE_WEIGHTS = [("filter", 10), ("nat", 4), ("mangle", 4), ("raw", 2), ("security", 1)]

ADDR = ["10.0.0.1", "10.0.0.0/8", "192.168.1.0/24", "192.168.1.5/255.255.255.0", "1.2.3.4/32", "0.0.0.0/0",
        "10.1.2.3/16", "172.16.0.0/12", "203.0.113.7", "10.0.0.1,10.0.0.2", "8.8.8.8/0", "127.0.0.1",
        "192.0.2.0/25", "198.51.100.1/31"]
ADDR_BAD = ["300.1.1.1", "1.2.3.4/33", "10.0.0.0/255.0.255.0", "1.2.3.4/-1", "", "a.b.c.d", "1.2.3.4/24/8",
            "10.0.0.1,", "::1"]
IFACE = ["eth0", "eth1", "eth+", "ppp0", "br-lan", "lo", "+", "eth0.100", "wg0"]
IFACE_BAD = ["averyveryverylongname", "", "eth 0"]
PROTO = ["tcp", "udp", "icmp", "all", "6", "17", "1", "sctp", "udplite", "esp", "gre", "TCP", "0"]
PROTO_BAD = ["foo", "256", "-1", "tcpp"]
PORT = ["22", "80", "1024:65535", ":1023", "8080:", "53", "ssh", "0", "65535", "1000:2000", "http"]
PORT_BAD = ["65536", "2000:1000", "-1", "nosuchservice", "1:2:3", "abc", ""]
MARK = ["0x1", "1", "0x10/0xff", "0xffffffff", "0/0x1", "42"]
MARK_BAD = ["x", "0x100000000", "1/", "/1", "-1"]
STATES = ["NEW", "ESTABLISHED", "RELATED", "INVALID", "UNTRACKED", "NEW,ESTABLISHED", "ESTABLISHED,RELATED",
          "SNAT", "DNAT", "new", "RELATED,INVALID,NEW"]
STATES_BAD = ["FOO", "NEW,,ESTABLISHED", "", "NEW,"]


def o(name, good, bad=None, inv=True, arg=True):
    return {"name": name, "good": good, "bad": bad or [], "inv": inv, "arg": arg}


FLAG = [None]  # an option that takes no value
MATCH = {
    "tcp": ("tcp", [o("--sport", PORT, PORT_BAD), o("--dport", PORT, PORT_BAD),
                    o("--tcp-flags", ["SYN,RST,ACK,FIN SYN", "ALL NONE", "ALL ALL", "SYN,ACK SYN,ACK", "FIN,RST FIN"],
                      ["SYN", "FOO SYN", "SYN,RST BAR"]),
                    o("--syn", FLAG, arg=False), o("--tcp-option", ["2", "8", "0", "255"], ["256", "x"])]),
    "udp": ("udp", [o("--sport", PORT, PORT_BAD), o("--dport", PORT, PORT_BAD)]),
    "icmp": ("icmp", [o("--icmp-type", ["echo-request", "echo-reply", "8", "3/3", "destination-unreachable",
                                        "port-unreachable", "any", "time-exceeded", "11/0", "host-prohibited"],
                        ["foo", "256", "3/256", "echo"])]),
    "conntrack": (None, [o("--ctstate", STATES, STATES_BAD), o("--ctproto", ["tcp", "udp", "6"], PROTO_BAD),
                         o("--ctorigsrc", ADDR[:8], ADDR_BAD), o("--ctorigdst", ADDR[:8], ADDR_BAD),
                         o("--ctreplsrc", ADDR[:5], ADDR_BAD), o("--ctrepldst", ADDR[:5], ADDR_BAD),
                         o("--ctorigsrcport", ["80", "1000:2000"], ["70000"]), o("--ctorigdstport", ["443"], ["x"]),
                         o("--ctstatus", ["ASSURED", "SEEN_REPLY", "EXPECTED", "CONFIRMED", "NONE", "ASSURED,SEEN_REPLY"],
                           ["FOO"]),
                         o("--ctexpire", ["10", "10:20", "0:3600"], ["20:10", "x"]),
                         o("--ctdir", ["ORIGINAL", "REPLY"], ["BOTH"], inv=False)]),
    "state": (None, [o("--state", [s for s in STATES if s not in ("SNAT", "DNAT")], STATES_BAD + ["SNAT"])]),
    "multiport": ("tcp", [o("--dports", ["22,80,443", "1:1024", "80", "22,1000:2000,3000"],
                            ["1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16", "80,", "2000:1000", "x"]),
                          o("--sports", ["1024:65535", "53,123"], ["65536"]),
                          o("--ports", ["80,443", "53"], ["a,b"])]),
    "comment": (None, [o("--comment", ["hello", "allow ssh", "a \"quoted\" word", "x" * 255, "tab\there", "ünïcode"],
                         ["x" * 257], inv=False)]),
    "mark": (None, [o("--mark", MARK, MARK_BAD)]),
    "connmark": (None, [o("--mark", MARK, MARK_BAD)]),
    "limit": (None, [o("--limit", ["5/sec", "3/min", "1/hour", "10/day", "100/second", "2/m", "7"],
                       ["0/sec", "5/year", "x/sec", "10000000/sec"], inv=False),
                     o("--limit-burst", ["1", "5", "10000"], ["0", "x", "-5"], inv=False)]),
    "iprange": (None, [o("--src-range", ["192.168.1.1-192.168.1.10", "10.0.0.1-10.0.0.1"],
                         ["10.0.0.5-10.0.0.1", "1.2.3.4", "1.1.1.1-300.1.1.1"]),
                       o("--dst-range", ["172.16.0.1-172.16.0.99"], ["x-y"])]),
    "addrtype": (None, [o("--src-type", ["LOCAL", "UNICAST", "BROADCAST", "MULTICAST", "LOCAL,UNICAST", "BLACKHOLE"],
                          ["FOO", "local"]),
                        o("--dst-type", ["LOCAL", "UNICAST", "ANYCAST", "UNREACHABLE,PROHIBIT"], ["BAR"]),
                        o("--limit-iface-in", FLAG, arg=False, inv=False)]),
    "mac": (None, [o("--mac-source", ["00:11:22:33:44:55", "aa:BB:cc:dd:ee:ff", "02:00:00:00:01:02"],
                     ["00:11:22:33:44", "gg:11:22:33:44:55", "001122334455"])]),
    "pkttype": (None, [o("--pkt-type", ["unicast", "broadcast", "multicast", "host"], ["anycast", ""])]),
    "length": (None, [o("--length", ["64", "0:1500", ":100", "1000:", "65535"], ["65536", "100:50", "x"])]),
    "ttl": (None, [o("--ttl-eq", ["64", "0", "255"], ["256", "x"]), o("--ttl-lt", ["10"], ["-1"]),
                   o("--ttl-gt", ["128"], ["300"])]),
    "tos": (None, [o("--tos", ["0x10", "0x10/0x3f", "Minimize-Delay", "Normal-Service", "0", "8"],
                     ["0x100", "Fast", "x/y"])]),
    "dscp": (None, [o("--dscp", ["10", "0x0a", "0", "63"], ["64", "x"]),
                    o("--dscp-class", ["EF", "AF11", "CS1", "BE", "af41"], ["XX", "AF55"])]),
    "tcpmss": ("tcp", [o("--mss", ["1000", "1000:1500", "536"], ["70000", "1500:1000", "x"])]),
    "owner": (None, [o("--uid-owner", ["0", "root", "0-100", "1000"], ["nosuchuser", "100-0", "-1"]),
                     o("--gid-owner", ["0", "100"], ["x"]), o("--socket-exists", FLAG, arg=False)]),
    "statistic": (None, [o("--mode", ["random", "nth"], ["sometimes"], inv=False),
                         o("--probability", ["0.5", "0.1", "1", "0.333"], ["1.5", "-0.1", "x"]),
                         o("--every", ["3", "10"], ["0", "x"]), o("--packet", ["0", "1"], ["-1"], inv=False)]),
    "string": (None, [o("--string", ["foo", "GET /", "a b"], [""]), o("--algo", ["bm", "kmp"], ["xyz"], inv=False),
                      o("--hex-string", ["|41 42|", "|0d0a|", "ab|43|cd"], ["|4|", "|zz|"]),
                      o("--from", ["0", "20"], ["x"], inv=False), o("--to", ["100", "65535"], ["-2"], inv=False),
                      o("--icase", FLAG, arg=False, inv=False)]),
    "physdev": (None, [o("--physdev-in", IFACE[:4], IFACE_BAD), o("--physdev-out", IFACE[:3], IFACE_BAD),
                       o("--physdev-is-in", FLAG, arg=False), o("--physdev-is-out", FLAG, arg=False),
                       o("--physdev-is-bridged", FLAG, arg=False)]),
    "helper": (None, [o("--helper", ["ftp", "sip", "irc", "tftp"], ["x" * 40])]),
    "connlimit": (None, [o("--connlimit-above", ["2", "100", "0"], ["x", "-1"], inv=False),
                         o("--connlimit-upto", ["10"], ["y"], inv=False),
                         o("--connlimit-mask", ["24", "32", "0"], ["33", "x"], inv=False),
                         o("--connlimit-saddr", FLAG, arg=False, inv=False), o("--connlimit-daddr", FLAG, arg=False, inv=False)]),
    "time": (None, [o("--timestart", ["09:00", "00:00:00", "23:59:59", "9:5"], ["24:00", "12:60", "x"], inv=False),
                    o("--timestop", ["17:00", "18:30:15"], ["25:00"], inv=False),
                    o("--weekdays", ["Mon,Tue", "Sat,Sun", "1,2,3", "Fri"], ["Xyz", "8"]),
                    o("--monthdays", ["1,15", "31", "28,29,30"], ["32", "0"]),
                    o("--datestart", ["2024-01-01", "2024-01-01T08:00:00"], ["2024-13-01", "x"], inv=False),
                    o("--datestop", ["2030-12-31T23:59:59"], ["1969-01-01"], inv=False),
                    o("--kerneltz", FLAG, arg=False, inv=False), o("--contiguous", FLAG, arg=False, inv=False)]),
    "hashlimit": (None, [o("--hashlimit-upto", ["5/sec", "100/min", "1/hour", "10kb/s"], ["0/sec", "x"], inv=False),
                         o("--hashlimit-above", ["50/sec", "1mb/s"], ["y"], inv=False),
                         o("--hashlimit-burst", ["5", "100"], ["0"], inv=False),
                         o("--hashlimit-mode", ["srcip", "srcip,dstport", "dstip,dstport", "srcip,srcport"],
                           ["foo"], inv=False),
                         o("--hashlimit-name", ["hl1", "web", "x" * 15], ["x" * 40], inv=False),
                         o("--hashlimit-htable-expire", ["10000"], ["x"], inv=False),
                         o("--hashlimit-srcmask", ["24", "32"], ["33"], inv=False)]),
    "recent": (None, [o("--name", ["bad", "ssh", "DEFAULT"], ["x" * 250], inv=False),
                      o("--set", FLAG, arg=False), o("--rcheck", FLAG, arg=False), o("--update", FLAG, arg=False),
                      o("--remove", FLAG, arg=False), o("--seconds", ["60", "3600"], ["x"], inv=False),
                      o("--hitcount", ["3", "20"], ["0", "x"], inv=False), o("--rttl", FLAG, arg=False, inv=False),
                      o("--rsource", FLAG, arg=False, inv=False), o("--rdest", FLAG, arg=False, inv=False),
                      o("--reap", FLAG, arg=False, inv=False)]),
}
# how an extension's options combine: (exactly one of these, these always too); the rest are optional
SHAPE = {
    "string": (["--string", "--hex-string"], ["--algo"]), "hashlimit": (["--hashlimit-upto", "--hashlimit-above"],
                                                                     ["--hashlimit-name"]),
    "recent": (["--set", "--rcheck", "--update", "--remove"], []), "connlimit": (["--connlimit-above", "--connlimit-upto"], []),
    "multiport": (["--dports", "--sports", "--ports"], []), "owner": (["--uid-owner", "--gid-owner", "--socket-exists"], []),
    "iprange": (["--src-range", "--dst-range"], []), "ttl": (["--ttl-eq", "--ttl-lt", "--ttl-gt"], []),
    "dscp": (["--dscp", "--dscp-class"], []), "statistic": ([], []),
    "MARK": (["--set-mark", "--set-xmark", "--and-mark", "--or-mark", "--xor-mark"], []),
    "CONNMARK": (["--set-mark", "--save-mark", "--restore-mark", "--set-xmark"], []),
    "TCPMSS": (["--set-mss", "--clamp-mss-to-pmtu"], []), "DSCP": (["--set-dscp", "--set-dscp-class"], []),
    "TOS": (["--set-tos", "--and-tos", "--or-tos", "--xor-tos"], []), "TTL": (["--ttl-set", "--ttl-dec", "--ttl-inc"], []),
    "DNAT": (["--to-destination"], []), "SNAT": (["--to-source"], []),
}
for _m in ("tos", "pkttype", "length", "mark", "connmark", "comment", "helper", "mac", "state", "tcpmss"):
    SHAPE[_m] = ([MATCH[_m][1][0]["name"]], [])
STATISTIC = [["--mode", "random", "--probability"], ["--mode", "nth", "--every"], ["--mode", "nth", "--every", "--packet"]]

TARGET = {
    "ACCEPT": [], "DROP": [], "RETURN": [], "NOTRACK": [], "TRACE": [],
    "LOG": [o("--log-prefix", ["fw: ", "DROP ", "x" * 29, "\"q\""], ["x" * 30]),
            o("--log-level", ["4", "warning", "debug", "7", "emerg"], ["8", "loud"]),
            o("--log-tcp-sequence", FLAG, arg=False), o("--log-tcp-options", FLAG, arg=False),
            o("--log-ip-options", FLAG, arg=False), o("--log-uid", FLAG, arg=False), o("--log-macdecode", FLAG, arg=False)],
    "REJECT": [o("--reject-with", ["icmp-net-unreachable", "icmp-host-unreachable", "icmp-port-unreachable",
                                   "icmp-proto-unreachable", "icmp-net-prohibited", "icmp-host-prohibited",
                                   "icmp-admin-prohibited", "tcp-reset", "host-unreach"], ["icmp-foo", "tcp-rst-x"])],
    "MARK": [o(n, MARK, MARK_BAD) for n in ("--set-mark", "--set-xmark", "--and-mark", "--or-mark", "--xor-mark")],
    "CONNMARK": [o("--set-mark", MARK, MARK_BAD), o("--save-mark", FLAG, arg=False), o("--restore-mark", FLAG, arg=False),
                 o("--set-xmark", MARK, MARK_BAD), o("--nfmask", ["0xff"], ["x"]), o("--ctmask", ["0xff00"], ["y"])],
    "CT": [o("--notrack", FLAG, arg=False), o("--zone", ["1", "65535", "orig-1"], ["65536", "x"]),
           o("--helper", ["ftp", "tftp"], ["nosuchhelper"]), o("--ctevents", ["new,related", "destroy"], ["bogus"]),
           o("--expevents", ["new"], ["old"])],
    "DNAT": [o("--to-destination", ["192.168.1.20", "192.168.1.20:22", "10.0.0.1-10.0.0.9", "10.0.0.1:1000-2000",
                                    "10.0.0.1:80-80"], ["10.0.0.1:", "300.0.0.1", "10.0.0.1:2000-1000", "x"]),
             o("--random", FLAG, arg=False), o("--persistent", FLAG, arg=False)],
    "SNAT": [o("--to-source", ["10.0.2.1", "10.0.2.1:20000-20010", "10.0.2.1-10.0.2.5"], ["1.2.3.4:x"]),
             o("--random", FLAG, arg=False), o("--random-fully", FLAG, arg=False), o("--persistent", FLAG, arg=False)],
    "MASQUERADE": [o("--to-ports", ["1000-2000", "5000"], ["70000"]), o("--random", FLAG, arg=False)],
    "REDIRECT": [o("--to-ports", ["8080", "3128-3130"], ["x", "0-70000"]), o("--random", FLAG, arg=False)],
    "TCPMSS": [o("--set-mss", ["1400", "536"], ["70000"]), o("--clamp-mss-to-pmtu", FLAG, arg=False)],
    "DSCP": [o("--set-dscp", ["10", "0x2e", "0"], ["64"]), o("--set-dscp-class", ["EF", "AF21"], ["ZZ"])],
    "TOS": [o("--set-tos", ["0x10", "0x10/0x3f", "Minimize-Delay"], ["0x1000"]), o("--and-tos", ["0x0f"], ["x"]),
            o("--or-tos", ["0x10"], ["x"]), o("--xor-tos", ["0x01"], ["x"])],
    "TTL": [o("--ttl-set", ["64", "1"], ["256"]), o("--ttl-dec", ["1", "5"], ["0", "x"]), o("--ttl-inc", ["1"], ["300"])],
}
TABLE_TARGETS = {"filter": ["ACCEPT", "DROP", "RETURN", "LOG", "REJECT"] * 3 + ["MARK", "CONNMARK", "TRACE"],
                 "nat": ["ACCEPT", "RETURN", "DNAT", "SNAT", "MASQUERADE", "REDIRECT", "LOG"] * 2 + ["DROP"],
                 "mangle": ["MARK", "CONNMARK", "TCPMSS", "DSCP", "TOS", "TTL", "ACCEPT", "RETURN", "LOG", "DROP"],
                 "raw": ["CT", "NOTRACK", "TRACE", "ACCEPT", "DROP", "RETURN", "LOG"],
                 "security": ["ACCEPT", "DROP", "RETURN", "LOG", "CONNMARK", "MARK"]}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.bad = False

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def chance(self, p):
        return self.r.random() < p

    def value(self, opt):
        if opt["bad"] and self.bad_here():
            return self.pick(opt["bad"])
        return self.pick(opt["good"])

    def bad_here(self):
        """Spend the case's one deliberate mistake here (sometimes)."""
        if self.bad and self.chance(0.25):
            self.bad = False
            return True
        return False

    def neg(self, tokens, p=0.12):
        if self.chance(p):
            if self.bad_here():
                return [tokens[0], "!"] + tokens[1:] if len(tokens) > 1 else ["!", "!"] + tokens
            return ["!"] + tokens
        return tokens

    def options(self, name, opts, n, invertible=True):
        """Options of extension `name`: its SHAPE (one of a group, some always), plus up to n others."""
        group, always = SHAPE.get(name, ([], []))
        if name == "statistic":
            byname = {x["name"]: x for x in opts}
            chosen = [byname[k] for k in self.pick(STATISTIC) if k.startswith("--")]
            fixed = True
        else:
            chosen = [x for x in opts if x["name"] in always]
            one = [x for x in opts if x["name"] in group]
            chosen += [self.pick(one)] if one else []
            rest = [x for x in opts if x["name"] not in group and x not in chosen]
            chosen += self.r.sample(rest, min(len(rest), self.r.randrange(0, n + 1)))
            fixed = False
        out = []
        for x in chosen:
            if fixed and x["name"] == "--mode":
                out += ["--mode", "nth" if "--every" in [c["name"] for c in chosen] else "random"]
                continue
            toks = [x["name"]] + ([self.value(x)] if x["arg"] else [])
            out += self.neg(toks) if x["inv"] and invertible else toks
        if out and self.bad_here():
            i = self.r.randrange(len(out))
            out = out[:i] + self.pick([[], [out[i]], ["--no-such-option"], [out[i], out[i]]]) + out[i + 1:]
        return out

    def rule(self, table, chain, users=()):
        """A rule specification (matches and target) as argv tokens."""
        parts, proto = [], None
        names = self.r.sample(sorted(MATCH), self.r.choice([0, 1, 1, 1, 2, 2, 3]))
        for m in names:
            need = MATCH[m][0]
            if need and not (self.bad_here()):
                proto = need if m not in ("multiport", "tcp") or proto not in ("tcp", "udp") else proto
        if proto is None and self.chance(0.4):
            proto = self.pick(PROTO_BAD) if self.bad_here() else self.pick(PROTO)
        if proto:
            parts += self.neg(["-p", proto], 0.08)
        for flag, pool, bad in (("-s", ADDR, ADDR_BAD), ("-d", ADDR, ADDR_BAD)):
            if self.chance(0.3):
                parts += self.neg([flag, self.pick(bad) if self.bad_here() else self.pick(pool)])
        for flag, fits in (("-i", IN_CHAINS), ("-o", OUT_CHAINS)):
            if self.chance(0.2) and (chain in fits or chain not in BUILTIN["mangle"] or self.chance(0.1)):
                parts += self.neg([flag, self.pick(IFACE_BAD) if self.bad_here() else self.pick(IFACE)])
        if self.chance(0.03):
            parts += self.neg(["-f"])
        for m in names:
            implicit = m in ("tcp", "udp", "icmp") and proto == m and self.chance(0.5)
            parts += ([] if implicit else ["-m", m]) + self.options(m, MATCH[m][1], 2)
        if self.bad_here():
            parts += self.pick([["-m", "nosuchmatch"], ["--dport", "80"], ["-m"], ["!", "-m", "tcp"], ["-p"]])
        return parts + self.target(table, chain, users)

    def target(self, table, chain, users=()):
        if users and self.chance(0.15):
            return [self.pick(["-j", "-g"]), self.pick(list(users))]
        if self.chance(0.05):
            return []  # no target: a counting rule
        wrong = self.bad_here()
        t = self.pick(TABLE_TARGETS[self.pick(list(TABLE_TARGETS)) if wrong else table])
        if wrong and self.chance(0.3):
            t = self.pick(["NOSUCHTARGET", "accept", "DNAT"])
        opts = TARGET.get(t, [])
        toks = self.options(t, opts, 0 if t in SHAPE else 2, invertible=False) if opts else []
        return ["-j", t] + toks

    def chain_name(self, users):
        if self.bad_here():
            return self.pick(["NOSUCH", "x" * 29, "-bad", "", "INPUT"])
        return self.pick(users) if users else f"U{self.r.randrange(100)}"


def case(seed: int):
    g = Gen(seed)
    r = g.r
    table = r.choices([t for t, _ in TABLE_WEIGHTS], [w for _, w in TABLE_WEIGHTS])[0]
    chains = list(BUILTIN[table])
    tflag = [] if table == "filter" and g.chance(0.5) else ["-t", table]
    steps = []

    def ipt(*args):
        steps.append({"argv": ["iptables", *tflag, *args]})

    users = [f"U{i}" for i in range(r.randrange(0, 3))]
    for u in users:
        ipt("-N", u)
    nrules = r.randrange(0, 4)
    for _ in range(nrules):
        c = g.pick(chains + users)
        ipt("-A", c, *g.rule(table, c, [u for u in users if u != c]))
    g.bad = g.chance(0.3)
    kind = r.choices(["-A", "-I", "-R", "-D", "-C", "-L", "-S", "-F", "-Z", "-N", "-X", "-P", "-E", "restore", "save"],
                     [30, 8, 5, 6, 6, 10, 8, 3, 3, 4, 4, 4, 3, 5, 2])[0]
    chain = g.pick(chains + users)
    if g.bad_here():
        chain = g.pick(["NOSUCH", "input", "x" * 30])
    num = [str(g.pick([1, 1, 2, nrules + 1, 0, 99]))] if g.bad else [str(r.randrange(1, max(2, nrules + 1)))]
    spec = g.rule(table, chain, [u for u in users if u != chain])
    verbose = [x for x in ("-n", "-v", "-x", "--line-numbers") if g.chance(0.4)]
    if kind in ("-A", "-C"):
        ipt(kind, chain, *spec, *(["-v"] if g.chance(0.1) else []))
    elif kind == "-I":
        ipt("-I", chain, *(num if g.chance(0.5) else []), *spec)
    elif kind == "-R":
        ipt("-R", chain, *num, *spec)
    elif kind == "-D":
        ipt("-D", chain, *(num if g.chance(0.4) else spec))
    elif kind == "-L":
        ipt("-L", *([chain] if g.chance(0.5) else []), *verbose, *(["-Z"] if g.chance(0.05) else []))
    elif kind == "-S":
        ipt("-S", *([chain] + (num if g.chance(0.3) else []) if g.chance(0.6) else []), *(["-v"] if g.chance(0.2) else []))
    elif kind in ("-F", "-Z"):
        ipt(kind, *([chain] if g.chance(0.6) else []))
    elif kind == "-N":
        ipt("-N", g.pick(["NEWCHAIN", "a-b_c.d", "x" * 28]) if not g.bad_here() else g.chain_name(users))
    elif kind == "-X":
        ipt("-X", *([g.chain_name(users)] if g.chance(0.7) else []))
    elif kind == "-P":
        ipt("-P", chain if not users or g.chance(0.8) else users[0],
            g.pick(["ACCEPT", "DROP"]) if not g.bad_here() else g.pick(["RETURN", "REJECT", "FOO", "accept"]))
    elif kind == "-E":
        ipt("-E", g.chain_name(users), g.pick(["RENAMED", "x" * 29] + users + ["INPUT"]))
    elif kind == "restore":
        steps.append(restore_step(g, table, users))
    else:
        steps.append({"argv": ["iptables-save", *g.pick([["-t", table], ["-c"], [], ["-t", "nosuch"]])]})
    return steps


def restore_step(g, table, users):
    lines = [f"*{table}"]
    lines += [f":{c} {g.pick(['ACCEPT', 'DROP']) if table == 'filter' else 'ACCEPT'} [{g.pick([0, 5])}:{g.pick([0, 300])}]"
              for c in BUILTIN[table]]
    lines += [f":{u} - [0:0]" for u in users + ["R1"]]
    for _ in range(g.r.randrange(1, 5)):
        c = g.pick(list(BUILTIN[table]) + ["R1"])
        rule = " ".join(shlex.quote(t) for t in g.rule(table, c, users))
        lines.append(f"{'[1:60] ' if g.chance(0.2) else ''}-A {c} {rule}")
    if g.bad_here():
        i = g.r.randrange(1, len(lines) + 1)
        lines.insert(i, g.pick(["-A NOSUCH -j ACCEPT", "bogus line", ":BAD", "COMMIT", "*nosuch"]))
    if not g.bad_here():
        lines.append("COMMIT")
    args = [x for x in ("--noflush", "-c", "-n", "--test") if g.chance(0.2)]
    return {"argv": ["iptables-restore", *args], "input": ("\n".join(lines) + "\n").encode()}


if __name__ == "__main__":
    for s in sys.argv[1:] or ["0"]:
        for st in case(int(s)):
            print(shlex.join(st["argv"]) + (" <<EOF\n" + st["input"].decode() + "EOF" if st.get("input") else ""))
