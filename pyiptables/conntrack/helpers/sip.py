"""nf_conntrack_sip (UDP and TCP, IPv4): RTP/RTCP media from SDP offers and answers, and incoming
signalling after a REGISTER; text parsing in sip_parse.py and sdp_parse.py.

What the kernel does, and so this module:
- Every SIP packet of the master refreshes it to sip_timeout (3600 s), after the protocol tracker did.
- INVITE/UPDATE/ACK/PRACK requests and the 1xx/2xx answers to INVITE/UPDATE/PRACK carry SDP: each
  audio/video/image m= line (at most three) with a port other than 0 expects UDP to the c= address
  (the media's own, else the session's) on the even port and the next one (RTP, RTCP), class
  audio 1 / video 2 / image 3. With sip_direct_media=1 only media at the sender's own address are
  expected, and only from the other signalling endpoint. A port outside 1024..65535, or media
  without any c= address, drops the packet. An identical expectation of another master of the same
  class is left alone (the "same media seen twice" case); when both masters are NATed and that one
  was translated, the SDP announces its original address and port instead and the media is
  expected there (direct_rtp).
- An INVITE first flushes the master's media expectations; a BYE, and a failure answer to the
  INVITE (same CSeq), flush them too.
- REGISTER (not from an expected connection) with the sender's own Contact and an expiry other
  than 0 sets up a PERMANENT, INACTIVE signalling expectation (class 0, helper sip) from the
  registrar (sip_direct_signalling=1) to the Contact; the registrar's 2xx answer to that CSeq
  activates it and sets its timer to the granted expiry, any other final answer removes it.
- Policies: signalling 1 expectation, audio 4, video 4, image 2; 180 s each.
- A request whose topmost UDP Via names the sender's address with another port than its source
  port remembers that port (forced_dport, for nf_nat_sip).
- NATed entries (IPS_SRC_NAT / IPS_DST_NAT): nf_nat_sip (nat_sip.py) rewrites each message once the
  helper accepted it, and the media and signalling expectations go to the translated side.
Not modelled: sip_external_media (off by default; it needs a route lookup).
"""
from __future__ import annotations

from ..conn import IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY, IPS_EXPECTED, IPS_NAT_MASK
from ..expect import (EALREADY, NF_CT_EXP_F_SKIP_MASTER, NF_CT_EXPECT_INACTIVE, NF_CT_EXPECT_PERMANENT,
                      Expectation, Policy, help_of, table_of)
from . import NF_ACCEPT, NF_DROP, Helper, refresh, register
from . import nat_sip as N
from . import sdp_parse as S
from . import sip_parse as P

# module parameters of nf_conntrack_sip (as this kernel has them)
PORTS = (5060,)
SIP_PORT = 5060
SIP_TIMEOUT = 3600
SIP_DIRECT_SIGNALLING = 1
SIP_DIRECT_MEDIA = 1
SIP_EXTERNAL_MEDIA = 0
SIGNALLING, AUDIO, VIDEO, IMAGE = range(4)
POLICIES = (Policy(1, 180, "signalling"), Policy(4, 180, "audio"), Policy(4, 180, "video"),
            Policy(2, 180, "image"))
MEDIA_TYPES = ((b"audio ", AUDIO), (b"video ", VIDEO), (b"image ", IMAGE))
M32 = 0xFFFFFFFF


def new_data():
    """struct nf_ct_sip_master: register_cseq, invite_cseq, forced_dport."""
    return [0, 0, 0]


def _key(ct, dir):
    return ct.krepl if dir else ct.korig


def _src(ct, dir):
    return ((ct.krepl if dir else ct.korig) >> 64) & M32


def _dst(ct, dir):
    return ((ct.krepl if dir else ct.korig) >> 32) & M32


def flush_expectations(tr, ct, media: bool):
    h = ct.ext.expecting
    exps = table_of(tr)
    for e in list(h.exps):
        if (e.cls != SIGNALLING) ^ media:
            continue
        exps.unexpect(e)
        if not media:
            break


class Msg:
    """One SIP message being processed: its bytes `m` (nf_nat_sip's rewriting replaces them), where
    it starts in the packet's payload (`off`), the packet, its connection and direction."""

    __slots__ = ("tr", "ct", "dir", "m", "data", "pkt", "ctinfo", "off", "nat")

    def __init__(self, tr, ct, ctinfo, m, pkt, off=0):
        self.tr, self.ct, self.ctinfo, self.m, self.pkt, self.off = tr, ct, ctinfo, m, pkt, off
        self.dir = 1 if ctinfo >= 3 else 0
        self.nat = ct.status & IPS_NAT_MASK
        self.data = ct.ext.expecting.data
        if len(self.data) < 3:          # help data stored before forced_dport was kept
            self.data.append(0)


def set_expected_rtp_rtcp(x: Msg, daddr: int, port: int, cls: int, mediaoff: int, medialen: int):
    """-> (verdict, the media address the SDP now announces)."""
    ct, dir, exps = x.ct, x.dir, table_of(x.tr)
    if SIP_DIRECT_MEDIA:
        if daddr != _src(ct, dir):
            return NF_ACCEPT, daddr
        saddr = _src(ct, 1 - dir)
    else:
        saddr = None            # sip_external_media needs a route lookup: not modelled (default off)
    # the same media already expected for another master's copy of this call: nothing more, or when
    # both are NATed, the address and port it announced originally (direct_rtp)
    dst, dport, direct_rtp = daddr, port, False
    while True:
        e = exps.lookup(saddr or 0, dst, 17, dport, ct.zone)
        if e is None or e.master is ct or e.master.ext is None or e.cls != cls \
                or e.master.ext.helper != ct.ext.helper or e.master.protonum != ct.protonum:
            break
        if not direct_rtp and (e.saved_addr != e.dst or e.saved_proto != e.dport) and x.nat:
            daddr = dst = e.saved_addr
            dport, direct_rtp = e.saved_proto, True
            continue
        return (N.sdp_port(x, mediaoff, medialen, dport & ~1) if direct_rtp else NF_ACCEPT), daddr
    base = dport & ~1
    if direct_rtp and N.sdp_port(x, mediaoff, medialen, base) != NF_ACCEPT:
        return NF_DROP, daddr
    rtp = Expectation(ct, cls, saddr, daddr, 17, None, base)
    rtcp = Expectation(ct, cls, saddr, daddr, 17, None, base + 1)
    pol = POLICIES[cls]
    if x.nat and not direct_rtp:
        return N.sdp_media(x, rtp, rtcp, mediaoff, medialen, pol)
    errp = exps.related(rtp, pol, NF_CT_EXP_F_SKIP_MASTER)
    if errp == 0 or errp == -EALREADY:
        errcp = exps.related(rtcp, pol, NF_CT_EXP_F_SKIP_MASTER)
        if errcp == 0 or errcp == -EALREADY:
            return NF_ACCEPT, daddr
        if errp == 0:
            exps.unexpect(rtp)
    return NF_DROP, daddr


def process_sdp(x: Msg, cseq: int) -> int:
    m = x.m
    r, sdpoff, _ = S.get_sdp_header(m, 0, len(m), S.SDP_VERSION)
    if r <= 0:
        return NF_ACCEPT
    r, _, _, caddr = S.parse_sdp_addr(m, sdpoff, len(m), S.SDP_CONNECTION, S.SDP_MEDIA)
    if r <= 0:
        caddr = None
    rtp_addr = caddr
    mediaoff = sdpoff
    i = 0
    ret = NF_ACCEPT
    while i < len(MEDIA_TYPES):
        m = x.m                 # as nf_nat_sip left it
        lim = len(m)
        r, mediaoff, medialen = S.get_sdp_header(m, mediaoff, lim, S.SDP_MEDIA)
        if r <= 0:
            break
        for name, cls in MEDIA_TYPES:
            if medialen >= len(name) and m[mediaoff:mediaoff + len(name)] == name:
                break
        else:
            mediaoff += medialen
            continue
        mediaoff += len(name)
        medialen -= len(name)
        port, _ = P.strtouint(m, mediaoff)
        if port == 0:
            continue            # an inactive stream
        if port < 1024 or port > 65535:
            return NF_DROP      # "wrong port"
        r, _, _, maddr = S.parse_sdp_addr(m, mediaoff, lim, S.SDP_CONNECTION, S.SDP_MEDIA)
        if r > 0:
            rtp_addr = maddr
        elif caddr is not None:
            rtp_addr = caddr
        else:
            return NF_DROP      # "cannot parse SDP message"
        ret, rtp_addr = set_expected_rtp_rtcp(x, rtp_addr, port, cls, mediaoff, medialen)
        if ret != NF_ACCEPT:
            return ret
        if maddr is not None and x.nat:
            ret = N.sdp_addr(x, mediaoff, S.SDP_CONNECTION, S.SDP_MEDIA, rtp_addr)
            if ret != NF_ACCEPT:
                return ret      # "cannot mangle SDP"
        i += 1
    if x.nat and rtp_addr is not None:
        ret = N.sdp_session(x, sdpoff, rtp_addr)
    return ret


def sdp_response(x: Msg, cseq: int, code: int) -> int:
    """The answer to INVITE, UPDATE or PRACK."""
    if 100 <= code <= 299:
        return process_sdp(x, cseq)
    if x.data[1] == cseq:
        flush_expectations(x.tr, x.ct, True)
    return NF_ACCEPT


def invite_request(x: Msg, cseq: int) -> int:
    flush_expectations(x.tr, x.ct, True)
    ret = process_sdp(x, cseq)
    if ret == NF_ACCEPT:
        x.data[1] = cseq
    return ret


def bye_request(x: Msg, cseq: int) -> int:
    flush_expectations(x.tr, x.ct, True)
    return NF_ACCEPT


def _transport(x: Msg, off: int):
    """ct_sip_parse_transport() -> the protocol, or 0 when it is not this connection's."""
    m = x.m
    found, mo, ml = P.parse_param(m, off, len(m), b"transport=")
    if not found:
        return x.ct.protonum
    v = m[mo:mo + 3].lower()
    proto = 6 if v == b"tcp" else 17 if v == b"udp" else 0
    return proto if proto == x.ct.protonum else 0


def register_request(x: Msg, cseq: int) -> int:
    ct, m = x.ct, x.m
    lim = len(m)
    if ct.status & IPS_EXPECTED:
        return NF_ACCEPT
    expires = 0
    r, mo, _ = P.get_header(m, 0, lim, P.HDR_EXPIRES)
    if r > 0:
        expires = P.strtouint(m, mo)[0]
    r, mo, ml, daddr, port = P.parse_header_uri(m, None, lim, P.HDR_CONTACT, None)
    if r < 0:
        return NF_DROP          # "cannot parse contact"
    if r == 0:
        return NF_ACCEPT
    if daddr != _src(ct, x.dir):
        return NF_ACCEPT        # third-party registration
    proto = _transport(x, mo + ml)
    if not proto:
        return NF_ACCEPT
    r, v = P.parse_numerical_param(m, mo + ml, lim, b"expires=")
    if r < 0:
        return NF_DROP
    if r > 0:
        expires = v
    ret = NF_ACCEPT
    if expires:
        saddr = _src(ct, 1 - x.dir) if SIP_DIRECT_SIGNALLING else None
        exp = Expectation(ct, SIGNALLING, saddr, daddr, proto, None, port)
        exp.helper = ct.ext.helper
        exp.flags = NF_CT_EXPECT_PERMANENT | NF_CT_EXPECT_INACTIVE
        if x.nat:
            ret = N.expect(x, exp, mo, ml, POLICIES[SIGNALLING])
        elif table_of(x.tr).related(exp, POLICIES[SIGNALLING]) != 0:
            ret = NF_DROP
    if ret == NF_ACCEPT:
        x.data[0] = cseq
    return ret


def register_response(x: Msg, cseq: int, code: int) -> int:
    ct, m = x.ct, x.m
    lim = len(m)
    if x.data[0] != cseq or 100 <= code <= 199:
        return NF_ACCEPT
    if 200 <= code <= 299:
        expires = 0
        r, mo, _ = P.get_header(m, 0, lim, P.HDR_EXPIRES)
        if r > 0:
            expires = P.strtouint(m, mo)[0]
        coff, in_contact = [0], [0]
        while True:
            c_expires = expires
            r, mo, ml, addr, port = P.parse_header_uri(m, coff, lim, P.HDR_CONTACT, in_contact)
            if r < 0:
                return NF_DROP
            if r == 0:
                break
            if addr != _dst(ct, x.dir):
                continue
            proto = _transport(x, mo + ml)
            if not proto:
                continue
            r, v = P.parse_numerical_param(m, mo + ml, lim, b"expires=")
            if r < 0:
                return NF_DROP
            if r > 0:
                c_expires = v
            if c_expires == 0:
                break
            for e in ct.ext.expecting.exps:         # refresh_signalling_expectation
                if e.cls == SIGNALLING and e.dst == addr and e.proto == proto and e.dport == port:
                    table_of(x.tr).retime(e, x.tr.now + c_expires)
                    e.flags &= ~NF_CT_EXPECT_INACTIVE
                    return NF_ACCEPT
    flush_expectations(x.tr, ct, False)
    return NF_ACCEPT


# (method, request handler, response handler)
HANDLERS = ((b"invite", invite_request, sdp_response), (b"update", process_sdp, sdp_response),
            (b"ack", process_sdp, None), (b"prack", process_sdp, sdp_response),
            (b"bye", bye_request, None), (b"register", register_request, register_response))


def _cseq(m):
    r, mo, ml = P.get_header(m, 0, len(m), P.HDR_CSEQ)
    if r <= 0:
        return None, 0
    v, e = P.strtouint(m, mo)
    if e == mo:
        return None, 0          # "cannot get cseq"
    return v, mo + ml + 1


def process_sip_msg(x: Msg) -> int:
    ret = sip_request(x) if x.m[:8].lower() != b"sip/2.0 " else sip_response(x)
    if ret == NF_ACCEPT and x.nat and not N.msg(x):
        ret = NF_DROP           # "cannot NAT SIP message"
    return ret


def sip_request(x: Msg) -> int:
    m = x.m
    r, _, _, addr, port = P.parse_header_uri(m, None, len(m), P.HDR_VIA_UDP, None)
    if r > 0 and port != (_key(x.ct, x.dir) >> 16) & 0xFFFF and addr == _src(x.ct, x.dir):
        x.data[2] = port        # forced_dport: answers go to the Via's port under NAT
    for method, req, _resp in HANDLERS:
        n = len(method)
        if len(m) < n + 2 or m[:n].lower() != method:
            continue
        if m[n] != P.SP or not P.isalpha(m[n + 1]):
            continue
        cseq, _ = _cseq(m)
        if cseq is None:
            return NF_DROP  # "cannot parse cseq"
        return req(x, cseq)
    return NF_ACCEPT


def sip_response(x: Msg) -> int:
    m = x.m
    if len(m) < 11:
        return NF_ACCEPT
    code, _ = P.strtouint(m, 8)
    if not code:
        return NF_DROP          # "cannot get code"
    cseq, end = _cseq(m)
    if cseq is None:
        return NF_DROP
    for method, _req, resp in HANDLERS:
        if resp is None:
            continue
        if len(m) < end + len(method) or m[end:end + len(method)].lower() != method:
            continue
        return resp(x, cseq, code & M32)
    return NF_ACCEPT


def sip_help(tr, pkt, ct, ctinfo) -> int:
    d = pkt.data
    th = pkt.thoff
    end = min(pkt.len, len(d))
    if pkt.proto == 17:
        s = th + 8
        if s >= end:
            return NF_ACCEPT
        help_of(ct, new_data)
        refresh(tr, ct, SIP_TIMEOUT)
        if end - s < 11:
            return NF_ACCEPT
        return process_sip_msg(Msg(tr, ct, ctinfo, bytes(d[s:end]), pkt))
    # TCP: messages one after the other, each ended by its Content-Length
    if ctinfo != IP_CT_ESTABLISHED and ctinfo != IP_CT_ESTABLISHED_REPLY or end - th < 20:
        return NF_ACCEPT
    s = th + (d[th + 12] >> 4) * 4
    if s >= end:
        return NF_ACCEPT
    help_of(ct, new_data)
    refresh(tr, ct, SIP_TIMEOUT)
    if end - s < 11:
        return NF_ACCEPT
    ret = NF_ACCEPT
    off, datalen, tdiff = 0, end - s, 0
    while True:
        data = bytes(d[s + off:s + off + datalen])
        r, mo, _ = P.get_header(data, 0, datalen, P.HDR_CONTENT_LENGTH)
        if r <= 0:
            break
        clen, e = P.strtouint(data, mo)
        if e == mo or clen > datalen:
            break
        t = data.find(b"\r\n\r\n", e)
        if t < 0:
            break
        msglen = origlen = t + 4 + clen
        if msglen > datalen:
            return NF_ACCEPT    # (without the sequence adjustment of what was rewritten before)
        x = Msg(tr, ct, ctinfo, data[:msglen], pkt, off)
        ret = process_sip_msg(x)
        if ret != NF_ACCEPT:
            break
        tdiff += len(x.m) - origlen
        off += len(x.m)
        datalen -= origlen
    if ret == NF_ACCEPT and ct.status & IPS_NAT_MASK:
        N.seq_adjust(pkt, ct, ctinfo, tdiff)
    return ret


for _p in PORTS:
    register(Helper("sip" if _p == SIP_PORT else f"sip-{_p}", (17, 6), POLICIES, sip_help, new_data))
