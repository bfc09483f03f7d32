"""-j CLUSTERIP: share an address among cluster nodes (ipt_CLUSTERIP). The measured kernel has no
ipt_CLUSTERIP (removed from Linux in 6.3): iptables warns when it loads the extension and every
rule is refused with ENOENT; the emulated kernel does the same after the options are parsed and
checked as libipt_CLUSTERIP does."""
from __future__ import annotations

from ...xtables import KernelError, Opt, ParamError, Target, register
from ...xtoptions import parse_mac
from .tgutil import revision_probe_fails

HASHMODES = ("sourceip", "sourceip-sourceport", "sourceip-sourceport-destport")
MAX_NODES = 16
ALL = ("new", "hashmode", "clustermac", "total-nodes", "local-node")


def _hashmode(arg: str, ext):
    if arg not in HASHMODES:
        raise ParamError(f'Unknown hashmode "{arg}"')
    return arg


def _mac(arg: str, ext):
    mac = parse_mac(arg)
    if not mac[0] & 1:
        raise ParamError("MAC has to be a multicast ethernet address")
    return mac


class Clusterip(Target):
    NAME = "CLUSTERIP"
    HELP = ("CLUSTERIP target options:\n"
            "  --new\t\t\t Create a new ClusterIP\n"
            "  --hashmode <mode>\t\t Specify hashing mode\n"
            "\t\t\t\t\tsourceip\n"
            "\t\t\t\t\tsourceip-sourceport\n"
            "\t\t\t\t\tsourceip-sourceport-destport\n"
            "  --clustermac <mac>\t\t Set clusterIP MAC address\n"
            "  --total-nodes <num>\t\t Set number of total nodes in cluster\n"
            "  --local-node <num>\t\t Set the local node number\n"
            "  --hash-init <num>\t\t Set init value of the Jenkins hash\n")
    OPTIONS = (
        Opt("new", "none", nargs=0),
        Opt("hashmode", _hashmode),
        Opt("clustermac", _mac),
        Opt("total-nodes", "uint16", max=MAX_NODES),
        Opt("local-node", "uint16", max=MAX_NODES),
        Opt("hash-init", "uint32"),
    )

    def __init__(self):
        super().__init__()
        revision_probe_fails("CLUSTERIP")

    def final_check(self, ctx):
        if self.seen and not all(k in self.v for k in ALL):
            raise ParamError("CLUSTERIP target: Invalid parameter combination")

    def check_entry(self, table, hookmask, rule):
        raise KernelError("No chain/target/match by that name.")

    def _fields(self):
        v = self.v
        mac = ":".join(f"{b:02X}" for b in v["clustermac"])
        return v["hashmode"], mac, v["total-nodes"], v["local-node"], v.get("hash-init", 0)

    def print(self, numeric):
        if "new" not in self.v:
            return " CLUSTERIP"
        mode, mac, total, local, init = self._fields()
        return (f" CLUSTERIP hashmode={mode} clustermac={mac} total_nodes={total} local_node={local} "
                f"hash_init={init}")

    def save(self):
        if "new" not in self.v:
            return ""
        mode, mac, total, local, init = self._fields()
        return (f" --new --hashmode {mode} --clustermac {mac} --total-nodes {total} --local-node {local} "
                f"--hash-init {init}")

    def compile(self):
        raise NotImplementedError("target CLUSTERIP: the kernel has no ipt_CLUSTERIP, every such rule is refused")


register(Clusterip)
