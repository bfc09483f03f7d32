"""Developer tool: run rules on real iptables-legacy (a fresh network namespace per rule, the kernel
lab's Netns) and on pyiptables, and show every difference in exit status, error text, -S line and
the -L / -L -n extension text.

    python tests/extensions/compare.py [-t table] [-c chain] < rules.txt     (one rule per line)
"""
from __future__ import annotations

import argparse
import re
import shlex
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kernel.lab import Netns  # noqa: E402

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


def real(netns: Netns, rule: list[str], chain: str, table: str):
    (rc, _, err), (_, s, _), (_, ln, _), (_, l, _) = [
        (r[0], r[1].decode(), r[2].decode()) for r in netns.cases([[
            {"argv": ["iptables", "-t", table, "-A", chain, *rule]}, {"argv": ["iptables", "-t", table, "-S", chain]},
            {"argv": ["iptables", "-t", table, "-L", chain, "-n"]}, {"argv": ["iptables", "-t", table, "-L", chain]}]])[0]]
    if rc:
        return rc, "", err, None, None
    return 0, s.splitlines()[-1], "", tail_after_destination(ln, chain)[0], tail_after_destination(l, chain)[0]


def tail_after_destination(listing: str, chain: str) -> list[str]:
    """From `iptables -L CHAIN [-n] [-v]` output: what follows the destination column on each rule
    line, i.e. what the matches and the target print (each with its leading space). Columns are
    found by tokens, not positions (a wide protocol name such as udplite shifts them); the
    destination is padded to 19 characters and followed by one space."""
    lines = listing.splitlines()
    head = next(i for i, l in enumerate(lines) if "destination" in l and not l.startswith("Chain"))
    verbose = lines[head].lstrip().startswith("pkts")
    out = []
    for l in lines[head + 1:]:
        if not l.strip():
            break
        idx = re.search(r"(?:^|\s)(--|-f|!f)\s+", l).end()      # just after the `opt` column
        for _ in range(3 if verbose else 1):   # -v: in, out, source; else source
            idx += re.match(r"\S+\s+", l[idx:]).end()
        dest = re.match(r"\S+", l[idx:]).group(0)
        out.append(l[idx + max(len(dest), 19) + 1:])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", default="filter")
    ap.add_argument("-c", default="INPUT")
    ap.add_argument("-v", action="store_true", help="print identical results too")
    ap.add_argument("--emit-t", action="store_true", help="print .t lines with iptables-legacy's verdicts")
    a = ap.parse_args()
    same = diff = 0
    with Netns() as lab:
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
