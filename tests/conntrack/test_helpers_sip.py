"""nf_conntrack_sip's text parsing, piece by piece (whole calls against the kernel: test_helpers_kernel.py,
test_helpers_stack.py on tests/scenarios/sip-*)."""
from __future__ import annotations

import pytest

from pyiptables.conntrack.helpers import find
from pyiptables.conntrack.helpers import sdp_parse as S
from pyiptables.conntrack.helpers import sip_parse as P
from pyiptables.packet import aton


@pytest.mark.parametrize("text,addr,end", [
    (b"10.0.1.2", "10.0.1.2", 8),
    (b"10.0.1.2:5060", "10.0.1.2", 8),
    (b"10.0.1.2;x", "10.0.1.2", 8),
    (b"010.0.1.0002>", "10.0.1.2", 12),        # leading zeros: only the value must stay <= 255
    (b"10.0.1.256", None, 9),
    (b"10.0.1", None, 6),
    (b"10.0.1.2.3", None, 8),
    (b"10.0.1.2a", None, 8),                  # a hex letter right after it fails the address
    (b"10..1.2", None, 3),
])
def test_in4_pton(text, addr, end):
    got, e = P.in4_pton(text, 0, len(text))
    assert (got, e) == (aton(addr) if addr else None, end)


MSG = (b"INVITE sip:bob@10.0.2.2 SIP/2.0\r\n"
       b"v: SIP/2.0/UDP 10.0.1.2:5070;branch=x\r\n"
       b"CSeq:\r\n  42 INVITE\r\n"
       b"m: <sip:alice@10.0.1.2:5062>;expires=0x10, <sip:a@10.0.1.3>\r\n"
       b"Contact-Info: nothing\r\n"
       b"l: 0\r\n\r\n")


def test_headers_compact_forms_and_continuations():
    lim = len(MSG)
    r, mo, ml = P.get_header(MSG, 0, lim, P.HDR_CSEQ)
    assert (r, MSG[mo:mo + ml]) == (1, b"42")                 # the value is on a continuation line
    r, mo, ml = P.get_header(MSG, 0, lim, P.HDR_VIA_UDP)
    assert (r, MSG[mo:mo + ml]) == (1, b"10.0.1.2:5070")
    r, mo, ml, addr, port = P.parse_header_uri(MSG, None, lim, P.HDR_CONTACT, None)
    assert (r, addr, port) == (1, aton("10.0.1.2"), 5062)
    assert P.parse_numerical_param(MSG, mo + ml, lim, b"expires=") == (1, 0)    # decimal: "0" of "0x10"
    off, inh = [0], [0]
    seen = []
    while P.parse_header_uri(MSG, off, lim, P.HDR_CONTACT, inh)[0] > 0:
        seen.append(off[0])
    assert len(seen) == 2                                    # both values of the comma list
    assert P.get_header(MSG, 0, lim, P.HDR_EXPIRES)[0] == 0


def test_sdp_lines():
    body = b"\r\nv=0\r\nc=IN IP4 10.0.1.2\r\nm=audio 49170 RTP/AVP 0\r\nc=IN IP4 10.0.1.9\r\n"
    lim = len(body)
    r, mo, ml = S.get_sdp_header(body, 0, lim, S.SDP_MEDIA)
    assert body[mo:mo + ml] == b"audio 49170"
    r, _, _, a = S.parse_sdp_addr(body, 0, lim, S.SDP_CONNECTION, S.SDP_MEDIA)
    assert a == aton("10.0.1.2")
    r, _, _, a = S.parse_sdp_addr(body, mo, lim, S.SDP_CONNECTION, S.SDP_MEDIA)
    assert a == aton("10.0.1.9")                            # the media's own c= line
    assert S.get_sdp_header(b"\r\nc=in ip4 1.2.3.4\r\n", 0, 20, S.SDP_CONNECTION)[0] == -1   # case-sensitive


def test_registered_for_udp_and_tcp():
    assert find("sip", 17) is find("sip", 6) is not None
    assert [p.max_expected for p in find("sip").policies] == [1, 4, 4, 2]


@pytest.mark.parametrize("line,want", [
    (b"INVITE sip:bob@10.0.2.2 SIP/2.0\r\n", (1, b"10.0.2.2", "10.0.2.2", 5060)),     # no port: 5060
    (b"ACK sip:10.0.2.2:5070;transport=tcp SIP/2.0\r\n", (1, b"10.0.2.2:5070", "10.0.2.2", 5070)),
    (b"BYE sip:bob@10.0.2.2:80 SIP/2.0\r\n", (0, b"", None, 0)),                         # port below 1024
    (b"OPTIONS <sip:bob@host> SIP/2.0\r\n", (0, b"", None, 0)),                         # no address
    (b"INVITE\r\nsip:1.2.3.4", (-1, b"", None, 0)),                                    # the line ends first
])
def test_request_uri(line, want):
    r, mo, ml, addr, port = P.parse_request(line, len(line))
    assert (r, line[mo:mo + ml], addr, port) == (want[0], want[1], aton(want[2]) if want[2] else None, want[3])


def test_via_parameters():
    via = b"Via: SIP/2.0/UDP 10.0.1.2:5060;received=10.0.2.1;maddr=10.0.1.2;rport=5060, SIP/2.0/UDP 1.1.1.1"
    r, po, pl, a = P.parse_address_param(via, 0, len(via), b"received=")
    assert (r, via[po:po + pl], a) == (1, b"10.0.2.1", aton("10.0.2.1"))
    r, n, po, pl = P.numerical_param(via, 0, len(via), b"rport=")
    assert (r, n, via[po:po + pl]) == (1, 5060, b"5060")
    assert P.parse_address_param(b";maddr=x.y;", 0, 11, b"maddr=")[0] == 0      # not an address
    assert P.numerical_param(via, 0, len(via), b"ttl=")[0] == 0                  # not before the comma


@pytest.mark.parametrize("text,want", [
    (b"4294967295;", (4294967295, 10)),
    (b"4294967296;", (0, 0)),                  # over u32: nothing read
    (b"00000000001;", (1, 11)),                # 11 digits are read
    (b"000000000001;", (0, 0)),                # a 12th is too many
    (b"0x10", (0, 1)),                         # decimal only
])
def test_strtouint(text, want):
    assert P.strtouint(text, 0) == want


@pytest.mark.parametrize("text,want", [
    (b":5060>", (5060, 5)),
    (b">", (5060, 0)),                         # no port
    (b":5060", (None, 0)),                     # the digits run to the end
    (b"", (None, 0)),                          # the address ended the message
    (b":123456>", (None, 0)),                  # a 6th digit
    (b":80>", (None, 0)),                      # below 1024
    (b":>", (None, 0)),
])
def test_uri_port(text, want):
    assert P.uri_port(text, 0, len(text)) == want


def test_a_malformed_port_makes_the_header_unparsable():
    """epaddr_len() fails on a port sip_parse_port() refuses: the Contact is skipped, not an error
    (measured: a REGISTER with Contact ...:123456 passes and expects nothing)."""
    m = b"REGISTER sip:r SIP/2.0\r\nContact: <sip:a@10.0.1.2:123456>\r\n\r\n"
    assert P.parse_header_uri(m, None, len(m), P.HDR_CONTACT, None)[0] == 0
