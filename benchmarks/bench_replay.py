#!/usr/bin/env python3
"""Replay speed: packets per second through the whole walk for 10, 100 and 1000 rules, with
conntrack on and with every packet NOTRACKed, next to the time merely to read (and decode) the
same capture. Run on demand:

    python benchmarks/bench_replay.py [--packets N] [--rules 10,100,1000] [--cli]

Rates are CPU time (user+sys of this process), so other load on the machine barely moves them;
wall-clock rates are printed next to them. --cli also times the whole `pyiptables-replay` command
(quiet, its table and --json written to a file, and its table on a pseudo-terminal, which rich
draws) on the same capture.

Targets (issue 4): >= 150k packets/s with 100 rules and >= 100k with 1000, on one core, conntrack
on; (issue 5) conntrack on within 1.5x of NOTRACK. The "read + decode + conntrack" line is the
ceiling: tracking alone, without any hook walked, already runs below 150k packets/s in CPython.
"""
from __future__ import annotations

import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from pyiptables.cli.iptables import run as ipt  # noqa: E402
from pyiptables.conntrack import Tracker  # noqa: E402
from pyiptables.frames import to_packet  # noqa: E402
from pyiptables.host.model import Host  # noqa: E402
from pyiptables.model import Ruleset  # noqa: E402
from pyiptables.pcap import iter_frames  # noqa: E402
from pyiptables.store import Store  # noqa: E402
from pyiptables.walk.replay import Replayer  # noqa: E402

LEFT, FW0 = bytes.fromhex("020000000102"), bytes.fromhex("020000000101")
RIGHT, FW1 = bytes.fromhex("020000000202"), bytes.fromhex("020000000201")


def csum(b: bytes) -> int:
    s = sum(struct.unpack(f"!{len(b) // 2}H", b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def l4_csum(proto: int, src: bytes, dst: bytes, l4: bytes) -> bytes:
    """l4 with its TCP/UDP checksum filled in (pseudo header included): the tracker verifies it
    (nf_conntrack_checksum=1), and a bad one would make every segment INVALID."""
    c = csum(src + dst + struct.pack("!BBH", 0, proto, len(l4)) + l4 + b"\0" * (len(l4) & 1))
    at = 16 if proto == 6 else 6
    if proto == 17 and c == 0:
        c = 0xFFFF
    return l4[:at] + struct.pack("!H", c) + l4[at + 2:]


def write_capture(path: str, n: int) -> None:
    """TCP conversations (SYN, SYN-ACK, ACK, data both ways) and UDP request/replies between the
    lab's left and right networks, so the tracker sees every state change."""
    r = random.Random(7)
    out = bytearray(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    t = 1_700_000_000.0
    i = 0
    while i < n:
        client = bytes([192, 168, 1, r.randrange(2, 250)])
        server = bytes([203, 0, 113, r.randrange(2, 250)])
        sport, dport = r.randrange(1024, 65535), r.choice((22, 53, 80, 443, 8080))
        if r.random() < 0.7:
            seq, ack = r.randrange(2 ** 31), r.randrange(2 ** 31)
            convo = [(0, 0x02, seq, 0, b""), (1, 0x12, ack, seq + 1, b""), (0, 0x10, seq + 1, ack + 1, b""),
                     (0, 0x18, seq + 1, ack + 1, b"GET / HTTP/1.1\r\n\r\n"),
                     (1, 0x18, ack + 1, seq + 19, b"HTTP/1.1 200 OK\r\n\r\n")]
            for rev, flags, s, a, data in convo:
                src, dst, sp, dp = (server, client, dport, sport) if rev else (client, server, sport, dport)
                l4 = struct.pack("!HHIIBBHHH", sp, dp, s & 0xFFFFFFFF, a & 0xFFFFFFFF, 0x50, flags, 64000, 0, 0)
                out += frame(t, 6, src, dst, l4_csum(6, src, dst, l4 + data), rev, i)
                t += 0.00001
                i += 1
        else:
            for rev in (0, 1):
                src, dst, sp, dp = (server, client, dport, sport) if rev else (client, server, sport, dport)
                udp = struct.pack("!HHHH", sp, dp, 8 + 20, 0) + b"x" * 20
                out += frame(t, 17, src, dst, l4_csum(17, src, dst, udp), rev, i)
                t += 0.00001
                i += 1
    with open(path, "wb") as f:
        f.write(out)


def frame(t, proto, src, dst, l4, rev, ident):
    ip = bytearray(struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(l4), ident & 0xFFFF, 0x4000, 64, proto, 0,
                               src, dst))
    ip[10:12] = struct.pack("!H", csum(bytes(ip)))
    eth = (FW1 + RIGHT if rev else FW0 + LEFT) + b"\x08\x00"
    pkt = eth + bytes(ip) + l4
    sec = int(t)
    return struct.pack("<IIII", sec, int((t - sec) * 1e6), len(pkt), len(pkt)) + pkt


HOST = (["pyip", "link", "add", "eth0", "address", "02:00:00:00:01:01", "type", "dummy"],
        ["pyip", "link", "add", "eth1", "address", "02:00:00:00:02:01", "type", "dummy"],
        ["pyip", "link", "set", "eth0", "up"], ["pyip", "link", "set", "eth1", "up"],
        ["pyip", "addr", "add", "10.0.1.1/24", "dev", "eth0"], ["pyip", "addr", "add", "10.0.2.1/24", "dev", "eth1"],
        ["pyip", "route", "add", "192.168.0.0/16", "via", "10.0.1.2", "dev", "eth0"],
        ["pyip", "route", "add", "default", "via", "10.0.2.2", "dev", "eth1"],
        ["pysysctl", "-w", "net.ipv4.ip_forward=1"])


def build_state(state: str, nrules: int, notrack: bool = False) -> None:
    """The lab's firewall (as ../shared/oracle sets it up) with `nrules` FORWARD rules, the first a
    --ctstate rule (so conntrack is on), the others pinned to ports the traffic mostly misses.
    notrack: raw PREROUTING -j NOTRACK as well, so every packet is untracked."""
    env = dict(os.environ, PYIPTABLES_STATE=state)
    for cmd in HOST:
        subprocess.run(cmd, env=env, check=True, capture_output=True)
    store = Store(state)
    if notrack:
        ipt(["iptables", "-t", "raw", "-A", "PREROUTING", "-j", "NOTRACK"], store)
    ipt(["iptables", "-A", "FORWARD", "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", "ACCEPT"], store)
    for k in range(nrules - 2):
        ipt(["iptables", "-A", "FORWARD", "-p", "tcp", "-s", f"10.{k // 250}.{k % 250}.0/24", "--dport",
             str(10000 + k), "-j", "ACCEPT"], store)
    ipt(["iptables", "-A", "FORWARD", "-p", "tcp", "-j", "ACCEPT"], store)


def timed(fn):
    """(result, CPU seconds, wall seconds) of fn()."""
    c0, w0 = time.process_time(), time.perf_counter()
    r = fn()
    return r, time.process_time() - c0, time.perf_counter() - w0


def replay_rate(state: str, cap: str) -> tuple[float, float, int]:
    """(CPU packets/s, wall packets/s, frames) of Replayer.run over the capture."""
    store = Store(state)
    with store.transaction() as st:
        rules = st.get("rules", Ruleset)
        host = st.get("host", Host)
        tracker = st.get("conntrack", Tracker)
        rp = Replayer(rules, host, tracker)

        def go():
            n = 0
            for _ in rp.run(cap):
                n += 1
            return n
        n, cpu, wall = timed(go)
    return n / cpu, n / wall, n


def read_rate(cap: str) -> tuple[float, float]:
    n, cpu, wall = timed(lambda: sum(1 for _ in iter_frames(cap)))
    return n / cpu, n / wall


def decode_rate(cap: str) -> tuple[float, float]:
    def go():
        n = 0
        for fr in iter_frames(cap):
            if fr.ethertype == 0x0800:
                to_packet(fr)
            n += 1
        return n
    n, cpu, wall = timed(go)
    return n / cpu, n / wall


def track_rate(cap: str) -> tuple[float, float]:
    """Read, decode and conntrack alone: each packet through conntrack_in() at PREROUTING and
    confirmed, no hooks, routing, rules or records. No walk over this tracker can be faster: it
    is the ceiling the replay rates are measured against."""
    def go():
        tracker = Tracker()
        n = 0
        for fr in iter_frames(cap):
            pkt = to_packet(fr)
            tracker.now = fr.ts
            tracker.conntrack_in(pkt, 0, fr.ts)
            tracker.confirm(pkt, fr.ts)
            n += 1
        return n
    n, cpu, wall = timed(go)
    return n / cpu, n / wall


def cli_rate(state: str, cap: str, n: int, args: list, out: str | None) -> float:
    """Packets/s (the child's CPU time) of one `pyiptables-replay` run on a copy of `state`, its
    stdout the file `out`, or a pseudo-terminal (rich's view) when `out` is None."""
    import resource
    import shutil
    copy = state + ".cli"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(state, copy)
    env = dict(os.environ, PYIPTABLES_STATE=copy)
    env.pop("PYTHONUNBUFFERED", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out is None:
        import pty
        master, slave = pty.openpty()
        proc = subprocess.Popen(["pyiptables-replay", *args, cap], env=dict(env, COLUMNS="200"), stdout=slave,
                                stderr=subprocess.DEVNULL)
        os.close(slave)
        while True:
            try:
                if not os.read(master, 1 << 16):
                    break
            except OSError:         # the child closed the terminal
                break
        os.close(master)
        if proc.wait():
            raise subprocess.CalledProcessError(proc.returncode, "pyiptables-replay")
    else:
        with open(out, "wb") as f:
            subprocess.run(["pyiptables-replay", *args, cap], env=env, stdout=f, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(copy, ignore_errors=True)
    return n / (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packets", type=int, default=1_000_000)
    ap.add_argument("--rules", default="10,100,1000", help="comma-separated rule counts")
    ap.add_argument("--cli", action="store_true", help="also time the pyiptables-replay command")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cap = os.path.join(tmp, "bench.pcap")
        write_capture(cap, args.packets)
        rr, rrw = read_rate(cap)
        dr, drw = decode_rate(cap)
        tr, trw = track_rate(cap)
        print(f"packets/s, CPU time (wall)          {args.packets:,} packets; targets: conntrack on >= 150,000 "
              f"(100 rules), >= 100,000 (1000 rules), NOTRACK/conntrack <= 1.5x")
        print(f"read only (iter_frames):       {rr:>10,.0f} ({rrw:,.0f})")
        print(f"read + decode (to_packet):     {dr:>10,.0f} ({drw:,.0f})")
        print(f"read + decode + conntrack:     {tr:>10,.0f} ({trw:,.0f})   no hooks: the ceiling of a walk")
        for nrules in (int(x) for x in args.rules.split(",")):
            state = os.path.join(tmp, f"state{nrules}")
            build_state(state, nrules)
            ct, ctw, n = replay_rate(state, cap)
            state_nt = os.path.join(tmp, f"notrack{nrules}")
            build_state(state_nt, nrules, notrack=True)
            nt, ntw, _ = replay_rate(state_nt, cap)
            print(f"{nrules:5d} rules, conntrack on:   {ct:>10,.0f} ({ctw:,.0f})   replay/read {ct / rr:.3f}, "
                  f"{1e6 / ct:.1f} us/packet")
            print(f"{nrules:5d} rules, NOTRACK:        {nt:>10,.0f} ({ntw:,.0f})   NOTRACK/conntrack {nt / ct:.2f}x")
            if args.cli:
                out = os.path.join(tmp, "out")
                for label, extra, to in (("-q", ["-q"], out), ("table > file", [], out),
                                         ("--json > file", ["--json"], out), ("table on a pty", [], None)):
                    r = cli_rate(state, cap, n, extra, to)
                    print(f"{nrules:5d} rules, CLI {label:<14} {r:>10,.0f}   (whole command, start-up included)")


if __name__ == "__main__":
    main()
