"""-m ah: the SPI of IPsec AH packets (ipt_ah)."""
from __future__ import annotations

from ...xtables import Match, Opt, register
from .spi import compile_spi, print_spis, save_spis, spi_range

IPPROTO_AH = 51


class Ah(Match):
    NAME = "ah"
    HELP = ("ah match options:\n"
            "[!] --ahspi spi[:spi]\n"
            "\t\t\t\tmatch spi (range)\n")
    PROTOS = (IPPROTO_AH,)
    OPTIONS = (Opt("ahspi", lambda a, e: spi_range(a, e, "ahspi"), invert=True),)

    def save(self):
        return save_spis(self, "ahspi", "--ahspi")

    def print(self, numeric):
        # libipt_ah prints " ah " and the spis without their own leading space
        return " ah " + print_spis(self, "ahspi")[1:]

    def compile(self):
        return compile_spi(self, "ahspi", 12, 4)        # struct ip_auth_hdr: spi after 4 bytes


register(Ah)
