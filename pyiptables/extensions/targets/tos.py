"""-j TOS (revision 1): tos = (tos & ~mask) ^ value (xt_DSCP tos_tg); mangle only."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, Opt, ParamError, Target, register
from ...xtoptions import tos_symbol
from .tgutil import change_dsfield, uint_opt

OPS = ("set-tos", "and-tos", "or-tos", "xor-tos")


class Tos(Target):
    NAME = "TOS"
    REVISION = 1
    HELP = ("TOS target vlibxtables.so.12 options:\n"
            "  --set-tos value[/mask]  Set Type of Service/Priority field to value\n"
            "                          (Zero out bits in mask and XOR value into TOS)\n"
            "  --set-tos symbol        Set TOS field (IPv4 only) by symbol\n"
            "                          (this zeroes the 4-bit Precedence part!)\n"
            "                          Accepted symbolic names for value are:\n"
            "                            (0x10) 16 Minimize-Delay\n"
            "                            (0x08)  8 Maximize-Throughput\n"
            "                            (0x04)  4 Maximize-Reliability\n"
            "                            (0x02)  2 Minimize-Cost\n"
            "                            (0x00)  0 Normal-Service\n"
            "\n"
            "  --and-tos bits          Binary AND the TOS value with bits\n"
            "  --or-tos  bits          Binary OR the TOS value with bits\n"
            "  --xor-tos bits          Binary XOR the TOS value with bits\n")
    TABLES = ("mangle",)
    OPTIONS = (
        Opt("set-tos", "tosmask", excl=OPS, max=0x3F),
        Opt("and-tos", uint_opt("and-tos", 0, 0xFF), excl=OPS),
        Opt("or-tos", uint_opt("or-tos", 0, 0xFF), excl=OPS),
        Opt("xor-tos", uint_opt("xor-tos", 0, 0xFF), excl=OPS),
    )

    def parse(self, opt, arg, invert, ctx):
        name = opt.name
        if name == "set-tos":
            value, mask = arg
        elif name == "and-tos":
            value, mask = 0, ~arg & 0xFF
        elif name == "or-tos":
            value, mask = arg, arg
        else:
            value, mask = arg, 0
        self.v["value"], self.v["mask"] = value, mask

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("TOS: An action is required")

    def print(self, numeric):
        value, mask = self.v["value"], self.v["mask"]
        if numeric:
            return f" TOS set 0x{value:02x}/0x{mask:02x}"
        name = tos_symbol(value, mask)
        if name is not None:
            return f"  TOS set{name}"              # tos_try_print_symbolic(" TOS set", ...): " %s%s"
        if value == 0:
            return f" TOS and 0x{~mask & 0xFF:02x}"
        if value == mask:
            return f" TOS or 0x{value:02x}"
        if mask == 0:
            return f" TOS xor 0x{value:02x}"
        return f" TOS set 0x{value:02x}/0x{mask:02x}"

    def save(self):
        return f" --set-tos 0x{self.v['value']:02x}/0x{self.v['mask']:02x}"

    def compile(self):
        value, keep = self.v["value"], ~self.v["mask"] & 0xFF

        def tos_tg(pkt, par):
            new = (pkt.tos & keep) ^ value
            if new != pkt.tos:
                change_dsfield(pkt, 0, new)
            return XT_CONTINUE
        return tos_tg


register(Tos)
