"""nf_conntrack_events=2 against the kernel: an entry reports events (its [DESTROY] to a listener
that starts later) only if some socket was subscribed to a ctnetlink group when it was made.

Each case: maybe a first listener (`conntrack -E ARGS`) while `conntrack -A` makes an entry, or one
that has already exited; then, that one gone, a `conntrack -E` follows `conntrack -D` of the entry.
The kernel's side runs in a namespace of ours (A); ours in a fresh state. What the kernel measured
(6.18): any subscriber counts, even one that would never be sent the entry's events (`-E expect`,
`-E -e NEW`), and so does one in ANOTHER namespace (B): the flag is the machine's
(nf_ctnetlink_has_listener), which is why tests/kernel/test_conntrack_matrix.py keeps a listener
running on both sides. A subscriber is forgotten as soon as its process has exited. Our store is
one namespace of a machine that has no other: its own listeners are all there is, so a first
listener "in B" is one in the store on our side.

Where the kernel should see no subscriber at all, a subscriber elsewhere on the machine (another
test's lab, another run) would turn the flag on: those cases are skipped when /proc shows one
around the `-A`.
"""
from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time

import pytest

from . import ctlisten
from .lab import forget, missing, new_prefix, sh

TUP = ["-p", "tcp", "-s", "10.0.1.2", "-d", "10.0.2.2", "--sport", "1", "--dport", "2"]
ADD = ["-A", *TUP, "--state", "NONE", "-t", "1000"]
ENV = {"PATH": os.environ["PATH"], "LC_ALL": "C"}

# (id, where the first listener runs: None, "A" or "B", its arguments, exited before the -A, the
#  kernel's answer: a [DESTROY] reaches the later listener)
CASES = [
    ("nobody", None, [], False, False),
    ("listener here", "A", [], False, True),
    ("expect listener here", "A", ["expect"], False, True),
    ("NEW-only listener here", "A", ["-e", "NEW"], False, True),
    ("listener elsewhere", "B", [], False, True),
    ("expect listener elsewhere", "B", ["expect"], False, True),
    ("listener here, exited", "A", [], True, False),
    ("listener elsewhere, exited", "B", [], True, False),
]


@pytest.fixture(scope="module")
def netns():
    why = missing(False)
    if why:
        pytest.skip(why)
    prefix = new_prefix()
    names = {"A": f"{prefix}-a", "B": f"{prefix}-b"}
    try:
        for n in names.values():
            sh(["ip", "netns", "add", n])
        yield names
    finally:
        forget(prefix)


# -- the kernel -------------------------------------------------------------------------------------
class _Listener:
    def __init__(self, ns, args, out):
        self.out = out
        with open(out, "wb") as f:
            self.p = subprocess.Popen(["ip", "netns", "exec", ns, "conntrack", "-E", *args], stdout=f,
                                      stderr=subprocess.DEVNULL, env=ENV)
        assert ctlisten.wait_subscribed([self.p.pid]), "conntrack -E never subscribed"

    def stop(self):
        ctlisten.wait_drained([self.p.pid])
        self.p.send_signal(signal.SIGINT)
        self.p.wait(10)
        with open(self.out) as f:
            return f.read()


def _ns_ids(netns):
    ids = []
    for n in netns.values():
        st = os.stat(f"/run/netns/{n}")
        ids.append(f"net:[{st.st_ino}]")
    return ids


def _kernel(netns, where, args, exited, tmp):
    """(the later listener's output, subscribers of other namespaces seen around the -A)."""
    a = netns["A"]
    sh(["conntrack", "-F"], ns=a, check=False)
    first = _Listener(netns[where], args, os.path.join(tmp, "k1")) if where else None
    if first and exited:
        first.stop()
        first = None
    mine = _ns_ids(netns)
    others = ctlisten.machine_subscribers(mine)
    sh(["conntrack", *ADD], ns=a, env=ENV)
    others += ctlisten.machine_subscribers(mine)
    if first:
        first.stop()
    later = _Listener(a, [], os.path.join(tmp, "k2"))
    sh(["conntrack", "-D", *TUP], ns=a, env=ENV)
    return later.stop(), others


# -- ours -------------------------------------------------------------------------------------------
def _ours(cli, where, args, exited, tmp):
    state = os.path.join(tmp, "state")

    def listen(argv, name):
        from pyiptables.store import Store
        out = os.path.join(tmp, name)
        pid = cli.spawn(["conntrack", "-E", *argv], state, out, os.devnull)
        mark = os.path.join(str(Store(state).events_path) + ".listeners", str(pid))
        deadline = time.monotonic() + 20
        while not os.path.exists(mark):
            assert time.monotonic() < deadline, "pyconntrack -E never listened"
            time.sleep(0.02)
        return pid, out

    def stop(pid_out):
        pid, out = pid_out
        time.sleep(0.2)                         # it polls the events file every 20 ms
        cli.signal(pid, signal.SIGINT)
        assert cli.wait(pid, 10) is not None
        with open(out) as f:
            return f.read()
    first = listen(args, "o1") if where else None
    if first and exited:
        stop(first)
        first = None
    assert cli.run(["conntrack", *ADD], None, state)[0] == 0
    if first:
        stop(first)
    later = listen([], "o2")
    assert cli.run(["conntrack", "-D", *TUP], None, state)[0] == 0
    return stop(later)


def _kinds(out):
    return [line.split()[0] for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_destroy_of_an_entry_made_while_someone_listened(netns, cli_runner, case):
    _, where, args, exited, reported = case
    with tempfile.TemporaryDirectory(prefix="pyipt-ecl-") as tmp:
        kernel, others = _kernel(netns, where, args, exited, tmp)
        ours = _ours(cli_runner, where, args, exited, tmp)
    if others and not reported:
        pytest.skip(f"a conntrack listener of another namespace on this machine turned the kernel's "
                    f"flag on: {sorted(set(others))}")
    assert _kinds(kernel) == (["[DESTROY]"] if reported else [])
    assert _kinds(ours) == _kinds(kernel), f"kernel:\n{kernel}ours:\n{ours}"
