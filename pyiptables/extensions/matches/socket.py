"""-m socket (revision 3): is there a local socket for the packet (xt_socket socket_mt4_v3).

Kernel check: PREROUTING and INPUT only, any table; loading the rule turns on IPv4 defragmentation
for the namespace (nf_defrag_ipv4_enable). At run time the match looks the packet's addresses up
in the TCP/UDP socket tables: the emulated host has no sockets (the lab's firewall has none: it
only forwards and sends from a raw socket), so the lookup never finds one and the match never
matches, whatever --transparent, --nowildcard and --restore-skmark ask of a found socket."""
from __future__ import annotations

from ...xtables import LOCAL_IN, PRE_ROUTING, Match, Opt, register

FLAGS = ("transparent", "nowildcard", "restore-skmark")


class Socket(Match):
    NAME = "socket"
    REVISION = 3
    HELP = ("socket match options:\n"
            "  --nowildcard     Do not ignore LISTEN sockets bound on INADDR_ANY\n"
            "  --transparent    Ignore non-transparent sockets\n"
            "  --restore-skmark Set the packet mark to the socket mark if\n"
            "                   the socket matches and transparent / \n"
            "                   nowildcard conditions are satisfied\n"
            "\n")
    HOOKS = (1 << PRE_ROUTING) | (1 << LOCAL_IN)
    NEEDS_DEFRAG = True
    OPTIONS = tuple(Opt(name, "none", nargs=0) for name in FLAGS)

    def save(self):
        return "".join(f" --{name}" for name in FLAGS if name in self.v)

    def print(self, numeric):
        return " socket" + self.save()

    def compile(self):
        def socket_mt(pkt, par):
            return False        # nf_sk_lookup_slow_v4() finds no socket: the host has none
        return socket_mt


register(Socket)
