"""Argument helpers shared by pyip's commands: iproute2's matches(), prefix/address parsers and
its error texts (exit status 1 for lookups, 255 for syntax, 2 for kernel answers)."""
from __future__ import annotations

import sys

from .fib import PROTO_NAMES, SCOPE_NAMES, TABLE_NAMES
from . import show

ERRNO = {22: "Invalid argument", 113: "No route to host", 101: "Network is unreachable",
         13: "Permission denied", 18: "Invalid cross-device link", 19: "No such device"}
DSFIELD = {"default": 0, "AF11": 0x28, "AF12": 0x30, "AF13": 0x38, "AF21": 0x48, "AF22": 0x50,
           "AF23": 0x58, "AF31": 0x68, "AF32": 0x70, "AF33": 0x78, "AF41": 0x88, "AF42": 0x90,
           "AF43": 0x98, "CS1": 0x20, "CS2": 0x40, "CS3": 0x60, "CS4": 0x80, "CS5": 0xA0,
           "CS6": 0xC0, "CS7": 0xE0, "EF": 0xB8}


class Exit(Exception):
    def __init__(self, msg: str, status: int):
        super().__init__(msg)
        self.msg, self.status = msg, status


def matches(arg: str, word: str) -> bool:
    return bool(arg) and word.startswith(arg)


def invarg(msg: str, arg: str, blank: bool = True):
    """iproute2's invarg(); most callers' messages carry their own newline (the blank line)."""
    raise Exit(f'Error: argument "{arg}" is wrong: {msg}' + ("\n" if blank else ""), 255)


def garbage(key: str, arg: str):
    raise Exit(f'Error: either "{key}" is duplicate, or "{arg}" is a garbage.', 255)


def parse_addr(s: str) -> int:
    parts = s.split(".")
    if not 1 <= len(parts) <= 4 or not all(p.isdigit() and int(p) <= 255 for p in parts):
        raise ValueError(s)
    v = 0
    for i in range(4):
        v = (v << 8) | (int(parts[i]) if i < len(parts) else 0)
    return v


def parse_prefix(s: str, allow_default: bool = True) -> tuple[int, int]:
    if allow_default and s in ("default", "all", "any"):
        return 0, 0
    try:
        a, _, p = s.partition("/")
        addr = parse_addr(a)
        if p:
            if not p.isdigit() or int(p) > 32:
                raise ValueError(s)
            return addr, int(p)
        return addr, 32
    except ValueError:
        raise Exit(f'Error: any valid prefix is expected rather than "{s}".', 1) from None


def inet_prefix(s: str) -> int:
    try:
        return parse_addr(s.partition("/")[0]) if s.count("/") <= 1 else parse_addr(s)
    except ValueError:
        raise Exit(f'Error: inet prefix is expected rather than "{s}".', 1) from None


def inet_addr(s: str) -> int:
    try:
        return parse_addr(s)
    except ValueError:
        raise Exit(f'Error: inet address is expected rather than "{s}".', 1) from None


def parse_mac(s: str) -> bytes:
    parts = s.split(":")
    try:
        b = bytes(int(p, 16) for p in parts)
        if any(len(p) > 2 or not p for p in parts):
            raise ValueError
    except ValueError:
        raise Exit(f'"{s}" is invalid lladdr.', 1) from None
    return b


def need(args: list, i: int) -> str:
    if i + 1 >= len(args):
        raise Exit("Command line is not complete. Try option \"help\"", 255)
    return args[i + 1]


def find_dev(host, name: str):
    if name not in host.links:
        raise Exit(f'Cannot find device "{name}"', 1)
    return host.links[name]


def rt_table(s: str, what='"table" value is invalid') -> int:
    names = {v: k for k, v in TABLE_NAMES.items()}
    if s in names:
        return names[s]
    try:
        v = int(s, 0)
        if 0 <= v < 2**32:
            return v
    except ValueError:
        pass
    invarg(what, s)


def rt_scope(s: str) -> int:
    names = {v: k for k, v in SCOPE_NAMES.items()}
    if s in names:
        return names[s]
    try:
        v = int(s, 0)
        if 0 <= v <= 255:
            return v
    except ValueError:
        pass
    invarg('invalid "scope" value', s)


def rt_proto(s: str) -> int:
    names = {v: k for k, v in PROTO_NAMES.items()}
    if s in names:
        return names[s]
    try:
        v = int(s, 0)
        if 0 <= v <= 255:
            return v
    except ValueError:
        pass
    invarg('"protocol" value is invalid', s)


def emit(o, out, js):
    if o["json"]:
        sys.stdout.write(show.JsonWriter(o["pretty"]).dumps(js))
    else:
        sys.stdout.write("".join(out))
