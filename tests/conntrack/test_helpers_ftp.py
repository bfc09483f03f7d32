"""nf_conntrack_ftp's parsing and the expectation table, piece by piece (the whole, against the kernel,
is test_helpers_kernel.py)."""
from __future__ import annotations

import pickle

import pytest

from pyiptables.conntrack import Tracker
from pyiptables.conntrack.conn import (IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY, IPS_CONFIRMED, IPS_EXPECTED,
                                       IPS_TEMPLATE, Conn)
from pyiptables.conntrack.expect import (EBUSY, EMFILE, ESHUTDOWN, Expectation, Policy, format_expect,
                                         help_of, listing, record)
from pyiptables.conntrack.helpers import NF_ACCEPT, NF_DROP, find, help as run_helper
from pyiptables.conntrack.helpers import ftp
from pyiptables.packet import Packet, aton

A, B = aton("10.0.1.2"), aton("10.0.2.2")


def parse(data: bytes, dir=0):
    """find_pattern over search[dir] -> (found, address, port, matchoff, matchlen)."""
    d = bytearray(data)
    cmd = [0xDEADBEEF, 0]
    for pattern, skip, term, _t, getnum in ftp.SEARCH[dir]:
        found, off, n = ftp.find_pattern(d, 0, len(d), pattern, skip, term, cmd, getnum)
        if found:
            return found, cmd[0], cmd[1], off, n
    return 0, cmd[0], cmd[1], 0, 0


@pytest.mark.parametrize("data,want", [
    (b"PORT 10,0,1,2,156,65\r\n", (1, A, 40001, 5, 15)),
    (b"port 10,0,1,2,156,65\r\n", (1, A, 40001, 5, 15)),
    (b"PORTS 10,0,1,2,156,65\r\n", (1, A, 40001, 6, 15)),     # skips to the first blank
    (b"PORT  10,0,1,2,156,65\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),  # the numbers start right after it
    (b"PORT 10,0,1,2,156,65\n", (-1, 0xDEADBEEF, 0, 0, 0)),   # terminator must be \r
    (b"PORT 10,0,1,2,156\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"PORT 10,0,1,2,156,65,7\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"PORT\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"PORT ", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"PO", (-1, 0xDEADBEEF, 0, 0, 0)),                         # a prefix of a pattern
    (b"E", (-1, 0xDEADBEEF, 0, 0, 0)),                          # ... of EPRT
    (b"POST x\r\n", (0, 0xDEADBEEF, 0, 0, 0)),
    (b"PORT 266,0,1,2,1,300\r\n", (1, A, 300, 5, 15)),     # u32 arithmetic, (p1 << 8) | p2, no range check
    (b"EPRT |1|10.0.1.2|40001|\r\n", (1, A, 40001, 5, 18)),
    (b"EPRT !1!10.0.1.2!40001!\r\n", (1, A, 40001, 5, 18)),
    (b"EPRT 1|1|10.0.1.2|40001|\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),  # a digit cannot delimit
    (b"EPRT |2|::1|40001|\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),         # IPv6 on an IPv4 connection
    (b"EPRT |1|10.0.1.2|0|\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),        # port 0
])
def test_client_commands(data, want):
    assert parse(data, 0) == want


@pytest.mark.parametrize("data,want", [
    (b"227 Entering Passive Mode (10,0,2,2,195,80).\r\n", (1, B, 50000, 27, 15)),
    (b"227 =10,0,2,2,195,80\r\n", (1, B, 50000, 5, 15)),
    (b"227 10,0,2,2,195,80", (-1, 0xDEADBEEF, 0, 0, 0)),              # numbers to the very end
    (b"227 Entering Passive Mode (10,0,2,2,195).\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"227 no numbers\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"22", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"229 Entering Extended Passive Mode (|||50002|)\r\n", (1, 0xDEADBEEF, 50002, 36, 9)),
    (b"229 x (|||0|)\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"229 x (||50002|)\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"229 no parenthesis\r\n", (-1, 0xDEADBEEF, 0, 0, 0)),
    (b"200 ok\r\n", (0, 0xDEADBEEF, 0, 0, 0)),
    (b"PORT 10,0,1,2,156,65\r\n", (0, 0xDEADBEEF, 0, 0, 0)),           # client commands only from the client
])
def test_server_replies(data, want):
    assert parse(data, 1) == want


def test_newline_sequence_memory():
    seqs = []
    for s in (100, 200, 150, 200, 300):
        ftp.update_nl_seq(seqs, s)
    assert seqs == [300, 200]             # two kept; an older one never replaces a newer
    seqs = [0xFFFFFFF0, 5]                # wrapped: 0xFFFFFFF0 is older than 5
    ftp.update_nl_seq(seqs, 10)
    assert seqs == [10, 5]


# -- the helper on packets -------------------------------------------------------------------------
def tcp(src, dst, sport, dport, seq, payload=b"", flags=0x18):
    ip = bytearray(20 + 20 + len(payload))
    ip[0], ip[2:4], ip[8], ip[9] = 0x45, len(ip).to_bytes(2, "big"), 64, 6
    ip[12:16], ip[16:20] = src.to_bytes(4, "big"), dst.to_bytes(4, "big")
    ip[20:22], ip[22:24] = sport.to_bytes(2, "big"), dport.to_bytes(2, "big")
    ip[24:28] = seq.to_bytes(4, "big")
    ip[32], ip[33] = 0x50, flags
    ip[40:] = payload
    s = sum(int.from_bytes(ip[i:i + 2], "big") for i in range(20, len(ip) - 1, 2))
    s += (ip[-1] << 8 if len(ip) % 2 else 0) + (src >> 16) + (src & 0xFFFF) + (dst >> 16) + (dst & 0xFFFF) + 6
    s += len(ip) - 20
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    ip[36:38] = (~s & 0xFFFF).to_bytes(2, "big")
    return Packet(ip)


def control(tr, helper="ftp", sport=40000):
    """A confirmed control connection A:sport -> B:21 with a helper."""
    tmpl = Conn(0, 0)
    tmpl.status = IPS_TEMPLATE | IPS_CONFIRMED
    tmpl.helper = helper
    p = tcp(A, B, sport, 21, 1000, flags=0x02)
    tr.conntrack_in(p, 0, 1.0, template=tmpl)
    tr.confirm(p, 1.0)
    ct = p.ct
    return ct


def send(tr, ct, dir, seq, payload, now=2.0):
    p = tcp(A, B, 40000, 21, seq, payload) if dir == 0 else tcp(B, A, 21, 40000, seq, payload)
    p.ct, p.ctinfo = ct, IP_CT_ESTABLISHED_REPLY if dir else IP_CT_ESTABLISHED
    return run_helper(tr, p, 4, now)


def test_first_line_of_a_direction_is_not_parsed_and_drop_keeps_position():
    tr = Tracker()
    ct = control(tr)
    port = b"PORT 10,0,1,2,156,65\r\n"
    assert send(tr, ct, 0, 1001, port) == NF_ACCEPT and len(tr.expectations) == 0
    nxt = 1001 + len(port)
    assert send(tr, ct, 0, nxt, b"PORT 10,0,1,2,156,65\n") == NF_DROP      # partial: nothing remembered
    assert send(tr, ct, 0, nxt, port) == NF_ACCEPT and len(tr.expectations) == 1
    (exp,) = list(tr.expectations)
    assert (exp.src, exp.smask, exp.dst, exp.dport, exp.spmask, exp.proto) == (B, 0xFFFFFFFF, A, 40001, 0, 6)
    assert ct.ext.expecting.expecting[0] == 1


def test_loose_param(monkeypatch):
    tr = Tracker()
    ct = control(tr)
    send(tr, ct, 0, 1001, b"USER x\r\n")
    assert send(tr, ct, 0, 1009, b"PORT 10,0,1,9,156,65\r\n") == NF_ACCEPT
    assert len(tr.expectations) == 0
    monkeypatch.setattr(ftp, "LOOSE", True)
    send(tr, ct, 0, 1031, b"NOOP\r\n")
    assert send(tr, ct, 0, 1037, b"PORT 10,0,1,9,156,65\r\n") == NF_ACCEPT
    (exp,) = list(tr.expectations)
    assert exp.dst == aton("10.0.1.9")


def test_helper_lookup_by_protocol():
    assert find("ftp", 6).name == "ftp" and find("ftp", 17) is None
    assert find("tftp", 17).name == "tftp" and find("nope") is None


# -- the expectation table ----------------------------------------------------------------------------
def expect(ct, port, src=B, sport=None):
    return Expectation(ct, 0, src, (ct.korig >> 64) & 0xFFFFFFFF, 6, sport, port)


def test_related_limits_and_events():
    events = []
    tr = Tracker(sink=events.append)
    ct = control(tr)
    tr.now = 2.0
    pol = Policy(2, 300)
    assert tr.expectations.related(expect(ct, 5000), pol) == -ESHUTDOWN     # master without helper state
    help_of(ct)
    assert tr.expectations.related(expect(ct, 5000), pol) == 0
    assert tr.expectations.related(expect(ct, 5001), pol) == 0
    assert tr.expectations.related(expect(ct, 5002), pol) == 0               # evicts 5000, the oldest
    assert sorted(e.dport for e in tr.expectations) == [5001, 5002]
    assert tr.expectations.related(expect(ct, 5002), pol) == 0               # same tuple: replaced
    other = control(tr, sport=40001)                                         # another master
    help_of(other)
    assert tr.expectations.related(expect(other, 5001, src=None), pol) == -EBUSY   # overlaps 5001
    tr.expect_max = 2
    assert tr.expectations.related(expect(other, 6000), pol) == -EMFILE
    kinds = [(e.kind, e.rec["o"][3]) for e in events if e.rec.get("x")]
    assert kinds == [("NEW", 5000), ("NEW", 5001), ("DESTROY", 5000), ("NEW", 5002), ("DESTROY", 5002),
                     ("NEW", 5002)]


def test_timer_master_death_and_fulfilment():
    events = []
    tr = Tracker(sink=events.append)
    ct = control(tr)
    help_of(ct)
    tr.now = 2.0
    tr.expectations.related(expect(ct, 5000), Policy(0, 10))
    tr.expire(12.5)
    assert len(tr.expectations) == 0
    last = events[-1]
    assert last.kind == "DESTROY" and last.ts == 12.0 and last.startswith("[DESTROY] 0 proto=6 ")
    tr.now = 13.0
    tr.expectations.related(expect(ct, 5001), Policy(0, 300))
    p = tcp(B, A, 20, 5001, 7000, flags=0x02)
    tr.conntrack_in(p, 0, 14.0)
    assert p.ctinfo == 1 and p.ct.status & IPS_EXPECTED and p.ct.master is ct and p.ct.helper is None
    tr.confirm(p, 14.0)
    assert events[-1].startswith("    [NEW] tcp      6 120 SYN_SENT src=10.0.2.2")
    tr.expectations.related(expect(ct, 5002), Policy(0, 300))
    tr.kill(ct)
    assert len(tr.expectations) == 0 and events[-1].kind == "DESTROY" and events[-1].rec.get("x")


def test_stored_and_loaded():
    tr = Tracker()
    ct = control(tr)
    send(tr, ct, 1, 5001, b"220 hi\r\n")
    send(tr, ct, 1, 5009, b"227 (10,0,2,2,195,80)\r\n")
    tr2 = pickle.loads(pickle.dumps(tr))
    (exp,) = list(tr2.expectations)
    master = tr2.table[ct.korig]
    assert exp.master is master and master.ext.expecting.exps == [exp]
    assert listing(tr2) == [format_expect(record(exp, tr2.now))]
    p = tcp(A, B, 40001, 50000, 9000, flags=0x02)
    tr2.conntrack_in(p, 0, 3.0)
    assert p.ct.master is master and len(tr2.expectations) == 0 and master.ext.expecting.expecting[0] == 0


def test_expect_line_format():
    tr = Tracker()
    ct = control(tr)
    help_of(ct)
    tr.now = 1.5
    e = expect(ct, 40001)
    tr.expectations.related(e, ftp.POLICY)
    assert format_expect(record(e, 2.0)) == (
        "299 proto=6 src=10.0.2.2 dst=10.0.1.2 sport=0 dport=40001 mask-src=255.255.255.255 "
        "mask-dst=255.255.255.255 sport=0 dport=65535 master-src=10.0.1.2 master-dst=10.0.2.2 sport=40000 "
        "dport=21 class=0 helper=ftp")
    e.flags = 1
    assert "dport=21 PERMANENT class=0 helper=ftp" in format_expect(record(e, 2.0), "NEW")
    assert listing(tr, xml=True)[1].startswith('<flow><layer3 protonum="2" protoname="ipv4"><expected>')
