"""Ctrl-C (SIGINT) while a console script waits (for the xtables lock, for its input): the C tools
die of it at once, silently (a shell script around them stops too; bash carries on after a child
that exits 130 instead); ours must too, and leave the namespace as it was. pyiptables-replay has
no real counterpart: it says it was interrupted and exits 130."""
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import time

import pytest

import robust_support as rs

READ, FLOCK = 0, 73             # x86_64 syscall numbers, as /proc/PID/syscall shows them
CASES = [("pyiptables", ["-w", "-A", "INPUT", "-j", "DROP"], FLOCK), ("pyiptables", ["-w", "-S"], FLOCK),
         ("pyiptables-restore", [], READ), ("pyconntrack", ["-F"], FLOCK), ("pyip", ["link", "add", "eth7", "type", "dummy"], FLOCK),
         ("pysysctl", ["-p", "-"], FLOCK), ("pysysctl", ["-w", "net.ipv4.ip_forward=0"], FLOCK)]


def wait_blocked(pid, nr, timeout=30):
    """Until the process sits in syscall `nr` (it got past its imports into main)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/syscall") as f:
                if f.read().split(" ", 1)[0] == str(nr):
                    return
        except OSError:
            pytest.skip("/proc/PID/syscall is not readable here")
        time.sleep(0.01)
    raise AssertionError(f"process {pid} never blocked in syscall {nr}")


def interrupted(prog, args, nr, state):
    before = rs.store_bytes(state)
    lock = os.open(state / "lock", os.O_RDONLY | os.O_CREAT, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX)                       # the lock stays taken: a writer waits
    try:
        p = subprocess.Popen([rs.script(prog), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=rs.env_for(state))
        wait_blocked(p.pid, nr)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
    finally:
        os.close(lock)
    assert rs.store_bytes(state) == before, f"{prog} {args}: the store changed"
    return p.returncode, out, err


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="syscall numbers of x86_64")
@pytest.mark.parametrize("prog,args,nr", CASES, ids=lambda v: v if isinstance(v, str) else None)
def test_sigint_kills_like_the_c_tools(prog, args, nr, tmp_path):
    assert interrupted(prog, args, nr, rs.fresh_state(tmp_path)) == (-signal.SIGINT, b"", b"")


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="syscall numbers of x86_64")
def test_sigint_replay(tmp_path):
    rc, out, err = interrupted("pyiptables-replay", ["-"], FLOCK, rs.fresh_state(tmp_path))
    # (click ends the ^C line first)
    assert (rc, err.lstrip(b"\n")) == (130, b"pyiptables-replay: interrupted; nothing was committed\n")
