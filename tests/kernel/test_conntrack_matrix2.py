"""pyconntrack against conntrack 1.4.7 on ctmatrix2's entries and command lines, compared by the
rules of test_conntrack_matrix.py (times within the slack, ids by presence, dumps as multisets):
the entry kinds and option combinations the first matrix lacks. One run, with nf_conntrack_acct
and nf_conntrack_timestamp on (counters and delta-time in every line)."""
from __future__ import annotations

import re
import shlex
import tempfile

import pytest

from . import ctmatrix2
from .lab import Lab
from .lab import missing as why_not
from .compare import TIMEOUT_SLACK
from .test_conntrack_matrix import _check, _kernel, _ours, output_diffs


@pytest.fixture(scope="module")
def matrix2(cli_runner):
    why = why_not(True)
    if why:
        pytest.skip(why)
    scn = ctmatrix2.scenario(sysctl=ctmatrix2.SYSCTL)
    with tempfile.TemporaryDirectory(prefix="pyipt-ctm2-") as tmp:
        with Lab(listen=False) as lab:
            kernel = _kernel(lab, scn, tmp, ctmatrix2)
        ours = _ours(cli_runner, scn, kernel["t0"], tmp, ctmatrix2)
    assert not kernel["errors"], kernel["errors"]
    assert ours["replay"][0] == 0, ours["replay"]
    return kernel, ours


LISTED_AT = re.compile(r"^\[(\d+)\s*\.(\d+)\s*\]\t", re.M)


def _listed_at(answer, t_last, elapsed):
    """`-L expect -o timestamp` starts each line with the time of the listing ([%-8ld.%-6ld]):
    the kernel's runs on while its commands do, ours stays at the last frame. Checked, then cut."""
    rc, out, err, *rest = answer
    for m in LISTED_AT.finditer(out):
        at = int(m.group(1)) + int(m.group(2)) / 1e6
        assert t_last - TIMEOUT_SLACK <= at <= t_last + elapsed + TIMEOUT_SLACK, (at, t_last, elapsed)
    return (rc, LISTED_AT.sub("[AT]\t", out), err, *rest)


@pytest.mark.parametrize("i", range(len(ctmatrix2.TABLE)), ids=[x[0] for x in ctmatrix2.TABLE])
def test_table(matrix2, i):
    kernel, ours = matrix2
    real, mine = kernel["table"][i], ours["table"][i]
    if ctmatrix2.TABLE[i][1][:2] == ["-L", "expect"]:
        elapsed = real[3] - kernel["t_last"]
        real, mine = _listed_at(real, kernel["t_last"], elapsed), _listed_at(mine, kernel["t_last"], 0.0)
    _check(real, mine, ctmatrix2.TABLE[i][1], kernel["t_last"])


@pytest.mark.parametrize("i", range(len(ctmatrix2.EVENTS)), ids=[x[0] for x in ctmatrix2.EVENTS])
def test_events(matrix2, i):
    kernel, ours = matrix2
    _check(kernel["events"][i], ours["events"][i], ctmatrix2.EVENTS[i][1])


UPDATED = re.compile(r": (\d+) flow entries have been updated\.$", re.M)


@pytest.mark.parametrize("i", range(len(ctmatrix2.MUTATIONS)), ids=[x[0] for x in ctmatrix2.MUTATIONS])
def test_mutations(matrix2, i):
    """-U prints the 1st, 3rd, 5th... of the entries it updated in the kernel's hash order, ceil(n/3)
    of them: with more than one updated, which ones is the hash's affair and only their number is
    compared (the rest, stderr and the exit status, byte for byte)."""
    kernel, ours = matrix2
    real, mine, argv = kernel["mutations"][i], ours["mutations"][i], ctmatrix2.MUTATIONS[i][1]
    n = UPDATED.search(real[2])
    if argv[0] == "-U" and n and int(n.group(1)) > 1:
        assert (real[0], real[2], len(real[1].splitlines())) == (mine[0], mine[2], len(mine[1].splitlines())), \
            f"conntrack {shlex.join(argv)}\nkernel: {real[:3]}\nours: {mine}"
        return
    _check(real, mine, argv, kernel["t_last"])


@pytest.mark.parametrize("i", range(len(ctmatrix2.MUTATION_EVENTS)), ids=[x[0] for x in ctmatrix2.MUTATION_EVENTS])
def test_mutation_events(matrix2, i):
    kernel, ours = matrix2
    elapsed = kernel["mutations"][-1][3] - kernel["t_last"]
    d = output_diffs(kernel["mutation_events"][i], ours["mutation_events"][i], ordered=False, elapsed=elapsed)
    if d:
        pytest.fail(f"conntrack {shlex.join(ctmatrix2.MUTATION_EVENTS[i][1])}\n" + "\n".join(d), pytrace=False)
