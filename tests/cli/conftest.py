"""The two sides of the differential CLI tests: `real`, the real iptables-legacy tools in a fresh
network namespace of the kernel lab (tests/kernel/lab.py), run under the names users type (so
messages say `iptables-restore: ...` as on a distribution's iptables); `ours`, our entry points
in this process over a fresh state directory. Both: run(argv, input=b"") -> (rc, stdout, stderr)."""
from __future__ import annotations

import contextlib
import io

import pytest


class Real:
    def __init__(self, netns):
        self.netns = netns
        netns.renew()

    def run(self, argv: list[str], input: bytes = b"") -> tuple[int, str, str]:
        rc, out, err = self.netns.run(argv, input)
        return rc, out.decode("utf-8", "surrogateescape"), err.decode("utf-8", "surrogateescape")


class Ours:
    def __init__(self, state_dir):
        from pyiptables.store import Store
        self.store = Store(state_dir)

    def run(self, argv: list[str], input: bytes = b"") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):      # warnings extensions write straight to stderr
            rc = self._run(argv, input, out, err)
        return rc, out.getvalue(), err.getvalue()

    def _run(self, argv, input, out, err) -> int:
        from pyiptables.cli import iptables, restore, save
        from pyiptables.cli.common import error_text
        from pyiptables.errors import IptablesError
        from pyiptables.extensions.targets import tgutil
        tgutil._probe_failed.clear()        # each command is a new process: its probe warnings again
        name = argv[0]
        if name == "iptables-restore":
            rc = restore.run(argv, self.store, stdin=io.BytesIO(input), stdout=out, stderr=err)
        elif name == "iptables-save":
            rc = save.run(argv, self.store, stdout=out, stderr=err)
        else:
            try:
                rc, text = iptables.run(argv, self.store)
                out.write(text)
            except IptablesError as e:
                rc = e.status
                out.write(getattr(e, "stdout", ""))
                err.write(error_text(e))
        return rc


@pytest.fixture
def real(real_netns):
    """A brand-new namespace for this test."""
    return Real(real_netns)


@pytest.fixture
def ours(tmp_path):
    return Ours(tmp_path / "state")
