"""-m tcpmss: the MSS option of TCP segments (xt_tcpmss)."""
from __future__ import annotations

from ...packet import IPPROTO_TCP
from ...xtables import Match, Opt, register
from .length import range_text


class Tcpmss(Match):
    NAME = "tcpmss"
    HELP = ("tcpmss match options:\n"
            "[!] --mss value[:value]\tMatch TCP MSS range.\n"
            "\t\t\t\t(only valid for TCP SYN or SYN/ACK packets)\n")
    PROTOS = (IPPROTO_TCP,)
    OPTIONS = (Opt("mss", "uint16rc", invert=True, mandatory=True),)

    def save(self):
        return f"{' !' if self.inv['mss'] else ''} --mss {range_text(*self.v['mss'])}"

    def print(self, numeric):
        return f" tcpmss match {'!' if self.inv['mss'] else ''}{range_text(*self.v['mss'])}"

    def compile(self):
        lo, hi = self.v["mss"]
        inv = self.inv["mss"]

        def tcpmss_mt(pkt, par):
            # xt_tcpmss reads the header at thoff without looking at the fragment offset
            d, th = pkt.data, pkt.thoff
            if len(d) < th + 20:
                par.hotdrop = True
                return False
            doff = (d[th + 12] >> 4) * 4
            if doff < 20:
                par.hotdrop = True
                return False
            optlen = doff - 20
            if not optlen:
                return inv
            op = th + 20
            if len(d) < op + optlen:
                par.hotdrop = True          # truncated options
                return False
            i = 0
            while i < optlen:
                kind = d[op + i]
                if kind == 2 and optlen - i >= 4 and d[op + i + 1] == 4:
                    mss = (d[op + i + 2] << 8) | d[op + i + 3]
                    return (lo <= mss <= hi) ^ inv
                if kind < 2:
                    i += 1
                else:
                    i += d[op + i + 1] or 1
            return inv
        return tcpmss_mt


register(Tcpmss)
