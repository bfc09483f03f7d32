"""-m sctp: ports and chunk types of SCTP packets (xt_sctp, libxt_sctp of iptables 1.8.9).

--chunk-types MODE CHUNKS: MODE any/all/only; CHUNKS `ALL`, `NONE` or names, each with optional
flag letters after a colon (upper case: the flag must be set, lower case: must be clear).
"""
from __future__ import annotations

from ...packet import IPPROTO_SCTP
from ...xtables import Match, Opt, ParamError, register
from .ports import parse_port_range, port_name

# libxt_sctp's table in its order: (name, chunk type, flag letters from bit 7 down to bit 0).
# 1.8.9 keys a chunk's flags by its position in this table, not by its type: identical for
# DATA..SHUTDOWN_COMPLETE (positions 0-14), so flags given for the later ones are stored for
# types 15-21, never printed, and never apply to the chunk they were written after.
CHUNKS = (
    ("DATA", 0, "----IUBE"), ("INIT", 1, "--------"), ("INIT_ACK", 2, "--------"), ("SACK", 3, "--------"),
    ("HEARTBEAT", 4, "--------"), ("HEARTBEAT_ACK", 5, "--------"), ("ABORT", 6, "-------T"),
    ("SHUTDOWN", 7, "--------"), ("SHUTDOWN_ACK", 8, "--------"), ("ERROR", 9, "--------"),
    ("COOKIE_ECHO", 10, "--------"), ("COOKIE_ACK", 11, "--------"), ("ECN_ECNE", 12, "--------"),
    ("ECN_CWR", 13, "--------"), ("SHUTDOWN_COMPLETE", 14, "-------T"), ("I_DATA", 64, "----IUBE"),
    ("RE_CONFIG", 130, "--------"), ("PAD", 132, "--------"), ("ASCONF", 193, "--------"),
    ("ASCONF_ACK", 128, "--------"), ("FORWARD_TSN", 192, "--------"), ("I_FORWARD_TSN", 194, "--------"),
)
_BY_NAME = {name: i for i, (name, _t, _f) in enumerate(CHUNKS)}
_NAME_OF = {t: name for name, t, _f in CHUNKS}

MATCH_ANY, MATCH_ALL, MATCH_ONLY = 1, 2, 4            # SCTP_CHUNK_MATCH_*
MODES = {"ANY": MATCH_ANY, "ALL": MATCH_ALL, "ONLY": MATCH_ONLY}
MODE_TEXT = {MATCH_ANY: "any", MATCH_ALL: "all", MATCH_ONLY: "only"}
NUM_FLAGS = 4                                         # XT_NUM_SCTP_FLAGS
ALL_CHUNKS = (1 << 256) - 1
SCTPHDR = 12                                          # struct sctphdr: ports, vtag, checksum


def _upper(c: str) -> str:
    return c.upper() if "a" <= c <= "z" else c       # toupper() in the C locale


def parse_chunks(mode: str, chunks: str):
    """(mode, chunk map as a 256-bit int, {position: (flag, mask)}) or the tool's error."""
    m = MODES.get(mode.upper()) if mode.isascii() else None
    if m is None:
        raise ParamError('Match type has to be one of "ALL", "ANY" or "ONLY"')
    up = chunks.upper() if chunks.isascii() else chunks
    if up == "ALL":
        return m, ALL_CHUNKS, {}
    if up == "NONE":
        return m, 0, {}
    cmap, flags = 0, {}
    for word in chunks.split(","):
        if not word:
            continue                                  # strtok() skips empty fields
        name, colon, letters = word.partition(":")
        i = _BY_NAME.get(name.upper() if name.isascii() else name)
        if i is None:
            raise ParamError(f"Unknown sctp chunk `{name}'")
        cmap |= 1 << CHUNKS[i][1]
        valid = CHUNKS[i][2]
        for c in letters:
            p = valid.find(_upper(c))
            if p < 0:
                raise ParamError(f"Invalid flags for chunk type {i}")
            if i not in flags and len(flags) == NUM_FLAGS:
                raise ParamError("Number of chunk types with flags exceeds currently allowed limit. Increasing "
                                 "this limit involves changing IPT_NUM_SCTP_FLAGS and recompiling both the "
                                 "kernel space and user space modules")
            flag, mask = flags.get(i, (0, 0))
            bit = 1 << (7 - p)
            flags[i] = (flag | bit if "A" <= c <= "Z" else flag, mask | bit)
    return m, cmap, flags


def chunks_text(mode: int, cmap: int, flags: dict, numeric: bool) -> str:
    out = " " + MODE_TEXT[mode]
    if not cmap:
        return out + " NONE"
    if cmap == ALL_CHUNKS:
        return out + " ALL"
    words = []
    for t in range(256):
        if not cmap >> t & 1:
            continue
        w = f"0x{t:04X}" if numeric else _NAME_OF.get(t, "")
        if t in flags:                                # position == type: see CHUNKS
            flag, mask = flags[t]
            valid = CHUNKS[t][2]
            w += ":" + "".join(valid[7 - b] if flag >> b & 1 else valid[7 - b].lower()
                               for b in range(7, -1, -1) if mask >> b & 1)
        words.append(w)
    return out + " " + ",".join(words)


def save_range(ext, key: str, flag: str) -> str:
    """A given port range is always saved, even 0:65535 (unlike tcp/udp)."""
    if key not in ext.v:
        return ""
    lo, hi = ext.v[key]
    inv = " !" if ext.inv[key] else ""
    return f"{inv} {flag} {lo}" if lo == hi else f"{inv} {flag} {lo}:{hi}"


def print_range(ext, key: str, label: str, proto: str, numeric: bool) -> str:
    if key not in ext.v:
        return ""
    lo, hi = ext.v[key]
    inv = "!" if ext.inv[key] else ""
    if lo == 0 and hi == 0xFFFF and not inv:
        return ""
    if lo == hi:
        return f" {label}:{inv}{port_name(lo, proto, numeric)}"
    return f" {label}s:{inv}{port_name(lo, proto, numeric)}:{port_name(hi, proto, numeric)}"


class Sctp(Match):
    NAME = "sctp"
    HELP = ("sctp match options\n"
            "[!] --source-port port[:port]                          match source port(s)\n"
            " --sport ...\n"
            "[!] --destination-port port[:port]                     match destination port(s)\n"
            " --dport ...\n"
            "[!] --chunk-types (all|any|none) (chunktype[:flags])+\tmatch if all, any or none of\n"
            "\t\t\t\t\t\t        chunktypes are present\n"
            "chunktypes - DATA INIT INIT_ACK SACK HEARTBEAT HEARTBEAT_ACK ABORT SHUTDOWN SHUTDOWN_ACK ERROR "
            "COOKIE_ECHO COOKIE_ACK ECN_ECNE ECN_CWR SHUTDOWN_COMPLETE ASCONF ASCONF_ACK FORWARD_TSN ALL NONE\n")
    PROTOS = (IPPROTO_SCTP,)
    OPTIONS = (
        Opt("source-port", "string", invert=True, aliases=("sport",), dest="sport", multi=True),
        Opt("destination-port", "string", invert=True, aliases=("dport",), dest="dport", multi=True),
        Opt("chunk-types", "string", invert=True, nargs=2, multi=True),
    )

    def parse(self, opt, arg, invert, ctx):
        # libxt_sctp parses by hand: the repeat check first, then the value
        key = opt.dest or opt.name
        if self.seen.count(key) > 1:
            raise ParamError(f"Only one `--{opt.name}' allowed")
        if key == "chunk-types":
            if len(arg) < 2:
                raise ParamError("--chunk-types requires two args")
            arg = parse_chunks(arg[0], arg[1])
        else:
            arg = parse_port_range(arg, "sctp")
        self.v[key] = arg
        self.inv[key] = invert

    def save(self):
        out = save_range(self, "sport", "--sport") + save_range(self, "dport", "--dport")
        if "chunk-types" in self.v:
            out += f"{' !' if self.inv['chunk-types'] else ''} --chunk-types" + chunks_text(*self.v["chunk-types"], False)
        return out

    def print(self, numeric):
        out = " sctp" + print_range(self, "sport", "spt", "sctp", numeric) + \
            print_range(self, "dport", "dpt", "sctp", numeric)
        if "chunk-types" in self.v:
            out += (" !" if self.inv["chunk-types"] else "") + chunks_text(*self.v["chunk-types"], numeric)
        return out

    def unsaved(self):
        """Flags stored for positions 15-21 (see CHUNKS): -C/-D compare them, save() omits them."""
        flags = self.v["chunk-types"][2] if "chunk-types" in self.v else {}
        return repr(sorted((i, f) for i, f in flags.items() if i != CHUNKS[i][1]))

    def compile(self):
        slo, shi = self.v.get("sport", (0, 0xFFFF))
        dlo, dhi = self.v.get("dport", (0, 0xFFFF))
        sinv, dinv = self.inv.get("sport", False), self.inv.get("dport", False)
        chunks = self.v.get("chunk-types")
        cinv = self.inv.get("chunk-types", False)
        walk = chunk_walker(*chunks) if chunks else None

        def sctp_mt(pkt, par):
            if pkt.fragoff:
                return False
            d, th = pkt.data, pkt.thoff
            end = pkt.len if 0 < pkt.len < len(d) else len(d)
            if end < th + SCTPHDR:
                par.hotdrop = True
                return False
            sp = d[th] << 8 | d[th + 1]
            if (slo <= sp <= shi) == sinv:
                return False
            dp = d[th + 2] << 8 | d[th + 3]
            if (dlo <= dp <= dhi) == dinv:
                return False
            if walk is None:
                return True
            return walk(d, th + SCTPHDR, end, par) != cinv
        return sctp_mt


def chunk_walker(mode: int, cmap: int, flags: dict):
    """match_packet() of xt_sctp: walk the chunks after the common header. A chunk header past the
    end, or a chunk length of 0, hotdrops the packet (even when inverted)."""
    wanted = tuple(bool(cmap >> t & 1) for t in range(256))
    rules = [None] * 256
    for t, (flag, mask) in flags.items():
        rules[t] = (mask, flag)
    rules = tuple(rules)

    def flags_ok(t, f):
        r = rules[t]
        return r is None or f & r[0] == r[1]

    def walk(d, off, end, par):
        left = cmap if mode == MATCH_ALL else 0
        while True:
            if off + 4 > end:
                par.hotdrop = True
                return False
            t, f = d[off], d[off + 1]
            n = d[off + 2] << 8 | d[off + 3]
            if not n:
                par.hotdrop = True
                return False
            off += (n + 3) & ~3
            if wanted[t]:
                if mode == MATCH_ANY:
                    if flags_ok(t, f):
                        return True
                elif mode == MATCH_ALL:
                    if flags_ok(t, f):
                        left &= ~(1 << t)
                elif not flags_ok(t, f):
                    return False
            elif mode == MATCH_ONLY:
                return False
            if off >= end:
                break
        if mode == MATCH_ALL:
            return not left
        return mode == MATCH_ONLY
    return walk


register(Sctp)
