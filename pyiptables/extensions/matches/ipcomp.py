"""-m ipcomp: the CPI of IPComp packets (xt_ipcomp). Kernel check: `-p 108` (not inverted).
At run time a non-first fragment fails, a header shorter than 4 bytes drops the packet
(hotdrop), else the 16-bit CPI is compared with the range. Without --ipcompspi the range is 0:0."""
from __future__ import annotations

from ...xtables import Match, Opt, register
from .spi import spi_range

IPPROTO_COMP = 108


class Ipcomp(Match):
    NAME = "ipcomp"
    HELP = ("comp match options:\n"
            "[!] --ipcompspi spi[:spi]\n"
            "\t\t\t\tmatch spi (range)\n")
    PROTOS = (IPPROTO_COMP,)
    OPTIONS = (Opt("ipcompspi", lambda a, e: spi_range(a, e, "ipcompspi"), invert=True),)

    def _range(self):
        return self.v.get("ipcompspi", (0, 0)), self.inv.get("ipcompspi", False)

    def save(self):
        (lo, hi), inv = self._range()
        if (lo, hi) == (0, 0xFFFFFFFF):
            return ""                       # the whole range goes unsaid, even inverted
        return f"{' !' if inv else ''} --ipcompspi {lo}" + (f":{hi}" if lo != hi else "")

    def print(self, numeric):
        (lo, hi), inv = self._range()
        if (lo, hi) == (0, 0xFFFFFFFF) and not inv:
            return " comp "
        i = "!" if inv else ""
        return f" comp spi:{i}{lo}" if lo == hi else f" comp spis:{i}{lo}:{hi}"

    def compile(self):
        (lo, hi), inv = self._range()

        def comp_mt(pkt, par):
            if pkt.fragoff:
                return False
            d, th = pkt.data, pkt.thoff
            if len(d) < th + 4:
                par.hotdrop = True           # "Dropping evil IPComp tinygram."
                return False
            return (lo <= (d[th + 2] << 8 | d[th + 3]) <= hi) ^ inv
        return comp_mt


register(Ipcomp)
