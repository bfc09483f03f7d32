"""What the pyiptables-replay tests share: emulated namespaces set up through our own commands,
captures written with struct, the commands run as processes (our console scripts forked from the
session's warm server, tests/kernel/ours.py; anything else, or with an environment of its own that
the interpreter reads at start-up, a new process), and store snapshots."""
from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import struct
import subprocess
from pathlib import Path

from kernel import ours
from kernel.capture import csum

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "conntrack-question"

# the lab (../../shared/oracle): left -- fw eth0, fw eth1 -- right
LEFT, FW0 = bytes.fromhex("020000000102"), bytes.fromhex("020000000101")
RIGHT, FW1 = bytes.fromhex("020000000202"), bytes.fromhex("020000000201")
CLIENT, FW_IN, SERVER = "10.0.1.2", "10.0.1.1", "10.0.2.2"


def run(argv, state, input=None, check=False, env=None, **kw):
    fork = env is None and not kw and argv[0] in SCRIPTS
    env = dict(env or os.environ, PYIPTABLES_STATE=str(state), COLUMNS="200")
    env.pop("PYIPTABLES_DEBUG", None)
    if fork:
        rc, out, err = ours.shared().run(argv, input, str(state), env)
        p = subprocess.CompletedProcess(argv, rc, out, err)
    else:
        p = subprocess.run(argv, env=env, input=input, capture_output=True, **kw)
    if check and p.returncode:
        raise AssertionError(f"{argv}: exit {p.returncode}\n{p.stderr.decode(errors='replace')}")
    return p


SCRIPTS = ("pyiptables", "pyiptables-save", "pyiptables-restore", "pyiptables-replay", "pyconntrack", "pyip", "pysysctl")


def make_host(state) -> None:
    """The sample's firewall host: the commands of samples/conntrack-question/host.sh (test_sample_run_sh
    runs the script itself)."""
    for line in (SAMPLE / "host.sh").read_text().splitlines():
        argv = [w for w in shlex.split(line, comments=True) if w != ">/dev/null"]
        if argv and argv[0] in SCRIPTS:
            run(argv, state, check=True)


def iptables(state, *rules) -> None:
    for r in rules:
        run(["pyiptables", *r.split()] if isinstance(r, str) else ["pyiptables", *r], state, check=True)


def clone(src, dst) -> Path:
    shutil.copytree(src, dst)
    return Path(dst)


def snapshot(state) -> tuple:
    """What a user sees of the store (counters, conntrack table) and its files' bytes."""
    save = run(["pyiptables-save", "-c"], state, check=True).stdout
    save = b"\n".join(x for x in save.splitlines() if not x.startswith(b"#"))
    ct = run(["pyconntrack", "-L"], state)
    return save, ct.stdout, ct.returncode, store_files(state)


def store_files(state) -> dict:
    out = {}
    for p in sorted(Path(state).iterdir()):
        if p.is_file() and p.name != "lock":
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# -- packets -----------------------------------------------------------------------------------------
def aton(a: str) -> bytes:
    return bytes(int(x) for x in a.split("."))


def ip(src, dst, proto, l4: bytes, ttl=64, ident=1, tos=0) -> bytes:
    h = bytearray(struct.pack("!BBHHHBBH4s4s", 0x45, tos, 20 + len(l4), ident, 0x4000, ttl, proto, 0,
                              aton(src), aton(dst)))
    h[10:12] = struct.pack("!H", csum(bytes(h)))
    return bytes(h) + l4


def _l4csum(src, dst, proto, l4: bytes, at: int) -> bytes:
    pseudo = aton(src) + aton(dst) + struct.pack("!BBH", 0, proto, len(l4))
    c = csum(pseudo + l4)
    return l4[:at] + struct.pack("!H", c) + l4[at + 2:]


def tcp(src, dst, sport, dport, flags="S", seq=1000, ack=0, data=b"", **kw) -> bytes:
    bits = sum(1 << "FSRPAUEC".index(c) for c in flags)
    l4 = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, bits, 64240, 0, 0) + data
    return ip(src, dst, 6, _l4csum(src, dst, 6, l4, 16), **kw)


def udp(src, dst, sport, dport, data=b"x" * 8, **kw) -> bytes:
    l4 = struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data
    return ip(src, dst, 17, _l4csum(src, dst, 17, l4, 6), **kw)


def icmp_echo(src, dst, ident=7, seq=1, reply=False, **kw) -> bytes:
    l4 = bytearray(struct.pack("!BBHHH", 0 if reply else 8, 0, 0, ident, seq) + b"p" * 32)
    l4[2:4] = struct.pack("!H", csum(bytes(l4)))
    return ip(src, dst, 1, bytes(l4), **kw)


def eth(payload: bytes, src=LEFT, dst=FW0, ethertype=0x0800) -> bytes:
    return dst + src + struct.pack("!H", ethertype) + payload


def pcap(frames, t0=1_700_000_000.0, step=0.01, linktype=1) -> bytes:
    """A classic pcap (microseconds) of `frames`: bytes, or (time offset, bytes)."""
    out = bytearray(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, linktype))
    for i, f in enumerate(frames):
        dt, f = f if isinstance(f, tuple) else (i * step, f)
        t = t0 + dt
        sec = int(t)
        usec = int(round((t - sec) * 1e6))
        out += struct.pack("<IIII", sec, usec, len(f), len(f)) + f
    return bytes(out)


def ssh_conversation(sport=40000):
    """Client -> fw:22 handshake and a data segment each way (the host's replies leave by eth0)."""
    return [eth(tcp(CLIENT, FW_IN, sport, 22, "S", seq=100)),
            eth(tcp(FW_IN, CLIENT, 22, sport, "SA", seq=500, ack=101), src=FW0, dst=LEFT),
            eth(tcp(CLIENT, FW_IN, sport, 22, "A", seq=101, ack=501)),
            eth(tcp(CLIENT, FW_IN, sport, 22, "PA", seq=101, ack=501, data=b"hello")),
            eth(tcp(FW_IN, CLIENT, 22, sport, "PA", seq=501, ack=106, data=b"world"), src=FW0, dst=LEFT)]
