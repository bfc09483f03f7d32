"""-m mac: the Ethernet source address (xt_mac)."""
from __future__ import annotations

from ...xtables import FORWARD, LOCAL_IN, PRE_ROUTING, Match, Opt, register


class Mac(Match):
    NAME = "mac"
    HELP = ("mac match options:\n"
            "[!] --mac-source XX:XX:XX:XX:XX:XX\n"
            "\t\t\t\tMatch source MAC address\n")
    HOOKS = (1 << PRE_ROUTING) | (1 << LOCAL_IN) | (1 << FORWARD)
    OPTIONS = (Opt("mac-source", "ethermac", invert=True, mandatory=True),)

    def _text(self):
        return ":".join(f"{b:02x}" for b in self.v["mac-source"])

    def save(self):
        return f"{' !' if self.inv['mac-source'] else ''} --mac-source {self._text()}"

    def print(self, numeric):
        return f" MAC{' !' if self.inv['mac-source'] else ''} {self._text()}"

    def compile(self):
        want, inv = bytes(self.v["mac-source"]), self.inv["mac-source"]

        def mac_mt(pkt, par):
            src = pkt.l2src
            if len(src) != 6:
                return False        # no Ethernet header: never matches, inverted or not
            return (src == want) ^ inv
        return mac_mt


register(Mac)
