"""Link-layer decoders for capture frames: one function per LINKTYPE, built once per file/interface.

A decoder is called as `dec(no, ts, ifname, wirelen, buf, start, end)` and returns a `Frame`
whose `ip` is `buf[start:end]` minus the link header. Frames whose link header is cut short get
ethertype 0 and ip b"" (the caller counts them with the other non-IPv4 frames).
"""
from __future__ import annotations

import struct

LINKTYPE_NULL, LINKTYPE_ETHERNET, LINKTYPE_RAW, LINKTYPE_LOOP = 0, 1, 101, 108
LINKTYPE_LINUX_SLL, LINKTYPE_IPV4, LINKTYPE_IPV6, LINKTYPE_LINUX_SLL2 = 113, 228, 229, 276

ETH_P_802_3, ETH_P_802_2 = 0x0001, 0x0004
ETH_P_IP, ETH_P_ARP, ETH_P_IPV6 = 0x0800, 0x0806, 0x86DD
# 802.1Q, 802.1ad and the pre-standard QinQ TPID: a 4-byte tag (TCI, inner ethertype) follows
VLAN_TPIDS = frozenset((0x8100, 0x88A8, 0x9100))

ETHERTYPE_NAMES = {
    0x0000: "none", ETH_P_802_3: "802.3", ETH_P_802_2: "802.2 LLC", ETH_P_IP: "IPv4",
    ETH_P_ARP: "ARP", 0x8035: "RARP", ETH_P_IPV6: "IPv6", 0x8100: "802.1Q", 0x88A8: "802.1ad",
    0x8847: "MPLS", 0x8848: "MPLS multicast", 0x8863: "PPPoE discovery", 0x8864: "PPPoE session",
    0x888E: "EAPOL", 0x88CC: "LLDP", 0x88F7: "PTP", 0x9000: "loopback",
}

# SLL packet types (linux/if_packet.h PACKET_*)
PACKET_HOST, PACKET_BROADCAST, PACKET_MULTICAST, PACKET_OTHERHOST, PACKET_OUTGOING = 0, 1, 2, 3, 4

_SLL = struct.Struct("!HHH8sH").unpack_from       # pkttype, hatype, halen, addr, protocol
_SLL2 = struct.Struct("!HHIHBB8s").unpack_from    # protocol, rsvd, ifindex, hatype, pkttype, halen, addr
_TAG = struct.Struct("!HH").unpack_from           # TCI, next ethertype
_ETH = struct.Struct("!6s6sH").unpack_from        # destination, source, ethertype
_AF_INET6 = frozenset((10, 24, 28, 30))  # Linux, NetBSD/OpenBSD, FreeBSD, macOS


class Frame:
    """One captured frame. `ip` is the network-layer packet (bytes), whatever its ethertype.

    no: 1-based frame number; ts: seconds (float); ifname: pcapng if_name or None;
    ifindex: SLL2 interface index or None; l2src/l2dst: 6-byte MACs or b""; ethertype: as the
    kernel's skb->protocol (0 when unknown); pkttype: SLL packet type or None; vlan: outermost
    802.1Q VLAN ID or None; wirelen: the frame's original length on the wire; cut: how many of its
    bytes the capture's snapshot length left out (set by the capture reader).
    """

    __slots__ = ("no", "ts", "ifname", "ifindex", "l2src", "l2dst", "ethertype", "pkttype", "vlan",
                 "ip", "wirelen", "cut")

    def __init__(self, no, ts, ifname, ifindex, l2src, l2dst, ethertype, pkttype, vlan, ip, wirelen, cut=0):
        self.no = no
        self.ts = ts
        self.ifname = ifname
        self.ifindex = ifindex
        self.l2src = l2src
        self.l2dst = l2dst
        self.ethertype = ethertype
        self.pkttype = pkttype
        self.vlan = vlan
        self.ip = ip
        self.wirelen = wirelen
        self.cut = cut

    def __repr__(self):
        return (f"Frame(no={self.no}, ts={self.ts!r}, ifname={self.ifname!r}, ethertype=0x{self.ethertype:04x}, "
                f"l2src={self.l2src.hex(':')!r}, l2dst={self.l2dst.hex(':')!r}, pkttype={self.pkttype}, "
                f"vlan={self.vlan}, ifindex={self.ifindex}, ip={len(self.ip)} bytes)")


_new = object.__new__  # Frame.__new__ + attribute stores: cheaper than an 11-argument __init__ (3.11)


def _runt(no, ts, ifname, wirelen):
    """A frame shorter than its link header: no ethertype, no payload."""
    return Frame(no, ts, ifname, None, b"", b"", 0, None, None, b"", wirelen)


def _untag(buf, p, end, et):
    """Strip stacked VLAN tags at p: (outermost VID, inner ethertype, payload offset); a tag cut
    short by the frame's end gives ethertype None and no payload."""
    vlan = None
    while et in VLAN_TPIDS:
        if end - p < 4:
            return vlan, None, end
        tci, et = _TAG(buf, p)
        if vlan is None:
            vlan = tci & 0x0FFF
        p += 4
    return vlan, et, p


def ethernet(no, ts, ifname, wirelen, buf, s, e):
    if e - s < 14:
        return _runt(no, ts, ifname, wirelen)
    f = _new(Frame)
    f.no, f.ts, f.ifname, f.wirelen = no, ts, ifname, wirelen
    f.ifindex = f.pkttype = f.vlan = None
    f.l2dst, f.l2src, et = _ETH(buf, s)
    p = s + 14
    if et in VLAN_TPIDS:
        f.vlan, et, p = _untag(buf, p, e, et)
        if et is None:
            f.ethertype, f.ip = 0, b""
            return f
    if et < 0x0600:
        # an 802.3 length field: eth_type_trans() gives raw IPX (0xFFFF) ETH_P_802_3, else ETH_P_802_2
        et = ETH_P_802_3 if buf[p:p + 2] == b"\xff\xff" else ETH_P_802_2
    f.ethertype = et
    f.ip = buf[p:e]
    return f


def _plain(no, ts, ifname, wirelen, et, ip):
    f = _new(Frame)
    f.no, f.ts, f.ifname, f.wirelen, f.ethertype, f.ip = no, ts, ifname, wirelen, et, ip
    f.ifindex = f.pkttype = f.vlan = None
    f.l2src = f.l2dst = b""
    return f


def raw(no, ts, ifname, wirelen, buf, s, e):
    v = buf[s] >> 4 if e > s else 0
    return _plain(no, ts, ifname, wirelen, ETH_P_IP if v == 4 else ETH_P_IPV6 if v == 6 else 0, buf[s:e])


def ipv4(no, ts, ifname, wirelen, buf, s, e):
    return _plain(no, ts, ifname, wirelen, ETH_P_IP, buf[s:e])


def ipv6(no, ts, ifname, wirelen, buf, s, e):
    return _plain(no, ts, ifname, wirelen, ETH_P_IPV6, buf[s:e])


def _af(af):
    return ETH_P_IP if af == 2 else ETH_P_IPV6 if af in _AF_INET6 else 0


def null(no, ts, ifname, wirelen, buf, s, e):
    if e - s < 4:
        return _runt(no, ts, ifname, wirelen)
    # the AF_ value is in the capturing host's byte order, which the file does not record
    af = int.from_bytes(buf[s:s + 4], "little")
    if af > 0xFFFF:
        af = int.from_bytes(buf[s:s + 4], "big")
    return _plain(no, ts, ifname, wirelen, _af(af), buf[s + 4:e])


def loop(no, ts, ifname, wirelen, buf, s, e):
    if e - s < 4:
        return _runt(no, ts, ifname, wirelen)
    return _plain(no, ts, ifname, wirelen, _af(int.from_bytes(buf[s:s + 4], "big")), buf[s + 4:e])


def sll(no, ts, ifname, wirelen, buf, s, e):
    if e - s < 16:
        return _runt(no, ts, ifname, wirelen)
    f = _new(Frame)
    f.no, f.ts, f.ifname, f.wirelen = no, ts, ifname, wirelen
    f.pkttype, _hatype, halen, addr, et = _SLL(buf, s)
    f.l2src = addr[:6] if halen == 6 else b""
    f.l2dst = b""
    f.ifindex = f.vlan = None
    p = s + 16
    if et in VLAN_TPIDS:  # libpcap re-inserts the tag the kernel took off (PACKET_AUXDATA)
        f.vlan, et, p = _untag(buf, p, e, et)
    f.ethertype = et or 0
    f.ip = buf[p:e]
    return f


def sll2(no, ts, ifname, wirelen, buf, s, e):
    if e - s < 20:
        return _runt(no, ts, ifname, wirelen)
    f = _new(Frame)
    f.no, f.ts, f.ifname, f.wirelen = no, ts, ifname, wirelen
    et, _rsvd, f.ifindex, _hatype, f.pkttype, halen, addr = _SLL2(buf, s)
    f.l2src = addr[:6] if halen == 6 else b""
    f.l2dst = b""
    f.vlan = None
    p = s + 20
    if et in VLAN_TPIDS:
        f.vlan, et, p = _untag(buf, p, e, et)
    f.ethertype = et or 0
    f.ip = buf[p:e]
    return f


DECODERS = {
    LINKTYPE_NULL: null, LINKTYPE_ETHERNET: ethernet, LINKTYPE_RAW: raw, LINKTYPE_LOOP: loop,
    LINKTYPE_LINUX_SLL: sll, LINKTYPE_IPV4: ipv4, LINKTYPE_IPV6: ipv6, LINKTYPE_LINUX_SLL2: sll2,
}
