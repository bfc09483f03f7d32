"""-j IDLETIMER --timeout SECONDS --label NAME [--alarm] (revision 1): (re)arm a timer that notifies
userspace through sysfs when no packet hit the rule for SECONDS (xt_IDLETIMER). The packet itself
is untouched (XT_CONTINUE); the timer has no effect on the emulated traffic.

Kernel checks, as measured: timeout 1..2147482 (INT_MAX / 1000), a non-empty label without '/'
(it becomes a sysfs file name). Not emulated: the kernel's timers are global, so a label reused
with the other timer type (--alarm or not) is refused there (EINVAL) even across namespaces."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, KernelError, Opt, Target, register
from .tgutil import string_opt, uint_opt

MAX_LABEL_SIZE = 28


class Idletimer(Target):
    NAME = "IDLETIMER"
    REVISION = 1
    HELP = ("IDLETIMER target options:\n"
            " --timeout time\tTimeout until the notification is sent (in seconds)\n"
            " --label string\tUnique rule identifier\n"
            " --alarm\tUse alarm instead of default timer\n"
            "\n")
    OPTIONS = (
        Opt("timeout", uint_opt("timeout", 0, 0xFFFFFFFF), mandatory=True),
        Opt("label", string_opt(size=MAX_LABEL_SIZE), mandatory=True),
        Opt("alarm", "none", nargs=0),
    )

    def check_entry(self, table, hookmask, rule):
        if not 0 < self.v["timeout"] < 0x7FFFFFFF // 1000:
            raise KernelError()             # "timeout value is zero" / "too big"
        label = self.v["label"]
        if not label or "/" in label:
            raise KernelError()

    def print(self, numeric):
        return f" timeout:{self.v['timeout']} label:{self.v['label']}" + (" alarm" if "alarm" in self.v else "")

    def save(self):
        return f" --timeout {self.v['timeout']} --label {self.v['label']}" + (" --alarm" if "alarm" in self.v else "")

    def compile(self):
        def idletimer_tg(pkt, par):
            return XT_CONTINUE
        return idletimer_tg


register(Idletimer)
