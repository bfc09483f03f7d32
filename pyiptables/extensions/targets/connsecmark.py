"""-j CONNSECMARK --save|--restore: copy the packet's security mark to its connection or back
(xt_CONNSECMARK); mangle and security only. Save only fills an unset connection mark (and caches
IPCT_SECMARK), restore only an unset packet mark. Without an LSM nothing sets a secmark, so both
are no-ops in practice, as on the measured kernel."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, Opt, ParamError, Target, register

IPCT_SECMARK = 9                # enum ip_conntrack_events (conntrack.conn)


class Connsecmark(Target):
    NAME = "CONNSECMARK"
    HELP = ("CONNSECMARK target options:\n"
            "  --save                   Copy security mark from packet to conntrack\n"
            "  --restore                Copy security mark from connection to packet\n")
    TABLES = ("mangle", "security")
    NEEDS_CONNTRACK = True
    OPTIONS = (
        Opt("save", "none", nargs=0, excl=("restore",)),
        Opt("restore", "none", nargs=0, excl=("save",)),
    )

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("CONNSECMARK target: parameter required")

    @property
    def mode(self) -> str:
        return "save" if "save" in self.v else "restore"

    def print(self, numeric):
        return f" CONNSECMARK {self.mode}"

    def save(self):
        return f" --{self.mode}"

    def compile(self):
        if self.mode == "save":
            def connsecmark_tg(pkt, par):
                ct = pkt.ct
                if pkt.secmark and ct is not None and not ct.secmark:
                    ct.secmark = pkt.secmark
                    if par.tracker is not None:
                        par.tracker.event(ct, IPCT_SECMARK)
                return XT_CONTINUE
        else:
            def connsecmark_tg(pkt, par):
                ct = pkt.ct
                if not pkt.secmark and ct is not None and ct.secmark:
                    pkt.secmark = ct.secmark
                return XT_CONTINUE
        return connsecmark_tg


register(Connsecmark)
