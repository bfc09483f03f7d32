"""Extension help against iptables-legacy: `iptables -m NAME -h` for every match and `-j NAME -h`
for every target our package registers (found by importing every module under
pyiptables/extensions, so a new extension is compared without touching this file), then `-h`
inside an iptables-restore rule line. Exit status, stdout and stderr byte for byte.
"""
from __future__ import annotations

import importlib
import pkgutil

import pytest

from pyiptables import xtables
from pyiptables.extensions import matches, targets

from .compare import step_diffs


def registered():
    for pkg in (matches, targets):
        for mod in pkgutil.iter_modules(pkg.__path__):
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
    return sorted(xtables._matches), sorted(xtables._targets)


MATCHES, TARGETS = registered()
CASES = ([("-m", n) for n in MATCHES] + [("-j", n) for n in TARGETS]
         + [("-j", "ACCEPT"), ("-j", "RETURN"), ("-p", "udp"), ("-p", "ICMP")])


def steps(flag, name):
    return [{"argv": ["iptables", flag, name, "-h"], "input": None},
            {"argv": ["iptables-restore"], "input": f"*filter\n-A INPUT {flag} {name} --help\nCOMMIT\n".encode()}]


@pytest.fixture(scope="module")
def answers(real_netns, cli_runner):
    cases = [steps(*c) for c in CASES]
    return dict(zip(CASES, zip(real_netns.cases(cases), cli_runner.cases(cases))))


def test_every_extension_is_compared():
    assert "tcp" in MATCHES and "state" in MATCHES and "LOG" in TARGETS and "NOTRACK" in TARGETS


@pytest.mark.parametrize("case", CASES, ids=[f"{f}{n}" for f, n in CASES])
def test_extension_help(case, answers):
    real, ours = answers[case]
    assert real[0][0] == 0, f"iptables-legacy {case} -h failed: {real[0][2]!r}"
    assert b"print package version.\n\n" in real[0][1], "the real tool printed no extension block"
    report = []
    for n, (r, o) in enumerate(zip(real, ours), 1):
        report += [f"step {n}: {d}" for d in step_diffs(r, o, "iptables")]
    assert not report, "\n".join(report)
