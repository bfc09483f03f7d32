"""Helpers of the hand-written stack scenarios (handwritten_stack.py and the modules it gathers):
rulesets that count at every hook of every table, and packets cut by hand."""
from __future__ import annotations

from .capture import SIDES, Scenario

RAW = ("PREROUTING", "OUTPUT")
MANGLE = ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING")
NAT = ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING")
FILTER = ("INPUT", "FORWARD", "OUTPUT")
CHAINS = {"raw": RAW, "mangle": MANGLE, "nat": NAT, "filter": FILTER}
STATES = ("NEW", "ESTABLISHED", "RELATED", "INVALID", "UNTRACKED")
L, R = "192.168.1.10", "8.8.8.8"      # a host behind the left side, one behind the right


def _counters(chain):
    if chain in ("PREROUTING", "INPUT"):
        return ["", " -i eth0", " -i eth1", " -i lo"]
    if chain in ("OUTPUT", "POSTROUTING"):
        return ["", " -o eth0", " -o eth1", " -o lo"]
    return ["", " -i eth0", " -i eth1", " -o eth0", " -o eth1"]


def counting(ct=False, nat=False, extra=None, tables=("raw", "mangle", "filter")):
    """A ruleset counting at every hook of every table (by device); ct: also by ctstate in the
    filter chains (so conntrack is on); nat: the nat table too. extra: {table: [rule, ...]}, rules
    put before the counters of their chain's table."""
    extra = extra or {}
    names = list(tables) + (["nat"] if nat and "nat" not in tables else [])
    out = []
    for t in ("raw", "mangle", "nat", "filter"):
        if t not in names:
            continue
        rules = list(extra.get(t, ()))
        for ch in CHAINS[t]:
            rules += [f"-A {ch}{m}" for m in _counters(ch)]
            if ct and t == "filter":
                rules += [f"-A {ch} -m conntrack --ctstate {s}" for s in STATES]
        out.append("\n".join([f"*{t}"] + [f":{c} ACCEPT [0:0]" for c in CHAINS[t]] + rules + ["COMMIT"]))
    return "\n".join(out) + "\n"


def by_addr(chains, flag, addrs):
    """One rule per address and chain (`-s` or `-d`): which packet got where, not only how many."""
    return [f"-A {ch} {flag} {a}/32" for a in dict.fromkeys(addrs) for ch in chains]


def by_sport(chains, ports):
    """One rule per UDP source port and chain, for captures whose packets each have their own."""
    return [f"-A {ch} -p udp -m udp --sport {p}" for p in ports for ch in chains]


def raw_frame(c, side, data, gap=None):
    """An Ethernet frame carrying `data` as IPv4 (ethertype 0x0800), whatever data holds."""
    src, dst = SIDES[side]
    c.t += c.step if gap is None else gap
    mac = bytes.fromhex(dst.replace(":", "")) + bytes.fromhex(src.replace(":", ""))
    c.frames.append((round(c.t, 6), mac + b"\x08\x00" + bytes(data)))


def frag(c, side, src, dst, proto, payload, off8, more, ident, df=False, ttl=64, gap=None):
    """One hand-cut fragment: `payload` at offset off8 * 8 of datagram `ident`."""
    from scapy.layers.inet import IP
    from scapy.packet import Raw
    flags = (1 if more else 0) | (2 if df else 0)
    c.add(side, IP(src=src, dst=dst, proto=proto, id=ident, frag=off8, flags=flags, ttl=ttl) / Raw(payload), gap=gap)


def udp(src, dst, sport=40000, dport=53, data=b"q", **ip):
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    return IP(src=src, dst=dst, **ip) / UDP(sport=sport, dport=dport) / Raw(data)


def syn(src, dst, sport=40000, dport=80, **ip):
    from scapy.layers.inet import IP, TCP
    return IP(src=src, dst=dst, **ip) / TCP(sport=sport, dport=dport, flags="S", seq=1, window=100)


def ping(src, dst, ident=1, **ip):
    from scapy.layers.inet import ICMP, IP
    from scapy.packet import Raw
    return IP(src=src, dst=dst, **ip) / ICMP(type=8, id=ident, seq=1) / Raw(b"p" * 16)


def optioned(src, dst, opts, sport):
    """A UDP packet to port 53 carrying IP options `opts` (bytes, a multiple of 4 long)."""
    return udp(src, dst, sport, 53, b"o", options=opts)


def scenario(name, rules, c, sysctl=None, about=""):
    return Scenario(name, rules, c.frames, sysctl or {}, about=about)
