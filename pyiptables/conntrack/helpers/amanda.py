"""nf_conntrack_amanda (+ nf_nat_amanda): the amandad reply on UDP 10080 names the TCP ports the
server is to connect to.

Read: only packets in the reply direction; each one first sets the entry's timeout to
master_timeout (300 s), payload or not. The payload (to the IP length) is searched, case-sensitive,
for "CONNECT "; from there for the first "\\n", which must exist. Between the two, "DATA ", "MESG "
and "INDEX " are each looked for (each from just after "CONNECT ", a match must end before the
newline); after a found one, at most 5 bytes up to the newline are read as a decimal number (no
blanks, no sign; the port keeps 16 bits). A port of 0 (no digits, or 65536) ends the search for the
rest. Each port expects TCP from the entry's original source to its original destination (before
NAT) and that port, any source port; class 0, policy max_expected 4, timeout 180 s. Refused: the
packet is dropped, though the next port is still tried.
NATed (nf_nat_amanda): the expectation follows the master's translation (from its original
side), its port is the first free one from the announced one up, and the digits are rewritten to
it; here the verdict is the last port's.
"""
from __future__ import annotations

from ..conn import IPS_NAT_MASK
from ..expect import NF_CT_EXPECT_CLASS_DEFAULT, Expectation, Policy, help_of, table_of
from . import NF_ACCEPT, NF_DROP, Helper, refresh, register
from .nat import exp_find_port, follow_master, mangle_udp_packet

AMANDA_PORT = 10080
MASTER_TIMEOUT = 300            # module parameter master_timeout
# measured on this kernel: a master keeps 4 pending expectations, the 5th evicts the oldest (the sources
# read show max_expected 3)
POLICY = Policy(max_expected=4, timeout=180, name="amanda")
SEARCH = (b"DATA ", b"MESG ", b"INDEX ")
M32 = 0xFFFFFFFF


def _find(d, pattern: bytes, start: int, stop: int) -> int:
    """skb_find_text(): the absolute offset of `pattern` lying wholly in [start, stop), or -1."""
    i = d.find(pattern, start)
    return i if i >= 0 and i + len(pattern) <= stop else -1


def amanda_help(tr, pkt, ct, ctinfo) -> int:
    if ctinfo < 3:                              # IP_CT_DIR_ORIGINAL
        return NF_ACCEPT
    refresh(tr, ct, MASTER_TIMEOUT)
    d = pkt.data
    end = min(pkt.len, len(d))
    dataoff = pkt.thoff + 8
    if dataoff >= end:
        return NF_ACCEPT
    data = bytes(d[:end])
    start = _find(data, b"CONNECT ", dataoff, end)
    if start < 0:
        return NF_ACCEPT
    start += 8
    stop = _find(data, b"\n", start, end)
    if stop < 0:
        return NF_ACCEPT
    ret = NF_ACCEPT
    for pattern in SEARCH:
        off = _find(data, pattern, start, stop)
        if off < 0:
            continue
        off += len(pattern)
        port = n = 0
        lim = off + min(5, stop - off)
        while off + n < lim and 48 <= data[off + n] <= 57:
            port = port * 10 + data[off + n] - 48
            n += 1
        port &= 0xFFFF
        if port == 0:
            break
        o = ct.korig
        help_of(ct)
        exp = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, (o >> 64) & M32, (o >> 32) & M32, 6, None, port)
        if ct.status & IPS_NAT_MASK:
            ret = nat_amanda(tr, pkt, off - dataoff, n, exp)
            data = bytes(pkt.data[:min(pkt.len, len(pkt.data))])  # later searches read the rewritten packet
        elif table_of(tr).related(exp, POLICY) != 0:
            ret = NF_DROP                       # "cannot add expectation"
    return ret


def nat_amanda(tr, pkt, matchoff, matchlen, exp) -> int:
    """nf_nat_amanda: the server's connection is translated like the master's original direction."""
    exp.saved_proto = exp.dport
    exp.dir = 0
    exp.expectfn = follow_master
    exps = table_of(tr)
    port = exp_find_port(exps, exp, exp.saved_proto, POLICY)
    if port == 0:
        return NF_DROP                          # "all ports in use"
    if not mangle_udp_packet(pkt, matchoff, matchlen, str(port).encode()):
        exps.unexpect(exp)                      # "cannot mangle packet"
        return NF_DROP
    return NF_ACCEPT


register(Helper("amanda", 17, (POLICY,), amanda_help))
