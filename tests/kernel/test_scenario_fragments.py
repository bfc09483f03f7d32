"""The scenario folders may not leave each other fragment queues. A lab is reused across scenarios
and nothing flushes the kernel's IPv4 fragment queues: one a scenario leaves incomplete lives on
for ipfrag_time (30 s by default), and fragments of a later scenario with the same (source,
destination, id, protocol) join it there and die with it, while a fresh replay of ours reassembles
them (frag-ttl-forward-ct met ct-fragments' id 801 so, on some runs)."""
from __future__ import annotations

import json
import os
import struct
from collections import defaultdict

from pyiptables.pcap import iter_frames

from .test_scenarios import SCENARIOS

IPFRAG_TIME = 30


def fragments(folder: str) -> dict:
    """(src, dst, id, proto) -> [(first byte, end, more fragments?), ...] of the capture's fragments."""
    out = defaultdict(list)
    for f in iter_frames(os.path.join(SCENARIOS, folder, "capture.pcap")):
        ip = bytes(f.ip)
        if f.ethertype != 0x0800 or len(ip) < 20:
            continue
        word = struct.unpack("!H", ip[6:8])[0]
        if not word & 0x3FFF:
            continue
        ihl, tot = (ip[0] & 15) * 4, struct.unpack("!H", ip[2:4])[0]
        start = (word & 0x1FFF) * 8
        out[ip[12:16], ip[16:20], ip[4:6], ip[9]].append((start, start + tot - ihl, bool(word & 0x2000)))
    return out


def complete(frags) -> bool:
    """Whether the fragments make one datagram exactly: from 0 to a last one, no gap, no overlap."""
    at = 0
    for start, end, more in sorted(frags):
        if start != at:
            return False
        at = end
        if not more:
            return end == max(e for _, e, _ in frags)
    return False


def test_no_scenario_joins_a_queue_another_leaves():
    users, lingering = defaultdict(set), {}
    for folder in sorted(os.listdir(SCENARIOS)):
        if not os.path.isfile(os.path.join(SCENARIOS, folder, "capture.pcap")):
            continue
        with open(os.path.join(SCENARIOS, folder, "host.json")) as f:
            lifetime = float(json.load(f).get("sysctl", {}).get("net.ipv4.ipfrag_time", IPFRAG_TIME))
        for key, frags in fragments(folder).items():
            users[key].add(folder)
            if lifetime >= IPFRAG_TIME and not complete(frags):
                lingering[key] = folder
    clashes = [f"{lingering[k]} leaves a queue for id {int.from_bytes(k[2], 'big')} that "
               f"{sorted(users[k] - {lingering[k]})} would join" for k in lingering if len(users[k]) > 1]
    assert not clashes, "\n".join(clashes)
    assert lingering, "no scenario leaves an incomplete queue: the check checked nothing"
