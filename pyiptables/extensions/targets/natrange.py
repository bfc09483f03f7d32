"""What the NAT targets share (libxt_NAT.c, xt_nat.c): the range they carry, its parsing from
`--to-destination` / `--to-source` / `--to-ports`, its -L and save text, and the call into the NAT core.

The range is `conntrack.nat.Range` (range_class(); nf_nat_range2: flags, min_addr, max_addr, min_proto,
max_proto, base_proto; host-order ints). The runtime calls
    par.nat.setup_info(pkt.ct, Range, MANIP_SRC | MANIP_DST) -> verdict
i.e. nf_nat_setup_info(); `par.nat` is the NatCore the walk attaches when conntrack is on.
"""
from __future__ import annotations

from ...packet import IPPROTO_ICMP, IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_DCCP, ntoa
from ...xtables import NF_ACCEPT, NF_DROP, Opt, ParamError, Target
from ...xtoptions import service_port
from .tgutil import xt_strtoul

# conntrack.nat's values (nf_nat_range2 flags, manip types), not imported: parsing a NAT rule must
# not load the tracker; the Range class itself is imported when a rule is compiled
RANGE_MAP_IPS, RANGE_PROTO_SPECIFIED, RANGE_PROTO_RANDOM, RANGE_PERSISTENT = 1, 2, 4, 8
RANGE_PROTO_RANDOM_FULLY, RANGE_PROTO_OFFSET = 16, 32
MANIP_SRC, MANIP_DST = 0, 1

PORT_PROTOS = frozenset((IPPROTO_TCP, IPPROTO_UDP, IPPROTO_SCTP, IPPROTO_DCCP, IPPROTO_ICMP))
FLAG_WORDS = ((RANGE_PROTO_RANDOM, "random"), (RANGE_PROTO_RANDOM_FULLY, "random-fully"),
              (RANGE_PERSISTENT, "persistent"))
FLAG_OPTS = {"random": RANGE_PROTO_RANDOM, "random-fully": RANGE_PROTO_RANDOM_FULLY,
             "persistent": RANGE_PERSISTENT}


def inet_pton4(s: str) -> int | None:
    """inet_pton(AF_INET): exactly four decimal parts 0-255, no leading zeros."""
    parts = s.split(".")
    if len(parts) != 4:
        return None
    v = 0
    for p in parts:
        if not p or not p.isdigit() or not p.isascii() or len(p) > 3 or (len(p) > 1 and p[0] == "0"):
            return None
        n = int(p)
        if n > 255:
            return None
        v = v << 8 | n
    return v


def _service(name: str) -> int:
    """xtables_service_to_port(name, NULL): getservbyname() of any protocol, -1 if unknown."""
    import socket
    try:
        return socket.getservbyname(name)
    except (OSError, UnicodeError, ValueError):
        v = service_port(name)
        return -1 if v is None else v


def parse_ports(arg: str, portok: bool, r: dict) -> None:
    """libxt_NAT parse_ports(): port[-port[/base]] into r (flags, min_proto, max_proto, base_proto)."""
    if not portok:
        raise ParamError("Need TCP, UDP, SCTP or DCCP with port specification")
    r["flags"] |= RANGE_PROTO_SPECIFIED
    port, end = xt_strtoul(arg, 0, 0xFFFF)
    if port is None:
        port = _service(arg)
        if port < 0:
            raise ParamError(f"Port `{arg}' not valid")
        end = len(arg)
    rest = arg[end:]
    if not rest:
        r["min_proto"] = r["max_proto"] = port
        return
    if rest[0] == ":":
        raise ParamError("Invalid port:port syntax - use dash")
    if rest[0] != "-":
        raise ParamError(f"Garbage after port value: `{rest}'")
    arg = rest[1:]
    maxport, end = xt_strtoul(arg, 0, 0xFFFF)     # a range: no service names here
    if maxport is None:
        raise ParamError(f"Port `{arg}' not valid")
    if maxport < port:
        raise ParamError(f"Port range `{arg}' funky")
    r["min_proto"], r["max_proto"] = port, maxport
    rest = arg[end:]
    if not rest:
        return
    if rest[0] != "/":
        raise ParamError(f"Garbage after port range: `{rest}'")
    arg = rest[1:]
    base, _ = xt_strtoul(arg, 1, 0xFFFF)          # what follows the number is not looked at
    if base is None:
        base = _service(arg)
        if base < 0:
            raise ParamError(f"Port `{arg}' not valid")
    r["flags"] |= RANGE_PROTO_OFFSET
    r["base_proto"] = base


def parse_to(arg: str, portok: bool, r: dict) -> None:
    """libxt_NAT parse_to() for AF_INET: [ip[-ip]][:port[-port[/base]]]."""
    if "[" in arg:
        raise ParamError("Invalid address format")
    colon = arg.find(":")
    if colon >= 0 and ":" in arg[colon + 1:]:
        colon = -1                                  # taken for an IPv6 address
    start = arg
    if colon >= 0:
        parse_ports(arg[colon + 1:], portok, r)
        if colon in (0, 2):                         # ":port", or "[]:port" in the IPv6 syntax
            return
        start = arg[:colon]
    r["flags"] |= RANGE_MAP_IPS
    lo, dash, hi = start.partition("-")
    a = inet_pton4(lo)
    if a is None:
        raise ParamError(f'Bad IP address "{lo}"')
    b = a
    if dash:
        b = inet_pton4(hi)
        if b is None:
            raise ParamError(f'Bad IP address "{hi}"')
    r["min_addr"], r["max_addr"] = a, b


def range_text(r: dict, rangeopt: str, flag_pfx: str, skip_colon: bool, with_base: bool = True) -> str:
    """__NAT_print(): the range (sprint_range) then the flags."""
    s = ""
    flags = r["flags"]
    if flags & RANGE_MAP_IPS:
        s = ntoa(r["min_addr"])
        if r["max_addr"] != r["min_addr"]:
            s += "-" + ntoa(r["max_addr"])
    if flags & RANGE_PROTO_SPECIFIED:
        s += f":{r['min_proto']}"
        if r["max_proto"] != r["min_proto"]:
            s += f"-{r['max_proto']}"
        if flags & RANGE_PROTO_OFFSET:
            s += f"/{r['base_proto'] if with_base else 0}"
    out = ""
    if s:
        if s[0] == ":" and skip_colon:
            s = s[1:]
        out = f" {rangeopt}{s}"
    return out + "".join(f" {flag_pfx}{word}" for bit, word in FLAG_WORDS if flags & bit)


def new_range() -> dict:
    return {"flags": 0, "min_addr": 0, "max_addr": 0, "min_proto": 0, "max_proto": 0, "base_proto": 0}


def range_class():
    """conntrack.nat.Range(flags, min_addr, max_addr, min_proto, max_proto[, base_proto]), imported
    when a rule is compiled."""
    from ...conntrack.nat import Range
    return Range


def to_range(r: dict, with_base: bool = True):
    return range_class()(r["flags"], r["min_addr"], r["max_addr"], r["min_proto"], r["max_proto"],
                 r["base_proto"] if with_base else 0)


def no_nat_core(pkt, par):
    raise RuntimeError("NAT targets need the NAT core (pyiptables.conntrack.nat.NatCore as par.nat): "
                       "it is attached only when connection tracking runs")


class NatTarget(Target):
    """Common parse/print/save of the NAT targets; subclasses set the texts and the runtime."""

    NEEDS_CONNTRACK = True
    TABLES = ("nat",)
    RANGE_OPT = ""              # "to-destination", "to-source" or "to-ports"
    PRINT_PREFIX = "to:"
    SKIP_COLON = False
    WITH_BASE = True            # False for the nf_nat_ipv4_multi_range_compat revisions (no base port)

    @property
    def range(self) -> dict:
        r = self.v.get("range")
        if r is None:
            r = self.v["range"] = new_range()
        return r

    def parse(self, opt, arg, invert, ctx):
        r = self.range
        portok = ctx.proto in PORT_PROTOS
        if opt.name in ("to-destination", "to-source"):
            parse_to(arg, portok, r)
        elif opt.name == "to-ports":
            parse_ports(arg, portok, r)
        else:
            r["flags"] |= FLAG_OPTS[opt.name]

    def print(self, numeric):
        return range_text(self.range, self.PRINT_PREFIX, "", self.SKIP_COLON, self.WITH_BASE)

    def save(self):
        return range_text(self.range, f"--{self.RANGE_OPT} ", "--", self.SKIP_COLON, self.WITH_BASE)


def flag_opts(*names: str) -> tuple:
    return tuple(Opt(n, "none", nargs=0) for n in names)


def verdict_of(ret) -> int:
    return NF_DROP if ret == NF_DROP else NF_ACCEPT
