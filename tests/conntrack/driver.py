"""A tiny stand-in for the packet walk: feed a scenario's frames to a Tracker in capture order.

Frames from the lab's wires enter at PREROUTING, frames from the firewall's own MACs at OUTPUT;
every packet is accepted, so each is confirmed right after (POSTROUTING / INPUT).
"""
from __future__ import annotations

import json
import os

from pyiptables.conntrack import Tracker
from pyiptables.conntrack.output import format_line, record
from pyiptables.packet import Packet

FW_MACS = (bytes.fromhex("020000000101"), bytes.fromhex("020000000201"))
PRE_ROUTING, LOCAL_OUT = 0, 3


class Sysctls(dict):
    def get(self, k, default=None):
        return dict.get(self, k, default)


def read_frames(pcap):
    from scapy.utils import RawPcapReader
    for data, meta in RawPcapReader(pcap):
        ts = meta.sec + meta.usec / 1e6 if hasattr(meta, "usec") else meta.tshigh
        yield ts, data


def replay(scenario, tail=0.4, gc=True):
    """-> (tracker, event lines, -L lines) for a scenario folder."""
    host = {}
    hp = os.path.join(scenario, "host.json")
    if os.path.exists(hp):
        host = json.load(open(hp))
    events = []
    tr = Tracker(Sysctls(host.get("sysctl") or {}), sink=events.append)
    last = 0.0
    for i, (ts, frame) in enumerate(read_frames(os.path.join(scenario, "capture.pcap"))):
        if frame[12:14] != b"\x08\x00":
            continue
        pkt = Packet(frame[14:], ts=ts, frame=i)
        hook = LOCAL_OUT if frame[6:12] in FW_MACS else PRE_ROUTING
        if gc:
            tr.expire(ts)
        if tr.conntrack_in(pkt, hook, ts):
            tr.confirm(pkt, ts)
        last = ts
    tr.now = last + tail
    listing = [format_line(record(ct, tr.now)) for ct in tr.entries()]
    return tr, [str(e) for e in events], listing
