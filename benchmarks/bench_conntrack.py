"""Connection tracker costs (run on demand: python benchmarks/bench_conntrack.py [N]).

Prints bytes per entry with N (default 1,000,000) established TCP entries, the cost of one
packet's lookup+tracking at 1k vs N entries, and how long the table takes to pickle and load.
"""
from __future__ import annotations

import gc
import pickle
import sys
import time
import os

from pyiptables.conntrack import NF_ACCEPT, Tracker
from pyiptables.packet import Packet

BASE_A, BASE_B = 0x0A000000, 0xC0A80000


def tcp_bytes(src, dst, sp, dp, flags, seq, ack):
    import struct
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 40, 1, 0, 64, 6, 0, src.to_bytes(4, "big"), dst.to_bytes(4, "big"))
    th = struct.pack("!HHIIBBHHH", sp, dp, seq, ack, 5 << 4, flags, 1000, 0, 0)
    return ip + th


def rss() -> int:
    """Resident memory in bytes (Linux /proc)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def fill(tr, n):
    """n established entries (SYN, SYN/ACK, ACK each), checksums unchecked."""
    t = 0.0
    for i in range(n):
        a, b = BASE_A + (i >> 8), BASE_B + (i & 255)
        sp = 1024 + i % 60000
        for data, now in ((tcp_bytes(a, b, sp, 80, 2, 100, 0), t), (tcp_bytes(b, a, 80, sp, 18, 500, 101), t),
                          (tcp_bytes(a, b, sp, 80, 16, 101, 501), t)):
            p = Packet(data)
            if tr.conntrack_in(p, 0, now) == NF_ACCEPT:
                tr.confirm(p, now)
    return tr


def per_packet(tr, n, rounds=20000):
    """Seconds per packet for an ACK of an existing entry (lookup + TCP window tracking)."""
    pkts = []
    for j in range(rounds):
        i = (j * 7919) % n
        a, b = BASE_A + (i >> 8), BASE_B + (i & 255)
        pkts.append(Packet(tcp_bytes(a, b, 1024 + i % 60000, 80, 16, 101, 501)))
    t0 = time.perf_counter()
    for p in pkts:
        p.ct = None
        tr.conntrack_in(p, 0, 1.0)
        tr.confirm(p, 1.0)
    return (time.perf_counter() - t0) / rounds


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    quiet = {"net.netfilter.nf_conntrack_checksum": "0", "net.netfilter.nf_conntrack_max": str(4 * n)}
    small = fill(Tracker(quiet), 1000)
    t_small = per_packet(small, 1000)

    gc.collect()
    before = rss()
    t0 = time.perf_counter()
    big = fill(Tracker(quiet), n)
    build = time.perf_counter() - t0
    gc.collect()
    used = rss() - before
    t_big = per_packet(big, n)

    t0 = time.perf_counter()
    blob = pickle.dumps(big, protocol=pickle.HIGHEST_PROTOCOL)
    dump = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = pickle.loads(blob)
    load = time.perf_counter() - t0
    assert len(again) == len(big) == n

    print(f"entries                 {n}")
    print(f"bytes per entry         {used / n:.0f}   (RSS growth; target < 500)")
    print(f"build                   {build:.1f} s ({build / n / 3 * 1e6:.1f} us per packet)")
    print(f"per packet at 1k        {t_small * 1e6:.2f} us")
    print(f"per packet at {n // 1000}k      {t_big * 1e6:.2f} us")
    print(f"lookup cost ratio       {t_big / t_small:.2f}  (1.0 = size-independent)")
    print(f"pickle                  {len(blob) / n:.0f} bytes per entry, dump {dump:.2f} s, load {load:.2f} s")
    first, then = table_full(big, n)
    print(f"table full (max={n})  first dropped SYN {first * 1e3:.1f} ms (looks for an entry to "
          f"early-drop), each next one {then * 1e6:.1f} us")


def table_full(tr, n, rounds=1000):
    """A full table of ASSURED entries: seconds for the first dropped SYN, then per SYN."""
    from pyiptables.conntrack import NF_DROP
    tr.max = n
    syns = [Packet(tcp_bytes(0x0B000000 + j, BASE_B, 40000, 80, 2, 1, 0)) for j in range(rounds + 1)]
    t0 = time.perf_counter()
    assert tr.conntrack_in(syns[0], 0, 2.0) == NF_DROP
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    for p in syns[1:]:
        assert tr.conntrack_in(p, 0, 2.0) == NF_DROP
    return first, (time.perf_counter() - t0) / rounds


if __name__ == "__main__":
    main()
