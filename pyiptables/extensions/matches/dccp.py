"""-m dccp: ports, packet types and options of DCCP packets (xt_dccp, libxt_dccp of iptables 1.8.9)."""
from __future__ import annotations

from ...packet import IPPROTO_DCCP
from ...xtables import Match, Opt, ParamError, register
from .sctp import print_range, save_range

# enum dccp_pkt_type; INVALID stands for every type from 10 to 15 (1.8.9 sets all six bits)
TYPES = ("REQUEST", "RESPONSE", "DATA", "ACK", "DATAACK", "CLOSEREQ", "CLOSE", "RESET", "SYNC", "SYNCACK",
         "INVALID")
PKT_INVALID = 10
INVALID_MASK = 0xFC00
DCCPHDR = 12                                          # struct dccp_hdr (short sequence numbers)
# dccp_packet_hdr_len(): what follows the generic header, by type (types 10-15 as RESET)
TYPE_HDR = (4, 12, 0, 8, 8, 8, 8, 12, 8, 8) + (12,) * 6


def parse_types(arg: str, ext) -> int:
    mask = 0
    for word in arg.split(","):
        if not word:
            continue                                  # strtok() skips empty fields
        up = word.upper() if word.isascii() else word
        if up not in TYPES:
            raise ParamError(f"Unknown DCCP type `{word}'")
        i = TYPES.index(up)
        mask |= INVALID_MASK if i == PKT_INVALID else 1 << i
    return mask


def types_text(mask: int, numeric: bool) -> str:
    words = []
    for i in range(16):
        if mask >> i & 1:
            if numeric:
                words.append(str(i))
            else:
                words.append(TYPES[min(i, PKT_INVALID)])
                if i >= PKT_INVALID:
                    break                             # INVALID names the rest of the bits
    return " " + ",".join(words)


class Dccp(Match):
    NAME = "dccp"
    HELP = ("dccp match options\n"
            "[!] --source-port port[:port]                          match source port(s)\n"
            " --sport ...\n"
            "[!] --destination-port port[:port]                     match destination port(s)\n"
            " --dport ...\n"
            "[!] --dccp-types type[,...]                            match when packet is one of the given types\n"
            "[!] --dccp-option option                               match if option (by number!) is set\n")
    PROTOS = (IPPROTO_DCCP,)
    OPTIONS = (
        Opt("source-port", "portrc", invert=True, aliases=("sport",), dest="sport"),
        Opt("destination-port", "portrc", invert=True, aliases=("dport",), dest="dport"),
        Opt("dccp-types", parse_types, invert=True),
        Opt("dccp-option", "uint8", invert=True, min=1, max=255),
    )

    def save(self):
        out = save_range(self, "sport", "--sport") + save_range(self, "dport", "--dport")
        if "dccp-types" in self.v:
            out += f"{' !' if self.inv['dccp-types'] else ''} --dccp-types" + types_text(self.v["dccp-types"], False)
        if "dccp-option" in self.v:
            out += f"{' !' if self.inv['dccp-option'] else ''} --dccp-option {self.v['dccp-option']}"
        return out

    def print(self, numeric):
        out = " dccp" + print_range(self, "sport", "spt", "dccp", numeric) + \
            print_range(self, "dport", "dpt", "dccp", numeric)
        if "dccp-types" in self.v:
            out += (" !" if self.inv["dccp-types"] else "") + types_text(self.v["dccp-types"], numeric)
        if "dccp-option" in self.v:
            out += f" option={'!' if self.inv['dccp-option'] else ''}{self.v['dccp-option']}"
        return out

    def compile(self):
        slo, shi = self.v.get("sport", (0, 0xFFFF))
        dlo, dhi = self.v.get("dport", (0, 0xFFFF))
        sinv, dinv = self.inv.get("sport", False), self.inv.get("dport", False)
        types = self.v.get("dccp-types")
        tinv = self.inv.get("dccp-types", False)
        option = self.v.get("dccp-option")
        oinv = self.inv.get("dccp-option", False)

        def dccp_mt(pkt, par):
            if pkt.fragoff:
                return False
            d, th = pkt.data, pkt.thoff
            end = pkt.len if 0 < pkt.len < len(d) else len(d)
            if end < th + DCCPHDR:
                par.hotdrop = True
                return False
            sp = d[th] << 8 | d[th + 1]
            if (slo <= sp <= shi) == sinv:
                return False
            dp = d[th + 2] << 8 | d[th + 3]
            if (dlo <= dp <= dhi) == dinv:
                return False
            if types is not None and bool(types >> (d[th + 8] >> 1 & 15) & 1) == tinv:
                return False
            if option is not None:
                return find_option(d, th, end, option, par) != oinv
            return True
        return dccp_mt


def find_option(d, th: int, end: int, option: int, par) -> bool:
    """dccp_find_option(): options sit between the type's header and the data offset; a data
    offset inside the header, or options past the packet's end, hotdrop it."""
    b8 = d[th + 8]
    hlen = DCCPHDR + (4 if b8 & 1 else 0) + TYPE_HDR[b8 >> 1 & 15]
    doff = d[th + 4] * 4
    if doff < hlen:
        par.hotdrop = True
        return False
    if doff == hlen:
        return False
    i, stop = th + hlen, th + doff
    if stop > end:
        par.hotdrop = True
        return False
    while i < stop:
        k = d[i]
        if k == option:
            return True
        if k < 2:
            i += 1
            continue
        if i + 1 >= stop:
            break
        i += d[i + 1] or 1
    return False


register(Dccp)
