"""socket, TPROXY, cpu, connlabel, SYNPROXY and the rate estimator at run time, where no kernel
lab is needed: what the host model implies (no sockets, one CPU), when conntrack entries carry
labels, when defragmentation is on, and that the estimator's idle skip changes nothing. The
kernel-differential side is in test_rpfilter_strip_ecn_vs_kernel.py and tests/scenarios/
(rpfilter-socket-defrag, mangle-strip-ecn-connlabel, hmark-cluster, synproxy-cookies,
rateest-estimator)."""
from __future__ import annotations

import random

from scapy.layers.inet import IP, TCP, UDP

from pyiptables.conntrack import Tracker
from pyiptables.extensions.targets.rateest import AVBPS, AVPPS, BYTES, EWMA, INTERVAL, LAST_B, LAST_P, NEXT, \
    PACKETS, advance, period
from pyiptables.host.model import Host
from pyiptables.model import Ruleset
from pyiptables.packet import Packet
from pyiptables.parse.cmdline import parse_argv
from pyiptables.walk.stack import S_DEFRAG, Stack
from pyiptables.xtables import NF_DROP, NF_STOLEN, PRE_ROUTING, XT_CONTINUE, ActionParam


def ext(table: str, chain: str, rule: str):
    p = parse_argv(["iptables", "-t", table, "-A", chain, *rule.split()])
    return p.target if p.target is not None else p.matches[0]


def tcp(flags="S", **kw) -> Packet:
    return Packet(bytes(IP(src="10.0.1.2", dst="10.0.1.1") / TCP(sport=1000, dport=80, flags=flags, **kw)))


def test_socket_never_matches_and_tproxy_drops():
    par = ActionParam()
    for rule in ("-m socket", "-m socket --transparent --nowildcard --restore-skmark"):
        assert ext("mangle", "PREROUTING", rule).compile()(tcp(), par) is False
    tg = ext("mangle", "PREROUTING", "-p tcp -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1").compile()
    p = tcp()
    assert tg(p, par) == NF_DROP and p.mark == 0


def test_cpu_is_cpu0():
    par = ActionParam()
    assert ext("filter", "INPUT", "-m cpu --cpu 0").compile()(tcp(), par)
    assert not ext("filter", "INPUT", "-m cpu --cpu 1").compile()(tcp(), par)
    assert ext("filter", "INPUT", "-m cpu ! --cpu 1").compile()(tcp(), par)


def _stack(table: str, chain: str, rule: str) -> Stack:
    rs = Ruleset()
    (r,) = parse_argv(["iptables", "-t", table, "-A", chain, *rule.split()]).rules()
    rs.table(table).chains[chain].rules.append(r)
    return Stack(rs, Host(), Tracker())


def test_socket_and_tproxy_turn_defrag_on_without_conntrack():
    for table, chain, rule in (("mangle", "INPUT", "-m socket"),
                               ("mangle", "PREROUTING", "-p tcp -j TPROXY --on-port 1")):
        st = _stack(table, chain, rule)
        assert st.tracker is None
        assert any(code == S_DEFRAG for code, *_ in st.hooks[PRE_ROUTING])
    st = _stack("mangle", "INPUT", "-m mark --mark 1")
    assert not any(code == S_DEFRAG for code, *_ in st.hooks[PRE_ROUTING])


def test_connlabel_only_on_entries_made_while_a_rule_uses_labels():
    m = ext("filter", "INPUT", "-m connlabel --label 5 --set").compile()
    for used, labelled in ((False, None), (True, 1 << 5)):
        tr = Tracker()
        tr.labels_used = used
        p = Packet(bytes(IP(src="10.0.1.2", dst="10.0.1.1") / UDP(sport=1, dport=2) / b"x"))
        tr.conntrack_in(p, PRE_ROUTING, 0.0)
        par = ActionParam(tracker=tr)
        assert m(p, par) is (labelled is not None)
        assert p.ct.labels == labelled


def test_synproxy_verdicts():
    tg = ext("filter", "INPUT", "-p tcp -j SYNPROXY --mss 1460").compile()
    par = ActionParam()
    assert tg(tcp("S"), par) == NF_STOLEN
    assert tg(tcp("A", ack=12345), par) == NF_DROP          # no cookie of ours: never valid
    assert tg(tcp("PA", ack=1), par) == NF_DROP
    assert tg(tcp("FA"), par) == XT_CONTINUE
    assert tg(tcp("R"), par) == XT_CONTINUE
    bad = tcp("S")
    bad.data[36] ^= 0xFF                                     # the TCP checksum
    assert tg(bad, par) == NF_DROP


def _est(interval=-2, ewma=2):
    return [interval, ewma, 0, 0, 0, 0, 0, 0, None]


def _reference_ticks(est, until):
    """est_timer() once per period, never skipping."""
    step = period(est[INTERVAL])
    log, e = est[INTERVAL] + 2, est[EWMA]
    while est[NEXT] <= until:
        db, dp = est[BYTES] - est[LAST_B], est[PACKETS] - est[LAST_P]
        est[AVBPS] += ((db << (10 - log)) >> e) - (est[AVBPS] >> e)
        est[AVPPS] += ((dp << (10 - log)) >> e) - (est[AVPPS] >> e)
        est[LAST_B], est[LAST_P] = est[BYTES], est[PACKETS]
        est[NEXT] += step


def test_estimator_idle_skip_is_exact():
    rng = random.Random(7)
    for interval, ewma in ((-2, 2), (0, 5), (3, 1), (-1, 30)):
        fast, slow = _est(interval, ewma), _est(interval, ewma)
        now = 0.0
        for _ in range(300):
            now += rng.choice((0.001, 0.05, 0.3, 2.0, 40.0))
            advance(fast, now)
            if slow[NEXT] is None:
                slow[NEXT] = now + period(interval)
            else:
                _reference_ticks(slow, now)
            n = rng.randrange(0, 4)
            for e in (fast, slow):
                e[BYTES] += 100 * n
                e[PACKETS] += n
            assert fast[AVBPS] == slow[AVBPS] and fast[AVPPS] == slow[AVPPS]
            assert abs(fast[NEXT] - slow[NEXT]) < 1e-6
