"""-j AUDIT --type accept|drop|reject: an audit record for the packet (xt_AUDIT audit_tg), then go on.

The kernel writes a NETFILTER_PKT record only while auditing is enabled; the emulator hands the
record's text to `par.log` as a LogLine with `.target == "AUDIT"` and `.level` None:
`mark=0x2a saddr=10.0.0.1 daddr=10.0.0.2 proto=6`."""
from __future__ import annotations

from ...packet import ntoa
from ...xtables import XT_CONTINUE, Opt, ParamError, Target, register
from .log import log_line

TYPES = ("accept", "drop", "reject")


def parse_type(arg: str, ext) -> int:
    low = arg.lower()
    if low in TYPES:
        return TYPES.index(low)
    raise ParamError(f'Bad action type value "{arg}"')


class Audit(Target):
    NAME = "AUDIT"
    HELP = ("AUDIT target options\n"
            "  --type TYPE\t\tAction type to be recorded.\n")
    OPTIONS = (Opt("type", parse_type, mandatory=True),)

    def print(self, numeric):
        return f" AUDIT {TYPES[self.v['type']]}"

    def save(self):
        return f" --type {TYPES[self.v['type']]}"

    def compile(self):
        def audit_tg(pkt, par):
            text = f"mark={pkt.mark:#x} saddr={ntoa(pkt.saddr)} daddr={ntoa(pkt.daddr)} proto={pkt.proto}"
            par.log(log_line(text, None, "AUDIT"))
            return XT_CONTINUE
        return audit_tg


register(Audit)
