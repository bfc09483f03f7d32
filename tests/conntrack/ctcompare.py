"""Compare our conntrack events / listing with the kernel's, as the oracle's compare.py does.

Timeouts may differ by 3 s and use= is ignored. DESTROY events of expired entries come from the
kernel's GC, whose schedule belongs to the whole host: they are compared as a multiset, every
other event in order.
"""
from __future__ import annotations

import re
from collections import Counter

TS = re.compile(r"^\[\d+\.\d{6}\]\t")
TIMEOUT = re.compile(r"^(\s*(?:\[[A-Z]+\]\s+)?[a-z0-9-]+\s+\d+ )(\d+) ")
USE = re.compile(r"\buse=\d+")
SLACK = 3


def _split(line):
    line = USE.sub("use=N", TS.sub("", line.rstrip("\n")))
    m = TIMEOUT.match(line)
    if not m:
        return line, None
    return TIMEOUT.sub(r"\1T ", line), int(m.group(2))


def compare(k_events, k_list, o_events, o_list):
    """A list of differences (empty when equal)."""
    problems = []
    ke, oe = [_split(x) for x in k_events], [_split(x) for x in o_events]
    kd = Counter(t for t, _ in ke if "[DESTROY]" in t)
    od = Counter(t for t, _ in oe if "[DESTROY]" in t)
    if kd != od:
        problems.append(f"DESTROY events differ: kernel-only {kd - od}, ours-only {od - kd}")
    kr = [x for x in ke if "[DESTROY]" not in x[0]]
    orr = [x for x in oe if "[DESTROY]" not in x[0]]
    if [t for t, _ in kr] != [t for t, _ in orr]:
        import difflib
        problems.append("events differ:\n" + "\n".join(difflib.unified_diff(
            [t for t, _ in kr], [t for t, _ in orr], "kernel", "ours", lineterm="", n=1)))
    else:
        for (t, a), (_, b) in zip(kr, orr):
            if a is not None and (b is None or abs(a - b) > SLACK):
                problems.append(f"event timeout {b}, kernel {a}: {t}")
    kl, ol = sorted(_split(x) for x in k_list), sorted(_split(x) for x in o_list)
    if [t for t, _ in kl] != [t for t, _ in ol]:
        problems.append(f"listing differs:\nkernel: {[t for t, _ in kl]}\nours:   {[t for t, _ in ol]}")
    else:
        for (t, a), (_, b) in zip(kl, ol):
            if a is not None and (b is None or abs(a - b) > SLACK):
                problems.append(f"listed timeout {b}, kernel {a}: {t}")
    return problems
