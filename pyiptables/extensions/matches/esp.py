"""-m esp: the SPI of ESP packets (xt_esp)."""
from __future__ import annotations

from ...xtables import Match, Opt, register
from .spi import compile_spi, print_spis, save_spis, spi_range

IPPROTO_ESP = 50


class Esp(Match):
    NAME = "esp"
    HELP = ("esp match options:\n"
            "[!] --espspi spi[:spi]\n"
            "\t\t\t\tmatch spi (range)\n")
    PROTOS = (IPPROTO_ESP,)
    OPTIONS = (Opt("espspi", lambda a, e: spi_range(a, e, "espspi"), invert=True),)

    def save(self):
        return save_spis(self, "espspi", "--espspi")

    def print(self, numeric):
        return " esp" + print_spis(self, "espspi")

    def compile(self):
        return compile_spi(self, "espspi", 8, 0)        # struct ip_esp_hdr: spi, seq_no


register(Esp)
