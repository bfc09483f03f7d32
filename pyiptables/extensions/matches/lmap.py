"""libxtables' id <-> name maps read from iproute2 files (xtables_lmap_init), and the value[/mask]
parser that consults one (xtables_parse_val_mask): devgroup reads /etc/iproute2/group, realm
/etc/iproute2/rt_realms."""
from __future__ import annotations

from functools import lru_cache

from ...xtables import ParamError
from ...xtoptions import strtoul_end

_SPACE = " \t\n\v\f\r"


@lru_cache(maxsize=None)
def lmap(path: str):
    """[(id, name)] in file order, or None when the file cannot be read. A line is an id (decimal,
    or hex after `0x`) in 0..255, blanks, and a name; comments, blank lines and anything else are
    skipped."""
    try:
        with open(path, "rb") as f:
            lines = f.read().decode("utf-8", "surrogateescape").split("\n")
    except OSError:
        return None
    out = []
    for line in lines:
        cur = line.lstrip(_SPACE)
        if not cur or cur[0] == "#":
            continue
        hexa = cur.startswith("0x")
        i = 2 if hexa else 0
        digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
        j = i
        while j < len(cur) and cur[j] in digits:
            j += 1
        if j == i or j >= len(cur) or cur[j] not in _SPACE:
            continue
        ident = int(cur[i:j], 16 if hexa else 10)
        if ident > 255:
            continue
        rest = cur[j:].lstrip(_SPACE)
        if not rest or rest[0] == "#":
            continue
        k = 0
        while k < len(rest) and rest[k] not in _SPACE:
            k += 1
        out.append((ident, rest[:k]))
    return out


def id2name(path: str, ident: int) -> str | None:
    for i, name in lmap(path) or ():
        if i == ident:
            return name
    return None


def parse_val_mask(arg: str, ext_name: str, opt_name: str, path: str | None) -> tuple[int, int]:
    """xtables_parse_val_mask(): value[/mask] (mask defaults to all ones), each a 32-bit number;
    a word that is no number (or not followed by `/`) is looked up by name in the map at `path`."""
    bad = ParamError(f'{ext_name}: bad integer value for option "--{opt_name}", or out of range.\n')
    names = lmap(path) if path else None
    v, end = strtoul_end(arg)
    if v is not None and v <= 0xFFFFFFFF:
        if end == len(arg):
            return v, 0xFFFFFFFF
        if arg[end] == "/":
            m, e2 = strtoul_end(arg[end + 1:])
            if m is None or m > 0xFFFFFFFF:
                raise bad
            if end + 1 + e2 == len(arg):
                return v, m
            raise ParamError(f'{ext_name}: trailing garbage after value for option "--{opt_name}".\n')
        if names is None:
            raise ParamError(f'{ext_name}: trailing garbage after value for option "--{opt_name}".\n')
    elif names is None:
        raise bad
    for ident, name in names:
        if name == arg:
            return ident, 0xFFFFFFFF
    raise ParamError(f"{ext_name}: could not map name {arg} to an integer value for option \"--{opt_name}\".\n")
