"""-m physdev: the bridge ports a bridged IPv4 packet came in on / will leave by (xt_physdev).

Our hosts have no bridges with br_netfilter, so no packet carries nf_bridge info: physdev_mt
then matches exactly when every option the rule gives is inverted (the kernel's own rule for
packets that are not bridged, e.g. LOCAL_OUT before the output device is known).
"""
from __future__ import annotations

from ...parse.addr import parse_interface
from ...xtables import LOCAL_OUT, KernelError, Match, Opt, ParamError, register

IN, OUT, BRIDGED, ISIN, ISOUT = "physdev-in", "physdev-out", "physdev-is-bridged", "physdev-is-in", "physdev-is-out"


class Physdev(Match):
    NAME = "physdev"
    HELP = ("physdev match options:\n"
            " [!] --physdev-in inputname[+]\t\tbridge port name ([+] for wildcard)\n"
            " [!] --physdev-out outputname[+]\tbridge port name ([+] for wildcard)\n"
            " [!] --physdev-is-in\t\t\tarrived on a bridge device\n"
            " [!] --physdev-is-out\t\t\twill leave on a bridge device\n"
            " [!] --physdev-is-bridged\t\tit's a bridged packet\n")
    OPTIONS = (
        Opt(IN, lambda a, e: parse_interface(a), invert=True),
        Opt(OUT, lambda a, e: parse_interface(a), invert=True),
        Opt(ISIN, "none", invert=True, nargs=0),
        Opt(ISOUT, "none", invert=True, nargs=0),
        Opt(BRIDGED, "none", invert=True, nargs=0),
    )

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("PHYSDEV: no physdev option specified")

    def check_entry(self, table, hookmask, rule):
        # physdev_mt_check: the output port is known only for bridged traffic, never in OUTPUT
        v, inv = self.v, self.inv
        if (OUT in v or ISOUT in v) and (BRIDGED not in v or inv[BRIDGED]) and hookmask & (1 << LOCAL_OUT):
            raise KernelError()

    def _text(self) -> str:
        out = []
        for key in (ISIN, IN, ISOUT, OUT, BRIDGED):
            if key not in self.v:
                continue
            arg = f" {self.v[key]}" if key in (IN, OUT) else ""
            out.append(f"{' !' if self.inv[key] else ''} --{key}{arg}")
        return "".join(out)

    def save(self):
        return self._text()

    def print(self, numeric):
        return " PHYSDEV match" + self._text()

    def compile(self):
        # no nf_bridge info on any of our packets (module docstring)
        verdict = all(self.inv.values())
        return lambda pkt, par: verdict


register(Physdev)
