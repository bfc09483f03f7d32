"""-j RATEEST: feed a named rate estimator (xt_RATEEST, net/core/gen_estimator.c).

--rateest-interval and --rateest-ewmalog are read as in iproute2 (a bare number is microseconds)
and turned into the estimator's interval (-2..3: 250 ms << (interval + 2)) and ewma_log the way
libxt_RATEEST does; printing them back shows 250 ms << (interval + 2) and that times 2**ewma_log,
not what was typed. The estimators live in the namespace by name: the first rule to load a name
creates it; a rule naming an existing one with other parameters is refused (EINVAL); the last
rule (RATEEST or rateest match) to go frees it.

At run time the target adds each packet's length and 1 to the estimator and continues. Every
((HZ/4) << (interval + 2)) jiffies (HZ 250: 248 ms at the shortest) a timer folds what was
counted since into the averages: avg += (delta << (10 - interval - 2) >> ewma_log) - (avg >>
ewma_log), kept as 2**8 times the rate; the rateest match reads avg >> 8 (bytes and packets per
second). The timers run on the capture clock; the first fires one period after the first packet
the estimator sees (on a real box, one period after the rule was loaded: the phase is the load's)."""
from __future__ import annotations

import math

from ...xtables import XT_CONTINUE, KernelError, Opt, ParamError, Target, register
from ...xtoptions import c_double_to_u32, strtod_end
from .tgutil import string_opt

IFNAMSIZ = 16
TIME_UNITS_PER_SEC = 1000000
HZ = 250
M64 = (1 << 64) - 1
# an estimator: [interval, ewma_log, bytes, packets, last_bytes, last_packets, avbps, avpps, next_tick]
INTERVAL, EWMA, BYTES, PACKETS, LAST_B, LAST_P, AVBPS, AVPPS, NEXT = range(9)
UNITS = ((("s", "sec", "secs"), TIME_UNITS_PER_SEC), (("ms", "msec", "msecs"), TIME_UNITS_PER_SEC // 1000),
         (("us", "usec", "usecs"), TIME_UNITS_PER_SEC // 1000000))


def get_time(arg: str):
    """RATEEST_get_time(): microseconds (strtod, then an optional s/ms/us suffix, any case), stored
    in an unsigned int; None when unparsable."""
    t, end = strtod_end(arg)
    if t is None:
        return None
    rest = arg[end:].lower()
    if rest:
        scale = next((k for names, k in UNITS if rest in names), None)
        if scale is None:
            return None
        t *= scale
    return c_double_to_u32(t)


def _time(what: str):
    def conv(arg: str, ext):
        v = get_time(arg)
        if v is None:
            raise ParamError(f'RATEEST: bad {what} value "{arg}"')
        return v
    return conv


def print_time(t: int) -> str:
    if t >= TIME_UNITS_PER_SEC:
        return f"{t / TIME_UNITS_PER_SEC:.1f}s"
    if t >= TIME_UNITS_PER_SEC // 1000:
        return f"{t / (TIME_UNITS_PER_SEC // 1000):.1f}ms"
    return f"{t}us"


def estimator_params(interval_us: int, ewma_us: int) -> tuple[int, int]:
    """RATEEST_final_check(): (interval, ewma_log) or the ParamError libxt_RATEEST raises."""
    interval = 0
    while interval <= 5 and interval_us > (1 << interval) * (TIME_UNITS_PER_SEC // 4):
        interval += 1
    if interval > 5:
        raise ParamError("RATEEST: interval value is too large")
    ewma = 1
    while ewma < 32:
        shift = 1 << ewma if ewma < 31 else -(1 << 31)      # an int: 1 << 31 is INT_MIN
        w = 1.0 - 1.0 / shift
        if interval_us / -math.log(w) > ewma_us:
            break
        ewma += 1
    ewma -= 1
    if ewma == 0 or ewma >= 31:
        raise ParamError("RATEEST: ewmalog value is out of range")
    return interval - 2, ewma


def period(interval: int) -> float:
    """The estimator timer's period in seconds: (HZ/4) << (interval + 2) jiffies."""
    return ((HZ // 4) << (interval + 2)) / HZ


def advance(est: list, now: float) -> None:
    """Run the timer ticks due by `now` (est_timer())."""
    nxt = est[NEXT]
    if nxt is None:
        est[NEXT] = now + period(est[INTERVAL])
        return
    if now < nxt:
        return
    step = period(est[INTERVAL])
    log = est[INTERVAL] + 2
    e = est[EWMA]
    while nxt <= now:
        db, dp = (est[BYTES] - est[LAST_B]) & M64, (est[PACKETS] - est[LAST_P]) & M64
        avb, avp = est[AVBPS], est[AVPPS]
        if not db and not dp and not avb >> e and not avp >> e:
            nxt += step * (int((now - nxt) // step) + 1)      # nothing changes any more: skip
            break
        est[AVBPS] = (avb + ((db << (10 - log)) >> e) - (avb >> e)) & M64
        est[AVPPS] = (avp + ((dp << (10 - log)) >> e) - (avp >> e)) & M64
        est[LAST_B], est[LAST_P] = est[BYTES], est[PACKETS]
        nxt += step
    est[NEXT] = nxt


def estimators(state) -> dict:
    return state.setdefault("xt_rateest", {}) if isinstance(state, dict) else {}


class Rateest(Target):
    NAME = "RATEEST"
    HELP = ("RATEEST target options:\n"
            "  --rateest-name name\t\tRate estimator name\n"
            "  --rateest-interval sec\tRate measurement interval in seconds\n"
            "  --rateest-ewmalog value\tRate measurement averaging time constant\n")
    OPTIONS = (
        Opt("rateest-name", string_opt(size=IFNAMSIZ), mandatory=True),
        Opt("rateest-interval", _time("interval"), mandatory=True),
        Opt("rateest-ewmalog", _time("ewmalog"), mandatory=True),
    )

    def final_check(self, ctx):
        self.v["params"] = estimator_params(self.v.get("rateest-interval", 0), self.v.get("rateest-ewmalog", 0))

    def check_shared(self, shared):
        """xt_rateest_tg_checkentry(): find the estimator by name or create it."""
        ests = shared.setdefault("xt_rateest", {})
        interval, ewma = self.v["params"]
        est = ests.get(self.v["rateest-name"])
        if est is None:
            ests[self.v["rateest-name"]] = [interval, ewma, 0, 0, 0, 0, 0, 0, None]
        elif (est[INTERVAL], est[EWMA]) != (interval, ewma):
            raise KernelError()

    def _show(self, prefix: str) -> str:
        interval, ewma = self.v["params"]
        t = (TIME_UNITS_PER_SEC << (interval + 2)) // 4
        return (f" {prefix}name {self.v['rateest-name']} {prefix}interval {print_time(t)} "
                f"{prefix}ewmalog {print_time((t << ewma) & 0xFFFFFFFF)}")

    def save(self):
        return self._show("--rateest-")

    def print(self, numeric):
        return self._show("")

    def compile(self):
        name = self.v["rateest-name"]
        cache = [object(), None]

        def rateest_tg(pkt, par):
            st = par.state
            if cache[0] is not st:
                cache[0], cache[1] = st, estimators(st).get(name)
            est = cache[1]
            if est is not None:
                advance(est, par.now)
                est[BYTES] += pkt.len
                est[PACKETS] += 1
            return XT_CONTINUE
        return rateest_tg


def names_in_use(rs) -> set:
    """The estimator names some RATEEST target or rateest match of any table holds."""
    names = set()
    for t in rs.tables.values():
        for c in t.chains.values():
            if not c.loaded and not any(" RATEEST " in x[0] or "-m rateest " in x[0] for x in c.texts()):
                continue
            for r in c.rules:
                if isinstance(r.target, Rateest):
                    names.add(r.target.v["rateest-name"])
                for m in r.matches:
                    if m.NAME == "rateest":
                        names.update(m.names())
    return names


register(Rateest)
