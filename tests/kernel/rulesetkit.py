"""Helpers of the real-world ruleset scenarios (handwritten_rulesets*.py): the rulesets of
tests/rulesets/ adapted to the lab, and what real TCP stacks put in their SYNs."""
from __future__ import annotations

import os
import re

RULESETS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rulesets")


def adapted(name, ifaces=()):
    """tests/rulesets/NAME.rules with the interfaces its -i/-o (or --in/--out-interface) name renamed
    ({old: new})."""
    with open(os.path.join(RULESETS, name + ".rules")) as f:
        text = f.read()
    ifaces = dict(ifaces)
    if ifaces:   # one pass, so that eth0 and eth1 may swap
        names = "|".join(re.escape(old) for old in ifaces)
        text = re.sub(rf"(-[io] |--(?:in|out)-interface )({names})(?=\s)", lambda m: m.group(1) + ifaces[m.group(2)],
                      text)
    note = ", ".join(f"{old} -> {new}" for old, new in ifaces.items())
    return (f"# tests/rulesets/{name}.rules" + (f", interfaces renamed: {note}" if note else "") + "\n" + text)


def via_left(net, table=100):
    """ip lines that route `net` to the left wire (a subnet the ruleset puts behind eth0)."""
    return [f"route add {net} via 10.0.1.2 dev eth0 table {table}", f"rule add to {net} table {table}"]


def linux_syn_options(ts, mss=1460):
    """The options of a Linux SYN: MSS, SACK permitted, timestamps, window scale 7."""
    return [("MSS", mss), ("SAckOK", b""), ("Timestamp", (ts, 0)), ("NOP", None), ("WScale", 7)]
