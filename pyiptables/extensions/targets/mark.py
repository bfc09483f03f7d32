"""-j MARK (revision 2): skb->mark = (mark & ~mask) ^ value (xt_mark's mark_tg)."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, Opt, ParamError, Target, register
from .tgutil import uint_opt

MASK32 = 0xFFFFFFFF
OPS = ("set-xmark", "set-mark", "and-mark", "or-mark", "xor-mark")


def to_xmark(op: str, arg) -> tuple[int, int]:
    """The (value, mask) pair each operation stores (mark_tg_parse, connmark_tg_parse)."""
    if op == "set-xmark":
        return arg
    if op == "set-mark":
        return arg[0], arg[0] | arg[1]
    if op == "and-mark":
        return 0, ~arg & MASK32
    if op == "or-mark":
        return arg, arg
    return arg, 0                                  # xor-mark


def xmark_text(word: str, value: int, mask: int) -> str:
    """How mark_tg_print / connmark_tg_print name a (value, mask) pair."""
    if value == 0:
        return f" {word} and 0x{~mask & MASK32:x}"
    if value == mask:
        return f" {word} or 0x{value:x}"
    if mask == 0:
        return f" {word} xor 0x{value:x}"
    if mask == MASK32:
        return f" {word} set 0x{value:x}"
    return f" {word} xset 0x{value:x}/0x{mask:x}"


class Mark(Target):
    NAME = "MARK"
    REVISION = 2
    HELP = ("MARK target options:\n"
            "  --set-xmark value[/mask]  Clear bits in mask and XOR value into nfmark\n"
            "  --set-mark value[/mask]   Clear bits in mask and OR value into nfmark\n"
            "  --and-mark bits           Binary AND the nfmark with bits\n"
            "  --or-mark bits            Binary OR the nfmark with bits\n"
            "  --xor-mark bits           Binary XOR the nfmark with bits\n")
    OPTIONS = (
        Opt("set-xmark", "markmask32", excl=OPS),
        Opt("set-mark", "markmask32", excl=OPS),
        Opt("and-mark", uint_opt("and-mark", 0, MASK32), excl=OPS),
        Opt("or-mark", uint_opt("or-mark", 0, MASK32), excl=OPS),
        Opt("xor-mark", uint_opt("xor-mark", 0, MASK32), excl=OPS),
    )

    def parse(self, opt, arg, invert, ctx):
        self.v["mark"], self.v["mask"] = to_xmark(opt.name, arg)

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required")

    def print(self, numeric):
        return xmark_text("MARK", self.v["mark"], self.v["mask"])

    def save(self):
        return f" --set-xmark 0x{self.v['mark']:x}/0x{self.v['mask']:x}"

    def compile(self):
        value, keep = self.v["mark"], ~self.v["mask"] & MASK32

        def mark_tg(pkt, par):
            pkt.mark = (pkt.mark & keep) ^ value
            return XT_CONTINUE
        return mark_tg


register(Mark)
