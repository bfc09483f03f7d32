"""-j REDIRECT (revision 0): DNAT to the host itself (nf_nat_redirect_ipv4): 127.0.0.1 in OUTPUT,
else the first address of the incoming interface (no address: drop), ports from --to-ports."""
from __future__ import annotations

from ...xtables import LOCAL_OUT, NF_ACCEPT, NF_DROP, PRE_ROUTING, Opt, ParamError, register
from .natrange import MANIP_DST, RANGE_MAP_IPS, RANGE_PROTO_OFFSET, NatTarget, flag_opts, range_class, no_nat_core


class Redirect(NatTarget):
    NAME = "REDIRECT"
    HELP = ("REDIRECT target options:\n"
            " --to-ports <port>[-<port>]\n"
            "\t\t\t\tPort (range) to map to.\n"
            " [--random]\n")
    HOOKS = (1 << PRE_ROUTING) | (1 << LOCAL_OUT)
    RANGE_OPT = "to-ports"
    PRINT_PREFIX = "redir ports "
    SKIP_COLON = True
    WITH_BASE = False
    OPTIONS = (Opt("to-ports", "string"),) + flag_opts("random")

    def final_check(self, ctx):
        if self.range["flags"] & RANGE_PROTO_OFFSET:
            raise ParamError("Shifted portmap ranges not supported with this kernel")

    def compile(self):
        Range = range_class()
        r = self.range
        flags, lo, hi = r["flags"] | RANGE_MAP_IPS, r["min_proto"], r["max_proto"]
        loopback = Range(flags, 0x7F000001, 0x7F000001, lo, hi)

        def redirect_tg(pkt, par):
            nat = par.nat
            if nat is None:
                return no_nat_core(pkt, par)
            if pkt.ct is None:
                return NF_ACCEPT
            if par.hook == LOCAL_OUT:
                return nat.setup_info(pkt.ct, loopback, MANIP_DST)
            newdst = first_address(par.host, pkt.indev)
            if not newdst:
                return NF_DROP
            return nat.setup_info(pkt.ct, Range(flags, newdst, newdst, lo, hi), MANIP_DST)
        return redirect_tg


def first_address(host, dev: str) -> int:
    """The first entry of the device's ifa_list (its first primary address), 0 if none."""
    link = host.links.get(dev) if host is not None else None
    if link is None or not getattr(link, "inet", True):
        return 0
    for a in link.addrs:
        if not a.secondary:
            return a.local
    return 0


register(Redirect)
