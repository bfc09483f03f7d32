"""parse_argv() for many similar lines (iptables-restore): each line *shape* is parsed once.

Two lines have one shape when getopt must split them alike: the same option words (everything
that starts with `-` or `!`), the same -m / -p / -t names and the same kind of -j target, with
any other words (addresses, ports, chain names, comments...) free. For a shape seen before, the
Builder callbacks the full parse made are replayed with this line's words: the same checks and
conversions run in the same order, so the result is the one parse_argv() gives. Any error while
replaying falls back to parse_argv(), whose message and order are the reference.
"""
from __future__ import annotations

from .. import xtables
from ..model import STANDARD_VERDICTS
from ..errors import IptablesError
from .cmdline import Builder, Parsed, StopParse, parse_argv, post_parse, reduce_items, stopped
from .getopt import State

MAX_SHAPES = 4096


class _V:
    """What a replayed callback sees in place of a Token: just `.value`."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class _Recorder(Builder):
    """The Builder, noting each callback with its tokens."""

    def __init__(self):
        super().__init__()
        self.rec: list = []

    def command(self, items):
        self.rec.append(("command", items))
        return super().command(items)

    def match(self, items):
        self.rec.append(("match", items))

    def jump(self, items):
        self.rec.append(("jump", items))
        return super().jump(items)

    def option(self, items):
        self.rec.append(("option", items))
        return super().option(items)

    def extopt(self, items):
        self.rec.append(("extopt", items))
        return super().extopt(items)

    def bang(self, items):
        return None

    def stray(self, items):
        self.rec.append(("stray", items))
        return super().stray(items)


class Shape:
    __slots__ = ("checks", "loads", "target", "ops")


_recorder = _Recorder()
_shapes: dict[tuple, list[Shape]] = {}
_not_targets: set[str] = set()
_METHODS = {name: getattr(Builder, name) for name in ("command", "jump", "option", "extopt")}


def key_of(argv: list[str]) -> tuple:
    return tuple([w if w and w[0] in "-!" else None for w in argv])


def _chain_jump(name: str) -> bool:
    """-j NAME loads nothing: a chain (not a verdict, not a target extension)."""
    if name in _not_targets:
        return True
    if name in STANDARD_VERDICTS or xtables.find_target(name) is not None:
        return False
    _not_targets.add(name)
    return True


def _matches(shape: Shape, argv: list[str]) -> bool:
    for kind, pos, want in shape.checks:
        w = argv[pos]
        if kind == "eq":
            if w != want:
                return False
        elif kind == "comma":
            if ("," in w[1:]) != want:
                return False
        elif not _chain_jump(w):
            return False
    return True


def _shape_of(rec: list, st: State) -> Shape | None:
    """The replayable form of one successful parse, or None when it cannot be replayed."""
    ids = {id(m): k for k, (m, _) in enumerate(st.matches)}
    if st.target is not None:
        ids[id(st.target)] = -1
    checks, ops = [], []
    for meth, items in rec:
        head = items[0].value
        args = []
        for t in items[1:]:
            pos = t.start_pos
            args.append(pos if isinstance(pos, int) and pos >= 0 else (t.value,))
        first = args[0] if args else None
        ext = None
        if meth == "stray":
            return None
        if meth == "match":
            if isinstance(first, int):
                checks.append(("eq", first, items[1].value))
            continue
        if meth == "jump" and isinstance(first, int):
            name = items[1].value
            if st.target is None and name not in STANDARD_VERDICTS:
                checks.append(("chain", first, None))
            else:
                checks.append(("eq", first, name))
        elif meth == "option":
            c = head[0]
            if c in "hV":
                return None
            if c in "pt" and isinstance(first, int):
                checks.append(("eq", first, items[1].value))
            elif c == "c" and isinstance(first, int):
                checks.append(("comma", first, "," in items[1].value[1:]))
        elif meth == "extopt":
            ext = ids[id(head[0])]
        # the items list is made once: a replay sets the values that vary and calls the Builder
        # method, which reads every .value at once and keeps none of the items
        items = [_V(head)] + [_V(a[0] if type(a) is tuple else None) for a in args]
        fill = [(k, a) for k, a in enumerate(args, 1) if type(a) is int]
        ops.append((_METHODS[meth], ext if meth == "extopt" else None, head, items, fill))
    shape = Shape()
    shape.checks = checks
    shape.loads = [(type(m), m.alias_name) for m, _ in st.matches]
    shape.target = type(st.target) if st.target is not None else None
    shape.ops = ops
    return shape


def _replay(shape: Shape, argv: list[str], restore_line: int, table: str | None) -> Parsed:
    p = Parsed()
    if table:
        p.table = table
    st = State.__new__(State)
    st.argv, st.restore_line, st.invert = argv, restore_line, False
    ms = []
    for cls, alias in shape.loads:          # xtables.new_match()
        m = cls()
        if alias:
            m.alias_name = alias
        ms.append(m)
    st.target = target = shape.target() if shape.target is not None else None
    b = _recorder
    b.p, b.st = p, st
    try:
        for fn, ext, head, items, fill in shape.ops:
            if ext is not None:
                items[0].value = (ms[ext] if ext >= 0 else target, head[1], head[2])
            for k, a in fill:
                items[k].value = argv[a]
            fn(b, items)
    finally:
        b.p = b.st = None
    p.matches = ms
    post_parse(p, st)
    return p


def parse_line(argv: list[str], restore_line: int = -1, table: str | None = None) -> Parsed:
    """parse_argv(argv, restore_line, table), replaying the line's shape when it is known."""
    key = key_of(argv)
    shapes = _shapes.get(key)
    if shapes:
        for shape in shapes:
            if _matches(shape, argv):
                try:
                    return _replay(shape, argv, restore_line, table)
                except Exception:
                    return parse_argv(argv, restore_line, table)
    p = Parsed()
    if table:
        p.table = table
    st = State(argv, restore_line)
    _recorder.p, _recorder.st, _recorder.rec = p, st, []
    try:
        reduce_items(st, _recorder)
    except Exception as e:
        # this was the reference parse (the Builder's own callbacks): its error is parse_argv()'s,
        # raised without parsing again, which would repeat what the line printed (LED's warning)
        inner = getattr(e, "orig_exc", e)
        if isinstance(inner, StopParse):
            return stopped(p, st)
        if isinstance(inner, IptablesError):
            raise inner from None
        return parse_argv(argv, restore_line, table)
    finally:
        rec, _recorder.rec = _recorder.rec, []
        _recorder.p = _recorder.st = None
    p.matches = [m for m, _ in st.matches]
    post_parse(p, st)
    shape = _shape_of(rec, st)
    if shape is not None and len(_shapes) < MAX_SHAPES:
        _shapes.setdefault(key, []).append(shape)
    return p
