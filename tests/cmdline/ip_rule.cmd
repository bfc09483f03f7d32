# ip rule: the default rules, add/del/flush with every emulated selector and action, automatic
# preferences, duplicates, the kernel's refusals, list filters, -j/-p/-d, and route get through rules.
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1 ; ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route add default via 10.0.2.254
$ ip rule
$ ip rule list
$ ip rule show
$ ip -j rule
$ ip -j -p rule show
$ ip -d rule
$ ip -br rule
$ ip -4 rule
$ ip rule help
$ ip rule xyz
$ ip rule add
$ ip rule del
$ ip rule add fwmark 1 table 100 ; ip rule add fwmark 1 table 100 ; ip rule
$ ip rule add fwmark 1 table 100 pref 100 ; ip rule add fwmark 1 table 100 pref 100
$ ip rule add from 10.0.0.0/8 lookup 200 ; ip rule add pref 100 to 1.2.3.4 iif eth0 prohibit ; ip rule add fwmark 0x10/0xff oif eth1 blackhole ; ip rule add not from 1.1.1.1 unreachable ; ip rule ; ip -j rule
$ ip rule add tos 0x10 table main ; ip rule add tos 0x1c lookup 5 ; ip rule
$ ip rule add tos 0x1e lookup 9
$ ip rule add tos 1 lookup 9
$ ip rule add tos 0x20 lookup 9
$ ip rule add dsfield AF11 lookup 9
$ ip rule add tos bogus lookup 9
$ ip rule add d 0x10 lookup 9 ; ip rule
$ ip rule add from all table main suppress_prefixlength 0 ; ip rule add sup_pl 33 lookup 4 ; ip rule ; ip -j rule
$ ip rule add suppress_prefixlength -1
$ ip rule add table 5 suppress_ifgroup 3 ; ip rule add table 6 sup_group default ; ip rule ; ip -j rule
$ ip rule add table 5 suppress_ifgroup nosuch
$ ip rule add iif nosuch table 5 ; ip rule add oif nosuch2 table 6 ; ip rule ; ip -j rule
$ ip rule add iif 1234567890123456 lookup 4
$ ip rule add oif 1234567890123456 lookup 4
$ ip rule add dev eth0 lookup 4 pref 90 ; ip rule show pref 90
$ ip rule add iif lo lookup 300 ; ip rule add oif eth1 lookup 301 ; ip rule show iif lo ; ip rule show oif eth1 ; ip rule show dev lo
$ ip rule add from 10.1.2.3/8 lookup 100 ; ip rule add to 1.2.3.4/32 lookup 100 pref 5 ; ip rule ; ip rule show from 10.0.0.0/8 ; ip rule show from 10.1.2.3/8 ; ip rule show to 1.2.3.4 ; ip rule show to 1.2.3.0/24 ; ip rule show all
$ ip rule add from 192.168.1.0/255.255.255.0 lookup 7 ; ip rule add to default lookup 8 ; ip rule
$ ip rule add fwmark 0 lookup 7 ; ip rule add fwmark 0/0x3 lookup 7 ; ip rule add fwmark 0xffffffff/0xffffffff lookup 8 ; ip rule add fwmark 5/0 lookup 9 ; ip rule ; ip -j rule
$ ip rule add fwmark abc
$ ip rule add fwmark 1/xyz
$ ip rule add fwmark -1 lookup 3
$ ip rule add pref -1 lookup 4
$ ip rule add pref 4294967295 lookup 4 ; ip rule
$ ip rule add pref 4294967296
$ ip rule add order 7 lookup 4 ; ip rule add priority 8 lookup 4 ; ip rule add p 9 lookup 4 ; ip rule add pr 10 lookup 4 ; ip rule
$ ip rule add pref 0x10 lookup 4 ; ip rule add pref 010 lookup 4 ; ip rule
$ ip rule add from bogus lookup 5
$ ip -4 rule add from bogus lookup 5
$ ip rule add to 300.1.1.1 lookup 5
$ ip rule add from ::1 lookup 5
$ ip rule add to ::1 lookup 5
$ ip rule add from
$ ip rule add lookup bogus
$ ip rule add lookup main pref 10 ; ip rule add lookup local pref 11 ; ip rule add lookup default pref 12 ; ip rule add table 254 pref 13 ; ip rule add table 4294967295 pref 14 ; ip rule add table 1000000 pref 15 ; ip rule ; ip -j rule
$ ip rule add lookup 0 ; ip rule add lookup 0 ; ip rule add unicast pref 71 ; ip rule ; ip route show table 1 ; ip route show table 3
$ ip rule add pref 50 goto 40
$ ip rule add pref 50 goto 50
$ ip rule add pref 50 goto 60 ; ip rule add goto 32766 ; ip rule add pref 60 nop ; ip rule ; ip -j rule
$ ip rule add pref 50 goto 60 ; ip rule add pref 50 goto 70 ; ip rule add pref 70 lookup 5 ; ip rule ; ip rule del pref 70 ; ip rule
$ ip rule add pref 50 goto 60 ; ip rule add pref 60 lookup 5 ; ip rule add pref 60 lookup 6 ; ip rule del pref 60 lookup 5 ; ip rule ; ip rule del pref 60 ; ip rule
$ ip rule add goto abc
$ ip rule add local pref 72
$ ip rule add type unreachable pref 70 ; ip rule add prohibit pref 71 ; ip rule add blackhole pref 72 ; ip rule add throw pref 73 ; ip rule add broadcast pref 74 ; ip rule add anycast pref 75 ; ip rule add type 200 pref 76 ; ip rule add xresolve pref 77 ; ip rule add u pref 78 ; ip rule ; ip -j rule
$ ip rule add foo
$ ip rule add type 256
$ ip rule add protocol static pref 92 ; ip rule add proto 99 pref 93 ; ip rule ; ip -d rule ; ip -j rule
$ ip rule add protocol bogus pref 92
$ ip rule add pref 500 from 1.1.1.1 lookup 5 ; ip rule add pref 500 lookup 5 ; ip rule add pref 500 not from 1.1.1.1 lookup 5 ; ip rule add pref 500 from 1.1.1.0/24 lookup 5 ; ip rule add pref 501 lookup 5 ; ip rule add pref 501 from 1.1.1.1 lookup 5 ; ip rule add pref 503 tos 0x10 lookup 5 ; ip rule add pref 503 lookup 5 ; ip rule
$ ip rule add pref 32766 lookup main ; ip rule add pref 32766 lookup main ; ip rule ; ip -d rule
$ ip rule del pref 12345
$ ip rule del table 555
$ ip rule del pref 0 ; ip rule ; ip rule add lookup 100 ; ip rule add lookup 101 ; ip rule ; ip rule add pref 0 lookup local ; ip rule
$ ip rule del table main ; ip rule ; ip rule del lookup default ; ip rule ; ip rule add lookup 9 ; ip rule
$ ip rule add pref 106 iif eth0 oif eth1 fwmark 0x10/0x10 lookup 5 ; ip rule del fwmark 0x10 ; ip rule del fwmark 0x10/0x10 ; ip rule
$ ip rule add fwmark 3 lookup 5 ; ip rule add fwmark 3/0xff lookup 5 ; ip rule del fwmark 3 ; ip rule
$ ip rule add pref 500 from 1.1.1.0/24 lookup 5 ; ip rule add pref 500 not from 1.1.1.1 lookup 6 ; ip rule del pref 500 not ; ip rule ; ip rule del from 1.1.1.0/24 ; ip rule
$ ip rule add pref 80 to 1.2.3.0/24 from 10.0.0.0/8 tos 0x10 fwmark 0x3/0xf iif eth0 oif eth1 lookup 42 suppress_prefixlength 8 ; ip rule ; ip -j rule ; ip rule del to 1.2.3.0/24 pref 80 ; ip rule
$ ip rule del goto 60
$ ip rule del pref 10 goto 5
$ ip rule del from ::1
$ ip rule add prohibit pref 102 ; ip rule add blackhole pref 103 ; ip rule del unreachable ; ip rule del prohibit ; ip rule
$ ip rule add fwmark 1 lookup 5 ; ip rule add fwmark 2 lookup 6 pref 7 ; ip rule add not fwmark 3 lookup 7 ; ip rule flush ; ip rule
$ ip rule add fwmark 1 lookup 5 ; ip rule add fwmark 2 lookup 6 pref 7 ; ip rule flush table 6 ; ip rule ; ip rule flush pref 32766 ; ip rule ; ip rule flush not ; ip rule
$ ip rule add fwmark 1 lookup 5 pref 9 ; ip rule add protocol static lookup 6 pref 7 ; ip rule flush protocol static ; ip rule ; ip rule flush protocol kernel ; ip rule
$ ip rule add fwmark 1 lookup 5 pref 9 ; ip rule show fwmark 1 ; ip rule show fwmark 0/3 ; ip rule show fwmark 1/0xffffffff ; ip rule show table 5 ; ip rule show lookup main ; ip rule show pref 0 ; ip rule show not ; ip rule show tos 0x10
$ ip rule show foo
$ ip rule show table bogus
$ ip rule show pref bogus
$ ip rule show from 10.0.0.0/40
$ ip rule list table local ; ip rule lst ; ip rule s
$ ip link add eth2 type ifb ; ip rule add iif eth2 lookup 5 ; ip rule add oif eth2 lookup 6 ; ip rule ; ip link set eth2 name eth3 ; ip rule ; ip link set eth3 name eth2 ; ip rule ; ip link del eth2 ; ip rule ; ip -j rule
# route get through the rules: marks, sources, input devices, tos, reject actions, suppression
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1 ; ip route add 192.168.0.0/16 via 10.0.1.2 ; ip route add default via 10.0.2.254 ; sysctl -q -w net.ipv4.ip_forward=1 ; ip route add default via 10.0.1.2 table 100 ; ip route add 172.16.0.0/12 via 10.0.2.9 table 200
$ ip route get 8.8.8.8 mark 1 ; ip rule add fwmark 1 table 100 ; ip route get 8.8.8.8 mark 1 ; ip route get 8.8.8.8 ; ip route get 8.8.8.8 mark 0x1 ; ip -j route get 8.8.8.8 mark 1
$ ip route get 10.0.1.1 ; ip rule add fwmark 1 table 100 ; ip route get 10.0.1.1 ; ip route get 10.0.1.1 mark 1 ; ip -j route get 10.0.1.1 ; ip rule del fwmark 1 table 100 ; ip route get 10.0.1.1
$ ip rule add fwmark 1 table 100 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 1 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ; ip -j route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 1
$ ip rule add pref 10 fwmark 2 prohibit ; ip rule add pref 11 fwmark 3 unreachable ; ip rule add pref 12 fwmark 4 blackhole ; ip route get 8.8.8.8 mark 2 ; ip route get 8.8.8.8 mark 3 ; ip route get 8.8.8.8 mark 4 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 2 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 3 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 4 ; ip route get 10.0.1.1 mark 2
$ ip rule add pref 10 fwmark 2 prohibit ; ip route get 8.8.8.8 oif eth0 mark 2 ; ip route get 8.8.8.8 oif eth0
$ ip rule add fwmark 1 table 100 ; ip route get fibmatch 8.8.8.8 mark 1 ; ip -j route get fibmatch 8.8.8.8 mark 1 ; ip route get 10.0.2.5 mark 1 ; ip route get 10.0.2.5 mark 1 oif eth1
$ ip rule add pref 13 fwmark 5 table 300 ; ip route get 8.8.8.8 mark 5 ; ip rule add pref 14 fwmark 6 lookup 100 suppress_prefixlength 0 ; ip route get 8.8.8.8 mark 6 ; ip rule add pref 1 lookup main suppress_prefixlength 0 ; ip route get 8.8.8.8 ; ip route get 10.0.2.5 ; ip route get 192.168.3.3
$ ip rule add pref 15 iif lo lookup 100 ; ip route get 10.0.2.5 ; ip route get 10.0.2.5 from 10.0.1.9 iif eth0 ; ip route get 172.16.1.1 ; ip rule add pref 16 iif eth0 lookup 200 ; ip route get 172.16.1.1 from 10.0.1.9 iif eth0 ; ip route get 172.16.1.1 from 10.0.1.9 iif eth1
$ ip rule add pref 15 oif eth1 lookup 200 ; ip route get 172.16.1.1 ; ip route get 172.16.1.1 oif eth1 ; ip route get 172.16.1.1 oif eth0
$ ip rule add from 10.0.2.1 lookup 100 ; ip route get 8.8.8.8 ; ip route get 8.8.8.8 from 10.0.2.1 ; ip route get 8.8.8.8 from 10.0.1.1 ; ip rule add to 172.16.0.0/12 lookup 200 ; ip route get 172.16.5.5 ; ip rule add not to 8.8.0.0/16 lookup 100 pref 3 ; ip route get 8.8.8.8 ; ip route get 9.9.9.9
$ ip rule add tos 0x10 lookup 100 ; ip route get 8.8.8.8 tos 0x10 ; ip route get 8.8.8.8 tos 0x14 ; ip route get 8.8.8.8 tos 0x12 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 tos 0x10
$ ip rule add pref 5 goto 7 ; ip rule add pref 6 unreachable ; ip rule add pref 7 fwmark 1 lookup 100 ; ip route get 8.8.8.8 mark 1 ; ip route get 8.8.8.8 ; ip rule add pref 4 nop ; ip route get 8.8.8.8
$ ip rule del pref 0 ; ip route get 10.0.1.1 ; ip route get 8.8.8.8 ; ip route get 10.0.1.1 from 10.0.2.9 iif eth1
$ ip rule del table main ; ip route get 8.8.8.8 ; ip route get 10.0.2.5 ; ip route add default via 10.0.2.254 table default ; ip route get 8.8.8.8 ; ip rule flush ; ip route get 8.8.8.8
$ ip route add unreachable 8.0.0.0/8 ; ip route get 8.8.8.8 ; ip route add default via 10.0.1.2 table default ; ip route get 8.8.8.8 ; ip route get 9.9.9.9 ; ip rule add pref 32765 lookup 300 ; ip route get 9.9.9.9
$ ip route add throw 8.0.0.0/8 table 100 ; ip rule add fwmark 1 lookup 100 ; ip route get 8.8.8.8 mark 1 ; ip route get 9.9.9.9 mark 1 ; ip route add prohibit 9.0.0.0/8 table 100 ; ip route get 9.9.9.9 mark 1 ; ip route get 9.9.9.9 from 10.0.2.9 iif eth1 mark 1
$ sysctl -q -w net.ipv4.conf.all.rp_filter=1 ; ip rule add fwmark 1 table 100 ; ip route get 10.0.2.5 from 10.0.1.9 iif eth0 ; ip route get 10.0.2.5 from 10.0.1.9 iif eth0 mark 1 ; ip route get 10.0.1.5 from 10.0.2.9 iif eth1 mark 1 ; ip route get 10.0.1.5 from 8.8.8.8 iif eth0 mark 1
$ sysctl -q -w net.ipv4.conf.all.rp_filter=1 ; ip rule add iif eth0 table 100 ; ip route get 10.0.2.5 from 8.8.8.8 iif eth0 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0 ; ip rule add iif lo to 8.8.8.8 table 100 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0
$ sysctl -q -w net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.all.src_valid_mark=1 ; ip rule add fwmark 1 table 100 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0 mark 1 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth1 mark 1 ; sysctl -q -w net.ipv4.conf.all.src_valid_mark=0 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0 mark 1
$ sysctl -q -w net.ipv4.conf.all.rp_filter=2 ; ip rule add fwmark 1 prohibit ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0 mark 1
# odd arguments
% ip link set lo up ; ip link add eth0 type ifb
$ ip rule add not ; ip rule
$ ip rule add table 0 unicast ; ip rule add type nop pref 5 ; ip rule add type 0 pref 6 ; ip rule ; ip route get 8.8.8.8
$ ip rule add sup_group 99999999999 lookup 5 ; ip rule add sup_group -1 lookup 6 ; ip rule add sup_group 0x10 lookup 7 ; ip rule ; ip -j rule
$ ip rule add fwmark 0x1/ lookup 5
$ ip rule add iif '' lookup 5
$ ip rule add d
$ ip rule add pref
$ ip rule add dsfield 0x10 lookup 6 ; ip rule add dsf 0x8 lookup 7 ; ip rule add tos 0x0 lookup 8 ; ip rule
$ ip rule list table all
$ ip rule list table 0 ; ip rule show lookup 4294967295 ; ip rule show src 10.0.0.0/8 ; ip rule show dst 1.2.3.4 ; ip rule show 1.2.3.4
$ ip rule flush foo
$ ip rule del pref 0 ; ip rule del pref 32766 ; ip rule del pref 32767 ; ip rule ; ip -j rule ; ip route get 127.0.0.1
$ ip rule add from 1.2.3.4/33 lookup 5
$ ip rule add t 5 lookup 6
$ ip rule add ta 5 ; ip rule add pre 7 lookup 8 ; ip rule add o 9 lookup 8 ; ip rule add sup 3 lookup 9 ; ip rule
$ ip rule add goto 0
$ ip rule add lookup 5 goto 40000 ; ip rule
$ ip rule add pref 10 goto 20 ; ip rule add pref 20 lookup 5 ; ip rule del pref 20 ; ip rule ; ip rule add pref 20 lookup 6 ; ip rule
$ ip -4 rule add from 10.0.0.0/8 to 10.1.0.0/16 lookup 5 ; ip -4 rule show
$ ip rule add iif eth0 lookup 5 ; ip link set eth0 name eth9 ; ip rule ; ip link add eth0 type ifb ; ip rule
# TPROXY's routing: marked packets are delivered here through a local default route in table 100
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1 ; ip route add default via 10.0.2.254 ; sysctl -q -w net.ipv4.ip_forward=1
$ ip route add local 0.0.0.0/0 dev lo table 100 ; ip rule add fwmark 1 lookup 100 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 1 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ; ip route get 8.8.8.8 mark 1 ; ip -j route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 1 ; ip route get fibmatch 8.8.8.8 mark 1 ; ip route show table 100 ; ip route show table all
$ ip route add local 0.0.0.0/0 dev lo table 100 ; ip rule add fwmark 0x1/0x1 lookup 100 ; sysctl -q -w net.ipv4.conf.all.rp_filter=1 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 3 ; ip route get 8.8.8.8 from 192.168.1.1 iif eth1 mark 3 ; ip route get 8.8.8.8 from 192.168.1.1 iif eth0 mark 3
# uid ranges: the flow's uid is 0 but for `ip route get ... uid N`
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1 ; ip route add default via 10.0.2.254 ; ip route add default via 10.0.1.2 table 100 ; sysctl -q -w net.ipv4.ip_forward=1
$ ip rule add uidrange 1000-2000 table 100 ; ip rule ; ip -j rule ; ip route get 8.8.8.8 ; ip route get 8.8.8.8 uid 1500 ; ip route get 8.8.8.8 uid 2001 ; ip route get 8.8.8.8 u 1000 ; ip -j route get 8.8.8.8 uid 2000 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 uid 1500
$ ip rule add uidrange 0-0 table 100 ; ip route get 8.8.8.8 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ; ip route get 8.8.8.8 uid 4294967295 ; ip route get 8.8.8.8 uid 4294967294
$ ip route get 8.8.8.8 uid -1
$ ip route get 8.8.8.8 uid abc
$ ip rule add uidrange 0-4294967295 lookup 5
$ ip rule add uidrange 4294967295-4294967295 lookup 5
$ ip rule add uidrange 5-3 lookup 5
$ ip rule add uidrange -2-7 lookup 5
$ ip rule add uidrange 5 lookup 5
$ ip rule add uidrange ' 3-7x' lookup 5 pref 78 ; ip rule add uidrange 1-4294967294 lookup 5 pref 77 ; ip rule add uidrange 3-7 lookup 5 pref 78 ; ip rule add uidrange 3-8 lookup 5 pref 78 ; ip rule ; ip rule show uidrange 3-7 ; ip rule del uidrange 3-8 ; ip rule ; ip rule del pref 78 uidrange 1-2
$ ip rule show uidrange x
# ipproto, sport, dport: the flow's protocol and ports (a plain route get asks as UDP)
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1 ; ip route add default via 10.0.2.254 ; ip route add default via 10.0.1.2 table 100 ; sysctl -q -w net.ipv4.ip_forward=1
$ ip rule add ipproto tcp dport 80 table 100 pref 20 ; ip rule add ipproto udp sport 1000-2000 table 100 pref 21 ; ip rule ; ip -j rule ; ip route get 8.8.8.8 ipproto tcp dport 80 ; ip route get 8.8.8.8 ipproto tcp dport 81 ; ip route get 8.8.8.8 ipproto udp sport 1500 ; ip route get 8.8.8.8 sport 1500 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ipproto tcp dport 80 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ipproto tcp sport 80 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 sport 1999 ; ip -j route get 8.8.8.8 ipproto tcp sport 5 dport 80
$ ip rule add ipproto udp lookup 100 ; ip route get 8.8.8.8 ; ip route get 8.8.8.8 ipproto tcp ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ipproto icmp ; ip route get 8.8.8.8 ipproto icmp dport 4
$ ip rule add ipproto icmp lookup 100 ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ipproto icmp ; ip route get 8.8.8.8 ipproto icmp ; ip route get 8.8.8.8 ipproto 1 ; ip route get 8.8.8.8 ipproto ICMP
$ ip rule add iif lo ipproto tcp lookup 100 ; ip route get 8.8.8.8 ipproto tcp ; ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ipproto tcp
$ ip rule add dport 53 lookup 100 ; sysctl -q -w net.ipv4.conf.all.rp_filter=1 ; ip rule add sport 53 prohibit ; ip route get 10.0.1.1 from 8.8.8.8 iif eth1 ipproto udp sport 53 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth1 ipproto udp dport 53 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0 ipproto udp sport 53 ; ip route get 10.0.1.1 from 8.8.8.8 iif eth0 ipproto tcp sport 53
$ ip route get 8.8.8.8 ipproto 47 dport 80
$ ip route get 8.8.8.8 ipproto gre
$ ip route get 8.8.8.8 ipproto bogus
$ ip route get 8.8.8.8 sport 70000
$ ip route get 8.8.8.8 dport -1
$ ip route get 8.8.8.8 dport x
$ ip rule add ipproto bogus
$ ip rule add sport 5- ; ip rule add ipproto 0 lookup 5 pref 30 ; ip rule add ipproto 99 lookup 5 pref 31 ; ip rule add ipproto ' 6' lookup 5 pref 32 ; ip rule add ipproto +17 lookup 5 pref 33 ; ip rule add ipproto TCP lookup 5 pref 34 ; ip rule add ipproto 300 lookup 5 pref 35 ; ip rule ; ip -j rule
$ ip rule add sport 7-3 lookup 5
$ ip rule add dport 0 lookup 5
$ ip rule add dport 0-5 lookup 5
$ ip rule add dport 65535 lookup 5
$ ip rule add dport 65534 lookup 5 ; ip rule add sport -5 lookup 5 ; ip rule add sport 70000 lookup 6 ; ip rule add dport x lookup 5 ; ip rule
$ ip rule add sport abc lookup 5
$ ip rule add ipproto tcp dport 80 lookup 5 pref 9 ; ip rule add ipproto udp dport 80 lookup 5 pref 9 ; ip rule add dport 80 lookup 5 pref 9 ; ip rule add ipproto tcp dport 80-81 lookup 5 pref 9 ; ip rule ; ip rule show ipproto tcp ; ip rule show dport 80 ; ip rule show sport 80 ; ip rule show dport 80-81 ; ip rule del dport 80 ; ip rule ; ip rule del ipproto udp ; ip rule ; ip rule show ipproto bogus
