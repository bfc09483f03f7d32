"""SDP parsing as nf_conntrack_sip does it (IPv4), inside one SIP message `m` (bytes): lines (the
session's, then each media's from its m= line on), their values searched case-sensitively."""
from __future__ import annotations

from .sip_parse import CR, LF, SP, digits_len, in4_pton, next_line, string_len


def media_len(m, i, lim, shift=None) -> int:
    """m= value: media type, a blank, the port digits."""
    n = string_len(m, i, lim)
    i += n
    if i >= lim or m[i] != SP:
        return 0
    return n + 1 + digits_len(m, i + 1, lim)


def sdp_addr_len(m, i, lim, shift=None) -> int:
    addr, j = in4_pton(m, i, lim)
    return 0 if addr is None else j - i


SDP_VERSION = (b"v=", None, digits_len)
SDP_OWNER = (b"o=", b"IN IP4 ", sdp_addr_len)
SDP_CONNECTION = (b"c=", b"IN IP4 ", sdp_addr_len)
SDP_MEDIA = (b"m=", None, media_len)


def sdp_header_search(m, i, lim, needle: bytes):
    n = len(needle)
    lim -= n
    while i < lim:
        if m[i] == CR or m[i] == LF:
            return None
        if m[i:i + n] == needle:
            return i
        i += 1
    return None


def get_sdp_header(m, off, lim, hdr, term=None):
    """ct_sip_get_sdp_header() -> (1 / 0 / -1, matchoff, matchlen), stopping at a `term` line."""
    name, search, mlen = hdr
    i = off
    while True:
        i = next_line(m, i, lim)
        if i is None:
            break
        if term is not None and lim - i >= len(term[0]) and m[i:i + len(term[0])].lower() == term[0]:
            break
        if lim - i >= len(name) and m[i:i + len(name)].lower() == name:
            i += len(name)
        else:
            i += 1
            continue
        matchoff = i
        if search:
            j = sdp_header_search(m, i, lim, search)
            if j is None:
                return -1, matchoff, 0
            i = j + len(search)
        n = mlen(m, i, lim)
        if not n:
            return -1, matchoff, 0
        return 1, i, n
    return 0, 0, 0


def parse_sdp_addr(m, off, lim, hdr, term):
    """ct_sip_parse_sdp_addr() -> (ret, matchoff, matchlen, addr)."""
    r, mo, ml = get_sdp_header(m, off, lim, hdr, term)
    if r <= 0:
        return r, mo, ml, None
    addr, _ = in4_pton(m, mo, mo + ml)
    if addr is None:
        return -1, mo, ml, None
    return 1, mo, ml, addr
