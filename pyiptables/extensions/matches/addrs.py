"""Address text as libxtables prints it in extension output (not a match: no register())."""
from __future__ import annotations

from functools import lru_cache

from ...packet import ntoa
from ...xtoptions import mask_to_cidr


def ipmask_to_numeric(mask: int) -> str:
    """xtables_ipmask_to_numeric: "" for /32, "/N" when contiguous, else "/dotted"."""
    cidr = mask_to_cidr(mask)
    if cidr == 32:
        return ""
    return f"/{cidr}" if cidr >= 0 else f"/{ntoa(mask)}"


@lru_cache(maxsize=1024)
def ipaddr_to_anyname(addr: int) -> str:
    """xtables_ipaddr_to_anyname: getnameinfo() (numeric when there is no name)."""
    import socket           # here: -n listings and saves need no resolver
    try:
        return socket.getnameinfo((ntoa(addr), 0), 0)[0]
    except (socket.gaierror, OSError):
        return ntoa(addr)


def addr_text(addr: int, numeric: bool) -> str:
    return ntoa(addr) if numeric else ipaddr_to_anyname(addr)
