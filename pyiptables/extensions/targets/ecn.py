"""-j ECN: set the IP header's ECN codepoint and TCP's ECE/CWR bits (ipt_ECN).

--ecn-tcp-remove is --ecn-tcp-ece 0 --ecn-tcp-cwr 0 (and is printed back so whenever those two
alone are set). Kernel check: mangle table; the TCP operations only with `-p tcp`, not inverted.
At run time the codepoint is rewritten (header checksum updated) when it differs; the TCP bits
only when the IP protocol is TCP, read at the header offset even in a non-first fragment, as the
kernel does; a packet too short for a TCP header is dropped."""
from __future__ import annotations

from ...packet import IPPROTO_TCP
from ...xtables import NF_DROP, XT_CONTINUE, KernelError, Opt, ParamError, Target, register
from .tgutil import csum_replace16

ECE, CWR = 0x40, 0x80


class Ecn(Target):
    NAME = "ECN"
    HELP = ("ECN target options\n"
            "  --ecn-tcp-remove\t\tRemove all ECN bits from TCP header\n")
    TABLES = ("mangle",)
    OPTIONS = (
        Opt("ecn-tcp-remove", "none", nargs=0, excl=("ecn-tcp-ece", "ecn-tcp-cwr")),
        Opt("ecn-tcp-cwr", "uint8", max=1),
        Opt("ecn-tcp-ece", "uint8", max=1),
        Opt("ecn-ip-ect", "uint8", max=3),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name == "ecn-tcp-remove":
            # it assigns the operation bits, dropping an --ecn-ip-ect given before it; that value
            # stays in the target's data (which -C/-D compare) but is neither applied nor saved
            self.v["ece"] = self.v["cwr"] = 0
            if "ect" in self.v:
                self.v["ect_unused"] = self.v.pop("ect")
        else:
            self.v[opt.name[8:] if opt.name != "ecn-ip-ect" else "ect"] = arg

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("ECN target: An operation is required")

    def check_entry(self, table, hookmask, rule):
        if ("ece" in self.v or "cwr" in self.v) and (rule.proto != IPPROTO_TCP or rule.invflags & 64):
            raise KernelError()     # "cannot use operation on non-tcp rule"

    def unsaved(self):
        return str(self.v.get("ect_unused", ""))

    def _remove(self) -> bool:
        v = self.v
        return "ect" not in v and v.get("ece", 1) == 0 and v.get("cwr", 1) == 0

    def save(self):
        if self._remove():
            return " --ecn-tcp-remove"
        v = self.v
        return "".join(f" --{opt} {v[key]}" for key, opt in (("ece", "ecn-tcp-ece"), ("cwr", "ecn-tcp-cwr"),
                                                              ("ect", "ecn-ip-ect")) if key in v)

    def print(self, numeric):
        if self._remove():
            return " ECN TCP remove"
        v = self.v
        return " ECN" + "".join(f" {label}={v[key]}" for key, label in (("ece", "ECE"), ("cwr", "CWR"),
                                                                       ("ect", "ECT codepoint")) if key in v)

    def compile(self):
        v = self.v
        ect = v.get("ect")
        ece, cwr = v.get("ece"), v.get("cwr")
        tcp = ece is not None or cwr is not None
        care = (ECE if ece is not None else 0) | (CWR if cwr is not None else 0)
        want = (ECE if ece else 0) | (CWR if cwr else 0)

        def ecn_tg(pkt, par):
            if ect is not None and pkt.tos & 3 != ect:
                set_ect(pkt, ect)
            if tcp and pkt.proto == IPPROTO_TCP:
                d, th = pkt.data, pkt.ihl
                end = min(pkt.len, len(d)) if pkt.len >= th else len(d)
                if end - th < 20:
                    return NF_DROP
                flags = d[th + 13]
                if flags & care != want:
                    old = d[th + 12] << 8 | flags
                    flags = (flags & ~care) | want
                    d[th + 13] = flags
                    csum_replace16(d, th + 16, old, d[th + 12] << 8 | flags)
                    if not pkt.fragoff:
                        pkt.tcpflags = flags
            return XT_CONTINUE
        return ecn_tg


def set_ect(pkt, ect: int) -> None:
    """set_ect_ip(): the low two TOS bits, with csum_replace2 on the header checksum."""
    d = pkt.data
    old = d[1]
    d[1] = (old & ~3) | ect
    csum_replace16(d, 10, old, d[1])
    pkt.tos = d[1]


register(Ecn)
