"""-j SET (revision 3): add/delete the packet's addresses to/from an ipset set, or map a set's
extensions onto the packet (xt_set).

ipset is not emulated, so no set exists: like the real tool, which asks the kernel for the set's
index while parsing --add-set/--del-set/--map-set, such a rule is refused with
`Set NAME doesn't exist.`. Sets registered in matches.set.SETS would parse, save and print; the
runtime is not emulated (compile() raises) until set contents are.
"""
from __future__ import annotations

from ...xtables import KernelError, Opt, ParamError, Target, register
from ..matches.set import MAXNAMELEN, SETS, parse_dirs
from ...xtoptions import c_bytes
from .tgutil import xt_strtoul_all

UINT32_MAX = 0xFFFFFFFF
FLAGS = (("exist", "exist"), ("map-mark", "map-mark"), ("map-prio", "map-prio"), ("map-queue", "map-queue"))


class SetTarget(Target):
    NAME = "SET"
    REVISION = 3
    HELP = ("SET target options:\n"
            " --add-set name flags [--exist] [--timeout n]\n"
            " --del-set name flags\n"
            " --map-set name flags [--map-mark] [--map-prio] [--map-queue]\n"
            "\t\tadd/del src/dst IP/port from/to named sets,\n"
            "\t\twhere flags are the comma separated list of\n"
            "\t\t'src' and 'dst' specifications.\n")
    # old-style options (no generic checks): parse() judges repetition; `!` is ignored
    OPTIONS = tuple(Opt(n, "string", invert=True, multi=True, nargs=k) for n, k in (
        ("add-set", 2), ("del-set", 2), ("exist", 0), ("timeout", 1), ("map-set", 2), ("map-mark", 0),
        ("map-prio", 0), ("map-queue", 0)))

    def parse(self, opt, arg, invert, ctx):
        v, name = self.v, opt.name
        if name in ("add-set", "del-set", "map-set"):
            if name in v:
                raise ParamError(f"--{name} can be specified only once")
            if len(arg) < 2:
                raise ParamError(f"--{name} requires two args.")
            setname, dirs = arg
            if len(c_bytes(setname)) > MAXNAMELEN - 1:
                raise ParamError(f"setname `{setname}' too long, max {MAXNAMELEN - 1} characters.")
            if setname not in SETS:
                raise ParamError(f"Set {setname} doesn't exist.\n")
            v[name] = (setname, parse_dirs(dirs))
        elif name == "timeout":
            t = xt_strtoul_all(arg, 0, UINT32_MAX - 1)
            if t is None:
                raise ParamError(f"Invalid value for option --timeout or out of range 0-{UINT32_MAX - 1}")
            v["timeout"] = t
        else:
            v[name] = True

    def final_check(self, ctx):
        v = self.v
        if not any(k in v for k in ("add-set", "del-set", "map-set")):
            raise ParamError("You must specify either `--add-set' or `--del-set' or `--map-set'")
        if "add-set" not in v:
            if "exist" in v:
                raise ParamError("Flag `--exist' can be used with `--add-set' only")
            if "timeout" in v:
                raise ParamError("Option `--timeout' can be used with `--add-set' only")
        if "map-set" not in v:
            for flag in ("map-mark", "map-prio", "map-queue"):
                if flag in v:
                    raise ParamError(f"Flag `--{flag}' can be used with `--map-set' only")
        elif not any(k in v for k in ("map-mark", "map-prio", "map-queue")):
            raise ParamError("You must specify flags `--map-mark' or '--map-prio` or `--map-queue'")

    def check_entry(self, table, hookmask, rule):
        for k in ("add-set", "del-set", "map-set"):
            if k in self.v and self.v[k][0] not in SETS:
                raise KernelError("No chain/target/match by that name.")

    def _text(self, pfx: str) -> str:
        v = self.v

        def one(key):
            if key not in v:
                return ""
            name, dirs = v[key]
            return f" {pfx}{key} {name} " + ",".join(dirs)
        out = one("add-set")
        if v.get("exist"):
            out += f" {pfx}exist"
        if "timeout" in v:
            out += f" {pfx}timeout {v['timeout']}"
        out += one("del-set") + one("map-set")
        return out + "".join(f" {pfx}{f}" for f in ("map-mark", "map-prio", "map-queue") if v.get(f))

    def print(self, numeric):
        return self._text("")

    def save(self):
        return self._text("--")

    def compile(self):
        raise NotImplementedError("target SET: ipset sets are not emulated")


register(SetTarget)
