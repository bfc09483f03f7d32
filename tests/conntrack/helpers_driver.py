"""Drive the Tracker and the helpers straight from a scenario's capture, as the kernel's hooks would.

Each frame: the raw table's `-j CT --helper NAME` rules of rules.v4 (only the forms the helper
scenarios use: -p, --dport, -d) put a template on the packet; conntrack_in at PREROUTING (frames
from the wires) or OUTPUT (frames from fw's own MACs); then the helper and confirm, at INPUT or
POSTROUTING. The scenarios' filter rules only count, so every packet the helper accepts is confirmed.
"""
from __future__ import annotations

import json
import os
import re

from pyiptables.conntrack import Tracker
from pyiptables.conntrack.conn import IPS_CONFIRMED, IPS_TEMPLATE, Conn
from pyiptables.conntrack.expect import format_expect, record as exp_record
from pyiptables.conntrack.helpers import help as run_helper
from pyiptables.conntrack.output import format_line, record
from pyiptables.packet import Packet, aton

from .driver import FW_MACS, Sysctls, read_frames

PRE_ROUTING, LOCAL_IN, LOCAL_OUT, POST_ROUTING = 0, 1, 3, 4
FW_ADDRS = {aton("10.0.1.1"), aton("10.0.2.1")}
CT_RULE = re.compile(r"-A (PREROUTING|OUTPUT) (.*)-j CT --helper (\S+)")


def templates(rules: str):
    """[(hook, proto, dport, daddr, template)] from the raw table's CT --helper rules."""
    out = []
    for line in rules.splitlines():
        m = CT_RULE.match(line.strip())
        if not m:
            continue
        chain, match, name = m.groups()
        proto = {"tcp": 6, "udp": 17}.get((re.search(r"-p (\w+)", match) or [None, None])[1])
        dport = re.search(r"--dport (\d+)", match)
        daddr = re.search(r"-d (\S+?)(?:/32)? ", match)
        t = Conn(0, 0)
        t.status = IPS_TEMPLATE | IPS_CONFIRMED
        t.ensure_ext().helper = name
        out.append((PRE_ROUTING if chain == "PREROUTING" else LOCAL_OUT, proto,
                    int(dport[1]) if dport else None, aton(daddr[1]) if daddr else None, t))
    return out


def replay(scenario, tail=0.4, probes=()):
    """-> dict(tracker, events, listing, expect_events, expect_listing, dropped frames, and
    probes: {frame: `conntrack -L expect` lines right after that frame})."""
    hp = os.path.join(scenario, "host.json")
    host = json.load(open(hp)) if os.path.exists(hp) else {}
    tmpls = templates(open(os.path.join(scenario, "rules.v4")).read())
    events = []
    tr = Tracker(Sysctls(host.get("sysctl") or {}), sink=events.append)
    dropped, last, probed = [], 0.0, {}
    for i, (ts, frame) in enumerate(read_frames(os.path.join(scenario, "capture.pcap"))):
        if frame[12:14] != b"\x08\x00":
            continue
        pkt = Packet(frame[14:], ts=ts, frame=i)
        hook = LOCAL_OUT if frame[6:12] in FW_MACS else PRE_ROUTING
        tr.expire(ts)
        for h, proto, dport, daddr, t in tmpls:
            if (h == hook and (proto is None or pkt.proto == proto) and (dport is None or pkt.dport == dport)
                    and (daddr is None or pkt.daddr == daddr)):
                pkt.ct = t
                break
        last = ts
        _walk(tr, pkt, hook, ts, i, dropped)
        if i in probes:
            probed[i] = [format_expect(exp_record(e, ts)) for e in tr.expectations]
    tr.now = last + tail
    tr.expire(tr.now)
    return {
        "tracker": tr,
        "events": [str(e) for e in events if not getattr(e, "rec", {}).get("x")],
        "expect_events": [str(e) for e in events if getattr(e, "rec", {}).get("x")],
        "all_events": [str(e) for e in events],
        "listing": [format_line(record(ct, tr.now)) for ct in tr.entries()],
        "expect_listing": [format_expect(exp_record(e, tr.now)) for e in tr.expectations],
        "dropped": dropped,
        "probes": probed,
    }


def _walk(tr, pkt, hook, ts, i, dropped):
    if not tr.conntrack_in(pkt, hook, ts):
        dropped.append(i)
        return
    out_hook = LOCAL_IN if hook == PRE_ROUTING and pkt.daddr in FW_ADDRS else POST_ROUTING
    if not run_helper(tr, pkt, out_hook, ts):
        dropped.append(i)
        return
    tr.confirm(pkt, ts)
