"""-m hashlimit (revision 3): one token bucket per flow key (xt_hashlimit), in the kernel's units:
periods in 1/1000000 s (XT_HASHLIMIT_SCALE_v2), credits per jiffy 2**39 at HZ=250.

Not emulated (known gaps): byte rates (`1kb/s`, refused with a message of ours) and the runtime of
--hashlimit-rate-match (parsed, saved and listed; compile() raises NotImplementedError)."""
from __future__ import annotations

from ...packet import IPPROTO_DCCP, IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_UDPLITE
from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import c_cut, parse_uint
from .limit import c_atoi

HZ = 250
SCALE = 1000000
CREDITS_PER_JIFFY = 1 << 39             # POW2_BELOW64(0xFFFFFFFFFFFFFFFF // (HZ * 86400))
CREDIT_FACTOR = HZ * CREDITS_PER_JIFFY // SCALE
U64 = (1 << 64) - 1
DEFAULT_BURST = 5
NAME_MAX = 255                               # char name[NAME_MAX] in xt_hashlimit_mtinfo3
DEFAULT_GC, DEFAULT_EXPIRE = 1000, 10000     # ms
DEFAULT_SIZE = 8192                          # htable-size on a host with more than 1 GiB of RAM
MODE_BITS = (("srcip", 1 << 1), ("srcport", 1 << 3), ("dstip", 1 << 0), ("dstport", 1 << 2))
PORT_PROTOS = frozenset((IPPROTO_TCP, IPPROTO_UDP, IPPROTO_UDPLITE, IPPROTO_SCTP, IPPROTO_DCCP))
UNITS = (("second", 1), ("minute", 60), ("hour", 3600), ("day", 86400))
PRINT_UNITS = (("day", SCALE * 86400), ("hour", SCALE * 3600), ("min", SCALE * 60), ("sec", SCALE))


def parse_rate(arg: str, opt: str) -> int:
    bad = ParamError(f'hashlimit: Bad value for "--{opt}" option: "{arg}"')
    mult = 1
    slash = arg.find("/")
    if slash >= 0:
        unit = arg[slash + 1:].lower()
        if not unit:
            raise bad
        for name, m in UNITS:
            if name.startswith(unit):
                mult = m
                break
        else:
            raise bad
    if "b/" in arg.lower() and arg[:slash].rstrip("kKmMgGbB") != arg[:slash] and arg[slash + 1:].lower() == "s":
        raise ParamError("hashlimit: byte-based rates are not emulated by pyiptables")
    r = c_atoi(arg)
    if r == 0:
        raise bad
    period = SCALE * mult // r
    if period == 0:
        raise ParamError(f'Rate too fast "{arg}"')
    return period


def rate_text(period: int) -> str:
    i = 1
    while i < len(PRINT_UNITS):
        mult = PRINT_UNITS[i][1]
        if period > mult or mult // period < mult % period:
            break
        i += 1
    name, mult = PRINT_UNITS[i - 1]
    return f"{mult // period}/{name}"


def parse_mode(arg: str, ext) -> int:
    mode = 0
    for word in (w for w in arg.split(",") if w):     # strtok: empty words vanish
        for name, bit in MODE_BITS:
            if word == name:
                mode |= bit
                break
        else:
            raise ParamError(f'hashlimit: Bad value for "--hashlimit-mode" option: "{arg}"')
    return mode


def parse_burst(arg: str, ext) -> int:
    try:
        return parse_uint(arg, ext, Opt("hashlimit-burst", min=1, max=1000000))
    except ParamError:
        raise ParamError('bad value for option "--hashlimit-burst", or out of range (1-1000000).') from None


def parse_interval(arg: str, ext) -> int:
    v = parse_uint(arg, ext, Opt("hashlimit-rate-interval"))
    if v == 0:
        raise ParamError(f'hashlimit: Bad value for "--hashlimit-rate-interval" option: "{arg}"')
    return v


def user2credits(user: int) -> int:
    return (user * CREDIT_FACTOR) & U64


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
        Opt("hashlimit-srcmask", "uint32"),
        Opt("hashlimit-dstmask", "uint32"),
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
            self.v["avg"] = arg
            self.v["invert"] = (opt.name == "hashlimit-above") ^ invert
        super().parse(opt, arg, invert, ctx)

    def final_check(self, ctx):
        if "avg" not in self.v:
            raise ParamError("You have to specify --hashlimit")

    def cfg(self):
        v = self.v
        return dict(avg=v["avg"], invert=v["invert"], burst=v.get("hashlimit-burst", DEFAULT_BURST),
                    mode=v.get("hashlimit-mode", 0), srcmask=v.get("hashlimit-srcmask", 32),
                    dstmask=v.get("hashlimit-dstmask", 32), name=v["hashlimit-name"],
                    size=v.get("hashlimit-htable-size", 0), max=v.get("hashlimit-htable-max", 0),
                    gc=v.get("hashlimit-htable-gcinterval", DEFAULT_GC),
                    expire=v.get("hashlimit-htable-expire", DEFAULT_EXPIRE),
                    rate_match="hashlimit-rate-match" in v, interval=v.get("hashlimit-rate-interval", 1))

    def check_entry(self, table, hookmask, rule):
        c = self.cfg()
        if c["gc"] == 0 or c["expire"] == 0 or c["srcmask"] > 32 or c["dstmask"] > 32:
            raise KernelError()
        if c["name"] in (".", "..") or "/" in c["name"]:      # xt_check_proc_name()
            raise KernelError()
        if user2credits((c["avg"] * c["burst"]) & U64) < user2credits(c["avg"]):
            raise KernelError("Numerical result out of range.")

    def _mode_text(self, mode, sep):
        return sep.join(name for name, bit in MODE_BITS if mode & bit)

    def save(self):
        c = self.cfg()
        out = f" --hashlimit-{'above' if c['invert'] else 'upto'} {rate_text(c['avg'])}"
        out += f" --hashlimit-burst {c['burst']}"
        if c["mode"]:
            out += f" --hashlimit-mode {self._mode_text(c['mode'], ',')}"
        out += f" --hashlimit-name {c['name']}"
        if c["size"]:
            out += f" --hashlimit-htable-size {c['size']}"
        if c["max"]:
            out += f" --hashlimit-htable-max {c['max']}"
        if c["gc"] != DEFAULT_GC:
            out += f" --hashlimit-htable-gcinterval {c['gc']}"
        if "hashlimit-htable-expire" in self.v:
            out += f" --hashlimit-htable-expire {c['expire']}"
        if c["srcmask"] != 32:
            out += f" --hashlimit-srcmask {c['srcmask']}"
        if c["dstmask"] != 32:
            out += f" --hashlimit-dstmask {c['dstmask']}"
        if c["rate_match"]:
            out += " --hashlimit-rate-match"
            if c["interval"] != 1:
                out += f" --hashlimit-rate-interval {c['interval']}"
        return out

    def print(self, numeric):
        c = self.cfg()
        out = f" limit: {'above' if c['invert'] else 'up to'} {rate_text(c['avg'] * c['interval'])}"
        out += f" burst {c['burst']}"
        if c["mode"]:
            out += f" mode {self._mode_text(c['mode'], '-')}"
        if c["size"]:
            out += f" htable-size {c['size']}"
        if c["max"]:
            out += f" htable-max {c['max']}"
        if c["gc"] != DEFAULT_GC:
            out += f" htable-gcinterval {c['gc']}"
        if "hashlimit-htable-expire" in self.v:
            out += f" htable-expire {c['expire']}"
        if c["srcmask"] != 32:
            out += f" srcmask {c['srcmask']}"
        if c["dstmask"] != 32:
            out += f" dstmask {c['dstmask']}"
        if c["rate_match"]:
            out += " rate-match"
            if c["interval"] != 1:
                out += f" rate-interval {c['interval']}"
        return out

    # -- runtime: hashlimit_mt_common() in packet mode ----------------------------------------
    def compile(self):
        c = self.cfg()
        if c["rate_match"]:
            raise NotImplementedError("hashlimit --hashlimit-rate-match is not emulated")
        mode, inv = c["mode"], c["invert"]
        smask = (0xFFFFFFFF << (32 - c["srcmask"])) & 0xFFFFFFFF if c["srcmask"] else 0
        dmask = (0xFFFFFFFF << (32 - c["dstmask"])) & 0xFFFFFFFF if c["dstmask"] else 0
        use_src, use_dst = mode & (1 << 1), mode & (1 << 0)
        use_sport, use_dport = mode & (1 << 3), mode & (1 << 2)
        cap = user2credits((c["avg"] * c["burst"]) & U64)
        cost = user2credits(c["avg"])
        expire = -(-c["expire"] * HZ // 1000)          # msecs_to_jiffies rounds up
        gc = -(-c["gc"] * HZ // 1000)
        limit = c["max"] or 8 * (c["size"] or DEFAULT_SIZE)
        name, own = c["name"], self.state
        cache = [object(), None]

        def table_of(par, now):
            st = par.state
            if cache[0] is st:
                return cache[1]
            tables = st.setdefault("xt_hashlimit", {}) if isinstance(st, dict) else own.setdefault("tables", {})
            t = tables.get(name)
            if t is None:
                t = tables[name] = {"t0": now, "flows": {}}      # the first rule's config rules it
            cache[0], cache[1] = st, t
            return t

        def hashlimit_mt(pkt, par):
            now = int(par.now * HZ)
            sport = dport = 0
            if (use_sport or use_dport) and not pkt.fragoff and pkt.proto in PORT_PROTOS:
                if pkt.truncated:
                    par.hotdrop = True
                    return False
                sport, dport = pkt.sport, pkt.dport
            key = ((pkt.saddr & smask) if use_src else 0, (pkt.daddr & dmask) if use_dst else 0,
                   sport if use_sport else 0, dport if use_dport else 0)
            t = table_of(par, now)
            flows = t["flows"]
            e = flows.get(key)
            if e is not None and now > e[2] and (now - t["t0"]) // gc * gc + t["t0"] > e[2]:
                del flows[key]              # a garbage collection ran since the entry expired
                e = None
            if e is None:
                if len(flows) >= limit:
                    par.hotdrop = True      # "max count of %u reached"
                    return False
                e = flows[key] = [now, cap, now + expire]        # prev, credit, expires
            else:
                e[2] = now + expire
                delta = now - e[0]
                if delta > 0:
                    e[0] = now
                    credit = e[1] + delta * CREDITS_PER_JIFFY
                    e[1] = cap if credit > cap else credit
            if e[1] >= cost:
                e[1] -= cost
                return not inv
            return inv
        return hashlimit_mt


register(Hashlimit)
