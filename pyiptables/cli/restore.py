"""pyiptables-restore: `iptables-restore [-c] [-n] [-t] [-v] [-T table] [-w [secs]] [-M cmd] [file]`
of iptables 1.8.9 (legacy), over the emulated namespace."""
from __future__ import annotations

import os
import sys
from contextlib import nullcontext

from .gnu_getopt import Getopt, GetoptError

PROG = "iptables-restore"
SHORTS = {"b": 0, "c": 0, "v": 0, "V": 0, "t": 0, "h": 0, "n": 0, "w": 0, "W": 0, "M": 1, "T": 1}
LONGS = [("counters", 0, "c"), ("verbose", 0, "v"), ("version", 0, "V"), ("test", 0, "t"),
         ("help", 0, "h"), ("noflush", 0, "n"), ("modprobe", 1, "M"), ("table", 1, "T"),
         ("wait", 2, "w"), ("wait-interval", 2, "W")]
USAGE = (f"Usage: {PROG} [-c] [-v] [-V] [-t] [-h] [-n] [-w secs] [-W usecs] [-T table] [-M command] [file]\n"
         "\t   [ --counters ]\n\t   [ --verbose ]\n\t   [ --version]\n\t   [ --test ]\n\t   [ --help ]\n"
         "\t   [ --noflush ]\n\t   [ --wait=<seconds>\n\t   [ --table=<TABLE> ]\n\t   [ --modprobe=<command> ]\n")


def _param_problem(msg: str, line: int = 0) -> str:
    return (f"{PROG} v1.8.9 (legacy): {msg}\nError occurred at line: {line}\n"
            f"Try `{PROG} -h' or '{PROG} --help' for more information.\n")


class Options:
    counters = noflush = test = verbose = False
    table = None
    wait = None          # seconds to wait for the lock (-w N > 0); None: for ever
    path = None


def parse_options(argv: list[str], stdout, stderr):
    """Options as iptables-restore reads them; returns Options or an exit status."""
    from ..parse.cmdline import scan_llu, scanf_int
    o = Options()
    wait_given = interval_given = False
    opts = Getopt(PROG, argv, SHORTS, LONGS)
    try:
        for c, arg in opts:
            if c == "b":
                stderr.write("-b/--binary option is not implemented\n")
            elif c == "c":
                o.counters = True
            elif c == "v":
                o.verbose = True
            elif c == "V":
                stdout.write(f"{PROG} v1.8.9 (legacy)\n")
                return 0
            elif c == "t":
                o.test = True
            elif c == "h":
                stderr.write(USAGE)
                return 0
            elif c == "n":
                o.noflush = True
            elif c == "T":
                o.table = arg
            elif c == "w":
                wait_given = True
                nxt = opts.peek() if arg is None else None
                if arg is None and nxt is not None and nxt[:1] not in ("-", "!"):
                    arg = opts.take()
                secs = -1 if arg is None else scanf_int(arg)
                if secs is None:
                    stderr.write(_param_problem("wait seconds not numeric"))
                    return 2
                o.wait = secs if secs > 0 else None
            elif c == "W":
                nxt = opts.peek() if arg is None else None
                if arg is None and nxt is not None and nxt[:1] not in ("-", "!"):
                    arg = opts.take()
                if arg is None:
                    stderr.write(_param_problem("wait interval value required"))
                    return 2
                if scan_llu(arg) is None:
                    stderr.write(_param_problem("wait interval not numeric"))
                    return 2
                interval_given = True
                stderr.write("Ignoring deprecated --wait-interval option.\n")
    except GetoptError as e:
        stderr.write(f"{e}\nTry `{PROG} -h' for more information.\n")
        return 1
    if interval_given and not wait_given:
        stderr.write("Option --wait-interval requires option --wait\n")
        return 1
    if len(opts.rest) > 1:
        stderr.write("Unknown arguments found on commandline\n")
        return 1
    if opts.rest:
        o.path = opts.rest[0]
    return o


def read_input(o: Options, stdin, stderr):
    if o.path is None:
        return stdin.read()
    from .common import read_until_error
    try:
        f = open(o.path, "rb")
    except IsADirectoryError:
        return b""                      # fopen() succeeds, the first fgets() ends the input
    except OSError as e:
        stderr.write(f"Can't open {o.path}: {e.strerror}\n")
        return None
    with f:
        return read_until_error(f)


def run(argv: list[str], store=None, stdin=None, stdout=None, stderr=None) -> int:
    """The whole command over text streams stdout/stderr and a binary stdin; the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    o = parse_options(argv, stdout, stderr)
    if isinstance(o, int):
        return o
    data = read_input(o, stdin if stdin is not None else sys.stdin.buffer, stderr)
    if data is None:
        return 1
    from ..errors import Crash, IptablesError
    from ..gcpause import gc_paused
    from ..model import Ruleset
    from ..restore import Restore, RestoreExit, normalize, reaches_table
    from ..store import Store
    from .common import error_text

    text, no_nl = normalize(data)
    out: list[str] = []
    crash = []

    def apply(rs):
        r = Restore(rs, out, counters=o.counters, noflush=o.noflush, test=o.test, verbose=o.verbose,
                    only=o.table)
        try:
            r.run(text, no_nl)
        except RestoreExit as e:
            return r, e.status, e.stderr
        except Crash as e:
            # the process dies on this line: what earlier COMMITs sent stays in the kernel
            crash.append(e)
            return r, e.status, ""
        except (IptablesError, KeyboardInterrupt):
            raise
        except Exception:
            # a bug of ours on this line: fail it as libiptc would, never with a traceback
            if os.environ.get("PYIPTABLES_DEBUG"):
                raise
            return r, 1, f"{PROG}: line {r.line} failed\n"
        return r, 0, ""

    try:
        if not reaches_table(text, no_nl, o.table):
            # iptables-restore takes the xtables lock at a *table line: input that ends or fails
            # before one runs without it, and without the namespace's tables (it cannot touch them)
            _, status, err = apply(Ruleset())
        else:
            with gc_paused(), (store or Store()).transaction(write=True, wait=o.wait) as st:
                rs = st.get("rules", Ruleset)
                noted = nullcontext()
                if "*raw" in text:
                    from ..extensions.targets.ct import template_ecache_noted
                    noted = template_ecache_noted(rs, st, text)
                with noted:
                    r, status, err = apply(rs)
                keep(st, r, status == 0 and not o.test)
    except IptablesError as e:
        stdout.write("".join(out))
        stderr.write(error_text(e, PROG))
        return e.status
    stdout.write("".join(out))
    if crash:
        raise crash[0]
    stderr.write(err)
    return status


def keep(st, r, ok: bool) -> None:
    """Write what the run leaves in the namespace: all of it when it succeeded, else the tables
    committed before the failure and every table it initialised (created if new)."""
    from ..model import Ruleset
    if ok and r.touched and set(r.touched) <= set(r.committed):
        st.put("rules")
    elif r.touched:
        st.drop("rules")
        base = st.get("rules", Ruleset)
        changed = False
        for name in r.touched:
            if name not in base.tables:
                base.table(name)
                changed = True
        for name, t in r.committed.items():
            base.tables[name] = t
            changed = True
        if changed:
            st.put("rules", base)


def main(argv: list[str] | None = None):
    from .common import tool_main
    tool_main(PROG, run, argv)
