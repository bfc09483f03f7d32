"""connlabel.conf against the real tools: iptables-legacy's connlabel match and conntrack's label
options read it through libnetfilter_conntrack's label map. Each case runs a script twice in a
private mount namespace whose /etc is a copy holding a crafted xtables/connlabel.conf: once with
the real tools in a fresh network namespace (unshare -n), once with our console scripts on a fresh
store. Everything printed (stdout and stderr, in order, with each exit status) must be the same,
conntrack's timeout column masked (it ticks while the real commands run)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

import pytest

NEEDS = ("unshare", "iptables-legacy", "conntrack")
pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or any(shutil.which(t) is None for t in NEEDS),
    reason="needs root (mount and network namespaces) and " + ", ".join(NEEDS))

CONFS = {
    "basic": "0 eth0-in\n1 eth1-in\n# c\n 2 spaced\n0x3 hexbit\n4\tTABBED name\n5 dup\n6 dup\n127 last\n128 toobig\n",
    "bases-blanks": "7 first\n7 second\n010 octal\n-1 neg\n9\n 11   trailing   \n12 name # comment\n#13 commented\n"
                    "  # 14 spacedcomment\n15name glued\n16 x\r\n200 big\n17 a b  c\n0x12 hx\n",
    "characters": "1 a#b\n2 a.b\n3 a/b\n4 a,b\n5 _x\n6 -y\n7 a\"b\n8 a:b\n9 n!m\n10 \u00e9t\u00e9\n11 a\tb\n12\tTab\n13 \n"
                  "14 x y #\n1000 huge\n1023 kk\n1024 k\n20 same\n21 same\n+22 plus\n08 oct-bad\n",
    "no-labels": "# nothing\n9\n",
}
LABELS = ["eth0-in", "eth1-in", "spaced", "hexbit", "TABBED", "TABBED name", "dup", "last", "toobig", "first",
          "second", "octal", "neg", "trailing", "name", "name # comment", "glued", "name glued", "x", "big",
          "a b  c", "hx", "a#b", "a.b", "_x", "-y", "a:b", "Tab", "huge", "kk", "k", "same", "plus",
          "8 oct-bad", "3", "21", "nosuch"]
IPTABLES = "".join(f"$IPT -A INPUT -m connlabel --label '{label}'\n" for label in LABELS) + \
    "$IPT -S\n$IPT -L -n\n$IPT -L INPUT\n"
CONNTRACK = """$IPT -A INPUT -m connlabel --label 1
$CT -I -p tcp -s 1.1.1.1 -d 2.2.2.3 --sport 1 --dport 2 --state SYN_SENT -t 100 --label-add eth0-in
$CT -I -p udp -s 1.1.1.1 -d 2.2.2.4 --sport 1 --dport 2 -t 100
$CT -L -o labels -p tcp
$CT -L -o labels -p udp
$CT -U -s 1.1.1.1 -p tcp --label-add hexbit
$CT -L -l hexbit
$CT -U -s 1.1.1.1 -p tcp --label-add hexbit
$CT -U -s 1.1.1.1 --label-del eth0-in
$CT -L -o labels,extended -p tcp
$CT -U -s 1.1.1.1 --label-del
$CT -U -s 1.1.1.1 --label-del
$CT -U -s 1.1.1.1 -p udp --label-add 'TABBED name',spaced
$CT -U -s 1.1.1.1 --label-add eth1-in -l eth0-in
$CT -L -o labels -p udp
$CT -L -l nosuch
"""
CONNTRACK_NO_RULE = """$CT -I -p tcp -s 1.1.1.1 -d 2.2.2.3 --sport 1 --dport 2 --state SYN_SENT -t 100 --label-add eth0-in
$CT -L -o labels
$IPT -A INPUT -m connlabel --label 1
$CT -U -s 1.1.1.1 --label-add hexbit
$CT -U -s 1.1.1.1 --label-del hexbit
$CT -U -s 1.1.1.1 --label-del
$CT -I -p tcp -s 1.1.1.2 -d 2.2.2.3 --sport 1 --dport 2 --state SYN_SENT -t 100
$CT -U -s 1.1.1.2 --label-del hexbit
$CT -U -s 1.1.1.2 --label-add hexbit
$CT -U -s 1.1.1.2 --label-del eth0-in
$CT -U -s 1.1.1.2 --label-del eth0-in -m 7
"""
CASES = [(conf, "iptables", IPTABLES) for conf in CONFS] + [("basic", "conntrack", CONNTRACK),
                                                             ("basic", "conntrack-no-rule", CONNTRACK_NO_RULE)]
TIMEOUT = re.compile(r"^((?:ipv4 +2 +)?[a-z]+ +\d+ )\d+ ", re.M)


def _run(etc: str, script: str, real: bool, tmp: str) -> str:
    if real:
        env = dict(os.environ, IPT="iptables-legacy", CT="conntrack",
                   XTABLES_LOCKFILE=os.path.join(tmp, "xtables.lock"), E=os.path.join(tmp, "stderr"))
        inner = ["unshare", "-n", "sh", "-c", script]
    else:
        env = dict(os.environ, IPT="pyiptables", CT="pyconntrack", PYIPTABLES_STATE=os.path.join(tmp, "state"),
                   E=os.path.join(tmp, "stderr"))
        inner = ["sh", "-c", script]
    cmd = ["unshare", "-m", "sh", "-c", 'mount --bind "$0" /etc && exec "$@"', etc, *inner]
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    return TIMEOUT.sub(r"\1T ", r.stdout.decode("utf-8", "replace"))


@pytest.mark.parametrize("conf,name,script", CASES, ids=[f"{c}-{n}" for c, n, _ in CASES])
def test_connlabel_conf_like_the_real_tools(conf, name, script):
    with tempfile.TemporaryDirectory(prefix="pyipt-connlabel-") as tmp:
        etc = os.path.join(tmp, "etc")
        subprocess.run(["cp", "-a", "/etc", etc], check=True)
        os.makedirs(os.path.join(etc, "xtables"), exist_ok=True)
        with open(os.path.join(etc, "xtables", "connlabel.conf"), "w", encoding="utf-8") as f:
            f.write(CONFS[conf])
        # each command's stdout, then its stderr, then its status: how the two streams of one
        # command interleave in a shared pipe depends on stdio buffering, not on what they say
        script = 'run() { "$@" 2>"$E"; rc=$?; echo "-- stderr:"; cat "$E"; echo "-- rc=$rc"; }\n' + "".join(
            f"run {line}\n" for line in script.splitlines())
        real = _run(etc, script, True, tmp)
        ours = _run(etc, script, False, tmp)
    assert ours == real
