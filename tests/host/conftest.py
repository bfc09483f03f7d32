"""Fixtures for the host model tests: an in-process pyip/pysysctl runner over a temporary state
directory, and the real ip/sysctl in a fresh network namespace of the kernel lab (real_netns,
tests/kernel/lab.py) for differential tests."""
from __future__ import annotations

import contextlib
import difflib
import io
import os
import shlex
import sys

import pytest

from kernel import lab
from pyiptables.cli import ip as ip_cli
from pyiptables.cli import sysctl as sysctl_cli


class Ours:
    """Runs `ip ...` / `sysctl ...` command lines through pyip / pysysctl in this process."""

    def __init__(self, state):
        self.state = str(state)

    def __call__(self, line: str):
        argv = shlex.split(line)
        tool, args = argv[0], argv[1:]
        mod = {"ip": ip_cli, "sysctl": sysctl_cli}[tool]
        out, err = io.StringIO(), io.StringIO()
        old = os.environ.get("PYIPTABLES_STATE")
        os.environ["PYIPTABLES_STATE"] = self.state
        rc = 0
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    mod.main(args)
                except SystemExit as e:
                    rc = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        finally:
            if old is None:
                del os.environ["PYIPTABLES_STATE"]
            else:
                os.environ["PYIPTABLES_STATE"] = old
        return out.getvalue(), err.getvalue(), rc


@pytest.fixture
def ours(tmp_path):
    return Ours(tmp_path / "state")


class Real:
    """Runs the same command lines with the real tools in a brand-new namespace."""

    def __init__(self, netns):
        self.netns = netns
        netns.renew()
        # our host starts like a namespace whose loopback was brought up
        rc, _, err = netns.run(["ip", "link", "set", "lo", "up"])
        assert rc == 0, err

    def __call__(self, line: str):
        argv = shlex.split(line)
        rc, out, err = self.netns.run(argv)
        if argv[:3] == ["ip", "link", "set"] and {"up", "down"} & set(argv):
            lab.settle_links(self.netns.run)  # carrier changes reach operstate and routes later
        return out.decode(), err.decode(), rc


@pytest.fixture
def real(real_netns):
    return Real(real_netns)


def compare(real, ours, lines, filt=None):
    """Run each line in both; return a list of mismatch reports (empty when identical)."""
    bad = []
    if isinstance(lines, str):
        lines = lines.splitlines()
    for pos, line in enumerate(lines):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        r, o = real(line), ours(line)
        if filt:
            r, o = filt(line, r), filt(line, o)
        if r != o:
            diff = "".join(difflib.unified_diff(
                (f"rc={r[2]}\n" + r[0] + "-- stderr --\n" + r[1]).splitlines(True),
                (f"rc={o[2]}\n" + o[0] + "-- stderr --\n" + o[1]).splitlines(True),
                "kernel", "ours", n=1))
            bad.append(f"$ {line}\n{diff}")
            if len(bad) == 1:
                ctx = [l for l in lines[:pos] if l.strip() and not l.startswith(("ip -4", "ip route get", "ip route show"))]
                bad[0] = "after:\n  " + "\n  ".join(ctx[-25:]) + "\n" + bad[0]
    return bad


@pytest.fixture
def differ(real, ours):
    def run(lines, filt=None):
        bad = compare(real, ours, lines, filt)
        assert not bad, "\n\n".join(bad)
    return run


sys.path.insert(0, os.path.dirname(__file__))
