"""Our own views (replay tables, traces, summaries). Compatible outputs never come through here.

Per-packet lines are written plainly (fast, and inert: every field is printed as text, never as
markup); rich renders only the end-of-run summary, and only on a terminal.
"""
from __future__ import annotations

import json
import os

HEADER = f"{'#':>5}  {'time':>15}  {'in':<6} {'packet':<52} {'ct':<11} verdict"


def _plain(s: str) -> str:
    """Strip control characters so hostile bytes never reach the terminal raw."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in s)


class Output:
    def __init__(self, stream, as_json=False, quiet=False):
        self.stream = stream
        self.as_json = as_json
        self.quiet = quiet
        self._header = False

    def record(self, rec):
        if self.quiet:
            return
        w = self.stream.write
        if self.as_json:
            w(json.dumps(rec.as_dict()) + "\n")
            return
        if not self._header:
            w(HEADER + "\n")
            self._header = True
        verdict = rec.fate + (f" ({rec.where})" if rec.where else "")
        if rec.outdev and rec.fate in ("forwarded", "sent"):
            verdict += f" -> {rec.outdev}"
        w(f"{rec.frame:>5}  {rec.ts:>15.6f}  {rec.indev or '-':<6} {_plain(rec.summary):<52} "
          f"{rec.ctstate or '-':<11} {_plain(verdict)}\n")
        if rec.path:
            w(f"{'':>30}path: {' > '.join(rec.path)}\n")

    def event(self, ev):
        self.stream.write(f"{'':>30}event: {_plain(str(ev))}\n")

    def trace_line(self, text):
        self.stream.write(f"{'':>30}trace: {_plain(text)}\n")

    def summary(self, s, never_hit):
        lines = [f"packets: {s.packets}"]
        for fate, n in sorted(s.fates.items()):
            lines.append(f"  {fate}: {n}")
        if s.unplaced:
            lines.append(f"unplaced frames: {s.unplaced}")
        if s.copies:
            lines.append(f"outgoing copies of forwarded packets (skipped): {s.copies}")
        if s.not_ipv4:
            lines.append(f"frames not IPv4 (skipped): {s.not_ipv4}")
        if s.generated:
            lines.append(f"replies the stack would generate (not walked): {len(s.generated)}")
        lines.append("connection tracking: " + ("on (some rule needs it)" if s.conntrack else
                                                "off (no rule needs it)"))
        lines.append(f"rules never hit: {len(never_hit)}")
        for r in never_hit[:20]:
            lines.append(f"  {r}")
        if len(never_hit) > 20:
            lines.append(f"  ... and {len(never_hit) - 20} more")
        text = "\n".join(_plain(x) for x in lines) + "\n"
        if self.as_json:
            self.stream.write(json.dumps({"summary": {"packets": s.packets, "verdicts": s.fates,
                                                      "unplaced": s.unplaced, "not_ipv4": s.not_ipv4,
                                                      "conntrack": s.conntrack, "never_hit": never_hit}}) + "\n")
            return
        if self.stream.isatty() and "PYIPTABLES_PLAIN" not in os.environ:
            from rich.console import Console
            from rich.text import Text
            Console(file=self.stream, markup=False, emoji=False, highlight=False).print(Text(text, style="bold"))
        else:
            self.stream.write(text)


def tracer(out: Output):
    """A do_table trace callback printing `TRACE: table:chain:type:rulenum` like nf_log's trace."""
    from ..walk.table import K_END, K_POLICY

    def trace(table, e, pkt):
        kind = "policy" if e.kind == K_POLICY else "return" if e.kind == K_END else "rule"
        out.trace_line(f"TRACE: {table}:{e.chain}:{kind}:{e.rulenum}")
    return trace
