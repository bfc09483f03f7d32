#!/usr/bin/env python3
"""Window scaling and SACK as negotiated in the handshake, seen through the window checks.

Windows are scaled only when both SYNs carried the option (RFC 7323); a shift above 14 counts as
14. A segment 20000 bytes ahead fits a 509-byte window shifted by 7, not an unscaled one. A
zero window gives the entry the max_retrans timeout, unacknowledged data the unacknowledged one
(both shortened to tell them apart). A SACK block's right edge is the ACK the
tracker checks only when SACK was permitted in the SYN of the other side: past what was sent it
is INVALID, without SACK it is not even read."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -m length --length 1000:65535 -m conntrack --ctstate INVALID
""")

cap = Cap()
WEB = ("93.184.216.34", 443)


def ws(shift, sack=False):
    return [("MSS", 1460)] + ([("SAckOK", b"")] if sack else []) + [("WScale", shift)]


def conn(port, copts, sopts, cwin=502, swin=509):
    t = Tcp(cap, "left", "right", ("192.168.1.10", port), WEB, isn=1000, risn=9000)
    t.c("S", opts=copts)
    t.s("SA", opts=sopts)
    t.c("A", win=cwin)
    t.s("A", win=swin)
    return t


def ahead(t, n=20000, back=30000):
    """Client data n bytes past what the server acknowledged, server data `back` bytes ahead
    (as after lost segments); neither moves the tracked numbers."""
    seq, rseq = t.seq, t.rseq
    t.c("PA", b"c" * 1200, seq=seq + n)
    t.s("PA", b"s" * 1200, seq=rseq + back, ack=seq)
    t.seq = seq
    t.c("A", ack=rseq)


ahead(conn(40600, ws(7), ws(7)))                     # scaled both ways: in window
ahead(conn(40601, ws(7), [("MSS", 1460)]))           # the server did not offer it: INVALID
ahead(conn(40602, [("MSS", 1460)], ws(7)))           # the client did not: INVALID
# shift 15 is taken as 14: the server's window is 2 << 14 = 32768 (not 65536), and a segment
# overshooting the window by more than that is INVALID (80000 ahead), one by less is let through
t = conn(40603, ws(15), ws(15), cwin=2, swin=2)
t.c("PA", b"c" * 1200, seq=1001 + 80000)
t.c("PA", b"c" * 1200, seq=1001 + 30000)
t.c("PA", b"c" * 1200, seq=1001 + 40000)           # overshoots by 8433 <= 32768: let through
t.s("A", ack=1001)
# a zero window (after scaling too): the entry gets the max_retrans timeout (100 s here) rather
# than the unacknowledged one (200 s here)
t = conn(40604, ws(7), ws(7))
t.c("PA", b"request")
t.s("A", win=0)
# SACK permitted both ways: a SACK block past what the client sent is INVALID
t = conn(40605, ws(7, True), ws(7, True))
t.c("PA", b"x" * 300)
t.s("A", ack=t.seq - 300, opts=[("NOP", None), ("NOP", None), ("SAck", (t.seq - 200, t.seq))])
t.s("A", ack=t.seq - 300, opts=[("NOP", None), ("NOP", None), ("SAck", (t.seq - 200, t.seq + 90000))])
# the same block without SACK permitted by the client: not read, the ACK and a FIN pass
t = conn(40606, ws(7), ws(7, True))
t.c("PA", b"x" * 300)
t.s("A", ack=t.seq - 300, opts=[("NOP", None), ("NOP", None), ("SAck", (t.seq - 200, t.seq + 90000))])
t.s("FA", ack=t.seq - 300, opts=[("NOP", None), ("NOP", None), ("SAck", (t.seq - 200, t.seq + 90000))])
SYSCTL = {"net.netfilter.nf_conntrack_tcp_timeout_max_retrans": "100",
          "net.netfilter.nf_conntrack_tcp_timeout_unacknowledged": "200"}
# the server's data 30000 ahead right after the handshake: the client's window comes from its
# handshake ACK (the SYN_RECV -> ESTABLISHED segment), scaled
t = Tcp(cap, "left", "right", ("192.168.1.10", 40607), WEB, isn=1000, risn=9000)
t.c("S", opts=ws(7))
t.s("SA", opts=ws(7))
t.c("A")
t.s("PA", b"s" * 1200, seq=t.rseq + 30000)
# the server sends 8400 bytes, the client's FIN acknowledges only the first 1400: 7000 below the
# server's data is inside the 66000 bytes the ACK may lag, so the FIN counts (FIN_WAIT)
t = conn(40608, ws(7), ws(7))
for _ in range(6):
    t.s("PA", b"s" * 1400)
t.c("FA", ack=t.rseq - 7000)
# unscaled, the client's window 20000: the server sends 15400 bytes (all acknowledged), then 15400
# more; the client's FIN acknowledging only the first 1400 lags 29400 behind, which is more than
# the client's window but less than the 66000 the ACK may lag: the FIN counts (FIN_WAIT)
t = Tcp(cap, "left", "right", ("192.168.1.10", 40610), WEB, isn=1000, risn=9000)
t.c("S", win=20000)
t.s("SA", win=20000)
t.c("A", win=20000)
for _ in range(11):
    t.s("PA", b"s" * 1400)
t.c("A", win=20000)
for _ in range(11):
    t.s("PA", b"s" * 1400)
t.c("FA", ack=9001 + 1400, win=20000)
# the handshake's ACK carrying data: unacknowledged data gives the unacknowledged timeout (200 s here)
t = Tcp(cap, "left", "right", ("192.168.1.10", 40609), WEB, isn=1000, risn=9000)
t.c("S", opts=ws(7))
t.s("SA", opts=ws(7))
t.c("PA", b"request in the third segment")
write(__file__, RULES, cap, "window scaling: data 20000 bytes ahead is in window only when both SYNs offered "
      "scaling; shift 15 counts as 14; a zero window gives the max_retrans timeout; a SACK edge past "
      "the data sent is INVALID only where SACK was permitted", sysctl=SYSCTL)
