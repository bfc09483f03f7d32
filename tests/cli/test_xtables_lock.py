"""The xtables lock, held by another process, as iptables-legacy 1.8.9 meets it (measured):

- iptables (any command, -L too) takes it once its line is parsed (parse errors, -h and -V come
  without it); with no -w, -w alone or -w 0 it waits for ever (xtables_lock() arms alarm(0): a
  plain blocking flock); with -w N > 0 it gives up after N seconds: "Can't lock FILE: Resource
  temporarily unavailable", "Another app is currently holding the xtables lock. Stopped waiting
  after Ns.", exit 4. -W only prints "Ignoring deprecated --wait-interval option.".
- iptables-restore takes it at its first `*table` line (also one -T skips), the same way; input
  that ends or fails before one runs without it. iptables-save takes none.

Ours: the lock of the emulated namespace, PYIPTABLES_STATE/lock. The real side runs in a throwaway
namespace with XTABLES_LOCKFILE naming a file of the test (/run/xtables.lock is shared by every
namespace of the machine); the lock file's path is masked in the comparison.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import threading
import time

import pytest

from kernel import lab
from kernel.labkit import forget, new_prefix, sh

R, T = "iptables-restore", "*filter\n-A INPUT -j ACCEPT\nCOMMIT\n"
WAIT, GIVE_UP, NONE = "waits", "gives up", "no lock"
# (id, argv, stdin, what happens while the lock is held: HOLD seconds for those that wait)
CASES = [
    ("no-w", ["iptables", "-S", "INPUT"], None, WAIT),
    ("w-alone", ["iptables", "-w", "-A", "INPUT", "-j", "ACCEPT"], None, WAIT),
    ("w-0", ["iptables", "-w", "0", "-L", "-n"], None, WAIT),
    ("w-1", ["iptables", "-w", "1", "-A", "INPUT", "-j", "ACCEPT"], None, GIVE_UP),
    ("wait=1-W", ["iptables", "--wait=1", "-W", "100000", "-S"], None, GIVE_UP),
    ("w-0x1-bad-chain", ["iptables", "-w", "0x1", "-L", "nosuch"], None, GIVE_UP),
    ("parse-error", ["iptables", "-w", "1", "-A", "INPUT", "-m", "nosuch"], None, NONE),
    ("help", ["iptables", "-m", "tcp", "-h"], None, NONE),
    ("restore", [R], T, WAIT),
    ("restore-w-1", [R, "-w", "1"], T, GIVE_UP),
    ("restore-w-1-W", [R, "-w", "1", "-W", "5"], T, GIVE_UP),
    ("restore-T-other-table", [R, "-w", "1", "-T", "nat"], T, GIVE_UP),
    ("restore-bad-table", [R, "-w", "1"], "*\n", GIVE_UP),
    ("restore-empty", [R], "", NONE),
    ("restore-comments", [R, "-v"], "\n# a comment\n\n", NONE),
    ("restore-bad-first-line", [R], "garbage\n" + T, NONE),
    ("restore-T-skips-first-line", [R, "-w", "1", "-T", "nat"], "garbage\n" + T, GIVE_UP),
    ("restore-T-no-table", [R, "-T", "nat"], "garbage\n", NONE),
    ("save", ["iptables-save"], None, NONE),
]
KNOWN: dict[str, str] = {}
HOLD = 1.5          # how long the lock is held for a command that waits
LONG = 4.0          # ... for the others, which must be done before it is released

REASON = lab.missing()


def multi() -> str:
    """xtables-legacy-multi, which acts as the tool its argv[0] names (iptables-save, ...)."""
    return os.path.realpath(shutil.which("iptables-legacy") or "iptables-legacy")


class Netns:
    """One named namespace of the lab's (deleted at exit, also after a failure)."""

    def __enter__(self):
        self.prefix = new_prefix()
        self.name = self.prefix
        try:
            sh(["ip", "netns", "add", self.name])
        except BaseException:
            forget(self.prefix)
            raise
        return self

    def __exit__(self, *exc):
        forget(self.prefix)
OURS = {"iptables": "pyiptables", "iptables-restore": "pyiptables-restore", "iptables-save": "pyiptables-save"}


def script(prog):
    p = os.path.join(os.path.dirname(sys.executable), OURS[prog])
    return p if os.path.exists(p) else (shutil.which(OURS[prog]) or OURS[prog])


def held(path, kind, run):
    """run() while another open file description holds an exclusive flock on path: HOLD seconds
    for a command that waits, else until it is done (LONG at most); (rc, out, err, its seconds)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    done = threading.Event()
    release = threading.Thread(target=lambda: (done.wait(HOLD if kind == WAIT else LONG), os.close(fd)))
    release.start()
    try:
        t0 = time.monotonic()
        rc, out, err = run()
        return rc, out, err, time.monotonic() - t0
    finally:
        if kind != WAIT:
            done.set()
        release.join()


def ours(case, tmp):
    _, argv, stdin, kind = case
    state = tmp / "state"
    state.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYIPTABLES_STATE", "PYIPTABLES_DEBUG")}
    env["PYIPTABLES_STATE"] = str(state)
    lock = str(state / "lock")

    def run():
        p = subprocess.run([script(argv[0]), *argv[1:]], input=(stdin or "").encode(), capture_output=True,
                           env=env, timeout=30)
        return p.returncode, p.stdout.decode(), p.stderr.decode().replace(lock, "<LOCK>")
    return held(lock, kind, run)


def real(case, tmp):
    _, argv, stdin, kind = case
    lock = str(tmp / "xtables.lock")
    with Netns() as ns:
        def run():
            cmd = ["ip", "netns", "exec", ns.name, "env", f"XTABLES_LOCKFILE={lock}", "bash", "-c",
                   'exec -a "$0" "$@"', argv[0], multi(), *argv[1:]]
            p = subprocess.run(cmd, input=(stdin or "").encode(), capture_output=True, timeout=30)
            return p.returncode, p.stdout.decode(), p.stderr.decode().replace(lock, "<LOCK>")
        return held(lock, kind, run)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Every case, ours and (where it can run) the real one side by side, a few cases at a time
    (each with its own lock): a command must reach the lock while it is held."""
    out, slots = {}, threading.Semaphore(3)
    tmp = {(c[0], name): tmp_path_factory.mktemp(f"{name}-{c[0]}") for c in CASES for name in ("ours", "real")}

    def side(case, name, fn):
        try:
            out[case[0], name] = fn(case, tmp[case[0], name])
        except Exception as e:          # reported by the test of this case
            out[case[0], name] = e

    def one(case):
        with slots:
            sides = [threading.Thread(target=side, args=(case, "ours", ours))]
            if REASON is None:
                sides.append(threading.Thread(target=side, args=(case, "real", real)))
            for t in sides:
                t.start()
            for t in sides:
                t.join()
    threads = [threading.Thread(target=one, args=(c,)) for c in CASES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def answer(results, case, side):
    r = results[case[0], side]
    if isinstance(r, Exception):
        raise r
    return r


def params():
    return [pytest.param(c, id=c[0], marks=[pytest.mark.xfail(reason=KNOWN[c[0]], strict=True)] if c[0] in KNOWN else [])
            for c in CASES]


@pytest.mark.parametrize("case", params())
def test_ours_waits_or_gives_up(case, results):
    rc, out, err, took = answer(results, case, "ours")
    kind = case[3]
    if kind == WAIT:
        assert rc == 0 and took >= HOLD - 0.1, (rc, took, err)
    elif kind == GIVE_UP:
        assert rc == 4 and 1.0 <= took < LONG - 0.5, (rc, took, err)
        assert err.endswith("Can't lock <LOCK>: Resource temporarily unavailable\n"
                            "Another app is currently holding the xtables lock. Stopped waiting after 1s.\n"), err
    else:
        assert took < LONG - 0.5, f"{case[0]} waited for the lock ({took:.1f}s): {err}"


@pytest.mark.skipif(REASON is not None, reason=REASON or "")
@pytest.mark.parametrize("case", params())
def test_same_as_iptables_legacy(case, results):
    want, got = answer(results, case, "real"), answer(results, case, "ours")
    kind = case[3]
    # the real tool waited (or not) as the case says, so the case describes it
    assert (want[3] >= HOLD - 0.1) if kind == WAIT else (want[3] < LONG - 0.5), (kind, want)
    assert got[:3] == want[:3]
    assert (got[3] >= LONG - 0.5) == (want[3] >= LONG - 0.5), f"waited {got[3]:.1f}s, the real one {want[3]:.1f}s"
