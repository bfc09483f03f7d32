"""pyiptables: the iptables 1.8.9 (legacy) command line over the emulated namespace."""
from __future__ import annotations

import sys
from contextlib import nullcontext

from ..commands import changes_table, commit_counters, do_command
from ..errors import IptablesError
from ..gcpause import gc_paused
from ..model import TABLES, Ruleset
from ..parse.cmdline import CMD, OPT, parse_argv
from ..store import Store
from .common import fail, std_streams

CMD_P, OPT_C = CMD["P"], OPT["c"]


def run(argv: list[str], store: Store | None = None) -> tuple[int, str]:
    """Run one command line (argv[0] is the program name); returns (status, stdout text).
    Errors are raised as IptablesError; the store is left unchanged by a failing command,
    except that the table it named comes into existence, as iptc_init() does in the kernel."""
    p = parse_argv(argv)
    if p.version:
        return 0, p.version + "\n"
    if p.help:
        from .help import full_help
        return 0, full_help(p)
    store = store or Store()
    out: list[str] = []
    failure = None
    # xtables_lock_or_exit(): after the line is parsed; -w N > 0 waits N seconds, else for ever
    with gc_paused(), store.transaction(write=True, wait=p.wait_secs if p.wait_secs > 0 else None) as st:
        rs: Ruleset = st.get("rules", Ruleset)
        existed = p.table in rs.tables
        before = len(rs.tables[p.table].chains) if existed else 0
        noted = nullcontext()
        if p.table == "raw":
            from ..extensions.targets.ct import template_ecache_noted
            noted = template_ecache_noted(rs, st, " ".join(argv))
        try:
            with noted:
                do_command(rs, p, out)
            t = rs.tables[p.table]
            if changes_table(p, before, len(t.chains)):
                keep = (p.chain,) if p.command == CMD_P and p.options & OPT_C else ()
                commit_counters(t, keep)
            if not existed or not p.listing_only:
                st.put("rules")
        except IptablesError as e:
            failure = e
            st.drop("rules")
            if not existed and p.table in TABLES:
                st.get("rules", Ruleset).table(p.table)
                st.put("rules")
    if failure is not None:
        failure.stdout = "".join(out)     # what was printed before the failure (-v rule lines)
        raise failure
    return 0, "".join(out)


def main(argv: list[str] | None = None) -> int:
    entry = argv is None
    std_streams(entry)
    argv = list(sys.argv if argv is None else argv)
    argv[0] = "iptables"
    try:
        status, text = run(argv)
    except IptablesError as e:
        sys.stdout.write(getattr(e, "stdout", ""))
        sys.exit(fail(e, entry=entry))
    except KeyboardInterrupt:
        sys.exit(130)
    sys.stdout.write(text)
    sys.stdout.flush()
    sys.exit(status)
