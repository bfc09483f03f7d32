"""Every line of every tests/extensions/*.t file, in iptables' own test format, run twice:
on pyiptables (a fresh store per chain) and on the real iptables-legacy (a fresh network namespace
per chain: the kernel lab's real_netns, tests/kernel/lab.py).

Format (as iptables-test.py reads it):
    :INPUT,FORWARD,OUTPUT          chains the following rules are tried in
    *mangle                        table of the following rules (default filter)
    # comment
    RULE;EXPECTED;OK|FAIL          EXPECTED is the rule's -S text after `-A CHAIN `, `=` for RULE itself,
                                   empty for FAIL lines
"""
from __future__ import annotations

import shlex
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pyiptables.cli.iptables import run
from pyiptables.errors import IptablesError
from pyiptables.store import Store

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    file: str
    lineno: int
    table: str
    chains: tuple
    rule: str
    expected: str | None      # the -S text after `-A CHAIN `, None for FAIL
    ok: bool

    @property
    def id(self):
        return f"{self.file}:{self.lineno}"


def read_t(path: Path) -> list[Case]:
    cases, chains, table = [], ("INPUT", "FORWARD", "OUTPUT"), "filter"
    for n, line in enumerate(path.read_text().splitlines(), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(":"):
            chains = tuple(line[1:].split(","))
            continue
        if line.startswith("*"):
            table = line[1:].strip()
            continue
        rule, expected, verdict = line.rsplit(";", 2)
        if verdict not in ("OK", "FAIL"):
            raise ValueError(f"{path.name}:{n}: verdict must be OK or FAIL, not {verdict!r}")
        ok = verdict == "OK"
        exp = (rule if expected == "=" else expected) if ok else None
        cases.append(Case(path.name, n, table, chains, rule, exp, ok))
    return cases


CASES = [c for p in sorted(HERE.glob("*.t")) for c in read_t(p)]


def last_rule(listing: str, chain: str) -> str | None:
    prefix = f"-A {chain} "
    rules = [l[len(prefix):] for l in listing.splitlines() if l.startswith(prefix)]
    return rules[-1] if rules else None


def check(case: Case, chain: str, status: int, listing: str, err: str):
    where = f"{case.id} -t {case.table} -A {chain} {case.rule}"
    if not case.ok:
        assert status != 0, f"{where}: accepted, expected a failure; -S shows {last_rule(listing, chain)!r}"
        return
    assert status == 0, f"{where}: failed: {err.strip()}"
    assert last_rule(listing, chain) == case.expected, f"{where}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_ours(case: Case):
    argv = shlex.split(case.rule)
    for chain in case.chains:
        with tempfile.TemporaryDirectory() as d:
            st = Store(d)
            try:
                run(["iptables", "-t", case.table, "-A", chain, *argv], st)
                status, err = 0, ""
            except IptablesError as e:
                status, err = e.status, e.message
            _, listing = run(["iptables", "-t", case.table, "-S", chain], st)
            check(case, chain, status, listing, err)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_iptables_legacy(case: Case, real_netns):
    argv = shlex.split(case.rule)
    runs = real_netns.cases([[{"argv": ["iptables", "-t", case.table, "-A", chain, *argv]},
                              {"argv": ["iptables", "-t", case.table, "-S", chain]}] for chain in case.chains])
    for chain, ((status, _, err), (_, listing, _)) in zip(case.chains, runs):
        check(case, chain, status, listing.decode("utf-8", "surrogateescape"), err.decode("utf-8", "surrogateescape"))
