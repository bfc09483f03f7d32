"""pyconntrack: conntrack-tools 1.4.7's `conntrack` over the emulated namespace's table."""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from ..conntrack import Tracker
from ..conntrack.cmdline import ParamError, parse_args
from ..conntrack.output import format_line, format_xml, label_names, record
from ..errors import IptablesError
from ..store import Store

PROG = "conntrack v1.4.7 (conntrack-tools)"
XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<conntrack>'
USAGE_HINT = "Try `conntrack -h' or 'conntrack --help' for more information."


def _die(msg: str, status: int = 1):
    sys.stderr.write(f"{PROG}: {msg}\n")
    if status == 2:
        sys.stderr.write(USAGE_HINT + "\n")
    sys.exit(status)


class Printer:
    """Prints entries as `-o` asks: text (extended, id, labels, ktimestamp) or xml."""

    def __init__(self, outputs, xml_header=True):
        self.o = outputs
        self.labels = label_names() if "labels" in outputs else None
        if self.labels == {}:
            sys.stderr.write("nfct_labelmap_new: No such file or directory\n")
        self.header = not xml_header
        self.n = 0

    def line(self, rec, kind=None, ts=None):
        o = self.o
        if "xml" in o:
            if not self.header:
                print(XML_HEAD)
                self.header = True
            text = format_xml(rec, kind)
        else:
            text = format_line(rec, kind, extended="extended" in o, show_id="id" in o,
                               labels=self.labels, ktimestamp="ktimestamp" in o)
            if kind and ts is not None and "timestamp" in o:
                usec = int(round(ts * 1e6))
                text = f"[{usec // 1000000:08d}.{usec % 1000000:06d}]\t{text}"
        print(text, flush=bool(kind))
        self.n += 1

    def expect_line(self, rec, kind, ts):
        from ..conntrack.expect import format_expect
        text = format_expect(rec, kind)
        if "timestamp" in self.o:
            usec = int(round(ts * 1e6))
            text = f"[{usec // 1000000:08d}.{usec % 1000000:06d}]\t{text}"
        print(text, flush=True)
        self.n += 1

    def close(self):
        if "xml" in self.o and self.header and self.n:
            print("</conntrack>")


def _store():
    return Store()


def cmd_list(a, tr, write):
    p = Printer(a.outputs)
    for ct in list(tr.entries()):
        rec = record(ct, tr.now)
        if not a.filter.match(rec):
            continue
        p.line(rec)
        if a.zero and ct.ext is not None and ct.ext.acct:
            ct.ext.acct[:] = [0, 0, 0, 0]
            write()
    p.close()
    return p.n, "%d flow entries have been shown.", 0


def cmd_get(a, tr, write):
    f = a.filter
    if f.orig_src is None or f.orig_dst is None:
        if f.repl_src is None or f.repl_dst is None:
            raise ParamError("you have to specify `--src' and `--dst'")
    for ct in tr.entries():
        rec = record(ct, tr.now)
        if f.match(rec):
            rec["u"] = 2
            Printer(a.outputs, xml_header=False).line(rec)
            return 1, "%d flow entries have been shown.", 0
    raise IptablesError("Operation failed: such conntrack doesn't exist", 1)


def cmd_delete(a, tr, write):
    p = Printer(a.outputs, xml_header=False)
    n = 0
    for ct in list(tr.entries()):
        rec = record(ct, tr.now)
        if a.filter.match(rec):
            p.line(rec)
            tr.delete(ct)
            n += 1
    if n:
        write()
    return n, "%d flow entries have been deleted.", 0 if n else 1


def cmd_update(a, tr, write):
    p = Printer(a.outputs, xml_header=False)
    n = 0
    for ct in list(tr.entries()):
        if not a.filter.match(record(ct, tr.now)):
            continue
        if a.set_mark is not None:
            ct.mark = (ct.mark & ~a.set_mark[1]) | a.set_mark[0]
        if a.timeout is not None:
            ct.timeout = tr.now + a.timeout
        if a.set_status:
            ct.status |= a.set_status
        for lab in a.label_add:
            ct.labels = ct.labels | 1 << lab
        for lab in a.label_del:
            ct.labels = ct.labels & ~(1 << lab)
        tr.event(ct, 7 if a.set_mark is not None else 5)     # IPCT_MARK / IPCT_PROTOINFO
        tr.deliver(ct)
        p.line(record(ct, tr.now))
        n += 1
    if n:
        write()
    return n, "%d flow entries have been updated.", 0 if n else 1


def cmd_create(a, tr, write):
    ct, err = a.build_entry(tr)
    if err:
        raise IptablesError(err, 1)
    write()
    return 1, "%d flow entries have been created.", 0


def cmd_list_expect(a, tr, write):
    """conntrack -L expect (expect.listing prints what libnetfilter_conntrack does)."""
    from ..conntrack.expect import listing
    lines = listing(tr, xml="xml" in a.outputs)
    for line in lines:
        print(line)
    return len(lines) - 2 * ("xml" in a.outputs and bool(lines)), "%d expectations have been shown.", 0


def cmd_flush(a, tr, write):
    if a.table == "expect":
        tr.expectations.clear()
        write()
        return None, "expectation table has been emptied.", 0
    tr.flush()
    write()
    return None, "connection tracking table has been emptied.", 0


def cmd_count(a, tr, write):
    if a.table == "expect":
        print(sum(1 for e in tr.expectations if e.timeout > tr.now))
    else:
        print(sum(1 for _ in tr.entries()))
    return None, None, 0


def cmd_stats(a, tr, write):
    from ..conntrack.core import STATS
    for cpu in range(os.cpu_count() or 1):
        vals = tr.stats if cpu == 0 else [0] * len(STATS)
        fields = "".join(f"{k}={v} " for k, v in zip(STATS, vals))
        print(f"cpu={cpu:<4}\t{fields}")
    return None, None, 0


def cmd_events(a, store):
    """Follow the events file from its current end, like a netlink listener joining now."""
    path = store.events_path
    store.path.mkdir(parents=True, exist_ok=True)
    lst = Path(str(path) + ".listeners")
    lst.mkdir(exist_ok=True)
    me = lst / str(os.getpid())
    me.touch()
    p = Printer(a.outputs, xml_header=True)
    done = [False]

    def stop(signum, frame):
        done[0] = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    import json
    try:
        fh = open(path, "a+", encoding="utf-8", errors="replace")
        fh.seek(0, os.SEEK_END)
        buf = ""
        while not done[0]:
            chunk = fh.read()
            if not chunk:
                time.sleep(0.02)
                continue
            buf += chunk
            *lines, buf = buf.split("\n")
            for line in lines:
                ts, _, data = line.partition("\t")
                try:
                    rec = json.loads(data)
                    ts = float(ts)
                except ValueError:
                    continue
                if isinstance(rec, str):            # a plain event line from another writer
                    print(rec, flush=True)
                    p.n += 1
                    continue
                if not isinstance(rec, dict):       # not ours: a damaged events file
                    continue
                kind = rec.get("k", "UPDATE")
                if bool(rec.get("x")) != (a.table == "expect"):
                    continue                        # -E shows entries' events, -E expect expectations'
                if rec.get("x"):
                    if kind in a.event_mask:
                        p.expect_line(rec, kind, ts)
                    continue
                if kind not in a.event_mask or not a.filter.match(rec):
                    continue
                p.line(rec, kind, ts)
    finally:
        try:
            me.unlink()
        except OSError:
            pass
    if "xml" in a.outputs and p.header and p.n:
        print("</conntrack>", flush=True)
    what = "expectation events" if a.table == "expect" else "flow events"
    sys.stderr.write(f"{PROG}: {p.n} {what} have been shown.\n")
    return 0


HANDLERS = {"L": cmd_list, "G": cmd_get, "D": cmd_delete, "U": cmd_update, "I": cmd_create,
            "F": cmd_flush, "C": cmd_count, "S": cmd_stats}


def run(argv) -> int:
    a = parse_args(argv)
    if a.command in ("h", None):
        from ..conntrack.cmdline import USAGE
        sys.stdout.write(USAGE)
        return 0
    if a.command == "V":
        print(PROG)
        return 0
    store = _store()
    if a.command == "E":
        return cmd_events(a, store)
    if a.table in ("dying", "unconfirmed") or (a.table == "expect" and a.command in "GD"):
        # nothing lingers there between packets of a replay
        what = "expectations have been shown." if a.table == "expect" else "flow entries have been shown."
        sys.stderr.write(f"{PROG}: 0 {what}\n")
        return 0
    write_cmds = "DUIF" if a.command != "L" or not a.zero else "DUIFL"
    with store.transaction(write=a.command in write_cmds) as st:
        tr = st.get("conntrack", Tracker)
        from ..conntrack.events import EventLog
        tr.sink = EventLog(st.events_path)

        def write():
            st.put("conntrack", tr)
        handler = cmd_list_expect if a.table == "expect" and a.command == "L" else HANDLERS[a.command]
        n, msg, rc = handler(a, tr, write)
        tr.sink.close()
    if msg:
        sys.stderr.write(f"{PROG}: " + (msg % n if "%d" in msg else msg) + "\n")
    return rc


def main(argv=None):
    from .common import raw_stdio
    raw_stdio()
    argv = sys.argv[1:] if argv is None else argv
    try:
        rc = run(argv)
    except ParamError as e:
        _die(e.message, 2)
    except IptablesError as e:
        sys.stderr.write(f"{PROG}: {e.message}\n" if not e.message.startswith(("conntrack", "Another"))
                         else e.message + "\n")
        sys.exit(e.status)
    except BrokenPipeError:
        sys.exit(1)
    sys.stdout.flush()
    sys.exit(rc)


if __name__ == "__main__":
    main()
