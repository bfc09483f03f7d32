"""Hypothesis strategies: command lines built from the tools' real option names, extension names and
values (plus `!`, hostile words and random text), iptables-restore files, and pcap captures."""
from __future__ import annotations

import importlib
import os
import pkgutil
import struct

from hypothesis import strategies as st

# -- words ------------------------------------------------------------------------------------------
HOSTILE = ["\x1b[2J", "\x1b]0;pwned\x07", "[bold red]x[/]", "[link=file:///etc]y", "\u202etxt", "a\nb",
           "\r", "\t", "\x01", "\x7f", "é", "\U0001f525", "\udcff", "%s%n", "$(id)", "' \"", "\\", "x" * 300]
NUMBERS = ["0", "1", "-1", "7", "22", "255", "256", "65535", "65536", "4294967295", "4294967296",
           "18446744073709551616", "0x10", "0x", "010", "1e3", "+5", " 5", "5 ", "1.5", "0xffffffff/0xff"]
VALUES = NUMBERS + [
    "1:2", "2:1", ":", "1:", ":5", "1,2,3", "1,,2", ",", "1-2", "80,443:445", "10/sec", "1/minute", "5/s",
    "3/hour", "0/day", "10/sec/2", "0x1/0xff", "1/", "/1", "10.0.0.1", "10.0.0.0/8", "10.0.0.0/33",
    "1.2.3.4/255.255.0.0", "1.2.3.4/255.0.255.0", "10.0.0.1-10.0.0.5", "10.0.0.5-10.0.0.1", "256.1.1.1",
    "localhost", "0/0", "::1", "10.0.0.1,10.0.0.2", "10.0.0.1:80", "10.0.0.1-10.0.0.3:80-90",
    "00:11:22:33:44:55", "00:11:22:33:44", "zz:11:22:33:44:55", "NEW,ESTABLISHED", "INVALID", "NEW,", "SYN,ACK",
    "ALL", "NONE", "FIN,SYN,RST,PSH,ACK,URG", "tcp", "udp", "icmp", "all", "echo-request", "8/0", "255/255",
    "eth0", "eth+", "+", "lo", "eth0.1", "a" * 15, "a" * 16, "LOCAL", "UNICAST", "BLACKHOLE", "unicast",
    "icmp-port-unreachable", "tcp-reset", "AF11", "EF", "CS8", "original", "reply", "both", "packets", "bytes",
    "avgpkt", "srcip,dstport", "in", "out", "ipsec", "none", "tunnel", "transport", "random", "nth",
    "0.5", "2", "bm", "kmp", "|41 42|", "|4g|", "Mon,Tue", "Sun", "1,31", "32", "2038-01-19T03:14:07",
    "2038-01-19T03:14:08", "1970-01-01", "23:59:59", "24:00", "root", "0-4294967294", "ftp", "ftp-2", "tftp",
    "none", "new,destroy", "7", "zone", "orig", "foo", "-", "--", "!", "", " ",
] + HOSTILE
CHAINS = ["INPUT", "FORWARD", "OUTPUT", "PREROUTING", "POSTROUTING", "svc", "nochain", "ACCEPT", "DROP",
          "RETURN", "LOG", "x" * 28, "x" * 29, "-x", "!x", "a b", "", "é", "\x1b[2J"]
TABLES = ["filter", "nat", "mangle", "raw", "security", "broute", "FILTER", "", "x" * 40]
COMMANDS = ["-A", "-I", "-D", "-R", "-L", "-S", "-F", "-Z", "-N", "-X", "-E", "-P", "-C", "--append",
            "--insert", "--delete", "--replace", "--list", "--list-rules", "--flush", "--zero", "--new-chain",
            "--delete-chain", "--rename-chain", "--policy", "--check", "--app", "--li", "--l"]
GENERIC = {"-p": ["tcp", "udp", "icmp", "all", "0", "6", "17", "300", "TCP", "sctp", "udplite", "esp",
                  "ah", "ipv6-icmp", "47", "-1", ""],
           "-s": None, "-d": None, "-i": ["eth0", "eth+", "lo", "a" * 16, "", "+", "a b"],
           "-o": ["eth1", "eth+", "a" * 15], "-t": TABLES, "-c": ["1", "1,2", "x", "1 2", "-1,5"],
           "-w": ["1", "x", None], "-W": ["1", None], "-M": ["/sbin/modprobe"], "--source": None,
           "--destination": None, "--protocol": ["tcp"], "--in-interface": ["eth0"], "--set-counters": ["5"]}
FLAGS = ["-n", "-v", "-x", "-f", "--line-numbers", "-4", "-6", "--numeric", "--verbose", "--exact",
         "--fragments", "-vv", "-nvx", "-h", "-V", "--help", "--version", "-b", "!", "--"]


def _extensions():
    from pyiptables import xtables
    import pyiptables.extensions.matches as M
    import pyiptables.extensions.targets as T
    for pkg in (M, T):
        for mi in pkgutil.iter_modules(pkg.__path__):
            importlib.import_module(f"{pkg.__name__}.{mi.name}")
    opts = lambda cls: [(name, o.nargs) for o in cls.OPTIONS for name in (o.name, *o.aliases)]
    return ({n: opts(c) for n, c in sorted(xtables._matches.items())},
            {n: opts(c) for n, c in sorted(xtables._targets.items())})


MATCHES, TARGETS = _extensions()
TARGET_WORDS = list(TARGETS) + ["ACCEPT", "DROP", "RETURN", "QUEUE", "svc", "nochain", "log", "x" * 29, ""]
MATCH_WORDS = list(MATCHES) + ["nomatch", "TCP", "__init__", "addrs", "import", "../x", ""]
ALL_EXT_OPTS = sorted({f"--{n}" for d in (MATCHES, TARGETS) for v in d.values() for n, _ in v})

# argv words are C strings: no NUL, and no surrogates but the \udc80-\udcff of undecodable bytes
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)
# what argv holds for bytes that are not UTF-8 (os.fsdecode: surrogateescape)
raw_bytes = st.binary(min_size=1, max_size=12).filter(lambda b: b"\0" not in b).map(os.fsdecode)
value = st.one_of(st.sampled_from(VALUES), text, st.integers(-2**33, 2**65).map(str), raw_bytes)
word = st.one_of(value, st.sampled_from(ALL_EXT_OPTS + COMMANDS + FLAGS + list(GENERIC)))


@st.composite
def ext_options(draw, opts):
    words = []
    for name, nargs in draw(st.lists(st.sampled_from(opts), max_size=3)) if opts else []:
        if draw(st.booleans()) and draw(st.booleans()):
            words.append("!")
        spelled = f"--{name}"
        if draw(st.integers(0, 9)) == 0 and len(name) > 3:
            spelled = spelled[:-2]                     # getopt_long accepts unambiguous prefixes
        words.append(spelled)
        n = nargs if draw(st.integers(0, 9)) else draw(st.integers(0, 2))
        words += [draw(value) for _ in range(n)]
        if draw(st.integers(0, 7)) == 0:
            words.insert(len(words) - n, "!")
    return words


@st.composite
def segment(draw):
    kind = draw(st.sampled_from(["cmd", "cmd", "gen", "flag", "match", "match", "target", "word"]))
    if kind == "cmd":
        w = [draw(st.sampled_from(COMMANDS))]
        for _ in range(draw(st.integers(0, 3))):
            w.append(draw(st.one_of(st.sampled_from(CHAINS), st.sampled_from(NUMBERS),
                                    st.sampled_from(["ACCEPT", "DROP", "RETURN"]))))
        return w
    if kind == "gen":
        opt = draw(st.sampled_from(sorted(GENERIC)))
        vals = GENERIC[opt]
        v = draw(st.sampled_from(VALUES) if vals is None else st.sampled_from(vals))
        w = ["!"] if draw(st.integers(0, 5)) == 0 else []
        return w + [opt] + ([] if v is None else [v])
    if kind == "flag":
        return [draw(st.sampled_from(FLAGS))]
    if kind == "match":
        name = draw(st.sampled_from(MATCH_WORDS))
        return ["-m", name] + draw(ext_options(MATCHES.get(name, [])))
    if kind == "target":
        name = draw(st.sampled_from(TARGET_WORDS))
        return [draw(st.sampled_from(["-j", "-j", "--jump", "-g"])), name] + draw(ext_options(TARGETS.get(name, [])))
    return [draw(word)]


@st.composite
def iptables_argv(draw):
    """pyiptables argv (no program name): mostly rule-shaped, often broken somewhere."""
    words = []
    if draw(st.integers(0, 3)) == 0:
        words += ["-t", draw(st.sampled_from(TABLES[:5] if draw(st.booleans()) else TABLES))]
    if draw(st.integers(0, 4)):
        words += [draw(st.sampled_from(["-A", "-I", "-C", "-D", "-A"])),
                  draw(st.sampled_from(CHAINS[:6] if draw(st.integers(0, 4)) else CHAINS))]
    for seg in draw(st.lists(segment(), max_size=6)):
        words += seg
    return words


# -- iptables-restore files ---------------------------------------------------------------------------
BUILTIN = {"filter": ("INPUT", "FORWARD", "OUTPUT"), "nat": ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"),
           "mangle": ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"), "raw": ("PREROUTING", "OUTPUT"),
           "security": ("INPUT", "FORWARD", "OUTPUT")}


def _quote(draw, w):
    if draw(st.integers(0, 5)) == 0 or " " in w:
        return '"' + w.replace('"', '\\"') + '"'
    return w


@st.composite
def restore_file(draw):
    """iptables-restore input: table blocks with chain lines, rules (argv shapes) and COMMIT,
    mutated by dropping, duplicating and garbling lines, and by random bytes."""
    lines = []
    for table in draw(st.lists(st.sampled_from(list(BUILTIN) + ["bogus", ""]), min_size=1, max_size=3)):
        lines.append(f"*{table}")
        chains = list(BUILTIN.get(table, ("INPUT",)))
        for c in chains:
            pol = draw(st.sampled_from(["ACCEPT", "DROP", "-", "RETURN", "x", "ACCEPT"]))
            cnt = draw(st.sampled_from(["[0:0]", "[5:300]", "", "[x:1]", "[1:2", "[18446744073709551616:0]"]))
            lines.append(f":{c} {pol} {cnt}".rstrip())
        if draw(st.booleans()):
            lines.append(f":{draw(st.sampled_from(['svc', 'new', 'x' * 29, 'INPUT', '-', '']))} - [0:0]")
        for _ in range(draw(st.integers(0, 4))):
            argv = draw(iptables_argv())
            counters = draw(st.sampled_from(["", "", "[1:2] ", "[a:b] ", "[1:2"]))
            lines.append(counters + " ".join(_quote(draw, w) for w in argv))
        if draw(st.integers(0, 6)):
            lines.append("COMMIT")
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(["# comment", "", "   ", "COMMIT extra", "*", ":", "[0:0]",
                                                "-A INPUT '-j' ACCEPT", '-A INPUT -m comment --comment "a\\"b" -j ACCEPT',
                                                '-A INPUT -m comment --comment "unterminated', "\x00\x01\x02"])))
    ops = draw(st.lists(st.tuples(st.sampled_from(["drop", "dup", "garble", "swap"]),
                                  st.integers(0, 10 ** 6)), max_size=2))
    for op, k in ops:
        if not lines:
            break
        i = k % len(lines)
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = (k // 7) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: k % (len(lines[i]) + 1)] + draw(text)
    data = "\n".join(lines)
    if draw(st.integers(0, 3)):
        data += "\n"
    raw = data.encode("utf-8", "surrogateescape")
    if draw(st.integers(0, 9)) == 0:
        raw += draw(st.binary(max_size=40))
    return raw


# -- other tools --------------------------------------------------------------------------------------
CT_WORDS = ["-L", "-G", "-D", "-I", "-U", "-F", "-C", "-S", "-h", "-V", "--dump", "--get", "--delete", "--create",
            "--update", "--flush", "--count", "--stats", "conntrack", "expect", "dying", "unconfirmed",
            "-s", "-d", "-r", "-q", "-p", "-f", "-t", "-u", "-w", "-b", "-n", "-g", "-j", "-m", "-c", "-e",
            "-z", "-o", "-l", "-i", "--src", "--dst", "--orig-src", "--orig-dst", "--reply-src", "--reply-dst",
            "--protonum", "--family", "--timeout", "--status", "--zone", "--orig-zone", "--reply-zone",
            "--mark", "--secmark", "--output", "--label", "--label-add", "--label-del", "--id", "--mask-src",
            "--mask-dst", "--tuple-src", "--tuple-dst", "--sport", "--dport", "--orig-port-src",
            "--orig-port-dst", "--reply-port-src", "--reply-port-dst", "--mask-port-src", "--tuple-port-src",
            "--state", "--icmp-type", "--icmp-code", "--icmp-id", "--buffer-size", "--event-mask", "--zero",
            "--src-nat", "--dst-nat", "--any-nat",
            "tcp", "udp", "icmp", "sctp", "gre", "6", "17", "ipv4", "ipv6", "inet", "10.0.1.2", "10.0.1.1",
            "10.0.2.2", "10.0.0.0/8", "::1", "40000", "22", "53", "5353", "ESTABLISHED", "SYN_SENT", "NONE",
            "ASSURED", "SEEN_REPLY", "FIXED_TIMEOUT", "UNSET", "xml", "extended", "id", "labels", "timestamp",
            "xml,extended", "NEW", "ALL", "1/0xff", "0x10", "8", "0", "7", "300", "4294967296", "-1"]
IP_WORDS = ["link", "addr", "address", "route", "r", "l", "a", "add", "del", "delete", "change", "replace",
            "set", "show", "list", "flush", "get", "help", "dev", "name", "type", "dummy", "veth", "bridge", "peer",
            "up", "down", "mtu", "address", "via", "src", "scope", "host", "link", "global", "proto", "metric",
            "table", "main", "local", "default", "unreachable", "blackhole", "prohibit", "broadcast", "brd",
            "label", "eth0", "eth1", "eth2", "lo", "veth0", "br0", "10.0.1.1/24", "10.0.1.9/24", "10.0.3.1/24",
            "10.0.1.2", "10.0.2.2", "192.168.0.0/16", "0.0.0.0/0", "10.0.0.0/33", "1.2.3.4/0", "-4", "-6", "-j",
            "-json", "-d", "-s", "-br", "-o", "-p", "-V", "-x", "1500", "0", "65536", "02:00:00:00:09:09",
            "ff:ff:ff:ff:ff:ff", "zz", "+", "-", "iif", "oif", "from", "to", "tos", "mark"]
SYSCTL_WORDS = ["-a", "-n", "-N", "-q", "-e", "-b", "-w", "-p", "-r", "-A", "-X", "--all", "--values", "--names",
                "--dry-run", "--write", "--load", "--pattern", "--quiet", "--ignore", "--binary", "--system",
                "net.ipv4.ip_forward", "net.ipv4.ip_forward=1", "net.ipv4.ip_forward=2", "net.ipv4.ip_forward=",
                "net/ipv4/ip_forward", "net.ipv4", "net..ipv4", "net.ipv4.conf.eth0.rp_filter=1",
                "net.ipv4.conf.*.rp_filter=2", "net.netfilter.nf_conntrack_tcp_loose=0",
                "net.netfilter.nf_conntrack_max=-1", "net.netfilter.nf_conntrack_max=99999999999999999999",
                "net.ipv4.ip_local_port_range=1000 2000", "net.ipv4.ip_local_port_range=2000 1000",
                "kernel.hostname=x", "a=b", "=1", "=", "-x=1", "net.ipv4.ip_forward.x", "net.ipv4.ip_forward/",
                "*", "net.ipv4.conf.[", "(", "/nonexistent/sysctl.conf", "net.core.somaxconn=4096"]


def tool_argv(words):
    return st.lists(st.one_of(st.sampled_from(words), st.sampled_from(words), value), max_size=8)


# -- captures -----------------------------------------------------------------------------------------
def pcap_bytes(frames, linktype=1, magic=0xA1B2C3D4, snaplen=65535):
    out = [struct.pack("<IHHiIII", magic, 2, 4, 0, 0, snaplen, linktype)]
    for ts, data in frames:
        out.append(struct.pack("<IIII", int(ts) & 0xFFFFFFFF, int(ts * 1e6) % 1000000, len(data), len(data)) + data)
    return b"".join(out)


def _csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(f"!{len(b) // 2}H", b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ipv4(src, dst, proto, payload, ttl=64, ident=1, flags_frag=0, ihl=5, opts=b"", tos=0):
    hdr = struct.pack("!BBHHHBBH4s4s", (4 << 4) | ihl, tos, 20 + len(opts) + len(payload), ident, flags_frag,
                      ttl, proto, 0, bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))) + opts
    hdr = hdr[:10] + struct.pack("!H", _csum(hdr)) + hdr[12:]
    return hdr + payload


def eth(payload, src="02:00:00:00:01:02", dst="02:00:00:00:01:01", ethertype=0x0800):
    mac = lambda m: bytes.fromhex(m.replace(":", ""))
    return mac(dst) + mac(src) + struct.pack("!H", ethertype) + payload


@st.composite
def frame(draw):
    """An Ethernet frame from a host next to eth0/eth1, mostly well-formed IPv4, sometimes broken."""
    proto = draw(st.sampled_from([6, 17, 1, 47, 50, 132, 0, 255]))
    sport, dport = draw(st.sampled_from([22, 53, 80, 123, 40000])), draw(st.sampled_from([22, 53, 80, 123, 1]))
    if proto == 6:
        flags = draw(st.sampled_from([0x02, 0x12, 0x10, 0x11, 0x04, 0x03, 0x00, 0x3F]))
        l4 = struct.pack("!HHIIBBHHH", sport, dport, draw(st.integers(0, 2**32 - 1)), 0,
                         draw(st.sampled_from([5 << 4, 6 << 4, 15 << 4, 0])), flags, 1024, 0, 0)
        l4 += draw(st.binary(max_size=12))
    elif proto == 17:
        body = draw(st.binary(max_size=16))
        l4 = struct.pack("!HHHH", sport, dport, 8 + len(body), 0) + body
    elif proto == 1:
        l4 = struct.pack("!BBHHH", draw(st.sampled_from([8, 0, 3, 11, 5, 255])), draw(st.integers(0, 15)), 0, 7, 1)
        l4 += draw(st.binary(max_size=28))
    else:
        l4 = draw(st.binary(max_size=24))
    src, dst = draw(st.sampled_from([("10.0.1.2", "10.0.1.1"), ("10.0.1.2", "10.0.2.2"),
                                     ("10.0.2.2", "10.0.1.2"), ("192.168.1.5", "10.0.2.2"),
                                     ("10.0.1.2", "255.255.255.255"), ("0.0.0.0", "10.0.1.1"),
                                     ("10.0.1.1", "10.0.1.1"), ("127.0.0.1", "10.0.1.1")]))
    frag = draw(st.sampled_from([0, 0, 0, 0x4000, 0x2000, 0x0001, 0x2010]))
    ihl, opts = draw(st.sampled_from([(5, b""), (5, b""), (6, b"\x01\x01\x01\x00"), (6, b"\x44\x04\x05\x00"),
                                      (7, b"\x07\x07\x04\x00\x00\x00\x00\x00"), (4, b""), (15, b"")]))
    pkt = ipv4(src, dst, proto, l4, ttl=draw(st.sampled_from([64, 1, 0])), flags_frag=frag, ihl=ihl, opts=opts)
    cut = draw(st.integers(0, 20))
    if cut == 0:
        pkt = pkt[:draw(st.integers(0, len(pkt)))]
    elif cut == 1:
        pkt = bytearray(pkt)
        i = draw(st.integers(0, len(pkt) - 1))
        pkt[i] = draw(st.integers(0, 255))
        pkt = bytes(pkt)
    side = draw(st.sampled_from([("02:00:00:00:01:02", "02:00:00:00:01:01"),
                                 ("02:00:00:00:02:02", "02:00:00:00:02:01"),
                                 ("02:00:00:00:01:02", "ff:ff:ff:ff:ff:ff"),
                                 ("02:00:00:00:01:01", "02:00:00:00:01:02"),
                                 ("02:00:00:00:09:09", "02:00:00:00:09:08")]))
    ethertype = draw(st.sampled_from([0x0800, 0x0800, 0x0800, 0x86DD, 0x0806, 0x8100]))
    return eth(pkt, src=side[0], dst=side[1], ethertype=ethertype)


@st.composite
def capture(draw):
    """A pcap of such frames: mostly a good file header, sometimes another link type or magic
    (nanosecond, swapped, pcapng's), a cut, or trailing garbage."""
    frames = draw(st.lists(frame(), max_size=8))
    t0 = draw(st.sampled_from([1700000000.0, 0.0, 4294967295.0]))
    stamped = [(t0 + i * draw(st.sampled_from([0.001, 0.5, 0.0])), f) for i, f in enumerate(frames)]
    odd = draw(st.integers(0, 4)) == 0
    data = pcap_bytes(stamped,
                      linktype=draw(st.sampled_from([1, 113, 101, 0, 228])) if odd else 1,
                      magic=draw(st.sampled_from([0xA1B23C4D, 0xD4C3B2A1, 0x0A0D0D0A, 0])) if odd else 0xA1B2C3D4,
                      snaplen=draw(st.sampled_from([65535, 0, 20, 2**31])) if odd else 65535)
    if draw(st.integers(0, 7)) == 0:
        data = data[:draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 9)) == 0:
        data += draw(st.binary(max_size=40))
    return data


# -- mutated rules from the extension tests' corpus (tests/extensions/*.t) -----------------------------
def _corpus():
    import shlex
    from pathlib import Path
    out = []
    for path in sorted((Path(__file__).resolve().parent.parent / "extensions").glob("*.t")):
        table, chains = "filter", ["INPUT"]
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("*"):
                table = line[1:].strip()
            elif line.startswith(":"):
                chains = line[1:].split(",")
            elif ";" in line and not line.startswith("#"):
                try:
                    words = shlex.split(line.split(";")[0])
                except ValueError:
                    continue
                if "\x00" not in "".join(words):
                    out.append((table, chains[0], words))
    return out


CORPUS = _corpus()


@st.composite
def corpus_argv(draw):
    """A rule of the corpus (most are valid: their own verdict is OK), mutated 0-3 times."""
    table, chain, words = draw(st.sampled_from(CORPUS))
    words = list(words)
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["del", "dup", "bang", "value", "hostile", "swap", "graft", "cut"]))
        i = draw(st.integers(0, max(len(words) - 1, 0)))
        if op == "graft":
            words += draw(st.sampled_from(CORPUS))[2]
        elif not words:
            continue
        elif op == "del":
            del words[i]
        elif op == "dup":
            words.insert(i, words[i])
        elif op == "bang":
            words.insert(i, "!")
        elif op == "value":
            words[i] = draw(value)
        elif op == "hostile":
            words[i] = words[i] + draw(st.sampled_from(HOSTILE))
        elif op == "swap":
            j = draw(st.integers(0, len(words) - 1))
            words[i], words[j] = words[j], words[i]
        else:
            words = words[:i]
    cmd = draw(st.sampled_from(["-A", "-A", "-A", "-I", "-C", "-D"]))
    return ["-t", table, cmd, chain] + words
