"""pyiptables-replay through its console script: the sample, then every option."""
from __future__ import annotations

import importlib.util
import json
import os
import pty
import select
import struct
import subprocess

import pytest

from pyiptables.pcap import iter_frames

import replay_support as rs
from kernel.capture import csum, read_pcap, write_pcap
from replay_support import CLIENT, FW0, FW_IN, LEFT, SERVER, eth, pcap, run, tcp, udp

HAS_RESTORE = importlib.util.find_spec("pyiptables.cli.restore") is not None


@pytest.fixture(scope="module")
def base_host(tmp_path_factory):
    state = tmp_path_factory.mktemp("host") / "state"
    rs.make_host(state)
    return state


@pytest.fixture
def state(base_host, tmp_path):
    return rs.clone(base_host, tmp_path / "state")


def stateful(state):
    rs.iptables(state, "-P INPUT DROP",
                "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
                "-A INPUT -p tcp --dport 22 -j ACCEPT",
                "-A INPUT -p icmp -j ACCEPT")


def write(tmp_path, frames, name="cap.pcap", **kw):
    p = tmp_path / name
    p.write_bytes(pcap(frames, **kw))
    return p


def lines(p):
    return p.stdout.decode().splitlines()


def frame_line(out: str, n: int) -> str:
    for line in out.splitlines():
        f = line.split()
        if f and f[0] == str(n):
            return line
    raise AssertionError(f"no line for frame {n} in\n{out}")


def ctstate(line: str) -> str:
    f = line.split()
    return next(f[i + 1] for i, x in enumerate(f) if x.startswith("len="))


# -- the sample -----------------------------------------------------------------------------------------
@pytest.mark.skipif(not HAS_RESTORE, reason="pyiptables-restore (pyiptables.cli.restore) is not there yet")
def test_sample_run_sh(tmp_path):
    state = tmp_path / "state"
    p = run(["sh", str(rs.SAMPLE / "run.sh")], state)
    out = p.stdout.decode()
    assert p.returncode == 0, p.stderr.decode()
    assert "Traceback" not in p.stderr.decode()
    assert " NEW " in frame_line(out, 10) and "dropped by filter/INPUT policy" in frame_line(out, 10)
    assert "NEW" in frame_line(out, 11) and "dropped" in frame_line(out, 11)
    assert "INVALID" in frame_line(out, 12) and "dropped by filter/INPUT rule 4" in frame_line(out, 12)
    for n in (8, 9):
        assert "UNTRACKED" in frame_line(out, n)
    assert "delivered by filter/INPUT rule 5" in frame_line(out, 1)
    assert "log: INVALID: IN=eth0 OUT= MAC=" in out              # --log - puts LOG lines under the packet
    assert "connection tracking: on (conntrack in filter/INPUT rule 2 needs it)" in out
    # the SYN to port 80 (frame 11) was never confirmed: only ssh and ping remain
    assert "2 flow entries have been shown" in p.stderr.decode()


# -- the per-packet view ---------------------------------------------------------------------------------------
def test_table_view(state, tmp_path):
    stateful(state)
    cap = write(tmp_path, rs.ssh_conversation() + [eth(udp(CLIENT, FW_IN, 5000, 53))])
    p = run(["pyiptables-replay", str(cap)], state)
    assert p.returncode == 0
    out = p.stdout.decode()
    assert lines(p)[0].split() == ["#", "time", "in", "packet", "ct", "verdict"]
    first = frame_line(out, 1)
    assert first.split()[:3] == ["1", "0.000000", "eth0"]
    assert "10.0.1.2:40000 > 10.0.1.1:22 tcp [S] len=40" in first
    assert "NEW" in first and "delivered by filter/INPUT rule 2" in first
    assert "0.010000" in frame_line(out, 2) and "sent -> eth0 by filter/OUTPUT policy" in frame_line(out, 2)
    assert "ESTABLISHED" in frame_line(out, 3) and "filter/INPUT rule 1" in frame_line(out, 3)
    assert "dropped by filter/INPUT policy" in frame_line(out, 6)
    assert "path: PREROUTING conntrack > INPUT filter" in out
    assert "packets walked: 6" in out and "  delivered: 3" in out and "  dropped: 1" in out
    assert "connection tracking: on (conntrack in filter/INPUT rule 1 needs it)" in out
    assert "rules never hit: 1\n  filter/INPUT rule 3" in out
    assert p.stderr == b""                               # no progress bar off a terminal


def test_conntrack_off_and_why(state, tmp_path):
    rs.iptables(state, "-A INPUT -p tcp -j ACCEPT")
    cap = write(tmp_path, rs.ssh_conversation()[:1])
    out = run(["pyiptables-replay", str(cap)], state).stdout.decode()
    assert "connection tracking: off (no rule needs it)" in out
    assert ctstate(frame_line(out, 1)) == "-"            # no ctstate without conntrack


def test_stack_reasons(state, tmp_path):
    """TTL exceeded on the way through, a martian, ip_forward off: the stack decides, not a rule."""
    cap = write(tmp_path, [eth(udp(CLIENT, SERVER, 5000, 53, ttl=1)),
                           eth(udp("127.0.0.1", FW_IN, 5000, 53))])
    out = run(["pyiptables-replay", str(cap)], state).stdout.decode()
    assert "dropped: TTL exceeded (ip_forward)" in frame_line(out, 1)
    assert "generated (not walked): ICMP time exceeded: 10.0.1.1 > 10.0.1.2 icmp type=11 code=0" in out
    assert "dropped: routing: martian" in frame_line(out, 2)
    run(["pysysctl", "-w", "net.ipv4.ip_forward=0"], state, check=True)
    out = run(["pyiptables-replay", str(write(tmp_path, [eth(udp(CLIENT, SERVER, 5000, 53))], "b.pcap"))],
              state).stdout.decode()
    assert "dropped: routing: unreachable (net.ipv4.conf.eth0.forwarding=0, ip_forward off)" in frame_line(out, 1)


def test_route_errors_answer_like_ip_error(state, tmp_path):
    """ip_error(), measured on the kernel (fw with routes unreachable 9.9.9.9, prohibit 7.7.7.7,
    blackhole 6.6.6.6 and no default route, UDP from the left): net unreachable, host unreachable,
    then nothing for that source (ip_error's and icmp_send's limits draw on one token bucket), and
    again nothing 1.2 s later; from fresh sources the prohibit route answers code 13 and the
    blackhole nothing, without using up the source's tokens."""
    run(["pyip", "route", "del", "default"], state, check=True)
    for kind, dst in (("unreachable", "9.9.9.9"), ("prohibit", "7.7.7.7"), ("blackhole", "6.6.6.6")):
        run(["pyip", "route", "add", kind, dst], state, check=True)
    src = "10.0.1.2"
    frames = [eth(udp(src, dst, 40000, 53)) for dst in ("8.8.8.8", "9.9.9.9", "7.7.7.7", "6.6.6.6")]
    frames += [eth(udp(src, "8.8.4.4", 40001, 53))] * 10
    cap = tmp_path / "a.pcap"
    cap.write_bytes(pcap(frames, step=0.005) + pcap([eth(udp(src, "8.8.4.4", 40002, 53))] * 4,
                                                    t0=1_700_000_001.3, step=0.001)[24:])
    out = run(["pyiptables-replay", "--json", str(cap)], state, check=True).stdout.decode()
    answers = [(json.loads(line)["frame"], g["packet"]) for line in out.splitlines()
               for g in json.loads(line).get("generated", ())]
    assert answers == [(1, "10.0.1.1 > 10.0.1.2 icmp type=3 code=0 len=64"),
                       (2, "10.0.1.1 > 10.0.1.2 icmp type=3 code=1 len=64")]
    frames = [eth(udp(s, dst, 40000, 53)) for s, dst in (("10.0.1.3", "7.7.7.7"), ("10.0.1.4", "6.6.6.6"),
                                                          ("10.0.1.4", "8.8.8.8"))]
    out = run(["pyiptables-replay", "--json", str(write(tmp_path, frames, "b.pcap", t0=1_700_000_100.0))],
              state, check=True).stdout.decode()
    answers = [(json.loads(line)["frame"], g["packet"]) for line in out.splitlines()
               for g in json.loads(line).get("generated", ())]
    assert answers == [(1, "10.0.1.1 > 10.0.1.3 icmp type=3 code=13 len=64"),
                       (3, "10.0.1.1 > 10.0.1.4 icmp type=3 code=0 len=64")]


def _no_df(frame: bytes) -> bytes:
    """The Ethernet frame's IPv4 packet without DF (header checksum redone)."""
    d = bytearray(frame)
    d[20:22], d[24:26] = b"\0\0", b"\0\0"
    d[24:26] = struct.pack("!H", csum(bytes(d[14:34])))
    return bytes(d)


def test_df_packet_over_the_output_mtu(state, tmp_path):
    """ip_forward() before the FORWARD hook, measured on the kernel (fw's eth1 at mtu 1400, UDP from
    the left to 10.0.2.2): a DF packet of 1450 bytes is counted in PREROUTING only and answered
    with 'need to frag (mtu 1400)' (576 bytes); without DF, or at 1400, it is forwarded."""
    run(["pyip", "link", "set", "eth1", "mtu", "1400"], state, check=True)
    rs.iptables(state, "-t mangle -A PREROUTING -p udp", "-A FORWARD -p udp", "-t mangle -A POSTROUTING -p udp")
    frames = [eth(udp("10.0.1.2", "10.0.2.2", 40000, 9, data=b"d" * 1422)),
              _no_df(eth(udp("10.0.1.2", "10.0.2.2", 40001, 9, data=b"n" * 1422))),
              eth(udp("10.0.1.2", "10.0.2.2", 40000, 9, data=b"e" * 1372))]
    out = run(["pyiptables-replay", "--json", str(write(tmp_path, frames))], state, check=True).stdout.decode()
    recs = [r for r in map(json.loads, out.splitlines()) if "frame" in r]
    assert [r["verdict"] for r in recs] == ["dropped", "forwarded", "forwarded"]
    assert recs[0]["reason"] == "fragmentation needed, DF set (ip_forward: mtu 1400)"
    (gen,) = recs[0]["generated"]
    assert gen["packet"] == "10.0.1.1 > 10.0.1.2 icmp type=3 code=4 len=576"
    save = run(["pyiptables-save", "-c"], state, check=True).stdout.decode()
    assert "[3:4300] -A PREROUTING -p udp" in save
    assert "[2:2850] -A FORWARD -p udp" in save and "[2:2850] -A POSTROUTING -p udp" in save


def test_redirects_back_out_of_the_input_device(state, tmp_path):
    """ip_rt_send_redirect(), measured on the kernel (send_redirects on; from 10.0.1.2, twelve
    datagrams 5 ms apart to 10.0.1.5, one to a network routed via 10.0.1.7, three to 10.0.1.6 a
    second later, one from 10.0.1.3): redirects for the 1st and the 10th (past 40 ms), for the first
    to 10.0.1.6 (past 80 ms), and for the other source's first; forwarded all the same."""
    run(["pysysctl", "-w", "net.ipv4.conf.all.send_redirects=1"], state, check=True)
    run(["pyip", "route", "add", "10.9.0.0/16", "via", "10.0.1.7"], state, check=True)
    rs.iptables(state, "-A FORWARD -p udp")
    frames = [(0.005 * i, eth(udp("10.0.1.2", "10.0.1.5", 40000, 53))) for i in range(12)]
    frames += [(0.06, eth(udp("10.0.1.2", "10.9.1.1", 40000, 53)))]
    frames += [(1.06 + 0.005 * i, eth(udp("10.0.1.2", "10.0.1.6", 40000, 53))) for i in range(3)]
    frames += [(1.08, eth(udp("10.0.1.3", "10.0.1.5", 40001, 53)))]
    out = run(["pyiptables-replay", "--json", str(write(tmp_path, frames))], state, check=True).stdout.decode()
    recs = [r for r in map(json.loads, out.splitlines()) if "frame" in r]
    assert all(r["verdict"] == "forwarded" for r in recs)
    assert [(r["frame"], g["packet"]) for r in recs for g in r.get("generated", ())] == [
        (1, "10.0.1.1 > 10.0.1.2 icmp type=5 code=1 len=64"), (10, "10.0.1.1 > 10.0.1.2 icmp type=5 code=1 len=64"),
        (14, "10.0.1.1 > 10.0.1.2 icmp type=5 code=1 len=64"), (17, "10.0.1.1 > 10.0.1.3 icmp type=5 code=1 len=64")]


def test_queues_without_listeners(state, tmp_path):
    """No userspace reads any queue: NFQUEUE and QUEUE drop, also from the nat chains, unless
    --queue-bypass, which goes on with the next hook function (nat PREROUTING, then routing)."""
    rs.iptables(state, "-t nat -A PREROUTING -p udp --dport 53 -j NFQUEUE --queue-num 3 --queue-bypass",
                "-t nat -A PREROUTING -p udp --dport 54 -j QUEUE",
                "-A FORWARD -p udp --dport 55 -j NFQUEUE --queue-num 4",
                "-A FORWARD -m conntrack --ctstate NEW")     # conntrack on: the nat chains are walked
    cap = write(tmp_path, [eth(udp(CLIENT, SERVER, 5000 + i, port)) for i, port in enumerate((53, 54, 55))])
    out = run(["pyiptables-replay", str(cap)], state).stdout.decode()
    assert "forwarded -> eth1 by filter/FORWARD policy" in frame_line(out, 1)
    assert "dropped by nat/PREROUTING rule 2" in frame_line(out, 2)
    assert "dropped by filter/FORWARD rule 1" in frame_line(out, 3)


def test_relative_time_and_json_absolute_time(state, tmp_path):
    cap = write(tmp_path, rs.ssh_conversation()[:2], t0=1_700_000_123.25, step=1.5)
    p = run(["pyiptables-replay", "--json", str(cap)], state)
    objs = [json.loads(x) for x in lines(p)]
    assert [o["time"] for o in objs[:2]] == [1_700_000_123.25, 1_700_000_124.75]
    assert [o["rel"] for o in objs[:2]] == [0.0, 1.5]
    out = run(["pyiptables-replay", str(cap)], state).stdout.decode()
    assert frame_line(out, 2).split()[1] == "1.500000"


def test_json_lines(state, tmp_path):
    stateful(state)
    cap = write(tmp_path, rs.ssh_conversation() + [eth(udp(CLIENT, FW_IN, 5000, 53)),
                                                   eth(b"\x00" * 28, ethertype=0x0806)])
    p = run(["pyiptables-replay", "--json", str(cap)], state)
    assert p.returncode == 0
    objs = [json.loads(x) for x in lines(p)]
    assert len(objs) == 8 and "summary" in objs[-1]
    one = objs[0]
    assert one["frame"] == 1 and one["in"] == "eth0" and one["ctstate"] == "NEW" and one["verdict"] == "delivered"
    assert one["by"] == {"table": "filter", "chain": "INPUT", "rule": 2}
    # the SYN's new entry is confirmed as it leaves INPUT; the later segments find it confirmed
    assert one["path"] == ["PREROUTING:conntrack", "INPUT:filter", "INPUT:confirm"]
    assert objs[2]["path"] == ["PREROUTING:conntrack", "INPUT:filter"]
    # dropped by the policy: its entry never reaches the table
    assert objs[5]["by"] == {"table": "filter", "chain": "INPUT", "rule": "policy"}
    assert objs[5]["path"] == ["PREROUTING:conntrack", "INPUT:filter"]
    assert objs[6]["verdict"] == "skipped" and objs[6]["reason"] == "not IPv4 (ARP)"
    s = objs[-1]["summary"]
    assert s["packets"] == 6 and s["verdicts"] == {"delivered": 3, "sent": 2, "dropped": 1}
    assert s["not_ipv4"] == 1 and s["unplaced"] == 0 and s["conntrack"] is True
    assert s["never_hit"] == ["filter/INPUT rule 3"]


def test_quiet(state, tmp_path):
    cap = write(tmp_path, rs.ssh_conversation())
    p = run(["pyiptables-replay", "-q", str(cap)], state)
    out = p.stdout.decode()
    assert out.startswith("captures: ") and "#" not in out.split("\n")[0]
    assert "packets walked: 5" in out and "path:" not in out
    p = run(["pyiptables-replay", "-q", "--json", str(cap)], state)
    assert [list(json.loads(x)) for x in lines(p)] == [["summary"]]


def test_unplaced_frames(state, tmp_path):
    other = bytes.fromhex("020000000999")
    cap = write(tmp_path, [eth(udp("10.9.9.1", "10.9.9.2", 1, 2), src=other, dst=other)])
    out = run(["pyiptables-replay", str(cap)], state).stdout.decode()
    assert "unplaced" in frame_line(out, 1)
    assert "unplaced frames (no interface of this host sent or received them): 1" in out


def test_multicast_frame_from_a_station_heard_before(state, tmp_path):
    # a multicast frame from a source off every subnet enters where its sender's unicast frames came in
    mcast = bytes.fromhex("01005e000005")
    frames = [eth(udp("192.168.1.12", "224.0.0.5", 1, 2), dst=mcast),
              eth(udp("192.168.1.12", SERVER, 1, 2)),
              eth(udp("192.168.1.12", "224.0.0.5", 1, 2), dst=mcast)]
    out = run(["pyiptables-replay", str(write(tmp_path, frames))], state).stdout.decode()
    assert "unplaced" in frame_line(out, 1)
    assert "unplaced" not in frame_line(out, 3) and "eth0" in frame_line(out, 3)


# -- --trace and the TRACE target ---------------------------------------------------------------------------
def test_trace(state, tmp_path):
    rs.iptables(state, "-N ssh", "-A INPUT -p tcp -j ssh", "-A ssh -p tcp --dport 80 -j DROP",
                "-A INPUT -j ACCEPT")
    cap = write(tmp_path, rs.ssh_conversation()[:1])
    out = run(["pyiptables-replay", "--trace", str(cap)], state).stdout.decode()
    trace = [x.strip() for x in out.splitlines() if x.strip().startswith("TRACE:")]
    # the user chain's end is `return`, an unconditional -j ACCEPT in a builtin chain is `policy`
    assert trace == ["TRACE: filter:INPUT:rule:1", "TRACE: filter:ssh:return:2", "TRACE: filter:INPUT:policy:2"]
    p = run(["pyiptables-replay", "--trace", "--json", str(cap)], state)
    assert json.loads(lines(p)[0])["trace"] == trace


def test_trace_target_logs_kernel_lines(state, tmp_path):
    rs.iptables(state, "-t raw -A PREROUTING -p tcp -j TRACE", "-A INPUT -p tcp --dport 22 -j ACCEPT")
    cap = write(tmp_path, rs.ssh_conversation()[:1] + [eth(udp(CLIENT, FW_IN, 5000, 53))])
    log = tmp_path / "kern.log"
    p = run(["pyiptables-replay", "--log", str(log), str(cap)], state)
    assert p.returncode == 0 and p.stderr == b""
    got = log.read_text().splitlines()
    mac = "02:00:00:00:01:01:02:00:00:00:01:02:08:00"
    tail = (f"IN=eth0 OUT= MAC={mac} SRC=10.0.1.2 DST=10.0.1.1 LEN=40 TOS=0x00 PREC=0x00 TTL=64 ID=1 DF "
            "PROTO=TCP SPT=40000 DPT=22 SEQ=100 ACK=0 WINDOW=64240 RES=0x00 SYN URGP=0 ")
    # the TRACE rule itself is not logged (nf_trace was still clear when ipt_do_table looked)
    assert got == ["TRACE: raw:PREROUTING:policy:2 " + tail, "TRACE: filter:INPUT:rule:1 " + tail]


# -- --events, --log ------------------------------------------------------------------------------------------
def test_events_inline(state, tmp_path):
    stateful(state)
    cap = write(tmp_path, rs.ssh_conversation()[:2])
    out = run(["pyiptables-replay", "--events", str(cap)], state).stdout.decode()
    ev = [x.strip() for x in out.splitlines() if x.strip().startswith("event:")]
    assert ev[0].startswith("event:    [NEW] tcp      6 120 SYN_SENT src=10.0.1.2 dst=10.0.1.1 sport=40000 dport=22")
    assert ev[1].startswith("event: [UPDATE] tcp      6 60 SYN_RECV")
    assert "event:" not in run(["pyiptables-replay", str(cap)], state).stdout.decode()


def test_log_destinations(state, tmp_path):
    rs.iptables(state, ["-A", "INPUT", "-j", "LOG", "--log-prefix", "IN: "])
    cap = write(tmp_path, rs.ssh_conversation()[:1])
    p = run(["pyiptables-replay", str(cap)], state)
    assert p.stderr.decode().startswith("IN: IN=eth0 OUT= MAC=") and "IN: " not in p.stdout.decode()
    p = run(["pyiptables-replay", "--log", "-", str(cap)], state)
    assert p.stderr == b"" and "log: IN: IN=eth0" in p.stdout.decode()
    p = run(["pyiptables-replay", "--log", "-", "--json", str(cap)], state)
    assert json.loads(lines(p)[0])["log"][0].startswith("IN: IN=eth0 OUT=")


# -- captures written --------------------------------------------------------------------------------------------
def test_accepted_and_dropped_captures(state, tmp_path):
    stateful(state)
    frames = rs.ssh_conversation() + [eth(udp(CLIENT, FW_IN, 5000, 53)), eth(udp(CLIENT, FW_IN, 5001, 53))]
    cap = write(tmp_path, frames)
    acc, drp = tmp_path / "acc.pcap", tmp_path / "drp.pcap"
    p = run(["pyiptables-replay", "-q", "--accepted", str(acc), "--dropped", str(drp), str(cap)], state)
    assert p.returncode == 0
    got_acc = [(f.no, f.l2dst + f.l2src + b"\x08\x00" + f.ip) for f in iter_frames(str(acc))]
    got_drp = [f.l2dst + f.l2src + b"\x08\x00" + f.ip for f in iter_frames(str(drp))]
    assert [b for _, b in got_acc] == frames[:5]
    assert got_drp == frames[5:]
    assert [f.ts for f in iter_frames(str(drp))] == pytest.approx([1_700_000_000.05, 1_700_000_000.06])


def test_accepted_capture_holds_packets_as_they_left(state, tmp_path):
    """A forwarded packet as fw sends it on: source NATed, TTL down by one, checksums fixed; the
    link-layer header stays the captured one. A delivered packet as it was delivered (DNATed)."""
    rs.iptables(state, "-t nat -A POSTROUTING -o eth1 -p udp -j SNAT --to-source 10.0.2.1:4000",
                "-t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.1.1:5353")
    fwd, local = eth(udp(CLIENT, SERVER, 5000, 7)), eth(udp(CLIENT, "10.9.9.9", 5001, 53))
    cap = write(tmp_path, [fwd, local])
    acc = tmp_path / "acc.pcap"
    assert run(["pyiptables-replay", "-q", "--accepted", str(acc), str(cap)], state).returncode == 0
    got = list(iter_frames(str(acc)))
    want = udp("10.0.2.1", SERVER, 4000, 7, ttl=63)
    assert [(f.l2src, f.l2dst, f.ip) for f in got] == [(LEFT, FW0, want), (LEFT, FW0, udp(CLIENT, FW_IN, 5001, 5353))]


def test_write_generated(state, tmp_path):
    rs.iptables(state, "-A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset",
                "-A INPUT -p udp -j REJECT")
    cap = write(tmp_path, [eth(tcp(CLIENT, FW_IN, 40000, 23, "S", seq=77)), eth(udp(CLIENT, FW_IN, 5000, 53)),
                           eth(udp(CLIENT, SERVER, 5000, 53, ttl=1))])
    gen = tmp_path / "gen.pcap"
    p = run(["pyiptables-replay", "--write-generated", str(gen), str(cap)], state)
    out = p.stdout.decode()
    assert "generated (not walked): TCP RST: 10.0.1.1:23 > 10.0.1.2:40000 tcp [RA] len=40" in out
    assert "replies the stack would send by itself (not walked): 3 (ICMP port unreachable: 1, " \
           "ICMP time exceeded: 1, TCP RST: 1)" in out
    got = list(iter_frames(str(gen)))
    assert len(got) == 3
    rst = got[0]
    assert rst.l2src == FW0 and rst.l2dst == LEFT and rst.ethertype == 0x0800
    assert rst.ip[9] == 6 and rst.ip[33] == 0x14                  # TCP RST+ACK
    assert got[1].ip[20] == 3 and got[2].ip[20:22] == b"\x0b\x00"   # port unreachable, time exceeded
    assert got[2].ip[28:28 + 20][8] == 1                            # quoting the packet with TTL 1


def test_unwritable_output_is_reported(state, tmp_path):
    cap = write(tmp_path, rs.ssh_conversation()[:1])
    p = run(["pyiptables-replay", "--accepted", str(tmp_path / "no" / "such" / "dir.pcap"), str(cap)], state)
    assert p.returncode == 1 and b"Traceback" not in p.stderr
    assert b"cannot write" in p.stderr and b"No such file or directory" in p.stderr


# -- where frames enter, several captures, stdin ------------------------------------------------------------------
def test_force_input_interface(state, tmp_path):
    frames = [eth(udp(SERVER, CLIENT, 53, 5000), src=b"\x02" * 6, dst=b"\x04" * 6)]
    cap = write(tmp_path, frames)
    out = run(["pyiptables-replay", "--in", "eth1", str(cap)], state).stdout.decode()
    assert frame_line(out, 1).split()[2] == "eth1" and "forwarded -> eth0" in out
    p = run(["pyiptables-replay", "--in", "nope0", str(cap)], state)
    assert p.returncode == 2 and p.stderr.decode() == "pyiptables-replay: --in nope0: no such device\n"


def test_several_captures_continue_each_other(state, tmp_path):
    stateful(state)
    conv = rs.ssh_conversation()
    a = write(tmp_path, conv[:2], "a.pcap")
    b = write(tmp_path, conv[2:], "b.pcap", t0=1_700_000_002.0)
    out = run(["pyiptables-replay", str(a), str(b)], state).stdout.decode()
    first, second = out.split(f"== {b}\n")
    assert first.startswith(f"== {a}\n")
    # the second capture's first frame belongs to the connection the first one opened
    line = frame_line(second, 1)
    assert "ESTABLISHED" in line and line.split()[1] == "2.000000"
    assert "captures: " + f"{a}, {b} (5 frames, 2.020000 s)" in out


def fragments(packet: bytes, at: int) -> list:
    """An IPv4 packet (20-byte header) as two fragments, cut `at` bytes (a multiple of 8) into its payload."""
    head, body = packet[:20], packet[20:]
    out = []
    for off, part, more in ((0, body[:at], 0x2000), (at, body[at:], 0)):
        h = bytearray(head)
        h[2:4], h[6:8], h[10:12] = struct.pack("!H", 20 + len(part)), struct.pack("!H", more | off // 8), b"\0\0"
        h[10:12] = struct.pack("!H", csum(bytes(h)))
        out.append(bytes(h) + part)
    return out


def test_fragment_queues_outlive_a_replay(state, tmp_path):
    stateful(state)                     # conntrack on: nf_defrag_ipv4 gathers fragments at PREROUTING
    first, last = fragments(udp(CLIENT, FW_IN, 5000, 53, data=b"d" * 40), 16)
    for n, (t0, fate) in enumerate(((1_700_000_001.0, "dropped by filter/INPUT policy"),
                                    # ipfrag_time (30 s) after its first fragment the queue is gone
                                    (1_700_000_032.0, "stolen"))):
        a = write(tmp_path, [eth(first)], f"a{n}.pcap")
        b = write(tmp_path, [eth(last)], f"b{n}.pcap", t0=t0)
        assert "stolen" in frame_line(run(["pyiptables-replay", str(a)], state, check=True).stdout.decode(), 1)
        assert fate in frame_line(run(["pyiptables-replay", str(b)], state, check=True).stdout.decode(), 1)
    save = run(["pyiptables-save", "-c"], state, check=True).stdout.decode()
    assert ":INPUT DROP [1:68]" in save     # the one whole datagram, counted once


def test_expectations_outlive_a_replay(state, tmp_path):
    """A SIP registration's expectation made in one replay is removed by the un-registration in a
    later one; its DESTROY event names the master (bound to the loaded expectation first)."""
    scn = rs.ROOT / "tests" / "scenarios" / "sip-register"
    run(["pyiptables-restore"], state, input=(scn / "rules.v4").read_bytes(), check=True)
    frames = read_pcap(scn / "capture.pcap")
    for n, piece in enumerate((frames[:2], frames[2:4], frames[4:])):
        write_pcap(tmp_path / f"{n}.pcap", piece)
        out = run(["pyiptables-replay", "--events", str(tmp_path / f"{n}.pcap")], state, check=True).stdout.decode()
    assert "event:[DESTROY] 599 proto=17 src=10.0.2.2 dst=10.0.1.2 sport=0 dport=5062 " in out
    assert "4 expectations have been shown." in run(["pyconntrack", "-L", "expect"], state).stderr.decode()


def test_stdin(state, tmp_path):
    stateful(state)
    data = pcap(rs.ssh_conversation())
    p = run(["pyiptables-replay", "-q", "-"], state, input=data)
    assert p.returncode == 0 and "captures: <stdin> (5 frames" in p.stdout.decode()
    p = run(["pyiptables-replay", "-", "-"], state, input=data)
    assert p.returncode == 2 and b"only once" in p.stderr


# -- hostile text stays inert -----------------------------------------------------------------------------------
HOSTILE = "\x1b[2J\x1b]0;pwn\x07[bold red]x[/] :skull:"


def hostile_rules(state):
    rs.iptables(state, ["-A", "INPUT", "-m", "comment", "--comment", HOSTILE, "-j", "LOG",
                        "--log-prefix", "\x1b[31m[red]p "],
                ["-A", "INPUT", "-m", "comment", "--comment", HOSTILE, "-j", "DROP"])


def test_hostile_text_plain(state, tmp_path):
    hostile_rules(state)
    cap = write(tmp_path, rs.ssh_conversation()[:1])
    p = run(["pyiptables-replay", "--log", "-", str(cap)], state)
    out = p.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out
    assert "dropped by filter/INPUT rule 2 /* \\x1b[2J\\x1b]0;pwn\\x07[bold red]x[/] :skull: */" in out
    assert "log: \\x1b[31m[red]p IN=eth0" in out
    p = run(["pyiptables-replay", str(cap)], state)
    assert p.stderr.decode().startswith("\\x1b[31m[red]p IN=eth0") and "\x1b" not in p.stderr.decode()
    p = run(["pyiptables-replay", "--json", str(cap)], state)
    assert "\x1b" not in p.stdout.decode()
    assert json.loads(lines(p)[0])["by"]["comment"] == HOSTILE


def test_non_ascii_and_non_utf8_text_under_an_ascii_locale(state, tmp_path):
    comment = "ünï ".encode() + b"\xff"
    rs.iptables(state, [b"-A", b"INPUT", b"-j", b"LOG", b"--log-prefix", b"\xfe "],
                [b"-A", b"INPUT", b"-m", b"comment", b"--comment", comment, b"-j", b"DROP"])
    cap = write(tmp_path, rs.ssh_conversation()[:1])
    import os
    env = dict(os.environ, PYTHONIOENCODING="ascii", LC_ALL="C")
    for argv in (["--log", "-"], ["--json"], []):
        p = run(["pyiptables-replay", *argv, str(cap)], state, env=env)
        assert p.returncode == 0 and b"Traceback" not in p.stderr, p.stderr
    p = run(["pyiptables-replay", "--log", "-", str(cap)], state, env=env)
    out = p.stdout.decode()
    assert "log: \\xfe IN=eth0" in out and "/* ünï \\xff */" in out


def run_in_pty(argv, state, timeout=60):
    """Run with stdout and stderr on a pseudo-terminal (rich's view); returns (status, output)."""
    master, slave = pty.openpty()
    env = dict(os.environ, PYIPTABLES_STATE=str(state), COLUMNS="250", TERM="xterm")
    proc = subprocess.Popen(argv, env=env, stdout=slave, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    out = b""
    while True:
        r, _, _ = select.select([master], [], [], timeout)
        if not r:
            proc.kill()
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return proc.wait(), out


def test_hostile_text_on_a_terminal(state, tmp_path):
    hostile_rules(state)
    cap = write(tmp_path, rs.ssh_conversation()[:1])
    status, out = run_in_pty(["pyiptables-replay", "--log", "-", str(cap)], state)
    assert status == 0
    text = out.decode(errors="replace")
    # rich may colour (its own CSI ... m sequences), but none of the hostile bytes get through raw
    assert "\x1b[2J" not in text and "\x1b]0;" not in text and "\x07" not in text and "\x1b[31m[red]" not in text
    assert "\\x1b[2J\\x1b]0;pwn\\x07[bold red]x[/] :skull:" in text
    assert "\\x1b[31m[red]p IN=eth0" in text and "💀" not in text


@pytest.mark.parametrize("terminal", [True, False])
def test_stalled_input_shows_what_was_replayed(state, terminal):
    """Reading a pipe that stalls: the lines of the frames already read are out (rich's batch on a
    terminal, the buffered table off it) before the replay waits for more."""
    stateful(state)
    frames = pcap(rs.ssh_conversation())
    env = dict(os.environ, PYIPTABLES_STATE=str(state), COLUMNS="250", TERM="xterm")
    env.pop("PYTHONUNBUFFERED", None)           # stdout buffered, as users run it
    if terminal:
        master, slave = pty.openpty()
    else:
        master, slave = os.pipe()
    proc = subprocess.Popen(["pyiptables-replay", "-"], env=env, stdin=subprocess.PIPE, stdout=slave,
                            stderr=subprocess.DEVNULL)
    os.close(slave)
    try:
        proc.stdin.write(frames)
        proc.stdin.flush()                      # the capture so far; the pipe stays open
        out = b""
        while out.count(b"path:") < len(rs.ssh_conversation()):
            r, _, _ = select.select([master], [], [], 30)
            assert r, f"nothing more after 30 s of stalled input: {out!r}"
            out += os.read(master, 65536)
        assert b"summary" not in out.lower()
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
        os.close(master)
    assert proc.returncode == 0


def test_own_broadcast_needs_so_broadcast(state, tmp_path):
    """The host's own frame to a broadcast route: refused (EACCES, as the oracle's raw socket without
    SO_BROADCAST refuses it) unless --so-broadcast; a unicast one is sent either way."""
    rs.iptables(state, "-A OUTPUT")
    frames = [eth(udp(FW_IN, "10.0.1.255", 5000, 137), src=FW0, dst=LEFT),
              eth(udp(FW_IN, CLIENT, 5001, 137), src=FW0, dst=LEFT)]
    cap = write(tmp_path, frames)
    out = run(["pyiptables-replay", "--json", str(cap)], state).stdout.decode().splitlines()
    verdicts = [json.loads(line).get("verdict") for line in out[:2]]
    assert verdicts == ["dropped", "sent"]
    assert "SO_BROADCAST" in json.loads(out[0])["reason"]
    out = run(["pyiptables-replay", "--so-broadcast", "--json", str(cap)], state).stdout.decode().splitlines()
    assert [json.loads(line).get("verdict") for line in out[:2]] == ["sent", "sent"]      # and looped back
