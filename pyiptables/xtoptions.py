"""Typed option values, like libxtables' xtoptions.c: each type turns one argv word into a value
or raises the ParamError text the real tool prints. Extensions name a type in their `Opt` rows.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .xtables import Opt, ParamError

UINT_MAX = {"uint8": 0xFF, "uint16": 0xFFFF, "uint32": 0xFFFFFFFF, "uint64": 0xFFFFFFFFFFFFFFFF}


_CSPACE = " \t\n\v\f\r"
_NUMBER_START = frozenset("0123456789+" + _CSPACE)
_DIGITS = {8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}


def strtoul_end(s: str, base: int = 0):
    """strtoumax(s, &end, base) as xtables_strtoul_base() calls it: leading C whitespace and a `+`
    are skipped, a `-` is refused; returns (value, end index), or (None, 0) when no digits were
    read or the value overflows 64 bits (ERANGE)."""
    i, n = 0, len(s)
    while i < n and s[i] in _CSPACE:
        i += 1
    if i < n and s[i] == "-":
        return None, 0
    if i < n and s[i] == "+":
        i += 1
    if base in (0, 16) and s[i:i + 2] in ("0x", "0X") and i + 2 < n and s[i + 2] in _DIGITS[16]:
        base, i = 16, i + 2
    elif base == 0:
        base = 8 if s[i:i + 1] == "0" else 10
    j = i
    digits = _DIGITS[base]
    while j < n and s[j] in digits:
        j += 1
    if j == i:
        return None, 0
    v = int(s[i:j], base)
    if v > 0xFFFFFFFFFFFFFFFF:
        return None, 0
    return v, j


def strtoul(s: str):
    """xtables_strtoul(s, NULL, ...): the whole string is one number (decimal, 0x hex or 0 octal,
    leading blanks allowed, trailing ones not); None otherwise."""
    if s.isdigit() and s.isascii() and (len(s) == 1 or s[0] != "0"):
        v = int(s)                      # plain decimal, without the walk
        return v if v <= 0xFFFFFFFFFFFFFFFF else None
    if not s or s[0] not in _NUMBER_START:
        return None                     # no digits can follow (a name, a `-`)
    return strtoul_any(s)


def strtoul_any(s: str):
    """strtoul() without its shortcuts."""
    v, end = strtoul_end(s)
    return v if v is not None and end == len(s) else None


ULONG_MAX = 0xFFFFFFFFFFFFFFFF


def c_strtoul(s: str, i: int = 0, base: int = 0) -> tuple[int, int]:
    """C strtoul(s + i, &end, base) on a 64-bit machine: (value, end index). Leading blanks and a sign
    are accepted, a minus negates modulo 2**64, overflow gives ULONG_MAX; end == i if no digits."""
    n, start = len(s), i
    while i < n and s[i] in " \t\n\v\f\r":
        i += 1
    neg = False
    if i < n and s[i] in "+-":
        neg = s[i] == "-"
        i += 1
    if base in (0, 16) and s[i:i + 2].lower() == "0x" and i + 2 < n and s[i + 2] in "0123456789abcdefABCDEF":
        base, i = 16, i + 2
    elif base == 0:
        base = 8 if s[i:i + 1] == "0" else 10
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    j = i
    while j < n and s[j].lower() in digits:
        j += 1
    if j == i:
        return 0, start
    v = int(s[i:j], base)
    if v > ULONG_MAX:
        v = ULONG_MAX
    elif neg:
        v = (-v) & ULONG_MAX
    return v, j


def c_decimal(s: str, i: int = 0):
    """What the C library's atoi/atoll/%llu read from s[i:]: blanks, a sign, decimal digits.
    (negative, the digits' value or None when there are none, end of the digits)."""
    n = len(s)
    while i < n and s[i] in _CSPACE:
        i += 1
    neg = i < n and s[i] == "-"
    if i < n and s[i] in "+-":
        i += 1
    j = i
    while j < n and "0" <= s[j] <= "9":
        j += 1
    return neg, (int(s[i:j]) if j > i else None), j


RATE_UNITS = (("second", 1), ("minute", 60), ("hour", 3600), ("day", 86400))


def rate_unit(rate: str) -> int | None:
    """The seconds of the unit after N in `N[/second|/minute|/hour|/day]` (any prefix of the name,
    any case), 1 without a slash; None for an empty or unknown unit (libxt_limit/libxt_hashlimit)."""
    slash = rate.find("/")
    if slash < 0:
        return 1
    unit = rate[slash + 1:].lower()
    if unit:
        for name, m in RATE_UNITS:
            if name.startswith(unit):
                return m
    return None


def print_unit(period: int, units) -> tuple[str, int]:
    """print_rate() of libxt_limit / libxt_hashlimit: of `units` ((name, multiplier), largest
    first), the largest that still shows a nonzero period without losing much."""
    i = 1
    while i < len(units):
        mult = units[i][1]
        if period > mult or mult // period < mult % period:
            break
        i += 1
    return units[i - 1]


def bad_value(ext, opt: Opt, lo: int, hi: int):
    return ParamError(f'{ext.ext_name}: bad value for option "--{opt.name}", or out of range ({lo}-{hi}).\n')


def parse_uint(arg: str, ext, opt: Opt, kind: str = "uint32"):
    lo = 0 if opt.min is None else opt.min
    hi = UINT_MAX[kind] if opt.max is None else opt.max
    v = strtoul(arg)
    if v is None or not lo <= v <= hi:
        raise bad_value(ext, opt, lo, hi)
    return v


def parse_uint_range(arg: str, ext, opt: Opt, kind: str = "uint32"):
    """`a`, `a:b`, `a:` or `:b` (xtopt_parse_mint): returns (lo, hi), hi = lo for one value; an
    empty first part is 0, an empty second the type's maximum (opt.min/max do not apply)."""
    lmax = UINT_MAX[kind]
    vals: list = []
    pos = 0
    while True:
        if len(vals) == 2:
            raise ParamError(f'{ext.ext_name}: Too many components for option "--{opt.name}" (max: 2)\n')
        rest = arg[pos:]
        if rest == "" or rest[0] == ":":
            end = pos
            v = lmax if len(vals) == 1 else 0
        else:
            v, e = strtoul_end(rest)
            if v is None or v > lmax:
                raise ParamError(f'{ext.ext_name}: bad value for option "--{opt.name}" near "{rest}", '
                                 f"or out of range (0-{lmax}).\n")
            end = pos + e
            if end < len(arg) and arg[end] != ":":
                raise ParamError(f'{ext.ext_name}: Argument to "--{opt.name}" has unexpected characters '
                                 f'near "{arg[end:]}".\n')
        vals.append(v)
        if end >= len(arg):
            break
        pos = end + 1
    if len(vals) == 1:
        vals.append(vals[0])
    return tuple(vals)


_FLOAT = re.compile(r"[ \t\n\v\f\r]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan|"
                    r"0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?)\Z", re.I)


_FLOAT_PREFIX = re.compile(r"[ \t\n\v\f\r]*([+-]?)(0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|"
                           r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)", re.I)


def strtod_end(s: str):
    """C strtod(s, &end): (value, end index), or (None, 0) when no number starts the string."""
    m = _FLOAT_PREFIX.match(s)
    if not m:
        return None, 0
    body = m.group(2)
    low = body.lower()
    if low.startswith("0x"):
        v = float.fromhex(body)
    elif low.startswith("nan"):
        v = float("nan")
    else:
        v = float(body)
    return (-v if m.group(1) == "-" else v), m.end()


def c_double_to_u32(d: float) -> int:
    """(unsigned int) d as gcc compiles it on x86-64: truncated to a 64-bit integer (cvttsd2si:
    NaN and out-of-range give 1 << 63), then its low 32 bits."""
    if d != d or not -9.223372036854775808e18 <= d < 9.223372036854775808e18:
        return 0
    return int(d) & 0xFFFFFFFF


def parse_double(arg: str, ext, opt: Opt):
    """XTTYPE_DOUBLE: the whole word is one strtod() number, within [min, max] when they differ."""
    lo = 0 if opt.min is None else opt.min
    hi = 0 if opt.max is None else opt.max
    m = _FLOAT.match(arg)
    v = None
    if m:
        t = arg.strip(" \t\n\v\f\r")
        body = t.lstrip("+-")
        v = float.fromhex(t) if body[:2].lower() == "0x" else float(t)
    if v is None or (lo != hi and (v < lo or v > hi)):
        raise ParamError(f'{ext.ext_name}: bad value for option "--{opt.name}", or out of range ({lo}-{hi}).\n')
    return v


# IPTOS_* names libxtables accepts for XTTYPE_TOSMASK and prints back (tos_values.c)
TOS_SYMBOLS = (("Minimize-Delay", 0x10), ("Maximize-Throughput", 0x08), ("Maximize-Reliability", 0x04),
               ("Minimize-Cost", 0x02), ("Normal-Service", 0x00))


def parse_tosmask(arg: str, ext, opt: Opt):
    """value[/mask] or a TOS symbol (xtopt_parse_tosmask): returns (value, mask). A number gets mask
    0xff; a symbol gets opt.max (0x3f for tos/TOS revision 1, 0xff for revision 0)."""
    v, end = strtoul_end(arg)
    if v is not None and v <= 0xFF:
        mask = 0xFF
        if arg[end:end + 1] == "/":
            m, mend = strtoul_end(arg[end + 1:])
            if m is None or m > 0xFF:
                raise ParamError(f'Illegal value: "{arg}"')
            mask, end = m, end + 1 + mend
        if end != len(arg):
            raise ParamError(f'Illegal value: "{arg}"')
        return v, mask
    for name, value in TOS_SYMBOLS:
        if name.lower() == arg.lower():
            return value, 0xFF if opt.max is None else opt.max
    raise ParamError(f'Symbolic name "{arg}" is unknown')


def tos_symbol(value: int, mask: int) -> str | None:
    """tos_try_print_symbolic: a name only for mask 0x3f."""
    if mask != 0x3F:
        return None
    for name, v in TOS_SYMBOLS:
        if v == value:
            return name
    return None


def c_bytes(s: str) -> bytes:
    """The bytes of a C string the user gave: argv words and restore lines are decoded with
    surrogateescape, so bytes that are not UTF-8 come back as they were."""
    return s.encode("utf-8", "surrogateescape")


def c_cut(s: str, size: int) -> str:
    """strncpy() into char[size] with the last byte NUL: at most size - 1 bytes, even when that
    cuts a multi-byte character (the kernel keeps and prints the partial bytes)."""
    b = c_bytes(s)
    return s if len(b) < size else b[:size - 1].decode("utf-8", "surrogateescape")


_QUOTED = str.maketrans({'"': '\\"', "\\": "\\\\", "'": "\\'"})


def save_string(value: str) -> str:
    """xtables_save_string: ` value`, or ` "value"` with \\ before \\ " and ' when it holds anything but
    [A-Za-z0-9_-] (or is empty)."""
    rest = value.replace("_", "").replace("-", "")
    if value and value.isascii() and (rest.isalnum() or not rest):
        return " " + value
    return ' "' + value.translate(_QUOTED) + '"'


def parse_markmask(arg: str, ext, opt: Opt):
    """value[/mask] (xtopt_parse_markmask): returns (value, mask), mask defaulting to all ones.
    Each number is xtables_strtoui with an end pointer; what follows must be `/mask` or nothing."""
    bad = ParamError(f'{ext.ext_name}: bad integer value for option "--{opt.name}", or out of range.\n')
    v, end = strtoul_end(arg)
    if v is None or v > 0xFFFFFFFF:
        raise bad
    m = 0xFFFFFFFF
    if arg[end:end + 1] == "/":
        rest = arg[end + 1:]
        m, e2 = strtoul_end(rest)
        if m is None or m > 0xFFFFFFFF:
            raise bad
        end = end + 1 + e2
    if end != len(arg):
        raise ParamError(f'{ext.ext_name}: trailing garbage after value for option "--{opt.name}".\n')
    return v, m


@lru_cache(maxsize=None)
def services() -> dict[str, int]:
    """/etc/services names -> port, as getservbyname() sees them (tcp and udp)."""
    out = {}
    try:
        with open("/etc/services") as f:
            for line in f:
                line = line.split("#", 1)[0].split()
                if len(line) >= 2 and "/" in line[1]:
                    port, proto = line[1].split("/", 1)
                    for name in [line[0]] + line[2:]:
                        out.setdefault((name, proto), int(port))
    except OSError:
        pass
    return out


def service_port(name: str, proto: str | None = None) -> int | None:
    """getservbyname(name, proto) — proto None tries tcp, udp, udplite, sctp, dccp like xtables."""
    db = services()
    for p in ((proto,) if proto else ("tcp", "udp", "udplite", "sctp", "dccp")):
        if (name, p) in db:
            return db[(name, p)]
    return None


def parse_port(arg: str, proto: str | None = None) -> int | None:
    """xtables_parse_port without the exit: a number 0..65535 or a service name."""
    if arg.isdigit() and arg.isascii() and (len(arg) == 1 or arg[0] != "0"):
        v = int(arg)                    # plain decimal: what strtoul gives, without its walk
    else:
        v = strtoul(arg)                # xtables_strtoui: blanks and a `+` may lead
    if v is not None:
        return v if v <= 0xFFFF else None
    return service_port(arg, proto)


@lru_cache(maxsize=4096)
def getportbyname(name: str) -> int:
    """xtables_getportbyname: getaddrinfo(NULL, name) — decimal (wrapping at 16 bits, as the C
    code stores the result in a u16), or a service name of any protocol; -1 if it resolves to nothing."""
    if name.isdigit() and name.isascii():
        # what glibc's getaddrinfo makes of digits (strtoul, kept in an int: negative is refused),
        # without its cost: restores give thousands of distinct ports
        v = min(int(name), 0xFFFFFFFFFFFFFFFF) & 0xFFFFFFFF
        return -1 if v >= 0x80000000 else v & 0xFFFF
    import socket           # here: the resolver is not needed by most commands
    try:
        infos = socket.getaddrinfo(None, name)
    except (socket.gaierror, UnicodeError, ValueError):
        return -1
    for info in infos:
        if info[0] in (socket.AF_INET, socket.AF_INET6):
            return info[4][1]
    return -1


def parse_port_x6(arg: str, ext, opt: Opt) -> int:
    """XTTYPE_PORT."""
    v = getportbyname(arg)
    if v < 0:
        raise ParamError(f'Port "{arg}" does not resolve to anything.\n')
    return v


def parse_portrc(arg: str, ext, opt: Opt) -> tuple[int, int]:
    """XTTYPE_PORTRC (xtopt_parse_mport): `a`, `a:b`, `:b`, `a:`; no min <= max check."""
    parts = arg.split(":")
    if len(parts) > 2:
        raise ParamError(f'{ext.ext_name}: Too many components for option "--{opt.name}" (max: 2)\n')
    vals = []
    for i, p in enumerate(parts):
        if p == "":
            vals.append(0xFFFF if i == 1 else 0)
            continue
        v = getportbyname(p)
        if v < 0:
            raise ParamError(f'Port "{p}" does not resolve to anything.\n')
        vals.append(v)
    if len(vals) == 1:
        vals.append(vals[0])
    return tuple(vals)


def port_or_die(arg: str, proto: str | None = None) -> int:
    v = parse_port(arg, proto)
    if v is None:
        raise ParamError(f"invalid port/service `{arg}' specified")
    return v


@lru_cache(maxsize=None)
def protocols() -> dict[str, int]:
    out = {}
    try:
        with open("/etc/protocols") as f:
            for line in f:
                line = line.split("#", 1)[0].split()
                if len(line) >= 2 and line[1].isdigit():
                    for name in [line[0]] + line[2:]:
                        out.setdefault(name, int(line[1]))
    except OSError:
        pass
    return out


def proto_name(num: int) -> str | None:
    for k, v in protocols().items():
        if v == num:
            return k
    return None


def parse_mac(arg: str) -> bytes:
    parts = arg.split(":")
    if len(parts) != 6 or not all(1 <= len(p) <= 2 for p in parts):
        raise ParamError("Invalid MAC address specified.")
    try:
        return bytes(int(p, 16) for p in parts)
    except ValueError:
        raise ParamError("Invalid MAC address specified.") from None


def parse_ipv4(arg: str) -> int | None:
    """inet_aton-like strict dotted quad used by xtables for numeric hosts."""
    import socket
    try:
        return int.from_bytes(socket.inet_aton(arg), "big") if arg.count(".") == 3 else None
    except OSError:
        return None


def parse_host(arg: str, ext, opt: Opt) -> int:
    """XTTYPE_HOST (IPv4): getaddrinfo(arg); every answer must be the same address."""
    import socket
    try:
        infos = socket.getaddrinfo(arg, None, socket.AF_INET)
    except socket.gaierror as e:
        raise ParamError(f"getaddrinfo: {e.strerror}\n") from None
    except (UnicodeError, ValueError):
        raise ParamError("getaddrinfo: Name or service not known\n") from None
    addrs = {info[4][0] for info in infos}
    if len(addrs) > 1:
        raise ParamError(f"{arg} resolves to more than one address\n")
    return int.from_bytes(socket.inet_aton(addrs.pop()), "big")


def mask_to_cidr(mask: int) -> int:
    """xtables_ipmask_to_cidr: prefix length of a contiguous mask, -1 otherwise."""
    inv = ~mask & 0xFFFFFFFF
    return 32 - inv.bit_length() if inv & (inv + 1) == 0 else -1


def _bad_cidr(ext, opt: Opt) -> ParamError:
    """What xtopt_parse_plen() and xtopt_parse_plenmask() say of a word that is neither."""
    return ParamError(f'{ext.ext_name}: bad value for option "--{opt.name}", neither a valid '
                      f"network mask nor valid CIDR (0-32).\n")


def parse_plenmask(arg: str, ext, opt: Opt) -> int:
    """xtopt_parse_plenmask (IPv4): a prefix length (strtoul base 0; lengths above 32 give all
    ones, as the IPv6-wide shift does) or a dotted mask (inet_aton; a non-contiguous one also
    gives all ones: its cidr -1 becomes a huge length)."""
    v, end = c_strtoul(arg)
    if end == 0 or end != len(arg) or v > 0xFFFFFFFF:
        import socket
        try:
            mask = int.from_bytes(socket.inet_aton(arg), "big") if arg else None
        except OSError:
            mask = None
        if mask is None:
            raise _bad_cidr(ext, opt)
        v = mask_to_cidr(mask) & 0xFFFFFFFF
    if v == 0:
        return 0
    return 0xFFFFFFFF if v >= 32 else (0xFFFFFFFF << (32 - v)) & 0xFFFFFFFF


def parse_plen(arg: str, ext, opt: Opt) -> int:
    """XTTYPE_PLEN (IPv4): a prefix length 0-32 (strtoul base 0), else a numeric mask read by
    getaddrinfo(AI_NUMERICHOST) (so 33 is the address 0.0.0.33) given as its prefix length; a mask
    that is not contiguous gives (uint8_t)-1, which the kernel then refuses."""
    v, end = strtoul_end(arg)
    if v is not None and end == len(arg) and end and v <= 32:
        return v
    import socket
    try:
        info = socket.getaddrinfo(arg, None, socket.AF_INET, 0, 0, socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError, ValueError):
        raise _bad_cidr(ext, opt) from None
    return mask_to_cidr(int.from_bytes(socket.inet_aton(info[0][4][0]), "big")) & 0xFF


def parse_hostmask(arg: str, ext, opt: Opt) -> tuple[int, int]:
    """XTTYPE_HOSTMASK: host[/mask] -> (addr, mask); the address is kept unmasked."""
    host, slash, mask = arg.partition("/")
    addr = parse_host(host, ext, opt)
    return addr, (parse_plenmask(mask, ext, opt) if slash else 0xFFFFFFFF)


TYPES = {
    "uint8": lambda a, e, o: parse_uint(a, e, o, "uint8"),
    "uint16": lambda a, e, o: parse_uint(a, e, o, "uint16"),
    "uint32": lambda a, e, o: parse_uint(a, e, o, "uint32"),
    "uint64": lambda a, e, o: parse_uint(a, e, o, "uint64"),
    "uint8rc": lambda a, e, o: parse_uint_range(a, e, o, "uint8"),
    "uint16rc": lambda a, e, o: parse_uint_range(a, e, o, "uint16"),
    "uint32rc": lambda a, e, o: parse_uint_range(a, e, o, "uint32"),
    "uint64rc": lambda a, e, o: parse_uint_range(a, e, o, "uint64"),
    "string": lambda a, e, o: a,
    "none": lambda a, e, o: True,
    "markmask32": parse_markmask,
    "tosmask": parse_tosmask,
    "double": parse_double,
    "ethermac": lambda a, e, o: parse_mac(a),
    "port": parse_port_x6,
    "portrc": parse_portrc,
    "host": parse_host,
    "hostmask": parse_hostmask,
    "plenmask": parse_plenmask,
    "plen": parse_plen,
    "protocol": lambda a, e, o: _parse_protocol(a),
}


def _parse_protocol(arg: str) -> int:
    from .parse.addr import parse_protocol       # XTTYPE_PROTOCOL: xtables_parse_protocol
    return parse_protocol(arg)


def convert(opt: Opt, arg, ext):
    t = opt.type
    if callable(t):
        return t(arg, ext)
    return TYPES[t](arg, ext, opt)
