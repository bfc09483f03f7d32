"""-j CLASSIFY --set-class MAJOR:MINOR: skb->priority, the tc class (xt_CLASSIFY); any table,
only in FORWARD, OUTPUT and POSTROUTING."""
from __future__ import annotations

import re

from ...xtables import FORWARD, LOCAL_OUT, POST_ROUTING, XT_CONTINUE, Opt, ParamError, Target, register

_HEX = re.compile(r"\s*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)")


def _scan_hex(s: str, i: int):
    """One sscanf %x conversion at s[i:]: (value as unsigned int, end) or None."""
    m = _HEX.match(s, i)
    if m is None:
        return None
    v = int(m.group(2), 16)
    v = min(v, 0xFFFFFFFFFFFFFFFF)
    if m.group(1) == "-":
        v = -v
    return v & 0xFFFFFFFF, m.end()


def parse_class(arg: str, ext) -> int:
    a = _scan_hex(arg, 0)
    b = None
    if a is not None and arg[a[1]:a[1] + 1] == ":":
        b = _scan_hex(arg, a[1] + 1)
    if a is None or b is None:
        raise ParamError(f'Bad class value "{arg}"')
    return ((a[0] << 16) & 0xFFFF0000) | (b[0] & 0xFFFF)


class Classify(Target):
    NAME = "CLASSIFY"
    HELP = ("CLASSIFY target options:\n"
            "--set-class MAJOR:MINOR    Set skb->priority value (always hexadecimal!)\n")
    HOOKS = (1 << FORWARD) | (1 << LOCAL_OUT) | (1 << POST_ROUTING)
    OPTIONS = (Opt("set-class", parse_class, mandatory=True),)

    def print(self, numeric):
        p = self.v["set-class"]
        return f" CLASSIFY set {p >> 16:x}:{p & 0xFFFF:x}"

    def save(self):
        p = self.v["set-class"]
        return f" --set-class {p >> 16:04x}:{p & 0xFFFF:04x}"

    def compile(self):
        priority = self.v["set-class"]

        def classify_tg(pkt, par):
            pkt.priority = priority
            return XT_CONTINUE
        return classify_tg


register(Classify)
