"""-m length: the IP total length (xt_length; for IPv4 the header's tot_len)."""
from __future__ import annotations

from ...xtables import Match, Opt, register


def range_text(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}:{hi}"


class Length(Match):
    NAME = "length"
    HELP = ("length match options:\n"
            "[!] --length length[:length]    Match packet length against value or range\n"
            "                                of values (inclusive)\n")
    OPTIONS = (Opt("length", "uint16rc", invert=True, mandatory=True),)

    def save(self):
        return f"{' !' if self.inv['length'] else ''} --length {range_text(*self.v['length'])}"

    def print(self, numeric):
        return f" length {'!' if self.inv['length'] else ''}{range_text(*self.v['length'])}"

    def compile(self):
        lo, hi = self.v["length"]
        inv = self.inv["length"]

        def length_mt(pkt, par):
            # the kernel reads ntohs(iph->tot_len); a min > max range simply never matches
            return (lo <= pkt.len <= hi) ^ inv
        return length_mt


register(Length)
