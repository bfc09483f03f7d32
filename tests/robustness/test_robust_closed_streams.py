"""A standard stream the caller closed (`cmd >&-`, `<&-`, `2>&-`) or one that cannot be written
(`> /dev/full`): the C tools' reads and writes on it fail and are ignored (procps' sysctl reports
a write error at exit), and the command still does its work. Python makes a closed stream None and
raises on a failed write: every such write was a traceback, and a sysctl -w or an iptables-restore
lost its change. Compared with the real tools in a namespace of their own."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import robust_support as rs

REAL = {"iptables": "iptables-legacy", "save": "iptables-legacy-save", "restore": "iptables-legacy-restore",
        "conntrack": "conntrack", "ip": "ip", "sysctl": "sysctl"}
OURS = {"iptables": "pyiptables", "save": "pyiptables-save", "restore": "pyiptables-restore",
        "conntrack": "pyconntrack", "ip": "pyip", "sysctl": "pysysctl"}
RESTORE = "printf '*filter\\n-A INPUT -j ACCEPT\\nCOMMIT\\n'"
CASES = [
    "{iptables} -S >&-", "{iptables} -V >&-", "{iptables} -h >&-", "{iptables} -L <&- >&- 2>&-",
    "{iptables} -X nochain 2>&-", "{iptables} -A INPUT -j ACCEPT >&- 2>&-; {iptables} -S",
    "{save} >&-", "{save} -c -t filter >&-", "{restore} <&-", "{restore} -v <&- >&-",
    RESTORE + " | {restore} >&-; {iptables} -S", RESTORE + " | {restore} -v 2>&- >&-; {iptables} -S",
    "{conntrack} -L >&-", "{conntrack} -L 2>&-", "{conntrack} -S >&-", "{conntrack} -C >&-", "{conntrack} -h >&-",
    "{ip} link >&-", "{ip} -s link >&-", "{ip} addr show dev nope 2>&-",
    "{sysctl} -a >&-", "{sysctl} net.ipv4.ip_forward >&-", "{sysctl} nonexist.key >&-", "{sysctl} -h >&-",
    "{sysctl} -V >&-", "{sysctl} -p - <&-", "{sysctl} -n net.ipv4.ip_forward >&- 2>&-",
    "{sysctl} -w net.ipv4.ip_forward=1 >&-; echo $?; {sysctl} net.ipv4.ip_forward",
    "{sysctl} -q -w net.ipv4.ip_forward=1 >&-; echo $?; {sysctl} net.ipv4.ip_forward",
    # a full disk (a private /dev/full: character device 1,7)
    "{iptables} -S >{full}", "{iptables} -h >{full}", "{iptables} -X nochain 2>{full}", "{save} >{full}",
    RESTORE + " | {restore} -v >{full}; {iptables} -S", "{conntrack} -L >{full}", "{conntrack} -S >{full}",
    "{ip} link >{full}", "{ip} -s addr >{full}", "{sysctl} -a >{full}", "{sysctl} -V >{full}",
    "{sysctl} -w net.ipv4.ip_forward=1 >{full}; echo $?; {sysctl} net.ipv4.ip_forward",
]


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    """A private /dev/full (writes fail with ENOSPC), so no test touches the machine's /dev."""
    path = tmp_path_factory.mktemp("dev") / "full"
    try:
        os.mknod(path, 0o666 | 0o020000, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("mknod needs root")
    return str(path)


_ran: dict[str, tuple] = {}


def ours(case, tmp_path, full):
    """(status, stdout, stderr) of the case with our tools in a fresh namespace (run once)."""
    if case not in _ran:
        line = case.format(full=full, **{k: rs.script(v) for k, v in OURS.items()})
        p = subprocess.run(["sh", "-c", line], capture_output=True, env=rs.env_for(tmp_path / "state"), timeout=60)
        _ran[case] = (p.returncode, p.stdout, p.stderr)
    return _ran[case]


@pytest.mark.parametrize("case", CASES)
def test_no_traceback_and_the_work_is_done(case, tmp_path, full):
    rc, out, err = ours(case, tmp_path, full)
    assert not rs.TRACEBACK.search(err.decode("utf-8", "replace")), err.decode()
    assert b"internal error" not in err, err.decode()
    if "-A INPUT" in case:
        assert out.endswith(b"-A INPUT -j ACCEPT\n"), (out, err)
    if "-w net.ipv4.ip_forward=1" in case:
        assert out.endswith(b"net.ipv4.ip_forward = 1\n"), (out, err)


def test_like_the_real_tools(real_netns, tmp_path, full):
    problems = []
    for i, case in enumerate(CASES):
        real_netns.renew()
        real = real_netns.run(["sh", "-c", case.format(full=full, **REAL)])
        mine = ours(case, tmp_path / str(i), full)
        real = (real[0], real[1], real[2].replace(b"iptables-legacy", b"iptables"))
        if tuple(real) != mine:
            problems.append(f"{case}\n  real: {real!r}\n  ours: {mine!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("opts", [[], ["-q"], ["--json"]])
def test_replay_whose_output_fails_commits_nothing(opts, full, tmp_path):
    """pyiptables-replay (no real counterpart) fails on a stdout it cannot write, with one line,
    and leaves the namespace as it was."""
    import robust_strategies as S
    frames = [(1700000000 + i / 1000, S.eth(S.ipv4("10.0.1.2", "10.0.1.1", 17, bytes(8)))) for i in range(5)]
    cap = tmp_path / "c.pcap"
    cap.write_bytes(S.pcap_bytes(frames))
    state = rs.fresh_state(tmp_path)
    before = rs.store_bytes(state)
    with open(full, "wb") as out:
        p = subprocess.run([rs.script("pyiptables-replay"), "--in", "eth0", *opts, str(cap)], stdout=out,
                           stderr=subprocess.PIPE, env=rs.env_for(state), timeout=60)
    err = p.stderr.decode("utf-8", "replace")
    last = "pyiptables-replay: cannot write standard output: No space left on device\n"
    assert (p.returncode, err.endswith(last), rs.TRACEBACK.search(err)) == (1, True, None), err
    assert rs.store_bytes(state) == before


def test_replay_of_a_closed_stdin(tmp_path):
    p = subprocess.run(["sh", "-c", f"{rs.script('pyiptables-replay')} - <&-"], capture_output=True,
                       env=rs.env_for(tmp_path / "state"), timeout=60)
    assert (p.returncode, p.stderr) == (1, b"pyiptables-replay: <stdin>: empty file, not a pcap or pcapng capture\n")


def test_what_a_caller_wrote_first_comes_first(tmp_path):
    """main(argv) called by a Python program whose stdout (a pipe: buffered) already holds text."""
    code = ("import sys\nsys.stdout.write('before\\n')\nfrom pyiptables.cli import iptables\n"
            "try:\n    iptables.main(['iptables', '-V'])\nexcept SystemExit:\n    pass\n")
    env = rs.env_for(tmp_path / "state")
    env.pop("PYTHONUNBUFFERED", None)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=60)
    assert p.stdout == b"before\niptables v1.8.9 (legacy)\n", p.stderr
