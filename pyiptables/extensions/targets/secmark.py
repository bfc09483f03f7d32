"""-j SECMARK --selctx CONTEXT: label packets for an LSM (xt_SECMARK, revision 1).

Only mangle and security (EINVAL elsewhere). The kernel then maps the context to a secid through
the running LSM; this kernel (like the emulated host) runs no LSM that has secids, so the mapping
gives 0 and the rule is refused with ENOENT ("unable to map security context"), as measured."""
from __future__ import annotations

from ...xtables import KernelError, Opt, Target, register
from .tgutil import string_opt

SECMARK_SECCTX_MAX = 256


class Secmark(Target):
    NAME = "SECMARK"
    REVISION = 1
    HELP = ("SECMARK target options:\n"
            "  --selctx value                     Set the SELinux security context\n")
    TABLES = ("mangle", "security")
    OPTIONS = (Opt("selctx", string_opt(size=SECMARK_SECCTX_MAX), mandatory=True),)

    def check_entry(self, table, hookmask, rule):
        raise KernelError("No chain/target/match by that name.")

    def print(self, numeric):
        return f" SECMARK selctx {self.v['selctx']}"

    def save(self):
        return f" --selctx {self.v['selctx']}"

    def compile(self):
        raise NotImplementedError("target SECMARK: no LSM, the kernel refuses every such rule")


register(Secmark)
