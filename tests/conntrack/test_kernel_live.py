"""Kernel-differential: each scenario through the real kernel (the oracle's kernel.py, in throwaway
namespaces) and through the Tracker, then compared. Slow (a few seconds per scenario)."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from . import scenarios
from .ctcompare import compare
from .driver import replay


def why_not():
    if os.geteuid() != 0:
        return "kernel-differential conntrack tests need root (ip netns add)"
    for tool in ("ip", "conntrack", "iptables-legacy-restore", "nft"):
        if shutil.which(tool) is None:
            return f"kernel-differential conntrack tests need {tool} in PATH"
    if not os.path.exists(os.path.join(scenarios.ORACLE, "kernel.py")):
        return f"the oracle's kernel.py is not at {scenarios.ORACLE}"
    if os.environ.get("PYIPT_SKIP_KERNEL"):
        return "PYIPT_SKIP_KERNEL is set"
    return None


REASON = why_not()
NAMES = ["tcp_full", "tcp_rst", "tcp_window_liberal0", "tcp_window_liberal1", "tcp_flags_loose0",
         "tcp_flags_loose1", "tcp_simopen_reopen", "tcp_retrans", "udp", "icmp", "timeouts",
         "misc_ignrst0", "misc_ignrst1"]


@pytest.mark.skipif(REASON is not None, reason=REASON or "")
@pytest.mark.parametrize("name", NAMES)
def test_against_live_kernel(tmp_path, name):
    scenarios.build(str(tmp_path), only=[name])
    r = subprocess.run([sys.executable, os.path.join(scenarios.ORACLE, "kernel.py"), str(tmp_path / name)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    k = json.loads(r.stdout)
    _tr, events, listing = replay(str(tmp_path / name))
    k_events = [e.split("\t", 1)[1] for e in k["events"]]
    k_list = [x for x in k["conntrack_text"].splitlines() if x.strip()]
    problems = compare(k_events, k_list, events, listing)
    if name == "timeouts":
        # the host-wide GC may reap a little later than we do: only DESTROY placement may differ
        problems = [p for p in problems if not p.startswith("DESTROY")]
    assert problems == []
