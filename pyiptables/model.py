"""Tables, chains and rules of one IPv4 netfilter namespace (what libiptc holds for x_tables)."""
from __future__ import annotations

import pickle
from array import array

from .xtables import FORWARD, LOCAL_IN, LOCAL_OUT, POST_ROUTING, PRE_ROUTING

# struct ipt_ip invflags
INV_VIA_IN, INV_VIA_OUT, INV_TOS, INV_SRCIP, INV_DSTIP, INV_FRAG, INV_PROTO = 1, 2, 4, 8, 16, 32, 64

STANDARD_VERDICTS = ("ACCEPT", "DROP", "QUEUE", "RETURN")

# table -> (builtin chains in hook order, their hooks, priority per hook as in the kernel)
TABLES = {
    "filter": (("INPUT", "FORWARD", "OUTPUT"), (LOCAL_IN, FORWARD, LOCAL_OUT), 0),
    "nat": (("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"), (PRE_ROUTING, LOCAL_IN, LOCAL_OUT, POST_ROUTING), None),
    "mangle": (("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"),
               (PRE_ROUTING, LOCAL_IN, FORWARD, LOCAL_OUT, POST_ROUTING), -150),
    "raw": (("PREROUTING", "OUTPUT"), (PRE_ROUTING, LOCAL_OUT), -300),
    "security": (("INPUT", "FORWARD", "OUTPUT"), (LOCAL_IN, FORWARD, LOCAL_OUT), 50),
}
CHAIN_HOOK = {"PREROUTING": PRE_ROUTING, "INPUT": LOCAL_IN, "FORWARD": FORWARD,
              "OUTPUT": LOCAL_OUT, "POSTROUTING": POST_ROUTING}


class Rule:
    """One ipt_entry: the fixed IP part, the matches, the target, the counters."""

    __slots__ = ("src", "smsk", "dst", "dmsk", "iniface", "outiface", "proto", "frag", "invflags",
                 "matches", "target", "verdict", "goto", "pcnt", "bcnt")

    def __init__(self):
        self.src = self.smsk = self.dst = self.dmsk = 0
        self.iniface = self.outiface = ""
        self.proto = 0
        self.frag = False
        self.invflags = 0
        self.matches: list = []
        self.target = None          # a Target extension instance, or None for a standard target
        self.verdict = ""           # standard target: ACCEPT/DROP/QUEUE/RETURN/<chain>, "" = none
        self.goto = False
        self.pcnt = self.bcnt = 0

    @classmethod
    def of(cls, *fields) -> "Rule":
        """A rule from all its fields, in __slots__ order."""
        r = cls.__new__(cls)
        r.__setstate__(fields)
        return r

    @property
    def target_name(self) -> str:
        """The name the kernel holds (what -L shows): an alias target's real one (NOTRACK is CT)."""
        if self.target is None:
            return self.verdict
        return getattr(self.target, "REAL_NAME", None) or self.target.NAME

    def save(self) -> str:
        """The rule after `-A CHAIN`, in iptables-save's canonical form (leading space included)."""
        from .save import rule_text
        return rule_text(self)

    def key(self) -> str:
        """What -C/-D compare (libiptc's is_same): the canonical text, without counters. is_same
        ignores a name under an empty mask (`-i +` equals no -i) but not invflags: the `!` of a
        `! -i +`, missing from the text, is added."""
        if any(m.UNCOMPARED for m in self.matches):
            from .save import rule_parts
            text = "".join(rule_parts(self, compare=True))
        else:
            text = self.save()
        hidden = self.invflags & ((INV_VIA_IN if self.iniface == "+" else 0)
                                  | (INV_VIA_OUT if self.outiface == "+" else 0))
        for m in self.matches:
            if m.unsaved is not None:       # match data its save text leaves out (sctp)
                text += "\0" + m.unsaved()
        if self.target is not None and self.target.unsaved is not None:     # (ECN)
            text += "\0" + self.target.unsaved()
        return f"{text}\0{hidden}" if hidden else text

    def __getstate__(self):
        return (self.src, self.smsk, self.dst, self.dmsk, self.iniface, self.outiface, self.proto, self.frag,
                self.invflags, self.matches, self.target, self.verdict, self.goto, self.pcnt, self.bcnt)

    def __setstate__(self, st):
        (self.src, self.smsk, self.dst, self.dmsk, self.iniface, self.outiface, self.proto, self.frag,
         self.invflags, self.matches, self.target, self.verdict, self.goto, self.pcnt, self.bcnt) = st


def rows_of(rules: list[Rule]) -> list[tuple]:
    """Rules as tuples of plain values, which pickle writes twice as fast as the objects (no
    __reduce_ex__ and __getstate__ per rule and extension): the fields in Rule.__slots__ order,
    each extension as (class, *its Extension.__slots__)."""
    return [(r.src, r.smsk, r.dst, r.dmsk, r.iniface, r.outiface, r.proto, r.frag, r.invflags,
             [(type(m), m.v, m.inv, m.seen, m.alias_name, m.state) for m in r.matches],
             None if r.target is None else
             (type(r.target), r.target.v, r.target.inv, r.target.seen, r.target.alias_name, r.target.state),
             r.verdict, r.goto, r.pcnt, r.bcnt) for r in rules]


def rules_of(rows: list[tuple]) -> list[Rule]:
    """The rules rows_of() made the rows of."""
    new = object.__new__
    out = []
    for row in rows:
        r = new(Rule)
        (r.src, r.smsk, r.dst, r.dmsk, r.iniface, r.outiface, r.proto, r.frag, r.invflags, ms, t,
         r.verdict, r.goto, r.pcnt, r.bcnt) = row
        r.matches = matches = []
        for cls, *st in ms:
            m = new(cls)
            m.v, m.inv, m.seen, m.alias_name, m.state = st
            matches.append(m)
        if t is not None:
            cls, *st = t
            t = new(cls)
            t.v, t.inv, t.seen, t.alias_name, t.state = st
        r.target = t
        out.append(r)
    return out


class Chain:
    """A chain and its rules. Stored chains load lazily: until `rules` is first read, a chain
    holds what a store needs without Rule objects (each rule's save text and counters, the
    chains its rules jump to, the pickled rules), so a command touching one chain of a big
    ruleset unpickles that chain only, and an untouched chain is written back as it was read.
    The texts are one string (joined by NUL, which no rule text holds: its words are C strings)
    and the numbers one array, so a store of many rules loads and saves as a few large objects.
    The lines `-L -n` prints are kept the same way: listing a big ruleset makes no Rule objects."""

    __slots__ = ("name", "policy", "pcnt", "bcnt", "builtin", "_rules", "_stored", "vmask")

    def __init__(self, name: str, policy: str | None = None):
        self.name = name
        self.policy = policy        # None for user-defined chains
        self.pcnt = self.bcnt = 0
        self._rules: list[Rule] | None = []
        # while `_rules` is not loaded: (texts joined by NUL, [cut, packets, bytes] per rule,
        # jumps, pickled rules, -L -n lines joined by NUL)
        self._stored = None
        self.builtin = policy is not None
        self.vmask = 0              # hooks its rules were last checked for (commands.validate)

    @property
    def rules(self) -> list[Rule]:
        if self._rules is None:
            rules = pickle.loads(self._stored[3])
            # rows (rows_of), or Rule objects in stores written before
            self._rules = rules_of(rules) if rules and type(rules[0]) is tuple else rules
            self._stored = None
        return self._rules

    @rules.setter
    def rules(self, rules: list[Rule]) -> None:
        self._rules, self._stored = rules, None

    @property
    def loaded(self) -> bool:
        """Whether Rule objects exist (and may have changed) since the chain was read."""
        return self._rules is not None

    def size(self) -> int:
        """How many rules, without loading them."""
        return len(self._rules) if self._rules is not None else len(self._stored[1]) // 3

    def texts(self) -> list[tuple[str, int, int, int]]:
        """(save text after `-A NAME`, where its target begins, packets, bytes) of each rule,
        without loading the rules."""
        joined, nums = self.stored()[:2]
        if not nums:
            return []
        return [(t, nums[3 * i], nums[3 * i + 1], nums[3 * i + 2]) for i, t in enumerate(joined.split("\0"))]

    def joined_texts(self) -> str:
        """The save texts of all rules joined by NUL ("" without rules), without loading them."""
        return self.stored()[0]

    def numeric_lines(self) -> str | None:
        """The lines `-L -n` prints for the rules (listing.numeric_line) joined by NUL, without
        loading them; None when the rules are loaded (they may have changed), the store was
        written before it kept these lines, printing a rule has side effects (save.print_effects), or
        a rule's line holds a NUL (bpf's)."""
        if self._rules is not None or len(self._stored) < 5:
            return None
        return self._stored[4]

    def jumps(self) -> list[str]:
        """The verdict of each rule with a standard target (chain names, ACCEPT, ...; "" for none)."""
        if self._rules is not None:
            return [r.verdict for r in self._rules if r.target is None]
        return self._stored[2]

    def stored(self, blob: bool = False) -> tuple:
        """What the store keeps of the rules (see _stored); the pickled rules and the -L -n lines
        only with `blob`."""
        if self._rules is None:
            return self._stored
        from .listing import numeric_line
        from .save import print_effects, rule_parts
        rules = self._rules
        texts, nums = [], []
        for r in rules:
            head, tail = rule_parts(r)
            texts.append(head + tail)
            nums += (len(head), r.pcnt, r.bcnt)
        joined = "\0".join(texts)
        lines = None
        if blob and not print_effects(joined):
            listed = [numeric_line(r) for r in rules]
            if not any("\0" in line for line in listed):     # bpf's listing ends with a NUL of its own
                lines = "\0".join(listed)
        try:
            nums = array("Q", nums)
        except OverflowError:       # a counter past 64 bits: kept as a list
            pass
        return (joined, nums, [r.verdict for r in rules if r.target is None],
                pickle.dumps(rows_of(rules), protocol=pickle.HIGHEST_PROTOCOL) if blob else None, lines)

    def __getstate__(self):
        return (self.name, self.policy, self.pcnt, self.bcnt, self.builtin, self.vmask, self.stored(blob=True))

    def __setstate__(self, st):
        if len(st) == 6:            # stores written before chains loaded lazily
            self.name, self.policy, self.pcnt, self.bcnt, self._rules, self.builtin = st
            self._stored, self.vmask = None, 0
            return
        self.name, self.policy, self.pcnt, self.bcnt, self.builtin, self.vmask, self._stored = st
        if type(self._stored[0]) is list:       # texts as a list: stores written before they were joined
            self._stored = ("\0".join(self._stored[0]),) + tuple(self._stored[1:])
        self._rules = None


class Table:
    __slots__ = ("name", "chains")

    def __init__(self, name: str):
        self.name = name
        self.chains: dict[str, Chain] = {c: Chain(c, "ACCEPT") for c in TABLES[name][0]}

    def ordered_chains(self) -> list[Chain]:
        """Builtin chains in hook order, then user chains sorted by strcmp, as libiptc keeps them."""
        builtin = [self.chains[c] for c in TABLES[self.name][0]]
        user = sorted((c for c in self.chains.values() if not c.builtin),
                      key=lambda c: c.name.encode("utf-8", "surrogateescape"))     # strcmp: the bytes
        return builtin + user

    def references(self, name: str) -> int:
        return sum(c.jumps().count(name) for c in self.chains.values())

    def __getstate__(self):
        return (self.name, self.chains)

    def __setstate__(self, st):
        self.name, self.chains = st


class Ruleset:
    """All tables of the namespace. `order` is /proc/net/ip_tables_names: newest table first,
    because the kernel prepends a table to the per-netns list when userspace first touches it."""

    def __init__(self):
        self.tables: dict[str, Table] = {}
        self.order: list[str] = []
        self.xtstate: dict = {}     # per-namespace state shared by name (xt_recent lists, hashlimit tables)

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.__dict__.setdefault("xtstate", {})

    def table(self, name: str, create: bool = True) -> Table | None:
        t = self.tables.get(name)
        if t is None and create and name in TABLES:
            t = self.tables[name] = Table(name)
            self.order.insert(0, name)
        return t
