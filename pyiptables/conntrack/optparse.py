"""What each `conntrack` option does to the command being built (do_parse's switch), and the checks
after the loop (labels, --any-nat, generic_opt_check, the protocol handler's final_check)."""
from __future__ import annotations

import socket

from .cmdline import (AF_INET, AF_INET6, AF_UNSPEC, CT_DELETE, CT_EVENT, CT_FLUSH, CT_GET, CT_HELP,
                      CT_LIST, CT_UPDATE, EVENT_WORDS, LETTER_OPT, NUMBER_OF_CMD, O_CL, O_EXT, O_ID, O_KTMS,
                      O_SAVE, O_TMS, O_XML, OPT, OPTFLAGS, OUTPUT_WORDS, STATUS_WORDS, OtherError, ParamError)
from .ctgetopt import LONGS, PROTO_OPTS, findproto
from .filter import strtoul

# commands_v_options (conntrack.c), one row per command, one column per option bit:
# 0 illegal, 1 compulsory, 2 optional, 3 see the --src/--dst and --reply-src/--reply-dst pairs
_ROWS = {
    0: (2, 2, 2, 2, 2, 0, 2, 2, 0, 0, 0, 2, 2, 0, 2, 0, 2, 2, 2, 2, 2, 0, 2, 2, 2, 0, 0, 2, 2),    # list
    1: (3, 3, 3, 3, 1, 1, 2, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 2, 0, 2, 0, 2, 2),    # create
    2: (2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 0, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 2, 0, 0),    # update
    3: (2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 0, 2, 2, 2, 2, 2, 2, 0, 0, 0, 2, 2, 0, 0, 2, 2),    # delete
    4: (3, 3, 3, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0),    # get
    5: (0,) * 16 + (2,) + (0,) * 12,                                                                # flush
    6: (2, 2, 2, 2, 2, 0, 0, 0, 2, 0, 0, 2, 2, 0, 2, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 2, 2),    # event
    8: (0, 0, 0, 0, 2) + (0,) * 24,                                                                 # help
    9: (0,) * 16 + (2, 0, 0, 2) + (0,) * 9,                                                         # exp list
    10: (1, 1, 2, 2, 1, 1, 2, 0, 0, 1, 1, 1, 1) + (0,) * 16,                                        # exp create
    11: (1, 1, 2, 2, 1) + (0,) * 24, 12: (1, 1, 2, 2, 1) + (0,) * 24,                              # exp delete/get
    14: (0,) * 19 + (2,) + (0,) * 9,                                                                # exp event
    19: (3, 3, 3, 3, 1, 1, 2, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 2, 0, 2, 0, 2, 2),   # add
}
LEGAL = [_ROWS.get(c, (0,) * 29) for c in range(NUMBER_OF_CMD + 1)]
ADDR_PAIRS = (OPT["src"] | OPT["dst"], OPT["reply-src"] | OPT["reply-dst"])
_MASKOPT = {"s": "{", "d": "}", "[": "{", "]": "}"}
_ADDR_ATTR = {"s": "orig_src", "d": "orig_dst", "r": "repl_src", "q": "repl_dst", "{": "orig_src",
              "}": "orig_dst", "[": "orig_src", "]": "orig_dst", "n": "snat_ip", "g": "dnat_ip", "j": "orig_src"}



def long_name(c):
    return next(name for name, _h, letter in LONGS if letter == c)


def _word(a, word, table):
    """do_parse_parameter(): the bits of one word (a case-insensitive prefix of a name), else None.
    A prefix of SRC_NAT or DST_NAT is ignored with a warning, whatever the list."""
    w = word.lower()
    for name in ("SRC_NAT", "DST_NAT"):
        if name.lower().startswith(w):
            a.warnings.append(f"WARNING: ignoring {name}, use --{name.lower().replace('_', '-')} instead")
            return 0
    for name, bit in table:
        if name.lower().startswith(w):
            return bit
    return None


def _words(a, arg, table):
    """parse_parameter(): comma-separated words; a bad one is reported with all that follows it."""
    value, rest = 0, arg
    while "," in rest:
        head, _, tail = rest.partition(",")
        bits = _word(a, head, table) if head else None
        if bits is None:
            raise ParamError(f"Bad parameter `{rest}'")
        value, rest = value | bits, tail
    bits = _word(a, rest, table) if rest else None
    if bits is None:
        raise ParamError(f"Bad parameter `{rest}'")
    return value | bits


def _status(a, arg):
    """parse_parameter_mask(): status words; `!WORD` must be clear, UNREPLIED means SEEN_REPLY clear."""
    status = mask = 0
    rest = arg
    while True:
        head, comma, tail = rest.partition(",")
        if comma and not head:
            raise ParamError(f"Bad parameter `{rest}'")
        neg = head[:1] == "!"
        if neg:
            rest, head = rest[1:], head[1:]
            if comma and not head:
                raise ParamError(f"Bad parameter `{rest}'")
        if not neg and head.startswith("UNREPLIED"):
            mask |= 2
        else:
            bits = _word(a, head, STATUS_WORDS) if head else None
            if bits is None:
                raise ParamError(f"Bad parameter `{rest}'")
            if neg:
                mask |= bits
            else:
                status |= bits
        if not comma:
            return status, mask
        rest = tail


def parse_addr(cp, want_mask):
    """parse_addr(): (family, address int or bytes, mask: -1 none, -2 bad, else bits)."""
    buf = cp[:45]
    mask = -1
    if want_mask and "/" in buf:
        head, _, tail = buf.partition("/")
        digits = tail.lstrip(" ")
        ok = digits[1:].isdigit() if digits[:1] in "+-" and len(digits) > 1 else (digits.isdigit() or digits == "")
        mask = int(digits) if digits and ok else 0
        if not ok or mask < 0:
            mask = -2
        buf = head
    try:
        return AF_INET, int.from_bytes(socket.inet_aton(buf), "big"), (-2 if mask > 32 else mask)
    except (OSError, ValueError):
        pass
    try:
        return AF_INET6, socket.inet_pton(socket.AF_INET6, buf), (-2 if mask > 128 else mask)
    except (OSError, ValueError):
        return AF_UNSPEC, None, mask


def _set_family(a, fam):
    if a.family == AF_UNSPEC:
        a.family = fam
    elif a.family != fam:
        raise ParamError("mismatched address family")


def _addr(a, c, arg, target):
    fam, addr, mask = parse_addr(arg, True)
    if fam == AF_UNSPEC:
        raise ParamError(f"Invalid IP address `{arg}'")
    _set_family(a, fam)
    maskopt = _MASKOPT.get(c)
    if mask != -1 and not maskopt:
        raise ParamError(f"CIDR notation unavailable for `--{long_name(c)}'")
    if mask == -2:
        raise ParamError("Invalid netmask")
    a.options |= OPT[LETTER_OPT[c]] if c in LETTER_OPT else 0
    setattr(target, _ADDR_ATTR[c], addr)
    if c not in "{}":
        target.l3 = fam
    if mask == -1 or mask == 32 or not maskopt or target is a.mask:
        return
    bits = (0xFFFFFFFF << (32 - mask)) & 0xFFFFFFFF if fam == AF_INET else mask
    setattr(a.mask, _ADDR_ATTR[maskopt], bits)
    a.options |= OPT[LETTER_OPT[maskopt]]


def apply(a, c, arg, merges):
    t = a.tmpl
    if c in "sdrq":
        _addr(a, c, arg, t)
    elif c in "[]":
        _addr(a, c, arg, a.exptuple)
    elif c in "{}":
        _addr(a, c, arg, a.mask)
    elif c == "p":
        a.options |= OPT["protonum"]
        found = findproto(arg)
        if found is None:
            raise ParamError(f"`{arg}' unsupported protocol")
        a.proto, a.protonum = found
        a.merge = merges
        t.l4proto = a.protonum
    elif c == "t":
        a.options |= OPT["timeout"]
        t.timeout = _atol(arg) & 0xFFFFFFFF
    elif c == "u":
        a.options |= OPT["status"]
        status, mask = _status(a, arg)
        t.status = status
        a.status_mask = mask or status
    elif c == "e":
        a.options |= OPT["event-mask"]
        a.event_mask |= _words(a, arg, EVENT_WORDS)
    elif c == "o":
        a.options |= OPT["output"]
        a.output |= _words(a, arg, OUTPUT_WORDS)
        if a.output & O_SAVE and a.output & (O_EXT | O_TMS | O_ID | O_KTMS | O_CL | O_XML):
            raise OtherError("cannot combine save output with any other output type, use -o save only")
    elif c == "z":
        a.options |= OPT["zero"]
    elif c in "ngj":
        a.options |= OPT[LETTER_OPT[c]]
        if arg is not None:
            _nat(a, c, arg)
    elif c in "w()":
        a.options |= OPT[LETTER_OPT[c]]
        setattr(t, {"w": "zone", "(": "orig_zone", ")": "repl_zone"}[c], strtoul(arg) & 0xFFFF)
    elif c in "ic":
        a.options |= OPT[LETTER_OPT[c]]
        setattr(t, "id" if c == "i" else "secmark", strtoul(arg or "0") & 0xFFFFFFFF)
    elif c == "m":
        a.options |= OPT["mark"]
        value, slash, rest = arg.partition("/")
        a.mark = (strtoul(arg) & 0xFFFFFFFF, strtoul(rest) & 0xFFFFFFFF if slash else 0xFFFFFFFF)
    elif c in "l<>":
        a.options |= OPT[LETTER_OPT[c]]
        if c != ">" or arg is not None:
            a.labels.append((arg, c != "l"))
    elif c == "a":
        a.warnings.append("WARNING: ignoring -a, deprecated option.")
    elif c == "f":
        a.options |= OPT["family"]
        if arg.startswith("ipv4"):
            _set_family(a, AF_INET)
        elif arg.startswith("ipv6"):
            _set_family(a, AF_INET6)
        else:
            raise ParamError(f"`{arg}' unsupported protocol")
    elif c == "b":
        a.options |= OPT["buffer-size"]
        a.buffer = _atol(arg)
    elif ":" in c:
        k, proto, name, val = c.split(":")
        if int(k) != getattr(a, "merge", 0):
            # an earlier -p's option: the last handler parses it by its value taken as a char
            # (c - option_offset): the same port option, or whatever option has that value
            if a.proto is None:
                return
            from .ctgetopt import PROTO_OPTS
            name = next((o for o, v in PROTO_OPTS[a.proto][1] if v == int(val)), None)
            if name is None:
                return
        _proto_option(a, name, arg)


def _nat(a, c, arg):
    """--src-nat/--dst-nat/--any-nat IP[:PORT] (split_address_and_port)."""
    addr, port = arg, None
    if "[" in arg:
        start = arg.index("[") + 1
        end = arg.find("]", start)
        if end == start:
            raise ParamError("No IPv6 address specified")
        if end < 0:
            raise ParamError("No closing ']' around IPv6 address")
        colon = arg.find(":", end)
        if colon >= 0:
            addr, port = arg[start:end], arg[colon + 1:]
    elif arg.count(":") == 1:
        addr, port = arg.split(":")
    if port is not None:
        if not port:
            raise ParamError("No port specified after `:'")
        if not port.isdigit() or int(port) > 65535:
            raise ParamError(f"Invalid port `{port}'")
    _addr(a, c, addr, a.tmpl)
    for side in ("g", "n") if c == "j" else (c,):
        setattr(a.tmpl, "dnat_ip" if side == "g" else "snat_ip", getattr(a.tmpl, _ADDR_ATTR[c]))
        if port is not None:
            setattr(a.tmpl, "dnat_port" if side == "g" else "snat_port", int(port))


def _proto_option(a, name, arg):
    from .cmdline_proto import apply
    apply(a, name, arg)


def _atol(s):
    from .cmdline_proto import atoi
    return atoi(s)


def after_loop(a):
    if a.family == AF_UNSPEC and a.command not in {1 << c for c in (CT_LIST, CT_UPDATE, CT_DELETE, CT_GET,
                                                                      CT_FLUSH, CT_EVENT)}:
        a.family = AF_INET
    if a.options & (OPT["label"] | OPT["label-add"] | OPT["label-del"]) or (a.has("output") and a.output & O_CL):
        from .output import label_names
        names = label_names()
        if not names:
            a.warnings.append("nfct_labelmap_new: No such file or directory")
        bits = {v: k for k, v in names.items()}
        for text, modify in a.labels:
            for name in text.split(","):
                if name not in bits:
                    raise ParamError(f"unknown label '{name}'")
                (a.label_modify if modify else a.tmpl.labels_list).append(bits[name])
        a.output |= O_CL                # the label map is loaded: entries print their labels
    if a.has("any-nat") and (a.has("src-nat") or a.has("dst-nat")):
        raise ParamError("cannot specify `--src-nat' or `--dst-nat' with `--any-nat'")
    _opt_check(a.options, LEGAL[a.cmd], OPTFLAGS, ADDR_PAIRS, ("you have to specify `--src' and `--dst'",
                                                               "you have to specify `--reply-src' and `--reply-dst'"))
    if not a.command & (1 << CT_HELP) and a.proto in PROTO_OPTS:
        _final_check(a)


def _opt_check(options, row, names, pairs, messages):
    """generic_opt_check()."""
    special = False
    for i, legal in enumerate(row):
        if not options >> i & 1:
            if legal == 1:
                raise ParamError(f"You need to supply the `--{names[i]}' option for this command")
        elif legal == 0:
            raise ParamError(f"Illegal option `--{names[i]}' with this command")
        special |= legal == 3
    if not special or not pairs:
        return
    partial = -1
    for i, flags in enumerate(pairs):
        if options & flags == flags:
            return
        if options & flags and partial < 0:
            partial = i
    raise ParamError(messages[1] if partial == 1 else messages[0])


def _final_check(a):
    from .cmdline_proto import final_check
    final_check(a, _opt_check)
