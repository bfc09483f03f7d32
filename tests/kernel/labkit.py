"""What the kernel lab (lab.py) is built of: namespaces of ours (pyipt-<pid>x<random>: made, swept
when a killed run left them, deleted at exit), commands and sockets inside them, conntrack
listeners, and running things side by side."""
from __future__ import annotations

import atexit
import ctypes
import json
import os
import queue
import re
import secrets
import shutil
import socket
import subprocess
import threading
import time

from .procserver import links_settled  # noqa: F401  (lab.py re-exports it)

NETNS_DIR = "/run/netns"
CLONE_NEWNET = 0x40000000


class LabError(RuntimeError):
    pass


# -- namespace bookkeeping ---------------------------------------------------------------------
_prefixes: set[str] = set()


OURS_RE = re.compile(r"pyipt-(\d+)x[0-9a-f]{4}(?:-|$)")  # pyipt-<creator's pid>x<random>[-...]


def new_prefix() -> str:
    sweep_orphans()
    p = f"pyipt-{os.getpid()}x{secrets.token_hex(2)}"
    _prefixes.add(p)
    return p


def sweep_orphans():
    """Delete namespaces a killed run of ours left (SIGKILL skips atexit): named by a creator that
    is gone, with no process left inside. Other people's namespaces never match OURS_RE."""
    try:
        names = os.listdir(NETNS_DIR)
    except FileNotFoundError:
        return
    for n in names:
        m = OURS_RE.match(n)
        if not m or int(m.group(1)) == os.getpid() or os.path.exists(f"/proc/{m.group(1)}"):
            continue
        if not subprocess.run(["ip", "netns", "pids", n], capture_output=True, text=True).stdout.strip():
            subprocess.run(["ip", "netns", "del", n], capture_output=True)


def delete_namespaces(prefix: str):
    """Delete every namespace named PREFIX or PREFIX-*: ours only, by construction."""
    try:
        names = os.listdir(NETNS_DIR)
    except FileNotFoundError:
        names = []
    for n in names:
        if n == prefix or n.startswith(prefix + "-"):
            subprocess.run(["ip", "netns", "del", n], capture_output=True)


def forget(prefix: str):
    """Delete the namespaces of a prefix that is no longer used."""
    delete_namespaces(prefix)
    _prefixes.discard(prefix)


@atexit.register
def _delete_all():
    for p in list(_prefixes):
        delete_namespaces(p)


def side_by_side(*calls):
    """Run the calls at once, one thread each; their results in order, the first error raised here."""
    res, errors = [None] * len(calls), []

    def work(i, call):
        try:
            res[i] = call()
        except BaseException as e:
            errors.append(e)
    threads = [threading.Thread(target=work, args=(i, c)) for i, c in enumerate(calls)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    if errors:
        raise errors[0]
    return res


def on_labs(labs, keys, run):
    """{key: run(lab, key)} for every key: each lab runs one key at a time, all labs at once (a
    replay mostly waits for its capture's timestamps). A key whose run raised maps to its exception."""
    todo, out = queue.Queue(), {}
    for k in keys:
        todo.put(k)

    def worker(lab):
        while True:
            try:
                k = todo.get_nowait()
            except queue.Empty:
                return
            try:
                out[k] = run(lab, k)
            except Exception as e:  # noqa: BLE001 - raised by the test that asks for this key
                out[k] = e
    side_by_side(*[lambda lab=lab: worker(lab) for lab in labs])
    return out


def sh(cmd, ns=None, input=None, check=True, env=None):
    """A command, inside namespace ns if given; CompletedProcess with text output."""
    if ns:
        cmd = ["ip", "netns", "exec", ns] + list(cmd)
    r = subprocess.run(cmd, capture_output=True, text=True, input=input, timeout=60, env=env)
    if check and r.returncode != 0:
        raise LabError(f"{' '.join(cmd)} -> {r.returncode}: {r.stderr.strip()}")
    return r


def settle_links(run, tries=200):
    """Wait until links_settled(); run(argv) -> (rc, stdout, stderr) runs a command in the namespace."""
    for _ in range(tries):
        rc, out, _ = run(["ip", "-j", "link"])
        if rc != 0 or links_settled(json.loads(out)):
            break
        time.sleep(0.002)
    time.sleep(0.002)  # the routes follow the operstate in the same work item


def ns_socket(ns, family, type_, proto=0):
    """A socket created inside namespace ns (by a short-lived thread that enters it)."""
    out = {}

    def make():
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            fd = os.open(os.path.join(NETNS_DIR, ns), os.O_RDONLY)
            try:
                if libc.setns(fd, CLONE_NEWNET) != 0:
                    raise OSError(ctypes.get_errno(), "setns")
            finally:
                os.close(fd)
            out["s"] = socket.socket(family, type_, proto)
        except BaseException as e:
            out["e"] = e

    t = threading.Thread(target=make)
    t.start()
    t.join()
    if "e" in out:
        raise out["e"]
    return out["s"]


def listener(ns, table):
    """`conntrack -E [table] -o timestamp` in namespace ns, its stdout a text pipe."""
    # --pdeathsig: it dies with us even if we are SIGKILLed, so our namespaces can be swept
    pdeath = ["setpriv", "--pdeathsig", "TERM"] if shutil.which("setpriv") else []
    return subprocess.Popen(pdeath + ["ip", "netns", "exec", ns, "conntrack", "-E", *table, "-o", "timestamp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


class Events:
    """Follows `conntrack -E -o timestamp` in fw for the lab's whole life."""

    def __init__(self, ns):
        self.lines, self.cond = [], threading.Condition()
        self.proc = listener(ns, [])
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            with self.cond:
                self.lines.append(line.rstrip("\n"))
                self.cond.notify_all()

    def wait_for(self, pred, start=0, timeout=5.0):
        """Index of the first line from `start` on that satisfies pred, waiting for it."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for i in range(start, len(self.lines)):
                    if pred(self.lines[i]):
                        return i
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LabError(f"conntrack -E: no sentinel event after {timeout}s")
                self.cond.wait(left)

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class ExpectEvents:
    """`conntrack -E expect -o timestamp` in fw for one replay. Expectations have no sentinel of
    their own: the listener starts after the reset and stops after the closing conntrack sentinel,
    whose [DESTROY] was reported after every expectation event before it."""

    SUBSCRIBE = 0.3  # conntrack -E reports nothing before it has subscribed

    def __init__(self, ns):
        self.proc = listener(ns, ["expect"])
        time.sleep(self.SUBSCRIBE)

    def stop(self, linger=0.05):
        time.sleep(linger)
        self.proc.terminate()
        out = self.proc.communicate(timeout=10)[0]
        return [line for line in out.splitlines() if line.strip()]
