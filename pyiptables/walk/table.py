"""A table compiled for the walk, and ipt_do_table() over it.

Like the kernel's blob, each table is one flat list of entries: every chain is its rules followed
by an unconditional end entry (the policy for a builtin chain, an invisible RETURN for a user
chain). Jumps are indices; a jump stack handles user chains, -g (goto) and RETURN.
"""
from __future__ import annotations

from bisect import bisect_left

from ..model import (INV_DSTIP, INV_FRAG, INV_PROTO, INV_SRCIP, INV_VIA_IN, INV_VIA_OUT, TABLES, CHAIN_HOOK,
                     Table)
from ..xtables import NF_ACCEPT, NF_DROP, NF_QUEUE, XT_CONTINUE, XT_RETURN
from .index import PORT_PROTOS, CandidateIndex, odd_packet

# entry kinds
K_VERDICT, K_JUMP, K_RETURN, K_TARGET, K_NONE, K_POLICY, K_END = range(7)
VERDICTS = {"ACCEPT": NF_ACCEPT, "DROP": NF_DROP, "QUEUE": NF_QUEUE}


def iface_matcher(name: str):
    """(prefix, exact) for ifname_compare: `eth+` matches any name starting with `eth`."""
    if not name:
        return None
    if name.endswith("+"):
        return (name[:-1], False)
    return (name, True)


class Entry:
    __slots__ = ("rule", "chain", "rulenum", "src", "smsk", "dst", "dmsk", "inv_src", "inv_dst",
                 "iniface", "inv_in", "outiface", "inv_out", "proto", "inv_proto", "frag", "inv_frag",
                 "matches", "kind", "verdict", "target", "jump", "goto", "ipcheck", "table")

    def __init__(self, chain: str, rulenum: int):
        self.chain, self.rulenum = chain, rulenum
        self.table = ""
        self.rule = None
        self.matches = ()
        self.ipcheck = False
        self.goto = False
        self.jump = -1
        self.target = None
        self.verdict = NF_ACCEPT


class CompiledTable:
    """`entries` plus, per hook, the index where the hook's builtin chain starts, and the policy
    entry of a builtin chain that has no rules (`empty`: the walk of it is only its policy)."""

    __slots__ = ("name", "entries", "hook_entry", "policy_entry", "index", "empty", "is_filter")

    def __init__(self, table: Table):
        self.name = table.name
        self.entries: list[Entry] = []
        starts: dict[str, int] = {}
        pending: list[tuple[Entry, str]] = []
        for chain in table.ordered_chains():
            starts[chain.name] = len(self.entries)
            for n, r in enumerate(chain.rules, 1):
                e = compile_rule(chain.name, n, r)
                if e.kind == K_JUMP:
                    pending.append((e, r.verdict))
                self.entries.append(e)
            end = Entry(chain.name, len(chain.rules) + 1)
            if chain.builtin:
                end.kind, end.rule = K_POLICY, chain
                end.verdict = VERDICTS[chain.policy]
            else:
                end.kind = K_END
            self.entries.append(end)
        for e, name in pending:
            e.jump = starts[name]
        for e in self.entries:
            e.table = self.name
        self.index = CandidateIndex(self.entries)
        self.hook_entry = [-1] * 5
        self.policy_entry = [-1] * 5
        self.empty = [None] * 5
        self.is_filter = self.name == "filter"
        for name in TABLES[table.name][0]:
            hook = CHAIN_HOOK[name]
            self.hook_entry[hook] = starts[name]
            self.policy_entry[hook] = starts[name] + len(table.chains[name].rules)
            if not table.chains[name].rules:
                self.empty[hook] = self.entries[self.policy_entry[hook]]


def compile_rule(chain: str, n: int, r) -> Entry:
    e = Entry(chain, n)
    e.rule = r
    inv = r.invflags
    e.src, e.smsk, e.dst, e.dmsk = r.src, r.smsk, r.dst, r.dmsk
    e.inv_src, e.inv_dst = bool(inv & INV_SRCIP), bool(inv & INV_DSTIP)
    e.iniface, e.inv_in = iface_matcher(r.iniface), bool(inv & INV_VIA_IN)
    e.outiface, e.inv_out = iface_matcher(r.outiface), bool(inv & INV_VIA_OUT)
    e.proto, e.inv_proto = r.proto, bool(inv & INV_PROTO)
    e.frag, e.inv_frag = r.frag, bool(inv & INV_FRAG)
    e.ipcheck = bool(r.smsk or r.dmsk or e.inv_src or e.inv_dst or e.iniface or e.outiface or r.proto or r.frag)
    e.matches = tuple(m.compile() for m in r.matches)
    e.goto = r.goto
    if r.target is not None:
        e.kind, e.target = K_TARGET, r.target.compile()
    elif r.verdict in VERDICTS:
        e.kind, e.verdict = K_VERDICT, VERDICTS[r.verdict]
    elif r.verdict == "RETURN":
        e.kind = K_RETURN
    elif r.verdict:
        e.kind = K_JUMP
    else:
        e.kind = K_NONE
    return e


def iface_ok(m, dev: str) -> bool:
    name, exact = m
    return dev == name if exact else dev.startswith(name)


def ip_packet_match(e: Entry, pkt) -> bool:
    if ((pkt.saddr & e.smsk) != e.src) ^ e.inv_src:
        return False
    if ((pkt.daddr & e.dmsk) != e.dst) ^ e.inv_dst:
        return False
    if e.iniface is not None and (not iface_ok(e.iniface, pkt.indev)) ^ e.inv_in:
        return False
    if e.outiface is not None and (not iface_ok(e.outiface, pkt.outdev)) ^ e.inv_out:
        return False
    if e.proto and (pkt.proto != e.proto) ^ e.inv_proto:
        return False
    if e.frag and (pkt.fragoff == 0) ^ e.inv_frag:
        return False
    return True


def do_table(ct: CompiledTable, hook: int, pkt, par, trace=None) -> tuple[int, Entry]:
    """ipt_do_table: returns (verdict, the entry that decided)."""
    par.hook, par.table, par.hotdrop = hook, ct.name, False
    e = ct.empty[hook]
    if e is not None:
        # a builtin chain without rules: only its policy, which counts the packet
        r = e.rule
        r.pcnt += 1
        r.bcnt += pkt.len
        if trace is not None:
            trace(ct.name, e, pkt)
        return e.verdict, e
    entries = ct.entries
    index = ct.index
    proto = pkt.proto
    if pkt.truncated or pkt.fragoff == 8:
        cl = index.lookup(proto, pkt.dport, pkt.fragoff, odd_packet(pkt))
    else:
        cl = index.cache.get(-1 - proto if pkt.fragoff or proto not in PORT_PROTOS else pkt.dport << 8 | proto)
        if cl is None:
            cl = index.lookup(proto, pkt.dport, pkt.fragoff)
    p = bisect_left(cl, ct.hook_entry[hook])
    stack = None
    while True:
        i = cl[p]
        e = entries[i]
        if e.ipcheck and not ip_packet_match(e, pkt):
            p += 1
            continue
        for m in e.matches:
            if not m(pkt, par):
                if par.hotdrop:
                    return NF_DROP, e
                break
        else:
            r = e.rule
            if r is not None:
                r.pcnt += 1
                r.bcnt += pkt.len         # skb->len now: a target earlier in the table may have grown it (TCPMSS)
            kind = e.kind
            if trace is not None:
                trace(ct.name, e, pkt)
            if kind == K_VERDICT or kind == K_POLICY:
                # a match may return true and still hotdrop (an inverted sctp/dccp match on a
                # malformed packet): the rule counts, its verdict gives way to NF_DROP
                return (NF_DROP if par.hotdrop else e.verdict), e
            if kind == K_NONE:
                p += 1
            elif kind == K_JUMP:
                if not e.goto:
                    if stack is None:
                        stack = []
                    stack.append(i + 1)
                p = bisect_left(cl, e.jump)
            elif kind == K_RETURN or kind == K_END:
                p = bisect_left(cl, stack.pop() if stack else ct.policy_entry[hook])
            else:
                par.chain, par.rulenum = e.chain, e.rulenum
                v = e.target(pkt, par)
                if v == XT_CONTINUE:
                    p += 1
                    continue
                if v == XT_RETURN:
                    p = bisect_left(cl, stack.pop() if stack else ct.policy_entry[hook])
                    continue
                return (NF_DROP if par.hotdrop else v), e
            if par.hotdrop:
                return NF_DROP, e
            continue
        p += 1
