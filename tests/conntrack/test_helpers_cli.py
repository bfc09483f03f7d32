"""The whole CLI chain with a helper, as a user (and the oracle's emulator.py) runs it: pyip/pysysctl
set the lab host up, pyiptables-restore loads a scenario's rules (raw CT --helper ftp), and
pyiptables-replay plays its capture; then `pyconntrack -L/-C/-F expect` and `-E expect` print what
conntrack 1.4.7 printed on the kernel lab (helpers_ref/). One-shot commands fork from the session's
warm server (tests/kernel/ours.py); the listeners are new processes."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from kernel import ours

HERE = os.path.dirname(os.path.abspath(__file__))
SCN = os.path.join(HERE, "..", "scenarios")
PROG = "conntrack v1.4.7 (conntrack-tools)"
MODULES = {"pyconntrack": "conntrack"}


def argv(cmd):
    return [sys.executable, "-c", f"from pyiptables.cli.{MODULES[cmd[0]]} import main; main()", *cmd[1:]]


def run(env, cmd, input=None):
    rc, out, err = ours.shared().run(cmd, input.encode() if input is not None else None, env["PYIPTABLES_STATE"])
    return rc, out.decode(), err.decode()


@pytest.fixture(scope="session")
def lab_template(tmp_path_factory):
    """The lab host (links, addresses, routes, sysctls: the emulator's) set up once by the CLI,
    copied per test."""
    env = dict(os.environ)
    env["PYIPTABLES_STATE"] = str(tmp_path_factory.mktemp("helpers-lab") / "state")
    for cmd in ours.HOST:
        assert run(env, cmd)[0] == 0, cmd
    return env["PYIPTABLES_STATE"]


@pytest.fixture
def lab(lab_template, tmp_path):
    env = dict(os.environ)
    env["PYIPTABLES_STATE"] = str(tmp_path / "state")
    shutil.copytree(lab_template, env["PYIPTABLES_STATE"])
    return env


def first_frames(src, dst, n):
    from scapy.utils import rdpcap, wrpcap
    wrpcap(str(dst), rdpcap(src)[:n])


def test_expect_table_after_a_port_command(lab, tmp_path):
    pytest.importorskip("scapy")
    name = "ftp-port-forward"
    ref = json.load(open(os.path.join(HERE, "helpers_ref", name + ".json")))
    after, _argv, kernel_text = ref["probes"][0]
    assert run(lab, ["pyiptables-restore"], open(os.path.join(SCN, name, "rules.v4")).read())[0] == 0
    first_frames(os.path.join(SCN, name, "capture.pcap"), tmp_path / "head.pcap", after + 1)
    assert run(lab, ["pyiptables-replay", str(tmp_path / "head.pcap")])[0] == 0
    assert run(lab, ["pyconntrack", "-L", "expect"]) == (0, kernel_text, f"{PROG}: 1 expectations have been shown.\n")
    rc, out, err = run(lab, ["pyconntrack", "-L", "expect", "-o", "xml"])
    assert out.startswith('<?xml version="1.0" encoding="utf-8"?>\n<expect>\n<flow><layer3 protonum="2" ')
    assert out.endswith("<meta><helper-name>ftp</helper-name><timeout>299</timeout><class>0</class></meta>"
                        "</flow>\n</expect>\n")
    assert run(lab, ["pyconntrack", "-C", "expect"]) == (0, "1\n", "")
    assert run(lab, ["pyconntrack", "-L"])[1].count("helper=ftp") == 1
    assert run(lab, ["pyconntrack", "-F", "expect"]) == (0, "", f"{PROG}: expectation table has been emptied.\n")
    assert run(lab, ["pyconntrack", "-L", "expect"]) == (0, "", f"{PROG}: 0 expectations have been shown.\n")


def test_expect_events_follow_a_replay(lab):
    name = "ftp-replace"
    ref = json.load(open(os.path.join(HERE, "helpers_ref", name + ".json")))
    assert run(lab, ["pyiptables-restore"], open(os.path.join(SCN, name, "rules.v4")).read())[0] == 0
    listeners = [subprocess.Popen(argv(["pyconntrack", "-E", *extra]), env=lab, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for extra in (["expect"], [])]
    time.sleep(2.0)
    assert run(lab, ["pyiptables-replay", os.path.join(SCN, name, "capture.pcap")])[0] == 0
    time.sleep(1.0)
    outs = []
    for p in listeners:
        p.send_signal(signal.SIGINT)
        outs.append(p.communicate(timeout=10))
    (exp_out, exp_err), (ct_out, ct_err) = outs
    want = [line.split("\t", 1)[1] for line in ref["expect_events"]]
    assert exp_out.splitlines() == want
    assert exp_err == f"{PROG}: {len(want)} expectation events have been shown.\n"
    assert "proto=6" not in ct_out and ct_err == f"{PROG}: {len(ref['events'])} flow events have been shown.\n"
