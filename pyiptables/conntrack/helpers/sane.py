"""nf_conntrack_sane: a SANE_NET_START answered with success announces the scanner's data port.

Only segments with data of an established connection are read, each on its own (no stream
reassembly). The client's (original direction): a payload of exactly 8 bytes whose first 32-bit
word is 7 (SANE_NET_START) makes the next server payload interesting; any other 8-byte payload
makes it not; other lengths change nothing. The server's next payload with data, whatever it is,
ends the interest; if it is at least 8 bytes, its status word 0 (SANE_STATUS_SUCCESS) and the
16 bits after it 0, the next 16 bits are the port: the client's TCP connection from its address
(any port) to the server's (before NAT) and that port is expected; class 0, max_expected 1,
300 s. Refused: the reply is dropped. There is no NAT helper for SANE.
"""
from __future__ import annotations

from ..conn import IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY
from ..expect import NF_CT_EXPECT_CLASS_DEFAULT, Expectation, Policy, help_of, table_of
from . import NF_ACCEPT, NF_DROP, Helper, register, tcp_payload

SANE_PORT = 6566
POLICY = Policy(max_expected=1, timeout=5 * 60, name="sane")
SANE_NET_START = 7
SANE_STATE_NORMAL, SANE_STATE_START_REQUESTED = 0, 1
M32 = 0xFFFFFFFF


def new_data():
    """struct nf_ct_sane_master: [state]."""
    return [SANE_STATE_NORMAL]


def sane_help(tr, pkt, ct, ctinfo) -> int:
    if ctinfo != IP_CT_ESTABLISHED and ctinfo != IP_CT_ESTABLISHED_REPLY:
        return NF_ACCEPT
    seg = tcp_payload(pkt)
    if seg is None:
        return NF_ACCEPT
    d, th, s, end = seg
    datalen = end - s
    info = help_of(ct, new_data).data
    if ctinfo == IP_CT_ESTABLISHED:
        if datalen == 8:
            code = int.from_bytes(d[s:s + 4], "big")
            info[0] = SANE_STATE_START_REQUESTED if code == SANE_NET_START else SANE_STATE_NORMAL
        return NF_ACCEPT
    if info[0] != SANE_STATE_START_REQUESTED:
        return NF_ACCEPT
    info[0] = SANE_STATE_NORMAL
    if datalen < 8 or int.from_bytes(d[s:s + 4], "big") != 0 or d[s + 4] or d[s + 5]:
        return NF_ACCEPT
    port = d[s + 6] << 8 | d[s + 7]
    o = ct.korig
    exp = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, (o >> 64) & M32, (o >> 32) & M32, 6, None, port)
    if table_of(tr).related(exp, POLICY) != 0:
        return NF_DROP
    return NF_ACCEPT


register(Helper("sane", 6, (POLICY,), sane_help, new_data))
