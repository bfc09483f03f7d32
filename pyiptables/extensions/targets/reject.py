"""-j REJECT: drop, and answer with an ICMP error or a TCP RST (ipt_REJECT, nf_reject_ipv4, icmp_send).

The reply goes to `par.generated(description, ip_bytes)`; it is built as the kernel builds it:
  TCP RST (nf_send_reset): none for a non-first fragment, a non-TCP or truncated segment, a RST,
    a bad TCP checksum (not checked for locally generated packets: CHECKSUM_PARTIAL), or a packet
    whose route is broadcast/multicast. IP: tos 0, ID 0, DF, TTL net.ipv4.ip_default_ttl,
    src/dst swapped (the source may be a forwarded packet's destination). TCP: ports swapped, no
    options; seq = the segment's ack_seq if it had ACK, else ack_seq = seq + SYN + FIN + payload
    length with ACK set; RST, window 0.
  ICMP error (nf_send_unreach -> icmp_send): none for a non-first fragment, a bad checksum (TCP/UDP
    with the pseudo header, other protocols over the payload; not checked for UDP with checksum 0,
    GRE, AH, ESP, SCTP, UDP-Lite, DCCP, nor for local packets), an ICMP error or unknown ICMP type,
    a frame to a link-layer broadcast/multicast address, a broadcast/multicast route, no route
    back, or the per-peer rate limit (net.ipv4.icmp_ratelimit/icmp_ratemask; the limiter's state
    is kept per rule here, per netns in the kernel). IP: tos (tos & 0x1e) | 0xc0, no DF, TTL
    ip_default_ttl; source = the original destination if it was local, else the address routing
    picks for the way back; a Record Route option is echoed. Payload: the original packet as it
    is at this hook, cut so the reply is at most 576 bytes (or the reply route's MTU).
  The kernel's IP ID of an ICMP error comes from a keyed hash (ip_select_ident) and cannot be
  predicted: it is 0 here. The global ICMP rate limit (randomised since 6.x) is not applied.
"""
from __future__ import annotations

import struct

from ...packet import IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, ip_checksum
from ...xtables import LOCAL_IN, LOCAL_OUT, FORWARD, NF_DROP, KernelError, Opt, ParamError, Target, register
from .tgutil import warn

# ipt_reject_with: (name, alias, ICMP code or None for tcp-reset); index = the kernel's value
REJECT_TABLE = (
    ("icmp-net-unreachable", "net-unreach", 0),
    ("icmp-host-unreachable", "host-unreach", 1),
    ("icmp-proto-unreachable", "proto-unreach", 2),
    ("icmp-port-unreachable", "port-unreach", 3),
    None,                                           # IPT_ICMP_ECHOREPLY, no longer supported
    ("icmp-net-prohibited", "net-prohib", 9),
    ("icmp-host-prohibited", "host-prohib", 10),
    ("tcp-reset", "tcp-rst", None),
    ("icmp-admin-prohibited", "admin-prohib", 13),
)
IPT_ICMP_PORT_UNREACHABLE, IPT_TCP_RESET = 3, 7
DESCRIPTION = {0: "ICMP net unreachable", 1: "ICMP host unreachable", 2: "ICMP protocol unreachable",
               3: "ICMP port unreachable", 9: "ICMP net prohibited", 10: "ICMP host prohibited",
               13: "ICMP administratively prohibited"}
# ICMP types that are errors (icmp_pointers[].error); types above NR_ICMP_TYPES count as errors too
ICMP_ERRORS = frozenset((3, 4, 5, 11, 12))
NR_ICMP_TYPES = 18
NO_CSUM_CHECK = frozenset((47, 51, 50, 132, 136, 33))     # GRE AH ESP SCTP UDPLITE DCCP
INADDR_DUMMY = 0xC0000008


def parse_with(arg: str, ext) -> int:
    """Any case-insensitive prefix of a name or alias, first row winning (strncasecmp)."""
    low = arg.lower()
    for i, row in enumerate(REJECT_TABLE):
        if row is not None and (row[0].startswith(low) or row[1].startswith(low)):
            return i
    if "echo-reply".startswith(low) or "echoreply".startswith(low):
        warn("--reject-with echo-reply no longer supported\n")
    raise ParamError(f'unknown reject type "{arg}"')


class Reject(Target):
    NAME = "REJECT"
    HELP = ("REJECT target options:\n"
            "--reject-with type              drop input packet and send back\n"
            "                                a reply packet according to type:\n"
            "Valid reject types:\n"
            "    icmp-net-unreachable     \tICMP network unreachable\n"
            "    net-unreach              \talias\n"
            "    icmp-host-unreachable    \tICMP host unreachable\n"
            "    host-unreach             \talias\n"
            "    icmp-proto-unreachable   \tICMP protocol unreachable\n"
            "    proto-unreach            \talias\n"
            "    icmp-port-unreachable    \tICMP port unreachable (default)\n"
            "    port-unreach             \talias\n"
            "    icmp-net-prohibited      \tICMP network prohibited\n"
            "    net-prohib               \talias\n"
            "    icmp-host-prohibited     \tICMP host prohibited\n"
            "    host-prohib              \talias\n"
            "    tcp-reset                \tTCP RST packet\n"
            "    tcp-rst                  \talias\n"
            "    icmp-admin-prohibited    \tICMP administratively prohibited (*)\n"
            "    admin-prohib             \talias\n"
            "\n"
            "(*) See man page or read the INCOMPATIBILITES file for compatibility issues.\n")
    TABLES = ("filter",)
    HOOKS = (1 << LOCAL_IN) | (1 << FORWARD) | (1 << LOCAL_OUT)
    OPTIONS = (Opt("reject-with", parse_with),)

    @property
    def with_(self) -> int:
        return self.v.get("reject-with", IPT_ICMP_PORT_UNREACHABLE)

    def check_entry(self, table, hookmask, rule):
        if self.with_ == IPT_TCP_RESET and (rule.proto != IPPROTO_TCP or rule.invflags & 0x40):
            raise KernelError()             # "TCP_RESET invalid for non-tcp"

    def print(self, numeric):
        return f" reject-with {REJECT_TABLE[self.with_][0]}"

    def save(self):
        return f" --reject-with {REJECT_TABLE[self.with_][0]}"

    def compile(self):
        from ...conntrack.proto_tcp import set_closing     # here: parsing a rule loads no tracker
        code = REJECT_TABLE[self.with_][2]
        peers = self.state.setdefault("peers", {})
        if code is None:
            def reject_tg(pkt, par):
                reply = send_reset(pkt, par)
                if reply is not None:
                    par.generated("TCP RST", reply)
                    if par.tracker is not None:
                        set_closing(par.tracker, pkt.ct)
                return NF_DROP
        else:
            what = DESCRIPTION[code]

            def reject_tg(pkt, par):
                reply = send_unreach(pkt, par, code, peers)
                if reply is not None:
                    par.generated(what, reply)
                return NF_DROP
        return reject_tg



# -- the replies ---------------------------------------------------------------------------------
def _skb(pkt) -> bytes:
    """The skb as the hook sees it: ip_rcv trimmed it to the IP total length."""
    d = pkt.data
    return bytes(d[:pkt.len]) if 20 <= pkt.len <= len(d) else bytes(d)


def _sum16(b: bytes, start: int = 0) -> int:
    if len(b) % 2:
        b += b"\0"
    s = start + sum(struct.unpack(f"!{len(b) // 2}H", b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s


def payload_csum_ok(skb: bytes, ihl: int, proto: int) -> bool:
    """nf_ip_checksum() == 0 for CHECKSUM_NONE: TCP/UDP with the pseudo header, others plain."""
    payload = skb[ihl:]
    start = 0
    if proto in (IPPROTO_TCP, IPPROTO_UDP):
        start = _sum16(skb[12:20]) + proto + len(payload)
    return _sum16(payload, start) == 0xFFFF


def _route_flags(pkt, par):
    """The original packet's route: (is_local, is_broadcast_or_multicast), or None if unknown."""
    host = par.host
    if host is None:
        return None
    if par.hook == LOCAL_OUT or pkt.local_origin:
        rt = host.route_output(pkt.daddr, 0, None, pkt.mark)
        return rt.kind == "local", rt.kind in ("broadcast", "multicast")
    rt = host.route_input(pkt.saddr, pkt.daddr, pkt.indev, pkt.tos, pkt.mark)
    return rt.kind == "local", rt.kind in ("broadcast", "multicast")


def _default_ttl(par) -> int:
    host = par.host
    try:
        return host.sysctl_int("net.ipv4.ip_default_ttl") if host is not None else 64
    except Exception:       # a host without that sysctl
        return 64


def _ip_header(tos, length, ident, frag, ttl, proto, saddr, daddr, opts=b"") -> bytearray:
    ihl = 5 + len(opts) // 4
    h = bytearray(struct.pack("!BBHHHBBHII", 0x40 | ihl, tos, length, ident, frag, ttl, proto, 0, saddr, daddr))
    h += opts
    c = ip_checksum(h)
    h[10], h[11] = c >> 8, c & 0xFF
    return h


def send_reset(pkt, par):
    """nf_send_reset(): the RST as bytes, or None when the kernel sends nothing."""
    if pkt.fragoff or pkt.proto != IPPROTO_TCP:
        return None
    skb = _skb(pkt)
    th = pkt.ihl
    if len(skb) - th < 20:
        return None
    sport, dport, seq, ack_seq, off, flags = struct.unpack_from("!HHIIBB", skb, th)
    if flags & 0x04:
        return None                                   # no RST for a RST
    if not pkt.local_origin and not payload_csum_ok(skb, th, IPPROTO_TCP):
        return None
    rf = _route_flags(pkt, par)
    if rf is not None:
        if rf[1]:
            return None
        rt = par.host.route_output(pkt.saddr, 0, None, 0)
        if rt.kind not in ("unicast", "local"):
            return None                               # ip_route_me_harder() failed
    if flags & 0x10:
        rseq, rack, rflags = ack_seq, 0, 0x04
    else:
        doff = (off >> 4) * 4
        rseq = 0
        rack = (seq + bool(flags & 0x02) + bool(flags & 0x01) + len(skb) - th - doff) & 0xFFFFFFFF
        rflags = 0x14
    tcp = bytearray(struct.pack("!HHIIBBHHH", dport, sport, rseq, rack, 5 << 4, rflags, 0, 0, 0))
    pseudo = _sum16(struct.pack("!II", pkt.daddr, pkt.saddr)) + IPPROTO_TCP + 20
    c = ~_sum16(bytes(tcp), pseudo) & 0xFFFF
    tcp[16], tcp[17] = c >> 8, c & 0xFF
    return bytes(_ip_header(0, 40, 0, 0x4000, _default_ttl(par), IPPROTO_TCP, pkt.daddr, pkt.saddr) + tcp)


def _echo_rr(skb: bytes, ihl: int, saddr: int) -> bytes:
    """__ip_options_echo() for Record Route only: the option copied; with room left, the reply's
    source is recorded (ip_options_build) and the pointer advanced."""
    i, out = 20, b""
    while i < ihl:
        kind = skb[i]
        if kind == 0:
            break
        if kind == 1:
            i += 1
            continue
        if i + 1 >= ihl or skb[i + 1] < 2:
            break
        length = skb[i + 1]
        if kind == 7 and length >= 3:
            opt = bytearray(skb[i:i + length])
            ptr = opt[2]
            if ptr <= length and ptr + 3 <= length:
                opt[ptr - 1:ptr + 3] = struct.pack("!I", saddr)
                opt[2] = ptr + 4
            out = bytes(opt)
        i += length
    return out + b"\0" * (-len(out) % 4)


def inet_peer(peers: dict, addr: int, now: float) -> tuple:
    """inet_getpeer(): the (rate_tokens, rate_last) of a source; a new peer has no tokens and was
    last heard of 60 s ago."""
    return peers.get(addr, (0.0, now - 60.0))


def _ratelimit_ok(par, peers: dict, daddr: int, itype: int, code: int) -> bool:
    """icmpv4_xrlim_allow(): a per-peer token bucket of ratelimit ms, burst 6 (XRLIM_BURST_FACTOR)."""
    host = par.host
    if host is None:
        return True
    try:
        ratemask = host.sysctl_int("net.ipv4.icmp_ratemask")
        limit = host.sysctl_int("net.ipv4.icmp_ratelimit") / 1000.0
    except Exception:
        ratemask, limit = 0x1818, 1.0
    if itype == 3 and code == 4 or not (1 << itype) & ratemask:
        return True
    now = par.now
    tokens, last = inet_peer(peers, daddr, now)
    tokens = min(tokens + now - last, 6 * limit)
    ok = tokens >= limit
    if ok:
        tokens -= limit
    peers[daddr] = (tokens, now)
    return ok


def send_unreach(pkt, par, code: int, peers: dict):
    """nf_send_unreach() + icmp_send(ICMP_DEST_UNREACH, code): the ICMP error as bytes, or None."""
    if pkt.fragoff:
        return None
    if not pkt.local_origin:
        skb = _skb(pkt)
        ihl, proto = pkt.ihl, pkt.proto
        verify = proto not in NO_CSUM_CHECK
        if proto == IPPROTO_UDP and len(skb) - ihl >= 8 and skb[ihl + 6:ihl + 8] == b"\0\0":
            verify = False
        if verify and not payload_csum_ok(skb, ihl, proto):
            return None
    return icmp_send(pkt, par, 3, code, peers)


def icmp_send(pkt, par, itype: int, code: int, peers: dict, info: int = 0):
    """icmp_send(): the ICMP error of `itype`/`code` (and the header's `info` word: the next-hop
    MTU of a fragmentation needed) about the packet as bytes, or None when the kernel sends nothing
    (also used by the stack for ip_forward's and ip_error's)."""
    if pkt.fragoff:
        return None
    skb = _skb(pkt)
    ihl, proto = pkt.ihl, pkt.proto
    if not pkt.local_origin and pkt.l2dst and pkt.l2dst[0] & 1:
        return None                                   # pkt_type != PACKET_HOST
    if proto == IPPROTO_ICMP:
        if len(skb) - ihl < 1:
            return None
        inner = skb[ihl]
        if inner > NR_ICMP_TYPES or inner in ICMP_ERRORS:
            return None                               # never an error about an error
    saddr, mtu = pkt.daddr, 1500
    rf = _route_flags(pkt, par)
    if rf is not None:
        local, bcast = rf
        if bcast:
            return None
        host = par.host
        if not local:
            saddr = 0
            if par.hook != LOCAL_OUT and pkt.indev and host.sysctl_int("net.ipv4.icmp_errors_use_inbound_ifaddr"):
                saddr = host.inet_select_addr(pkt.indev, pkt.saddr, 253)
        rt = host.route_output(pkt.saddr, saddr, None, 0)
        if rt.kind not in ("unicast", "local"):
            return None
        saddr = saddr or rt.prefsrc or INADDR_DUMMY
        link = host.links.get(rt.dev) if hasattr(host, "links") else None
        if link is not None:
            mtu = link.mtu
        if not _ratelimit_ok(par, peers, pkt.saddr, itype, code):
            return None
    opts = _echo_rr(skb, ihl, saddr) if ihl > 20 else b""
    room = min(mtu, 576) - 20 - len(opts) - 8
    quoted = skb[:room]
    icmp = bytearray(struct.pack("!BBHI", itype, code, 0, info)) + quoted
    c = ip_checksum(icmp)
    icmp[2], icmp[3] = c >> 8, c & 0xFF
    tos = (pkt.tos & 0x1E) | 0xC0
    length = 20 + len(opts) + len(icmp)
    return bytes(_ip_header(tos, length, 0, 0, _default_ttl(par), IPPROTO_ICMP, saddr, pkt.saddr, opts) + icmp)


register(Reject)
