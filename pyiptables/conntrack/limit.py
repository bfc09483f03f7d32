"""A full table: nf_conntrack_max, early_drop and the GC's eviction (Linux 6.18, nf_conntrack_core.c).

What the kernel does:
- `net.netfilter.nf_conntrack_max` is one host-wide value (read-only inside a network namespace),
  checked against the count of the namespace, which counts every allocated entry, confirmed or
  not. A new entry (a packet's first, or one `conntrack -I` creates) is allocated only while the
  count is below the maximum (0: no limit) -- __nf_conntrack_alloc.
- At the limit, early_drop() looks at up to 8 hash buckets from the new tuple's bucket (bucket 0
  for `conntrack -I`) and deletes every entry of the namespace, in the first bucket that has any,
  that is confirmed, not ASSURED, not offloaded and not dying (DESTROY events; `conntrack -S`
  early_drop counts them). Expired entries it meets are reaped, not counted.
- When none can go the allocation fails: the packet is dropped at the conntrack hook (NF_DROP,
  `drop` + 1) or `conntrack -I` fails with ENOMEM; the kernel logs `nf_conntrack: table full in
  netns N, dropping packet` (through net_ratelimit) and sets the GC's early_drop flag: its next
  run then kills, while the namespace's count is at least 95 % of the maximum, the entries
  gc_worker_can_early_drop() accepts -- not ASSURED, or an ASSURED TCP connection in FIN_WAIT,
  CLOSE_WAIT, LAST_ACK, TIME_WAIT or CLOSE (tcp_can_early_drop); no counter records those. A run
  stops after GC_SCAN_EXPIRED_MAX (64000 / HZ: 256 with the lab kernel's HZ=250) entries killed
  or reaped and clears the flag, so one failure frees at most 257 (measured: 257 of 20000
  candidates went, then none); only when the GC's current pass began over a minute earlier does
  it go on (measured once: all of 2000).

What we choose where the kernel's hash decides: the buckets come from a hash with a random
boot-time seed, so which entries early_drop sees cannot be known. We delete one entry, the oldest
that qualifies (the table's insertion order): the choice the kernel's early_drop made before
Linux 4.7 ("use oldest entry, which is roughly LRU"), and usually a dead half-open connection.
The kernel deletes every qualifying entry of the bucket it settles on (most often one), and when
qualifying entries are rare (about one bucket in eight or fewer has one) it may find none and
drop the packet where we evict. When no entry qualifies the outcome is the kernel's exactly. The
GC's eviction walks the buckets in hash order; we kill the oldest qualifying entries first, at
most 257 less those our GC reaps in the same pass, on its next pass (Tracker.expire, at least a
second after the previous one; the kernel's GC came about 7 s after the drop in the lab).
"""
from __future__ import annotations

from .conn import IPS_ASSURED, IPS_CONFIRMED, IPS_DYING, IPS_OFFLOAD

# the emulated namespace has no proc inode: we print the first number the kernel gives namespaces
# (PROC_DYNAMIC_FIRST); a real netns shows its own, as `stat -L -c %i /run/netns/NAME` does
NETNS_INUM = 0xF0000000
MESSAGE_COST, MESSAGE_BURST = 5.0, 10   # net_ratelimit(): net.core.message_cost/_burst (init_net only)
TCP_EARLY_DROP_STATES = frozenset((4, 5, 6, 7, 8))     # FIN_WAIT CLOSE_WAIT LAST_ACK TIME_WAIT CLOSE
GC_RUN_MAX = 64000 // 250 + 1           # GC_SCAN_EXPIRED_MAX + 1 with HZ=250
_SKIP = IPS_ASSURED | IPS_OFFLOAD | IPS_DYING


def alloc_ok(tr) -> bool:
    """__nf_conntrack_alloc()'s check before a new entry: True if it may be allocated."""
    m = tr.max
    if not m or len(tr.table) // 2 < m:
        return True
    if early_drop(tr):
        return True
    tr.gc_early_drop = True
    if tr.gc_next > tr.gc_last + 1.0:
        tr.gc_next = max(tr.now, tr.gc_last + 1.0)          # GC_SCAN_INTERVAL_MIN
    table_full_log(tr)
    return False


def early_drop(tr) -> bool:
    """Delete the oldest confirmed, live entry that is not ASSURED; False if there is none."""
    if tr.ed_fail == tr.last_id:
        return False            # nothing was allocated since the last fruitless look: still none
    now, victim, expired = tr.now, None, []
    for k, ct in tr.table.items():
        if k != ct.korig:
            continue
        if ct.timeout <= now:
            expired.append(ct)
        elif not ct.status & _SKIP and ct.status & IPS_CONFIRMED:
            victim = ct
            break
    for ct in expired:
        tr.kill(ct)
    if victim is None:
        tr.ed_fail = tr.last_id
        return False
    tr.kill(victim)
    tr.stats[5] += 1            # early_drop
    return True


def gc_evict(tr, reaped=0) -> int:
    """gc_worker() with early_drop set: kill what may go while the count is >= 95 % of the max,
    at most GC_RUN_MAX entries with the `reaped` expired ones the same run took."""
    tr.gc_early_drop = False
    floor = tr.max // 100 * 95
    n = len(tr.table) // 2
    budget = GC_RUN_MAX - reaped
    if not floor or n < floor or budget <= 0:
        return 0
    victims = []
    for k, ct in tr.table.items():
        if n < floor or len(victims) == budget:
            break
        if k != ct.korig or ct.status & (IPS_OFFLOAD | IPS_DYING) or not ct.status & IPS_CONFIRMED:
            continue
        if not ct.status & IPS_ASSURED or (ct.protonum == 6 and ct.proto in TCP_EARLY_DROP_STATES):
            victims.append(ct)
            n -= 1
    for ct in victims:
        tr.kill(ct)
    return len(victims)


def table_full_log(tr):
    """net_warn_ratelimited(): at most MESSAGE_BURST lines per MESSAGE_COST seconds; the next
    line after suppressed ones is preceded by `net_ratelimit: N callbacks suppressed`."""
    rl = tr.ratelimit           # [begin, printed, missed]
    if rl is None:
        rl = tr.ratelimit = [tr.now, 0, 0]
    if tr.now > rl[0] + MESSAGE_COST:
        if rl[2] and tr.log is not None:
            tr.log(_line(f"net_ratelimit: {rl[2]} callbacks suppressed"))
        rl[:] = [tr.now, 0, 0]
    if rl[1] < MESSAGE_BURST:
        rl[1] += 1
        if tr.log is not None:
            tr.log(_line(f"nf_conntrack: nf_conntrack: table full in netns {NETNS_INUM}, dropping packet"))
    else:
        rl[2] += 1


def _line(text):
    from ..extensions.targets.log import log_line
    return log_line(text, 4, "kernel")      # KERN_WARNING
