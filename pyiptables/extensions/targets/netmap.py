"""-j NETMAP: map a whole network onto another, host part kept (xt_NETMAP netmap_tg4): the
destination in PREROUTING/OUTPUT, the source in POSTROUTING/INPUT."""
from __future__ import annotations

from ...packet import ntoa
from ...xtables import LOCAL_IN, LOCAL_OUT, NF_ACCEPT, POST_ROUTING, PRE_ROUTING, Opt, register
from .natrange import MANIP_DST, MANIP_SRC, RANGE_MAP_IPS, NatTarget, range_class, no_nat_core

M32 = 0xFFFFFFFF


def mask_text(mask: int) -> str:
    """netmask2bits(): a prefix length for a contiguous mask, else the dotted mask."""
    inv = ~mask & M32
    if inv & (inv + 1) == 0:
        return str(32 - inv.bit_length())
    return ntoa(mask)


class Netmap(NatTarget):
    NAME = "NETMAP"
    HELP = ("NETMAP target options:\n"
            "  --to address[/mask]\n"
            "\t\t\t\tNetwork address to map to.\n"
            "\n")
    HOOKS = (1 << PRE_ROUTING) | (1 << POST_ROUTING) | (1 << LOCAL_OUT) | (1 << LOCAL_IN)
    OPTIONS = (Opt("to", "hostmask", mandatory=True),)

    def parse(self, opt, arg, invert, ctx):
        addr, mask = arg
        r = self.range
        r["flags"] |= RANGE_MAP_IPS
        r["min_addr"] = addr & mask
        r["max_addr"] = r["min_addr"] | (~mask & M32)

    def _text(self) -> str:
        r = self.range
        return f"{ntoa(r['min_addr'])}/{mask_text(~(r['min_addr'] ^ r['max_addr']) & M32)}"

    def print(self, numeric):
        return " to:" + self._text()

    def save(self):
        return " --to " + self._text()

    def compile(self):
        Range = range_class()
        r = self.range
        netmask = ~(r["min_addr"] ^ r["max_addr"]) & M32
        base = r["min_addr"] & netmask
        flags, lo, hi = r["flags"] | RANGE_MAP_IPS, r["min_proto"], r["max_proto"]

        def netmap_tg(pkt, par):
            nat = par.nat
            if nat is None:
                return no_nat_core(pkt, par)
            if pkt.ct is None:
                return NF_ACCEPT
            dst = par.hook in (PRE_ROUTING, LOCAL_OUT)
            ip = ((pkt.daddr if dst else pkt.saddr) & ~netmask & M32) | base
            return nat.setup_info(pkt.ct, Range(flags, ip, ip, lo, hi), MANIP_DST if dst else MANIP_SRC)
        return netmap_tg


register(Netmap)
