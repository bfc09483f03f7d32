"""pyconntrack as a user runs it: texts and exit codes measured on conntrack 1.4.7. One-shot
commands fork from the session's warm server (tests/kernel/ours.py); the listener is a new process."""
import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest

from kernel import ours

PROG = "conntrack v1.4.7 (conntrack-tools)"
HINT = "Try `conntrack -h' or 'conntrack --help' for more information.\n"


def run(env, *args):
    rc, out, err = ours.shared().run(["pyconntrack", *args], None, env["PYIPTABLES_STATE"])
    return rc, out.decode(), err.decode()


@pytest.fixture
def env(tmp_path):
    e = dict(os.environ)
    e["PYIPTABLES_STATE"] = str(tmp_path / "state")
    return e


@pytest.mark.parametrize("args,err", [
    (["-L", "foo"], "unknown type `foo'"),
    (["-X"], "unknown option `-X'"),
    (["-L", "-p", "foo"], "`foo' unsupported protocol"),
    (["-L", "-p"], "option `-p' requires an argument"),
    (["-L", "--state", "ESTABLISHED"], "unknown option `--state'"),
    (["-L", "-p", "tcp", "--state", "FOO"], "unknown TCP state `FOO'"),
    (["-L", "-L"], "Invalid commands combination"),
    (["-L", "-b", "10"], "Illegal option `--buffer-size' with this command"),
    (["-L", "-t", "5"], "Illegal option `--timeout' with this command"),
    (["-L", "-o", "foo"], "Bad parameter `foo'"),
    (["-L", "-s", "300.1.1.1"], "Invalid IP address `300.1.1.1'"),
    (["-G", "-p", "tcp", "-s", "1.1.1.1"], "you have to specify `--src' and `--dst'"),
    (["-I", "-p", "tcp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--state", "ESTABLISHED", "-t", "5"],
     "you have to specify `--sport' and `--dport'"),
])
def test_parameter_errors(env, args, err):
    assert run(env, *args) == (2, "", f"{PROG}: {err}\n{HINT}")


def test_create_list_get_delete(env):
    assert run(env, "-L") == (0, "", f"{PROG}: 0 flow entries have been shown.\n")
    rc, out, err = run(env, "-I", "-p", "tcp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2",
                       "--state", "ESTABLISHED", "-t", "100", "-u", "ASSURED,SEEN_REPLY", "-m", "7")
    assert (rc, out, err) == (0, "", f"{PROG}: 1 flow entries have been created.\n")
    run(env, "-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "5", "--dport", "6", "-t", "50")
    rc, out, err = run(env, "-L", "-o", "extended")
    assert out.splitlines() == [
        "ipv4     2 tcp      6 100 ESTABLISHED src=1.1.1.1 dst=2.2.2.2 sport=1 dport=2 src=2.2.2.2 dst=1.1.1.1 "
        "sport=2 dport=1 [ASSURED] mark=7 use=1",
        "ipv4     2 udp      17 50 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 [UNREPLIED] src=2.2.2.2 dst=1.1.1.1 "
        "sport=6 dport=5 mark=0 use=1"]
    assert err == f"{PROG}: 2 flow entries have been shown.\n"
    assert run(env, "-C") == (0, "2\n", "")
    rc, out, _ = run(env, "-G", "-p", "tcp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2")
    assert rc == 0 and out.endswith("mark=7 use=2\n")
    assert run(env, "-L", "-m", "7/0xf")[1].count("\n") == 1
    rc, out, err = run(env, "-D", "-p", "udp")
    assert rc == 0 and out.startswith("udp      17 50 ") and err == f"{PROG}: 1 flow entries have been deleted.\n"
    assert run(env, "-D", "-p", "udp") == (1, "", f"{PROG}: 0 flow entries have been deleted.\n")
    assert run(env, "-I", "-p", "tcp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2",
               "--state", "ESTABLISHED", "-t", "100")[0] == 1
    assert run(env, "-F") == (0, "", f"{PROG}: connection tracking table has been emptied.\n")
    assert run(env, "-C") == (0, "0\n", "")


@contextlib.contextmanager
def listening(env, *args):
    """`pyconntrack -E ARGS` subscribed (its listener file exists) while the block runs, then
    stopped with SIGINT half a second later; yields a list that then holds (returncode, out, err)."""
    from pyiptables.store import Store
    p = subprocess.Popen([sys.executable, "-m", "pyiptables.cli.conntrack", "-E", *args], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    res = []
    try:
        lst = str(Store(env["PYIPTABLES_STATE"]).events_path) + ".listeners"
        deadline = time.time() + 20
        while not os.path.isdir(lst) or not os.listdir(lst):
            assert time.time() < deadline
            time.sleep(0.05)
        yield res
        time.sleep(0.5)
    finally:
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=20)
        res.extend((p.returncode, out, err))


def test_events_follow_and_summary(env):
    from pyiptables.conntrack import EventLog, Tracker
    from pyiptables.store import Store
    with listening(env, "-o", "timestamp") as res:
        st = Store(env["PYIPTABLES_STATE"])
        from .test_tracker import handshake
        with st.transaction() as s:
            tr = s.get("conntrack", Tracker)
            tr.sink = EventLog(s.events_path)
            handshake(tr, t=1700000000.0)
            tr.sink.close()
            s.put("conntrack", tr)
    rc, out, err = res
    assert rc == 0
    lines = out.splitlines()
    assert len(lines) == 3 and lines[0].startswith("[1700000000.000000]\t    [NEW] tcp      6 120 SYN_SENT ")
    assert err == f"{PROG}: 3 flow events have been shown.\n"


def test_events_of_a_command_name_it(env):
    """A change made through ctnetlink (conntrack -I/-U/-D) reaches listeners with the requester's
    netlink port id and program, as `[USERSPACE] portid=N progname=P` (measured on 1.4.7)."""
    with listening(env) as res:
        rc = run(env, "-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2",
                 "-t", "50")[0]
        assert rc == 0
    _, out, err = res
    line, = out.splitlines()
    assert line.startswith("    [NEW] udp      17 50 src=1.1.1.1 dst=2.2.2.2 sport=1 dport=2 [UNREPLIED] ")
    assert " mark=0 [USERSPACE] portid=" in line and " progname=" in line
    assert err == f"{PROG}: 1 flow events have been shown.\n"


def test_an_entry_made_while_nobody_listened_never_reports(env):
    """nf_conntrack_events=2: conntrack -I with no listener, then -D while one listens: the
    listener sees the second entry's DESTROY only (tests/kernel/test_ecache_listener.py)."""
    ins = ["-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--dport", "2", "-t", "50", "--sport"]
    assert run(env, *ins, "1")[0] == 0
    with listening(env) as res:
        assert run(env, *ins, "3")[0] == 0
        assert run(env, "-D", "-p", "udp")[0] == 0
    _, out, err = res
    kinds = [(ln.split()[0], " sport=3 " in ln) for ln in out.splitlines()]
    assert kinds == [("[NEW]", True), ("[DESTROY]", True)]


ADD = ["-A", "-p", "tcp", "-s", "10.0.1.2", "-d", "10.0.2.2", "--sport", "1", "--dport", "2", "--state", "NONE",
       "-t", "1000"]


@pytest.mark.parametrize("args", [["expect"], ["-e", "NEW"], ["-e", "DESTROY"]])
def test_any_listener_when_an_entry_is_made_lets_it_report(env, args):
    """The kernel allocates the event extension when any socket is subscribed to any ctnetlink
    group, whatever it asked for (tests/kernel/test_ecache_listener.py)."""
    with listening(env, *args):
        assert run(env, *ADD)[0] == 0
    with listening(env) as res:
        assert run(env, "-D", "-p", "tcp")[0] == 0
    _, out, err = res
    assert [ln.split()[:2] for ln in out.splitlines()] == [["[DESTROY]", "tcp"]]
    assert err == f"{PROG}: 1 flow events have been shown.\n"


def test_a_listener_that_has_exited_counts_no_more(env):
    with listening(env):
        pass
    assert run(env, *ADD)[0] == 0
    with listening(env) as res:
        assert run(env, "-D", "-p", "tcp")[0] == 0
    assert res[1:] == ["", f"{PROG}: 0 flow events have been shown.\n"]


def test_sysctl_counts_the_entries(env):
    """net.netfilter.nf_conntrack_count is the namespace's number of entries, not a setting."""
    def sysctl(*args):
        r = subprocess.run([sys.executable, "-c", "from pyiptables.cli.sysctl import main; main()", *args], env=env,
                           capture_output=True, text=True, timeout=60)
        return r.returncode, r.stdout, r.stderr
    assert sysctl("-n", "net.netfilter.nf_conntrack_count") == (0, "0\n", "")
    for sp in ("1", "3"):
        assert run(env, "-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--dport", "2", "-t", "50",
                   "--sport", sp)[0] == 0
    assert sysctl("net.netfilter.nf_conntrack_count") == (0, "net.netfilter.nf_conntrack_count = 2\n", "")
    assert "net.netfilter.nf_conntrack_count = 2\n" in sysctl("-a")[1]
