"""nf_nat_sip: a NATed SIP connection's messages rewritten, its expectations on the translated side.

The helper (sip.py) calls these where nf_conntrack_sip calls nf_nat_sip_hooks, only for an entry
with IPS_SRC_NAT or IPS_DST_NAT, at nf_confirm (after the nat table rewrote the headers). An
address:port is "mapped" when it is this direction's source or destination as the entry's tuples
say: it becomes what the other direction says (the Request-URI, the topmost Via of this transport
-- for a request only the sender's own, for a response only the receiver's -- with its maddr=,
received= and rport= parameters, every Contact, the first From and To). A URI without a port is
mapped to address:port (":5060" appears). The SDP's media expectations are set up on the address
the other side sends to, keeping the announced port pair while it is free (else the next even
one, and the m= port is rewritten); then the media's c=, the session's o= and c= get the last
media's address and Content-Length the new body length. An SDP without an o= line is dropped, and
so is media whose translated expectation equals another master's (a second phone behind the same
NAT offering the same RTP port to the same server: -EALREADY, not a port clash).
A REGISTER's signalling expectation goes to the translated Contact (its port is the translated
source port when it names the sender's port, else the first free one from it). Over TCP the
segment's length change goes to the sequence adjustment once all its messages are done.
A request from a source port other than its Via's ("Cisco phones", forced_dport) makes the
answers go to the Via's port. The expected connections (media, incoming calls) are DNATed to the
announced address and port; media are SNATed to the other expectation of the same call when
their source is the one it announced (so RTP keeps its ports both ways), else to where the master
sends to if they come from the master's peer.
Not modelled: forced_dport on a TCP connection (the kernel writes the port into the TCP header as
if it were UDP's, then fixes lengths and checksum as UDP's).
"""
from __future__ import annotations

from ..expect import EBUSY, NF_CT_EXP_F_SKIP_MASTER, table_of
from ..nat import MANIP_DST, MANIP_SRC, RANGE_MAP_IPS, RANGE_PROTO_SPECIFIED, NatCore, Range
from . import NF_ACCEPT, NF_DROP
from . import sdp_parse as S
from . import sip_parse as P
from .nat import mangle_tcp_packet, mangle_udp_packet, seqadj_set

M32 = 0xFFFFFFFF
ENOENT, EINVAL = 2, 22
SIGNALLING = 0


def _ntoa(a: int) -> str:
    return f"{a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.{a & 255}"


def _t(ct, dir):
    """(src, dst, sport, dport) of tuplehash[dir]."""
    k = ct.krepl if dir else ct.korig
    return (k >> 64) & M32, (k >> 32) & M32, (k >> 16) & 0xFFFF, k & 0xFFFF


def mangle(x, matchoff: int, matchlen: int, rep: str) -> bool:
    """mangle_packet(): replace the message's bytes, the packet's lengths and checksums follow."""
    b = rep.encode()
    if x.ct.protonum == 6:
        ok = mangle_tcp_packet(x.pkt, x.ct, x.ctinfo, x.off + matchoff, matchlen, b, adjust=False)
    else:
        ok = mangle_udp_packet(x.pkt, x.off + matchoff, matchlen, b)
    if ok:
        x.m = x.m[:matchoff] + b + x.m[matchoff + matchlen:]
    return ok


def map_addr(x, matchoff, matchlen, addr, port) -> bool:
    ct, dir = x.ct, x.dir
    src, dst, sport, dport = _t(ct, dir)
    osrc, odst, osport, odport = _t(ct, 1 - dir)
    if addr == src and port == sport:
        newaddr, newport = odst, odport
    elif addr == dst and port == dport:
        newaddr, newport = osrc, x.data[2] or osport
    else:
        return True
    if newaddr == addr and newport == port:
        return True
    return mangle(x, matchoff, matchlen, f"{_ntoa(newaddr)}:{newport}")


def map_sip_addr(x, hdr) -> bool:
    r, mo, ml, addr, port = P.parse_header_uri(x.m, None, len(x.m), hdr, None)
    if r <= 0:
        return True
    return map_addr(x, mo, ml, addr, port)


def msg(x) -> bool:
    """nf_nat_sip(): the SIP headers of one message; False: drop it."""
    ct, dir = x.ct, x.dir
    request = x.m[:7].lower() != b"sip/2.0"
    if request:
        r, mo, ml, addr, port = P.parse_request(x.m, len(x.m))
        if r > 0 and not map_addr(x, mo, ml, addr, port):
            return False                                # "cannot mangle SIP message"
    hdr = P.HDR_VIA_TCP if ct.protonum == 6 else P.HDR_VIA_UDP
    r, mo, ml, addr, port = P.parse_header_uri(x.m, None, len(x.m), hdr, None)
    if r > 0 and not _via(x, request, mo, ml, addr, port):
        return False
    coff, in_header = [0], [0]
    while True:
        # coff stays where the unmangled address ended, as in the kernel
        r, mo, ml, addr, port = P.parse_header_uri(x.m, coff, len(x.m), P.HDR_CONTACT, in_header)
        if r <= 0:
            break
        if not map_addr(x, mo, ml, addr, port):
            return False                                # "cannot mangle contact"
    if not map_sip_addr(x, P.HDR_FROM) or not map_sip_addr(x, P.HDR_TO):
        return False
    if dir == 1 and x.data[2] and ct.protonum == 17:     # answers to a Cisco phone's Via port
        d, th = x.pkt.data, x.pkt.thoff
        d[th + 2:th + 4] = x.data[2].to_bytes(2, "big")
        if not mangle_udp_packet(x.pkt, 0, 0, b""):
            return False
    return True


def _via(x, request, matchoff, matchlen, addr, port) -> bool:
    """The topmost Via of this transport, if it is this connection's, and its parameters."""
    src, dst, sport, dport = _t(x.ct, x.dir)
    osrc, odst, osport, _ = _t(x.ct, 1 - x.dir)
    if (addr, port) != ((src, sport) if request else (dst, dport)):
        return True
    olen = len(x.m)
    if not map_addr(x, matchoff, matchlen, addr, port):
        return False                                    # "cannot mangle Via header"
    end = matchoff + matchlen + len(x.m) - olen
    r, po, pl, a = P.parse_address_param(x.m, end, len(x.m), b"maddr=")
    if r > 0 and a == src and a != odst and not mangle(x, po, pl, _ntoa(odst)):
        return False
    r, po, pl, a = P.parse_address_param(x.m, end, len(x.m), b"received=")
    if r > 0 and a == dst and a != osrc and not mangle(x, po, pl, _ntoa(osrc)):
        return False
    r, n, po, pl = P.numerical_param(x.m, end, len(x.m), b"rport=")
    if r > 0 and n & 0xFFFF == dport and n & 0xFFFF != osport and not mangle(x, po, pl, str(osport)):
        return False
    return True


def seq_adjust(pkt, ct, ctinfo, off: int):
    """nf_nat_sip_seq_adjust(): a TCP segment's messages grew or shrank by `off` in all."""
    if ct.protonum != 6 or off == 0:
        return
    th = pkt.thoff
    seqadj_set(ct, ctinfo, int.from_bytes(pkt.data[th + 4:th + 8], "big"), off)


def expected(tr, ct, exp):
    """nf_nat_sip_expected(): the expected connection goes to the announced address and port."""
    core = NatCore(tr)
    a, p = exp.saved_addr, exp.saved_proto
    core.setup_info(ct, Range(RANGE_MAP_IPS | RANGE_PROTO_SPECIFIED, a, a, p, p), MANIP_DST)
    master = exp.master
    o = ct.korig
    osrc, osport = (o >> 64) & M32, (o >> 16) & 0xFFFF
    rng = None
    if exp.cls != SIGNALLING:
        for pair in master.ext.expecting.exps:
            if pair.proto == ct.protonum and pair.saved_addr == osrc and pair.saved_proto == osport:
                rng = Range(RANGE_MAP_IPS | RANGE_PROTO_SPECIFIED, pair.dst, pair.dst, pair.dport, pair.dport)
                break
    if rng is None and osrc == _t(master, exp.dir)[0]:
        a = _t(master, 1 - exp.dir)[1]
        rng = Range(RANGE_MAP_IPS, a, a)
    if rng is not None:
        core.setup_info(ct, rng, MANIP_SRC)


def _prepare(x, exp, newaddr):
    exp.saved_addr, exp.dst = exp.dst, newaddr
    exp.saved_proto = exp.dport
    exp.dir = 1 - x.dir
    exp.expectfn = expected


def _reply_side(x, exp) -> int:
    """Where the expected connection is to go: the expectation's own address when the sender is
    not translated, else the address the other side sends to."""
    src = _t(x.ct, x.dir)[0]
    odst = _t(x.ct, 1 - x.dir)[1]
    return exp.dst if src == odst else odst


def expect(x, exp, matchoff, matchlen, policy) -> int:
    """nf_nat_sip_expect(): a REGISTER's signalling expectation, on the translated Contact."""
    newaddr = _reply_side(x, exp)
    srcport = x.data[2] or _t(x.ct, x.dir)[2]
    port = _t(x.ct, 1 - x.dir)[3] if exp.dport == srcport else exp.dport
    _prepare(x, exp, newaddr)
    exps = table_of(x.tr)
    while port:
        exp.dport = port
        ret = exps.related(exp, policy, NF_CT_EXP_F_SKIP_MASTER)
        if ret == 0:
            break
        port = (port + 1) & 0xFFFF if ret == -EBUSY else 0
    if not port:
        return NF_DROP                                  # "all ports in use for SIP"
    if (exp.dst != exp.saved_addr or exp.dport != exp.saved_proto) and \
            not mangle(x, matchoff, matchlen, f"{_ntoa(newaddr)}:{port}"):
        exps.unexpect(exp)
        return NF_DROP
    return NF_ACCEPT


def mangle_content_len(x) -> int:
    m = x.m
    r, mo, _ = S.get_sdp_header(m, 0, len(m), S.SDP_VERSION)
    if r <= 0:
        return NF_DROP
    c_len = len(m) - mo + 2
    r, mo, ml = P.get_header(m, 0, len(m), P.HDR_CONTENT_LENGTH)
    if r <= 0:
        return NF_DROP
    return NF_ACCEPT if mangle(x, mo, ml, str(c_len)) else NF_DROP


def _mangle_sdp(x, sdpoff, hdr, term, rep) -> int:
    r, mo, ml = S.get_sdp_header(x.m, sdpoff, len(x.m), hdr, term)
    if r <= 0:
        return -ENOENT
    return 0 if mangle(x, mo, ml, rep) else -EINVAL


def sdp_addr(x, sdpoff, hdr, term, addr) -> int:
    """nf_nat_sdp_addr(): a media's c= line."""
    if _mangle_sdp(x, sdpoff, hdr, term, _ntoa(addr)):
        return NF_DROP
    return mangle_content_len(x)


def sdp_port(x, matchoff, matchlen, port) -> int:
    """nf_nat_sdp_port(): an m= line's port."""
    if not mangle(x, matchoff, matchlen, str(port)):
        return NF_DROP
    return mangle_content_len(x)


def sdp_session(x, sdpoff, addr) -> int:
    """nf_nat_sdp_session(): o= and the session's c= (which may be missing)."""
    rep = _ntoa(addr)
    if _mangle_sdp(x, sdpoff, S.SDP_OWNER, S.SDP_MEDIA, rep):
        return NF_DROP
    if _mangle_sdp(x, sdpoff, S.SDP_CONNECTION, S.SDP_MEDIA, rep) not in (0, -ENOENT):
        return NF_DROP
    return mangle_content_len(x)


def sdp_media(x, rtp, rtcp, mediaoff, medialen, policy):
    """nf_nat_sdp_media() -> (verdict, the media address now announced): the RTP/RTCP pair on the
    translated address, from the announced even port up by 2 while the pair's ports are taken."""
    addr = _reply_side(x, rtp)
    _prepare(x, rtp, addr)
    _prepare(x, rtcp, addr)
    exps = table_of(x.tr)
    port = rtp.dport
    while port:
        rtp.dport = port
        ret = exps.related(rtp, policy, NF_CT_EXP_F_SKIP_MASTER)
        if ret == -EBUSY:
            port = (port + 2) & 0xFFFF
            continue
        if ret < 0:
            port = 0
            break
        rtcp.dport = (port + 1) & 0xFFFF
        ret = exps.related(rtcp, policy, NF_CT_EXP_F_SKIP_MASTER)
        if ret == 0:
            break
        exps.unexpect(rtp)
        port = (port + 2) & 0xFFFF if ret == -EBUSY else 0
    if not port:
        return NF_DROP, addr                            # "all ports in use for SDP media"
    if rtp.dport != rtp.saved_proto and sdp_port(x, mediaoff, medialen, port) != NF_ACCEPT:
        exps.unexpect(rtp)
        exps.unexpect(rtcp)
        return NF_DROP, addr
    return NF_ACCEPT, addr
