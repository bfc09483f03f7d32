"""Restore / save / single-command speed of pyiptables against the real tools (on demand).

    python benchmarks/bench_ruleset.py [--sizes 1000,10000,50000] [--repeat 3]

Generates rulesets of typical shape (user chains per service, ports, addresses, comments,
conntrack, multiport, LOG/REJECT, a nat table with DNAT/MASQUERADE), then times, in one run:
  restore of each size     pyiptables-restore   vs iptables-nft-restore and iptables-legacy-restore
  save of the largest      pyiptables-save      vs iptables-legacy-save
  one command, 10k stored  pyiptables -A / -L -n / -S
and prints each ratio (ours / real), by wall clock and by CPU time. The real tools run in a throwaway network namespace
(needs root and `ip netns`); without them only our times are printed. Times are the best of
--repeat runs, wall clock, each a fresh process as a user would start it.
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

TARGETS = {"restore": 3.0, "save": 3.0}


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


def best(fn, repeat: int) -> Timing:
    walls, cpus = [], []
    for _ in range(repeat):
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


def script(name: str) -> list[str]:
    """Our console script, started as users start it (its own interpreter)."""
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} not in PATH (pip install -e .)")
    return [path]


def real_tools_reason() -> str | None:
    if os.geteuid() != 0:
        return "not root"
    for t in ("ip", "iptables-nft-restore", "iptables-legacy-restore", "iptables-legacy-save"):
        if shutil.which(t) is None:
            return f"{t} missing"
    return None


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
    rows = []

    def report(what, ours, real=None, target=None):
        ratio = f"{ours.wall / real.wall:6.2f}x" if real else "      -"
        cratio = f"{ours.cpu / real.cpu:6.2f}x" if real and real.cpu else "      -"
        goal = f"(target <= {target}x)" if target else ""
        rw = f"{real.wall * 1000:8.1f}" if real else "       -"
        rc = f"{real.cpu * 1000:8.1f}" if real else "       -"
        rows.append(f"{what:<36} ours {ours.wall * 1000:8.1f} ms (cpu {ours.cpu * 1000:7.1f})  "
                    f"real {rw} ms (cpu {rc})  {ratio} (cpu {cratio}) {goal}")
        print(rows[-1], flush=True)

    try:
        if reason is None:
            ns = f"pyipt-bench-{secrets.token_hex(4)}"
            run(["ip", "netns", "add", ns])
        else:
            print(f"real tools skipped: {reason}")
        py = [sys.executable, "-c", "pass"]
        report("python3 -c pass", best(lambda: run(py, env=env), args.repeat))
        for n in sizes:
            data = ruleset(n).encode()
            path = os.path.join(work, f"rules{n}")
            with open(path, "wb") as f:
                f.write(data)
            state = os.path.join(work, f"state{n}")

            def ours():
                shutil.rmtree(state, ignore_errors=True)
                run(script("pyiptables-restore") + [path], env={**env, "PYIPTABLES_STATE": state})
            t_ours = best(ours, args.repeat)
            t_nft = t_leg = None
            if ns:
                t_nft = best(lambda: run(["iptables-nft-restore", path], ns=ns), args.repeat)
                t_leg = best(lambda: run(["iptables-legacy-restore", path], ns=ns), args.repeat)
            report(f"restore {n} rules (vs nft)", t_ours, t_nft, TARGETS["restore"])
            if t_leg:
                report(f"restore {n} rules (vs legacy)", t_ours, t_leg)
        big = max(sizes)
        state = os.path.join(work, f"state{big}")
        benv = {**env, "PYIPTABLES_STATE": state}
        t_ours = best(lambda: run(script("pyiptables-save"), env=benv), args.repeat)
        t_real = None
        if ns:
            run(["iptables-legacy-restore", os.path.join(work, f"rules{big}")], ns=ns)
            t_real = best(lambda: run(["iptables-legacy-save"], ns=ns), args.repeat)
        report(f"save {big} rules (vs legacy)", t_ours, t_real, TARGETS["save"])
        # single commands with 10k rules stored
        path = os.path.join(work, "rules10k")
        with open(path, "wb") as f:
            f.write(ruleset(10000).encode())
        state = os.path.join(work, "state10k")
        cenv = {**env, "PYIPTABLES_STATE": state}
        run(script("pyiptables-restore") + [path], env=cenv)
        ipt = script("pyiptables")
        k = iter(range(10 ** 6))
        report("pyiptables -A, 10k stored", best(
            lambda: run(ipt + ["-A", "SVC-0001", "-s", f"192.0.2.{next(k) % 250}", "-j", "ACCEPT"], env=cenv),
            args.repeat), None)
        report("pyiptables -n -L INPUT, 10k stored", best(lambda: run(ipt + ["-n", "-L", "INPUT"], env=cenv),
                                                         args.repeat))
        report("pyiptables -S SVC-0001, 10k stored", best(lambda: run(ipt + ["-S", "SVC-0001"], env=cenv),
                                                          args.repeat))
        report("pyiptables -L -n, 10k stored", best(lambda: run(ipt + ["-L", "-n"], env=cenv), args.repeat))
    finally:
        if ns:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
