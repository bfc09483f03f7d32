"""Kernel lab for conntrack helpers: the oracle's kernel.py replay, plus what it does not record.

kernel.py prints counters, `conntrack -L` and `conntrack -E` at the end of a replay. Helpers need
more: the expectation table while it holds something (`conntrack -L expect` after a given frame,
before the data connection consumes the expectation) and the expectation events
(`conntrack -E expect`). `replay(scenario, probes)` runs the oracle's topology (its Lab class, in
throwaway namespaces it deletes) and returns kernel.py's JSON plus
    "probes":        [[after_frame, argv, stdout, stderr], ...]  each probe command, run in fw's namespace
    "expect_events": [line, ...]                           `conntrack -E expect -o timestamp`
    "expect_final":  `conntrack -L expect` after the replay
    "frames_out":    {"left": [hex of the IP packet, ...], "right": [...]}: the IPv4 fw sent on each wire
Usage: python3 helpers_lab.py SCENARIO [FRAME:conntrack,-L,expect ...] > kernel.json
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time

ORACLE = os.environ.get("PYIPT_ORACLE") or os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                                         "shared", "oracle")


def _oracle():
    """The oracle's kernel.py, loaded by path (tests/kernel is another module named `kernel`)."""
    import importlib.util
    mod = sys.modules.get("oracle_kernel")
    if mod is None:
        spec = importlib.util.spec_from_file_location("oracle_kernel", os.path.join(ORACLE, "kernel.py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        sys.modules["oracle_kernel"] = mod
    return mod


def replay(scenario_dir, probes=(), pace=0.004):
    K = _oracle()
    rules = open(os.path.join(scenario_dir, "rules.v4")).read()
    hp = os.path.join(scenario_dir, "host.json")
    host = json.load(open(hp)) if os.path.exists(hp) else {}
    frames = K.read_pcap(os.path.join(scenario_dir, "capture.pcap"))
    todo = {}
    for after, argv in probes:
        todo.setdefault(after, []).append(list(argv))
    with K.Lab("legacy") as lab:
        F = lab.ns["fw"]
        K.set_sysctls(lab, host.get("sysctl"))
        K.sh([lab.ipt("-restore")], ns=F, input=rules)
        K.sh(["conntrack", "-F"], ns=F, check=False)
        listeners = [subprocess.Popen(["ip", "netns", "exec", F, "conntrack", "-E"] + extra + ["-o", "timestamp"],
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                     for extra in ([], ["expect"])]
        try:
            time.sleep(0.3)
            tx = {s: K.ns_socket(lab.ns[s], socket.AF_PACKET, socket.SOCK_RAW, 0) for s in ("left", "right")}
            for s in tx.values():
                s.bind(("eth0", 0))
            local = K.ns_socket(F, socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
            local.setsockopt(socket.SOL_SOCKET, socket.SO_MARK, K.OUR_MARK)
            seen = {"left": [], "right": []}
            stop = threading.Event()

            def sniff(side):
                s = K.ns_socket(lab.ns[side], socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))
                s.bind(("eth0", 0))
                s.settimeout(0.1)
                while not stop.is_set():
                    try:
                        data, addr = s.recvfrom(65535)
                    except socket.timeout:
                        continue
                    if addr[2] != socket.PACKET_OUTGOING:
                        seen[side].append(data)

            ths = [threading.Thread(target=sniff, args=(s,), daemon=True) for s in ("left", "right")]
            for t in ths:
                t.start()
            time.sleep(0.2)
            t0 = frames[0][0] if frames else 0
            start = time.monotonic()
            out_probes = []
            for i, (ts, data) in enumerate(frames):
                due = start + (ts - t0)
                now = time.monotonic()
                if due > now:
                    time.sleep(due - now)
                src = ":".join(f"{b:02x}" for b in data[6:12])
                if src == K.MAC["left"]:
                    tx["left"].send(K.MAC_b("fw0") + data[6:])
                elif src == K.MAC["right"]:
                    tx["right"].send(K.MAC_b("fw1") + data[6:])
                else:
                    ip = data[14:]
                    try:
                        local.sendto(ip, (socket.inet_ntoa(ip[16:20]), 0))
                    except PermissionError:
                        pass
                time.sleep(pace)
                for argv in todo.get(i, ()):
                    r = K.sh(argv, ns=F, check=False)
                    out_probes.append([i, argv, r.stdout, r.stderr])
            time.sleep(0.3)
            stop.set()
            for t in ths:
                t.join()
            save = K.sh([lab.ipt("-save"), "-c"], ns=F).stdout
            ct = K.sh(["conntrack", "-L"], ns=F, check=False).stdout
            exp = K.sh(["conntrack", "-L", "expect"], ns=F, check=False).stdout
        finally:
            outs = []
            for p in listeners:
                p.terminate()
                outs.append(p.communicate()[0])
        return {
            "counters": K.parse_counters(save), "save": save,
            "conntrack": K.parse_conntrack(ct), "conntrack_text": ct,
            "events": [x for x in outs[0].splitlines() if x.strip()],
            "expect_events": [x for x in outs[1].splitlines() if x.strip()],
            "expect_final": exp, "probes": out_probes,
            "out_left": len(seen["left"]), "out_right": len(seen["right"]),
            "frames_out": {side: [bytes(f[14:]).hex() for f in seen[side] if f[12:14] == b"\x08\x00"]
                           for side in seen},
        }


if __name__ == "__main__":
    probes = []
    for a in sys.argv[2:]:
        n, _, cmd = a.partition(":")
        probes.append((int(n), cmd.split(",")))
    print(json.dumps(replay(sys.argv[1], probes), indent=1))
