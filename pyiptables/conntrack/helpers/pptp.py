"""nf_conntrack_pptp: the PPTP control connection (TCP 1723, RFC 2637) announces the GRE of its call.

What the kernel reads: only packets of an established connection (ctinfo ESTABLISHED or
ESTABLISHED_REPLY), one message per segment, at the start of its payload: the 8-byte PPTP header
(packet type 1 = control and the magic cookie 0x1A2B3C4D, else ignored), the control header's
message type, then the message, which must be at least its RFC size (a known type shorter is
ignored). The client's (original direction, PNS -> PAC) and the server's messages each move the
session state and the one call state kept in the master's help data; a message the state does not
allow is ignored ("invalid", the packet passes untouched, no NAT either).

A connected call -- Outgoing-Call-Reply with result 1 answering the PNS's call id, or
Incoming-Call-Connected after an accepted Incoming-Call-Reply -- expects GRE both ways (exp_gre):
PNS -> PAC with source key = the PNS's call id and destination key = the PAC's, and the reverse;
class 0, policy max_expected 2, timeout 300 s. Each direction also gets a keymap entry (proto_gre)
so the GRE packets, which carry only the destination key, get the source key in their tuple. The
master holds one keymap entry per direction: a second call while they are held is expected and
unexpected at once. The first GRE packet of either direction consumes its expectation and removes
the other. Call-Disconnect-Notify and the master's death drop the keymap and kill the GRE entry (or
remove the expectations) by the call ids.
"""
from __future__ import annotations

from ..conn import IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY, IP_CT_IS_REPLY, IPS_NAT_MASK, pack
from ..expect import NF_CT_EXPECT_CLASS_DEFAULT, Expectation, Policy, help_of, table_of
from ..proto_gre import keymap_add, keymap_destroy
from . import NF_ACCEPT, Helper, register
from . import nat_pptp

PPTP_CONTROL_PORT = 1723
PPTP_PACKET_CONTROL, PPTP_MAGIC_COOKIE = 1, 0x1A2B3C4D
POLICY = Policy(max_expected=2, timeout=5 * 60, name="pptp")
M32 = 0xFFFFFFFF
GRE = 47

# message types
(START_SESSION_REQUEST, START_SESSION_REPLY, STOP_SESSION_REQUEST, STOP_SESSION_REPLY, ECHO_REQUEST, ECHO_REPLY,
 OUT_CALL_REQUEST, OUT_CALL_REPLY, IN_CALL_REQUEST, IN_CALL_REPLY, IN_CALL_CONNECT, CALL_CLEAR_REQUEST,
 CALL_DISCONNECT_NOTIFY, WAN_ERROR_NOTIFY, SET_LINK_INFO) = range(1, 16)
MSG_MAX = 15
# the RFC size of each message's body (after the 12 bytes of headers); the largest bounds what is read
MSG_SIZE = (0, 144, 144, 4, 4, 4, 8, 156, 20, 208, 12, 16, 4, 136, 28, 12)
REQ_MAX = 208
# enum pptp_ctrlsess_state / pptp_ctrlcall_state
SESSION_NONE, SESSION_ERROR, SESSION_STOPREQ, SESSION_REQUESTED, SESSION_CONFIRMED = range(5)
CALL_NONE, CALL_ERROR, CALL_OUT_REQ, CALL_OUT_CONF, CALL_IN_REQ, CALL_IN_REP, CALL_IN_CONF, CALL_CLEAR_REQ = range(8)
# result codes that mean yes
START_OK = STOP_OK = OUTCALL_CONNECT = INCALL_ACCEPT = 1


class PptpInfo:
    """struct nf_ct_pptp_master (+ nf_nat_pptp's saved call ids): the master's help data."""

    __slots__ = ("sstate", "cstate", "pns_call_id", "pac_call_id", "keymap", "nat_pns_call_id", "nat_pac_call_id")

    def __init__(self):
        self.sstate, self.cstate = SESSION_NONE, CALL_NONE
        self.pns_call_id = self.pac_call_id = 0
        self.keymap = [None, None]
        self.nat_pns_call_id = self.nat_pac_call_id = 0

    def __getstate__(self):
        return tuple(getattr(self, k) for k in PptpInfo.__slots__)

    def __setstate__(self, st):
        for k, v in zip(PptpInfo.__slots__, st):
            setattr(self, k, v)


def info_of(ct) -> PptpInfo:
    h = help_of(ct, PptpInfo)
    if h.data is None:
        h.data = PptpInfo()
    return h.data


def _u16(req, off: int) -> int:
    return req[off] << 8 | req[off + 1] if off + 1 < len(req) else 0


def pptp_help(tr, pkt, ct, ctinfo) -> int:
    if ctinfo != IP_CT_ESTABLISHED and ctinfo != IP_CT_ESTABLISHED_REPLY:
        return NF_ACCEPT
    d = pkt.data
    th = pkt.thoff
    end = min(pkt.len, len(d))
    off = th + (d[th + 12] >> 4) * 4
    if end - off < 12:                  # no full PPTP header, or no control header
        return NF_ACCEPT
    if ((d[off + 2] << 8 | d[off + 3]) != PPTP_PACKET_CONTROL
            or int.from_bytes(d[off + 4:off + 8], "big") != PPTP_MAGIC_COOKIE):
        return NF_ACCEPT
    msg = d[off + 8] << 8 | d[off + 9]
    reqlen = end - off - 12
    if 0 < msg <= MSG_MAX and reqlen < MSG_SIZE[msg]:
        return NF_ACCEPT
    req = bytes(d[off + 12:off + 12 + min(reqlen, REQ_MAX)])
    info = info_of(ct)
    if ctinfo < IP_CT_IS_REPLY:
        return outbound(tr, pkt, ct, ctinfo, info, msg, req)
    return inbound(tr, pkt, ct, ctinfo, info, msg, req)


def outbound(tr, pkt, ct, ctinfo, info, msg, req) -> int:
    """pptp_outbound_pkt(): PNS -> PAC."""
    if msg == START_SESSION_REQUEST:
        if info.sstate != SESSION_NONE:
            return NF_ACCEPT
        info.sstate = SESSION_REQUESTED
    elif msg == STOP_SESSION_REQUEST:
        info.sstate = SESSION_STOPREQ
    elif msg == OUT_CALL_REQUEST:
        if info.sstate != SESSION_CONFIRMED:
            return NF_ACCEPT
        info.cstate = CALL_OUT_REQ
        info.pns_call_id = _u16(req, 0)
    elif msg == IN_CALL_REPLY:
        if info.cstate != CALL_IN_REQ and info.cstate != CALL_IN_REP:
            return NF_ACCEPT
        if info.pac_call_id != _u16(req, 2):
            return NF_ACCEPT
        if req[4] == INCALL_ACCEPT:
            info.cstate = CALL_IN_REP
            info.pns_call_id = _u16(req, 0)
        else:
            info.cstate = CALL_NONE
    elif msg == CALL_CLEAR_REQUEST:
        if info.sstate != SESSION_CONFIRMED:
            return NF_ACCEPT
        info.cstate = CALL_CLEAR_REQ
    elif msg not in (SET_LINK_INFO, ECHO_REQUEST, ECHO_REPLY):
        return NF_ACCEPT
    if ct.status & IPS_NAT_MASK:
        return nat_pptp.outbound(pkt, ct, ctinfo, info, msg)
    return NF_ACCEPT


def inbound(tr, pkt, ct, ctinfo, info, msg, req) -> int:
    """pptp_inbound_pkt(): PAC -> PNS."""
    if msg == START_SESSION_REPLY:
        if info.sstate < SESSION_REQUESTED:
            return NF_ACCEPT
        info.sstate = SESSION_CONFIRMED if req[2] == START_OK else SESSION_ERROR
    elif msg == STOP_SESSION_REPLY:
        if info.sstate > SESSION_STOPREQ:
            return NF_ACCEPT
        info.sstate = SESSION_NONE if req[0] == STOP_OK else SESSION_ERROR
    elif msg == OUT_CALL_REPLY:
        if info.sstate != SESSION_CONFIRMED:
            return NF_ACCEPT
        if info.cstate != CALL_OUT_REQ and info.cstate != CALL_OUT_CONF:
            return NF_ACCEPT
        cid, pcid = _u16(req, 0), _u16(req, 2)
        if info.pns_call_id != pcid:
            return NF_ACCEPT
        if req[4] == OUTCALL_CONNECT:
            info.cstate = CALL_OUT_CONF
            info.pac_call_id = cid
            exp_gre(tr, ct, info, cid, pcid)
        else:
            info.cstate = CALL_NONE
    elif msg == IN_CALL_REQUEST:
        if info.sstate != SESSION_CONFIRMED:
            return NF_ACCEPT
        info.cstate = CALL_IN_REQ
        info.pac_call_id = _u16(req, 0)
    elif msg == IN_CALL_CONNECT:
        if info.sstate != SESSION_CONFIRMED:
            return NF_ACCEPT
        if info.cstate != CALL_IN_REP and info.cstate != CALL_IN_CONF:
            return NF_ACCEPT
        pcid = _u16(req, 0)
        if info.pns_call_id != pcid:
            return NF_ACCEPT
        info.cstate = CALL_IN_CONF
        exp_gre(tr, ct, info, info.pac_call_id, pcid)
    elif msg == CALL_DISCONNECT_NOTIFY:
        info.cstate = CALL_NONE
        destroy_siblings(tr, ct)
    elif msg not in (WAN_ERROR_NOTIFY, SET_LINK_INFO, ECHO_REQUEST, ECHO_REPLY):
        return NF_ACCEPT
    if ct.status & IPS_NAT_MASK:
        return nat_pptp.inbound(pkt, ct, ctinfo, info, msg)
    return NF_ACCEPT


def exp_gre(tr, ct, info, callid: int, peer_callid: int) -> bool:
    """exp_gre(): expect the call's GRE both ways and map its keys."""
    o, r = ct.korig, ct.krepl
    exp_orig = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, (o >> 64) & M32, (o >> 32) & M32, GRE, peer_callid, callid)
    exp_orig.expectfn = pptp_expectfn
    exp_reply = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, (r >> 64) & M32, (r >> 32) & M32, GRE, callid, peer_callid)
    exp_reply.expectfn = pptp_expectfn
    if ct.status & IPS_NAT_MASK:
        nat_pptp.exp_gre(info, exp_orig, exp_reply)
    exps = table_of(tr)
    if exps.related(exp_orig, POLICY) != 0:
        return False
    if exps.related(exp_reply, POLICY) != 0:
        exps.unexpect(exp_orig)
        return False
    km = info.keymap
    for dir, e in ((0, exp_orig), (1, exp_reply)):
        if not keymap_add(tr, km, dir, e.src, e.dst, e.sport, e.dport):
            if dir:
                keymap_destroy(tr, km)
            exps.unexpect(exp_reply)
            exps.unexpect(exp_orig)
            return False
    return True


def pptp_expectfn(tr, ct, exp):
    """The first GRE packet of a call: the other direction's expectation goes (NATed: nf_nat_pptp's)."""
    master = exp.master
    if master.status & IPS_NAT_MASK:
        nat_pptp.expected(tr, ct, exp)
        return
    exps = table_of(tr)
    other = exps.lookup(exp.dst, exp.src, GRE, exp.sport, ct.zone, sport=exp.dport)
    if other is not None:
        exps.unexpect(other)


def _destroy_sibling_or_exp(tr, ct, src, dst, skey, dkey) -> bool:
    sib = tr.find(pack(src, dst, GRE, skey, dkey, ct.korig >> 104))
    if sib is not None:
        tr.kill(sib)
        return True
    exps = table_of(tr)
    exp = exps.lookup(src, dst, GRE, dkey, ct.zone, sport=skey)
    if exp is not None:
        exps.unexpect(exp)
        return True
    return False


def destroy_siblings(tr, ct):
    """pptp_destroy_siblings(): the call is over (or the master dies): its keymap, its GRE entry (by
    either tuple, with the call ids as the master knows them) or else its expectations."""
    info = info_of(ct)
    keymap_destroy(tr, info.keymap)
    o, r = ct.korig, ct.krepl
    _destroy_sibling_or_exp(tr, ct, (o >> 64) & M32, (o >> 32) & M32, info.pns_call_id, info.pac_call_id)
    _destroy_sibling_or_exp(tr, ct, (r >> 64) & M32, (r >> 32) & M32, info.pac_call_id, info.pns_call_id)


def _destroy(tr, ct):
    if ct.ext is not None and ct.ext.expecting is not None and ct.ext.expecting.data is not None:
        destroy_siblings(tr, ct)


register(Helper("pptp", 6, (POLICY,), pptp_help, PptpInfo, _destroy))
