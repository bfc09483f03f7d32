"""Captures pyiptables-replay cannot read: a clear message naming the file (and frame), a non-zero
exit, no traceback, and the store exactly as before (a replay is one transaction)."""
from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import replay_support as rs
from replay_support import CLIENT, FW_IN, eth, pcap, run, udp


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The sample host with a stateful ruleset, after one replay (counters and entries not zero)."""
    state = tmp_path_factory.mktemp("robust") / "state"
    rs.make_host(state)
    rs.iptables(state, "-P INPUT DROP", "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
                "-A INPUT -p tcp --dport 22 -j ACCEPT", ["-A", "INPUT", "-j", "LOG", "--log-prefix", "D: "])
    cap = state.parent / "warm.pcap"
    cap.write_bytes(pcap(rs.ssh_conversation(sport=41000)))
    run(["pyiptables-replay", "-q", str(cap)], state, check=True)
    return state


@pytest.fixture
def state(base, tmp_path):
    return rs.clone(base, tmp_path / "state")


GOOD = pcap(rs.ssh_conversation() + [eth(udp(CLIENT, FW_IN, 5000, 53))])


def refused(state, argv, input=None):
    """Run a replay that must fail; returns stderr after checking status, traceback and store."""
    before = rs.snapshot(state)
    p = run(["pyiptables-replay", *argv], state, input=input)
    err = p.stderr.decode(errors="replace")
    assert p.returncode != 0, p.stdout.decode()
    assert "Traceback" not in err
    assert rs.snapshot(state) == before
    return p.returncode, err


def test_good_replay_changes_the_store(state, tmp_path):
    """The counterpart of every test below: the same replay on a readable capture commits."""
    cap = tmp_path / "good.pcap"
    cap.write_bytes(GOOD)
    before = rs.snapshot(state)
    run(["pyiptables-replay", "-q", str(cap)], state, check=True)
    after = rs.snapshot(state)
    assert after[0] != before[0] and after[1] != before[1]


@pytest.mark.parametrize("name,data,expect", [
    ("truncated-record.pcap", GOOD[:-7], "frame 6: truncated record (need 50 bytes, have 43)"),
    ("truncated-header.pcap", GOOD[:24 + 2 * (16 + 54) + 9],
     "frame 3: truncated record header (need 16 bytes, have 9)"),
    ("short-file-header.pcap", GOOD[:20], "truncated pcap file header (need 24 bytes, have 20)"),
    ("empty.pcap", b"", "empty file, not a pcap or pcapng capture"),
    ("text.pcap", b"hello, this is not a capture\n", "not a pcap or pcapng file"),
    ("linktype.pcap", GOOD[:20] + struct.pack("<I", 147) + GOOD[24:], "unsupported link type 147"),
    ("huge-caplen.pcap", GOOD[:24] + struct.pack("<IIII", 0, 0, 1 << 30, 60) + GOOD[40:],
     "frame 1: corrupt record: captured length 1073741824 exceeds the maximum 262144"),
])
def test_unreadable_capture(state, tmp_path, name, data, expect):
    cap = tmp_path / name
    cap.write_bytes(data)
    status, err = refused(state, [str(cap)])
    assert status == 1
    assert err == f"pyiptables-replay: {cap}: {expect}\n"


def test_error_after_frames_were_walked_rolls_back(state, tmp_path):
    """Frames 1-5 of the capture were walked (and printed) before frame 6 turned out truncated."""
    cap = tmp_path / "late.pcap"
    cap.write_bytes(GOOD[:-7])
    for extra in ([], ["--events", "--trace"], ["--json"]):
        status, err = refused(state, extra + [str(cap)])
        assert "frame 6: truncated record" in err


def test_second_capture_unreadable(state, tmp_path):
    good, bad = tmp_path / "good.pcap", tmp_path / "bad.pcap"
    good.write_bytes(GOOD)
    bad.write_bytes(GOOD[:24] + b"\x00" * 5)
    acc = tmp_path / "acc.pcap"
    status, err = refused(state, ["--accepted", str(acc), str(good), str(bad)])
    # LOG lines of the first capture were printed as they came; the last line says what failed
    assert err.endswith(f"\npyiptables-replay: {bad}: frame 1: truncated record header (need 16 bytes, have 5)\n")
    assert not acc.exists()                  # outputs of a rolled-back replay are removed


def test_missing_capture(state, tmp_path):
    missing = tmp_path / "nope.pcap"
    status, err = refused(state, [str(missing)])
    assert err == f"pyiptables-replay: cannot read capture {missing}: No such file or directory\n"
    good = tmp_path / "good.pcap"
    good.write_bytes(GOOD)
    status, err = refused(state, [str(good), str(missing)])     # checked before anything is walked
    assert "cannot read capture" in err


def test_directory_as_capture(state, tmp_path):
    status, err = refused(state, [str(tmp_path)])
    assert err == f"pyiptables-replay: cannot read capture {tmp_path}: Is a directory\n"


def test_corrupt_stdin(state):
    status, err = refused(state, ["-"], input=GOOD[:-3])
    assert err.endswith("pyiptables-replay: <stdin>: frame 6: truncated record (need 50 bytes, have 47)\n")


def test_malformed_ip_header_is_a_drop_not_an_error(state, tmp_path):
    """A readable capture holding a bad IPv4 header: ip_rcv drops it, the replay goes on."""
    bad_ip = bytearray(udp(CLIENT, FW_IN, 1, 2))
    bad_ip[0] = 0x43                                            # IHL 3
    cap = tmp_path / "m.pcap"
    cap.write_bytes(pcap([eth(bytes(bad_ip))] + rs.ssh_conversation()[:1]))
    p = run(["pyiptables-replay", str(cap)], state)
    assert p.returncode == 0
    out = p.stdout.decode()
    assert "dropped: ip_rcv: malformed IPv4 header: bad IPv4 header length" in out
    assert "malformed IPv4 headers (dropped by ip_rcv): 1" in out


# -- fuzzing: whatever the bytes, a clear answer and an intact store -----------------------------------------
def _mutations():
    flip = st.tuples(st.integers(0, len(GOOD) - 1), st.integers(1, 255))
    return st.one_of(
        st.integers(0, len(GOOD) - 1).map(lambda n: ("cut", n)),
        st.lists(flip, min_size=1, max_size=8).map(lambda f: ("flip", f)),
        st.binary(max_size=200).map(lambda b: ("raw", b)),
        st.tuples(st.integers(24, len(GOOD)), st.binary(min_size=1, max_size=64)).map(lambda t: ("insert", t)),
    )


def _apply(m) -> bytes:
    kind, arg = m
    if kind == "cut":
        return GOOD[:arg]
    if kind == "flip":
        b = bytearray(GOOD)
        for i, x in arg:
            b[i] ^= x
        return bytes(b)
    if kind == "raw":
        return arg
    at, data = arg
    return GOOD[:at] + data + GOOD[at:]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(m=_mutations())
def test_fuzzed_captures(base, tmp_path_factory, m):
    state = rs.clone(base, tmp_path_factory.mktemp("fuzz") / "state")
    cap = state.parent / "f.pcap"
    cap.write_bytes(_apply(m))
    before = rs.store_files(state)
    p = run(["pyiptables-replay", "--trace", "--events", "--log", str(state.parent / "log"), str(cap)], state)
    err = p.stderr.decode(errors="replace")
    assert "Traceback" not in err
    assert p.returncode in (0, 1), err
    if p.returncode:
        assert err.startswith(f"pyiptables-replay: {cap}: ") and err.count("\n") == 1, err
        assert rs.store_files(state) == before
    else:
        assert "packets walked:" in p.stdout.decode()


def test_internal_error_is_one_line_and_commits_nothing(state, tmp_path):
    """A bug in the walk (injected here at the second frame) is reported with where it happened."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "from pyiptables.walk import stack\n"
        "orig = stack.Stack.receive\n"
        "def receive(self, pkt, indev, **kw):\n"
        "    if pkt.frame == 2:\n"
        "        raise RuntimeError('boom')\n"
        "    return orig(self, pkt, indev, **kw)\n"
        "stack.Stack.receive = receive\n")
    cap = tmp_path / "c.pcap"
    cap.write_bytes(pcap([eth(udp(CLIENT, FW_IN, 5000, 53))] * 3))
    before = rs.snapshot(state)
    import os
    p = run(["pyiptables-replay", "--log", str(tmp_path / "log"), str(cap)], state,
            env=dict(os.environ, PYIPTABLES_STATE=str(state), PYTHONPATH=f"{site}{os.pathsep}{rs.ROOT}"))
    assert p.returncode == 70
    assert p.stderr.decode() == (f"pyiptables-replay: internal error while replaying {cap} at frame 2: "
                                 "RuntimeError: boom (please report it)\n")
    assert rs.snapshot(state) == before
