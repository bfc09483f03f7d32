"""pyiptables-replay: walk every packet of captures through the emulated namespace."""
from __future__ import annotations

import json
import sys

import click

from ..errors import IptablesError
from ..model import Ruleset
from ..store import Store
from .common import fail


class SysctlView:
    """The `get(key) -> str` mapping the tracker reads its nf_conntrack_* settings from."""

    def __init__(self, host):
        self.host = host

    def get(self, key):
        try:
            return self.host.sysctl(key)
        except Exception:
            return None


def open_log(path):
    if path is None or path == "-":
        return sys.stderr, False
    return open(path, "a", buffering=1), True


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("captures", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--in", "force_in", metavar="IFACE", help="Treat every frame as received on IFACE.")
@click.option("--log", "log_path", metavar="FILE", help="Where LOG/TRACE lines go (default: stderr).")
@click.option("--trace", is_flag=True, help="Print every rule each packet traverses, like the TRACE target.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per packet instead of the table.")
@click.option("--events", is_flag=True, help="Print conntrack events inline, as `conntrack -E` would.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
def replay(captures, force_in, log_path, trace, as_json, events, quiet):
    """Replay CAPTURES (pcap or pcapng) through the namespace in PYIPTABLES_STATE."""
    from ..conntrack import Tracker
    from ..conntrack.events import EventLog
    from ..host.model import Host
    from ..walk.replay import Replayer
    from . import term

    store = Store()
    out = term.Output(sys.stdout, as_json=as_json, quiet=quiet)
    logf, close_log = open_log(log_path)

    def log(line):
        text = line[1] if isinstance(line, tuple) else line
        logf.write(text.rstrip("\n") + "\n")

    tracer = term.tracer(out) if trace else None
    with store.transaction(write=True) as st:
        rules: Ruleset = st.get("rules", Ruleset)
        host = st.get("host", Host)
        tracker = st.get("conntrack", Tracker)
        tracker.configure(SysctlView(host))
        sinks = [EventLog(store.events_path)]
        if events:
            sinks.append(out.event)
        tracker.sink = lambda ev: [s(ev) for s in sinks]
        rp = Replayer(rules, host, tracker, log=log, trace=tracer, force_in=force_in)
        try:
            for path in captures:
                for rec in rp.run(path):
                    out.record(rec)
        except IptablesError:
            st.drop("rules")
            st.drop("conntrack")
            raise
        finally:
            sinks[0].close()
            if close_log:
                logf.close()
        st.put("rules")
        st.put("conntrack")
    out.summary(rp.summary, rp.never_hit(rules))


def main(argv=None):
    try:
        replay.main(args=argv, prog_name="pyiptables-replay", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        sys.exit(130)
    except IptablesError as e:
        sys.stderr.write(f"pyiptables-replay: {e.message}\n")
        sys.exit(e.status or 1)
    sys.exit(0)
