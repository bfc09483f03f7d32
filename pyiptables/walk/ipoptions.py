"""IPv4 options of received packets (net/ipv4/ip_options.c), read once the input route is known.

ip_rcv_finish() parses the options of every packet with a header longer than 20 bytes after
PREROUTING and the route lookup (ip_rcv_options), so a malformed option drops the packet there:
PREROUTING counted it, INPUT and FORWARD never see it. Parsing writes into the packet: record
route and timestamp options get the address of the input route (fib_compute_spec_dst) and the
time, their pointers move on; the bytes after an end-of-list option are zeroed. A source route
(LSRR, SSRR) is refused unless accept_source_route is on in conf.all and the device; one addressed
to this host is followed (ip_options_rcv_srr): the next hop becomes the route, while the header
keeps this host's address until ip_forward_options() writes the next hop in, after FORWARD.
"""
from __future__ import annotations

from ..packet import ip_checksum

IPOPT_END, IPOPT_NOOP, IPOPT_RR, IPOPT_TIMESTAMP = 0, 1, 7, 68
IPOPT_LSRR, IPOPT_SSRR, IPOPT_CIPSO, IPOPT_RA = 131, 137, 134, 148
IPOPT_TS_TSONLY, IPOPT_TS_TSANDADDR, IPOPT_TS_PRESPEC = 0, 1, 3


class IpOptions:
    """struct ip_options: offsets (from the IP header) of the options found, 0 when absent."""
    __slots__ = ("srr", "is_strictroute", "srr_is_hit", "nexthop", "rr", "rr_needaddr", "ts", "ts_needaddr",
                 "router_alert", "cipso", "is_changed")

    def __init__(self):
        self.srr = self.rr = self.ts = self.router_alert = self.cipso = 0
        self.is_strictroute = self.srr_is_hit = self.rr_needaddr = self.ts_needaddr = self.is_changed = False
        self.nexthop = 0


def _put(d, at: int, addr: int) -> None:
    d[at:at + 4] = addr.to_bytes(4, "big")


def _timestamp(now: float) -> int:
    """inet_current_timestamp(): milliseconds since midnight UTC."""
    return int(now % 86400 * 1000) & 0xFFFFFFFF


def options_compile(d, ihl: int, spec_dst, now: float, addr_type) -> IpOptions | None:
    """__ip_options_compile() for a received packet: the options found, or None when one is
    malformed (the kernel answers a parameter problem and drops the packet). spec_dst() is the
    address this host records (asked only when needed); addr_type(addr) as inet_addr_type()."""
    opt = IpOptions()
    p, left = 20, ihl - 20
    while left > 0:
        kind = d[p]
        if kind == IPOPT_END:
            for i in range(p + 1, p + left):
                if d[i]:
                    d[i] = 0
                    opt.is_changed = True
            break
        if kind == IPOPT_NOOP:
            p += 1
            left -= 1
            continue
        if left < 2:
            return None
        optlen = d[p + 1]
        if optlen < 2 or optlen > left:
            return None
        if kind == IPOPT_SSRR or kind == IPOPT_LSRR:
            if optlen < 3 or d[p + 2] < 4 or opt.srr:
                return None
            opt.is_strictroute = kind == IPOPT_SSRR
            opt.srr = p
        elif kind == IPOPT_RR:
            if opt.rr or optlen < 3 or d[p + 2] < 4:
                return None
            ptr = d[p + 2]
            if ptr <= optlen:
                if ptr + 3 > optlen:
                    return None
                _put(d, p + ptr - 1, spec_dst())
                opt.is_changed = True
                d[p + 2] = ptr + 4
                opt.rr_needaddr = True
            opt.rr = p
        elif kind == IPOPT_TIMESTAMP:
            if opt.ts or optlen < 4 or d[p + 2] < 5:
                return None
            ptr, flags = d[p + 2], d[p + 3] & 0xF
            if ptr <= optlen:
                if ptr + 3 > optlen:
                    return None
                at = -1
                if flags == IPOPT_TS_TSONLY:
                    at = p + ptr - 1
                    d[p + 2] = ptr + 4
                elif flags == IPOPT_TS_TSANDADDR or flags == IPOPT_TS_PRESPEC:
                    if ptr + 7 > optlen:
                        return None
                    if flags == IPOPT_TS_TSANDADDR:
                        _put(d, p + ptr - 1, spec_dst())
                        opt.ts_needaddr = True
                        at = p + ptr + 3
                        d[p + 2] = ptr + 8
                    elif addr_type(int.from_bytes(d[p + ptr - 1:p + ptr + 3], "big")) != "UNICAST":
                        at = p + ptr + 3        # a prespecified address of this host's
                        d[p + 2] = ptr + 8
                if at >= 0:
                    _put(d, at, _timestamp(now))
                    opt.is_changed = True
            elif flags != IPOPT_TS_PRESPEC:
                overflow = d[p + 3] >> 4
                if overflow == 15:
                    return None
                d[p + 3] = flags | (overflow + 1) << 4
                opt.is_changed = True
            opt.ts = p
        elif kind == IPOPT_RA:
            if optlen < 4:
                return None
            if not d[p + 2] and not d[p + 3]:
                opt.router_alert = p
        elif kind == IPOPT_CIPSO:
            # cipso_v4_validate(): no CIPSO DOI is ever configured in the namespace
            return None
        p += optlen
        left -= optlen
    return opt


def forward_options(pkt, opt: IpOptions, get_source) -> None:
    """ip_forward_options(), after FORWARD: this host's outgoing address in the record route slot
    just taken, the source route's next hop made the destination (its slot gets our address),
    then the header checksum. get_source() is ip_rt_get_source() for the header as it is then."""
    d = pkt.data
    if opt.rr_needaddr:
        _put(d, opt.rr + d[opt.rr + 2] - 5, get_source())
        opt.is_changed = True
    if opt.srr_is_hit:
        p = opt.srr
        ptr, space = d[p + 2], d[p + 1]
        while ptr <= space and ptr + 3 <= space:
            if int.from_bytes(d[p + ptr - 1:p + ptr + 3], "big") == opt.nexthop:
                break
            ptr += 4
        if ptr + 3 <= space:
            opt.is_changed = True
            _put(d, 16, opt.nexthop)
            pkt.daddr = opt.nexthop
            _put(d, p + ptr - 1, get_source())
            d[p + 2] = ptr + 4
        if opt.ts_needaddr:
            _put(d, opt.ts + d[opt.ts + 2] - 9, get_source())
            opt.is_changed = True
    if opt.is_changed:
        opt.is_changed = False
        ip_send_check(d, pkt.ihl)


def ip_send_check(d, ihl: int) -> None:
    d[10] = d[11] = 0
    c = ip_checksum(d, 0, ihl)
    d[10] = c >> 8
    d[11] = c & 0xFF
