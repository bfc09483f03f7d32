"""-j DNAT (revision 2, nf_nat_range2): rewrite the destination of a connection's first packet
(xt_nat's xt_dnat_target_v2 -> nf_nat_setup_info(ct, range, NF_NAT_MANIP_DST))."""
from __future__ import annotations

from ...xtables import LOCAL_OUT, NF_ACCEPT, PRE_ROUTING, Opt, register
from .natrange import MANIP_DST, NatTarget, flag_opts, no_nat_core, to_range


class Dnat(NatTarget):
    NAME = "DNAT"
    REVISION = 2
    HELP = ("DNAT target options:\n"
            " --to-destination [<ipaddr>[-<ipaddr>]][:port[-port[/port]]]\n"
            "\t\t\t\tAddress to map destination to.\n"
            "[--random] [--persistent]\n")
    HOOKS = (1 << PRE_ROUTING) | (1 << LOCAL_OUT)
    RANGE_OPT = "to-destination"
    OPTIONS = (Opt("to-destination", "string", mandatory=True),) + flag_opts("random", "persistent")

    def compile(self):
        rng = to_range(self.range)

        def dnat_tg(pkt, par):
            nat = par.nat
            if nat is None:
                return no_nat_core(pkt, par)
            if pkt.ct is None:
                return NF_ACCEPT
            return nat.setup_info(pkt.ct, rng, MANIP_DST)
        return dnat_tg


register(Dnat)
