"""SCTP and DCCP packets for the hand-written scenarios, byte by byte (malformed ones too).

sctp(src, dst, sport, dport, vtag, chunks) is an IP packet whose SCTP checksum (CRC32c) is right
unless bad_crc; each chunk is chunk(type, flags, value) with its length and padding, or raw bytes.
"""
from __future__ import annotations

import struct

from scapy.layers.inet import IP
from scapy.layers.sctp import crc32c
from scapy.packet import Raw

DATA, INIT, INIT_ACK, SACK, HEARTBEAT, HEARTBEAT_ACK, ABORT, SHUTDOWN, SHUTDOWN_ACK, ERROR, COOKIE_ECHO, \
    COOKIE_ACK, ECNE, CWR, SHUTDOWN_COMPLETE = range(15)


def chunk(ctype, flags=0, value=b"", length=None):
    n = 4 + len(value) if length is None else length
    body = struct.pack("!BBH", ctype, flags, n) + value
    return body + b"\0" * (-len(body) % 4)


def init(ctype, init_tag, tsn=1000, flags=0):
    """INIT / INIT_ACK: initiate tag, a_rwnd, streams out/in, initial TSN (no parameters)."""
    return chunk(ctype, flags, struct.pack("!IIHHI", init_tag, 65536, 10, 10, tsn))


def data(tsn, payload=b"hello", flags=3, stream=0, ssn=0, ppid=18):
    return chunk(DATA, flags, struct.pack("!IHHI", tsn, stream, ssn, ppid) + payload)


def sack(cum_tsn):
    return chunk(SACK, 0, struct.pack("!IIHH", cum_tsn, 65536, 0, 0))


def sctp(src, dst, sport, dport, vtag, chunks, bad_crc=False, **ip):
    payload = struct.pack("!HHII", sport, dport, vtag, 0) + b"".join(chunks)
    c = crc32c(payload) ^ (1 if bad_crc else 0)
    payload = payload[:8] + struct.pack(">I", c) + payload[12:]
    return IP(src=src, dst=dst, proto=132, **ip) / Raw(payload)


def dccp(src, dst, sport, dport, ptype, x=1, options=b"", doff=None, body=None, **ip):
    """A DCCP packet of type `ptype`: generic header (X: 48-bit sequence numbers), the type's
    fixed part (zeros), then options; doff in 32-bit words unless given."""
    fixed = {0: 4, 1: 12, 2: 0, 3: 8, 4: 8, 5: 8, 6: 8, 7: 12, 8: 8, 9: 8}.get(ptype, 12)
    hlen = (16 if x else 12) + fixed
    opts = options + b"\0" * (-len(options) % 4)
    words = (hlen + len(opts)) // 4 if doff is None else doff
    head = struct.pack("!HHBBH", sport, dport, words, 0, 0) + bytes([(ptype << 1) | x]) + b"\0" * (hlen - 9)
    return IP(src=src, dst=dst, proto=33, **ip) / Raw(head + opts + (b"payload!" if body is None else body))
