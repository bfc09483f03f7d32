"""Connection events (nf_conntrack_ecache + ctnetlink_conntrack_event) and the events file.

Events are cached per entry while a packet is processed and delivered at confirmation, one line
per delivery, as `conntrack -E` prints them. The sink receives an `Event`: a str holding the
default `conntrack -E` line, with `.ts` (capture time), `.kind` and `.rec` (everything any output
option needs). `EventLog` is a sink that appends events to the store's events file.
"""
from __future__ import annotations

import json
import os
from bisect import bisect_right

from .conn import IPCT_DESTROY, IPCT_NEW, IPCT_RELATED
from .output import format_line, record

NEW_MASK = (1 << IPCT_NEW) | (1 << IPCT_RELATED)
_SEQ = pow(2654435761, -1, 1 << 32)     # an entry's id back to its allocation number (last_id)


class Event(str):
    __slots__ = ("ts", "kind", "rec")


def make_event(text, ts, kind, rec):
    e = Event(text)
    e.ts, e.kind, e.rec = ts, kind, rec
    return e


class EventEmitter:
    """Mixin for Tracker: needs self.ecache, self.sink, self.events, self.now.

    `userspace`: [portid, program] while a command changes the table through ctnetlink (not
    pickled): its events carry them, and `conntrack -E` shows `[USERSPACE] portid=N progname=P`."""

    userspace = None
    ec_marks = None             # allocation numbers where the ecache extension turns on/off

    def ecache_begin(self, listening: bool):
        """nf_ct_ecache_ext_add() for the entries the coming run allocates: with
        nf_conntrack_events=2 only while some socket listens to ctnetlink events. An entry made
        without the extension never has an event delivered, not even its DESTROY. The kernel asks
        that of the whole machine, not of the namespace (nf_ctnetlink_has_listener: a subscriber
        to any conntrack or expectation group, in any namespace); a store is the only namespace
        of its machine, so its own listeners are all that counts."""
        on = self.events == 1 or (self.events == 2 and listening)
        m = self.ec_marks
        if m is None:
            m = self.ec_marks = [0]     # entries stored before: they had it
        if (len(m) % 2 == 1) != on:
            s = self.last_id + 1
            if m[-1] == s:
                m.pop()
            else:
                m.append(s)

    def has_ecache(self, ct) -> bool:
        m = self.ec_marks
        if m is None:
            on = bool(self.events)
        else:
            on = bisect_right(m, (ct.id * _SEQ) & 0xFFFFFFFF) % 2 == 1
        if not on and not self.events:
            # nf_conntrack_events=0 still gives the extension to an entry whose CT template
            # carries an event mask (nf_ct_ecache_ext_add: "assignment via template")
            e = ct.ext
            return e is not None and bool(e.ctmask)
        return on

    def event(self, ct, bit: int):
        """nf_conntrack_event_cache()."""
        self.ecache[ct] = self.ecache.get(ct, 0) | (1 << bit)

    def deliver(self, ct):
        """nf_ct_deliver_cached_events()."""
        mask = self.ecache.pop(ct, 0)
        if mask and not ct.status & 512:        # never for a dying entry (IPS_DYING)
            self.emit(ct, mask)

    def emit(self, ct, mask: int):
        if self.sink is None or not self.has_ecache(ct):
            return
        e = ct.ext
        if e is not None and e.ctmask is not None and not mask & e.ctmask:
            return
        kind = "DESTROY" if mask & (1 << IPCT_DESTROY) else "NEW" if mask & NEW_MASK else "UPDATE"
        rec = record(ct, self.now, kind, mask)
        if self.userspace is not None:
            rec["us"] = self.userspace
        self.sink(make_event(format_line(rec, kind), self.now, kind, rec))


class EventLog:
    """A sink appending one line per event to `path`: `<capture time>\\t<json record>`.

    Nothing is written while nobody listens: `pyconntrack -E` holds `<path>.listeners/<pid>`."""

    def __init__(self, path):
        self.path = os.fspath(path)
        self._fh = None
        self._off = False

    def listening(self) -> bool:
        d = self.path + ".listeners"
        try:
            for name in os.listdir(d):
                try:
                    os.kill(int(name), 0)
                    return True
                except (ValueError, ProcessLookupError):
                    try:
                        os.unlink(os.path.join(d, name))
                    except OSError:
                        pass
                except PermissionError:
                    return True
        except FileNotFoundError:
            pass
        return False

    def __call__(self, ev):
        if self._fh is None:
            if self._off or not self.listening():
                self._off = True            # like the kernel: only listeners present see events
                return
            self._fh = open(self.path, "a", buffering=1)
        rec = getattr(ev, "rec", None)
        if rec is None:
            self._fh.write(f"{getattr(ev, 'ts', 0.0)!r}\t{json.dumps(str(ev))}\n")
        else:
            self._fh.write(f"{ev.ts!r}\t{json.dumps(rec, separators=(',', ':'))}\n")

    def close(self):
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def template_ecache(st) -> bool:
    """Whether nf_ct_ecache_ext_add() gives a CT template with an event mask its extension now, at
    the rule's checkentry: with nf_conntrack_events 0 or 1 it does; with 2 (the default) only
    while some socket listens to ctnetlink events. A template without it carries no mask, so the
    entries it makes get the sysctl's (every event)."""
    from ..host.model import Host
    events = st.get("host", Host).sysctl_int("net.netfilter.nf_conntrack_events")
    return events != 2 or EventLog(st.events_path).listening()
