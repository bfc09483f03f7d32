"""pyiptables: the iptables 1.8.9 (legacy) command line over the emulated namespace."""
from __future__ import annotations

import sys

from ..commands import do_command
from ..errors import IptablesError
from ..model import TABLES, Ruleset
from ..parse.cmdline import parse_argv
from ..store import Store
from .common import fail


def run(argv: list[str], store: Store | None = None) -> tuple[int, str]:
    """Run one command line (argv[0] is the program name); returns (status, stdout text).
    Errors are raised as IptablesError; the store is left unchanged by a failing command,
    except that the table it named comes into existence, as iptc_init() does in the kernel."""
    p = parse_argv(argv)
    if p.version:
        return 0, p.version + "\n"
    if p.help:
        from .help import HELP
        return 0, HELP
    store = store or Store()
    out: list[str] = []
    failure = None
    with store.transaction(write=True) as st:
        rs: Ruleset = st.get("rules", Ruleset)
        existed = p.table in rs.tables
        try:
            do_command(rs, p, out)
            if not existed or not p.listing_only:
                st.put("rules")
        except IptablesError as e:
            failure = e
            st.drop("rules")
            if not existed and p.table in TABLES:
                st.get("rules", Ruleset).table(p.table)
                st.put("rules")
    if failure is not None:
        raise failure
    return 0, "".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    argv[0] = "iptables"
    try:
        status, text = run(argv)
    except IptablesError as e:
        sys.exit(fail(e))
    except KeyboardInterrupt:
        sys.exit(130)
    sys.stdout.write(text)
    sys.stdout.flush()
    sys.exit(status)
