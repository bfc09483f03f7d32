"""pyiptables-replay's own output files (--accepted, --dropped, --write-generated, --log) on a
full disk (a private /dev/full) or in the way: one line, a failure status, nothing committed, and
no file of the user's removed."""
from __future__ import annotations

import os
import subprocess

import pytest

import robust_strategies as S
import robust_support as rs


@pytest.fixture
def dev(tmp_path_factory):
    """Private character devices: full (1,7) and null (1,3); no test touches the machine's /dev."""
    d = tmp_path_factory.mktemp("dev")
    try:
        os.mknod(d / "full", 0o666 | 0o020000, os.makedev(1, 7))
        os.mknod(d / "null", 0o666 | 0o020000, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("mknod needs root")
    return d


def capture(path, n=5, good=True):
    frames = [(1700000000 + i / 1000, S.eth(S.ipv4("10.0.1.2", "10.0.1.1", 17, bytes(8)))) for i in range(n)]
    path.write_bytes(S.pcap_bytes(frames) if good else b"not a capture")
    return str(path)


def replay(args, state):
    p = subprocess.run([rs.script("pyiptables-replay"), "--in", "eth0", *args], capture_output=True,
                       env=rs.env_for(state), timeout=60)
    return p.returncode, p.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("opt", ["--accepted", "--dropped", "--log"])
@pytest.mark.parametrize("frames", [5, 3000])        # flushed at the end, or in the middle
def test_full_disk(opt, frames, dev, tmp_path):
    state = rs.fresh_state(tmp_path)
    before = rs.store_bytes(state)
    rc, err = replay([opt, str(dev / "full"), capture(tmp_path / "c.pcap", frames)], state)
    assert rc == 1 and rs.TRACEBACK.search(err) is None and "internal error" not in err, err
    assert err.rstrip("\n").rsplit("\n", 1)[-1].endswith("No space left on device"), err
    assert rs.store_bytes(state) == before


@pytest.mark.parametrize("kind", ["null", "full", "fifo", "file"])
def test_failed_replay_removes_only_its_own_files(kind, dev, tmp_path):
    """A failing replay removes the output captures it created, never a path that was there
    before (`--accepted /dev/null bad.pcap` removed /dev/null)."""
    state = rs.fresh_state(tmp_path)
    before = rs.store_bytes(state)
    target = {"null": dev / "null", "full": dev / "full", "fifo": tmp_path / "fifo", "file": tmp_path / "old.pcap"}[kind]
    if kind == "fifo":
        os.mkfifo(target)
        reader = os.open(target, os.O_RDONLY | os.O_NONBLOCK)     # so that opening it for writing does not block
    elif kind == "file":
        target.write_bytes(b"the user's")
    new = tmp_path / "new.pcap"
    rc, err = replay(["--accepted", str(target), "--dropped", str(new), capture(tmp_path / "bad.pcap", good=False)],
                     state)
    if kind == "fifo":
        os.close(reader)
    assert rc == 1 and "not a pcap or pcapng file" in err, err
    assert rs.store_bytes(state) == before
    assert os.path.lexists(target), f"{kind} {target} was removed"
    assert not new.exists()
    if kind in ("null", "full"):
        assert target.is_char_device()
