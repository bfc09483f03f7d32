"""nf_conntrack_pptp piece by piece: message checks, the session/call states, the GRE expectations and
keymap, teardown, storing (the whole, against the kernel: tests/scenarios/pptp-*, helpers_ref/)."""
from __future__ import annotations

import pickle

import pytest

from pyiptables.conntrack import Tracker
from pyiptables.conntrack.conn import IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY, IP_CT_NEW, IPS_EXPECTED, pack
from pyiptables.conntrack.expect import format_expect, record
from pyiptables.conntrack.helpers import NF_ACCEPT, find, help as run_helper
from pyiptables.conntrack.helpers import pptp
from pyiptables.packet import Packet, aton

from .pptp_scenarios import (CCRQ, CDN, ICCN, ICRP, ICRQ, OCRP, OCRQ, SCCRP, SCCRQ, SLI, STOPCCRP, STOPCCRQ, gre,
                             msg)
from .test_helpers_ftp import control as ftp_control, tcp

A, B = aton("10.0.1.2"), aton("10.0.2.2")


def control(tr):
    """A confirmed control connection A:40000 -> B:21 with CT --helper pptp."""
    return ftp_control(tr, helper="pptp")


def send(tr, ct, dir, payload, ctinfo=None, now=2.0):
    p = tcp(A, B, 40000, 21, 1001, payload) if dir == 0 else tcp(B, A, 21, 40000, 5001, payload)
    p.ct = ct
    p.ctinfo = ctinfo if ctinfo is not None else IP_CT_ESTABLISHED_REPLY if dir else IP_CT_ESTABLISHED
    return run_helper(tr, p, 4, now)


def gre_pkt(src, dst, key):
    d = gre(key)
    ip = bytearray(20 + len(d))
    ip[0], ip[2:4], ip[8], ip[9] = 0x45, len(ip).to_bytes(2, "big"), 64, 47
    ip[12:16], ip[16:20] = src.to_bytes(4, "big"), dst.to_bytes(4, "big")
    ip[20:] = d
    return Packet(ip)


def gre_in(tr, src, dst, key, now=3.0):
    p = gre_pkt(src, dst, key)
    tr.conntrack_in(p, 0, now)
    tr.confirm(p, now)
    return p.ct


def session(tr, ct):
    send(tr, ct, 0, msg(SCCRQ))
    send(tr, ct, 1, msg(SCCRP))
    return pptp.info_of(ct)


def test_registered_for_tcp_only():
    h = find("pptp", 6)
    assert h is not None and h.policies[0].max_expected == 2 and h.policies[0].timeout == 300
    assert find("pptp", 17) is None


def test_session_states():
    tr = Tracker()
    ct = control(tr)
    info = pptp.info_of(ct)
    send(tr, ct, 1, msg(SCCRP))                        # a reply before the request: ignored
    assert info.sstate == pptp.SESSION_NONE
    send(tr, ct, 0, msg(SCCRQ))
    assert info.sstate == pptp.SESSION_REQUESTED
    send(tr, ct, 0, msg(SCCRQ))                        # a second request: ignored
    send(tr, ct, 1, msg(SCCRP, result=2))
    assert info.sstate == pptp.SESSION_ERROR
    send(tr, ct, 0, msg(STOPCCRQ))
    assert info.sstate == pptp.SESSION_STOPREQ
    send(tr, ct, 1, msg(STOPCCRP))
    assert info.sstate == pptp.SESSION_NONE


@pytest.mark.parametrize("payload,ctinfo", [
    (msg(SCCRQ, magic=0x1A2B3C4E), None),             # wrong magic cookie
    (msg(SCCRQ, ptype=2), None),                       # a management message
    (msg(SCCRQ, cut=1), None),                         # one byte short of its size
    (msg(SCCRQ)[:11], None),                           # no full control header
    (msg(SCCRQ), IP_CT_NEW),                           # before the handshake completed
])
def test_not_parsed(payload, ctinfo):
    tr = Tracker()
    ct = control(tr)
    assert send(tr, ct, 0, payload, ctinfo) == NF_ACCEPT
    assert pptp.info_of(ct).sstate == pptp.SESSION_NONE


def test_outgoing_call_expects_gre_both_ways_and_maps_keys():
    events = []
    tr = Tracker(sink=events.append)
    ct = control(tr)
    info = session(tr, ct)
    send(tr, ct, 0, msg(OCRQ, 0x1111))
    assert (info.cstate, info.pns_call_id) == (pptp.CALL_OUT_REQ, 0x1111)
    send(tr, ct, 1, msg(OCRP, 0x2222, 0x9999))        # not our call
    assert len(tr.expectations) == 0 and info.cstate == pptp.CALL_OUT_REQ
    send(tr, ct, 1, msg(OCRP, 0x2222, 0x1111))
    assert (info.cstate, info.pac_call_id) == (pptp.CALL_OUT_CONF, 0x2222)
    got = sorted((e.src, e.dst, e.proto, e.sport, e.dport, e.spmask) for e in tr.expectations)
    assert got == sorted([(A, B, 47, 0x1111, 0x2222, 0xFFFF), (B, A, 47, 0x2222, 0x1111, 0xFFFF)])
    line = format_expect(record(next(iter(tr.expectations)), tr.now))
    assert "proto=47 src=10.0.1.2 dst=10.0.2.2 srckey=0x1111 dstkey=0x2222 mask-src=255.255.255.255" in line
    assert line.endswith("srckey=0xffff dstkey=0xffff master-src=10.0.1.2 master-dst=10.0.2.2 sport=40000 "
                         "dport=21 class=0 helper=pptp")
    assert [(k.src, k.dst, k.skey, k.dkey) for k in tr.gre_keymap] == [(A, B, 0x1111, 0x2222), (B, A, 0x2222, 0x1111)]
    g = gre_in(tr, A, B, 0x2222)                      # the keymap gives the source key
    assert g.tuple_orig == (A, B, 47, 0x1111, 0x2222) and g.status & IPS_EXPECTED and g.master is ct
    assert len(tr.expectations) == 0                  # one consumed, the other removed
    assert gre_in(tr, B, A, 0x1111) is g              # the reply direction finds the same entry


def test_disconnect_kills_the_gre_entry_and_drops_the_keymap():
    tr = Tracker()
    ct = control(tr)
    session(tr, ct)
    send(tr, ct, 0, msg(OCRQ, 0x1111))
    send(tr, ct, 1, msg(OCRP, 0x2222, 0x1111))
    g = gre_in(tr, A, B, 0x2222)
    send(tr, ct, 0, msg(CCRQ, 0x1111))
    assert pptp.info_of(ct).cstate == pptp.CALL_CLEAR_REQ and g.korig in tr.table
    send(tr, ct, 1, msg(CDN, 0x2222))
    assert g.korig not in tr.table and tr.gre_keymap == []
    assert gre_in(tr, A, B, 0x2222, now=4.0).tuple_orig == (A, B, 47, 0, 0x2222)


def test_disconnect_before_gre_removes_the_expectations():
    tr = Tracker()
    ct = control(tr)
    session(tr, ct)
    send(tr, ct, 0, msg(OCRQ, 0x1111))
    send(tr, ct, 1, msg(OCRP, 0x2222, 0x1111))
    assert len(tr.expectations) == 2
    send(tr, ct, 1, msg(CDN, 0x2222))
    assert len(tr.expectations) == 0 and tr.gre_keymap == []


def test_master_death_takes_the_call_with_it():
    tr = Tracker()
    ct = control(tr)
    session(tr, ct)
    send(tr, ct, 0, msg(OCRQ, 0x1111))
    send(tr, ct, 1, msg(OCRP, 0x2222, 0x1111))
    g = gre_in(tr, B, A, 0x1111)
    assert g.tuple_orig == (B, A, 47, 0x2222, 0x1111)
    tr.kill(ct)
    assert g.korig not in tr.table and tr.gre_keymap == []


def test_incoming_call_and_a_second_call_while_the_keymap_is_held():
    events = []
    tr = Tracker(sink=events.append)
    ct = control(tr)
    info = session(tr, ct)
    send(tr, ct, 0, msg(ICRP, 0x6666, 0x5555))        # no request yet: ignored
    assert info.cstate == pptp.CALL_NONE
    send(tr, ct, 1, msg(ICRQ, 0x5555))
    send(tr, ct, 0, msg(ICRP, 0x6666, 0x5555, result=2))   # refused
    assert info.cstate == pptp.CALL_NONE
    send(tr, ct, 1, msg(ICRQ, 0x5555))
    send(tr, ct, 0, msg(ICRP, 0x6666, 0x5555))
    send(tr, ct, 1, msg(ICCN, 0x6666))
    assert info.cstate == pptp.CALL_IN_CONF and len(tr.expectations) == 2
    g = gre_in(tr, B, A, 0x6666)
    assert g.tuple_orig == (B, A, 47, 0x5555, 0x6666)
    n = len(events)
    send(tr, ct, 0, msg(OCRQ, 0x7777))
    send(tr, ct, 1, msg(OCRP, 0x8888, 0x7777))
    kinds = [e.rec.get("k") for e in events[n:] if e.rec.get("x")]
    assert kinds == ["NEW", "NEW", "DESTROY", "DESTROY"] and len(tr.expectations) == 0
    assert len(tr.gre_keymap) == 2                    # still the incoming call's


def test_a_dying_gre_entry_takes_the_masters_keymap():
    """nf_ct_destroy() of a GRE entry with a master drops the master's keymap (measured: a call's GRE
    entry expired, reaped by the next packet's lookup, whose tuple still had the mapped source key;
    the packet after got source key 0)."""
    tr = Tracker()
    ct = control(tr)
    session(tr, ct)
    send(tr, ct, 0, msg(OCRQ, 0x1111))
    send(tr, ct, 1, msg(OCRP, 0x2222, 0x1111))
    g = gre_in(tr, A, B, 0x2222)
    assert len(tr.gre_keymap) == 2
    tr.kill(g)
    assert tr.gre_keymap == [] and pptp.info_of(ct).keymap == [None, None]
    assert gre_in(tr, A, B, 0x2222, now=4.0).tuple_orig == (A, B, 47, 0, 0x2222)


def test_keymap_survives_storing():
    tr = Tracker()
    ct = control(tr)
    session(tr, ct)
    send(tr, ct, 0, msg(OCRQ, 0x1111))
    send(tr, ct, 1, msg(OCRP, 0x2222, 0x1111))
    tr2 = pickle.loads(pickle.dumps(tr))
    master = tr2.table[ct.korig]
    info = pptp.info_of(master)
    assert info.keymap[0] is tr2.gre_keymap[0] and info.keymap[1] is tr2.gre_keymap[1]
    g = gre_in(tr2, A, B, 0x2222)
    assert g.tuple_orig[3] == 0x1111 and g.master is master
    tr2.kill(master)
    assert tr2.gre_keymap == [] and g.korig not in tr2.table


def test_set_link_info_both_ways_changes_nothing():
    tr = Tracker()
    ct = control(tr)
    info = session(tr, ct)
    before = info.__getstate__()
    assert send(tr, ct, 0, msg(SLI, 1)) == NF_ACCEPT and send(tr, ct, 1, msg(SLI, 2)) == NF_ACCEPT
    assert info.__getstate__() == before


def test_gre_without_keymap_or_not_ppp():
    tr = Tracker()
    p = gre_pkt(A, B, 0x2222)
    assert tr.packet_key(p) == pack(A, B, 47, 0, 0x2222)
    p.data[22:24] = b"\x08\x00"                        # not PPP: cannot be tracked
    assert tr.packet_key(p) is None
