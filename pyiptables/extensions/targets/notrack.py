"""-j NOTRACK: the alias iptables 1.8.9 turns into CT revision 2 with XT_CT_NOTRACK|XT_CT_NOTRACK_ALIAS
(saved and listed as NOTRACK, no options); raw only; marks the packet untracked."""
from __future__ import annotations

from ...xtables import Target, register
from .ct import notrack_tg


class Notrack(Target):
    NAME = "NOTRACK"
    TABLES = ("raw",)

    def print(self, numeric):
        return " NOTRACK"

    def compile(self):
        return notrack_tg


register(Notrack)
