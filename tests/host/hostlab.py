"""The kernel lab topology as ip/sysctl lines (ifb stands in for dummy: this kernel has no dummy
driver; both are NOARP and always have carrier)."""

LAB = """
ip link add eth0 address 02:00:00:00:01:01 type ifb
ip link set eth0 up
ip link add eth1 address 02:00:00:00:02:01 type ifb
ip link set eth1 up
ip addr add 10.0.1.1/24 dev eth0
ip addr add 10.0.2.1/24 dev eth1
ip route add 192.168.0.0/16 via 10.0.1.2 dev eth0
ip route add default via 10.0.2.2 dev eth1
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.all.rp_filter=0
sysctl -w net.ipv4.conf.default.rp_filter=0
sysctl -w net.ipv4.conf.all.send_redirects=0
sysctl -w net.netfilter.nf_conntrack_udp_timeout=5
"""
