"""Capture reading speed: pyiptables.pcap.iter_frames vs scapy's RawPcapReader / RawPcapNgReader.

    python benchmarks/bench_pcap.py [--frames 1000000] [--repeat 3] [--no-pcapng]

Builds an Ethernet/IPv4 capture (TCP, UDP, ICMP, some VLAN-tagged and ARP frames, 60..214 bytes)
in a temp dir with struct, then times each reader over it in this run (best of --repeat) and
prints packets/s and our speed over scapy's. Run on demand only; not part of the tests.
"""
from __future__ import annotations

import argparse
import collections
import os
import struct
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from pyiptables.frames import to_packet  # noqa: E402
from pyiptables.pcap import iter_frames  # noqa: E402

MAC_A, MAC_B = bytes.fromhex("020000000001"), bytes.fromhex("020000000002")


def _ipv4(proto, l4, src=0x0A000001, dst=0x0A000002):
    tot = 20 + len(l4)
    return struct.pack("!BBHHHBBH4s4s", 0x45, 0, tot, 1, 0x4000, 64, proto, 0,
                       src.to_bytes(4, "big"), dst.to_bytes(4, "big")) + l4


def templates(k=64):
    """k distinct Ethernet frames; every 16th is 802.1Q tagged, every 32nd is ARP."""
    out = []
    for i in range(k):
        pay = bytes(i * 2)
        if i % 3 == 0:
            l4 = struct.pack("!HHIIBBHHH", 40000 + i, 80, i, 0, 0x50, 0x02, 65535, 0, 0) + pay
            ip = _ipv4(6, l4)
        elif i % 3 == 1:
            ip = _ipv4(17, struct.pack("!HHHH", 50000 + i, 53, 8 + len(pay), 0) + pay)
        else:
            ip = _ipv4(1, struct.pack("!BBHHH", 8, 0, 0, 7, i) + pay)
        if i % 32 == 31:
            l2 = MAC_B + MAC_A + b"\x08\x06"
            ip = bytes(28)
        elif i % 16 == 15:
            l2 = MAC_B + MAC_A + b"\x81\x00" + struct.pack("!H", 100) + b"\x08\x00"
        else:
            l2 = MAC_B + MAC_A + b"\x08\x00"
        frame = l2 + ip
        out.append(frame + bytes(max(0, 60 - len(frame))))
    return out


def write_pcap(path, n):
    tmpl = templates()
    rec = struct.Struct("<IIII").pack
    base = 1_700_000_000
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for lo in range(0, n, 65536):
            parts = []
            for i in range(lo, min(n, lo + 65536)):
                fr = tmpl[i & 63]
                parts.append(rec(base + i // 1000, (i % 1000) * 1000, len(fr), len(fr)))
                parts.append(fr)
            f.write(b"".join(parts))


def write_pcapng(path, n):
    tmpl = templates()
    pack = struct.pack
    with open(path, "wb") as f:
        f.write(pack("<IIIHHqI", 0x0A0D0D0A, 28, 0x1A2B3C4D, 1, 0, -1, 28))
        f.write(pack("<IIHHII", 1, 20, 1, 0, 65535, 20))
        base = 1_700_000_000 * 10**6
        epb = struct.Struct("<IIIIIII").pack
        for lo in range(0, n, 65536):
            parts = []
            for i in range(lo, min(n, lo + 65536)):
                fr = tmpl[i & 63]
                pad = -len(fr) & 3
                blen = 32 + len(fr) + pad
                t = base + i * 1000
                parts.append(epb(6, blen, 0, t >> 32, t & 0xFFFFFFFF, len(fr), len(fr)))
                parts.append(fr)
                parts.append(bytes(pad) + blen.to_bytes(4, "little"))
            f.write(b"".join(parts))


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        count = fn()
        times.append(time.perf_counter() - t)
    return count, min(times)


def ours(path):
    return lambda: sum(1 for _ in iter_frames(path))


def ours_packets(path):
    def run():
        k = 0
        for fr in iter_frames(path):
            if fr.ethertype == 0x0800:
                to_packet(fr)
            k += 1
        return k
    return run


def scapy_reader(cls, path):
    def run():
        with cls(path) as r:
            return sum(1 for _ in r)
    return run


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-pcapng", action="store_true")
    a = ap.parse_args()
    from scapy.utils import RawPcapNgReader, RawPcapReader  # only here: it costs startup time

    with tempfile.TemporaryDirectory() as d:
        runs = [("pcap", write_pcap, RawPcapReader)]
        if not a.no_pcapng:
            runs.append(("pcapng", write_pcapng, RawPcapNgReader))
        for fmt, write, cls in runs:
            path = os.path.join(d, f"bench.{fmt}")
            t = time.perf_counter()
            write(path, a.frames)
            print(f"{fmt}: wrote {a.frames} frames, {os.path.getsize(path) / 1e6:.0f} MB "
                  f"in {time.perf_counter() - t:.2f}s")
            n1, t1 = best(ours(path), a.repeat)
            n2, t2 = best(scapy_reader(cls, path), a.repeat)
            n3, t3 = best(ours_packets(path), a.repeat)
            assert n1 == n2 == n3 == a.frames, (n1, n2, n3)
            print(f"  iter_frames            {n1 / t1:>12,.0f} packets/s")
            print(f"  scapy {cls.__name__:<16} {n2 / t2:>12,.0f} packets/s")
            print(f"  ratio ours/scapy       {t2 / t1:>12.2f}x")
            print(f"  iter_frames+to_packet  {n3 / t3:>12,.0f} packets/s (IPv4 frames decoded into Packet)")


if __name__ == "__main__":
    main()
