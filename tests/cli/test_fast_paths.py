"""The restore path's shortcuts give what the general code gives: each parser's shortcut for its
common form against the same parser without it, on random words; and a whole line parsed by
replaying its shape (parse/shapes.py) against parse_argv(), rule by rule, errors included."""
from __future__ import annotations

import random
import socket

import pytest

from pyiptables.extensions.matches.ports import parse_port_range, parse_port_range_any
from pyiptables.parse.addr import numeric_to_ipaddr, numeric_to_ipaddr_any, parse_multiple, parse_multiple_any
from pyiptables.parse.cmdline import parse_argv
from pyiptables.parse.shapes import parse_line
from pyiptables.packet import ntoa
from pyiptables.save import addr_text, mask_text, rule_text
from pyiptables.xtoptions import getportbyname, strtoul, strtoul_any

try:  # tests/ may or may not become a package
    from ..kernel import gen_cmdline
    from ..kernel.lab import BUILTIN
except ImportError:
    from kernel import gen_cmdline
    from kernel.lab import BUILTIN


@pytest.fixture(autouse=True)
def no_resolver(monkeypatch):
    """Names are not looked up here (both sides would ask the same resolver, slowly); what the
    refusing resolver said is not left in the port cache for the tests that come after."""
    def refuse(*args, **kw):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    getportbyname.cache_clear()
    yield
    getportbyname.cache_clear()


def outcome(fn, *args):
    try:
        return "ok", fn(*args)
    except Exception as e:
        return type(e).__name__, getattr(e, "message", str(e))


def words(r: random.Random, alphabet: str, n: int = 12) -> str:
    return "".join(r.choice(alphabet) for _ in range(r.randrange(0, n)))


def near_numbers(r: random.Random) -> str:
    """Mostly numbers around the shortcuts' edges: leading zeros, 255/256, 32/33, 65535/65536."""
    octet = lambda: r.choice(["0", "00", "01", "1", "9", "10", "99", "100", "255", "256", "999", "1000", "٣"])
    kind = r.randrange(4)
    if kind == 0:
        s = ".".join(octet() for _ in range(r.choice([1, 2, 3, 4, 4, 4, 5])))
        if r.random() < 0.6:
            s += "/" + r.choice(["0", "00", "1", "8", "24", "32", "33", "99", "100", "255.255.255.0", "", "-1"])
        return s + r.choice(["", "", "", ",1.2.3.4", " ", "x"])
    if kind == 1:
        return r.choice(["", "0", "00", "1", "65535", "65536", "99999", "123456", "+1", " 1", "0x10", "http"])
    if kind == 2:
        return str(r.choice([0, 1, 2 ** 64 - 1, 2 ** 64, 10 ** 30])) + r.choice(["", "", ":", ":80", "a"])
    return words(r, "0123456789.:/,+- x")


@pytest.mark.parametrize("seed", range(10))
def test_shortcuts_match_general_code(seed):
    r = random.Random(seed)
    for _ in range(3000):
        s = near_numbers(r)
        assert outcome(numeric_to_ipaddr, s) == outcome(numeric_to_ipaddr_any, s), s
        assert outcome(numeric_to_ipaddr, s, True) == outcome(numeric_to_ipaddr_any, s, True), s
        assert outcome(parse_multiple, s) == outcome(parse_multiple_any, s), s
        assert outcome(parse_port_range, s, "tcp") == outcome(parse_port_range_any, s, "tcp"), s
        assert outcome(strtoul, s) == outcome(strtoul_any, s), s


def test_addr_text_is_ntoa_and_mask_text():
    r = random.Random(5)
    masks = [0, 1, 0x80000000, 0xFFFFFFFF, 0xFFFFFF00, 0xFF00FF00] + [(0xFFFFFFFF << n) & 0xFFFFFFFF for n in range(33)]
    for mask in masks + [r.getrandbits(32) for _ in range(3000)]:
        for addr in (0, 0xFFFFFFFF, r.getrandbits(32)):
            assert addr_text(addr, mask) == f"{ntoa(addr)}/{mask_text(mask)}"


def summary(fn, argv, table):
    """What do_command gets from a parse: every field, each rule's save text, each extension's
    state; or the error."""
    try:
        p = fn(argv, restore_line=1, table=table)
    except Exception as e:
        return type(e).__name__, getattr(e, "message", str(e)), getattr(e, "status", None)
    exts = list(p.matches) + ([p.target] if p.target is not None else [])
    return ("ok", p.command, p.chain, p.table, p.options, p.invflags, p.rulenum, p.verbose, p.protocol, p.proto,
            p.src, p.dst, list(p.saddrs), list(p.daddrs), p.iniface, p.outiface, p.frag, p.jumpto, p.goto,
            p.pcnt, p.bcnt, p.skip, p.help, p.version, p.policy, p.newname,
            [(type(x).__name__, x.v, x.inv, x.seen, x.alias_name, x.state) for x in exts],
            [rule_text(r) for r in p.rules()] if p.command and not (p.help or p.version or p.skip) else None)


SHAPING = ("-m", "--match", "-p", "--protocol", "-j", "--jump", "-g", "--goto")    # their word is the shape's


def restore_lines(seed: int, n: int):
    """Rule lines as iptables-restore hands them to the parser, valid and invalid, each followed
    by lines of its shape with other values (what the same option took elsewhere), so that most
    are replayed."""
    g = gen_cmdline.Gen(seed)
    made = []
    for _ in range(n // 4):
        table = g.pick(list(BUILTIN))
        chain = g.pick(list(BUILTIN[table]) + ["U1"])
        g.bad = g.chance(0.2)
        rule = g.rule(table, chain, ["U1", "U2"])
        counters = ["--set-counters", g.pick(["1", "0", "x"]), "60"] if g.chance(0.1) else []
        made.append((["iptables-restore", *counters, "-A", chain, *rule], table))
    values: dict[str, list[str]] = {}          # option word -> the free words that followed it
    for argv, _ in made:
        for prev, w in zip(argv, argv[1:]):
            if w[:1] not in ("-", "!") and prev not in SHAPING:
                values.setdefault(prev, []).append(w)
    out = []
    for argv, table in made:
        out.append((argv, table))
        for _ in range(3):
            out.append(([w if w[:1] in ("-", "!") or prev not in values else g.pick(values[prev])
                         for prev, w in zip([""] + argv, argv)], table))
    return out


@pytest.mark.parametrize("seed", range(8))
def test_replayed_shapes_parse_as_parse_argv(seed):
    lines = restore_lines(seed, 1500)
    for argv, table in lines:
        assert summary(parse_line, argv, table) == summary(parse_argv, argv, table), argv


def test_save_string_as_xtables_save_string():
    """xtables_save_string, character by character: bare when every byte is [A-Za-z0-9_-] (and
    there is one), else quoted with \\ before \\ " and '."""
    from pyiptables.xtoptions import save_string

    def reference(value):
        if value and all(c.isascii() and (c.isalnum() or c in "_-") for c in value):
            return " " + value
        return ' "' + "".join("\\" + c if c in "\"\\'" else c for c in value) + '"'
    r = random.Random(9)
    alphabet = "aZ09_-  \"\\'é\x01\x7f/\udcff٣²"
    cases = ["", "_", "-", "_-_", "abc", "a b", "é", "\\", '"', "'", "٣", "ab²"]
    cases += ["".join(r.choice(alphabet) for _ in range(r.randrange(8))) for _ in range(20000)]
    for s in cases:
        assert save_string(s) == reference(s), s


def test_port_name_is_first_services_name():
    """-L names a port as getservbyport() does: the first /etc/services entry of the port for the
    protocol (an index of services(), not a walk over it per port)."""
    from pyiptables.extensions.matches.ports import port_name
    from pyiptables.xtoptions import services

    def reference(port, proto):
        for (name, p), num in services().items():
            if num == port and p == proto:
                return name
        return str(port)
    r = random.Random(4)
    ports = {num for num in services().values()} | {0, 1, 65535} | {r.randrange(65536) for _ in range(300)}
    for port in sorted(ports):
        for proto in ("tcp", "udp", "sctp", "dccp", "udplite"):
            assert port_name(port, proto, False) == reference(port, proto), (port, proto)
            assert port_name(port, proto, True) == str(port)
