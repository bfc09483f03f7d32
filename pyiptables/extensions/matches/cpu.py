"""-m cpu: the CPU processing the packet (xt_cpu).

The replay is one CPU, CPU 0. In the kernel lab the CPU is the one the injecting process ran on
(a veth delivers on the sender's CPU: measured with the injector pinned with taskset, 0 gives
CPU 0 and 1 gives CPU 1; unpinned, the scheduler decides, and one run's packets can be split
between both), so no lab scenario can rely on it."""
from __future__ import annotations

from ...xtables import Match, Opt, register

REPLAY_CPU = 0


class Cpu(Match):
    NAME = "cpu"
    HELP = ("cpu match options:\n"
            "[!] --cpu number   Match CPU number\n")
    OPTIONS = (Opt("cpu", "uint32", invert=True, mandatory=True),)

    def save(self):
        return f"{' !' if self.inv['cpu'] else ''} --cpu {self.v['cpu']}"

    def print(self, numeric):
        return f" cpu{' !' if self.inv['cpu'] else ''} {self.v['cpu']}"

    def compile(self):
        result = (self.v["cpu"] == REPLAY_CPU) ^ self.inv["cpu"]

        def cpu_mt(pkt, par):
            return result
        return cpu_mt


register(Cpu)
