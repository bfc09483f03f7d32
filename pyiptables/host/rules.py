"""IPv4 policy routing rules (net/core/fib_rules.c, net/ipv4/fib_rules.c): the rule list,
`ip rule add|del` as the kernel validates them, and fib_rules_lookup().

Until a rule is added or deleted the kernel keeps local and main merged in one trie and
fib_lookup() asks main then default directly (fib_has_custom_rules false); the first add or
delete unmerges them and every lookup walks the rules from then on, even when the list is back
to the three defaults.
"""
from __future__ import annotations

from .fib import MASKS, TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN, CompiledFib, lookup
from .kernroutes import extack, rtnl

# FR_ACT_*: what a matching rule does (iproute2 names 6..11 by their RTN_* names)
FR_ACT_UNSPEC, FR_ACT_TO_TBL, FR_ACT_GOTO, FR_ACT_NOP = 0, 1, 2, 3
FR_ACT_BLACKHOLE, FR_ACT_UNREACHABLE, FR_ACT_PROHIBIT = 6, 7, 8
PROTO_UNSPEC, PROTO_KERNEL = 0, 2
EINVAL, EACCES, ENETUNREACH, EAGAIN = 22, 13, 101, 11
INVALID_UID = 0xFFFFFFFF
UID_UNSET = (0, INVALID_UID)        # fib_kuid_range_unset: every uid, and not "set"
NO_PORTS = (0, 0)


class FibRule:
    """One fib4_rule. iif/oif are device names ("" when not given): a rule naming a device that
    does not exist is kept, detached, and matches nothing until a device of that name appears."""
    __slots__ = ("pref", "action", "table", "src", "src_len", "dst", "dst_len", "tos", "mark",
                 "mask", "iif", "oif", "invert", "target", "suppress_prefixlen", "suppress_ifgroup",
                 "proto", "uid_start", "uid_end", "ip_proto", "sport", "dport")

    def __init__(self, pref=0, action=FR_ACT_TO_TBL, table=0, *, src=0, src_len=0, dst=0, dst_len=0,
                 tos=0, mark=0, mask=0, iif="", oif="", invert=False, target=0,
                 suppress_prefixlen=-1, suppress_ifgroup=-1, proto=PROTO_UNSPEC):
        self.pref, self.action, self.table = pref, action, table
        self.src, self.src_len, self.dst, self.dst_len = src, src_len, dst, dst_len
        self.tos, self.mark, self.mask, self.iif, self.oif = tos, mark, mask, iif, oif
        self.invert, self.target, self.proto = invert, target, proto
        self.suppress_prefixlen, self.suppress_ifgroup = suppress_prefixlen, suppress_ifgroup
        self.uid_start, self.uid_end = UID_UNSET
        self.ip_proto, self.sport, self.dport = 0, NO_PORTS, NO_PORTS     # port ranges (start, end)

    def uid_range_set(self) -> bool:
        return self.uid_start != INVALID_UID and self.uid_end != INVALID_UID

    def requires_fldissect(self) -> bool:
        """fib_rule_requires_fldissect(): input lookups then dissect the packet for its
        protocol and ports (not for a rule on lo's input)."""
        return self.iif != "lo" and bool(self.ip_proto or self.sport[0] or self.dport[0])

    def key(self):
        """What rule_exists() always compares (not the flags, nor the goto target)."""
        return (self.action, self.table, self.pref, self.iif, self.oif, self.mark, self.mask,
                self.suppress_ifgroup, self.suppress_prefixlen, self.proto, self.uid_start, self.uid_end,
                self.ip_proto, self.sport, self.dport)

    def same_selector(self, o: "FibRule") -> bool:
        """fib4_rule_compare(): only the source, destination and tos o was given."""
        return not ((o.src_len and (self.src_len != o.src_len or self.src != o.src)) or
                    (o.dst_len and (self.dst_len != o.dst_len or self.dst != o.dst)) or
                    (o.tos and self.tos != o.tos))


def default_rules() -> list:
    """fib_default_rules_init(): local at 0, main at 32766, default at 32767, proto kernel."""
    return [FibRule(0, table=TABLE_LOCAL, proto=PROTO_KERNEL),
            FibRule(0x7FFE, table=TABLE_MAIN, proto=PROTO_KERNEL),
            FibRule(0x7FFF, table=TABLE_DEFAULT, proto=PROTO_KERNEL)]


class HostRules:
    """Mixin of Host: self.rules (list in lookup order), self.custom_rules."""

    def _default_pref(self) -> int:
        """fib_default_rule_pref(): one below the second rule's preference, if that is not 0."""
        if len(self.rules) >= 2 and self.rules[1].pref:
            return self.rules[1].pref - 1
        return 0

    def rule_add(self, r: FibRule, user_pref: bool):
        """fib_nl_newrule() with NLM_F_EXCL; r.pref is filled in when not given."""
        if not user_pref:
            r.pref = self._default_pref()
        k = r.key()
        if any(o.key() == k and o.same_selector(r) for o in self.rules):
            raise rtnl("File exists")
        if r.tos & 3:                          # fib4_rule_configure()
            raise extack("Invalid dsfield (tos): ECN bits must be 0")
        if r.tos & ~0x1E:
            raise extack("Invalid tos")
        if r.table == 0 and r.action == FR_ACT_TO_TBL:
            r.table = next(t for t in range(1, 1 << 32) if t not in self.tables)   # fib_empty_table()
            self.tables[r.table] = []
        i = 0
        while i < len(self.rules) and self.rules[i].pref <= r.pref:
            i += 1
        self.rules.insert(i, r)
        self.custom_rules = True
        self._changed()

    def rule_del(self, r: FibRule, user_pref: bool):
        """fib_nl_delrule(): the first rule matching every attribute given (rule_find())."""
        for i, o in enumerate(self.rules):
            if r.action and o.action != r.action:
                continue
            if r.table and o.table != r.table:
                continue
            if user_pref and o.pref != r.pref:
                continue
            if (r.iif and o.iif != r.iif) or (r.oif and o.oif != r.oif):
                continue
            if r.mark and o.mark != r.mark:
                continue
            if r.suppress_ifgroup != -1 and o.suppress_ifgroup != r.suppress_ifgroup:
                continue
            if r.suppress_prefixlen != -1 and o.suppress_prefixlen != r.suppress_prefixlen:
                continue
            if r.mask and o.mask != r.mask:
                continue
            if r.proto and o.proto != r.proto:
                continue
            if r.uid_range_set() and (o.uid_start, o.uid_end) != (r.uid_start, r.uid_end):
                continue
            if (r.ip_proto and o.ip_proto != r.ip_proto) or (r.sport[0] and o.sport != r.sport) or \
                    (r.dport[0] and o.dport != r.dport):
                continue
            if not o.same_selector(r):
                continue
            del self.rules[i]
            self.custom_rules = True
            self._changed()
            return
        raise rtnl("No such file or directory")

    def rules_remove(self, dead: list):
        """`ip rule flush`: each rule deleted on its own (every one sets fib_has_custom_rules)."""
        ids = {id(r) for r in dead}
        self.rules = [r for r in self.rules if id(r) not in ids]
        self.custom_rules = True
        self._changed()

    def goto_resolved(self, r: FibRule) -> bool:
        return any(o.pref == r.target for o in self.rules)

    # -- lookup --------------------------------------------------------------------------------------
    def _compile_rules(self):
        """Per rule, in order: its selectors (masked source and destination with their masks, tos,
        iif/oif (None: detached), mark and mask, not), action, the compiled table, the goto
        target's index, suppressors, uid range, protocol and port ranges (0-65535 when unset)."""
        ld = self._route_skip_linkdown
        levels = {}
        out = []
        for r in self.rules:
            iif = r.iif if not r.iif or r.iif in self.links else None      # None: detached
            oif = r.oif if not r.oif or r.oif in self.links else None
            lv = None
            if r.action == FR_ACT_TO_TBL and r.table in self.tables:
                lv = levels.get(r.table)
                if lv is None:
                    lv = levels[r.table] = CompiledFib._build([self.tables[r.table]], ld)
            tgt = next((j for j, o in enumerate(self.rules) if o.pref == r.target), -1) \
                if r.action == FR_ACT_GOTO else -1
            out.append((r.src & MASKS[r.src_len], MASKS[r.src_len], r.dst & MASKS[r.dst_len],
                        MASKS[r.dst_len], r.tos, iif, oif, r.mark, r.mask, r.invert, r.action, lv,
                        tgt, r.suppress_prefixlen, r.suppress_ifgroup, r.uid_start, r.uid_end,
                        r.ip_proto, r.sport[0], r.sport[1] if r.sport[0] else 0xFFFF, r.dport[0],
                        r.dport[1] if r.dport[0] else 0xFFFF, r))
        return out

    def rules_lookup(self, daddr, saddr, tos, iif, oif, mark, scope, ignore_linkstate=False, uid=0,
                     proto=0, sport=0, dport=0):
        """fib_rules_lookup() + __fib_lookup(): (Route, rule) or (errno, rule|None). uid: the
        flow's (0 for forwarded packets and for root's own); proto and ports: the flow's."""
        fib = self._fib()
        rules = fib.rules
        if rules is None:
            rules = fib.rules = self._compile_rules()
        n = len(rules)
        i = 0
        while i < n:
            (src, smask, dst, dmask, rtos, riif, roif, rmark, rmask, inv, action, lv, tgt,
             spl, sgrp, ustart, uend, rproto, sp0, sp1, dp0, dp1, rule) = rules[i]
            ok = (not (riif is None or (riif and riif != iif)) and
                  not (roif is None or (roif and roif != oif)) and
                  not (rmark ^ mark) & rmask and ustart <= uid <= uend and
                  not (saddr ^ src) & smask and not (daddr ^ dst) & dmask and
                  not (rtos and rtos != tos) and not (rproto and rproto != proto) and
                  sp0 <= sport <= sp1 and dp0 <= dport <= dp1)
            if ok == inv:
                i += 1
                continue
            if action == FR_ACT_GOTO:
                if tgt < 0:
                    i += 1
                    continue
                i = tgt
                continue            # the target is matched again before it acts
            if action == FR_ACT_NOP:
                i += 1
                continue
            if action == FR_ACT_TO_TBL:
                res = lookup(lv, daddr, tos, scope, oif, ignore_linkstate) if lv is not None else None
                if res is None:
                    res = EAGAIN
            elif action == FR_ACT_UNREACHABLE:
                return ENETUNREACH, rule
            elif action == FR_ACT_PROHIBIT:
                return EACCES, rule
            else:
                return EINVAL, rule
            if not isinstance(res, int):
                if res.plen <= spl:                          # fib4_rule_suppress()
                    i += 1
                    continue
                if sgrp != -1 and res.dev is not None and self.links[res.dev].group == sgrp:
                    i += 1
                    continue
                return res, rule
            if res != EAGAIN:
                return res, rule
            i += 1
        return ENETUNREACH, None
