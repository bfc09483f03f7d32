"""-m string: a byte pattern anywhere in [from, to) of the packet, offsets counted from the IP
header (xt_string over the kernel textsearch, revision 1).

bm and kmp both report the first occurrence, and our packets are linear buffers, so one search
serves both; --icase folds with the kernel's toupper(), whose ctype table is ISO-8859-1.
"""
from __future__ import annotations

from ...xtables import KernelError, Match, Opt, ParamError, register

PATTERN_MAX = 128            # XT_STRING_MAX_PATTERN_SIZE
ALGO_MAX = 15                # char algo[16]
ALGOS = ("bm", "kmp")        # textsearch algorithms for byte patterns; "fsm" takes a token program


def _kernel_toupper(c: int) -> int:
    # lib/ctype.c: a-z and 224..254 except 247 are lower case, as is 223 (sharp s)
    if 0x61 <= c <= 0x7A or (0xDF <= c <= 0xFE and c != 0xF7):
        return c - 0x20
    return c


UPPER = bytes(_kernel_toupper(c) for c in range(256))


def parse_hex_string(s: str) -> bytes:
    """--hex-string: text with |hex bytes| blocks (spaces allowed inside) and \\-escaped chars."""
    if not s:
        raise ParamError("STRING must contain at least one char")
    out = bytearray()
    b = s.encode("utf-8", "surrogateescape")
    n, i = len(b), 0
    hexmode = literal = False
    xdigits = b"0123456789abcdefABCDEF"
    while i < n:
        if len(out) >= PATTERN_MAX:
            raise ParamError(f'STRING too long "{s}"')
        c = b[i]
        if c == 0x5C and not hexmode:
            literal = True
        elif c == 0x5C:
            raise ParamError("Cannot include literals in hex data")
        elif c == 0x7C:
            if hexmode:
                hexmode = False
            else:
                hexmode = True
                while i + 1 < n and b[i + 1] == 0x20:
                    i += 1
            if i + 1 >= n:
                break
            i += 1
        if literal:
            if i + 1 >= n:
                raise ParamError("Bad literal placement at end of string")
            out.append(b[i + 1])
            i += 2
            literal = False
        elif hexmode:
            if i + 1 >= n:
                raise ParamError("Odd number of hex digits")
            if i + 2 >= n:
                raise ParamError("Invalid hex block")
            for ch in (b[i], b[i + 1]):
                if ch not in xdigits:
                    raise ParamError(f"Invalid hex char '{chr(ch)}'")
            out.append(int(b[i:i + 2], 16))
            i += 3 if b[i + 2] == 0x20 else 2
        else:
            out.append(b[i])
            i += 1
    return bytes(out)


def _pattern(arg, ext):
    b = arg.encode("utf-8", "surrogateescape")
    if len(b) > PATTERN_MAX:
        raise ParamError(f'STRING too long "{arg}"')
    return b


def _hex_pattern(arg, ext):
    return parse_hex_string(arg)


def _is_hex(p: bytes) -> bool:
    return any(not 0x20 <= c <= 0x7E for c in p) or p[-1:] == b"\\"


def pattern_text(p: bytes) -> str:
    if _is_hex(p):
        return ' "|' + p.hex() + '|"'
    return ' "' + "".join("\\" + chr(c) if c in (0x22, 0x5C) else chr(c) for c in p) + '"'


class String(Match):
    NAME = "string"
    REVISION = 1
    HELP = ("string match options:\n"
            "--from                       Offset to start searching from\n"
            "--to                         Offset to stop searching\n"
            "--algo                       Algorithm\n"
            "--icase                      Ignore case (default: 0)\n"
            "[!] --string string          Match a string in a packet\n"
            "[!] --hex-string string      Match a hex string in a packet\n")
    OPTIONS = (
        Opt("from", "uint16"),
        Opt("to", "uint16"),
        Opt("algo", "string", mandatory=True),
        Opt("string", _pattern, invert=True, excl=("hex-string",)),
        Opt("hex-string", _hex_pattern, invert=True, excl=("string",)),
        Opt("icase", "none", nargs=0),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name in ("string", "hex-string"):
            self.v["pattern"] = arg
            if invert:
                self.v["invert"] = True
        elif opt.name == "algo":
            self.v["algo"] = arg[:ALGO_MAX]
        else:
            self.v[opt.name] = arg

    def final_check(self, ctx):
        if "pattern" not in self.v:
            raise ParamError("STRING match: You must specify `--string' or `--hex-string'")

    def check_entry(self, table, hookmask, rule):
        if self.v.get("from", 0) > self.v.get("to", 0xFFFF):
            raise KernelError()
        if len(self.v["pattern"]) > PATTERN_MAX:
            raise KernelError()
        if not self.v["pattern"]:
            raise KernelError()
        if self.v["algo"] == "fsm":
            # ts_fsm wants an array of struct ts_fsm_token; we do not run such programs (a pattern
            # that is not one gets the same EINVAL from the kernel)
            raise KernelError()
        if self.v["algo"] not in ALGOS:
            raise KernelError("No chain/target/match by that name.")

    def _text(self, labels) -> str:
        v = self.v
        out = pattern_text(v["pattern"])
        out += f" {labels[0]} {v['algo']}"
        if v.get("from", 0):
            out += f" {labels[1]} {v['from']}"
        if v.get("to", 0xFFFF) != 0xFFFF:
            out += f" {labels[2]} {v.get('to', 0xFFFF)}"
        if v.get("icase"):
            out += f" {labels[3]}"
        return out

    def save(self):
        inv = " !" if self.v.get("invert") else ""
        kind = "--hex-string" if _is_hex(self.v["pattern"]) else "--string"
        return f"{inv} {kind}" + self._text(("--algo", "--from", "--to", "--icase"))

    def print(self, numeric):
        return f" STRING match {'!' if self.v.get('invert') else ''}" + \
            self._text(("ALGO name", "FROM", "TO", "ICASE"))

    def compile(self):
        v = self.v
        start, end = v.get("from", 0), v.get("to", 0xFFFF)
        pattern, inv = v["pattern"], bool(v.get("invert"))
        icase = bool(v.get("icase"))
        if icase:
            pattern = pattern.translate(UPPER)

            def string_icase(pkt, par):
                return (pkt.data[start:end].translate(UPPER).find(pattern) >= 0) ^ inv
            return string_icase

        def string_mt(pkt, par):
            return (pkt.data.find(pattern, start, end) >= 0) ^ inv
        return string_mt


register(String)
