"""-m tcp: ports, flags and options of TCP segments (xt_tcpudp)."""
from __future__ import annotations

from ...packet import IPPROTO_TCP
from ...xtables import Opt, ParamError, register
from ...xtoptions import strtoul
from .ports import PortMatch, parse_port_range, print_ports, save_ports

FLAGS = (("FIN", 0x01), ("SYN", 0x02), ("RST", 0x04), ("PSH", 0x08), ("ACK", 0x10), ("URG", 0x20))
FLAG_NAMES = {"FIN": 0x01, "SYN": 0x02, "RST": 0x04, "PSH": 0x08, "ACK": 0x10, "URG": 0x20,
              "ALL": 0x3F, "NONE": 0}


def parse_flags(word: str) -> int:
    """parse_tcp_flag(): strtok(",") skips empty words; names compare with strcasecmp (ASCII)."""
    v = 0
    for name in word.split(","):
        if not name:
            continue
        bit = FLAG_NAMES.get(name.upper()) if name.isascii() else None
        if bit is None:
            raise ParamError(f"Unknown TCP flag `{name}'")
        v |= bit
    return v


def flags_text(v: int) -> str:
    if v == 0:
        return "NONE"
    return ",".join(n for n, b in FLAGS if v & b)


_ROWS = {k: Opt(k) for k in ("sport", "dport", "tcp-flags", "tcp-option")}    # stored under their dest


class Tcp(PortMatch):
    NAME = "tcp"
    HELP = ("tcp match options:\n"
            "[!] --tcp-flags mask comp\tmatch when TCP flags & mask == comp\n"
            "\t\t\t\t(Flags: SYN ACK FIN RST URG PSH ALL NONE)\n"
            "[!] --syn\t\t\tmatch when only SYN flag set\n"
            "\t\t\t\t(equivalent to --tcp-flags SYN,RST,ACK,FIN SYN)\n"
            "[!] --source-port port[:port]\n"
            " --sport ...\n"
            "\t\t\t\tmatch source port(s)\n"
            "[!] --destination-port port[:port]\n"
            " --dport ...\n"
            "\t\t\t\tmatch destination port(s)\n"
            "[!] --tcp-option number        match if TCP option set\n")
    PROTOS = (IPPROTO_TCP,)
    OPTIONS = (
        Opt("source-port", "string", invert=True, aliases=("sport",), dest="sport", multi=True),
        Opt("destination-port", "string", invert=True, aliases=("dport",), dest="dport", multi=True),
        Opt("tcp-flags", "string", invert=True, nargs=2, multi=True),
        Opt("syn", "none", invert=True, nargs=0, multi=True),
        Opt("tcp-option", "string", invert=True, multi=True),
    )

    def parse(self, opt, arg, invert, ctx):
        # libxt_tcp parses by hand (no option table): each check in its order, before the value
        key = opt.dest or opt.name
        if key in ("sport", "dport") and self.seen.count(key) > 1:
            name = "source" if key == "sport" else "destination"
            raise ParamError(f"Only one `--{name}-port' allowed")
        if key in ("sport", "dport"):
            arg = parse_port_range(arg, "tcp")
        if key in ("tcp-flags", "syn") and "tcp-flags" in self.v:
            raise ParamError("Only one of `--syn' or `--tcp-flags'  allowed")
        if key == "tcp-flags":
            if len(arg) < 2:
                raise ParamError("--tcp-flags requires two args.")
            arg = (parse_flags(arg[0]), parse_flags(arg[1]))
        elif key == "syn":
            key, arg = "tcp-flags", (0x17, 0x02)
        elif key == "tcp-option":
            if "tcp-option" in self.v:
                raise ParamError("Only one `--tcp-option' allowed")
            v = strtoul(arg)                    # xtables_strtoui(arg, NULL, .., 1, 255)
            if v is None or not 1 <= v <= 255:
                raise ParamError(f'Bad TCP option "{arg}"')
            arg = v
        super().parse(_ROWS[key], arg, invert, ctx)

    def unsaved(self):
        """--tcp-flags NONE COMP: the comparison value is in the match data though nothing prints it."""
        mask, cmp = self.v.get("tcp-flags", (0, 0))
        return "" if mask or self.inv.get("tcp-flags") else str(cmp)

    def save(self):
        out = save_ports(self, "sport", "--sport") + save_ports(self, "dport", "--dport")
        if "tcp-option" in self.v:
            out += f"{' !' if self.inv['tcp-option'] else ''} --tcp-option {self.v['tcp-option']}"
        mask, cmp = self.v.get("tcp-flags", (0, 0))
        if mask or self.inv.get("tcp-flags"):             # a mask of NONE is not printed
            out += f"{' !' if self.inv['tcp-flags'] else ''} --tcp-flags {flags_text(mask)} {flags_text(cmp)}"
        return out

    def print(self, numeric):
        out = " tcp" + print_ports(self, "sport", "spt", "tcp", numeric) + \
            print_ports(self, "dport", "dpt", "tcp", numeric)
        if "tcp-option" in self.v:
            out += f" option={'!' if self.inv['tcp-option'] else ''}{self.v['tcp-option']}"
        mask, cmp = self.v.get("tcp-flags", (0, 0))
        if mask or self.inv.get("tcp-flags"):
            inv = "!" if self.inv["tcp-flags"] else ""
            if numeric:
                out += f" flags:{inv}0x{mask:02X}/0x{cmp:02X}"
            else:
                out += f" flags:{inv}{flags_text(mask)}/{flags_text(cmp)}"
        return out

    def compile(self):
        slo, shi = self.v.get("sport", (0, 0xFFFF))
        dlo, dhi = self.v.get("dport", (0, 0xFFFF))
        sinv, dinv = self.inv.get("sport", False), self.inv.get("dport", False)
        fmask, fcmp = self.v.get("tcp-flags", (0, 0))
        finv = self.inv.get("tcp-flags", False)
        option = self.v.get("tcp-option")
        oinv = self.inv.get("tcp-option", False)

        def tcp_mt(pkt, par):
            if pkt.fragoff:
                if pkt.fragoff == 8:
                    par.hotdrop = True     # "Dropping evil TCP offset=1 frag." (offset in 8-byte units)
                return False
            if pkt.truncated:
                par.hotdrop = True     # "Dropping evil TCP offset=0 tinygram."
                return False
            if not ((slo <= pkt.sport <= shi) ^ sinv):
                return False
            if not ((dlo <= pkt.dport <= dhi) ^ dinv):
                return False
            if not (((pkt.tcpflags & fmask) == fcmp) ^ finv):
                return False
            if option is not None:
                return has_option(pkt, option) ^ oinv
            return True
        return tcp_mt


def has_option(pkt, kind: int) -> bool:
    d, start = pkt.data, pkt.thoff + 20
    end = pkt.thoff + pkt.doff
    i = start
    while i < end and i < len(d):
        k = d[i]
        if k == kind:
            return True
        if k in (0, 1):
            i += 1
            continue
        if i + 1 >= end or d[i + 1] < 2:
            return False
        i += d[i + 1]
    return False


register(Tcp)
