"""The `conntrack` command line: argv -> ctgetopt tokens -> grammar/conntrack.lark -> Args.

Args are built the way conntrack 1.4.7's do_parse() builds its command: every token is applied
in order (so the first problem met is the one reported), then the checks that follow the loop run
(labels, --any-nat, the legal options of the command, the protocol's own checks). Messages,
exit statuses and the oddities of the tool (an optional argument given with `=` is dropped,
`--dump=expect` lists the conntrack table, -m/-w/-c take what strtoul makes of them) are the tool's.
"""
from __future__ import annotations

from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError
from lark.lexer import Lexer

from ..errors import IptablesError
from . import ctgetopt
from .filter import Tmpl

GRAMMAR = Path(__file__).resolve().parents[2] / "grammar" / "conntrack.lark"
AF_UNSPEC, AF_INET, AF_INET6 = 0, 2, 10


class ParamError(IptablesError):
    """PARAMETER_PROBLEM: exit status 2 and the `Try ... -h` hint."""

    def __init__(self, message):
        super().__init__(message, 2)


class OtherError(IptablesError):
    """OTHER_PROBLEM: exit status 1."""

    def __init__(self, message):
        super().__init__(message, 1)


# commands, by their bit in conntrack's command mask
(CT_LIST, CT_CREATE, CT_UPDATE, CT_DELETE, CT_GET, CT_FLUSH, CT_EVENT, CT_VERSION, CT_HELP, EXP_LIST,
 EXP_CREATE, EXP_DELETE, EXP_GET, EXP_FLUSH, EXP_EVENT, CT_COUNT, EXP_COUNT, CT_STATS, EXP_STATS,
 CT_ADD) = range(20)
NUMBER_OF_CMD = 20
CMD2TYPE = {"L": (CT_LIST, EXP_LIST), "I": (CT_CREATE, EXP_CREATE), "D": (CT_DELETE, EXP_DELETE),
            "G": (CT_GET, EXP_GET), "F": (CT_FLUSH, EXP_FLUSH), "E": (CT_EVENT, EXP_EVENT),
            "V": (CT_VERSION, CT_VERSION), "h": (CT_HELP, CT_HELP), "C": (CT_COUNT, EXP_COUNT),
            "S": (CT_STATS, EXP_STATS), "U": (CT_UPDATE, None), "A": (CT_ADD, None)}
_TABLE_ORDER = ("expect", "conntrack", "dying", "unconfirmed")      # check_type() tries them so

# options, by their bit in conntrack's option mask, and the names its messages use
OPTFLAGS = ("src", "dst", "reply-src", "reply-dst", "protonum", "timeout", "status", "zero", "event-mask",
            "tuple-src", "tuple-dst", "mask-src", "mask-dst", "nat-range", "mark", "id", "family", "src-nat",
            "dst-nat", "output", "secmark", "buffer-size", "any-nat", "zone", "label", "label-add",
            "label-del", "orig-zone", "reply-zone")
OPT = {name: 1 << i for i, name in enumerate(OPTFLAGS)}
LETTER_OPT = {"s": "src", "d": "dst", "r": "reply-src", "q": "reply-dst", "{": "mask-src", "}": "mask-dst",
              "[": "tuple-src", "]": "tuple-dst", "n": "src-nat", "g": "dst-nat", "m": "mark", "c": "secmark",
              "i": "id", "j": "any-nat", "w": "zone", "l": "label", "<": "label-add", ">": "label-del",
              "(": "orig-zone", ")": "reply-zone"}
COMPARISON = sum(OPT[k] for k in ("protonum", "src", "dst", "reply-src", "reply-dst", "mark", "secmark",
                                  "status", "id", "zone", "label", "orig-zone", "reply-zone"))
STATUS_WORDS = (("ASSURED", 4), ("SEEN_REPLY", 2), ("UNSET", 0), ("FIXED_TIMEOUT", 1024), ("EXPECTED", 1),
                ("OFFLOAD", 1 << 14), ("HW_OFFLOAD", 1 << 15))
EVENT_WORDS = (("ALL", 7), ("NEW", 1), ("UPDATES", 2), ("DESTROY", 4))
OUTPUT_WORDS = (("xml", 1), ("extended", 2), ("timestamp", 4), ("id", 8), ("ktimestamp", 16), ("labels", 32),
                ("userspace", 0), ("save", 64))
O_XML, O_EXT, O_TMS, O_ID, O_KTMS, O_CL, O_SAVE = 1, 2, 4, 8, 16, 32, 64


class _Lexer(Lexer):
    def __init__(self, conf):
        pass

    def lex(self, argv):
        for kind, name, value in ctgetopt.tokens(argv):
            if kind == "err":
                yield Token("ERROR", value)
            elif kind == "cmd":
                yield Token("CMD", name)
                if value is not None:
                    yield Token("WORD", value)
            elif value is None:
                yield Token("OPT", name)
            else:
                yield Token("OPT_ARG", name)
                yield Token("WORD", value)


class _Tree(Transformer):
    def start(self, items):
        return items

    def command(self, c):
        return ("cmd", str(c[0]), None if c[1] is None else str(c[1]))

    def opt_arg(self, c):
        return ("opt", str(c[0]), str(c[1]))

    def opt(self, c):
        return ("opt", str(c[0]), None)

    def error(self, c):
        return ("err", None, str(c[0]))


_parser = None


def parser():
    global _parser
    if _parser is None:
        _parser = Lark(GRAMMAR.read_text(), parser="lalr", lexer=_Lexer)
    return _parser


class Args:
    """The parsed command (struct ct_cmd)."""

    def __init__(self):
        self.command = 0                # mask of command bits
        self.cmd = NUMBER_OF_CMD        # bit2cmd(command)
        self.type = "conntrack"
        self.options = 0
        self.family = AF_UNSPEC
        self.tmpl = Tmpl()              # the entry template: filter, or what -I/-U set
        self.mask = Tmpl()              # --mask-src/--mask-dst, CIDR masks
        self.exptuple = Tmpl()
        self.mark = None                # (value, mask)
        self.status_mask = 0
        self.event_mask = 0
        self.output = 0
        self.labels, self.label_modify = [], []
        self.proto, self.protonum, self.l4flags = None, 0, 0
        self.vtags = [0, 0]             # --orig-vtag / --reply-vtag (sctp)
        self.buffer = 0
        self.warnings = []              # stderr lines printed while parsing (WARNING: ...)

    def has(self, name) -> bool:
        return bool(self.options & OPT[name])


def parse_args(argv) -> Args:
    try:
        items = _Tree().transform(parser().parse(list(argv)))
    except LarkError as e:
        orig = getattr(e, "orig_exc", None)
        if isinstance(orig, IptablesError):
            raise orig from None
        raise ParamError("Bad parameter") from None
    a = Args()
    merges = 0
    try:
        for kind, name, val in items:
            if kind == "err":
                raise ParamError(val)
            if kind == "cmd":
                _command(a, name, val)
            else:
                merges += name == "p"
                _option(a, name, val, merges)
        _after_loop(a)
    except IptablesError as e:
        e.warnings = a.warnings         # printed to stderr before the error, as the tool does
        raise
    return a


def _command(a, c, table):
    t = "conntrack" if table is None else next((x for x in _TABLE_ORDER if x.startswith(table)), None)
    if t is None:
        raise ParamError(f"unknown type `{table}'")
    if c == "L" and t in ("dying", "unconfirmed"):
        bit = CT_LIST
    else:
        if t in ("dying", "unconfirmed"):
            raise ParamError("Can't do that command with tables `dying' and `unconfirmed'")
        bit = CMD2TYPE[c][t == "expect"]
        if bit is None:
            name = next(n for n, _h, letter in ctgetopt.LONGS if letter == c)
            raise ParamError(f"Can't do --{name} on expectations")
    if a.command:
        raise ParamError("Invalid commands combination")
    a.command, a.cmd, a.type = 1 << bit, bit, t


def _option(a, c, arg, merges):
    from . import optparse
    optparse.apply(a, c, arg, merges)


def _after_loop(a):
    from . import optparse
    optparse.after_loop(a)


USAGE = (Path(__file__).with_name("usage.txt")).read_text() if Path(__file__).with_name("usage.txt").exists() else ""
