"""-m connmark (revision 1): the conntrack entry's mark under a mask (xt_connmark)."""
from __future__ import annotations

from ...xtables import Match, Opt, register
from .mark import mark_text


class Connmark(Match):
    NAME = "connmark"
    HELP = ("connmark match options:\n"
            "[!] --mark value[/mask]    Match ctmark value with optional mask\n")
    NEEDS_CONNTRACK = True
    REVISION = 1
    OPTIONS = (Opt("mark", "markmask32", invert=True, mandatory=True),)

    def save(self):
        return f"{' !' if self.inv['mark'] else ''} --mark {mark_text(*self.v['mark'])}"

    def print(self, numeric):
        # libxt_connmark prints "match " then "!" then the mark with its own leading space
        return f" connmark match {'!' if self.inv['mark'] else ''} {mark_text(*self.v['mark'])}"

    def compile(self):
        value, mask = self.v["mark"]
        inv = self.inv["mark"]

        def connmark_mt(pkt, par):
            ct = pkt.ct
            if ct is None:
                return False         # no entry: no match, inverted or not
            return ((ct.mark & mask) == value) ^ inv
        return connmark_mt


register(Connmark)
