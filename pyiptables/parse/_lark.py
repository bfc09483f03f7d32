"""lark for pyiptables: imported without its optional `regex` module, and parsers cached on disk.

lark uses `regex` when it is installed, and importing it is a quarter of lark's import time on
the command path; our grammars need nothing beyond `re`. `regex` stays importable afterwards.

`cached()` builds a LALR parser once per grammar and keeps it in the temporary directory, as
Lark(cache=True) does, but writes it atomically and stays silent when a cache file cannot be
read: concurrent commands must never see a half-written cache, nor print lark's traceback.
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile

_MISSING = object()
_saved = sys.modules.get("regex", _MISSING)
if "lark" not in sys.modules:
    sys.modules["regex"] = None        # makes `import regex` fail inside lark only
try:
    import lark
    from lark import Lark, Token, Transformer
    from lark.lexer import Lexer
finally:
    if _saved is _MISSING:
        sys.modules.pop("regex", None)
    else:
        sys.modules["regex"] = _saved

__all__ = ["Lark", "Lexer", "Token", "Transformer", "cached"]

# options lark lets a loaded parser take anew (its _LOAD_ALLOWED_OPTIONS)
_RUNTIME = ("transformer", "propagate_positions", "postlex", "lexer_callbacks")


def cached(grammar: str, **options) -> Lark:
    """Lark(grammar, **options), from the on-disk cache when it holds this grammar."""
    built = {k: v for k, v in options.items() if k not in _RUNTIME}
    key = repr((grammar, sorted((k, v if isinstance(v, (str, bool, int)) else f"{v.__module__}.{v.__qualname__}")
                                for k, v in built.items()), lark.__version__, sys.version_info[:2]))
    name = f".pyiptables-lark-{os.getuid()}-{hashlib.sha256(key.encode()).hexdigest()[:24]}.pickle"
    path = os.path.join(tempfile.gettempdir(), name)
    runtime = {k: v for k, v in options.items() if k in _RUNTIME}
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            # a pickle is code: only one this user wrote and nobody else could change
            if st.st_uid == os.getuid() and not st.st_mode & 0o022:
                return Lark.__new__(Lark)._load(f, **runtime)
    except Exception:
        pass
    parser = Lark(grammar, **options)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=name, dir=os.path.dirname(path))
        with os.fdopen(fd, "wb") as f:
            parser.save(f, getattr(lark.lark, "_LOAD_ALLOWED_OPTIONS", set(_RUNTIME)))
        os.replace(tmp, path)
    except Exception:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return parser


class GetoptLarkLexer(Lexer):
    """grammar/iptables.lark's lexer: the getopt lexer's tokens (parse/getopt.py) as lark Tokens."""

    def __init__(self, lexer_conf=None):
        pass

    def lex(self, st, *_):
        from .getopt import GetoptLexer
        for t in GetoptLexer().lex(st):
            yield Token(t.type, t.value, t.start_pos)
