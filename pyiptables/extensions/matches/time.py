"""-m time: wall-clock windows (xt_time). The kernel reads the clock when the packet is filtered;
a replay reads the capture clock instead (par.now), in UTC, or shifted by the kernel's sys_tz
with --kerneltz (sys_tz is 0 minutes west unless settimeofday set it; we take 0).
"""
from __future__ import annotations

import calendar
import sys
import time as _time

from ...xtables import KernelError, Match, Opt, ParamError, register

ALL_MONTHDAYS = 0xFFFFFFFE
ALL_WEEKDAYS = 0xFE
MIN_DAYTIME, MAX_DAYTIME = 0, 24 * 60 * 60 - 1
INT_MAX = 0x7FFFFFFF
LOCAL_TZ, CONTIGUOUS = 1, 2                  # XT_TIME_* flags
WEEK_DAYS = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
KERNEL_TZ_MINUTESWEST = 0


def _strtoul10(s: str):
    """C strtoul(s, &e, 10): (value, rest); value 0 and rest s when no digits (ULONG wraps for '-')."""
    i, n = 0, len(s)
    while i < n and s[i] in " \t\n\v\f\r":
        i += 1
    neg = False
    if i < n and s[i] in "+-":
        neg = s[i] == "-"
        i += 1
    j = i
    while j < n and s[j].isdigit() and s[j].isascii():
        j += 1
    if j == i:
        return 0, s
    v = int(s[i:j])
    if v > 0xFFFFFFFFFFFFFFFF:
        v = 0xFFFFFFFFFFFFFFFF
    elif neg:
        v = (-v) & 0xFFFFFFFFFFFFFFFF
    return v, s[j:]


def parse_date(arg: str) -> int:
    """YYYY[-MM[-DD[Thh[:mm[:ss]]]]] in UTC -> seconds since the epoch."""
    bad = ParamError(f'Invalid date "{arg}" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]')
    fields = [1970, 1, 1, 0, 0, 0]
    limits = ((1970, 2038), (0, 12), (0, 31), (0, 23), (0, 59), (0, 59))
    seps = ("-", "-", "T", ":", ":", "")
    s = arg
    for k in range(6):
        v, rest = _strtoul10(s)
        lo, hi = limits[k]
        if (rest[:1] not in (seps[k], "") or (k == 5 and rest)) or v < lo or v > hi:
            raise bad
        fields[k] = v
        if not rest:
            break
        s = rest[1:]
    y, mo, d, h, mi, sec = fields
    # mktime() in UTC normalises out-of-range days/months (month 0 is December of the year before)
    return calendar.timegm((y, mo, d, h, mi, sec, 0, 0, 0)) if mo else \
        calendar.timegm((y - 1, 12, d, h, mi, sec, 0, 0, 0))


def parse_daytime(arg: str) -> int:
    s = arg

    def bad(seg):
        return ParamError(f'invalid time "{seg}" specified, should be hh:mm[:ss] format and within the boundaries')
    hour, rest = _strtoul10(s)
    if rest[:1] != ":" or hour > 23:
        raise bad(s)
    s = rest[1:]
    minute, rest = _strtoul10(s)
    if rest[:1] not in (":", "") or minute > 59:
        raise bad(s)
    second = 0
    if rest:
        s = rest[1:]
        second, rest = _strtoul10(s)
        if rest or second > 59:
            raise bad(s)
    return 3600 * hour + 60 * minute + second


def _segments(arg: str, width: int):
    """my_strseg: comma-separated pieces, each cut to `width` characters."""
    while arg:
        seg, sep, rest = arg.partition(",")
        yield seg[:width]
        if not sep:
            return
        arg = rest


def _strtoul0(s: str):
    from ...xtoptions import strtoul_end
    v, end = strtoul_end(s)
    if v is None:
        return 0, s
    return v, s[end:]


def parse_monthdays(arg: str) -> int:
    ret = 0
    for day in _segments(arg, 2):
        i, rest = _strtoul0(day)
        if rest[:1] not in (",", "") or i > 31:
            raise ParamError(f"{day} is not a valid day for --monthdays")
        ret |= 1 << i
    return ret & 0xFFFFFFFF


def parse_weekdays(arg: str) -> int:
    ret = 0
    for day in _segments(arg, 3):
        i, rest = _strtoul0(day)
        if not rest:
            if i == 0:
                raise ParamError("No, the week does NOT begin with Sunday.")
            ret |= 1 << i if i < 32 else 0
            continue
        valid = False
        for n in range(1, 8):
            if day[:2] == WEEK_DAYS[n][:2]:
                ret |= 1 << n
                valid = True
        if not valid:
            raise ParamError(f"{day} is not a valid day specifier")
    return ret & 0xFF


def _hms(t: int) -> str:
    return f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"


def _date(t: int, sep: str) -> str:
    return _time.strftime(f"%Y-%m-%d{sep}%H:%M:%S", _time.gmtime(t))


class Time(Match):
    NAME = "time"
    HELP = ("time match options:\n"
            "    --datestart time     Start and stop time, to be given in ISO 8601\n"
            "    --datestop time      (YYYY[-MM[-DD[Thh[:mm[:ss]]]]])\n"
            "    --timestart time     Start and stop daytime (hh:mm[:ss])\n"
            "    --timestop time      (between 00:00:00 and 23:59:59)\n"
            "[!] --monthdays value    List of days on which to match, separated by comma\n"
            "                         (Possible days: 1 to 31; defaults to all)\n"
            "[!] --weekdays value     List of weekdays on which to match, sep. by comma\n"
            "                         (Possible days: Mon,Tue,Wed,Thu,Fri,Sat,Sun or 1 to 7\n"
            "                         Defaults to all weekdays.)\n"
            "    --kerneltz           Work with the kernel timezone instead of UTC\n")
    OPTIONS = (
        Opt("datestart", "string"),
        Opt("datestop", "string"),
        Opt("timestart", "string"),
        Opt("timestop", "string"),
        Opt("contiguous", "none", nargs=0),
        Opt("weekdays", "string", invert=True, id=6),
        Opt("monthdays", "string", invert=True, id=5),
        Opt("localtz", "none", nargs=0, excl=("utc",)),
        Opt("utc", "none", nargs=0, excl=("localtz", "kerneltz")),
        Opt("kerneltz", "none", nargs=0, excl=("utc",)),
    )

    def _info(self):
        v = self.v
        if "date_start" not in v:
            v.update(date_start=0, date_stop=INT_MAX, daytime_start=MIN_DAYTIME, daytime_stop=MAX_DAYTIME,
                     monthdays=ALL_MONTHDAYS, weekdays=ALL_WEEKDAYS, flags=0)
        return v

    def parse(self, opt, arg, invert, ctx):
        v = self._info()
        name = opt.name
        if name == "datestart":
            v["date_start"] = parse_date(arg) & 0xFFFFFFFF
        elif name == "datestop":
            v["date_stop"] = parse_date(arg) & 0xFFFFFFFF
        elif name == "timestart":
            v["daytime_start"] = parse_daytime(arg)
        elif name == "timestop":
            v["daytime_stop"] = parse_daytime(arg)
        elif name == "contiguous":
            v["flags"] |= CONTIGUOUS
        elif name in ("localtz", "kerneltz"):
            if name == "localtz":
                sys.stderr.write('WARNING: --localtz is being replaced by --kerneltz, since "local" is '
                                 'ambiguous. Note the kernel timezone has caveats - see manpage for details.\n')
            v["flags"] |= LOCAL_TZ
        elif name == "monthdays":
            v["monthdays"] = parse_monthdays(arg) ^ (ALL_MONTHDAYS if invert else 0)
        elif name == "weekdays":
            v["weekdays"] = parse_weekdays(arg) ^ (ALL_WEEKDAYS if invert else 0)

    def final_check(self, ctx):
        v = self._info()
        if "contiguous" in self.seen and v["daytime_start"] < v["daytime_stop"]:
            raise ParamError("time: --contiguous only makes sense when stoptime is smaller than starttime")

    def check_entry(self, table, hookmask, rule):
        v = self._info()
        if v["daytime_start"] > MAX_DAYTIME or v["daytime_stop"] > MAX_DAYTIME:
            raise KernelError("Numerical argument out of domain.")
        if v["flags"] & CONTIGUOUS and v["daytime_start"] < v["daytime_stop"]:
            raise KernelError()

    @staticmethod
    def _monthdays(mask: int, human: bool) -> str:
        out = []
        for i in range(1, 32):
            if mask & (1 << i):
                suffix = {1: "st", 2: "nd", 3: "rd"}.get(i % 10, "th") if human else ""
                out.append(f"{i}{suffix}")
        return " " + ",".join(out)

    @staticmethod
    def _weekdays(mask: int) -> str:
        return " " + ",".join(WEEK_DAYS[i] for i in range(1, 8) if mask & (1 << i))

    def unsaved(self):
        return str(self._info()["monthdays"] & 1)     # day 0 (an empty --monthdays word) is never printed

    def save(self):
        v = self._info()
        out = ""
        if v["daytime_start"] != MIN_DAYTIME or v["daytime_stop"] != MAX_DAYTIME:
            out += f" --timestart {_hms(v['daytime_start'])} --timestop {_hms(v['daytime_stop'])}"
        if v["monthdays"] != ALL_MONTHDAYS:
            out += " --monthdays" + self._monthdays(v["monthdays"], False)
        if v["weekdays"] != ALL_WEEKDAYS:
            out += " --weekdays" + self._weekdays(v["weekdays"])
        if v["date_start"]:
            out += f" --datestart {_date(v['date_start'], 'T')}"
        if v["date_stop"]:
            # libxt_time's save skips only 0 and LONG_MAX, so the default INT_MAX is printed
            out += f" --datestop {_date(v['date_stop'], 'T')}"
        if v["flags"] & LOCAL_TZ:
            out += " --kerneltz"
        if v["flags"] & CONTIGUOUS:
            out += " --contiguous"
        return out

    def print(self, numeric):
        v = self._info()
        out = " TIME"
        if v["daytime_start"] != MIN_DAYTIME or v["daytime_stop"] != MAX_DAYTIME:
            out += f" from {_hms(v['daytime_start'])} to {_hms(v['daytime_stop'])}"
        if v["weekdays"] != ALL_WEEKDAYS:
            out += " on" + self._weekdays(v["weekdays"])
        if v["monthdays"] != ALL_MONTHDAYS:
            out += " on" + self._monthdays(v["monthdays"], True)
        if v["date_start"]:
            out += f" starting from {_date(v['date_start'], ' ')}"
        if v["date_stop"] != INT_MAX:
            out += f" until date {_date(v['date_stop'], ' ')}"
        if not v["flags"] & LOCAL_TZ:
            out += " UTC"
        if v["flags"] & CONTIGUOUS:
            out += " contiguous"
        return out

    def compile(self):
        v = self._info()
        date_start, date_stop = v["date_start"], v["date_stop"]
        t_start, t_stop = v["daytime_start"], v["daytime_stop"]
        weekdays, monthdays = v["weekdays"], v["monthdays"]
        contiguous = bool(v["flags"] & CONTIGUOUS)
        shift = 60 * KERNEL_TZ_MINUTESWEST if v["flags"] & LOCAL_TZ else 0
        check_monthday = monthdays != ALL_MONTHDAYS
        gmtime = _time.gmtime

        def time_mt(pkt, par):
            stamp = int(par.now) - shift
            u = stamp & 0xFFFFFFFF
            if u < date_start or u > date_stop:
                return False
            packet_time = stamp % 86400
            if t_start < t_stop:
                if packet_time < t_start or packet_time > t_stop:
                    return False
            else:
                if t_start > packet_time > t_stop:
                    return False
                if contiguous and packet_time <= t_stop:
                    stamp -= 86400
            days = stamp // 86400
            if not weekdays & (1 << ((days + 3) % 7 + 1)):      # 1970-01-01 was a Thursday (4)
                return False
            if check_monthday and not monthdays & (1 << gmtime(stamp).tm_mday):
                return False
            return True
        return time_mt


register(Time)
