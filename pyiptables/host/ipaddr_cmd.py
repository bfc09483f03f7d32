"""`ip address add|change|replace|del|show|flush` over the emulated host, parsed like iproute2 6.1's
ipaddr_modify() and ipaddr_list_flush_or_save()."""
from __future__ import annotations

import fnmatch
import sys

from ..packet import ntoa
from ..store import Store
from . import ip_usage as usage
from . import show, show_link
from .fib import MASKS
from .ipargs import (V6, Exit, duparg, emit, find_dev, garbage, get_addr, get_prefix, get_unsigned,
                     invarg, matches, need, rt_scope_or_none)
from .kernroutes import rtnl
from .iplink_cmd import LinkSelect
from .model import Host

V6_ONLY = ("home", "nodad", "mngtmpaddr", "optimistic")
# iproute2's ifa_flag_data: the IFA_F_* bit each word of a listing filters on
IFA_FLAGS = {"secondary": 0x01, "temporary": 0x01, "nodad": 0x02, "optimistic": 0x04, "dadfailed": 0x08,
             "home": 0x10, "deprecated": 0x20, "tentative": 0x40, "permanent": 0x80, "mngtmpaddr": 0x100,
             "noprefixroute": 0x200, "autojoin": 0x400, "stable-privacy": 0x800}
ROW_FLAGS = {"secondary": 0x01, "permanent": 0x80, "noprefixroute": 0x200}


def flag_filter(word: str, flags: int, mask: int):
    """get_filter(): a flag word, '-' before it for its absence (dynamic and primary are
    -permanent and -secondary); (flags, mask) with it, or None when it is no flag word."""
    inv = word[:1] == "-"
    word = word[1:] if inv else word
    if word in ("dynamic", "primary"):
        inv, word = not inv, {"dynamic": "permanent", "primary": "secondary"}[word]
    bit = IFA_FLAGS.get(word)
    if bit is None:
        return None
    return (flags & ~bit if inv else flags | bit), mask | bit


def do_addr(o, args):
    cmd = args[0] if args else "show"
    rest = args[1:]
    if matches(cmd, "add"):
        return addr_modify(o, rest, "add")
    if matches(cmd, "change") or cmd == "chg":
        return addr_modify(o, rest, "change")
    if matches(cmd, "replace"):
        return addr_modify(o, rest, "replace")
    if matches(cmd, "delete"):
        return addr_modify(o, rest, "del")
    if matches(cmd, "list") or matches(cmd, "show") or matches(cmd, "lst"):
        return addr_show(o, rest)
    if matches(cmd, "flush"):
        return addr_show(o, rest, flush=True)
    if matches(cmd, "help"):
        raise Exit(usage.ADDR.rstrip("\n"), 255)
    raise Exit(f'Command "{cmd}" is unknown, try "ip address help".', 255)


def _lifetime(v: str, what: str) -> int:
    if v == "forever":
        return 0xFFFFFFFF
    n = get_unsigned(v)
    if n is None:
        invarg(f"{what} value", v, blank=False)
    return n


def addr_modify(o, args, cmd: str):
    fam = o["family"]
    local = peer = brd = dev = label = scope = None
    valid = preferred = None
    metric = 0
    noprefixroute = autojoin = False
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("peer", "remote"):
            v = need(args, i); i += 1
            if peer is not None:
                duparg("peer", v)
            peer = get_prefix(v, fam)
            fam = fam or peer[0]
        elif matches(a, "broadcast") or a == "brd":
            v = need(args, i); i += 1
            if brd is not None:
                duparg("broadcast", v)
            if v in ("+", "-"):
                brd = v
            else:
                f, brd = get_addr(v, fam)
                fam = fam or f
        elif a == "anycast":                 # devinet ignores IFA_ANYCAST
            f, _ = get_addr(need(args, i), fam); i += 1
            fam = fam or f
        elif a == "scope":
            v = need(args, i); i += 1
            scope = rt_scope_or_none(v)
            if scope is None:
                invarg("invalid scope value.", v, blank=False)
        elif a == "dev":
            dev = need(args, i); i += 1
        elif a == "label":
            label = need(args, i); i += 1
        elif matches(a, "metric") or matches(a, "priority"):
            v = need(args, i); i += 1
            metric = get_unsigned(v)
            if metric is None:
                invarg('"metric" value is invalid', v)
        elif matches(a, "valid_lft"):
            if valid is not None:
                duparg("valid_lft", a)
            valid = _lifetime(need(args, i), "valid_lft"); i += 1
        elif matches(a, "preferred_lft"):
            if preferred is not None:
                duparg("preferred_lft", a)
            preferred = _lifetime(need(args, i), "preferred_lft"); i += 1
        elif a in V6_ONLY:
            sys.stderr.write(f"Warning: {a} option can be set only for IPv6 addresses\n")
        elif a == "noprefixroute":
            noprefixroute = True
        elif a == "autojoin":
            autojoin = True
        else:
            if a == "local":
                a = need(args, i); i += 1
            if matches(a, "help"):
                raise Exit(usage.ADDR.rstrip("\n"), 255)
            if local is not None:
                garbage("local", a)
            local = get_prefix(a, fam)
            fam = fam or local[0]
        i += 1
    if dev is None:
        raise Exit('Not enough information: "dev" argument is required.', 1)
    wildcard = cmd == "del" and peer is None and local is not None and local[0] == 4 and not local[3]
    if wildcard:
        sys.stderr.write("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                         f"         Explicitly specify the prefix length ({ntoa(local[1])}/32) to avoid this warning.\n"
                         "         This special behaviour is likely to disappear in further releases,\n"
                         "         fix your scripts!\n")
    subnet = peer or local           # ifa_address and the prefix length: the peer's when there is one
    if brd in ("+", "-") and cmd != "del":
        if fam != 4:
            raise Exit("Broadcast can be set only for IPv4 addresses", 1)
        p = subnet[2] if subnet else 0
        if p <= 30:
            host_bits = ~MASKS[p] & 0xFFFFFFFF
            a = subnet[1] if subnet else 0
            brd = (a | host_bits) if brd == "+" else (a & MASKS[p])
        else:
            brd = None
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        find_dev(host, dev)
        if valid is not None or preferred is not None:
            v = 0xFFFFFFFF if valid is None else valid
            if not v:
                raise Exit("valid_lft is zero", 1)
            if v < (0xFFFFFFFF if preferred is None else preferred):
                raise Exit("preferred_lft is greater than valid_lft", 1)
            if v != 0xFFFFFFFF:
                raise Exit("pyip: addresses with a finite lifetime are not emulated", 2)
        if autojoin and not (local and local[0] == 4 and local[1] >> 28 == 14):
            raise Exit("autojoin needs multicast address", 1)
        if fam is None:                      # no address: AF_UNSPEC has no RTM_NEWADDR handler
            raise rtnl("Operation not supported")
        if fam == 6:
            raise V6(dev)
        if label is not None and len(label) > 15:
            raise Exit("Error: Attribute failed policy validation.", 2)
        if cmd == "del":
            host.addr_del(dev, local[1] if local else 0, None if wildcard or not subnet else subnet[2],
                          label=label, address=subnet[1] if subnet else None)
        else:
            if local is None:
                raise rtnl("Invalid argument")
            if scope is None:
                scope = 254 if local[1] >> 24 == 127 else 0
            host.addr_add(dev, local[1], subnet[2], brd=brd or 0, scope=scope, label=label,
                          address=subnet[1], metric=metric, noprefixroute=noprefixroute,
                          replace=cmd != "add")
        st.put("host")


# -- show / flush -------------------------------------------------------------------------------
def flush_stats(stats: int, gone: list):
    """-s: the rounds of iproute2's flush (one: what the dump matched, secondaries deleted with
    their primary counted too); -s -s: each address as deleted, prefixed like -o."""
    out = []
    if stats > 1:
        for l, d in gone:
            out += [f"{l.index}: {l.name}{line}" if line.startswith("    inet") else line
                    for line in show.addr_text([d]).splitlines(True)]
    if gone:
        out.append(f"\n*** Round 1, deleting {len(gone)} addresses ***\n*** Flush is complete after 1 round ***\n")
    else:
        out.append("Nothing to flush.\n")
    sys.stdout.write("".join(out))


def addr_show(o, args, flush: bool = False):
    fam = o["family"]
    if flush and not args:
        raise Exit("Flush requires arguments.", 1)
    dev = label = to = None
    scope = None
    only_up = False
    want = mask = 0
    sel = LinkSelect()
    i = 0
    while i < len(args):
        a = args[i]
        if a == "to":
            to = get_prefix(need(args, i), fam); i += 1
            fam = fam or to[0]
        elif a == "scope":
            v = need(args, i); i += 1
            scope = rt_scope_or_none(v)
            if scope is None:
                if v != "all":
                    invarg('invalid "scope"', v)
                scope = "all"
        elif a == "up":
            only_up = True
        elif flag_filter(a, want, mask) is not None:
            want, mask = flag_filter(a, want, mask)
        elif a == "label":
            label = need(args, i); i += 1
        elif (j := sel.take(args, i)) is not None:
            i = j
        else:
            if a == "dev":
                a = need(args, i); i += 1
            elif matches(a, "help"):
                raise Exit(usage.ADDR.rstrip("\n"), 255)
            if dev is not None:
                garbage("dev", a)
            dev = a
        i += 1
    if to is not None and to[0] == 6:
        raise V6(to)

    def selected(r) -> bool:
        if scope not in (None, "all") and r.scope != scope:
            return False
        if sum(ROW_FLAGS.get(f, 0) for f in r.flags) & mask != want:
            return False
        if label is not None and not fnmatch.fnmatchcase(r.label, label):
            return False
        if to is not None and (not r.v4 or (r.local ^ to[1]) & MASKS[to[2]]):
            return False
        return True

    packet = fam in ("link", "mpls", "bridge")
    with Store().transaction(write=flush) as st:
        host = st.get("host", Host)
        sel.check(host)
        if dev is not None and dev not in host.links:
            raise Exit(f'Device "{dev}" does not exist.', 1)
        # -o with -4/-6 dumps links without the kernel-side master and kind filters (measured:
        # `ip -4 -o addr show type veth` lists every link's addresses, `ip -o addr show type veth` not)
        unfiltered = flush or (o["oneline"] and fam in (4, 6) and not o["brief"])
        links = [l for l in sorted(host.links.values(), key=lambda l: l.index)
                 if (dev is None or l.name == dev) and (unfiltered or sel.dumped(l))]
        if flush:
            gone = {True: [], False: []}             # the dump's: IPv4 of every link, then IPv6
            for l in links:                          # the dump's order, each deleted in turn
                rows = show.addr_rows(host, l, fam)
                for r in rows:
                    if selected(r):
                        gone[r.v4].append((l, r.json))
                if any(not r.v4 and selected(r) for r in rows):
                    l.inet6 = False                  # the kernel's IPv6 addresses: back at the next up
                v4 = [r for r in rows if r.v4]
                for a in [a for a, r in zip(l.addrs, v4) if selected(r)]:
                    if a in l.addrs:
                        host._addr_remove(l, a)
                host._changed()
            st.put("host")
            if o["stats"]:
                flush_stats(o["stats"], gone[True] + gone[False])
            return
        # -o prints the addresses alone, but for -0 (AF_PACKET) a link is all there is to print
        no_link = (o["oneline"] and not packet) or label is not None
        # a device named: its link is an RTM_GETLINK answer, whole (an AF_INET6 dump's is not)
        lfam = 4 if fam == 6 and dev is not None else fam
        out, js = [], []
        for l in links:
            rows = [] if packet else show.addr_rows(host, l, fam)
            picked = [r.json for r in rows if selected(r)]
            if not packet and not picked and (rows or fam is not None):
                continue
            if (o["brief"] or not no_link) and not sel.printed(l, only_up):
                if o["json"]:
                    js.append({})
                continue
            # iproute2 opens each address's JSON object before print_addrinfo() filters it
            jrows = [r.json if selected(r) else {} for r in rows]
            if only_up and not l.up:                 # without the link's part: its addresses
                picked, jrows = [], []
            if o["brief"]:
                head = label is None                 # a label filter prints no link part
                if o["json"]:
                    d = {"ifname": show_link.ifname(l), "operstate": l.operstate(host)} if head else {}
                    if not packet:
                        d["addr_info"] = [show.brief_addr_json(x) if x else {} for x in jrows]
                    js.append(d)
                else:
                    out.append(show.brief_addr(host, l, picked, head))
            elif o["json"]:
                d = {} if no_link else show_link.link_json(host, l, False, o["details"], lfam, addrgen=False)
                if not packet:                       # -o: print_addrinfo() names the link first
                    d["addr_info"] = [dict(index=l.index, dev=l.name, **x) if x and o["oneline"] else x
                                      for x in jrows]
                js.append(d)
            elif no_link:
                out.append(show.oneline_addrs(l, picked) if o["oneline"] else show.addr_text(picked))
            elif o["oneline"]:
                out.append(show_link.oneline_link(show_link.link_text(host, l, False, o["details"], lfam,
                                                                      addrgen=False)))
            else:
                out.append(show_link.link_text(host, l, False, o["details"], lfam, addrgen=False))
                out.append(show.addr_text(picked))
                if o["stats"] and fam is None:
                    out.append(show_link.stats_text(o["stats"]))
        emit(o, out, js)
