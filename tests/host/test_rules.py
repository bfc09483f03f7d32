"""Policy routing in the host model (host/rules.py): the rule list's kernel semantics, the lookups
that walk it, the caches keyed on what the answers depend on, and stores from before rules."""
from __future__ import annotations

import pickle

import pytest

from pyiptables.host import Host, HostError, Route
from pyiptables.host.rules import FR_ACT_GOTO, FR_ACT_PROHIBIT, FR_ACT_TO_TBL, FR_ACT_UNREACHABLE, FibRule
from pyiptables.packet import aton

A = aton


@pytest.fixture
def h():
    """The lab topology plus table 100, whose default leaves by eth0 (main's by eth1)."""
    h = Host()
    for name, mac, addr in (("eth0", "020000000101", "10.0.1.1"), ("eth1", "020000000201", "10.0.2.1")):
        h.link_add(name, "dummy", mac=bytes.fromhex(mac))
        h.link_set(name, up=True)
        h.addr_add(name, A(addr), 24)
    h.route_modify("add", Route(254, 1, 0, 0, gw=A("10.0.2.2"), dev="eth1"))
    h.route_modify("add", Route(100, 1, 0, 0, gw=A("10.0.1.2"), dev="eth0"))
    h.sysctl_write(("net", "ipv4", "ip_forward"), "1")
    return h


def add(h, pref=None, **kw):
    r = FibRule(pref or 0, **{k: v for k, v in kw.items() if k not in ("ip_proto", "dport")})
    r.ip_proto, r.dport = kw.get("ip_proto", 0), kw.get("dport", r.dport)
    h.rule_add(r, pref is not None)
    return r


def prefs(h):
    return [(r.pref, r.table) for r in h.rules]


def test_defaults_and_automatic_preferences(h):
    assert prefs(h) == [(0, 255), (32766, 254), (32767, 253)]
    assert not h.custom_rules
    add(h, table=100, mark=1, mask=0xFFFFFFFF)
    add(h, table=100, mark=1, mask=0xFFFFFFFF)          # a new preference: no File exists
    add(h, 100, table=7)
    add(h, table=8)                                      # one below the second rule's
    assert prefs(h) == [(0, 255), (99, 8), (100, 7), (32764, 100), (32765, 100), (32766, 254), (32767, 253)]
    assert h.custom_rules


def test_exists_compares_only_given_selectors(h):
    add(h, 500, table=5, src=A("1.1.1.1"), src_len=32)
    with pytest.raises(HostError, match="File exists"):
        add(h, 500, table=5)                            # no source given: the first one matches
    with pytest.raises(HostError, match="File exists"):
        add(h, 500, table=5, invert=True, src=A("1.1.1.1"), src_len=32)   # flags are not compared
    add(h, 500, table=5, src=A("1.1.1.0"), src_len=24)


def test_kernel_refusals(h):
    with pytest.raises(HostError, match="ECN bits must be 0"):
        add(h, 1, table=5, tos=0x1E)
    with pytest.raises(HostError, match="Invalid tos"):
        add(h, 1, table=5, tos=0x20)
    with pytest.raises(HostError, match="No such file or directory"):
        h.rule_del(FibRule(12345, action=0), True)
    assert not h.custom_rules                            # refused requests leave the flag alone


def test_table_zero_takes_the_first_free_table(h):
    add(h, table=0)
    add(h, table=0)
    assert [r.table for r in h.rules[1:3]] == [2, 1] and 1 in h.tables and 2 in h.tables


def test_delete_finds_the_first_match(h):
    add(h, 10, table=5, mark=3, mask=0xFF)
    add(h, 11, table=5, mark=3, mask=0xFFFFFFFF)
    h.rule_del(FibRule(0, action=0, mark=3, mask=0xFFFFFFFF), False)
    assert [(r.pref, r.mask) for r in h.rules if r.mark] == [(10, 0xFF)]
    h.rule_del(FibRule(0, action=0, table=254), False)   # main's default rule may go too
    assert (32766, 254) not in prefs(h)


def test_mark_chooses_the_table(h):
    assert h.route_output(A("8.8.8.8"), mark=1).dev == "eth1"
    add(h, table=100, mark=1, mask=0xFFFFFFFF)
    out = h.route_output(A("8.8.8.8"), mark=1)
    assert (out.dev, out.table) == ("eth0", 100)
    assert h.route_output(A("8.8.8.8"), mark=2).dev == "eth1"
    fwd = h.route_input(A("10.0.2.9"), A("8.8.8.8"), "eth1", mark=1)
    assert (fwd.kind, fwd.dev) == ("forward", "eth0")
    # the input cache keys on the mark: the same flow without it still goes by main
    assert h.route_input(A("10.0.2.9"), A("8.8.8.8"), "eth1").dev == "eth1"


def test_reject_actions_give_the_kernels_errors(h):
    for pref, action, mark in ((10, FR_ACT_PROHIBIT, 2), (11, FR_ACT_UNREACHABLE, 3), (12, 6, 4)):
        add(h, pref, action=action, mark=mark, mask=0xFFFFFFFF)
    assert [h.route_output(A("8.8.8.8"), mark=m).err for m in (2, 3, 4)] == [13, 101, 22]
    kinds = [h.route_input(A("10.0.2.9"), A("8.8.8.8"), "eth1", mark=m).kind for m in (2, 3, 4)]
    assert kinds == ["prohibit", "unreachable", "blackhole"]


def test_iif_lo_is_locally_generated_traffic(h):
    add(h, 10, table=100, iif="lo")
    assert h.route_output(A("8.8.8.8")).dev == "eth0"
    assert h.route_input(A("10.0.2.9"), A("8.8.8.8"), "eth1").dev == "eth1"


def test_detached_device_matches_nothing_but_inverted(h):
    add(h, 10, table=100, iif="nosuch")
    assert h.route_output(A("8.8.8.8")).dev == "eth1"
    add(h, 11, table=100, iif="nosuch", invert=True)
    assert h.route_output(A("8.8.8.8")).dev == "eth0"
    h.link_add("nosuch", "dummy")                      # a device of that name attaches the rule
    assert h.route_input(A("10.0.2.9"), A("8.8.8.8"), "eth1").dev == "eth0"


def test_goto_and_suppress_prefixlength(h):
    add(h, 5, action=FR_ACT_GOTO, target=7)
    add(h, 6, action=FR_ACT_UNREACHABLE)
    add(h, 7, table=100, mark=1, mask=0xFFFFFFFF)
    assert h.route_output(A("8.8.8.8"), mark=1).dev == "eth0"
    # the goto jumps over the unreachable rule; its target does not match: on from there to main
    assert h.route_output(A("8.8.8.8")).dev == "eth1"
    h.rules = [r for r in h.rules if r.pref not in (5, 6, 7)]
    h._changed()
    add(h, 1, table=254, suppress_prefixlen=0)           # main, but not its default route
    add(h, 2, table=100)
    assert h.route_output(A("8.8.8.8")).dev == "eth0"
    assert h.route_output(A("10.0.2.7")).dev == "eth1"


def test_validate_source_uses_the_reversed_flow(h):
    h.sysctl_write(("net", "ipv4", "conf", "all", "rp_filter"), "1")
    add(h, table=100, mark=1, mask=0xFFFFFFFF)
    # 8.8.8.8 routes back out eth1: strict rp_filter refuses it on eth0, the mark does not count
    assert h.route_input(A("8.8.8.8"), A("10.0.1.1"), "eth0", mark=1).err == 18
    h.sysctl_write(("net", "ipv4", "conf", "all", "src_valid_mark"), "1")
    assert h.route_input(A("8.8.8.8"), A("10.0.1.1"), "eth0", mark=1).kind == "local"
    assert h.route_input(A("8.8.8.8"), A("10.0.1.1"), "eth0").err == 18


def test_without_rules_default_table_answers_after_main(h):
    h.route_delete(254, 0, 0)
    h.route_modify("add", Route(253, 1, 0, 0, gw=A("10.0.1.2"), dev="eth0"))
    out = h.route_output(A("8.8.8.8"))
    assert (out.dev, out.table) == ("eth0", 253)
    assert h.route_output(A("10.0.1.1")).table == 254     # local and main merged: main answers


def test_store_from_before_rules_loads(h):
    state = dict(h.__getstate__())
    del state["rules"], state["custom_rules"]
    old = Host.__new__(Host)
    old.__setstate__(state)
    assert prefs(old) == [(0, 255), (32766, 254), (32767, 253)] and not old.custom_rules
    assert old.route_output(A("8.8.8.8")).dev == "eth1"
    again = pickle.loads(pickle.dumps(old))
    assert prefs(again) == prefs(old)
    assert FR_ACT_TO_TBL == again.rules[0].action


def test_protocol_and_ports_only_while_a_rule_needs_them(h):
    from pyiptables.host.routing import flow_l4
    from pyiptables.packet import Packet
    assert not h.rules_need_l4()
    add(h, 10, table=100, ip_proto=6, dport=(80, 80))
    assert h.rules_need_l4()
    assert h.route_input(A("10.0.2.9"), A("8.8.8.8"), "eth1", l4=(6, 4000, 80)).dev == "eth0"
    assert h.route_input(A("10.0.2.9"), A("8.8.8.8"), "eth1", l4=(6, 80, 4000)).dev == "eth1"
    assert h.route_output(A("8.8.8.8"), l4=(6, 1, 80)).dev == "eth0"
    # an iif lo rule alone does not make input lookups dissect
    h.rules = [r for r in h.rules if r.pref != 10]
    h._changed()
    add(h, 10, table=100, ip_proto=6, iif="lo")
    assert not h.rules_need_l4()
    esp = Packet(bytes.fromhex("450000200001000040320000c6336407cb007105") + bytes.fromhex("12345678") + bytes(8))
    assert flow_l4(esp) == (50, 0x1234, 0x5678)
