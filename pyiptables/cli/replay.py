"""pyiptables-replay: walk every packet of captures through the emulated namespace.

A replay is one store transaction: the counters, the conntrack table and the conntrack events
for `pyconntrack -E` are committed when every capture has been read to its end, and nothing is
when one turns out corrupt, truncated or unsupported (the message names the file and the frame),
when the user interrupts, or when the output cannot be written.
"""
from __future__ import annotations

import os
import stat
import sys

import click

from ..conntrack.events import EventLog
from ..errors import IptablesError

PROG = "pyiptables-replay"
EX_SOFTWARE = 70


class SysctlView:
    """The `get(key) -> str` mapping the tracker reads its nf_conntrack_* settings from."""

    def __init__(self, host):
        self.host = host

    def get(self, key):
        try:
            return self.host.sysctl(key)
        except Exception:
            return None


class PendingEvents(EventLog):
    """The store's conntrack event log, held back until the replay commits: a listener never sees
    events of a replay that is then rolled back."""

    def __init__(self, final):
        self.final = os.fspath(final)
        super().__init__(f"{self.final}.pending.{os.getpid()}")

    def listening(self) -> bool:
        return EventLog(self.final).listening()

    def commit(self):
        self.close()
        try:
            with open(self.path, "rb") as src, open(self.final, "ab") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
        except FileNotFoundError:
            return
        self.discard()

    def discard(self):
        self.close()
        try:
            os.unlink(self.path)
        except OSError:
            pass


def open_captures(names):
    """[(name, binary file, size or None)]; every file is opened before the replay starts."""
    out = []
    for name in names:
        if name == "-":
            if any(n == "-" for n, _, _ in out):
                raise IptablesError("standard input (-) can be read only once", 2)
            out.append(("-", sys.stdin.buffer, None))
            continue
        try:
            f = open(name, "rb", buffering=0)
            st = os.fstat(f.fileno())
        except OSError as e:
            for _, g, _ in out:
                if g is not sys.stdin.buffer:
                    g.close()
            raise IptablesError(f"cannot read capture {name}: {e.strerror or e}") from None
        out.append((name, f, st.st_size if stat.S_ISREG(st.st_mode) else None))
    return out


class Outputs:
    """--accepted / --dropped / --write-generated captures (Ethernet), removed again on failure."""

    def __init__(self, accepted, dropped, generated):
        from ..pcapwriter import PcapWriter
        self.writers = []
        self.accepted = self.dropped = self.generated = None
        try:
            for attr, path in (("accepted", accepted), ("dropped", dropped), ("generated", generated)):
                if path:
                    existed = os.path.lexists(path)
                    w = PcapWriter(path)
                    w.created = not existed
                    setattr(self, attr, w)
                    self.writers.append(w)
        except OSError as e:
            self.discard()
            raise IptablesError(f"cannot write {e.filename}: {e.strerror}") from None

    def close(self):
        for w in self.writers:
            try:
                w.close()
            except OSError as e:
                raise IptablesError(f"cannot write {w.path}: {e.strerror}") from None

    def discard(self):
        for w in self.writers:
            try:
                w.close()
            except OSError:
                pass
            if not w.created:
                continue                # not ours to remove: /dev/null, a FIFO, the user's file
            try:
                os.unlink(w.path)
            except OSError:
                pass


def frame_bytes(rec, host, ip=None) -> bytes:
    """The frame as an Ethernet frame: the link-layer header as captured for Ethernet captures (the
    outer VLAN tag kept without its priority bits; other link types get the MACs the capture and the
    host know), the IP packet `ip` (one the record kept in `rec.sent`: NAT, helpers and TTL applied),
    else as captured."""
    from ..pcapwriter import ethernet
    f = rec.l2
    src, dst = f.l2src, f.l2dst
    if len(dst) != 6:
        link = host.links.get(rec.indev) if rec.indev else None
        dst = bytes(link.mac) if link is not None and link.mac else bytes(6)
    if len(src) != 6:
        src = bytes(6)
    return ethernet(dst, src, f.ethertype, f.ip if ip is None else ip, f.vlan)


def generated_bytes(rec, data, host) -> bytes:
    """A reply the stack would send: from the MAC of the device its route leaves by, to the
    original frame's sender when it leaves by the device the original came in on."""
    from ..pcapwriter import ethernet
    src = dst = bytes(6)
    try:
        rt = host.route_output(int.from_bytes(data[16:20], "big"), int.from_bytes(data[12:16], "big"))
        link = host.links.get(getattr(rt, "dev", None) or "")
        if link is not None and link.mac:
            src = bytes(link.mac)
            if rt.dev == rec.indev and len(rec.l2.l2src) == 6:
                dst = rec.l2.l2src
    except Exception:       # a reply nothing routes: addresses stay zero
        pass
    return ethernet(dst, src, 0x0800, data)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("captures", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--in", "force_in", metavar="IFACE", help="Treat every frame as received on IFACE.")
@click.option("--log", "log_path", metavar="FILE",
              help="Where LOG/NFLOG/TRACE lines go (default: stderr; - prints them under their packet).")
@click.option("--trace", is_flag=True, help="Show every rule each packet matched, as TRACE: table:chain:type:N.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per packet, then the summary object.")
@click.option("--events", is_flag=True, help="Show conntrack events under their packet, as `conntrack -E` prints them.")
@click.option("--accepted", metavar="FILE",
              help="Write the frames that made it through to this pcap, as they left (NAT and helpers applied).")
@click.option("--dropped", metavar="FILE", help="Write the frames that were dropped to this pcap.")
@click.option("--write-generated", "generated", metavar="FILE",
              help="Write the packets the stack would send by itself (REJECT replies, ICMP errors) to this pcap.")
@click.option("--so-broadcast", is_flag=True,
              help="Send the host's own frames with SO_BROADCAST set (without it, one routed as a broadcast is "
                   "refused, EACCES, as the oracle's raw socket refuses it).")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
def replay(captures, force_in, log_path, trace, as_json, events, accepted, dropped, generated, so_broadcast, quiet):
    """Replay CAPTURES (pcap or pcapng; - for stdin) through the namespace in PYIPTABLES_STATE."""
    from ..store import Store
    sources = open_captures(captures)
    store = Store()
    outputs = Outputs(accepted, dropped, generated)
    logf = None
    ok = False
    try:
        if log_path and log_path != "-":
            try:
                logf = open(log_path, "a", encoding="utf-8", errors="backslashreplace")
            except OSError as e:
                raise IptablesError(f"cannot write {log_path}: {e.strerror}") from None
        with store.transaction(write=True) as st:
            pending = PendingEvents(store.events_path)
            try:
                run(st, sources, outputs, logf, force_in, log_path == "-", trace, as_json, events, quiet, pending,
                    so_broadcast)
                finish_output(outputs, logf, log_path)          # all written, or nothing committed
                st.put("rules")
                st.put("conntrack")
                st.put("ipv4")
                ok = True
            finally:
                if not ok:
                    pending.discard()
                    st.drop("rules")
                    st.drop("conntrack")
                    st.drop("ipv4")
        pending.commit()
    finally:
        for _, f, _ in sources:
            if f is not sys.stdin.buffer:
                f.close()
        if logf is not None:
            try:
                logf.close()
            except OSError:
                pass                    # reported by finish_output(), or the replay failed anyway
        if not ok:
            outputs.discard()


def finish_output(outputs, logf, log_path):
    """Flush what the replay wrote: a full disk fails it here, before anything is committed."""
    outputs.close()
    try:
        if logf is not None:
            logf.flush()
    except OSError as e:
        raise IptablesError(f"cannot write {log_path}: {e.strerror}") from None
    sys.stdout.flush()


def run(st, sources, *args):
    """The replay itself; a bug anywhere in it is reported in one line (with where it happened),
    never as a traceback (set PYIPTABLES_DEBUG to get one), and nothing is committed."""
    where = []
    try:
        _run(st, sources, where, *args)
    except (IptablesError, KeyboardInterrupt, BrokenPipeError):
        raise
    except OSError as e:                # a full disk under --log or --accepted, a capture that cannot be read
        raise IptablesError(f"{e.filename}: {e.strerror}" if e.filename else f"I/O error: {e.strerror}") from None
    except Exception as e:
        if os.environ.get("PYIPTABLES_DEBUG"):
            raise
        at = f" while replaying {where[0].summary.captures[-1]} at frame {where[0].frame_no}" \
            if where and where[0].summary.captures else ""
        raise IptablesError(f"internal error{at}: {type(e).__name__}: {e} (please report it)", EX_SOFTWARE) from None


def _run(st, sources, where, outputs, logf, force_in, inline_logs, trace, as_json, events, quiet, pending,
         so_broadcast):
    from ..conntrack import Tracker
    from ..host.model import Host
    from ..model import Ruleset
    from ..walk.replay import ACCEPTED, Replayer
    from ..walk.stack import IPv4State
    from . import term

    rules = st.get("rules", Ruleset)
    host = st.get("host", Host)
    if force_in is not None and force_in not in host.links:
        raise IptablesError(f"--in {force_in}: no such device", 2)
    tracker = st.get("conntrack", Tracker)
    tracker.configure(SysctlView(host))
    listening = pending.listening()
    tracker.ecache_begin(listening or events)       # --events listens as conntrack -E would
    rp = Replayer(rules, host, tracker, trace=trace, force_in=force_in, events=events,
                  event_sink=pending if listening else None,   # events only reach listeners
                  ipv4=st.get("ipv4", IPv4State), so_broadcast=so_broadcast)
    rp.describe = not quiet
    rp.keep_sent = outputs.accepted is not None
    where.append(rp)

    out = sys.stdout
    tty = out.isatty()
    console = None
    if as_json:
        view = term.JsonView(out.write, inline_logs)
        if quiet:
            view.record = lambda rec: None
    elif quiet:
        view = term.QuietView(out.write)
    elif tty:
        from rich.console import Console
        console = Console(markup=False, emoji=False, highlight=False)
        view = term.RichView(console, inline_logs, multi=len(sources) > 1)
    else:
        view = term.TextView(out.write, inline_logs, multi=len(sources) > 1)
    progress = None
    if sys.stderr.isatty() and not quiet and not as_json:
        if console is None:
            from rich.console import Console
            console_err = Console(stderr=True, markup=False, emoji=False, highlight=False)
        else:
            console_err = console
        total = sum(size for _, _, size in sources) if all(size is not None for _, _, size in sources) else None
        progress = term.Progress(console_err, total)

    log_write = None if inline_logs else (logf.write if logf is not None else sys.stderr.write)
    acc, drp, gen = outputs.accepted, outputs.dropped, outputs.generated
    done_bytes = 0
    def flush():
        view.flush()
        out.flush()

    try:
        for name, f, size in sources:
            view.capture(name if name != "-" else "<stdin>")
            n = 0
            # a pipe may stall: what was replayed so far is shown before each read from it
            for rec in rp.run([f if size is not None else FlushBeforeRead(f, flush)]):
                if rec.logs and log_write is not None:
                    view.flush()
                    for line in rec.logs:
                        text = term.inert(str(line)) + "\n"
                        if progress is not None and progress.bar is not None and logf is None:
                            progress.print(text.rstrip("\n"))
                        else:
                            log_write(text)
                view.record(rec)
                if acc is not None and rec.fate in ACCEPTED:
                    sent = rec.sent                 # a packet, or the fragments a reassembled one left as
                    for ip in sent if type(sent) is tuple else (sent,):
                        wirelen = rec.l2.wirelen
                        if ip is not None:          # a rewritten packet: its own length (truncation kept)
                            wirelen += len(ip) - len(rec.l2.ip)
                        acc.write(rec.ts, frame_bytes(rec, host, ip), wirelen)
                elif drp is not None and rec.fate == "dropped":
                    drp.write(rec.ts, frame_bytes(rec, host), rec.l2.wirelen)
                if gen is not None and rec.generated:
                    for _, data in rec.generated:
                        gen.write(rec.ts, generated_bytes(rec, data, host))
                n += 1
                if progress is not None and not n & 1023:
                    progress.update(done_bytes + (f.tell() if size is not None else 0), rp.summary.frames)
            if size is not None:
                done_bytes += size
    finally:
        view.flush()
        if progress is not None:
            progress.stop()
    view.summary(rp.finish())
    out.flush()


class FlushBeforeRead:
    """A capture stream that calls `flush` before each read (pcap.py reads with read1, or read)."""

    def __init__(self, f, flush):
        self.f, self.flush = f, flush
        self.name = getattr(f, "name", "<stream>")
        if hasattr(f, "read1"):
            self.read1 = self._read1

    def _read1(self, n=-1):
        self.flush()
        return self.f.read1(n)

    def read(self, n=-1):
        self.flush()
        return self.f.read(n)


def main(argv=None):
    from .common import std_streams
    std_streams(False, strict=True)     # UTF-8 whatever the locale; own end when the output fails (below)
    if argv is None:                    # Ctrl-C: "interrupted; nothing was committed" (pyiptables/__init__.py)
        import signal
        signal.signal(signal.SIGINT, signal.default_int_handler)
    status = 0
    try:
        replay.main(args=argv, prog_name=PROG, standalone_mode=False)
    except click.exceptions.Exit as e:
        status = e.exit_code
    except click.ClickException as e:
        e.show()
        status = e.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt):
        sys.stderr.write(f"{PROG}: interrupted; nothing was committed\n")
        status = 130
    except BrokenPipeError:
        # the reader went away: nothing committed; keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 1
    except IptablesError as e:
        try:
            sys.stdout.flush()
        except OSError:
            pass
        from ..errors import StoreError          # its message names the store ("pyiptables: ...")
        sys.stderr.write(("" if isinstance(e, StoreError) else f"{PROG}: ") + term_inert(e.message) + "\n")
        status = e.status or 1
    sys.exit(status)


def term_inert(s: str) -> str:
    from .term import inert
    return inert(s)
