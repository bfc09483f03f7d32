"""The extension framework: declared options, the generic option parser, and the registry.

Modelled on libxtables: an extension declares its options as data (`Opt` rows); one generic
parser applies the checks every extension shares ("can only be used once", "cannot be inverted",
exclusions) and converts each value with a typed parser from `xtoptions`; the extension then
sees typed values in `self.v` / `self.inv`. Extensions register themselves by name, and are found
lazily by importing `pyiptables.extensions.<name>` (as xtables dlopen()s libxt_<name>.so).
"""
from __future__ import annotations

import importlib
from typing import Any

from .errors import PARAMETER_PROBLEM, IptablesError

PROG = "iptables"
VERSION_TAG = "iptables v1.8.9 (legacy)"

# Netfilter hooks, in nf_inet_hooks order
PRE_ROUTING, LOCAL_IN, FORWARD, LOCAL_OUT, POST_ROUTING = range(5)
HOOK_NAMES = ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING")
ALL_HOOKS = 0b11111

# Verdicts returned by a compiled target (netfilter's NF_* values; XT_CONTINUE/XT_RETURN as in x_tables.h)
NF_DROP, NF_ACCEPT, NF_STOLEN, NF_QUEUE, NF_REPEAT, NF_STOP = 0, 1, 2, 3, 4, 5
XT_CONTINUE = -1
XT_RETURN = -(NF_REPEAT + 1)


class ParamError(IptablesError):
    """xtables_error(PARAMETER_PROBLEM, ...): printed with the program banner and the help hint."""

    def __init__(self, message: str, status: int = PARAMETER_PROBLEM, banner: bool = True):
        super().__init__(message, status)
        self.banner = banner


class KernelError(IptablesError):
    """A refusal from the kernel (checkentry / table replace): `iptables: <strerror>.` exit 1."""

    def __init__(self, message: str = "Invalid argument. Run `dmesg' for more information."):
        super().__init__(message, 1)


class Opt:
    """One option row, like `struct xt_option_entry`; equal to any row with the same fields (a plain
    class, not a dataclass: importing dataclasses costs the command path inspect, dis and ast).

    type: a name from xtoptions.TYPES, or a callable(arg:str, ext) -> value raising ParamError.
    nargs: how many argv words the option takes (0 for flags).
    multi: may be given more than once (XTOPT_MULTI); mandatory: XTOPT_MAND.
    excl / also: names it cannot be combined with / requires.
    aliases: synonyms (--destination-port for --dport); dest: key in ext.v (default: name),
    shared by synonyms; id: position in the extension's option enum when it differs from the row
    order (xtables_options_fcheck visits the others by id).
    """

    __slots__ = ("name", "type", "invert", "multi", "mandatory", "excl", "also", "nargs", "aliases", "min",
                 "max", "dest", "id")

    def __init__(self, name: str, type: Any = "string", invert: bool = False, multi: bool = False,
                 mandatory: bool = False, excl: tuple = (), also: tuple = (), nargs: int = 1,
                 aliases: tuple = (), min: int | None = None, max: int | None = None,
                 dest: str | None = None, id: int | None = None):
        self.name, self.type, self.invert, self.multi, self.mandatory = name, type, invert, multi, mandatory
        self.excl, self.also, self.nargs, self.aliases = excl, also, nargs, aliases
        self.min, self.max, self.dest, self.id = min, max, dest, id

    def _fields(self) -> tuple:
        return tuple(getattr(self, f) for f in self.__slots__)

    def __eq__(self, other):
        return type(other) is Opt and self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())

    def __repr__(self):
        return "Opt(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__slots__) + ")"


class Extension:
    """Base of matches and targets. Subclasses set NAME, OPTIONS and override the hooks below."""

    NAME = ""
    REVISION = 0
    KIND = ""                    # "match" or "target"
    OPTIONS: tuple = ()
    # kernel checkentry constraints: tables and hooks it may be used in, and `-p` it requires
    TABLES: tuple | None = None
    HOOKS: int = ALL_HOOKS
    PROTOS: tuple | None = None  # e.g. (6,) for tcp; checked against the rule's `-p`, not inverted
    NEEDS_CONNTRACK = False      # its checkentry takes a conntrack reference (nf_ct_netns_get)
    NEEDS_DEFRAG = False         # its checkentry turns on IPv4 defragmentation (nf_defrag_ipv4_enable)
    HELP: str | None = None      # its block in `iptables -m NAME -h` (libxtables' ->help()), per class
    unsaved = None               # or a method: text of kernel-visible data save() omits (-C/-D compare it)
    UNCOMPARED = False           # no userspacesize: libiptc's -C/-D compare none of its data, only its name

    __slots__ = ("v", "inv", "seen", "alias_name", "state")

    def __init__(self):
        self.v: dict[str, Any] = {}
        self.inv: dict[str, bool] = {}
        self.seen: list[str] = []    # option dests in the order given
        self.alias_name = None       # "state" when loaded through the alias
        self.state: dict[str, Any] = {}   # runtime state kept between replays (limit credit, recent lists)

    @classmethod
    def help(cls) -> str:
        """The block print_extension_helps() writes for this extension: its help text, or the line
        libxtables prints for one without (NOTRACK, TRACE). Never inherited: an alias has its own."""
        text = cls.__dict__.get("HELP")
        return text if text is not None else f"{cls.NAME} does not take any options\n"

    # -- parse phase ---------------------------------------------------------------------------
    @property
    def ext_name(self) -> str:
        return self.alias_name or self.NAME

    def parse(self, opt: Opt, arg, invert: bool, ctx) -> None:
        """Store one option. `arg` is already converted by the option's type. Override for side effects."""
        key = opt.dest or opt.name
        self.v[key] = arg
        self.inv[key] = invert

    def final_check(self, ctx) -> None:
        """x6_fcheck: checks across options once the whole command line is read."""

    # -- kernel side ---------------------------------------------------------------------------
    def check_entry(self, table: str, hookmask: int, rule) -> None:
        """The kernel's checkentry at table load; raise KernelError to refuse."""

    def check_shared(self, shared: dict) -> None:
        """The part of checkentry that finds or creates what rules share by name in the namespace
        (`shared`: its xtstate, e.g. hashlimit tables); raise KernelError to refuse."""

    def dport_hint(self):
        """(lo, hi): destination ports every packet this match accepts has, when it only accepts
        unfragmented packets of its protocol with such ports; the walk indexes rules by it."""
        return None

    def needs_conntrack(self) -> bool:
        """True when loading this rule turns connection tracking on for the whole namespace."""
        return self.NEEDS_CONNTRACK

    # -- output --------------------------------------------------------------------------------
    def save(self) -> str:
        """Options in canonical save form, each with its leading space."""
        return ""

    def print(self, numeric: bool) -> str:
        """What the extension's print function writes in an `iptables -L` line (leading space included)."""
        return ""

    # -- runtime -------------------------------------------------------------------------------
    def compile(self):
        """Return the runtime callable: a match `f(pkt, par) -> bool` or a target `f(pkt, par) -> verdict`
        (NF_ACCEPT, NF_DROP, NF_QUEUE..., XT_CONTINUE, XT_RETURN). Called once per ruleset load;
        precompute everything here, so the returned function does no parsing and no name lookups."""
        raise NotImplementedError(f"{self.KIND} {self.NAME} cannot run yet")

    def __eq__(self, other):
        return type(self) is type(other) and self.save() == other.save()

    def __hash__(self):
        return hash((type(self).__name__, self.save()))

    def __getstate__(self):
        return (self.v, self.inv, self.seen, self.alias_name, self.state)

    def __setstate__(self, st):
        self.v, self.inv, self.seen, self.alias_name, self.state = st


def primary_opt(ext: Extension, opt: Opt) -> Opt:
    """The first row with this option's id (dest): libxtables finds the entry for a getopt value
    with xtables_option_lookup(), so `--ttl` is parsed, checked and named as `--ttl-eq`."""
    key = opt.dest or opt.name
    for o in ext.OPTIONS:
        if (o.dest or o.name) == key:
            return o
    return opt


_fcheck_passed: set = set()     # (extension class, *options given) that passed: restores repeat them


def options_fcheck(ext: Extension) -> None:
    """xtables_options_fcheck, after the extension's own final_check: rows in table order; a
    missing mandatory one fails; for one given, every other option (first row of each id, in id
    order) is tested for `also` and then for `excl`."""
    memo = (type(ext), *ext.seen)
    if memo in _fcheck_passed:
        return
    seen = frozenset(ext.seen)
    rows = [(o.dest or o.name, o) for o in ext.OPTIONS]
    by_id: dict = {}
    for i, (key, o) in enumerate(rows):
        by_id.setdefault(key, (i if o.id is None else o.id, o))
    others = sorted(by_id.items(), key=lambda kv: kv[1][0])
    for key, o in rows:
        if o.mandatory and key not in seen:
            raise ParamError(f'{ext.ext_name}: option "--{o.name}" must be specified\n')
        if key not in seen:
            continue
        for okey, (_, other) in others:
            if okey == key:
                continue
            if okey in o.also and okey not in seen:
                raise ParamError(f'{ext.ext_name}: option "--{o.name}" also requires "--{other.name}".\n')
            if okey in o.excl and okey in seen:
                raise ParamError(f'{ext.ext_name}: option "--{o.name}" cannot be used together with '
                                 f'"--{other.name}".\n')
    _fcheck_passed.add(memo)


class ActionParam:
    """xt_action_param: what a match or target sees besides the packet, one object per walk.

    hook: the netfilter hook (PRE_ROUTING...); table: table name; hotdrop: set True by a match to
    drop the packet at once; host: the emulated host (routes, addresses, sysctls); tracker: the
    conntrack Tracker (None when conntrack is off); nat: its NatCore (setup_info(ct, Range, manip));
    now: the capture clock (seconds, float);
    log: callable(str) receiving kernel log lines (LOG, TRACE); events: conntrack event sink;
    generated: callable(description, bytes) for packets the stack would emit (REJECT replies)."""

    __slots__ = ("hook", "table", "chain", "hotdrop", "host", "tracker", "nat", "now", "log", "generated",
                 "state", "rulenum")

    def __init__(self, host=None, tracker=None, log=None, generated=None):
        self.hook = 0
        self.table = self.chain = ""
        self.hotdrop = False
        self.host, self.tracker = host, tracker
        self.nat = None              # the NAT core (conntrack/nat.NatCore) when conntrack is on
        self.now = 0.0
        self.log = log or (lambda line: None)
        self.generated = generated or (lambda what, data: None)
        self.state = None
        self.rulenum = 0


class Match(Extension):
    KIND = "match"
    __slots__ = ()


class Target(Extension):
    KIND = "target"
    __slots__ = ()


# -- registry ----------------------------------------------------------------------------------
_matches: dict[str, type] = {}
_targets: dict[str, type] = {}
_aliases: dict[str, str] = {}          # alias name -> real match name ("state" -> "conntrack")


def register(cls: type, alias: str | None = None) -> type:
    """Register under cls.NAME, or, with `alias`, under that name only (XTABLES_EXT_ALIAS: the
    alias class has its own options and output but the real NAME the kernel knows, and must not
    displace the real extension)."""
    table = _matches if cls.KIND == "match" else _targets
    if alias:
        _aliases[alias] = cls.NAME
        table[alias] = cls
    else:
        table[cls.NAME] = cls
    return cls


_missing: set[str] = set()             # modules looked for in vain: a chain name is tried once


def _load(kind: str, name: str) -> None:
    """Import pyiptables.extensions.<kind>.<name> (lower-cased: modules are case-insensitive-safe)."""
    mod = name.lower().replace("-", "_")
    if not mod.isidentifier():
        return
    full = f"pyiptables.extensions.{kind}.{mod}"
    if full in _missing:
        return
    try:
        importlib.import_module(full)
    except ModuleNotFoundError as e:
        if e.name != full:
            raise
        _missing.add(full)


def find_match(name: str) -> type | None:
    if name not in _matches:
        _load("matches", name)
    return _matches.get(name)


def find_target(name: str) -> type | None:
    if name not in _targets:
        _load("targets", name)
    return _targets.get(name)


def new_match(name: str, alias: str | None = None) -> Match:
    cls = find_match(name)
    m = cls()
    if name in _aliases:
        m.alias_name = name
    return m
