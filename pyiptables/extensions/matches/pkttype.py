"""-m pkttype: the link-layer packet type, skb->pkt_type (xt_pkttype)."""
from __future__ import annotations

from ...xtables import Match, Opt, ParamError, register

PACKET_HOST, PACKET_BROADCAST, PACKET_MULTICAST, PACKET_OTHERHOST = 0, 1, 2, 3
PACKET_OUTGOING, PACKET_LOOPBACK, PACKET_USER, PACKET_KERNEL = 4, 5, 6, 7

# names accepted (first name of a type is the one printed)
TYPES = (("unicast", PACKET_HOST), ("broadcast", PACKET_BROADCAST), ("multicast", PACKET_MULTICAST),
         ("otherhost", PACKET_OTHERHOST),
         ("host", PACKET_HOST), ("BROADCAST", PACKET_BROADCAST), ("MULTICAST", PACKET_MULTICAST),
         ("HOST", PACKET_HOST))


def parse_pkttype(arg: str, ext) -> int:
    for name, t in TYPES:
        if name.lower() == arg.lower():
            return t
    raise ParamError(f"Bad packet type '{arg}'")


class Pkttype(Match):
    NAME = "pkttype"
    HELP = ("pkttype match options:\n"
            "[!] --pkt-type packettype    match packet type\n"
            "Valid packet types:\n"
            "\tunicast       \t\tto us\n"
            "\tbroadcast     \t\tto all\n"
            "\tmulticast     \t\tto group\n"
            "\totherhost     \t\tto someone else\n"
            "\n")
    OPTIONS = (Opt("pkt-type", parse_pkttype, invert=True, mandatory=True),)

    def _name(self):
        t = self.v["pkt-type"]
        for name, v in TYPES:
            if v == t:
                return name
        return str(t)

    def save(self):
        return f"{' !' if self.inv['pkt-type'] else ''} --pkt-type {self._name()}"

    def print(self, numeric):
        return f" PKTTYPE {'!=' if self.inv['pkt-type'] else '='} {self._name()}"

    def compile(self):
        want, inv = self.v["pkt-type"], self.inv["pkt-type"]

        def pkttype_mt(pkt, par):
            t = pkt_type(pkt, par)
            if t == PACKET_LOOPBACK:
                t = PACKET_MULTICAST if (pkt.daddr >> 28) == 0xE else PACKET_BROADCAST
            return (t == want) ^ inv
        return pkttype_mt


def pkt_type(pkt, par) -> int:
    """skb->pkt_type as eth_type_trans() sets it on receive from the destination MAC; locally
    generated packets (and frames without a link header) are PACKET_HOST."""
    dst = pkt.l2dst
    if not dst or pkt.local_origin:
        return PACKET_HOST
    if dst[0] & 1:
        return PACKET_BROADCAST if dst == b"\xff\xff\xff\xff\xff\xff" else PACKET_MULTICAST
    own = _dev_mac(par, pkt.indev)
    if own is not None and own != dst:
        return PACKET_OTHERHOST
    return PACKET_HOST


def _dev_mac(par, dev):
    """The receiving device's MAC from the host model (host.link(name).mac), None if unknown."""
    host = par.host
    if host is None or not dev:
        return None
    link = host.link(dev) if hasattr(host, "link") else None
    return bytes(link.mac) if link is not None and link.mac else None


register(Pkttype)
