"""-j TCPOPTSTRIP: overwrite chosen TCP options with NOPs (xt_TCPOPTSTRIP tcpoptstrip_tg4).

Kernel check: mangle table, `-p tcp` not inverted. At run time a non-first fragment passes
untouched; a segment too short for its TCP header (or with a data offset below 5) is dropped.
Each listed option (walked like the kernel: kinds 0 and 1, and a zero length, are one byte) is
replaced by NOPs, and the checksum updated word by word; an option running past the header ends
the walk."""
from __future__ import annotations

from ...packet import IPPROTO_TCP
from ...xtables import NF_DROP, XT_CONTINUE, Opt, ParamError, Target, register
from ...xtoptions import strtoul_end
from .tgutil import csum_replace16

NAMES = (("wscale", 3, "Window scale"), ("mss", 2, "Maximum Segment Size"),
         ("sack-permitted", 4, "SACK permitted"), ("sack", 5, "Selective ACK"),
         ("timestamp", 8, "Timestamp"), ("md5", 19, "MD5 signature"))
TCPOPT_NOP = 1


def parse_list(arg: str, ext) -> int:
    """A comma list of option names or numbers 2..255: the bitmap of kinds to strip."""
    bmap = 0
    for word in arg.split(","):
        kind = next((k for name, k, _ in NAMES if name == word), 0)
        if not kind:
            v, end = strtoul_end(word)
            if v is None or end != len(word) or v > 255:
                raise ParamError(f'Bad TCP option value "{word}"')
            kind = v
        if kind < 2:
            raise ParamError("Option value may not be 0 or 1")
        if bmap >> kind & 1:
            raise ParamError(f'Option "{word}" already specified')
        bmap |= 1 << kind
    return bmap


class Tcpoptstrip(Target):
    NAME = "TCPOPTSTRIP"
    HELP = ("TCPOPTSTRIP target options:\n"
            "  --strip-options value     strip specified TCP options denoted by value\n"
            "                            (separated by comma) from TCP header\n"
            "  Instead of the numeric value, you can also use the following names:\n"
            + "".join(f"    {name:<14}    strip \"{desc}\" option\n" for name, _, desc in NAMES))
    TABLES = ("mangle",)
    PROTOS = (IPPROTO_TCP,)
    OPTIONS = (Opt("strip-options", parse_list),)

    def _list(self, numeric: bool) -> str:
        bmap = self.v.get("strip-options", 0)
        out = []
        for kind in range(256):
            if bmap >> kind & 1:
                name = None if numeric else next((n for n, k, _ in NAMES if k == kind), None)
                out.append(name or str(kind))
        return ",".join(out)

    def save(self):
        return f" --strip-options {self._list(True)}" if self.v.get("strip-options") else ""

    def print(self, numeric):
        return f" TCPOPTSTRIP options {self._list(bool(numeric))}" if self.v.get("strip-options") else ""

    def compile(self):
        bmap = self.v.get("strip-options", 0)

        def tcpoptstrip_tg(pkt, par):
            if pkt.fragoff:
                return XT_CONTINUE
            return strip(pkt, bmap)
        return tcpoptstrip_tg


def strip(pkt, bmap: int) -> int:
    """tcpoptstrip_mangle_packet() on the packet's bytes."""
    d = pkt.data
    th = pkt.thoff
    end = min(pkt.len, len(d)) if pkt.len >= pkt.ihl else len(d)
    if end - th < 20:
        return NF_DROP
    hdrlen = (d[th + 12] >> 4) * 4
    if hdrlen < 20 or end - th < hdrlen:
        return NF_DROP
    i = 20
    while i < hdrlen - 1:
        kind = d[th + i]
        optl = 1 if kind <= TCPOPT_NOP or d[th + i + 1] == 0 else d[th + i + 1]
        if i + optl > hdrlen:
            break
        if bmap >> kind & 1:
            for j in range(i, i + optl):
                o = d[th + j]
                if o != TCPOPT_NOP:
                    shift = 8 if j % 2 == 0 else 0
                    csum_replace16(d, th + 16, o << shift, TCPOPT_NOP << shift)
                d[th + j] = TCPOPT_NOP
        i += optl
    return XT_CONTINUE


register(Tcpoptstrip)
