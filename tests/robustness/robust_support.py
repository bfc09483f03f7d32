"""Shared by the robustness tests: the console scripts run in-process (their `main(argv)`) or as
subprocesses, a populated emulated namespace to start from, and a snapshot of everything a user can
observe of it (what must not change when a command fails).

In-process runs swap sys.stdin/stdout/stderr for byte-backed text streams, point PYIPTABLES_STATE at
the state directory and catch SystemExit; anything else escaping main() is what a user would have
seen as a Python traceback, and is returned as such (`Result.crash`).
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# scaled by tests/robustness/conftest.py (--robust-examples N)
EXAMPLES: int | None = None


def examples(default: int, cost: int = 1) -> int:
    """max_examples for one fuzz test: `default`, or N // cost with --robust-examples N."""
    if EXAMPLES is None:
        return default
    return max(1, EXAMPLES // cost)


# -- in-process runs --------------------------------------------------------------------------------
def _mains():
    from pyiptables.cli import conntrack, ip, iptables, replay, restore, save, sysctl
    return {"pyiptables": (iptables.main, "iptables"), "pyiptables-save": (save.main, "iptables-save"),
            "pyiptables-restore": (restore.main, "iptables-restore"), "pyconntrack": (conntrack.main, None),
            "pyip": (ip.main, None), "pysysctl": (sysctl.main, None), "pyiptables-replay": (replay.main, None)}


MAINS = None
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|^\w+(Error|Exception): ", re.M)


@dataclass
class Result:
    rc: int
    outb: bytes
    errb: bytes
    crash: str | None = None       # the traceback a user would have seen

    @property
    def out(self) -> str:
        return self.outb.decode("utf-8", "replace")

    @property
    def err(self) -> str:
        return self.errb.decode("utf-8", "replace")

    def check_clean(self, what=""):
        """No traceback; a failure says something on stderr."""
        assert self.crash is None, f"{what}: uncaught exception\n{self.crash}"
        assert not TRACEBACK.search(self.err), f"{what}: traceback on stderr\n{self.err}"
        if self.rc != 0:
            assert self.err.strip() or self.out.strip(), f"{what}: exit {self.rc} without a message"


class _Stream(io.TextIOWrapper):
    def __init__(self, data=b""):
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="surrogateescape", write_through=True)

    def data(self) -> bytes:
        self.flush()
        return self.buffer.getvalue()


@contextmanager
def _env(state, cwd=None):
    old_state = os.environ.get("PYIPTABLES_STATE")
    old_cwd = os.getcwd()
    os.environ["PYIPTABLES_STATE"] = str(state)
    if cwd is not None:
        os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(old_cwd)
        if old_state is None:
            os.environ.pop("PYIPTABLES_STATE", None)
        else:
            os.environ["PYIPTABLES_STATE"] = old_state


def run(prog: str, args: list[str], state, stdin: bytes = b"", cwd=None) -> Result:
    """`prog args...` in this process with PYIPTABLES_STATE=state."""
    global MAINS
    if MAINS is None:
        MAINS = _mains()
    main, argv0 = MAINS[prog]
    argv = [argv0, *args] if argv0 else list(args)
    sin, sout, serr = _Stream(stdin), _Stream(), _Stream()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = sin, sout, serr
    rc, crash = 0, None
    try:
        with _env(state, cwd):
            try:
                rc = main(argv)
            except SystemExit as e:
                if e.code is None:
                    rc = 0
                elif isinstance(e.code, int):
                    rc = e.code
                else:
                    serr.write(str(e.code) + "\n")
                    rc = 1
            except BaseException:
                crash = traceback.format_exc()
                rc = 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return Result(rc or 0, sout.data(), serr.data(), crash)


# -- subprocess runs --------------------------------------------------------------------------------
def script(prog: str) -> str:
    """The installed console script (next to this interpreter), or the name on PATH."""
    p = Path(sys.executable).with_name(prog)
    return str(p) if p.exists() else (shutil.which(prog) or prog)


def env_for(state) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYIPTABLES_STATE", "PYIPTABLES_DEBUG")}
    env["PYIPTABLES_STATE"] = str(state)
    return env


def sub(prog: str, args: list[str], state, stdin: bytes = b"", cwd=None, timeout=60) -> Result:
    p = subprocess.run([script(prog), *args], input=stdin, capture_output=True, env=env_for(state),
                       cwd=cwd, timeout=timeout)
    return Result(p.returncode, p.stdout, p.stderr)


# -- the namespace we start from ---------------------------------------------------------------------
HOST = [
    ["link", "add", "eth0", "address", "02:00:00:00:01:01", "type", "dummy"],
    ["link", "add", "eth1", "address", "02:00:00:00:02:01", "type", "dummy"],
    ["link", "set", "eth0", "up"],
    ["link", "set", "eth1", "up"],
    ["addr", "add", "10.0.1.1/24", "dev", "eth0"],
    ["addr", "add", "10.0.2.1/24", "dev", "eth1"],
    ["route", "add", "192.168.0.0/16", "via", "10.0.1.2", "dev", "eth0"],
    ["route", "add", "default", "via", "10.0.2.2", "dev", "eth1"],
]
SYSCTL = ["net.ipv4.ip_forward=1", "net.ipv4.conf.all.rp_filter=0"]
RULES = """*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p udp -m udp --dport 123 -j CT --notrack
COMMIT
*mangle
:PREROUTING ACCEPT [3:180]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i eth0 -j MARK --set-xmark 0x1/0xffffffff
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -o eth1 -j MASQUERADE
COMMIT
*security
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
COMMIT
*filter
:INPUT DROP [7:420]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:svc - [0:0]
[5:300] -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
[1:60] -A INPUT -p tcp -m tcp --dport 22 -m comment --comment "ssh in" -j svc
-A INPUT -p icmp -j ACCEPT
-A INPUT -j LOG --log-prefix "drop: "
-A svc -s 10.0.1.0/24 -j ACCEPT
COMMIT
"""
CONNTRACK = [
    ["-I", "-p", "tcp", "-s", "10.0.1.2", "-d", "10.0.1.1", "--sport", "40000", "--dport", "22",
     "--state", "ESTABLISHED", "-t", "300", "-u", "ASSURED"],
    ["-I", "-p", "udp", "-s", "10.0.1.2", "-d", "10.0.2.2", "--sport", "5353", "--dport", "53", "-t", "30"],
    ["-I", "-p", "icmp", "-s", "10.0.1.2", "-d", "10.0.1.1", "--icmp-type", "8", "--icmp-code", "0",
     "--icmp-id", "7", "-t", "29"],
]


def build_base(state) -> None:
    """The populated namespace: host (links, addresses, routes, sysctls), rules in all five tables
    with counters and a user chain, and three conntrack entries."""
    for argv in HOST:
        run("pyip", argv, state).check_clean(str(argv))
    for kv in SYSCTL:
        run("pysysctl", ["-w", kv], state).check_clean(kv)
    r = run("pyiptables-restore", ["-c"], state, RULES.encode())
    r.check_clean("restore")
    assert r.rc == 0, r.err
    for argv in CONNTRACK:
        r = run("pyconntrack", argv, state)
        assert r.rc == 0, r.err


_template: str | None = None


def base_template() -> str:
    """A populated state directory built once per test process (never modified: copy it)."""
    global _template
    if _template is None:
        import atexit
        d = tempfile.mkdtemp(prefix="pyipt-robust-base-")
        atexit.register(shutil.rmtree, d, True)
        state = os.path.join(d, "state")
        build_base(state)
        _template = state
    return _template


def fresh_state(parent) -> Path:
    """A private copy of the populated namespace under `parent`."""
    dst = Path(parent) / f"state-{os.urandom(4).hex()}"
    shutil.copytree(base_template(), dst)
    return dst


# -- what a user can observe ------------------------------------------------------------------------
DATE = re.compile(r"^(# (?:Generated by iptables-save v1\.8\.9|Completed) on ).*$", re.M)


def mask_dates(text: str) -> str:
    return DATE.sub(r"\1DATE", text)


SNAPSHOT = (("pyiptables-save", ["-c"]), ("pyconntrack", ["-L"]), ("pyconntrack", ["-L", "expect"]),
            ("pyip", ["addr"]), ("pyip", ["route"]), ("pyip", ["-d", "link"]), ("pysysctl", ["-a"]))


def snapshot(state, runner=run) -> dict:
    """Everything the tools show of the namespace; also fails on a traceback while reading it."""
    snap = {}
    for prog, args in SNAPSHOT:
        r = runner(prog, args, state)
        r.check_clean(f"{prog} {' '.join(args)} (snapshot)")
        snap[f"{prog} {' '.join(args)}"] = (r.rc, mask_dates(r.out))
    ev = Path(state) / "events"
    snap["events"] = ev.read_bytes() if ev.exists() else b""
    return snap


def diff(before: dict, after: dict) -> str:
    import difflib
    out = []
    for k in before:
        if before[k] != after.get(k):
            a, b = before[k], after.get(k)
            if isinstance(a, tuple):
                out.append(f"--- {k}: rc {a[0]} -> {b[0]}")
                out.extend(difflib.unified_diff(a[1].splitlines(), b[1].splitlines(), lineterm="", n=1))
            else:
                out.append(f"--- {k} changed")
    return "\n".join(out)


def store_bytes(state) -> dict:
    """CURRENT and the files it names, byte for byte (events too): equal means nothing was committed."""
    import json
    p = Path(state)
    out = {"CURRENT": (p / "CURRENT").read_bytes() if (p / "CURRENT").exists() else b""}
    try:
        files = json.loads(out["CURRENT"] or b"{}").get("files", {})
    except ValueError:
        files = {}
    for name in sorted(files.values()):
        out[name] = (p / name).read_bytes()
    ev = p / "events"
    out["events"] = ev.read_bytes() if ev.exists() else b""
    return out


def assert_unchanged(state, before_bytes, before_snap, what):
    """A failing command left the namespace as it was: bytes first (cheap), else what the tools show."""
    if store_bytes(state) == before_bytes:
        return
    after = snapshot(state)
    assert after == before_snap, f"{what}: the store changed although the command failed\n{diff(before_snap, after)}"


_base_cache = {}


def base_views():
    """(store_bytes, snapshot) of the populated namespace, computed once."""
    if not _base_cache:
        t = base_template()
        _base_cache["v"] = (store_bytes(t), snapshot(t))
    return _base_cache["v"]


def copy_state(src, parent) -> Path:
    """A private copy of any state directory under `parent`."""
    dst = Path(parent) / f"state-{os.urandom(4).hex()}"
    shutil.copytree(src, dst)
    return dst
