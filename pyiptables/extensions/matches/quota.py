"""-m quota: a byte budget, spent by every packet that fits in what is left (xt_quota).

The remaining budget is state: checkentry gives each rule a fresh copy of --quota at every table
load; -L and -S keep showing the configured value.
"""
from __future__ import annotations

from ...xtables import Match, Opt, register


class Quota(Match):
    NAME = "quota"
    HELP = ("quota match options:\n"
            "[!] --quota quota\t\tquota (bytes)\n")
    OPTIONS = (Opt("quota", "uint64", invert=True, mandatory=True),)

    def check_entry(self, table, hookmask, rule):
        self.state["left"] = [self.v["quota"]]

    def save(self):
        return f"{' !' if self.inv['quota'] else ''} --quota {self.v['quota']}"

    def print(self, numeric):
        return f" quota: {self.v['quota']} bytes"

    def compile(self):
        cell = self.state.setdefault("left", [self.v["quota"]])
        inv = self.inv["quota"]

        def quota_mt(pkt, par):
            size = len(pkt.data)            # skb->len
            if cell[0] >= size:
                cell[0] -= size
                return not inv
            cell[0] = 0                     # once short, even small packets are refused
            return inv
        return quota_mt


register(Quota)
