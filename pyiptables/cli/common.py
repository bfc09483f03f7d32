"""What every entry point shares: error text as the real tools print it, and the exit."""
from __future__ import annotations

import sys

from ..errors import VERSION_PROBLEM, IptablesError, StoreError
from ..xtables import KernelError, ParamError


def error_text(e: IptablesError, prog: str = "iptables") -> str:
    """The bytes iptables writes to stderr for this failure."""
    if isinstance(e, ParamError):
        head = f"{prog} v1.8.9 (legacy): {e.message}" if e.banner else e.message
        return f"{head}\nTry `{prog} -h' or '{prog} --help' for more information.\n"
    if isinstance(e, StoreError):
        return e.message + "\n"
    if e.status == VERSION_PROBLEM:
        return f"{prog} v1.8.9 (legacy): {e.message}\n"
    return f"iptables: {e.message}\n"


def fail(e: IptablesError, prog: str = "iptables") -> int:
    sys.stdout.flush()
    sys.stderr.write(error_text(e, prog))
    sys.stderr.flush()
    return e.status
