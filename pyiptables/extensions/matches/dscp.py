"""-m dscp: the DiffServ code point, the upper six bits of the IPv4 TOS byte (xt_dscp)."""
from __future__ import annotations

from ...xtables import Match, Opt, ParamError, register

# DiffServ class names (RFC 2474/2597/3246) in the order libxt_dscp tries them
CLASSES = (("CS0", 0x00), ("CS1", 0x08), ("CS2", 0x10), ("CS3", 0x18), ("CS4", 0x20), ("CS5", 0x28),
           ("CS6", 0x30), ("CS7", 0x38), ("BE", 0x00), ("AF11", 0x0A), ("AF12", 0x0C), ("AF13", 0x0E),
           ("AF21", 0x12), ("AF22", 0x14), ("AF23", 0x16), ("AF31", 0x1A), ("AF32", 0x1C), ("AF33", 0x1E),
           ("AF41", 0x22), ("AF42", 0x24), ("AF43", 0x26), ("EF", 0x2E))


def class_to_dscp(name: str) -> int:
    # a class matches when the argument starts with its name, case-insensitively ("af11x" is AF11)
    low = name.lower()
    for cls, value in CLASSES:
        if low.startswith(cls.lower()):
            return value
    raise ParamError(f"Invalid DSCP value `{name}'")


class Dscp(Match):
    NAME = "dscp"
    HELP = ("dscp match options\n"
            "[!] --dscp value\t\tMatch DSCP codepoint with numerical value\n"
            "  \t\t                This value can be in decimal (ex: 32)\n"
            "               \t\tor in hex (ex: 0x20)\n"
            "[!] --dscp-class name\t\tMatch the DiffServ class. This value may\n"
            "\t\t\t\tbe any of the BE,EF, AFxx or CSx classes\n"
            "\n"
            "\t\t\t\tThese two options are mutually exclusive !\n")
    OPTIONS = (
        Opt("dscp", "uint8", invert=True, max=0x3F, excl=("dscp-class",)),
        Opt("dscp-class", lambda a, e: class_to_dscp(a), invert=True, excl=("dscp",)),
    )

    def parse(self, opt, arg, invert, ctx):
        self.v["dscp"] = arg
        self.inv["dscp"] = self.inv.get("dscp", False) or invert

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("DSCP match: Parameter --dscp is required")

    def save(self):
        return f"{' !' if self.inv['dscp'] else ''} --dscp 0x{self.v['dscp']:02x}"

    def print(self, numeric):
        return f" DSCP match {'!' if self.inv['dscp'] else ''}0x{self.v['dscp']:02x}"

    def compile(self):
        dscp, inv = self.v["dscp"], self.inv["dscp"]
        return lambda pkt, par: ((pkt.tos >> 2) == dscp) ^ inv


register(Dscp)
