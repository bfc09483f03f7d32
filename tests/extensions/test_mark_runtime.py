"""MARK and CONNMARK at run time: skb and conntrack marks as xt_mark's mark_tg and xt_connmark's
connmark_tg_shift compute them, and the IPCT_MARK event CONNMARK caches on a change."""
from __future__ import annotations

import pytest
from scapy.layers.inet import IP, UDP

from pyiptables.conntrack import IPCT_MARK, Tracker
from pyiptables.packet import Packet
from pyiptables.parse.cmdline import parse_argv
from pyiptables.xtables import PRE_ROUTING, XT_CONTINUE, ActionParam


def target(rule: str):
    return parse_argv(["iptables", "-t", "mangle", "-A", "PREROUTING", *rule.split()]).target.compile()


def udp() -> Packet:
    return Packet(bytes(IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=1, dport=2)))


@pytest.mark.parametrize("rule,before,after", [
    ("-j MARK --set-mark 0x12", 0xFFFF0000, 0x12),
    ("-j MARK --set-mark 0x12/0xff", 0xFFFF0000, 0xFFFF0012),
    ("-j MARK --set-xmark 0x3/0x1", 0x5, 0x7),
    ("-j MARK --and-mark 0xf0", 0xFF, 0xF0),
    ("-j MARK --or-mark 0x0f", 0xF0, 0xFF),
    ("-j MARK --xor-mark 0xff", 0x0F, 0xF0),
])
def test_mark(rule, before, after):
    pkt = udp()
    pkt.mark = before
    assert target(rule)(pkt, ActionParam()) == XT_CONTINUE
    assert pkt.mark == after


def tracked(mark: int = 0):
    tr = Tracker()
    pkt = udp()
    pkt.mark = mark
    tr.conntrack_in(pkt, PRE_ROUTING, 1.0)
    return tr, pkt, ActionParam(tracker=tr)


@pytest.mark.parametrize("rule,ctmark,nfmark,ct_after,nf_after", [
    ("-j CONNMARK --set-mark 0x5", 0, 0, 0x5, 0),
    ("-j CONNMARK --set-mark 0x5/0xf", 0xF0F0, 0, 0xF0F5, 0),
    ("-j CONNMARK --and-mark 0xf", 0xFF, 0, 0xF, 0),
    ("-j CONNMARK --set-mark 0x1 --left-shift-mark 4", 0, 0, 0x10, 0),
    ("-j CONNMARK --save-mark", 0x1, 0x2A, 0x2A, 0x2A),
    ("-j CONNMARK --save-mark --nfmask 0xf0 --ctmask 0x0f", 0xAB, 0x5C, 0xA0 ^ 0x50, 0x5C),
    ("-j CONNMARK --save-mark --mask 0xff --right-shift-mark 4", 0xFF00, 0xAB, 0xFF0A, 0xAB),
    ("-j CONNMARK --restore-mark", 0x77, 0x1, 0x77, 0x77),
    ("-j CONNMARK --restore-mark --mask 0x0f", 0x77, 0xF0, 0x77, 0xF7),
    ("-j CONNMARK --restore-mark --ctmask 0xf0 --nfmask 0x0f --right-shift-mark 4", 0x70, 0xF0, 0x70, 0xF7),
])
def test_connmark(rule, ctmark, nfmark, ct_after, nf_after):
    tr, pkt, par = tracked(nfmark)
    pkt.ct.mark = ctmark
    assert target(rule)(pkt, par) == XT_CONTINUE
    assert (pkt.ct.mark, pkt.mark) == (ct_after, nf_after)
    changed = ct_after != ctmark
    assert bool(tr.ecache.get(pkt.ct, 0) & 1 << IPCT_MARK) == changed


def test_connmark_without_conntrack_entry_does_nothing():
    pkt = udp()
    pkt.mark = 3
    assert target("-j CONNMARK --restore-mark")(pkt, ActionParam()) == XT_CONTINUE
    assert pkt.mark == 3 and pkt.ct is None
