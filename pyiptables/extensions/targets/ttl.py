"""-j TTL: set, decrement or increment the IP TTL (xt_HL ttl_tg), clamped to 0..255; mangle only."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, KernelError, Opt, ParamError, Target, register
from .tgutil import replace_ip16, uint_opt

IPT_TTL_SET, IPT_TTL_INC, IPT_TTL_DEC = 0, 1, 2
OPS = ("ttl-set", "ttl-dec", "ttl-inc")
MODE = {"ttl-set": IPT_TTL_SET, "ttl-dec": IPT_TTL_DEC, "ttl-inc": IPT_TTL_INC}


class Ttl(Target):
    NAME = "TTL"
    HELP = ("TTL target options\n"
            "  --ttl-set value\t\tSet TTL to <value 0-255>\n"
            "  --ttl-dec value\t\tDecrement TTL by <value 1-255>\n"
            "  --ttl-inc value\t\tIncrement TTL by <value 1-255>\n")
    TABLES = ("mangle",)
    OPTIONS = (
        Opt("ttl-set", uint_opt("ttl-set", 0, 255), excl=OPS, id=0),
        Opt("ttl-dec", uint_opt("ttl-dec", 1, 255), excl=OPS, id=2),
        Opt("ttl-inc", uint_opt("ttl-inc", 1, 255), excl=OPS, id=1),
    )

    def parse(self, opt, arg, invert, ctx):
        self.v["mode"], self.v["ttl"] = MODE[opt.name], arg

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("TTL: You must specify an action")

    def check_entry(self, table, hookmask, rule):
        if self.v["mode"] != IPT_TTL_SET and self.v["ttl"] == 0:
            raise KernelError()

    def print(self, numeric):
        word = ("set to", "increment by", "decrement by")[self.v["mode"]]
        return f" TTL {word} {self.v['ttl']}"

    def save(self):
        word = ("--ttl-set", "--ttl-inc", "--ttl-dec")[self.v["mode"]]
        return f" {word} {self.v['ttl']}"

    def compile(self):
        mode, ttl = self.v["mode"], self.v["ttl"]

        def ttl_tg(pkt, par):
            old = pkt.ttl
            if mode == IPT_TTL_SET:
                new = ttl
            elif mode == IPT_TTL_INC:
                new = min(old + ttl, 255)
            else:
                new = max(old - ttl, 0)
            if new != old:
                replace_ip16(pkt, 8, new << 8 | pkt.data[9])
                pkt.ttl = new
            return XT_CONTINUE
        return ttl_tg


register(Ttl)
