"""A throwaway network namespace running the real iptables-legacy, for differential tests.

One namespace serves a whole test session: `Lab.run(argv)` executes `iptables-legacy ...` inside
it, `Lab.reset()` flushes every table between cases. `Lab.why_not()` says why the lab cannot run
here (not root, no `ip netns`, no iptables-legacy), so tests can skip with that reason.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess

TABLES = ("filter", "nat", "mangle", "raw", "security")


def why_not() -> str | None:
    if os.geteuid() != 0:
        return "kernel lab needs root (ip netns add)"
    for tool in ("ip", "iptables-legacy", "iptables-legacy-save"):
        if shutil.which(tool) is None:
            return f"kernel lab needs {tool} in PATH"
    return None


class Lab:
    def __init__(self):
        self.ns = f"pyipt-mA-{secrets.token_hex(4)}"
        r = subprocess.run(["ip", "netns", "add", self.ns], capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(f"ip netns add failed: {r.stderr.strip()}")
        self.used: set[str] = set()

    def close(self):
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def run(self, argv: list[str], tool: str = "iptables-legacy") -> tuple[int, str, str]:
        r = subprocess.run(["ip", "netns", "exec", self.ns, tool, *argv], capture_output=True, text=True)
        return r.returncode, r.stdout, r.stderr

    def iptables(self, argv: list[str], table: str = "filter") -> tuple[int, str, str]:
        self.used.add(table)
        return self.run(["-t", table, *argv])

    def reset(self):
        """Flush and delete chains of every table touched since the last reset."""
        for t in self.used:
            self.run(["-t", t, "-F"])
            self.run(["-t", t, "-X"])
        self.used.clear()


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
