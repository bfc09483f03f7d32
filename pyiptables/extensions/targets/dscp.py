"""-j DSCP: set the 6 DSCP bits of the IP header, ECN bits kept (xt_DSCP dscp_tg); mangle only."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, KernelError, Opt, ParamError, Target, register
from ..matches.dscp import class_to_dscp
from .tgutil import change_dsfield, uint_opt

XT_DSCP_MAX = 0x3F


class Dscp(Target):
    NAME = "DSCP"
    HELP = ("DSCP target options\n"
            "  --set-dscp value\t\tSet DSCP field in packet header to value\n"
            "  \t\t                This value can be in decimal (ex: 32)\n"
            "               \t\tor in hex (ex: 0x20)\n"
            "  --set-dscp-class class\tSet the DSCP field in packet header to the\n"
            "\t\t\t\tvalue represented by the DiffServ class value.\n"
            "\t\t\t\tThis class may be EF,BE or any of the CSxx\n"
            "\t\t\t\tor AFxx classes.\n"
            "\n"
            "\t\t\t\tThese two options are mutually exclusive !\n")
    TABLES = ("mangle",)
    OPTIONS = (
        Opt("set-dscp", uint_opt("set-dscp", 0, XT_DSCP_MAX), excl=("set-dscp-class",)),
        Opt("set-dscp-class", lambda a, e: class_to_dscp(a), excl=("set-dscp",)),
    )

    def parse(self, opt, arg, invert, ctx):
        self.v["dscp"] = arg

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("DSCP target: Parameter --set-dscp is required")

    def check_entry(self, table, hookmask, rule):
        if self.v["dscp"] > XT_DSCP_MAX:
            raise KernelError("Numerical argument out of domain.")

    def print(self, numeric):
        return f" DSCP set 0x{self.v['dscp']:02x}"

    def save(self):
        return f" --set-dscp 0x{self.v['dscp']:02x}"

    def compile(self):
        dscp = self.v["dscp"]
        value = dscp << 2

        def dscp_tg(pkt, par):
            if pkt.tos >> 2 != dscp:
                change_dsfield(pkt, 0x03, value)
            return XT_CONTINUE
        return dscp_tg


register(Dscp)
