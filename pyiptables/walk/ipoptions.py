"""IPv4 header options of a received packet (net/ipv4/ip_options.c), as ip_rcv_finish() checks them
right after the input route lookup, PREROUTING done: a malformed option drops the packet (with a
parameter problem), so does a source route unless accept_source_route is on for `all` and the
device. An accepted source route through a non-local destination is forwarded as usual, but a
strict one (SSRR) is refused; one addressed to this host is rerouted to the option's next hop and
forwarded, its destination rewritten to that hop after FORWARD (ip_forward_options), so
POSTROUTING sees the new one. The addresses RR and timestamp options record are not written.
"""
from __future__ import annotations

IPOPT_END, IPOPT_NOOP, IPOPT_RR, IPOPT_TIMESTAMP = 0, 1, 7, 0x44
IPOPT_LSRR, IPOPT_CIPSO, IPOPT_SSRR, IPOPT_RA = 0x83, 0x86, 0x89, 0x94
IPOPT_TS_TSONLY, IPOPT_TS_TSANDADDR, IPOPT_TS_PRESPEC = 0, 1, 3
ICMP_PARAMETERPROB, ICMP_DEST_UNREACH, ICMP_SR_FAILED = 12, 3, 5


def options_compile(d, ihl: int) -> tuple[int, int, bool]:
    """ip_options_compile() on a received header: (offset of the faulty byte from the header's
    start, 0 when the options are well formed; the source route option's offset or 0; strict)."""
    srr = rr = ts = 0
    strict = False
    i, end = 20, ihl
    while i < end:
        t = d[i]
        if t == IPOPT_END:
            break
        if t == IPOPT_NOOP:
            i += 1
            continue
        if end - i < 2:
            return i, srr, strict
        n = d[i + 1]
        if n < 2 or n > end - i:
            return i, srr, strict
        if t in (IPOPT_LSRR, IPOPT_SSRR):
            if n < 3:
                return i + 1, srr, strict
            if d[i + 2] < 4:
                return i + 2, srr, strict
            if srr:
                return i, srr, strict
            srr, strict = i, t == IPOPT_SSRR
        elif t == IPOPT_RR:
            if rr:
                return i, srr, strict
            if n < 3:
                return i + 1, srr, strict
            ptr = d[i + 2]
            if ptr < 4 or (ptr <= n and ptr + 3 > n):
                return i + 2, srr, strict
            rr = i
        elif t == IPOPT_TIMESTAMP:
            if ts:
                return i, srr, strict
            if n < 4:
                return i + 1, srr, strict
            ptr, flags = d[i + 2], d[i + 3]
            if ptr < 5:
                return i + 2, srr, strict
            if ptr <= n:
                if ptr + 3 > n or (flags & 0xF in (IPOPT_TS_TSANDADDR, IPOPT_TS_PRESPEC) and ptr + 7 > n):
                    return i + 2, srr, strict
            elif flags & 0xF != IPOPT_TS_PRESPEC and flags >> 4 == 15:
                return i + 3, srr, strict       # the overflow count would wrap
            ts = i
        elif t == IPOPT_RA:
            if n < 4:
                return i + 1, srr, strict
        elif t == IPOPT_CIPSO:
            return i + (1 if n < 8 else 2), srr, strict     # cipso_v4_validate(): no DOI is configured
        i += n
    return 0, srr, strict


def rcv_srr(stack, pkt, indev: str, rt, srr: int, strict: bool):
    """ip_options_rcv_srr() for an accepted source route: (why it is dropped or "", the route it
    takes, the next hop ip_forward_options() makes its destination or 0)."""
    d = pkt.data
    if rt.kind != "local":
        if strict:
            stack.icmp(pkt, ICMP_PARAMETERPROB, 0, 16 << 24, "ICMP parameter problem")
            return "strict source route to another host (ip_options_rcv_srr)", rt, 0
        return "", rt, 0
    space, ptr = d[srr + 1], d[srr + 2]
    host = stack.host
    while ptr <= space:
        if ptr + 3 > space:
            stack.icmp(pkt, ICMP_PARAMETERPROB, 0, (srr + 2) << 24, "ICMP parameter problem")
            return "source route option cut short (ip_options_rcv_srr)", rt, 0
        hop = int.from_bytes(d[srr + ptr - 1:srr + ptr + 3], "big")
        rt2 = host.route_input(pkt.saddr, hop, indev, pkt.tos, pkt.mark)
        if rt2.kind not in ("forward", "local"):
            return f"source route next hop: {rt2.kind} (ip_options_rcv_srr)", rt, 0
        rt = rt2
        if rt2.kind != "local":
            return "", rt, hop
        set_daddr(pkt, hop)                # a local hop: the next one is looked up in its place
        ptr += 4
    return "", rt, 0


def forward_options(stack, pkt, rt, hop: int) -> None:
    """ip_forward_options() for a source route hit: the destination becomes the next hop, which the
    option's slot records as this host's outgoing address."""
    d = pkt.data
    srr = options_compile(d, pkt.ihl)[1]
    space, ptr = d[srr + 1], d[srr + 2]
    while ptr <= space and ptr + 3 <= space and int.from_bytes(d[srr + ptr - 1:srr + ptr + 3], "big") != hop:
        ptr += 4
    if ptr + 3 > space:
        return                              # "Argh! Destination lost!"
    src = stack.host.inet_select_addr(rt.dev, hop, 0) or 0
    d[srr + ptr - 1:srr + ptr + 3] = src.to_bytes(4, "big")
    d[srr + 2] = ptr + 4
    set_daddr(pkt, hop)


def set_daddr(pkt, addr: int) -> None:
    d = pkt.data
    d[16:20] = addr.to_bytes(4, "big")
    d[10:12] = b"\0\0"
    s = sum(d[i] << 8 | d[i + 1] for i in range(0, pkt.ihl, 2))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    d[10:12] = (~s & 0xFFFF).to_bytes(2, "big")
    pkt.refresh()
