"""Restore / save / single-command speed of pyiptables against the real tools (on demand).

    python benchmarks/bench_ruleset.py [--sizes 1000,10000,50000] [--repeat 3]

Targets (issue 3), each printed with its ratio and PASS/FAIL, by wall clock and by CPU time:
  pyiptables-restore of 1k, 10k and 50k rules   within 3x of iptables-nft-restore
  pyiptables-save of the largest ruleset         within 3x of iptables-legacy-save
  one pyiptables -A / -L with 10k rules stored   under 100 ms
Generates rulesets of typical shape (user chains per service, ports, addresses, comments,
conntrack, multiport, LOG/REJECT, a nat table with DNAT/MASQUERADE). The real tools run in a
throwaway network namespace (needs root and `ip netns`); without them only our times and the
absolute targets are printed. Times are the best of --repeat runs, each a fresh process.

Our commands are started as a normal install starts them: the console script installed beside
this interpreter (`<prefix>/bin/pyiptables-restore`, whose `#!` is the interpreter itself), not a
wrapper found on PATH (a pyenv shim is a bash script that execs pyenv: tens of milliseconds that
are not ours). Without such a script, `python3 -c 'from pyiptables.cli.X import main; main()'`,
the same entry point. The header says which was measured.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import time

TARGETS = {"restore": 3.0, "save": 3.0}      # ours / the real tool's, at most
COMMAND_MS = 100.0                           # one command with 10k rules stored, at most
ENTRY = {"pyiptables": "iptables", "pyiptables-save": "save", "pyiptables-restore": "restore"}

def ruleset(n: int, seed: int = 1) -> str:
    """About n rules: a filter table of per-service chains, and a nat table (a tenth)."""
    rnd = random.Random(seed)
    nat_n = n // 10
    filt_n = n - nat_n
    chains = [f"SVC-{i:04d}" for i in range(max(1, filt_n // 50))]
    out = ["*filter", ":INPUT DROP [0:0]", ":FORWARD DROP [0:0]", ":OUTPUT ACCEPT [0:0]"]
    out += [f":{c} - [0:0]" for c in chains]
    body = [
        "-A INPUT -i lo -j ACCEPT",
        "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "-A INPUT -m conntrack --ctstate INVALID -j DROP",
    ]
    for c in chains:
        body.append(f"-A INPUT -p tcp -m tcp --dport {rnd.randrange(1, 65535)} -j {c}")
    i = 0
    while len(body) < filt_n:
        c = chains[i % len(chains)]
        i += 1
        a = f"10.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(256)}"
        kind = i % 8
        if kind == 0:
            body.append(f"-A {c} -s {a}/32 -p tcp -m tcp --dport {rnd.randrange(1, 65535)} -j ACCEPT")
        elif kind == 1:
            body.append(f"-A {c} -s {a}/24 -p udp -m udp --dport {rnd.randrange(1, 65535)} -j ACCEPT")
        elif kind == 2:
            body.append(f'-A {c} -d {a}/32 -m comment --comment "host {i} of {c}" -j ACCEPT')
        elif kind == 3:
            body.append(f"-A {c} -p tcp -m multiport --dports 80,443,{rnd.randrange(1024, 65535)} -j ACCEPT")
        elif kind == 4:
            body.append(f"-A {c} -s {a}/32 -j DROP")
        elif kind == 5:
            body.append(f"-A {c} -i eth{i % 4} -p tcp -m tcp --sport 1024:65535 --dport {rnd.randrange(1, 1024)} -j ACCEPT")
        elif kind == 6:
            body.append(f'-A {c} -p tcp -m tcp --dport {rnd.randrange(1, 65535)} -j LOG --log-prefix "svc{i} "')
        else:
            body.append(f"-A {c} -p udp -m udp --dport {rnd.randrange(1, 65535)} -j REJECT --reject-with icmp-port-unreachable")
    out += body[:filt_n] + ["COMMIT", "*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]",
                            ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]", ":DNATS - [0:0]",
                            "-A PREROUTING -j DNATS", "-A POSTROUTING -s 172.16.0.0/12 -o eth0 -j MASQUERADE"]
    for j in range(nat_n - 2):
        out.append(f"-A DNATS -d 192.0.2.{j % 250 + 1}/32 -p tcp -m tcp --dport {j % 60000 + 1024} "
                   f"-j DNAT --to-destination 10.{j // 65536 % 256}.{j // 256 % 256}.{j % 256}:8080")
    out.append("COMMIT")
    return "\n".join(out) + "\n"


class Timing:
    """Best wall-clock time of the runs, and the best CPU time (user + system of the children):
    on a busy machine the CPU time is the steadier one."""

    def __init__(self, wall: float, cpu: float):
        self.wall, self.cpu = wall, cpu


def best(fn, repeat: int, setup=None) -> Timing:
    walls, cpus = [], []
    for _ in range(repeat):
        if setup:
            setup()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - t)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return Timing(min(walls), min(cpus))


def run(cmd, input=None, env=None, ns=None):
    if ns:
        cmd = ["ip", "netns", "exec", ns, *cmd]
    r = subprocess.run(cmd, input=input, capture_output=True, env=env)
    if r.returncode:
        raise SystemExit(f"{' '.join(cmd[:6])}... failed ({r.returncode}): {r.stderr.decode()[:500]}")
    return r.stdout


# Times a real tool from inside the namespace: `ip netns exec` (a fork, setns, a remount of /sys
# and an exec) would otherwise count as the tool's, and flatter our ratios.
_TIMER = """
import resource, subprocess, sys, time
repeat, cmd = int(sys.argv[1]), sys.argv[2:]
walls, cpus = [], []
for _ in range(repeat):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    walls.append(time.perf_counter() - t)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    if r.returncode:
        sys.exit(f"{cmd[0]} failed ({r.returncode}): {r.stderr.decode()[:500]}")
print(min(walls), min(cpus))
"""


def best_real(ns: str, cmd: list[str], repeat: int) -> Timing:
    wall, cpu = run([sys.executable, "-c", _TIMER, str(repeat), *cmd], ns=ns).split()
    return Timing(float(wall), float(cpu))


def script(name: str) -> tuple[list[str], str]:
    """Our console script as a normal install starts it (see the module docstring), and what it is."""
    path = os.path.join(os.path.dirname(sys.executable), name)
    if os.access(path, os.X_OK):
        return [path], path
    code = f"import sys; from pyiptables.cli.{ENTRY[name]} import main; sys.argv[0] = {name!r}; main()"
    return [sys.executable, "-c", code], f"{sys.executable} -c 'from pyiptables.cli.{ENTRY[name]} import main; main()'"


def real_tools_reason() -> str | None:
    if os.geteuid() != 0:
        return "not root"
    for t in ("ip", "iptables-nft-restore", "iptables-legacy-restore", "iptables-legacy-save"):
        if shutil.which(t) is None:
            return f"{t} missing"
    return None


class Report:
    """Rows of timings; a target row says its verdict by wall clock and by CPU time."""

    def __init__(self):
        self.verdicts: list[str] = []

    def row(self, what, ours, real=None, ratio_target=None, ms_target=None):
        rw = f"{real.wall * 1000:8.1f}" if real else "       -"
        rc = f"{real.cpu * 1000:7.1f}" if real else "      -"
        ratio = f"{ours.wall / real.wall:6.2f}x" if real else "      -"
        cratio = f"{ours.cpu / real.cpu:6.2f}x" if real and real.cpu else "      -"
        goal = ""
        if ratio_target and real:
            ok = (ours.wall / real.wall <= ratio_target, ours.cpu <= ratio_target * real.cpu)
            goal = f"target <= {ratio_target}x: {self.verdict(what, ok)}"
        elif ratio_target:
            goal = f"target <= {ratio_target}x: not measured (no real tool)"
        elif ms_target:
            ok = (ours.wall * 1000 <= ms_target, ours.cpu * 1000 <= ms_target)
            goal = f"target < {ms_target:.0f} ms: {self.verdict(what, ok)}"
        print(f"{what:<34} ours {ours.wall * 1000:8.1f} ms (cpu {ours.cpu * 1000:7.1f})  "
              f"real {rw} ms (cpu {rc})  {ratio} (cpu {cratio})  {goal}", flush=True)

    def verdict(self, what, ok) -> str:
        v = f"wall {'PASS' if ok[0] else 'FAIL'}, cpu {'PASS' if ok[1] else 'FAIL'}"
        self.verdicts.append(f"  {what:<34} {v}")
        return v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    reason = real_tools_reason()
    ns = None
    work = tempfile.mkdtemp(prefix="pyipt-bench-")
    # as users run it: with compiled bytecode (kept out of the source tree)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(work, "pycache")
    restore, how = script("pyiptables-restore")
    save, _ = script("pyiptables-save")
    ipt, _ = script("pyiptables")
    print(f"ours: {how} (and its siblings), python {sys.version.split()[0]}")
    rep = Report()

    try:
        if reason is None:
            ns = f"pyipt-bench-{secrets.token_hex(4)}"
            run(["ip", "netns", "add", ns])
        else:
            print(f"real tools skipped: {reason}")
        py = [sys.executable, "-c", "pass"]
        rep.row("python3 -c pass", best(lambda: run(py, env=env), args.repeat))
        for n in sizes:
            data = ruleset(n).encode()
            path = os.path.join(work, f"rules{n}")
            with open(path, "wb") as f:
                f.write(data)
            state = os.path.join(work, f"state{n}")

            t_ours = best(lambda: run(restore + [path], env={**env, "PYIPTABLES_STATE": state}), args.repeat,
                          setup=lambda: shutil.rmtree(state, ignore_errors=True))
            t_nft = t_leg = None
            if ns:
                t_nft = best_real(ns, ["iptables-nft-restore", path], args.repeat)
                t_leg = best_real(ns, ["iptables-legacy-restore", path], args.repeat)
            rep.row(f"restore {n} rules (vs nft)", t_ours, t_nft, ratio_target=TARGETS["restore"])
            if t_leg:
                rep.row(f"restore {n} rules (vs legacy)", t_ours, t_leg)
        big = max(sizes)
        state = os.path.join(work, f"state{big}")
        benv = {**env, "PYIPTABLES_STATE": state}
        t_ours = best(lambda: run(save, env=benv), args.repeat)
        t_real = None
        if ns:
            run(["iptables-legacy-restore", os.path.join(work, f"rules{big}")], ns=ns)
            t_real = best_real(ns, ["iptables-legacy-save"], args.repeat)
        rep.row(f"save {big} rules (vs legacy)", t_ours, t_real, ratio_target=TARGETS["save"])
        # single commands with 10k rules stored; iptables-legacy beside them for reference
        path = os.path.join(work, "rules10k")
        with open(path, "wb") as f:
            f.write(ruleset(10000).encode())
        state = os.path.join(work, "state10k")
        cenv = {**env, "PYIPTABLES_STATE": state}
        run(restore + [path], env=cenv)
        if ns:
            run(["iptables-legacy-restore", path], ns=ns)
        commands = [("-A, 10k stored", lambda k: ["-A", "SVC-0001", "-s", f"192.0.2.{k % 250}", "-j", "ACCEPT"]),
                    ("-n -L INPUT, 10k stored", lambda k: ["-n", "-L", "INPUT"]),
                    ("-S SVC-0001, 10k stored", lambda k: ["-S", "SVC-0001"]),
                    ("-L -n, 10k stored", lambda k: ["-L", "-n"])]
        for what, argv in commands:
            k = iter(range(10 ** 6))
            t_ours = best(lambda: run(ipt + argv(next(k)), env=cenv), args.repeat)
            t_real = best_real(ns, ["iptables-legacy"] + argv(0), args.repeat) if ns else None
            rep.row(f"pyiptables {what}", t_ours, t_real, ms_target=COMMAND_MS)
        print("\ntargets:")
        print("\n".join(rep.verdicts))
    finally:
        if ns:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
