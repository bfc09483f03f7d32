"""IPv4 reassembly (net/ipv4/ip_fragment.c, inet_fragment.c), as netfilter and local delivery use it.

Once conntrack is in use, nf_defrag_ipv4 gathers fragments at PREROUTING and OUTPUT with priority
-400, before raw: the tables, conntrack and NAT see one whole datagram, and only when its last
missing fragment arrives; the others are stolen (no counter counts them). Without conntrack,
fragments cross PREROUTING one by one and ip_local_deliver() reassembles them before INPUT.

A queue per (defrag user, source, destination, id, protocol) keeps its fragments until complete, or
ipfrag_time seconds after its first fragment (then it is dropped, silently). A fragment overlapping
another one kills the whole queue (RFC 5722); one lying inside what is queued is a duplicate, dropped
alone; with ipfrag_high_thresh 0 no queue may exist and every fragment is dropped. The whole
datagram carries the header of the fragment at offset 0 (options included), its total length, and no fragment bits (DF if the largest fragments all had DF). The queues belong to the
namespace (the store keeps them between replays), so a datagram split across two captures is
reassembled as long as its queue has not expired.

A reassembled datagram that is sent on (forwarded, or fw's own) is cut again by ip_fragment(),
whatever its length (IPCB frag_max_size is set): netfilter's reassembly keeps the fragments as the
datagram's frag_list, and ip_do_fragment() sends them out as they came when each fits the device's
MTU, capped at the largest fragment received; otherwise it cuts pieces of that size.
"""
from __future__ import annotations

from ..packet import ip_send_check

USER_LOCAL_DELIVER, USER_CONNTRACK_IN, USER_CONNTRACK_OUT = 0, 2, 2 + 65536    # enum ip_defrag_users
IP_DF, IP_MF, IP_OFFSET = 0x4000, 0x2000, 0x1FFF
IPFRAG_TIME, IPFRAG_MAX_DIST = 30.0, 64        # net.ipv4.ipfrag_time, ipfrag_max_dist defaults
IPFRAG_HIGH_THRESH = 4 << 20                    # net.ipv4.ipfrag_high_thresh

OK, QUEUED, DUPLICATE, BROKEN = "reassembled", "queued for reassembly", "duplicate fragment", "reassembly failed"
NOMEM = "no fragment queue (ipfrag_high_thresh 0)"


class FragQueue:
    __slots__ = ("expires", "frags", "runs", "tail_end", "len", "last_in", "meat", "max_size", "max_df_size",
                 "rid")

    def __init__(self, expires: float, rid: int):
        self.expires = expires
        self.frags: list[tuple[int, int, bytes, bytes]] = []   # (offset, end, header, payload)
        self.runs: list[list[int]] = []                        # [offset, end] of each fragment run
        self.tail_end = -1                                     # end of the highest fragment so far
        self.len = 0
        self.last_in = False
        self.meat = 0
        self.max_size = self.max_df_size = 0
        self.rid = rid

    def insert(self, offset: int, end: int) -> str:
        """inet_frag_queue_insert(): OK, DUPLICATE (inside a run) or BROKEN (an overlap)."""
        if self.tail_end < 0:
            self.runs.append([offset, end])
        elif self.tail_end < end:
            if offset < self.tail_end:
                return BROKEN
            if offset == self.tail_end:
                self.runs[-1][1] = end                         # appended to the last run
            else:
                self.runs.append([offset, end])
        else:
            for r in self.runs:
                if end <= r[0] or offset >= r[1]:
                    continue
                return DUPLICATE if r[0] <= offset and end <= r[1] else BROKEN
            self.runs.insert(0, [offset, end])                 # a run of its own, before the tail
        if end > self.tail_end:
            self.tail_end = end
        return OK


class Defrag:
    def __init__(self, timeout: float = IPFRAG_TIME, max_dist: int = IPFRAG_MAX_DIST):
        self.timeout, self.max_dist = timeout, max_dist
        self.high_thresh = IPFRAG_HIGH_THRESH
        self.queues: dict[tuple, FragQueue] = {}
        self.peers: dict[int, int] = {}                        # inet_peer rid per source address

    def configure(self, timeout: float, max_dist: int, high_thresh: int = IPFRAG_HIGH_THRESH) -> None:
        """The sysctls as they are now: queues made from now on follow them."""
        self.timeout, self.max_dist, self.high_thresh = timeout, max_dist, high_thresh

    def expire(self, now: float) -> None:
        """ip_expire() of every queue whose time is up."""
        for key in [k for k, q in self.queues.items() if q.expires <= now]:
            del self.queues[key]

    def gather(self, pkt, user: int, now: float) -> str:
        """ip_defrag(): queue this fragment. OK: `pkt` now holds the whole datagram; otherwise the
        fragment is gone (QUEUED, DUPLICATE or BROKEN, for the record)."""
        if not self.high_thresh:
            # inet_frag_find() finds and makes no queue at all (the memory the queues take, which
            # the kernel also holds against the threshold, is not modelled: skb truesizes)
            return NOMEM
        key = (user, pkt.saddr, pkt.daddr, pkt.id, pkt.proto)
        q = self.queues.get(key)
        if q is not None and q.expires <= now:
            del self.queues[key]                               # ip_expire()
            q = None
        rid = self.peers.get(pkt.saddr, 0) + 1
        self.peers[pkt.saddr] = rid
        if q is None:
            q = self.queues[key] = FragQueue(now + self.timeout, rid)
        elif self.max_dist and q.frags and rid - q.rid > self.max_dist:
            q = self.queues[key] = FragQueue(now + self.timeout, rid)    # ip_frag_too_far(): ip_frag_reinit()
        q.rid = rid
        d, ihl = pkt.data, pkt.ihl
        offset = pkt.fragoff
        end = offset + len(d) - ihl
        if not pkt.frag & IP_MF:
            if end < q.len or (q.last_in and end != q.len):
                return self._kill(key)
            q.last_in = True
            q.len = end
        else:
            end &= ~7
            if end > q.len:
                if q.last_in:
                    return self._kill(key)
                q.len = end
        if end == offset:
            return self._kill(key)
        r = q.insert(offset, end)
        if r == DUPLICATE:
            return DUPLICATE
        if r == BROKEN:
            return self._kill(key)
        q.frags.append((offset, end, bytes(d[:ihl]), bytes(d[ihl:ihl + end - offset])))
        q.meat += end - offset
        size = end - offset + ihl
        q.max_size = max(q.max_size, size)
        if pkt.frag & IP_DF:
            q.max_df_size = max(q.max_df_size, size)
        if not (q.last_in and q.meat == q.len and any(f[0] == 0 for f in q.frags)):
            return QUEUED
        del self.queues[key]
        return self._reasm(q, pkt)

    def _kill(self, key) -> str:
        self.queues.pop(key, None)
        return BROKEN

    @staticmethod
    def _reasm(q: FragQueue, pkt) -> str:
        """ip_frag_reasm(): the head's header, the payloads in order."""
        q.frags.sort(key=lambda f: f[0])
        head = bytearray(q.frags[0][2])
        total = len(head) + q.len
        if total > 65535:
            return BROKEN
        head[2:4] = total.to_bytes(2, "big")
        head[6:8] = (IP_DF if q.max_df_size == q.max_size else 0).to_bytes(2, "big")
        ip_send_check(head, len(head))
        pkt.data = head + b"".join(f[3] for f in q.frags)
        pkt.refresh()
        pkt.frag_geom = (q.max_size, tuple(f[1] - f[0] for f in q.frags))
        return OK


def _plan(pkt, mtu: int) -> tuple[bool, list[int]]:
    """ip_do_fragment()'s cut of a reassembled datagram: (the frag_list fast path, the data length
    of each piece): its fragments as they came when each fits the device's MTU capped at the
    largest fragment received, else pieces of that size (ip_frag_next, multiples of 8 but the last)."""
    max_size, lens = pkt.frag_geom
    if max_size and max_size < mtu:
        mtu = max_size
    space = mtu - pkt.ihl
    data = pkt.len - pkt.ihl
    if sum(lens) == data and all(n <= space and (not n & 7 or i == len(lens) - 1) for i, n in enumerate(lens)):
        return True, list(lens)
    out = []
    while data > 0:
        n = min(data, space)
        if n < data:
            n &= ~7
        data -= n
        out.append(n)
    return False, out


def fragment_count(pkt, mtu: int) -> int:
    """How many frames ip_do_fragment() makes of a reassembled datagram on a device of this MTU."""
    return len(_plan(pkt, mtu)[1])


def refragment(pkt, mtu: int) -> list[bytes]:
    """The fragments ip_do_fragment() sends of a reassembled datagram, byte for byte. The fast path
    clears DF (the first piece carries IP_MF alone), the slow one keeps it when every fragment had
    it; after the first piece, the options that are not to be copied become NOPs
    (ip_options_fragment)."""
    fast, lens = _plan(pkt, mtu)
    d, hl = bytes(pkt.data[:pkt.len]), pkt.ihl
    head = bytearray(d[:hl])
    df = 0 if fast else int.from_bytes(d[6:8], "big") & IP_DF
    out, off = [], 0
    for i, n in enumerate(lens):
        h = bytearray(head)
        h[2:4] = (hl + n).to_bytes(2, "big")
        h[6:8] = (df | off >> 3 | (IP_MF if i < len(lens) - 1 else 0)).to_bytes(2, "big")
        ip_send_check(h, hl)
        out.append(bytes(h) + d[hl + off:hl + off + n])
        off += n
        if i == 0:
            _strip_options(head)
    return out


def _strip_options(h: bytearray) -> None:
    """ip_options_fragment(): options without the copied flag become NOPs."""
    i, end = 20, len(h)
    while i < end:
        t = h[i]
        if t == 0:
            return
        if t == 1:
            i += 1
            continue
        n = h[i + 1] if i + 1 < end else 0
        if n < 2 or n > end - i:
            return
        if not t & 0x80:
            h[i:i + n] = b"\1" * n
        i += n


def is_fragment(pkt) -> bool:
    return bool(pkt.frag & (IP_MF | IP_OFFSET))
