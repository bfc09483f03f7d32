"""nf_conntrack_snmp: fw's broadcast SNMP requests to UDP 161 expect answers from the subnet
(broadcast.py). Module parameter timeout=30 (s): the expectation's and the entry's; max_expected 1.

Not modelled: with nf_nat_snmp_basic loaded (this kernel registers snmp_trap, so it is), a NATed
entry's packets are also handed to its ASN.1 mangler, as snmp_trap's are.
"""
from __future__ import annotations

from ..expect import Policy
from . import Helper, register
from .broadcast import broadcast_help

SNMP_PORT = 161
TIMEOUT = 30
POLICY = Policy(max_expected=1, timeout=TIMEOUT, name="snmp")


def snmp_help(tr, pkt, ct, ctinfo) -> int:
    return broadcast_help(tr, pkt, ct, ctinfo, SNMP_PORT, TIMEOUT, POLICY)


register(Helper("snmp", 17, (POLICY,), snmp_help))
