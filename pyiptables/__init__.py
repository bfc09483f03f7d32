"""pyiptables: an offline, root-free emulator of Linux netfilter."""

__version__ = "0.1.0"
IPTABLES_VERSION = "1.8.9"


def _sigint_as_c_tools() -> None:
    """Run as one of our console scripts, Ctrl-C ends the process the moment it comes, as it ends
    the C tools: no KeyboardInterrupt traceback from the imports, and a shell script around us stops
    too (bash carries on after a child that exits 130). The store is safe: a commit is one rename.
    pyiptables-replay and conntrack -E install their own handlers."""
    import os
    import sys
    if os.path.basename(getattr(sys, "argv", [""])[0] or "") in (
            "pyiptables", "pyiptables-save", "pyiptables-restore", "pyiptables-replay", "pyconntrack", "pyip",
            "pysysctl"):
        import signal
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
        except ValueError:          # not the main thread: not a console script's start
            pass


_sigint_as_c_tools()
