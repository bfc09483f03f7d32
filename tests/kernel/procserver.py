#!/usr/bin/env python3
"""A long-lived helper process that runs command lines fast, for the kernel-differential tests.

    python3 procserver.py exec LOCKFILE          real tools, each case in a fresh network namespace
    python3 procserver.py fork TMPDIR            our console scripts, forked from this warm process
    python3 procserver.py subprocess TMPDIR      our console scripts, exec()ed (slow, for comparison)

Requests and answers are pickles on stdin/stdout (trusted: only lab.py/ours.py talk to it).
A step is {"argv": [...], "input": bytes|None, "env": {...}}; its answer is (rc, stdout, stderr).

exec mode: this process unshare()s itself into a new network namespace for each case, so the tools
it spawns start there with no `ip netns exec` per command (0.3 ms a case instead of 5 ms for
`ip netns add` + `del`). The namespace has no name: nothing but this process and its children can
enter it, and the kernel frees it when the case ends and they leave it, even if we are SIGKILLed.
fork mode: the console scripts' entry points are imported once here; each command is a fork()ed
child that sets argv, environment and fds 0/1/2, calls the entry point and exits the way the
console-script wrapper would (`sys.exit(main())`). That is a real process per command (its own
exit status, fd-level output, tracebacks of uncaught exceptions) without the interpreter start-up
and import cost.
"""
import atexit
import ctypes
import io
import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

CLONE_NEWNET = 0x40000000


def links_settled(links) -> bool:
    """Whether the kernel's link watcher caught up with `ip -j link`'s links: it sets a link's
    operstate (and right after, marks the routes over it linkdown or not) some time after a change
    of carrier, e.g. a veth whose peer went up or down."""
    for link in links:
        flags, state = set(link.get("flags", ())), link.get("operstate")
        if "UP" not in flags:
            ok = state == "DOWN"
        elif "NO-CARRIER" in flags:
            ok = state in ("DOWN", "LOWERLAYERDOWN")
        else:
            ok = state in ("UP", "UNKNOWN")
        if not ok:
            return False
    return True


class ExecRunner:
    """Real binaries; each case in a fresh, unnamed network namespace."""

    def __init__(self, lockfile):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.inside = False
        self.home = os.open("/proc/self/ns/net", os.O_RDONLY)
        self.env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"), "LC_ALL": "C",
                    "XTABLES_LOCKFILE": lockfile}  # our own xtables lock: no contention with anyone else

    def renew(self):
        """Leave the current namespace (the kernel frees it once its last process is gone), enter a
        brand-new one."""
        self.drop()
        if self.libc.unshare(CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNET)")
        self.inside = True

    def drop(self):
        if self.inside:
            if self.libc.setns(self.home, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), "setns")
            self.inside = False

    def step(self, s):
        if not self.inside:  # never in the host's own namespace
            raise RuntimeError("no namespace of our own to run in: renew() first")
        env = dict(self.env, **(s.get("env") or {}))
        try:  # "executable": run that binary under the name argv[0] (what its messages print)
            r = subprocess.run(s["argv"], executable=s.get("executable"), input=s.get("input") or b"",
                               capture_output=True, env=env, timeout=s.get("timeout", 30))
        except FileNotFoundError as e:
            return (127, b"", f"{e}\n".encode())
        except subprocess.TimeoutExpired as e:
            return (124, e.stdout or b"", (e.stderr or b"") + b"\n<timeout>\n")
        if s.get("settle"):
            self.settle(env)
        return (r.returncode, r.stdout, r.stderr)

    def settle(self, env, tries=200):
        """Wait until the kernel's link watcher (one worker for every namespace of the machine)
        has caught up with the links' carrier: operstate and the routes' linkdown follow it later."""
        for _ in range(tries):
            r = subprocess.run(["ip", "-j", "link"], capture_output=True, env=env)
            if r.returncode != 0 or links_settled(json.loads(r.stdout)):
                break
            time.sleep(0.002)
        time.sleep(0.002)  # the routes follow the operstate in the same work item

    def case(self, c):
        self.renew()
        try:
            return [self.step(s) for s in c["steps"]]
        finally:
            self.drop()

    def close(self):
        self.drop()


class ForkRunner:
    """Our console scripts, one fork()ed (or, in subprocess mode, exec()ed) child per command."""

    def __init__(self, tmp, mode):
        from importlib.metadata import entry_points
        self.tmp, self.mode, self.n = tmp, mode, 0
        self.poison = os.environ.get("PYIPTABLES_STATE", "")
        self.entries, self.scripts, self.popen, self.spawned = {}, {}, {}, set()
        self.proto_fds = ()
        bindir = os.path.dirname(sys.executable)
        for ep in entry_points(group="console_scripts"):
            if ep.value.split(":")[0].split(".")[0] != "pyiptables":
                continue
            path = os.path.join(bindir, ep.name)
            self.scripts[ep.name] = path if os.path.exists(path) else (shutil.which(ep.name) or path)
            if mode == "fork":
                try:
                    self.entries[ep.name] = ep.load()
                except BaseException as e:  # re-raised in every child: the script would fail the same way
                    self.entries[ep.name] = e
        self.streams = {k: (getattr(sys, k).encoding, getattr(sys, k).errors) for k in ("stdin", "stdout", "stderr")}
        self.stamp, self.next_check = self._source_stamp(), 0.0
        if mode == "fork":
            self._warm()

    # read-only commands, each console script's usual first use
    WARM = (["pyconntrack", "-L"], ["pyconntrack", "-L", "expect"], ["pyiptables", "-L", "-n"],
            ["pyiptables-save"], ["pyiptables-restore", "--test"], ["pyip", "link"], ["pysysctl", "net.ipv4.ip_forward"])

    def _warm(self):
        """Run WARM once in this process, so that what the commands build on first use (pyconntrack
        its LALR parser, ~60 ms) is built here once, not again in every forked command. They run on
        the poison state directory, removed afterwards: a module that kept its path would write
        there again, and check_poison() would say so."""
        saved = (list(sys.argv), sys.stdin, sys.stdout, sys.stderr, dict(os.environ), os.getcwd(),
                 {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGHUP)})
        try:
            os.chdir(self.tmp)
            for argv in self.WARM:
                fn = self.entries.get(argv[0])
                if fn is None or isinstance(fn, BaseException):
                    continue
                sys.argv = [self.scripts[argv[0]], *argv[1:]]
                sys.stdin = io.TextIOWrapper(io.BytesIO(b""))
                sys.stdout, sys.stderr = io.TextIOWrapper(io.BytesIO()), io.TextIOWrapper(io.BytesIO())
                try:
                    fn()
                except BaseException:
                    pass
        finally:
            sys.argv, sys.stdin, sys.stdout, sys.stderr = saved[:4]
            os.environ.clear()
            os.environ.update(saved[4])
            os.chdir(saved[5])
            for sig, handler in saved[6].items():
                signal.signal(sig, handler)
            if self.poison:
                shutil.rmtree(self.poison, ignore_errors=True)

    @staticmethod
    def _source_stamp():
        """Modification times of the package's sources (and grammar/): what this process imported."""
        try:
            import pyiptables
        except ImportError:
            return None
        pkg = os.path.dirname(os.path.abspath(pyiptables.__file__))
        stamp = []
        for top in (pkg, os.path.join(os.path.dirname(pkg), "grammar")):
            for d, _, files in os.walk(top):
                stamp += [(f, os.stat(os.path.join(d, f)).st_mtime_ns) for f in files if f.endswith((".py", ".lark"))]
        return sorted(stamp)

    def stale(self):
        """The sources changed since they were imported (a colleague's edit): children would mix old
        modules imported here with new ones they import lazily. Checked (at most once a second,
        1.5 ms a time) only while no background command runs."""
        if self.mode != "fork" or self.spawned or time.monotonic() < self.next_check:
            return False
        self.next_check = time.monotonic() + 1.0
        return self._source_stamp() != self.stamp

    def _stream(self, fd, name, line_buffering=False):
        raw = io.FileIO(fd, "r" if fd == 0 else "w", closefd=False)
        raw.name = f"<{name}>"  # as the interpreter names them (sys.stdin.name == "<stdin>")
        buf = io.BufferedReader(raw) if fd == 0 else io.BufferedWriter(raw)
        enc, errors = self.streams[name]
        return io.TextIOWrapper(buf, encoding=enc, errors=errors, line_buffering=line_buffering)

    def _child(self, s, paths):
        """In the forked child: become the console script, never return."""
        try:
            for fd in self.proto_fds:
                os.close(fd)
            flags = (os.O_RDONLY, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            for i, (path, fl) in enumerate(zip(paths, flags)):
                os.dup2(os.open(path, fl, 0o600), i)
            os.setsid()
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.environ.clear()
            os.environ.update(s["env"])
            name = s["argv"][0]
            sys.argv = [self.scripts.get(name, name)] + list(s["argv"][1:])
            sys.stdin = sys.__stdin__ = self._stream(0, "stdin")
            sys.stdout = sys.__stdout__ = self._stream(1, "stdout")
            sys.stderr = sys.__stderr__ = self._stream(2, "stderr", line_buffering=True)
        except BaseException:
            os._exit(120)
        code = 0
        try:
            fn = self.entries.get(name)
            if fn is None:
                sys.stderr.write(f"{name}: command not found\n")
                code = 127
            elif isinstance(fn, BaseException):
                raise fn
            else:
                sys.exit(fn())
        except SystemExit as e:
            code = exit_status(e.code)
        except KeyboardInterrupt:
            traceback.print_exc()
            code = -signal.SIGINT
        except BaseException:
            traceback.print_exc()
            code = 1
        try:
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
        if code < 0:  # an uncaught KeyboardInterrupt kills the interpreter with SIGINT
            signal.signal(-code, signal.SIG_DFL)
            os.kill(os.getpid(), -code)
        os._exit(code & 0xFF)

    def _launch(self, s, paths):
        """Start one command with stdin/stdout/stderr on the given files; its pid, or None."""
        if self.mode == "subprocess":
            argv = [self.scripts.get(s["argv"][0], s["argv"][0])] + list(s["argv"][1:])
            with open(paths[0], "rb") as i, open(paths[1], "wb") as o, open(paths[2], "wb") as e:
                try:
                    p = subprocess.Popen(argv, stdin=i, stdout=o, stderr=e, env=s["env"], start_new_session=True)
                except OSError as ex:
                    e.write(f"{argv[0]}: {ex.strerror}\n".encode())
                    return None
            self.popen[p.pid] = p
            return p.pid
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            self._child(s, paths)
        return pid

    def _reap(self, pid, block=True):
        p = self.popen.get(pid)
        if p is not None:
            rc = p.wait() if block else p.poll()
        else:
            got, status = os.waitpid(pid, 0 if block else os.WNOHANG)
            rc = os.waitstatus_to_exitcode(status) if got else None
        if rc is not None:
            self.popen.pop(pid, None)
            self.spawned.discard(pid)
        return rc

    def step(self, s):
        self.n += 1
        paths = [os.path.join(self.tmp, f"io{self.n}.{k}") for k in ("in", "out", "err")]
        with open(paths[0], "wb") as f:
            f.write(s.get("input") or b"")
        pid = self._launch(s, paths)
        rc = 127 if pid is None else self._reap(pid)
        out = []
        for p in paths:
            try:
                with open(p, "rb") as f:
                    out.append(f.read())
                os.unlink(p)
            except FileNotFoundError:
                out.append(b"")
        return (rc, out[1], out[2])

    def case(self, c):
        state = tempfile.mkdtemp(prefix="state", dir=self.tmp)
        try:
            return [self.step(dict(s, env=dict(s["env"], PYIPTABLES_STATE=state))) for s in c["steps"]]
        finally:
            shutil.rmtree(state, ignore_errors=True)
            self.check_poison()

    def check_poison(self):
        if self.poison and os.path.exists(self.poison):
            raise RuntimeError("a command wrote to the server's own PYIPTABLES_STATE: some module read the "
                               "variable at import time, so forked commands are not isolated; "
                               "use --cli-mode=subprocess")

    def spawn(self, argv, env, stdout, stderr):
        """A background command (e.g. `pyconntrack -E`) writing to the given files; its pid."""
        pid = self._launch({"argv": argv, "env": env}, [os.devnull, stdout, stderr])
        if pid is not None:
            self.spawned.add(pid)
        return pid

    def signal(self, pid, sig):
        if pid in self.spawned:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    def wait(self, pid, timeout):
        """The exit status of a spawned command, or None if it is still running after timeout seconds."""
        deadline = time.monotonic() + timeout
        while pid in self.spawned:
            rc = self._reap(pid, block=False)
            if rc is not None:
                return rc
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.005)
        return None

    def cpu_idle(self, pid):
        """(state, utime+stime) of a spawned command, from /proc: used to see it settle."""
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return None if fields[0] in "ZX" else (fields[0], int(fields[11]) + int(fields[12]))
        except (OSError, IndexError):
            return None

    def close(self):
        for pid in list(self.spawned):
            self.signal(pid, signal.SIGKILL)
            try:
                self._reap(pid)
            except ChildProcessError:
                pass


class Client:
    """The other end, used by lab.Netns and ours.OurCLI: starts `procserver.py ARGS...` and calls it."""

    def __init__(self, args, env=None):
        self.args, self.env, self.proc = list(args), env, None

    def call(self, **req):
        """The server's answer: {"ok": ...}, {"error": traceback} or {"stale": True}."""
        if self.proc is None:
            self.proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), *self.args],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=self.env)
        pickle.dump(req, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        self.proc.stdin.flush()
        try:
            return pickle.load(self.proc.stdout)
        except EOFError:
            rc = self.proc.wait()
            self.proc = None
            return {"error": f"procserver {' '.join(self.args)} died (exit {rc})"}

    def close(self):
        """EOF ends the server, which cleans up after itself (namespaces, children)."""
        if self.proc:
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc.stdout.close()
            self.proc = None


def exit_status(code):
    """What the interpreter makes of SystemExit(code)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    try:
        sys.stderr.write(f"{code}\n")
    except BaseException:
        pass
    return 1


def serve(runner):
    rx = os.fdopen(os.dup(0), "rb")
    tx = os.fdopen(os.dup(1), "wb")
    runner.proto_fds = (rx.fileno(), tx.fileno())
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))  # unwinds into the finally below
    try:
        while True:
            try:
                req = pickle.load(rx)
            except EOFError:
                break
            try:
                op = req.pop("op")
                if op in ("cases", "step") and getattr(runner, "stale", lambda: False)():
                    ans = {"stale": True}
                elif op == "cases":
                    ans = {"ok": [runner.case(c) for c in req["cases"]]}
                else:
                    ans = {"ok": getattr(runner, op)(**req)}
            except Exception:
                ans = {"error": traceback.format_exc()}
            pickle.dump(ans, tx, protocol=pickle.HIGHEST_PROTOCOL)
            tx.flush()
    finally:
        runner.close()


def main():
    mode = sys.argv[1]
    if mode == "exec":
        serve(ExecRunner(sys.argv[2]))
    else:
        serve(ForkRunner(sys.argv[2], mode))


if __name__ == "__main__":
    main()
