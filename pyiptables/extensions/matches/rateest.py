"""-m rateest: compare the rates of RATEEST estimators (xt_rateest).

Absolute mode (--rateest NAME): the estimator's bps/pps against the given rates; relative mode
(--rateest1 A ... --rateest2 B): estimator A against estimator B; --rateest-delta compares how
far each side is below its given rate instead (0 when above). Rates are stored in bytes per
second (a bps value is divided by 8, then truncated to 32 bits). The options are libxt_rateest's
old-style ones: --rateest-bps1/2 and --rateest-pps1/2 take their value only when the next word
is not an option or `!`; each has its own `twice` and `can't be inverted` messages; --rateest-lt,
-gt and -eq may follow each other (the last one counts; a `!` on any of them stays).
Kernel check: exactly one of the modes, bps or pps, a comparison (EINVAL); the estimators must
exist (ENOENT), created by a RATEEST rule loaded before."""
from __future__ import annotations

from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import c_double_to_u32, strtod_end, strtoul_end
from ..targets.rateest import AVBPS, AVPPS, advance, estimators

SUFFIXES = (("bit", 1.0), ("Kibit", 1024.0), ("kbit", 1000.0), ("mibit", 1024.0 ** 2), ("mbit", 1e6),
            ("gibit", 1024.0 ** 3), ("gbit", 1e9), ("tibit", 1024.0 ** 4), ("tbit", 1e12), ("Bps", 8.0),
            ("KiBps", 8.0 * 1024), ("KBps", 8000.0), ("MiBps", 8.0 * 1024 * 1024), ("MBps", 8e6),
            ("GiBps", 8.0 * 1024 ** 3), ("GBps", 8e9), ("TiBps", 8.0 * 1024 ** 4), ("TBps", 8e12))
MODES = {"rateest-lt": "lt", "rateest-gt": "gt", "rateest-eq": "eq"}
NAME_LEN = 15                   # strncpy into char[IFNAMSIZ] - 1


def get_rate(arg: str) -> int:
    """rateest_get_rate(): bytes per second from a bit rate (a bare number is bits/s)."""
    bps, end = strtod_end(arg)
    if bps is not None:
        rest = arg[end:]
        if not rest:
            return c_double_to_u32(bps / 8.0)
        for name, scale in SUFFIXES:
            if name.lower() == rest.lower():
                return c_double_to_u32(bps * scale / 8.0)
    raise ParamError(f"rateest: could not parse rate `{arg}'")


def get_pps(arg: str) -> int:
    v, end = strtoul_end(arg)
    if v is None or end != len(arg) or v > 0xFFFFFFFF:
        raise ParamError(f"rateest: could not parse pps `{arg}'")
    return v


def print_rate(rate: int, numeric: bool) -> str:
    bits = rate * 8.0
    if numeric:
        return f" {rate}"
    if bits >= 1000.0 * 1000000.0:
        return f" {bits / 1000000.0:.0f}Mbit"
    if bits >= 1000.0 * 1000.0:
        return f" {bits / 1000.0:.0f}Kbit"
    return f" {bits:.0f}bit"


def _word(arg, ext):
    return arg


class Rateest(Match):
    NAME = "rateest"
    HELP = ("rateest match options:\n"
            " --rateest1 name\t\tRate estimator name\n"
            " --rateest2 name\t\tRate estimator name\n"
            " --rateest-delta\t\tCompare difference(s) to given rate(s)\n"
            " --rateest-bps1 [bps]\t\tCompare bps\n"
            " --rateest-pps1 [pps]\t\tCompare pps\n"
            " --rateest-bps2 [bps]\t\tCompare bps\n"
            " --rateest-pps2 [pps]\t\tCompare pps\n"
            " [!] --rateest-lt\t\tMatch if rate is less than given rate/estimator\n"
            " [!] --rateest-gt\t\tMatch if rate is greater than given rate/estimator\n"
            " [!] --rateest-eq\t\tMatch if rate is equal to given rate/estimator\n")
    # every row takes `!` and repeats: the messages are libxt_rateest's own (see parse)
    OPTIONS = (
        Opt("rateest1", _word, invert=True, multi=True),
        Opt("rateest", _word, invert=True, multi=True, dest="rateest1"),
        Opt("rateest2", _word, invert=True, multi=True),
        Opt("rateest-bps1", _word, invert=True, multi=True, nargs=-1),
        Opt("rateest-pps1", _word, invert=True, multi=True, nargs=-1),
        Opt("rateest-bps2", _word, invert=True, multi=True, nargs=-1),
        Opt("rateest-pps2", _word, invert=True, multi=True, nargs=-1),
        Opt("rateest-bps", _word, invert=True, multi=True, nargs=-1, dest="rateest-bps2"),
        Opt("rateest-pps", _word, invert=True, multi=True, nargs=-1, dest="rateest-pps2"),
        Opt("rateest-delta", "none", invert=True, multi=True, nargs=0),
        Opt("rateest-lt", "none", invert=True, multi=True, nargs=0),
        Opt("rateest-gt", "none", invert=True, multi=True, nargs=0),
        Opt("rateest-eq", "none", invert=True, multi=True, nargs=0),
    )

    def parse(self, opt, arg, invert, ctx):
        key = opt.dest or opt.name
        v = self.v
        given = v.setdefault("given", [])
        if key in MODES:
            if key in given:
                raise ParamError("rateest: can't specify lt/gt/eq twice")
            given.append(key)
            v["mode"] = MODES[key]
            if invert:
                v["invert"] = True
            return
        kind = "delta" if key == "rateest-delta" else key[8:11] if key.startswith("rateest-") else ""
        if invert:
            raise ParamError(f"rateest: {'rateest-' + kind if kind else 'rateest'} can't be inverted")
        if key in given:
            raise ParamError(f"rateest: can't specify --{key} twice")
        given.append(key)
        if key in ("rateest1", "rateest2"):
            v[key] = arg[:NAME_LEN]
        elif key == "rateest-delta":
            v["delta"] = True
        else:
            v[kind] = True                          # XT_RATEEST_MATCH_BPS / _PPS
            v.setdefault(key, 0)
            if arg is not None:
                v[key] = get_rate(arg) if kind == "bps" else get_pps(arg)

    def final_check(self, ctx):
        self.v.pop("given", None)

    def names(self) -> list:
        """The estimators it looks up: name1 (empty when not given) and, relative, name2."""
        return [self.v.get("rateest1", "")] + ([self.v["rateest2"]] if "rateest2" in self.v else [])

    def check_entry(self, table, hookmask, rule):
        v = self.v
        if not ("bps" in v or "pps" in v) or "mode" not in v:
            raise KernelError()

    def check_shared(self, shared):
        ests = shared.get("xt_rateest", {})
        if any(name not in ests for name in self.names()):
            raise KernelError("No chain/target/match by that name.")

    # -- output --------------------------------------------------------------------------------------
    def _mode(self, prefix: str) -> str:
        return f"{' !' if self.v.get('invert') else ''} {prefix}{self.v['mode']}"

    def save(self):
        v = self.v
        rel, delta = "rateest2" in v, "delta" in v
        out = " --rateest-delta" if delta else ""
        name1 = v.get("rateest1", "")
        out += f" --rateest1 {name1}" if rel else f" --rateest {name1}"
        for kind in ("bps", "pps"):
            if kind not in v:
                continue
            one, two = v.get(f"rateest-{kind}1", 0), v.get(f"rateest-{kind}2", 0)
            fmt = (lambda r: print_rate(r, False)) if kind == "bps" else (lambda r: f" {r}")
            if delta:
                out += f" --rateest-{kind}1{fmt(one)}{self._mode('--rateest-')} --rateest-{kind}2{fmt(two)}"
            else:
                out += f"{self._mode('--rateest-')} --rateest-{kind}" + ("" if rel else fmt(two))
        return out + (f" --rateest2 {v['rateest2']}" if rel else "")

    def print(self, numeric):
        v = self.v
        rel, delta = "rateest2" in v, "delta" in v
        out = f" rateest match {v.get('rateest1', '')}" + (" delta" if delta else "")
        if "bps" in v:
            out += " bps" + (print_rate(v.get("rateest-bps1", 0), numeric) if delta else "")
            if not rel:
                out += print_rate(v.get("rateest-bps2", 0), numeric) + self._mode("")
        if "pps" in v:
            out += " pps" + (f" {v.get('rateest-pps1', 0)}" if delta else "")
            if not rel:
                out += self._mode("") + f" {v.get('rateest-pps2', 0)}"
        if rel:
            out += self._mode("") + f" {v['rateest2']}"
            if "bps" in v:
                out += " bps" + (print_rate(v.get("rateest-bps2", 0), numeric) if delta else "")
            if "pps" in v:
                out += " pps" + (f" {v.get('rateest-pps2', 0)}" if delta else "")
        return out

    # -- runtime -------------------------------------------------------------------------------------
    def compile(self):
        v = self.v
        name1, name2 = v.get("rateest1", ""), v.get("rateest2")
        delta, invert = "delta" in v, bool(v.get("invert"))
        use_bps, use_pps, mode = "bps" in v, "pps" in v, v["mode"]
        bps1, bps2 = v.get("rateest-bps1", 0), v.get("rateest-bps2", 0)
        pps1, pps2 = v.get("rateest-pps1", 0), v.get("rateest-pps2", 0)
        cache = [object(), None, None]
        cmp = {"lt": lambda a, b: a < b, "gt": lambda a, b: a > b, "eq": lambda a, b: a == b}[mode]

        def rates(est, now, b, p):
            """gen_estimator_read(), then the delta to the given rates, in the u32 the match keeps."""
            advance(est, now)
            sb, sp = est[AVBPS] >> 8, est[AVPPS] >> 8
            if delta:
                return (b - sb if b >= sb else 0), (p - sp if p >= sp else 0)
            return sb & 0xFFFFFFFF, sp & 0xFFFFFFFF

        def rateest_mt(pkt, par):
            st = par.state
            if cache[0] is not st:
                ests = estimators(st)
                cache[0], cache[1], cache[2] = st, ests.get(name1), ests.get(name2) if name2 else None
            est1, est2 = cache[1], cache[2]
            if est1 is None or (name2 and est2 is None):
                return False
            now = par.now
            b1, p1 = rates(est1, now, bps1, pps1)
            b2, p2 = rates(est2, now, bps2, pps2) if name2 else (bps2, pps2)
            ret = True
            if use_bps:
                ret = ret and cmp(b1, b2)
            if use_pps:
                ret = ret and cmp(p1, p2)
            return ret ^ invert
        return rateest_mt


register(Rateest)
