"""The command-line corpus (tests/cmdline/*.t and *.cmd, read by tests/kernel/cmdcorpus.py), mutated:
every known-good command line of iptables, iptables-save, iptables-restore, conntrack, ip and
sysctl there, with a word dropped, doubled, swapped, replaced by a hostile value (huge, negative,
empty, very long, not UTF-8, unicode) or an option repeated, run after its case's earlier steps on
the populated namespace. Never a traceback; the exit status is one the real tool can give; a
failing command leaves the namespace as it was.

Deterministic: each test id is a seed (random.Random(seed) picks the case and the mutations)."""
from __future__ import annotations

import random

import pytest

import robust_strategies as S
import robust_support as rs

try:
    from kernel import cmdcorpus
except ImportError:                                         # tests/ as a package
    from ..kernel import cmdcorpus

PROG = {"iptables": "pyiptables", "iptables-save": "pyiptables-save", "iptables-restore": "pyiptables-restore",
        "conntrack": "pyconntrack", "ip": "pyip", "sysctl": "pysysctl"}
# what the real tools exit with: xtables' OTHER/PARAMETER/VERSION/RESOURCE_PROBLEM (and 136, the
# SIGFPE libxt_hashlimit dies of), iptables-restore's and -save's, conntrack's exittype, iproute2's
# -1 and netlink errors (2), procps' EXIT_FAILURE; 4 everywhere is our store failing (not here)
STATUSES = {"iptables": {0, 1, 2, 3, 4, 136}, "iptables-save": {0, 1}, "iptables-restore": {0, 1, 2, 4, 136},
            "conntrack": {0, 1, 2}, "ip": {0, 1, 2, 255}, "sysctl": {0, 1}}
SEEDS = rs.examples(600)
WEIRD = ["", " ", "-", "--", "!", "0", "-1", "-0", "+1", "4294967296", "18446744073709551617", "9" * 40,
         "0x" + "f" * 20, "1e9", "x" * 5000, "\udcff\udcfe", "é", "\u202e", "eth0\udcff", "a\nb", "a b", "%s", "1,",
         ":", "/", "//", "1.2.3.4/99", "999.1.1.1", "::", "dev", "help"]

_corpus = None


def corpus():
    """[(earlier steps, step)] for every step of every case that has no stdin of its own."""
    global _corpus
    if _corpus is None:
        from pathlib import Path
        cases = cmdcorpus.load(str(Path(__file__).resolve().parent.parent / "cmdline"))
        _corpus = [(c.steps[:i], s) for c in cases for i, s in enumerate(c.steps)
                   if s["input"] is None and not (s["argv"][0] == "iptables-save" and len(s["argv"]) == 1)]
    return _corpus


def mutate(rng: random.Random, argv: list[str]) -> list[str]:
    words = list(argv)
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(["drop", "dup", "swap", "value", "value", "weird", "weird", "repeat", "graft", "cut"])
        i = rng.randrange(len(words)) if words else 0
        if op == "graft":
            words += rng.choice(corpus())[1]["argv"][1:]
        elif not words:
            words.append(rng.choice(WEIRD))
        elif op == "drop":
            del words[i]
        elif op == "dup":
            words.insert(i, words[i])
        elif op == "swap":
            j = rng.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        elif op == "value":
            words[i] = rng.choice(S.VALUES)
        elif op == "weird":
            words[i] = rng.choice(WEIRD) if rng.random() < 0.7 else words[i] + rng.choice(WEIRD)
        elif op == "repeat":                               # an option and its value once more
            opts = [k for k, w in enumerate(words) if w.startswith("-") and len(w) > 1]
            if opts:
                k = rng.choice(opts)
                words += words[k:k + 2]
        else:
            words = words[:i]
    return words


@pytest.fixture(autouse=True, scope="module")
def no_event_loop():
    """`pyconntrack -E` follows the events file until SIGINT: in-process it returns at once."""
    from pyiptables.cli import conntrack
    saved = conntrack.cmd_events
    conntrack.cmd_events = lambda a, store: 0
    yield
    conntrack.cmd_events = saved


def silent_failure(argv) -> bool:
    """Where the real tool fails without a word (measured): procps' sysctl skips a setting shorter
    than 2 characters (leading blanks aside) and only its exit status says so; a lone `-` is no
    option to getopt but such a setting (`sysctl -q -w -`: exit 1, not a word)."""
    short = [w for w in argv[1:] if len(w.lstrip(" \t\n\v\f\r")) < 2 and (w == "-" or not w.startswith("-"))]
    return bool(argv) and argv[0] == "sysctl" and bool(short)


def clean(r, what, argv=()):
    """No traceback; a failure says why, but a death by signal (SIGFPE: 136) says nothing, nor
    what the real tool fails silently."""
    if r.rc > 128 or silent_failure(argv):
        assert r.crash is None and not rs.TRACEBACK.search(r.err), f"{what}\n{r.crash or r.err}"
    else:
        r.check_clean(what)


def run_step(step, state):
    prog = PROG[step["argv"][0]]
    return rs.run(prog, step["argv"][1:], state, step["input"] or b"")


def sysctl_operands(words) -> int:
    n, ended = 0, False
    for w in words:
        if ended or w == "-" or not w.startswith("-"):
            n += 1
        elif w == "--":
            ended = True
    return n


@pytest.mark.parametrize("seed", range(SEEDS))
def test_mutated_corpus_line(seed, scratch):
    rng = random.Random(seed)
    earlier, step = rng.choice(corpus())
    state = rs.fresh_state(scratch)
    for s in earlier:
        clean(run_step(s, state), f"earlier step {s['argv']!r}")
    tool = step["argv"][0]
    argv = [tool] + mutate(rng, step["argv"][1:])
    before_bytes, before = rs.store_bytes(state), rs.snapshot(state)
    r = run_step({"argv": argv, "input": None}, state)
    what = f"seed {seed}: {argv!r} (from {step['argv']!r})"
    clean(r, what, argv)
    assert r.rc in STATUSES[tool], f"{what}: exit {r.rc}, which {tool} never gives\n{r.err}"
    # sysctl does each of its arguments on its own, as procps does: some may have been written
    if r.rc and not (tool == "sysctl" and sysctl_operands(argv[1:]) > 1):
        rs.assert_unchanged(state, before_bytes, before, what)


_fed = None


def fed():
    """[(earlier steps, step)] for the corpus steps that read stdin (iptables-restore, sysctl -p -)."""
    global _fed
    if _fed is None:
        from pathlib import Path
        cases = cmdcorpus.load(str(Path(__file__).resolve().parent.parent / "cmdline"))
        _fed = [(c.steps[:i], s) for c in cases for i, s in enumerate(c.steps) if s["input"]]
    return _fed


def mutate_input(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(["crlf", "nul", "byte", "cut", "drop", "dup", "long", "noeol"])
        i = rng.randrange(len(lines))
        if op == "crlf":
            lines = [ln + b"\r" for ln in lines]
        elif op == "nul":
            k = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:k] + b"\0" + lines[i][k:]
        elif op == "byte":
            k = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:k] + bytes([rng.choice([0xff, 0xfe, 0x80, 0xc3, 0x1b, 0x0b, 0x0c, 0x85])]) + lines[i][k:]
        elif op == "cut":
            lines[i] = lines[i][:rng.randint(0, len(lines[i]))]
            lines = lines[:i + 1]
        elif op == "drop":
            del lines[i]
            lines = lines or [b""]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "long":
            lines[i] += b" " + b"x" * rng.choice([100, 5000, 70000])
        else:
            return b"\n".join(lines).rstrip(b"\n")
    return b"\n".join(lines)


@pytest.mark.parametrize("seed", range(SEEDS // 4))
def test_mutated_corpus_input(seed, scratch):
    rng = random.Random(seed)
    earlier, step = rng.choice(fed())
    state = rs.fresh_state(scratch)
    for s in earlier:
        clean(run_step(s, state), f"earlier step {s['argv']!r}")
    data = mutate_input(rng, step["input"])
    r = run_step({"argv": step["argv"], "input": data}, state)
    tool = step["argv"][0]
    what = f"seed {seed}: {step['argv']!r} <<< {data[:300]!r}"
    clean(r, what)
    assert r.rc in STATUSES[tool], f"{what}: exit {r.rc}, which {tool} never gives\n{r.err}"
    if r.rc == 0 or tool == "iptables-restore":
        for prog, args in rs.SNAPSHOT:                       # what it left reads back cleanly
            rs.run(prog, args, state).check_clean(f"{what}; then {prog} {' '.join(args)}")
