"""-m bpf: a classic BPF program run on the packet (xt_bpf, bytecode mode).

The program sees the skb from its network header: offsets count from the IP header, negative
ones reach the network header (SKF_NET_OFF) and the link-layer header (SKF_LL_OFF), and the
SKF_AD_OFF area holds the ancillary loads (protocol, pkttype, ifindex, mark...). The rule matches
when the program returns a nonzero value. A pinned eBPF object (--object-pinned) cannot exist in
an emulated namespace: libxt_bpf's BPF_OBJ_GET fails and the rule is refused as it refuses it.
"""
from __future__ import annotations

import random

from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import c_strtoul
from .cpu import REPLAY_CPU
from .pkttype import pkt_type

MAX_INSTR = 64                          # XT_BPF_MAX_NUM_INSTR
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


def _scan_u(s: str, i: int, bits: int):
    """One sscanf %u / %hu / %hhu conversion at s[i:]: (value, end) or None when no number."""
    v, end = c_strtoul(s, i, 10)
    if end == i:
        return None
    return v & ((1 << bits) - 1), end


def parse_bytecode(arg: str) -> tuple:
    """libxt_bpf's reading of `N,code jt jf k,...` -> ((code, jt, jf, k), ...)."""
    head = _scan_u(arg, 0, 16)
    if head is None or head[1] >= len(arg) or arg[head[1]] != ",":
        raise ParamError("bpf: error parsing program length")
    n = head[0]
    if not n:
        raise ParamError("bpf: illegal zero length program")
    if n > MAX_INSTR:
        raise ParamError("bpf: number of instructions exceeds maximum")
    prog = []
    at = arg.find(",")
    while at >= 0 and at + 1 < len(arg):
        if len(prog) >= n:
            raise ParamError("bpf: real program length exceeds the encoded length parameter")
        fields, i = [], at + 1
        for bits in (16, 8, 8, 32):
            r = _scan_u(arg, i, bits)
            if r is None:
                raise ParamError(f"bpf: error at instr {len(prog)}")
            fields.append(r[0])
            i = r[1]
        prog.append(tuple(fields))
        at = arg.find(",", at + 1)
    if len(prog) != n:
        raise ParamError("bpf: parsed program length is less than the encoded length parameter")
    return tuple(prog)


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


class Bpf(Match):
    NAME = "bpf"
    HELP = ("bpf match options:\n"
            "--bytecode <program>\t        : a bpf program as generated by\n"
            "                                 $(nfbpf_compile RAW '<filter>')\n"
            "--object-pinned <bpf object>\t: a path to a pinned BPF object in bpf fs\n")
    OPTIONS = (Opt("bytecode", "string"), Opt("object-pinned", "string"))

    def parse(self, opt, arg, invert, ctx):
        if opt.name == "object-pinned":
            raise ParamError("bpf: failed to get bpf object")
        self.v["bytecode"] = parse_bytecode(arg)
        self.inv["bytecode"] = False

    def final_check(self, ctx):
        if "bytecode" not in self.v:
            raise ParamError("bpf: one of --bytecode or --pinned is required")

    def check_entry(self, table, hookmask, rule):
        if not check_classic(self.v["bytecode"]):
            raise KernelError()

    @staticmethod
    def _code(prog) -> str:
        return ",".join(f"{c} {jt} {jf} {k}" for c, jt, jf, k in prog)

    def save(self):
        prog = self.v["bytecode"]
        return f' --bytecode "{len(prog)},{self._code(prog)}"'

    def print(self, numeric):
        # libxt_bpf ends the program text with its "tail" character, a NUL in listings
        return f"match bpf {self._code(self.v['bytecode'])}\0"

    def compile(self):
        return compile_program(self.v["bytecode"])


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


register(Bpf)
