"""pysysctl -p FILE with what a file may hold: bytes that are not UTF-8, NULs, CRLF, control
characters, binary data, a directory. procps reads getline() lines as C strings; compared with
the real sysctl in a namespace of its own."""
from __future__ import annotations

import pytest

import robust_support as rs

FILES = [
    b"net.ipv4.conf.\xff.rp_filter = 1\n", b"net.ipv4.ip_forward = \xff\n", b"\xff\xfe\n", b"# \xff\n",
    b"net.ipv4.ip_forward = 1\0\n", b"net.ipv4.ip_forward=1\0x\n", b"a\0b\nab\0\nx",
    b"net.ipv4.ip_forward = 1\r\n", b"net.ipv4.ip_forward = 1\x1c\n", b"net.ipv4.ip_forward = 1\x0bx\n",
    b"\x0c\nnet.ipv4.ip_forward=1\n;c\n#c\n", b"\x06\n", b"\x06\0x\n", b"\x06\x06\n", b"a", b"  \n\t\t\n",
    b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00\x00\x00\n\x00\x01\x02\n\x06\x00*\x00\n",
]


def ours(data: bytes, state, args=("-p", "-")):
    r = rs.run("pysysctl", list(args), state, data)
    r.check_clean(f"sysctl {' '.join(args)} <<< {data!r}")
    return r.rc, r.outb, r.errb


@pytest.mark.parametrize("data", FILES, ids=repr)
def test_no_traceback(data, tmp_path):
    """From stdin and from a file: the same result."""
    path = tmp_path / "f.conf"
    path.write_bytes(data)
    rc, out, err = ours(data, tmp_path / "a")
    named = err.replace(b"sysctl: -(", b"sysctl: " + bytes(path) + b"(")
    assert ours(b"", tmp_path / "b", ("-p", str(path))) == (rc, out, named)


def test_a_directory_is_an_empty_file(tmp_path):
    """fopen() of a directory works and its first getline() fails: no settings, no message."""
    assert ours(b"", tmp_path / "state", ("-p", str(tmp_path))) == (0, b"", b"")


def test_like_the_real_sysctl(real_netns, tmp_path):
    problems = []
    for i, data in enumerate(FILES):
        real_netns.renew()
        real = tuple(real_netns.run(["sysctl", "-p", "-"], data))
        mine = ours(data, tmp_path / str(i))
        if real != mine:
            problems.append(f"{data!r}\n  real: {real!r}\n  ours: {mine!r}")
    assert not problems, "\n".join(problems)


UNREADABLE = [("pyiptables-restore", "iptables-restore", []), ("pyiptables-restore", "iptables-restore", ["-t"]),
              ("pysysctl", "sysctl", ["-p"])]


@pytest.mark.parametrize("prog,real,opts", UNREADABLE)
def test_a_file_whose_read_fails(prog, real, opts, tmp_path, real_netns):
    """/proc/self/mem opens and its first read fails (EIO): the C tools' read loop ends there, as
    at the end of the file (iptables-restore and sysctl -p of a directory do the same)."""
    state = tmp_path / "state"
    mine = rs.run(prog, [*opts, "/proc/self/mem"], state)
    mine.check_clean(prog)
    real_netns.renew()
    assert tuple(real_netns.run([real, *opts, "/proc/self/mem"])) == (mine.rc, mine.outb, mine.errb)
