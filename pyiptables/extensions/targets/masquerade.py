"""-j MASQUERADE (revision 0): SNAT to the address the outgoing interface would pick for the next
hop (nf_nat_masquerade_ipv4: inet_select_addr(out, nexthop, RT_SCOPE_UNIVERSE)); a connection
whose original source is 0.0.0.0 is left alone; an interface without address drops the packet."""
from __future__ import annotations

from ...xtables import NF_ACCEPT, NF_DROP, POST_ROUTING, Opt, register
from .natrange import MANIP_SRC, RANGE_MAP_IPS, NatTarget, flag_opts, range_class, no_nat_core


class Masquerade(NatTarget):
    NAME = "MASQUERADE"
    HELP = ("MASQUERADE target options:\n"
            " --to-ports <port>[-<port>]\n"
            "\t\t\t\tPort (range) to map to.\n"
            " --random\n"
            "\t\t\t\tRandomize source port.\n"
            " --random-fully\n"
            "\t\t\t\tFully randomize source port.\n")
    HOOKS = 1 << POST_ROUTING
    RANGE_OPT = "to-ports"
    PRINT_PREFIX = "masq ports: "
    SKIP_COLON = True
    WITH_BASE = False
    OPTIONS = (Opt("to-ports", "string"),) + flag_opts("random", "random-fully")

    def compile(self):
        Range = range_class()
        r = self.range
        flags, lo, hi = r["flags"] | RANGE_MAP_IPS, r["min_proto"], r["max_proto"]

        def masquerade_tg(pkt, par):
            nat = par.nat
            if nat is None:
                return no_nat_core(pkt, par)
            ct = pkt.ct
            if ct is None or ct.tuple_orig[0] == 0:
                return NF_ACCEPT
            host = par.host
            newsrc = 0
            if host is not None:
                rt = host.route_output(pkt.daddr, 0, pkt.outdev or None, pkt.mark)
                nexthop = rt.gw or pkt.daddr
                newsrc = host.primary_addr(pkt.outdev, nexthop)
            if not newsrc:
                return NF_DROP                  # "%s ate my IP address"
            return nat.setup_info(ct, Range(flags, newsrc, newsrc, lo, hi), MANIP_SRC)
        return masquerade_tg


register(Masquerade)
