"""IPv4 header options of a received packet (net/ipv4/ip_options.c), as ip_rcv_finish() checks them
right after the input route lookup, PREROUTING done: a malformed option drops the packet (with a
parameter problem), so does a source route unless accept_source_route is on for `all` and the
device. An accepted source route through a non-local destination is forwarded as usual, but a
strict one (SSRR) is refused; one addressed to this host is rerouted to the option's next hop and
forwarded, its destination rewritten to that hop after FORWARD (ip_forward_options), so
POSTROUTING sees the new one.

Checking also records, as the kernel does on a received packet: record route gets the address this
host would answer the sender from, a timestamp option its time (milliseconds since midnight UTC, of
the capture's clock here) and address, or one more in its overflow count when full. A forwarded
packet's record-route slot is then rewritten with the outgoing route's source address.
"""
from __future__ import annotations

from ..packet import ip_send_check

IPOPT_END, IPOPT_NOOP, IPOPT_RR, IPOPT_TIMESTAMP = 0, 1, 7, 0x44
IPOPT_LSRR, IPOPT_CIPSO, IPOPT_SSRR, IPOPT_RA = 0x83, 0x86, 0x89, 0x94
IPOPT_TS_TSONLY, IPOPT_TS_TSANDADDR, IPOPT_TS_PRESPEC = 0, 1, 3
ICMP_PARAMETERPROB = 12


class Options:
    """What ip_options_compile() leaves in IPCB(skb)->opt: offsets from the header's start."""
    __slots__ = ("err", "srr", "strict", "rr", "rr_needaddr", "ts", "ts_needaddr")

    def __init__(self):
        self.err = self.srr = self.rr = self.ts = 0
        self.strict = self.rr_needaddr = self.ts_needaddr = False


def options_compile(d, ihl: int, spec_dst: int | None = None, now: float = 0.0, addr_type=None) -> Options:
    """ip_options_compile() on a received header; `err` is the offset of the faulty byte (0: well
    formed). With spec_dst (the packet has its route) the options record as they go."""
    o = Options()
    i, end = 20, ihl
    while i < end:
        t = d[i]
        if t == IPOPT_END:
            d[i:end] = bytes(end - i)
            break
        if t == IPOPT_NOOP:
            i += 1
            continue
        if end - i < 2:
            o.err = i
            return o
        n = d[i + 1]
        if n < 2 or n > end - i:
            o.err = i
            return o
        if t in (IPOPT_LSRR, IPOPT_SSRR):
            if n < 3 or d[i + 2] < 4:
                o.err = i + 1 if n < 3 else i + 2
                return o
            if o.srr:
                o.err = i
                return o
            o.srr, o.strict = i, t == IPOPT_SSRR
        elif t == IPOPT_RR:
            ptr = d[i + 2] if n >= 3 else 0
            o.err = i if o.rr else i + 1 if n < 3 else i + 2 if ptr < 4 or (ptr <= n and ptr + 3 > n) else 0
            if o.err:
                return o
            if ptr <= n:
                if spec_dst is not None:
                    d[i + ptr - 1:i + ptr + 3] = spec_dst.to_bytes(4, "big")
                d[i + 2] = ptr + 4
                o.rr_needaddr = True
            o.rr = i
        elif t == IPOPT_TIMESTAMP:
            if _timestamp(o, d, i, n, spec_dst, now, addr_type):
                return o
        elif t == IPOPT_RA:
            if n < 4:
                o.err = i + 1
                return o
        elif t == IPOPT_CIPSO:
            o.err = i + (1 if n < 8 else 2)      # cipso_v4_validate(): no DOI is configured
            return o
        i += n
    return o


def _timestamp(o: Options, d, i: int, n: int, spec_dst, now: float, addr_type) -> bool:
    """The timestamp option's case of ip_options_compile(); True when it is malformed (o.err)."""
    ptr = d[i + 2] if n >= 3 else 0
    flag = d[i + 3] & 0xF if n >= 4 else 0
    o.err = (i if o.ts else i + 1 if n < 4 else i + 2 if ptr < 5 else
             i + 2 if ptr <= n and (ptr + 3 > n or (flag in (IPOPT_TS_TSANDADDR, IPOPT_TS_PRESPEC) and ptr + 7 > n))
             else i + 3 if ptr > n and flag != IPOPT_TS_PRESPEC and d[i + 3] >> 4 == 15 else 0)
    if o.err:
        return True
    o.ts = i
    stamp = (int(now) % 86400 * 1000 + int(now * 1000) % 1000).to_bytes(4, "big")
    if ptr > n:
        if flag != IPOPT_TS_PRESPEC and spec_dst is not None:
            d[i + 3] = flag | (d[i + 3] >> 4) + 1 << 4
        return False
    at = i + ptr - 1
    if flag == IPOPT_TS_TSONLY:
        if spec_dst is not None:
            d[at:at + 4] = stamp
        d[i + 2] = ptr + 4
    elif flag == IPOPT_TS_TSANDADDR:
        if spec_dst is not None:
            d[at:at + 8] = spec_dst.to_bytes(4, "big") + stamp
        o.ts_needaddr = True
        d[i + 2] = ptr + 8
    elif flag == IPOPT_TS_PRESPEC:
        if addr_type is None or addr_type(int.from_bytes(d[at:at + 4], "big")) != "UNICAST":
            if spec_dst is not None:        # an address not of another host's: stamped
                d[at + 4:at + 8] = stamp
            d[i + 2] = ptr + 8
    return False


def rcv_srr(stack, pkt, indev: str, rt, o: Options):
    """ip_options_rcv_srr() for an accepted source route: (why it is dropped or "", the route it
    takes, the next hop ip_forward_options() makes its destination or 0)."""
    d, srr = pkt.data, o.srr
    if rt.kind != "local":
        if o.strict:
            stack.icmp(pkt, ICMP_PARAMETERPROB, 0, 16 << 24, "ICMP parameter problem")
            return "strict source route to another host (ip_options_rcv_srr)", rt, 0
        return "", rt, 0
    space, ptr = d[srr + 1], d[srr + 2]
    while ptr <= space:
        if ptr + 3 > space:
            stack.icmp(pkt, ICMP_PARAMETERPROB, 0, (srr + 2) << 24, "ICMP parameter problem")
            return "source route option cut short (ip_options_rcv_srr)", rt, 0
        hop = int.from_bytes(d[srr + ptr - 1:srr + ptr + 3], "big")
        rt2 = stack.host.route_input(pkt.saddr, hop, indev, pkt.tos, pkt.mark)
        if rt2.kind not in ("forward", "local"):
            return f"source route next hop: {rt2.kind} (ip_options_rcv_srr)", rt, 0
        rt = rt2
        if rt2.kind != "local":
            return "", rt, hop
        set_daddr(pkt, hop)                # a local hop: the next one is looked up in its place
        ptr += 4
    return "", rt, 0


def forward_options(stack, pkt, rt, o: Options, hop: int) -> None:
    """ip_forward_options(): the record-route slot gets the outgoing route's source; a source route
    hit makes the next hop the destination, its slot recording that source too."""
    d = pkt.data
    if o.rr_needaddr:
        at = o.rr + d[o.rr + 2] - 5
        d[at:at + 4] = _rt_source(stack, pkt, rt).to_bytes(4, "big")
    if hop:
        srr = o.srr
        space, ptr = d[srr + 1], d[srr + 2]
        while ptr <= space and ptr + 3 <= space and int.from_bytes(d[srr + ptr - 1:srr + ptr + 3], "big") != hop:
            ptr += 4
        if ptr + 3 <= space:                # else "Argh! Destination lost!"
            d[16:20] = hop.to_bytes(4, "big")
            d[srr + ptr - 1:srr + ptr + 3] = _rt_source(stack, pkt, rt).to_bytes(4, "big")
            d[srr + 2] = ptr + 4
        if o.ts_needaddr:
            at = o.ts + d[o.ts + 2] - 9
            d[at:at + 4] = _rt_source(stack, pkt, rt).to_bytes(4, "big")
    set_daddr(pkt, int.from_bytes(d[16:20], "big"))     # ip_send_check: checking changed the header too


def _rt_source(stack, pkt, rt) -> int:
    """ip_rt_get_source() on an input route: the preferred source toward the destination."""
    out = stack.host.route_output(pkt.daddr, 0, rt.dev, pkt.mark)
    return out.prefsrc or stack.host.inet_select_addr(rt.dev, rt.gw or pkt.daddr, 0)


def spec_dst(stack, pkt, rt) -> int:
    """fib_compute_spec_dst(): the destination when delivered here, else the preferred source
    toward the sender."""
    if rt is None or rt.kind == "local":
        return pkt.daddr
    back = stack.host.route_output(pkt.saddr, 0, None, 0, pkt.tos)
    return back.prefsrc or stack.host.inet_select_addr(pkt.indev, pkt.saddr, 0)


def set_daddr(pkt, addr: int) -> None:
    """Set the destination and redo the header checksum (ip_send_check)."""
    d = pkt.data
    d[16:20] = addr.to_bytes(4, "big")
    ip_send_check(d, pkt.ihl)
    pkt.refresh()
