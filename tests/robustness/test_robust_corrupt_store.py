"""A damaged PYIPTABLES_STATE (truncated, garbled, swapped or missing files, a file where the
directory should be, a full disk) is a clear message and a non-zero exit from every tool that needs
the damaged part, never a traceback, and a failing write leaves the store as it was."""
from __future__ import annotations

import json
import os
import pickle
import resource
import signal
import subprocess
import time
from pathlib import Path

import pytest

import robust_support as rs

COMMANDS = {
    "rules": [("pyiptables", ["-S"]), ("pyiptables", ["-A", "INPUT", "-j", "ACCEPT"]), ("pyiptables-save", ["-c"]),
              ("pyiptables-restore", ["-n"]), ("pyiptables-replay", ["-q", "cap.pcap"])],
    "host": [("pyip", ["addr"]), ("pyip", ["link", "add", "d9", "type", "dummy"]), ("pysysctl", ["-a"]),
             ("pysysctl", ["-w", "net.ipv4.ip_forward=0"]), ("pyiptables-replay", ["-q", "cap.pcap"])],
    "conntrack": [("pyconntrack", ["-L"]), ("pyconntrack", ["-F"]), ("pyiptables-replay", ["-q", "cap.pcap"])],
}
ALL = [c for cmds in COMMANDS.values() for c in cmds]


def component_file(state, comp) -> Path:
    return Path(state) / json.loads((Path(state) / "CURRENT").read_text())["files"][comp]


def damaged(r, what):
    assert r.crash is None, f"{what}: uncaught exception\n{r.crash}"
    assert "Traceback" not in r.err, f"{what}: traceback\n{r.err}"
    assert r.rc != 0, f"{what}: succeeded on a damaged store\n{r.out}"
    assert "state store" in r.err or "state directory" in r.err, f"{what}: unclear message {r.err!r}"
    # the store's own line, as every tool prints it (not behind a second program prefix)
    assert any(line.startswith("pyiptables: ") and "state " in line for line in r.err.splitlines()), \
        f"{what}: the store's message is not a line of its own: {r.err!r}"


def run_all(state, cmds, scratch, what):
    (scratch / "cap.pcap").write_bytes(_capture())
    for prog, args in cmds:
        before = {p.name: p.read_bytes() for p in Path(state).iterdir() if p.is_file()}
        r = rs.run(prog, args, state, b"*filter\nCOMMIT\n" if prog == "pyiptables-restore" else b"", cwd=scratch)
        damaged(r, f"{prog} {' '.join(args)} on {what}")
        after = {p.name: p.read_bytes() for p in Path(state).iterdir() if p.is_file()}
        assert after == before, f"{prog} {' '.join(args)} changed a damaged store ({what})"


def _capture():
    import robust_strategies as S
    return S.pcap_bytes([(1.0, S.eth(S.ipv4("10.0.1.2", "10.0.1.1", 1, b"\x08\x00\x00\x00\x00\x07\x00\x01")))])


CURRENT_DAMAGE = {
    "empty": b"", "truncated": b'{"format": 1, "files": {"rules": "ru', "binary": b"\xff\xfe\x00garbage",
    "list": b"[1, 2]", "no files": b'{"format": 1}', "other format": b'{"format": 3, "files": {}}',
    "files a list": b'{"format": 1, "files": []}', "a number": b'{"format": 1, "files": {"rules": 5}}',
    "outside": b'{"format": 1, "files": {"rules": "../../../../etc/passwd"}}',
    "missing file": b'{"format": 1, "files": {"rules": "rules.1.2", "host": "host.1.2", "conntrack": "conntrack.1.2"}}',
}


@pytest.mark.parametrize("kind", sorted(CURRENT_DAMAGE))
def test_damaged_current(kind, scratch):
    state = rs.fresh_state(scratch)
    (state / "CURRENT").write_bytes(CURRENT_DAMAGE[kind])
    run_all(state, ALL, scratch, f"CURRENT {kind}")


def _flip(data: bytes, at: float) -> bytes:
    b = bytearray(data)
    b[int(len(b) * at) % len(b)] ^= 0x10
    return bytes(b)


FILE_DAMAGE = {
    "empty": lambda d, other: b"",
    "half": lambda d, other: d[:len(d) // 2],
    "one byte short": lambda d, other: d[:-1],
    "bit flip at start": lambda d, other: _flip(d, 0.0),
    "bit flip in the header": lambda d, other: _flip(d, 15 / len(d)),
    "bit flip in the middle": lambda d, other: _flip(d, 0.5),
    "bit flip at the end": lambda d, other: _flip(d, 0.999),
    "garbage": lambda d, other: os.urandom(len(d)),
    "another component": lambda d, other: other,
    "a bare pickle of something else": lambda d, other: pickle.dumps({"tables": 1}),
}


@pytest.mark.parametrize("kind", sorted(FILE_DAMAGE))
@pytest.mark.parametrize("comp", sorted(COMMANDS))
def test_damaged_component(comp, kind, scratch):
    state = rs.fresh_state(scratch)
    f = component_file(state, comp)
    other = component_file(state, "host" if comp != "host" else "rules").read_bytes()
    f.write_bytes(FILE_DAMAGE[kind](f.read_bytes(), other))
    run_all(state, COMMANDS[comp], scratch, f"{comp} file: {kind}")


def test_state_path_is_a_file(scratch):
    state = scratch / "not-a-dir"
    state.write_text("x")
    for prog, args in ALL:
        r = rs.run(prog, args, state, b"*filter\nCOMMIT\n" if prog == "pyiptables-restore" else b"", cwd=scratch)
        if prog == "pyiptables-replay" and r.rc and "cannot read capture" in r.err:
            continue
        damaged(r, f"{prog} {' '.join(args)} with PYIPTABLES_STATE a file")


def test_lock_is_a_directory(scratch):
    state = rs.fresh_state(scratch)
    (state / "lock").unlink()
    (state / "lock").mkdir()
    # iptables-save takes no lock (as the real one): a damaged lock file does not concern it
    run_all(state, [c for c in ALL if c[0] != "pyiptables-save"], scratch, "lock a directory")
    r = rs.run("pyiptables-save", [], state)
    assert r.rc == 0 and r.crash is None and r.out.startswith("# Generated by iptables-save"), r.err


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))


def test_commit_that_cannot_write(scratch):
    """A full disk, played by a file size limit: a message, exit 4, nothing half-written left.
    No bytecode is written meanwhile: CPython writes a .pyc with one write(2), and one cut short by
    the limit would be renamed into __pycache__ and break every later run of the module."""
    state = rs.fresh_state(scratch)
    before_bytes, before = rs.base_views()
    for prog, args in (("pyiptables", ["-A", "INPUT", "-j", "ACCEPT"]), ("pyip", ["link", "add", "d9", "type", "dummy"]),
                       ("pyconntrack", ["-F"]), ("pyiptables-restore", [])):
        p = subprocess.run([rs.script(prog), *args], input=b"*filter\n-A INPUT -j DROP\nCOMMIT\n",
                           capture_output=True, env=dict(rs.env_for(state), PYTHONDONTWRITEBYTECODE="1"),
                           preexec_fn=_limit_file_size, timeout=60)
        err = p.stderr.decode(errors="replace")
        assert p.returncode == 4 and "Traceback" not in err, (prog, p.returncode, err)
        assert "cannot write state store" in err, err
        rs.assert_unchanged(state, before_bytes, before, prog)
        left = {x.name for x in state.iterdir()} - {"lock"}
        assert left == {k for k in before_bytes if k != "events"}, f"{prog} left half-written files: {left}"


def test_events_file_garbage(scratch):
    """pyconntrack -E skips lines of a damaged events file and still prints the next real event."""
    state = rs.fresh_state(scratch)
    p = subprocess.Popen([rs.script("pyconntrack"), "-E"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=rs.env_for(state))
    try:
        listeners = state / "events.listeners"
        deadline = time.monotonic() + 20
        while not (listeners.is_dir() and any(listeners.iterdir())):
            assert time.monotonic() < deadline and p.poll() is None, "pyconntrack -E did not start listening"
            time.sleep(0.02)
        time.sleep(0.2)
        with open(state / "events", "ab") as f:
            f.write(b"1.0\t[1, 2]\n2.0\t7\n\xff\xfe\tnot json\n3.0\t{\"k\": 5}\n\x00\x00\n4.0\t\"ok line\"\n")
        r = rs.run("pyconntrack", ["-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1",
                                   "--dport", "2", "-t", "10"], state)
        assert r.rc == 0, r.err
        time.sleep(0.5)
    finally:
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=20)
    err = err.decode(errors="replace")
    assert "Traceback" not in err, err
    assert p.returncode == 0, err
    assert b"ok line" in out and b"src=1.1.1.1" in out, out
