"""-m cgroup (revision 2): the cgroup of the packet's socket (xt_cgroup).

Kernel check: INPUT, OUTPUT and POSTROUTING only; exactly one of --path and --cgroup; a path must
name a cgroup directory of the cgroup2 hierarchy (looked up, like the kernel, on this machine's
cgroup2 mount: `/` always exists, `.` and `..` are plain names that no cgroup has). At run time the
match needs a full socket on the packet: only the host's own packets have one (extensions/sender.py:
net_cls class 0, in the root cgroup, so only a path naming the root holds it); others never match,
inverted or not."""
from __future__ import annotations

import os

from ...xtables import LOCAL_IN, LOCAL_OUT, POST_ROUTING, KernelError, Match, Opt, register
from .. import sender
from ..targets.tgutil import string_opt

XT_CGROUP_PATH_MAX = 512


def cgroup2_mount():
    """Where this machine mounts the cgroup2 hierarchy, or None."""
    try:
        with open("/proc/self/mounts") as f:
            for line in f:
                parts = line.split()
                if len(parts) > 2 and parts[2] == "cgroup2":
                    return parts[1]
    except OSError:
        pass
    return None


def cgroup_exists(path: str) -> bool:
    """cgroup_get_from_path(): each component a child directory (kernfs_walk_and_get)."""
    names = [p for p in path.split("/") if p]
    if not names:
        return True
    if any(n in (".", "..") for n in names):
        return False
    root = cgroup2_mount()
    return root is not None and os.path.isdir(os.path.join(root, *names))


class Cgroup(Match):
    NAME = "cgroup"
    REVISION = 2
    HELP = ("cgroup match options:\n"
            "[!] --path path                 Recursively match path relative to cgroup2 root\n"
            "[!] --cgroup classid            Match cgroup classid, can't be used with --path\n")
    HOOKS = (1 << LOCAL_IN) | (1 << LOCAL_OUT) | (1 << POST_ROUTING)
    OPTIONS = (
        Opt("path", string_opt(size=XT_CGROUP_PATH_MAX), invert=True),
        Opt("cgroup", "uint32", invert=True),
    )

    def check_entry(self, table, hookmask, rule):
        has_path, has_id = "path" in self.v, "cgroup" in self.v
        if has_path == has_id:
            raise KernelError()         # "no path or classid specified" / "path and classid specified"
        if has_path and not cgroup_exists(self.v["path"]):
            raise KernelError()         # "invalid path, errno=-2"

    def save(self):
        if "path" in self.v:
            return f"{' !' if self.inv['path'] else ''} --path \"{self.v['path']}\""
        if "cgroup" in self.v:
            return f"{' !' if self.inv['cgroup'] else ''} --cgroup {self.v['cgroup']}"
        return ""

    def print(self, numeric):
        if "path" in self.v:
            return f" cgroup{' !' if self.inv['path'] else ''} {self.v['path']}"
        if "cgroup" in self.v:
            return f" cgroup{' !' if self.inv['cgroup'] else ''} {self.v['cgroup']}"
        return " cgroup"

    def compile(self):
        if "path" in self.v:
            # cgroup_is_descendant(): the sender's cgroup lies at or below the path's
            names = tuple(p for p in self.v["path"].split("/") if p)
            local = (sender.CGROUP[:len(names)] == names) ^ self.inv["path"]
        else:
            local = (self.v["cgroup"] == sender.CLASSID) ^ self.inv["cgroup"]
        hooks = sender.HOOKS_WITH_SOCKET
        return lambda pkt, par: local and pkt.local_origin and par.hook in hooks


register(Cgroup)
