"""-m u32: tests on 32-bit words read at computed offsets of the IP packet (xt_u32).

Grammar (libxt_u32 help):  tests := location "=" value | tests "&&" location "=" value
value := range | value "," range;  range := number | number ":" number
location := number | location operator number;  operator := "&" | "<<" | ">>" | "@"
"""
from __future__ import annotations

from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import strtoul_end

MAXSIZE = 10                       # XT_U32_MAXSIZE: arrays hold MAXSIZE + 1 entries
AND, SHL, SHR, AT = range(4)
OP_TEXT = {AND: "&", SHL: "<<", SHR: ">>", AT: "@"}
_SPACE = " \t\n\v\f\r"


def _err(msg):
    return ParamError(f"u32: {msg}")


def _number(s: str, i: int) -> tuple[int, int]:
    v, end = strtoul_end(s[i:])
    if v is None or v > 0xFFFFFFFF:
        raise _err(f"at char {i}: not a number or out of range")
    return v, i + end


def parse_tests(s: str) -> list:
    """-> [(location, values)]; location = [(op, number)] (first op None), values = [(min, max)]."""
    tests, loc, vals = [], [], []
    state, i, n = 0, 0, len(s)
    while True:
        while i < n and s[i] in _SPACE:
            i += 1
        if i >= n:
            if state == 0:
                raise _err("abrupt end of input after location specifier")
            if not vals:
                raise _err("test ended with no value specified")
            tests.append((loc, vals))
            if len(tests) > MAXSIZE:
                raise _err(f'at char {i}: too many "&&"s')
            return tests
        c = s[i]
        if state == 0:
            if c == "=":
                if not loc:
                    raise _err(f"at char {i}: location spec missing")
                i += 1
                state = 1
                continue
            op = None
            if loc:
                if c == "&":
                    op = AND
                elif c in "<>":
                    i += 1
                    if s[i:i + 1] != c:
                        raise _err(f"at char {i}: a second '{c}' was expected")
                    op = SHL if c == "<" else SHR
                elif c == "@":
                    op = AT
                else:
                    raise _err(f"at char {i}: operator expected")
                i += 1
            num, i = _number(s, i)
            loc.append((op, num))
            if len(loc) > MAXSIZE:
                raise _err(f"at char {i}: too many operators")
        else:
            if c == "&":
                i += 1
                if s[i:i + 1] != "&":
                    raise _err(f"at char {i}: a second '&' was expected")
                if not vals:
                    raise _err(f"at char {i}: value spec missing")
                tests.append((loc, vals))
                if len(tests) > MAXSIZE:
                    raise _err(f'at char {i}: too many "&&"s')
                loc, vals = [], []
                i += 1
                state = 0
                continue
            if vals:
                if c != ",":
                    raise _err(f'at char {i}: expected "," or "&&"')
                i += 1
            lo, i = _number(s, i)
            while i < n and s[i] in _SPACE:
                i += 1
            hi = lo
            if s[i:i + 1] == ":":
                hi, i = _number(s, i + 1)
            vals.append((lo, hi))
            if len(vals) > MAXSIZE:
                raise _err(f'at char {i}: too many ","s')


def dump(tests) -> str:
    out = []
    for loc, vals in tests:
        t = "".join((OP_TEXT[op] if op is not None else "") + f"0x{num:x}" for op, num in loc) + "="
        t += ",".join(f"0x{lo:x}" if lo == hi else f"0x{lo:x}:0x{hi:x}" for lo, hi in vals)
        out.append(t)
    return '"' + "&&".join(out) + '"'


class U32(Match):
    NAME = "u32"
    HELP = ("u32 match options:\n"
            "[!] --u32 tests\n"
            "\t\ttests := location \"=\" value | tests \"&&\" location \"=\" value\n"
            "\t\tvalue := range | value \",\" range\n"
            "\t\trange := number | number \":\" number\n"
            "\t\tlocation := number | location operator number\n"
            "\t\toperator := \"&\" | \"<<\" | \">>\" | \"@\"\n")
    OPTIONS = (Opt("u32", "string", invert=True, mandatory=True),)

    def parse(self, opt, arg, invert, ctx):
        self.v["u32"] = parse_tests(arg)
        self.inv["u32"] = invert

    def check_entry(self, table, hookmask, rule):
        # u32_mt_checkentry (since the 2023 input validation fix) refuses shifts of 32 or more
        for loc, _ in self.v["u32"]:
            if any(op in (SHL, SHR) and num >= 32 for op, num in loc):
                raise KernelError()

    def save(self):
        return f"{' !' if self.inv['u32'] else ''} --u32 {dump(self.v['u32'])}"

    def print(self, numeric):
        return f" u32{' !' if self.inv['u32'] else ''} {dump(self.v['u32'])}"

    def compile(self):
        tests = tuple((loc[0][1], tuple(loc[1:]), tuple(vals)) for loc, vals in self.v["u32"])
        inv = self.inv["u32"]

        def word(d, pos):
            return (d[pos] << 24) | (d[pos + 1] << 16) | (d[pos + 2] << 8) | d[pos + 3]

        def u32_mt(pkt, par):
            d = pkt.data
            size = len(d)          # skb->len: the IP packet
            for first, ops, vals in tests:
                if size < 4 or first > size - 4:
                    return inv
                val, at = word(d, first), 0
                for op, num in ops:
                    if op == AND:
                        val &= num
                    elif op == SHL:
                        val = (val << (num & 31)) & 0xFFFFFFFF   # x86 masks the shift count
                    elif op == SHR:
                        val >>= num & 31
                    else:
                        if at + val > 0xFFFFFFFF:
                            return inv
                        at += val
                        if at + 4 > 0xFFFFFFFF or size < at + 4 or num > size - at - 4:
                            return inv
                        val = word(d, at + num)
                for lo, hi in vals:
                    if lo <= val <= hi:
                        break
                else:
                    return inv
            return not inv
        return u32_mt


register(U32)
