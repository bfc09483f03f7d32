"""The units of -m hashlimit (libxt_hashlimit revision 3 and xt_hashlimit): packet rates as periods
in 1/1000000 s, byte rates as a "cost" per 16-byte chunk, both read and printed with the tools'
own integer arithmetic (its 32- and 64-bit wrap-arounds included)."""
from __future__ import annotations

import signal

from ...errors import Crash
from ...xtables import ParamError
from ...xtoptions import c_decimal, print_unit, rate_unit

U32 = 0xFFFFFFFF
U64 = (1 << 64) - 1
SCALE = 1000000                 # XT_HASHLIMIT_SCALE_v2
BYTE_SHIFT = 4                  # XT_HASHLIMIT_BYTE_SHIFT: byte rates count 16-byte chunks
BURST_MAX = 1000000
BYTE_EXPIRE, BYTE_EXPIRE_BURST = 15, 60     # default htable-expire (s) of a byte rate
PRINT_UNITS = (("day", SCALE * 86400), ("hour", SCALE * 3600), ("min", SCALE * 60), ("sec", SCALE))
BYTE_UNITS = (("m", 1 << 20), ("k", 1 << 10))


def atoll(s: str) -> int:
    """atoll() as an unsigned 64-bit value: blanks, a sign, decimal digits; saturates at the
    long long limits like strtoll; a negative value wraps."""
    neg, v, _ = c_decimal(s)
    v = v or 0
    v = min(v, (1 << 63) if neg else (1 << 63) - 1)
    return (-v if neg else v) & U64


def atoi(s: str) -> int:
    """atoi(): strtol's saturated long, truncated to a signed int."""
    v = atoll(s)
    if v >> 63:
        v = max(v - (1 << 64), -(1 << 63))
    v &= U32
    return v - (1 << 32) if v >> 31 else v


def factor(c: str) -> int:
    return 1 << 20 if c == "m" else 1 << 10 if c == "k" else 1


def bytes_to_cost(nbytes: int) -> int:
    d = (((nbytes >> BYTE_SHIFT) & U32) + 1) & U32
    if d == 0:
        raise Crash(signal.SIGFPE)      # UINT32_MAX / 0
    return U32 // d


def cost_to_bytes(cost: int) -> int:
    r = U32 // cost if cost else U32
    return ((r - 1) << BYTE_SHIFT) & U64


def parse_bytes(arg: str):
    """`N[k|m]b/s` anywhere in the word -> (cost, BYTE_EXPIRE), None if it is no byte rate."""
    at = arg.find("b/s")
    if at <= 0:
        return None
    r = atoll(arg)
    if r == 0:
        return None
    return bytes_to_cost((r * factor(arg[at - 1])) & U64), BYTE_EXPIRE


def parse_packets(arg: str):
    """`N[/second|/minute|/hour|/day]` (any prefix of the unit) -> (period, unit in s), None when
    it is no rate; a period of 0 is refused."""
    mult = rate_unit(arg)
    if mult is None:
        return None
    r = atoll(arg)
    if r == 0:
        return None
    period = SCALE * mult // r
    if period == 0:
        raise ParamError(f'Rate too fast "{arg}"')
    return period, mult


def rate_text(period: int) -> tuple[str, int]:
    """print_rate(): the text and its unit in ms (the htable-expire that goes unsaid)."""
    if period == 0:
        return "inf", 0
    name, mult = print_unit(period, PRINT_UNITS)
    return f"{mult // period}/{name}", mult // SCALE * 1000


def bytes_text(cost: int, burst: int, prefix: str) -> tuple[str, int]:
    """print_bytes(): the rate (in the largest unit that reads back as the same cost; the unit's
    mask is a 32-bit one) and, with a burst, ` <prefix>burst` in the largest unit it reaches."""
    r = cost_to_bytes(cost)
    text = f" {r}b/s"
    for name, thresh in BYTE_UNITS:
        if r >= thresh and bytes_to_cost(r & (~(thresh - 1) & U32)) == cost:
            text = f" {r // thresh}{name}b/s"
            break
    if burst == 0:
        return text, BYTE_EXPIRE * 1000
    r = (r * burst) & U64
    unit = f"{r}b"
    for name, thresh in BYTE_UNITS:
        if r >= thresh:
            unit = f"{r // thresh}{name}b"
            break
    return f"{text} {prefix}burst {unit}", BYTE_EXPIRE_BURST * 1000
