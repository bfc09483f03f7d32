"""The tracker: nf_conntrack_in / __nf_conntrack_confirm / the GC, on the capture clock."""
from __future__ import annotations

from .conn import (IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY, IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY,
                   IP_CT_INVALID, IP_CT_NEW, IP_CT_RELATED, IP_CT_UNTRACKED, IPCT_DESTROY, IPCT_NEW,
                   IPCT_RELATED, IPCT_REPLY, IPS_CONFIRMED, IPS_DYING, IPS_EXPECTED,
                   IPS_HELPER, IPS_SEEN_REPLY, IPS_TEMPLATE, Conn, pack)
from .events import EventEmitter
from .expect import ExpectTable
from .limit import alloc_ok, gc_evict
from .proto_generic import generic_packet
from .proto_gre import destroy_gre_conntrack, gre_keys, gre_packet
from .proto_icmp import INVALID as ICMP_INVALID
from .proto_icmp import INVERT, icmp_error, icmp_packet
from .proto_sctp import sctp_packet
from .proto_tcp import REPEAT, tcp_packet
from .proto_udp import udp_packet
from .sysctls import Settings
from .table import TableState

NF_DROP, NF_ACCEPT = 0, 1
IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP = 1, 6, 17
_PORTS = frozenset((6, 17, 136, 132))          # DCCP (33) lost its tracker in Linux 6.16: generic now
GC_MIN, GC_MAX = 1.0, 60.0                  # GC_SCAN_INTERVAL_MIN / _MAX
ZONE_SHIFT = 104                            # conn.pack(): the zone id above the tuple's 104 bits
TUPLE_BITS = (1 << ZONE_SHIFT) - 1

# per-protocol packet() by protonum, built once
L4_PACKET = [generic_packet] * 256
L4_PACKET[IPPROTO_TCP] = tcp_packet
L4_PACKET[IPPROTO_UDP] = udp_packet
L4_PACKET[136] = udp_packet
L4_PACKET[IPPROTO_ICMP] = icmp_packet
L4_PACKET[132] = sctp_packet
L4_PACKET[47] = gre_packet
L4_PACKET = tuple(L4_PACKET)

STATS = ("found", "invalid", "insert", "insert_failed", "drop", "early_drop", "error",
         "search_restart", "clash_resolve", "chaintoolong")


class Tracker(Settings, EventEmitter, TableState):
    """The conntrack table of one network namespace. See the package docstring for the contract."""

    log = None                  # callable(LogLine) for kernel log lines (not pickled)
    net = None                  # the namespace's host model, for helpers that read its addresses (not pickled)
    gc_early_drop = False       # limit.py: an allocation failed, the GC's next pass evicts
    ed_fail = -1                # limit.py: last_id when early_drop last found nothing
    ratelimit = None            # limit.py: net_ratelimit() state
    labels_used = False         # some connlabel rule is loaded: new entries get the labels extension
    gre_keymap = None           # proto_gre.KeyMap list, made by the pptp helper's first call

    def __init__(self, sysctls=None, sink=None):
        self.table: dict[int, Conn] = {}
        self.now = 0.0
        self.hook = 0
        self.last_id = 0
        self.stats = [0] * len(STATS)
        self.expectations = ExpectTable(self)
        self.gc_next = self.gc_last = 0.0
        self.sink = sink
        self.ecache: dict[Conn, int] = {}
        self.configure(sysctls)

    # -- lookup ----------------------------------------------------------------------------------
    def find(self, key: int):
        """nf_conntrack_find_get(): a live entry for this tuple key; an expired one is reaped."""
        ct = self.table.get(key)
        if ct is not None and ct.timeout <= self.now:
            self._gc_expired(ct)
            return None
        return ct

    def packet_key(self, pkt, zone_id: int = 0):
        """The tuple key of a packet (nf_ct_get_tuple), or None when its header is unusable."""
        p = pkt.proto
        if p in _PORTS:
            if pkt.truncated and pkt.len - pkt.thoff < 4:
                return None
            return pack(pkt.saddr, pkt.daddr, p, pkt.sport, pkt.dport, zone_id)
        if p == IPPROTO_ICMP:
            if pkt.len - pkt.thoff < 8:
                return None
            return pack(pkt.saddr, pkt.daddr, p, pkt.icmp_id, pkt.icmp_type << 8 | pkt.icmp_code, zone_id)
        if p == 47:
            keys = (gre_keys(pkt.data, pkt.thoff, pkt.len - pkt.thoff, pkt.saddr, pkt.daddr, self.gre_keymap)
                    if not pkt.fragoff else (0, 0))
            if keys is None:
                return None
            return pack(pkt.saddr, pkt.daddr, p, keys[0], keys[1], zone_id)
        return pack(pkt.saddr, pkt.daddr, p, 0, 0, zone_id)

    @staticmethod
    def invert_key(key: int, zone_id: int = 0):
        """nf_ct_invert_tuple(): the reply tuple's key, None when the protocol cannot invert it."""
        src, dst = (key >> 64) & 0xFFFFFFFF, (key >> 32) & 0xFFFFFFFF
        proto = (key >> 96) & 0xFF
        sp, dp = (key >> 16) & 0xFFFF, key & 0xFFFF
        if proto == IPPROTO_ICMP:
            t = INVERT.get(dp >> 8)
            if t is None:
                return None
            return pack(dst, src, proto, sp, t << 8 | (dp & 0xFF), zone_id)
        return pack(dst, src, proto, dp, sp, zone_id)

    # -- the hook functions --------------------------------------------------------------------
    def conntrack_in(self, pkt, hook: int, now: float, zone: int = 0, template=None) -> int:
        """nf_conntrack_in(): attach the packet to its entry (pkt.ct, pkt.ctinfo); returns a verdict."""
        self.now = now
        self.hook = hook
        ct = pkt.ct
        if ct is not None or pkt.ctinfo == IP_CT_UNTRACKED or pkt.nfct_untracked:
            if ct is None or not ct.status & IPS_TEMPLATE:
                if ct is None:
                    pkt.ctinfo = IP_CT_UNTRACKED
                return NF_ACCEPT                    # already seen (loopback) or untracked
            template, pkt.ct = ct, None
        oz = rz = zone                          # the zone ids of each direction's lookup
        if template is not None:
            oz = rz = zone = template.zone
            zd = template.zone_dir
            if zd != 3:
                oz, rz = (zone if zd & 1 else 0), (zone if zd & 2 else 0)
        if pkt.fragoff:
            return self._invalid(pkt)
        p = pkt.proto
        if p == IPPROTO_ICMP:
            r = icmp_error(self, pkt, hook, oz, rz)
            if r is ICMP_INVALID:
                return self._invalid(pkt)
            if r is not None:
                pkt.ct, pkt.ctinfo = r
                return NF_ACCEPT
        table = self.table
        while True:
            if p in _PORTS and not pkt.truncated:       # packet_key()'s common case, inline
                key = (((oz << 8 | p) << 32 | pkt.saddr) << 32 | pkt.daddr) << 32 | pkt.sport << 16 | pkt.dport
            else:
                key = self.packet_key(pkt, oz)
                if key is None:
                    return self._invalid(pkt)
            ct = table.get(key)                         # find(), inline
            if ct is not None and ct.timeout <= now:
                self._gc_expired(ct)
                ct = None
            if oz != rz:
                ct, key = self.find_zone_dir(key & TUPLE_BITS, oz, rz)
            if ct is None:
                ct = self._init_conntrack(pkt, key, zone, template)
                if ct is None:
                    return self._invalid(pkt)
                if ct is NF_DROP:
                    self.stats[4] += 1
                    pkt.ct, pkt.ctinfo = None, IP_CT_INVALID
                    return NF_DROP
                dir = IP_CT_DIR_ORIGINAL
            else:
                dir = IP_CT_DIR_ORIGINAL if key == ct.korig else IP_CT_DIR_REPLY
            if dir:
                ctinfo = IP_CT_ESTABLISHED_REPLY
            elif ct.status & IPS_SEEN_REPLY:
                ctinfo = IP_CT_ESTABLISHED
            elif ct.status & IPS_EXPECTED:
                ctinfo = IP_CT_RELATED
            else:
                ctinfo = IP_CT_NEW
            pkt.ct, pkt.ctinfo = ct, ctinfo
            ret = L4_PACKET[p](ct, pkt, dir, ctinfo, self)
            if ret <= 0:
                if ret == REPEAT:
                    continue
                return self._invalid(pkt)
            if ctinfo == IP_CT_ESTABLISHED_REPLY and not ct.status & IPS_SEEN_REPLY:
                ct.status |= IPS_SEEN_REPLY
                self.event(ct, IPCT_REPLY)
            return NF_ACCEPT

    def find_zone_dir(self, key: int, oz: int, rz: int):
        """nf_conntrack_find_get() with a template's zone (resolve_normal_ct, icmp_error_message):
        the tuple (`key` without a zone) is looked up with the original direction's zone id, then,
        for a zone of one direction only (CT --zone-orig/--zone-reply), with the reply direction's;
        a hit counts only where the entry's zone id in the hit's direction is the one it was looked
        up with (nf_ct_key_equal). Returns (entry or None, the key found or the original one)."""
        k = key | oz << ZONE_SHIFT
        ct = self.find(k)
        if ct is not None and (k == ct.korig or oz == rz):
            return ct, k
        if rz != oz:
            k2 = key | rz << ZONE_SHIFT
            ct = self.find(k2)
            if ct is not None and k2 == ct.krepl:
                return ct, k2
        return None, k

    def _invalid(self, pkt) -> int:
        self.stats[1] += 1
        pkt.ct, pkt.ctinfo = None, IP_CT_INVALID
        return NF_ACCEPT

    def _init_conntrack(self, pkt, key, zone, template):
        zd = template.zone_dir if template is not None else 3
        proto = (key >> 96) & 0xFF
        if proto == IPPROTO_ICMP:
            krepl = self.invert_key(key, zone if zd & 2 else 0)
            if krepl is None:
                return None
        else:       # invert_key(), inline: addresses and ports swapped
            krepl = ((((zone if zd & 2 else 0) << 8 | proto) << 32 | (key >> 32) & 0xFFFFFFFF) << 32
                     | (key >> 64) & 0xFFFFFFFF) << 32 | (key & 0xFFFF) << 16 | (key >> 16) & 0xFFFF
        korig = key if zd & 1 or not zone else self.packet_key(pkt, 0)
        if self.max and len(self.table) >= 2 * self.max and not alloc_ok(self):
            return NF_DROP                      # table full (limit.py)
        ct = Conn(korig, krepl, zone)
        self.last_id += 1
        ct.id = (self.last_id * 2654435761) & 0xFFFFFFFF
        if zd != 3 or self.acct:
            e = ct.ensure_ext()
            e.zone_dir = zd
            if self.acct:
                e.acct = [0, 0, 0, 0]
        if self.labels_used:
            ct.ensure_ext().labels = 0
        if template is not None and template.ext is not None:
            ct.ensure_ext().ctmask = template.ext.ctmask
        exps = self.expectations
        exp = exps.find(ct) if exps else None               # find_expectation(), inline
        if exp is not None:
            ct.status |= IPS_EXPECTED
            e = ct.ensure_ext()
            e.master = exp.master
            e.helper = exp.helper               # an expected entry never takes the template's helper
            ct.mark = exp.master.mark
            e.secmark = exp.master.secmark
            if exp.expectfn is not None:
                exp.expectfn(self, ct, exp)
        elif template is not None and template.ext is not None and template.ext.helper:
            ct.ensure_ext().helper = template.ext.helper     # __nf_ct_try_assign_helper
            ct.status |= IPS_HELPER
        return ct

    def find_expectation(self, ct):
        """nf_ct_find_expectation(): the expectation this new entry fulfils (unlinked), or None."""
        exps = self.expectations
        return exps.find(ct) if exps else None

    def confirm(self, pkt, now: float) -> int:
        """__nf_conntrack_confirm() at the last hook: insert a new entry, deliver cached events."""
        ct = pkt.ct
        if ct is None:
            return NF_ACCEPT
        self.now = now
        if ct.status & IPS_CONFIRMED:
            if self.ecache:
                self.deliver(ct)
            return NF_ACCEPT
        if pkt.ctinfo >= 3:                         # only the original direction confirms
            return NF_ACCEPT
        if ct.status & IPS_DYING:
            self.stats[3] += 1
            pkt.ct, pkt.ctinfo = None, IP_CT_INVALID
            return NF_DROP
        t = self.table
        if ct.korig in t or ct.krepl in t:
            # a clash (NAT, zones, pyconntrack -I): nf_ct_resolve_clash() gives up on it
            self.stats[3] += 1                      # insert_failed
            self.stats[4] += 1                      # drop
            pkt.ct, pkt.ctinfo = None, IP_CT_INVALID
            return NF_DROP
        ct.timeout += now
        if ct.timeout < self.gc_next:
            self.gc_next = max(ct.timeout, self.gc_last + GC_MIN)
        ct.status |= IPS_CONFIRMED
        t[ct.korig] = ct
        t[ct.krepl] = ct
        e = ct.ext
        if self.tstamp:
            ct.ensure_ext().tstart = now
        # event() and deliver(), inline: the entry is not dying
        mask = self.ecache.pop(ct, 0) | (1 << (IPCT_RELATED if e is not None and e.master is not None else IPCT_NEW))
        self.emit(ct, mask)
        return NF_ACCEPT

    # -- entry updates used by the protocol trackers ---------------------------------------------
    def refresh(self, ct, pkt, dir, timeout):
        """nf_ct_refresh_acct()."""
        if not ct.status & 1024:                    # IPS_FIXED_TIMEOUT
            if ct.status & IPS_CONFIRMED:
                t = ct.timeout = self.now + timeout
                if t < self.gc_next:
                    self.gc_next = max(t, self.gc_last + GC_MIN)
            else:
                ct.timeout = timeout
        e = ct.ext
        if e is not None and e.acct is not None:
            e.acct[2 * dir] += 1
            e.acct[2 * dir + 1] += pkt.len

    def kill_acct(self, ct, pkt, dir):
        e = ct.ext
        if e is not None and e.acct is not None:
            e.acct[2 * dir] += 1
            e.acct[2 * dir + 1] += pkt.len
        self.kill(ct)

    def kill(self, ct) -> bool:
        """nf_ct_delete(): mark dying, report DESTROY, unlink. False if it was already dying."""
        if ct.status & IPS_DYING:
            return False
        ct.status |= IPS_DYING
        if not ct.status & IPS_CONFIRMED:
            return True
        if ct.ext is not None and ct.ext.tstart:
            ct.ext.tstop = self.now
        self.ecache.pop(ct, None)
        self.emit(ct, 1 << IPCT_DESTROY)
        e = ct.ext
        if e is not None and e.helper and e.expecting is not None:
            self._helper_destroy(ct)
        t = self.table
        if t.get(ct.korig) is ct:
            del t[ct.korig]
        if t.get(ct.krepl) is ct:
            del t[ct.krepl]
        if ct.ext is not None and ct.ext.expecting is not None and self.expectations:
            self.expectations.remove_master(ct)     # nf_ct_remove_expectations, after DESTROY
        if e is not None and e.master is not None and (ct.korig >> 96) & 0xFF == 47:
            destroy_gre_conntrack(self, ct)
        return True

    def free_unconfirmed(self, ct):
        """nf_ct_destroy() of an entry whose first packet was dropped at its last hook, after its
        helper ran: the expectations the helper set up on that packet go with it (DESTROY events)."""
        if not ct.status & IPS_CONFIRMED and ct.ext is not None and ct.ext.expecting is not None \
                and self.expectations:
            self.expectations.remove_master(ct)

    def _helper_destroy(self, ct):
        """nf_ct_helper_destroy(): the helper's destroy callback (pptp: its GRE siblings)."""
        from .helpers import find
        h = find(ct.ext.helper)
        if h is not None and h.destroy is not None:
            h.destroy(self, ct)

    def _gc_expired(self, ct):
        self.kill(ct)

    def expire(self, now: float, force: bool = False) -> int:
        """The GC worker on the capture clock: reap every expired entry (DESTROY events).

        Like the kernel's gc_worker, passes are at least a second apart (GC_SCAN_INTERVAL_MIN);
        a pass runs once the entry closest to expiry is due; `force` runs one regardless.
        The kernel's worker serves every namespace of the host, so its real schedule cannot be
        known: reaping is modelled as prompt, within a second of expiry."""
        self.now = now
        exps = self.expectations
        if exps and now >= exps.next_expiry:
            exps.expire(now)                        # expectation timers
        if not force and now < self.gc_next:
            return 0
        dead, soonest = [], GC_MAX
        for k, ct in self.table.items():
            if k != ct.korig:
                continue
            left = ct.timeout - now
            if left <= 0:
                dead.append(ct)
            elif left < soonest:
                soonest = left
        for ct in dead:
            self.kill(ct)
        if self.gc_early_drop:
            gc_evict(self, len(dead))
        self.gc_last = now
        self.gc_next = now + max(GC_MIN, soonest)
        return len(dead)

    # -- listing ---------------------------------------------------------------------------------
    def entries(self, include_expired: bool = False):
        """The confirmed entries, each once, in insertion order (expired ones hidden, like a dump)."""
        now = self.now
        for k, ct in self.table.items():
            if k == ct.korig and (include_expired or ct.timeout > now):
                yield ct

    def __len__(self):
        return len(self.table) // 2

    def delete(self, ct) -> bool:
        """conntrack -D: kill one entry (DESTROY event)."""
        return self.kill(ct)

    def flush(self) -> int:
        n = 0
        for ct in list(self.entries(include_expired=True)):
            n += self.kill(ct)
        return n
