"""`-L -n` from the lines the store keeps (model.Chain.numeric_lines) prints what listing the rules
themselves prints: for every rule of the real-world rulesets and of generated command lines
(every extension, negations, interfaces, goto, odd names), and for each way -n lists (whole
table, one chain, one rule, --line-numbers)."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from pyiptables.commands import do_command
from pyiptables.listing import address_columns, list_entries, numeric_line, target_columns
from pyiptables.model import TABLES, Ruleset
from pyiptables.parse.cmdline import OPT, Parsed, parse_argv
from pyiptables.restore import Restore, normalize
from pyiptables.save import print_effects, rule_parts

try:  # tests/ may or may not become a package
    from ..kernel import gen_cmdline
    from ..kernel.lab import BUILTIN
except ImportError:
    from kernel import gen_cmdline
    from kernel.lab import BUILTIN

RULESETS = sorted((Path(__file__).resolve().parent.parent / "rulesets").glob("*.rules"))
USERS = ["U1", "U2", "ÜBER-lang-chain", "x" * 28]


def restored(path: Path) -> Ruleset:
    rs = Ruleset()
    text, no_nl = normalize(path.read_bytes())
    Restore(rs, [], counters=True).run(text, no_nl)
    return rs


def generated(seed: int, n: int) -> Ruleset:
    """Rules of generated command lines that parse, in every table (not checked by the kernel's
    rules: listing does not care)."""
    rs = Ruleset()
    g = gen_cmdline.Gen(seed)
    for name in TABLES:
        rs.table(name)
        for u in USERS:
            do_command(rs, parse_argv(["iptables", "-t", name, "-N", u]), [], check=False)
    for _ in range(n):
        table = g.pick(list(BUILTIN))
        chain = g.pick(list(BUILTIN[table]) + USERS[:2])
        g.bad = g.chance(0.1)
        argv = ["iptables", "-t", table, "-A", chain, *g.rule(table, chain, USERS)]
        if g.chance(0.1):
            argv += ["-c", str(g.r.getrandbits(g.r.choice([4, 20, 64]))), str(g.r.getrandbits(40))]
        try:
            p = parse_argv(argv)
            do_command(rs, p, [], check=False)
        except Exception:
            continue
    return rs


def listings(rs: Ruleset) -> list[str]:
    out = []
    for name, t in sorted(rs.tables.items()):
        queries = [(None, 0, False), (None, 0, True)]
        for c in t.ordered_chains():
            queries += [(c.name, 0, False), (c.name, 0, True)]
            queries += [(c.name, k, ln) for k in (1, c.size(), c.size() + 1) for ln in (False, True)]
        for chain, rulenum, linenumbers in queries:
            p = Parsed()
            p.chain, p.rulenum = chain, rulenum
            p.options = OPT["n"] | (OPT["0"] if linenumbers else 0)
            text: list[str] = []
            list_entries(t, p, text)
            out.append(f"{name} {chain} {rulenum} {linenumbers}\n" + "".join(text))
    return out


def check(rs: Ruleset) -> None:
    n = 0
    slow = set()        # chains whose lines the store does not keep: listed from their rules
    for name, t in rs.tables.items():
        for c in t.chains.values():
            for r in c.rules:
                line = numeric_line(r)
                assert line == target_columns(r, True) + address_columns(r, True)
                if "\0" in line or print_effects(" ".join(rule_parts(r))):   # bpf's NUL, connlabel's warning
                    slow.add((name, c.name))
                n += 1
    assert n
    stored = pickle.loads(pickle.dumps(rs))          # chains unloaded: listed from their lines
    assert all((c.numeric_lines() is None) == ((name, c.name) in slow)
               for name, t in stored.tables.items() for c in t.chains.values())
    assert listings(stored) == listings(rs)


@pytest.mark.parametrize("path", RULESETS, ids=[p.stem for p in RULESETS])
def test_ruleset_listed_from_store(path, monkeypatch):
    from pyiptables.extensions.matches import set as xt_set
    ipset = path.with_suffix(".ipset")
    if ipset.exists():                  # the sets it names exist (in the real tool: `ipset restore`)
        names = [line.split()[1] for line in ipset.read_text().splitlines() if line.startswith("create ")]
        for index, name in enumerate(names):
            monkeypatch.setitem(xt_set.SETS, name, index)
    check(restored(path))


@pytest.mark.parametrize("seed", range(4))
def test_generated_rules_listed_from_store(seed):
    check(generated(seed, 600))


def test_rows_keep_every_field():
    """The store pickles rules as rows (model.rows_of): every slot of a rule and of its
    extensions comes back, in a store written now and in one written with Rule objects."""
    from pyiptables.model import Rule, rows_of, rules_of
    from pyiptables.xtables import Extension
    rs = generated(7, 400)
    rules = [r for t in rs.tables.values() for c in t.chains.values() for r in c.rules]

    def fields(r):
        exts = list(r.matches) + ([r.target] if r.target is not None else [])
        return ([getattr(r, f) for f in Rule.__slots__ if f not in ("matches", "target")],
                [(type(e), [getattr(e, f) for f in Extension.__slots__]) for e in exts])
    rows = rows_of(rules)
    assert all(len(row) == len(Rule.__slots__) for row in rows)
    assert all(len(e) == 1 + len(Extension.__slots__) for row in rows for e in row[9] + [row[10] or ()] if e)
    assert [fields(r) for r in rules_of(pickle.loads(pickle.dumps(rows)))] == [fields(r) for r in rules]
    for t in rs.tables.values():                         # a chain stored as Rule objects (older stores)
        for c in t.chains.values():
            c._rules, c._stored = None, ("", [], [], pickle.dumps(c._rules or []), None)
    assert [fields(r) for t in rs.tables.values() for c in t.chains.values() for r in c.rules] == \
        [fields(r) for r in rules]


def test_connlabel_warns_when_printed_not_when_stored(tmp_path):
    """libxt_connlabel warns on every print while connlabel.conf is missing: -A is silent, each
    -L -n lists the chain the slow way (one warning per rule), never from lines kept in the store."""
    import os
    import subprocess
    import sys

    from pyiptables.extensions.matches import connlabel
    if os.path.exists(connlabel.CONNLABEL_CONF):
        pytest.skip(f"{connlabel.CONNLABEL_CONF} exists here")
    env = dict(os.environ, PYIPTABLES_STATE=str(tmp_path / "state"))

    def ipt(*args):
        p = subprocess.run([sys.executable, "-c", "from pyiptables.cli.iptables import main; main()", *args], env=env,
                           capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        return p.stdout, p.stderr.count("Warning: cannot open")
    assert ipt("-A", "INPUT", "-m", "connlabel", "--label", "1")[1] == 0
    assert ipt("-A", "INPUT", "-m", "connlabel", "!", "--label", "2", "--set")[1] == 0
    for _ in range(2):
        out, warnings = ipt("-L", "INPUT", "-n")
        assert warnings == 2 and "connlabel ! 2 set" in out
