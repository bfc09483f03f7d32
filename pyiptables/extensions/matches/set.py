"""-m set: membership of the packet's addresses/ports in an ipset set (xt_set, revision 4).

pyiptables does not emulate ipset yet, so no set exists: like the real tool, which asks the
kernel for the set's index while it parses `--match-set`, we refuse the rule with
`Set NAME doesn't exist.`; a stored rule naming an unknown set fails the table load with the
kernel's ENOENT. SETS (name -> index) is where an ipset emulation would register its sets; rules
on known sets parse, save and print exactly, but cannot run until membership is emulated.
"""
from __future__ import annotations

import sys

from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import c_bytes, strtoul

SETS: dict[str, int] = {}
MAXNAMELEN = 32                  # IPSET_MAXNAMELEN, NUL included
DIM_MAX = 6                      # IPSET_DIM_MAX
EQ, NE, LT, GT = "eq", "ne", "lt", "gt"


def _counter(arg: str) -> int:
    v = strtoul(arg)
    if v is None:
        raise ParamError(f"Cannot parse {arg} as a counter value")
    return v


def parse_dirs(arg: str) -> tuple:
    """Comma-separated src/dst (only the first three letters are compared), at most six."""
    parts = arg.split(",")
    if len(parts) > DIM_MAX:
        raise ParamError(f"Can't be more src/dst options than {DIM_MAX}.")
    dirs = []
    for p in parts:
        if p[:3] == "src":
            dirs.append("src")
        elif p[:3] == "dst":
            dirs.append("dst")
        else:
            raise ParamError("You must spefify (the comma separated list of) 'src' or 'dst'.")
    return tuple(dirs)


class Set(Match):
    NAME = "set"
    REVISION = 4
    HELP = ("set match options:\n"
            " [!] --match-set name flags [--return-nomatch]\n"
            "   [! --update-counters] [! --update-subcounters]\n"
            "   [[!] --packets-eq value | --packets-lt value | --packets-gt value\n"
            "   [[!] --bytes-eq value | --bytes-lt value | --bytes-gt value\n"
            "\t\t 'name' is the set name from to match,\n"
            "\t\t 'flags' are the comma separated list of\n"
            "\t\t 'src' and 'dst' specifications.\n")
    # old-style options (no generic checks): every one may repeat and take `!`, parse() judges
    OPTIONS = tuple(Opt(n, "string", invert=True, multi=True, nargs=k) for n, k in (
        ("match-set", 2), ("set", 2), ("return-nomatch", 0), ("update-counters", 0),
        ("packets-eq", 1), ("packets-lt", 1), ("packets-gt", 1), ("bytes-eq", 1), ("bytes-lt", 1),
        ("bytes-gt", 1), ("update-subcounters", 0)))

    def parse(self, opt, arg, invert, ctx):
        v, name = self.v, opt.name
        if name == "update-subcounters":
            if invert:
                v["skip-subcounters"] = True
        elif name == "update-counters":
            if invert:
                v["skip-counters"] = True
        elif name == "return-nomatch":
            if invert:
                raise ParamError("--return-nomatch flag cannot be inverted")
            v["return-nomatch"] = True
        elif name[:6] in ("bytes-", "packet"):
            kind, op = name.split("-")
            if kind in v:
                raise ParamError(f"only one of the --{kind}-[eq|lt|gt] is allowed")
            if invert and op != "eq":
                raise ParamError(f"--{name} option cannot be inverted")
            v[kind] = (NE if invert and op == "eq" else op, _counter(arg))
        else:
            if name == "set":
                sys.stderr.write("--set option deprecated, please use --match-set\n")
            if "setname" in v:
                raise ParamError("--match-set can be specified only once")
            if invert:
                v["invert"] = True
            if len(arg) < 2:
                raise ParamError("--match-set requires two args.")
            setname, dirs = arg
            if len(c_bytes(setname)) > MAXNAMELEN - 1:
                raise ParamError(f"setname `{setname}' too long, max {MAXNAMELEN - 1} characters.")
            if setname not in SETS:
                raise ParamError(f"Set {setname} doesn't exist.\n")
            v["setname"], v["dirs"] = setname, parse_dirs(dirs)

    def final_check(self, ctx):
        if "setname" not in self.v:
            raise ParamError("You must specify `--match-set' with proper arguments")

    def check_entry(self, table, hookmask, rule):
        if self.v["setname"] not in SETS:
            raise KernelError("No chain/target/match by that name.")   # set_match_v4_checkentry

    def _text(self, opt: str, sep: str) -> str:
        v = self.v
        out = f"{' !' if v.get('invert') else ''} {opt} {v['setname']} " + ",".join(v["dirs"])
        if v.get("return-nomatch"):
            out += f" {sep}return-nomatch"
        if v.get("skip-counters"):
            out += f" ! {sep}update-counters"
        if v.get("skip-subcounters"):
            out += f" ! {sep}update-subcounters"
        for kind in ("packets", "bytes"):
            if kind in v:
                op, n = v[kind]
                out += f" ! {sep}{kind}-eq {n}" if op == NE else f" {sep}{kind}-{op} {n}"
        return out

    def save(self):
        return self._text("--match-set", "--")

    def print(self, numeric):
        return self._text("match-set", "")

    def compile(self):
        raise KernelError("No chain/target/match by that name.")


register(Set)
