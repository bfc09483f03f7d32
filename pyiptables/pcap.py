"""Streaming pcap / pcapng reader for pyiptables-replay: plain struct, big chunks, constant memory.

    for frame in iter_frames("capture.pcapng"):   # or "-" for stdin, or a binary file object
        ...

Each frame is a new `pyiptables.l2.Frame` (slotted; its `ip` is a bytes copy, so keeping a frame
keeps nothing else alive). The file is read in 256 KiB chunks and frames are sliced out of the
current chunk, so memory stays flat however long the capture is. Non-IPv4 frames are yielded
too, with their ethertype. A corrupt, truncated or unsupported capture raises `CaptureError`
naming the file and the frame being read; the frames before it have been yielded already.

The generator is lazy: the file is opened (and a missing file reported) on the first next().

Formats: pcap (both byte orders; micro-, nanosecond and Kuznetsov magics) and pcapng (sections
in either byte order; IDB if_name / if_tsresol / if_tsoffset; EPB, SPB, obsolete PB; other
blocks skipped). Link types: see pyiptables.l2.DECODERS.
pcapng Simple Packet Blocks carry no timestamp: they get the previous packet's time (0.0 first).
SLL2 records the capturing host's interface *index* only (`Frame.ifindex`): resolve it against
the replayed host's links, never the reading machine's (tcpdump -r does, and names the wrong
device). libpcap puts VLAN tags the kernel stripped back into Ethernet and SLL captures, not SLL2.
Ethernet FCS bytes and padding stay in `ip`; the IPv4 total length bounds the packet
(`pyiptables.frames.to_packet` trims them as ip_rcv does).
"""
from __future__ import annotations

import os
import struct
import sys
from typing import Iterator

from .errors import OTHER_PROBLEM, IptablesError
from .l2 import DECODERS, Frame

__all__ = ["CaptureError", "Frame", "iter_frames"]

CHUNK = 1 << 18
MAX_CAPLEN = 262144      # libpcap's largest snapshot length (MAXIMUM_SNAPLEN)
MAX_BLOCK = 16 << 20     # libpcap's largest pcapng block

# magic -> (byte order, timestamp units per second, record header length)
_PCAP_MAGICS = {
    b"\xd4\xc3\xb2\xa1": ("<", 10**6, 16), b"\xa1\xb2\xc3\xd4": (">", 10**6, 16),
    b"\x4d\x3c\xb2\xa1": ("<", 10**9, 16), b"\xa1\xb2\x3c\x4d": (">", 10**9, 16),
    # Kuznetsov's patched libpcap: 8 more bytes (ifindex, protocol, pkt_type) per record
    b"\x34\xcd\xb2\xa1": ("<", 10**6, 24), b"\xa1\xb2\xcd\x34": (">", 10**6, 24),
}
_SHB_TYPE = 0x0A0D0D0A   # a palindrome: readable before the section's byte order is known
_BOMS = {b"\x4d\x3c\x2b\x1a": "<", b"\x1a\x2b\x3c\x4d": ">"}
_IDB, _PB, _SPB, _EPB = 1, 2, 3, 6
_OPT_ENDOFOPT, _IF_NAME, _IF_TSRESOL, _IF_TSOFFSET = 0, 2, 9, 14


class CaptureError(IptablesError):
    """A capture file that cannot be read; the message names the file (and frame)."""

    def __init__(self, message: str):
        super().__init__(message, OTHER_PROBLEM)


def iter_frames(path, chunk: int = CHUNK) -> Iterator[Frame]:
    """Yield the frames of a pcap or pcapng capture: a path, "-" for stdin, or a binary file."""
    if path == "-":
        name, f, owned = "<stdin>", sys.stdin.buffer, False
    elif hasattr(path, "read"):
        name, f, owned = str(getattr(path, "name", "<stream>")), path, False
    else:
        name = os.fsdecode(path)
        try:
            f = open(name, "rb", buffering=0)
        except OSError as e:
            raise CaptureError(f"{name}: {e.strerror or e}") from None
        owned = True
    try:
        read = _reader(f, name)
        buf = _refill(read, b"", 0, 4, chunk)
        if not buf:
            raise CaptureError(f"{name}: empty file, not a pcap or pcapng capture")
        if buf[:4] in _PCAP_MAGICS:
            yield from _pcap(name, read, buf, chunk)
        elif buf[:4] == b"\x0a\x0d\x0d\x0a":
            yield from _pcapng(name, read, buf, chunk)
        else:
            raise CaptureError(f"{name}: not a pcap or pcapng file")
    finally:
        if owned:
            f.close()


def _reader(f, name):
    read = getattr(f, "read1", None) or f.read  # read1: a pipe delivers what it has, no stall

    def read_chunk(n):
        try:
            return read(n)
        except OSError as e:
            raise CaptureError(f"{name}: read error: {e.strerror or e}") from None
    return read_chunk


def _refill(read, buf, off, need, chunk):
    """buf[off:] extended by reads until it holds `need` bytes or the stream ends."""
    parts = [buf[off:]]
    have = len(parts[0])
    while have < need:
        data = read(max(chunk, need - have))
        if not data:
            break
        parts.append(data)
        have += len(data)
    return b"".join(parts)


def _pcap(name, read, buf, chunk):
    bo, units, hlen = _PCAP_MAGICS[buf[:4]]
    buf = _refill(read, buf, 0, 24, chunk)
    if len(buf) < 24:
        raise CaptureError(f"{name}: truncated pcap file header (need 24 bytes, have {len(buf)})")
    linktype = struct.unpack_from(bo + "I", buf, 20)[0] & 0x03FFFFFF  # high bits: FCS length flags
    dec = DECODERS.get(linktype)
    if dec is None:
        raise CaptureError(f"{name}: unsupported link type {linktype}")
    hdr = struct.Struct(bo + "IIII").unpack_from
    off, n, no, maxcap = 24, len(buf), 0, MAX_CAPLEN
    while True:
        if n - off < hlen:
            buf = _refill(read, buf, off, hlen, chunk)
            off, n = 0, len(buf)
            if n < hlen:
                if n:
                    raise CaptureError(f"{name}: frame {no + 1}: truncated record header "
                                       f"(need {hlen} bytes, have {n})")
                return
        sec, frac, caplen, wirelen = hdr(buf, off)
        s = off + hlen
        e = s + caplen
        if e > n or caplen > maxcap:
            if caplen > maxcap:
                raise CaptureError(f"{name}: frame {no + 1}: corrupt record: captured length {caplen} "
                                   f"exceeds the maximum {MAX_CAPLEN}")
            buf = _refill(read, buf, off, hlen + caplen, chunk)
            off, n = 0, len(buf)
            s, e = hlen, hlen + caplen
            if e > n:
                raise CaptureError(f"{name}: frame {no + 1}: truncated record "
                                   f"(need {caplen} bytes, have {n - s})")
        no += 1
        f = dec(no, (sec * units + frac) / units, None, wirelen, buf, s, e)
        f.cut = wirelen - caplen if wirelen > caplen else 0
        yield f
        off = e


def _pcapng(name, read, buf, chunk):
    off, n, no = 0, len(buf), 0
    bo, u32, hdr, epb = "<", None, struct.Struct("<II").unpack_from, None  # the first block is an SHB
    ifaces = []      # (decoder, ticks per second, ts offset, if_name, snaplen) per interface id
    ts = 0.0
    EPB, SPB, PB, SHB, maxblock = _EPB, _SPB, _PB, _SHB_TYPE, MAX_BLOCK  # locals: read per block
    while True:
        if n - off < 12:
            buf = _refill(read, buf, off, 12, chunk)
            off, n = 0, len(buf)
            if n < 12:
                if n:
                    raise CaptureError(f"{name}: frame {no + 1}: truncated block header "
                                       f"(need 12 bytes, have {n})")
                return
        btype, blen = hdr(buf, off)
        if btype == SHB:  # a new section, maybe in the other byte order
            bo = _BOMS.get(buf[off + 8:off + 12])
            if bo is None:
                raise CaptureError(f"{name}: frame {no + 1}: corrupt section header block (bad byte-order magic)")
            u32 = struct.Struct(bo + "I").unpack_from
            hdr = struct.Struct(bo + "II").unpack_from
            epb = struct.Struct(bo + "IIIII").unpack_from
            btype, blen = hdr(buf, off)
        if blen < 12 or blen & 3 or blen > maxblock:
            raise CaptureError(f"{name}: frame {no + 1}: corrupt block: bad length {blen}")
        e = off + blen
        if e > n:
            buf = _refill(read, buf, off, blen, chunk)
            off, n, e = 0, len(buf), blen
            if e > n:
                raise CaptureError(f"{name}: frame {no + 1}: truncated block "
                                   f"(need {blen} bytes, have {n})")
        if u32(buf, e - 4)[0] != blen:
            raise CaptureError(f"{name}: frame {no + 1}: corrupt block: trailing length does not match {blen}")
        if btype == EPB:
            if blen < 32:
                raise CaptureError(f"{name}: frame {no + 1}: corrupt enhanced packet block (length {blen})")
            ifid, hi, lo, caplen, wirelen = epb(buf, off + 8)
            s = off + 28
        elif btype == SPB:
            if blen < 16 or not ifaces:
                raise CaptureError(f"{name}: frame {no + 1}: corrupt simple packet block"
                                   + ("" if ifaces else " (no interface described)"))
            ifid, wirelen, s = 0, u32(buf, off + 8)[0], off + 12
            caplen = min(wirelen, blen - 16, ifaces[0][4] or MAX_BLOCK)
        elif btype == PB:
            if blen < 32:
                raise CaptureError(f"{name}: frame {no + 1}: corrupt packet block (length {blen})")
            ifid = struct.unpack_from(bo + "H", buf, off + 8)[0]
            _, hi, lo, caplen, wirelen = epb(buf, off + 8)
            s = off + 28
        else:
            if btype == SHB:
                _shb(name, no, buf, off, blen, bo)
                ifaces = []
            elif btype == _IDB:
                ifaces.append(_idb(name, no, len(ifaces), buf, off, blen, bo))
            off = e
            continue
        if caplen > e - 4 - s:
            raise CaptureError(f"{name}: frame {no + 1}: corrupt packet block: captured length {caplen} "
                               f"exceeds the block")
        if ifid >= len(ifaces):
            raise CaptureError(f"{name}: frame {no + 1}: packet on undescribed interface {ifid}")
        dec, units, tsoff, ifname, _snaplen = ifaces[ifid]
        no += 1
        if btype != SPB:
            ts = ((hi << 32) | lo) / units + tsoff
        f = dec(no, ts, ifname, wirelen, buf, s, s + caplen)
        f.cut = wirelen - caplen if wirelen > caplen else 0
        yield f
        off = e


def _shb(name, no, buf, off, blen, bo):
    if blen < 28:
        raise CaptureError(f"{name}: frame {no + 1}: corrupt section header block (length {blen})")
    major, minor = struct.unpack_from(bo + "HH", buf, off + 12)
    if major != 1:
        raise CaptureError(f"{name}: unsupported pcapng version {major}.{minor}")


def _idb(name, no, ifid, buf, off, blen, bo):
    """One interface description: (decoder, ticks per second, ts offset, if_name, snaplen)."""
    if blen < 20:
        raise CaptureError(f"{name}: frame {no + 1}: corrupt interface description block (length {blen})")
    linktype, _rsvd, snaplen = struct.unpack_from(bo + "HHI", buf, off + 8)
    units, tsoff, ifname = 10**6, 0, None
    p, end = off + 16, off + blen - 4
    opt = struct.Struct(bo + "HH").unpack_from
    while p + 4 <= end:
        code, olen = opt(buf, p)
        p += 4
        if code == _OPT_ENDOFOPT:
            break
        if p + olen > end:
            raise CaptureError(f"{name}: frame {no + 1}: corrupt interface description block "
                               f"(option {code} overruns the block)")
        if code == _IF_NAME:
            ifname = buf[p:p + olen].rstrip(b"\0").decode("utf-8", "replace")
        elif code == _IF_TSRESOL and olen:
            r = buf[p]
            units = 1 << (r & 0x7F) if r & 0x80 else 10**r
        elif code == _IF_TSOFFSET and olen == 8:
            tsoff = struct.unpack_from(bo + "q", buf, p)[0]
        p += (olen + 3) & ~3
    dec = DECODERS.get(linktype)
    if dec is None:
        def dec(no, *_):
            raise CaptureError(f"{name}: frame {no}: unsupported link type {linktype} (interface {ifid})")
    return dec, units, tsoff, ifname, snaplen
