"""The iptables-restore loop (1.8.9 legacy) over a Ruleset: tables, chains, rules, COMMIT.

The input is classified as grammar/restore.lark says; each line is then handled as the real loop
handles it, in order, so the first error is the one the real tool reports, with its wording and
exit status. A table changes at its COMMIT only (the kernel's table replace): a failing block
leaves it as it was, while tables committed earlier in the same input stay committed.
"""
from __future__ import annotations

import os
import re

from .commands import CounterMaps, changes_table, commit_counters, do_command, release_shared, validate
from .errors import PARAMETER_PROBLEM, IptablesError
from .model import STANDARD_VERDICTS, TABLES, Chain, Table
from .parse.cmdline import CMD, OPT, c_len, scan_llu
from .parse.shapes import parse_line
from .xtables import KernelError, ParamError

PROG = "iptables-restore"
CHUNK = 10239            # fgets() into a 10240-byte buffer: longer lines arrive in pieces
MAX_PARAM = 1024         # a word of 1024 bytes is "Parameter too long!"
MAX_ARGS = 254           # argv words (program, -t, table, [--set-counters p b], the line's words)
MAXNAMELEN = 29          # chain names: 28 characters at most

_WORD = re.compile(r"[^ \t\n]+")
_STOP = re.compile(r'[ \t\n"]')      # ends an unquoted run
_QSTOP = re.compile(r'[\\"]')         # ends a quoted run
_CMD_P, _OPT_C = CMD["P"], OPT["c"]


class RestoreExit(Exception):
    """The loop ends: `status` is the exit status, `stderr` what the real tool prints there."""

    def __init__(self, status: int, stderr: str = ""):
        super().__init__(stderr)
        self.status = status
        self.stderr = stderr


# -- input ------------------------------------------------------------------------------------
def reaches_table(text: str, no_nl: set[int], only: str | None) -> bool:
    """Whether a `*table` line is reached, where iptables-restore takes the xtables lock: the first
    line that is not blank or a comment (any other fails the input), or with -T any (the lines
    outside its table are skipped)."""
    if only is not None:
        return text[:1] == "*" or "\n*" in text
    pos, n, size = 0, 1, len(text)
    while pos < size:
        first = text[pos]
        if first != "#" and (first != "\n" or n in no_nl):
            return first == "*"
        end = text.find("\n", pos)
        pos, n = (size if end < 0 else end + 1), n + 1
    return False


def normalize(data: bytes) -> tuple[str, set[int]]:
    """The lines as fgets() returns them, one per "\\n"-ended line of the text, and the numbers of
    those that had no newline of their own (a piece of a long line, text cut at a NUL byte, the
    last line of the input)."""
    no_nl: set[int] = set()
    if b"\0" not in data and (len(data) < CHUNK or max(map(len, data.split(b"\n"))) < CHUNK):
        if data and not data.endswith(b"\n"):
            no_nl.add(data.count(b"\n") + 1)
            data += b"\n"
        return data.decode("utf-8", "surrogateescape"), no_nl
    parts = data.split(b"\n")
    lines = [p + b"\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    out = []
    n = 0
    for line in lines:
        for i in range(0, len(line), CHUNK):
            piece = line[i:i + CHUNK]
            n += 1
            if b"\0" in piece:
                piece = piece[:piece.index(b"\0")]
            if piece.endswith(b"\n"):
                out.append(piece)
            else:
                no_nl.add(n)
                out.append(piece + b"\n")
    return b"".join(out).decode("utf-8", "surrogateescape"), no_nl


_parser = None


def parser():
    global _parser
    if _parser is None:
        from .parse._lark import lalr
        grammar = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "grammar", "restore.lark")
        _parser = lalr(grammar, {"propagate_positions": True})
    return _parser


def items(text: str):
    """(kind, line number, text without its newline) for every line of normalize()d text, in
    order, as grammar/restore.lark classifies them."""
    for item in parser().parse(text).children:
        tok = item.children[0]
        kind, line = item.data, tok.line
        if kind in ("rules", "chains"):
            one = "rule" if kind == "rules" else "chain"
            for i, piece in enumerate(tok.split("\n")[:-1]):
                yield one, line + i, piece
        else:
            yield kind, line, tok[:-1]


# -- counters and words -----------------------------------------------------------------------
def policy_counters(s: str | None):
    """sscanf(s, "[%llu:%llu]") == 2."""
    if not s or s[0] != "[":
        return None
    a = scan_llu(s, 1)
    if a is None or a[1] >= len(s) or s[a[1]] != ":":
        return None
    b = scan_llu(s, a[1] + 1)
    if b is None:
        return None
    return a[0], b[0]


def rule_counters(s: str, line: int):
    """A `[pcnt:bcnt]` prefix, cut with strtok(":") then strtok("]") as iptables-restore does
    (each cut ends the line there too). Returns (pcnt, bcnt, rest of the line)."""
    close = s.find("]")
    if close < 0:
        raise ParamError(f"Bad line {line}: need ]")
    n, i = len(s), 1
    while i < n and s[i] == ":":
        i += 1
    if i >= n:
        raise ParamError(f"Bad line {line}: need :")
    cuts = []
    j = s.find(":", i)
    if j < 0:
        pcnt, k = s[i:], n
    else:
        pcnt, k = s[i:j], j + 1
        cuts.append(j)
    while k < n and s[k] == "]":
        k += 1
    if k >= n:
        raise ParamError(f"Bad line {line}: need ]")
    m = s.find("]", k)
    if m < 0:
        bcnt = s[k:]
    else:
        bcnt = s[k:m]
        cuts.append(m)
    end = min([c for c in cuts if c > close], default=n)
    return pcnt, bcnt, s[close + 1:end]


_BLANKS = str.maketrans("\t\n", "  ")


def _blank_split(s: str) -> list[str]:
    """The words between blanks (space, tab, newline; no other character)."""
    if "\t" in s or "\n" in s:
        s = s.translate(_BLANKS)
    words = s.split(" ")
    return [w for w in words if w] if "" in words else words


def split_params(s: str, line: int, nargs: int) -> list[str]:
    """The words of a rule line (add_param_to_argv): blanks separate words; "double quotes"
    group, and inside them a backslash takes the next character literally; a closing quote
    always ends a word (so "" is an empty word); outside quotes a backslash is an ordinary char."""
    if '"' not in s:
        words = _blank_split(s)
        if nargs + len(words) > MAX_ARGS or len(s) >= MAX_PARAM and max(map(len, words)) >= MAX_PARAM:
            for w in words:                 # the first problem in word order
                if len(w) >= MAX_PARAM:
                    raise ParamError("Parameter too long!")
                if nargs >= MAX_ARGS:
                    raise ParamError("Parser cannot handle more arguments")
                nargs += 1
        return words
    if "\\" not in s and not s.count('"') & 1 and len(s) < MAX_PARAM:
        # every quote closes, nothing is escaped, no word can be too long: between quotes, the
        # text outside splits at blanks, and a word touching an opening quote goes on inside it
        parts = s.split('"')
        words = []
        for i in range(0, len(parts) - 1, 2):
            out = _blank_split(parts[i])
            prefix = out.pop() if out and parts[i][-1] not in " \t\n" else ""
            words += out
            words.append(prefix + parts[i + 1])
        words += _blank_split(parts[-1])
        if nargs + len(words) <= MAX_ARGS:
            return words
    words = []
    buf: list[str] = []
    size = 0                     # characters in buf
    quote = False
    i, n = 0, len(s)

    def end_word():
        nonlocal nargs, size
        w = "".join(buf)
        buf.clear()
        size = 0
        if nargs >= MAX_ARGS:
            raise ParamError("Parser cannot handle more arguments")
        nargs += 1
        words.append(w)

    while i < n:
        if not quote:
            m = _STOP.search(s, i)
            j = m.start() if m else n
            if j > i:
                buf.append(s[i:j])
                size += j - i
                if size >= MAX_PARAM:
                    raise ParamError("Parameter too long!")
            if j == n:
                break
            if s[j] == '"':
                quote = True
            elif size:
                end_word()
            i = j + 1
        else:
            m = _QSTOP.search(s, i)
            if m is None:
                buf.append(s[i:])
                size += n - i
                break
            j = m.start()
            buf.append(s[i:j])
            size += j - i
            if s[j] == "\\":
                if j + 1 < n:
                    buf.append(s[j + 1])
                    size += 1
                i = j + 2
            else:
                quote = False
                end_word()
                i = j + 1
    if size:
        end_word()
    return words


# -- the loop ---------------------------------------------------------------------------------
class Restore:
    """One run over one input. `rs` is changed in place; `committed` names the tables whose
    COMMIT succeeded, `touched` every table initialised (created in the kernel if new)."""

    def __init__(self, rs, out: list[str], counters=False, noflush=False, test=False, verbose=False,
                 only: str | None = None, parse=parse_line):
        self.rs, self.out = rs, out
        self.counters, self.noflush, self.test, self.verbose, self.only = counters, noflush, test, verbose, only
        self.parse = parse
        self.in_table = False
        self.curtable = ""
        self.line = 0
        self.keep: set[str] = set()
        self.committed: dict[str, Table] = {}
        self.touched: list[str] = []

    def run(self, text: str, no_nl: set[int]) -> None:
        self.no_nl = no_nl
        for kind, line, s in items(text):
            self.line = line
            if kind == "blank":
                if line in no_nl:          # an empty string (NUL first): not "\n"
                    self.dispatch("rule", "")
                continue
            if kind == "comment":
                if self.verbose:
                    self.out.append(s if line in no_nl else s + "\n")
                continue
            if kind == "commit" and line in no_nl:
                kind = "rule"
            if kind == "rule" and self.in_table and self.only is None:
                try:                        # what dispatch() does with it, without the walk there
                    self.rule_line(s)
                except ParamError as e:
                    raise RestoreExit(e.status, self.param_text(e)) from None
                continue
            self.dispatch(kind, s)
        if self.in_table:
            raise RestoreExit(1, f"{PROG}: COMMIT expected at line {text.count(chr(10)) + 1}\n")

    def dispatch(self, kind: str, s: str) -> None:
        try:
            if kind == "commit" and self.in_table:
                return self.commit()
            if kind == "table" and not self.in_table:
                return self.start_table(s)
            if self.only is not None and self.curtable != self.only:
                return
            if kind == "chain" and self.in_table:
                return self.chain_line(s)
            if self.in_table:
                return self.rule_line(s)
        except ParamError as e:
            raise RestoreExit(e.status, self.param_text(e)) from None
        raise RestoreExit(1, f"{PROG}: line {self.line} failed\n")

    def param_text(self, e: ParamError) -> str:
        head = f"{PROG} v1.8.9 (legacy): {e.message}" if e.banner else e.message
        return (f"{head}\nError occurred at line: {self.line}\n"
                f"Try `{PROG} -h' or '{PROG} --help' for more information.\n")

    def failed(self) -> RestoreExit:
        return RestoreExit(1, f"{PROG}: line {self.line} failed\n")

    # -- *table -----------------------------------------------------------------------------
    def start_table(self, s: str) -> None:
        m = _WORD.search(s, 1)
        if m is None:
            raise ParamError(f"{PROG}: line {self.line} table name invalid")
        name = self.curtable = m.group()
        if self.only is not None and name != self.only:
            return
        if name not in TABLES:
            raise ParamError(f"{PROG}: unable to initialize table '{name}'")
        rs = self.rs
        if name not in self.touched:
            self.touched.append(name)
        old = rs.table(name)
        if self.noflush:
            if name in self.committed and rs.tables[name] is self.committed[name]:
                import copy
                rs.tables[name] = copy.deepcopy(old)
        else:
            if self.verbose:
                chains = old.ordered_chains()
                self.out.extend(f"Flushing chain `{c.name}'\n" for c in chains)
                self.out.extend(f"Deleting chain `{c.name}'\n" for c in chains if not c.builtin)
            new = Table(name)
            for c in new.chains.values():
                o = old.chains[c.name]
                c.policy, c.pcnt, c.bcnt = o.policy, o.pcnt, o.bcnt
            rs.tables[name] = new
        self.keep = set()
        self.maps = CounterMaps()
        self.changed = not self.noflush       # libiptc commits only a changed handle
        self.in_table = True

    # -- :CHAIN POLICY [packets:bytes] --------------------------------------------------------
    def chain_line(self, s: str) -> None:
        fields = _WORD.findall(s, 1)
        if not fields:
            raise ParamError(f"{PROG}: line {self.line} chain name invalid")
        name = fields[0]
        if c_len(name) >= MAXNAMELEN:
            raise ParamError(f"Invalid chain name `{name}' ({MAXNAMELEN - 1} chars max)")
        t = self.rs.tables[self.curtable]
        c = t.chains.get(name)
        if c is None or not c.builtin:
            if self.noflush and c is not None:
                c.rules.clear()
            elif c is not None or name in STANDARD_VERDICTS:
                raise ParamError(f"error creating chain '{name}':File exists")
            else:
                c = t.chains[name] = Chain(name)
            self.changed = True
        if len(fields) < 2:
            raise ParamError(f"{PROG}: line {self.line} policy invalid")
        policy = fields[1]
        if policy == "-":
            return
        counters = None
        if self.counters:
            counters = policy_counters(fields[2] if len(fields) > 2 else None)
            if counters is None:
                raise ParamError(f"invalid policy counters for chain '{name}'")
        why = None
        if not c.builtin:
            why = "Bad built-in chain name"
        elif policy not in ("ACCEPT", "DROP"):
            why = "Bad policy name"
        if why:
            raise RestoreExit(1, f"{PROG} v1.8.9 (legacy): Can't set policy `{policy}' on `{name}' "
                                 f"line {self.line}: {why}\n")
        c.policy = policy
        self.maps.policies.add(name)
        self.changed = True
        if counters is not None:
            c.pcnt, c.bcnt = counters
            self.keep.add(name)

    # -- rule lines ---------------------------------------------------------------------------
    def rule_line(self, s: str) -> None:
        line = self.line
        head = ["iptables-restore"]
        if s[:1] == "[":
            pcnt, bcnt, s = rule_counters(s if line in self.no_nl else s + "\n", line)
            if self.counters:
                head += ["--set-counters", pcnt, bcnt]
        elif line not in self.no_nl and '"' in s:
            s += "\n"                        # an unclosed quote keeps the newline
        argv = head + split_params(s, line, len(head) + 2)
        p = self.parse(argv, restore_line=line, table=self.curtable)
        if p.skip:
            return
        if p.help:
            from .cli.help import full_help
            self.out.append(full_help(p, PROG))
            raise RestoreExit(0)
        if p.version:
            self.out.append(p.version.replace("iptables v", f"{PROG} v") + "\n")
            raise RestoreExit(0)
        if self.verbose and not self.noflush:
            p.verbose += 1
        t = self.rs.tables[self.curtable]
        before = len(t.chains)
        try:
            do_command(self.rs, p, self.out, check=False, maps=self.maps)
        except ParamError:
            raise
        except IptablesError as e:
            if e.status == PARAMETER_PROBLEM:
                raise ParamError(e.message) from None
            raise self.failed() from None
        if changes_table(p, before, len(t.chains)):
            self.changed = True
        if p.command == _CMD_P and p.options & _OPT_C:
            self.keep.add(p.chain)

    # -- COMMIT ---------------------------------------------------------------------------------
    def commit(self) -> None:
        t = self.rs.tables[self.curtable]
        if self.changed and not self.test:
            try:
                validate(t, self.rs.xtstate)
            except KernelError:
                raise self.failed() from None
            commit_counters(t, tuple(self.keep))
            self.committed[t.name] = t
            release_shared(self.rs)
        self.in_table = False
