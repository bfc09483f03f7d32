"""What the kernel lab (tests/kernel/lab.py) answers for a helper scenario, in the shape of
helpers_ref/<name>.json: the oracle's comparison (events, `conntrack -L`, counters) plus what helpers
need, the expectation events (`conntrack -E expect`), the final `conntrack -L expect`, the listing of
expectations right after the frames of helpers_scenarios.PROBES (before the data connection consumes
them) and the IPv4 packets fw sent on each wire. Frames go at least 4 ms apart and are read 0.3 s
after the last one, as the recordings were made.

    python3 -m conntrack.helpers_record SCENARIO > helpers_ref/NAME.json   (from tests/, as root)
"""
from __future__ import annotations

import functools
import json
import os
import sys

from kernel.capture import Scenario

from . import helpers_scenarios as hs


@functools.lru_cache(maxsize=None)
def probes() -> dict:
    """helpers_scenarios.PROBES, filled by building the scenarios once."""
    hs.scenarios()
    return {name: sorted(set(frames)) for name, frames in hs.PROBES.items()}


def kernel_answers(lab, scenario_dir) -> dict:
    name = os.path.basename(os.path.normpath(scenario_dir))
    probes_at = {i: [["conntrack", "-L", "expect"]] for i in probes().get(name, ())}
    for argv in hs.SETUP.get(name, ()):
        lab.fw(argv)
    try:
        r = lab.run(Scenario.load(scenario_dir), pace=0.004, settle=0.3, probes=probes_at, expect=True)
    finally:
        for argv in hs.TEARDOWN.get(name, ()):
            lab.fw(argv)
    if r["errors"]:
        raise RuntimeError(f"{name}: {r['errors']}")
    return {"save": r["save"], "conntrack_text": r["conntrack_text"], "events": r["events"],
            "expect_events": r["expect_events"], "expect_final": r["expect_final"], "probes": r["probes"],
            "out_left": len(r["out"]["left"]), "out_right": len(r["out"]["right"]),
            "frames_out": {side: [f[14:].hex() for f in r["out"][side]] for side in ("left", "right")}}


if __name__ == "__main__":
    from kernel.lab import Lab
    with Lab() as lab:
        print(json.dumps(kernel_answers(lab, sys.argv[1]), indent=1))
