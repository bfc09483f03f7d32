"""TCP tracker corners measured against the kernel (tests/scenarios/tcp-* keep the kernel
comparison; these pin the facts without a lab)."""
from scapy.layers.inet import IP, TCP
from scapy.packet import Raw

from pyiptables.conntrack import IP_CT_INVALID, NF_ACCEPT, Tracker
from pyiptables.conntrack import proto_tcp as T
from pyiptables.packet import Packet

C, S = "192.168.1.10", "93.184.216.34"
FAR = 1 << 31


def seg(src, dst, sp, dp, flags, seq, ack=0, data=b"", win=502):
    p = IP(src=src, dst=dst) / TCP(sport=sp, dport=dp, flags=flags, seq=seq & 0xFFFFFFFF,
                                   ack=ack & 0xFFFFFFFF, window=win)
    return Packet(bytes(p / Raw(data) if data else p))


class Conn:
    """One client port against the server, fed into one tracker at increasing times."""

    def __init__(self, tr, port):
        self.tr, self.port, self.t = tr, port, 0.0

    def _feed(self, p):
        self.t += 0.01
        if self.tr.conntrack_in(p, 0, self.t) == NF_ACCEPT:
            self.tr.confirm(p, self.t)
        return p

    def c(self, flags, seq, ack=0, data=b""):
        return self._feed(seg(C, S, self.port, 80, flags, seq, ack, data))

    def s(self, flags, seq, ack=0, data=b""):
        return self._feed(seg(S, C, 80, self.port, flags, seq, ack, data))


def crossing(tr, port):
    """Client SYN (ISN 1000), server SYN (ISN 9000): SYN_SENT2, the server's SYN annotated last."""
    k = Conn(tr, port)
    k.c("S", 1000)
    p = k.s("S", 9000)
    assert p.ct.proto == T.SYN_SENT2
    return k, p.ct


def test_rst_for_the_last_syn_must_come_from_the_other_side():
    # measured (tests/scenarios/tcp-simultaneous-open): after the server's SYN, a RST far out of
    # window with ACK number 0 closes when the client sends it, not when the server does
    tr = Tracker()
    k, ct = crossing(tr, 40000)
    p = k.s("RA", 9001 + FAR, 0)
    assert p.ctinfo == IP_CT_INVALID and ct.proto == T.SYN_SENT2
    p = k.c("RA", 1001 + FAR, 0)
    assert p.ctinfo != IP_CT_INVALID and ct.proto == T.CLOSE


def established_then_ignored_syn(tr, port):
    k = Conn(tr, port)
    k.c("S", 1000)
    k.s("SA", 9000, 1001)
    k.c("A", 1001, 9001)
    ct = k.c("PA", 1001, 9001, b"hello").ct
    k.s("A", 9001, 1006)
    k.c("S", 500000)                                  # ignored: last SYN annotated from the client
    assert ct.proto == T.ESTABLISHED
    return k, ct


def test_rst_after_an_ignored_syn_from_its_sender_is_window_checked():
    tr = Tracker()
    k, ct = established_then_ignored_syn(tr, 40001)
    p = k.c("RA", 1006 + FAR, 500001)                 # its own RST, ACK = the SYN's end: no skip
    assert p.ctinfo == IP_CT_INVALID and ct.proto == T.ESTABLISHED
    k, ct = established_then_ignored_syn(tr, 40002)
    p = k.s("RA", 9001 + FAR, 500001)                 # the server's RST for that SYN: closes
    assert p.ctinfo != IP_CT_INVALID and ct.proto == T.CLOSE
