"""nf_conntrack_netbios_ns: fw's broadcast name queries to UDP 137 expect answers from the subnet
(broadcast.py). Module parameter timeout=3 (s): the expectation's and the entry's; max_expected 1."""
from __future__ import annotations

from ..expect import Policy
from . import Helper, register
from .broadcast import broadcast_help

NMBD_PORT = 137
TIMEOUT = 3
POLICY = Policy(max_expected=1, timeout=TIMEOUT, name="netbios-ns")


def netbios_ns_help(tr, pkt, ct, ctinfo) -> int:
    return broadcast_help(tr, pkt, ct, ctinfo, NMBD_PORT, TIMEOUT, POLICY)


register(Helper("netbios-ns", 17, (POLICY,), netbios_ns_help))
