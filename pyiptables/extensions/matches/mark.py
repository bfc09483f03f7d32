"""-m mark (revision 1): the packet's nfmark under a mask (xt_mark)."""
from __future__ import annotations

from ...xtables import Match, Opt, register


def mark_text(value: int, mask: int) -> str:
    return f"0x{value:x}" if mask == 0xFFFFFFFF else f"0x{value:x}/0x{mask:x}"


class Mark(Match):
    NAME = "mark"
    REVISION = 1
    HELP = ("mark match options:\n"
            "[!] --mark value[/mask]    Match nfmark value with optional mask\n")
    OPTIONS = (Opt("mark", "markmask32", invert=True, mandatory=True),)

    def save(self):
        return f"{' !' if self.inv['mark'] else ''} --mark {mark_text(*self.v['mark'])}"

    def print(self, numeric):
        return f" mark match{' !' if self.inv['mark'] else ''} {mark_text(*self.v['mark'])}"

    def compile(self):
        value, mask = self.v["mark"]
        inv = self.inv["mark"]

        def mark_mt(pkt, par):
            return ((pkt.mark & mask) == value) ^ inv
        return mark_mt


register(Mark)
