"""-m tos: TOS byte under a mask (xt_tos, revision 1 of the tos match in xt_dscp.c)."""
from __future__ import annotations

from ...xtables import Match, Opt, register
from ...xtoptions import tos_symbol


class Tos(Match):
    NAME = "tos"
    REVISION = 1
    HELP = ("tos match options:\n"
            "[!] --tos value[/mask]    Match Type of Service/Priority field value\n"
            "[!] --tos symbol          Match TOS field (IPv4 only) by symbol\n"
            "                          Accepted symbolic names for value are:\n"
            "                          (0x10) 16 Minimize-Delay\n"
            "                          (0x08)  8 Maximize-Throughput\n"
            "                          (0x04)  4 Maximize-Reliability\n"
            "                          (0x02)  2 Minimize-Cost\n"
            "                          (0x00)  0 Normal-Service\n"
            "\n")
    OPTIONS = (Opt("tos", "tosmask", invert=True, mandatory=True, max=0x3F),)

    def save(self):
        value, mask = self.v["tos"]
        return f"{' !' if self.inv['tos'] else ''} --tos 0x{value:02x}/0x{mask:02x}"

    def print(self, numeric):
        value, mask = self.v["tos"]
        name = None if numeric else tos_symbol(value, mask)
        out = " tos match" + ("!" if self.inv["tos"] else "")
        return out + (f" {name}" if name else f"0x{value:02x}/0x{mask:02x}")

    def compile(self):
        (value, mask), inv = self.v["tos"], self.inv["tos"]
        return lambda pkt, par: ((pkt.tos & mask) == value) ^ inv


register(Tos)
