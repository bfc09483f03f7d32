"""The command runner itself: a console script forked from the warm server must answer exactly as
the installed script run as a new process does (exit status, stdout, stderr), and run_cli must
use the test's own fresh state. No kernel needed."""
from __future__ import annotations

import pytest

from .compare import mask_dates
from .ours import OurCLI

SAVE = b"*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n"
STEPS = [
    {"argv": ["iptables", "--version"]},
    {"argv": ["iptables", "-N", "X"]},
    {"argv": ["iptables", "-A", "X", "-s", "10.0.0.0/8", "-j", "RETURN"]},
    {"argv": ["iptables", "-A", "X", "--no-such-option"]},
    {"argv": ["iptables", "-L", "-n", "-v"]},
    {"argv": ["iptables-restore", "--noflush"], "input": SAVE},
    {"argv": ["iptables-save"]},
    {"argv": ["sysctl", "net.ipv4.ip_forward"]},
    {"argv": ["ip", "link", "show"]},
    {"argv": ["conntrack", "-L"]},
    {"argv": ["iptables", "-A", "INPUT", "-m", "comment", "--comment", b"\xfe non-UTF-8"]},  # argv bytes
    {"argv": ["iptables-save"]},
    {"argv": ["iptables-replay", "-q", "-"], "input": b"not a capture"},  # names its stdin "<stdin>"
]


def normal(results):
    """Save dates masked; a traceback names other frames when forked: keep only that it happened."""
    return [(rc, mask_dates(out.decode(errors="surrogateescape")),
             "<traceback>" if b"Traceback (most recent" in err else err.decode(errors="surrogateescape"))
            for rc, out, err in results]


def test_forked_equals_exec(cli_runner):
    with OurCLI("subprocess") as slow:
        expected = slow.cases([STEPS])[0]
    got = cli_runner.cases([STEPS])[0]
    for step, e, g in zip(STEPS, normal(expected), normal(got)):
        assert g == e, f"{step['argv']}: forked {g!r}, exec'd {e!r}"


@pytest.mark.parametrize("mode", ["fork", "subprocess"])
def test_run_cli_uses_the_tests_state(mode, request, state_dir, tmp_path):
    with OurCLI(mode) as cli:
        rc, _, err = cli.run(["iptables", "-N", "MINE"], state=str(state_dir))
        other = cli.run(["iptables", "-S"], state=str(tmp_path / "other"))
        mine = cli.run(["iptables", "-S"], state=str(state_dir))
    assert state_dir.exists(), f"nothing was written to {state_dir} (rc {rc}, {err!r})"
    assert b"MINE" in mine[1] and b"MINE" not in other[1]


def test_run_cli_fixture(run_cli, state_dir):
    rc, out, err = run_cli(["pyiptables", "--version"])
    assert (rc, isinstance(out, str), isinstance(err, str)) == (0, True, True)
