# sysctl, ip, conntrack in a fresh namespace; ip cases first bring lo up (a new netns has lo down, our host is booted: issue 4)
$ sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=1 ; sysctl net.ipv4.ip_forward
$ sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -q -w net.ipv4.conf.all.rp_filter=2 ; sysctl net.ipv4.conf.all.rp_filter
$ sysctl net.ipv4.no_such_key
$ sysctl -w net.ipv4.ip_forward=banana
$ sysctl net.ipv4.ip_forward net.ipv4.conf.lo.forwarding
$ sysctl net/ipv4/ip_forward
$ sysctl net.netfilter.nf_conntrack_tcp_loose
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=5 ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ ip link set lo up ; ip link show
$ ip link set lo up ; ip link show lo
$ ip link show nosuch
$ ip link set lo up ; ip addr show
$ ip link set lo up ; ip -4 addr show dev lo
$ ip route show
$ ip link set lo up ; ip addr show lo ; ip route show table local
$ ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type veth peer name eth0p address 02:00:00:00:01:02 ; ip link set eth0p up ; ip link set eth0 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip -4 addr show eth0 ; ip route
$ ip link set lo up ; ip link add eth0 type veth ; ip route add 192.168.0.0/16 via 10.0.1.2 dev eth0
$ ip link set lo up ; ip link add eth0 type veth peer name eth0p ; ip link set eth0p up ; ip link set eth0 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip route add 192.168.0.0/16 via 10.0.1.2 dev eth0 ; ip route add default via 10.0.1.254 ; ip route show
$ ip nosuch
$ conntrack -L
$ conntrack -L -p tcp
$ conntrack -C
$ conntrack -F
$ conntrack -D -s 10.0.0.1
$ conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1000 --dport 53 -t 30 ; conntrack -L
$ conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1000 --dport 80 --state ESTABLISHED -t 100 -u ASSURED ; conntrack -L ; conntrack -D -p tcp ; conntrack -L
$ conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1000 --dport 53 -t 30 --mark 7 ; conntrack -L -m 7 ; conntrack -L -m 8
$ conntrack --nosuch
$ conntrack -L -p nosuchproto
# links both sides have (this kernel has no dummy driver; our host allows dummy links): veth without and with carrier, ifb
$ ip link set lo up ; ip link add eth0 type veth peer name eth0p ; ip link set eth0 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip -4 addr show eth0 ; ip route ; ip link set eth0p up ; ip -4 addr show eth0 ; ip route
$ ip link set lo up ; ip link add ifb0 type ifb ; ip link set ifb0 up ; ip addr add 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip route ; ip route add default via 10.0.3.254 ; ip route show
# conntrack -U --state: the TCP state to set, not a filter; nothing sent when it is the entry's already
% iptables -A INPUT -m state --state NEW ; conntrack -I -p tcp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 --state SYN_SENT -t 100 ; conntrack -I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 100
$ conntrack -U -p tcp --state SYN_SENT -s 1.1.1.1 ; conntrack -L -p tcp
$ conntrack -U -p tcp --state ESTABLISHED -s 1.1.1.1 ; conntrack -L -p tcp ; conntrack -U -p tcp --state ESTABLISHED -s 1.1.1.1
$ conntrack -U -p tcp --state ESTABLISHED
$ conntrack -U -s 1.1.1.1 -p tcp --sport 1 --dport 2 --state TIME_WAIT -m 3 ; conntrack -L -p tcp
$ conntrack -U -s 1.1.1.1 -p tcp --state CLOSE -u ASSURED ; conntrack -L -p tcp
$ conntrack -U -d 2.2.2.2 -p tcp --state FIN_WAIT -t 50 ; conntrack -L -p tcp
%
