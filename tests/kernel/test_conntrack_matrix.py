"""pyconntrack against conntrack 1.4.7, option by option, on the same entries (ctmatrix.py lists them).

The scenario runs through the kernel lab (its frames sent at their relative times from a wall
clock t0) and through our replay (the same frames stamped from that t0), twice: plain, and with
nf_conntrack_acct and nf_conntrack_timestamp on. Then, on both sides: the `conntrack -E`
listeners of ctmatrix.EVENTS followed the traffic; every command of ctmatrix.TABLE reads the
table; ctmatrix.MUTATIONS change it step by step while the listeners of ctmatrix.MUTATION_EVENTS
follow. Both sides run with one more listener in fw from the first step to the last (its output
unread): with nf_conntrack_events=2 an entry reports events only if something listened when it was
made, and the kernel asks that of the whole machine, not of fw (ctlisten.py): a listener of another
namespace (a session lab's, another test run's) would give TABLE's `-A` entry a [DESTROY] on the
kernel's side only. Listeners start once the kernel has them subscribed and stop once they have
read everything it queued for them. Exit status, stdout and stderr must be equal byte for byte
except:
- values that are times: a timeout, delta-time, [start=...]/[stop=...], an event's [timestamp] or
  <when>, xml's <deltatime> and <start>, `-o save`'s -t: within 3 s of ours, once up to the
  seconds between the last frame and the kernel's command are allowed for (the kernel's clock runs
  while its commands do; ours stays at the capture's last frame);
- entry ids (`-o id`, `<id>`): the kernel's is a hash of the entry's address; only their presence;
- the order of a dump's lines (`-L`, `-D`, `-U`, `-F`'s events): the kernel's hash order, which
  depends on a random seed; `-E` lines are compared in order, but a mutation's events as a
  multiset (one command walks its entries in hash order);
- `[USERSPACE] portid=N progname=P` after an event a command caused: the port id is the moment's,
  and the kernel's tool names the program only while the requester still holds its socket;
- `conntrack -S`: per field, the sum over the CPU lines (which CPU counted is the kernel's affair).
"""
from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import tempfile
import time

import pytest

from . import ctlisten, ctmatrix
from .capture import write_pcap
from .compare import TIMEOUT_SLACK
from .lab import missing as why_not
from .lab import Lab

SETTLE = 0.3


# -- running ----------------------------------------------------------------------------------------
def _kernel(lab, scn, tmp, m=ctmatrix):
    guard = _kernel_listen(lab.ns["fw"], [("guard", ["-E"])], os.path.join(tmp, "kguard"))
    try:
        return _kernel_steps(lab, scn, tmp, m)
    finally:
        _kernel_stop(guard)


def _kernel_steps(lab, scn, tmp, m=ctmatrix):
    fw = lab.ns["fw"]
    lab.reset()
    lab.set_sysctls(scn.sysctl)
    lab.fw(["iptables-restore"], input=scn.rules)
    procs = _kernel_listen(fw, m.EVENTS, os.path.join(tmp, "kev"))
    t0 = time.time()
    errors = lab.inject(scn.frames)
    t_last = t0 + scn.frames[-1][0] - scn.frames[0][0]
    time.sleep(SETTLE)
    events = _kernel_stop(procs)
    table = _batch(fw, [a for _, a in m.TABLE], os.path.join(tmp, "kt"))
    procs = _kernel_listen(fw, m.MUTATION_EVENTS, os.path.join(tmp, "kmev"))
    mutations = _batch(fw, [a for _, a in m.MUTATIONS], os.path.join(tmp, "km"))
    time.sleep(SETTLE)
    return {"t0": t0, "t_last": t_last, "errors": errors, "events": events, "table": table, "mutations": mutations,
            "mutation_events": _kernel_stop(procs)}


def _kernel_listen(fw, listeners, base):
    procs = []
    for i, (_, argv) in enumerate(listeners):
        paths = [f"{base}{i}.out", f"{base}{i}.err"]
        out, err = (open(x, "wb") for x in paths)
        procs.append((subprocess.Popen(["ip", "netns", "exec", fw, "conntrack", *argv], stdout=out, stderr=err,
                                       env={"PATH": os.environ["PATH"], "LC_ALL": "C"}), out, err, paths))
    ctlisten.wait_subscribed([p.pid for p, *_ in procs])
    return procs


def _kernel_stop(procs):
    ctlisten.wait_drained([p.pid for p, *_ in procs])
    res = []
    for p, out, err, paths in procs:
        p.send_signal(signal.SIGINT)
        try:
            rc = p.wait(5)
        except subprocess.TimeoutExpired:
            p.kill()
            rc = p.wait()
        out.close()
        err.close()
        res.append((rc, _read(paths[0]), _read(paths[1])))
    return res


def _batch(fw, argvs, d):
    """The commands one after the other in one shell inside fw: (rc, stdout, stderr) each."""
    os.makedirs(d)
    script = "".join(f"date +%s.%N >{d}/{i}.t; conntrack {shlex.join(a)} >{d}/{i}.out 2>{d}/{i}.err; "
                     f"echo $? >{d}/{i}.rc\n" for i, a in enumerate(argvs))
    subprocess.run(["ip", "netns", "exec", fw, "sh", "-s"], input=script.encode(), check=True,
                   env={"PATH": os.environ["PATH"], "LC_ALL": "C"}, timeout=120)
    return [(int(_read(f"{d}/{i}.rc")), _read(f"{d}/{i}.out"), _read(f"{d}/{i}.err"), float(_read(f"{d}/{i}.t")))
            for i in range(len(argvs))]


def _read(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "replace")


def _ours(cli, scn, t0, tmp, m=ctmatrix):
    state = os.path.join(tmp, "state")
    guard = _ours_listen(cli, state, [("guard", ["-E"])], os.path.join(tmp, "oguard"))
    try:
        return _ours_steps(cli, scn, t0, state, m)
    finally:
        _ours_stop(cli, guard)


def _ours_steps(cli, scn, t0, state, m=ctmatrix):
    from .ours import HOST
    tmp = os.path.dirname(state)

    def run(argv, input=None):
        rc, out, err = cli.run(argv, input, state)
        return rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    for argv in HOST:
        run(argv)
    for k, v in scn.sysctl.items():
        run(["sysctl", "-w", f"{k}={v}"])
    run(["iptables-restore"], scn.rules.encode())
    pids = _ours_listen(cli, state, m.EVENTS, os.path.join(tmp, "oev"))
    first = scn.frames[0][0]
    pcap = os.path.join(tmp, "capture.pcap")
    write_pcap(pcap, [(t0 + ts - first, data) for ts, data in scn.frames])
    replay = run(["iptables-replay", "-q", pcap])
    events = _ours_stop(cli, pids)
    table = [run(["conntrack", *a]) for _, a in m.TABLE]
    pids = _ours_listen(cli, state, m.MUTATION_EVENTS, os.path.join(tmp, "omev"))
    mutations = [run(["conntrack", *a]) for _, a in m.MUTATIONS]
    return {"replay": replay, "events": events, "table": table, "mutations": mutations,
            "mutation_events": _ours_stop(cli, pids)}


def _ours_listen(cli, state, listeners, base):
    from pyiptables.store import Store
    where = Store(state).events_path
    where = where.parent / (where.name + ".listeners")
    pids = [(cli.spawn(["conntrack", *argv], state, f"{base}{i}.out", f"{base}{i}.err"), base, i)
            for i, (_, argv) in enumerate(listeners)]
    # a listener that refused its options has exited (a zombie until _ours_stop reaps it) and will
    # never register: waiting for it ran the whole deadline, twice per matrix
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not all((where / str(pid)).exists() or cli.cpu(pid) is None
                                                   for pid, _, _ in pids):
        time.sleep(0.02)
    return pids


def _ours_stop(cli, pids):
    from .ours import _settle
    for pid, _, _ in pids:
        _settle(cli, pid)
    res = []
    for pid, base, i in pids:
        cli.signal(pid, signal.SIGINT)
        rc = cli.wait(pid, 10)
        res.append((rc, _read(f"{base}{i}.out"), _read(f"{base}{i}.err")))
    return res


@pytest.fixture(scope="module", params=["plain", "acct"])
def matrix(request, cli_runner):
    why = why_not(True)
    if why:
        pytest.skip(why)
    scn = ctmatrix.scenario(sysctl=ctmatrix.ACCT if request.param == "acct" else None)
    with tempfile.TemporaryDirectory(prefix="pyipt-ctm-") as tmp:
        with Lab(listen=False) as lab:          # a fresh namespace: `conntrack -S` starts at zero
            kernel = _kernel(lab, scn, tmp)
        ours = _ours(cli_runner, scn, kernel["t0"], tmp)
    assert not kernel["errors"], kernel["errors"]
    assert ours["replay"][0] == 0, ours["replay"]
    return kernel, ours


# -- comparing --------------------------------------------------------------------------------------
TIMES = [   # (pattern, -1: counts down, +1: counts up while the kernel's commands run)
    (re.compile(r"^(\s*(?:\[\d+\.\d+\]\t)?(?:\s*\[[A-Z]+\]\s+)?(?:ipv4\s+2 )?\S+\s+\d+ )(\d+)(?= )"), -1),
    (re.compile(r"^(\s*(?:\[\d+\.\d+\]\t)?(?:\s*\[[A-Z]+\]\s+)?)(\d+)(?= proto=)"), -1),
    (re.compile(r"(<timeout>)(\d+)(?=</timeout>)"), -1),
    (re.compile(r"(delta-time=)(\d+)"), 1),
    (re.compile(r"(^-[ADU] -t )(\d+)"), -1),
    (re.compile(r"(<deltatime>)(\d+)"), 1),
]
NSEC = re.compile(r"(<(?:start|stop)>)(\d+)(?=</)")
DATE = re.compile(r"(\[(?:start|stop)=)([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4})(?=\])")
STAMP = re.compile(r"^\[(\d+\.\d+)\]")
IDS = re.compile(r"(\bid=|<id>)(\d+)")
USERSPACE = re.compile(r" \[USERSPACE\] portid=\d+(?: progname=\S+)?$")
WHEN = re.compile(r"<when><hour>(\d+)</hour><min>(\d+)</min><sec>(\d+)</sec><wday>\d+</wday><day>(\d+)</day>"
                  r"<month>(\d+)</month><year>(\d+)</year></when>")


def _mask(line):
    """(line with time values and ids replaced, [time values])."""
    vals = []

    for rx, sign in TIMES:
        line = rx.sub(lambda m, sign=sign: vals.append((sign, int(m.group(2)))) or m.group(1) + "T", line)

    def date(m):
        vals.append((0, time.mktime(time.strptime(m.group(2), "%a %b %d %H:%M:%S %Y"))))
        return m.group(1) + "DATE"
    line = DATE.sub(date, line)

    def stamp(m):
        vals.append((0, float(m.group(1))))
        return "[STAMP]"
    line = STAMP.sub(stamp, line)

    def when(m):
        h, mi, sec, day, mon, year = (int(x) for x in m.groups())
        vals.append((0, time.mktime((year, mon, day, h, mi, sec, 0, 0, -1))))
        return "<when>WHEN</when>"
    line = WHEN.sub(when, line)
    line = NSEC.sub(lambda m: vals.append((0, int(m.group(2)) / 1e9)) or m.group(1) + "NS", line)
    line = USERSPACE.sub(" [USERSPACE] portid=N progname=P", line)
    return IDS.sub(r"\1ID", line), vals


def _close(kv, ov, elapsed):
    """A kernel time value and ours agree: within the slack, once up to `elapsed` seconds (those the
    kernel's clock ran between the last frame and its command) are allowed for; ours stays put."""
    (sign, a), (_, b) = kv, ov
    lo, hi = (b - elapsed, b) if sign < 0 else (b, b + elapsed) if sign > 0 else (b, b)
    return lo - TIMEOUT_SLACK <= a <= hi + TIMEOUT_SLACK


def output_diffs(real, ours, ordered, elapsed=0.0):
    """Differences between (rc, stdout, stderr) answers, by the rules of the module docstring."""
    out = []
    if real[0] != ours[0]:
        out.append(f"exit status: kernel {real[0]}, ours {ours[0]}")
    for i, name in ((1, "stdout"), (2, "stderr")):
        k, o = [_mask(x) for x in real[i].splitlines()], [_mask(x) for x in ours[i].splitlines()]
        if not ordered and i == 1:
            k, o = sorted(k), sorted(o)
        if [x[0] for x in k] != [x[0] for x in o] or real[i].endswith("\n") != ours[i].endswith("\n"):
            out.append(f"{name} differs:\n" + _show([x[0] for x in k], [x[0] for x in o], ordered or i == 2))
            continue
        for (text, kv), (_, ov) in zip(k, o):
            if not all(_close(a, b, elapsed) for a, b in zip(kv, ov)):
                out.append(f"{name}: times {[v for _, v in ov]} where the kernel has {[v for _, v in kv]} "
                           f"({elapsed:.1f} s after the last frame): {text}")
    return out


def _show(k, o, ordered):
    """The lines only one side has (a dump's order aside), or a diff of ordered output; both masked."""
    import difflib
    from collections import Counter
    if ordered:
        return "\n".join(difflib.unified_diff(k, o, "kernel", "ours", lineterm="", n=1))
    ck, co = Counter(k), Counter(o)
    rows = [f"  kernel only: {x}" for x in (ck - co).elements()] + [f"  ours only:   {x}" for x in (co - ck).elements()]
    if not rows:
        rows = ["  (the same lines; a final newline differs)"]
    return "\n".join(rows)


def stats_diffs(real, ours):
    def parse(text):
        rows = [[kv.split("=", 1) for kv in line.split("\t", 1)[-1].split()] for line in text.splitlines()]
        sums = {}
        for row in rows:
            for k, v in row:
                sums[k] = sums.get(k, 0) + int(v)
        return [line.split("\t", 1)[0] for line in text.splitlines()], [[k for k, _ in r] for r in rows], sums
    if real[0] != ours[0] or real[2] != ours[2]:
        return [f"kernel {real[0]} {real[2]!r}, ours {ours[0]} {ours[2]!r}"]
    k, o = parse(real[1]), parse(ours[1])
    return [] if k == o else [f"conntrack -S: kernel {k}, ours {o}\nkernel:\n{real[1]}ours:\n{ours[1]}"]


def _check(real, ours, argv, t_last=None):
    elapsed = real[3] - t_last if len(real) > 3 and t_last else 0.0
    if argv[:1] in (["-S"], ["--stats"]):
        d = stats_diffs(real, ours)
    else:
        d = output_diffs(real, ours, ordered=argv[:1] in (["-E"], ["-h"], ["--help"]), elapsed=elapsed)
    if d:
        pytest.fail(f"conntrack {shlex.join(argv)}\n" + "\n".join(d), pytrace=False)


@pytest.mark.parametrize("i", range(len(ctmatrix.TABLE)), ids=[x[0] for x in ctmatrix.TABLE])
def test_table(matrix, i):
    kernel, ours = matrix
    _check(kernel["table"][i], ours["table"][i], ctmatrix.TABLE[i][1], kernel["t_last"])


@pytest.mark.parametrize("i", range(len(ctmatrix.EVENTS)), ids=[x[0] for x in ctmatrix.EVENTS])
def test_events(matrix, i):
    kernel, ours = matrix
    _check(kernel["events"][i], ours["events"][i], ctmatrix.EVENTS[i][1])


@pytest.mark.parametrize("i", range(len(ctmatrix.MUTATIONS)), ids=[x[0] for x in ctmatrix.MUTATIONS])
def test_mutations(matrix, i):
    kernel, ours = matrix
    _check(kernel["mutations"][i], ours["mutations"][i], ctmatrix.MUTATIONS[i][1], kernel["t_last"])


@pytest.mark.parametrize("i", range(len(ctmatrix.MUTATION_EVENTS)), ids=[x[0] for x in ctmatrix.MUTATION_EVENTS])
def test_mutation_events(matrix, i):
    """Listeners while the mutations run: the same events, as a multiset (a command over several
    entries walks them in hash order), `[USERSPACE] portid progname` masked (whose port id, and
    whether the tool still holds its socket when the listener looks, are the moment's)."""
    kernel, ours = matrix
    elapsed = kernel["mutations"][-1][3] - kernel["t_last"]
    d = output_diffs(kernel["mutation_events"][i], ours["mutation_events"][i], ordered=False, elapsed=elapsed)
    if d:
        pytest.fail(f"conntrack {shlex.join(ctmatrix.MUTATION_EVENTS[i][1])}\n" + "\n".join(d), pytrace=False)
