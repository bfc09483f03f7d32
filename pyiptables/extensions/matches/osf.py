"""-m osf: passive OS fingerprinting of TCP SYNs (xt_osf / nfnetlink_osf).

Kernel check: `-p tcp`, PREROUTING, INPUT and FORWARD. The fingerprints are loaded into the kernel
by nfnl_osf from pf.os; the emulated host has none loaded (nor has the lab's), so no packet is
recognised and the rule never matches, with or without `!` (measured: the kernel ignores it
then). With --log the kernel would log unknown SYNs through nf_log, which has no logger bound."""
from __future__ import annotations

from ...packet import IPPROTO_TCP
from ...xtables import FORWARD, LOCAL_IN, PRE_ROUTING, Match, Opt, register
from ..targets.tgutil import string_opt

MAXGENRELEN = 32


class Osf(Match):
    NAME = "osf"
    HELP = ("OS fingerprint match options:\n"
            "[!] --genre string     Match a OS genre by passive fingerprinting.\n"
            "--ttl level            Use some TTL check extensions to determine OS:\n"
            "       0                       true ip and fingerprint TTL comparison. Works for LAN.\n"
            "       1                       check if ip TTL is less than fingerprint one. Works for global addresses.\n"
            "       2                       do not compare TTL at all. This allows NMAP detection, but can produce false results.\n"
            "--log level            Log determined genres into dmesg even if they do not match desired one:\n"
            "       0                       log all matched or unknown signatures.\n"
            "       1                       log only first one.\n"
            "       2                       log all known matched signatures.\n")
    PROTOS = (IPPROTO_TCP,)
    HOOKS = (1 << PRE_ROUTING) | (1 << LOCAL_IN) | (1 << FORWARD)
    OPTIONS = (
        Opt("genre", string_opt(size=MAXGENRELEN), invert=True, mandatory=True),
        Opt("ttl", "uint32", max=2),
        Opt("log", "uint32", max=2),
    )

    def save(self):
        out = f"{' !' if self.inv['genre'] else ''} --genre {self.v['genre']}"
        return out + "".join(f" --{k} {self.v[k]}" for k in ("ttl", "log") if k in self.v)

    def print(self, numeric):
        return f" OS fingerprint match {'! ' if self.inv['genre'] else ''}{self.v['genre']}"

    def compile(self):
        return lambda pkt, par: False       # no fingerprint is loaded: nothing is recognised


register(Osf)
