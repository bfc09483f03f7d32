"""A slim, mutable view of one IPv4 packet: decoded once, read by every match without parsing.

Addresses are host-order ints, the IP packet itself is a bytearray (`data`) that NAT and the
mangle targets rewrite in place (`refresh()` re-reads the header fields afterwards).
Fields a protocol lacks are 0; `thoff` is the transport header offset inside `data`.
"""
from __future__ import annotations

import struct

IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP = 1, 6, 17
IPPROTO_UDPLITE, IPPROTO_SCTP, IPPROTO_DCCP, IPPROTO_GRE = 136, 132, 33, 47

# TCP flag bits as in the header's 13th byte (plus the reserved nibble in byte 12)
TCP_FIN, TCP_SYN, TCP_RST, TCP_PSH, TCP_ACK, TCP_URG, TCP_ECE, TCP_CWR = 1, 2, 4, 8, 16, 32, 64, 128

_IPH = struct.Struct("!BBHHHBBHII")
_PORTS = struct.Struct("!HH")
_TCPH = struct.Struct("!HHIIBBH")
_PORT_PROTOS = frozenset((IPPROTO_UDP, IPPROTO_UDPLITE, IPPROTO_SCTP, IPPROTO_DCCP))


class Packet:
    __slots__ = (
        # capture bookkeeping
        "ts", "frame", "l2src", "l2dst", "l2proto",
        # IP header
        "data", "ihl", "tos", "len", "id", "frag", "fragoff", "ttl", "proto", "saddr", "daddr",
        # transport
        "thoff", "truncated", "sport", "dport", "tcpflags", "tcpres", "seq", "ack", "window", "doff",
        "icmp_type", "icmp_code", "icmp_id",
        # metadata the stack attaches (skb fields)
        "indev", "outdev", "mark", "priority", "ct", "ctinfo", "nfct_untracked", "local_origin",
        "trace", "ipvs", "secmark", "rt", "frag_geom",
    )

    def __init__(self, data: bytes | bytearray, ts: float = 0.0, frame: int = 0,
                 l2src: bytes = b"", l2dst: bytes = b"", l2proto: int = 0x0800):
        self.data = bytearray(data)
        self.ts = ts
        self.frame = frame
        self.l2src = l2src
        self.l2dst = l2dst
        self.l2proto = l2proto
        self.indev = self.outdev = ""
        self.mark = self.priority = self.secmark = 0
        self.ct = None
        self.ctinfo = 0
        self.nfct_untracked = False
        self.local_origin = False
        self.rt = None                  # skb_dst of a locally generated packet: its output RouteResult
        self.frag_geom = None           # reassembled: (IPCB frag_max_size, its fragments' data lengths)
        self.trace = False
        self.ipvs = False
        self.refresh()

    def refresh(self):
        """(Re)decode header fields from `data`; raises ValueError on a malformed header."""
        # hot path: every field is stored exactly once per branch
        d = self.data
        dl = len(d)
        if dl < 20:
            raise ValueError("truncated IPv4 header")
        vihl, self.tos, tot, self.id, frag, self.ttl, p, _csum, self.saddr, self.daddr = _IPH.unpack_from(d)
        if vihl >> 4 != 4:
            raise ValueError(f"not IPv4 (version {vihl >> 4})")
        th = (vihl & 15) * 4
        if th < 20 or th > dl:
            raise ValueError("bad IPv4 header length")
        self.len = tot
        self.frag = frag
        self.proto = p
        self.ihl = self.thoff = th
        self.fragoff = fo = (frag & 0x1FFF) * 8
        self.truncated = False
        self.icmp_type = self.icmp_code = self.icmp_id = 0
        if not fo:
            n = (tot if tot and tot < dl else dl) - th
            if p == IPPROTO_TCP:
                if n >= 20:
                    self.sport, self.dport, self.seq, self.ack, off, self.tcpflags, self.window = \
                        _TCPH.unpack_from(d, th)
                    self.doff = (off >> 4) * 4
                    self.tcpres = off & 0x0F
                    return
                self.truncated = True
                if n >= 4:      # the ports are still there for whoever reads only them (multiport, conntrack)
                    self.sport, self.dport = _PORTS.unpack_from(d, th)
                    self.tcpflags = self.tcpres = self.seq = self.ack = self.window = self.doff = 0
                    return
            elif p in _PORT_PROTOS:
                if n >= 4:
                    self.sport, self.dport = _PORTS.unpack_from(d, th)
                    self.tcpflags = self.tcpres = self.seq = self.ack = self.window = self.doff = 0
                    # a UDP header is 8 bytes (udp_mt, udp_error), the ports 4 (conntrack's tuple)
                    self.truncated = n < 8 and (p == IPPROTO_UDP or p == IPPROTO_UDPLITE)
                    return
                self.truncated = True
            elif p == IPPROTO_ICMP:
                if n >= 4:
                    self.icmp_type = d[th]
                    self.icmp_code = d[th + 1]
                    if n >= 8:
                        self.icmp_id = (d[th + 4] << 8) | d[th + 5]
                else:
                    self.truncated = True
        self.sport = self.dport = self.tcpflags = self.tcpres = self.seq = self.ack = self.window = self.doff = 0

    @property
    def payload_len(self) -> int:
        return self.len - self.thoff

    def copy(self) -> "Packet":
        p = Packet.__new__(Packet)
        for k in Packet.__slots__:
            setattr(p, k, getattr(self, k))
        p.data = bytearray(self.data)
        return p


def ip_checksum(buf, start: int = 0, end: int | None = None) -> int:
    """The Internet checksum (RFC 1071) of buf[start:end]: 0 when a header carrying its checksum
    verifies. 2**16 = 1 (mod 0xFFFF), so the one's complement sum of the 16-bit words is the
    bytes read as one big-endian int, mod 0xFFFF (0xFFFF for a nonzero multiple), at C speed."""
    b = buf[start:end]
    n = int.from_bytes(b, "big")
    if len(b) & 1:
        n <<= 8                         # an odd length is padded with a zero byte
    if not n:
        return 0xFFFF
    r = n % 0xFFFF
    return 0xFFFF - r if r else 0


def l4_checksum(d, th: int, end: int, proto: int) -> int:
    """The TCP/UDP checksum of d[th:end] under the pseudo header of the IPv4 header at d[0:20]
    (the segment's own checksum field as it stands: zero it first)."""
    return ip_checksum(bytes(d[12:20]) + bytes((0, proto)) + (end - th).to_bytes(2, "big") + bytes(d[th:end]))


def ip_send_check(d, ihl: int) -> None:
    """ip_send_check(): the header checksum of d[:ihl] computed afresh and written in."""
    d[10] = d[11] = 0
    c = ip_checksum(d, 0, ihl)
    d[10] = c >> 8
    d[11] = c & 0xFF


def ntoa(a: int) -> str:
    return f"{a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.{a & 255}"


def aton(s: str) -> int:
    parts = s.split(".")
    if len(parts) != 4:
        raise ValueError(s)
    v = 0
    for p in parts:
        n = int(p)
        if not 0 <= n <= 255 or not p.isdigit():
            raise ValueError(s)
        v = (v << 8) | n
    return v
