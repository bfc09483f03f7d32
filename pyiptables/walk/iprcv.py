"""What ip_rcv() and ip_rcv_finish() check around PREROUTING (net/ipv4/ip_input.c).

Before any hook, ip_rcv_core() drops a header with a bad checksum (checked inline by the stack),
a total length longer than the frame or shorter than the header, and trims what follows the total length (Ethernet padding,
FCS). After PREROUTING and the input route, ip_rcv_options() parses the options (ipoptions.py).
"""
from __future__ import annotations

from ..host.fib import RTN_LOCAL, RTN_UNICAST, SCOPE_LINK, SCOPE_UNIVERSE, Route
from ..host.routing import NO_L4, RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST, flow_l4
from .ipoptions import options_compile


def ip_rcv_length(pkt, host, indev: str, snapped: int) -> str:
    """ip_rcv_core() for a packet whose total length is not what arrived: "" when it may enter
    PREROUTING (trimmed to its total length), else why not. snapped: bytes of the frame its
    capture left out (a snapshot length): a packet cut by the capture, not on the wire, is
    walked as its header says."""
    d = pkt.data
    tot, have = pkt.len, len(d)
    if have < tot:
        if have + snapped < tot:
            return f"total length {tot} beyond the {have} bytes received (ip_rcv)"
    elif not tot:
        # iph_totlen(): 0 stands for the length only in a segmentation-offload aggregate, which a
        # capture shows longer than the device's MTU; anything else is shorter than its header
        link = host.links.get(indev)
        if link is None or have <= link.mtu:
            return "total length 0 (ip_rcv)"
    elif have > tot:
        del d[tot:]
    return ""


def spec_dst(host, pkt, rt, indev: str) -> int:
    """fib_compute_spec_dst(): the address this host records in a received packet's options: its
    destination when delivered here as unicast, else the preferred source of the route back."""
    if rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST | RTCF_LOCAL) == RTCF_LOCAL:
        return pkt.daddr
    if pkt.saddr:
        mark = pkt.mark if host.conf_value(indev, "src_valid_mark", "or") else 0
        res = host.fib_lookup(pkt.saddr, pkt.tos, mark=mark)
        if isinstance(res, Route):
            return prefsrc(host, res)
        return host.inet_select_addr(indev, pkt.saddr, SCOPE_UNIVERSE)
    return host.inet_select_addr(indev, pkt.saddr, SCOPE_LINK)


def prefsrc(host, res: Route) -> int:
    """fib_result_prefsrc(): the route's src, else the address inet_select_addr() gives its nexthop."""
    return res.prefsrc or host.inet_select_addr(res.dev, res.gw, res.scope)


def rt_get_source(host, pkt, rt, indev: str) -> int:
    """ip_rt_get_source() of a forwarded packet: the preferred source of the route its header now
    takes out of the output device."""
    res = host.fib_lookup(pkt.daddr, pkt.tos, saddr=pkt.saddr, iif=indev, oif=rt.dev, mark=pkt.mark)
    if isinstance(res, Route):
        return prefsrc(host, res)
    return host.inet_select_addr(rt.dev, rt.gw, SCOPE_UNIVERSE)


def ip_rcv_options(stack, pkt, rt, indev: str):
    """(why dropped or "", the options, the route now): ip_rcv_options() and, for a source route,
    ip_options_rcv_srr()."""
    host = stack.host
    opt = options_compile(pkt.data, pkt.ihl, lambda: spec_dst(host, pkt, rt, indev), stack.par.now,
                          host.addr_type)
    if opt is None:
        return "bad IP option (ip_rcv_options)", None, rt
    if not opt.srr:
        return "", opt, rt
    if not host.conf_value(indev, "accept_source_route", "and"):
        return "source route option, accept_source_route off (ip_rcv_options)", opt, rt
    # ip_options_rcv_srr()
    if pkt.l2dst and pkt.l2dst[0] & 1 and not pkt.local_origin:
        return "source route option in a link-layer broadcast (ip_options_rcv_srr)", opt, rt
    if rt.kind == "forward" and rt.rtype == RTN_UNICAST:
        if opt.is_strictroute:
            return "strict source route through a host it does not name (ip_options_rcv_srr)", opt, rt
        return "", opt, rt
    if rt.rtype != RTN_LOCAL:
        return "source route option to a broadcast or multicast address (ip_options_rcv_srr)", opt, rt
    d, p = pkt.data, opt.srr
    space, ptr = d[p + 1], d[p + 2]
    l4 = flow_l4(pkt) if stack.route_l4 else NO_L4
    nexthop = 0
    while ptr <= space:
        if ptr + 3 > space:
            return "source route option cut short (ip_options_rcv_srr)", opt, rt
        nexthop = int.from_bytes(d[p + ptr - 1:p + ptr + 3], "big")
        rt2 = host.route_input(pkt.saddr, nexthop, indev, pkt.tos, pkt.mark, l4)
        if rt2.kind not in ("forward", "local") or rt2.rtype not in (RTN_UNICAST, RTN_LOCAL):
            return f"source route to {rt2.kind} next hop (ip_options_rcv_srr)", opt, rt
        rt = rt2
        if rt2.kind != "local":
            break
        d[16:20] = nexthop.to_bytes(4, "big")        # "superfast loopback forward"
        pkt.daddr = nexthop
        opt.is_changed = True
        ptr += 4
    if ptr <= space:
        opt.srr_is_hit = True
        opt.nexthop = nexthop
        opt.is_changed = True
    return "", opt, rt


def uses_gateway(rt) -> bool:
    """rt_uses_gateway: the route's next hop is a gateway, not the destination itself."""
    r = rt.route
    return bool(r is not None and r.gw and r.nh_scope == SCOPE_LINK)
