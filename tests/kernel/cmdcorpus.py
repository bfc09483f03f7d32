"""Command-line cases: the corpus files in tests/cmdline/ and the seeded generator's cases.

Corpus format (one case per line; tests/cmdline/README.md has examples):

    # comment                 blank lines and comments are ignored
    *TABLE                    the table of the rule lines below (default: filter)
    :CHAIN[,CHAIN...]         their chains (default: INPUT); a non-builtin name is created with -N first
    RULE;EXPECT;OK|FAIL       as in iptables' own .t files: `iptables -t TABLE -A CHAIN RULE`, one case
                              per chain. OK: the kernel accepts it and iptables-save prints
                              `-A CHAIN EXPECT` (EXPECT `=` or empty: RULE itself); FAIL: it is refused.
    $ CMD [ ; CMD ...]        free-form: command lines (shell quoting; ` ; ` between them) of iptables,
                              iptables-save, iptables-restore, conntrack, ip or sysctl
    $ CMD <<WORD              the lines that follow, up to WORD, are the last command's stdin
    % CMD [ ; CMD ...]        prelude: these command lines run first in every `$` case below it (its
                              steps are compared too), up to the next `%` line; a lone `%` ends it

Every case starts from a brand-new namespace (ours: a fresh PYIPTABLES_STATE) and, when it runs
an iptables program, ends with an implicit `iptables-save`, so the state left behind is compared too.
"""
from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass

from .lab import BUILTIN

PROGRAMS = ("iptables", "iptables-save", "iptables-restore", "conntrack", "ip", "sysctl")
HEREDOC = re.compile(r"<<\s*(\w+)\s*$")


@dataclass
class CmdCase:
    id: str
    steps: list                 # [{"argv": [program, args...], "input": bytes | None}]
    expect: tuple | None = None  # .t lines: (index of the -A step, table, chain, expected rule text, "OK"|"FAIL")

    def __repr__(self):
        return self.id


def with_final_save(steps):
    if any(s["argv"][0].startswith("iptables") for s in steps):
        return steps + [{"argv": ["iptables-save"], "input": None}]
    return steps


def _steps(body, where):
    steps, cur = [], []
    for tok in shlex.split(body) + [";"]:
        if tok != ";":
            cur.append(tok)
        elif cur:
            if cur[0] not in PROGRAMS:
                raise ValueError(f"{where}: unknown program {cur[0]!r} (one of {', '.join(PROGRAMS)})")
            steps.append({"argv": cur, "input": None})
            cur = []
    return steps


def parse(text, name="<corpus>"):
    cases, table, chains, prelude = [], "filter", ["INPUT"], []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        lineno, line = i + 1, lines[i].strip()
        i += 1
        where = f"{name}:{lineno}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            table = line[1:].strip()
        elif line.startswith(":"):
            chains = [c.strip() for c in line[1:].split(",") if c.strip()]
        elif line.startswith("%"):
            prelude = _steps(line[1:].strip(), where)
        elif line.startswith("$"):
            body, stdin = line[1:].strip(), None
            m = HEREDOC.search(body)
            if m:
                body, word, data = body[:m.start()].strip(), m.group(1), []
                while i < len(lines) and lines[i].strip() != m.group(1):
                    data.append(lines[i])
                    i += 1
                if i == len(lines):
                    raise ValueError(f"{where}: no closing {word}")
                i += 1
                stdin = ("\n".join(data) + "\n").encode()
            steps = _steps(body, where)
            if not steps:
                raise ValueError(f"{where}: no command")
            steps[-1]["input"] = stdin
            cases.append(CmdCase(where, with_final_save([dict(s) for s in prelude] + steps)))
        else:
            parts = line.split(";")
            if len(parts) != 3 or parts[2] not in ("OK", "FAIL"):
                raise ValueError(f"{where}: expected RULE;EXPECT;OK|FAIL, got {line!r}")
            rule, expect, result = parts
            expect = rule.strip() if expect.strip() in ("", "=") else expect.strip()
            for chain in chains:
                steps = []
                if chain not in BUILTIN.get(table, ()):
                    steps.append({"argv": ["iptables", "-t", table, "-N", chain], "input": None})
                steps.append({"argv": ["iptables", "-t", table, "-A", chain, *shlex.split(rule)], "input": None})
                cid = where + (f":{chain}" if len(chains) > 1 else "")
                cases.append(CmdCase(cid, with_final_save(steps), (len(steps) - 1, table, chain, expect, result)))
    return cases


def load(directory):
    """Every case of every corpus file (all files but README.md), in file-name order."""
    cases = []
    for fn in sorted(os.listdir(directory)):
        path = os.path.join(directory, fn)
        if fn.startswith((".", "README")) or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            cases += parse(f.read(), fn)
    return cases


def expectation_problem(case, real):
    """For a .t case: why the kernel's answers contradict the corpus line, or None."""
    k, table, chain, expect, result = case.expect
    rc = real[k][0]
    if result == "FAIL":
        return None if rc != 0 else "the corpus says FAIL, but the kernel accepted it"
    if rc != 0:
        return f"the corpus says OK, but the kernel refused it: {real[k][2].decode(errors='replace').strip()}"
    save, section = real[-1][1].decode(errors="replace"), None
    for line in save.splitlines():
        if line.startswith("*"):
            section = line[1:]
        elif section == table and line == f"-A {chain} {expect}":
            return None
    rules = [l for l in save.splitlines() if l.startswith(f"-A {chain} ")]
    return f"the corpus expects `-A {chain} {expect}`, but iptables-save printed {rules}"
