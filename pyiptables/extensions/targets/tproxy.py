"""-j TPROXY (revision 1): hand the packet to a local transparent socket (xt_TPROXY tproxy_tg4_v1).

Kernel check: mangle table, PREROUTING only, `-p tcp` or `-p udp` (not inverted); loading the
rule turns on IPv4 defragmentation for the namespace. At run time the target looks for an
established socket of the packet, then a listener on --on-ip:--on-port; only when it finds a
transparent one does it set the mark (--tproxy-mark) and accept. The emulated host has no sockets
(like the lab's firewall), so every packet that reaches the target is dropped."""
from __future__ import annotations

from ...packet import IPPROTO_TCP, IPPROTO_UDP, ntoa
from ...xtables import NF_DROP, PRE_ROUTING, Opt, Target, register


class Tproxy(Target):
    NAME = "TPROXY"
    REVISION = 1
    HELP = ("TPROXY target options:\n"
            "  --on-port port\t\t    Redirect connection to port, or the original port if 0\n"
            "  --on-ip ip\t\t\t    Optionally redirect to the given IP\n"
            "  --tproxy-mark value[/mask]\t    Mark packets with the given value/mask\n"
            "\n")
    TABLES = ("mangle",)
    HOOKS = 1 << PRE_ROUTING
    PROTOS = (IPPROTO_TCP, IPPROTO_UDP)
    NEEDS_DEFRAG = True
    OPTIONS = (
        Opt("on-port", "port", mandatory=True),
        Opt("on-ip", "host"),
        Opt("tproxy-mark", "markmask32"),
    )

    def _info(self):
        value, mask = self.v.get("tproxy-mark", (0, 0))
        return self.v["on-port"], ntoa(self.v.get("on-ip", 0)), value, mask

    def save(self):
        port, ip, value, mask = self._info()
        return f" --on-port {port} --on-ip {ip} --tproxy-mark 0x{value:x}/0x{mask:x}"

    def print(self, numeric):
        port, ip, value, mask = self._info()
        return f" TPROXY redirect {ip}:{port} mark 0x{value:x}/0x{mask:x}"

    def compile(self):
        def tproxy_tg(pkt, par):
            return NF_DROP      # nf_tproxy_get_sock_v4() finds no socket: the host has none
        return tproxy_tg


register(Tproxy)
