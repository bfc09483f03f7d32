"""pyconntrack: conntrack-tools 1.4.7's `conntrack` over the emulated namespace's table."""
from __future__ import annotations

import os
import sys

from ..conntrack import Tracker
from ..conntrack import cmdline as C
from ..conntrack.cmdline import OtherError, ParamError, parse_args
from ..errors import IptablesError, StoreError
from ..store import Store

PROG = "conntrack v1.4.7 (conntrack-tools)"
USAGE_HINT = "Try `conntrack -h' or 'conntrack --help' for more information."
EXIT_MSG = {C.CT_LIST: "%d flow entries have been shown.", C.CT_CREATE: "%d flow entries have been created.",
            C.CT_UPDATE: "%d flow entries have been updated.", C.CT_DELETE: "%d flow entries have been deleted.",
            C.CT_GET: "%d flow entries have been shown.", C.EXP_LIST: "%d expectations have been shown.",
            C.EXP_DELETE: "%d expectations have been shown.", C.CT_ADD: "%d flow entries have been added."}


def _store():
    return Store()


def _stats(a, tr):
    from ..conntrack.core import STATS
    if a.cmd == C.EXP_STATS:
        names, vals = ("expect_new", "expect_create", "expect_delete"), tr.expectations.stats
        vals = [vals[k] for k in names]
    else:
        names, vals = STATS, tr.stats
    for cpu in range(os.cpu_count() or 1):
        row = vals if cpu == 0 else [0] * len(names)
        print(f"cpu={cpu:<4}\t" + "".join(f"{k}={v} " for k, v in zip(names, row)))


def _exp_command(a, tr, write):
    from ..conntrack.expect import listing
    if a.cmd == C.EXP_LIST:
        xml = bool(a.output & C.O_XML)
        lines = listing(tr, xml=xml) if a.family != C.AF_INET6 else []
        stamp = ""
        if a.output & C.O_TMS and not xml:
            # nfexp_snprintf's NFCT_OF_TIME: the time of the listing, left-aligned fields
            usec = int(round(tr.now * 1e6))
            stamp = f"[{usec // 1000000:<8d}.{usec % 1000000:<6d}]\t"
        for line in lines:
            print(stamp + line)
        return len(lines) - 2 * bool(a.output & C.O_XML and lines)
    if a.cmd == C.EXP_COUNT:
        print(sum(1 for e in tr.expectations if e.timeout > tr.now))
        return None
    if a.cmd == C.EXP_FLUSH:
        tr.expectations.clear()
        write()
        sys.stderr.write(f"{PROG}: expectation table has been emptied.\n")
        return None
    if a.cmd in (C.EXP_GET, C.EXP_DELETE):
        raise OtherError("Operation failed: No such file or directory")
    raise OtherError("Operation failed: master conntrack not found")


def execute(a, st):
    """do_command_ct(): the command's counter for print_stats, or None when it prints no summary."""
    from ..conntrack import ctcmd
    tr = st.get("conntrack", Tracker)
    from ..conntrack.events import EventLog
    tr.sink = EventLog(st.events_path)
    tr.userspace = [os.getpid(), _progname()]
    if a.cmd in (C.CT_CREATE, C.CT_ADD):
        from ..host.model import Host
        from .replay import SysctlView
        tr.configure(SysctlView(st.get("host", Host)))      # nf_conntrack_max, _events, _acct...
        tr.labels_used = _connlabel_rules(st)
        tr.ecache_begin(tr.sink.listening())

    def write():
        st.put("conntrack", tr)
    try:
        c = a.cmd
        if c in (C.EXP_LIST, C.EXP_COUNT, C.EXP_FLUSH, C.EXP_GET, C.EXP_DELETE, C.EXP_CREATE):
            return _exp_command(a, tr, write)
        if c in (C.CT_STATS, C.EXP_STATS):
            _stats(a, tr)
            return None
        if c == C.CT_COUNT:
            print(sum(1 for _ in tr.entries()))
            return None
        run = {C.CT_LIST: ctcmd.cmd_list, C.CT_GET: ctcmd.cmd_get, C.CT_DELETE: ctcmd.cmd_delete,
               C.CT_UPDATE: ctcmd.cmd_update, C.CT_CREATE: ctcmd.cmd_create, C.CT_ADD: ctcmd.cmd_create,
               C.CT_FLUSH: ctcmd.cmd_flush}[c]
        return run(a, tr, write)
    finally:
        tr.sink.close()


def _connlabel_rules(st) -> bool:
    """Whether a connlabel rule is loaded (nf_connlabels_get): only then do new entries carry labels.
    Read from the rules' save texts, without loading the rules."""
    from ..model import Ruleset
    from ..save import print_effects
    rules = st.get("rules", Ruleset)
    return any(print_effects(c.joined_texts()) for t in rules.tables.values() for c in t.chains.values())


def _progname() -> str:
    """What a listener finds for our netlink socket's owner: the process's name (comm)."""
    try:
        with open("/proc/self/comm") as f:
            return f.read().strip() or "pyconntrack"
    except OSError:
        return "pyconntrack"


def cmd_events(a, store) -> int:
    """conntrack -E: follow events until SIGINT/SIGTERM (cli/conntrack_events.py)."""
    from .conntrack_events import follow
    return follow(a, store, PROG)


def run(argv) -> int:
    a = parse_args(argv)
    for w in a.warnings:
        sys.stderr.write(w + "\n")
    c = a.cmd
    if not a.command:
        sys.stdout.write(C.USAGE)
        return 0
    if c == C.CT_VERSION:
        print(PROG)
        return 0
    if c == C.CT_HELP:
        sys.stdout.write(C.USAGE)
        if a.has("protonum"):
            from ..conntrack.cmdline_proto import help_text
            sys.stdout.write(help_text(a))
        return 0
    store = _store()
    if c in (C.CT_EVENT, C.EXP_EVENT):
        return cmd_events(a, store)
    writes = c in (C.CT_DELETE, C.CT_UPDATE, C.CT_CREATE, C.CT_ADD, C.CT_FLUSH, C.EXP_FLUSH) or \
        (c == C.CT_LIST and a.has("zero"))
    with store.transaction(write=writes) as st:
        n = execute(a, st)
    if c in EXIT_MSG:
        sys.stderr.write(f"{PROG}: " + EXIT_MSG[c] % (n or 0) + "\n")
        if not n and c not in (C.CT_LIST, C.EXP_LIST, C.CT_ADD):     # measured: -A of an existing entry exits 0
            return 1
    return 0


def main(argv=None):
    from .common import std_streams
    std_streams(argv is None)
    argv = sys.argv[1:] if argv is None else argv
    try:
        rc = run(argv)
    except (ParamError, OtherError, IptablesError) as e:
        sys.stdout.flush()
        for w in getattr(e, "warnings", ()):
            sys.stderr.write(w + "\n")
        if isinstance(e, (ParamError, OtherError)):
            sys.stderr.write(f"{PROG}: {e.message}\n")
            if e.status == 2:
                sys.stderr.write(USAGE_HINT + "\n")
        else:
            own = isinstance(e, StoreError) or e.message.startswith(("conntrack", "Another"))
            sys.stderr.write(e.message + "\n" if own else f"{PROG}: {e.message}\n")
        sys.exit(e.status)
    except BrokenPipeError:
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as e:                  # never a traceback: say what broke, change nothing
        if os.environ.get("PYIPTABLES_DEBUG"):
            raise
        sys.stderr.write(f"{PROG}: internal error: {type(e).__name__}: {e}\n")
        sys.exit(1)
    sys.stdout.flush()
    sys.exit(rc)


if __name__ == "__main__":
    main()
