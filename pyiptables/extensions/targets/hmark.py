"""-j HMARK: set the packet mark from a hash of its addresses, ports and protocol (xt_HMARK).

The hash is jhash_3words(lower address, higher address, ports, --hmark-rnd) where the ports word
is (port & mask | set) with the larger port in the upper half, xor'ed with the protocol under
--hmark-proto-mask, scaled into --hmark-mod and offset by --hmark-offset: the same for both
directions of a flow. ICMP errors hash their quoted header; fragments hash no ports; with
--hmark-tuple ct the conntrack entry's original source and reply source (and ports) are hashed,
and a packet without an entry is left alone. --hmark-tuple items fill the masks the options
would (an option given after its item is "only once"; given before, the item overrides it)."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, KernelError, Opt, ParamError, Target, register
from ...xtoptions import mask_to_cidr
from ...jhash import jhash_3words, reciprocal_scale

# --hmark-tuple items: (name, option it fills, value)
TUPLE = (("ct", "ct", True), ("src", "hmark-src-prefix", 0xFFFFFFFF), ("dst", "hmark-dst-prefix", 0xFFFFFFFF),
         ("sport", "hmark-sport-mask", 0xFFFF), ("dport", "hmark-dport-mask", 0xFFFF),
         ("proto", "hmark-proto-mask", 0xFFFF), ("spi", "hmark-spi-mask", 0xFFFFFFFF))
PKT_OPTS = ("hmark-src-prefix", "hmark-dst-prefix", "hmark-spi-mask", "hmark-sport-mask", "hmark-dport-mask",
            "hmark-proto-mask", "hmark-sport", "hmark-dport", "hmark-spi")
ICMP_ERRORS = (3, 4, 5, 11, 12)
PORT_OFFSET = {6: 0, 17: 0, 33: 0, 50: 0, 132: 0, 136: 0, 51: 4}      # proto_ports_offset()


def _tuple(arg: str, ext):
    return arg


class Hmark(Target):
    NAME = "HMARK"
    HELP = ("HMARK target options, i.e. modify hash calculation by:\n"
            "  --hmark-tuple [src|dst|sport|dport|spi|proto|ct][,...]\n"
            "  --hmark-mod value\t\t    nfmark modulus value\n"
            "  --hmark-offset value\t\t    Last action add value to nfmark\n"
            "\n"
            "  --hmark-rnd\t\t\t    Random see for hashing\n"
            " Alternatively, fine tuning of what will be included in hash calculation\n"
            "  --hmark-src-prefix length\t    Source address mask CIDR prefix\n"
            "  --hmark-dst-prefix length\t    Dest address mask CIDR prefix\n"
            "  --hmark-sport-mask value\t    Mask src port with value\n"
            "  --hmark-dport-mask value\t    Mask dst port with value\n"
            "  --hmark-spi-mask value\t    For esp and ah AND spi with value\n"
            "  --hmark-sport value\t\t    OR src port with value\n"
            "  --hmark-dport value\t\t    OR dst port with value\n"
            "  --hmark-spi value\t\t    For esp and ah OR spi with value\n"
            "  --hmark-proto-mask value\t    Mask Protocol with value\n")
    OPTIONS = (
        Opt("hmark-tuple", _tuple),
        Opt("hmark-src-prefix", "plenmask"),
        Opt("hmark-dst-prefix", "plenmask"),
        Opt("hmark-sport-mask", "uint16"),
        Opt("hmark-dport-mask", "uint16"),
        Opt("hmark-spi-mask", "uint32"),
        Opt("hmark-sport", "uint16"),
        Opt("hmark-dport", "uint16"),
        Opt("hmark-spi", "uint32"),
        Opt("hmark-proto-mask", "uint16"),
        Opt("hmark-rnd", "uint32"),
        Opt("hmark-mod", "uint32", min=1),
        Opt("hmark-offset", "uint32"),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name != "hmark-tuple":
            self.v[opt.name] = arg
            return
        words = arg.split(",")
        for i, word in enumerate(words):
            last = i == len(words) - 1
            if last and not word:
                raise ParamError('"--hmark-tuple" requires a list of types with no spaces, e.g. '
                                 'src,dst,sport,dport,proto')
            item = next((t for t in TUPLE if word and t[0][:len(word)].lower() == word.lower()
                         and len(word) <= len(t[0])), None)
            if item is None:
                raise ParamError(f'Bad type "{word if last else ",".join(words[i:])}"')
            self.v[item[1]] = item[2]
            if item[1] != "ct" and item[1] not in self.seen:
                self.seen.append(item[1])         # its bit in xflags: the option is now "used"

    def final_check(self, ctx):
        v = self.v
        if "hmark-mod" not in v:
            raise ParamError("--hmark-mod is mandatory")
        if "hmark-rnd" not in v:
            raise ParamError("--hmark-rnd is mandatory")
        if "hmark-spi-mask" in v and ("hmark-sport-mask" in v or "hmark-dport-mask" in v):
            raise ParamError("you cannot use --hmark-spi-mask and --hmark-?port-mask,at the same time")
        if not any(k in v for k in PKT_OPTS) and "ct" not in v:
            raise ParamError("you have to specify --hmark-tuple at least")

    def check_entry(self, table, hookmask, rule):
        if "hmark-spi" in self.v and ("hmark-sport" in self.v or "hmark-dport" in self.v):
            raise KernelError()     # "spi-set and port-set can't be combined"

    # -- output: fixed order, whatever the order given --------------------------------------------
    FIELDS = (("hmark-sport-mask", "sport-mask", 4), ("hmark-dport-mask", "dport-mask", 4),
              ("hmark-spi-mask", "spi-mask", 8), ("hmark-sport", "sport", 4), ("hmark-dport", "dport", 4),
              ("hmark-spi", "spi", 8), ("hmark-proto-mask", "proto-mask", 2), ("hmark-rnd", "rnd", 8))

    def save(self):
        v = self.v
        out = "".join(f" --{k} {mask_to_cidr(v[k])}" for k in ("hmark-src-prefix", "hmark-dst-prefix") if k in v)
        out += "".join(f" --{k} 0x{v[k]:0{w}x}" for k, _, w in self.FIELDS if k in v)
        out += "".join(f" --{k} {v[k]}" for k in ("hmark-mod", "hmark-offset") if k in v)
        return out + (" --hmark-tuple ct" if "ct" in v else "")

    def print(self, numeric):
        v = self.v
        out = f" HMARK mod {v['hmark-mod']} "
        if "hmark-offset" in v:
            out += f"+ 0x{v['hmark-offset']:x} "
        if "ct" in v:
            out += "ct, "
        for k, label in (("hmark-src-prefix", "src-prefix"), ("hmark-dst-prefix", "dst-prefix")):
            if k in v:
                out += f"{label} {mask_to_cidr(v[k])} "
        return out + "".join(f"{label} 0x{v[k]:x} " for k, label, _ in self.FIELDS if k in v)

    def compile(self):
        v = self.v
        smask, dmask = v.get("hmark-src-prefix", 0), v.get("hmark-dst-prefix", 0)
        pmask = v["hmark-spi-mask"] if "hmark-spi-mask" in v else \
            v.get("hmark-sport-mask", 0) << 16 | v.get("hmark-dport-mask", 0)
        pset = v["hmark-spi"] if "hmark-spi" in v else v.get("hmark-sport", 0) << 16 | v.get("hmark-dport", 0)
        proto_mask, rnd = v.get("hmark-proto-mask", 0), v["hmark-rnd"]
        mod, offset, ct_mode = v["hmark-mod"], v.get("hmark-offset", 0), "ct" in v

        def ports_word(word: int) -> int:
            """hmark_swap_ports(): masked and set, the larger 16-bit half on top."""
            word = (word & pmask) | pset
            s, d = word >> 16, word & 0xFFFF
            return (d << 16 | s) if d > s else (s << 16 | d)

        def hmark_tg(pkt, par):
            t = ct_tuple(pkt, smask, dmask, ports_word) if ct_mode else \
                pkt_tuple(pkt, smask, dmask, ports_word)
            if t is None:
                return XT_CONTINUE
            src, dst, ports, proto = t
            if dst < src:
                src, dst = dst, src
            h = jhash_3words(src, dst, ports, rnd) ^ (proto & proto_mask)
            pkt.mark = (reciprocal_scale(h, mod) + offset) & 0xFFFFFFFF
            return XT_CONTINUE
        return hmark_tg


def _be32(d, i: int) -> int:
    return d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3]


def pkt_tuple(pkt, smask, dmask, ports_word):
    """hmark_pkt_set_htuple_ipv4(): (src, dst, ports, proto), or None to leave the packet alone."""
    d = pkt.data
    end = min(pkt.len, len(d)) if pkt.len >= 20 else len(d)
    off = 0
    ihl = (d[0] & 15) * 4
    if d[9] == 1 and off + ihl + 8 <= end:
        icmp_type = d[ihl]
        if icmp_type <= 18 and icmp_type in ICMP_ERRORS:
            off = ihl + 8                      # the quoted header
            if off + 20 > end:
                return None
            ihl = (d[off] & 15) * 4
    src, dst = _be32(d, off + 12) & smask, _be32(d, off + 16) & dmask
    proto = d[off + 9]
    if proto == 1 or (d[off + 6] << 8 | d[off + 7]) & 0x3FFF:
        return src, dst, 0, proto
    poff = PORT_OFFSET.get(proto)
    if poff is None:
        return src, dst, 0, proto
    at = off + ihl + poff
    if at + 4 > end:
        return src, dst, 0, proto
    return src, dst, ports_word(_be32(d, at)), proto


def ct_tuple(pkt, smask, dmask, ports_word):
    """hmark_ct_set_htuple(): the entry's original source and reply source, and their ports."""
    ct = pkt.ct
    if ct is None:
        return None
    o, r = ct.tuple_orig, ct.tuple_reply
    proto = o[2]
    ports = 0 if proto == 1 else ports_word(o[3] << 16 | r[3])
    return o[0] & smask, r[0] & dmask, ports, proto


register(Hmark)
