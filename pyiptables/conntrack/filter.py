"""What `conntrack -L/-D/-U/-E` select with -p -s -d -r -q --sport ... --state -u -m -w and NAT options.

A Filter works on records (output.record dicts) so the same code serves the table and the events
file; build one per command from the parsed options.
"""
from __future__ import annotations

from .conn import IPS_ASSURED, IPS_DST_NAT, IPS_EXPECTED, IPS_FIXED_TIMEOUT, IPS_SEEN_REPLY, IPS_SRC_NAT

STATUS_NAMES = {"EXPECTED": IPS_EXPECTED, "ASSURED": IPS_ASSURED, "SEEN_REPLY": IPS_SEEN_REPLY,
                "FIXED_TIMEOUT": IPS_FIXED_TIMEOUT, "UNSET": 0}


class Filter:
    __slots__ = ("proto", "orig_src", "orig_dst", "repl_src", "repl_dst", "mask_src", "mask_dst",
                 "sport", "dport", "rsport", "rdport", "icmp_type", "icmp_code", "icmp_id", "state",
                 "status", "mark", "zone", "orig_zone", "reply_zone", "family", "snat", "dnat", "anynat")

    def __init__(self):
        for k in Filter.__slots__:
            setattr(self, k, None)

    def match(self, rec: dict) -> bool:
        p = rec["p"]
        o, r = rec["o"], rec["r"]
        if self.family is not None and self.family != 2:
            return False
        if self.proto is not None and p != self.proto:
            return False
        if self.orig_src is not None and (o[0] & self.mask_src) != (self.orig_src & self.mask_src):
            return False
        if self.orig_dst is not None and (o[1] & self.mask_dst) != (self.orig_dst & self.mask_dst):
            return False
        if self.repl_src is not None and r[0] != self.repl_src:
            return False
        if self.repl_dst is not None and r[1] != self.repl_dst:
            return False
        if p == 1:
            if self.icmp_type is not None and o[3] >> 8 != self.icmp_type:
                return False
            if self.icmp_code is not None and o[3] & 255 != self.icmp_code:
                return False
            if self.icmp_id is not None and o[2] != self.icmp_id:
                return False
        else:
            for want, got in ((self.sport, o[2]), (self.dport, o[3]), (self.rsport, r[2]), (self.rdport, r[3])):
                if want is not None and got != want:
                    return False
        if self.state is not None and rec.get("st") != self.state:
            return False
        if self.status is not None and rec["s"] & self.status != self.status:
            return False
        if self.mark is not None and (rec.get("m", 0) & self.mark[1]) != self.mark[0]:
            return False
        if self.zone is not None and rec.get("z", 0) != self.zone:
            return False
        for want in (self.orig_zone, self.reply_zone):
            if want is not None and rec.get("z", 0) != want:
                return False
        return self._nat(rec)

    def _nat(self, rec) -> bool:
        s = rec["s"]
        r = rec["r"]
        if self.snat is not None:
            if not s & IPS_SRC_NAT or (self.snat and r[1] != self.snat[0]):
                return False
        if self.dnat is not None:
            if not s & IPS_DST_NAT or (self.dnat and r[0] != self.dnat[0]):
                return False
        if self.anynat is not None:
            ok = False
            if s & IPS_SRC_NAT and (not self.anynat or r[1] == self.anynat[0]):
                ok = True
            if s & IPS_DST_NAT and (not self.anynat or r[0] == self.anynat[0]):
                ok = True
            if not ok:
                return False
        return True
