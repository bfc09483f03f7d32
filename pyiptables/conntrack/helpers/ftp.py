"""nf_conntrack_ftp: PORT / EPRT from the client, 227 (PASV) / 229 (EPSV) replies from the server.

What the kernel does, and so this module:
- Only packets of an established connection carrying data are read (ctinfo ESTABLISHED or
  ESTABLISHED_REPLY), and only when the payload starts right after a line the helper saw end:
  its sequence number must be one of the last two remembered "after a newline" positions of that
  direction. The first data packet of each direction is therefore never parsed; a packet ending
  in '\\n' records seq + length.
- The command must start the payload (case-insensitive). A payload that is a prefix of a
  pattern, or a pattern whose numbers do not parse, is a "partial match": the packet is DROPPED.
  So `PORT 10,0,1,2,4,1\\n` (no '\\r') and `PORT\\r\\n` are dropped, and so is a reply `22`.
- PORT numbers end at '\\r'; 227 replies are scanned for their first digit (RFC 1123) and end at
  any non-digit; numbers are not range-checked (u32 arithmetic, the port keeps 16 bits).
- An announced address other than the sender's own makes no expectation unless `loose` is set.
- The expectation: from the other side's address (any source port) to the address the other side
  sends to and the announced port, TCP; class 0, policy max_expected 1, timeout 300 s, so a new
  command replaces the master's pending expectation. Refused -> the packet is dropped.
- NATed control connections (nf_nat_ftp): the announced address becomes the one the other side sees
  (the text is rewritten, sequence numbers shift if its length changes), the port the first free one
  from the announced port up, and the data connection follows the master's translation.
"""
from __future__ import annotations

from ..conn import IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY, IPS_NAT_MASK
from ..expect import NF_CT_EXPECT_CLASS_DEFAULT, Expectation, Policy, help_of, table_of
from . import NF_ACCEPT, NF_DROP, Helper, register, tcp_payload
from .nat import exp_find_port, follow_master, mangle_tcp_packet

# module parameters of nf_conntrack_ftp (as this kernel has them)
LOOSE = False                   # loose=N: only expect connections to the sender's own address
PORTS = (21,)                   # ports=21: names the helper "ftp" ("ftp-PORT" for other ports)
FTP_PORT = 21
NUM_SEQ_TO_REMEMBER = 2
POLICY = Policy(max_expected=1, timeout=5 * 60, name="ftp")
# enum nf_ct_ftp_type
NF_CT_FTP_PORT, NF_CT_FTP_PASV, NF_CT_FTP_EPRT, NF_CT_FTP_EPSV = range(4)
M32 = 0xFFFFFFFF
CR, NL = 13, 10


def _digit(c: int) -> bool:
    return 48 <= c <= 57


def try_number(d, s: int, e: int, size: int, sep: int, term: int):
    """`size` numbers separated by `sep`, ended by `term` (0: any other byte) -> (length, numbers);
    length 0 when they do not parse."""
    arr = [0] * size
    i = 0
    p = s
    while p < e and i < size:
        c = d[p]
        if 48 <= c <= 57:
            arr[i] = (arr[i] * 10 + c - 48) & M32
        elif c == sep:
            i += 1
        else:
            if (c == term or not term) and i == size - 1:
                return p - s, arr
            return 0, arr
        p += 1
    return 0, arr


def _addr(a) -> int:
    return ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) & M32


def try_rfc959(d, s, e, term, cmd):
    """h1,h2,h3,h4,p1,p2 -> (length, extra offset)."""
    n, a = try_number(d, s, e, 6, 44, term)
    if n:
        cmd[0] = _addr(a)
        cmd[1] = ((a[4] << 8) | a[5]) & 0xFFFF
    return n, 0


def try_rfc1123(d, s, e, term, cmd):
    """A 227 reply: the numbers start at the first digit, end at any non-digit non-comma."""
    i = s
    while i < e and not _digit(d[i]):
        i += 1
    if i == e:
        return 0, 0
    n, _ = try_rfc959(d, i, e, 0, cmd)
    return n, i - s


def get_port(d, s, start, e, delim):
    """Digits up to `delim` from s+start -> (index after delim relative to s, port); (0, 0) if the
    port is 0 or another byte comes first."""
    port = 0
    i = s + start
    while i < e:
        c = d[i]
        if c == delim:
            if port == 0:
                break
            return i + 1 - s, port
        if 48 <= c <= 57:
            port = (port * 10 + c - 48) & 0xFFFF
        else:
            break
        i += 1
    return 0, 0


def _delim_ok(c: int) -> bool:
    return 33 <= c <= 126 and not _digit(c)


def try_eprt(d, s, e, term, cmd):
    """|1|a.b.c.d|port| (any printable non-digit delimiter; IPv4 only here)."""
    if e - s <= 3:
        return 0, 0
    delim = d[s]
    if not _delim_ok(delim) or d[s + 2] != delim or d[s + 1] != 49:      # '1': IPv4
        return 0, 0
    n, a = try_number(d, s + 3, e, 4, 46, delim)
    if not n:
        return 0, 0
    r, port = get_port(d, s, 3 + n + 1, e, delim)
    if r:
        cmd[0], cmd[1] = _addr(a), port
    return r, 0


def try_epsv_response(d, s, e, term, cmd):
    """(|||port|): the address stays the sender's."""
    if e - s <= 3:
        return 0, 0
    delim = d[s]
    if not _delim_ok(delim) or d[s + 1] != delim or d[s + 2] != delim:
        return 0, 0
    r, port = get_port(d, s, 3, e, delim)
    if r:
        cmd[1] = port
    return r, 0


# search[dir]: (pattern, skip, term, type, getnum)
SEARCH = (
    ((b"port", 32, CR, NF_CT_FTP_PORT, try_rfc959),
     (b"eprt", 32, CR, NF_CT_FTP_EPRT, try_eprt)),
    ((b"227 ", 0, 0, NF_CT_FTP_PASV, try_rfc1123),
     (b"229 ", 40, 41, NF_CT_FTP_EPSV, try_epsv_response)),
)


def find_pattern(d, s, e, pattern, skip, term, cmd, getnum):
    """-> (1 match / 0 none / -1 partial, matchoff, matchlen); offsets relative to s."""
    dlen, plen = e - s, len(pattern)
    if dlen <= plen:
        return (-1 if bytes(d[s:e]).lower() == pattern[:dlen] else 0), 0, 0
    if bytes(d[s:s + plen]).lower() != pattern:
        return 0, 0, 0
    i = plen
    if skip:
        while d[s + i] != skip:
            if i == dlen - 1:
                return -1, 0, 0
            i += 1
        i += 1
    n, extra = getnum(d, s + i, e, term, cmd)
    if not n:
        return -1, 0, 0
    return 1, i + extra, n


def _before(a: int, b: int) -> bool:
    return ((a - b) & M32) >= 0x80000000


def update_nl_seq(seqs: list, nl_seq: int):
    """Remember nl_seq; with two remembered, it replaces the older one if it is newer."""
    if nl_seq in seqs:
        return
    if len(seqs) < NUM_SEQ_TO_REMEMBER:
        seqs.append(nl_seq)
    else:
        oldest = 0 if _before(seqs[0], seqs[1]) else 1
        if _before(seqs[oldest], nl_seq):
            seqs[oldest] = nl_seq


def new_data():
    """struct nf_ct_ftp_master: the after-newline sequence numbers of each direction."""
    return [[], []]


def ftp_help(tr, pkt, ct, ctinfo) -> int:
    if ctinfo != IP_CT_ESTABLISHED and ctinfo != IP_CT_ESTABLISHED_REPLY:
        return NF_ACCEPT
    seg = tcp_payload(pkt)
    if seg is None:
        return NF_ACCEPT
    d, th, s, end = seg
    dlen = end - s
    dir = 1 if ctinfo >= 3 else 0
    seqs = help_of(ct, new_data).data[dir]
    seq0 = int.from_bytes(d[th + 4:th + 8], "big")
    nl_seq = (seq0 + dlen) & M32
    ends_in_nl = d[end - 1] == NL
    if seq0 not in seqs:
        if ends_in_nl:
            update_nl_seq(seqs, nl_seq)
        return NF_ACCEPT
    key = ct.krepl if dir else ct.korig
    other = ct.korig if dir else ct.krepl
    sender = (key >> 64) & M32
    cmd = [sender, 0]
    found = 0
    for pattern, skip, term, ftptype, getnum in SEARCH[dir]:
        found, matchoff, matchlen = find_pattern(d, s, end, pattern, skip, term, cmd, getnum)
        if found:
            break
    if found == -1:
        return NF_DROP                  # nf_ct_helper_log "partial matching of `PORT'": no newline update
    ret = NF_ACCEPT
    if found:
        daddr = (other >> 32) & M32
        expect = True
        if cmd[0] != sender:
            # an address other than the sender's: the kernel expects nothing unless loose=1
            expect = LOOSE
            daddr = cmd[0]
        if expect:
            exp = Expectation(ct, NF_CT_EXPECT_CLASS_DEFAULT, (other >> 64) & M32, daddr, 6, None, cmd[1])
            if ct.status & IPS_NAT_MASK:
                ret = nat_ftp(tr, pkt, ct, ctinfo, ftptype, matchoff, matchlen, exp)
            elif table_of(tr).related(exp, POLICY) != 0:
                ret = NF_DROP           # "cannot add expectation"
    if ends_in_nl:
        update_nl_seq(seqs, nl_seq)
    return ret


def _fmt(ftptype: int, addr: int, port: int) -> bytes:
    """nf_nat_ftp_fmt_cmd()."""
    a = f"{addr >> 24}.{(addr >> 16) & 255}.{(addr >> 8) & 255}.{addr & 255}"
    if ftptype in (NF_CT_FTP_PORT, NF_CT_FTP_PASV):
        return f"{a.replace('.', ',')},{port >> 8},{port & 0xFF}".encode()
    if ftptype == NF_CT_FTP_EPRT:
        return f"|1|{a}|{port}|".encode()
    return f"|||{port}|".encode()


def nat_ftp(tr, pkt, ct, ctinfo, ftptype, matchoff, matchlen, exp) -> int:
    """nf_nat_ftp (CONFIG_NF_NAT_FTP=y): announce the translated address and a free port instead."""
    dir = 1 if ctinfo >= 3 else 0
    side = ct.korig if dir else ct.krepl                  # the connection comes from where this goes
    newaddr = (side >> 32) & M32
    exp.saved_proto = exp.dport
    exp.dir = 1 - dir
    exp.expectfn = follow_master
    exps = table_of(tr)
    port = exp_find_port(exps, exp, exp.saved_proto, POLICY)
    if port == 0:
        return NF_DROP                                    # "all ports in use"
    if not mangle_tcp_packet(pkt, ct, ctinfo, matchoff, matchlen, _fmt(ftptype, newaddr, port)):
        exps.unexpect(exp)                                # "cannot mangle packet"
        return NF_DROP
    return NF_ACCEPT


for _p in PORTS:
    register(Helper("ftp" if _p == FTP_PORT else f"ftp-{_p}", 6, (POLICY,), ftp_help, new_data))
