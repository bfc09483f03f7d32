"""pysysctl: procps-ng 4.0.2's `sysctl` over the emulated host's keys (PYIPTABLES_STATE).

Reads, writes (`-w k=v`, or any `k=v` argument), `-a`, `-n`, `-N`, `-q`, `-e`, `-b`, `-r`,
`-p [FILE...]`, `--dry-run`; '.' and '/' separators swap like procps' slashdot(). Messages and
exit codes are procps' and the kernel's (errno of the proc handler)."""
from __future__ import annotations

import fnmatch
import os
import re
import sys

from ..errors import IptablesError
from ..host.model import Host
from ..host.sysctl import SysctlWriteError
from ..store import Store

PROG = "sysctl"
C_SPACE = " \t\n\v\f\r"          # isspace() in the C locale
VERSION = "sysctl from procps-ng 4.0.2"
STRERROR = {22: "Invalid argument", 2: "No such file or directory", 16: "Device or resource busy",
            13: "Permission denied", 20: "Not a directory"}
USAGE = """
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
"""


def warn(msg: str):
    sys.stdout.flush()
    sys.stderr.write(f"{PROG}: {msg}\n")
    sys.stderr.flush()


def first_sep(name: str) -> str:
    m = re.search(r"[./]", name)
    return m.group() if m else ""


def swap(name: str) -> str:
    """procps slashdot(): '.' and '/' trade places (a '.' inside a '/' path is part of a name)."""
    return name.translate(SWAP)


SWAP = str.maketrans("./", "/.")


def warn_repeats(name: str, times: int):
    """procps warns about repeated separators each time it converts such a name (measured: a read
    of a '/' name converts it twice, a '.' name once; a write converts the path back once more)."""
    m = re.search(r"[./][./]", name)
    if m:
        for _ in range(times):
            warn(f"separators should not be repeated: {name[m.start():]}")


COUNT = ("net", "netfilter", "nf_conntrack_count")


class Sysctl:
    def __init__(self, host: Host, opts: dict, st=None):
        self.host, self.o, self.st = host, opts, st
        self.names = host.sysctl_names()
        self.files = {c: n for c, n in self.names}
        self.wrote = False

    def value(self, comps) -> str:
        if tuple(comps) == COUNT and self.st is not None:     # the namespace's entries, not a setting
            from ..conntrack import Tracker
            return str(len(self.st.get("conntrack", Tracker)))
        return self.host.sysctl_read(comps)

    def lookup(self, comps: list[str]):
        """('file', comps) | ('dir', [names under it]) | ('enotdir', None) | (None, None)."""
        trailing = len(comps) > 1 and comps[-1] == ""
        clean = tuple(c for c in comps if c != "")
        if clean in self.files:
            return ("enotdir", None) if trailing else ("file", clean)
        if any(clean[:n] in self.files for n in range(1, len(clean))):    # a file on the way
            return ("enotdir", None)
        under = [(c, n) for c, n in self.names if c[:len(clean)] == clean and len(c) > len(clean)]
        if under:
            return ("dir", under)
        return (None, None)

    def _path(self, comps) -> str:
        return "/proc/sys/" + "/".join(comps)

    def show(self, display: str, value: str):
        o = self.o
        if o["pattern"] is not None and not o["pattern"].search(display):
            return
        if o["names_only"]:
            sys.stdout.write(display + "\n")
        elif o["values_only"]:
            sys.stdout.write(value + ("" if o["binary"] else "\n"))
        elif o["binary"]:
            sys.stdout.write(value)
        else:
            sys.stdout.write(f"{display} = {value}\n")

    @staticmethod
    def outside(path: str) -> bool:
        """procps is_proc_path(): the realpath of /proc/sys/PATH must be under /proc/sys/ (the
        tree itself and what is above it exist, so they are refused; names resolve inside)."""
        if os.path.normpath("/proc/sys/" + path) in ("/proc/sys", "/proc", "/"):
            warn(f"Path is not under /proc/sys/: /proc/sys/{path}")
            return True
        return False

    def read(self, name: str) -> int:
        dotted = first_sep(name) != "/"
        warn_repeats(name, 1 if dotted else 2)
        path = swap(name) if dotted else name            # what procps stats, below /proc/sys/
        if self.outside(path):
            return -1
        kind, what = self.lookup(path.split("/"))
        if kind is None or kind == "enotdir":
            if not self.o["ignore"]:
                err = "No such file or directory" if kind is None else "Not a directory"
                warn(f"cannot stat /proc/sys/{path}: {err}")
                return 1
            return 0
        if kind == "dir":
            n = len(tuple(c for c in path.split("/") if c))
            for c, _name in what:                         # DisplayAll(): '/' paths, read one by one
                child = path + "/" + "/".join(c[n:])
                warn_repeats(child, 2)
                self.show(swap(child), self.value(c))
            return 0
        self.show(name if dotted else swap(name), self.value(what))
        return 0

    def write(self, setting: str, where: str = "command line(0)", ignore_failure=False,
              globs=False) -> int:
        if "=" not in setting:
            warn(f"{where}: invalid syntax, continuing...")
            return 1
        key, _, value = setting.partition("=")
        key, value = key.strip(C_SPACE), value.strip(C_SPACE)
        if key.startswith("-"):
            key = key[1:]
        if not key:
            warn("Path is not under /proc/sys/: /proc/sys/")
            return 1
        dotted = first_sep(key) == "."
        if dotted:
            warn_repeats(key, 1)
        path = swap(key) if dotted else key
        if self.outside(path):
            return 1
        if globs and any(ch in key for ch in "*?["):     # only lines of -p files are globbed
            rc = 0
            pat = tuple(path.split("/"))
            for c, _n in self.names:
                if len(c) == len(pat) and all(fnmatch.fnmatchcase(x, y) for x, y in zip(c, pat)):
                    rc |= self._write_one("/".join(c), value, ignore_failure)
            return rc
        return self._write_one(path, value, ignore_failure)

    def _write_one(self, path, value, ignore_failure) -> int:
        kind, what = self.lookup(path.split("/"))
        if kind is None or kind == "enotdir":
            if self.o["ignore"]:
                return 0
            err = "No such file or directory" if kind is None else "Not a directory"
            warn(f"cannot stat /proc/sys/{path}: {err}")
            return 0 if ignore_failure else 1
        warn_repeats(path, 1)
        display = swap(path)
        if kind == "dir" or not self.host.sysctl_writable(what):
            # procps warns with the stale errno and carries on with success
            warn(f'setting key "{display}": Invalid argument')
            return 0
        if not self.o["dry_run"]:
            try:
                self.host.sysctl_write(what, value)
            except SysctlWriteError as e:
                warn(f'setting key "{display}": {STRERROR.get(e.errno, os.strerror(e.errno))}')
                return 0 if ignore_failure else 1
            self.wrote = True
        if not self.o["quiet"]:
            if self.o["names_only"]:                  # procps 4.0.2 prints the value here
                sys.stdout.write(value + "\n")
            else:
                self.show(display, value)
        return 0

    def preload(self, path: str, settings: list) -> int:
        """Parse one file into settings (procps parses every file before applying any)."""
        from .common import read_until_error
        if path == "-":                               # procps reads stdin for "-"
            data = read_until_error(sys.stdin.buffer)
        else:
            try:
                f = open(path, "rb")
            except IsADirectoryError:                 # fopen() works, the first getline() fails: no lines
                f = None
            except OSError as e:
                warn(f'cannot open "{path}": {e.strerror}')
                return 1
            data = b""
            if f is not None:
                with f:
                    data = read_until_error(f)
        lines = data.split(b"\n")
        for n, raw in enumerate(lines, 1):
            # getline()'s line (its newline included, but on the last) read as the C string it
            # holds, up to a NUL; one shorter than 2 bytes is skipped
            line = (raw + b"\n" if n < len(lines) else raw).split(b"\0", 1)[0]
            if len(line) < 2:
                continue
            t = line.decode("utf-8", "surrogateescape").strip(C_SPACE)
            if not t or t[0] in "#;":
                continue
            if "=" not in t:
                warn(f"{path}({n}): invalid syntax, continuing...")      # measured: the status stays 0
                continue
            settings.append(t)
        return 0


def parse_opts(argv):
    o = {"all": False, "binary": False, "ignore": False, "names_only": False, "values_only": False,
         "quiet": False, "write": False, "dry_run": False, "pattern": None, "load": None}
    args = []
    i = 0
    while i < len(argv):
        a = argv[i]
        i += 1
        if a == "--":
            args.extend(argv[i:])
            break
        if a.startswith("--"):
            name, eq, val = a[2:].partition("=")
            longs = {"all": "a", "binary": "b", "ignore": "e", "names": "N", "values": "n",
                     "quiet": "q", "write": "w", "help": "h", "version": "V"}
            if name in longs:
                a = "-" + longs[name]
            elif name == "dry-run":
                o["dry_run"] = True
                continue
            elif name == "deprecated":
                continue
            elif name == "load":
                o["load"] = [val] if eq else []
                continue
            elif name == "pattern":
                val = val if eq else (argv[i] if i < len(argv) else "")
                i += 0 if eq else 1
                o["pattern"] = _regex(val)
                continue
            else:
                raise Usage(f"unrecognized option '{a}'")
        if a.startswith("-") and len(a) > 1:
            j = 1
            while j < len(a):
                c = a[j]
                j += 1
                if c in "aAX":
                    o["all"] = True
                elif c in "beNnqw":
                    o[{"b": "binary", "e": "ignore", "N": "names_only", "n": "values_only",
                       "q": "quiet", "w": "write"}[c]] = True
                elif c in "ox":
                    pass
                elif c in "pf":
                    o["load"] = [a[j:]] if a[j:] else []
                    break
                elif c == "r":
                    val = a[j:] or (argv[i] if i < len(argv) else "")
                    if not a[j:]:
                        i += 1
                    if not a[j:] and i > len(argv):
                        raise Usage("option requires an argument -- 'r'")
                    o["pattern"] = _regex(val)
                    break
                elif c in "hd":
                    sys.stdout.write(USAGE)
                    raise SystemExit(0)
                elif c == "V":
                    print(VERSION)
                    raise SystemExit(0)
                else:
                    raise Usage(f"invalid option -- '{c}'")
            continue
        args.append(a)
    return o, args


class Usage(Exception):
    pass


class _Nothing:
    """What a pattern regcomp() rejects selects: nothing."""

    @staticmethod
    def search(_s):
        return None


def _regex(text: str):
    try:
        return re.compile(text)
    except re.error:
        return _Nothing


def run(argv: list[str]) -> int:
    if not argv:
        sys.stderr.write(USAGE)
        return 1
    try:
        o, args = parse_opts(argv)
    except Usage as e:
        warn(str(e))
        sys.stdout.write(USAGE)          # procps prints this usage to stdout and succeeds
        return 0
    if o["names_only"] and o["quiet"]:
        warn("options -N and -q cannot coexist")
        sys.stderr.write(f"Try `{PROG} --help' for more information.\n")
        return 1
    writes = o["load"] is not None or any("=" in a for a in args) or (o["write"] and args)
    with Store().transaction(write=bool(writes)) as st:
        host = st.get("host", Host)
        s = Sysctl(host, o, st)
        rc = 0
        if o["all"]:
            for c, n in s.names:
                s.show(n, s.value(c))
            return 0
        if o["load"] is not None:
            files = [f for f in o["load"] if f] + args or ["/etc/sysctl.conf"]
            settings = []
            for f in files:
                rc |= s.preload(f, settings)
            for t in settings:
                rc |= s.write(t, globs=True)
        else:
            if not args:
                sys.stderr.write(f"{PROG}: no variables specified\nTry `{PROG} --help' for more information.\n")
                return 1
            for a in args:
                if o["write"] or "=" in a:
                    # a setting shorter than 2 characters (leading blanks aside) is skipped, as
                    # parse_setting_line() skips a short line, and counts as a failure
                    rc |= 1 if len(a.lstrip(C_SPACE)) < 2 else s.write(a)
                else:
                    rc |= s.read(a)
        if s.wrote:
            st.put("host")
        return rc & 0xFF                    # procps returns its int (-1 for a refused path)


def main(argv: list[str] | None = None):
    from .common import std_streams, stdout_errno
    std_streams(argv is None)
    try:
        rc = run(sys.argv[1:] if argv is None else argv)
    except IptablesError as e:
        sys.stderr.write(e.message + "\n")
        rc = e.status
    except SystemExit as e:                   # -h, -V
        rc = e.code
    except BrokenPipeError:                   # `pysysctl -a | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    if stdout_errno():                        # procps' close_stdout(): output that could not be written
        sys.stderr.write(f"{PROG}: write error: {os.strerror(stdout_errno())}\n")
        rc = 1
    sys.exit(rc)
