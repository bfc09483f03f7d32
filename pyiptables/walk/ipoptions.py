"""IPv4 options of a received packet: ip_rcv_options(), after PREROUTING and the input route.

__ip_options_compile() checks each option (a bad one is dropped with an ICMP parameter problem
pointing at it); a source route is then refused unless accept_source_route is on for both
conf/all and the input device. Accepted, ip_options_rcv_srr() follows it: a strict route on a
forwarded packet is refused, and a packet for this host goes on to the next hop the option names
(FORWARD still sees the old destination; ip_forward_options() writes the hop in before
POSTROUTING). What the kernel writes into recorded-route and timestamp slots is not modelled.
"""
from __future__ import annotations

from ..packet import ip_checksum

IPOPT_END, IPOPT_NOOP, IPOPT_RR, IPOPT_TS, IPOPT_RA = 0, 1, 7, 68, 148
IPOPT_LSRR, IPOPT_SSRR, IPOPT_CIPSO = 131, 137, 134
IPOPT_TS_TSANDADDR, IPOPT_TS_PRESPEC = 1, 3
ICMP_PARAMETERPROB = 12


def compile_options(d, ihl: int):
    """__ip_options_compile() on a received header: (offset of the offending byte, the parameter
    problem's pointer, or 0; offset of the source route option or 0; whether it is strict)."""
    srr = rr = ts = 0
    p = 20
    while p < ihl:
        kind = d[p]
        if kind == IPOPT_END:
            break
        if kind == IPOPT_NOOP:
            p += 1
            continue
        if ihl - p < 2:
            return p, 0, False
        optlen = d[p + 1]
        if optlen < 2 or optlen > ihl - p:
            return p, 0, False
        ptr = d[p + 2] if optlen > 2 else 0
        err = 0
        if kind == IPOPT_LSRR or kind == IPOPT_SSRR:
            err = p + 1 if optlen < 3 else p + 2 if ptr < 4 else p if srr else 0
            srr = srr or p
        elif kind == IPOPT_RR:
            err = (p if rr else p + 1 if optlen < 3 else
                   p + 2 if ptr < 4 or (ptr <= optlen and ptr + 3 > optlen) else 0)
            rr = p
        elif kind == IPOPT_TS:
            if ts:
                err = p
            elif optlen < 4:
                err = p + 1
            elif ptr < 5:
                err = p + 2
            elif ptr <= optlen:
                wide = d[p + 3] & 0xF in (IPOPT_TS_TSANDADDR, IPOPT_TS_PRESPEC)
                err = p + 2 if ptr + (7 if wide else 3) > optlen else 0
            elif d[p + 3] >> 4 == 15:
                err = p + 3                     # full, and its overflow counter would wrap
            ts = p
        elif kind == IPOPT_RA:
            err = p + 1 if optlen < 4 else 0
        elif kind == IPOPT_CIPSO:
            err = p                             # cipso_v4_validate(): no CIPSO DOI is configured
        if err:
            return err, 0, False
        p += optlen
    return 0, srr, bool(srr) and d[srr] == IPOPT_SSRR


def rcv_options(stack, pkt, indev: str, rt):
    """ip_rcv_options(): (why the packet is dropped or None, the route it takes, the next hop a
    source route sends it on to (0: none), whether that route is strict)."""
    d = pkt.data
    err, srr, strict = compile_options(d, pkt.ihl)
    if err:
        param_problem(stack, pkt, 12, 0, err << 24)
        return f"bad IP option at byte {err} (ip_options_compile)", rt, 0, False
    if not srr:
        return None, rt, 0, False
    host = stack.host
    if not host.conf_value(indev, "accept_source_route", "and"):
        return "source route option, accept_source_route off (ip_rcv_options)", rt, 0, False
    if pkt.l2dst and pkt.l2dst[0] & 1:
        return "source route option not sent to this host (ip_options_rcv_srr)", rt, 0, False
    if rt.kind == "forward":
        if strict:
            param_problem(stack, pkt, 12, 0, 16 << 24)
            return "strict source route to another host (ip_options_rcv_srr)", rt, 0, False
        return None, rt, 0, False
    if rt.kind != "local":
        return "source route option on a broadcast route (ip_options_rcv_srr)", rt, 0, False
    ptr, space = d[srr + 2], d[srr + 1]
    while ptr <= space:
        if ptr + 3 > space:
            param_problem(stack, pkt, 12, 0, (srr + 2) << 24)
            return "source route option cut short (ip_options_rcv_srr)", rt, 0, False
        at = srr + ptr - 1
        hop = int.from_bytes(d[at:at + 4], "big")
        rt2 = host.route_input(pkt.saddr, hop, indev, pkt.tos, pkt.mark)
        if rt2.kind != "forward" and rt2.kind != "local":
            return "source route hop not routable (ip_options_rcv_srr)", rt, 0, False
        rt = rt2
        if rt2.kind == "forward":
            return None, rt, hop, strict
        set_daddr(pkt, hop)                     # a hop of our own: "superfast loopback forward"
        ptr += 4
    return None, rt, 0, False


def set_daddr(pkt, addr: int) -> None:
    d = pkt.data
    d[16:20] = addr.to_bytes(4, "big")
    d[10:12] = b"\0\0"
    d[10:12] = ip_checksum(d, 0, pkt.ihl).to_bytes(2, "big")
    pkt.daddr = addr


def param_problem(stack, pkt, itype: int, code: int, info: int = 0) -> None:
    from ..extensions.targets.reject import icmp_send
    reply = icmp_send(pkt, stack.par, itype, code, stack._icmp_peers, info=info)
    if reply is not None:
        stack.par.generated("ICMP parameter problem" if itype == 12 else "ICMP source route failed", reply)
