"""-m hashlimit (revision 3): one token bucket per flow key (xt_hashlimit), in the kernel's units:
packet rates are periods in 1/1000000 s with 2**39 credits per jiffy (HZ=250); byte rates
(`10kb/s`) cost credits per 16-byte chunk out of a bucket that holds one second (2**24 credits per
jiffy), and their burst is how many times an empty bucket is refilled at once; with
--hashlimit-rate-match a flow matches while its rate over the last interval stayed under the limit.

Tables are shared by name: the first rule that sees a packet creates one with its configuration,
which then decides every rule's flow keys and refills (as the kernel's htable, created by the first
rule to load, does); the rule's own cost mode and inversion still apply."""
from __future__ import annotations

import signal

from ...errors import Crash
from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import c_cut, strtoul_end
from .hashlimit_mt import compile_hashlimit, user2credits, user2credits_byte
from .hashlimit_units import (BURST_MAX, BYTE_EXPIRE_BURST, U32, U64, atoi, bytes_text, cost_to_bytes, factor,
                              parse_bytes, parse_packets, rate_text)

DEFAULT_BURST = 5
NAME_MAX = 255                               # char name[NAME_MAX] in xt_hashlimit_mtinfo3
DEFAULT_GC = 1000                            # ms
MAX_SIZE = 1048576                           # HASHLIMIT_MAX_SIZE: checkentry truncates size and max
MODE_BITS = (("srcip", 1 << 1), ("srcport", 1 << 3), ("dstip", 1 << 0), ("dstport", 1 << 2))


def parse_rate(arg: str, opt: str):
    """--hashlimit-upto/-above: (avg, bytes, the unit's seconds for the default expire)."""
    b = parse_bytes(arg)
    if b is not None:
        return b[0], True, b[1]
    p = parse_packets(arg)
    if p is None:
        raise ParamError(f'hashlimit: Bad value for "--{opt}" option: "{arg}"')
    return p[0], False, p[1]


def burst_error():
    return ParamError(f'bad value for option "--hashlimit-burst", or out of range (1-{BURST_MAX}).')


def parse_burst(arg: str, ext) -> int:
    """A number (strtoul, base 0) of packets, or with a k/m suffix of bytes (times 1024/1048576)."""
    v, end = strtoul_end(arg)
    if v is None or v < 1 or (end == len(arg) and v > BURST_MAX):
        raise burst_error()
    return (v * factor(arg[end:end + 1])) & U64


def parse_mode(arg: str, ext) -> int:
    mode = 0
    for word in arg.replace("|", ",").split(","):     # strtok(",|"): empty words vanish
        if not word:
            continue
        for name, bit in MODE_BITS:
            if word == name:
                mode |= bit
                break
        else:
            raise ParamError(f'hashlimit: Bad value for "--hashlimit-mode" option: "{arg}"')
    return mode


def parse_interval(arg: str, ext) -> int:
    v = atoi(arg)
    if v <= 0:
        raise ParamError(f'hashlimit: Bad value for "--hashlimit-rate-interval" option: "{arg}"')
    return v


class Hashlimit(Match):
    NAME = "hashlimit"
    REVISION = 3
    HELP = ("hashlimit match options:\n"
            "  --hashlimit-upto <avg>           max average match rate\n"
            "                                   [Packets per second unless followed by \n"
            "                                   /sec /minute /hour /day postfixes]\n"
            "  --hashlimit-above <avg>          min average match rate\n"
            "  --hashlimit-mode <mode>          mode is a comma-separated list of\n"
            "                                   dstip,srcip,dstport,srcport (or none)\n"
            "  --hashlimit-srcmask <length>     source address grouping prefix length\n"
            "  --hashlimit-dstmask <length>     destination address grouping prefix length\n"
            "  --hashlimit-name <name>          name for /proc/net/ipt_hashlimit\n"
            "  --hashlimit-burst <num>\t    number to match in a burst, default 5\n"
            "  --hashlimit-htable-size <num>    number of hashtable buckets\n"
            "  --hashlimit-htable-max <num>     number of hashtable entries\n"
            "  --hashlimit-htable-gcinterval    interval between garbage collection runs\n"
            "  --hashlimit-htable-expire        after which time are idle entries expired?\n"
            "  --hashlimit-rate-match           rate match the flow without rate-limiting it\n"
            "  --hashlimit-rate-interval        interval in seconds for hashlimit-rate-match\n"
            "\n")
    OPTIONS = (
        Opt("hashlimit-upto", lambda a, e: parse_rate(a, "hashlimit-upto"), invert=True,
            aliases=("hashlimit",), excl=("hashlimit-above",)),
        Opt("hashlimit-above", lambda a, e: parse_rate(a, "hashlimit-above"), invert=True,
            excl=("hashlimit-upto",)),
        Opt("hashlimit-srcmask", "plen"),
        Opt("hashlimit-dstmask", "plen"),
        Opt("hashlimit-burst", parse_burst),
        Opt("hashlimit-htable-size", "uint32"),
        Opt("hashlimit-htable-max", "uint32"),
        Opt("hashlimit-htable-gcinterval", "uint32"),
        Opt("hashlimit-htable-expire", "uint32"),
        Opt("hashlimit-mode", parse_mode),
        Opt("hashlimit-name", "string", mandatory=True, min=1),
        Opt("hashlimit-rate-match", "none", nargs=0),
        Opt("hashlimit-rate-interval", parse_interval),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name == "hashlimit-name":
            if not arg:
                raise ParamError("Argument must have a minimum length of 1 characters\n")
            arg = c_cut(arg, NAME_MAX)       # XTOPT_PUT into char name[NAME_MAX]
        if opt.name in ("hashlimit-upto", "hashlimit-above"):
            self.v["avg"], self.v["bytes"], self.v["mult"] = arg
            self.v["invert"] = (opt.name == "hashlimit-above") ^ invert
        super().parse(opt, arg, invert, ctx)

    def final_check(self, ctx):
        """hashlimit_mt_check(): the default expire follows the rate's unit; a byte burst becomes
        how many rates it holds (rounded up); rate-match divides the rate by its unit."""
        v = self.v
        if "avg" not in v:
            raise ParamError("You have to specify --hashlimit")
        v["expire"] = v.get("hashlimit-htable-expire", v["mult"] * 1000)
        burst = v.get("hashlimit-burst", DEFAULT_BURST)
        if v["bytes"]:
            if "hashlimit-burst" in v:
                per = cost_to_bytes(v["avg"])
                if burst < per:
                    raise ParamError(f"burst cannot be smaller than {per}b")
                if per == 0:
                    raise Crash(signal.SIGFPE)      # a rate under 16b/s: burst / 0
                n = ((burst & U32) // per) & U32
                if burst % per:
                    n = (n + 1) & U32
                if "hashlimit-htable-expire" not in v:
                    v["expire"] = BYTE_EXPIRE_BURST * 1000
                burst = n
            else:
                burst = 0
        elif burst > BURST_MAX:
            raise burst_error()
        v["burst"] = burst
        interval = v.get("hashlimit-rate-interval", 0)
        if "hashlimit-rate-match" in v:
            if not v["bytes"]:
                v["avg"] //= v["mult"]
            if interval == 0:
                interval = 1 if v["bytes"] else v["mult"]
        v["interval"] = interval

    def cfg(self):
        v = self.v
        return dict(avg=v["avg"], invert=v["invert"], bytes=v["bytes"], burst=v["burst"],
                    mode=v.get("hashlimit-mode", 0), srcmask=v.get("hashlimit-srcmask", 32),
                    dstmask=v.get("hashlimit-dstmask", 32), name=v["hashlimit-name"],
                    size=v.get("hashlimit-htable-size", 0), max=v.get("hashlimit-htable-max", 0),
                    gc=v.get("hashlimit-htable-gcinterval", DEFAULT_GC), expire=v["expire"],
                    rate_match="hashlimit-rate-match" in v, interval=v["interval"])

    def check_entry(self, table, hookmask, rule):
        c = self.cfg()
        if c["name"] in (".", "..") or "/" in c["name"]:      # xt_check_proc_name()
            raise KernelError()
        if c["gc"] == 0 or c["expire"] == 0:
            raise KernelError()
        # hashlimit_mt_check_common() writes the truncated sizes back into the rule
        for key in ("hashlimit-htable-size", "hashlimit-htable-max"):
            if self.v.get(key, 0) > MAX_SIZE:
                self.v[key] = MAX_SIZE
        if c["srcmask"] > 32 or c["dstmask"] > 32:
            raise KernelError()
        if c["rate_match"]:
            if c["avg"] == 0 or c["avg"] > U32:
                raise KernelError("Numerical result out of range.")
            if c["interval"] == 0:
                raise KernelError()
        elif c["bytes"]:
            if user2credits_byte(c["avg"]) == 0:
                raise KernelError()
        elif c["burst"] == 0 or user2credits((c["avg"] * c["burst"]) & U64) < user2credits(c["avg"]):
            raise KernelError("Numerical result out of range.")

    def check_shared(self, shared):
        """htable_find_get() or htable_create(): the first rule to load a name decides its table;
        a rule whose rate-match differs from that table's is refused (EINVAL)."""
        c = self.cfg()
        tables = shared.setdefault("xt_hashlimit", {})
        t = tables.get(c["name"])
        if t is None or "cfg" not in t:
            tables[c["name"]] = {"t0": None, "flows": {}, "cfg": c}
        elif t["cfg"]["rate_match"] != c["rate_match"]:
            raise KernelError()

    def _rate(self, c, period, prefix):
        """print_bytes() or print_rate() and the burst: (text, the expire that goes unsaid)."""
        if c["bytes"]:
            return bytes_text(c["avg"], c["burst"], prefix)
        text, quantum = rate_text(period)
        return f" {text} {prefix}burst {c['burst']}", quantum

    def _tail(self, c, quantum, pre, sep):
        out = ""
        if c["mode"]:
            out += f" {pre}mode " + sep.join(name for name, bit in MODE_BITS if c["mode"] & bit)
        if pre:
            out += f" --hashlimit-name {c['name']}"
        if c["size"]:
            out += f" {pre}htable-size {c['size']}"
        if c["max"]:
            out += f" {pre}htable-max {c['max']}"
        if c["gc"] != DEFAULT_GC:
            out += f" {pre}htable-gcinterval {c['gc']}"
        if c["expire"] != quantum:
            out += f" {pre}htable-expire {c['expire']}"
        if c["srcmask"] != 32:
            out += f" {pre}srcmask {c['srcmask']}"
        if c["dstmask"] != 32:
            out += f" {pre}dstmask {c['dstmask']}"
        if c["rate_match"]:
            out += f" {pre}rate-match"
            if c["interval"] != 1:
                out += f" {pre}rate-interval {c['interval']}"
        return out

    def unsaved(self):
        return str(self.v["interval"])          # in cfg even when --hashlimit-rate-match is off

    def save(self):
        c = self.cfg()
        text, quantum = self._rate(c, c["avg"], "--hashlimit-")
        return f" --hashlimit-{'above' if c['invert'] else 'upto'}{text}" + self._tail(c, quantum, "--hashlimit-", ",")

    def print(self, numeric):
        c = self.cfg()
        text, quantum = self._rate(c, (c["avg"] * (c["interval"] or 1)) & U64, "")
        return f" limit: {'above' if c['invert'] else 'up to'}{text}" + self._tail(c, quantum, "", "-")

    # -- runtime: hashlimit_mt_common() ---------------------------------------------------------
    def compile(self):
        return compile_hashlimit(self.cfg(), self.state)


register(Hashlimit)


def names_in_use(rs) -> set:
    """The --hashlimit-name of every rule of every table (a stored chain is only read when its
    text has a hashlimit match)."""
    names = set()
    for t in rs.tables.values():
        for c in t.chains.values():
            if not c.loaded and not any("-m hashlimit " in x[0] for x in c.texts()):
                continue
            for r in c.rules:
                names.update(m.v["hashlimit-name"] for m in r.matches if isinstance(m, Hashlimit))
    return names
