"""-j ULOG: the pre-NFLOG netlink logging target (ipt_ULOG). The measured kernel has no ipt_ULOG
(removed from Linux in 3.17): iptables still ships libipt_ULOG, warns when it loads it, and every
rule is refused with ENOENT; the emulated kernel does the same after the options are parsed and
checked as libipt_ULOG does."""
from __future__ import annotations

from ...xtables import KernelError, Opt, Target, register
from .tgutil import revision_probe_fails, string_opt, uint_opt

PREFIX_LEN = 32                     # ULOG_PREFIX_LEN
MAX_QLEN = 50                       # ULOG_MAX_QLEN

class Ulog(Target):
    NAME = "ULOG"
    HELP = ("ULOG target options:\n"
            " --ulog-nlgroup nlgroup\t\tNETLINK group used for logging\n"
            " --ulog-cprange size\t\tBytes of each packet to be passed\n"
            " --ulog-qthreshold\t\tThreshold of in-kernel queue\n"
            " --ulog-prefix prefix\t\tPrefix log messages with this prefix.\n")
    OPTIONS = (
        Opt("ulog-nlgroup", uint_opt("ulog-nlgroup", 1, 32)),
        Opt("ulog-prefix", string_opt(min_len=1, size=PREFIX_LEN)),
        Opt("ulog-cprange", uint_opt("ulog-cprange", 0, 0xFFFFFFFFFFFFFFFF)),
        Opt("ulog-qthreshold", uint_opt("ulog-qthreshold", 1, MAX_QLEN)),
    )

    def __init__(self):
        super().__init__()
        revision_probe_fails("ULOG")

    def check_entry(self, table, hookmask, rule):
        raise KernelError("No chain/target/match by that name.")

    def print(self, numeric):
        v = self.v
        prefix = v.get("ulog-prefix")
        # copy_range is a size_t printed with %u
        return (f" ULOG copy_range {v.get('ulog-cprange', 0) & 0xFFFFFFFF} nlgroup {v.get('ulog-nlgroup', 1)} "
                + (f'prefix "{prefix}" ' if prefix else "") + f"queue_threshold {v.get('ulog-qthreshold', 1)}")

    def save(self):
        # never reached with this kernel (no rule is ever loaded), like libipt_ULOG's save
        v = self.v
        out = f' --ulog-prefix "{v["ulog-prefix"]}"' if v.get("ulog-prefix") else ""
        if v.get("ulog-nlgroup", 1) != 1:
            out += f" --ulog-nlgroup {v['ulog-nlgroup']}"
        if v.get("ulog-cprange"):
            out += f" --ulog-cprange {v['ulog-cprange'] & 0xFFFFFFFF}"
        if v.get("ulog-qthreshold", 1) != 1:
            out += f" --ulog-qthreshold {v['ulog-qthreshold']}"
        return out

    def compile(self):
        raise NotImplementedError("target ULOG: the kernel has no ipt_ULOG, every such rule is refused")


register(Ulog)
