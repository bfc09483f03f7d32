"""-j NFLOG: hand the packet to nfnetlink_log group N (xt_NFLOG).

The kernel writes nothing to syslog for NFLOG; a listener (ulogd, tcpdump -i nflog:N) would get
the packet. The emulator has no listener, so the runtime passes `par.log` a LogLine with
`.target == "NFLOG"`, `.level` None and `.group` N, whose text is the prefix followed by the same
packet summary LOG would print (default flags): enough to see what was logged, and never confused
with a LOG line."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, Opt, ParamError, Target, register
from .log import LogLine, dump_packet
from ...xtoptions import save_string
from .tgutil import string_opt, uint_opt, warn

XT_NFLOG_F_COPY_LEN = 1
DEFAULT_THRESHOLD = 0
PREFIX_SIZE = 64            # char prefix[64]


class NflogLine(LogLine):
    __slots__ = ("group",)


def parse_prefix(arg: str, ext):
    v = string_opt(min_len=1, size=PREFIX_SIZE)(arg, ext)
    if "\n" in arg:
        raise ParamError("Newlines not allowed in --log-prefix")
    return v


class Nflog(Target):
    NAME = "NFLOG"
    HELP = ("NFLOG target options:\n"
            " --nflog-group NUM\t\tNETLINK group used for logging\n"
            " --nflog-range NUM\t\tThis option has no effect, use --nflog-size\n"
            " --nflog-size NUM\t\tNumber of bytes to copy\n"
            " --nflog-threshold NUM\t\tMessage threshold of in-kernel queue\n"
            " --nflog-prefix STRING\t\tPrefix string for log messages\n")
    OPTIONS = (
        Opt("nflog-group", uint_opt("nflog-group", 0, 0xFFFF)),
        Opt("nflog-prefix", parse_prefix),
        Opt("nflog-range", uint_opt("nflog-range", 0, 0xFFFFFFFF), excl=("nflog-size",)),
        Opt("nflog-size", uint_opt("nflog-size", 0, 0xFFFFFFFF), excl=("nflog-range",)),
        Opt("nflog-threshold", uint_opt("nflog-threshold", 0, 0xFFFF)),
    )

    def parse(self, opt, arg, invert, ctx):
        super().parse(opt, arg, invert, ctx)
        if opt.name in ("nflog-range", "nflog-size"):
            self.v["len"] = arg

    def final_check(self, ctx):
        if "nflog-range" in self.seen:
            warn("warn: --nflog-range has never worked and is no longer supported, please use "
                 "--nflog-size instead\n")
        if "nflog-size" in self.seen:
            self.v["flags"] = XT_NFLOG_F_COPY_LEN

    def _text(self, pfx: str) -> str:
        v = self.v
        out = ""
        if v.get("nflog-prefix"):
            out += f" {pfx}nflog-prefix" + save_string(v["nflog-prefix"])
        if v.get("nflog-group", 0):
            out += f" {pfx}nflog-group {v['nflog-group']}"
        length = v.get("len", 0)
        if v.get("flags", 0) & XT_NFLOG_F_COPY_LEN:
            out += f" {pfx}nflog-size {length}"
        elif length:
            out += f" {pfx}nflog-range {length}"
        threshold = v.get("nflog-threshold", DEFAULT_THRESHOLD)
        if threshold != DEFAULT_THRESHOLD:
            out += f" {pfx}nflog-threshold {threshold}"
        return out

    def print(self, numeric):
        return self._text("")

    def save(self):
        return self._text("--")

    def compile(self):
        prefix = self.v.get("nflog-prefix", "")
        group = self.v.get("nflog-group", 0)

        def nflog_tg(pkt, par):
            line = NflogLine(prefix + dump_packet(pkt, par, 0))
            line.level, line.target, line.group = None, "NFLOG", group
            par.log(line)
            return XT_CONTINUE
        return nflog_tg


register(Nflog)
