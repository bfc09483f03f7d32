"""-j NOTRACK: the alias iptables 1.8.9 turns into CT revision 2 with XT_CT_NOTRACK|XT_CT_NOTRACK_ALIAS
(no options); raw only; marks the packet untracked. Saved (-S, iptables-save) as `-j NOTRACK`, but
`iptables -L` names the kernel's target, CT, in its target column (then " NOTRACK" as the target's
own text): REAL_NAME is that name, for the listing's target column."""
from __future__ import annotations

from ...xtables import Target, register
from .ct import notrack_tg


class Notrack(Target):
    NAME = "NOTRACK"
    REAL_NAME = "CT"
    TABLES = ("raw",)

    def print(self, numeric):
        return " NOTRACK"

    def compile(self):
        return notrack_tg


register(Notrack)
