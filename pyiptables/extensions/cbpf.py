"""Classic BPF (the socket filter language): bpf_check_classic()'s verdict on a program, and a
program run on a packet as the kernel runs it on an skb at an IPv4 netfilter hook, which starts at
the network header: offsets count from the IP header, negative ones reach the network header
(SKF_NET_OFF) and the link-layer header (SKF_LL_OFF), the SKF_AD_OFF area holds the ancillary loads
(protocol, pkttype, ifindex, mark...). A load past the packet, or a division by X = 0, ends the
program returning 0. Used by -m bpf."""
from __future__ import annotations

import random

from .matches.cpu import REPLAY_CPU
from .matches.pkttype import pkt_type

MEMWORDS = 16                           # BPF_MEMWORDS
M32 = 0xFFFFFFFF
SKF_AD_OFF, SKF_NET_OFF, SKF_LL_OFF = -0x1000, -0x100000, -0x200000
# ancillary loads (k - SKF_AD_OFF), as bpf_anc_helper() knows them
AD_PROTOCOL, AD_PKTTYPE, AD_IFINDEX, AD_NLATTR, AD_NLATTR_NEST, AD_MARK, AD_QUEUE, AD_HATYPE, AD_RXHASH, \
    AD_CPU, AD_ALU_XOR_X, AD_VLAN_TAG, AD_VLAN_TAG_PRESENT, AD_PAY_OFFSET, AD_RANDOM, AD_VLAN_TPID = range(0, 64, 4)

# instruction classes, sizes, modes, operations (linux/bpf_common.h)
LD, LDX, ST, STX, ALU, JMP, RET, MISC = range(8)
W, H, B = 0x00, 0x08, 0x10
IMM, ABS, IND, MEM, LEN, MSH = 0x00, 0x20, 0x40, 0x60, 0x80, 0xA0
ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR = 0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xA0
JA, JEQ, JGT, JGE, JSET = 0x00, 0x10, 0x20, 0x30, 0x40
K, X = 0x00, 0x08
RET_A = 0x10
TAX, TXA = 0x00, 0x80
SIZES = {W: 4, H: 2, B: 1}

# chk_code_allowed(): the opcodes a classic program may use
ALLOWED = frozenset(
    [ALU | op | src for op in (ADD, SUB, MUL, DIV, MOD, AND, OR, XOR, LSH, RSH) for src in (K, X)]
    + [ALU | NEG, LD | W | LEN, LD | IMM, LD | MEM, LDX | W | LEN, LDX | B | MSH, LDX | IMM, LDX | MEM,
       ST, STX, MISC | TAX, MISC | TXA, RET | K, RET | RET_A, JMP | JA]
    + [LD | size | mode for size in (W, H, B) for mode in (ABS, IND)]
    + [JMP | op | src for op in (JEQ, JGT, JGE, JSET) for src in (K, X)])
CONDITIONAL = frozenset(JMP | op | src for op in (JEQ, JGT, JGE, JSET) for src in (K, X))
ABS_LOADS = frozenset(LD | size | ABS for size in (W, H, B))
ANCILLARY = frozenset(range(0, 64, 4))

ARPHRD_ETHER, ARPHRD_LOOPBACK = 1, 772


def check_classic(prog) -> bool:
    """bpf_check_classic(): opcodes, constants, jump targets, a final RET, and memory words read
    only after a store on every path (check_load_and_stores)."""
    n = len(prog)
    for pc, (code, jt, jf, k) in enumerate(prog):
        if code not in ALLOWED:
            return False
        if code in (ALU | DIV | K, ALU | MOD | K) and k == 0:
            return False
        if code in (ALU | LSH | K, ALU | RSH | K) and k >= 32:
            return False
        if code in (LD | MEM, LDX | MEM, ST, STX) and k >= MEMWORDS:
            return False
        if code == JMP | JA and k >= n - pc - 1:
            return False
        if code in CONDITIONAL and (pc + jt + 1 >= n or pc + jf + 1 >= n):
            return False
        if code in ABS_LOADS and k >= SKF_AD_OFF & M32 and k - (SKF_AD_OFF & M32) not in ANCILLARY:
            return False
    if prog[-1][0] not in (RET | K, RET | RET_A):
        return False
    masks = [0xFFFF] * n
    valid = 0
    for pc, (code, jt, jf, k) in enumerate(prog):
        valid &= masks[pc]
        if code in (ST, STX):
            valid |= 1 << k
        elif code in (LD | MEM, LDX | MEM):
            if not valid >> k & 1:
                return False
        elif code == JMP | JA:
            masks[pc + 1 + k] &= valid
            valid = 0xFFFF
        elif code in CONDITIONAL:
            masks[pc + 1 + jt] &= valid
            masks[pc + 1 + jf] &= valid
            valid = 0xFFFF
    return True


def _signed(v: int) -> int:
    return v - (1 << 32) if v & 0x80000000 else v


def _nla_find(d, start: int, end: int, attr: int) -> int:
    """nla_find() over d[start:end] (netlink attributes, host byte order): offset or 0."""
    while end - start >= 4:
        nla_len = d[start] | d[start + 1] << 8
        if nla_len < 4 or nla_len > end - start:
            return 0
        if (d[start + 2] | d[start + 3] << 8) & 0x3FFF == attr:
            return start
        start += (nla_len + 3) & ~3
    return 0


def _nlattr(d, a: int, x: int, nest: bool) -> int:
    """skb_get_nlattr() / skb_get_nlattr_nest()."""
    n = len(d)
    if n < 4 or a > n - 4:
        return 0
    if not nest:
        return _nla_find(d, a, n, x)
    nla_len = d[a] | d[a + 1] << 8
    if nla_len > n - a:
        return 0
    return _nla_find(d, a + 4, a + nla_len, x) if nla_len >= 4 else 0


def _payload_offset(pkt) -> int:
    """skb_get_poff(): where the flow dissector puts the transport payload, 0 when it cannot."""
    if pkt.fragoff:
        return 0
    p, th = pkt.proto, pkt.thoff
    if p == 6:
        return th + max(20, pkt.doff) if pkt.len - th >= 20 else 0
    return th + {17: 8, 136: 8, 47: 4, 1: 8, 2: 8, 33: 16, 132: 12}.get(p, 0)


def compile_program(prog):
    """The program as f(pkt, par) -> bool (nonzero return value)."""
    code = tuple((c, jt, jf, k, _signed(k)) for c, jt, jf, k in prog)
    rand = random.Random(0)

    def load(pkt, off: int, size: int):
        """bpf_skb_load_helper_*: a big-endian load, None where the kernel's returns -EFAULT."""
        d = pkt.data
        if off >= 0:
            buf = d
        elif off >= SKF_NET_OFF:
            off -= SKF_NET_OFF
            buf = d
        elif off >= SKF_LL_OFF:
            if pkt.local_origin or len(pkt.l2src) != 6 or len(pkt.l2dst) != 6:
                return None                 # skb_mac_header_was_set() is false
            off -= SKF_LL_OFF
            buf = pkt.l2dst + pkt.l2src + pkt.l2proto.to_bytes(2, "big") + bytes(d)
        else:
            return None
        if off + size > len(buf):
            return None
        return int.from_bytes(buf[off:off + size], "big")

    def device(pkt, par):
        """skb->dev: the input device until ip_output() sets the output one (none at OUTPUT)."""
        if par.hook == 4:
            return pkt.outdev
        if par.hook == 3:
            return None
        return pkt.indev or None

    def ancillary(what, a, x, pkt, par):
        if what == AD_PROTOCOL:
            return 0x0800
        if what == AD_PKTTYPE:
            return pkt_type(pkt, par)
        if what in (AD_IFINDEX, AD_HATYPE):
            dev = device(pkt, par)
            link = par.host.links.get(dev) if dev and par.host is not None else None
            if link is None:
                return None                 # no skb->dev: the program ends returning A
            if what == AD_IFINDEX:
                return link.index
            return ARPHRD_LOOPBACK if link.kind == "loopback" else ARPHRD_ETHER
        if what in (AD_NLATTR, AD_NLATTR_NEST):
            return _nlattr(pkt.data, a, x, what == AD_NLATTR_NEST)
        if what == AD_MARK:
            return pkt.mark
        if what == AD_CPU:
            return REPLAY_CPU
        if what == AD_ALU_XOR_X:
            return a ^ x
        if what == AD_PAY_OFFSET:
            return _payload_offset(pkt)
        if what == AD_RANDOM:
            return rand.getrandbits(32)
        return 0                            # queue, rxhash, vlan tag/present/tpid: none here

    def bpf_mt(pkt, par):
        a = x = 0
        mem = [0] * MEMWORDS
        pc = 0
        while True:
            c, jt, jf, k, sk = code[pc]
            pc += 1
            cls = c & 7
            if cls == RET:
                return bool(a if c == RET | RET_A else k)
            if cls == LD or cls == LDX:
                mode = c & 0xE0
                if mode == IMM:
                    v = k
                elif mode == MEM:
                    v = mem[k]
                elif mode == LEN:
                    v = len(pkt.data)
                elif mode == MSH:
                    v = load(pkt, sk, 1)
                    if v is None:
                        return False
                    v = (v & 15) << 2
                elif mode == ABS and k >= SKF_AD_OFF & M32:
                    v = ancillary(k - (SKF_AD_OFF & M32), a, x, pkt, par)
                    if v is None:
                        return bool(a)
                else:
                    v = load(pkt, sk if mode == ABS else _signed((x + k) & M32), SIZES[c & 0x18])
                    if v is None:
                        return False
                if cls == LD:
                    a = v
                else:
                    x = v
            elif cls == ALU:
                op = c & 0xF0
                if op == NEG:
                    a = -a & M32
                    continue
                s = x if c & X else k
                if op == ADD:
                    a = (a + s) & M32
                elif op == SUB:
                    a = (a - s) & M32
                elif op == MUL:
                    a = (a * s) & M32
                elif op == DIV or op == MOD:
                    if not s:
                        return False        # a division by X = 0 ends the program returning 0
                    a = a // s if op == DIV else a % s
                elif op == AND:
                    a &= s
                elif op == OR:
                    a |= s
                elif op == XOR:
                    a ^= s
                elif op == LSH:
                    a = (a << (s & 31)) & M32
                else:
                    a >>= s & 31
            elif cls == JMP:
                op = c & 0xF0
                if op == JA:
                    pc += k
                    continue
                s = x if c & X else k
                if op == JEQ:
                    hit = a == s
                elif op == JGT:
                    hit = a > s
                elif op == JGE:
                    hit = a >= s
                else:
                    hit = a & s
                pc += jt if hit else jf
            elif cls == ST:
                mem[k] = a
            elif cls == STX:
                mem[k] = x
            elif c == MISC | TAX:
                x = a
            else:
                a = x
    return bpf_mt
