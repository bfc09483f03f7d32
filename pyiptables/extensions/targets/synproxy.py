"""-j SYNPROXY: answer SYNs with SYN cookies, let the connection through once the client's ACK
carries a valid one (xt_SYNPROXY / nf_synproxy_core).

Kernel check: `-p tcp` (not inverted), INPUT and FORWARD only; takes a conntrack reference.
At run time a segment whose TCP checksum does not verify, or whose header or options are cut
short, is dropped; a SYN (without ACK, FIN, RST) is answered with a SYN/ACK carrying a cookie and
stolen; an ACK (without SYN, FIN, RST) must carry a cookie this host issued: the cookie is a keyed
hash with the kernel's random secret and the minute, so in a replayed capture (the lab's
included) no ACK ever carries a valid one, and every such ACK is dropped (cookie_invalid); other
segments continue. The SYN/ACK the kernel would send is not reported among the generated packets:
its cookie cannot be known. --sack-perm, --timestamp, --wscale, --mss and --ecn only shape it."""
from __future__ import annotations

from ...packet import IPPROTO_TCP, TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN
from ...xtables import FORWARD, LOCAL_IN, NF_DROP, NF_STOLEN, XT_CONTINUE, Opt, Target, register

FLAGS = ("sack-perm", "timestamp")


class Synproxy(Target):
    NAME = "SYNPROXY"
    HELP = ("SYNPROXY target options:\n"
            "  --sack-perm                        Set SACK_PERM\n"
            "  --timestamp                        Set TIMESTAMP\n"
            "  --wscale value                     Set window scaling factor\n"
            "  --mss value                        Set MSS value\n"
            "  --ecn                              Set ECN\n")
    PROTOS = (IPPROTO_TCP,)
    HOOKS = (1 << LOCAL_IN) | (1 << FORWARD)
    NEEDS_CONNTRACK = True
    OPTIONS = (
        Opt("sack-perm", "none", nargs=0),
        Opt("timestamp", "none", nargs=0),
        Opt("wscale", "uint32"),
        Opt("mss", "uint32"),
        Opt("ecn", "none", nargs=0),
    )

    def parse(self, opt, arg, invert, ctx):
        # the u32 value is stored in the u8 wscale / u16 mss fields of xt_synproxy_info
        self.v[opt.name] = arg & {"wscale": 0xFF, "mss": 0xFFFF}.get(opt.name, 1) if opt.nargs else True

    def _parts(self, prefix: str) -> list:
        v = self.v
        out = [f"{prefix}{k}" for k in FLAGS if k in v]
        out += [f"{prefix}{k} {v[k]}" for k in ("wscale", "mss") if k in v]
        return out + ([f"{prefix}ecn"] if "ecn" in v else [])

    def save(self):
        return "".join(" " + p for p in self._parts("--"))

    def print(self, numeric):
        return " SYNPROXY " + "".join(p + " " for p in self._parts(""))

    def compile(self):
        from ...conntrack.csum import l4_checksum_bad

        def synproxy_tg(pkt, par):
            if pkt.truncated or l4_checksum_bad(pkt):
                return NF_DROP                  # nf_ip_checksum(), skb_header_pointer()
            d, th = pkt.data, pkt.thoff
            end = min(pkt.len, len(d))
            doff = (d[th + 12] >> 4) * 4
            if doff < 20 or th + doff > end:
                return NF_DROP                  # synproxy_parse_options()
            flags = pkt.tcpflags
            if flags & TCP_SYN and not flags & (TCP_ACK | TCP_FIN | TCP_RST):
                return NF_STOLEN                # synproxy_send_client_synack()
            if flags & TCP_ACK and not flags & (TCP_FIN | TCP_RST | TCP_SYN):
                return NF_DROP                  # __cookie_v4_check() fails
            return XT_CONTINUE
        return synproxy_tg


register(Synproxy)
