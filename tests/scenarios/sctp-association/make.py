#!/usr/bin/env python3
"""SCTP associations through FORWARD with -m sctp and ctstate rules (nf_conntrack_proto_sctp):
INIT / INIT_ACK / COOKIE_ECHO+DATA / COOKIE_ACK / DATA and SACK both ways / HEARTBEAT /
SHUTDOWN / SHUTDOWN_ACK / SHUTDOWN_COMPLETE walk CLOSED, COOKIE_WAIT, COOKIE_ECHOED, ESTABLISHED
(ASSURED), SHUTDOWN_SENT, SHUTDOWN_ACK_SENT, CLOSED; a wrong verification tag, a bad CRC32c,
an INIT with a nonzero tag or bundled with DATA, an out-of-the-blue COOKIE_ACK, a short header
and a zero-length chunk are INVALID; an ABORT closes a second association; a HEARTBEAT opens
HEARTBEAT_SENT, answered back to ESTABLISHED; an INIT answered by SHUTDOWN from the reply side."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(HERE), os.path.dirname(os.path.dirname(os.path.dirname(HERE)))]
from natlab import Cap, write  # noqa: E402
from tests.kernel.sctpkit import (ABORT, COOKIE_ACK, COOKIE_ECHO, HEARTBEAT, HEARTBEAT_ACK, INIT, INIT_ACK,  # noqa: E402
                     SHUTDOWN, SHUTDOWN_ACK, SHUTDOWN_COMPLETE, chunk, data, init, sack, sctp)

RULES = """
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -m conntrack --ctstatus ASSURED
-A FORWARD -m state --state UNTRACKED
-A FORWARD -p sctp -m sctp --chunk-types any DATA
-A FORWARD -p sctp -m sctp ! --chunk-types only INIT,INIT_ACK,COOKIE_ECHO,COOKIE_ACK
-A FORWARD -m conntrack --ctstate INVALID -j DROP
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -p sctp -m sctp --dport 36412 --chunk-types only INIT -m conntrack --ctstate NEW -j ACCEPT
-A FORWARD -p sctp -m sctp --sport 36412 -m conntrack --ctstate NEW -j ACCEPT
-A FORWARD -p sctp -m sctp --dport 2905 -j ACCEPT
COMMIT
"""

C, S = "192.168.1.10", "93.184.216.34"
cap = Cap()


def c(vtag, *chunks, src=C, sport=40000, gap=None, **kw):
    return cap.add("left", sctp(src, S, sport, 36412, vtag, chunks, **kw), gap)


def s(vtag, *chunks, dst=C, dport=40000, gap=None, **kw):
    return cap.add("right", sctp(S, dst, 36412, dport, vtag, chunks, **kw), gap)


CT, ST = 0x11111111, 0x22222222            # the client's and the server's initiate tags
c(0, init(INIT, CT))
s(CT, init(INIT_ACK, ST, tsn=5000))
c(ST, chunk(COOKIE_ECHO, 0, b"cookie" * 4), data(1000, b"attach request"))
s(CT, chunk(COOKIE_ACK))
s(CT, sack(1000), data(5000, b"attach accept"))
c(ST, sack(5000))
c(0xDEADBEEF, data(1001, b"wrong tag"))                 # verification tag check: INVALID
c(ST, data(1001, b"bad crc"), bad_crc=True)            # CRC32c checked at PREROUTING: INVALID
c(ST, data(1001, b"again"))
s(CT, chunk(HEARTBEAT, 0, b"\0\1\0\x0chbinfo!!"))
c(ST, chunk(HEARTBEAT_ACK, 0, b"\0\1\0\x0chbinfo!!"))
c(ST, chunk(SHUTDOWN, 0, (1001).to_bytes(4, "big")))
s(CT, chunk(SHUTDOWN_ACK))
c(ST, chunk(SHUTDOWN_COMPLETE))
c(ST, data(1002, b"after close"))                       # CLOSED: vtags still known
# a second association, aborted by the server after INIT_ACK
c(0, init(INIT, 0x33333333), sport=40001)
s(0x33333333, init(INIT_ACK, 0x44444444), dport=40001)
s(0x33333333, chunk(ABORT), dport=40001)
c(0x44444444, data(1, b"late"), sport=40001)
# malformed or out of the blue
c(0x1234, init(INIT, 0x55555555), sport=40002)          # INIT with a nonzero vtag
c(0, init(INIT, 0x66666666), data(1, b"x"), sport=40003)  # INIT bundled: must be alone
c(0x7777, chunk(COOKIE_ACK), sport=40004)               # OOTB COOKIE_ACK
c(0x7777, data(1, b"first"), sport=40005)               # DATA first: NEW (CLOSED state)
cap.add("left", sctp(C, S, 40006, 36412, 0, [chunk(INIT, 0, b"", length=0)]))   # zero-length chunk
cap.add("left", sctp(C, S, 40007, 2905, 0, []))                                  # no chunk at all
from scapy.layers.inet import IP  # noqa: E402
from scapy.packet import Raw  # noqa: E402
cap.add("left", IP(src=C, dst=S, proto=132) / Raw(b"\x9c\x48\x0b\x59\0\0\0\0"))  # 8 bytes: short
# a HEARTBEAT first: HEARTBEAT_SENT, its ACK from the other side: ESTABLISHED
c(0xAAAA, chunk(HEARTBEAT, 0, b"\0\1\0\x08ping"), sport=40008)
s(0xBBBB, chunk(HEARTBEAT_ACK, 0, b"\0\1\0\x08ping"), dport=40008)
c(0xAAAA, data(7, b"after heartbeat"), sport=40008)
# the server side opens towards a client: --sport 36412 rule
cap.add("right", sctp(S, C, 36412, 40009, 0, [init(INIT, 0x99999999)]))
cap.add("left", sctp(C, S, 40009, 36412, 0x99999999, [chunk(SHUTDOWN, 0, b"\0\0\0\0")]))
# a third association: the server shuts down (SHUTDOWN_RECD); heartbeats on another path (new tags)
c(0, init(INIT, 0x12121212), sport=40010)
s(0x12121212, init(INIT_ACK, 0x34343434), dport=40010)
c(0x34343434, chunk(COOKIE_ECHO, 0, b"c" * 8), sport=40010)
s(0x12121212, chunk(COOKIE_ACK), dport=40010)
c(0x56565656, chunk(HEARTBEAT, 0, b"\0\1\0\x08path"), sport=40010)      # wrong tag: kept, not refreshing
s(0x78787878, chunk(HEARTBEAT_ACK, 0, b"\0\1\0\x08path"), dport=40010)  # answered: the reply tag moves
s(0x78787878, data(9000, b"on the new path"), dport=40010)
c(0x34343434, chunk(HEARTBEAT, 0, b"\0\1\0\x08back"), sport=40010)
s(0x78787878, chunk(SHUTDOWN, 0, b"\0\0\0\0"), dport=40010)
c(0x34343434, chunk(SHUTDOWN_ACK), sport=40010)
s(0x78787878, chunk(SHUTDOWN_COMPLETE), dport=40010)            # CLOSED, 10 s: outlives the capture
# an INIT retransmitted after CLOSED: accepted without renewing the timeout
c(0, init(INIT, 0x11111111), gap=2.0)
# INIT, INIT_ACK, then the COOKIE_WAIT timeout (3 s) passes: the COOKIE_ECHO opens nothing
c(0, init(INIT, 0x13131313), sport=40011)
s(0x13131313, init(INIT_ACK, 0x24242424), dport=40011)
c(0x24242424, chunk(COOKIE_ECHO, 0, b"c" * 8), sport=40011, gap=4.0)
write(__file__, RULES, cap, "SCTP associations through FORWARD: -m sctp port and chunk-type rules with ctstate "
      "rules; the nf_conntrack_proto_sctp state machine, vtag checks, CRC32c, malformed chunk lists",
      sysctl={"net.netfilter.nf_conntrack_sctp_timeout_established": "100",
              "net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent": "20"})
