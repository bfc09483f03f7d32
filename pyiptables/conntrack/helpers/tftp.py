"""nf_conntrack_tftp: a read or write request announces the server's answer from another port.

Every packet of the connection is read, whatever its ctinfo (the request is the NEW packet itself):
opcode 1 (RRQ) or 2 (WRQ) expects UDP from the reply tuple's source address, any source port, to
the reply tuple's destination address and port (the client's), class 0, policy max_expected 1,
timeout 300 s. A repeated request replaces the pending expectation; a refused one drops the packet.
"""
from __future__ import annotations

from ..conn import IPS_NAT_MASK
from ..expect import NF_CT_EXPECT_CLASS_DEFAULT, Expectation, Policy, help_of, table_of
from . import NF_ACCEPT, NF_DROP, Helper, register
from .nat import follow_master

PORTS = (69,)                   # module parameter `ports`
TFTP_PORT = 69
POLICY = Policy(max_expected=1, timeout=5 * 60, name="tftp")
TFTP_OPCODE_READ, TFTP_OPCODE_WRITE = 1, 2
M32 = 0xFFFFFFFF


def tftp_help(tr, pkt, ct, ctinfo) -> int:
    d = pkt.data
    op = pkt.thoff + 8
    if min(pkt.len, len(d)) < op + 2:
        return NF_ACCEPT
    opcode = d[op] << 8 | d[op + 1]
    if opcode != TFTP_OPCODE_READ and opcode != TFTP_OPCODE_WRITE:
        return NF_ACCEPT
    r = ct.krepl
    help_of(ct)
    exp = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, (r >> 64) & M32, (r >> 32) & M32, 17, None, r & 0xFFFF)
    if ct.status & IPS_NAT_MASK:
        # nf_nat_tftp: the answer follows the master's translation, to the client's own port
        exp.saved_proto = (ct.korig >> 16) & 0xFFFF
        exp.dir = 1
        exp.expectfn = follow_master
    if table_of(tr).related(exp, POLICY) != 0:
        return NF_DROP
    return NF_ACCEPT


for _p in PORTS:
    register(Helper("tftp" if _p == TFTP_PORT else f"tftp-{_p}", 17, (POLICY,), tftp_help))
