"""-m ecn: the ECN bits of the IP header and TCP's ECE/CWR flags (xt_ecn)."""
from __future__ import annotations

from ...packet import IPPROTO_TCP
from ...xtables import KernelError, Match, Opt, ParamError, register

ECE, CWR = 0x40, 0x80


class Ecn(Match):
    NAME = "ecn"
    HELP = ("ECN match options\n"
            "[!] --ecn-tcp-cwr \t\tMatch CWR bit of TCP header\n"
            "[!] --ecn-tcp-ece\t\tMatch ECE bit of TCP header\n"
            "[!] --ecn-ip-ect [0..3]\tMatch ECN codepoint in IPv4/IPv6 header\n")
    OPTIONS = (
        Opt("ecn-tcp-cwr", "none", invert=True, nargs=0),
        Opt("ecn-tcp-ece", "none", invert=True, nargs=0),
        Opt("ecn-ip-ect", "uint8", invert=True, max=3),
    )

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("ECN match: some option required")

    def check_entry(self, table, hookmask, rule):
        # ecn_mt_check4: the TCP bits only for -p tcp
        if ("ecn-tcp-cwr" in self.v or "ecn-tcp-ece" in self.v) and \
                (rule.proto != IPPROTO_TCP or rule.invflags & 64):
            raise KernelError()

    def _text(self, save: bool) -> str:
        out = []
        for key, label in (("ecn-tcp-ece", "ECE"), ("ecn-tcp-cwr", "CWR"), ("ecn-ip-ect", "ECT")):
            if key not in self.v:
                continue
            inv = self.inv[key]
            if save:
                arg = f" {self.v[key]}" if key == "ecn-ip-ect" else ""
                out.append(f"{' !' if inv else ''} --{key}{arg}")
            else:
                arg = f"={self.v[key]}" if key == "ecn-ip-ect" else ""
                out.append(f" {'!' if inv else ''}{label}{arg}")
        return "".join(out)

    def save(self):
        return self._text(True)

    def print(self, numeric):
        return " ECN match" + self._text(False)

    def compile(self):
        v, inv = self.v, self.inv
        ect = v.get("ecn-ip-ect")
        ect_inv = inv.get("ecn-ip-ect", False)
        tcp_bits = [(bit, inv[key]) for key, bit in (("ecn-tcp-ece", ECE), ("ecn-tcp-cwr", CWR)) if key in v]

        def ecn_mt(pkt, par):
            if ect is not None and ((pkt.tos & 3) == ect) == ect_inv:
                return False
            if tcp_bits:
                d, th = pkt.data, pkt.thoff
                if len(d) < th + 20:
                    return False
                flags = d[th + 13]
                for bit, bit_inv in tcp_bits:
                    if bool(flags & bit) == bit_inv:
                        return False
            return True
        return ecn_mt


register(Ecn)
