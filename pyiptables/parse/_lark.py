"""lark for pyiptables: LALR parsers of grammar/*.lark, run by lark's standalone parser runtime.

Importing the lark package costs a command ~25 ms (its grammar compiler, the Earley parser...),
while parsing needs only lark's LALR runtime and each grammar's tables: what lark.tools.standalone
writes out. The first command after a grammar, lark or Python changes imports lark, builds the
grammar's tables with it and generates the runtime; both are kept in the temporary directory
(the runtime as compiled code), and the other commands load them. One runtime serves every
grammar: the parser of each is the runtime's Lark over that grammar's tables, exactly what the
standalone module's Lark_StandAlone() makes. Where nothing can be written, the lark package
itself parses.

A cache file is written atomically, and read only when this user wrote it and nobody else can
change it (the runtime is code); any problem with one is a silent rebuild, never a traceback.
lark uses the optional `regex` module when it is installed, and importing that costs as much
again; our grammars need nothing beyond `re`, so lark does not see it (it stays importable).
"""
from __future__ import annotations

import marshal
import os
import sys
import types
import zlib
from functools import lru_cache

FORMAT = "1"                    # of the cache files


def _without_regex(fn, *args):
    """fn(*args) while `import regex` fails (for lark, which then uses re)."""
    missing = object()
    saved = sys.modules.get("regex", missing)
    sys.modules["regex"] = None
    try:
        return fn(*args)
    finally:
        if saved is missing:
            sys.modules.pop("regex", None)
        else:
            sys.modules["regex"] = saved


def _lark():
    import importlib
    return _without_regex(importlib.import_module, "lark")


@lru_cache(maxsize=None)
def _versions() -> tuple:
    """What the cache files depend on besides the grammar: Python, and the lark installed (its
    package file, found without importing it)."""
    from importlib.machinery import PathFinder
    spec = PathFinder.find_spec("lark")
    origin = spec.origin if spec is not None else None
    try:
        st = os.stat(origin)
        lark = (origin, st.st_mtime_ns, st.st_size)
    except (TypeError, OSError):
        lark = None
    return FORMAT, sys.implementation.cache_tag, sys.version, lark


def _path(name: str, key: str) -> str:
    tmp = os.environ.get("TMPDIR") or os.environ.get("TEMP") or os.environ.get("TMP")
    if not tmp:
        import tempfile
        tmp = tempfile.gettempdir()
    return os.path.join(tmp, f".pyiptables-lark-{os.getuid()}-{name}-{zlib.crc32(key.encode()):08x}")


def _read(path: str, key: str):
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            # only a file this user wrote and nobody else could change (the runtime is code)
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return None
            saved_key, value = marshal.loads(f.read())
        return value if saved_key == key else None
    except Exception:
        return None


def _write(path: str, key: str, make):
    """make()'s value, kept in path for key; None, without calling make(), when no file can be
    created there."""
    import tempfile
    try:
        fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path), dir=os.path.dirname(path))
    except OSError:
        return None
    value = None
    try:
        value = make()
        with os.fdopen(fd, "wb") as f:
            fd = None
            f.write(marshal.dumps((key, value)))
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):           # ValueError: marshal cannot write it
        pass
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return value


def _generate(parser):
    """lark.tools.standalone's module for a parser (lark's LALR runtime, then the parser's
    tables), compiled."""
    import io

    from lark.tools.standalone import gen_standalone
    out = io.StringIO()
    gen_standalone(parser, out=out)
    return compile(out.getvalue(), "<lark standalone runtime>", "exec")


_runtime: types.ModuleType | None = None
_tables: dict[str, tuple] = {}


def runtime() -> types.ModuleType:
    """lark's LALR runtime, with the Lark and Token of the lark package: the standalone one,
    else (when it cannot be cached) the package itself."""
    global _runtime
    if _runtime is not None:
        return _runtime
    key = repr(("runtime", _versions()))
    path = _path("runtime", key)
    code = _read(path, key)
    if code is None:
        lark = _lark()
        code = _write(path, key, lambda: _generate(lark.Lark("start: WORD\nWORD: /\\w+/\n", parser="lalr")))
        if code is None:
            _runtime = lark
            return lark
    mod = types.ModuleType("pyiptables.parse._lark_runtime")
    # registered while it runs, as an import would be (dataclasses looks its module up)
    sys.modules[mod.__name__] = mod
    try:
        _without_regex(exec, code, mod.__dict__)
    except BaseException:
        sys.modules.pop(mod.__name__, None)
        raise
    _runtime = mod
    return mod


def lalr(grammar_path: str, options: dict | None = None, **runtime_options):
    """The LALR parser (basic lexer) of a grammar file, built with `options` (those lark keeps
    with the tables, e.g. propagate_positions) and given `runtime_options` (transformer)."""
    options = options or {}
    with open(grammar_path, encoding="utf-8") as f:
        grammar = f.read()
    key = repr((grammar, sorted(options.items()), _versions()))
    tables = _tables.get(key)
    if tables is None:
        path = _path(os.path.splitext(os.path.basename(grammar_path))[0], key)
        tables = _read(path, key)
        if tables is None:
            def build():
                from lark.grammar import Rule
                from lark.lexer import TerminalDef
                parser = _lark().Lark(grammar, parser="lalr", lexer="basic", **options)
                return parser.memo_serialize([TerminalDef, Rule])
            tables = _write(path, key, build) or build()
        _tables[key] = tables
    data, memo = tables
    return runtime().Lark._load_from_dict(data, memo, **runtime_options)
