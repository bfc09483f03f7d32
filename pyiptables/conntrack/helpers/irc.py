"""nf_conntrack_irc: a client's DCC offer (`PRIVMSG nick :\\1DCC SEND name ADDR PORT ...`) expects
the peer's connection to ADDR:PORT from anywhere.

What the kernel reads: only the client's packets (original direction) of an established
connection, their first 4095 payload bytes. After leading blanks/CR/LF, a payload longer than 10
bytes must start with "PRIVMSG " (any case); then the first " :" must be followed by "\\1DCC ",
and one of SEND/CHAT/MOVE/TSEND/SCHAT with a blank. The argument after the next blank is the
address as one decimal number, then blanks, then the port (C strtoul: digits up to the first
other byte, no range check, the port keeps 16 bits); a '\\n' must follow somewhere in the packet.
An address other than the client's (before or after NAT), or port 0, is "forged": nothing is
expected. The expectation: any source, to the client's address (as the server sees it) and the
port, TCP; class 0, policy max_expected 8 (max_dcc_channels), timeout 300 s (dcc_timeout).
NATed (nf_nat_irc): "ADDR PORT" is rewritten to the translated address and a free port.
"""
from __future__ import annotations

from ..conn import IP_CT_ESTABLISHED, IPS_NAT_MASK
from ..expect import NF_CT_EXPECT_CLASS_DEFAULT, Expectation, Policy, help_of, table_of
from . import NF_ACCEPT, NF_DROP, Helper, register, tcp_payload
from .nat import exp_find_port, follow_master, mangle_tcp_packet

# module parameters of nf_conntrack_irc (as this kernel has them)
PORTS = (6667,)
IRC_PORT = 6667
MAX_DCC_CHANNELS = 8
DCC_TIMEOUT = 300
POLICY = Policy(max_expected=MAX_DCC_CHANNELS, timeout=DCC_TIMEOUT, name="irc")
MAX_SEARCH_SIZE = 4095
MINMATCHLEN = 5
DCCPROTOS = (b"SEND ", b"CHAT ", b"MOVE ", b"TSEND ", b"SCHAT ")
M32 = 0xFFFFFFFF


def _strtoul(d: bytes, i: int):
    """simple_strtoul(, 10): (value, index after the digits)."""
    v = 0
    while i < len(d) and 48 <= d[i] <= 57:
        v = v * 10 + d[i] - 48
        i += 1
    return v, i


def parse_dcc(d: bytes, i: int):
    """-> (address, port, start, end) of "ADDR PORT" after the DCC type, or None."""
    end = len(d)
    while True:                                        # skip the argument before ADDR
        c = d[i] if i < end else 0
        i += 1
        if c == 32:
            break
        if i > end - 12:
            return None
    nl = d.find(b"\n", i)
    if nl < 0:
        return None
    start = i
    ip, i = _strtoul(d, i)
    while i < end and d[i] == 32:
        if i >= end:
            return None
        i += 1
    port, i = _strtoul(d, i)
    return ip & M32, port & 0xFFFF, start, i


def irc_help(tr, pkt, ct, ctinfo) -> int:
    if ctinfo != IP_CT_ESTABLISHED:                # the server's packets, and before a reply
        return NF_ACCEPT
    seg = tcp_payload(pkt)
    if seg is None:
        return NF_ACCEPT
    d, th, s, end = seg
    data = bytes(d[s:min(end, s + MAX_SEARCH_SIZE)])
    limit = len(data)
    i = 0
    while i < limit - 10 and data[i] in (32, 13, 10):
        i += 1
    if i < limit - 10:
        if data[i:i + 8].lower() != b"privmsg ":
            return NF_ACCEPT
        i += 8
    while i < limit - (21 + MINMATCHLEN):
        if data[i:i + 2] != b" :":
            i += 1
            continue
        i += 2
        if data[i:i + 5] != b"\x01DCC ":
            return NF_ACCEPT
        i += 5
        for proto in DCCPROTOS:
            if data[i:i + len(proto)] != proto:
                continue
            i += len(proto)                        # stays advanced even if what follows fails
            got = parse_dcc(data, i)
            if got is None:
                continue
            ip, port, a0, a1 = got
            if (ip != (ct.korig >> 64) & M32 and ip != (ct.krepl >> 32) & M32) or port == 0:
                continue                           # "Forged DCC command"
            help_of(ct)
            exp = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, None, (ct.krepl >> 32) & M32, 6, None, port)
            if ct.status & IPS_NAT_MASK:
                return nat_irc(tr, pkt, ct, ctinfo, a0, a1 - a0, exp)
            if table_of(tr).related(exp, POLICY) != 0:
                return NF_DROP
            return NF_ACCEPT
    return NF_ACCEPT


def nat_irc(tr, pkt, ct, ctinfo, matchoff, matchlen, exp) -> int:
    """nf_nat_irc: offer the address the server sees and a free port."""
    newaddr = (ct.krepl >> 32) & M32
    exp.saved_proto = exp.dport
    exp.dir = 1
    exp.expectfn = follow_master
    exps = table_of(tr)
    port = exp_find_port(exps, exp, exp.saved_proto, POLICY)
    if port == 0:
        return NF_DROP
    if not mangle_tcp_packet(pkt, ct, ctinfo, matchoff, matchlen, f"{newaddr} {port}".encode()):
        exps.unexpect(exp)
        return NF_DROP
    return NF_ACCEPT


for _p in PORTS:
    register(Helper("irc" if _p == IRC_PORT else f"irc-{_p}", 6, (POLICY,), irc_help))
