"""do_command4(): carry out one parsed iptables command on a Ruleset, with libiptc's errors.

Changes are made on the ruleset in memory; `validate()` then plays the kernel's part of the table
replace (translate_table): loops, tables and hooks each extension is allowed in, checkentry.
"""
from __future__ import annotations

from .errors import VERSION_PROBLEM, IptablesError
from .model import CHAIN_HOOK, STANDARD_VERDICTS, TABLES, Chain, Rule, Ruleset
from .parse.cmdline import CMD, Parsed
from .save import with_counters
from .xtables import KernelError, ParamError


def iptc_error(msg: str) -> IptablesError:
    """A libiptc failure: `iptables: <message>.` and exit 1."""
    return IptablesError(msg, 1)


ENOENT = "No chain/target/match by that name."
EINVAL = "Invalid argument. Run `dmesg' for more information."
BAD_RULE = "Bad rule (does a matching rule exist in that chain?)."


def init_table(rs: Ruleset, name: str):
    t = rs.table(name)
    if t is None:
        raise IptablesError(f"can't initialize iptables table `{name}': {table_init_error(name)}"
                            f"\nPerhaps iptables or your kernel needs to be upgraded.", VERSION_PROBLEM)
    return t


def table_init_error(name: str) -> str:
    """iptc_strerror() after TC_INIT failed: a name of 32 bytes or more is EINVAL before any lookup."""
    if len(name.encode("utf-8", "surrogateescape")) >= 32:         # XT_TABLE_MAXNAMELEN
        return "Module is wrong version"
    return "Table does not exist (do you need to insmod?)"


def resolve_target(t, p: Parsed) -> None:
    """Standard target for verdicts and chain names; otherwise the name must be an extension."""
    if p.target is not None:
        return
    name = p.jumpto or ""
    if p.goto and name not in t.chains:
        raise ParamError(f"goto '{name}' is not a chain")
    if name and name not in STANDARD_VERDICTS and name not in t.chains:
        raise ParamError(f"Couldn't load target `{name}':No such file or directory\n")


_RULE_CMDS = CMD["A"] | CMD["D"] | CMD["C"] | CMD["I"] | CMD["R"]
_CMD_A = CMD["A"]


class CounterMaps:
    """What libiptc's counter maps tell -Z within one handle (an iptables-restore table): rules
    and built-in policies set in this transaction are not the kernel's, and TC_ZERO_ENTRIES /
    TC_ZERO_COUNTER zero only entries still mapped to the kernel's counters. Measured: a restore
    line `[3:3] -A INPUT -j ACCEPT` followed by `-Z` commits 3 packets, 3 bytes."""

    def __init__(self):
        self.made: list[Rule] = []          # held, so that their ids cannot be reused
        self.ids: set[int] = set()
        self.policies: set[str] = set()

    def add(self, rules) -> None:
        self.made.extend(rules)
        self.ids.update(map(id, rules))


def do_command(rs: Ruleset, p: Parsed, out: list[str], check: bool = True,
               maps: CounterMaps | None = None) -> None:
    """check=False leaves the kernel's checks (validate) to the caller: iptables-restore makes
    them once per table, at COMMIT. `maps`: the transaction's counter maps (iptables-restore)."""
    t = init_table(rs, p.table)
    cmd = p.command
    if cmd & _RULE_CMDS:
        resolve_target(t, p)
        rules = p.rules()
        if p.verbose:
            # append_entry() and friends print each rule before handing it to libiptc, and go on
            # after a failure: every line is printed before the error
            out.extend(verbose_line(r) for r in rules)
        if maps is not None and cmd & (_CMD_A | CMD["I"] | CMD["R"]):
            maps.add(rules)
        chain = t.chains.get(p.chain)
        if chain is None:
            # libiptc names ENOENT after the call: for -D and -C it reads as a missing rule
            raise iptc_error(BAD_RULE if cmd & (CMD["D"] | CMD["C"]) else ENOENT)
        if cmd == CMD["I"] and p.rulenum - 1 > len(chain.rules):
            raise iptc_error("Index of insertion too big.")
        if cmd == CMD["R"] and p.rulenum > len(chain.rules):
            raise iptc_error("Index of replacement too big.")
        if p.target is None and p.jumpto in t.chains and t.chains[p.jumpto].builtin:
            raise iptc_error(EINVAL)        # libiptc's map_target: no jumps to built-in chains
    if cmd == _CMD_A:
        chain.rules.extend(rules)
    elif cmd == CMD["I"]:
        for r in rules:
            chain.rules.insert(p.rulenum - 1, r)
    elif cmd == CMD["R"]:
        (r,) = rules
        chain.rules[p.rulenum - 1] = r
    elif cmd in (CMD["D"], CMD["C"]):
        for r in rules:
            i = find_rule(chain, r)
            if i is None:
                # libiptc's map_target asks TC_BUILTIN about any name that is no standard
                # verdict (an extension target or a chain), which renames the failing call
                if r.target is not None or r.verdict not in ("", *STANDARD_VERDICTS):
                    raise iptc_error(ENOENT)
                raise iptc_error(BAD_RULE)
            if cmd == CMD["D"]:
                del chain.rules[i]
    elif cmd == CMD["d"]:
        chain = get_chain(t, p.chain)
        if p.rulenum > len(chain.rules):
            raise iptc_error("Index of deletion too big.")
        del chain.rules[p.rulenum - 1]
    elif cmd == CMD["F"]:
        for c in chains_of(t, p.chain, p.verbose and "Flushing", out):
            if p.verbose:
                out.append(f"Flushing chain `{c.name}'\n")
            c.rules = []
    elif cmd & (CMD["L"] | CMD["S"]) or cmd in (CMD["Z"], CMD["z"]):
        if cmd & CMD["L"]:
            from .listing import list_entries
            list_entries(t, p, out)
        elif cmd & CMD["S"]:
            list_rules(t, p, out)
        if cmd & CMD["Z"]:
            for c in chains_of(t, p.chain, p.verbose and "Zeroing", out):
                if p.verbose:
                    out.append(f"Zeroing chain `{c.name}'\n")
                zero(c, maps)
        elif cmd & CMD["z"]:
            chain = get_chain(t, p.chain)
            if p.rulenum > len(chain.rules):
                raise iptc_error("Index of counter too big.")
            r = chain.rules[p.rulenum - 1]
            if maps is None or id(r) not in maps.ids:
                r.pcnt = r.bcnt = 0
    elif cmd == CMD["N"]:
        if p.chain in t.chains:
            raise iptc_error("Chain already exists.")
        t.chains[p.chain] = Chain(p.chain)
    elif cmd == CMD["X"]:
        if p.chain is not None:         # `-X ''` names a chain (that does not exist)
            delete_chain(t, p.chain, p.verbose, out)
        else:
            # for_each_chain() goes on after a failure; the last error is the one reported (and
            # nothing is committed)
            failed = None
            for c in [c for c in t.ordered_chains() if not c.builtin]:
                try:
                    delete_chain(t, c.name, p.verbose, out)
                except IptablesError as e:
                    failed = e
            if failed is not None:
                raise failed
    elif cmd == CMD["E"]:
        if p.newname in t.chains or p.newname in STANDARD_VERDICTS:
            raise iptc_error("File exists.")
        c = t.chains.get(p.chain)
        if c is None or c.builtin:
            raise iptc_error(ENOENT)
        if len(p.newname) > 31:                 # IPT_CHAINLABEL is char[32]
            raise iptc_error(EINVAL)
        # libiptc takes 31 characters, the kernel's error target keeps 29: that is what is read back
        new = p.newname[:29]
        del t.chains[p.chain]
        c.name = new
        t.chains[new] = c
        for ch in t.chains.values():
            if p.chain in ch.jumps():
                for r in ch.rules:
                    if r.target is None and r.verdict == p.chain:
                        r.verdict = new
    elif cmd == CMD["P"]:
        c = t.chains.get(p.chain)
        if c is None or not c.builtin:
            raise iptc_error("Bad built-in chain name.")
        if p.policy not in ("ACCEPT", "DROP"):
            raise iptc_error("Bad policy name. Run `dmesg' for more information.")
        c.policy = p.policy
        if maps is not None:
            maps.policies.add(c.name)
        if p.options & (1 << 10):          # -c sets the policy counters
            c.pcnt, c.bcnt = p.pcnt, p.bcnt
    if check and cmd & ~(CMD["L"] | CMD["S"]):
        validate(t, rs.xtstate)
        release_shared(rs)


def changes_table(p: Parsed, chains_before: int, chains_after: int) -> bool:
    """Whether libiptc commits the table after this successful command (its handle changed):
    every command but -L, -S and -C; -X without a chain only when it found user chains to delete."""
    if not p.command & ~(CMD["L"] | CMD["S"] | CMD["C"]):
        return False
    return not (p.command == CMD["X"] and p.chain is None and chains_before == chains_after)


def commit_counters(t, keep: tuple = ()) -> None:
    """A table commit leaves every built-in policy counter at zero, except those set in this
    transaction (-P -c, or a restore policy line with -c): measured on iptables-legacy 1.8.9,
    where any committing command (-A, -N, -Z, ...) zeroes the policy counters of its table."""
    for c in t.chains.values():
        if c.builtin and c.name not in keep:
            c.pcnt = c.bcnt = 0


def get_chain(t, name) -> Chain:
    c = t.chains.get(name)
    if c is None:
        raise iptc_error(ENOENT)
    return c


def chains_of(t, name, verb=None, out=None) -> list[Chain]:
    """The named chain, or all of them. With `verb`, a named chain's verbose line is printed before
    the lookup (flush_entries/zero_entries print it first), so it shows for a missing chain too."""
    if name is None:
        return t.ordered_chains()
    c = get_chain(t, name) if not verb else t.chains.get(name)
    if c is None:
        out.append(f"{verb} chain `{name}'\n")
        raise iptc_error(ENOENT)
    return [c]


def zero(c: Chain, maps: CounterMaps | None = None) -> None:
    if maps is None:
        c.pcnt = c.bcnt = 0
        for r in c.rules:
            r.pcnt = r.bcnt = 0
        return
    if c.name not in maps.policies:
        c.pcnt = c.bcnt = 0
    for r in c.rules:
        if id(r) not in maps.ids:
            r.pcnt = r.bcnt = 0


def find_rule(chain: Chain, r: Rule) -> int | None:
    key = r.key()
    for i, x in enumerate(chain.rules):
        if x.key() == key:
            return i
    return None


def delete_chain(t, name, verbose, out) -> None:
    if verbose:
        out.append(f"Deleting chain `{name}'\n")
    c = get_chain(t, name)
    if c.builtin:
        raise iptc_error(EINVAL)
    if t.references(name):
        raise iptc_error("Too many links.")
    if c.rules:
        raise iptc_error("Directory not empty.")
    del t.chains[name]


def list_rules(t, p: Parsed, out: list[str]) -> None:
    start = len(out)
    try:
        _list_rules(t, p, out)
    finally:
        from .save import printed
        try:
            printed("".join(out[start:]))
        except IptablesError as e:
            out[start:] = [e.partial]
            raise


def _list_rules(t, p: Parsed, out: list[str]) -> None:
    counters = bool(p.verbose)
    chains = chains_of(t, p.chain)
    for c in chains if not p.rulenum else ():
        if c.builtin:
            out.append(f"-P {c.name} {c.policy}" + (f" -c {c.pcnt} {c.bcnt}" if counters else "") + "\n")
        else:
            out.append(f"-N {c.name}\n")
    for c in chains:
        for i, (text, cut, pc, bc) in enumerate(c.texts(), 1):
            if p.rulenum and i != p.rulenum:
                continue
            out.append(f"-A {c.name}{with_counters(text, cut, pc, bc) if counters else text}\n")


def verbose_line(r: Rule) -> str:
    from .listing import print_rule_line
    return print_rule_line(r)


# -- the kernel's side of a table replace -------------------------------------------------------
def validate(t, shared: dict | None = None) -> None:
    """translate_table(): every chain reachable from a hook gets that hook's bit; a jump back onto
    the current path is a loop (ELOOP); then each match and target checks its table and hooks,
    and finds or creates the objects it shares by name with other rules (`shared`: the namespace's)."""
    hookmask: dict[str, int] = {}
    for name in TABLES[t.name][0]:
        walk_hooks(t, name, 1 << CHAIN_HOOK[name], [], hookmask)
    for c in t.chains.values():
        mask = hookmask.get(c.name, 0)
        if not c.loaded and not mask & ~c.vmask:
            # unchanged since its rules passed for c.vmask; fewer hooks can only pass too
            continue
        for r in c.rules:
            if r.target is None and r.verdict and r.verdict not in STANDARD_VERDICTS:
                if t.chains[r.verdict].builtin:
                    raise KernelError()
            for ext in r.matches:
                check_ext(ext, t.name, mask, r, shared)
            if r.target is not None:
                check_ext(r.target, t.name, mask, r, shared)
    for c in t.chains.values():
        c.vmask = hookmask.get(c.name, 0)


def walk_hooks(t, name, bit, path, hookmask) -> None:
    if name in path:
        raise KernelError("Too many levels of symbolic links.")
    if hookmask.get(name, 0) & bit:
        return          # already explored from this hook: its subtree holds no loop
    hookmask[name] = hookmask.get(name, 0) | bit
    path.append(name)
    for verdict in t.chains[name].jumps():
        c = t.chains.get(verdict)
        if c is not None and not c.builtin:
            walk_hooks(t, verdict, bit, path, hookmask)
    path.pop()


def check_ext(ext, table: str, hookmask: int, r: Rule, shared: dict | None = None) -> None:
    if ext.TABLES is not None and table not in ext.TABLES:
        raise KernelError()
    if hookmask & ~ext.HOOKS:
        raise KernelError()
    if ext.PROTOS is not None and (r.proto not in ext.PROTOS or r.invflags & 64):
        raise KernelError()
    ext.check_entry(table, hookmask, r)
    if shared is not None:
        ext.check_shared(shared)


def release_shared(rs: Ruleset) -> None:
    """After a table replace the old rules are destroyed: a hashlimit table no rule of any table
    names any more is freed (its flows with it), and so is a rate estimator no RATEEST target
    nor rateest match holds."""
    tables = rs.xtstate.get("xt_hashlimit")
    if tables:
        from .extensions.matches.hashlimit import names_in_use
        used = names_in_use(rs)
        for name in [n for n in tables if n not in used]:
            del tables[name]
    ests = rs.xtstate.get("xt_rateest")
    if ests:
        from .extensions.targets.rateest import names_in_use as estimators_in_use
        used = estimators_in_use(rs)
        for name in [n for n in ests if n not in used]:
            del ests[name]
