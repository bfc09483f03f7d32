"""Which entries of a table could match a packet, from its protocol and destination port.

A rule with `-p tcp` can only match TCP; one whose tcp/udp match pins --dport can only match
unfragmented packets with such a port. So per (protocol, port interval) the walk keeps the sorted
list of entry positions worth testing; every other entry would fail its checks anyway, and
skipping it changes no counter. Chain ends (policies, implicit RETURNs) are always candidates.
"""
from __future__ import annotations

from bisect import bisect_right

PORT_PROTOS = frozenset((6, 17, 132, 33, 136))


def static_filter(e):
    """(protocol or 0, (lo, hi) dport range or None) that the entry's checks imply."""
    r = e.rule
    if r is None or not hasattr(r, "invflags"):
        return 0, None
    proto = 0 if e.inv_proto else r.proto
    dports = None
    for m in r.matches:
        hint = m.dport_hint()
        if hint is not None:
            dports = hint
            break
    return proto, dports


def odd_packet(pkt) -> bool:
    """A packet on which a port match drops whatever its ports (hotdrop), so no rule may be skipped
    by them: a first fragment too short for its header, or a TCP fragment at offset 8 (tcp_mt)."""
    return pkt.truncated or (pkt.fragoff == 8 and pkt.proto == 6)


class CandidateIndex:
    """`lookup()` answers from `cache`, keyed by one int per (protocol, port) the walk has met;
    the lists themselves are built once per (protocol, port interval) and shared."""

    __slots__ = ("filters", "bounds", "cache", "lists")

    def __init__(self, entries):
        self.filters = [static_filter(e) for e in entries]
        bounds: dict[int, set] = {}
        for proto, dports in self.filters:
            if dports is not None and proto:
                b = bounds.setdefault(proto, set())
                b.add(dports[0])
                b.add(dports[1] + 1)
        self.bounds = {p: sorted(b) for p, b in bounds.items()}
        self.cache: dict[int, list] = {}
        self.lists: dict[tuple, list] = {}

    def lookup(self, proto: int, dport: int, frag, odd=False) -> list:
        """The sorted entry positions worth testing for a packet (frag: its fragment offset; odd:
        see odd_packet). do_table() reads `cache` with the same key itself first."""
        if odd:
            key = -257 - proto
            dport = -2
        else:
            key = -1 - proto if frag or proto not in PORT_PROTOS else dport << 8 | proto
        cl = self.cache.get(key)
        if cl is None:
            cl = self.cache[key] = self._list(proto, -1 if key < 0 and dport != -2 else dport)
        return cl

    def _list(self, proto: int, dport: int) -> list:
        if dport == -2:
            interval = (proto, -2)
        elif dport < 0:
            interval = (proto, -1)
        else:
            b = self.bounds.get(proto)
            interval = (proto, bisect_right(b, dport) if b else 0)
        cl = self.lists.get(interval)
        if cl is None:
            cl = self.lists[interval] = self._build(proto, dport)
        return cl

    def _build(self, proto: int, dport: int) -> list:
        out = []
        for i, (p, dports) in enumerate(self.filters):
            if p and p != proto:
                continue
            if dports is not None and dport != -2 and (dport < 0 or not dports[0] <= dport <= dports[1]):
                continue
            out.append(i)
        return out
