"""-j TRACE: mark the packet for tracing (xt_TRACE; raw table only, no options).

The target sets skb->nf_trace and continues. From then on ipt_do_table logs every rule the packet
matches, in every table and hook, before running its target:
`TRACE: <table>:<chain>:<rule|return|policy>:<rulenum> ` followed by the nf_log packet dump (the
LOG line after its prefix) with level 4 and logflags NF_LOG_DEFAULT_MASK (TCP sequence, TCP and IP
options). The TRACE rule that marks the packet is itself not logged: nf_trace was still 0 when
ipt_do_table checked it. The walk's trace callback (pyiptables-replay) writes those lines.
"""
from __future__ import annotations

from ...xtables import XT_CONTINUE, Target, register


class Trace(Target):
    NAME = "TRACE"
    TABLES = ("raw",)

    def compile(self):
        def trace_tg(pkt, par):
            pkt.trace = True
            return XT_CONTINUE
        return trace_tg


register(Trace)
