"""SIP text parsing as nf_conntrack_sip does it (IPv4), on one message `m` (bytes); SDP: sdp_parse.py.

Offsets are indices into `m`; `lim` is where the message ends. The kernel's quirks are kept:
headers are found at line starts anywhere after the offset (also inside the SDP body), a compact
header name must be followed by a non-letter, continuation lines count as whitespace, header
values are searched case-insensitively but SDP values case-sensitively, addresses are parsed like
in4_pton(..., -1) (an octet of more than 3 digits is fine while its value stays <= 255, a hex
letter right after the address fails it).
"""
from __future__ import annotations

CR, LF, SP, TAB, COLON = 13, 10, 32, 9, 58


def isalpha(c: int) -> bool:
    return 65 <= c <= 90 or 97 <= c <= 122


def isdigit(c: int) -> bool:
    return 48 <= c <= 57


def iswordc(c: int) -> bool:
    return (isalpha(c) or isdigit(c) or c in b'!"%:<>?_`{}~\'' or 40 <= c <= 43 or 91 <= c <= 93
            or 45 <= c <= 47)


def _count(m, i, lim, pred) -> int:
    n = i
    while n < lim and pred(m[n]):
        n += 1
    return n - i


def string_len(m, i, lim, shift=None) -> int:
    return _count(m, i, lim, isalpha)


def digits_len(m, i, lim, shift=None) -> int:
    return _count(m, i, lim, isdigit)


def word_len(m, i, lim) -> int:
    return _count(m, i, lim, iswordc)


def callid_len(m, i, lim, shift=None) -> int:
    n = word_len(m, i, lim)
    i += n
    if not n or i == lim or m[i] != 64:                # '@'
        return n
    d = word_len(m, i + 1, lim)
    return n + 1 + d if d else 0


def strtouint(m, i, lim=None):
    """sip_strtouint(): decimal digits from i (at most 11 of them, the value within u32) -> (value,
    index after them); (0, i) when there are more digits or the value overflows."""
    lim = len(m) if lim is None else lim
    v, j = 0, i
    while j < lim and isdigit(m[j]):
        if j - i == 11:
            return 0, i
        v = v * 10 + m[j] - 48
        if v > 0xFFFFFFFF:
            return 0, i
        j += 1
    return v, j


def in4_pton(m, i, lim):
    """in4_pton(src, lim - i, dst, -1, &end) -> (address or None, end)."""
    octets, w, have = [], 0, False
    while True:
        c = m[i] if i < lim else 0
        if c == 46 or c == COLON or not (isdigit(c) or chr(c) in "abcdefABCDEF") or c == 0:
            if not have:
                return None, i
            octets.append(w & 0xFF)
            w, have = 0, False
            if c != 46:                                # a delimiter (anything else, or ':')
                if len(octets) != 4:
                    return None, i
                break
            if len(octets) >= 4:
                return None, i
            i += 1
            continue
        if not isdigit(c):                             # a hex letter
            return None, i
        w = w * 10 + c - 48
        have = True
        if w > 255:
            return None, i
        i += 1
    return (octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3], i


def epaddr_len(m, i, lim, shift=None) -> int:
    """Address and an optional :port -> its length (0 when no address, or a port uri_port refuses)."""
    addr, j = in4_pton(m, i, lim)
    if addr is None:
        return 0
    p, j = uri_port(m, j, lim)
    return 0 if p is None else j - i


def skp_epaddr_len(m, i, lim, shift) -> int:
    """Like epaddr_len after an optional user@ (shift[0] grows by what is skipped)."""
    j, s = i, shift[0]
    while j < lim and m[j] not in (64, CR, LF):
        shift[0] += 1
        j += 1
    if j < lim and m[j] == 64:
        j += 1
        shift[0] += 1
    else:
        j, shift[0] = i, s
    return epaddr_len(m, j, lim)


# name, compact name, value search string, match_len
HDR_CSEQ = (b"cseq", None, None, digits_len)
HDR_FROM = (b"from", b"f", b"sip:", skp_epaddr_len)
HDR_TO = (b"to", b"t", b"sip:", skp_epaddr_len)
HDR_CONTACT = (b"contact", b"m", b"sip:", skp_epaddr_len)
HDR_VIA_UDP = (b"via", b"v", b"udp ", epaddr_len)
HDR_VIA_TCP = (b"via", b"v", b"tcp ", epaddr_len)
HDR_EXPIRES = (b"expires", None, None, digits_len)
HDR_CONTENT_LENGTH = (b"content-length", b"l", None, digits_len)
HDR_CALL_ID = (b"call-id", b"i", None, callid_len)


def follow_continuation(m, i, lim):
    """At a CR/LF: the start of a continuation line's text, or None."""
    i += 1
    if i >= lim:
        return None
    if m[i - 1] == CR and m[i] == LF:
        i += 1
        if i >= lim:
            return None
    if m[i] != SP and m[i] != TAB:
        return None
    while i < lim and m[i] in (SP, TAB):
        i += 1
    return i


def skip_whitespace(m, i, lim):
    while i < lim:
        c = m[i]
        if c == SP or c == TAB:
            i += 1
            continue
        if c != CR and c != LF:
            break
        return follow_continuation(m, i, lim)
    return i


def header_search(m, i, lim, needle: bytes):
    """A needle inside a header value (case-insensitive), across continuation lines."""
    n = len(needle)
    lim -= n
    while i < lim:
        c = m[i]
        if c == CR or c == LF:
            i = follow_continuation(m, i, lim)
            if i is None:
                return None
        elif m[i:i + n].lower() == needle:
            return i
        i += 1
    return None


def line_start(m, i, lim):
    """From a CR/LF at i: the next line's start, or None at the end."""
    i += 1
    if i >= lim:
        return None
    if m[i - 1] == CR and m[i] == LF:
        i += 1
        if i >= lim:
            return None
    return i


def next_line(m, i, lim):
    """The start of the line after the first CR/LF from i on, or None at the end."""
    while i < lim:
        if m[i] == CR or m[i] == LF:
            return line_start(m, i, lim)
        i += 1
    return None


def get_header(m, off, lim, hdr):
    """ct_sip_get_header() -> (1 / 0 / -1, matchoff, matchlen)."""
    name, cname, search, mlen = hdr
    i = off
    while True:
        i = next_line(m, i, lim)
        if i is None:
            break
        if m[i] == SP or m[i] == TAB:
            i += 1
            continue
        if lim - i >= len(name) and m[i:i + len(name)].lower() == name:
            i += len(name)
        elif cname and lim - i >= len(cname) + 1 and m[i:i + len(cname)].lower() == cname \
                and not isalpha(m[i + len(cname)]):
            i += len(cname)
        else:
            i += 1
            continue
        i = skip_whitespace(m, i, lim)
        if i is None or i >= lim or m[i] != COLON:
            break
        i += 1
        if i >= lim:
            break
        i = skip_whitespace(m, i, lim)
        if i is None:
            break
        matchoff = i
        if search:
            j = header_search(m, i, lim, search)
            if j is None:
                return -1, matchoff, 0
            i = j + len(search)
        shift = [0]
        n = mlen(m, i, lim, shift)
        if not n:
            return -1, matchoff, 0
        return 1, i + shift[0], n
    return 0, 0, 0


def next_header(m, off, lim, hdr):
    """ct_sip_next_header(): the next value of a comma-separated list."""
    i = header_search(m, off, lim, b",")
    if i is None:
        return 0, 0, 0
    i = header_search(m, i, lim, hdr[2])
    if i is None:
        return 0, 0, 0
    i += len(hdr[2])
    shift = [0]
    n = hdr[3](m, i, lim, shift)
    if not n:
        return -1, i, 0
    return 1, i + shift[0], n


def walk_headers(m, off, lim, hdr, in_header):
    """ct_sip_walk_headers(): in_header is None or a one-item list (in a comma list)."""
    if in_header is not None and in_header[0]:
        while True:
            r, mo, ml = next_header(m, off, lim, hdr)
            if r > 0:
                return r, mo, ml
            if r == 0:
                break
            off = mo
        in_header[0] = 0
    while True:
        r, mo, ml = get_header(m, off, lim, hdr)
        if r > 0:
            break
        if r == 0:
            return 0, mo, ml
        off = mo
    if in_header is not None:
        in_header[0] = 1
    return 1, mo, ml


def parse_header_uri(m, off, lim, hdr, in_header):
    """ct_sip_parse_header_uri() -> (ret, matchoff, matchlen, addr, port); `off` None or a one-item
    list updated to the end of the address."""
    r, mo, ml = walk_headers(m, off[0] if off else 0, lim, hdr, in_header)
    if r == 0:
        return 0, mo, ml, None, 0
    addr, c = in4_pton(m, mo, lim)
    if addr is None:
        return -1, mo, ml, None, 0
    p, c = uri_port(m, c, lim)
    if p is None:
        return -1, mo, ml, None, 0
    if off:
        off[0] = c
    return 1, mo, ml, addr, p


def uri_port(m, c, lim):
    """sip_parse_port(): the `:port` after a URI's address -> (port, end); 5060 without one. None
    (malformed) at the message's end, for no digits or more than 5, digits up to the end, or a port
    out of 1024..65535."""
    if c >= lim:
        return None, c
    if m[c] != COLON:
        return 5060, c
    j = c + 1
    while j < lim and isdigit(m[j]):
        j += 1
        if j - c > 6:
            return None, c
    if j == c + 1 or j >= lim:
        return None, c
    p = int(m[c + 1:j])
    if p < 1024 or p > 65535:
        return None, c
    return p, j


def parse_request(m, lim):
    """ct_sip_parse_request() -> (ret, matchoff, matchlen, addr, port) of the Request-URI's address."""
    i = string_len(m, 0, lim)
    if not i:
        return 0, 0, 0, None, 0
    i += 1
    if i >= lim:
        return 0, 0, 0, None, 0
    while i < lim - 4:
        if m[i] == CR or m[i] == LF:
            return -1, 0, 0, None, 0
        if m[i:i + 4].lower() == b"sip:":
            i += 4
            break
        i += 1
    shift = [0]
    if not skp_epaddr_len(m, i, lim, shift):
        return 0, 0, 0, None, 0
    i += shift[0]
    addr, end = in4_pton(m, i, lim)
    if addr is None:
        return -1, 0, 0, None, 0
    p, end = uri_port(m, end, lim)
    if p is None:
        return -1, 0, 0, None, 0
    if end == i:
        return 0, 0, 0, None, 0
    return 1, i, end - i, addr, p


def _param_limit(m, off, lim):
    j = header_search(m, off, lim, b",")
    return lim if j is None else j


def parse_param(m, off, lim, name: bytes):
    """ct_sip_parse_param() -> (found, matchoff, matchlen)."""
    lim = _param_limit(m, off, lim)
    s = header_search(m, off, lim, name)
    if s is None:
        return 0, 0, 0
    s += len(name)
    e = header_search(m, s, lim, b";")
    if e is None:
        e = lim
    return 1, s, e - s


def parse_numerical_param(m, off, lim, name: bytes):
    """ct_sip_parse_numerical_param() -> (1 / 0 / -1, value): decimal (sip_strtouint), up to the
    next comma."""
    return numerical_param(m, off, lim, name)[:2]


def numerical_param(m, off, lim, name: bytes):
    """ct_sip_parse_numerical_param() -> (1 / 0 / -1, value, matchoff, matchlen)."""
    lim2 = _param_limit(m, off, lim)
    s = header_search(m, off, lim2, name)
    if s is None:
        return 0, 0, 0, 0
    s += len(name)
    v, e = strtouint(m, s, lim2)
    if e == s:
        return -1, 0, s, 0
    return 1, v, s, e - s


def parse_address_param(m, off, lim, name: bytes):
    """ct_sip_parse_address_param() -> (found, matchoff, matchlen, addr)."""
    lim = _param_limit(m, off, lim)
    s = header_search(m, off, lim, name)
    if s is None:
        return 0, 0, 0, None
    s += len(name)
    addr, e = in4_pton(m, s, lim)
    if addr is None:
        return 0, 0, 0, None
    return 1, s, e - s, addr
