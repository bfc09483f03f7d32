"""pyiptables-save / pyiptables-restore against iptables-legacy-save / -restore in a fresh
namespace (conftest.py): exit status, stdout and stderr byte for byte (the date lines masked), then the
resulting ruleset as `iptables-save -c` prints it."""
from __future__ import annotations

import pytest

from kernel.compare import mask_dates
from restore_cases import CASES


def as_bytes(text) -> bytes:
    return text if isinstance(text, bytes) else text.encode()


def play(side, argv, input, pre):
    if pre is not None:
        rc = side.run(["iptables-restore", "-c"], as_bytes(pre))
        assert rc[0] == 0, rc
    got = side.run(argv, as_bytes(input))
    state = side.run(["iptables-save", "-c"])
    return [(got[0], mask_dates(got[1]), got[2]), (state[0], mask_dates(state[1]), state[2])]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_same_as_iptables_legacy(case, real, ours):
    _, argv, input, pre = case
    want = play(real, argv, input, pre)
    got = play(ours, argv, input, pre)
    assert got[0] == want[0], "the command itself"
    assert got[1] == want[1], "the ruleset afterwards (iptables-save -c)"
