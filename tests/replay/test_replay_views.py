"""The views' fast paths say exactly what the records say (in-process: no console script needed)."""
from __future__ import annotations

import json
import os

from pyiptables.cli import term
from pyiptables.conntrack import Tracker
from pyiptables.host.model import Host
from pyiptables.model import Ruleset
from pyiptables.store import Store
from pyiptables.walk.replay import Replayer

import replay_support as rs
from replay_support import CLIENT, FW_IN, eth, pcap, udp


def test_json_fragments_equal_as_dict(tmp_path):
    state = tmp_path / "state"
    rs.make_host(state)
    rs.iptables(state, "-A INPUT -m conntrack --ctstate NEW -j ACCEPT", "-t raw -A PREROUTING -p udp -j TRACE",
                ["-I", "INPUT", "-p", "udp", "-m", "comment", "--comment", '\x1b[1m q"uote', "-j", "REJECT"])
    cap = tmp_path / "c.pcap"
    cap.write_bytes(pcap(rs.ssh_conversation() + [eth(udp(CLIENT, FW_IN, 5, 6)), eth(b"\0" * 28, ethertype=0x86DD)]))
    with Store(state).transaction(write=False) as st:
        rp = Replayer(st.get("rules", Ruleset), st.get("host", Host), st.get("conntrack", Tracker),
                      trace=True, events=True)
        out = []
        view = term.JsonView(out.append, inline_logs=True)
        n = 0
        for rec in rp.run(str(cap)):
            view.record(rec)
            d = rec.as_dict()
            if rec.logs:
                d["log"] = [str(x) for x in rec.logs]
            got = json.loads(out[-1])
            assert got == d and list(got) == list(d)
            n += 1
    assert n == 7
    assert '"comment": "\\u001b[1m q\\"uote"' in out[5] and '"generated": [{"what": "ICMP port unreachable"' in out[5]


def test_inert():
    assert term.inert("plain text: ünï") == "plain text: ünï"
    assert term.inert("a\x1bb\x07\x9bc\u202ed\n") == "a\\x1bb\\x07\\x9bc\\u202ed\\x0a"
    assert term.inert(b"x\xff".decode("utf-8", "surrogateescape")) == "x\\xff"


def test_gc_paused_during_replay_and_restored(tmp_path, monkeypatch):
    """The cyclic GC is off while frames are walked, the young generations are still collected
    every YOUNG_GC_EVERY + 1 frames, and the GC is back on after the last frame."""
    import gc
    from pyiptables.walk import replay
    state = tmp_path / "state"
    rs.make_host(state)
    rs.iptables(state, "-A INPUT -m conntrack --ctstate NEW -j ACCEPT")
    cap = tmp_path / "c.pcap"
    cap.write_bytes(pcap(rs.ssh_conversation() * 3))
    monkeypatch.setattr(replay, "YOUNG_GC_EVERY", 3)
    collected = []
    monkeypatch.setattr(gc, "collect", lambda gen=2: collected.append(gen) or 0)
    assert gc.isenabled()
    with Store(state).transaction(write=False) as st:
        rp = Replayer(st.get("rules", Ruleset), st.get("host", Host), st.get("conntrack", Tracker))
        seen = [gc.isenabled() for _ in rp.run(str(cap))]
    assert seen and not any(seen) and gc.isenabled()
    assert collected == [1] * (len(seen) // 4)


def test_rich_batches_print_the_same_bytes(tmp_path, monkeypatch):
    """RichView prints BATCH lines per console.print: the terminal gets the bytes it got line by line."""
    import io

    from rich.console import Console
    state = tmp_path / "state"
    rs.make_host(state)
    rs.iptables(state, "-A INPUT -m conntrack --ctstate NEW -j ACCEPT", "-t raw -A PREROUTING -p udp -j TRACE",
                ["-I", "INPUT", "-p", "udp", "-m", "comment", "--comment", "c\x1b[1m", "-j", "REJECT"])
    cap = tmp_path / "c.pcap"
    frames = rs.ssh_conversation() + [eth(udp(CLIENT, FW_IN, 5, 6)), eth(b"\0" * 28, ethertype=0x86DD)]
    cap.write_bytes(pcap(frames * 5))
    def one_by_one(self):              # the reference: each line its own print
        for line in self.batch:
            self.console.print(line, soft_wrap=True)
        self.batch = []
    outs = []
    for batch in (1, 4, 256):
        monkeypatch.setattr(term.RichView, "BATCH", batch)
        console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=60,
                          markup=False, emoji=False, highlight=False)
        view = term.RichView(console, inline_logs=True)
        if batch == 1:
            view.flush = one_by_one.__get__(view)
        with Store(state).transaction(write=False) as st:
            rp = Replayer(st.get("rules", Ruleset), st.get("host", Host), st.get("conntrack", Tracker),
                          trace=True, events=True)
            view.capture("c.pcap")
            for rec in rp.run(str(cap)):
                view.record(rec)
            view.summary(rp.finish())
        outs.append(console.file.getvalue())
    assert "\x1b[" in outs[0] and outs[0].count("\n") > 35
    assert outs[1] == outs[0] and outs[2] == outs[0]


def test_log_lines_reach_the_terminal_with_their_packet(tmp_path):
    """LOG lines go to stderr as the walk writes them (C's stderr is unbuffered): on one terminal,
    each comes right before the row of the packet that logged it, not in a heap at the end."""
    import pty
    import subprocess
    state = tmp_path / "state"
    rs.make_host(state)
    rs.iptables(state, "-A INPUT -p udp -j LOG --log-prefix LOGGED:")
    cap = tmp_path / "c.pcap"
    cap.write_bytes(pcap([eth(udp(CLIENT, FW_IN, 1000 + i, 53)) for i in range(3)]))
    master, slave = pty.openpty()
    env = dict(os.environ, PYIPTABLES_STATE=str(state), COLUMNS="200")
    proc = subprocess.Popen(["pyiptables-replay", str(cap)], stdout=slave, stderr=slave, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:             # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait() == 0
    lines = [line for line in out.decode().splitlines() if "LOGGED:" in line or ":53 udp" in line]
    assert len(lines) == 6, out
    for i in range(3):
        assert lines[2 * i].startswith("LOGGED:") and f"SPT={1000 + i} " in lines[2 * i]
        assert f":{1000 + i} > " in lines[2 * i + 1]
