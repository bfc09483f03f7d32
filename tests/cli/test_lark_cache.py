"""parse/_lark.py: the grammars are parsed by lark's standalone runtime, generated once and kept in
the temporary directory; the parse is the same whichever way the parser was made (generated now,
loaded from the cache, or the lark package itself when nothing can be cached), and a cache file
that is damaged, or that someone else could have written, is never used."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# a command line per kind of item, an error found by the lexer, one found by the builder, and a
# restore file: what each parse gives (or its error), and which runtime made it
PROBE = r"""
import sys
from pyiptables.parse import _lark
from pyiptables.parse.cmdline import parse_argv
from pyiptables.restore import items, normalize

def outcome(argv):
    try:
        p = parse_argv(argv)
        return ("ok", p.command, p.chain, p.options, p.invflags, p.proto, p.jumpto,
                [m.save() for m in p.matches], p.target and p.target.save())
    except Exception as e:
        return (type(e).__name__, getattr(e, "message", str(e)))

out = [outcome(a.split()) for a in (
    "iptables -A INPUT -s 10.0.0.1 ! -p tcp -j ACCEPT",
    "iptables -t nat -A PREROUTING -p tcp -m tcp --dport 80 ! --sport 1:2 -j DNAT --to-destination 1.2.3.4",
    "iptables -A INPUT -m comment --comment x -m conntrack --ctstate NEW -g FOO",
    "iptables -L -n -v --line-numbers",
    "iptables -A INPUT --bogus",
    "iptables -A INPUT -p tcp -p udp",
    "iptables -A INPUT ! ! -s 1.2.3.4",
    "iptables",
)]
text, no_nl = normalize(b"# c\n*filter\n:INPUT DROP [1:2]\n-A INPUT -j ACCEPT\n-A INPUT -j DROP\nCOMMIT\n\n*nat\nCOMMIT")
out.append(list(items(text)))
print(repr(out))
print(type(_lark.runtime()).__name__, _lark.runtime().__name__)
"""


def probe(tmpdir) -> tuple[str, str]:
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONPATH": ROOT}
    r = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert not r.stderr
    result, runtime = r.stdout.splitlines()
    return result, runtime


def cache_files(tmpdir) -> list[str]:
    return sorted(n for n in os.listdir(tmpdir) if n.startswith(".pyiptables-lark-"))


def test_generated_then_cached(tmp_path):
    first, runtime = probe(tmp_path)
    assert runtime == "module pyiptables.parse._lark_runtime"
    files = cache_files(tmp_path)
    assert len(files) == 3                              # the runtime and the two grammars' tables
    for name in files:
        assert os.stat(tmp_path / name).st_mode & 0o777 == 0o600
    stamps = {n: os.stat(tmp_path / n).st_mtime_ns for n in files}
    assert probe(tmp_path) == (first, runtime)
    assert {n: os.stat(tmp_path / n).st_mtime_ns for n in cache_files(tmp_path)} == stamps   # read, not rewritten


@pytest.mark.parametrize("damage", ["truncated", "garbage", "group-writable"])
def test_bad_cache_file_is_rebuilt(tmp_path, damage):
    want = probe(tmp_path)
    for name in cache_files(tmp_path):
        path = tmp_path / name
        if damage == "truncated":
            path.write_bytes(path.read_bytes()[:100])
        elif damage == "garbage":
            path.write_bytes(b"\x00" * 64)
        else:
            os.chmod(path, 0o620)
    assert probe(tmp_path) == want
    for name in cache_files(tmp_path):
        assert os.stat(tmp_path / name).st_mode & 0o777 == 0o600


def test_nothing_writable_parses_with_the_lark_package(tmp_path):
    want, _ = probe(tmp_path)
    got, runtime = probe(tmp_path / "missing")
    assert got == want
    assert runtime == "module lark"
