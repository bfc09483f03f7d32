"""-m cluster: does this node handle the connection (xt_cluster).

The node of an entry (its master's, for a related one) is jhash_1word(original source, seed)
scaled into --cluster-total-nodes; the rule matches when that node's bit is in the local node
mask. The kernel hashes the address as stored, in network byte order, read as a host integer:
on the little-endian machines measured, the address with its bytes reversed. Without an entry the
match fails, inverted or not. A unicast packet that came in a link-layer multicast frame is turned
into PACKET_HOST by the match (for clusters that share a multicast MAC). Kernel check: takes a
conntrack reference."""
from __future__ import annotations

from ...xtables import Match, Opt, ParamError, register
from ...jhash import jhash_1word, reciprocal_scale
from .pkttype import PACKET_MULTICAST, _dev_mac, pkt_type

NODES_MAX = 32


class Cluster(Match):
    NAME = "cluster"
    HELP = ("cluster match options:\n"
            "  --cluster-total-nodes <num>\t\tSet number of total nodes in cluster\n"
            "  [!] --cluster-local-node <num>\tSet the local node number\n"
            "  [!] --cluster-local-nodemask <num>\tSet the local node mask\n"
            "  --cluster-hash-seed <num>\t\tSet seed value of the Jenkins hash\n")
    NEEDS_CONNTRACK = True
    OPTIONS = (
        Opt("cluster-total-nodes", "uint32", min=1, max=NODES_MAX, mandatory=True),
        Opt("cluster-local-node", "uint32", invert=True, min=1, max=NODES_MAX, excl=("cluster-local-nodemask",)),
        Opt("cluster-local-nodemask", "uint32", invert=True, min=1, max=NODES_MAX, excl=("cluster-local-node",)),
        Opt("cluster-hash-seed", "uint32", mandatory=True),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name == "cluster-local-node":
            self.v["node_mask"] = 1 << (arg - 1)
        elif opt.name == "cluster-local-nodemask":
            self.v["node_mask"] = arg
        else:
            self.v[opt.name] = arg
            return
        self.v[opt.name] = arg
        if invert:
            self.v["inv"] = True

    def final_check(self, ctx):
        v = self.v
        total = "cluster-total-nodes" in v and "cluster-hash-seed" in v
        too_big = total and v.get("node_mask", 0) >= 1 << v["cluster-total-nodes"]
        if total and "cluster-local-node" in v:
            if too_big:
                raise ParamError("cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'")
        elif total and "cluster-local-nodemask" in v:
            if too_big:
                raise ParamError("cluster match: `--cluster-local-nodemask' too big for `--cluster-total-nodes'")
        elif "node_mask" not in v:
            raise ParamError("cluster match: `--cluster-local-node' or`--cluster-local-nodemask' is missing")

    def _info(self):
        v = self.v
        return "inv" in v, v["node_mask"], v["cluster-total-nodes"], v["cluster-hash-seed"]

    def save(self):
        inv, mask, total, seed = self._info()
        return (f"{' !' if inv else ''} --cluster-local-nodemask 0x{mask:08x} --cluster-total-nodes {total} "
                f"--cluster-hash-seed 0x{seed:08x}")

    def print(self, numeric):
        inv, mask, total, seed = self._info()
        return f" cluster {'!' if inv else ''}node_mask=0x{mask:08x} total_nodes={total} hash_seed=0x{seed:08x}"

    def compile(self):
        inv, mask, total, seed = self._info()

        def cluster_mt(pkt, par):
            if pkt.daddr & 0xF0000000 != 0xE0000000 and pkt_type(pkt, par) == PACKET_MULTICAST:
                own = _dev_mac(par, pkt.indev)
                if own is not None:
                    pkt.l2dst = own            # pkt_type = PACKET_HOST from here on
            ct = pkt.ct
            if ct is None:
                return False
            master = ct.master
            src = (master or ct).tuple_orig[0]
            raw = int.from_bytes(src.to_bytes(4, "big"), "little")
            node = reciprocal_scale(jhash_1word(raw, seed), total)
            return bool(1 << node & mask) ^ inv
        return cluster_mt


register(Cluster)
