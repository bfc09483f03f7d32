"""connlabel.conf, as libnetfilter_conntrack's label map reads it for iptables' connlabel match and
for conntrack's label options and `-o labels` (measured with iptables-legacy 1.8.9 and conntrack
1.4.7 on crafted files):

- a line starting with `#` is skipped; otherwise it starts with a C unsigned long in any base
  (blanks, a sign, 0x, 0 allowed), which must be below 1024, followed by the name (no blank needed
  in between: `15name` is bit 15 named `name`);
- the name is the rest of the line with blanks trimmed at both ends; it may hold only ASCII
  letters, digits, `-` and spaces, else the line is skipped;
- a bit or a name that an earlier line took makes the line skipped.
"""
from __future__ import annotations

from .xtoptions import c_strtoul

CONNLABEL_CONF = "/etc/xtables/connlabel.conf"
MAX_BITS = 1024
_BLANKS = " \t\n\v\f\r"


def _valid(name: str) -> bool:
    return all(c == "-" or c == " " or (c.isascii() and c.isalnum()) for c in name)


def parse(text: str) -> dict[int, str]:
    """{bit: name} of the file's text, in file order."""
    names: dict[int, str] = {}
    taken: set[str] = set()
    for line in text.split("\n"):
        if line.startswith("#"):
            continue
        bit, end = c_strtoul(line)
        if end == 0 or bit >= MAX_BITS:
            continue
        name = line[end:].strip(_BLANKS)
        if not name or not _valid(name) or bit in names or name in taken:
            continue
        names[bit] = name
        taken.add(name)
    return names


def read(path: str = CONNLABEL_CONF) -> dict[int, str]:
    """parse() of the file; OSError when it cannot be opened."""
    with open(path, "rb") as f:
        return parse(f.read().decode("utf-8", "surrogateescape"))
