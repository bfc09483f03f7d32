"""Our side: pyiptables' console scripts, driven only through their public command-line contract
(the one ../shared/oracle/emulator.py uses): PYIPTABLES_STATE names the emulated namespace,
pyip/pysysctl build the host, pyiptables-restore loads rules, pyconntrack -E follows events,
pyiptables-replay walks a capture, pyiptables-save -c and pyconntrack -L report.

Commands run in a procserver.py child process: fork mode (default) forks every command from a
process that imported the entry points once; subprocess mode exec()s the installed scripts.
"""
from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import tempfile
import time
import warnings

from .lab import FW_SETUP, SENTINEL, is_sentinel, sentinel_argvs, side_by_side
from .procserver import Client

OURS = {"iptables": "pyiptables", "iptables-save": "pyiptables-save", "iptables-restore": "pyiptables-restore",
        "iptables-replay": "pyiptables-replay", "conntrack": "pyconntrack", "ip": "pyip", "sysctl": "pysysctl"}

# the emulated firewall host, exactly as ../shared/oracle/emulator.py builds it
HOST = FW_SETUP
SIDE_OF = {"eth0": "left", "eth1": "right"}


class CLIError(RuntimeError):
    pass


class OurCLI:
    """Runs our console scripts; steps use the generic tool names of OURS."""

    def __init__(self, mode="fork"):
        self.mode = mode
        self.tmp = tempfile.mkdtemp(prefix="pyipt-ours-")
        self.poison = os.path.join(self.tmp, "server-state-must-stay-unused")
        self.env = {k: v for k, v in os.environ.items() if k != "PYIPTABLES_STATE"}
        self.server = self._server()

    def _server(self):
        return Client([self.mode, self.tmp], env=dict(self.env, PYIPTABLES_STATE=self.poison))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _call(self, **req):
        ans = self.server.call(**req)
        if "stale" in ans:  # the sources changed under the server: start a new one
            self.server.close()
            return self._call(**req)
        if "error" in ans:
            if "not isolated" in ans["error"] and self.mode == "fork":
                warnings.warn("forked console scripts are not isolated; falling back to subprocess mode")
                self.server.close()
                self.mode = "subprocess"
                self.server = self._server()
                return self._call(**req)
            raise CLIError(ans["error"])
        return ans["ok"]

    def _step(self, argv, input=None, state=None, env=None):
        argv = [os.fsdecode(a) for a in argv]  # bytes as the interpreter decodes them into sys.argv
        argv[0] = OURS.get(argv[0], argv[0])
        env = self.env if env is None else {k: v for k, v in env.items() if k != "PYIPTABLES_STATE"}
        return {"argv": argv, "input": input, "env": dict(env, PYIPTABLES_STATE=state) if state else env}

    def run(self, argv, input=None, state=None, env=None):
        """One command with PYIPTABLES_STATE=state (and the environment env instead of ours: what
        the command reads of it; the interpreter started with ours); (rc, stdout bytes, stderr bytes)."""
        return tuple(self._call(op="step", s=self._step(argv, input, state, env)))

    def cases(self, cases):
        """Each case (a list of {"argv", "input"}) with a fresh state directory."""
        return self._call(op="cases", cases=[{"steps": [self._step(s["argv"], s.get("input")) for s in c]}
                                             for c in cases])

    def spawn(self, argv, state, stdout, stderr):
        s = self._step(argv, None, state)
        return self._call(op="spawn", argv=s["argv"], env=s["env"], stdout=stdout, stderr=stderr)

    def signal(self, pid, sig):
        self._call(op="signal", pid=pid, sig=sig)

    def wait(self, pid, timeout):
        return self._call(op="wait", pid=pid, timeout=timeout)

    def cpu(self, pid):
        return self._call(op="cpu_idle", pid=pid)

    def close(self):
        self.server.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


# -- the test session's own server ----------------------------------------------------------------
MODE = "fork"     # tests/conftest.py sets --cli-mode here, and closes the server at the end
_shared: OurCLI | None = None


def shared() -> OurCLI:
    """The warm server every test of the session shares (the cli_runner fixture): for helpers
    outside fixtures that run our console scripts."""
    global _shared
    if _shared is None:
        _shared = OurCLI(MODE)
    return _shared


def close_shared():
    global _shared
    if _shared is not None:
        _shared.close()
        _shared = None


# -- a scenario through our CLIs -----------------------------------------------------------------
def _lines(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace").splitlines()
    except FileNotFoundError:
        return []


def _wait_line(path, pred, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(pred(line) for line in _lines(path)):
            return True
        time.sleep(0.005)
    return False


def _settle(cli, pid, lo=0.1, hi=3.0):
    """Without a sentinel to watch for: wait until the listener sleeps and burns no more CPU."""
    t0, last, quiet = time.monotonic(), None, 0
    while time.monotonic() - t0 < hi:
        st = cli.cpu(pid)
        if st is None:
            return
        quiet = quiet + 1 if (st[0] == "S" and st == last) else 0
        if quiet >= 3 and time.monotonic() - t0 >= lo:
            return
        last = st
        time.sleep(0.02)


def run_both(lab, cli: OurCLI, scn, cuts=()):
    """(the kernel lab's result, ours), both sides at once (lab.Lab.run, replay)."""
    with tempfile.TemporaryDirectory(prefix="pyipt-scn-") as tmp:
        return side_by_side(lambda: lab.run(scn), lambda: replay(cli, scn, tmp, cuts=cuts))


def replay(cli: OurCLI, scn, workdir, port=1000, cuts=()):
    """A capture.Scenario through our CLIs in a fresh state; the same shape as Lab.run().
    cuts: frame indices where the capture is cut into pieces, each replayed by its own
    pyiptables-replay on the same state (the second continues where the first stopped)."""
    state = os.path.join(workdir, "state")
    errors = []

    def run(argv, input=None, must=True):
        rc, out, err = cli.run(argv, input, state)
        if rc != 0 and must:
            errors.append(f"`{OURS.get(argv[0], argv[0])} {' '.join(argv[1:])}` exited {rc}: "
                          f"{err.decode('utf-8', 'replace').strip()[-800:]}")
        return rc, out.decode("utf-8", "replace"), err

    def mark(p):
        """Bracket events with a sentinel entry, as the kernel lab does; False if unsupported."""
        ins, dele = sentinel_argvs(p)
        if run(ins, must=False)[0] != 0:
            return False
        run(dele, must=False)
        return _wait_line(evpath, lambda l: is_sentinel(l, p, "DESTROY"), 3.0)

    for argv in HOST:
        run(argv)
    for k, v in scn.sysctl.items():
        run(["sysctl", "-w", f"{k}={v}"])
    for line in scn.ip:
        run(["ip", *shlex.split(line)])
    run(["iptables-restore"], scn.rules.encode())
    pcaps = [os.path.join(scn.path, "capture.pcap") if scn.path else os.path.join(workdir, "capture.pcap")]
    if cuts:
        bounds = [0, *cuts, len(scn.frames)]
        pcaps = [os.path.join(workdir, f"piece{i}.pcap") for i in range(len(bounds) - 1)]
    if cuts or not scn.path:
        from .capture import write_pcap
        for i, pcap in enumerate(pcaps):
            write_pcap(pcap, scn.frames[bounds[i]:bounds[i + 1]] if cuts else scn.frames)
    evpath = os.path.join(workdir, "events")
    pid = cli.spawn(["conntrack", "-E", "-o", "timestamp"], state, evpath, os.path.join(workdir, "events.err"))
    marked = pid is not None and mark(port + 1)
    if pid is not None and not marked:
        _settle(cli, pid)
    out = {"left": [], "right": []} if scn.frames_out else None
    for i, pcap in enumerate(pcaps):
        if out is None:
            run(["iptables-replay", "--so-broadcast", pcap])
            continue
        # the IP packets sent or forwarded out of eth0/eth1, as they left: --accepted holds every
        # delivered, forwarded or sent frame, in the order of their --json records
        accepted = os.path.join(workdir, f"accepted{i}.pcap")
        lines = run(["iptables-replay", "--so-broadcast", "--json", "--accepted", accepted, pcap])[1].splitlines()
        from .capture import read_pcap
        left = iter(read_pcap(accepted)) if os.path.exists(accepted) else iter(())
        for line in lines:
            rec = json.loads(line)
            if rec.get("verdict") not in ("delivered", "forwarded", "sent"):
                continue
            frames = [next(left, (0, b""))[1] for _ in range(rec.get("frames", 1))]    # a datagram cut again
            if rec["verdict"] != "delivered" and rec.get("out") in SIDE_OF:
                out[SIDE_OF[rec["out"]]] += [f[14:] for f in frames]
    save = run(["iptables-save", "-c"])[1]
    ct = run(["conntrack", "-L"], must=False)[1]
    if pid is not None:
        if not (marked and mark(port + 2)):
            _settle(cli, pid)
        cli.signal(pid, signal.SIGINT)
        if cli.wait(pid, 5) is None:
            cli.signal(pid, signal.SIGKILL)
            cli.wait(pid, 5)
    else:
        errors.append("`pyconntrack -E -o timestamp` could not be started")
    events = _lines(evpath)
    if marked:
        first = next(i for i, l in enumerate(events) if is_sentinel(l, port + 1, "DESTROY")) + 1
        last = next((i for i, l in enumerate(events) if is_sentinel(l, port + 2, "NEW")), len(events))
        events = events[first:last]
    events = [l for l in events if l.strip() and f"src={SENTINEL} " not in l]
    return {"save": save, "conntrack_text": ct, "events": events, "out": out, "errors": errors}
