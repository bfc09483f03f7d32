"""The sysctl keys we emulate: names, defaults of a fresh network namespace, and the kernel's
write validation (proc_dointvec & friends), measured on this machine's kernel (HZ=250).

A Spec says how the kernel parses a written string; `kernel_write()` returns the stored value or
raises SysctlWriteError(errno) exactly where the kernel's proc handler fails.
"""
from __future__ import annotations

import errno as _errno
import re

HZ = 250
INT_MAX = 2**31 - 1
UINT_MAX = 2**32 - 1
ULONG_MAX = 2**64 - 1


class SysctlWriteError(Exception):
    def __init__(self, err: int):
        super().__init__(err)
        self.errno = err


class Spec:
    """kind: int | minmax | uint | jiffies | ms_jiffies | ro | nf_log | lwtunnel | frag_hi | frag_lo
    (frag_*: lo names the partner threshold key)."""
    __slots__ = ("kind", "lo", "hi")

    def __init__(self, kind="int", lo=None, hi=None):
        self.kind, self.lo, self.hi = kind, lo, hi

    @property
    def writable(self) -> bool:
        return self.kind != "ro"


INT = Spec()
RO = Spec("ro")


def u8(hi=255):
    return Spec("uint", 0, hi)


# net.ipv4.conf.{all,default,IFACE}.* — all plain proc_dointvec except read-only mc_forwarding
CONF_DEFAULTS = {
    "accept_local": 0, "accept_redirects": 1, "accept_source_route": 1, "arp_accept": 0,
    "arp_announce": 0, "arp_evict_nocarrier": 1, "arp_filter": 0, "arp_ignore": 0, "arp_notify": 0,
    "bc_forwarding": 0, "bootp_relay": 0, "disable_policy": 0, "disable_xfrm": 0,
    "drop_gratuitous_arp": 0, "drop_unicast_in_l2_multicast": 0, "force_igmp_version": 0,
    "forwarding": 0, "igmpv2_unsolicited_report_interval": 10000,
    "igmpv3_unsolicited_report_interval": 1000, "ignore_routes_with_linkdown": 0, "log_martians": 0,
    "mc_forwarding": 0, "medium_id": 0, "promote_secondaries": 0, "proxy_arp": 0,
    "proxy_arp_pvlan": 0, "route_localnet": 0, "rp_filter": 0, "secure_redirects": 1,
    "send_redirects": 1, "shared_media": 1, "src_valid_mark": 0, "tag": 0,
}
CONF_ALL_OVERRIDES = {"accept_source_route": 0}      # the kernel's ipv4_devconf differs from _dflt here
CONF_LO_OVERRIDES = {"disable_policy": 1, "disable_xfrm": 1}   # set for the loopback device
CONF_KEYS = sorted(CONF_DEFAULTS)
CONF_RO = {"mc_forwarding"}
# DEVINET_SYSCTL_FLUSHING_ENTRY: their handler neither marks the key set nor copies conf.default
CONF_FLUSHING = {"disable_xfrm", "disable_policy", "promote_secondaries", "route_localnet",
                 "drop_unicast_in_l2_multicast"}

# keys outside conf/: name -> (default, spec)
_CT_TIMEOUTS = {
    "nf_conntrack_frag6_timeout": 60, "nf_conntrack_generic_timeout": 600,
    "nf_conntrack_gre_timeout": 30, "nf_conntrack_gre_timeout_stream": 180,
    "nf_conntrack_icmp_timeout": 30, "nf_conntrack_icmpv6_timeout": 30,
    "nf_conntrack_sctp_timeout_closed": 10, "nf_conntrack_sctp_timeout_cookie_echoed": 3,
    "nf_conntrack_sctp_timeout_cookie_wait": 3, "nf_conntrack_sctp_timeout_established": 210,
    "nf_conntrack_sctp_timeout_heartbeat_sent": 30, "nf_conntrack_sctp_timeout_shutdown_ack_sent": 3,
    "nf_conntrack_sctp_timeout_shutdown_recd": 3, "nf_conntrack_sctp_timeout_shutdown_sent": 3,
    "nf_conntrack_tcp_timeout_close": 10, "nf_conntrack_tcp_timeout_close_wait": 60,
    "nf_conntrack_tcp_timeout_established": 432000, "nf_conntrack_tcp_timeout_fin_wait": 120,
    "nf_conntrack_tcp_timeout_last_ack": 30, "nf_conntrack_tcp_timeout_max_retrans": 300,
    "nf_conntrack_tcp_timeout_syn_recv": 60, "nf_conntrack_tcp_timeout_syn_sent": 120,
    "nf_conntrack_tcp_timeout_time_wait": 120, "nf_conntrack_tcp_timeout_unacknowledged": 300,
    "nf_conntrack_udp_timeout": 30, "nf_conntrack_udp_timeout_stream": 120,
}

GLOBALS: dict[str, tuple[object, Spec]] = {
    "net.ipv4.icmp_echo_enable_probe": (0, u8(1)),
    "net.ipv4.icmp_echo_ignore_all": (0, u8(1)),
    "net.ipv4.icmp_echo_ignore_broadcasts": (1, u8(1)),
    "net.ipv4.icmp_errors_use_inbound_ifaddr": (0, u8(1)),
    "net.ipv4.icmp_ignore_bogus_error_responses": (1, u8(1)),
    "net.ipv4.icmp_msgs_burst": (50, Spec("minmax", 0, INT_MAX)),
    "net.ipv4.icmp_msgs_per_sec": (1000, Spec("minmax", 0, INT_MAX)),
    "net.ipv4.icmp_ratelimit": (1000, Spec("ms_jiffies", 0, None)),
    "net.ipv4.icmp_ratemask": (6168, INT),
    "net.ipv4.ip_default_ttl": (64, Spec("minmax", 1, 255)),
    "net.ipv4.ip_forward": (None, INT),                    # alias of conf.all.forwarding
    "net.ipv4.ip_forward_update_priority": (1, u8(1)),
    "net.ipv4.ip_forward_use_pmtu": (0, u8(255)),
    # IPv4 reassembly (what the walk's defragmenter follows)
    "net.ipv4.ipfrag_high_thresh": (4194304, Spec("frag_hi", "net.ipv4.ipfrag_low_thresh")),
    "net.ipv4.ipfrag_low_thresh": (3145728, Spec("frag_lo", "net.ipv4.ipfrag_high_thresh")),
    "net.ipv4.ipfrag_max_dist": (64, Spec("minmax", 0, INT_MAX)),
    "net.ipv4.ipfrag_time": (30, Spec("jiffies")),
    "net.netfilter.nf_conntrack_acct": (0, u8(1)),
    "net.netfilter.nf_conntrack_buckets": (262144, RO),    # writable only in init_net
    "net.netfilter.nf_conntrack_checksum": (1, u8(1)),
    "net.netfilter.nf_conntrack_count": (0, RO),
    "net.netfilter.nf_conntrack_events": (2, u8(2)),
    "net.netfilter.nf_conntrack_expect_max": (4096, RO),   # read-only outside init_net
    "net.netfilter.nf_conntrack_frag6_high_thresh":
        (4194304, Spec("frag_hi", "net.netfilter.nf_conntrack_frag6_low_thresh")),
    "net.netfilter.nf_conntrack_frag6_low_thresh":
        (3145728, Spec("frag_lo", "net.netfilter.nf_conntrack_frag6_high_thresh")),
    "net.netfilter.nf_conntrack_log_invalid": (0, u8(255)),
    "net.netfilter.nf_conntrack_max": (262144, RO),        # read-only outside init_net
    "net.netfilter.nf_conntrack_tcp_be_liberal": (0, u8(1)),
    "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": (0, u8(1)),
    "net.netfilter.nf_conntrack_tcp_loose": (1, u8(1)),
    "net.netfilter.nf_conntrack_tcp_max_retrans": (3, u8(255)),
    "net.netfilter.nf_conntrack_timestamp": (0, u8(1)),
    "net.netfilter.nf_hooks_lwtunnel": (0, Spec("lwtunnel")),
}
for _k, _v in _CT_TIMEOUTS.items():
    GLOBALS["net.netfilter." + _k] = (_v, Spec("jiffies"))

# nf_log.<pf>: the logger bound to each protocol family, and the loggers a family accepts
NF_LOG_DEFAULT = {0: "NONE", 1: "NONE", 2: "nf_log_ipv4", 3: "nf_log_arp", 4: "NONE",
                  5: "nf_log_netdev", 6: "NONE", 7: "nf_log_bridge", 8: "NONE", 9: "NONE",
                  10: "nf_log_ipv6"}
for _pf, _name in NF_LOG_DEFAULT.items():
    GLOBALS[f"net.netfilter.nf_log.{_pf}"] = (_name, Spec("nf_log", _pf))

_NUM = re.compile(r"(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)")
_WS = " \t\n"


def _parse_long(text: str) -> tuple[bool, int]:
    """proc_get_long(): optional '-', digits in base 0, then whitespace or the end."""
    s = text.lstrip(_WS)
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    m = _NUM.match(s)
    if not m:
        raise SysctlWriteError(_errno.EINVAL)
    rest = s[m.end():]
    if rest and rest[0] not in _WS:
        raise SysctlWriteError(_errno.EINVAL)
    t = m.group(1)
    v = int(t, 16) if t[:2] in ("0x", "0X") else int(t, 8) if len(t) > 1 and t[0] == "0" else int(t)
    if v > ULONG_MAX:
        raise SysctlWriteError(_errno.EINVAL)
    return neg, v


def kernel_write(spec: Spec, text: str, current=None, related=None):
    """The value the kernel stores for `text`, or SysctlWriteError. `related` feeds frag thresholds."""
    k = spec.kind
    if k == "ro":
        raise SysctlWriteError(_errno.EACCES)
    if k == "nf_log":
        name = text.strip(_WS)
        if name == "NONE" or name == NF_LOG_DEFAULT.get(spec.lo):
            return name
        raise SysctlWriteError(_errno.ENOENT)
    neg, v = _parse_long(text)
    if k in ("int", "minmax", "lwtunnel"):
        if (neg and v > INT_MAX + 1) or (not neg and v > INT_MAX):
            raise SysctlWriteError(_errno.EINVAL)
        val = -v if neg else v
        if k == "minmax" and not (spec.lo <= val <= spec.hi):
            raise SysctlWriteError(_errno.EINVAL)
        if k == "lwtunnel":
            if val not in (0, 1):
                raise SysctlWriteError(_errno.EINVAL)
            if current == 1 and val == 0:
                raise SysctlWriteError(_errno.EBUSY)
        return val
    if k == "jiffies":
        if v > INT_MAX // HZ:
            raise SysctlWriteError(_errno.EINVAL)
        return -v if neg else v
    if k == "ms_jiffies":
        # msecs_to_jiffies() takes an unsigned int (the value is cut to 32 bits, a '-' wraps)
        # and makes a negative int infinite, which no int holds
        m = (-v if neg else v) & UINT_MAX
        if m > INT_MAX:
            raise SysctlWriteError(_errno.EINVAL)
        return -(-m * HZ // 1000) * 1000 // HZ      # rounded up to whole jiffies, read back in ms
    if neg:
        raise SysctlWriteError(_errno.EINVAL)
    if k == "uint":
        if v > UINT_MAX or not (spec.lo <= v <= spec.hi):
            raise SysctlWriteError(_errno.EINVAL)
        return v
    if k == "frag_hi":
        if v < (related or 0):
            raise SysctlWriteError(_errno.EINVAL)
        return v
    if k == "frag_lo":
        if related is not None and v > related:
            raise SysctlWriteError(_errno.EINVAL)
        return v
    raise SysctlWriteError(_errno.EINVAL)
