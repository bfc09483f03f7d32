# ip route: add/del/replace/change/append/prepend/show/flush with via, dev, metric, src, scope, proto,
# table, tos, types; their errors (route metrics such as mtu, multipath and IPv6 routes are not
# emulated: tests/host/test_cli.py). Two ifbs (always carrier) eth0 10.0.1.1/24, eth1 10.0.2.1/24.
% ip link set lo up
$ ip route
$ ip r
$ ip ro li
$ ip route show table main
$ ip route show table local
$ ip route show table 255
$ ip route show table all
$ ip -4 route show table all
$ ip -6 route show table all
$ ip route show table default
$ ip route show table 100
$ ip route show table foo
$ ip route show table
$ ip -j route show table local
$ ip -j -p route show table local
$ ip -o route show table local
$ ip -br route show table local
$ ip -d route show table local
$ ip route frob
$ ip route help
$ ip route add
$ ip route del
$ ip route get
$ ip route flush
$ ip route flush table main
$ ip route add 10.0.0.0/8 dev lo ; ip route ; ip route flush table main ; ip route
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1
$ ip route
$ ip -j route
$ ip -j -p route
$ ip -4 route show table all
$ ip -j -4 route show table all
$ ip route show dev eth0
$ ip route show table local dev eth1
$ ip route show proto kernel
$ ip route show proto boot
$ ip route show scope link
$ ip route show scope host table local
$ ip route show type broadcast table local
$ ip route show type local table all
$ ip route show type bogus
$ ip route show 10.0.1.0/24
$ ip route show exact 10.0.1.0/24
$ ip route show root 10.0.0.0/8
$ ip route show match 10.0.1.77
$ ip route show dev nosuch
$ ip route show table local root 10.0.1.0/24
$ ip route show table local match 10.0.1.1
$ ip route show src 10.0.1.1
$ ip route show via 10.0.1.2
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route
$ ip route add 192.168.0.0/16 via 10.0.1.2 dev eth0 ; ip route ; ip -j route
$ ip route add 192.168.0.0/16 via 10.0.1.2 dev eth1
$ ip route add 192.168.0.0/16 via 10.0.9.2
$ ip route add 192.168.0.0/16 via 10.0.1.1
$ ip route add 192.168.0.0/16 via 10.0.1.255
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route add 192.168.0.0/16 via 10.0.1.3
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route add 192.168.0.0/16 via 10.0.1.3 metric 10 ; ip route ; ip route get 192.168.1.1
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route append 192.168.0.0/16 via 10.0.2.3 ; ip route ; ip route get 192.168.1.1
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route prepend 192.168.0.0/16 via 10.0.2.3 ; ip route ; ip route get 192.168.1.1
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route replace 192.168.0.0/16 via 10.0.2.3 ; ip route
$ ip route replace 192.168.0.0/16 via 10.0.2.3 ; ip route
$ ip route change 192.168.0.0/16 via 10.0.2.3
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route change 192.168.0.0/16 via 10.0.2.3 ; ip route
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route chg 192.168.0.0/16 via 10.0.2.3 proto static ; ip route
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route append 192.168.0.0/16 via 10.0.1.2
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/16 ; ip route
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/16 via 10.0.1.3
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/16 dev eth1
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/16 via 10.0.1.2 dev eth0 ; ip route
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/24
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/16 metric 5
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/16 table 100
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route del 192.168.0.0/16 ; ip route del 192.168.0.0/16
$ ip route del 192.168.0.0/16
$ ip route delete default
$ ip route del 192.168.0.0/16 dev nosuch
$ ip route add default via 10.0.2.254 ; ip route ; ip -j route ; ip route show default
$ ip route add 0.0.0.0/0 via 10.0.2.254 ; ip route
$ ip route add default via 10.0.2.254 ; ip route add default via 10.0.1.254
$ ip route add default via 10.0.2.254 ; ip route add default via 10.0.1.254 metric 100 ; ip route ; ip route del default ; ip route
$ ip route add default via 10.0.2.254 ; ip route del default via 10.0.2.254 ; ip route
$ ip route add default dev eth0 ; ip route ; ip route get 8.8.8.8
$ ip route add default via 10.0.2.254 dev eth1 metric 0 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 scope link ; ip route
$ ip route add 10.5.0.0/16 dev eth0 scope global ; ip route ; ip route get 10.5.1.1
$ ip route add 10.5.0.0/16 dev eth0 scope host ; ip route ; ip route get 10.5.1.1
$ ip route add 10.5.0.0/16 dev eth0 scope site ; ip -j route
$ ip route add 10.5.0.0/16 dev eth0 scope 7 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 scope nowhere
$ ip route add 10.5.0.0/16 dev eth0 scope bogus
$ ip route add 10.5.0.0/16 via 10.0.1.2 scope link ; ip route
$ ip route add 10.5.0.0/16 via 10.0.1.2 scope host
$ ip route add 10.5.0.0/16 dev eth0 metric 10 ; ip route ; ip -j route
$ ip route add 10.5.0.0/16 dev eth0 metric 4294967295 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 metric 4294967296
$ ip route add 10.5.0.0/16 dev eth0 metric -1
$ ip route add 10.5.0.0/16 dev eth0 metric 0x10 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 metric abc
$ ip route add 10.5.0.0/16 dev eth0 priority 7 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 preference 7 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 metric 1 metric 2
$ ip route add 10.5.0.0/16 dev eth0 metric 10 ; ip route add 10.5.0.0/16 dev eth0 metric 20 ; ip route ; ip route del 10.5.0.0/16 metric 20 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 metric 10 ; ip route add 10.5.0.0/16 dev eth0 metric 20 ; ip route del 10.5.0.0/16 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip route ; ip route get 10.5.1.1
$ ip route add 10.5.0.0/16 dev eth0 src 10.0.2.1 ; ip route ; ip route get 10.5.1.1
$ ip route add 10.5.0.0/16 dev eth0 src 127.0.0.1 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 src 10.0.9.9
$ ip route add 10.5.0.0/16 dev eth0 src bogus
$ ip route add 10.5.0.0/16 dev eth0 src 10.0.1.0
$ ip route add 10.5.0.0/16 dev eth0 src 10.0.1.255
$ ip route add 10.5.0.0/16 via 10.0.1.2 src 10.0.1.1 metric 7 proto static ; ip route ; ip -j route
$ ip route add 10.5.0.0/16 dev eth0 proto static ; ip route ; ip route show proto static
$ ip route add 10.5.0.0/16 dev eth0 proto kernel ; ip route ; ip route show proto kernel
$ ip route add 10.5.0.0/16 dev eth0 proto 99 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 proto 200 ; ip -j route
$ ip route add 10.5.0.0/16 dev eth0 proto dhcp ; ip route
$ ip route add 10.5.0.0/16 dev eth0 proto bird ; ip route
$ ip route add 10.5.0.0/16 dev eth0 proto redirect ; ip route
$ ip route add 10.5.0.0/16 dev eth0 proto unspec ; ip route
$ ip route add 10.5.0.0/16 dev eth0 proto 256
$ ip route add 10.5.0.0/16 dev eth0 proto bogus
$ ip route add 10.5.0.0/16 dev eth0 table 100 ; ip route ; ip route show table 100 ; ip route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 ; ip -j route show table 100 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 ; ip route del 10.5.0.0/16 dev eth0 table 100 ; ip route show table 100
$ ip route add 10.5.0.0/16 dev eth0 table 100 ; ip route flush table 100 ; ip route show table 100
$ ip route add 10.5.0.0/16 via 10.0.1.2 table 100 ; ip route show table 100 ; ip route get 10.5.1.1
$ ip route add 10.5.0.0/16 via 10.0.9.2 table 100
$ ip route add 10.5.0.0/16 dev eth0 table main ; ip route
$ ip route add 10.5.0.0/16 dev eth0 table default ; ip route show table default ; ip route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 0
$ ip route add 10.5.0.0/16 dev eth0 table 4294967295 ; ip route show table 4294967295
$ ip route add 10.5.0.0/16 dev eth0 table 4294967296
$ ip route add 10.5.0.0/16 dev eth0 table bogus
$ ip route add 10.5.0.0/16 dev eth0 table local ; ip route show table local ; ip route get 10.5.1.1
$ ip route add local 10.5.0.1 dev eth0 ; ip route show table local ; ip route get 10.5.0.1
$ ip route add local 10.5.0.0/24 dev lo ; ip route show table local ; ip route get 10.5.0.77
$ ip route add local 10.5.0.1 dev eth0 table main ; ip route
$ ip route add broadcast 10.5.0.255 dev eth0 ; ip route show table local
$ ip route add unicast 10.5.0.0/16 dev eth0 ; ip route
$ ip route add blackhole 10.5.0.0/16 ; ip route ; ip -j route ; ip route get 10.5.1.1
$ ip route add unreachable 10.5.0.0/16 ; ip route ; ip route get 10.5.1.1
$ ip route add prohibit 10.5.0.0/16 ; ip route ; ip route get 10.5.1.1
$ ip route add throw 10.5.0.0/16 ; ip route ; ip route get 10.5.1.1
$ ip route add nat 10.5.0.0/16 via 10.0.1.2
$ ip route add anycast 10.5.0.1 dev eth0 ; ip route show table local
$ ip route add multicast 224.1.0.0/16 dev eth0 ; ip route
$ ip route add blackhole 10.5.0.0/16 dev eth0
$ ip route add blackhole 10.5.0.0/16 metric 5 proto static ; ip route
$ ip route add blackhole default ; ip route ; ip route get 8.8.8.8
$ ip route add unreachable default metric 4278198272 ; ip route
$ ip route add blackhole 10.5.0.0/16 ; ip route del 10.5.0.0/16 ; ip route
$ ip route add blackhole 10.5.0.0/16 ; ip route del unreachable 10.5.0.0/16
$ ip route add blackhole 10.5.0.0/16 ; ip route del blackhole 10.5.0.0/16 ; ip route
$ ip route add blackhole 10.5.0.0/16 ; ip route show type blackhole ; ip route show type unicast
$ ip route add 10.5.0.0/16 dev eth0 tos 0x10 ; ip route ; ip -j route
$ ip route add 10.5.0.0/16 dev eth0 tos lowdelay ; ip route
$ ip route add 10.5.0.0/16 dev eth0 dsfield 0x08 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 tos 0x100
$ ip route add 10.5.0.0/16 dev eth0 tos 0x03 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 onlink ; ip route
$ ip route add 10.5.0.0/16 via 10.9.9.9 dev eth0 onlink ; ip route ; ip -j route ; ip route get 10.5.1.1
$ ip route add 10.5.0.0/16 via 10.9.9.9 onlink
$ ip route add 10.5.0.1/16 dev eth0
$ ip route add 10.5.0.0/33 dev eth0
$ ip route add 10.5.0.0/255.255.0.0 dev eth0 ; ip route
$ ip route add 10.5/16 dev eth0 ; ip route
$ ip route add 10.5.0.0/0x10 dev eth0 ; ip route
$ ip route add 10.5.0.0 dev eth0 ; ip route
$ ip route add 10.5.0.0/ dev eth0
$ ip route add 300.1.1.1 dev eth0
$ ip route add bogus dev eth0
$ ip route add 10.5.0.0/16
$ ip route add 10.5.0.0/16 dev nosuch
$ ip route add 10.5.0.0/16 dev eth0 dev eth1
$ ip route add 10.5.0.0/16 10.6.0.0/16 dev eth0
$ ip route add to 10.5.0.0/16 dev eth0 ; ip route
$ ip route add 10.5.0.0/16 via
$ ip route add 10.5.0.0/16 via bogus
$ ip route add 10.5.0.0/16 via 10.0.1.2 via 10.0.1.3
$ ip route add 10.5.0.0/16 via inet 10.0.1.2 ; ip route
$ ip route add 10.5.0.0/16 dev eth0 bogus
$ ip route add 10.5.0.0/16 via 10.0.1.2 dev eth0 weight 2
$ ip -6 route add 10.5.0.0/16 dev eth0
$ ip -4 route add 2001:db8::/32 dev eth0
$ ip link set eth0 down ; ip route ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip link set eth0 down ; ip route ; ip link set eth0 up ; ip route
$ ip route add 10.5.0.0/16 dev eth0 ; ip link del eth0 ; ip route
$ ip link set eth0 down ; ip route add 10.5.0.0/16 dev eth0
$ ip link set eth0 down ; ip route add 10.5.0.0/16 via 10.0.1.2
$ ip route flush dev eth0 ; ip route
$ ip route flush table main ; ip route ; ip -4 route show table local
$ ip route flush proto kernel ; ip route
$ ip route flush table local ; ip -4 route show table all ; ip route get 10.0.1.1
$ ip route flush 10.0.1.0/24 ; ip route
$ ip route flush table 100
$ ip route flush dev nosuch
$ ip route flush table all ; ip -4 route show table all
%
# a veth without carrier at the other end: linkdown routes
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type veth peer name eth0p address 02:00:00:00:01:02 ; ip link set eth0 up ; ip addr add 10.0.1.1/24 dev eth0
$ ip route ; ip -j route
$ ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route ; ip route get 192.168.1.1
$ ip link set eth0p up ; ip route ; ip route add 192.168.0.0/16 via 10.0.1.2 ; ip link set eth0p down ; ip route ; ip -j route
$ sysctl -w net.ipv4.conf.eth0.ignore_routes_with_linkdown=1 ; ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route ; ip route get 192.168.1.1 ; ip route get 10.0.1.5
%
