"""A full conntrack table, kernel against ours (slow, opt-in: `pytest tests/kernel --full-table`).

nf_conntrack_max is 262144 here and read-only inside a namespace, so the table really fills:
phase A  262144 TCP handshakes left -> right (all ESTABLISHED, ASSURED: nothing early_drop may
         take), a FIN on the first 100 (FIN_WAIT: still ASSURED, but the GC's eviction may take
         them), then one more SYN: no room, nothing to early-drop, so it is dropped at PREROUTING's
         conntrack hook (drop=1) and the kernel logs `table full in netns N`; right after it,
         `conntrack -I` fails with "not enough memory".
phase B  70 s later (the GC runs at least once a minute): the GC's run after the failure has
         killed the 100 FIN_WAIT entries (at most 257 go per run), so one more SYN gets an entry.
Compared: every rule counter, `conntrack -C` and the deterministic `conntrack -S` figures (summed
over CPUs: which CPU counted is the kernel's business) after each phase, -I's answer, the whole
`conntrack -L` listing at the end (timeouts within 3 s plus the seconds the kernel's dump took:
each entry's timeout is read when the dump reaches it), and the log line. About 3 minutes.

Rare and harmless: if the GC's run comes within the milliseconds between the dropped SYN and
`conntrack -I`, the kernel's -I succeeds; if a GC pass was under way when the SYN was dropped,
FIN_WAIT entries in buckets it had passed survive. Both show as a clear difference, not a hang.
"""
from __future__ import annotations

import math
import os
import re
import subprocess
import tempfile
import time

import pytest

from . import bulk
from .compare import TIMEOUT_SLACK, conntrack_diffs, counter_diffs, step_diffs
from .lab import missing as why_not
from .lab import Lab, side_by_side

N, FINS, GAP, STEP = 262144, 100, 70.0, 0.00005
RULES = ("*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
         "-A PREROUTING -p tcp -m tcp --tcp-flags SYN,ACK SYN\nCOMMIT\n"
         "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
         "-A FORWARD -m conntrack --ctstate NEW\n-A FORWARD -m conntrack --ctstate ESTABLISHED\nCOMMIT\n")
INSERT = ["conntrack", "-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2",
          "-t", "100"]
FULL = re.compile(r"^nf_conntrack: nf_conntrack: table full in netns (\d+), dropping packet$")
DETERMINISTIC = ("found", "invalid", "insert", "insert_failed", "drop", "early_drop", "error",
                 "search_restart", "clash_resolve", "chaintoolong")


@pytest.fixture(scope="module")
def full_table(request):
    if not request.config.getoption("--full-table"):
        pytest.skip("slow (262144 connections, about 3 minutes): run with --full-table")
    why = why_not(True)
    if why:
        pytest.skip(why)
    t0 = 1_700_000_000.0
    phase_a = bulk.handshake_frames(N, t0, STEP)
    t = phase_a[-1][0]
    phase_a += [bulk.fin_frame(i, t + (i + 1) * STEP) for i in range(FINS)]
    phase_a.append(bulk.syn_frame(N, phase_a[-1][0] + STEP))
    phase_b = [bulk.syn_frame(N + 1, phase_a[-1][0] + GAP)]
    from .ours import OurCLI
    with tempfile.TemporaryDirectory(prefix="pyipt-full-") as tmp, OurCLI() as cli, Lab(listen=False) as lab:
        paths = []
        for name, frames in (("a", phase_a), ("b", phase_b)):
            paths.append(os.path.join(tmp, f"{name}.pcap"))
            with open(paths[-1], "wb") as f:
                f.write(bulk.pcap_bytes(frames))
        # our replay would slow the kernel's injection down and skew its timeouts: it runs
        # while the kernel waits for phase B
        kernel = _kernel_a(lab, phase_a)
        kernel, ours = side_by_side(lambda: _kernel_b(lab, kernel, phase_b),
                                    lambda: _ours(cli, os.path.join(tmp, "state"), paths, os.path.join(tmp, "log")))
        yield kernel, ours


def _kernel_a(lab, phase_a):
    lab.reset()
    lab.fw(["iptables-restore"], input=RULES)
    res = {"errors": lab.inject(phase_a)}
    res["t_syn"] = time.monotonic()
    res["insert"] = _answer(lab.fw(INSERT, check=False))
    time.sleep(0.2)
    res["a"] = {c: _answer(lab.fw(["conntrack", c], check=False)) for c in ("-C", "-S")}
    res["a"]["save"] = lab.fw(["iptables-save", "-c"]).stdout
    return res


def _kernel_b(lab, res, phase_b):
    inum = os.stat(f"/run/netns/{lab.ns['fw']}").st_ino
    time.sleep(max(0.0, res["t_syn"] + GAP - time.monotonic()))
    res["errors"] += lab.inject(phase_b)
    time.sleep(0.2)
    res["b"] = {c: _answer(lab.fw(["conntrack", c], check=False)) for c in ("-C", "-S")}
    res["b"]["save"] = lab.fw(["iptables-save", "-c"]).stdout
    t = time.monotonic()
    res["list"] = lab.fw(["conntrack", "-L"], check=False).stdout
    res["dump_seconds"] = time.monotonic() - t
    kmsg = subprocess.run(["dmesg", "-r"], capture_output=True, text=True).stdout.splitlines()
    res["log"] = [re.sub(r"^<\d+>\[[^]]*\] ", "", x) for x in kmsg if f" netns {inum}," in x]
    res["inum"] = inum
    return res


def _ours(cli, state, paths, logpath):
    from .ours import HOST

    def run(argv, input=None):
        rc, out, err = cli.run(argv, input, state)
        return rc, out.decode(), err.decode()
    for argv in HOST:
        run(argv)
    run(["iptables-restore"], RULES.encode())
    res = {"replay": [run(["iptables-replay", "-q", "--log", logpath, paths[0]])]}
    res["insert"] = run(INSERT)
    res["a"] = {c: run(["conntrack", c]) for c in ("-C", "-S")}
    res["a"]["save"] = run(["iptables-save", "-c"])[1]
    res["replay"].append(run(["iptables-replay", "-q", "--log", logpath, paths[1]]))
    res["b"] = {c: run(["conntrack", c]) for c in ("-C", "-S")}
    res["b"]["save"] = run(["iptables-save", "-c"])[1]
    res["list"] = run(["conntrack", "-L"])[1]
    with open(logpath) as f:
        res["log"] = f.read().splitlines()
    return res


def _answer(r):
    return r.returncode, r.stdout, r.stderr


def stats_sums(text):
    """conntrack -S: {field: sum over the CPU lines}, and the field order of each line."""
    sums, orders = {}, set()
    for line in text.splitlines():
        fields = [kv.split("=", 1) for kv in line.split("\t", 1)[-1].split()]
        orders.add(tuple(k for k, _ in fields))
        for k, v in fields:
            sums[k] = sums.get(k, 0) + int(v)
    return sums, orders


@pytest.mark.parametrize("phase", ["a", "b"])
def test_counters_count_and_stats(full_table, phase):
    kernel, ours = full_table
    assert not kernel["errors"] and all(r[0] == 0 for r in ours["replay"]), (kernel["errors"], ours["replay"])
    k, o = kernel[phase], ours[phase]
    assert counter_diffs(k["save"], o["save"], ["raw", "filter"])[0] == []
    assert step_diffs(k["-C"], o["-C"], "conntrack") == []
    assert k["-C"][1] == (f"{N}\n" if phase == "a" else f"{N - FINS + 1}\n")
    ks, ko = stats_sums(k["-S"][1])
    os_, oo = stats_sums(o["-S"][1])
    assert ko == oo
    assert {f: ks[f] for f in DETERMINISTIC} == {f: os_[f] for f in DETERMINISTIC}
    assert ks["drop"] == 1 and ks["early_drop"] == 0


def test_create_at_the_limit(full_table):
    kernel, ours = full_table
    assert kernel["insert"] == ours["insert"] == (
        1, "", "conntrack v1.4.7 (conntrack-tools): Operation failed: not enough memory\n")


def test_listing_after_the_gc(full_table):
    kernel, ours = full_table
    # each entry's timeout is read when the dump reaches it: 262144 entries take seconds
    diffs, n = conntrack_diffs(kernel["list"], ours["list"], TIMEOUT_SLACK + math.ceil(kernel["dump_seconds"]))
    assert n == N - FINS + 1 and diffs == []


def test_log_line(full_table):
    kernel, ours = full_table
    assert kernel["log"], "the kernel logged nothing for the lab's namespace"
    m = FULL.match(kernel["log"][0])
    assert m and int(m.group(1)) == kernel["inum"], kernel["log"]
    from pyiptables.conntrack.limit import NETNS_INUM
    assert ours["log"] == [kernel["log"][0].replace(f" {kernel['inum']},", f" {NETNS_INUM},")]
