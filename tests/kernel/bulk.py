"""Captures too big for scapy: TCP frames built with struct (checksums included), a pcap written in
one go, and the oracle's firewall host built through our CLIs (ours.HOST) for in-process replays.

Frames are (timestamp, bytes) like capture.Cap's; sides are the lab's wires, "left" and "right".
"""
from __future__ import annotations

import os
import struct
import subprocess

from .capture import F0, F1, L, R, csum, pcap_bytes  # noqa: F401  (pcap_bytes: bulk's users take it here)

_ETH = {side: bytes.fromhex(dst.replace(":", "")) + bytes.fromhex(src.replace(":", "")) + b"\x08\x00"
        for side, src, dst in (("left", L, F0), ("right", R, F1))}
CLIENT, SERVER = "10.0.1.2", "10.0.2.2"


def _aton(a: str) -> bytes:
    return bytes(int(x) for x in a.split("."))


def tcp_frame(side, src, dst, sport, dport, seq, ack, flags, window=502) -> bytes:
    """An Ethernet frame entering from `side` holding a 40-byte TCP segment (flags: the bits)."""
    s, d = _aton(src), _aton(dst)
    th = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, window, 0, 0)
    th = th[:16] + struct.pack("!H", csum(s + d + struct.pack("!BBH", 0, 6, len(th)) + th)) + th[18:]
    ih = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(th), 0, 0x4000, 64, 6, 0, s, d)
    ih = ih[:10] + struct.pack("!H", csum(ih)) + ih[12:]
    return _ETH[side] + ih + th


def conn_ports(i: int) -> tuple:
    """Connection i's ports: client ports 1024-65535, then the next server port."""
    return 1024 + i % 64512, 80 + i // 64512


def handshake_frames(n, t0, step, first=0) -> list:
    """n TCP handshakes (SYN, SYN/ACK, ACK) from left to right, `step` seconds apart: each
    connection ends ESTABLISHED and ASSURED in the firewall's table."""
    out, t = [], t0
    for i in range(first, first + n):
        sp, dp = conn_ports(i)
        for side, a, b, p, q, seq, ack, fl in (("left", CLIENT, SERVER, sp, dp, 1000, 0, 0x02),
                                               ("right", SERVER, CLIENT, dp, sp, 5000, 1001, 0x12),
                                               ("left", CLIENT, SERVER, sp, dp, 1001, 5001, 0x10)):
            out.append((round(t, 6), tcp_frame(side, a, b, p, q, seq, ack, fl)))
            t += step
    return out


def fin_frame(i, t) -> tuple:
    """The client's FIN on handshake i's connection: ESTABLISHED -> FIN_WAIT."""
    sp, dp = conn_ports(i)
    return (round(t, 6), tcp_frame("left", CLIENT, SERVER, sp, dp, 1001, 5001, 0x11))


def syn_frame(i, t) -> tuple:
    sp, dp = conn_ports(i)
    return (round(t, 6), tcp_frame("left", CLIENT, SERVER, sp, dp, 1000, 0, 0x02))


def lab_host(state) -> None:
    """The oracle's firewall host in PYIPTABLES_STATE=state, through our console scripts."""
    from .ours import HOST, OURS
    env = dict(os.environ, PYIPTABLES_STATE=str(state))
    for argv in HOST:
        r = subprocess.run([OURS[argv[0]], *argv[1:]], env=env, capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(f"{argv}: {r.stderr}")
