# ip link: add/set/del/show, every output form, and iproute2's errors. A new namespace has lo down
# (our host is booted: lo up), so every case brings it up first. This kernel has no dummy driver:
# veth (addresses given: a veth's are random otherwise) and ifb (NOARP, no DAD) are the links both
# sides have; ifb's MAC is random unless given. No `-s` on veth/ifb: IPv6 sends real packets there.
% ip link set lo up
$ ip link
$ ip link show
$ ip link list
$ ip link lst
$ ip l
$ ip li sh
$ ip link show lo
$ ip link show dev lo
$ ip link show up
$ ip link show nosuch
$ ip link show dev nosuch
$ ip link show lo extra
$ ip -o link
$ ip -o link show lo
$ ip -br link
$ ip -br link show lo
$ ip -br -o link
$ ip -j link
$ ip -j -p link
$ ip -p -j link show lo
$ ip -j -br link
$ ip -j -p -br link
$ ip -d link show lo
$ ip -j -d link show lo
$ ip -d -d link show lo
$ ip -s link show lo
$ ip -s -s link show lo
$ ip -j -s link show lo
$ ip -j -s -s link show lo
$ ip -j -p -s link show lo
$ ip -br -s link show lo
$ ip -4 link show lo
$ ip -6 link show lo
$ ip -0 link show lo
$ ip -family inet link show lo
$ ip link frob
$ ip link help
$ ip link set lo down ; ip link show lo
$ ip link set lo down ; ip -br link
$ ip link set lo down ; ip -j link show lo
$ ip link set lo down ; ip link set lo up ; ip link show lo
$ ip link set dev lo down ; ip link show up
$ ip link del lo
$ ip link delete dev lo
$ ip link del nosuch
$ ip link del
$ ip link del dev
$ ip link set nosuch up
$ ip link set dev nosuch down
$ ip link set
$ ip link set lo
$ ip link set lo bogus
$ ip link set lo up down ; ip -br link show lo
$ ip link set lo mtu 1500 ; ip link show lo
$ ip link set lo mtu 67 ; ip -4 addr show lo ; ip -4 route show table all
$ ip link set lo mtu 68 ; ip -4 addr show lo
$ ip link set lo mtu 0
$ ip link set lo mtu abc
$ ip link set lo mtu -1
$ ip link set lo mtu 4294967296
$ ip link set lo mtu
$ ip link set lo address 02:00:00:00:00:01
$ ip link set lo txqueuelen 500 ; ip link show lo
$ ip link set lo qlen 77 ; ip -br link show lo ; ip link show lo
$ ip link set lo txqueuelen abc
$ ip link set lo arp off multicast on ; ip link show lo ; ip -j link show lo
$ ip link set lo promisc on allmulticast on ; ip -d link show lo ; ip -j -d link show lo ; ip -br link
$ ip link set lo promisc on ; ip link set lo promisc on ; ip link set lo promisc off ; ip -d link show lo
$ ip link set lo promisc maybe
$ ip link set lo arp
$ ip link set lo multicast On
# ifb
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show ifb0
$ ip link add name ifb0 address 02:00:00:00:03:01 type ifb ; ip -br link
$ ip link add dev ifb0 address 02:00:00:00:03:01 type ifb ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip -j -p link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip -d link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip -j -d link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip -o link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip link set ifb0 down ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip link show up
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link add ifb0 type ifb
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link add ifb0 address 02:00:00:00:03:02 type ifb ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del ifb0 ; ip link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del dev ifb0 ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link delete ifb0 ; ip link delete ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del ifb0 ; ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 9000 type ifb ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 9000 ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 68 ; ip -br link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 67 ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 65536 ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 02:00:00:00:03:09 ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen 100 ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name wan0 ; ip link ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set dev ifb0 name wan0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name lo
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name thisnameistoolong1
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip link set ifb0 name wan0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name wan0 ; ip link set wan0 up ; ip addr add 10.0.3.1/24 dev wan0 ; ip -4 addr ; ip route ; sysctl net.ipv4.conf.wan0.forwarding ; sysctl net.ipv4.conf.ifb0.forwarding
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name "a b"
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name a/b
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 1400 up ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 arp on promisc on ; ip link show ifb0 ; ip link set ifb0 multicast on allmulticast on ; ip -d link show ifb0 ; ip link set ifb0 arp off multicast off promisc off ; ip -j -d link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 promisc on type ifb ; ip -d link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 up type ifb ; ip link show ifb0
$ ip link add address 02:00:00:00:03:01 up type ifb ; ip link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 promisc on up ; ip -br link ; ip link set ifb0 down promisc off ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up mtu 60 ; ip link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address zz:00:00:00:00:01
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 01:00:00:00:00:01
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 00:00:00:00:00:00
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 02:00:00:00:03
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 02:00:00:00:03:01:05
$ ip link add ifb0 address 01:00:00:00:03:01 type ifb
$ ip link add ifb0 address 00:00:00:00:00:00 type ifb
$ ip link add ifb0 address zz type ifb
$ ip link add ifb0 address 2:0:0:0:3:1 type ifb ; ip -br link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 40 type ifb
$ ip link add ifb0 address 02:00:00:00:03:01 mtu abc type ifb
$ ip link add ifb0 address 02:00:00:00:03:01 txqueuelen 7 type ifb ; ip link show ifb0
$ ip link add thisnameistoolong1 type ifb
$ ip link add abcdefghijklmnop type ifb
$ ip link add abcdefghijklmno address 02:00:00:00:03:01 type ifb ; ip -br link
$ ip link add "a b" type ifb
$ ip link add a/b type ifb
$ ip link add . type ifb
$ ip link add ifb0
$ ip link add type ifb
$ ip link add ifb0 type
$ ip link add ifb0 type nosuchkind
$ ip link add ifb0 ifb1 type ifb
$ ip link add
$ ip link add lo type ifb
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; ip link add ifb2 address 02:00:00:00:03:03 type ifb ; ip link del ifb1 ; ip link add ifb3 address 02:00:00:00:03:04 type ifb ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip addr add 10.0.3.1/24 dev ifb0 ; ip link del ifb0 ; ip -4 route show table all ; ip -4 addr
# veth
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type veth peer name eth0p address 02:00:00:00:01:02
$ ip link
$ ip -br link
$ ip -j link
$ ip -j -p link show eth0
$ ip -o link
$ ip -d link show eth0
$ ip -j -d link show eth0p
$ ip link show eth0p
$ ip link set eth0 up ; ip link show eth0 ; ip link show eth0p
$ ip link set eth0 up ; ip -br link
$ ip link set eth0 up ; ip -j link show eth0
$ ip link set eth0 up ; ip link set eth0p up ; ip link
$ ip link set eth0 up ; ip link set eth0p up ; ip -br link
$ ip link set eth0 up ; ip link set eth0p up ; ip -j -p link
$ ip link set eth0 up ; ip link set eth0p up ; ip link set eth0p down ; ip link show eth0 ; ip -br link
$ ip link set eth0 up ; ip link set eth0p up ; ip link set eth0 down ; ip -br link
$ ip link set eth0 up ; ip link set eth0p up ; ip link show up
$ ip link del eth0 ; ip link
$ ip link del eth0p ; ip -br link
$ ip link add eth0 type veth
$ ip link add eth1 address 02:00:00:00:02:01 type veth peer name eth0p
$ ip link add eth1 address 02:00:00:00:02:01 type veth peer name eth1 address 02:00:00:00:02:02
$ ip link add eth1 address 02:00:00:00:02:01 type veth peer eth1p address 02:00:00:00:02:02 ; ip -br link
$ ip link add eth1 address 02:00:00:00:02:01 type veth peer name thisnameistoolong1
$ ip link set eth0 mtu 9000 ; ip link show eth0 ; ip link show eth0p
$ ip link set eth0 mtu 67 ; ip link show eth0
$ ip link set eth0 mtu 68 ; ip -br link show eth0 ; ip link show eth0
$ ip link set eth0 mtu 65535 ; ip -br link show eth0
$ ip link set eth0 mtu 65536
$ ip link set eth0 address 02:00:00:00:01:09 ; ip link show eth0
$ ip link set eth0 address ff:ff:ff:ff:ff:ff
$ ip link set eth0 name wan0 ; ip link ; ip -j link show eth0p
$ ip link set eth0p name lan0 ; ip -br link
$ ip link set eth0 name eth0p
$ ip link set eth0 up ; ip link set eth0p up ; ip link set eth0 name wan0
$ ip link set eth0 down ; ip -br link
$ ip link set eth0 up ; ip link set eth0 mtu 1400 ; ip link show eth0
%
# bridge (a bridge without ports has no carrier)
% ip link set lo up ; ip link add br0 address 02:00:00:00:0c:01 type bridge
$ ip link show br0
$ ip -br link
$ ip -j link show br0
$ ip link set br0 up ; ip link show br0
$ ip link set br0 up ; ip -br link show br0
$ ip link set br0 up ; ip link set br0 down ; ip link show br0
$ ip link set br0 mtu 9000 ; ip link show br0
$ ip link set br0 mtu 67
$ ip link del br0 ; ip -br link
%
