"""-m connbytes: packets, bytes or average packet size of the packet's connection so far
(xt_connbytes over the conntrack accounting counters, ct.ext.acct).

The kernel's checkentry turns net.netfilter.nf_conntrack_acct on when it is off ("Forcing CT
accounting to be enabled"); entries created before that have no counters and never match.
"""
from __future__ import annotations

from ...xtables import Match, Opt, ParamError, register

U64 = 0xFFFFFFFFFFFFFFFF
MODES = ("packets", "bytes", "avgpkt")           # XT_CONNBYTES_PKTS, _BYTES, _AVGPKT
DIRS = ("original", "reply", "both")             # XT_CONNBYTES_DIR_*


def _range(arg, ext):
    from ...xtoptions import parse_uint_range
    lo, hi = parse_uint_range(arg, ext, Opt("connbytes"), "uint64")
    # one number means "from N on" (count.to = UINT64_MAX), unlike the generic a:a
    return lo, (hi if ":" in arg else U64)


class Connbytes(Match):
    NAME = "connbytes"
    HELP = ("connbytes match options:\n"
            " [!] --connbytes from:[to]\n"
            "     --connbytes-dir [original, reply, both]\n"
            "     --connbytes-mode [packets, bytes, avgpkt]\n")
    NEEDS_CONNTRACK = True
    FORCES_CT_ACCT = True          # connbytes_mt_check enables nf_conntrack_acct in the netns
    OPTIONS = (
        Opt("connbytes", _range, invert=True, mandatory=True),
        Opt("connbytes-dir", "string", mandatory=True),
        Opt("connbytes-mode", "string", mandatory=True),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name == "connbytes":
            lo, hi = arg
            if hi < lo:
                raise ParamError(f"{lo} should be less than {hi}")
            self.v["count"] = (hi, lo) if invert else (lo, hi)   # kernel form: from > to = inverted
        elif opt.name == "connbytes-dir":
            if arg not in DIRS:
                raise ParamError(f"Unknown --connbytes-dir `{arg}'")
            self.v["dir"] = DIRS.index(arg)
        else:
            if arg not in MODES:
                raise ParamError(f"Unknown --connbytes-mode `{arg}'")
            self.v["mode"] = MODES.index(arg)

    def _text(self, p: str) -> str:
        frm, to = self.v["count"]
        out = ""
        if frm > to:
            out, frm, to = " !", to, frm
        out += f" {p}connbytes {frm}"
        if to and to < U64:
            out += f":{to}"
        return out

    def unsaved(self):
        return str(self.v["count"])             # `0:0` and `0` (0:UINT64_MAX) print alike

    def save(self):
        return (self._text("--") + f" --connbytes-mode {MODES[self.v['mode']]}"
                f" --connbytes-dir {DIRS[self.v['dir']]}")

    def print(self, numeric):
        return (self._text("") + f" connbytes mode {MODES[self.v['mode']]}"
                f" connbytes direction {DIRS[self.v['dir']]}")

    def compile(self):
        frm, to = self.v["count"]
        mode, direction = self.v["mode"], self.v["dir"]
        # acct = [orig packets, orig bytes, reply packets, reply bytes]
        if direction == 2:
            def counters(a):
                return a[0] + a[2], a[1] + a[3]
        else:
            i = 2 * direction

            def counters(a):
                return a[i], a[i + 1]

        def connbytes_mt(pkt, par):
            ct = pkt.ct
            if ct is None:
                return False
            e = ct.ext
            acct = e.acct if e is not None else None
            if acct is None:
                return False
            pkts, nbytes = counters(acct)
            if mode == 0:
                what = pkts
            elif mode == 1:
                what = nbytes
            else:
                what = nbytes // pkts if pkts else 0
            if to >= frm:
                return frm <= what <= to
            return what < to or what > frm
        return connbytes_mt


register(Connbytes)
