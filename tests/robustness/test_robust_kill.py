"""A restore or a replay killed with SIGKILL leaves the namespace either as it was or as the finished
command leaves it: loadable, every tool working, no traceback afterwards.

Two ways: each filesystem step of the commit (open, a half-done write, fsync, rename, unlink...) in
turn kills a forked child at that very point (all of them, deterministically), and the installed
console scripts are killed at random moments of their run."""
from __future__ import annotations

import os
import random
import signal
import struct
import subprocess
import time

import pytest

import robust_strategies as S
import robust_support as rs

N_RULES = 400


def big_ruleset(n=N_RULES) -> bytes:
    rules = "".join(f"-A INPUT -s 10.{i // 250}.{i % 250}.1 -p tcp -m tcp --dport {i + 1} -m comment --comment "
                    f"\"r {i}\" -j ACCEPT\n" for i in range(n))
    return (rs.RULES + "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n" + rules
            + "COMMIT\n").encode()


def capture(n=300) -> bytes:
    frames = []
    for i in range(n):
        udp = struct.pack("!HHHH", 1024 + i % 200, 53, 8, 0)
        tcp = struct.pack("!HHIIBBHHH", 40000, 22, 1000 + i, 0, 5 << 4, 0x10, 1024, 0, 0)
        frames.append((1700000000 + i * 0.01, S.eth(S.ipv4("10.0.1.2", "10.0.2.2", 17, udp)) if i % 2 else
                       S.eth(S.ipv4("10.0.1.2", "10.0.1.1", 6, tcp))))
    return S.pcap_bytes(frames)


class _Killer:
    """Stands in for `open` and `os` in pyiptables.store: counts filesystem steps, SIGKILLs this
    process at step `at` (a write is cut after half of its bytes)."""

    def __init__(self, at):
        self.at, self.n = at, 0

    def step(self, partial=None):
        self.n += 1
        if self.n == self.at:
            if partial is not None:
                partial()
            os.kill(os.getpid(), signal.SIGKILL)

    def open(self, *a, **kw):
        self.step()
        f = open(*a, **kw)
        killer = self

        class File:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                f.close()

            def write(self, data):
                killer.step(lambda: (f.write(data[:len(data) // 2]), f.flush()))
                return f.write(data)

            def __getattr__(self, name):
                return getattr(f, name)
        return File()

    def module(self):
        import types
        killer = self
        ns = types.SimpleNamespace(**{k: getattr(os, k) for k in dir(os) if not k.startswith("__")})
        for name in ("fsync", "replace", "unlink", "listdir"):
            real = getattr(os, name)
            setattr(ns, name, (lambda real: lambda *a, **kw: (killer.step(), real(*a, **kw))[1])(real))
        return ns


def killed_at(step, prog, args, state, stdin=b"", cwd=None) -> bool:
    """Run the command in a forked child killed at commit step `step`; False if it finished first."""
    pid = os.fork()
    if pid == 0:
        try:
            import pyiptables.store as store
            k = _Killer(step)
            store.open = k.open
            store.os = k.module()
            r = rs.run(prog, args, state, stdin, cwd=cwd)
            os._exit(100 + min(r.rc, 50) if r.crash is None else 99)
        finally:
            os._exit(98)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 100, f"{prog} {args} exited {os.WEXITSTATUS(status) - 100} unkilled"
    return False


def views(state):
    """What the tools show, with no traceback anywhere (rs.snapshot checks that)."""
    snap = rs.snapshot(state)
    return {k: v for k, v in snap.items() if k != "events"}


@pytest.mark.parametrize("prog,args,stdin", [
    ("pyiptables-restore", ["-c"], big_ruleset()),
    ("pyiptables-replay", ["-q", "cap.pcap"], None),
    ("pyiptables", ["-A", "INPUT", "-j", "ACCEPT"], b""),
], ids=["restore", "replay", "iptables"])
def test_killed_at_every_commit_step(prog, args, stdin, scratch):
    (scratch / "cap.pcap").write_bytes(capture())
    old = views(rs.fresh_state(scratch))
    done = rs.fresh_state(scratch)
    assert rs.run(prog, args, done, stdin or b"", cwd=scratch).rc == 0
    new = views(done)
    assert new != old
    step = 0
    outcomes = set()
    while True:
        step += 1
        state = rs.fresh_state(scratch)
        if not killed_at(step, prog, args, state, stdin or b"", cwd=scratch):
            break
        after = views(state)
        assert after in (old, new), f"{prog} killed at commit step {step}: neither the old nor the new state\n" \
                                    f"{rs.diff(old, after)}"
        outcomes.add("new" if after == new else "old")
        # and the namespace still takes commands: the lock went with the process
        r = rs.run("pyiptables", ["-w", "-A", "OUTPUT", "-j", "ACCEPT"], state)
        assert r.rc == 0 and r.crash is None, r
    assert step > 5 and outcomes == {"old", "new"}, (step, outcomes)
    print(f"{prog}: killed at each of {step - 1} commit steps")


@pytest.mark.parametrize("prog,args,stdin", [
    ("pyiptables-restore", [], big_ruleset(3000)),
    ("pyiptables-replay", ["-q", "cap.pcap"], b""),
], ids=["restore", "replay"])
def test_killed_at_random_moments(prog, args, stdin, scratch):
    (scratch / "cap.pcap").write_bytes(capture(3000))
    old = views(rs.fresh_state(scratch))
    done = rs.fresh_state(scratch)
    t0 = time.monotonic()
    assert rs.sub(prog, args, done, stdin, cwd=scratch).rc == 0
    took = time.monotonic() - t0
    new = views(done)
    rnd = random.Random(os.environ.get("PYTEST_XDIST_WORKER", "") + prog)
    for _ in range(4):
        state = rs.fresh_state(scratch)
        p = subprocess.Popen([rs.script(prog), *args], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env=rs.env_for(state), cwd=scratch)
        p.stdin.write(stdin)
        p.stdin.close()
        time.sleep(rnd.uniform(0.3, 1.0) * took)
        p.send_signal(signal.SIGKILL)
        p.wait(30)
        err = p.stderr.read().decode(errors="replace")
        p.stderr.close()
        assert "Traceback" not in err, err
        after = views(state)
        assert after in (old, new), f"{prog} killed: neither the old nor the new state\n{rs.diff(old, after)}"
