"""`ip link add|set|change|delete|show` over the emulated host, parsed like iproute2 6.1's
iplink_parse() (one parser for add, set and delete; a veth's peer options go through it again)."""
from __future__ import annotations

from ..store import Store
from ..xtoptions import c_strtoul
from . import ip_usage as usage
from . import show_link as show
from .ipargs import (Exit, check_altifname, check_ifname, duparg, emit, garbage, get_integer, invarg,
                     matches, need, parse_mac)
from .kernroutes import HostError
from .model import Host

# iproute2 keywords of link attributes the emulated host has no model of (exact, and by prefix)
NOT_EMULATED = ("trailers", "carrier", "vf", "vrf",
                "netns", "mode", "state", "protodown", "protodown_reason", "index", "brd",
                "xdp", "xdpgeneric", "xdpdrv", "xdpoffload", "gso_max_size", "gso_max_segs",
                "gro_max_size", "parentdev")
NOT_EMULATED_PREFIX = ("master", "nomaster", "dynamic", "numtxqueues", "numrxqueues",
                       "addrgenmode", "link-netnsid", "broadcast", "link")
VETH_USAGE = "Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'"


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
        return link_show(o, rest)
    if matches(cmd, "help"):
        raise Exit(usage.LINK.rstrip("\n"), 255)
    raise Exit(f'Command "{cmd}" is unknown, try "ip link help".', 255)


def new_parse(kind=None):
    return {"dev": None, "name": None, "mac": None, "mtu": None, "txqlen": None, "up": None,
            "type": kind, "rest": [], "flags": {}, "group": None, "alias": None}


def group_id(arg: str, what: str = 'Invalid "group" value') -> int:
    """rtnl_group_a2n(): a name of /etc/iproute2/group, or strtol(base 0) of the whole word kept
    in an int, which must not be negative (so 4294967296 is group 0, 4294967295 refused)."""
    g = show.group_names().get(arg)
    if g is not None:
        return g
    v, end = c_strtoul(arg)
    if arg and end == len(arg) and arg.lstrip(" \t\n\v\f\r")[:1] not in ("", "-"):
        v &= 0xFFFFFFFF
        if v < 1 << 31:
            return v
    invarg(what, arg)


class LinkSelect:
    """The link selectors of a listing (ipaddr_list_flush_or_save(): group, master, vrf,
    nomaster, type): the kernel filters its link dump by master and kind, print_linkinfo() by
    group and slave kind (and `up`) after the link's JSON object is open, so those leave {}.
    No link here has a master (nor is a VRF or a slave), and lo has no kind. A flush of
    addresses does not look at them."""

    def __init__(self):
        self.group = self.master = self.kind = None
        self.slave = False

    def take(self, args, i):
        """The index of the selector's last word at args[i], or None when it is none."""
        a = args[i]
        if a == "group":
            self.group = group_id(need(args, i))
        elif a == "master":
            self.master = need(args, i)
        elif a == "vrf":
            invarg("Not a valid VRF name", need(args, i))
        elif a == "nomaster":
            return i
        elif a == "type":
            k = need(args, i)
            self.slave = k.endswith("_slave")
            self.kind = None if self.slave else k
        else:
            return None
        return i + 1

    def check(self, host):
        if self.master is not None and self.master not in host.links:    # ll_name_to_index()
            invarg("Device does not exist", self.master)

    def dumped(self, l) -> bool:
        return self.master is None and (self.kind is None or self.kind == l.kind != "loopback")

    def printed(self, l, only_up: bool) -> bool:
        return not self.slave and (self.group is None or l.group == self.group) and (not only_up or l.up)


def _integer_once(p, key, what, v):
    """An integer option given once: iproute2's duparg, then 'Invalid "WHAT" value'."""
    if p[key] is not None:
        duparg(what, v)
    n = get_integer(v)
    if n is None:
        invarg(f'Invalid "{what}" value', v)
    return n


def parse(args, p=None):
    """iplink_parse(): the options up to `type KIND`; p["rest"] holds what follows the kind."""
    p = p if p is not None else new_parse()
    i = 0
    while i < len(args):
        a = args[i]
        if a == "up":
            p["up"] = True
        elif a == "down":
            p["up"] = False
        elif a == "name":
            v = need(args, i); i += 1
            if p["name"] is not None:
                duparg("name", v)
            if not check_ifname(v):
                invarg('"name" not a valid ifname', v, blank=False)
            p["name"] = v
        elif matches(a, "address"):
            p["mac"] = parse_mac(need(args, i)); i += 1
        elif matches(a, "txqueuelen") or a == "qlen" or matches(a, "txqlen"):
            v = need(args, i); i += 1
            p["txqlen"] = _integer_once(p, "txqlen", "txqueuelen", v)
        elif a == "mtu":
            v = need(args, i); i += 1
            p["mtu"] = _integer_once(p, "mtu", "mtu", v)
        elif a == "group":
            v = need(args, i); i += 1
            if p["group"] is not None:
                duparg("group", v)
            p["group"] = group_id(v)
        elif a == "alias":
            v = need(args, i); i += 1
            if len(v.encode()) >= 256:              # IFALIASZ
                invarg("alias too long", v)
            p["alias"] = v
        elif a in ("promisc", "allmulticast", "multicast", "arp"):
            v = need(args, i); i += 1
            if v not in ("on", "off"):
                raise Exit(f'Error: argument of "{a}" must be "on" or "off", not "{v}"', 1)
            p["flags"][a] = v == "on"
        elif a in NOT_EMULATED or any(matches(a, w) for w in NOT_EMULATED_PREFIX):
            raise Exit(f'pyip: link attribute "{a}" is not emulated', 2)
        elif matches(a, "type"):
            v = need(args, i)
            if p["type"] is not None:
                duparg("type", v)
            p["type"], p["rest"] = v, args[i + 2:]
            break
        else:
            if matches(a, "help"):
                raise Exit(usage.LINK.rstrip("\n"), 255)
            if a == "dev":
                a = need(args, i); i += 1
            if p["dev"] is not None:
                garbage("dev", a)
            if not check_altifname(a):
                invarg('"dev" not a valid ifname', a, blank=False)
            p["dev"] = a
        i += 1
    return p


def link_add(args):
    p = parse(args)
    if p["name"] is not None and p["dev"] is not None:
        raise Exit('both "name" and "dev" cannot be used when creating devices.', 255)
    name = p["name"] or p["dev"]
    kind = p["type"]
    if kind is None:
        raise Exit('Not enough information: "type" argument is required', 1)
    peer = None
    if kind == "veth" and p["rest"]:
        if p["rest"][0] != "peer":
            raise Exit(VETH_USAGE, 1)
        peer = parse(p["rest"][1:], new_parse(kind))
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        kw = {}
        if peer is not None:
            kw = dict(peer=peer["name"] or peer["dev"], peer_mac=peer["mac"], peer_mtu=peer["mtu"],
                      peer_txqlen=peer["txqlen"])
        name = host.link_add(name, kind, mac=p["mac"], mtu=p["mtu"], txqlen=p["txqlen"], **kw)
        # rtnl_create_link() sets no IFLA_IFALIAS: an alias given to `add` is dropped
        if p["group"] is not None:              # rtnl_create_link(): dev_set_group()
            host.link_set(name, group=p["group"])
        if p["up"] or p["flags"]:                # rtnl_configure_link()
            host.link_set(name, up=p["up"], flags=p["flags"])
        st.put("host")


def _device(host, p):
    if p["dev"] is None:
        raise Exit('Not enough information: "dev" argument is required.', 255)
    if p["dev"] not in host.links:
        raise Exit(f'Cannot find device "{p["dev"]}"', 1)
    if p["mac"] is not None and len(p["mac"]) != 6:
        raise Exit(f"Invalid address length {len(p['mac'])} - must be 6 bytes", 1)
    return p["dev"]


def link_set(args):
    p = parse(args)
    err = None
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        dev = _device(host, p)
        try:                                 # do_setlink() keeps the steps done before an error
            host.link_set(dev, up=p["up"], mac=p["mac"], mtu=p["mtu"], newname=p["name"],
                          txqlen=p["txqlen"], flags=p["flags"], group=p["group"], alias=p["alias"])
        except HostError as e:
            err = e
        st.put("host")
    if err is not None:
        raise err


def link_del(args):
    p = parse(args)
    with Store().transaction(write=True) as st:
        host = st.get("host", Host)
        dev = _device(host, p)
        host.link_del(dev)
        st.put("host")


def link_show(o, args):
    dev = None
    sel = LinkSelect()
    only_up = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "up":
            only_up = True
        elif (j := sel.take(args, i)) is not None:
            i = j
        elif a == "dev":
            dev = need(args, i); i += 1
        elif dev is None:
            dev = a
        else:
            garbage("dev", a)
        i += 1
    with Store().transaction(write=False) as st:
        host = st.get("host", Host)
        sel.check(host)
        if dev is not None and dev not in host.links:
            raise Exit(f'Device "{dev}" does not exist.', 1)
        links = [l for l in sorted(host.links.values(), key=lambda l: l.index)
                 if (dev is None or l.name == dev) and sel.dumped(l)]
        out, js = [], []
        for l in links:
            if not sel.printed(l, only_up):
                if o["json"]:
                    js.append({})
                continue
            if o["brief"]:
                if o["json"]:
                    js.append({"ifname": show.ifname(l), "operstate": l.operstate(host),
                               "address": l.mac_str, "flags": l.flags(host)})
                else:
                    out.append(show.brief_link(host, l))
            elif o["json"]:
                d = show.link_json(host, l, True, o["details"])
                if o["stats"]:
                    d.update(show.stats_json(o["stats"]))
                js.append(d)
            elif o["oneline"]:
                out.append(show.oneline_link(show.link_text(host, l, True, o["details"])
                                             + (show.stats_text(o["stats"]) if o["stats"] else "")))
            else:
                out.append(show.link_text(host, l, True, o["details"]))
                if o["stats"]:
                    out.append(show.stats_text(o["stats"]))
        emit(o, out, js)
