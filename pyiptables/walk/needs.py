"""What a ruleset switches on in the namespace by merely existing: a rule's checkentry takes a
reference on conntrack (nf_ct_netns_get), on defrag, on connection labels or on accounting, whether
or not any packet ever reaches the rule."""
from __future__ import annotations


def needs_conntrack(ruleset) -> bool:
    """Whether some rule's checkentry took a conntrack reference (nf_ct_netns_get): stateful
    matches, NAT targets, CONNMARK, CT templates... in any chain, even one nothing jumps to."""
    return conntrack_user(ruleset) is not None


def conntrack_user(ruleset):
    """(table, chain, rule number, extension name) of the first rule that needs conntrack, or None."""
    for t in ruleset.tables.values():
        for c in t.ordered_chains():
            for n, r in enumerate(c.rules, 1):
                for ext in r.matches:
                    if ext.needs_conntrack():
                        return t.name, c.name, n, ext.ext_name
                if r.target is not None and r.target.needs_conntrack():
                    return t.name, c.name, n, r.target.ext_name
    return None


def needs_defrag(ruleset) -> bool:
    """Whether some rule turned nf_defrag_ipv4 on by itself (socket, TPROXY): its hooks exist
    at PREROUTING and OUTPUT even without conntrack."""
    return any(ext.NEEDS_DEFRAG for t in ruleset.tables.values() for c in t.chains.values() for r in c.rules
               for ext in (*r.matches, r.target) if ext is not None)


def uses_connlabel(ruleset) -> bool:
    return any(ext.NAME == "connlabel" for t in ruleset.tables.values() for c in t.chains.values()
               for r in c.rules for ext in r.matches)


def forces_acct(ruleset) -> bool:
    return any(getattr(ext, "FORCES_CT_ACCT", False) for t in ruleset.tables.values()
               for c in t.chains.values() for r in c.rules for ext in r.matches)
