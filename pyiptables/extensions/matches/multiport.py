"""-m multiport (revision 1): up to 15 ports or ranges on source, destination or either (xt_multiport)."""
from __future__ import annotations

from ...packet import IPPROTO_DCCP, IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_UDPLITE
from ...xtables import Match, Opt, ParamError, register
from ...xtoptions import service_port, strtoul_end
from .ports import port_name

XT_MULTI_PORTS = 15
PROTO_NAMES = {IPPROTO_TCP: "tcp", IPPROTO_UDP: "udp", IPPROTO_UDPLITE: "udplite",
               IPPROTO_SCTP: "sctp", IPPROTO_DCCP: "dccp"}
SOURCE, DESTINATION, EITHER = 0, 1, 2
KEYS = ("source-ports", "destination-ports", "ports")
SAVE_WORD = ("sports", "dports", "ports")


def check_proto(ctx) -> str:
    """The rule's -p as read so far decides the service names (check_proto in libxt_multiport)."""
    if ctx.invflags & 64:
        raise ParamError("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP")
    name = PROTO_NAMES.get(ctx.proto)
    if name is not None:
        return name
    if not ctx.proto:
        raise ParamError("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'")
    raise ParamError("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP")


def parse_port(word: str, proto: str) -> int:
    """xtables_parse_port: a number 0-65535 (strtoul base 0, whole word) or a service of `proto`."""
    v, end = strtoul_end(word)
    if v is not None and end == len(word) and v <= 0xFFFF:
        return v
    p = service_port(word, proto)
    if p is None:
        raise ParamError(f"invalid port/service `{word}' specified")
    return p


def parse_ports(arg: str, proto: str) -> list:
    """[(lo, hi)] where a single port has lo == hi; a range uses two of the 15 slots."""
    out, slots = [], 0
    items = arg.split(",")
    for n, item in enumerate(items):
        if slots >= XT_MULTI_PORTS:
            raise ParamError("too many ports specified")
        lo, colon, hi = item.partition(":")
        if colon and slots == XT_MULTI_PORTS - 1:
            raise ParamError("too many ports specified")
        a = parse_port(lo, proto)
        if colon:
            b = parse_port(hi, proto)
            if a >= b:
                raise ParamError("invalid portrange specified")
            out.append((a, b, True))
            slots += 2
        else:
            out.append((a, a, False))
            slots += 1
    return out


class Multiport(Match):
    NAME = "multiport"
    REVISION = 1
    HELP = ("multiport match options:\n"
            "[!] --source-ports port[,port:port,port...]\n"
            " --sports ...\n"
            "\t\t\t\tmatch source port(s)\n"
            "[!] --destination-ports port[,port:port,port...]\n"
            " --dports ...\n"
            "\t\t\t\tmatch destination port(s)\n"
            "[!] --ports port[,port:port,port]\n"
            "\t\t\t\tmatch both source and destination port(s)\n")
    PROTOS = tuple(PROTO_NAMES)
    OPTIONS = (
        Opt("source-ports", "string", invert=True, aliases=("sports",), excl=KEYS),
        Opt("destination-ports", "string", invert=True, aliases=("dports",), excl=KEYS),
        Opt("ports", "string", invert=True, excl=KEYS),
    )

    def parse(self, opt, arg, invert, ctx):
        proto = check_proto(ctx)
        self.v["flags"] = KEYS.index(opt.name)
        self.v["ports"] = parse_ports(arg, proto)
        self.v["proto"] = proto
        self.inv["ports"] = invert

    def final_check(self, ctx):
        if "flags" not in self.v:
            raise ParamError("multiport expection an option")   # sic, as 1.8.9 prints it

    def _list(self, numeric: bool) -> str:
        proto = self.v["proto"]
        out = []
        for lo, hi, rng in self.v["ports"]:
            text = port_name(lo, proto, numeric)
            if rng:
                text += ":" + port_name(hi, proto, numeric)
            out.append(text)
        return ",".join(out)

    def save(self):
        return f"{' !' if self.inv['ports'] else ''} --{SAVE_WORD[self.v['flags']]} {self._list(True)}"

    def print(self, numeric):
        return f" multiport {SAVE_WORD[self.v['flags']]} {' !' if self.inv['ports'] else ''}{self._list(numeric)}"

    def compile(self):
        flags, inv = self.v["flags"], self.inv["ports"]
        singles = frozenset(lo for lo, hi, rng in self.v["ports"] if not rng)
        spans = tuple((lo, hi) for lo, hi, rng in self.v["ports"] if rng)

        def hit(port):
            if port in singles:
                return True
            for lo, hi in spans:
                if lo <= port <= hi:
                    return True
            return False

        def multiport_mt(pkt, par):
            if pkt.fragoff:
                return False
            if pkt.truncated and pkt.len - pkt.thoff < 4:
                par.hotdrop = True      # only the two ports are read
                return False
            if flags == SOURCE:
                m = hit(pkt.sport)
            elif flags == DESTINATION:
                m = hit(pkt.dport)
            else:
                m = hit(pkt.sport) or hit(pkt.dport)
            return m ^ inv
        return multiport_mt


register(Multiport)
