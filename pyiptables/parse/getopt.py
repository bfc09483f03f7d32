"""getopt_long over iptables' growing option table: the lexer of grammar/iptables.lark.

iptables parses its argv with getopt_long("-:A:C:D:R:I:L::S::M:F::Z::N:X::E:P:Vh::o:p:s:d:j:i:fbvw::W::nt:m:xc:g:46")
and, each time -m, -j or -p loads an extension, merges that extension's long options into the table:
base options first, then the newest extension's, then older ones, so the newest wins a name clash.
Long options may be abbreviated to any unambiguous prefix (`--dp` for `--dport`).
"""
from __future__ import annotations

from .. import xtables
from ..xtables import ParamError

# short option -> has_arg (0 none, 1 required, 2 optional), as in iptables' optstring
SHORT = {"A": 1, "C": 1, "D": 1, "R": 1, "I": 1, "L": 2, "S": 2, "M": 1, "F": 2, "Z": 2, "N": 1, "X": 2,
         "E": 1, "P": 1, "V": 0, "h": 2, "o": 1, "p": 1, "s": 1, "d": 1, "j": 1, "i": 1, "f": 0, "b": 0,
         "v": 0, "w": 2, "W": 2, "n": 0, "t": 1, "m": 1, "x": 0, "c": 1, "g": 1, "4": 0, "6": 0}

# base long options (name, has_arg, short id); "0" is --line-numbers
BASE_LONG = (("append", 1, "A"), ("delete", 1, "D"), ("check", 1, "C"), ("insert", 1, "I"),
             ("replace", 1, "R"), ("list", 2, "L"), ("list-rules", 2, "S"), ("flush", 2, "F"),
             ("zero", 2, "Z"), ("new-chain", 1, "N"), ("delete-chain", 2, "X"), ("rename-chain", 1, "E"),
             ("policy", 1, "P"), ("source", 1, "s"), ("destination", 1, "d"), ("src", 1, "s"),
             ("dst", 1, "d"), ("protocol", 1, "p"), ("in-interface", 1, "i"), ("jump", 1, "j"),
             ("table", 1, "t"), ("match", 1, "m"), ("numeric", 0, "n"), ("out-interface", 1, "o"),
             ("verbose", 0, "v"), ("wait", 2, "w"), ("wait-interval", 2, "W"), ("exact", 0, "x"),
             ("fragments", 0, "f"), ("version", 0, "V"), ("help", 2, "h"), ("line-numbers", 0, "0"),
             ("modprobe", 1, "M"), ("set-counters", 1, "c"), ("goto", 1, "g"), ("ipv4", 0, "4"),
             ("ipv6", 0, "6"))

COMMANDS = set("ACDRILSFZNXEP")


def c_lower(s: str) -> str:
    """tolower() on each byte in the C locale: only ASCII letters change (`-p À` stays À)."""
    return s.lower() if s.isascii() else "".join(ch.lower() if ch.isascii() else ch for ch in s)


def has_arg(argv: list, optind: int) -> bool:
    """xs_has_arg: the next word exists and is not an option or a `!`."""
    return optind < len(argv) and argv[optind][:1] not in ("-", "!")


class State:
    """What one parse shares between the lexer and the builder (iptables_command_state)."""

    def __init__(self, argv: list[str], restore_line: int = -1):
        self.argv = argv
        self.restore_line = restore_line
        self.long = [(n, a, ("base", s)) for n, a, s in BASE_LONG]
        self.matches: list = []          # [instance, completed] in load order
        self.target = None
        self.standard = False             # -j ACCEPT/DROP/QUEUE/RETURN loaded libxt_standard
        self.protocol: str | None = None  # lowered -p argument
        self.proto_used = False
        self.numeric = False
        self.invert = False               # set by the lexer when it sees "!" (for "! !")

    # -- extension loading (what -m / -j / -p do to the option table) --------------------------
    def merge(self, cls) -> None:
        rows = []
        for o in cls.OPTIONS:
            for name in (o.name,) + o.aliases:
                rows.append((name, 1 if o.nargs > 0 else 0, (cls.KIND, cls, o)))
        base = len(BASE_LONG)
        self.long[base:base] = rows

    def load_match(self, name: str):
        if len(name.encode("utf-8", "surrogateescape").split(b"\0", 1)[0]) >= 29:     # XT_EXTENSION_MAXNAMELEN
            raise ParamError(f'Invalid match name "{name}" (28 chars max)')
        cls = xtables.find_match(name)
        if cls is None:
            raise ParamError(f"Couldn't load match `{name}':No such file or directory\n")
        clone = False
        for entry in self.matches:
            if type(entry[0]) is cls:
                entry[1] = True      # earlier instances of the same match stop taking options
                clone = True
        m = xtables.new_match(name)
        self.matches.append([m, False])
        if not clone:
            self.merge(cls)
        return m

    def owner(self, kind, cls):
        """The instance an extension option belongs to: the target, else the first match of that
        kind not yet completed (a later `-m same` completes the earlier ones)."""
        if kind == "target":
            return self.target
        for m, completed in self.matches:
            if not completed and type(m) is cls:
                return m
        raise ParamError("unknown arguments found on commandline")

    def load_target(self, name: str):
        """command_jump(): a target extension's options join the table; chain names load nothing."""
        if self.target is not None:
            return
        if name in ("ACCEPT", "DROP", "QUEUE", "RETURN"):
            self.standard = True
            return
        cls = xtables.find_target(name) if name else None
        if cls is not None:
            self.target = cls()
            self.merge(cls)

    def help_blocks(self) -> list[str]:
        """What `-h` prints after the general help (print_extension_helps): the target the line
        loaded, then each match in the order given; with no -m, the match named as -p's word
        (xtables_find_match(cs->protocol), not translated from a number), when there is one."""
        if self.standard:
            from ..cli.help import STANDARD_HELP
            blocks = [STANDARD_HELP]
        else:
            blocks = [] if self.target is None else [self.target.help()]
        if self.matches:
            return blocks + [m.help() for m, _ in self.matches]
        cls = xtables.find_match(self.protocol) if self.protocol else None
        return blocks + ([cls.help()] if cls is not None else [])

    def load_proto(self):
        """load_proto(): the match named like -p's protocol, loaded when an option is unknown."""
        if self.protocol is None:
            return None
        name = self.protocol
        if name.isdigit() and int(name) <= 255:
            from ..xtoptions import proto_name
            from ..save import CHAIN_PROTOS
            num = int(name)
            name = (None if self.numeric else proto_name(num)) or CHAIN_PROTOS.get(num)
            if name is None:
                return None
        cls = xtables.find_match(name)
        if cls is None:
            return None
        if self.proto_used:
            return None
        self.proto_used = True
        return self.load_match(name)


class Token:
    """One lexer token: `type` is a terminal of grammar/iptables.lark; an ARG's `start_pos` is the
    argv index of its word (-1 when attached to its option, as in `--dport=80`)."""

    __slots__ = ("type", "value", "start_pos")

    def __init__(self, type: str, value, start_pos=None):
        self.type, self.value, self.start_pos = type, value, start_pos

    def __repr__(self):
        return f"Token({self.type!r}, {self.value!r}, {self.start_pos!r})"


class GetoptLexer:
    """The lexer of grammar/iptables.lark: `lex(state)` yields typed tokens, consuming argv like
    getopt_long."""

    def lex(self, st: State):
        # LALR reduces (and the Builder checks) an item only once the next token is read: an
        # error found while reading that token is yielded as one, so it comes after the item's own
        try:
            yield from self._lex(st)
        except ParamError as e:
            yield Token("ERROR", e)

    def _lex(self, st: State):
        argv, i, n = st.argv, 1, len(st.argv)
        while i < n:
            word = argv[i]
            if word == "--":
                i += 1
                if i < n:
                    raise ParamError("unknown arguments found on commandline")
                break
            if word[:2] == "--":
                i = yield from self._long(st, argv, i)
            elif word[:1] == "-" and len(word) > 1:
                i = yield from self._short(st, argv, i)
            else:
                i += 1
                if word == "!":
                    if st.invert:
                        raise ParamError("multiple consecutive ! not allowed")
                    st.invert = True
                    yield Token("BANG", word)
                else:
                    st.invert = False
                    yield Token("STRAY", word, i - 1)

    # -- short options, clustered like `-nvL` --------------------------------------------------
    def _short(self, st, argv, i):
        word, j = argv[i], 1
        i += 1
        while j < len(word):
            c = word[j]
            j += 1
            arity = SHORT.get(c)
            if arity is None:
                # xtables names argv[optind - 1]: getopt moves optind past a cluster only after
                # its last letter, so a bad letter inside a cluster names the word before it
                raise ParamError(f'unknown option "{word if j == len(word) else argv[i - 2]}"')
            arg, argpos = None, -1
            if arity and j < len(word):
                arg, j = word[j:], len(word)
            elif arity == 1:
                if i >= len(argv):
                    raise ParamError(f'option "{word}" requires an argument')
                arg, argpos = argv[i], i
                i += 1
            i = yield from self._base(st, c, arg, argv, i, argpos)
        return i

    # -- long options: exact name, else a unique prefix ----------------------------------------
    def _lookup(self, st, name):
        for row in st.long:
            if row[0] == name:
                return row
        hits = [row for row in st.long if row[0].startswith(name)]
        if not hits:
            return None
        first = hits[0]
        if all(h[1] == first[1] and h[2] == first[2] for h in hits):
            return first
        return None

    def _long(self, st, argv, i):
        word = argv[i]
        i += 1
        name, eq, attached = word[2:].partition("=")
        while True:
            row = self._lookup(st, name)
            if row is not None:
                break
            # unknown: try the protocol's match, then retry, as command_default() does
            if st.load_proto() is None:
                raise ParamError(f'unknown option "{word}"')
        _, arity, owner = row
        arg, argpos = (attached if eq else None), -1
        if arity == 1 and arg is None:
            if i >= len(argv):
                if st.load_proto() is not None:
                    return (yield from self._long(st, argv, i - 1))
                raise ParamError(f'option "{word}" requires an argument')
            arg, argpos = argv[i], i
            i += 1
        elif arity == 0 and eq:
            raise ParamError(f'unknown option "{word}"')
        if owner[0] == "base":
            return (yield from self._base(st, owner[1], arg, argv, i, argpos))
        return (yield from self._ext(st, owner, arg, argv, i, argpos))

    # -- base options: emit tokens with the words each consumes --------------------------------
    def _base(self, st, c, arg, argv, i, argpos=-1):
        inv = st.invert
        st.invert = False
        # ARG tokens carry the argv index of their word in start_pos (-1: attached to the option)
        args = [] if arg is None else [(arg, argpos)]
        if c in COMMANDS:
            if c in "LSZFX" and arg is None and has_arg(argv, i):
                args.append((argv[i], i))
                i += 1
            if c in "DRILS" + "Z" and has_arg(argv, i) and (c in "DRI" or args):
                args.append((argv[i], i))   # rule number
                i += 1
            elif c in "EP" and has_arg(argv, i):
                args.append((argv[i], i))
                i += 1
            yield Token("CMD", (c, inv))
        elif c == "m":
            if inv:
                raise ParamError("unexpected ! flag before --match")
            yield Token("MATCH", (c, st.load_match(arg)))
        elif c in "jg":
            if c == "j":                # -g names a chain: iptables loads no extension for it
                st.load_target(arg)
            yield Token("JUMP", (c, inv))
        else:
            if c == "p":
                st.protocol = c_lower(arg)
            elif c == "n":
                st.numeric = True
            elif c in "wW" and arg is None and has_arg(argv, i):
                args.append((argv[i], i))
                i += 1
            elif c == "c" and "," not in arg[1:] and has_arg(argv, i):   # `-c P,B` is one word
                args.append((argv[i], i))
                i += 1
            elif c == "h" and arg is None and i < len(argv):
                args.append((argv[i], i))
            yield Token("OPT", (c, inv))
        for a, pos in args:
            yield Token("ARG", a, pos)
        if c in "Vh6":
            return len(argv)            # iptables exits (-6: restore skips the line): nothing after is read
        return i

    def _ext(self, st, owner, arg, argv, i, argpos=-1):
        inv = st.invert
        st.invert = False
        kind, cls, opt = owner
        ext = st.owner(kind, cls)
        args = [] if arg is None else [(arg, argpos)]
        for _ in range(opt.nargs - 1 if opt.nargs > 0 else -opt.nargs):
            # e.g. --tcp-flags MASK COMP; nargs -1: an optional word (libxt_rateest peeks at argv)
            if has_arg(argv, i):
                args.append((argv[i], i))
                i += 1
        yield Token("EXTOPT", (ext, opt, inv))
        for a, pos in args:
            yield Token("ARG", a, pos)
        return i
