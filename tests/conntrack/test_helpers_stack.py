"""Every helper scenario through the Stack (the walk the CLI replays with), against the kernel lab:
the packets the firewall sends on each wire byte for byte (nf_nat_ftp rewriting PORT/EPRT/227, the
sequence shift that follows, the data connections following their master's translation), and the
conntrack / expectation events and listings as test_helpers_kernel.py compares them.

A packet nf_nat_mangle_tcp_packet rewrote leaves the kernel CHECKSUM_PARTIAL: its TCP checksum field
holds only the pseudo-header sum, for the device to complete. The lab's veth pairs never complete it,
so the lab records it that way; we write the complete checksum a real wire carries, and such kernel
frames are completed before comparing.

The host and the ruleset come from the CLI (pyip, pyiptables-restore), as a user would set them up;
the frames then go through the Stack itself so every packet it sends can be looked at."""
from __future__ import annotations

import json
import os

import pytest

from pyiptables.conntrack import Tracker
from pyiptables.host.model import Host
from pyiptables.model import Ruleset
from pyiptables.packet import Packet
from pyiptables.save import save
from pyiptables.store import Store
from pyiptables.walk.stack import Stack

from pyiptables.conntrack.expect import format_expect, record as exp_record
from pyiptables.conntrack.output import format_line, record

from kernel.compare import counter_diffs

from . import helpers_scenarios as hs
from .driver import Sysctls, read_frames
from .test_helpers_cli import lab, lab_template, run  # noqa: F401  (fixtures)
from .test_helpers_kernel import ALL, REASON, differences

HERE = os.path.dirname(os.path.abspath(__file__))
SCN = os.path.join(HERE, "..", "scenarios")
LEFT, RIGHT = bytes.fromhex("020000000102"), bytes.fromhex("020000000202")
PHANTOMS = {0x0A000109, 0x0A000207, 0x0A000307}


def completed(hexframe: str) -> str:
    """A kernel frame whose TCP checksum is a pending CHECKSUM_PARTIAL one, completed."""
    d = bytearray(bytes.fromhex(hexframe))
    th = (d[0] & 15) * 4
    if d[9] not in (6, 17):
        return hexframe
    at = th + (16 if d[9] == 6 else 6)          # nf_nat_mangle_udp_packet leaves UDP partial too (amanda)
    src, dst, n = int.from_bytes(d[12:16], "big"), int.from_bytes(d[16:20], "big"), len(d) - th
    s = (src >> 16) + (src & 0xFFFF) + (dst >> 16) + (dst & 0xFFFF) + d[9] + n
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    if int.from_bytes(d[at:at + 2], "big") != s:
        return hexframe
    d[at:at + 2] = b"\0\0"
    seg = bytes(d[th:]) + (b"\0" if n & 1 else b"")
    s += sum(seg[i] << 8 | seg[i + 1] for i in range(0, len(seg), 2))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    d[at:at + 2] = ((~s & 0xFFFF) or (0xFFFF if d[9] == 17 else 0)).to_bytes(2, "big")
    return d.hex()


def walk(env, name, probes=(), tail=0.4):
    """-> (frames sent per device, helpers_driver.replay-like result)."""
    from .helpers_record import probes as built
    built()                                             # fills helpers_scenarios.SETUP
    for argv in hs.SETUP.get(name, ()):
        assert run(env, ["py" + argv[0], *argv[1:]])[0] == 0, argv
    assert run(env, ["pyiptables-restore"], open(os.path.join(SCN, name, "rules.v4")).read())[0] == 0
    store = Store(env["PYIPTABLES_STATE"])
    with store.transaction(write=False) as st:
        rules, host = st.get("rules", Ruleset), st.get("host", Host)
    events = []
    sysctl = json.load(open(os.path.join(SCN, name, "host.json"))).get("sysctl") or {}
    tr = Tracker(Sysctls(sysctl), sink=events.append)
    stack = Stack(rules, host, tr, so_broadcast=True)        # the lab's raw socket has SO_BROADCAST
    out, probed, last = {"eth0": [], "eth1": []}, {}, 0.0
    for i, (ts, frame) in enumerate(read_frames(os.path.join(SCN, name, "capture.pcap"))):
        pkt = Packet(frame[14:], ts=ts)
        stack.par.now = last = ts
        tr.expire(ts)
        src = frame[6:12]
        v = stack.receive(pkt, "eth0" if src == LEFT else "eth1") if src in (LEFT, RIGHT) else stack.local_out(pkt)
        # the lab's wires have nobody at 10.0.1.9 / 10.0.2.7 / 10.0.3.7: the kernel holds such packets for an
        # ARP answer that never comes, and drops them
        if v.fate in ("forwarded", "sent") and v.outdev in out and pkt.daddr not in PHANTOMS:
            out[v.outdev].append(bytes(pkt.data[:pkt.len]).hex())
        if i in probes:
            probed[i] = [format_expect(exp_record(e, ts)) for e in tr.expectations]
    tr.now = last + tail
    tr.expire(tr.now)
    res = {"events": [str(e) for e in events if not e.rec.get("x")],
           "expect_events": [str(e) for e in events if e.rec.get("x")],
           "listing": [format_line(record(ct, tr.now)) for ct in tr.entries()],
           "expect_listing": [format_expect(exp_record(e, tr.now)) for e in tr.expectations],
           "probes": probed, "save": save(rules, counters=True)}
    return out, res


@pytest.mark.parametrize("name", ALL)
def test_stack_against_the_kernel(lab, name):  # noqa: F811
    check(lab, name, json.load(open(os.path.join(HERE, "helpers_ref", name + ".json"))))


# the recorded answers cover every scenario; live, a few of them (PYIPT_HELPERS_LIVE=all: every one)
LIVE = ALL if os.environ.get("PYIPT_HELPERS_LIVE") == "all" else [
    n for n in ("ftp-snat", "irc-nat-dcc", "sip-call", "tftp-forward") if n in ALL]


@pytest.fixture(scope="module")
def live_answers(request, kernel_labs):
    """{name: the kernel lab's answers} for the LIVE scenarios selected, on all labs at once."""
    from kernel.lab import on_labs
    from .helpers_record import kernel_answers, probes
    names = [n for n in LIVE if any(item.callspec.params.get("name") == n for item in request.session.items
                                    if item.function is test_stack_against_the_live_kernel)]
    probes()  # once, before the labs' threads
    return on_labs(kernel_labs, names, lambda lab, n: kernel_answers(lab, os.path.join(SCN, n)))


@pytest.mark.skipif(REASON is not None, reason=REASON or "")
@pytest.mark.parametrize("name", LIVE)
def test_stack_against_the_live_kernel(lab, name, live_answers):  # noqa: F811
    k = live_answers[name]
    if isinstance(k, BaseException):
        raise k
    check(lab, name, k)


def check(env, name, ref):
    sent, res = walk(env, name, {p[0] for p in ref["probes"]})
    assert differences(ref, res) == []
    if "save" in ref:               # recorded since the counters were kept (netbios-ns, snmp, amanda, sane)
        tables = [w[1:] for w in open(os.path.join(SCN, name, "rules.v4")).read().split() if w.startswith("*")]
        assert counter_diffs(ref["save"], res["save"], tables)[0] == []
    for dev, side in (("eth0", "left"), ("eth1", "right")):
        want = [completed(f) for f in ref["frames_out"][side]]
        got = sent[dev]
        for i, (a, b) in enumerate(zip(want, got)):
            assert b == a, f"{side} frame {i} differs"
        assert len(got) == len(want), side
