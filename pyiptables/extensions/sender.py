"""Who sent the host's own packets. A replay has packets, not processes: every packet walked on
the OUTPUT path (and its POSTROUTING) is taken as sent by one socket of a root process, the way the
kernel lab sends them (a raw socket of a root process at the root of its cgroup hierarchy, no
net_cls class), at OUTPUT and POSTROUTING. Forwarded packets have no socket, nor do the replies
the stack would emit itself (REJECT, ICMP errors), which are reported and never walked. Read by
owner and cgroup."""

UID, GID, GROUPS = 0, 0, ()      # the socket file's fsuid, fsgid and supplementary groups
CLASSID = 0                      # sock_cgroup_classid(): no net_cls class
CGROUP = ()                      # its cgroup2 path, as components: the root

# loopback_xmit() orphans a looped-back packet: from PREROUTING on it has no socket any more
HOOKS_WITH_SOCKET = frozenset((3, 4))       # LOCAL_OUT, POST_ROUTING
