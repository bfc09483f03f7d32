"""Byte-exact pcap / pcapng builders for the reader's tests (struct only, so every field is ours)."""
from __future__ import annotations

import struct

MAC1, MAC2 = bytes.fromhex("020000000001"), bytes.fromhex("020000000002")

PCAP_MAGIC = {(False, False): 0xA1B2C3D4, (True, False): 0xA1B23C4D, (False, True): 0xA1B2CD34}


def ipv4(proto=17, payload=b"\x30\x39\x00\x35\x00\x0c\x00\x00abcd", src=b"\x0a\x00\x00\x01",
         dst=b"\x0a\x00\x00\x02", tot=None, ihl=5):
    """An IPv4 packet; the default is UDP 12345 -> 53 with 4 bytes of data."""
    tot = 4 * ihl + len(payload) if tot is None else tot
    opts = bytes(4 * ihl - 20)
    return struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, 0, tot, 7, 0, 64, proto, 0, src, dst) + opts + payload


def ether(payload, ethertype=0x0800, dst=MAC2, src=MAC1, tags=()):
    """An Ethernet frame; tags: (tpid, vid) pairs, outermost first."""
    hdr = dst + src
    for tpid, vid in tags:
        hdr += struct.pack("!HH", tpid, vid)
    return hdr + struct.pack("!H", ethertype) + payload


def sll(payload, protocol=0x0800, pkttype=0, addr=MAC1, hatype=1):
    return struct.pack("!HHH8sH", pkttype, hatype, len(addr), addr, protocol) + payload


def sll2(payload, protocol=0x0800, ifindex=3, pkttype=4, addr=MAC1, hatype=1):
    return struct.pack("!HHIHBB8s", protocol, 0, ifindex, hatype, pkttype, len(addr), addr) + payload


def pcap_header(linktype=1, bo="<", nano=False, modified=False, snaplen=65535, magic=None):
    magic = PCAP_MAGIC[nano, modified] if magic is None else magic
    return struct.pack(bo + "IHHiIII", magic, 2, 4, 0, 0, snaplen, linktype)


def pcap_record(data, sec, frac, bo="<", wirelen=None, caplen=None, modified=False):
    caplen = len(data) if caplen is None else caplen
    rec = struct.pack(bo + "IIII", sec, frac, caplen, len(data) if wirelen is None else wirelen)
    if modified:
        rec += struct.pack(bo + "IHBB", 2, 0x0800, 0, 0)
    return rec + data


def pcap(frames, linktype=1, bo="<", nano=False, modified=False):
    """frames: [(sec, frac, data)] -> a whole pcap file."""
    return pcap_header(linktype, bo, nano, modified) + b"".join(
        pcap_record(d, s, f, bo, modified=modified) for s, f, d in frames)


def _pad(b):
    return b + bytes(-len(b) & 3)


def block(btype, body, bo="<"):
    body = _pad(body)
    n = 12 + len(body)
    return struct.pack(bo + "II", btype, n) + body + struct.pack(bo + "I", n)


def option(code, value, bo="<"):
    return struct.pack(bo + "HH", code, len(value)) + _pad(value)


def shb(bo="<", major=1, minor=0):
    return block(0x0A0D0D0A, struct.pack(bo + "IHHq", 0x1A2B3C4D, major, minor, -1), bo)


def idb(linktype=1, bo="<", name=None, tsresol=None, tsoffset=None, snaplen=0):
    opts = b""
    if name is not None:
        opts += option(2, name.encode(), bo)
    if tsresol is not None:
        opts += option(9, bytes([tsresol]), bo)
    if tsoffset is not None:
        opts += option(14, struct.pack(bo + "q", tsoffset), bo)
    if opts:
        opts += struct.pack(bo + "HH", 0, 0)
    return block(1, struct.pack(bo + "HHI", linktype, 0, snaplen) + opts, bo)


def epb(ifid, ticks, data, bo="<", wirelen=None, options=b""):
    body = struct.pack(bo + "IIIII", ifid, ticks >> 32, ticks & 0xFFFFFFFF, len(data),
                       len(data) if wirelen is None else wirelen) + _pad(data) + options
    return block(6, body, bo)


def spb(data, bo="<", wirelen=None):
    return block(3, struct.pack(bo + "I", len(data) if wirelen is None else wirelen) + data, bo)


def pb(ifid, ticks, data, bo="<"):
    body = struct.pack(bo + "HHIIII", ifid, 0, ticks >> 32, ticks & 0xFFFFFFFF, len(data), len(data)) + data
    return block(2, body, bo)
