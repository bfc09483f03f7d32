"""-m helper: packets of connections a conntrack helper set up (xt_helper)."""
from __future__ import annotations

from ...xtables import Match, Opt, register
from ...xtoptions import c_cut, save_string

NAME_MAX = 29        # char name[30] in xt_helper_info


class Helper(Match):
    NAME = "helper"
    HELP = ("helper match options:\n"
            "[!] --helper string        Match helper identified by string\n")
    NEEDS_CONNTRACK = True
    OPTIONS = (Opt("helper", "string", invert=True, mandatory=True),)
    UNCOMPARED = True            # libxt_helper sets no userspacesize

    def parse(self, opt, arg, invert, ctx):
        super().parse(opt, c_cut(arg, NAME_MAX + 1), invert, ctx)

    def save(self):
        return f"{' !' if self.inv['helper'] else ''} --helper{save_string(self.v['helper'])}"

    def print(self, numeric):
        return f" helper match {'! ' if self.inv['helper'] else ''}\"{self.v['helper']}\""

    def compile(self):
        name, inv = self.v["helper"], self.inv["helper"]

        def helper_mt(pkt, par):
            ct = pkt.ct
            master = ct.master if ct is not None else None
            helper = master.helper if master is not None else None
            if not helper:
                return inv
            if not name:
                return not inv
            # strncmp(helper->name, info->name, strlen(helper->name)): the rule's name may be longer
            return name.startswith(helper) ^ inv
        return helper_mt


register(Helper)
