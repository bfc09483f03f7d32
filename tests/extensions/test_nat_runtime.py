"""NAT targets at run time: each builds its nf_nat_range2 and binds the connection through the NAT
core (par.nat.setup_info), which rewrites the entry's reply tuple."""
from __future__ import annotations

import pytest
from scapy.layers.inet import IP, TCP

from pyiptables.conntrack import IPS_DST_NAT, IPS_SRC_NAT, Tracker
from pyiptables.conntrack.nat import NatCore
from pyiptables.host.model import Host
from pyiptables.packet import Packet, aton
from pyiptables.parse.cmdline import parse_argv
from pyiptables.xtables import LOCAL_OUT, NF_ACCEPT, NF_DROP, POST_ROUTING, PRE_ROUTING, ActionParam


def lab_host() -> Host:
    h = Host()
    for dev, addr in (("eth0", "10.0.1.1"), ("eth1", "10.0.2.1")):
        h.link_add(dev, "dummy")
        h.link_set(dev, up=True)
        h.addr_add(dev, aton(addr), 24)
    return h


def setup(rule: str, hook: int, src="10.0.1.2", dst="10.0.2.2", sport=1234, dport=80, indev="eth0",
          outdev="eth1", host=None):
    chain = {PRE_ROUTING: "PREROUTING", POST_ROUTING: "POSTROUTING", LOCAL_OUT: "OUTPUT"}[hook]
    tg = parse_argv(["iptables", "-t", "nat", "-A", chain, *rule.split()]).target
    assert tg.needs_conntrack()
    tr = Tracker()
    pkt = Packet(bytes(IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags="S")))
    pkt.indev, pkt.outdev = ("" if hook == LOCAL_OUT else indev), outdev
    tr.conntrack_in(pkt, LOCAL_OUT if hook == LOCAL_OUT else PRE_ROUTING, 1.0)
    par = ActionParam(tracker=tr, host=host if host is not None else lab_host())
    par.nat = NatCore(tr)
    par.hook = hook
    return tg.compile()(pkt, par), pkt.ct


def reply(ct):
    s, d, p, sp, dp = ct.tuple_reply
    return (f"{s >> 24}.{s >> 16 & 255}.{s >> 8 & 255}.{s & 255}", sp, f"{d >> 24}.{d >> 16 & 255}.{d >> 8 & 255}.{d & 255}", dp)


def test_dnat_address_and_port():
    v, ct = setup("-p tcp -j DNAT --to-destination 192.168.7.7:8080", PRE_ROUTING)
    assert v == NF_ACCEPT and ct.status & IPS_DST_NAT
    assert reply(ct) == ("192.168.7.7", 8080, "10.0.1.2", 1234)


def test_dnat_keeps_a_port_already_in_range():
    _, ct = setup("-p tcp -j DNAT --to-destination 192.168.7.7:70-90", PRE_ROUTING)
    assert reply(ct) == ("192.168.7.7", 80, "10.0.1.2", 1234)


def test_snat_source():
    _, ct = setup("-j SNAT --to-source 10.0.2.100", POST_ROUTING)
    assert ct.status & IPS_SRC_NAT and reply(ct) == ("10.0.2.2", 80, "10.0.2.100", 1234)


def test_masquerade_takes_the_out_interface_address():
    _, ct = setup("-j MASQUERADE", POST_ROUTING)
    assert reply(ct) == ("10.0.2.2", 80, "10.0.2.1", 1234)
    _, ct = setup("-p tcp -j MASQUERADE --to-ports 2000-2010", POST_ROUTING)
    assert reply(ct)[2] == "10.0.2.1" and 2000 <= reply(ct)[3] <= 2010


def test_masquerade_drops_when_no_address_can_be_selected():
    """inet_select_addr() falls back to other devices' addresses; with none at all: "ate my IP"."""
    h = Host()
    h.link_add("eth9", "dummy")
    h.link_set("eth9", up=True)
    v, _ = setup("-j MASQUERADE", POST_ROUTING, outdev="eth9", host=h)
    assert v == NF_DROP


def test_redirect_to_the_input_address_or_loopback():
    _, ct = setup("-p tcp -j REDIRECT --to-ports 3128", PRE_ROUTING)
    assert reply(ct) == ("10.0.1.1", 3128, "10.0.1.2", 1234)
    _, ct = setup("-p tcp -j REDIRECT --to-ports 3128", LOCAL_OUT, src="10.0.2.1")
    assert reply(ct) == ("127.0.0.1", 3128, "10.0.2.1", 1234)


def test_netmap_keeps_the_host_part():
    _, ct = setup("-j NETMAP --to 172.16.0.0/16", PRE_ROUTING, dst="10.0.2.2")
    assert reply(ct)[0] == "172.16.2.2"
    _, ct = setup("-j NETMAP --to 172.16.0.0/24", POST_ROUTING, src="10.0.1.2")
    assert reply(ct)[2] == "172.16.0.2"


def test_without_nat_core_the_error_says_so():
    tg = parse_argv(["iptables", "-t", "nat", "-A", "PREROUTING", "-j", "DNAT", "--to-destination", "1.2.3.4"]).target
    pkt = Packet(bytes(IP() / TCP()))
    with pytest.raises(RuntimeError, match="NAT core"):
        tg.compile()(pkt, ActionParam())
