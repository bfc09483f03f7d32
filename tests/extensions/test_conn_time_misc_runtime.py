"""Runtime semantics of set, physdev, policy, connbytes, connlimit and time."""
from __future__ import annotations

import calendar

import pytest
from rtpkt import compiled, ip, matches, packet, param, tcp, udp

from pyiptables.conntrack.conn import Conn, ConnExt, pack
from pyiptables.conntrack.proto_tcp import ESTABLISHED, TIME_WAIT
from pyiptables.extensions.matches import set as setmod
from pyiptables.xtables import KernelError, ParamError


# -- set -------------------------------------------------------------------------------------------
def test_set_unknown_set_is_refused_while_parsing():
    with pytest.raises(ParamError, match="Set foo doesn't exist"):
        matches("-m set --match-set foo src")


def test_set_known_set_saves_but_cannot_run(monkeypatch):
    monkeypatch.setitem(setmod.SETS, "foo", 0)
    (m,) = matches("-m set ! --match-set foo src,dst --return-nomatch ! --update-counters --packets-lt 3")
    assert m.save() == " ! --match-set foo src,dst --return-nomatch ! --update-counters --packets-lt 3"
    assert m.print(True) == " ! match-set foo src,dst return-nomatch ! update-counters packets-lt 3"
    m.check_entry("filter", 0, None)
    monkeypatch.delitem(setmod.SETS, "foo")
    with pytest.raises(KernelError):
        m.check_entry("filter", 0, None)


# -- physdev / policy: no bridge, no IPsec ---------------------------------------------------------
def test_physdev_without_bridge_info():
    p = packet(ip())
    assert not compiled("-m physdev --physdev-in eth0", chain="FORWARD")(p)
    assert not compiled("-m physdev --physdev-is-bridged", chain="FORWARD")(p)
    assert compiled("-m physdev ! --physdev-is-bridged", chain="FORWARD")(p)
    assert compiled("-m physdev ! --physdev-in eth0 ! --physdev-is-in", chain="FORWARD")(p)
    assert not compiled("-m physdev ! --physdev-in eth0 --physdev-is-in", chain="FORWARD")(p)


def test_policy_without_ipsec():
    p = packet(ip())
    assert compiled("-m policy --dir in --pol none")(p)
    assert not compiled("-m policy --dir in --pol ipsec")(p)
    assert not compiled("-m policy --dir out --pol ipsec --strict --proto esp", chain="OUTPUT")(p)


# -- connbytes ---------------------------------------------------------------------------------------
def _ct(acct=None, proto=0, korig=1, krepl=2):
    ct = Conn(korig, krepl)
    ct.proto = proto
    if acct is not None:
        ct.ext = ConnExt()
        ct.ext.acct = list(acct)
    return ct


def test_connbytes_modes_and_directions():
    ct = _ct([3, 300, 2, 1000])           # orig 3 pkts/300 B, reply 2 pkts/1000 B
    p = packet(ip(), ct=ct)
    assert compiled("-m connbytes --connbytes 5 --connbytes-dir both --connbytes-mode packets")(p)
    assert not compiled("-m connbytes --connbytes 4 --connbytes-dir original --connbytes-mode packets")(p)
    assert compiled("-m connbytes --connbytes 1000:1000 --connbytes-dir reply --connbytes-mode bytes")(p)
    assert compiled("-m connbytes --connbytes 260:260 --connbytes-dir both --connbytes-mode avgpkt")(p)
    assert compiled("-m connbytes --connbytes 100:100 --connbytes-dir original --connbytes-mode avgpkt")(p)
    # inverted: from > to in the kernel's form
    assert compiled("-m connbytes ! --connbytes 10 --connbytes-dir both --connbytes-mode packets")(p)
    assert not compiled("-m connbytes ! --connbytes 2:6 --connbytes-dir both --connbytes-mode packets")(p)


def test_connbytes_needs_counters():
    m = compiled("-m connbytes ! --connbytes 10 --connbytes-dir both --connbytes-mode packets")
    assert not m(packet(ip()))                          # no conntrack entry
    assert not m(packet(ip(), ct=_ct()))                # entry without accounting
    assert compiled("-m connbytes --connbytes 0 --connbytes-dir both --connbytes-mode avgpkt")(
        packet(ip(), ct=_ct([0, 0, 0, 0])))             # no packets: average 0


# -- connlimit --------------------------------------------------------------------------------------
class FakeTracker:
    def __init__(self):
        self.table = {}

    def find(self, key):
        return self.table.get(key)

    def packet_key(self, pkt, zone_id=0):
        return pack(pkt.saddr, pkt.daddr, pkt.proto, pkt.sport, pkt.dport, zone_id)


def _conn(tr, sport, src="10.0.0.1", state=ESTABLISHED):
    s = int.from_bytes(bytes(int(x) for x in src.split(".")), "big")
    k = pack(s, 0x0A000002, 6, sport, 80)
    ct = Conn(k, pack(0x0A000002, s, 6, 80, sport))
    ct.proto = state
    tr.table[k] = ct
    return ct


def test_connlimit_counts_live_connections_per_network():
    tr = FakeTracker()
    (ext,) = matches("-p tcp -m connlimit --connlimit-above 2 --connlimit-mask 24")
    ext.check_entry("filter", 0, None)
    m = ext.compile()
    results = []
    for i, sport in enumerate((1000, 1001, 1002)):
        ct = _conn(tr, sport, src=f"10.0.0.{i + 1}")
        par = param(tracker=tr, now=10.0 + i)
        results.append(m(packet(ip(6, tcp(sport=sport), src=f"10.0.0.{i + 1}"), ct=ct), par))
    assert results == [False, False, True]              # third connection of 10.0.0.0/24 is > 2
    # the same connection again is not counted twice
    ct = tr.table[next(iter(tr.table))]
    assert m(packet(ip(6, tcp(sport=1000)), ct=ct), param(tracker=tr, now=20.0))
    # connections that ended (gone from the table, or TCP TIME_WAIT) are pruned
    keys = list(tr.table)
    del tr.table[keys[0]]
    tr.table[keys[1]].proto = TIME_WAIT
    ct = _conn(tr, 2000, src="10.0.0.9")
    assert not m(packet(ip(6, tcp(sport=2000), src="10.0.0.9"), ct=ct), param(tracker=tr, now=30.0))


def test_connlimit_upto_and_daddr():
    tr = FakeTracker()
    (ext,) = matches("-m connlimit --connlimit-upto 1 --connlimit-daddr")
    m = ext.compile()
    ct = _conn(tr, 1)
    assert m(packet(ip(6, tcp(sport=1)), ct=ct), param(tracker=tr, now=1.0))
    ct2 = _conn(tr, 2, src="10.9.9.9")                   # another source, same destination
    assert not m(packet(ip(6, tcp(sport=2), src="10.9.9.9"), ct=ct2), param(tracker=tr, now=2.0))


# -- time -------------------------------------------------------------------------------------------
def _at(y, mo, d, h=0, mi=0, s=0):
    return float(calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)))


def test_time_daytime_weekday_monthday_date():
    p = packet(ip())
    fri_noon = _at(2024, 9, 13, 12, 0)                   # Friday 13th
    assert compiled("-m time --timestart 08:00 --timestop 17:00")(p, param(now=fri_noon))
    assert not compiled("-m time --timestart 13:00 --timestop 17:00")(p, param(now=fri_noon))
    assert compiled("-m time --weekdays Fri")(p, param(now=fri_noon))
    assert not compiled("-m time ! --weekdays Fri")(p, param(now=fri_noon))
    assert compiled("-m time --monthdays 13")(p, param(now=fri_noon))
    assert not compiled("-m time --monthdays 14")(p, param(now=fri_noon))
    assert compiled("-m time --datestart 2024-09-13T11:59:59 --datestop 2024-09-13T12:00:00")(
        p, param(now=fri_noon))
    assert not compiled("-m time --datestop 2024-09-13T11:59:59")(p, param(now=fri_noon))


def test_time_overnight_and_contiguous():
    p = packet(ip())
    sat_1am = _at(2024, 9, 14, 1, 0)
    overnight = "-m time --timestart 23:00 --timestop 02:00 --weekdays Fri"
    assert not compiled(overnight)(p, param(now=sat_1am))           # it is Saturday
    assert compiled(overnight + " --contiguous")(p, param(now=sat_1am))  # counted as Friday night
    assert not compiled(overnight)(p, param(now=_at(2024, 9, 13, 22, 0)))
