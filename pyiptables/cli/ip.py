"""pyip: iproute2 6.1's `ip link|address|route` over the emulated host (PYIPTABLES_STATE).

Keywords are matched by prefix like iproute2's matches(); messages and exit codes are iproute2's.
"""
from __future__ import annotations

import os
import sys

from ..errors import IptablesError
from ..host.fib import MASKS
from ..host.ipargs import (Exit, emit, find_dev, garbage, inet_addr, invarg, matches, need,
                           parse_mac, parse_prefix, rt_scope)
from ..host.iproute_cmd import do_route
from ..host.kernroutes import HostError
from ..host.model import Host
from ..host import ip_usage as usage
from ..host import show
from ..packet import ntoa
from ..store import Store

VERSION = "ip utility, iproute2-6.1.0, libbpf 1.1.2"
OBJECTS = ["address", "addrlabel", "maddress", "route", "rule", "neighbor", "neighbour", "ntable",
           "ntbl", "link", "l2tp", "fou", "ila", "macsec", "tunnel", "tunl", "tuntap", "tap", "token",
           "tcpmetrics", "tcp_metrics", "monitor", "xfrm", "mroute", "mrule", "netns", "netconf",
           "vrf", "sr", "nexthop", "mptcp", "ioam", "stats", "help"]
# == link ==========================================================================================
def do_link(o, args):
    cmd = args[0] if args else "show"
    rest = args[1:]
    if matches(cmd, "add"):
        return link_add(rest)
    if matches(cmd, "set") or matches(cmd, "change"):
        return link_set(rest)
    if matches(cmd, "delete"):
        return link_del(rest)
    if matches(cmd, "show") or matches(cmd, "lst") or matches(cmd, "list"):
        return link_show(o, rest, addresses=False)
    if matches(cmd, "help"):
        raise Exit(usage.LINK.rstrip("\n"), 255)
    raise Exit(f'Command "{cmd}" is unknown, try "ip link help".', 255)


def link_add(args):
    name = kind = mac = mtu = peer = peer_mac = None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "name":
            name = need(args, i); i += 1
        elif matches(a, "address"):
            mac = parse_mac(need(args, i)); i += 1
        elif a == "mtu":
            v = need(args, i); i += 1
            if not v.isdigit():
                invarg('Invalid "mtu" value', v)
            mtu = int(v)
        elif a == "type":
            kind = need(args, i)
            j = i + 2
            while j < len(args):
                b = args[j]
                if b == "peer":
                    j += 1
                    if j < len(args) and args[j] == "name":
                        j += 1
                    if j < len(args):
                        peer = args[j]
                    j += 1
                elif matches(b, "address") and peer is not None:
                    peer_mac = parse_mac(need(args, j)); j += 2
                else:
                    garbage("dev", b)
            break
        elif a == "dev" or name is None:
            if a == "dev":
                a = need(args, i); i += 1
            if name is not None:
                garbage("dev", a)
            name = a
        else:
            garbage("dev", a)
        i += 1
    if kind is None:
        raise Exit('Not enough information: "type" argument is required', 1)
    if name is None:
        raise Exit('Not enough information: "dev" argument is required.', 255)
    if kind in ("dummy", "veth", "bridge", "ifb"):
        pass
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        host.link_add(name, kind, mac=mac, mtu=mtu, peer=peer, peer_mac=peer_mac)
        st.put("host")


def link_set(args):
    dev = up = mac = mtu = group = None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "up":
            up = True
        elif a == "down":
            up = False
        elif matches(a, "address"):
            mac = parse_mac(need(args, i)); i += 1
        elif a == "mtu":
            v = need(args, i); i += 1
            if not v.isdigit():
                invarg('Invalid "mtu" value', v)
            mtu = int(v)
        elif a == "group":
            v = need(args, i); i += 1
            if group is not None:
                raise Exit(f'Error: duplicate "group": "{v}" is the second value.', 255)
            group = group_id(v)
        elif a == "dev" or dev is None:
            if a == "dev":
                a = need(args, i); i += 1
            if dev is not None:
                garbage("dev", a)
            dev = a
        else:
            garbage("dev", a)
        i += 1
    if dev is None:
        raise Exit('Not enough information: "dev" argument is required.', 255)
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        find_dev(host, dev)
        host.link_set(dev, up=up, mac=mac, mtu=mtu, group=group)
        st.put("host")


def group_id(arg: str) -> int:
    """rtnl_group_a2n(): a name of /etc/iproute2/group, or strtol(base 0) of the whole word kept
    in an int, which must not be negative (so 4294967296 is group 0, 4294967295 refused)."""
    g = show.group_names().get(arg)
    if g is not None:
        return g
    from ..xtoptions import c_strtoul
    v, end = c_strtoul(arg)
    if arg and end == len(arg) and arg.lstrip(" \t\n\v\f\r")[:1] not in ("", "-"):
        v &= 0xFFFFFFFF
        if v < 1 << 31:
            return v
    invarg('Invalid "group" value', arg)


def link_del(args):
    dev = None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "dev":
            a = need(args, i); i += 1
        if dev is not None:
            garbage("dev", a)
        dev = a
        i += 1
    if dev is None:
        raise Exit('Not enough information: "dev" argument is required.', 255)
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        find_dev(host, dev)
        host.link_del(dev)
        st.put("host")


def link_show(o, args, addresses: bool):
    dev = None
    only_up = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "up":
            only_up = True
        elif a == "dev":
            dev = need(args, i); i += 1
        elif dev is None:
            dev = a
        else:
            garbage("dev", a)
        i += 1
    with Store().transaction(write=False) as st:
        host = st.get("host", Host)
        if dev is not None and dev not in host.links:
            raise Exit(f'Device "{dev}" does not exist.', 1)
        links = sorted(host.links.values(), key=lambda l: l.index)
        links = [l for l in links if (dev is None or l.name == dev) and (not only_up or l.up)]
        fam = o["family"]
        out, js = [], []
        for l in links:
            info = show.addr_info(host, l, fam) if addresses else []
            if addresses and fam is not None and not info:
                continue
            if o["brief"]:
                if o["json"]:
                    d = {"ifname": show.ifname(l), "operstate": l.operstate(host)}
                    if addresses:
                        d["addr_info"] = [{"local": x["local"], "prefixlen": x["prefixlen"]} for x in info]
                    else:
                        d.update(address=l.mac_str, flags=l.flags(host))
                    js.append(d)
                else:
                    out.append(show.brief_addr(host, l, fam) if addresses else show.brief_link(host, l))
            elif o["json"]:
                d = show.link_json(host, l, not addresses, o["details"])
                if addresses:
                    d["addr_info"] = info
                if o["stats"]:
                    d.update(show.stats_json())
                js.append(d)
            elif o["oneline"]:
                out.append(show.oneline_addrs(l, info) if addresses else
                           show.oneline_link(show.link_text(host, l, True, o["details"])))
            else:
                out.append(show.link_text(host, l, not addresses, o["details"],
                                          fam if addresses else None))
                if addresses:
                    out.append(show.addr_text(info))
                if o["stats"] and fam is None:
                    out.append(show.stats_text(o["stats"]))
        emit(o, out, js)


# == address =======================================================================================
def do_addr(o, args):
    cmd = args[0] if args else "show"
    rest = args[1:]
    if matches(cmd, "add"):
        return addr_modify(rest, True)
    if matches(cmd, "delete"):
        return addr_modify(rest, False)
    if matches(cmd, "list") or matches(cmd, "show") or matches(cmd, "lst"):
        return link_show(o, rest, addresses=True)
    if matches(cmd, "flush"):
        return addr_flush(rest)
    if matches(cmd, "help"):
        raise Exit(usage.ADDR.rstrip("\n"), 255)
    raise Exit(f'Command "{cmd}" is unknown, try "ip address help".', 255)


def addr_modify(args, add: bool):
    local = plen = dev = label = scope = None
    brd = 0
    i = 0
    while i < len(args):
        a = args[i]
        if matches(a, "broadcast") or a == "brd":
            v = need(args, i); i += 1
            brd = v if v in ("+", "-") else inet_addr(v)
        elif a == "dev":
            dev = need(args, i); i += 1
        elif a == "label":
            label = need(args, i); i += 1
        elif a == "scope":
            scope = rt_scope(need(args, i)); i += 1
        elif a == "noprefixroute" or a in ("valid_lft", "preferred_lft"):
            if a != "noprefixroute":
                i += 1
        else:
            if a == "local":
                a = need(args, i); i += 1
            if local is not None:
                garbage("local", a)
            local, plen = parse_prefix(a, allow_default=False)
            if "/" not in a:
                plen = None
        i += 1
    if dev is None:
        raise Exit('Not enough information: "dev" argument is required.', 1)
    if local is None:
        raise Exit('Not enough information: "local" argument is required.', 1)
    warn = ""
    if not add and plen is None:
        warn = ("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                f"         Explicitly specify the prefix length ({ntoa(local)}/32) to avoid this warning.\n"
                "         This special behaviour is likely to disappear in further releases,\n"
                "         fix your scripts!\n")
    p = 32 if plen is None else plen
    if brd in ("+", "-"):
        if p <= 30:
            host_bits = ~MASKS[p] & 0xFFFFFFFF
            brd = (local | host_bits) if brd == "+" else (local & MASKS[p])
        else:
            brd = 0
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        find_dev(host, dev)
        if warn:
            sys.stderr.write(warn)
        if add:
            host.addr_add(dev, local, p, brd=brd, scope=scope, label=label)
        else:
            host.addr_del(dev, local, plen, label=label)
        st.put("host")


def addr_flush(args):
    if not args:
        raise Exit("Flush requires arguments.", 1)
    dev = None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "dev":
            dev = need(args, i); i += 1
        elif dev is None:
            dev = a
        else:
            garbage("dev", a)
        i += 1
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        if dev not in host.links:
            raise Exit(f'Device "{dev}" does not exist.', 1)
        host.addr_flush(dev)
        st.put("host")




# == main ==========================================================================================
def run(argv: list[str]) -> int:
    o = {"json": False, "pretty": False, "brief": False, "details": False, "family": None,
         "oneline": False, "stats": 0}
    args = list(argv)
    while args and args[0].startswith("-") and len(args[0]) > 1:
        opt = args.pop(0)
        if opt.startswith("--"):
            opt = opt[1:]
        if matches(opt, "-family"):
            f = args.pop(0) if args else ""
            o["family"] = {"inet": 4, "inet6": 6}.get(f)
        elif opt == "-4":
            o["family"] = 4
        elif opt == "-6":
            o["family"] = 6
        elif matches(opt, "-stats") or matches(opt, "-statistics"):
            o["stats"] += 1
        elif matches(opt, "-human") or matches(opt, "-iec") or matches(opt, "-resolve"):
            pass
        elif matches(opt, "-details"):
            o["details"] = True
        elif matches(opt, "-oneline"):
            o["oneline"] = True
        elif matches(opt, "-Version"):
            print(VERSION)
            return 0
        elif matches(opt, "-color") or opt.startswith("-color="):
            pass
        elif matches(opt, "-brief"):
            o["brief"] = True
        elif matches(opt, "-json"):
            o["json"] = True
        elif matches(opt, "-pretty"):
            o["pretty"] = True
        else:
            raise Exit(f'Option "{opt}" is unknown, try "ip -help".', 255)
    if not args:
        raise Exit(usage.IP.rstrip("\n"), 255)
    obj = next((w for w in OBJECTS if matches(args[0], w)), None)
    if obj == "help":
        raise Exit(usage.IP.rstrip("\n"), 255)
    if obj == "address":
        do_addr(o, args[1:])
    elif obj == "link":
        do_link(o, args[1:])
    elif obj == "route":
        do_route(o, args[1:])
    else:
        raise Exit(f'Object "{args[0]}" is unknown, try "ip help".', 1)
    return 0


def main(argv: list[str] | None = None):
    from .common import raw_stdio
    raw_stdio()
    try:
        rc = run(sys.argv[1:] if argv is None else argv)
    except Exit as e:
        sys.stdout.flush()
        sys.stderr.write(e.msg + "\n")
        rc = e.status
    except HostError as e:
        sys.stdout.flush()
        sys.stderr.write(e.message + "\n")
        rc = e.status
    except IptablesError as e:
        sys.stderr.write(e.message + "\n")
        rc = e.status
    except BrokenPipeError:                   # `pyip ... | head`: end quietly like ip on SIGPIPE
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    sys.exit(rc)


