"""-j CHECKSUM --checksum-fill: complete a checksum left to the NIC (xt_CHECKSUM: skb_checksum_help
for a CHECKSUM_PARTIAL skb); mangle only.

Only locally generated packets can be CHECKSUM_PARTIAL; for them the TCP/UDP checksum is computed
in full here (a capture of them may hold the pseudo-header sum only). Received packets are left
alone, as in the kernel."""
from __future__ import annotations

from ...packet import IPPROTO_TCP, IPPROTO_UDP, l4_checksum
from ...xtables import XT_CONTINUE, Opt, Target, register


class Checksum(Target):
    NAME = "CHECKSUM"
    HELP = ("CHECKSUM target options\n"
            "  --checksum-fill\t\t\tFill in packet checksum.\n")
    TABLES = ("mangle",)
    OPTIONS = (Opt("checksum-fill", "none", nargs=0, mandatory=True),)

    def print(self, numeric):
        return " CHECKSUM fill"

    def save(self):
        return " --checksum-fill"

    def compile(self):
        def checksum_tg(pkt, par):
            if not pkt.local_origin or pkt.fragoff or pkt.frag & 0x2000 or pkt.truncated:
                return XT_CONTINUE
            proto = pkt.proto
            d, th = pkt.data, pkt.thoff
            length = min(pkt.len, len(d))
            if proto == IPPROTO_TCP:
                off = th + 16
            elif proto == IPPROTO_UDP:
                off = th + 6
            else:
                return XT_CONTINUE
            d[off] = d[off + 1] = 0
            c = l4_checksum(d, th, length, proto)
            if proto == IPPROTO_UDP and c == 0:
                c = 0xFFFF
            d[off], d[off + 1] = c >> 8, c & 0xFF
            return XT_CONTINUE
        return checksum_tg


register(Checksum)
