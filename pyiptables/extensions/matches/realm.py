"""-m realm: the routing realm of the packet's route (ipt_realm / xt_realm).

Kernel check: only where a route exists (INPUT, FORWARD, OUTPUT, POSTROUTING). The emulated host's
routes carry no realm, so dst->tclassid is 0 for every packet: the rule matches when
(0 & mask) == value, turned round by `!`. Names come from /etc/iproute2/rt_realms."""
from __future__ import annotations

from ...xtables import FORWARD, LOCAL_IN, LOCAL_OUT, POST_ROUTING, Match, Opt, register
from .lmap import id2name, parse_val_mask

REALMS = "/etc/iproute2/rt_realms"


def _realm(arg: str, ext):
    return parse_val_mask(arg, ext.ext_name, "realm", REALMS)


class Realm(Match):
    NAME = "realm"
    HELP = ("realm match options:\n"
            "[!] --realm value[/mask]\n"
            "\t\t\t\tMatch realm\n")
    HOOKS = (1 << LOCAL_IN) | (1 << FORWARD) | (1 << LOCAL_OUT) | (1 << POST_ROUTING)
    OPTIONS = (Opt("realm", _realm, invert=True, mandatory=True),)

    def _text(self, numeric: bool) -> str:
        value, mask = self.v["realm"]
        if mask != 0xFFFFFFFF:
            return f"0x{value:x}/0x{mask:x}"
        return (None if numeric else id2name(REALMS, value)) or f"0x{value:x}"

    def save(self):
        return f"{' !' if self.inv['realm'] else ''} --realm {self._text(False)}"

    def print(self, numeric):
        return f"{' !' if self.inv['realm'] else ''} realm {self._text(bool(numeric))}"

    def compile(self):
        value, mask = self.v["realm"]
        result = ((0 & mask) == value) ^ self.inv["realm"]     # tclassid 0: no route has a realm
        return lambda pkt, par: result


register(Realm)
