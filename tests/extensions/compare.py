"""Developer tool: run rules on real iptables-legacy (throwaway netns) and on pyiptables, and show
every difference in exit status, error text, -S line and the -L / -L -n extension text.

    python tests/extensions/compare.py [-t table] [-c chain] < rules.txt     (one rule per line)
"""
from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lab import Lab, tail_after_destination  # noqa: E402

from pyiptables.cli.common import error_text  # noqa: E402
from pyiptables.cli.iptables import run  # noqa: E402
from pyiptables.errors import IptablesError  # noqa: E402
from pyiptables.parse.cmdline import parse_argv  # noqa: E402
from pyiptables.store import Store  # noqa: E402


def ours(rule: list[str], chain: str, table: str):
    with tempfile.TemporaryDirectory() as d:
        st = Store(d)
        argv = ["iptables", "-t", table, "-A", chain, *rule]
        try:
            run(argv, st)
        except IptablesError as e:
            return e.status, "", error_text(e), None, None
        _, s = run(["iptables", "-t", table, "-S", chain], st)
        ms = parse_argv(argv).matches
        tgt = parse_argv(argv).target
        ln = "".join(m.print(True) for m in ms) + (tgt.print(True) if tgt else "")
        l = "".join(m.print(False) for m in ms) + (tgt.print(False) if tgt else "")
        return 0, s.splitlines()[-1], "", ln, l


def real(lab: Lab, rule: list[str], chain: str, table: str):
    lab.reset()
    rc, out, err = lab.iptables(["-A", chain, *rule], table)
    if rc:
        return rc, "", err, None, None
    _, s, _ = lab.iptables(["-S", chain], table)
    _, ln, _ = lab.iptables(["-L", chain, "-n"], table)
    _, l, _ = lab.iptables(["-L", chain], table)
    return 0, s.splitlines()[-1], "", tail_after_destination(ln, chain)[0], tail_after_destination(l, chain)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", default="filter")
    ap.add_argument("-c", default="INPUT")
    ap.add_argument("-v", action="store_true", help="print identical results too")
    ap.add_argument("--emit-t", action="store_true", help="print .t lines with iptables-legacy's verdicts")
    a = ap.parse_args()
    same = diff = 0
    with Lab() as lab:
        for line in sys.stdin:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            chain, table = a.c, a.t
            if line.startswith("@"):          # @CHAIN[/table] rule...
                spec, line = line[1:].split(" ", 1)
                chain, _, t = spec.partition("/")
                table = t or table
            rule = shlex.split(line)
            r, o = real(lab, rule, chain, table), ours(rule, chain, table)
            if a.emit_t:
                got = r[1].split(" ", 2)[2] if r[0] == 0 else ""
                print(f"{line};{'=' if got == line else got};{'OK' if r[0] == 0 else 'FAIL'}", file=sys.stderr)
            if r == o:
                same += 1
                if a.v:
                    print(f"SAME {line}\n     {r}")
                continue
            diff += 1
            print(f"DIFF {line}")
            for name, x, y in zip(("rc", "-S", "err", "-L -n", "-L"), r, o):
                if x != y:
                    print(f"  {name}: real {x!r}\n  {' ' * len(name)}  ours {y!r}")
    print(f"{same} same, {diff} different")


if __name__ == "__main__":
    main()
