"""A reader that goes away (`pyiptables -S | head -1`): the C tools die of SIGPIPE at their next
write (a shell reports 141) and print nothing; ours must too: no BrokenPipeError traceback, no
"Exception ignored" line, no status 0 after a write Python cut short, and nothing changed."""
from __future__ import annotations

import os
import signal
import subprocess

import pytest

import robust_support as rs

OURS = {"iptables": "pyiptables", "iptables-save": "pyiptables-save", "conntrack": "pyconntrack",
        "ip": "pyip", "sysctl": "pysysctl"}
# the command's stdout is a pipe whose reader is already gone; prints its status, passes its stderr
CLOSED_READER = ("import os, subprocess, sys\n"
                 "r, w = os.pipe(); os.close(r)\n"
                 "print(subprocess.run(sys.argv[1:], stdout=w).returncode)\n")
CASES = [("iptables", ["-S"]), ("iptables", ["-L", "-n", "-v"]), ("iptables", ["-V"]), ("iptables", ["-h"]),
         ("iptables-save", []), ("iptables-save", ["-c", "-t", "filter"]), ("conntrack", ["-L"]),
         ("conntrack", ["-S"]), ("conntrack", ["-C"]), ("conntrack", ["-h"]), ("sysctl", ["-a"]),
         ("sysctl", ["net.ipv4.ip_forward"]), ("ip", ["link"]), ("ip", ["-s", "link"]), ("ip", ["addr"])]
N_RULES = 3000


def ruleset(n=N_RULES) -> bytes:
    rules = "".join(f"-A INPUT -s 10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}/32 -m comment --comment r{i} -j ACCEPT\n"
                    for i in range(n))
    return f"*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n{rules}COMMIT\n".encode()


ENTRY = ["-I", "-p", "tcp", "-s", "10.0.1.2", "-d", "10.0.1.1", "--sport", "40000", "--dport", "22",
         "--state", "ESTABLISHED", "-t", "300"]


@pytest.fixture(scope="module")
def big_state(tmp_path_factory):
    """3000 rules (an -S of ~200 KB, more than a pipe holds) and one conntrack entry."""
    state = tmp_path_factory.mktemp("pipes") / "state"
    assert rs.run("pyiptables-restore", [], state, ruleset()).rc == 0
    assert rs.run("pyconntrack", ENTRY, state).rc == 0
    return state


def env_for(state) -> dict:
    """As a user runs them: stdout buffered as stdio buffers it (PYTHONUNBUFFERED would write each
    line at once: `conntrack -L` would die before its summary line, which the real one prints first)."""
    env = rs.env_for(state)
    env.pop("PYTHONUNBUFFERED", None)
    return env


def ours_closed_reader(prog, args, state):
    p = subprocess.run(["python3", "-c", CLOSED_READER, rs.script(OURS[prog]), *args], capture_output=True,
                       env=env_for(state), timeout=60)
    return int(p.stdout), p.stderr


@pytest.mark.parametrize("prog,args", CASES, ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_reader_gone_before_the_first_write(prog, args, big_state):
    before = rs.store_bytes(big_state)
    rc, err = ours_closed_reader(prog, args, big_state)
    # conntrack's stdout is flushed at exit, after its summary on stderr
    want = b"conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.\n" if args == ["-L"] else b""
    assert (rc, err) == (-signal.SIGPIPE, want), f"{OURS[prog]} {' '.join(args)} | (closed): exit {rc}\n{err.decode()}"
    assert rs.store_bytes(big_state) == before


@pytest.mark.parametrize("prog,args", [("iptables", ["-S"]), ("iptables", ["-L", "-n"]), ("iptables-save", [])])
def test_reader_gone_in_the_middle(prog, args, big_state):
    """`| head -c 1`: the reader leaves while a write larger than the pipe is under way; Python
    returns from the cut write without an error (and would exit 0): SIGPIPE must end it."""
    p = subprocess.Popen([rs.script(OURS[prog]), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env_for(big_state))
    assert p.stdout.read(1)
    p.stdout.close()
    err = p.stderr.read()
    assert (p.wait(60), err) == (-signal.SIGPIPE, b"")


def test_replay_reader_gone(big_state, tmp_path):
    """pyiptables-replay (no real counterpart) fails quietly and commits nothing."""
    import robust_strategies as S
    frames = [(1700000000 + i / 1000, S.eth(S.ipv4("10.0.1.2", "10.0.1.1", 17, bytes(8)))) for i in range(300)]
    cap = tmp_path / "c.pcap"
    cap.write_bytes(S.pcap_bytes(frames))
    state = rs.copy_state(big_state, tmp_path)
    before = rs.store_bytes(state)
    p = subprocess.run(["python3", "-c", CLOSED_READER, rs.script("pyiptables-replay"), str(cap)],
                       capture_output=True, env=rs.env_for(state), timeout=60)
    assert (int(p.stdout), p.stderr) == (1, b"")
    assert rs.store_bytes(state) == before


def test_like_the_real_tools(real_netns, big_state):
    """The same closed pipe under iptables-legacy, conntrack, sysctl and ip in a namespace holding
    the same rules and entry: the same status and stderr."""
    ns = real_netns
    ns.renew()
    assert ns.run(["iptables-restore"], ruleset())[0] == 0
    assert ns.run(["conntrack", *ENTRY])[0] == 0
    problems = []
    for prog, args in CASES:
        real = ns.run(["python3", "-c", CLOSED_READER, ns._step({"argv": [prog]})["executable"], *args])
        rc, err = ours_closed_reader(prog, args, big_state)
        if (int(real[1]), real[2]) != (rc, err):
            problems.append(f"{prog} {' '.join(args)}: real {real[1].strip()} {real[2]!r}, ours {rc} {err!r}")
    assert not problems, "\n".join(problems)
