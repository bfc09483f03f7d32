"""-j SNAT (revision 0, nf_nat_ipv4_multi_range_compat): rewrite the source of a connection's first
packet (xt_nat's xt_snat_target_v0 -> nf_nat_setup_info(ct, range, NF_NAT_MANIP_SRC)). The compat
range has no base port: a `/base` is accepted, kept as the PROTO_OFFSET flag only, saved as `/0`."""
from __future__ import annotations

from ...xtables import LOCAL_IN, NF_ACCEPT, POST_ROUTING, Opt, register
from .natrange import MANIP_SRC, NatTarget, flag_opts, no_nat_core, to_range


class Snat(NatTarget):
    NAME = "SNAT"
    HELP = ("SNAT target options:\n"
            " --to-source [<ipaddr>[-<ipaddr>]][:port[-port]]\n"
            "\t\t\t\tAddress to map source to.\n"
            "[--random] [--random-fully] [--persistent]\n")
    HOOKS = (1 << POST_ROUTING) | (1 << LOCAL_IN)
    RANGE_OPT = "to-source"
    WITH_BASE = False
    OPTIONS = (Opt("to-source", "string", mandatory=True),) + flag_opts("random", "random-fully", "persistent")

    def compile(self):
        rng = to_range(self.range, with_base=False)

        def snat_tg(pkt, par):
            nat = par.nat
            if nat is None:
                return no_nat_core(pkt, par)
            if pkt.ct is None:
                return NF_ACCEPT
            return nat.setup_info(pkt.ct, rng, MANIP_SRC)
        return snat_tg


register(Snat)
