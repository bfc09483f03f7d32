"""-j NFQUEUE (revision 3): hand the packet to a userspace queue (xt_NFQUEUE).

The verdict is NF_QUEUE | queue << 16, plus NF_VERDICT_FLAG_QUEUE_BYPASS with --queue-bypass.
Nothing listens on a queue in the emulator, so whoever runs the hook must treat a queue verdict as
nf_queue() does without a listener: drop, or with the bypass flag go on with the next hook
function as after NF_ACCEPT (`queue_verdict()` says which). --queue-balance picks the queue by a
flow hash seeded at boot (the emulator uses the first queue: every queue is equally absent).
"""
from __future__ import annotations

from ...xtables import NF_ACCEPT, NF_DROP, NF_QUEUE, KernelError, Opt, ParamError, Target, register
from .tgutil import uint_opt, xt_strtoul

NF_VERDICT_QBITS = 16
NF_VERDICT_FLAG_QUEUE_BYPASS = 0x8000
NFQ_FLAG_BYPASS, NFQ_FLAG_CPU_FANOUT = 1, 2


def queue_verdict(verdict: int) -> int:
    """What a queue verdict amounts to with no listener on the queue (nf_queue() -> -ESRCH)."""
    return NF_ACCEPT if verdict & NF_VERDICT_FLAG_QUEUE_BYPASS else NF_DROP


def parse_balance(arg: str, ext):
    """XTTYPE_UINT16RC (xtopt_parse_mint): up to two ':'-separated values; returns (values, arg)."""
    vals, pos = [], 0
    while True:
        if len(vals) == 2:
            raise ParamError(f'{ext.ext_name}: Too many components for option "--queue-balance" (max: 2)\n')
        rest = arg[pos:]
        if rest == "" or rest[0] == ":":
            v, end = (0xFFFF if len(vals) == 1 else 0), pos
        else:
            v, e = xt_strtoul(rest, 0, 0xFFFF)
            if v is None:
                raise ParamError(f'{ext.ext_name}: bad value for option "--queue-balance" near "{rest}", '
                                 f"or out of range (0-65535).\n")
            end = pos + e
            if end < len(arg) and arg[end] != ":":
                raise ParamError(f'{ext.ext_name}: Argument to "--queue-balance" has unexpected characters '
                                 f'near "{arg[end:]}".\n')
        vals.append(v)
        if end >= len(arg):
            return vals, arg
        pos = end + 1


class Nfqueue(Target):
    NAME = "NFQUEUE"
    REVISION = 3
    HELP = ("NFQUEUE target options\n"
            "  --queue-num value            Send packet to QUEUE number <value>.\n"
            "                               Valid queue numbers are 0-65535\n"
            "  --queue-balance first:last   Balance flows between queues <value> to <value>.\n"
            "  --queue-bypass               Bypass Queueing if no queue instance exists.\n"
            "  --queue-cpu-fanout\tUse current CPU (no hashing)\n")
    OPTIONS = (
        Opt("queue-num", uint_opt("queue-num", 0, 0xFFFF), excl=("queue-balance",)),
        Opt("queue-balance", parse_balance, excl=("queue-num",)),
        Opt("queue-bypass", "none", nargs=0),
        Opt("queue-cpu-fanout", "none", nargs=0, also=("queue-balance",)),
    )

    def parse(self, opt, arg, invert, ctx):
        v = self.v
        if opt.name == "queue-num":
            v["queuenum"] = arg
        elif opt.name == "queue-balance":
            vals, text = arg
            if len(vals) != 2:
                raise ParamError(f'Bad range "{text}"')
            lo, hi = vals
            if lo >= hi:
                raise ParamError(f"{lo} should be less than {hi}")
            v["queuenum"], v["total"] = lo, (hi - lo + 1) & 0xFFFF
        elif opt.name == "queue-bypass":
            v["flags"] = v.get("flags", 0) | NFQ_FLAG_BYPASS
        else:
            v["flags"] = v.get("flags", 0) | NFQ_FLAG_CPU_FANOUT

    def _parts(self):
        num, total = self.v.get("queuenum", 0), self.v.get("total", 1)
        flags = self.v.get("flags", 0)
        return num, total, flags

    def check_entry(self, table, hookmask, rule):
        num, total, _ = self._parts()
        if total == 0:                 # "number of total queues is 0"
            raise KernelError()
        if total - 1 + num > 0xFFFF:   # "number of queues (%u) out of range (got %u)"
            raise KernelError("Numerical result out of range.")

    def _text(self, balance: str, num_word: str, bypass: str, fanout: str) -> str:
        num, total, flags = self._parts()
        if total > 1:
            out = f" {balance} {num}:{num + total - 1}"
        else:
            out = f" {num_word} {num}"
        if flags & NFQ_FLAG_BYPASS:
            out += f" {bypass}"
        if flags & NFQ_FLAG_CPU_FANOUT:
            out += f" {fanout}"
        return out

    def print(self, numeric):
        return " NFQUEUE" + self._text("balance", "num", "bypass", "cpu-fanout")

    def save(self):
        return self._text("--queue-balance", "--queue-num", "--queue-bypass", "--queue-cpu-fanout")

    def compile(self):
        num, _total, flags = self._parts()
        verdict = NF_QUEUE | num << NF_VERDICT_QBITS
        if flags & NFQ_FLAG_BYPASS:
            verdict |= NF_VERDICT_FLAG_QUEUE_BYPASS

        def nfqueue_tg(pkt, par):
            return verdict
        return nfqueue_tg


register(Nfqueue)
