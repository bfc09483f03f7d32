"""-m ttl: the IPv4 time-to-live (ipt_ttl)."""
from __future__ import annotations

from ...xtables import Match, Opt, ParamError, register

_ANY = ("ttl-eq", "ttl-lt", "ttl-gt")
# ipt_ttl modes
EQ, NE, LT, GT = range(4)
SAVE = {EQ: " --ttl-eq", NE: " ! --ttl-eq", LT: " --ttl-lt", GT: " --ttl-gt"}
PRINT = {EQ: "TTL ==", NE: "TTL !=", LT: "TTL <", GT: "TTL >"}


class Ttl(Match):
    NAME = "ttl"
    HELP = ("ttl match options:\n"
            "[!] --ttl-eq value\tMatch time to live value\n"
            "  --ttl-lt value\tMatch TTL < value\n"
            "  --ttl-gt value\tMatch TTL > value\n")
    # libipt_ttl lists --ttl-lt and --ttl-gt first but numbers --ttl-eq 0; --ttl shares its id
    OPTIONS = (
        Opt("ttl-lt", "uint8", excl=_ANY, id=1),
        Opt("ttl-gt", "uint8", excl=_ANY, id=2),
        Opt("ttl-eq", "uint8", invert=True, excl=_ANY, id=0, aliases=("ttl",)),
    )

    def parse(self, opt, arg, invert, ctx):
        mode = {"ttl-lt": LT, "ttl-gt": GT}.get(opt.name, NE if invert else EQ)
        self.v["mode"], self.v["ttl"] = mode, arg

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt")

    def save(self):
        return f"{SAVE[self.v['mode']]} {self.v['ttl']}"

    def print(self, numeric):
        return f" TTL match {PRINT[self.v['mode']]} {self.v['ttl']}"

    def compile(self):
        mode, ttl = self.v["mode"], self.v["ttl"]
        if mode == EQ:
            return lambda pkt, par: pkt.ttl == ttl
        if mode == NE:
            return lambda pkt, par: pkt.ttl != ttl
        if mode == LT:
            return lambda pkt, par: pkt.ttl < ttl
        return lambda pkt, par: pkt.ttl > ttl


register(Ttl)
