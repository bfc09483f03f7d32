"""The nat table's hook function (nf_nat_ipv4_fn / nf_nat_inet_fn).

The nat table is consulted only for a connection's first packet in each direction of manipulation
(ctinfo NEW or RELATED, binding not yet initialized); a connection no rule translated gets a null
binding, so later packets never see the nat chains. RELATED ICMP errors skip the table entirely:
their inner header is translated from the master connection's binding.
"""
from __future__ import annotations

from ..conntrack.conn import (IP_CT_NEW, IP_CT_RELATED, IP_CT_RELATED_REPLY, IPS_DST_NAT_DONE,
                              IPS_SRC_NAT_DONE)
from ..packet import IPPROTO_ICMP
from ..xtables import LOCAL_IN, NF_ACCEPT, NF_DROP, POST_ROUTING

MANIP_SRC, MANIP_DST = 0, 1


def maniptype(hook: int) -> int:
    return MANIP_SRC if hook in (POST_ROUTING, LOCAL_IN) else MANIP_DST


def nat_hook(stack, hook: int, pkt, v) -> int:
    ct = pkt.ct
    if ct is None:
        return NF_ACCEPT
    ctinfo = pkt.ctinfo
    core = stack.nat
    if ctinfo in (IP_CT_RELATED, IP_CT_RELATED_REPLY) and pkt.proto == IPPROTO_ICMP:
        if core is not None and not core.icmp_reply_translation(pkt, ct, ctinfo, hook):
            return NF_DROP
        return NF_ACCEPT
    manip = maniptype(hook)
    done = IPS_SRC_NAT_DONE if manip == MANIP_SRC else IPS_DST_NAT_DONE
    if ctinfo in (IP_CT_NEW, IP_CT_RELATED, IP_CT_RELATED_REPLY) and not ct.status & done:
        verdict = stack.run_table("nat", hook, pkt, v)
        if verdict != NF_ACCEPT:
            return verdict
        if not ct.status & done:
            if core is not None:
                core.alloc_null_binding(ct, hook)
            else:
                ct.status |= done
    if core is not None:
        return core.packet(ct, ctinfo, hook, pkt)
    return NF_ACCEPT
