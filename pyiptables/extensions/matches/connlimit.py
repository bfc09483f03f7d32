"""-m connlimit: how many connections the packet's source (or destination) network has
(xt_connlimit over nf_conncount, revision 1).

Each rule keeps its own nf_conncount tree in ext.state["tree"]: masked address and zone id (the
entry's, 0 without one: xt_connlimit's key[1]) -> [tuples...],
pruned as the kernel does while adding (entries whose conntrack is gone, or TCP ones in
TIME_WAIT/CLOSE), at most once per jiffy (HZ 250 on the reference kernel) per address.
"""
from __future__ import annotations

from ...conntrack.proto_tcp import CLOSE, TIME_WAIT
from ...xtables import Match, Opt, ParamError, register

HZ = 250
IPPROTO_TCP = 6
GC_MAX_NODES = 8                 # CONNCOUNT_GC_MAX_NODES


def _plenmask(arg, ext):
    """XTTYPE_PLENMASK: a prefix length 0-32, else a numeric mask (see policy's tunnel-src)."""
    from .policy import _plen_mask
    return _plen_mask(arg, ext, "connlimit-mask")


class Connlimit(Match):
    NAME = "connlimit"
    REVISION = 1
    HELP = ("connlimit match options:\n"
            "  --connlimit-upto n     match if the number of existing connections is 0..n\n"
            "  --connlimit-above n    match if the number of existing connections is >n\n"
            "  --connlimit-mask n     group hosts using prefix length (default: max len)\n"
            "  --connlimit-saddr      select source address for grouping\n"
            "  --connlimit-daddr      select destination addresses for grouping\n")
    NEEDS_CONNTRACK = True
    OPTIONS = (
        Opt("connlimit-upto", "uint32", invert=True, excl=("connlimit-above",)),
        Opt("connlimit-above", "uint32", invert=True, excl=("connlimit-upto",)),
        Opt("connlimit-mask", _plenmask),
        Opt("connlimit-saddr", "none", nargs=0, excl=("connlimit-daddr",)),
        Opt("connlimit-daddr", "none", nargs=0, excl=("connlimit-saddr",)),
    )

    def parse(self, opt, arg, invert, ctx):
        v = self.v
        if opt.name == "connlimit-above":
            v["limit"], v["invert"] = arg, invert
        elif opt.name == "connlimit-upto":
            v["limit"], v["invert"] = arg, not invert
        elif opt.name == "connlimit-mask":
            v["mask"] = arg
        else:
            v["daddr"] = opt.name == "connlimit-daddr"

    def final_check(self, ctx):
        if "limit" not in self.v:
            raise ParamError('You must specify "--connlimit-above" or "--connlimit-upto".')

    def check_entry(self, table, hookmask, rule):
        self.state["tree"] = {}          # a new nf_conncount_data per checkentry

    def _mask(self) -> int:
        return self.v.get("mask", 0xFFFFFFFF)

    def save(self):
        v = self.v
        out = f" --connlimit-{'upto' if v['invert'] else 'above'} {v['limit']}"
        out += f" --connlimit-mask {bin(self._mask()).count('1')}"
        return out + (" --connlimit-daddr" if v.get("daddr") else " --connlimit-saddr")

    def print(self, numeric):
        v = self.v
        return (f" #conn {'dst' if v.get('daddr') else 'src'}/{bin(self._mask()).count('1')}"
                f" {'<=' if v['invert'] else '>'} {v['limit']}")

    def compile(self):
        v = self.v
        limit, inv, mask, daddr = v["limit"], v["invert"], self._mask(), bool(v.get("daddr"))
        tree = self.state.setdefault("tree", {})

        def connlimit_mt(pkt, par):
            key = (pkt.daddr if daddr else pkt.saddr) & mask
            ct = pkt.ct
            tracker = par.tracker
            if ct is not None:
                tuple_key = ct.korig
                key |= ct.zone << 32            # the tree's key is the address and the zone id
            else:
                tuple_key = tracker.packet_key(pkt) if tracker is not None else None
                if tuple_key is None:
                    par.hotdrop = True
                    return False
            jiffies = int(par.now * HZ) & 0xFFFFFFFF
            node = tree.get(key)
            if node is None:
                tree[key] = [jiffies, [[tuple_key, jiffies]]]
                count = 1
            else:
                count = _add(node, tuple_key, jiffies, tracker)
            return (count > limit) ^ inv
        return connlimit_mt


def _closed(ct) -> bool:
    return ct.protonum == IPPROTO_TCP and ct.proto in (TIME_WAIT, CLOSE)


def _add(node, tuple_key, jiffies, tracker) -> int:
    """__nf_conncount_add on one address's list; returns the list's count afterwards."""
    last_gc, conns = node
    if jiffies != last_gc:
        collect = 0
        for conn in list(conns):
            if collect > GC_MAX_NODES:
                break
            found = tracker.find(conn[0]) if tracker is not None else None
            if found is None:
                conns.remove(conn)             # gone (one CPU: always ours to evict)
                collect += 1
                continue
            if conn[0] == tuple_key:
                return len(conns)              # already counted
            if _closed(found):
                conns.remove(conn)
                collect += 1
    conns.append([tuple_key, jiffies])
    node[0] = jiffies
    return len(conns)


register(Connlimit)
