"""lark, imported without its optional `regex` module.

lark uses `regex` when it is installed, and importing it is a quarter of lark's import time on
the command path; our grammars need nothing beyond `re`. `regex` stays importable afterwards.
"""
from __future__ import annotations

import sys

_MISSING = object()
_saved = sys.modules.get("regex", _MISSING)
if "lark" not in sys.modules:
    sys.modules["regex"] = None        # makes `import regex` fail inside lark only
try:
    from lark import Lark, Token, Transformer
    from lark.lexer import Lexer
finally:
    if _saved is _MISSING:
        sys.modules.pop("regex", None)
    else:
        sys.modules["regex"] = _saved

__all__ = ["Lark", "Lexer", "Token", "Transformer"]
