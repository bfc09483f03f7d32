"""-m limit: a token bucket shared by every packet the rule sees (xt_limit), in the kernel's units:
rates are periods in 1/10000 s (XT_LIMIT_SCALE), credits accrue per jiffy at HZ=250."""
from __future__ import annotations

from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import c_decimal, print_unit, rate_unit

XT_LIMIT_SCALE = 10000
HZ = 250
CREDITS_PER_JIFFY = 128            # largest power of two <= 0xFFFFFFFF // (HZ * 86400)
U32 = 0xFFFFFFFF
DEFAULT_AVG = XT_LIMIT_SCALE * 3600 // 3    # "3/hour"
DEFAULT_BURST = 5
PRINT_UNITS = (("day", XT_LIMIT_SCALE * 86400), ("hour", XT_LIMIT_SCALE * 3600),
               ("min", XT_LIMIT_SCALE * 60), ("sec", XT_LIMIT_SCALE))


def c_atoi(s: str) -> int:
    """atoi(): blanks, a sign, decimal digits; stops at anything else; wraps to 32 bits like the
    int it returns."""
    neg, v, _ = c_decimal(s)
    v = v or 0
    return ((-v if neg else v) & U32)


def parse_rate(rate: str, what: str = "rate") -> int | None:
    """N[/second|/minute|/hour|/day] (any prefix of the unit) -> the period in XT_LIMIT_SCALE units,
    None when it is no rate at all."""
    mult = rate_unit(rate)
    if mult is None:
        return None
    r = c_atoi(rate)
    if r == 0:
        return None
    period = (XT_LIMIT_SCALE * mult) // r
    if period == 0:
        raise ParamError(f'Rate too fast "{rate}"')
    return period


def rate_text(period: int) -> str:
    """print_rate(): the largest unit that still shows the period without losing much."""
    if period == 0:
        return "inf"
    name, mult = print_unit(period, PRINT_UNITS)
    return f"{mult // period}/{name}"


def user2credits(user: int) -> int:
    """The kernel's conversion of a period to credits, with its u32 arithmetic."""
    if user > U32 // (HZ * CREDITS_PER_JIFFY):
        return ((user // XT_LIMIT_SCALE) * HZ * CREDITS_PER_JIFFY) & U32
    return (user * HZ * CREDITS_PER_JIFFY) // XT_LIMIT_SCALE


def _parse_limit(arg, ext):
    period = parse_rate(arg)
    if period is None:
        raise ParamError(f"bad rate \"{arg}\"'")
    return period


class Limit(Match):
    NAME = "limit"
    HELP = ("limit match options:\n"
            "--limit avg\t\t\tmax average match rate: default 3/hour\n"
            "                                [Packets per second unless followed by \n"
            "                                /sec /minute /hour /day postfixes]\n"
            "--limit-burst number\t\tnumber to match in a burst, default 5\n")
    OPTIONS = (
        Opt("limit", _parse_limit),
        Opt("limit-burst", "uint32", max=10000),
    )

    def avg_burst(self):
        return self.v.get("limit", DEFAULT_AVG), self.v.get("limit-burst", DEFAULT_BURST)

    def check_entry(self, table, hookmask, rule):
        avg, burst = self.avg_burst()
        if burst == 0 or user2credits((avg * burst) & U32) < user2credits(avg):
            raise KernelError("Numerical result out of range.")

    def save(self):
        avg, burst = self.avg_burst()
        return f" --limit {rate_text(avg)}" + (f" --limit-burst {burst}" if burst != DEFAULT_BURST else "")

    def print(self, numeric):
        avg, burst = self.avg_burst()
        return f" limit: avg {rate_text(avg)} burst {burst}"

    def compile(self):
        avg, burst = self.avg_burst()
        cap = user2credits((avg * burst) & U32)
        cost = user2credits(avg)
        # [prev jiffies or None before the first packet, credit]; kept in state across replays
        bucket = self.state.setdefault("bucket", [None, cap])

        def limit_mt(pkt, par):
            now = int(par.now * HZ)
            prev = bucket[0]
            if prev is None:
                prev = now
            credit = bucket[1] + (now - prev) * CREDITS_PER_JIFFY if now > prev else bucket[1]
            bucket[0] = now
            if credit > cap:
                credit = cap
            if credit >= cost:
                bucket[1] = credit - cost
                return True
            bucket[1] = credit
            return False
        return limit_mt


register(Limit)
