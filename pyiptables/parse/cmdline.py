"""argv -> Parsed: iptables' do_parse(), as the reductions of grammar/iptables.lark over the getopt
lexer's tokens.

Each grammar item is applied as soon as it is read, so errors come in the order iptables gives them.
"""
from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from operator import attrgetter

from .. import xtables
from ..model import (INV_DSTIP, INV_FRAG, INV_PROTO, INV_SRCIP, INV_VIA_IN, INV_VIA_OUT, STANDARD_VERDICTS,
                     Rule)
from ..xtables import ParamError
from ..xtoptions import c_decimal, convert, strtoul
from .addr import parse_interface, parse_multiple, parse_protocol
from .getopt import GetoptLexer, State, c_lower

# command bits (CMD_*) and their letters, lowest bit first (cmdflags[])
CMD_BITS = "IDdRALFZNXPESzC"          # d = DELETE_NUM, z = ZERO_NUM
CMD = {c: 1 << i for i, c in enumerate(CMD_BITS)}
CMD_CHAR = "IDDRALFZNXPESZC"

# option bits (OPT_*) and their letters (optflags[]), and which invflag `!` sets for each
OPT_CHARS = "nsdpjvxio0cf"
OPT = {c: 1 << i for i, c in enumerate(OPT_CHARS)}
OPT_INV = {"s": INV_SRCIP, "d": INV_DSTIP, "p": INV_PROTO, "i": INV_VIA_IN, "o": INV_VIA_OUT, "f": INV_FRAG}

# commands_v_options: 'x' = illegal, per command row, columns in OPT_CHARS order
COMMANDS_V_OPTIONS = {
    "I": "x     x  x  ", "D": "x     x  xx ", "d": "xxxxx xxxxxx", "R": "x     x  x  ",
    "A": "x     x  x  ", "L": " xxxx  xx xx", "F": "xxxxx xxxxxx", "Z": "xxxxx xxxxxx",
    "N": "xxxxx xxxxxx", "X": "xxxxx xxxxxx", "P": "xxxxx xxxx x", "E": "xxxxx xxxxxx",
    "S": "xxxxx xxxxxx", "z": "xxxxx xxxxxx", "C": "x     x  xx ",
}
OTHER_CMDS = {"L": CMD["Z"] | CMD["z"], "S": CMD["Z"] | CMD["z"], "Z": CMD["L"] | CMD["S"]}
MAXNAMELEN = 29
_VALUE = attrgetter("value")          # a token's word


def cmd_char(bits: int) -> str:
    for i, c in enumerate(CMD_CHAR):
        if bits & (1 << i):
            return c
    return "?"


class Parsed:
    """iptables_command_state + xt_cmd_parse: everything do_command4 needs. The defaults are
    class attributes (a restore makes one Parsed per line); each is replaced, never changed in place."""

    command = 0
    chain = newname = policy = None
    rulenum = 0
    table = "filter"
    table_set = False
    options = 0
    invflags = 0
    verbose = 0
    proto = 0
    protocol = None
    src = dst = None            # the -s / -d words
    saddrs = daddrs = ((0, 0),)
    iniface = outiface = ""
    frag = False
    matches: list = ()
    target = None
    jumpto = None
    goto = False
    pcnt = bcnt = 0
    help = False
    help_blocks: list = ()      # -h: each loaded extension's help, in print order
    version = None
    skip = False                # -6 in iptables-restore: the line is ignored
    wait = wait_interval = False
    wait_secs = 0               # -w N (-1: -w alone); the lock is awaited for ever unless N > 0

    @property
    def listing_only(self) -> bool:
        return not self.command & ~(CMD["L"] | CMD["S"])

    def rules(self) -> list[Rule]:
        """One Rule per source x destination address, as iptables expands comma lists."""
        verdict = "" if self.target is not None else (self.jumpto or "")
        if len(self.saddrs) == 1 and len(self.daddrs) == 1:
            (s, sm), (d, dm) = self.saddrs[0], self.daddrs[0]
            return [Rule.of(s, sm, d, dm, self.iniface, self.outiface, self.proto, self.frag, self.invflags,
                            self.matches, self.target, verdict, self.goto, self.pcnt, self.bcnt)]
        out = []
        for s, sm in self.saddrs:
            for d, dm in self.daddrs:
                out.append(Rule.of(s, sm, d, dm, self.iniface, self.outiface, self.proto, self.frag, self.invflags,
                                   self.matches, self.target, verdict, self.goto, self.pcnt, self.bcnt))
        return out


def scan_llu(s: str, i: int = 0):
    """sscanf's %llu on s[i:]: (value, end) or None when no digits follow. Leading blanks and a
    sign are accepted, a negative value wraps modulo 2**64, an overflow gives ULLONG_MAX."""
    neg, v, j = c_decimal(s, i)
    if v is None:
        return None
    if v > 0xFFFFFFFFFFFFFFFF:
        v = 0xFFFFFFFFFFFFFFFF
    elif neg:
        v = -v & 0xFFFFFFFFFFFFFFFF
    return v, j


def parse_rulenumber(word: str) -> int:
    v = strtoul(word)
    if v is None or v < 1 or v > 0x7FFFFFFF:
        raise ParamError(f"Invalid rule number `{word}'")
    return v


_SCANF_INT = re.compile(r"[ \t\n\v\f\r]*([+-]?)(0[xX](?=[0-9a-fA-F])|(?=0)|)([0-9a-fA-F]*)")


def scanf_int(s: str) -> int | None:
    """sscanf(s, "%i", &int): None when nothing converts; hex after 0x, octal after 0, a long
    (saturated) cut to 32 bits, as glibc stores it in an int."""
    m = _SCANF_INT.match(s)
    if m is None:
        return None
    sign, prefix, digits = m.groups()
    base = 16 if prefix else 8 if digits[:1] == "0" else 10
    ok = "0123456789abcdefABCDEF"[:base + 6 * (base == 16)]
    n = 0
    while n < len(digits) and digits[n] in ok:
        n += 1
    if n == 0:
        return None
    v = int(digits[:n], base) * (-1 if sign == "-" else 1)
    v = max(-(1 << 63), min(v, (1 << 63) - 1)) & 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


_SPACE = re.compile(r"[ \t\n\v\f\r]")     # isspace() in the C locale: not U+00A0, U+3000, \x1f...


def c_len(name: str) -> int:
    """strlen(): names are C strings, counted in bytes (argv is decoded with surrogateescape)."""
    return len(name) if name.isascii() else len(name.encode("utf-8", "surrogateescape"))


def parse_chain(name: str) -> None:
    if c_len(name) >= MAXNAMELEN:
        raise ParamError(f"chain name `{name}' too long (must be under {MAXNAMELEN} chars)")
    if name[:1] in ("-", "!"):
        raise ParamError(f"chain name not allowed to start with `{name[0]}'")
    # "" is the standard target to xtables_find_target()
    if not name or xtables.find_target(name) is not None or name in STANDARD_VERDICTS:
        raise ParamError("chain name may not clash with target name")
    if _SPACE.search(name):
        raise ParamError(f"Invalid chain name `{name}'")


@lru_cache(maxsize=4096)          # a restore names the same targets and chains over and over
def parse_target_name(name: str) -> str:
    if not name:
        raise ParamError("Invalid target name (too short)")
    if c_len(name) >= MAXNAMELEN:
        raise ParamError(f"Invalid target name `{name}' ({MAXNAMELEN - 1} chars max)")
    if _SPACE.search(name):
        raise ParamError(f"Invalid target name `{name}'")
    return name


class Builder:
    """Applies each item to `self.p` (Parsed) and `self.st` (lexer State) as the parser reduces it."""

    def __init__(self):
        self.p: Parsed | None = None
        self.st: State | None = None

    def _set_option(self, c: str, invert: bool):
        p = self.p
        bit = OPT[c]
        if p.options & bit:
            raise ParamError(f"multiple -{c} flags not allowed")
        p.options |= bit
        if invert:
            if c not in OPT_INV:
                raise ParamError(f"cannot have ! before -{c}")
            p.invflags |= OPT_INV[c]

    def _add_command(self, c: str, invert: bool):
        if invert:
            raise ParamError("unexpected '!' flag")
        p = self.p
        others = OTHER_CMDS.get(c, 0)
        if p.command & ~others:
            raise ParamError(f"Cannot use -{c} with -{cmd_char(p.command & ~others)}")
        p.command |= CMD[c]

    def command(self, items):
        (c, invert), args = items[0].value, list(map(_VALUE, items[1:]))
        p = self.p
        self._add_command(c, invert)
        if c == "A":                    # all -A does here; the branches below are for the others
            p.chain = args[0]
            return
        if c in "ACDRINP E":
            p.chain = args[0]
        elif args:
            p.chain = args[0]
        if c == "N":
            parse_chain(p.chain)
        elif c in "DI" and len(args) > 1:
            p.rulenum = parse_rulenumber(args[1])
            if c == "D":
                p.command = (p.command & ~CMD["D"]) | CMD["d"]
        elif c == "R":
            if len(args) < 2:
                raise ParamError("-R requires a rule number")
            p.rulenum = parse_rulenumber(args[1])
        elif c in "LS" and len(args) > 1:
            p.rulenum = parse_rulenumber(args[1])
        elif c == "Z" and len(args) > 1:
            p.rulenum = parse_rulenumber(args[1])
            p.command = (p.command & ~CMD["Z"]) | CMD["z"]
        elif c == "E":
            if len(args) < 2:
                raise ParamError("-E requires old-chain-name and new-chain-name")
            p.newname = args[1]          # not checked here: libiptc takes any name up to 31 chars
        elif c == "P":
            if len(args) < 2:
                raise ParamError("-P requires a chain and a policy")
            p.policy = args[1]
        if c == "I" and len(args) == 1:
            p.rulenum = 1

    def match(self, items):
        pass                  # loaded by the lexer, which must know its options before reading on

    def jump(self, items):
        (c, invert), name = items[0].value, items[1].value
        p = self.p
        self._set_option("j", invert)
        if c == "g":
            p.goto = True
        p.jumpto = parse_target_name(name)
        p.target = self.st.target

    def option(self, items):
        (c, invert), args = items[0].value, list(map(_VALUE, items[1:]))
        p = self.p
        if c == "p":
            self._set_option("p", invert)
            p.protocol = c_lower(args[0])
            p.proto = parse_protocol(p.protocol)
            if p.proto == 0 and p.invflags & INV_PROTO:
                raise ParamError("rule would never match protocol")
        elif c in "sd":
            self._set_option(c, invert)
            if c == "s":
                p.src = args[0]
            else:
                p.dst = args[0]
        elif c in "io":
            if args[0] == "":
                raise ParamError("Empty interface is likely to be undesired")
            self._set_option(c, invert)
            name = parse_interface(args[0])
            if c == "i":
                p.iniface = name
            else:
                p.outiface = name
        elif c == "f":
            self._set_option("f", invert)
            p.frag = True
        elif c == "v":
            if not p.verbose:
                self._set_option("v", invert)
            p.verbose += 1
        elif c in "nx0":
            self._set_option(c, invert)
        elif c == "t":
            if invert:
                raise ParamError("unexpected ! flag before --table")
            if self.st.restore_line >= 0:
                raise ParamError("The -t option cannot be used in iptables-restore.\n")
            p.table = args[0]
            p.table_set = True
        elif c == "c":
            self._set_option("c", invert)
            comma = args[0].find(",", 1)
            if comma > 0:
                args = [args[0], args[0][comma + 1:]]
            if len(args) < 2:
                raise ParamError("-c requires packet and byte counter")
            pc, bc = scan_llu(args[0]), scan_llu(args[1])
            if pc is None:
                raise ParamError("-c packet counter not numeric")
            if bc is None:
                raise ParamError("-c byte counter not numeric")
            p.pcnt, p.bcnt = pc[0], bc[0]
        elif c == "V":
            p.version = "Not 1.8.9 (legacy) ;-)" if invert else xtables.VERSION_TAG
            raise StopParse
        elif c == "h":
            p.help = True
            raise StopParse
        elif c == "6":
            if self.st.restore_line >= 0:
                p.skip = True           # "line is ignored by iptables-restore", as its -h says
                raise StopParse
            raise ParamError("", banner=False)      # exit_tryhelp(2): the hint alone
        elif c == "b":
            raise ParamError('Unknown arg "(null)"')
        elif c in "wW":
            if self.st.restore_line >= 0:
                raise ParamError(f"You cannot use `-{c}' from iptables-restore")
            if c == "w":
                secs = scanf_int(args[0]) if args else -1
                if secs is None:
                    raise ParamError("wait seconds not numeric")
                p.wait, p.wait_secs = True, secs
            else:
                if not args:
                    raise ParamError("wait interval value required")
                v = scan_llu(args[0])           # sscanf("%u") into an unsigned int
                if v is None:
                    raise ParamError("wait interval not numeric")
                if v[0] & 0xFFFFFFFF > 999999:
                    raise ParamError(f"too long usec wait {v[0] & 0xFFFFFFFF} > 999999 usec")
                sys.stderr.write("Ignoring deprecated --wait-interval option.\n")
                p.wait_interval = True
        # -4, -M: nothing to do

    def extopt(self, items):
        (ext, opt, invert), args = items[0].value, list(map(_VALUE, items[1:]))
        memo = (type(ext), id(opt))       # Opt rows live as long as their class
        primary = _primary.get(memo)
        if primary is None:
            primary = _primary[memo] = xtables.primary_opt(ext, opt)
        opt = primary
        key = opt.dest or opt.name
        if key in ext.seen and (not opt.multi or key in opt.excl):
            raise ParamError(f'{ext.ext_name}: option "--{opt.name}" can only be used once.\n')
        if invert and not opt.invert:
            raise ParamError(f'{ext.ext_name}: option "--{opt.name}" cannot be inverted.\n')
        # exclusions are only tested once the line is read (xtables_options_fcheck)
        if opt.nargs < 0:                 # an optional word: None when absent
            value = convert(opt, args[0], ext) if args else None
        else:
            value = convert(opt, args[0] if opt.nargs == 1 else (args if opt.nargs > 1 else None), ext) \
                if opt.nargs else True
        ext.seen.append(key)
        ext.parse(opt, value, invert, self.p)

    def bang(self, items):
        return None

    def stray(self, items):
        raise ParamError(f"Bad argument `{items[0].value}'", banner=False)

    def error(self, items):
        raise items[0].value


_primary: dict = {}          # (extension class, id of an option row) -> the row parsed for it


class StopParse(Exception):
    """-h / -V: stop reading the line and act at once, as iptables exits from inside getopt's loop."""


GRAMMAR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                       "grammar", "iptables.lark")
_parsers: dict = {}          # builder -> grammar/iptables.lark's LALR parser calling it


def reduce_items(st: State, builder: Builder) -> None:
    """Parse the line with grammar/iptables.lark (lark's LALR parser, fed the getopt lexer's
    tokens); the builder's method for each item runs when the parser reduces it: once the token
    after the item has been read, so the lexer's work on the next word, and an error it finds
    there, comes before the item's own checks."""
    parser = _parsers.get(builder)
    if parser is None:
        from ._lark import lalr, runtime
        parser = _parsers[builder] = (lalr(GRAMMAR, transformer=builder), runtime().Token)
    lark_parser, token = parser
    ip = lark_parser.parse_interactive()
    last = None
    for t in GetoptLexer().lex(st):
        last = token(t.type, t.value, t.start_pos)
        ip.feed_token(last)
    ip.feed_eof(last)


_builder = Builder()


def parse_argv(argv: list[str], restore_line: int = -1, table: str | None = None) -> Parsed:
    """Parse a full argv (argv[0] is the program name) like do_parse() + ipv4_post_parse()."""
    p = Parsed()
    if table:
        p.table = table
    st = State(argv, restore_line)
    _builder.p, _builder.st = p, st
    try:
        reduce_items(st, _builder)
    except StopParse:
        return stopped(p, st)
    except Exception as e:  # lark wraps errors raised inside callbacks
        inner = getattr(e, "orig_exc", None)
        if inner is not None:
            if isinstance(inner, StopParse):
                return stopped(p, st)
            raise inner from None
        raise
    finally:
        _builder.p = _builder.st = None
    p.matches = [m for m, _ in st.matches]
    post_parse(p, st)
    return p


def stopped(p: Parsed, st: State) -> Parsed:
    """-h / -V ended the parse: nothing after it is read or checked."""
    if p.help:
        p.help_blocks = st.help_blocks()
    return p


def post_parse(p: Parsed, st: State) -> None:
    if p.table == "nat" and (p.policy == "DROP" or p.jumpto == "DROP"):
        raise ParamError('\nThe "nat" table is not intended for filtering, the use of DROP is therefore '
                         'inhibited.\n\n')
    if p.wait_interval and not p.wait:
        raise ParamError("--wait-interval only makes sense with --wait\n")
    for m in p.matches:
        m.final_check(p)
        xtables.options_fcheck(m)
    if p.target is not None:
        p.target.final_check(p)
        xtables.options_fcheck(p.target)
    if not p.command:
        raise ParamError("no command specified")
    if st.invert:
        raise ParamError("nothing appropriate following !")
    if p.src is not None:
        p.saddrs = parse_multiple(p.src)
    if p.dst is not None:
        p.daddrs = parse_multiple(p.dst)
    if (len(p.saddrs) > 1 or len(p.daddrs) > 1) and p.invflags & (INV_SRCIP | INV_DSTIP):
        raise ParamError("! not allowed with multiple source or destination IP addresses")
    if p.command & _CMD_R and (len(p.saddrs) != 1 or len(p.daddrs) != 1):
        raise ParamError("Replacement rule does not specify a unique address")
    generic_opt_check(p.command, p.options)
    if p.chain is not None and c_len(p.chain) >= MAXNAMELEN:
        raise ParamError(f"chain name `{p.chain}' too long (must be under {MAXNAMELEN} chars)")
    if p.command & _RULE_CMDS:
        if p.chain in ("PREROUTING", "INPUT") and p.options & _OPT_O:
            raise ParamError(f"Can't use -o with {p.chain}\n")
        if p.chain in ("POSTROUTING", "OUTPUT") and p.options & _OPT_I:
            raise ParamError(f"Can't use -i with {p.chain}\n")


_CMD_R = CMD["R"]
_RULE_CMDS = CMD["A"] | CMD["D"] | CMD["C"] | CMD["I"] | CMD["R"]
_OPT_O, _OPT_I = OPT["o"], OPT["i"]


# per command bit, the options it allows (a ' ' in its commands_v_options row)
_ALLOWED = [sum(1 << i for i, x in enumerate(COMMANDS_V_OPTIONS[cc]) if x != "x") for cc in CMD_BITS]


_allowed_by: dict[int, int] = {}


def generic_opt_check(command: int, options: int) -> None:
    """An option given is illegal when no command given allows it (generic_opt_check)."""
    allowed = _allowed_by.get(command)
    if allowed is None:
        allowed = 0
        for j, mask in enumerate(_ALLOWED):
            if command >> j & 1:
                allowed |= mask
        _allowed_by[command] = allowed
    illegal = options & ~allowed if command else 0
    if illegal:
        i = (illegal & -illegal).bit_length() - 1
        raise ParamError(f"Illegal option `-{OPT_CHARS[i]}' with this command")
