"""-m icmp: ICMP type and code (ipt_icmp in ip_tables.c)."""
from __future__ import annotations

from ...packet import IPPROTO_ICMP
from ...xtables import Match, Opt, ParamError, register
from ...xtoptions import c_strtoul

# (name, type, code_min, code_max) in the order names are tried and printed; aliases follow their type
ICMP_CODES = (
    ("any", 0xFF, 0, 0xFF),
    ("echo-reply", 0, 0, 0xFF), ("pong", 0, 0, 0xFF),
    ("destination-unreachable", 3, 0, 0xFF), ("network-unreachable", 3, 0, 0),
    ("host-unreachable", 3, 1, 1), ("protocol-unreachable", 3, 2, 2), ("port-unreachable", 3, 3, 3),
    ("fragmentation-needed", 3, 4, 4), ("source-route-failed", 3, 5, 5), ("network-unknown", 3, 6, 6),
    ("host-unknown", 3, 7, 7), ("network-prohibited", 3, 9, 9), ("host-prohibited", 3, 10, 10),
    ("TOS-network-unreachable", 3, 11, 11), ("TOS-host-unreachable", 3, 12, 12),
    ("communication-prohibited", 3, 13, 13), ("host-precedence-violation", 3, 14, 14),
    ("precedence-cutoff", 3, 15, 15),
    ("source-quench", 4, 0, 0xFF),
    ("redirect", 5, 0, 0xFF), ("network-redirect", 5, 0, 0), ("host-redirect", 5, 1, 1),
    ("TOS-network-redirect", 5, 2, 2), ("TOS-host-redirect", 5, 3, 3),
    ("echo-request", 8, 0, 0xFF), ("ping", 8, 0, 0xFF),
    ("router-advertisement", 9, 0, 0xFF), ("router-solicitation", 10, 0, 0xFF),
    ("time-exceeded", 11, 0, 0xFF), ("ttl-exceeded", 11, 0, 0xFF),
    ("ttl-zero-during-transit", 11, 0, 0), ("ttl-zero-during-reassembly", 11, 1, 1),
    ("parameter-problem", 12, 0, 0xFF), ("ip-header-bad", 12, 0, 0), ("required-option-missing", 12, 1, 1),
    ("timestamp-request", 13, 0, 0xFF), ("timestamp-reply", 14, 0, 0xFF),
    ("address-mask-request", 17, 0, 0xFF), ("address-mask-reply", 18, 0, 0xFF),
)


def parse_icmp_type(arg: str, ext=None) -> tuple[int, int, int]:
    """A name (any unambiguous case-insensitive prefix) or TYPE[/CODE], numbers as strtoul base 0."""
    low = arg.lower()
    hits = [row for row in ICMP_CODES if row[0].lower().startswith(low)]
    if len(hits) > 1:
        raise ParamError(f"Ambiguous ICMP type `{arg}': `{hits[0][0]}' or `{hits[1][0]}'?")
    if hits:
        return hits[0][1:]
    typ, end = c_strtoul(arg)
    if end == 0 or typ > 0xFF:
        raise ParamError(f"Unknown ICMP type `{arg}'")
    cmin, cmax = 0, 0xFF
    if arg[end:end + 1] == "/":
        code, e2 = c_strtoul(arg, end + 1)
        if e2 == end + 1 or code > 0xFF:
            raise ParamError(f"Unknown ICMP code `{arg}'")
        cmin = cmax = code
        end = e2
    if end < len(arg):
        raise ParamError(f"unknown character {arg[end]}")
    return typ, cmin, cmax


class Icmp(Match):
    NAME = "icmp"
    PROTOS = (IPPROTO_ICMP,)
    OPTIONS = (Opt("icmp-type", parse_icmp_type, invert=True, mandatory=True),)

    @classmethod
    def help(cls):
        """libxt_icmp prints its name table: an alias in parentheses after the name it repeats,
        a name for one code indented under its type."""
        out = ["icmp match options:\n[!] --icmp-type typename\tmatch icmp type\n"
               "[!] --icmp-type type[/code]\t(or numeric type or type/code)\nValid ICMP Types:"]
        prev = None
        for name, *rng in ICMP_CODES:
            if rng == prev:
                out.append(f" ({name})")
            else:
                out.append(("\n   " if rng[0] != 0xFF and rng[1:] != [0, 0xFF] else "\n") + name)
            prev = rng
        return "".join(out) + "\n"

    def save(self):
        typ, cmin, cmax = self.v["icmp-type"]
        inv = " !" if self.inv["icmp-type"] else ""
        if typ == 0xFF:
            return f"{inv} --icmp-type any"
        code = f"/{cmin}" if (cmin, cmax) != (0, 0xFF) else ""
        return f"{inv} --icmp-type {typ}{code}"

    def print(self, numeric):
        typ, cmin, cmax = self.v["icmp-type"]
        inv = self.inv["icmp-type"]
        if not numeric:
            for name, t, lo, hi in ICMP_CODES:
                if (t, lo, hi) == (typ, cmin, cmax):
                    return f" icmp {'!' if inv else ''}{name}"
        out = " icmp" + (" !" if inv else "") + f"type {typ}"
        if cmin == cmax:
            out += f" code {cmin}"
        elif (cmin, cmax) != (0, 0xFF):
            out += f" codes {cmin}-{cmax}"
        return out

    def compile(self):
        typ, cmin, cmax = self.v["icmp-type"]
        inv = self.inv["icmp-type"]
        anytype = typ == 0xFF

        def icmp_mt(pkt, par):
            if pkt.fragoff:
                return False
            d = pkt.data
            end = pkt.len if pkt.len < len(d) else len(d)
            if end - pkt.thoff < 8:
                par.hotdrop = True     # no full icmphdr: "Dropping evil ICMP tinygram."
                return False
            return (anytype or (pkt.icmp_type == typ and cmin <= pkt.icmp_code <= cmax)) ^ inv
        return icmp_mt


register(Icmp)
