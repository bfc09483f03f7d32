"""-m rpfilter: reverse-path filter, a FIB lookup of the packet's source (ipt_rpfilter).

Kernel check: raw or mangle table, PREROUTING only. At run time a packet received on lo (or
looped back) matches; 0.0.0.0 towards the limited broadcast or 224.0.0.0/24 matches; else the
source is looked up as a destination, ignoring link state: it passes when the answer is a unicast
route (a local one too with --accept-local) whose nexthop device is the input device, or any
device with --loose. --invert turns the answer round. The lookup is a flow from the packet's
destination (0 when broadcast, multicast or zeronet) to its source, coming from lo: policy rules
see those, and the mark with --validmark only."""
from __future__ import annotations

from ...host.fib import RTN_LOCAL, RTN_UNICAST
from ...xtables import PRE_ROUTING, KernelError, Match, Opt, register

FLAGS = ("loose", "validmark", "accept-local", "invert")
IPTOS_RT_MASK = 0x1C
LBCAST = 0xFFFFFFFF


class Rpfilter(Match):
    NAME = "rpfilter"
    HELP = ("rpfilter match options:\n"
            "    --loose          permit reverse path via any interface\n"
            "    --validmark      use skb nfmark when performing route lookup\n"
            "    --accept-local   do not reject packets with a local source address\n"
            "    --invert         match packets that failed the reverse path test\n")
    HOOKS = 1 << PRE_ROUTING
    OPTIONS = tuple(Opt(name, "none", nargs=0) for name in FLAGS)

    def check_entry(self, table, hookmask, rule):
        if table not in ("mangle", "raw"):
            raise KernelError()     # "only valid in 'raw' or 'mangle' table"

    def save(self):
        return "".join(f" --{name}" for name in FLAGS if name in self.v)

    def print(self, numeric):
        return " rpfilter" + "".join(f" {name}" for name in FLAGS if name in self.v)

    def compile(self):
        loose, accept_local = "loose" in self.v, "accept-local" in self.v
        invert, validmark = "invert" in self.v, "validmark" in self.v
        cache: dict = {}            # flow -> verdict; the host is fixed during a replay

        def rpfilter_mt(pkt, par):
            indev = pkt.indev
            if indev == "lo":
                return not invert
            saddr = pkt.saddr
            if not saddr:
                d = pkt.daddr
                if d == LBCAST or d & 0xFFFFFF00 == 0xE0000000:
                    return not invert
            host = par.host
            if host is not None and host.custom_rules:     # the rules may look at all of the flow
                key = (saddr, pkt.tos & IPTOS_RT_MASK, indev, pkt.daddr, pkt.mark if validmark else 0)
            else:
                key = (saddr, pkt.tos & IPTOS_RT_MASK, indev)
            ok = cache.get(key)
            if ok is None:
                if len(cache) > 65536:
                    cache.clear()
                ok = cache[key] = reverse_ok(host, saddr, key[1], indev, loose, accept_local,
                                             pkt.daddr, pkt.mark if validmark else 0)
            return ok ^ invert
        return rpfilter_mt


def reverse_ok(host, saddr: int, tos: int, indev: str, loose: bool, accept_local: bool,
               daddr: int = 0, mark: int = 0) -> bool:
    """rpfilter_lookup_reverse(): fib_lookup(saddr) with FIB_LOOKUP_IGNORE_LINKSTATE."""
    if host is None:
        return False
    if daddr == LBCAST or daddr & 0xF0000000 == 0xE0000000 or daddr & 0xFF000000 == 0:
        daddr = 0                               # rpfilter_get_saddr()
    res = host.fib_lookup(saddr, tos, ignore_linkstate=True, saddr=daddr, iif="lo", mark=mark)
    if res is None or isinstance(res, int):
        return False
    if res.type != RTN_UNICAST and (res.type != RTN_LOCAL or not accept_local):
        return False
    return loose or res.dev == indev


register(Rpfilter)
