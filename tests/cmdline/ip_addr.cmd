# ip address: add/del/flush/show with broadcast, label, peer, scope; duplicates, missing entries and
# every parse error (IPv6 addresses and finite lifetimes are not emulated: tests/host/test_cli.py). ifb0 (NOARP: no DAD, so its IPv6 link-local is final at once) is the device.
% ip link set lo up
$ ip addr
$ ip address show
$ ip a
$ ip addr list
$ ip addr show lo
$ ip addr show dev lo
$ ip addr show nosuch
$ ip -4 addr
$ ip -6 addr
$ ip -0 addr
$ ip -o addr
$ ip -o -4 addr
$ ip -br addr
$ ip -br -4 addr
$ ip -br -6 addr
$ ip -j addr
$ ip -j -p addr
$ ip -j -4 addr
$ ip -j -br addr
$ ip -j -p -br addr
$ ip -d addr show lo
$ ip -s addr show lo
$ ip -family inet addr
$ ip -f inet6 addr
$ ip addr show up
$ ip addr show scope host
$ ip addr show scope global
$ ip addr show label lo
$ ip addr frob
$ ip addr help
$ ip addr show dev
$ ip addr add
$ ip addr del
$ ip addr flush
$ ip addr flush dev lo ; ip addr show lo ; ip -4 route show table all
$ ip addr del 127.0.0.1/8 dev lo ; ip addr show lo ; ip -4 route show table all
$ ip addr add 127.0.0.1/8 dev lo
$ ip addr add 127.0.0.2/8 dev lo ; ip -4 addr show lo
$ ip addr add 10.9.9.9/32 dev lo ; ip -4 addr show lo ; ip -4 route show table all
$ ip link set lo down ; ip addr show lo
$ ip link set lo down ; ip -br addr
% ip link set lo up ; ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up
$ ip addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -j addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -j -p addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -br addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -j -br addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -o addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -o -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -4 -o addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.1/24 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.1/16 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 label ifb0:r ; ip -4 addr show ifb0
$ ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr change 10.0.3.1/24 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr change 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip -j addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip -br addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip addr del 10.0.3.2/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; sysctl -w net.ipv4.conf.ifb0.promote_secondaries=1 ; ip addr del 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.4.1/24 dev ifb0 ; ip addr add 10.0.5.1/16 dev ifb0 ; ip -4 addr show ifb0 ; ip route
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev ifb0 ; ip addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/16 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/32 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.9/24 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev ifb0 label foo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev ifb0 label ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24
$ ip addr del 10.0.3.1/24 dev ifb0
$ ip addr del 10.0.3.1/24 dev nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.4.1/24 dev ifb0 ; ip addr flush dev ifb0 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.4.1/24 dev ifb0 ; ip addr flush ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr flush dev ifb0 ; ip addr flush dev ifb0
$ ip addr flush dev nosuch
$ ip addr add 10.0.3.1/24 brd + dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 broadcast + dev ifb0 ; ip -j addr show ifb0
$ ip addr add 10.0.3.1/24 brd - dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 brd 10.0.3.127 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 broadcast 10.0.3.255 dev ifb0 ; ip -o -4 addr show ifb0
$ ip addr add 10.0.3.1/24 broadcast 1.2.3.4 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 brd 255.255.255.255 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 brd 300.1.1.1 dev ifb0
$ ip addr add 10.0.3.1/24 brd foo dev ifb0
$ ip addr add 10.0.3.1/24 brd + brd - dev ifb0
$ ip addr add 10.0.3.1/31 brd + dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/30 brd + dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/32 brd + dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/8 brd + dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:1 ; ip -4 addr show ifb0 ; ip -j addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:1 ; ip addr show label ifb0:1 ; ip addr show label ifb0:2 ; ip -o addr show label ifb0:1
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:1 ; ip addr add 10.0.4.1/24 dev ifb0 label ifb0:2 ; ip addr show label 'ifb0:*' ; ip -br addr
$ ip addr add 10.0.3.1/24 dev ifb0 label foo
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:1 ; ip -j addr show label ifb0:1 ; ip -j -br addr show label 'ifb0*' ; ip -br addr show label ifb0:1
$ ip addr add 10.0.3.1 peer 10.0.3.2 dev ifb0 ; ip addr add 10.0.4.1/24 metric 7 dev ifb0 ; ip -j -br addr show ifb0 ; ip -br addr ; ip -o addr show ifb0 ; ip -j addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 noprefixroute ; ip addr add 10.0.4.1/24 dev ifb0 noprefixroute ; ip addr show secondary ; ip addr show primary ; ip addr show permanent ; ip addr show dynamic ; ip addr show noprefixroute ; ip -4 addr show to 10.0.3.0/24 ; ip addr show to 10.0.4.1 ; ip addr show to 10.0.9.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip addr flush dev ifb0 secondary ; ip -4 addr show ifb0 ; ip addr flush dev ifb0 to 10.0.3.1/32 ; ip addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 scope link ; ip addr add 10.0.4.1/24 dev ifb0 ; ip -4 addr flush scope link ; ip addr ; ip addr flush label ifb0 ; ip addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip -j addr show secondary ; ip -j addr show scope link ; ip -j -br addr show secondary ; ip -br addr show secondary ; ip -o addr show primary ; ip -j addr show to 10.0.3.2
$ ip addr show scope bogus
$ ip addr show to bogus
$ ip addr flush to 10.0.3.0/24 ; ip addr
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0x ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:abcdefghijklm
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:abcdefghij ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:1 ; ip addr del 10.0.3.1/24 dev ifb0 label ifb0:1 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1 peer 10.0.3.2 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1 peer 10.0.3.2/32 dev ifb0 ; ip -j addr show ifb0 ; ip -br addr show ifb0
$ ip addr add 10.0.3.1 peer 10.0.4.0/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 peer 10.0.3.2 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1 peer 10.0.3.2 dev ifb0 ; ip addr del 10.0.3.1 peer 10.0.3.2 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1 peer 10.0.3.2 dev ifb0 ; ip addr del 10.0.3.1/32 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1 peer 10.0.3.2 dev ifb0 ; ip addr add 10.0.3.1 peer 10.0.3.3 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1 peer 10.0.3.2 dev ifb0 ; ip addr add 10.0.3.1 peer 10.0.3.2 dev ifb0
$ ip addr add 10.0.3.1 peer 10.0.3.2 brd + dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1 peer bogus dev ifb0
$ ip addr add 10.0.3.1 remote 10.0.3.2 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add local 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope site ; ip -j addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 scope 100 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 scope 0x10 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 scope nowhere ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 scope bogus
$ ip addr add 10.0.3.1/24 dev ifb0 scope 256
$ ip addr add 10.0.3.1/24 dev ifb0 scope link ; ip addr show scope link ; ip addr show scope global
$ ip addr add 127.0.0.5/8 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 valid_lft forever preferred_lft forever ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 50 ; ip -4 addr show ifb0 ; ip route
$ ip addr add 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 nodad
$ ip addr add 10.0.3.1/24 dev ifb0 bogus
$ ip addr add 10.0.3.1/24 10.0.3.2/24 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 dev lo
$ ip addr add 10.0.3.1/24 dev
$ ip addr add 10.0.3.1/24
$ ip addr add dev ifb0
$ ip addr add 10.0.3.1/24 dev nosuch
$ ip addr add 10.0.3.1/33 dev ifb0
$ ip addr add 10.0.3.1/-1 dev ifb0
$ ip addr add 10.0.3.1/ dev ifb0
$ ip addr add 10.0.3.1/24/8 dev ifb0
$ ip addr add 10.0.3.1/255.255.255.0 dev ifb0
$ ip addr add 10.0.3.1/0x18 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/024 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/0 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 300.0.3.1/24 dev ifb0
$ ip addr add 10.0.3/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.3 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1.5/24 dev ifb0
$ ip addr add 10..3.1/24 dev ifb0
$ ip addr add foo dev ifb0
$ ip addr add default dev ifb0
$ ip addr add any dev ifb0
$ ip addr add 0.0.0.0/0 dev ifb0
$ ip addr add 0.0.0.0 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 224.0.0.5/24 dev ifb0
$ ip addr add 255.255.255.255 dev ifb0 ; ip -4 addr show ifb0
$ ip -4 addr add 2001:db8::1/64 dev ifb0
$ ip -6 addr add 10.0.3.1/24 dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip link set ifb0 down ; ip addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip link set ifb0 down ; ip link set ifb0 up ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip link set ifb0 mtu 60 ; ip addr show ifb0 ; ip -4 route show table all ; ip link set ifb0 mtu 1500 ; ip -4 addr show ifb0
$ ip link set ifb0 mtu 60 ; ip addr add 10.0.3.1/24 dev ifb0
$ ip link set ifb0 mtu 60 ; ip addr del 10.0.3.1/24 dev ifb0
$ ip link set ifb0 mtu 60 ; ip addr flush dev ifb0
$ ip link set ifb0 mtu 1200 ; ip addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip link del ifb0 ; ip -4 addr ; ip -4 route show table all
$ ip link set ifb0 down ; ip addr add 10.0.3.1/24 dev ifb0 ; ip -4 route show table all ; ip link set ifb0 up ; ip -4 route show table all
$ ip link add ifb1 address 02:00:00:00:03:02 type ifb ; ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.1/24 dev ifb1 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip addr add 10.0.3.3/24 dev ifb0 ; ip addr del 10.0.3.2/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table local
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 ; ip addr add 10.0.3.3/24 dev ifb0 ; sysctl -q -w net.ipv4.conf.all.promote_secondaries=1 ; ip addr del 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
%
# -o with -4/-6 lists addresses without the link dump's kind and master filters (-br and -o alone
# keep them); -o -0 prints each link on one line
% ip link set lo up ; ip link add v0 address 02:00:00:00:04:01 type veth peer name v1 address 02:00:00:00:04:02 ; ip link add br0 address 02:00:00:00:04:03 type bridge ; ip addr add 10.9.0.1/24 dev v0 ; ip addr add 10.9.1.1/24 dev br0
$ ip -4 -o addr show type veth
$ ip -6 -o addr show type veth
$ ip -o addr show type veth
$ ip -4 -o -br addr show type veth
$ ip -j -4 -o addr show type veth
$ ip -4 -o addr show type veth label v*
$ ip -4 -o addr show type bridge up
$ ip -4 -o addr show type nosuch
$ ip -4 -o addr show master nosuch
$ ip -4 -o addr show group 5
$ ip -o -0 addr show type veth
$ ip -o -0 addr show
$ ip -4 -o addr flush type veth ; ip -4 -o addr show
%
