"""A full table (conntrack/limit.py) with a small nf_conntrack_max set at library level: the limit,
early_drop, the dropped packet, the GC's eviction, the log line and its rate limit, `conntrack -S`
and `conntrack -I`. tests/kernel/test_full_table.py measures the same against the kernel with the
real 262144 (opt-in: --full-table)."""
import os
import pickle
import subprocess
import sys

from pyiptables.conntrack import NF_DROP, Tracker
from pyiptables.conntrack import limit
from pyiptables.conntrack import proto_tcp as T
from pyiptables.store import Store

from .test_tracker import S, feed, handshake, tcp

A, B = "10.0.1.2", "10.0.2.2"
FULL = f"nf_conntrack: nf_conntrack: table full in netns {limit.NETNS_INUM}, dropping packet"


def small(n, **more):
    logs, ev = [], []
    tr = Tracker(S({"net.netfilter.nf_conntrack_max": str(n), **more}), sink=ev.append)
    tr.log = logs.append
    return tr, logs, ev


def test_all_assured_the_new_packet_is_dropped_and_logged():
    tr, logs, ev = small(2)
    handshake(tr, 0.0, sp=1)
    handshake(tr, 1.0, sp=2)
    p = tcp(A, B, 3, 80, "S")
    assert tr.conntrack_in(p, 0, 2.0) == NF_DROP
    assert p.ct is None and len(tr) == 2
    assert tr.stats[4] == 1 and tr.stats[5] == 0          # drop, early_drop
    assert logs == [FULL] and logs[0].level == 4
    assert tr.gc_early_drop
    assert not [e for e in ev if e.kind == "DESTROY"]


def test_no_limit_when_max_is_zero():
    tr, logs, _ = small(0)
    for i in range(5):
        handshake(tr, i, sp=10 + i)
    assert len(tr) == 5 and logs == []


def test_early_drop_takes_the_oldest_entry_that_is_not_assured():
    tr, logs, ev = small(3)
    feed(tr, tcp(A, B, 1, 80, "S"), 0.0)            # SYN_SENT, not assured: the oldest candidate
    handshake(tr, 0.5, sp=2)                        # ASSURED: never early-dropped
    feed(tr, tcp(A, B, 3, 80, "S"), 1.0)            # a younger candidate
    p = feed(tr, tcp(A, B, 4, 80, "S"), 2.0)
    assert p.ct is not None and len(tr) == 3
    ports = sorted(ct.tuple_orig[3] for ct in tr.entries())
    assert ports == [2, 3, 4]
    assert tr.stats[5] == 1 and tr.stats[4] == 0 and logs == []
    gone = [e for e in ev if e.kind == "DESTROY"]
    assert len(gone) == 1 and " sport=1 dport=80 " in gone[0]


def test_unreplied_udp_and_icmp_can_go_too():
    from scapy.layers.inet import IP, UDP
    from .test_tracker import P
    tr, _, _ = small(2)
    feed(tr, P(IP(src=A, dst=B) / UDP(sport=53, dport=53)), 0.0)
    handshake(tr, 1.0, sp=5)
    p = feed(tr, tcp(A, B, 6, 80, "S"), 2.0)
    assert p.ct is not None and {ct.protonum for ct in tr.entries()} == {6}


def test_expired_entries_met_are_reaped_but_the_packet_still_drops():
    """early_drop_list() reaps expired entries and does not count them: no drop, no room now."""
    tr, logs, ev = small(2, **{"net.netfilter.nf_conntrack_tcp_timeout_established": "10"})
    handshake(tr, 0.0, sp=1)
    handshake(tr, 100.0, sp=2)
    tr.gc_next = 1e9                                 # the GC has not come by yet
    p = tcp(A, B, 3, 80, "S")
    assert tr.conntrack_in(p, 0, 100.5) == NF_DROP
    assert len(tr) == 1 and tr.stats[5] == 0 and logs == [FULL]
    assert feed(tr, tcp(A, B, 4, 80, "S"), 100.6).ct is not None


def test_a_fruitless_look_is_not_repeated_until_something_new_is_allocated():
    tr, logs, _ = small(2)
    handshake(tr, 0.0, sp=1)
    handshake(tr, 0.0, sp=2)
    for i in range(3):
        assert tr.conntrack_in(tcp(A, B, 100 + i, 80, "S"), 0, 1.0) == NF_DROP
    assert tr.ed_fail == tr.last_id and tr.stats[4] == 3 and len(logs) == 3


def test_the_gc_then_evicts_closing_tcp_down_to_95_percent():
    tr, logs, ev = small(100)
    for i in range(100):
        handshake(tr, 0.0, sp=1000 + i)
    for i in range(10):                             # ten of them half-closed: FIN_WAIT, still ASSURED
        feed(tr, tcp(A, B, 1000 + 3 * i, 80, "FA", 101, 501), 0.5)
    assert tr.conntrack_in(tcp(A, B, 7, 80, "S"), 0, 1.0) == NF_DROP
    assert tr.gc_early_drop
    tr.expire(2.5)
    # while the count is at least 95 (100 / 100 * 95) the GC kills what may go, oldest first
    assert len(tr) == 94 and not tr.gc_early_drop
    left = sorted(ct.tuple_orig[3] for ct in tr.entries() if ct.proto == T.FIN_WAIT)
    assert left == [1000 + 3 * i for i in range(6, 10)]
    assert tr.stats[5] == 0                         # the GC's evictions are not counted
    assert sum(e.kind == "DESTROY" for e in ev) == 6
    assert feed(tr, tcp(A, B, 7, 80, "S"), 3.0).ct is not None and len(tr) == 95


def test_the_gc_leaves_established_connections_alone():
    tr, _, _ = small(20)
    for i in range(20):
        handshake(tr, 0.0, sp=i + 1)
    tr.conntrack_in(tcp(A, B, 99, 80, "S"), 0, 1.0)
    tr.expire(5.0)
    assert len(tr) == 20 and not tr.gc_early_drop


def test_the_log_line_is_rate_limited_like_net_ratelimit():
    tr, logs, _ = small(1)
    handshake(tr, 0.0)
    for i in range(13):
        tr.conntrack_in(tcp(A, B, 100 + i, 80, "S"), 0, 1.0 + i * 0.1)
    assert logs == [FULL] * 10                          # burst 10 per 5 s
    tr.conntrack_in(tcp(A, B, 200, 80, "S"), 0, 6.5)    # the interval began at 1.0
    assert logs[10:] == ["net_ratelimit: 3 callbacks suppressed", FULL]
    assert tr.stats[4] == 14


def test_limit_state_survives_the_store_but_the_log_callable_does_not():
    tr, logs, _ = small(1)
    handshake(tr, 0.0)
    tr.conntrack_in(tcp(A, B, 100, 80, "S"), 0, 1.0)
    tr2 = pickle.loads(pickle.dumps(tr))
    assert tr2.log is None and tr2.gc_early_drop and tr2.ratelimit == tr.ratelimit
    assert tr2.ed_fail == tr.ed_fail and tr2.stats == tr.stats


def test_stats_count_what_the_kernel_counts():
    """found counts NAT's taken tuples only, insert only ctnetlink inserts, a TCP reopen is no
    search_restart (measured: conntrack -S after plain traffic shows found=0 insert=0)."""
    tr, _, _ = small(10)
    handshake(tr, 0.0, sp=1)
    feed(tr, tcp(A, B, 1, 80, "R", 101), 0.5)
    feed(tr, tcp(A, B, 1, 80, "S", 5000), 1.0)
    assert tr.stats[0] == tr.stats[2] == tr.stats[7] == 0


def _cli(state, *args):
    env = dict(os.environ, PYIPTABLES_STATE=str(state))
    r = subprocess.run([sys.executable, "-m", "pyiptables.cli.conntrack", *args], env=env,
                       capture_output=True, text=True, timeout=60)
    return r.returncode, r.stdout, r.stderr


def test_conntrack_create_and_stats_at_the_limit(tmp_path):
    state = tmp_path / "state"
    tr, _, _ = small(2)
    handshake(tr, 0.0, sp=1)
    handshake(tr, 0.0, sp=2)
    tr.conntrack_in(tcp(A, B, 3, 80, "S"), 0, 1.0)
    _put(state, tr)
    ins = ["-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "50"]
    prog = "conntrack v1.4.7 (conntrack-tools)"
    assert _cli(state, *ins) == (1, "", f"{prog}: Operation failed: not enough memory\n")
    assert _cli(state, "-C") == (0, "2\n", "")
    out = _cli(state, "-S")[1].splitlines()[0]
    assert "found=0 invalid=0 insert=0 insert_failed=0 drop=1 early_drop=0 " in out
    # an entry that is not ASSURED makes room: -I early-drops it and counts the insert
    tr2 = pickle.loads(pickle.dumps(tr))
    tr2.kill(next(tr2.entries()))
    feed(tr2, tcp(A, B, 9, 80, "S"), 2.0)
    _put(state, tr2)
    assert _cli(state, *ins) == (0, "", f"{prog}: 1 flow entries have been created.\n")
    out = _cli(state, "-S")[1].splitlines()[0]
    assert "insert=1 insert_failed=0 drop=1 early_drop=1 " in out
    assert " sport=9 " not in _cli(state, "-L")[1]


def _put(state, tr):
    """Store the table with its limit: the host's read-only sysctl, set here at library level
    (the commands read their settings from the host, as the kernel does)."""
    from pyiptables.host.model import Host
    with Store(state).transaction() as st:
        st.get("conntrack", Tracker)
        host = st.get("host", Host)
        host.globals["net.netfilter.nf_conntrack_max"] = tr.max
        host._changed()
        st.put("host", host)
        st.put("conntrack", tr)


def test_replay_shows_the_drop_and_the_log_line(tmp_path):
    """The walk: the SYN dies at PREROUTING's conntrack step, the log line rides on its record."""
    from pyiptables.host.model import Host
    from pyiptables.model import Ruleset
    from pyiptables.walk.replay import Replayer
    from tests.kernel.bulk import handshake_frames, lab_host, pcap_bytes, tcp_frame
    state = tmp_path / "state"
    lab_host(state)
    rc = subprocess.run(["pyiptables", "-A", "FORWARD", "-m", "conntrack", "--ctstate", "NEW"],
                        env=dict(os.environ, PYIPTABLES_STATE=str(state)), capture_output=True)
    assert rc.returncode == 0, rc.stderr
    frames = handshake_frames(2, 0.0, 0.001) + [(1.0, tcp_frame("left", A, B, 9999, 80, 1, 0, 0x02))]
    cap = tmp_path / "c.pcap"
    cap.write_bytes(pcap_bytes(frames))
    with Store(state).transaction(write=False) as st:
        tr = Tracker(S({"net.netfilter.nf_conntrack_max": "2"}))
        rp = Replayer(st.get("rules", Ruleset), st.get("host", Host), tr)
        recs = list(rp.run(str(cap)))
    assert [r.fate for r in recs] == ["forwarded"] * 6 + ["dropped"]
    assert recs[-1].where == "conntrack (PREROUTING)" and recs[-1].path == ["PREROUTING:conntrack"]
    assert recs[-1].logs == [FULL] and not any(r.logs for r in recs[:-1])


def test_one_gc_run_kills_at_most_257():
    """GC_SCAN_EXPIRED_MAX (64000 / HZ, HZ=250) ends the run: measured, 257 of 20000 went."""
    from pyiptables.packet import Packet
    from tests.kernel.bulk import fin_frame, handshake_frames
    tr, _, ev = small(6000)
    frames = handshake_frames(6000, 0.0, 0.0) + [fin_frame(i, 0.0) for i in range(400)]
    for _, f in frames:
        feed(tr, Packet(f[14:]), 0.0)
    assert len(tr) == 6000
    assert tr.conntrack_in(tcp(A, B, 7, 80, "S"), 0, 1.0) == NF_DROP
    tr.expire(3.0)
    assert len(tr) == 6000 - 257 and sum(e.kind == "DESTROY" for e in ev) == 257
    assert tr.conntrack_in(tcp(A, B, 8, 80, "S"), 0, 3.5) != NF_DROP
