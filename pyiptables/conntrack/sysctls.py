"""net.netfilter.nf_conntrack_* sysctls the tracker honours, read from the caller's mapping."""
from __future__ import annotations

from .proto_sctp import TIMEOUTS as SCTP_TIMEOUTS
from .proto_tcp import TIMEOUTS

P = "net.netfilter.nf_conntrack_"
# attribute, sysctl suffix, default
SCALARS = (
    ("udp_timeout", "udp_timeout", 30), ("udp_timeout_stream", "udp_timeout_stream", 120),
    ("icmp_timeout", "icmp_timeout", 30), ("generic_timeout", "generic_timeout", 600),
    ("gre_timeout", "gre_timeout", 30), ("gre_timeout_stream", "gre_timeout_stream", 180),
    ("tcp_loose", "tcp_loose", 1), ("tcp_be_liberal", "tcp_be_liberal", 0),
    ("tcp_ignore_invalid_rst", "tcp_ignore_invalid_rst", 0), ("tcp_max_retrans", "tcp_max_retrans", 3),
    ("checksum", "checksum", 1), ("max", "max", 262144), ("acct", "acct", 0),
    ("tstamp", "timestamp", 0), ("events", "events", 2), ("expect_max", "expect_max", 4096),
    ("buckets", "buckets", 262144), ("log_invalid", "log_invalid", 0),
)
# every sysctl this module knows, with its default text (what pysysctl may list)
DEFAULTS = {P + s: str(d) for _a, s, d in SCALARS}
DEFAULTS.update({P + "tcp_timeout_" + s: str(d) for s, d in TIMEOUTS if s})
DEFAULTS.update({P + "sctp_timeout_" + s: str(d) for s, d in SCTP_TIMEOUTS if s})


def _int(sysctls, key, default):
    if sysctls is None:
        return default
    try:
        v = sysctls.get(key)
    except Exception:
        return default
    if v is None:
        return default
    try:
        return int(str(v).split()[0])
    except (ValueError, IndexError):
        return default


class Settings:
    """Mixin: the sysctl values as plain attributes (read once, not per packet)."""

    def configure(self, sysctls=None):
        for attr, suffix, default in SCALARS:
            setattr(self, attr, _int(sysctls, P + suffix, default))
        self.tcp_timeouts = tuple(_int(sysctls, P + "tcp_timeout_" + s, d) if s else d for s, d in TIMEOUTS)
        st = [_int(sysctls, P + "sctp_timeout_" + s, d) if s else d for s, d in SCTP_TIMEOUTS]
        st[0] = st[1]                   # NONE: the CLOSED timeout, as nf_conntrack_sctp_init_net sets it
        self.sctp_timeouts = tuple(st)
        return self
