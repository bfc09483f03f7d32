"""-m iprange (revision 1): source/destination address inside an inclusive range (xt_iprange)."""
from __future__ import annotations

from ...packet import ntoa
from ...xtables import Match, Opt, ParamError, register
from ...parse.addr import numeric_to_ipaddr


def _addr(word: str, opt: str) -> int:
    a = numeric_to_ipaddr(word)        # dotted, short forms like 10.1 mean 10.1.0.0; no names
    if a is None:
        raise ParamError(f'iprange: Bad value for "--{opt}" option: "{word}"')
    return a


def parse_range(arg: str, opt: str) -> tuple[int, int]:
    lo, dash, hi = arg.partition("-")
    a = _addr(lo, opt)
    return a, (_addr(hi, opt) if dash else a)


class Iprange(Match):
    NAME = "iprange"
    REVISION = 1
    HELP = ("iprange match options:\n"
            "[!] --src-range ip[-ip]    Match source IP in the specified range\n"
            "[!] --dst-range ip[-ip]    Match destination IP in the specified range\n")
    OPTIONS = (
        Opt("src-range", lambda a, e: parse_range(a, "src-range"), invert=True),
        Opt("dst-range", lambda a, e: parse_range(a, "dst-range"), invert=True),
    )

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("iprange match: You must specify `--src-range' or `--dst-range'")

    def _range(self, key):
        lo, hi = self.v[key]
        return f"{ntoa(lo)}-{ntoa(hi)}"

    def save(self):
        out = ""
        if "src-range" in self.v:
            out += f"{' !' if self.inv['src-range'] else ''} --src-range {self._range('src-range')}"
        if "dst-range" in self.v:
            out += f"{' !' if self.inv['dst-range'] else ''} --dst-range {self._range('dst-range')}"
        return out

    def print(self, numeric):
        out = ""
        if "src-range" in self.v:
            out += f" source IP range{' !' if self.inv['src-range'] else ''} {self._range('src-range')}"
        if "dst-range" in self.v:
            out += f" destination IP range{' !' if self.inv['dst-range'] else ''} {self._range('dst-range')}"
        return out

    def compile(self):
        src = self.v.get("src-range")
        dst = self.v.get("dst-range")
        sinv, dinv = self.inv.get("src-range", False), self.inv.get("dst-range", False)

        def iprange_mt(pkt, par):
            if src is not None and (src[0] <= pkt.saddr <= src[1]) == sinv:
                return False
            if dst is not None and (dst[0] <= pkt.daddr <= dst[1]) == dinv:
                return False
            return True
        return iprange_mt


register(Iprange)
