"""The protocol handlers of conntrack 1.4.7 (extensions/libct_proto_*.c): what their options set,
and their final_check (the legal options of each command, the pairs that go together).

Ports go through atoi() (GRE keys through strtoul), so `x` is port 0 and 65536 wraps to 0.
"""
from __future__ import annotations

from ..xtoptions import c_decimal
from .filter import strtoul

_P = ("sport", "dport", "reply-port-src", "reply-port-dst", "mask-port-src", "mask-port-dst")
_ALIAS = {"orig-port-src": "sport", "orig-port-dst": "dport", "orig-key-src": "srckey", "orig-key-dst": "dstkey"}
_PAIR = ("you have to specify `--sport' and `--dport'", "you have to specify `--reply-src-port' and `--reply-dst-port'")
_TCP_ROWS = {0: "222200200", 1: "333300100", 2: "222200200", 3: "222200200", 4: "333300200", 6: "222200200",
             10: "110011011", 11: "111100000", 12: "111100000"}
_UDP_ROWS = {0: "22220000", 1: "33330000", 2: "22220000", 3: "22220000", 4: "33330000", 6: "22220000",
             10: "11001111", 11: "11110000", 12: "11110000"}
_ICMP_ROWS = {0: "222", 1: "112", 2: "222", 3: "222", 4: "112", 6: "222"}
# name -> (option names by flag bit, rows by command, pair messages or None)
HANDLERS = {
    "tcp": (_P + ("state", "tuple-port-src", "tuple-port-dst"), _TCP_ROWS, _PAIR),
    "udp": (_P + ("tuple-port-src", "tuple-port-dst"), _UDP_ROWS, _PAIR),
    "udplite": (_P + ("tuple-port-src", "tuple-port-dst"), _UDP_ROWS, _PAIR),
    "sctp": (_P + ("state", "tuple-port-src", "tuple-port-dst", "orig-vtag", "reply-vtag"),
             {0: "22220020000", 1: "33330010011", 2: "22220020022", 3: "22220020000", 4: "33330020022",
              6: "22220020000", 10: "11001101111", 11: "11110000000", 12: "11110000000"}, _PAIR),
    "dccp": (_P + ("state", "tuple-port-src", "tuple-port-dst", "role"),
             {0: "2222002000", 1: "3333001001", 2: "2222002000", 3: "2222002000", 4: "3333002000",
              6: "2222002000", 10: "1100110111", 11: "1111000000", 12: "1111000000"},
             ("you have to specify `--sport' and `--dport'",
              "you have to specify `--reply-port-src' and `--report-port-dst'")),
    "gre": (("srckey", "dstkey", "reply-key-src", "reply-key-dst", "mask-key-src", "mask-key-dst",
             "tuple-key-src", "tuple-key-dst"), _UDP_ROWS,
            ("you have to specify `--srckey' and `--dstkey'",
             "you have to specify `--reply-src-key' and `--reply-dst-key'")),
    "icmp": (("icmp-type", "icmp-code", "icmp-id"), _ICMP_ROWS, None),
    "icmpv6": (("icmpv6-type", "icmpv6-code", "icmpv6-id"), _ICMP_ROWS, None),
}
TCP_STATES = ("NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT",
              "CLOSE", "SYN_SENT2")
SCTP_STATES = ("NONE", "CLOSED", "COOKIE_WAIT", "COOKIE_ECHOED", "ESTABLISHED", "SHUTDOWN_SENT", "SHUTDOWN_RECD",
               "SHUTDOWN_ACK_SENT", "HEARTBEAT_SENT")
DCCP_STATES = ("NONE", "REQUEST", "RESPOND", "PARTOPEN", "OPEN", "CLOSEREQ", "CLOSING", "TIMEWAIT", "IGNORE",
               "INVALID")
_TUPLE_ATTR = {0: "orig_sport", 1: "orig_dport", 2: "repl_sport", 3: "repl_dport"}


def atoi(s) -> int:
    """atoi(): blanks, a sign, decimal digits; 0 when there are none."""
    neg, v, _ = c_decimal(s or "")
    return -(v or 0) if neg else (v or 0)


def apply(a, name, arg):
    """The handler's parse_opts() for one of its options."""
    from .cmdline import ParamError
    names = HANDLERS[a.proto][0]
    name = _ALIAS.get(name, name)
    bit = names.index(name)
    t, p = a.tmpl, a.proto
    if p in ("icmp", "icmpv6"):
        kind = name.split("-")[1]
        setattr(t, "icmp_" + kind, atoi(arg) & (0xFFFF if kind == "id" else 0xFF))
    elif name == "state":
        states = {"tcp": TCP_STATES, "sctp": SCTP_STATES, "dccp": DCCP_STATES}[p]
        if arg in states:
            t.state = states.index(arg)
        elif p == "tcp" and arg == "LISTEN":
            t.state = 9
        else:
            what = {"tcp": "unknown TCP", "sctp": "unknown SCTP", "dccp": "Unknown DCCP"}[p]
            raise ParamError(f"{what} state `{arg}'")
    elif name in ("orig-vtag", "reply-vtag"):
        a.vtags[name == "reply-vtag"] = atoi(arg) & 0xFFFFFFFF
    elif name == "role":
        if not ("client".startswith(arg.lower()) or "server".startswith(arg.lower())):
            raise ParamError(f"Unknown DCCP role `{arg}'")
    elif bit in _TUPLE_ATTR:
        setattr(t, _TUPLE_ATTR[bit], (strtoul(arg) if p == "gre" else atoi(arg)) & 0xFFFF)
    a.l4flags |= 1 << bit


def final_check(a, opt_check):
    names, rows, pairs = HANDLERS[a.proto]
    cmd = 1 if a.cmd == 19 else a.cmd           # CT_ADD: the handlers check it as CT_CREATE
    row = tuple(int(x) for x in rows.get(cmd, "0" * len(names)))
    pair_flags = (3, 12) if pairs else None
    opt_check(a.l4flags, row, names, pair_flags, pairs or ("", ""))


_PORT_HELP = ("  --orig-port-src\t\toriginal source port\n  --orig-port-dst\t\toriginal destination port\n"
              "  --reply-port-src\t\treply source port\n  --reply-port-dst\t\treply destination port\n"
              "  --mask-port-src\t\tmask source port\n  --mask-port-dst\t\tmask destination port\n"
              "  --tuple-port-src\t\texpectation tuple src port\n  --tuple-port-src\t\texpectation tuple dst port\n")
_HELP = {   # what `conntrack -h -p NAME` prints after the usage (measured on conntrack 1.4.7)
    "tcp": _PORT_HELP + "  --state\t\t\tTCP state, fe. ESTABLISHED\n",
    "udp": _PORT_HELP, "udplite": _PORT_HELP,
    "sctp": _PORT_HELP + "  --state\t\t\tSCTP state, fe. ESTABLISHED\n  --orig-vtag\t\toriginal verification tag\n"
                         "  --reply-vtag\t\treply verification tag\n",
    "dccp": _PORT_HELP + "  --state\t\t\tDCCP state, fe. RESPOND\n",
    "icmp": "  --icmp-type\t\t\ticmp type\n  --icmp-code\t\t\ticmp code\n  --icmp-id\t\t\ticmp id\n",
    "icmpv6": "  --icmpv6-type\t\t\ticmpv6 type\n  --icmpv6-code\t\t\ticmpv6 code\n  --icmpv6-id\t\t\ticmpv6 id\n",
    "gre": ("  --orig-key-src\t\toriginal source key\n  --orig-key-dst\t\toriginal destination key\n"
            "  --reply-key-src\t\treply source key\n  --reply-key-dst\t\treply destination key\n"
            "  --mask-key-src\t\tmask source key\n  --mask-key-dst\t\tmask destination key\n"
            "  --tuple-key-src\t\texpectation tuple src key\n  --tuple-key-src\t\texpectation tuple dst key\n"),
}


def help_text(a) -> str:
    """extension_help(): `Proto `NAME' help:` and the handler's option list."""
    from .ctgetopt import protocol_name
    if a.proto in HANDLERS:
        name = a.proto
    else:
        name = protocol_name(a.protonum) or "unknown"
    return f"Proto `{name}' help:\n" + _HELP.get(a.proto, "  no options (unsupported)\n")
