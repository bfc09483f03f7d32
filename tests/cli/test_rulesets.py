"""Real-world rulesets (tests/rulesets/*.rules): restored with counters, then saved, listed and
restored again from the save, by iptables-legacy in a fresh namespace and by pyiptables;
every output must be identical byte for byte (date lines masked).

A ruleset may only use extensions pyiptables has; one that names a missing extension is skipped
with that reason, so rulesets can land before their extensions do.

A ruleset whose rules name ipset sets (-m set, -j SET) comes with NAME.ipset beside it, in
`ipset save` form: the real side creates those sets with `ipset restore` in its namespace before
the steps; pyiptables, which does not emulate ipset, registers their names (the sets exist on the
box the ruleset came from), so rules on them parse, save and list.

Real-world dumps that iptables-restore refuses (a kernel without the module, a rule the kernel's
checks reject, a typo) live in tests/rulesets/refused/: the same steps must fail the same way,
message and status, and leave the same (empty) state.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kernel.compare import mask_dates

HERE = Path(__file__).resolve().parent.parent / "rulesets"
RULESETS = sorted(HERE.glob("*.rules"))
REFUSED = sorted((HERE / "refused").glob("*.rules"))

# what each ruleset is checked with, in order; restores read the file itself (FILE), the last
# plain save (SAVED), or that save turned into `-C` then `-D` lines for every rule (DELETES)
STEPS = [
    ["iptables-restore", "-c", "FILE"],
    ["iptables-save", "-c"],
    ["iptables-save"],
    ["iptables", "-S"],
    ["iptables", "-L", "-n", "-v", "-x", "--line-numbers"],
    ["iptables", "-t", "nat", "-L", "-n", "-v"],
    ["iptables", "-t", "mangle", "-L", "-v"],
    ["iptables", "-t", "raw", "-S"],
    ["iptables", "-L"],
    ["iptables", "-t", "nat", "-L"],
    ["iptables", "-t", "raw", "-L", "-n", "-v", "-x"],
    ["iptables", "-S", "-v"],
    ["iptables", "-t", "nat", "-S", "INPUT"],
    ["iptables", "-L", "-x"],
    ["iptables", "-t", "mangle", "-L", "-n", "--line-numbers"],
    ["iptables", "-t", "raw", "-L"],
    ["iptables", "-t", "security", "-L", "-v"],
    ["iptables-restore", "SAVED"],          # the save, fed back without counters
    ["iptables-save", "-c"],
    ["iptables-restore", "--noflush", "DELETES"],
    ["iptables-save", "-c"],
    ["iptables-restore", "--noflush", "-c", "FILE"],
    ["iptables-save", "-c"],
]


def missing_extensions(text: str) -> list[str]:
    from pyiptables import xtables
    # comments, and `-6` lines, which iptables-restore skips (ip6tables-restore's)
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("#", "-6 ")))
    names = set(re.findall(r"(?:^|\s)-m\s+(\S+)", text, re.M))
    targets = set(re.findall(r"(?:^|\s)-j\s+(\S+)", text, re.M))
    out = [f"match {n}" for n in sorted(names) if xtables.find_match(n) is None]
    chains = set(re.findall(r"^:(\S+)", text, re.M))
    out += [f"target {t}" for t in sorted(targets - chains - {"ACCEPT", "DROP", "RETURN", "QUEUE"})
            if xtables.find_target(t) is None]
    return out


def set_names(path: Path) -> list[str]:
    """The sets NAME.ipset creates, in creation order (the kernel's set indexes)."""
    ipset = path.with_suffix(".ipset")
    if not ipset.exists():
        return []
    return [line.split()[1] for line in ipset.read_text().splitlines() if line.startswith("create ")]


def deletes(saved: bytes) -> bytes:
    """The save as a --noflush restore input that checks (-C) and then deletes (-D) every rule by
    its specification, table by table: libiptc's rule comparison on every shape of the ruleset."""
    out, rules = [], []
    for line in saved.splitlines(keepends=True):
        if line.startswith(b"*"):
            out.append(line)
        elif line.startswith(b"-A "):
            rules.append(line[3:])
        elif line.startswith(b"COMMIT"):
            out += [b"-C " + r for r in rules] + [b"-D " + r for r in rules] + [line]
            rules = []
    return b"".join(out)


def play(side, path: Path):
    results = []
    saved = b""
    for step in STEPS:
        argv = [w for w in step if w not in ("FILE", "SAVED", "DELETES")]
        data = b""
        if "FILE" in step:
            data = path.read_bytes()
        elif "SAVED" in step:
            data = saved
        elif "DELETES" in step:
            data = deletes(saved)
        rc, out, err = side.run(argv, data)
        if argv == ["iptables-save"]:
            saved = out.encode("utf-8", "surrogateescape")
        results.append((" ".join(step), rc, mask_dates(out), err))
    return results


def compare(path, real, ours, monkeypatch, refused=False):
    lacking = missing_extensions(path.read_text())
    if lacking and not refused:         # a refused dump may name what neither side has
        pytest.skip(f"pyiptables has no {', '.join(lacking)} yet")
    sets = set_names(path)
    if sets:
        if not shutil.which("ipset"):
            pytest.skip(f"{path.name} needs ipset sets: apt-get install -y ipset")
        from pyiptables.extensions.matches import set as xt_set
        rc, _, err = real.run(["ipset", "restore"], path.with_suffix(".ipset").read_bytes())
        assert rc == 0, f"ipset restore {path.stem}.ipset: {err}"
        for index, name in enumerate(sets):
            monkeypatch.setitem(xt_set.SETS, name, index)
    want = play(real, path)
    got = play(ours, path)
    for w, g in zip(want, got):
        assert g == w, f"{path.name}: `{w[0]}` differs"
    return want


@pytest.mark.parametrize("path", RULESETS, ids=[p.stem for p in RULESETS])
def test_ruleset_round_trip(path, real, ours, monkeypatch):
    want = compare(path, real, ours, monkeypatch)
    assert want[0][1] == 0, f"{path.name} does not restore on the real iptables: {want[0][3]}"


@pytest.mark.parametrize("path", REFUSED, ids=[p.stem for p in REFUSED])
def test_refused_ruleset(path, real, ours, monkeypatch):
    want = compare(path, real, ours, monkeypatch, refused=True)
    assert want[0][1] != 0, f"refused/{path.name} restores on the real iptables"
