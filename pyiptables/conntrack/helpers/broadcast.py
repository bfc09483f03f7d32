"""nf_conntrack_broadcast: what netbios-ns and snmp do with a query fw broadcasts itself.

Only a packet with a socket (fw's own, not a clone looped back or forwarded), routed as a
broadcast (RTCF_BROADCAST), in the original direction, is looked at. Its destination must be the
broadcast address of a primary address of the outgoing device: the address's `brd` (IFA_BROADCAST),
which `ip addr add A/N dev D` without `brd` leaves 0 -- then nothing happens, though the route to
the subnet broadcast exists. Otherwise a PERMANENT expectation: the reply tuple with the helper's
port as source port, the source address masked with that address's netmask (any host of the
subnet answers), class 0, no helper for what it finds; and the entry's timeout becomes the helper's.
"""
from __future__ import annotations

from ...host.routing import RTCF_BROADCAST
from ..expect import NF_CT_EXPECT_CLASS_DEFAULT, NF_CT_EXPECT_PERMANENT, Expectation, help_of, table_of
from . import NF_ACCEPT, refresh

M32 = 0xFFFFFFFF


def subnet_mask(net, dev: str, daddr: int) -> int:
    """The netmask of the first primary address of `dev` whose broadcast is daddr, or 0."""
    link = net.links.get(dev) if net is not None else None
    if link is None:
        return 0
    for a in link.addrs:
        if not a.secondary and a.brd == daddr:
            return (M32 << (32 - a.plen)) & M32
    return 0


def broadcast_help(tr, pkt, ct, ctinfo, port: int, timeout: int, policy) -> int:
    """nf_conntrack_broadcast_help(); always NF_ACCEPT."""
    rt = pkt.rt
    if not pkt.local_origin or rt is None or not rt.flags & RTCF_BROADCAST or ctinfo >= 3:
        return NF_ACCEPT
    mask = subnet_mask(tr.net, rt.dev, pkt.daddr)
    if not mask:
        return NF_ACCEPT
    r = ct.krepl
    help_of(ct)
    exp = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, (r >> 64) & M32, (r >> 32) & M32, 17, port, r & 0xFFFF)
    exp.smask = mask
    exp.flags = NF_CT_EXPECT_PERMANENT
    table_of(tr).related(exp, policy)           # its answer is not looked at
    refresh(tr, ct, timeout)
    return NF_ACCEPT
