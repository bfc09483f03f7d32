"""glibc getopt_long as conntrack 1.4.7 drives it: the tokens grammar/conntrack.lark parses.

conntrack calls getopt_long with opterr = 0 and an optstring starting with ':', so a bad option
comes back as '?' and a missing argument as ':'; it reports them itself (`unknown option `%s'`,
`option `%s' requires an argument`, naming argv[optind-1]). Non-options are permuted away (and
ignored), `--` ends the options, long options may be abbreviated to an unambiguous prefix, and
`-p PROTO` merges the protocol's own long options (--sport, --state, ...) into the table from
there on. A command's table and the address of -n/-g/-j (--label-del's label) come from
get_optional_arg(): the next word, unless it starts with '-' or '!', or getopt already set an
argument (`--dump=expect`, `--src-nat=IP`: then there is none at all).
"""
from __future__ import annotations

import socket

# (name, has_arg 0/1/2, letter), in conntrack.c's order
LONGS = (
    ("dump", 2, "L"), ("create", 2, "I"), ("add", 2, "A"), ("delete", 2, "D"), ("update", 2, "U"),
    ("get", 2, "G"), ("flush", 2, "F"), ("event", 2, "E"), ("counter", 2, "C"), ("stats", 0, "S"),
    ("version", 0, "V"), ("help", 0, "h"), ("orig-src", 1, "s"), ("src", 1, "s"), ("orig-dst", 1, "d"),
    ("dst", 1, "d"), ("reply-src", 1, "r"), ("reply-dst", 1, "q"), ("protonum", 1, "p"), ("timeout", 1, "t"),
    ("status", 1, "u"), ("zero", 0, "z"), ("event-mask", 1, "e"), ("tuple-src", 1, "["), ("tuple-dst", 1, "]"),
    ("mask-src", 1, "{"), ("mask-dst", 1, "}"), ("nat-range", 1, "a"), ("mark", 1, "m"), ("secmark", 1, "c"),
    ("id", 2, "i"), ("family", 1, "f"), ("src-nat", 2, "n"), ("dst-nat", 2, "g"), ("output", 1, "o"),
    ("buffer-size", 1, "b"), ("any-nat", 2, "j"), ("zone", 1, "w"), ("label", 1, "l"), ("label-add", 1, "<"),
    ("label-del", 2, ">"), ("orig-zone", 1, "("), ("reply-zone", 1, ")"),
)
# the commands taking a table take an attached optional argument too (measured: -Ltcp lists
# everything, -Stcp is -S -t cp), which get_optional_arg() then ignores
SHORTS = ":L::I::U::D::G::E::F::A::hVs:d:r:q:p:t:u:e:a:z[:]:{:}:m:i:f:o:n::g::c:b:C::Sj::w:l:<:>::(:):"
COMMANDS = "LIUDGEFAhVCS"
NEXT_WORD = COMMANDS + "ngj>"             # letters conntrack calls get_optional_arg() for

# the protocol handlers linked into conntrack: name -> (number, its long options in order, each
# with the value getopt returns for it: a character for most, a small number for sctp and dccp)
_C = ord
_PORTS = (("orig-port-src", _C("1")), ("sport", _C("1")), ("orig-port-dst", _C("2")), ("dport", _C("2")),
          ("reply-port-src", _C("3")), ("reply-port-dst", _C("4")), ("mask-port-src", _C("5")),
          ("mask-port-dst", _C("6")))
_NUM = (("orig-port-src", 1), ("orig-port-dst", 2), ("reply-port-src", 3), ("reply-port-dst", 4),
        ("mask-port-src", 5), ("mask-port-dst", 6), ("state", 7), ("tuple-port-src", 8), ("tuple-port-dst", 9))
PROTO_OPTS = {
    "tcp": (6, _PORTS + (("state", _C("7")), ("tuple-port-src", _C("8")), ("tuple-port-dst", _C("9")))),
    "udp": (17, _PORTS + (("tuple-port-src", _C("7")), ("tuple-port-dst", _C("8")))),
    "udplite": (136, _PORTS + (("tuple-port-src", _C("7")), ("tuple-port-dst", _C("8")))),
    "sctp": (132, _NUM + (("orig-vtag", 10), ("reply-vtag", 11), ("sport", 1), ("dport", 2))),
    "dccp": (33, _NUM + (("sport", 1), ("dport", 2), ("role", 10))),
    "icmp": (1, (("icmp-type", _C("1")), ("icmp-code", _C("2")), ("icmp-id", _C("3")))),
    "icmpv6": (58, (("icmpv6-type", _C("1")), ("icmpv6-code", _C("2")), ("icmpv6-id", _C("3")))),
    "gre": (47, (("orig-key-src", _C("1")), ("srckey", _C("1")), ("orig-key-dst", _C("2")), ("dstkey", _C("2")),
                 ("reply-key-src", _C("3")), ("reply-key-dst", _C("4")), ("mask-key-src", _C("5")),
                 ("mask-key-dst", _C("6")), ("tuple-key-src", _C("7")), ("tuple-key-dst", _C("8")))),
}
BY_NUMBER = {num: name for name, (num, _) in PROTO_OPTS.items()}


def _short_table():
    table, i = {}, 1
    while i < len(SHORTS):
        c, n = SHORTS[i], 0
        while i + 1 + n < len(SHORTS) and SHORTS[i + 1 + n] == ":":
            n += 1
        table[c] = n
        i += 1 + n
    return table


SHORT = _short_table()


def findproto(name: str):
    """findproto(): (handler name, or None for an unsupported protocol; its number), or None."""
    for h, (num, _) in PROTO_OPTS.items():
        if h.lower() == name.lower():
            return h, num
    try:
        return None, socket.getprotobyname(name)
    except (OSError, ValueError):
        pass
    num = strtoul_whole(name)
    if num is not None and num <= 255:
        return BY_NUMBER.get(num), num
    return None


def strtoul_whole(s: str):
    """strtoul(s, &end, 0) when it consumes all of s (parse_proto_num), else None."""
    t = s.lstrip(" \t\n\v\f\r")
    sign = 1
    if t[:1] in ("+", "-"):
        sign, t = (-1 if t[0] == "-" else 1), t[1:]
    base = 10
    if t[:2].lower() == "0x" and len(t) > 2:
        base, t = 16, t[2:]
    elif t[:1] == "0":
        base = 8
    if not t or any(ch not in "0123456789abcdefABCDEF"[:base if base <= 10 else 22] for ch in t):
        return None
    v = int(t, base)
    return v if sign > 0 else (-v) & 0xFFFFFFFFFFFFFFFF


def tokens(argv):
    """Yield (kind, name, value): kind "cmd" or "opt" (name: the short letter, or
    "K:PROTO:NAME:VAL" for an option of the K-th -p's protocol), value its argument or None; or
    kind "err" with the message as value."""
    words = ["conntrack", *argv]
    longs = list(LONGS)
    i, n = 1, len(words)                # i is optind
    cluster, merges = "", 0
    while True:
        if cluster:
            c, cluster = cluster[0], cluster[1:]
            if not cluster:
                i += 1                  # glibc: optind moves on at a cluster's last character
            if c not in SHORT or c == ":":
                yield "err", c, f"unknown option `{words[i - 1]}'"
                continue
            arity, arg = SHORT[c], None
            if arity and cluster:
                arg, cluster = cluster, ""
                i += 1
            elif arity == 1:
                if i >= n:
                    yield "err", c, f"option `{words[i - 1]}' requires an argument"
                    continue
                arg, i = words[i], i + 1
        else:
            while i < n and not (words[i][:1] == "-" and len(words[i]) > 1):
                i += 1                  # a non-option: permuted away, never used
            if i >= n or words[i] == "--":
                return
            w = words[i]
            if w[:2] != "--":
                cluster = w[1:]
                continue
            i += 1
            name, eq, val = w[2:].partition("=")
            exact = [x for x in longs if x[0] == name]
            hits = exact[:1] or [x for x in longs if x[0].startswith(name)]
            if not hits or len({(x[1], x[2]) for x in hits}) > 1 or (eq and hits[0][1] == 0):
                yield "err", w, f"unknown option `{w}'"
                continue
            _, has_arg, c = hits[0]
            arg = val if eq else None
            if has_arg == 1 and not eq:
                if i >= n:
                    yield "err", w, f"option `{w}' requires an argument"
                    continue
                arg, i = words[i], i + 1
        if c in NEXT_WORD:
            took = None
            if arg is None and i < n and words[i][:1] not in ("-", "!"):
                took, i = words[i], i + 1
            arg = took
        yield ("cmd" if c in COMMANDS else "opt"), c, arg
        if c == "p" and arg is not None:
            found = findproto(arg)
            if found:
                merges += 1             # merge_options(): this handler's options, offset anew
                if found[0]:
                    longs += [(o, 1, f"{merges}:{found[0]}:{o}:{v}") for o, v in PROTO_OPTS[found[0]][1]]


def protocol_name(num: int):
    """getprotobynumber()'s name for a protocol number (/etc/protocols), or None."""
    try:
        with open("/etc/protocols") as f:
            for line in f:
                parts = line.split("#", 1)[0].split()
                if len(parts) >= 2 and parts[1] == str(num):
                    return parts[0]
    except OSError:
        pass
    return None
