#!/usr/bin/env python3
"""-m sctp and -m dccp without conntrack (xt_sctp, xt_dccp): --chunk-types any/all/only with flag
letters, inverted, NONE and ALL, flags stored for I_DATA (never applied), ports; bundled, padded and
flagged chunks; a chunk length past the end; a zero-length chunk, a missing chunk header and a
short common header hotdrop (an inverted match still counts its rule, then the packet is dropped);
a non-first fragment never matches. DCCP: packet types with and without extended sequence numbers,
options found, not found, past the data offset (hotdrop), a data offset inside the header."""
import os
import struct
import sys

from scapy.layers.inet import IP
from scapy.packet import Raw

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(HERE), os.path.dirname(os.path.dirname(os.path.dirname(HERE)))]
from natlab import Cap, write  # noqa: E402
from tests.kernel.sctpkit import (ABORT, COOKIE_ECHO, HEARTBEAT, INIT, INIT_ACK, SACK, SHUTDOWN_COMPLETE,  # noqa: E402
                     chunk, data, dccp, init, sack, sctp)

RULES = """
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -p sctp -m sctp --dport 9 ! --chunk-types any DATA -j ACCEPT
-A FORWARD -p dccp -m dccp --dport 7 ! --dccp-option 2 -j ACCEPT
-A FORWARD -p sctp
-A FORWARD -p sctp -m sctp ! --sport 1000:1999
-A FORWARD -p sctp -m sctp --chunk-types any DATA
-A FORWARD -p sctp -m sctp --chunk-types all DATA,SACK
-A FORWARD -p sctp -m sctp --chunk-types only DATA,SACK
-A FORWARD -p sctp -m sctp --chunk-types any DATA:B
-A FORWARD -p sctp -m sctp --chunk-types any DATA:be
-A FORWARD -p sctp -m sctp --chunk-types all DATA:U,SACK
-A FORWARD -p sctp -m sctp --chunk-types only DATA:I,SACK
-A FORWARD -p sctp -m sctp --chunk-types any ABORT:T,SHUTDOWN_COMPLETE:t
-A FORWARD -p sctp -m sctp ! --chunk-types any INIT,INIT_ACK
-A FORWARD -p sctp -m sctp --chunk-types all NONE
-A FORWARD -p sctp -m sctp --chunk-types any NONE
-A FORWARD -p sctp -m sctp --chunk-types only NONE
-A FORWARD -p sctp -m sctp --chunk-types all ALL
-A FORWARD -p sctp -m sctp --chunk-types any ALL
-A FORWARD -p sctp -m sctp --chunk-types only ALL
-A FORWARD -p sctp -m sctp --chunk-types any I_DATA:E,FORWARD_TSN,ASCONF
-A FORWARD -p sctp -m sctp --sport 1000:1999 ! --dport 80
-A FORWARD -p sctp -m sctp --dport 80 ! --chunk-types only DATA
-A FORWARD -p dccp
-A FORWARD -p dccp -m dccp --sport 1000 --dport 5004
-A FORWARD -p dccp -m dccp --dccp-types REQUEST,RESPONSE
-A FORWARD -p dccp -m dccp ! --dccp-types DATA,ACK,DATAACK
-A FORWARD -p dccp -m dccp --dccp-types INVALID
-A FORWARD -p dccp -m dccp --dccp-option 32
-A FORWARD -p dccp -m dccp ! --dccp-option 44
-A FORWARD -p dccp -m dccp --dccp-option 2
-A FORWARD -j ACCEPT
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -p sctp -m sctp --dport 9
-A POSTROUTING -p dccp -m dccp --dport 7
-A POSTROUTING -p sctp
-A POSTROUTING -p dccp
COMMIT
"""

C, S = "192.168.1.10", "93.184.216.34"
cap = Cap()


def c(sport, dport, *chunks, vtag=0x1234, **kw):
    return cap.add("left", sctp(C, S, sport, dport, vtag, chunks, **kw))


c(1000, 80, data(1, b"one", flags=3))                          # B|E
c(1000, 80, data(2, b"two", flags=2), sack(7))                 # B only, then SACK
c(1001, 80, data(3, b"three", flags=4 | 1), sack(8))           # U|E
c(1002, 80, data(4, b"four", flags=8 | 3))                     # I|B|E
c(1003, 80, sack(9), data(5, b"x", flags=0))                   # SACK first, middle fragment
c(1004, 81, chunk(HEARTBEAT, 0, b"\0\1\0\x08ping"), data(6, b"y"))
c(2000, 80, init(INIT, 0x1111))
c(2000, 80, init(INIT_ACK, 0x2222))
c(2001, 80, chunk(ABORT, 1))                                   # T set
c(2001, 80, chunk(ABORT, 0))
c(2002, 80, chunk(SHUTDOWN_COMPLETE, 0))
c(2002, 80, chunk(SHUTDOWN_COMPLETE, 1))
c(2003, 80, chunk(COOKIE_ECHO, 0, b"c" * 9), data(7, b"z" * 3))   # odd lengths: padding
c(2004, 80, chunk(64, 1, b"i-data"), chunk(192, 0, b"\0\0\0\1"), chunk(15, 1))
c(2005, 80, chunk(64, 0, b"i-data"))
c(2006, 80, data(8, b"long", flags=3)[:-4] + b"ab", chunk(SACK, 0, b"", length=200))  # length past the end
c(2007, 80, data(9, b"ok"), chunk(SACK, 0, b"", length=0))    # zero-length chunk: hotdrop
c(2008, 80, data(10, b"ok"), b"\x03\x00")                     # a 2-byte chunk header: hotdrop
c(2009, 9, chunk(INIT, 0, b"", length=0))                     # inverted match, zero length: counted, dropped
c(2010, 9, init(INIT, 5))                                      # inverted match: no DATA, accepted
c(1005, 80)                                                    # common header only: hotdrop
cap.add("left", IP(src=C, dst=S, proto=132) / Raw(struct.pack("!HHI", 1006, 80, 7)))   # 8 bytes: hotdrop
cap.add("left", IP(src=C, dst=S, proto=132) / Raw(struct.pack("!HH", 3000, 80)))       # 4 bytes
cap.add("left", IP(src=C, dst=S, proto=132, flags=0, frag=100) / Raw(b"\0" * 40))    # non-first fragment
cap.add("left", IP(src=C, dst=S, proto=132, flags=1, id=77) / Raw(bytes(sctp(C, S, 1007, 80, 5, [data(11, b"frag" * 8)]))[20:60]))
cap.add("left", IP(src=C, dst=S, proto=132, flags=0, frag=5, id=77) / Raw(bytes(sctp(C, S, 1007, 80, 5, [data(11, b"frag" * 8)]))[60:]))
# DCCP
for ptype in range(10):
    cap.add("left", dccp(C, S, 1000, 5004, ptype, x=ptype % 2))
cap.add("left", dccp(C, S, 1001, 5004, 12))                                   # type 12: INVALID
cap.add("left", dccp(C, S, 1002, 5004, 2, options=b"\x20\x04ab"))            # option 32 found
cap.add("left", dccp(C, S, 1003, 5004, 0, options=b"\x00\x01\x2c\x03z\x02"))  # padding, no-op, 44, 2
cap.add("left", dccp(C, S, 1004, 5004, 3, options=b"\x2c\x00\x20"))          # length 0 counts as 1
cap.add("left", dccp(C, S, 1005, 5004, 2, options=b"\x21\x05"))              # option 33 last, cut short
cap.add("left", dccp(C, S, 1006, 7, 4, doff=3))                               # doff inside the header: hotdrop
cap.add("left", dccp(C, S, 1007, 7, 2, doff=40, body=b""))                   # options past the end: hotdrop
cap.add("left", dccp(C, S, 1008, 7, 2, options=b"\x02"))                      # ! --dccp-option 2 fails
cap.add("left", IP(src=C, dst=S, proto=33) / Raw(struct.pack("!HHBBH", 1009, 7, 3, 0, 0)))   # 6 bytes: hotdrop
write(__file__, RULES, cap, "-m sctp chunk-type modes and flags, ports, malformed chunk lists (hotdrop), "
      "fragments; -m dccp types, INVALID, options and malformed headers; stateless")
