"""-j TEE --gateway IP [--oif DEV]: send a copy of the packet to a gateway (xt_TEE, revision 1,
nf_dup_ipv4); the original goes on (XT_CONTINUE).

The copy is handed to `par.generated("TEE copy via GW", ip_bytes)`: untracked, its TTL lowered by
one when duplicated in PREROUTING or INPUT (the header checksum recomputed, as ip_local_out does),
and only when a route to the gateway exists (through --oif when given; an --oif that names no
device gives no copy). Walking the copy through OUTPUT/POSTROUTING is left to whoever consumes
`generated`, which must not run TEE on the copy itself (the kernel's nf_skb_duplicated guard)."""
from __future__ import annotations

from ...packet import ip_send_check, ntoa
from ...xtables import LOCAL_IN, PRE_ROUTING, XT_CONTINUE, KernelError, Opt, Target, register
from .tgutil import string_opt


class Tee(Target):
    NAME = "TEE"
    REVISION = 1
    HELP = ("TEE target options:\n"
            "  --gateway IPADDR    Route packet via the gateway given by address\n"
            "  --oif NAME          Include oif in route calculation\n"
            "\n")
    OPTIONS = (
        Opt("gateway", "host", mandatory=True),
        Opt("oif", string_opt(size=16)),
    )

    def check_entry(self, table, hookmask, rule):
        if self.v["gateway"] == 0:
            raise KernelError()             # 0.0.0.0 is not a gateway

    def print(self, numeric):
        from ...listing import addr_name
        gw = self.v["gateway"]
        out = f" TEE gw:{ntoa(gw) if numeric else addr_name(gw)}"
        return out + (f" oif={self.v['oif']}" if self.v.get("oif") else "")

    def save(self):
        out = f" --gateway {ntoa(self.v['gateway'])}"
        return out + (f" --oif {self.v['oif']}" if self.v.get("oif") else "")

    def compile(self):
        gw, oif = self.v["gateway"], self.v.get("oif") or None
        what = f"TEE copy via {ntoa(gw)}"

        def tee_tg(pkt, par):
            host = par.host
            if host is not None:
                if oif is not None and oif not in host.links:
                    return XT_CONTINUE
                rt = host.route_output(gw, 0, oif, 0)
                if rt.kind not in ("unicast", "local", "broadcast", "multicast"):
                    return XT_CONTINUE
            data = bytearray(pkt.data[:pkt.len] if 20 <= pkt.len <= len(pkt.data) else pkt.data)
            if par.hook in (PRE_ROUTING, LOCAL_IN):
                data[8] = (data[8] - 1) & 0xFF
            ihl = (data[0] & 15) * 4
            ip_send_check(data, ihl)
            par.generated(what, bytes(data))
            return XT_CONTINUE
        return tee_tg


register(Tee)
