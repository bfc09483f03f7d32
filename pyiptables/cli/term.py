"""Our own views of a replay (per-packet table, traces, summary). Compatible outputs never come through here.

Every text a user or a capture controls (rule comments, log prefixes, chain, interface and file
names) is printed inert: characters that are not printable are escaped as \\xNN / \\uNNNN before
anything is written, and rich (used only on a terminal) gets plain Text, never markup. Off a
terminal the per-packet lines are plain buffered writes, so output never slows a replay down.
"""
from __future__ import annotations

import json
import time

from ..walk.record import describe_ip, path_text
from ..walk.replay import ACCEPTED

IND = " " * 20
HEADER = f"{'#':>6} {'time':>11}  {'in':<6} {'packet':<50} {'ct':<11} verdict"


def _esc(ch: str) -> str:
    o = ord(ch)
    if 0xDC80 <= o <= 0xDCFF:          # a byte that was not UTF-8 (surrogateescape): the byte, as dmesg shows it
        return f"\\x{o - 0xDC00:02x}"
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def inert(s: str) -> str:
    """`s` with every non-printable character escaped (a no-op, at C speed, for ordinary text)."""
    if s.isprintable():
        return s
    return "".join(ch if ch.isprintable() else _esc(ch) for ch in s)


def verdict_text(rec) -> str:
    v = rec.fate
    if rec.outdev and v in ("forwarded", "sent"):
        v += f" -> {rec.outdev}"
        if rec.frames != 1:
            v += f" as {rec.frames} fragments"
    if rec.by is not None:
        return f"{v} by {rec.by.text}"
    return f"{v}: {rec.where}" if rec.where else v


class TextView:
    """The per-packet table, plain. `write` is the stream's write; `inline_logs`: log lines are
    printed under their packet (--log -) instead of going to a log file."""

    def __init__(self, write, inline_logs=False, multi=False):
        self.w = write
        self.inline_logs = inline_logs
        self.multi = multi
        self._paths: dict = {}
        self._cols: dict = {}
        self._header = False

    def capture(self, name: str) -> None:
        if self.multi:
            self.w(f"== {inert(name)}\n")
            self._header = False

    def record(self, rec) -> None:
        if not self._header:
            self.w(HEADER + "\n")
            self._header = True
        # hot path: the verdict text and the path line are cached, everything else is one f-string
        key = (rec.fate, rec.outdev, rec.frames, rec.by, rec.where, rec.indev)
        cols = self._cols.get(key)
        if cols is None:
            cols = self._cols[key] = (inert(rec.indev) or "-", inert(verdict_text(rec)))
        text = (f"{rec.frame:>6} {rec.rel:>11.6f}  {cols[0]:<6} {rec.summary:<50} "
                f"{rec.ctstate or '-':<11} {cols[1]}\n")
        if rec.path:
            text += IND + self._path(rec.path) + "\n"
        if rec.trace or rec.events or rec.generated or (rec.logs and self.inline_logs):
            text += "".join(IND + line + "\n" for line in self.extra(rec))
        self.w(text)

    def _path(self, path) -> str:
        key = tuple(path)
        p = self._paths.get(key)
        if p is None:
            p = self._paths[key] = "path: " + inert(path_text(key))
        return p

    def details(self, rec):
        """The lines under a packet: path, trace, events, log lines (inline), generated replies."""
        if rec.path:
            yield self._path(rec.path)
        yield from self.extra(rec)

    def extra(self, rec):
        for t in rec.trace:
            yield inert(t)
        for ev in rec.events:
            yield "event:" + inert(str(ev))
        if self.inline_logs:
            for line in rec.logs:
                yield "log: " + inert(str(line))
        for what, data in rec.generated:
            yield f"generated (not walked): {what}: {describe_ip(data)}"

    def summary(self, s) -> None:
        self.w("\n".join(summary_lines(s)) + "\n")

    def flush(self) -> None:
        """Print what the view holds back (RichView's batch); plain writes hold nothing back."""


class RichView(TextView):
    """The same table on a terminal, through one rich Console (markup, emoji and highlighting off).
    Lines are printed in batches (one console.print renders BATCH lines with the same bytes as
    BATCH prints, at a quarter of the cost); flush() prints the batch at once: the CLI calls it
    before a log line goes out and before it waits for more input."""

    STYLES = {"dropped": "red", "unplaced": "yellow", "skipped": "yellow", "stolen": "magenta"}
    BATCH = 256

    def __init__(self, console, inline_logs=False, multi=False):
        super().__init__(None, inline_logs, multi)
        from rich.text import Text
        self.console, self.Text = console, Text
        self.batch = []

    def flush(self) -> None:
        if self.batch:
            self.console.print(self.Text("\n").join(self.batch), soft_wrap=True)
            self.batch = []

    def capture(self, name):
        if self.multi:
            self.flush()
            self.console.print(self.Text(f"== {inert(name)}", style="bold"))
            self._header = False

    def record(self, rec):
        Text = self.Text
        if not self._header:
            self.flush()
            self.console.print(Text(HEADER, style="bold"))
            self._header = True
        style = "green" if rec.fate in ACCEPTED else self.STYLES.get(rec.fate, "")
        line = Text(f"{rec.frame:>6} {rec.rel:>11.6f}  {inert(rec.indev) or '-':<6} {rec.summary:<50} "
                    f"{rec.ctstate or '-':<11} ")
        line.append(inert(verdict_text(rec)), style=style)
        for d in self.details(rec):
            line.append("\n" + IND + d, style="dim")
        batch = self.batch
        batch.append(line)
        if len(batch) >= self.BATCH:
            self.flush()

    def summary(self, s):
        self.flush()
        self.console.print(self.Text("\n".join(summary_lines(s)), style="bold"), soft_wrap=True)


class JsonView:
    """One JSON object per packet (JSON lines), then {"summary": ...}. JSON escapes every control
    character, so hostile text stays inert here too. The object is Record.as_dict(), encoded from
    cached fragments: what repeats from packet to packet (capture, devices, verdict, rule, path) is
    encoded once."""

    def __init__(self, write, inline_logs=False):
        self.w = write
        self.inline_logs = inline_logs
        self._enc = json.JSONEncoder(separators=(", ", ": ")).encode
        self._parts: dict = {}
        self._paths: dict = {}

    def capture(self, name):
        pass

    def record(self, rec):
        enc = self._enc
        key = (rec.capture, rec.indev, rec.outdev, rec.frames, rec.ctstate, rec.fate, rec.ctinfo, rec.by, rec.where)
        parts = self._parts.get(key)
        if parts is None:
            tail = ', "ctstate": ' + enc(rec.ctstate) + ', "verdict": ' + enc(rec.fate)
            if rec.ctinfo is not None:
                tail += f', "ctinfo": {rec.ctinfo}'
            if rec.by is not None:
                tail += ', "by": ' + enc(rec.by.as_dict())
            elif rec.where:
                tail += ', "reason": ' + enc(rec.where)
            parts = self._parts[key] = ('{"capture": ' + enc(rec.capture) + ', "frame": ',
                                        ', "in": ' + enc(rec.indev) + ', "out": ' + enc(rec.outdev)
                                        + (f', "frames": {rec.frames}' if rec.frames != 1 else '') + ', "path": ',
                                        tail)
        key = tuple(rec.path)
        path = self._paths.get(key)
        if path is None:
            path = self._paths[key] = enc(list(key))
        text = (f'{parts[0]}{rec.frame}, "time": {rec.ts!r}, "rel": {rec.rel!r}, "packet": {enc(rec.summary)}'
                f'{parts[1]}{path}{parts[2]}')
        if rec.trace or rec.events or rec.generated or (rec.logs and self.inline_logs):
            d = rec.as_dict()
            for k in ("trace", "events", "generated"):
                if k in d:
                    text += f', "{k}": ' + enc(d[k])
            if rec.logs and self.inline_logs:
                text += ', "log": ' + enc([str(x) for x in rec.logs])
        self.w(text + "}\n")

    def summary(self, s):
        self.w(self._enc({"summary": s.as_dict()}) + "\n")

    def flush(self) -> None:
        """Nothing held back: plain buffered writes."""


class QuietView(TextView):
    def capture(self, name):
        pass

    def record(self, rec):
        pass


def summary_lines(s) -> list[str]:
    lines = [f"captures: {', '.join(inert(c) for c in s.captures)} ({s.frames} frames"
             + (f", {round(s.last - s.first, 6):.6f} s)" if s.first is not None else ")"),
             f"packets walked: {s.packets}"]
    for fate, n in sorted(s.fates.items()):
        lines.append(f"  {fate}: {n}")
    lines.append(f"unplaced frames (no interface of this host sent or received them): {s.unplaced}")
    lines.append(f"non-IPv4 frames (skipped): {s.not_ipv4}")
    if s.malformed:
        lines.append(f"malformed IPv4 headers (dropped by ip_rcv): {s.malformed}")
    if s.copies:
        lines.append(f"outgoing copies of forwarded packets (skipped): {s.copies}")
    gen = sum(s.generated.values())
    lines.append(f"replies the stack would send by itself (not walked): {gen}"
                 + (" (" + ", ".join(f"{k}: {n}" for k, n in sorted(s.generated.items())) + ")" if gen else ""))
    lines.append(f"connection tracking: {'on' if s.conntrack else 'off'} ({inert(s.conntrack_why)})")
    lines.append(f"rules never hit: {len(s.never_hit)}")
    for r in s.never_hit[:20]:
        lines.append(f"  {inert(r)}")
    if len(s.never_hit) > 20:
        lines.append(f"  ... and {len(s.never_hit) - 20} more")
    return lines


class Progress:
    """A transient progress bar (rich) on a terminal, shown once a replay has run for a second.
    `console` is the one the table prints through when stdout is that terminal too, so packet lines
    scroll above the bar; `total` is the captures' size in bytes (None when unknown: stdin)."""

    def __init__(self, console, total):
        self.console, self.total = console, total
        self.bar = None
        self.t0 = time.monotonic()

    def update(self, done: int, frames: int) -> None:
        if self.bar is None:
            if time.monotonic() - self.t0 < 1.0:
                return
            from rich.progress import BarColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn
            self.bar = RichProgress(TextColumn("replaying"), BarColumn(), TextColumn("{task.fields[frames]} frames"),
                                    TimeElapsedColumn(), console=self.console, transient=True,
                                    redirect_stdout=False, redirect_stderr=False)
            self.task = self.bar.add_task("replay", total=self.total, frames=0)
            self.bar.start()
        self.bar.update(self.task, completed=done, frames=f"{frames:,}")

    def print(self, text: str) -> None:
        """A line (already inert) printed above the bar."""
        from rich.text import Text
        self.console.print(Text(text), soft_wrap=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
