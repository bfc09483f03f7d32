"""glibc getopt_long, as iptables-save and iptables-restore parse their own options.

Non-options are permuted to the end (so `file -c` reads -c), long options may be abbreviated to
an unambiguous prefix, and the diagnostics are glibc's, prefixed with the program name.
"""
from __future__ import annotations


class GetoptError(Exception):
    """A glibc diagnostic (already formatted, without the trailing newline)."""


class Getopt:
    """Iterate `(option, argument)` pairs; `option` is the short letter (long options map to one).

    shorts: letter -> 0 (no argument) or 1 (required); longs: [(name, has_arg 0/1/2, letter)]
    in declaration order. The caller may consume the next word itself with `take()` (as
    iptables-restore does for -w/-W). `rest` holds the non-option words once iteration ends.
    """

    def __init__(self, prog: str, argv: list[str], shorts: dict[str, int], longs: list):
        self.prog = prog
        self.words = list(argv[1:])
        self.shorts = shorts
        self.longs = longs
        self.i = 0
        self.rest: list[str] = []
        self._cluster = ""

    def peek(self) -> str | None:
        """The next word, as argv[optind] (not permuted yet)."""
        return self.words[self.i] if self.i < len(self.words) and not self._cluster else None

    def take(self) -> str:
        w = self.words[self.i]
        self.i += 1
        return w

    def _skip_nonoptions(self):
        while self.i < len(self.words):
            w = self.words[self.i]
            if w == "--":
                self.i += 1
                self.rest.extend(self.words[self.i:])
                self.i = len(self.words)
                return
            if w[:1] == "-" and len(w) > 1:
                return
            self.rest.append(w)
            self.i += 1

    def __iter__(self):
        return self

    def __next__(self):
        if self._cluster:
            return self._short()
        self._skip_nonoptions()
        if self.i >= len(self.words):
            raise StopIteration
        w = self.take()
        if w[:2] == "--":
            return self._long(w)
        self._cluster = w[1:]
        return self._short()

    def _short(self):
        c, self._cluster = self._cluster[0], self._cluster[1:]
        arity = self.shorts.get(c)
        if arity is None:
            self._cluster = ""
            raise GetoptError(f"{self.prog}: invalid option -- '{c}'")
        if arity == 0:
            return c, None
        if self._cluster:
            arg, self._cluster = self._cluster, ""
            return c, arg
        if self.i >= len(self.words):
            raise GetoptError(f"{self.prog}: option requires an argument -- '{c}'")
        return c, self.take()

    def _long(self, word: str):
        name, eq, attached = word[2:].partition("=")
        exact = [row for row in self.longs if row[0] == name]
        hits = exact or [row for row in self.longs if row[0].startswith(name)]
        if not hits:
            raise GetoptError(f"{self.prog}: unrecognized option '{word}'")
        if len({(h[1], h[2]) for h in hits}) > 1:
            names = " ".join(f"'--{h[0]}'" for h in hits)
            raise GetoptError(f"{self.prog}: option '{word}' is ambiguous; possibilities: {names}")
        full, has_arg, letter = hits[0]
        if eq:
            if has_arg == 0:
                raise GetoptError(f"{self.prog}: option '--{full}' doesn't allow an argument")
            return letter, attached
        if has_arg == 1:
            if self.i >= len(self.words):
                raise GetoptError(f"{self.prog}: option '--{full}' requires an argument")
            return letter, self.take()
        return letter, None
