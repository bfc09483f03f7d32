"""-j TCPMSS: lower the MSS option of TCP SYNs, or add one (xt_TCPMSS tcpmss_tg4).

Kernel check: -p tcp, a `-m tcp` match requiring SYN (--syn or --tcp-flags ... SYN, not inverted),
and --clamp-mss-to-pmtu only in FORWARD, OUTPUT and POSTROUTING. At run time the MSS is never
raised; with no MSS option one is appended (at most 536) when the SYN carries no data and there
is room in the header; a truncated segment is dropped."""
from __future__ import annotations

from ...packet import IPPROTO_TCP
from ...xtables import FORWARD, LOCAL_OUT, NF_DROP, POST_ROUTING, XT_CONTINUE, KernelError, Opt, ParamError, \
    Target, register
from .tgutil import csum_replace16, replace_ip16, uint_opt

XT_TCPMSS_CLAMP_PMTU = 0xFFFF
CLAMP_HOOKS = (1 << FORWARD) | (1 << LOCAL_OUT) | (1 << POST_ROUTING)
MINLEN = 40                     # sizeof(struct iphdr) + sizeof(struct tcphdr)


def has_syn_match(rule) -> bool:
    """find_syn_match(): a tcp match whose flags comparison asks for SYN, not inverted."""
    for m in rule.matches:
        if m.NAME == "tcp" and "tcp-flags" in m.v and m.v["tcp-flags"][1] & 0x02 and not m.inv.get("tcp-flags"):
            return True
    return False


class Tcpmss(Target):
    NAME = "TCPMSS"
    HELP = ("TCPMSS target mutually-exclusive options:\n"
            "  --set-mss value               explicitly set MSS option to specified value\n"
            "  --clamp-mss-to-pmtu           automatically clamp MSS value to (path_MTU - 20)\n")
    PROTOS = (IPPROTO_TCP,)
    OPTIONS = (
        Opt("set-mss", uint_opt("set-mss", 0, 0xFFFF - 20)),
        Opt("clamp-mss-to-pmtu", "none", nargs=0),
    )

    def parse(self, opt, arg, invert, ctx):
        self.v["mss"] = XT_TCPMSS_CLAMP_PMTU if opt.name == "clamp-mss-to-pmtu" else arg

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("TCPMSS target: At least one parameter is required")

    def check_entry(self, table, hookmask, rule):
        if self.v["mss"] == XT_TCPMSS_CLAMP_PMTU and hookmask & ~CLAMP_HOOKS:
            raise KernelError()     # "path-MTU clamping only supported in FORWARD, OUTPUT and POSTROUTING hooks"
        if not has_syn_match(rule):
            raise KernelError()     # "Only works on TCP SYN packets"

    def print(self, numeric):
        mss = self.v["mss"]
        return " TCPMSS clamp to PMTU" if mss == XT_TCPMSS_CLAMP_PMTU else f" TCPMSS set {mss}"

    def save(self):
        mss = self.v["mss"]
        return " --clamp-mss-to-pmtu" if mss == XT_TCPMSS_CLAMP_PMTU else f" --set-mss {mss}"

    def compile(self):
        mss = self.v["mss"]

        def tcpmss_tg(pkt, par):
            ret = mangle(pkt, par, mss)
            if ret < 0:
                return NF_DROP
            if ret > 0:
                replace_ip16(pkt, 2, pkt.len + ret)
                pkt.refresh()
            return XT_CONTINUE
        return tcpmss_tg


IP_MAX_MTU = 0xFFFF


def _mtu(host, dev) -> int:
    """ipv4_mtu() of a route by `dev`: the device's MTU, at most IP_MAX_MTU (lo's 65536 gives 65535);
    no route at all (tcpmss_reverse_mtu() finds none): ~0U."""
    link = host.links.get(dev) if dev else None
    return min(link.mtu, IP_MAX_MTU) if link is not None else 0xFFFFFFFF


def path_mtu(pkt, par) -> int:
    """min(dst_mtu of the packet's route, MTU of the route back to its source) (tcpmss_reverse_mtu)."""
    host = par.host
    if host is None:
        return 1500
    out = pkt.outdev
    if not out:
        rt = host.route_output(pkt.daddr, 0, None, pkt.mark)
        out = rt.dev if rt is not None else None
    back = host.route_output(pkt.saddr, 0, None, 0)
    return min(_mtu(host, out), _mtu(host, back.dev if back is not None else None))


def mangle(pkt, par, mss: int) -> int:
    """tcpmss_mangle_packet(): -1 to drop, else how many bytes the header grew."""
    if pkt.fragoff:
        return 0
    d = pkt.data
    length = min(pkt.len, len(d)) if pkt.len >= 20 else len(d)
    th = pkt.thoff
    tlen = length - th
    if tlen < 20:
        return -1
    hdrlen = (d[th + 12] >> 4) * 4
    if tlen < hdrlen or hdrlen < 20:
        return -1
    if mss == XT_TCPMSS_CLAMP_PMTU:
        mtu = path_mtu(pkt, par)
        if mtu <= MINLEN:
            return -1       # "unknown or invalid path-MTU"
        newmss = mtu - MINLEN
    else:
        newmss = mss
    i = 20
    while i <= hdrlen - 4:
        kind = d[th + i]
        if kind == 2 and d[th + i + 1] == 4:
            oldmss = d[th + i + 2] << 8 | d[th + i + 3]
            if oldmss <= newmss:
                return 0
            d[th + i + 2], d[th + i + 3] = newmss >> 8, newmss & 0xFF
            csum_replace16(d, th + 16, oldmss, newmss)
            return 0
        i += 1 if kind <= 1 or d[th + i + 1] == 0 else d[th + i + 1]
    if tlen > hdrlen or hdrlen >= 60:
        return 0
    newmss = min(newmss, 536)
    del d[length:]
    d[th + 20:th + 20] = bytes((2, 4, newmss >> 8, newmss & 0xFF))
    csum_replace16(d, th + 16, tlen, tlen + 4)                    # pseudo-header length
    csum_replace16(d, th + 16, 0, 0x0204)
    csum_replace16(d, th + 16, 0, newmss)
    old = d[th + 12] << 8 | d[th + 13]
    d[th + 12] += 1 << 4
    csum_replace16(d, th + 16, old, d[th + 12] << 8 | d[th + 13])
    return 4


register(Tcpmss)
