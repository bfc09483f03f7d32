"""Tables, chains and rules of one IPv4 netfilter namespace (what libiptc holds for x_tables)."""
from __future__ import annotations

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

    @property
    def target_name(self) -> str:
        return self.target.NAME if self.target is not None else self.verdict

    def save(self) -> str:
        """The rule after `-A CHAIN`, in iptables-save's canonical form (leading space included)."""
        from .save import rule_text
        return rule_text(self)

    def key(self) -> str:
        """What -C/-D compare: the canonical text, without counters."""
        return self.save()

    def __getstate__(self):
        return tuple(getattr(self, k) for k in Rule.__slots__)

    def __setstate__(self, st):
        for k, v in zip(Rule.__slots__, st):
            setattr(self, k, v)


class Chain:
    __slots__ = ("name", "policy", "pcnt", "bcnt", "rules", "builtin")

    def __init__(self, name: str, policy: str | None = None):
        self.name = name
        self.policy = policy        # None for user-defined chains
        self.pcnt = self.bcnt = 0
        self.rules: list[Rule] = []
        self.builtin = policy is not None

    def __getstate__(self):
        return (self.name, self.policy, self.pcnt, self.bcnt, self.rules, self.builtin)

    def __setstate__(self, st):
        self.name, self.policy, self.pcnt, self.bcnt, self.rules, self.builtin = st


class Table:
    __slots__ = ("name", "chains")

    def __init__(self, name: str):
        self.name = name
        self.chains: dict[str, Chain] = {c: Chain(c, "ACCEPT") for c in TABLES[name][0]}

    def ordered_chains(self) -> list[Chain]:
        """Builtin chains in hook order, then user chains sorted by strcmp, as libiptc keeps them."""
        builtin = [self.chains[c] for c in TABLES[self.name][0]]
        user = sorted((c for c in self.chains.values() if not c.builtin), key=lambda c: c.name.encode())
        return builtin + user

    def references(self, name: str) -> int:
        return sum(1 for c in self.chains.values() for r in c.rules if r.target is None and r.verdict == name)

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
