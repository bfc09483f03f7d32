"""The kernel's ctnetlink event listeners as /proc shows them: whether a `conntrack -E` has
subscribed, whether it has read everything queued for it, and who subscribes anywhere on the machine.

Why the last one matters (measured on 6.18, tests/kernel/test_ecache_listener.py): with
nf_conntrack_events=2 an entry gets the event extension, and so ever reports an event, only if
some socket is subscribed to a ctnetlink group (conntrack or expectation, any of them) when it is
made; and that flag is the machine's (nf_ctnetlink_has_listener), not the namespace's: a
`conntrack -E` in any other namespace turns it on for ours. It goes off as soon as the last
subscriber on the machine closes its socket.

`conntrack -E` opens two NETLINK_NETFILTER sockets (a command one, port id = its pid, and the
subscribed one, with a random port id): a process's sockets are found by inode, from its fds.
"""
from __future__ import annotations

import glob
import os
import time

NETLINK_NETFILTER = 12
CT_GROUPS = 0x3F        # NFNLGRP_CONNTRACK_NEW .. NFNLGRP_CONNTRACK_EXP_DESTROY (groups 1-6)


def _rows(pid):
    """(groups, rmem, inode) of the NETLINK_NETFILTER sockets of pid's namespace subscribed to a
    conntrack group."""
    with open(f"/proc/{pid}/net/netlink") as f:
        rows = [line.split() for line in f.read().splitlines()[1:]]
    return [(int(r[3], 16), int(r[4]), r[9]) for r in rows
            if len(r) >= 10 and r[1] == str(NETLINK_NETFILTER) and int(r[3], 16) & CT_GROUPS]


def _inodes(pid):
    out = set()
    for fd in glob.glob(f"/proc/{pid}/fd/*"):
        try:
            link = os.readlink(fd)
        except OSError:
            continue
        if link.startswith("socket:["):
            out.add(link[8:-1])
    return out


def subscriptions(pid):
    """[(groups, bytes queued unread)] for the subscribed sockets of process pid; None if it is gone."""
    try:
        mine = _inodes(pid)
        return [(g, rmem) for g, rmem, ino in _rows(pid) if ino in mine]
    except OSError:
        return None


def _wait(pids, ok, timeout):
    deadline, streak = time.monotonic() + timeout, 0
    while time.monotonic() < deadline:
        states = [subscriptions(p) for p in pids]
        streak = streak + 1 if all(s is None or ok(s) for s in states) else 0
        if streak >= 2:
            return True
        time.sleep(0.01)
    return False


def wait_subscribed(pids, timeout=20.0) -> bool:
    """Until every process of pids has a subscribed socket (or is gone)."""
    return _wait(pids, lambda s: bool(s), timeout)


def wait_drained(pids, timeout=10.0) -> bool:
    """Until every process of pids has read all its subscribed sockets hold (or is gone): the
    kernel queued each event on them as it happened, and SIGINT loses what is still queued."""
    done = _wait(pids, lambda s: all(rmem == 0 for _, rmem in s), timeout)
    # an event read off the socket is printed a moment later; SIGINT in between loses it too
    time.sleep(0.1)
    return done


def machine_subscribers(exclude=()):
    """[(netns, groups)] of every socket on the machine subscribed to a conntrack group, but in the
    namespaces `exclude` (their /proc/<pid>/ns/net links, `net:[inode]`), seen through one process
    of each namespace that has processes (a subscriber is a process's socket)."""
    seen, out = set(exclude), []
    for d in glob.glob("/proc/[0-9]*"):
        try:
            ns = os.readlink(d + "/ns/net")
            if ns in seen:
                continue
            rows = _rows(d[6:])
        except OSError:
            continue
        seen.add(ns)
        out += [(ns, g) for g, _, _ in rows]
    return out
