"""-m udp: source and destination ports of UDP datagrams (xt_tcpudp)."""
from __future__ import annotations

from ...packet import IPPROTO_UDP
from ...xtables import Opt, register
from .ports import PortMatch, print_ports, save_ports


class Udp(PortMatch):
    NAME = "udp"
    HELP = ("udp match options:\n"
            "[!] --source-port port[:port]\n"
            " --sport ...\n"
            "\t\t\t\tmatch source port(s)\n"
            "[!] --destination-port port[:port]\n"
            " --dport ...\n"
            "\t\t\t\tmatch destination port(s)\n")
    PROTOS = (IPPROTO_UDP,)
    OPTIONS = (
        Opt("source-port", "portrc", invert=True, aliases=("sport",), dest="sport"),
        Opt("destination-port", "portrc", invert=True, aliases=("dport",), dest="dport"),
    )

    def save(self):
        return save_ports(self, "sport", "--sport") + save_ports(self, "dport", "--dport")

    def print(self, numeric):
        return " udp" + print_ports(self, "sport", "spt", "udp", numeric) + \
            print_ports(self, "dport", "dpt", "udp", numeric)

    def compile(self):
        slo, shi = self.v.get("sport", (0, 0xFFFF))
        dlo, dhi = self.v.get("dport", (0, 0xFFFF))
        sinv, dinv = self.inv.get("sport", False), self.inv.get("dport", False)

        def udp_mt(pkt, par):
            if pkt.fragoff:
                return False
            if pkt.truncated:
                par.hotdrop = True      # "Dropping evil UDP tinygram."
                return False
            return ((slo <= pkt.sport <= shi) ^ sinv) and ((dlo <= pkt.dport <= dhi) ^ dinv)
        return udp_mt


register(Udp)
