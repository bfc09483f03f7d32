"""CT / NOTRACK at run time: the untracked state and the conntrack template the tracker consumes."""
from __future__ import annotations

from scapy.layers.inet import IP, TCP, UDP

from pyiptables.conntrack import IP_CT_NEW, IP_CT_UNTRACKED, IPS_TEMPLATE, Tracker
from pyiptables.extensions.targets.ct import TEMPLATE_ECACHE
from pyiptables.packet import Packet
from pyiptables.parse.cmdline import parse_argv
from pyiptables.xtables import PRE_ROUTING, XT_CONTINUE, ActionParam


def target(rule: str):
    return parse_argv(["iptables", "-t", "raw", "-A", "PREROUTING", *rule.split()]).target


def udp() -> Packet:
    return Packet(bytes(IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=1000, dport=69)))


def test_notrack_leaves_the_packet_untracked():
    for rule in ("-j NOTRACK", "-j CT --notrack"):
        tg = target(rule)
        assert not tg.needs_conntrack()
        pkt = udp()
        assert tg.compile()(pkt, ActionParam()) == XT_CONTINUE
        assert (pkt.ct, pkt.ctinfo, pkt.nfct_untracked) == (None, IP_CT_UNTRACKED, True)
        tr = Tracker()
        tr.conntrack_in(pkt, PRE_ROUTING, 1.0)
        assert pkt.ct is None and pkt.ctinfo == IP_CT_UNTRACKED and len(tr.table) == 0


def test_template_gives_zone_helper_and_event_mask():
    tg = target("-p udp -j CT --helper tftp --zone-orig 7 --ctevents new,destroy")
    assert tg.needs_conntrack()
    pkt = udp()
    tg.compile()(pkt, ActionParam())
    tmpl = pkt.ct
    assert tmpl.status & IPS_TEMPLATE and pkt.ctinfo == IP_CT_NEW
    assert (tmpl.zone, tmpl.zone_dir, tmpl.helper, tmpl.ext.ctmask) == (7, 1, "tftp", 0b101)
    tr = Tracker()
    tr.conntrack_in(pkt, PRE_ROUTING, 1.0)
    ct = pkt.ct
    assert not ct.status & IPS_TEMPLATE and ct.zone == 7 and ct.helper == "tftp"


def test_template_made_without_the_event_cache_carries_no_mask():
    # nf_conntrack_events=2 and nobody listening at checkentry: the template gets no ecache
    # extension, so its entries take the sysctl's (every event)
    tg = target("-p udp -j CT --ctevents new")
    tg.check_shared({TEMPLATE_ECACHE: False})
    pkt = udp()
    tg.compile()(pkt, ActionParam())
    assert pkt.ct.ext is None or pkt.ct.ext.ctmask is None
    tg.check_shared({})                     # a check with nothing recorded keeps what it had
    assert tg.state["ecache"] is False


def test_events_off_still_reach_entries_of_a_masked_template():
    # nf_conntrack_events=0: only an entry whose template carries a mask gets the extension
    tg = target("-p udp -j CT --ctevents new")
    pkt = udp()
    tg.compile()(pkt, ActionParam())
    tr = Tracker().configure({"net.netfilter.nf_conntrack_events": "0"})
    tr.ecache_begin(True)
    seen = []
    tr.sink = seen.append
    tr.conntrack_in(pkt, PRE_ROUTING, 1.0)
    tr.confirm(pkt, 1.0)
    other = Packet(bytes(IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=1001, dport=69)))
    tr.conntrack_in(other, PRE_ROUTING, 1.0)
    tr.confirm(other, 1.0)
    assert [e.kind for e in seen] == ["NEW"] and "sport=1000" in seen[0]


def test_zone_from_mark_and_already_tracked_packets():
    tg = target("-j CT --zone mark").compile()
    pkt = udp()
    pkt.mark = 0x12345
    tg(pkt, ActionParam())
    assert pkt.ct.zone == 0x2345
    first = pkt.ct
    tg(pkt, ActionParam())                       # "previously seen (loopback)": left alone
    assert pkt.ct is first
    untracked = udp()
    target("-j NOTRACK").compile()(untracked, ActionParam())
    tg(untracked, ActionParam())
    assert untracked.ct is None and untracked.ctinfo == IP_CT_UNTRACKED


def test_plain_ct_template_has_no_extension():
    pkt = Packet(bytes(IP() / TCP()))
    target("-j CT").compile()(pkt, ActionParam())
    assert pkt.ct.ext is None and pkt.ct.zone == 0
