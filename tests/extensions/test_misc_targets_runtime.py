"""NFQUEUE, TRACE, AUDIT, CLASSIFY and CHECKSUM at run time."""
from __future__ import annotations

from scapy.layers.inet import IP, TCP, UDP

from pyiptables.extensions.targets.nfqueue import queue_verdict
from pyiptables.packet import Packet
from pyiptables.parse.cmdline import parse_argv
from pyiptables.xtables import LOCAL_OUT, NF_ACCEPT, NF_DROP, NF_QUEUE, XT_CONTINUE, ActionParam


def target(table: str, chain: str, rule: str):
    return parse_argv(["iptables", "-t", table, "-A", chain, *rule.split()]).target.compile()


def pkt_udp(**kw) -> Packet:
    return Packet(bytes(IP(src="10.0.0.1", dst="10.0.0.2", **kw) / UDP(sport=1, dport=2) / b"abc"))


def test_nfqueue_verdicts():
    v = target("filter", "INPUT", "-j NFQUEUE --queue-num 7")(pkt_udp(), ActionParam())
    assert v == NF_QUEUE | 7 << 16 and queue_verdict(v) == NF_DROP
    v = target("filter", "INPUT", "-j NFQUEUE --queue-num 7 --queue-bypass")(pkt_udp(), ActionParam())
    assert v == NF_QUEUE | 7 << 16 | 0x8000 and queue_verdict(v) == NF_ACCEPT
    v = target("filter", "INPUT", "-j NFQUEUE --queue-balance 3:5")(pkt_udp(), ActionParam())
    assert v & 0xFF == NF_QUEUE and 3 <= v >> 16 <= 5


def test_trace_sets_nf_trace():
    p = pkt_udp()
    assert target("raw", "PREROUTING", "-j TRACE")(p, ActionParam()) == XT_CONTINUE and p.trace


def test_audit_record_text():
    lines = []
    p = pkt_udp()
    p.mark = 0x2A
    assert target("filter", "INPUT", "-j AUDIT --type drop")(p, ActionParam(log=lines.append)) == XT_CONTINUE
    assert lines == ["mark=0x2a saddr=10.0.0.1 daddr=10.0.0.2 proto=17"] and lines[0].target == "AUDIT"


def test_classify_sets_priority():
    p = pkt_udp()
    assert target("mangle", "POSTROUTING", "-j CLASSIFY --set-class 1:10")(p, ActionParam()) == XT_CONTINUE
    assert p.priority == 0x00010010


def test_checksum_fill_completes_local_udp_and_tcp():
    for l4 in (UDP(sport=1, dport=2), TCP(sport=1, dport=2)):
        full = bytes(IP(src="10.0.0.1", dst="10.0.0.2") / l4 / b"payload")
        partial = bytearray(full)
        off = 20 + (6 if isinstance(l4, UDP) else 16)
        partial[off:off + 2] = b"\x12\x34"          # what an offloading NIC's capture shows
        p = Packet(partial)
        p.local_origin = True
        par = ActionParam()
        par.hook = LOCAL_OUT
        target("mangle", "OUTPUT", "-j CHECKSUM --checksum-fill")(p, par)
        assert bytes(p.data) == full
        received = Packet(partial)                  # not locally generated: left alone
        target("mangle", "OUTPUT", "-j CHECKSUM --checksum-fill")(received, par)
        assert bytes(received.data) == bytes(partial)
