"""The `conntrack` command line: argv -> tokens -> grammar/conntrack.lark (LALR) -> checked Args."""
from __future__ import annotations

import socket
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError
from lark.lexer import Lexer

from ..errors import IptablesError
from .conn import IPS_ASSURED, IPS_CONFIRMED, IPS_SEEN_REPLY, Conn, pack
from .filter import STATUS_NAMES, Filter
from .limit import alloc_ok
from .proto_tcp import NAMES as TCP_NAMES

GRAMMAR = Path(__file__).resolve().parents[2] / "grammar" / "conntrack.lark"


class ParamError(IptablesError):
    def __init__(self, message):
        super().__init__(message, 2)


# command letter -> its long names
CMDS = {"L": ("-L", "--dump"), "G": ("-G", "--get"), "D": ("-D", "--delete"), "I": ("-I", "--create"),
        "U": ("-U", "--update"), "E": ("-E", "--event"), "F": ("-F", "--flush"), "C": ("-C", "--count"),
        "S": ("-S", "--stats"), "h": ("-h", "--help"), "V": ("-V", "--version")}
# key, spellings, kind (arg / opt / flag), name in "Illegal option" messages
OPTS = (
    ("s", ("-s", "--src", "--orig-src"), "arg", "--orig-src"), ("d", ("-d", "--dst", "--orig-dst"), "arg", "--orig-dst"),
    ("r", ("-r", "--reply-src"), "arg", "--reply-src"), ("q", ("-q", "--reply-dst"), "arg", "--reply-dst"),
    ("p", ("-p", "--protonum"), "arg", "--protonum"), ("f", ("-f", "--family"), "arg", "--family"),
    ("t", ("-t", "--timeout"), "arg", "--timeout"), ("u", ("-u", "--status"), "arg", "--status"),
    ("w", ("-w", "--zone"), "arg", "--zone"), ("orig-zone", ("--orig-zone",), "arg", "--orig-zone"),
    ("reply-zone", ("--reply-zone",), "arg", "--reply-zone"), ("b", ("-b", "--buffer-size"), "arg", "--buffer-size"),
    ("mask-src", ("--mask-src",), "arg", "--mask-src"), ("mask-dst", ("--mask-dst",), "arg", "--mask-dst"),
    ("n", ("-n", "--src-nat"), "opt", "--src-nat"), ("g", ("-g", "--dst-nat"), "opt", "--dst-nat"),
    ("j", ("-j", "--any-nat"), "opt", "--any-nat"), ("m", ("-m", "--mark"), "arg", "--mark"),
    ("c", ("-c", "--secmark"), "arg", "--secmark"), ("e", ("-e", "--event-mask"), "arg", "--event-mask"),
    ("z", ("-z", "--zero"), "flag", "--zero"), ("o", ("-o", "--output"), "arg", "--output"),
    ("l", ("-l", "--label"), "arg", "--label"), ("label-add", ("--label-add",), "arg", "--label-add"),
    ("label-del", ("--label-del",), "arg", "--label-del"), ("i", ("-i", "--id"), "arg", "--id"),
    ("tuple-src", ("--tuple-src",), "arg", "--tuple-src"), ("tuple-dst", ("--tuple-dst",), "arg", "--tuple-dst"),
)
PORT_OPTS = {"--sport": "sport", "--orig-port-src": "sport", "--dport": "dport", "--orig-port-dst": "dport",
             "--reply-port-src": "rsport", "--reply-port-dst": "rdport", "--mask-port-src": None,
             "--mask-port-dst": None, "--tuple-port-src": None, "--tuple-port-dst": None}
ICMP_OPTS = {"--icmp-type": "icmp_type", "--icmp-code": "icmp_code", "--icmp-id": "icmp_id"}
_SPELL = {s: (k, kind, name) for k, spells, kind, name in OPTS for s in spells}
_CMD = {s: c for c, spells in CMDS.items() for s in spells}
FILTER = {"s", "d", "r", "q", "p", "f", "u", "m", "w", "orig-zone", "reply-zone", "c", "l", "i"}
LEGAL = {
    "L": FILTER | {"mask-src", "mask-dst", "n", "g", "j", "o", "z"},
    "G": FILTER | {"o"},
    "D": FILTER | {"t", "mask-src", "mask-dst", "n", "g", "j", "o"},
    "I": FILTER | {"t", "o", "label-add"},
    "U": FILTER | {"t", "n", "g", "j", "o", "label-add", "label-del"},
    "E": FILTER | {"mask-src", "mask-dst", "n", "g", "j", "o", "e", "b"},
    "F": {"f"}, "C": set(), "S": set(), "h": set(), "V": set(),
}
PROTOS = {"tcp": 6, "udp": 17, "udplite": 136, "icmp": 1, "icmpv6": 58, "sctp": 132, "dccp": 33, "gre": 47}
OUTPUTS = ("xml", "extended", "timestamp", "id", "ktimestamp", "labels", "userspace", "save")
EVENTS = {"NEW": ("NEW",), "UPDATE": ("UPDATE",), "DESTROY": ("DESTROY",), "ALL": ("NEW", "UPDATE", "DESTROY")}


class ArgvLexer(Lexer):
    """Each argv word is one token; protocol options exist only once `-p` named a protocol."""

    def __init__(self, conf):
        pass

    def lex(self, argv):
        proto = last = None
        expect_value = False
        for w in argv:
            if expect_value:
                expect_value = False
                yield Token("WORD", w)
                if last == "p":
                    proto = w
                continue
            if w.startswith("--") and "=" in w:
                w, _, val = w.partition("=")
                yield from self._option(w, proto)
                yield Token("WORD", val)
                if _SPELL.get(w, ("",))[0] == "p":
                    proto = val
                continue
            if w in _CMD:
                yield Token("CMD", w)
            elif w in _SPELL:
                k, kind, _name = _SPELL[w]
                yield Token({"arg": "OPT_ARG", "opt": "OPT_OPT", "flag": "FLAG"}[kind], w)
                last, expect_value = k, kind == "arg"
            elif w.startswith("-") and len(w) > 1 and not _is_number(w):
                yield from self._option(w, proto)
                last, expect_value = w, True
            else:
                yield Token("WORD", w)

    @staticmethod
    def _option(w, proto):
        if w in _SPELL:
            k, kind, _ = _SPELL[w]
            yield Token({"arg": "OPT_ARG", "opt": "OPT_OPT", "flag": "FLAG"}[kind], w)
            return
        p = PROTOS.get(proto, _num(proto) if proto and proto.isdigit() else None)
        if (w in PORT_OPTS and p in (6, 17, 136, 132, 33)) or (w == "--state" and p in (6, 132, 33)) \
                or (w in ICMP_OPTS and p == 1):
            yield Token("OPT_ARG", w)
            return
        raise ParamError(f"unknown option `{w}'")


def _is_number(w):
    return w[1:].isdigit()


def _num(s, default=0):
    """strtoul(s, NULL, 0) as the tool uses it: leading digits, 0x hex, 0 octal, junk gives 0."""
    s = (s or "").strip()
    try:
        return int(s, 0)
    except ValueError:
        digits = ""
        for ch in s:
            if not ch.isdigit():
                break
            digits += ch
        return int(digits) if digits else default


class _Tree(Transformer):
    def start(self, items):
        return items

    def command(self, c):
        return ("cmd", str(c[0]), None if c[1] is None else str(c[1]))

    def opt_arg(self, c):
        return ("opt", str(c[0]), str(c[1]))

    def opt_missing(self, c):
        return ("missing", str(c[0]), None)

    def opt_opt(self, c):
        return ("opt", str(c[0]), None if c[1] is None else str(c[1]))

    def flag(self, c):
        return ("opt", str(c[0]), None)

    def stray(self, c):
        return ("stray", str(c[0]), None)


_parser = None


def parser():
    global _parser
    if _parser is None:
        _parser = Lark(GRAMMAR.read_text(), parser="lalr", lexer=ArgvLexer)
    return _parser


def _addr(s):
    try:
        return int.from_bytes(socket.inet_aton(s), "big")
    except OSError:
        raise ParamError(f"Invalid IP address `{s}'") from None


class Args:
    """The checked command line."""

    def __init__(self):
        self.command = None
        self.table = "conntrack"
        self.outputs = set()
        self.filter = Filter()
        self.zero = False
        self.set_mark = None
        self.timeout = None
        self.set_status = 0
        self.label_add, self.label_del = [], []
        self.event_mask = set(EVENTS["ALL"])
        self.state = None
        self.seen = {}

    def build_entry(self, tr):
        """conntrack -I: a confirmed entry from the options; (ct, error message)."""
        f = self.filter
        p = f.proto
        if p == 1:
            t = (f.icmp_type or 0) << 8 | (f.icmp_code or 0)
            ko = pack(f.orig_src, f.orig_dst, 1, f.icmp_id or 0, t)
        else:
            ko = pack(f.orig_src, f.orig_dst, p, f.sport or 0, f.dport or 0)
        kr = tr.invert_key(ko)
        if f.repl_src is not None and kr is not None:
            kr = pack(f.repl_src, f.repl_dst if f.repl_dst is not None else f.orig_src, p,
                      (kr >> 16) & 0xFFFF, kr & 0xFFFF)
        if kr is None or ko in tr.table or kr in tr.table:
            return None, "Operation failed: Such conntrack exists, try -U to update"
        if tr.max and len(tr.table) >= 2 * tr.max and not alloc_ok(tr):
            return None, "Operation failed: not enough memory"      # ENOMEM: table full (limit.py)
        ct = Conn(ko, kr, f.zone or 0)
        tr.last_id += 1
        ct.id = (tr.last_id * 2654435761) & 0xFFFFFFFF
        ct.status = IPS_CONFIRMED | (self.set_status & (IPS_ASSURED | IPS_SEEN_REPLY | 1 | 1024))
        ct.mark = self.set_mark[0] if self.set_mark else 0
        ct.timeout = tr.now + self.timeout
        if p == 6:
            from .proto_tcp import _P
            ct.proto = self.state
            ct.pdata = bytes(_P.size)
        elif p in (17, 136):
            ct.pdata = tr.now
        tr.table[ko] = ct
        tr.table[kr] = ct
        tr.stats[2] += 1                # insert: nf_conntrack_hash_check_insert (ctnetlink only)
        tr.event(ct, 0)
        tr.deliver(ct)
        return ct, None


def parse_args(argv) -> Args:
    try:
        items = _Tree().transform(parser().parse(list(argv)))
    except ParamError:
        raise
    except LarkError as e:
        orig = getattr(e, "orig_exc", None)
        if isinstance(orig, IptablesError):
            raise orig from None
        raise ParamError("Bad parameter") from None
    a = Args()
    for kind, w, val in items:
        if kind == "cmd":
            if a.command is not None:
                raise ParamError("Invalid commands combination")
            a.command = _CMD[w]
            if val is not None and a.command in "LGDIUEFC":
                if val not in ("conntrack", "expect", "dying", "unconfirmed"):
                    raise ParamError(f"unknown type `{val}'")
                a.table = val
        elif kind == "missing":
            raise ParamError(f"option `{w}' requires an argument")
        elif kind == "opt":
            a.seen[w] = val
    if a.command is None:
        return a
    for w, val in a.seen.items():
        if w in _SPELL:
            k, _kind, name = _SPELL[w]
            if k not in LEGAL[a.command]:
                raise ParamError(f"Illegal option `{name}' with this command")
        _apply(a, w, val)
    _check(a)
    return a


def _apply(a, w, val):
    f = a.filter
    key = _SPELL[w][0] if w in _SPELL else w
    if key == "s":
        f.orig_src = _addr(val)
    elif key == "d":
        f.orig_dst = _addr(val)
    elif key == "r":
        f.repl_src = _addr(val)
    elif key == "q":
        f.repl_dst = _addr(val)
    elif key == "mask-src":
        f.mask_src = _addr(val)
    elif key == "mask-dst":
        f.mask_dst = _addr(val)
    elif key == "p":
        p = PROTOS.get(val)
        if p is None:
            if not val.isdigit() or int(val) > 255:
                raise ParamError(f"`{val}' unsupported protocol")
            p = int(val)
        f.proto = p
    elif key == "f":
        if val not in ("ipv4", "ipv6"):
            raise ParamError(f"`{val}' unsupported protocol")
        f.family = 2 if val == "ipv4" else 10
    elif key == "t":
        a.timeout = _num(val)
    elif key == "u":
        bits = 0
        for name in val.split(","):
            if name not in STATUS_NAMES:
                raise ParamError(f"Bad parameter `{name}'")
            if name == "UNSET" and a.command in "LDEG":
                raise IptablesError("Operation failed: invalid parameters", 1)
            bits |= STATUS_NAMES[name]
        a.set_status = bits
        if a.command in "LGDE":
            f.status = bits
    elif key == "m":
        v, _, m = val.partition("/")
        mark = (_num(v) & 0xFFFFFFFF, _num(m) & 0xFFFFFFFF if m else 0xFFFFFFFF)
        if a.command in "IU":
            a.set_mark = mark
        else:
            f.mark = mark
    elif key == "w":
        f.zone = _num(val) & 0xFFFF
    elif key in ("orig-zone", "reply-zone"):
        setattr(f, key.replace("-", "_"), _num(val) & 0xFFFF)
    elif key in ("n", "g", "j"):
        v = (_addr(val),) if val else ()
        setattr(f, {"n": "snat", "g": "dnat", "j": "anynat"}[key], v)
    elif key == "o":
        for o in val.split(","):
            if o not in OUTPUTS:
                raise ParamError(f"Bad parameter `{o}'")
            a.outputs.add(o)
    elif key == "e":
        a.event_mask = set()
        for e in val.split(","):
            if e not in EVENTS:
                raise ParamError(f"Bad parameter `{e}'")
            a.event_mask.update(EVENTS[e])
    elif key == "z":
        a.zero = True
    elif key in ("label-add", "label-del", "l"):
        names = {v: k for k, v in __import__("pyiptables.conntrack.output", fromlist=["x"]).label_names().items()}
        for lab in val.split(","):
            bit = names.get(lab, _num(lab, None))
            if bit is None:
                raise ParamError(f"unknown label '{lab}'")
            (a.label_del if key == "label-del" else a.label_add).append(bit)
    elif key == "--state":
        name = "SYN_SENT2" if val == "LISTEN" else val
        if name not in TCP_NAMES:
            raise ParamError(f"unknown TCP state `{val}'")
        a.state = TCP_NAMES.index(name)
        f.state = name
    elif key in PORT_OPTS:
        attr = PORT_OPTS[key]
        if attr:
            setattr(f, attr, _num(val) & 0xFFFF)
    elif key in ICMP_OPTS:
        setattr(f, ICMP_OPTS[key], _num(val) & (0xFFFF if key == "--icmp-id" else 0xFF))


def _check(a):
    f = a.filter
    if f.mask_src is None:
        f.mask_src = 0xFFFFFFFF
    if f.mask_dst is None:
        f.mask_dst = 0xFFFFFFFF
    if a.command == "I":
        if f.orig_src is None or f.orig_dst is None:
            raise ParamError("you have to specify `--src' and `--dst'")
        if f.proto is None:
            raise ParamError("You need to supply the `--protonum' option for this command")
        if f.proto in (6, 17, 136, 132, 33) and (f.sport is None or f.dport is None):
            raise ParamError("you have to specify `--sport' and `--dport'")
        if f.proto == 6 and a.state is None:
            raise ParamError("You need to supply the `--state' option for this command")
        if a.timeout is None:
            raise ParamError("You need to supply the `--timeout' option for this command")
        if a.state is not None:
            f.state = None


USAGE = (Path(__file__).with_name("usage.txt")).read_text() if Path(__file__).with_name("usage.txt").exists() else ""
