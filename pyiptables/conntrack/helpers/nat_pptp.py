"""nf_nat_pptp: a NATed PPTP control connection's call ids, and its GRE following the master.

The PNS's call id is replaced by the control connection's translated TCP port (the reply tuple's
destination port) in its Outgoing-Call-Request; its Incoming-Call-Reply and Call-Clear-Request get
the call id the helper now holds. The PAC's messages get the PNS's original call id back in their
peer-call-id field (Outgoing-Call-Reply, Incoming-Call-Connected, WAN-Error-Notify, Set-Link-Info)
-- and in Call-Disconnect-Notify's call id, which is the PAC's own. The GRE expectations carry the
original call id on the PNS's side and the translated one on the NAT's side; the expected entry is
source-NATed to the translated key (PNS -> PAC) and its replies get the original key back.
The saved original ids belong to the session, not the call: a later call reuses the first one's.
"""
from __future__ import annotations

from ..nat import MANIP_DST, MANIP_SRC, RANGE_MAP_IPS, RANGE_PROTO_SPECIFIED, NatCore, Range
from . import NF_ACCEPT, NF_DROP
from .nat import mangle_tcp_packet

M32 = 0xFFFFFFFF
GRE = 47
HDRS = 12                       # PPTP header + control header, before each message's fields
(OUT_CALL_REQUEST, OUT_CALL_REPLY, IN_CALL_REQUEST, IN_CALL_REPLY, IN_CALL_CONNECT, CALL_CLEAR_REQUEST,
 CALL_DISCONNECT_NOTIFY, WAN_ERROR_NOTIFY, SET_LINK_INFO) = range(7, 16)
# the offset of the field each message gets rewritten (the call id or the peer's call id)
OUT_FIELD = {OUT_CALL_REQUEST: 0, IN_CALL_REPLY: 0, CALL_CLEAR_REQUEST: 0}
IN_FIELD = {OUT_CALL_REPLY: 2, IN_CALL_CONNECT: 0, WAN_ERROR_NOTIFY: 0, CALL_DISCONNECT_NOTIFY: 0, SET_LINK_INFO: 0}


def _mangle(pkt, ct, ctinfo, off: int, value: int) -> int:
    if not mangle_tcp_packet(pkt, ct, ctinfo, HDRS + off, 2, value.to_bytes(2, "big")):
        return NF_DROP
    return NF_ACCEPT


def outbound(pkt, ct, ctinfo, info, msg) -> int:
    """pptp_outbound_pkt() of nf_nat_pptp: PNS -> PAC."""
    off = OUT_FIELD.get(msg)
    if off is None:
        return NF_ACCEPT
    if msg == OUT_CALL_REQUEST:
        info.nat_pns_call_id = info.pns_call_id
        info.pns_call_id = ct.krepl & 0xFFFF
    return _mangle(pkt, ct, ctinfo, off, info.pns_call_id)


def inbound(pkt, ct, ctinfo, info, msg) -> int:
    """pptp_inbound_pkt() of nf_nat_pptp: PAC -> PNS."""
    off = IN_FIELD.get(msg)
    if off is None:
        return NF_ACCEPT
    return _mangle(pkt, ct, ctinfo, off, info.nat_pns_call_id)


def exp_gre(info, exp_orig, exp_reply):
    """pptp_exp_gre(): both expectations in the NATed call ids, each knowing its direction."""
    info.nat_pac_call_id = info.pac_call_id
    exp_orig.saved_proto = info.pns_call_id
    exp_orig.sport, exp_orig.dport = info.nat_pns_call_id, info.pac_call_id
    exp_orig.dir = 0
    exp_reply.saved_proto = info.nat_pns_call_id
    exp_reply.sport, exp_reply.dport = info.nat_pac_call_id, info.pns_call_id
    exp_reply.dir = 1


def expected(tr, ct, exp):
    """pptp_nat_expected(): remove the other direction's expectation, then bind the GRE entry as
    the master is bound, the call id on the NAT's side as saved."""
    from .pptp import info_of
    from ..expect import table_of
    master = exp.master
    info = info_of(master)
    side = master.krepl if exp.dir == 0 else master.korig         # tuplehash[!exp->dir]
    ssrc, sdst = (side >> 64) & M32, (side >> 32) & M32
    if exp.dir == 0:
        skey, dkey = info.pac_call_id, info.pns_call_id
    else:
        # the kernel reads the saved ids from the new GRE entry's own (fresh, zeroed) NAT extension,
        # not the master's: keys 0, so the PNS -> PAC expectation is never found here and stays
        skey = dkey = 0
    exps = table_of(tr)
    other = exps.lookup(ssrc, sdst, GRE, dkey, ct.zone, sport=skey)
    if other is not None:
        exps.unexpect(other)
    core = NatCore(tr)
    if exp.dir == 0:
        rng = Range(RANGE_MAP_IPS | RANGE_PROTO_SPECIFIED, sdst, sdst, exp.saved_proto, exp.saved_proto)
    else:
        rng = Range(RANGE_MAP_IPS, sdst, sdst)
    core.setup_info(ct, rng, MANIP_SRC)
    if exp.dir == 1:
        rng = Range(RANGE_MAP_IPS | RANGE_PROTO_SPECIFIED, ssrc, ssrc, exp.saved_proto, exp.saved_proto)
    else:
        rng = Range(RANGE_MAP_IPS, ssrc, ssrc)
    core.setup_info(ct, rng, MANIP_DST)
