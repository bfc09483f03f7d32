"""iproute2 output of links: `ip link show` as text, brief, oneline and JSON (details, -s
counters), and the link header `ip addr` prints, byte for byte like iproute2 6.1."""
from __future__ import annotations

DETAILS = {  # kind: (min_mtu, max_mtu, numtxqueues, tso_max_size)
    "loopback": (0, 0, 1, 524280), "dummy": (0, 0, 1, 524280), "ifb": (0, 0, 1, 524280),
    "veth": (68, 65535, 2, 524280), "bridge": (68, 65535, 1, 65536),
}


class Raw(str):
    """A JSON value written as it is (iproute2 prints timers as %.2f numbers)."""


GROUPS = "/etc/iproute2/group"


def group_names() -> dict:
    """/etc/iproute2/group: name -> id (rtnl_group_initialize; the file's first line for a name)."""
    out = {}
    try:
        with open(GROUPS, encoding="utf-8", errors="surrogateescape") as f:
            for line in f:
                parts = line.split("#", 1)[0].split()
                if len(parts) >= 2:
                    try:
                        out.setdefault(parts[1], int(parts[0], 0))
                    except ValueError:
                        continue
    except OSError:
        pass
    return out


def group_name(link) -> str:
    """rtnl_group_n2a(): the group's name from the file, else its number."""
    g = getattr(link, "group", 0)
    return next((name for name, i in group_names().items() if i == g), str(g))


def qlen(link) -> int:
    """tx_queue_len is a u32 that iproute2 prints as an int."""
    return link.txqlen - (1 << 32) if link.txqlen >= 1 << 31 else link.txqlen


def ifname(link) -> str:
    return f"{link.name}@{link.peer}" if link.peer else link.name


# -- links & addresses ------------------------------------------------------------------------------
def link_json(host, link, show_mode: bool, details: bool, family=None, addrgen=True) -> dict:
    """family 4/6: an AF_INET(6) link dump, which carries no link-layer address; addrgen=False:
    the dump of `ip addr` (no IFLA_AF_SPEC, so no addrgenmode)."""
    d = {"ifindex": link.index}
    if link.peer:
        d["link"] = link.peer           # iproute2 prints IFLA_LINK before the name
    d["ifname"] = link.name
    d.update(flags=link.flags(host), mtu=link.mtu)
    if family != 6:                     # an AF_INET6 link dump carries no qdisc nor group
        d["qdisc"] = link.qdisc
    d["operstate"] = link.operstate(host)
    if show_mode:
        d["linkmode"] = "DEFAULT"
    if family != 6:
        d["group"] = group_name(link)
    if link.txqlen:
        d["txqlen"] = qlen(link)
    if family not in (4, 6):
        lt = "loopback" if link.kind == "loopback" else "ether"
        d.update(link_type=lt, address=link.mac_str,
                 broadcast="00:00:00:00:00:00" if lt == "loopback" else "ff:ff:ff:ff:ff:ff")
    if details and family not in (4, 6):
        mn, mx, nq, tso = DETAILS[link.kind]
        d.update(promiscuity=int("PROMISC" in link.ifflags), allmulti=int("ALLMULTI" in link.ifflags),
                 min_mtu=mn, max_mtu=mx)
        if link.kind != "loopback":
            d["linkinfo"] = {"info_kind": link.kind}
            if link.kind == "bridge":
                d["linkinfo"]["info_data"] = {j: (Raw(v) if j.endswith("timer") else v)
                                              for j, _t, v in bridge_data(link)}
        if addrgen and link.mtu >= 1280:       # no inet6_dev below IPV6_MIN_MTU
            d["inet6_addr_gen_mode"] = "eui64"
        d.update(num_tx_queues=nq, num_rx_queues=nq, gso_max_size=65536,
                 gso_max_segs=65535, tso_max_size=tso, tso_max_segs=65535, gro_max_size=65536)
    if link.alias and (show_mode or details):       # print_linkinfo(): a link listing's, or -d
        d["ifalias"] = link.alias
    return d


def link_text(host, link, show_mode: bool, details: bool, family=None, addrgen=True) -> str:
    lt = "loopback" if link.kind == "loopback" else "ether"
    brd = "00:00:00:00:00:00" if lt == "loopback" else "ff:ff:ff:ff:ff:ff"
    if family == 6:       # an AF_INET6 link dump carries no qdisc nor group
        return (f"{link.index}: {ifname(link)}: <{','.join(link.flags(host))}> mtu {link.mtu} "
                f"state {link.operstate(host)} " + (f"qlen {qlen(link)}" if link.txqlen else "") + "\n")
    s = (f"{link.index}: {ifname(link)}: <{','.join(link.flags(host))}> mtu {link.mtu} qdisc {link.qdisc} "
         f"state {link.operstate(host)} {'mode DEFAULT ' if show_mode else ''}group {group_name(link)} "
         + (f"qlen {qlen(link)}" if link.txqlen else "") + "\n")
    if family not in (4, 6):
        s += f"    link/{lt} {link.mac_str} brd {brd}"
        if details:
            mn, mx, nq, tso = DETAILS[link.kind]
            s += (f" promiscuity {int('PROMISC' in link.ifflags)}  allmulti {int('ALLMULTI' in link.ifflags)}"
                  f" minmtu {mn} maxmtu {mx} ")
            if link.kind != "loopback":
                s += f"\n    {link.kind} "
                if link.kind == "bridge":
                    s += "".join(f"{t} {v:>7} " if t.endswith("timer") else f"{t} {v} "
                                 for _j, t, v in bridge_data(link))
            if addrgen and link.mtu >= 1280:
                s += "addrgenmode eui64 "
            s += (f"numtxqueues {nq} numrxqueues {nq} gso_max_size 65536 "
                  f"gso_max_segs 65535 tso_max_size {tso} tso_max_segs 65535 gro_max_size 65536 ")
        if link.alias and (show_mode or details):
            s += f"\n    alias {link.alias}"
        s += "\n"
    return s


def bridge_data(link) -> list[tuple[str, str, object]]:
    """IFLA_INFO_DATA of a new bridge (br_fill_info()): (json key, text key, value); its id
    is priority.MAC as iproute2 prints it (%x per byte)."""
    bid = "8000." + ":".join(f"{b:x}" for b in link.mac)
    return [("forward_delay", "forward_delay", 1500), ("hello_time", "hello_time", 200),
            ("max_age", "max_age", 2000), ("ageing_time", "ageing_time", 30000),
            ("stp_state", "stp_state", 0), ("priority", "priority", 32768),
            ("vlan_filtering", "vlan_filtering", 0), ("bridge_id", "bridge_id", bid),
            ("root_id", "designated_root", bid), ("root_port", "root_port", 0),
            ("root_path_cost", "root_path_cost", 0), ("topology_change", "topology_change", 0),
            ("topology_change_detected", "topology_change_detected", 0),
            ("hello_timer", "hello_timer", "0.00"), ("tcn_timer", "tcn_timer", "0.00"),
            ("topology_change_timer", "topology_change_timer", "0.00"), ("gc_timer", "gc_timer", "0.00"),
            ("group_fwd_mask", "group_fwd_mask", "0"), ("group_addr", "group_address", "01:80:c2:00:00:00"),
            ("mcast_snooping", "mcast_snooping", 1), ("no_linklocal_learn", "no_linklocal_learn", 0),
            ("mcast_vlan_snooping", "mcast_vlan_snooping", 0), ("mcast_router", "mcast_router", 1),
            ("mcast_query_use_ifaddr", "mcast_query_use_ifaddr", 0), ("mcast_querier", "mcast_querier", 0),
            ("mcast_hash_elasticity", "mcast_hash_elasticity", 16), ("mcast_hash_max", "mcast_hash_max", 4096),
            ("mcast_last_member_cnt", "mcast_last_member_count", 2),
            ("mcast_startup_query_cnt", "mcast_startup_query_count", 2),
            ("mcast_last_member_intvl", "mcast_last_member_interval", 100),
            ("mcast_membership_intvl", "mcast_membership_interval", 26000),
            ("mcast_querier_intvl", "mcast_querier_interval", 25500),
            ("mcast_query_intvl", "mcast_query_interval", 12500),
            ("mcast_query_response_intvl", "mcast_query_response_interval", 1000),
            ("mcast_startup_query_intvl", "mcast_startup_query_interval", 3124),
            ("mcast_stats_enabled", "mcast_stats_enabled", 0), ("mcast_igmp_version", "mcast_igmp_version", 2),
            ("mcast_mld_version", "mcast_mld_version", 1), ("nf_call_iptables", "nf_call_iptables", 0),
            ("nf_call_ip6tables", "nf_call_ip6tables", 0), ("nf_call_arptables", "nf_call_arptables", 0)]


def stats_text(level: int) -> str:
    """`-s` counters; the emulated host carries no traffic, so every counter is 0."""
    z = "             0       0      0       0       0       0 \n"
    s = "    RX:  bytes packets errors dropped  missed   mcast           \n" + z
    if level > 1:
        s += ("    RX errors:  length    crc   frame    fifo overrun\n"
              "                     0      0       0       0       0 \n")
    s += "    TX:  bytes packets errors dropped carrier collsns           \n" + z
    if level > 1:
        s += ("    TX errors: aborted   fifo  window heartbt transns\n"
              "                     0      0       0       0       0 \n")
    return s


def stats_json(level: int = 1) -> dict:
    rx = {"bytes": 0, "packets": 0, "errors": 0, "dropped": 0, "over_errors": 0, "multicast": 0}
    tx = {"bytes": 0, "packets": 0, "errors": 0, "dropped": 0, "carrier_errors": 0, "collisions": 0}
    if level > 1:
        rx.update(length_errors=0, crc_errors=0, frame_errors=0, fifo_errors=0, missed_errors=0)
        tx.update(aborted_errors=0, fifo_errors=0, window_errors=0, heartbeat_errors=0, carrier_changes=0)
    return {"stats64": {"rx": rx, "tx": tx}}


def oneline_link(text: str) -> str:
    return text[:-1].replace("\n", "\\") + "\n"


def brief_link(host, link) -> str:
    return (f"{ifname(link):<16} {link.operstate(host):<14} {link.mac_str} "
            f"<{','.join(link.flags(host))}> \n")
