"""-m addrtype (revision 1): routing type of the source/destination address (xt_addrtype)."""
from __future__ import annotations

from ...xtables import FORWARD, LOCAL_IN, LOCAL_OUT, POST_ROUTING, PRE_ROUTING, KernelError, Match, Opt, \
    ParamError, register

RTN_NAMES = ("UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST", "BLACKHOLE",
             "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE")
BIT = {name: 1 << i for i, name in enumerate(RTN_NAMES)}


def parse_types(arg: str, ext) -> int:
    """Comma list of type names (any case-insensitive prefix). A bad word before a comma is quoted
    `with the rest of the list', the last one "alone" (two different messages in libxt_addrtype)."""
    mask, pos = 0, 0
    while True:
        comma = arg.find(",", pos)
        word = arg[pos:] if comma < 0 else arg[pos:comma]
        w = word.lower()
        for i, name in enumerate(RTN_NAMES):
            if w and name.lower().startswith(w):
                mask |= 1 << i
                break
        else:
            if comma < 0:
                raise ParamError(f'addrtype: bad type "{word}"')
            raise ParamError(f"addrtype: bad type `{arg[pos:]}'")
        if comma < 0:
            return mask
        pos = comma + 1


def types_text(mask: int) -> str:
    return ",".join(name for i, name in enumerate(RTN_NAMES) if mask & (1 << i))


class Addrtype(Match):
    NAME = "addrtype"
    REVISION = 1
    HELP = ("Address type match options:\n"
            " [!] --src-type type[,...]      Match source address type\n"
            " [!] --dst-type type[,...]      Match destination address type\n"
            "     --limit-iface-in           Match only on the packet's incoming device\n"
            "     --limit-iface-out          Match only on the packet's outgoing device\n"
            "\n"
            "Valid types:           \n"
            "                                UNSPEC\n"
            "                                UNICAST\n"
            "                                LOCAL\n"
            "                                BROADCAST\n"
            "                                ANYCAST\n"
            "                                MULTICAST\n"
            "                                BLACKHOLE\n"
            "                                UNREACHABLE\n"
            "                                PROHIBIT\n"
            "                                THROW\n"
            "                                NAT\n"
            "                                XRESOLVE\n")
    OPTIONS = (
        Opt("src-type", parse_types, invert=True),
        Opt("dst-type", parse_types, invert=True),
        Opt("limit-iface-in", "none", nargs=0, excl=("limit-iface-out",)),
        Opt("limit-iface-out", "none", nargs=0, excl=("limit-iface-in",)),
    )

    def final_check(self, ctx):
        if "src-type" not in self.v and "dst-type" not in self.v:
            raise ParamError("addrtype: you must specify --src-type or --dst-type")

    def check_entry(self, table, hookmask, rule):
        if "limit-iface-out" in self.v and hookmask & ((1 << PRE_ROUTING) | (1 << LOCAL_IN)):
            raise KernelError()
        if "limit-iface-in" in self.v and hookmask & ((1 << POST_ROUTING) | (1 << LOCAL_OUT)):
            raise KernelError()

    def save(self):
        out = ""
        for key in ("src-type", "dst-type"):
            if key in self.v:
                out += f"{' !' if self.inv[key] else ''} --{key} {types_text(self.v[key])}"
        for key in ("limit-iface-in", "limit-iface-out"):
            if key in self.v:
                out += f" --{key}"
        return out

    def print(self, numeric):
        out = " ADDRTYPE match"
        for key in ("src-type", "dst-type"):
            if key in self.v:
                out += f" {key} {'!' if self.inv[key] else ''}{types_text(self.v[key])}"
        if "limit-iface-in" in self.v:
            out += " limit-in"
        if "limit-iface-out" in self.v:
            out += " limit-out"
        return out

    def compile(self):
        src, dst = self.v.get("src-type", 0), self.v.get("dst-type", 0)
        sinv, dinv = self.inv.get("src-type", False), self.inv.get("dst-type", False)
        limit_in, limit_out = "limit-iface-in" in self.v, "limit-iface-out" in self.v
        bit = BIT

        def addrtype_mt(pkt, par):
            dev = pkt.indev if limit_in else (pkt.outdev if limit_out else None)
            addr_type = par.host.addr_type
            if src and bool(src & bit[addr_type(pkt.saddr, dev)]) == sinv:
                return False
            if dst and bool(dst & bit[addr_type(pkt.daddr, dev)]) == dinv:
                return False
            return True
        return addrtype_mt


register(Addrtype)
