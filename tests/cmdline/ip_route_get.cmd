# ip route get: local, forwarded, unreachable destinations, from/iif/oif/mark/tos/connected/fibmatch,
# loopback sources and route_localnet, rp_filter, and the errors. (tests/kernel/gen_hostcmd.py
# runs the whole destination x form x setting matrix; these are the cases worth reading.)
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1 ; ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route add default via 10.0.2.254
$ ip route get 10.0.1.1
$ ip route get 10.0.1.5
$ ip route get 192.168.1.1
$ ip route get 8.8.8.8
$ ip -j route get 8.8.8.8
$ ip -j -p route get 192.168.1.1
$ ip route get 8.8.8.8 from 10.0.1.1
$ ip route get 8.8.8.8 from 10.0.9.9
$ ip route get 8.8.8.8 from 127.0.0.1
$ ip route get 127.0.0.1 from 127.0.0.1
$ ip route get 10.0.1.1 from 127.0.0.1
$ sysctl -q -w net.ipv4.conf.eth1.route_localnet=1 ; ip route get 8.8.8.8 from 127.0.0.1 ; ip route get 192.168.1.1 from 127.0.0.1
$ sysctl -q -w net.ipv4.conf.all.route_localnet=1 ; ip route get 8.8.8.8 from 127.0.0.1 ; ip route get 127.0.0.1 from 10.0.1.9 iif eth0
$ ip route get 8.8.8.8 oif eth0
$ ip route get 8.8.8.8 oif eth0 from 10.0.2.1
$ ip route get 8.8.8.8 oif nosuch
$ ip route get 8.8.8.8 mark 0x10
$ ip route get 8.8.8.8 mark abc
$ ip route get 8.8.8.8 mark -1
$ ip route get 8.8.8.8 connected
$ ip -j route get 8.8.8.8 connected
$ ip route get 8.8.8.8 connected from 10.0.2.1
$ ip route get 8.8.8.8 from 1.2.3.4 iif eth1 connected
$ ip route get fibmatch 8.8.8.8
$ ip route get fibmatch 10.0.1.1
$ ip route get fibmatch 10.0.1.255
$ ip route get fibmatch 255.255.255.255
$ ip -j route get fibmatch 192.168.1.1
$ ip route add blackhole 10.9.0.0/16 ; ip route get fibmatch 10.9.1.1
$ ip route del default ; ip route get fibmatch 8.8.8.8
$ ip route get 8.8.8.8 from 1.2.3.4 iif eth1
$ sysctl -q -w net.ipv4.ip_forward=1 ; ip route get 8.8.8.8 from 1.2.3.4 iif eth1 ; ip route get 192.168.1.1 from 10.0.2.9 iif eth1 ; ip route get 10.0.2.9 from 10.0.1.9 iif eth0 mark 7
$ sysctl -q -w net.ipv4.ip_forward=1 ; ip route get 10.0.1.9 from 10.0.1.8 iif eth0 ; ip -j route get 10.0.1.9 from 10.0.1.8 iif eth0
$ sysctl -q -w net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=1 ; ip route get 8.8.8.8 from 10.0.1.9 iif eth1 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ; ip route get 10.0.2.9 from 192.168.4.4 iif eth0
$ sysctl -q -w net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=2 ; ip route get 8.8.8.8 from 10.0.1.9 iif eth1 ; ip route del default ; ip route get 10.0.1.9 from 8.8.4.4 iif eth0
$ ip route get 10.0.1.1 from 10.0.2.1 iif eth0
$ sysctl -q -w net.ipv4.conf.all.accept_local=1 ; ip route get 10.0.1.1 from 10.0.2.1 iif eth0
$ ip route get 10.0.1.1 from 10.0.2.9 iif nosuch
$ ip route get 10.0.1.1 iif eth0
$ ip route get 10.0.1.1 from bogus
$ ip route get 10.0.1.1 from 10.0.2.9/24 iif eth1
$ ip route get 10.0.1.0/24
$ ip route get default
$ ip route get 300.1.1.1
$ ip route get
$ ip route get to 10.0.1.5
$ ip route get 10.0.1.5 10.0.1.6
$ ip route add unreachable 10.8.0.0/16 ; ip route add prohibit 10.7.0.0/16 ; ip route add throw 10.6.0.0/16 ; ip route get 10.8.1.1 ; ip route get 10.7.1.1 ; ip route get 10.6.1.1 ; ip route get 10.8.1.1 from 10.0.2.9 iif eth1
$ ip route add 10.5.0.0/16 dev eth0 tos 0x10 ; ip route get 10.5.1.1 tos 0x10 ; ip route get 10.5.1.1 ; ip route get 10.5.1.1 tos 0x08 ; ip -j route get 10.5.1.1 tos lowdelay
$ ip route get 10.5.1.1 tos 0x100
$ ip route get 10.5.1.1 tos 3
$ ip link set eth1 down ; ip route get 8.8.8.8 ; ip route get 10.0.2.5
$ ip -4 route get 10.0.1.5
$ ip -6 route get 10.0.1.5
%
