"""-m connlimit: how many connections the packet's source (or destination) network has
(xt_connlimit over nf_conncount, revision 1).

Each rule keeps its own nf_conncount tree in ext.state["tree"]: masked address and zone id (the
entry's, 0 without one: xt_connlimit's key[1]) -> a list of connection tuples, pruned as the kernel
does (entries whose conntrack is gone, or TCP ones in TIME_WAIT/CLOSE) with jiffies on HZ 250.
Only a packet whose connection is not yet confirmed, or confirmed but not ASSURED, adds its
tuple; the others only prune the list, and a packet whose list is then empty is dropped (the
kernel's count 0 is its "no memory" hotdrop): with `-p tcp -m connlimit` and no --syn, the last
ACK that takes a connection to TIME_WAIT, or a RST, is dropped when it was the address's only one.
"""
from __future__ import annotations

from ...conntrack.conn import IPS_ASSURED, IPS_CONFIRMED
from ...conntrack.proto_tcp import CLOSE, TIME_WAIT
from ...xtables import Match, Opt, ParamError, register

HZ = 250
IPPROTO_TCP = 6
GC_MAX_COLLECT = 64              # CONNCOUNT_GC_MAX_COLLECT


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
        for key, node in tree.items():          # a store written before last_gc_count was kept
            if len(node) == 2:
                tree[key] = [node[0], len(node[1]), node[1]]

        def connlimit_mt(pkt, par):
            key = (pkt.daddr if daddr else pkt.saddr) & mask
            if pkt.ct is not None:
                key |= pkt.ct.zone << 32        # the tree's key is the address and the zone id
            count = count_tree(tree, key, pkt, int(par.now * HZ) & 0xFFFFFFFF, par.tracker)
            if count == 0:                      # no tuple, or the packet's own list is empty
                par.hotdrop = True
                return False
            return (count > limit) ^ inv
        return connlimit_mt


# -- nf_conncount (the reworked one that takes the packet: Linux 6.18.y stable) -----------------------
# A node is [last_gc, last_gc_count, conns], conns [[tuple key, jiffies32], ...]. EEXIST: the add
# was skipped because the packet's connection is confirmed and ASSURED.
EEXIST, ENOENT = 17, 2


def _closed(ct) -> bool:
    return ct.protonum == IPPROTO_TCP and ct.proto in (TIME_WAIT, CLOSE)


def _ct_or_tuple(pkt, tracker):
    """get_ct_or_tuple_from_skb(): (the packet's entry or the one its tuple finds, the tuple key);
    tuple None when the packet has no usable tuple."""
    ct = pkt.ct
    if ct is not None:
        return ct, ct.korig
    if tracker is None:
        return None, None
    k = tracker.packet_key(pkt)
    return (tracker.find(k) if k is not None else None), k


def _add(node, pkt, jiffies, tracker) -> int:
    """__nf_conncount_add(): 0 (added, or already there), -EEXIST or -ENOENT."""
    ct, tuple_key = _ct_or_tuple(pkt, tracker)
    if tuple_key is None:
        return -ENOENT
    conns = node[2]
    if ct is not None and ct.status & IPS_CONFIRMED:
        if ct.status & IPS_ASSURED:
            return -EEXIST
    elif jiffies == node[0] and (len(conns) - node[1]) & 0xFFFFFFFF < GC_MAX_COLLECT:
        conns.append([tuple_key, jiffies])          # one GC per jiffy, unless it fills up
        return 0
    collect = 0
    for conn in list(conns):
        if collect > GC_MAX_COLLECT:
            break
        found = tracker.find(conn[0]) if tracker is not None else None
        if found is None:
            conns.remove(conn)                      # gone (one CPU: always ours to evict)
            collect += 1
            continue
        if conn[0] == tuple_key:
            return 0                                # already counted
        if _closed(found):
            conns.remove(conn)
            collect += 1
    node[0], node[1] = jiffies, len(conns)
    conns.append([tuple_key, jiffies])
    return 0


def _gc_list(node, jiffies, tracker):
    """nf_conncount_gc_list(): drop the gone and closed connections, at most once per jiffy."""
    if jiffies == node[0]:
        return
    conns, collected = node[2], 0
    for conn in list(conns):
        found = tracker.find(conn[0]) if tracker is not None else None
        if found is None or _closed(found):
            conns.remove(conn)
            collected += 1
            continue
        if collected > GC_MAX_COLLECT:
            break
    node[0], node[1] = jiffies, len(conns)


def count_tree(tree, key, pkt, jiffies, tracker) -> int:
    """count_tree() with a packet: its key's count after adding it; 0 means hotdrop. A node whose
    list went empty stays in the tree (only another key's insertion on the same rb-tree path, which
    the random hash seed decides, frees it): a confirmed ASSURED packet then counts 0."""
    node = tree.get(key)
    if node is None:
        ct, tuple_key = _ct_or_tuple(pkt, tracker)
        if tuple_key is None:
            return 0
        tree[key] = [jiffies, 0, [[tuple_key, jiffies]]]
        return 1
    empty = not node[2]
    ret = _add(node, pkt, jiffies, tracker)
    if ret and ret != -EEXIST:
        return 0
    if ret == -EEXIST and not empty:                # insert_tree() takes the empty node: no GC
        _gc_list(node, jiffies, tracker)
    return len(node[2])


register(Connlimit)
