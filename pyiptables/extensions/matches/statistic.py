"""-m statistic: random or every-nth sampling (xt_statistic).

The nth counter lives in ext.state["count"] (a one-item list the compiled match updates in place).
The kernel allocates it in checkentry, so every table replace restarts it at every - packet.
"""
from __future__ import annotations

import math
import random

from ...xtables import Match, Opt, ParamError, register

RANDOM, NTH = 0, 1


def _probability(p: float) -> int:
    """lround(0x80000000 * p) into a u32 (a NaN gives lround's LONG_MIN, whose low bits are 0)."""
    if math.isnan(p):
        return 0
    return math.floor(0x80000000 * p + 0.5) & 0xFFFFFFFF


class Statistic(Match):
    NAME = "statistic"
    HELP = ("statistic match options:\n"
            " --mode mode                    Match mode (random, nth)\n"
            " random mode:\n"
            "[!] --probability p\t\t Probability\n"
            " nth mode:\n"
            "[!] --every n\t\t\t Match every nth packet\n"
            " --packet p\t\t\t Initial counter value (0 <= p <= n-1, default 0)\n")
    OPTIONS = (
        Opt("mode", "string", mandatory=True),
        Opt("probability", "double", invert=True, min=0, max=1, excl=("every", "packet")),
        Opt("every", "uint32", invert=True, min=1, excl=("probability",), also=("packet",)),
        Opt("packet", "uint32", excl=("probability",), also=("every",)),
    )

    def parse(self, opt, arg, invert, ctx):
        if invert:
            self.v["invert"] = True         # any inverted option inverts the whole match
        if opt.name == "mode":
            if arg not in ("random", "nth"):
                raise ParamError(f'Bad mode "{arg}"')
            self.v["mode"] = RANDOM if arg == "random" else NTH
        elif opt.name == "probability":
            self.v["probability"] = _probability(arg)
        elif opt.name == "every":
            self.v["every"] = (arg - 1) & 0xFFFFFFFF       # stored as n - 1
        else:
            self.v["packet"] = arg

    def final_check(self, ctx):
        mode = self.v.setdefault("mode", RANDOM)       # xt_statistic_info starts zeroed
        if mode == RANDOM and "probability" not in self.seen:
            raise ParamError("--probability must be specified when using random mode")
        if mode == NTH and "every" not in self.seen and "packet" not in self.seen:
            raise ParamError("--every and --packet must be specified when using nth mode")
        # --probability and --every share the first word of xt_statistic_info's union: the check
        # reads whichever was given last, in either mode
        every = 0
        for key in self.seen:
            if key in ("every", "probability"):
                every = self.v[key]
        if self.v.get("packet", 0) > every:
            raise ParamError("the --packet p must be 0 <= p <= n-1")

    @property
    def _count0(self) -> int:
        return (self.v.get("every", 0) - self.v.get("packet", 0)) & 0xFFFFFFFF

    def check_entry(self, table, hookmask, rule):
        # statistic_mt_check allocates the shared counter afresh at every table load
        self.state["count"] = [self._count0]

    def _text(self, prefix: str) -> str:
        inv = " !" if self.v.get("invert") else ""
        if self.v.get("mode") == RANDOM:
            p = self.v.get("probability", 0) / 0x80000000
            return f" {prefix}mode random{inv} {prefix}probability {p:.11f}"
        every, packet = self.v.get("every", 0), self.v.get("packet", 0)
        out = f" {prefix}mode nth{inv} {prefix}every {(every + 1) & 0xFFFFFFFF}"
        if packet or prefix:
            out += f" {prefix}packet {packet}"
        return out

    def save(self):
        return self._text("--")

    def print(self, numeric):
        return " statistic" + self._text("")

    def compile(self):
        inv = bool(self.v.get("invert"))
        if self.v.get("mode") == RANDOM:
            prob = self.v.get("probability", 0)
            rand = random.getrandbits

            def statistic_random(pkt, par):
                return (rand(31) < prob) ^ inv
            return statistic_random
        every = self.v.get("every", 0)
        cell = self.state.setdefault("count", [self._count0])

        def statistic_nth(pkt, par):
            n = cell[0]
            n = 0 if n == every else n + 1
            cell[0] = n
            return (n == 0) ^ inv
        return statistic_nth


register(Statistic)
