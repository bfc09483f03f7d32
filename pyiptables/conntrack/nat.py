"""NAT bindings and packet rewriting (nf_nat_core.c, nf_nat_proto.c), on the tracker's entries.

A binding is decided once per connection and manip type: nf_nat_setup_info() picks a unique
tuple inside the target's range and alters the entry's reply tuple, so replies find the entry;
nf_nat_packet() then rewrites every packet of the connection that needs it.
"""
from __future__ import annotations

import random

from .conn import (IP_CT_DIR_REPLY, IP_CT_IS_REPLY, IPS_CONFIRMED, IPS_DST_NAT, IPS_DST_NAT_DONE, IPS_DYING,
                   IPS_FIXED_TIMEOUT, IPS_NAT_MASK, IPS_SEQ_ADJUST, IPS_SRC_NAT, IPS_SRC_NAT_DONE, key_zone, pack,
                   unpack)
from ..jhash import jhash2_addr
from .proto_sctp import crc32c
from .proto_tcp import _P as TCP_PDATA, END as TD_END, SYN_SENT as TCP_SYN_SENT, TIME_WAIT as TCP_TIME_WAIT

NF_DROP, NF_ACCEPT = 0, 1
MANIP_SRC, MANIP_DST = 0, 1
# nf_nat_range2 flags
RANGE_MAP_IPS, RANGE_PROTO_SPECIFIED, RANGE_PROTO_RANDOM, RANGE_PERSISTENT = 1, 2, 4, 8
RANGE_PROTO_RANDOM_FULLY, RANGE_PROTO_OFFSET, RANGE_NETMAP = 16, 32, 64
RANGE_PROTO_RANDOM_ALL = RANGE_PROTO_RANDOM | RANGE_PROTO_RANDOM_FULLY
PORT_PROTOS = frozenset((6, 17, 136, 132, 33))
MANIP_PROTOS = frozenset((6, 17, 136, 132, 1, 47))     # l4proto_manip_pkt's (DCCP's gone in 6.16)
ICMP, GRE = 1, 47
ALLOW_CLASH = frozenset((17, 136, 1))       # the l4protos whose clashes confirm may resolve
USES_NAT = IPS_NAT_MASK | IPS_SEQ_ADJUST
MAX_ATTEMPTS = 128                 # NF_NAT_MAX_ATTEMPTS
HARDER_THRESH = MAX_ATTEMPTS // 4  # NF_NAT_HARDER_THRESH
HOOK_MANIP = (MANIP_DST, MANIP_SRC, MANIP_DST, MANIP_DST, MANIP_SRC)   # HOOK2MANIP by hook number
M32 = 0xFFFFFFFF


class Range:
    """nf_nat_range2: flags, an address range and a port (or ICMP id) range, host order."""

    __slots__ = ("flags", "min_addr", "max_addr", "min_proto", "max_proto", "base_proto")

    def __init__(self, flags=0, min_addr=0, max_addr=0, min_proto=0, max_proto=0, base_proto=0):
        self.flags, self.min_addr, self.max_addr = flags, min_addr, max_addr
        self.min_proto, self.max_proto, self.base_proto = min_proto, max_proto, base_proto


def le32(addr: int) -> int:
    """An IPv4 address as the kernel's u32 load of its network-order bytes on a little-endian CPU."""
    return int.from_bytes(addr.to_bytes(4, "big"), "little")


class NatCore:
    def __init__(self, tracker):
        self.tr = tracker
        self.rng = random.Random(0x6E6174)   # get_random_u16(): seeded so replays are repeatable

    # -- tuples ----------------------------------------------------------------------------------
    def invert(self, t: tuple, zone: int) -> int:
        src, dst, proto, sp, dp = t
        return self.tr.invert_key(pack(src, dst, proto, sp, dp, zone), zone)

    @staticmethod
    def taken_zone(k: int, other, ct) -> bool:
        """nf_ct_key_equal() in nf_conntrack_tuple_taken(): the lookup is by the new entry's reply
        zone id (CT --zone-orig leaves it 0), but a hit on another entry's original tuple must
        also have the new entry's original zone id."""
        return k != other.korig or key_zone(ct.korig) == key_zone(ct.krepl)

    def used_tuple(self, t: tuple, ct) -> bool:
        """nf_nat_used_tuple(): is the reply of this tuple already some other entry's?"""
        k = self.invert(t, key_zone(ct.krepl))
        if k is None:
            return False
        other = self.tr.table.get(k)
        if other is not None and other is not ct and other.timeout > self.tr.now and self.taken_zone(k, other, ct):
            self.tr.stats[0] += 1       # nf_conntrack_tuple_taken(): the only place `found` counts
            return True
        return False

    def used_tuple_new(self, t: tuple, ct) -> bool:
        """nf_nat_used_tuple_new() (Linux 6.6, as fixed through 6.18): a new UDP, UDP-Lite or ICMP
        entry keeps its own tuple when the entry it clashes with is its reverse (that entry's
        original tuple is its reply) and neither is NATed: the clash is left to confirmation,
        which drops the packet, where the port would otherwise have been moved."""
        if not self.used_tuple(t, ct):
            return False
        if t[2] not in ALLOW_CLASH or ct.status & USES_NAT:
            return True
        zone = key_zone(ct.korig)
        other = self.tr.find(pack(*t, zone))
        if other is None:
            k = self.invert(t, zone)
            other = self.tr.find(k) if k is not None else None
            if other is None:
                return False
        return bool(other.status & USES_NAT) or unpack(other.korig) != unpack(ct.krepl)

    def used_tuple_harder(self, t: tuple, ct, attempts_left: int) -> bool:
        """nf_nat_used_tuple_harder() (Linux 6.5+): in the last attempts for a TCP SYN, a colliding
        SNATed entry in TIME_WAIT or later whose client sequence the new SYN has passed is killed
        (DESTROY event) and its tuple reused."""
        if attempts_left > HARDER_THRESH or t[2] != 6 or ct.proto != TCP_SYN_SENT:
            return self.used_tuple(t, ct)
        k = self.invert(t, key_zone(ct.krepl))
        other = self.tr.find(k) if k is not None else None
        if other is None or not self.taken_zone(k, other, ct):
            return False
        if k == other.korig or other is ct:
            return True
        if (other.proto < TCP_TIME_WAIT or other.status & (IPS_FIXED_TIMEOUT | IPS_DYING)
                or not other.status & IPS_SRC_NAT):
            return True
        new_end, old_end = TCP_PDATA.unpack(ct.pdata)[TD_END], TCP_PDATA.unpack(other.pdata)[TD_END]
        if not 0 < (new_end - old_end) & M32 < 0x80000000:      # nf_seq_has_advanced: (s32) > 0
            return True
        return not self.tr.kill(other)

    @staticmethod
    def in_proto_range(t: tuple, manip: int, rng: Range) -> bool:
        proto = t[2]
        if proto == ICMP:
            return rng.min_proto <= t[3] <= rng.max_proto
        if proto in PORT_PROTOS or proto == GRE:
            port = t[3] if manip == MANIP_SRC else t[4]
            return rng.min_proto <= port <= rng.max_proto
        return True

    def in_range(self, t: tuple, rng: Range) -> bool:
        if rng.flags & RANGE_MAP_IPS and not rng.min_addr <= t[0] <= rng.max_addr:
            return False
        if not rng.flags & RANGE_PROTO_SPECIFIED:
            return True
        return self.in_proto_range(t, MANIP_SRC, rng)

    @staticmethod
    def bysource_zone(ct) -> int:
        """The zone id hash_by_src() mixes in: only a zone valid for both directions counts."""
        return ct.zone if ct.zone_dir == 3 else 0

    def find_appropriate_src(self, t: tuple, rng: Range, new):
        """A current source mapping of the same source (address, port, protocol), if in range; the
        newest first, as the kernel's nf_nat_bysource chains are (hlist_add_head). Only entries of
        the new one's bysource chain (bysource_zone) with its original direction's zone id
        (nf_ct_zone_equal(ct, zone, IP_CT_DIR_ORIGINAL)) are candidates."""
        zone, chain = key_zone(new.korig), self.bysource_zone(new)
        for k, ct in reversed(self.tr.table.items()):
            if (k != ct.korig or key_zone(k) != zone or not ct.status & IPS_SRC_NAT_DONE
                    or self.bysource_zone(ct) != chain):
                continue
            o = ct.tuple_orig
            if o[2] == t[2] and o[0] == t[0] and o[3] == t[3]:
                r = ct.tuple_reply
                result = (r[1], t[1], t[2], r[4], t[4])
                if self.in_range(result, rng):
                    return result
        return None

    def best_ip(self, t: tuple, rng: Range, manip: int, zone: int) -> tuple:
        """find_best_ips_proto(): one address, or a hash of the addresses that spreads clients."""
        if not rng.flags & RANGE_MAP_IPS:
            return t
        src, dst, proto, sp, dp = t
        if rng.min_addr == rng.max_addr:
            ip = rng.min_addr
        else:
            init = 0 if rng.flags & RANGE_PERSISTENT else (le32(dst) ^ zone)
            j = jhash2_addr(le32(src), init)
            dist = (rng.max_addr - rng.min_addr + 1) & M32
            ip = rng.min_addr + ((j * dist) >> 32)
        return (ip, dst, proto, sp, dp) if manip == MANIP_SRC else (src, ip, proto, sp, dp)

    def unique_proto(self, t: tuple, rng: Range, manip: int, ct) -> tuple:
        """nf_nat_l4proto_unique_tuple(): move the port (or ICMP id) until the tuple is unique."""
        src, dst, proto, sp, dp = t
        if proto == ICMP:
            key_is_src = True
            if not rng.flags & RANGE_PROTO_SPECIFIED:
                lo, size = 0, 65536
            else:
                lo, size = rng.min_proto, rng.max_proto - rng.min_proto + 1
        elif proto in PORT_PROTOS:
            key_is_src = manip == MANIP_SRC
            port = sp if key_is_src else dp
            if not rng.flags & RANGE_PROTO_SPECIFIED:
                if manip == MANIP_DST:
                    return t
                if port < 1024:
                    lo, size = (1, 511) if port < 512 else (600, 424)
                else:
                    lo, size = 1024, 65535 - 1024 + 1
            else:
                lo, hi = sorted((rng.min_proto, rng.max_proto))
                size = hi - lo + 1
        elif proto == GRE and ct.master is not None:     # PPTP: a call's GRE follows its master
            key_is_src = manip == MANIP_SRC
            if not rng.flags & RANGE_PROTO_SPECIFIED:
                lo, size = 1, 65535
            else:
                lo, size = rng.min_proto, rng.max_proto - rng.min_proto + 1
        else:
            return t
        key = sp if key_is_src else dp
        if rng.flags & RANGE_PROTO_OFFSET:
            off = (key - rng.base_proto) & 0xFFFF
        elif rng.flags & RANGE_PROTO_RANDOM_ALL or manip != MANIP_DST:
            off = self.rng.getrandbits(16)
        else:
            off = 0
        attempts = min(size, MAX_ATTEMPTS)
        cand = t
        while True:
            for i in range(attempts):
                v = lo + off % size
                off = (off + 1) & 0xFFFF                # u16 off
                cand = (src, dst, proto, v, dp) if key_is_src else (src, dst, proto, sp, v)
                if not self.used_tuple_harder(cand, ct, attempts - i):
                    return cand
            if attempts >= size or attempts < 16:
                return cand
            attempts //= 2
            off = self.rng.getrandbits(16)

    def unique_tuple(self, orig: tuple, rng: Range, ct, manip: int) -> tuple:
        """get_unique_tuple()."""
        if manip == MANIP_SRC and not rng.flags & RANGE_PROTO_RANDOM_ALL:
            if self.in_range(orig, rng):
                if not self.used_tuple_new(orig, ct):
                    return orig
            else:
                t = self.find_appropriate_src(orig, rng, ct)
                if t is not None and not self.used_tuple(t, ct):
                    return t
        t = self.best_ip(orig, rng, manip, ct.zone)
        if not rng.flags & RANGE_PROTO_RANDOM_ALL:
            if rng.flags & RANGE_PROTO_SPECIFIED:
                if (not rng.flags & RANGE_PROTO_OFFSET and self.in_proto_range(t, manip, rng)
                        and (rng.min_proto == rng.max_proto or not self.used_tuple(t, ct))):
                    return t
            elif not self.used_tuple(t, ct):
                return t
        return self.unique_proto(t, rng, manip, ct)

    # -- bindings ----------------------------------------------------------------------------------
    def setup_info(self, ct, rng: Range, manip: int) -> int:
        """nf_nat_setup_info(): bind the connection for this manip type (once; never when confirmed)."""
        done = IPS_SRC_NAT_DONE if manip == MANIP_SRC else IPS_DST_NAT_DONE
        if ct.status & (IPS_CONFIRMED | done):
            return NF_ACCEPT
        r = ct.tuple_reply
        curr = (r[1], r[0], r[2], r[4], r[3])
        if r[2] == ICMP:
            curr = unpack(self.tr.invert_key(ct.krepl, ct.zone))
        new = self.unique_tuple(curr, rng, ct, manip)
        if new != curr:
            krepl = self.invert(new, key_zone(ct.krepl))
            if krepl is not None:
                ct.krepl = krepl
                ct.status |= IPS_SRC_NAT if manip == MANIP_SRC else IPS_DST_NAT
        ct.status |= done
        return NF_ACCEPT

    def alloc_null_binding(self, ct, hook: int) -> int:
        manip = HOOK_MANIP[hook]
        r = ct.tuple_reply
        ip = r[1] if manip == MANIP_SRC else r[0]
        return self.setup_info(ct, Range(RANGE_MAP_IPS, ip, ip), manip)

    # -- rewriting ---------------------------------------------------------------------------------
    def packet(self, ct, ctinfo: int, hook: int, pkt) -> int:
        """nf_nat_packet(): rewrite this packet if its direction and hook need it."""
        manip = HOOK_MANIP[hook]
        dir = 1 if ctinfo >= IP_CT_IS_REPLY else 0
        bit = IPS_SRC_NAT if manip == MANIP_SRC else IPS_DST_NAT
        if dir == IP_CT_DIR_REPLY:
            bit ^= IPS_NAT_MASK
        if ct.status & bit:
            other = ct.tuple_orig if dir else ct.tuple_reply
            target = (other[1], other[0], other[2], other[4], other[3])
            if other[2] == ICMP:
                target = unpack(self.tr.invert_key(ct.korig if dir else ct.krepl, ct.zone))
            if not manip_pkt(pkt.data, 0, target, manip, outer=True):
                return NF_DROP
            pkt.refresh()
        return NF_ACCEPT

    def icmp_reply_translation(self, pkt, ct, ctinfo: int, hook: int) -> bool:
        """nf_nat_icmp_reply_translation(): fix the quoted header, then the outer one."""
        d = pkt.data
        th = pkt.thoff
        if len(d) < th + 8 + 20:
            return False
        manip = HOOK_MANIP[hook]
        dir = 1 if ctinfo >= IP_CT_IS_REPLY else 0
        if d[th] == 5 and ct.status & IPS_NAT_MASK:       # redirects through a NAT would bypass it
            return False
        bit = IPS_SRC_NAT if manip == MANIP_SRC else IPS_DST_NAT
        if dir == IP_CT_DIR_REPLY:
            bit ^= IPS_NAT_MASK
        if not ct.status & bit:
            return True
        other_key = ct.korig if dir else ct.krepl
        inner_target = unpack(other_key)
        if not manip_pkt(d, th + 8, inner_target, 1 - manip, outer=False):
            return False
        d[th + 2] = d[th + 3] = 0
        c = checksum(d, th, pkt.len)
        d[th + 2], d[th + 3] = c >> 8, c & 0xFF
        inv = self.tr.invert_key(other_key, ct.zone)
        src, dst, _p, _s, _d = unpack(inv) if inv is not None else (0, 0, 0, 0, 0)
        manip_pkt(d, 0, (src, dst, ICMP, 0, 0), manip, outer=True)
        pkt.refresh()
        return True


# -- checksum arithmetic (RFC 1624) ---------------------------------------------------------------
def checksum(d, start: int, end: int) -> int:
    s = 0
    n = end - start
    mv = bytes(d[start:end]) + (b"\0" if n % 2 else b"")
    for i in range(0, len(mv), 2):
        s += mv[i] << 8 | mv[i + 1]
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def csum_replace16(d, off: int, old: int, new: int) -> None:
    """Update the 16-bit checksum at d[off] for one 16-bit word changed from old to new."""
    c = d[off] << 8 | d[off + 1]
    s = (~c & 0xFFFF) + (~old & 0xFFFF) + new
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    c = ~s & 0xFFFF
    d[off], d[off + 1] = c >> 8, c & 0xFF


def csum_replace32(d, off: int, old: int, new: int) -> None:
    csum_replace16(d, off, old >> 16, new >> 16)
    csum_replace16(d, off, old & 0xFFFF, new & 0xFFFF)


def manip_pkt(d, iphoff: int, target: tuple, manip: int, outer: bool) -> bool:
    """nf_nat_ipv4_manip_pkt(): set the source or destination address (and port / ICMP id) of the
    IP header at iphoff to target's, with the checksums that can be fixed. In a header quoted by an
    ICMP error only 8 transport bytes are there, so a TCP checksum stays as it is. False (the
    caller drops the packet) when fewer than the 8 transport bytes every l4 manip makes writable
    are there (skb_ensure_writable fails), e.g. an ICMP error quoting 4 bytes of a NATed flow."""
    ihl = (d[iphoff] & 15) * 4
    proto = d[iphoff + 9]
    aoff = iphoff + (12 if manip == MANIP_SRC else 16)
    old = int.from_bytes(d[aoff:aoff + 4], "big")
    new = target[0] if manip == MANIP_SRC else target[1]
    th = iphoff + ihl
    avail = len(d) - th
    if avail < 8 and proto in MANIP_PROTOS:
        return False
    frag = (d[iphoff + 6] << 8 | d[iphoff + 7]) & 0x1FFF
    if not frag:
        if proto in (6, 17, 136) and avail >= 4:
            poff = th + (0 if manip == MANIP_SRC else 2)
            oldp = d[poff] << 8 | d[poff + 1]
            newp = target[3] if manip == MANIP_SRC else target[4]
            coff = th + (16 if proto == 6 else 6)
            has_csum = avail >= (20 if proto == 6 else 8) and (proto != 17 or (d[coff] | d[coff + 1]))
            if has_csum:
                csum_replace32(d, coff, old, new)
                csum_replace16(d, coff, oldp, newp)
                if proto == 17 and not (d[coff] | d[coff + 1]):
                    d[coff] = d[coff + 1] = 0xFF      # CSUM_MANGLED_0
            d[poff], d[poff + 1] = newp >> 8, newp & 0xFF
        elif proto == 132 and avail >= 8:
            # sctp_manip_pkt(): the port, then a new CRC32c whenever the whole common header is
            # there (in a quoted header too: computed over whatever follows it in the packet)
            poff = th + (0 if manip == MANIP_SRC else 2)
            newp = target[3] if manip == MANIP_SRC else target[4]
            d[poff], d[poff + 1] = newp >> 8, newp & 0xFF
            if avail >= 12:
                d[th + 8:th + 12] = crc32c(d, th, len(d)).to_bytes(4, "little")
        elif proto == GRE and manip == MANIP_DST and avail >= 8 and d[th + 1] & 7 == 1:
            # gre_manip_pkt(): only a version 1 (PPTP) header's call id, only its destination key
            # (the source key is not in the packet)
            d[th + 6], d[th + 7] = target[4] >> 8, target[4] & 0xFF
        elif proto == ICMP and avail >= 8 and d[th] in (0, 8, 13, 14, 15, 16, 17, 18):
            oldid = d[th + 4] << 8 | d[th + 5]
            newid = target[3]
            csum_replace16(d, th + 2, oldid, newid)
            d[th + 4], d[th + 5] = newid >> 8, newid & 0xFF
    csum_replace32(d, iphoff + 10, old, new)
    d[aoff:aoff + 4] = new.to_bytes(4, "big")
    return True
