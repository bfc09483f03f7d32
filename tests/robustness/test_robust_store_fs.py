"""The state directory on a read-only or a full file system (a private tmpfs in a mount namespace
of its own): what only reads works (iptables-legacy too takes its lock through an existing
/run/xtables.lock on a read-only /run), what writes fails with the store's one line, exit 4, and
nothing changes."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

import robust_support as rs

READS = [("pyiptables", ["-S"]), ("pyiptables", ["-L", "-n", "-v"]), ("pyiptables-save", ["-c"]),
         ("pyconntrack", ["-L"]), ("pyip", ["addr"]), ("pysysctl", ["net.ipv4.ip_forward"])]
WRITES = [("pyiptables", ["-A", "INPUT", "-j", "DROP"]), ("pyiptables", ["-t", "raw", "-F"]),
          ("pyconntrack", ["-F"]), ("pyip", ["link", "add", "eth9", "type", "dummy"]),
          ("pysysctl", ["-w", "net.ipv4.ip_forward=0"])]
# runs as root in its own mount namespace: mount a tmpfs on $1, copy the state in, then $2 (ro|full)
SCRIPT = r"""
set -e
mount -t tmpfs -o size=1m tmpfs "$1"
cp -a "$3" "$1/state"
if [ "$2" = ro ]; then mount -o remount,ro "$1"; else dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null || true; fi
shift 3
for cmd in "$@"; do
    sh -c "$cmd" >"$OUT/$i.out" 2>"$OUT/$i.err" && echo 0 >"$OUT/$i.rc" || echo $? >"$OUT/$i.rc"
    i=$((i + 1))
done
cp -a "$STATE_COPY_FROM/state" "$OUT/after" 2>/dev/null || true
"""


def quoted(prog, args):
    import shlex
    return " ".join(shlex.quote(w) for w in [rs.script(prog), *args])


@pytest.mark.parametrize("fs", ["ro", "full"])
def test_state_on_a_read_only_or_full_file_system(fs, tmp_path):
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare(1) for a private tmpfs")
    state = rs.fresh_state(tmp_path)
    mnt, out = tmp_path / "mnt", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    cmds = [quoted(p, a) for p, a in READS + WRITES]
    env = rs.env_for(mnt / "state")
    env.update(OUT=str(out), i="0", STATE_COPY_FROM=str(mnt))
    p = subprocess.run(["unshare", "-m", "sh", "-c", SCRIPT, "sh", str(mnt), fs, str(state), *cmds],
                       capture_output=True, env=env, timeout=120)
    if p.returncode:
        pytest.skip(f"no private tmpfs here: {p.stderr.decode(errors='replace').strip()}")
    for i, (prog, args) in enumerate(READS + WRITES):
        rc = int((out / f"{i}.rc").read_text())
        err = (out / f"{i}.err").read_text(errors="replace")
        what = f"{prog} {' '.join(args)} on a {fs} state directory"
        assert rs.TRACEBACK.search(err) is None, f"{what}: {err}"
        if (prog, args) in READS:
            want = rs.run(prog, args, state)
            assert (rc, rs.mask_dates((out / f"{i}.out").read_text(errors="replace"))) == \
                (want.rc, rs.mask_dates(want.out)), f"{what}: {err}"
        else:
            assert rc == 4 and err.splitlines()[-1].startswith("pyiptables: cannot write state store"), f"{what}: {err}"
    assert rs.store_bytes(out / "after") == rs.store_bytes(state)
