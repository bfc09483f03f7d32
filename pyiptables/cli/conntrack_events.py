"""pyconntrack -E: follow the store's events file from its end, as a netlink listener joining now,
until SIGINT or SIGTERM (event_cb / event_sighandler of conntrack 1.4.7)."""
from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

from ..conntrack import cmdline as C
from ..conntrack.ctcmd import XML_HEAD, filter_init
from ..conntrack.filter import nfct_filter
from ..conntrack.output import format_line, format_save, format_xml, label_names

KIND_BIT = {"NEW": 1, "UPDATE": 2, "DESTROY": 4}


class _Printer:
    def __init__(self, a):
        self.a = a
        self.labels = label_names() if a.output & C.O_CL else None
        self.header = False
        self.n = 0

    def event(self, rec, kind, ts):
        o = self.a.output
        if o & C.O_SAVE:
            text = format_save(rec, kind)
        elif o & C.O_XML:
            if not self.header:
                print(XML_HEAD)
                self.header = True
            text = format_xml(rec, kind, when=ts if o & C.O_TMS else None, ktimestamp=bool(o & C.O_KTMS))
        else:
            text = format_line(rec, kind, extended=bool(o & C.O_EXT), show_id=bool(o & C.O_ID),
                               labels=self.labels, ktimestamp=bool(o & C.O_KTMS))
            if o & C.O_TMS:
                usec = int(round(ts * 1e6))
                text = f"[{usec // 1000000:08d}.{usec % 1000000:06d}]\t{text}"
        us = rec.get("us")
        if us:
            text += f" [USERSPACE] portid={us[0]} progname={us[1]}"       # a change made through ctnetlink
        print(text, flush=True)
        self.n += 1

    def expect(self, rec, kind, ts):
        from ..conntrack.expect import format_expect
        text = format_expect(rec, kind)
        if self.a.output & C.O_TMS:
            usec = int(round(ts * 1e6))
            text = f"[{usec // 1000000:<8d}.{usec % 1000000:<6d}]\t{text}"
        print(text, flush=True)
        self.n += 1


def follow(a, store, prog) -> int:
    expect = a.cmd == C.EXP_EVENT
    if not expect:
        filter_init(a)
    mask = a.event_mask if a.has("event-mask") else 7
    path = store.events_path
    store.path.mkdir(parents=True, exist_ok=True)
    lst = Path(str(path) + ".listeners")
    lst.mkdir(exist_ok=True)
    me = lst / str(os.getpid())
    me.touch()
    p = _Printer(a)
    done = [False]

    def stop(signum, frame):
        done[0] = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        fh = open(path, "a+", encoding="utf-8", errors="replace")
        fh.seek(0, os.SEEK_END)
        buf = ""
        while True:
            stopping = done[0]
            chunk = fh.read()
            if chunk:
                buf += chunk
                *lines, buf = buf.split("\n")
                for line in lines:
                    _one(a, p, line, expect, mask)
            if stopping:
                # the kernel queues an event on the listener's socket as it happens: one written
                # before the signal was already delivered, so it is shown (we only poll the file)
                break
            if not chunk:
                time.sleep(0.02)
    finally:
        try:
            me.unlink()
        except OSError:
            pass
    if p.header:
        print("</expect>" if expect else "</conntrack>", flush=True)
    what = "expectation events" if expect else "flow events"
    sys.stderr.write(f"{prog}: {p.n} {what} have been shown.\n")
    return 0


def _one(a, p, line, expect, mask):
    ts, _, data = line.partition("\t")
    try:
        rec = json.loads(data)
        ts = float(ts)
    except ValueError:
        return
    if isinstance(rec, str):                    # a plain event line from another writer
        print(rec, flush=True)
        p.n += 1
        return
    if not isinstance(rec, dict):               # not ours: a damaged events file
        return
    kind = rec.get("k", "UPDATE")
    if bool(rec.get("x")) != expect or not KIND_BIT.get(kind, 0) & mask:
        return
    if expect:
        p.expect(rec, kind, ts)
        return
    if a.family == C.AF_INET6 or nfct_filter(a, rec):
        return
    p.event(rec, kind, ts)
