"""-m nfacct: count in an extended accounting object (xt_nfacct). The objects are created with
the nfacct tool (nfnetlink_acct), which the emulated host has not: as in a namespace where none
was created, every rule is refused with ENOENT ("accounting object `x' does not exist")."""
from __future__ import annotations

from ...xtables import KernelError, Match, Opt, register
from ..targets.tgutil import string_opt

NFACCT_NAME_MAX = 32


class Nfacct(Match):
    NAME = "nfacct"
    HELP = ("nfacct match options:\n"
            " --nfacct-name STRING\t\tName of accouting area\n")
    OPTIONS = (Opt("nfacct-name", string_opt(min_len=1, size=NFACCT_NAME_MAX), mandatory=True),)

    def check_entry(self, table, hookmask, rule):
        raise KernelError("No chain/target/match by that name.")

    def _name(self):
        from ...xtoptions import save_string
        return save_string(self.v["nfacct-name"])

    def save(self):
        return f" --nfacct-name{self._name()}"

    def print(self, numeric):
        return f" nfacct-name {self._name()}"

    def compile(self):
        raise NotImplementedError("match nfacct: no accounting object exists, every such rule is refused")


register(Nfacct)
