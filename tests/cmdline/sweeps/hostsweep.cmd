# hostsweep: systematic sweep of pyip/pysysctl against ip (iproute2 6.1) and sysctl (procps-ng 4.0.2).
# Written by a generator script; every case identical to the kernel when written. No dummy driver
# in this kernel (type dummy is refused), so ifb stands in; addresses always given (else random).
# abbreviations of objects and commands, long and short global options
% ip link set lo up
$ ip l
$ ip li
$ ip lin
$ ip link
$ ip a
$ ip ad
$ ip add
$ ip addr
$ ip addre
$ ip addres
$ ip address
$ ip r
$ ip ro
$ ip rou
$ ip rout
$ ip route
$ ip ru
$ ip rul
$ ip rule
$ ip addrs
$ ip links
$ ip routes
$ ip link s
$ ip addr s
$ ip route s
$ ip rule s
$ ip link sh
$ ip addr sh
$ ip route sh
$ ip rule sh
$ ip link sho
$ ip addr sho
$ ip route sho
$ ip rule sho
$ ip link show
$ ip addr show
$ ip route show
$ ip rule show
$ ip link l
$ ip addr l
$ ip route l
$ ip rule l
$ ip link li
$ ip addr li
$ ip route li
$ ip rule li
$ ip link lis
$ ip addr lis
$ ip route lis
$ ip rule lis
$ ip link list
$ ip addr list
$ ip route list
$ ip rule list
$ ip link ls
$ ip addr ls
$ ip route ls
$ ip rule ls
$ ip link lst
$ ip addr lst
$ ip route lst
$ ip rule lst
$ ip link g
$ ip addr g
$ ip route g
$ ip rule g
$ ip link help
$ ip addr help
$ ip route help
$ ip rule help
$ ip link h
$ ip addr h
$ ip route h
$ ip rule h
$ ip -j addr show lo
$ ip -j link show lo
$ ip -json addr show lo
$ ip -json link show lo
$ ip -js addr show lo
$ ip -js link show lo
$ ip -p addr show lo
$ ip -p link show lo
$ ip -pretty addr show lo
$ ip -pretty link show lo
$ ip -j -pretty addr show lo
$ ip -j -pretty link show lo
$ ip -br addr show lo
$ ip -br link show lo
$ ip -brief addr show lo
$ ip -brief link show lo
$ ip -o addr show lo
$ ip -o link show lo
$ ip -oneline addr show lo
$ ip -oneline link show lo
$ ip -on addr show lo
$ ip -on link show lo
$ ip -d addr show lo
$ ip -d link show lo
$ ip -details addr show lo
$ ip -details link show lo
$ ip -det addr show lo
$ ip -det link show lo
$ ip -s addr show lo
$ ip -s link show lo
$ ip -stats addr show lo
$ ip -stats link show lo
$ ip -statistics addr show lo
$ ip -statistics link show lo
$ ip -4 addr show lo
$ ip -4 link show lo
$ ip -6 addr show lo
$ ip -6 link show lo
$ ip -0 addr show lo
$ ip -0 link show lo
$ ip -f inet addr show lo
$ ip -f inet link show lo
$ ip -family inet addr show lo
$ ip -family inet link show lo
$ ip -f link addr show lo
$ ip -f link link show lo
$ ip -f bogus addr show lo
$ ip -f bogus link show lo
$ ip -family addr show lo
$ ip -family link show lo
$ ip -color=never addr show lo
$ ip -color=never link show lo
$ ip -t addr show lo
$ ip -t link show lo
$ ip -ts addr show lo
$ ip -ts link show lo
$ ip -tshort addr show lo
$ ip -tshort link show lo
$ ip -timestamp addr show lo
$ ip -timestamp link show lo
$ ip -h addr show lo
$ ip -h link show lo
$ ip -human addr show lo
$ ip -human link show lo
$ ip -iec addr show lo
$ ip -iec link show lo
$ ip -q addr show lo
$ ip -q link show lo
$ ip -force addr show lo
$ ip -force link show lo
$ ip -V addr show lo
$ ip -V link show lo
$ ip -Version addr show lo
$ ip -Version link show lo
$ ip -z addr show lo
$ ip -z link show lo
$ ip --json addr show lo
$ ip --json link show lo
$ ip --brief addr show lo
$ ip --brief link show lo
$ ip -j -j addr show lo
$ ip -j -j link show lo
$ ip -br -o addr show lo
$ ip -br -o link show lo
$ ip -o -br addr show lo
$ ip -o -br link show lo
$ ip -d -d addr show lo
$ ip -d -d link show lo
$ ip -j route show table local
$ ip -j rule
$ ip -o route show table local
$ ip -o rule
$ ip -br route show table local
$ ip -br rule
$ ip -d route show table local
$ ip -d rule
$ ip -4 route show table local
$ ip -4 rule
$ ip -j -p route show table local
$ ip -j -p rule
$ ip -s route show table local
$ ip -s rule
%
# links: add with options, then set of each attribute with boundary and invalid values
% ip link set lo up
$ ip link add x0 type nosuch ; ip -br link show lo
$ ip link add x0 type ifb ; ip -br link show lo
$ ip link add x0 type veth ; ip -br link show lo
$ ip link add x0 type bridge ; ip -br link show lo
$ ip link add a%d address 02:00:00:00:03:05 type ifb ; ip link add a%d address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add a%d%d address 02:00:00:00:03:05 type ifb ; ip link add a%d%d address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add a%s address 02:00:00:00:03:05 type ifb ; ip link add a%s address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add %d address 02:00:00:00:03:05 type ifb ; ip link add %d address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add a% address 02:00:00:00:03:05 type ifb ; ip link add a% address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add all address 02:00:00:00:03:05 type ifb ; ip link add all address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add default address 02:00:00:00:03:05 type ifb ; ip link add default address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add lo%d address 02:00:00:00:03:05 type ifb ; ip link add lo%d address 02:00:00:00:03:06 type ifb ; ip -br link ; sysctl -N -r '\.tag$' net.ipv4.conf
$ ip link add v%d address 02:00:00:00:03:05 type veth peer name v%d address 02:00:00:00:03:06 ; ip -br link
$ ip link add v%d address 02:00:00:00:03:05 type veth peer name v0 address 02:00:00:00:03:06 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 68 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 67 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 1280 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 65535 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 65536 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 0 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu -1 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu x type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 txqueuelen 0 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 txqueuelen 4294967295 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 txqueuelen 4294967296 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 txqueuelen -1 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 qlen 3 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 txqlen 3 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 alias hello type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 alias 'a b' type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 up type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 arp off type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 multicast off type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 promisc on type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 allmulticast on type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 group 5 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 group default type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 group bogus type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 bogus type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 mtu 1400 mtu 1500 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 address 02:00:00:00:03:09 type ifb ; ip link show ifb0 ; ip -j link show ifb0
$ ip link add v0 address 02:00:00:00:03:01 mtu 68 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu 67 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu 1280 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu 65535 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu 65536 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu 0 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu -1 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu x type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 txqueuelen 0 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 txqueuelen 4294967295 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 txqueuelen 4294967296 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 txqueuelen -1 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 qlen 3 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 txqlen 3 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 alias hello type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 alias 'a b' type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 up type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 arp off type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 multicast off type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 promisc on type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 allmulticast on type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 group 5 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 group default type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 group bogus type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 bogus type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 mtu 1400 mtu 1500 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add v0 address 02:00:00:00:03:01 address 02:00:00:00:03:09 type veth peer name v1 address 02:00:00:00:03:02 ; ip link show v0 ; ip -j link show v0
$ ip link add br0 address 02:00:00:00:03:01 mtu 68 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu 67 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu 1280 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu 65535 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu 65536 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu 0 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu -1 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu x type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 txqueuelen 0 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 txqueuelen 4294967295 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 txqueuelen 4294967296 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 txqueuelen -1 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 qlen 3 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 txqlen 3 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 alias hello type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 alias 'a b' type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 arp off type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 multicast off type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 promisc on type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 allmulticast on type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 group 5 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 group default type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 group bogus type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 bogus type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 mtu 1400 mtu 1500 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add br0 address 02:00:00:00:03:01 address 02:00:00:00:03:09 type bridge ; ip link show br0 ; ip -j link show br0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 68 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 67 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 576 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 1500 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 9000 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 65535 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 65536 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 4294967295 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 4294967296 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 0x600 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 0600 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu '' ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen 0 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen 1 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen 4294967295 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen 4294967296 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen 0x10 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen x ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 qlen 9 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqlen 9 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 alias hello ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 alias '' ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 alias 'two words' ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 alias ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name n0 ; ip link show n0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name n0 up ; ip link show n0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name '' ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name lo ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name 0123456789abcde ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name 0123456789abcdef ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name a:b ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name a%d ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name all ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 name default ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 down ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up down ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 down up ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 arp off ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 arp on ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 multicast off ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 promisc on ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 allmulticast on ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 allmulti on ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 group 7 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 group 0 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 group x ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 02:00:00:00:03:0a ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 02:00:00:00:03 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address ff:ff:ff:ff:ff:ff ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address 00:00:00:00:00:00 ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 address x ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 addr 02:00:00:00:03:0b ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 bogus ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 txqueuelen ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 1400 txqueuelen 5 alias z ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 dev ; ip link show ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 type ifb ; ip link show ifb0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 68 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 67 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 576 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 1500 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 9000 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 65535 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 65536 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 4294967295 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 4294967296 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 0x600 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 0600 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu '' ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqueuelen 0 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqueuelen 1 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqueuelen 4294967295 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqueuelen 4294967296 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqueuelen 0x10 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqueuelen x ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 qlen 9 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqlen 9 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 alias hello ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 alias '' ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 alias 'two words' ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 alias ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name n0 ; ip link show n0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name n0 up ; ip link show n0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name '' ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name lo ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name 0123456789abcde ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name 0123456789abcdef ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name a:b ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name a%d ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name all ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 name default ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 up ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 down ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 up down ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 down up ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 arp off ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 arp on ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 multicast off ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 promisc on ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 allmulticast on ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 allmulti on ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 group 7 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 group 0 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 group x ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 address 02:00:00:00:03:0a ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 address 02:00:00:00:03 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 address ff:ff:ff:ff:ff:ff ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 address 00:00:00:00:00:00 ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 address x ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 addr 02:00:00:00:03:0b ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 bogus ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 txqueuelen ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 mtu 1400 txqueuelen 5 alias z ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 dev ; ip link show v0 ; ip -br link
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; ip link set v0 type ifb ; ip link show v0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 68 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 67 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 576 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 1500 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 9000 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 65535 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 65536 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 4294967295 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 4294967296 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 0x600 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 0600 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu '' ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqueuelen 0 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqueuelen 1 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqueuelen 4294967295 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqueuelen 4294967296 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqueuelen 0x10 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqueuelen x ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 qlen 9 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqlen 9 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 alias hello ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 alias '' ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 alias 'two words' ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 alias ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name n0 ; ip link show n0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name '' ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name lo ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name 0123456789abcde ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name 0123456789abcdef ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name a:b ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name a%d ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name all ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 name default ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 down ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 arp off ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 arp on ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 multicast off ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 promisc on ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 allmulticast on ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 allmulti on ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 group 7 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 group 0 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 group x ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 address 02:00:00:00:03:0a ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 address 02:00:00:00:03 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 address ff:ff:ff:ff:ff:ff ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 address 00:00:00:00:00:00 ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 address x ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 addr 02:00:00:00:03:0b ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 bogus ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 txqueuelen ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 mtu 1400 txqueuelen 5 alias z ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 dev ; ip link show br0 ; ip -br link
$ ip link add br0 address 02:00:00:00:03:01 type bridge ; ip link set br0 type ifb ; ip link show br0 ; ip -br link
$ ip link set dev lo alias loopy ; ip link show lo ; ip -j link show lo ; ip -o link show lo ; ip link set lo alias '' ; ip link show lo
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 alias a ; ip link set ifb0 alias b ; ip -d link show ifb0 ; ip -j -p link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 group 3 ; ip link show group 3 ; ip link show group 0 ; ip link show group default ; ip -br link show group 3
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show up ; ip -br link show up
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show type ifb ; ip -br link show type ifb
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show type veth ; ip -br link show type veth
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show type bridge ; ip -br link show type bridge
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show group 0 ; ip -br link show group 0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show master nosuch ; ip -br link show master nosuch
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show vrf nosuch ; ip -br link show vrf nosuch
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show ifb0 ; ip -br link show ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show dev ifb0 ; ip -br link show dev ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show nosuch ; ip -br link show nosuch
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show type ; ip -br link show type
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show up type ifb ; ip -br link show up type ifb
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show ifb0 up ; ip -br link show ifb0 up
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link show type bogus ; ip -br link show type bogus
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link delete ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link d ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link de ifb0 ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del ifb0 type ifb ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del ifb0 type veth ; ip -br link
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del type ifb ; ip -br link
%
# addresses: every command and option, show and flush with each filter
% ip link set lo up ; ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 brd + ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 brd - ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0: ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb1:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope global ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope site ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope 255 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope 256 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric -1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 priority 3 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 peer 10.0.4.0/24 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 peer 10.0.3.9/33 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 peer x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 valid_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 valid_lft x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 preferred_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 mngtmpaddr ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 nodad ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 optimistic ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 autojoin ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 noprefixroute metric 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope link noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 proto 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 proto kernel ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 proto x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 brd + ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 brd - ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 label ifb0: ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 label ifb1:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 label x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope global ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope site ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope 255 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope 256 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 metric 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 metric 1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 metric -1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 metric x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 priority 3 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 peer 10.0.4.0/24 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 peer 10.0.3.9/33 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 peer x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 valid_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 valid_lft x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 preferred_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 mngtmpaddr ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 nodad ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 optimistic ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 autojoin ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 noprefixroute metric 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 scope link noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 proto 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 proto kernel ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr replace 10.0.3.1/24 dev ifb0 proto x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 brd + ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 brd - ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 label ifb0: ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 label ifb1:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 label x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope global ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope site ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope 255 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope 256 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 metric 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 metric 1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 metric -1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 metric x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 priority 3 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 peer 10.0.4.0/24 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 peer 10.0.3.9/33 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 peer x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 valid_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 valid_lft x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 preferred_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 mngtmpaddr ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 nodad ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 optimistic ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 autojoin ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 noprefixroute metric 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 scope link noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 proto 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 proto kernel ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr change 10.0.3.1/24 dev ifb0 proto x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 brd + ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 brd - ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 label ifb0: ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 label ifb1:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 label x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope global ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope site ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope 255 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope 256 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 metric 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 metric 1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 metric -1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 metric x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 priority 3 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 peer 10.0.4.0/24 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 peer 10.0.3.9/33 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 peer x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 valid_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 valid_lft x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 preferred_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 mngtmpaddr ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 nodad ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 optimistic ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 autojoin ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 noprefixroute metric 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 scope link noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 proto 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 proto kernel ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr a 10.0.3.1/24 dev ifb0 proto x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 brd + ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 brd - ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 label ifb0: ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 label ifb1:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 label x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope global ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope site ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope 255 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope 256 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 metric 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 metric 1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 metric -1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 metric x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 priority 3 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 peer 10.0.4.0/24 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 peer 10.0.3.9/33 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 peer x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 valid_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 valid_lft x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 preferred_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 mngtmpaddr ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 nodad ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 optimistic ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 autojoin ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 noprefixroute metric 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 scope link noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 proto 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 proto kernel ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr rep 10.0.3.1/24 dev ifb0 proto x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 brd + ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 brd - ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 label ifb0: ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 label ifb1:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 label x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope global ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope site ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope 255 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope 256 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 metric 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 metric 1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 metric -1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 metric x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 priority 3 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 peer 10.0.4.0/24 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 peer 10.0.3.9/33 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 peer x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 valid_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 valid_lft x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 preferred_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 mngtmpaddr ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 nodad ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 optimistic ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 autojoin ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 noprefixroute metric 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 scope link noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 proto 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 proto kernel ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr ch 10.0.3.1/24 dev ifb0 proto x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 brd + ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 brd - ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 label ifb0: ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 label ifb1:a ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 label x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope global ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope link ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope site ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope 255 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope 256 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 metric 0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 metric 1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 metric -1 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 metric x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 priority 3 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 peer 10.0.4.0/24 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 peer 10.0.3.9/33 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 peer x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 valid_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 valid_lft x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 preferred_lft forever ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 home ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 mngtmpaddr ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 nodad ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 optimistic ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 autojoin ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 noprefixroute metric 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 scope link noprefixroute ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 proto 5 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 proto kernel ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr chg 10.0.3.1/24 dev ifb0 proto x ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 brd + ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 brd - ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 broadcast 10.0.3.200 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0:a ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb0: ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label ifb1:a ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 label x ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope global ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope link ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope host ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope site ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope 0 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope 255 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope 256 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 scope x ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 0 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 1 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 4294967295 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric 4294967296 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric -1 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 metric x ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 priority 3 ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 noprefixroute ; ip addr change 10.0.3.1/24 dev ifb0 scope link metric 9 ; ip -4 addr show ifb0 ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr del 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr delete 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr d 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr de 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr remove 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del 10.0.3.1/24 dev ifb0 scope host ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del 10.0.3.1/24 dev ifb0 metric 5 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del 10.0.3.1/24 dev ifb0 brd 10.0.3.255 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del 10.0.3.1/24 dev ifb0 peer 10.0.3.2 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del 10.0.3.1/24 dev ifb0 noprefixroute ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del 10.0.3.1 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:a ; ip addr del 10.0.3.1/24 dev ifb0 label ifb0:a ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show scope global
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show scope host
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show scope 200
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show label ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show label ifb0:s
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show label 'ifb0*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show label '*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show to 10.0.3.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show to 10.0.0.0/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show to 10.0.6.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show to 10.0.5.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show to 10/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show secondary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show permanent
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dynamic
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show noprefixroute
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show -tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show deprecated
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dadfailed
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show temporary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show home
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show master nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show type ifb
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show type veth
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show nomaster
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show vrf nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show to
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show label
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show scope
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dev
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show bogus
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dev ifb0 primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr show dev ifb0 to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show scope global
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show scope host
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show scope 200
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show label ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show label ifb0:s
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show label 'ifb0*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show label '*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show to 10.0.3.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show to 10.0.0.0/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show to 10.0.6.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show to 10.0.5.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show to 10/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show secondary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show permanent
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dynamic
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show noprefixroute
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show -tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show deprecated
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dadfailed
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show temporary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show home
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show master nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show type ifb
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show type veth
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show nomaster
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show vrf nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show to
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show label
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show scope
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dev
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show bogus
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dev ifb0 primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr show dev ifb0 to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show scope global
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show scope host
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show scope 200
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show label ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show label ifb0:s
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show label 'ifb0*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show label '*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show to 10.0.3.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show to 10.0.0.0/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show to 10.0.6.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show to 10.0.5.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show to 10/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show secondary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show permanent
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dynamic
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show noprefixroute
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show -tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show deprecated
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dadfailed
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show temporary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show home
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show master nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show type ifb
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show type veth
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show nomaster
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show vrf nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show to
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show label
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show scope
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dev
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show bogus
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dev ifb0 primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -o addr show dev ifb0 to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show scope global
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show scope host
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show scope 200
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show label ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show label ifb0:s
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show label 'ifb0*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show label '*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show to 10.0.3.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show to 10.0.0.0/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show to 10.0.6.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show to 10.0.5.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show to 10/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show secondary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show permanent
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dynamic
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show noprefixroute
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show -tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show deprecated
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dadfailed
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show temporary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show home
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show master nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show type ifb
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show type veth
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show nomaster
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show vrf nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show to
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show label
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show scope
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dev
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show bogus
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dev ifb0 primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -br addr show dev ifb0 to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show scope global
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show scope host
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show scope 200
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show label ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show label ifb0:s
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show label 'ifb0*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show label '*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show to 10.0.3.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show to 10.0.0.0/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show to 10.0.6.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show to 10.0.5.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show to 10/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show secondary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show permanent
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dynamic
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show noprefixroute
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show -tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show deprecated
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dadfailed
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show temporary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show home
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show master nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show type ifb
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show type veth
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show nomaster
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show vrf nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show to
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show label
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show scope
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dev
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show bogus
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dev ifb0 primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr show dev ifb0 to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show scope global
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show scope host
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show scope 200
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show label ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show label ifb0:s
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show label 'ifb0*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show label '*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show to 10.0.3.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show to 10.0.0.0/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show to 10.0.6.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show to 10.0.5.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show to 10/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show secondary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show permanent
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dynamic
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show noprefixroute
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show -tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show deprecated
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dadfailed
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show temporary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show home
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show master nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show nomaster
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show vrf nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show to
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show label
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show scope
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dev
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show bogus
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dev ifb0 primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 -o addr show dev ifb0 to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dev ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show scope global
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show scope host
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show scope 200
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show label ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show label ifb0:s
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show label 'ifb0*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show label '*'
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show to 10.0.3.0/24
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show to 10.0.0.0/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show to 10.0.6.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show to 10.0.5.1
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show to 10/8
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show secondary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show permanent
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dynamic
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show noprefixroute
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show -tentative
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show deprecated
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dadfailed
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show temporary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show home
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show up
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show master nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show type ifb
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show type veth
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show nomaster
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show vrf nosuch
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show to
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show label
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show scope
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dev
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show bogus
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dev ifb0 scope link
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dev ifb0 primary
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j -o addr show dev ifb0 to 10.0.3.2
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dev ifb0 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush ifb0 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush scope global ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush scope link ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush scope host ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush scope 200 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush label ifb0 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush label ifb0:s ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush label 'ifb0*' ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush label '*' ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush to 10.0.3.0/24 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush to 10.0.3.2 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush to 10.0.0.0/8 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush to 10.0.6.1 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush to 10.0.5.1 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush to 10/8 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush primary ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush secondary ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush permanent ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dynamic ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush noprefixroute ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush tentative ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush -tentative ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush deprecated ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dadfailed ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush temporary ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush home ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush master nosuch ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush type ifb ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush type veth ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush vrf nosuch ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush to ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush label ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush scope ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dev ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush bogus ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dev ifb0 scope link ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dev ifb0 primary ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dev ifb0 to 10.0.3.2 ; ip -4 addr ; ip -4 route show table all
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -4 addr flush dev ifb0 ; ip -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -s -4 addr flush dev ifb0 ; ip -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -s -s -4 addr flush dev ifb0 ; ip -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip -j addr flush dev ifb0 ; ip -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr flush ; ip -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.2/24 dev ifb0 label ifb0:s ; ip addr add 10.0.4.1/24 dev ifb0 scope link noprefixroute ; ip addr add 10.0.5.1 peer 10.0.6.1 dev ifb0 metric 3 ; ip addr add 10.0.7.1/16 dev lo ; ip addr flush all ; ip -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr add 10.0.3.1/24 dev ifb0 metric 5
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr change 10.0.3.1/24 dev ifb0 peer 10.0.3.9 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr change 10.0.3.1/24 dev ifb0 label ifb0:q ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr change 10.0.3.1/25 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr change 10.0.3.1/24 dev lo
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr replace 10.0.3.1/24 dev lo ; ip -4 addr
$ ip addr add 10.0.3.1/24 dev ifb0 ; ip addr replace 10.0.3.1/25 dev ifb0 ; ip -4 addr show ifb0
$ ip addr add 10.0.3.1/24 dev ifb0 brd + ; ip addr replace 10.0.3.1/24 dev ifb0 ; ip -4 addr show ifb0 ; ip -4 route show table local
%
# routes: each type with each option, the errors, show and flush filters
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1
$ ip route add 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add unicast 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type unicast
$ ip route add local 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add local 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type local
$ ip route add broadcast 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add broadcast 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type broadcast
$ ip route add blackhole 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add blackhole 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type blackhole
$ ip route add unreachable 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add unreachable 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type unreachable
$ ip route add prohibit 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add prohibit 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type prohibit
$ ip route add throw 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add throw 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type throw
$ ip route add multicast 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add multicast 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type multicast
$ ip route add anycast 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add anycast 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type anycast
$ ip route add nat 10.5.0.0/16 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 via 10.0.1.2 dev eth0 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 metric 7 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 scope link ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 scope host ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 scope global ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 table 100 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 metric 9 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 table 100 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 proto boot ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 scope host ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev eth0 table local ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 via 10.0.1.2 table 200 metric 3 proto 4 ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add nat 10.5.0.0/16 dev lo ; ip -4 route show table all ; ip -j route show table all type nat
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route append 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route replace 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route change 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route prepend 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route add 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route a 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route app 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route rep 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route ch 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route chg 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route test 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r 10.5.0.0/16 via 10.0.1.2 metric 10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r unreachable 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r 10.5.0.0/16 table 100 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r 10.5.0.0/16 dev eth0 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r 10.5.0.0/16 type prohibit ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route r 10.5.0.0/16 via 10.0.2.2 src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 via 10.0.1.2 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 via 10.0.1.3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 dev eth0 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 dev eth0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 dev eth0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 metric 0 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 metric 0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 metric 0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 metric 5 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 metric 5 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 metric 5 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 proto boot ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 proto boot ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 proto boot ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 proto static ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 scope link ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 scope link ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 scope link ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 scope global ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 scope global ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 scope global ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 src 10.0.1.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 table main ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 table main ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 table main ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 table 100 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 table 100 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 table 100 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del blackhole 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del unicast 10.5.0.0/16 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del unicast 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del unicast 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del local 10.5.0.0/16 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del local 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del local 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 tos 0x10 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 tos 0x10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 tos 0x10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/17 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/17 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/17 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0 ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del 10.5.0.0/16 type unicast ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del 10.5.0.0/16 type unicast ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del 10.5.0.0/16 type unicast ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 ; ip route del ; ip -4 route show table all
$ ip route add blackhole 10.5.0.0/16 metric 5 ; ip route del ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 100 proto static ; ip route del ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table main
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table 100
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show dev eth1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show dev lo table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show oif eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show proto kernel
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show proto static
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show proto boot
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show proto 4
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show proto x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show scope host
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show scope global
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show scope x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type unicast table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type local table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type broadcast table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type unreachable
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show via 10.0.1.2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show via 10.0.9.9
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show src 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show src 10.0.2.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show metric 5
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show match 10.5.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show exact 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show exact 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show match 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show root 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show cloned
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show cached
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show tos 0x10
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show realm 1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show from 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show from 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table 100 dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table all type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table all proto kernel scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show dev
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show table
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show via
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show bogus
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show realms 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show realm 1/2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show realms 0/
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show realms /3
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show realms 300
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show realms x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show from 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show from root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show from match 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show from exact 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show from x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type b
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type 6
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type 256
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show type xres
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show vrf x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show match any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show root all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route show exact default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table main
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table 100
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show dev eth1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show dev lo table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show oif eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show proto kernel
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show proto static
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show proto boot
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show proto 4
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show proto x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show scope host
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show scope global
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show scope x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type unicast table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type local table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type broadcast table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type unreachable
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show via 10.0.1.2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show via 10.0.9.9
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show src 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show src 10.0.2.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show metric 5
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show match 10.5.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show exact 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show exact 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show match 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show root 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show cloned
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show cached
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show tos 0x10
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show realm 1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show from 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show from 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table 100 dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table all type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table all proto kernel scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show dev
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show table
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show via
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show bogus
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show realms 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show realm 1/2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show realms 0/
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show realms /3
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show realms 300
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show realms x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show from 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show from root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show from match 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show from exact 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show from x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type b
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type 6
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type 256
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show type xres
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show vrf x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show match any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show root all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route show exact default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table main
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table 100
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show dev eth1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show dev lo table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show oif eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show proto kernel
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show proto static
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show proto boot
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show proto 4
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show proto x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show scope host
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show scope global
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show scope x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type unicast table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type local table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type broadcast table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type unreachable
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show via 10.0.1.2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show via 10.0.9.9
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show src 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show src 10.0.2.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show metric 5
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show match 10.5.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show exact 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show exact 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show match 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show root 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show cloned
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show cached
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show tos 0x10
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show realm 1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show from 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show from 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table 100 dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table all type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table all proto kernel scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show dev
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show table
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show via
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show bogus
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show realms 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show realm 1/2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show realms 0/
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show realms /3
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show realms 300
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show realms x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show from 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show from root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show from match 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show from exact 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show from x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type b
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type 6
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type 256
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show type xres
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show vrf x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show match any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show root all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -o route show exact default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table main
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table 100
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show dev eth1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show dev lo table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show oif eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show proto kernel
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show proto static
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show proto boot
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show proto 4
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show proto x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show scope host
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show scope global
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show scope x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type unicast table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type local table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type broadcast table local
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type unreachable
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show via 10.0.1.2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show via 10.0.9.9
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show src 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show src 10.0.2.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show metric 5
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show match 10.5.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show exact 10.5.0.0/16
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show exact 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show match 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show root 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show cloned
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show cached
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show tos 0x10
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show realm 1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show from 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show from 10.0.1.1
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table 100 dev eth0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table all type blackhole
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table all proto kernel scope link
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show dev
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show table
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show via
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show bogus
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show realms 0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show realm 1/2
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show realms 0/
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show realms /3
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show realms 300
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show realms x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show from 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show from root 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show from match 10.0.0.0/8
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show from exact 0/0
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show from x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type b
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type 6
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type 256
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show type xres
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show vrf x
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show match any
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show root all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -d route show exact default
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table all ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table main ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table 100 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table 0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table x ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush dev eth0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush oif eth0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush proto kernel ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush proto static ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush proto boot ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush proto 4 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush proto x ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush scope link ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush scope host ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush scope global ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush scope x ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type blackhole ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type unicast table all ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type unreachable ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type x ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush via 10.0.1.2 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush via 10.0.9.9 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush src 10.0.1.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush src 10.0.2.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush metric 5 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush root 10.0.0.0/8 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush match 10.5.1.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush exact 10.5.0.0/16 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush exact 10.0.0.0/8 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush match 0/0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush root 0/0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush 10.0.0.0/8 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush default ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush all ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush cloned ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush cached ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush tos 0x10 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush realm 1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush from 10.0.0.0/8 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush from 10.0.1.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table 100 dev eth0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table all type blackhole ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush dev ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush table ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush via ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush bogus ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush realms 0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush realm 1/2 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush realms 0/ ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush realms /3 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush realms 300 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush realms x ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush from 0/0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush from root 10.0.0.0/8 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush from match 10.0.0.0/8 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush from exact 0/0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush from x ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type b ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type 6 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type 256 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush type xres ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush vrf x ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush any ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush match any ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush root all ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip route flush exact default ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -s route flush table main ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -s -s route flush table 100 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 metric 5 ; ip route add blackhole 10.6.0.0/16 ; ip route add 10.7.0.0/16 dev eth0 table 100 proto static ; ip route add unreachable 10.8.0.0/16 table 100 ; ip route add default via 10.0.2.254 ; ip route add 10.9.0.0/16 dev eth1 src 10.0.2.1 scope link proto 4 ; ip -j route flush dev eth0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.2 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.3.2 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 10.0.1.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 127.0.0.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 0.0.0.0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 255.255.255.255 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 via 224.0.0.1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 src 10.0.9.9 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 src 0.0.0.0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 scope host via 10.0.1.2 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table 4294967295 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 metric 0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 proto 255 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 proto 0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 vrf x ; ip -4 route show table all
$ ip route add 0.0.0.0/0 dev eth0 ; ip -4 route show table all
$ ip route add 0/0 dev eth0 ; ip -4 route show table all
$ ip route add default via 10.0.1.2 dev eth0 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 ; ip -4 route show table all
$ ip route add dev eth0 ; ip -4 route show table all
$ ip route add via 10.0.1.2 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 table ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 metric ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 proto ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 scope ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 src ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 type ; ip -4 route show table all
$ ip route add 255.255.255.255 dev eth0 ; ip -4 route show table all
$ ip route add 127.0.0.0/8 dev eth0 ; ip -4 route show table all
$ ip route add 224.0.0.0/4 dev eth0 ; ip -4 route show table all
$ ip route add 10.0.1.0/24 dev eth0 ; ip -4 route show table all
$ ip route add 10.0.1.0/24 dev eth1 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 tos 0x04 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 tos 0x02 ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 tos 0x0c ; ip -4 route show table all
$ ip route add 10.5.0.0/16 dev eth0 tos 0xff ; ip -4 route show table all
%
# route get: from/iif/oif/mark/tos/connected/fibmatch forms and their errors
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb ; ip link set eth0 up ; ip link set eth1 up ; ip addr add 10.0.1.1/24 dev eth0 ; ip addr add 10.0.2.1/24 dev eth1 ; ip route add default via 10.0.2.254 ; ip route add 10.5.0.0/16 dev eth0 tos 0x10 ; ip route add blackhole 10.9.0.0/16 ; ip route add 10.6.0.0/16 via 10.0.1.2 table 100
$ ip route get 10.0.1.5 from 10.0.1.1 ; ip -j route get 10.0.1.5 from 10.0.1.1 ; ip -o route get 10.0.1.5 from 10.0.1.1
$ ip route get 10.0.1.5 from 10.0.2.1 ; ip -j route get 10.0.1.5 from 10.0.2.1 ; ip -o route get 10.0.1.5 from 10.0.2.1
$ ip route get 10.0.1.5 from 0.0.0.0 ; ip -j route get 10.0.1.5 from 0.0.0.0 ; ip -o route get 10.0.1.5 from 0.0.0.0
$ ip route get 10.0.1.5 from 255.255.255.255 ; ip -j route get 10.0.1.5 from 255.255.255.255 ; ip -o route get 10.0.1.5 from 255.255.255.255
$ ip route get 10.0.1.5 from 224.0.0.1 ; ip -j route get 10.0.1.5 from 224.0.0.1 ; ip -o route get 10.0.1.5 from 224.0.0.1
$ ip route get 10.0.1.5 from 10.0.3.3 ; ip -j route get 10.0.1.5 from 10.0.3.3 ; ip -o route get 10.0.1.5 from 10.0.3.3
$ ip route get 10.0.1.5 oif eth0 ; ip -j route get 10.0.1.5 oif eth0 ; ip -o route get 10.0.1.5 oif eth0
$ ip route get 10.0.1.5 oif eth1 ; ip -j route get 10.0.1.5 oif eth1 ; ip -o route get 10.0.1.5 oif eth1
$ ip route get 10.0.1.5 oif lo ; ip -j route get 10.0.1.5 oif lo ; ip -o route get 10.0.1.5 oif lo
$ ip route get 10.0.1.5 oif nosuch ; ip -j route get 10.0.1.5 oif nosuch ; ip -o route get 10.0.1.5 oif nosuch
$ ip route get 10.0.1.5 dev eth1 ; ip -j route get 10.0.1.5 dev eth1 ; ip -o route get 10.0.1.5 dev eth1
$ ip route get 10.0.1.5 mark 0 ; ip -j route get 10.0.1.5 mark 0 ; ip -o route get 10.0.1.5 mark 0
$ ip route get 10.0.1.5 mark 0xffffffff ; ip -j route get 10.0.1.5 mark 0xffffffff ; ip -o route get 10.0.1.5 mark 0xffffffff
$ ip route get 10.0.1.5 mark 4294967296 ; ip -j route get 10.0.1.5 mark 4294967296 ; ip -o route get 10.0.1.5 mark 4294967296
$ ip route get 10.0.1.5 mark x ; ip -j route get 10.0.1.5 mark x ; ip -o route get 10.0.1.5 mark x
$ ip route get 10.0.1.5 tos 0x10 ; ip -j route get 10.0.1.5 tos 0x10 ; ip -o route get 10.0.1.5 tos 0x10
$ ip route get 10.0.1.5 tos 0x0c ; ip -j route get 10.0.1.5 tos 0x0c ; ip -o route get 10.0.1.5 tos 0x0c
$ ip route get 10.0.1.5 tos 0 ; ip -j route get 10.0.1.5 tos 0 ; ip -o route get 10.0.1.5 tos 0
$ ip route get 10.0.1.5 tos 16 ; ip -j route get 10.0.1.5 tos 16 ; ip -o route get 10.0.1.5 tos 16
$ ip route get 10.0.1.5 tos lowdelay ; ip -j route get 10.0.1.5 tos lowdelay ; ip -o route get 10.0.1.5 tos lowdelay
$ ip route get 10.0.1.5 tos x ; ip -j route get 10.0.1.5 tos x ; ip -o route get 10.0.1.5 tos x
$ ip route get 10.0.1.5 dsfield 0x10 ; ip -j route get 10.0.1.5 dsfield 0x10 ; ip -o route get 10.0.1.5 dsfield 0x10
$ ip route get 10.0.1.5 table 100 ; ip -j route get 10.0.1.5 table 100 ; ip -o route get 10.0.1.5 table 100
$ ip route get 10.0.1.5 table main ; ip -j route get 10.0.1.5 table main ; ip -o route get 10.0.1.5 table main
$ ip route get 10.0.1.5 table x ; ip -j route get 10.0.1.5 table x ; ip -o route get 10.0.1.5 table x
$ ip route get 10.0.1.5 vrf nosuch ; ip -j route get 10.0.1.5 vrf nosuch ; ip -o route get 10.0.1.5 vrf nosuch
$ ip route get 10.0.1.5 uid 0 ; ip -j route get 10.0.1.5 uid 0 ; ip -o route get 10.0.1.5 uid 0
$ ip route get 10.0.1.5 uid 1000 ; ip -j route get 10.0.1.5 uid 1000 ; ip -o route get 10.0.1.5 uid 1000
$ ip route get 10.0.1.5 uid x ; ip -j route get 10.0.1.5 uid x ; ip -o route get 10.0.1.5 uid x
$ ip route get 10.0.1.5 ipproto tcp ; ip -j route get 10.0.1.5 ipproto tcp ; ip -o route get 10.0.1.5 ipproto tcp
$ ip route get 10.0.1.5 ipproto udp dport 53 ; ip -j route get 10.0.1.5 ipproto udp dport 53 ; ip -o route get 10.0.1.5 ipproto udp dport 53
$ ip route get 10.0.1.5 sport 1 dport 2 ; ip -j route get 10.0.1.5 sport 1 dport 2 ; ip -o route get 10.0.1.5 sport 1 dport 2
$ ip route get 10.0.1.5 ipproto x ; ip -j route get 10.0.1.5 ipproto x ; ip -o route get 10.0.1.5 ipproto x
$ ip route get 10.0.1.5 iif eth0 ; ip -j route get 10.0.1.5 iif eth0 ; ip -o route get 10.0.1.5 iif eth0
$ ip route get 10.0.1.5 from 10.0.2.9 iif eth1 ; ip -j route get 10.0.1.5 from 10.0.2.9 iif eth1 ; ip -o route get 10.0.1.5 from 10.0.2.9 iif eth1
$ ip route get 10.0.1.5 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 10.0.1.5 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 10.0.1.5 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 10.0.1.5 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 10.0.1.5 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 10.0.1.5 from 10.0.2.9 iif eth1 mark 5
$ ip route get 10.0.1.5 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 10.0.1.5 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 10.0.1.5 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 10.0.1.5 from 10.0.2.9 iif lo ; ip -j route get 10.0.1.5 from 10.0.2.9 iif lo ; ip -o route get 10.0.1.5 from 10.0.2.9 iif lo
$ ip route get 10.0.1.5 from 8.8.4.4 iif eth0 ; ip -j route get 10.0.1.5 from 8.8.4.4 iif eth0 ; ip -o route get 10.0.1.5 from 8.8.4.4 iif eth0
$ ip route get 10.0.1.5 from 10.0.2.9 iif nosuch ; ip -j route get 10.0.1.5 from 10.0.2.9 iif nosuch ; ip -o route get 10.0.1.5 from 10.0.2.9 iif nosuch
$ ip route get 10.0.1.5 connected ; ip -j route get 10.0.1.5 connected ; ip -o route get 10.0.1.5 connected
$ ip route get 10.0.1.5 fibmatch ; ip -j route get 10.0.1.5 fibmatch ; ip -o route get 10.0.1.5 fibmatch
$ ip route get 10.0.1.5 fibmatch from 10.0.1.1 ; ip -j route get 10.0.1.5 fibmatch from 10.0.1.1 ; ip -o route get 10.0.1.5 fibmatch from 10.0.1.1
$ ip route get 10.0.1.5 from ; ip -j route get 10.0.1.5 from ; ip -o route get 10.0.1.5 from
$ ip route get 10.0.1.5 iif ; ip -j route get 10.0.1.5 iif ; ip -o route get 10.0.1.5 iif
$ ip route get 10.0.1.5 oif ; ip -j route get 10.0.1.5 oif ; ip -o route get 10.0.1.5 oif
$ ip route get 10.0.1.5 mark ; ip -j route get 10.0.1.5 mark ; ip -o route get 10.0.1.5 mark
$ ip route get 10.0.1.5 tos ; ip -j route get 10.0.1.5 tos ; ip -o route get 10.0.1.5 tos
$ ip route get 10.0.1.5 notify ; ip -j route get 10.0.1.5 notify ; ip -o route get 10.0.1.5 notify
$ ip route get 10.0.1.5 bogus ; ip -j route get 10.0.1.5 bogus ; ip -o route get 10.0.1.5 bogus
$ ip route get 10.0.1.5 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 10.0.1.5 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 10.0.1.5 from 10.0.1.1 from 10.0.2.1
$ ip route get 10.0.1.5 oif eth0 oif eth1 ; ip -j route get 10.0.1.5 oif eth0 oif eth1 ; ip -o route get 10.0.1.5 oif eth0 oif eth1
$ ip route get 8.8.8.8 from 10.0.1.1 ; ip -j route get 8.8.8.8 from 10.0.1.1 ; ip -o route get 8.8.8.8 from 10.0.1.1
$ ip route get 8.8.8.8 from 10.0.2.1 ; ip -j route get 8.8.8.8 from 10.0.2.1 ; ip -o route get 8.8.8.8 from 10.0.2.1
$ ip route get 8.8.8.8 from 0.0.0.0 ; ip -j route get 8.8.8.8 from 0.0.0.0 ; ip -o route get 8.8.8.8 from 0.0.0.0
$ ip route get 8.8.8.8 from 255.255.255.255 ; ip -j route get 8.8.8.8 from 255.255.255.255 ; ip -o route get 8.8.8.8 from 255.255.255.255
$ ip route get 8.8.8.8 from 224.0.0.1 ; ip -j route get 8.8.8.8 from 224.0.0.1 ; ip -o route get 8.8.8.8 from 224.0.0.1
$ ip route get 8.8.8.8 from 10.0.3.3 ; ip -j route get 8.8.8.8 from 10.0.3.3 ; ip -o route get 8.8.8.8 from 10.0.3.3
$ ip route get 8.8.8.8 oif eth0 ; ip -j route get 8.8.8.8 oif eth0 ; ip -o route get 8.8.8.8 oif eth0
$ ip route get 8.8.8.8 oif eth1 ; ip -j route get 8.8.8.8 oif eth1 ; ip -o route get 8.8.8.8 oif eth1
$ ip route get 8.8.8.8 oif lo ; ip -j route get 8.8.8.8 oif lo ; ip -o route get 8.8.8.8 oif lo
$ ip route get 8.8.8.8 oif nosuch ; ip -j route get 8.8.8.8 oif nosuch ; ip -o route get 8.8.8.8 oif nosuch
$ ip route get 8.8.8.8 dev eth1 ; ip -j route get 8.8.8.8 dev eth1 ; ip -o route get 8.8.8.8 dev eth1
$ ip route get 8.8.8.8 mark 0 ; ip -j route get 8.8.8.8 mark 0 ; ip -o route get 8.8.8.8 mark 0
$ ip route get 8.8.8.8 mark 0xffffffff ; ip -j route get 8.8.8.8 mark 0xffffffff ; ip -o route get 8.8.8.8 mark 0xffffffff
$ ip route get 8.8.8.8 mark 4294967296 ; ip -j route get 8.8.8.8 mark 4294967296 ; ip -o route get 8.8.8.8 mark 4294967296
$ ip route get 8.8.8.8 mark x ; ip -j route get 8.8.8.8 mark x ; ip -o route get 8.8.8.8 mark x
$ ip route get 8.8.8.8 tos 0x10 ; ip -j route get 8.8.8.8 tos 0x10 ; ip -o route get 8.8.8.8 tos 0x10
$ ip route get 8.8.8.8 tos 0x0c ; ip -j route get 8.8.8.8 tos 0x0c ; ip -o route get 8.8.8.8 tos 0x0c
$ ip route get 8.8.8.8 tos 0 ; ip -j route get 8.8.8.8 tos 0 ; ip -o route get 8.8.8.8 tos 0
$ ip route get 8.8.8.8 tos 16 ; ip -j route get 8.8.8.8 tos 16 ; ip -o route get 8.8.8.8 tos 16
$ ip route get 8.8.8.8 tos lowdelay ; ip -j route get 8.8.8.8 tos lowdelay ; ip -o route get 8.8.8.8 tos lowdelay
$ ip route get 8.8.8.8 tos x ; ip -j route get 8.8.8.8 tos x ; ip -o route get 8.8.8.8 tos x
$ ip route get 8.8.8.8 dsfield 0x10 ; ip -j route get 8.8.8.8 dsfield 0x10 ; ip -o route get 8.8.8.8 dsfield 0x10
$ ip route get 8.8.8.8 table 100 ; ip -j route get 8.8.8.8 table 100 ; ip -o route get 8.8.8.8 table 100
$ ip route get 8.8.8.8 table main ; ip -j route get 8.8.8.8 table main ; ip -o route get 8.8.8.8 table main
$ ip route get 8.8.8.8 table x ; ip -j route get 8.8.8.8 table x ; ip -o route get 8.8.8.8 table x
$ ip route get 8.8.8.8 vrf nosuch ; ip -j route get 8.8.8.8 vrf nosuch ; ip -o route get 8.8.8.8 vrf nosuch
$ ip route get 8.8.8.8 uid 0 ; ip -j route get 8.8.8.8 uid 0 ; ip -o route get 8.8.8.8 uid 0
$ ip route get 8.8.8.8 uid 1000 ; ip -j route get 8.8.8.8 uid 1000 ; ip -o route get 8.8.8.8 uid 1000
$ ip route get 8.8.8.8 uid x ; ip -j route get 8.8.8.8 uid x ; ip -o route get 8.8.8.8 uid x
$ ip route get 8.8.8.8 ipproto tcp ; ip -j route get 8.8.8.8 ipproto tcp ; ip -o route get 8.8.8.8 ipproto tcp
$ ip route get 8.8.8.8 ipproto udp dport 53 ; ip -j route get 8.8.8.8 ipproto udp dport 53 ; ip -o route get 8.8.8.8 ipproto udp dport 53
$ ip route get 8.8.8.8 sport 1 dport 2 ; ip -j route get 8.8.8.8 sport 1 dport 2 ; ip -o route get 8.8.8.8 sport 1 dport 2
$ ip route get 8.8.8.8 ipproto x ; ip -j route get 8.8.8.8 ipproto x ; ip -o route get 8.8.8.8 ipproto x
$ ip route get 8.8.8.8 iif eth0 ; ip -j route get 8.8.8.8 iif eth0 ; ip -o route get 8.8.8.8 iif eth0
$ ip route get 8.8.8.8 from 10.0.2.9 iif eth1 ; ip -j route get 8.8.8.8 from 10.0.2.9 iif eth1 ; ip -o route get 8.8.8.8 from 10.0.2.9 iif eth1
$ ip route get 8.8.8.8 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 8.8.8.8 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 8.8.8.8 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 8.8.8.8 from 10.0.2.9 iif eth1 mark 5
$ ip route get 8.8.8.8 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 8.8.8.8 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 8.8.8.8 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 8.8.8.8 from 10.0.2.9 iif lo ; ip -j route get 8.8.8.8 from 10.0.2.9 iif lo ; ip -o route get 8.8.8.8 from 10.0.2.9 iif lo
$ ip route get 8.8.8.8 from 8.8.4.4 iif eth0 ; ip -j route get 8.8.8.8 from 8.8.4.4 iif eth0 ; ip -o route get 8.8.8.8 from 8.8.4.4 iif eth0
$ ip route get 8.8.8.8 from 10.0.2.9 iif nosuch ; ip -j route get 8.8.8.8 from 10.0.2.9 iif nosuch ; ip -o route get 8.8.8.8 from 10.0.2.9 iif nosuch
$ ip route get 8.8.8.8 connected ; ip -j route get 8.8.8.8 connected ; ip -o route get 8.8.8.8 connected
$ ip route get 8.8.8.8 fibmatch ; ip -j route get 8.8.8.8 fibmatch ; ip -o route get 8.8.8.8 fibmatch
$ ip route get 8.8.8.8 fibmatch from 10.0.1.1 ; ip -j route get 8.8.8.8 fibmatch from 10.0.1.1 ; ip -o route get 8.8.8.8 fibmatch from 10.0.1.1
$ ip route get 8.8.8.8 from ; ip -j route get 8.8.8.8 from ; ip -o route get 8.8.8.8 from
$ ip route get 8.8.8.8 iif ; ip -j route get 8.8.8.8 iif ; ip -o route get 8.8.8.8 iif
$ ip route get 8.8.8.8 oif ; ip -j route get 8.8.8.8 oif ; ip -o route get 8.8.8.8 oif
$ ip route get 8.8.8.8 mark ; ip -j route get 8.8.8.8 mark ; ip -o route get 8.8.8.8 mark
$ ip route get 8.8.8.8 tos ; ip -j route get 8.8.8.8 tos ; ip -o route get 8.8.8.8 tos
$ ip route get 8.8.8.8 notify ; ip -j route get 8.8.8.8 notify ; ip -o route get 8.8.8.8 notify
$ ip route get 8.8.8.8 bogus ; ip -j route get 8.8.8.8 bogus ; ip -o route get 8.8.8.8 bogus
$ ip route get 8.8.8.8 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 8.8.8.8 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 8.8.8.8 from 10.0.1.1 from 10.0.2.1
$ ip route get 8.8.8.8 oif eth0 oif eth1 ; ip -j route get 8.8.8.8 oif eth0 oif eth1 ; ip -o route get 8.8.8.8 oif eth0 oif eth1
$ ip route get 10.5.1.1 from 10.0.1.1 ; ip -j route get 10.5.1.1 from 10.0.1.1 ; ip -o route get 10.5.1.1 from 10.0.1.1
$ ip route get 10.5.1.1 from 10.0.2.1 ; ip -j route get 10.5.1.1 from 10.0.2.1 ; ip -o route get 10.5.1.1 from 10.0.2.1
$ ip route get 10.5.1.1 from 0.0.0.0 ; ip -j route get 10.5.1.1 from 0.0.0.0 ; ip -o route get 10.5.1.1 from 0.0.0.0
$ ip route get 10.5.1.1 from 255.255.255.255 ; ip -j route get 10.5.1.1 from 255.255.255.255 ; ip -o route get 10.5.1.1 from 255.255.255.255
$ ip route get 10.5.1.1 from 224.0.0.1 ; ip -j route get 10.5.1.1 from 224.0.0.1 ; ip -o route get 10.5.1.1 from 224.0.0.1
$ ip route get 10.5.1.1 from 10.0.3.3 ; ip -j route get 10.5.1.1 from 10.0.3.3 ; ip -o route get 10.5.1.1 from 10.0.3.3
$ ip route get 10.5.1.1 oif eth0 ; ip -j route get 10.5.1.1 oif eth0 ; ip -o route get 10.5.1.1 oif eth0
$ ip route get 10.5.1.1 oif eth1 ; ip -j route get 10.5.1.1 oif eth1 ; ip -o route get 10.5.1.1 oif eth1
$ ip route get 10.5.1.1 oif lo ; ip -j route get 10.5.1.1 oif lo ; ip -o route get 10.5.1.1 oif lo
$ ip route get 10.5.1.1 oif nosuch ; ip -j route get 10.5.1.1 oif nosuch ; ip -o route get 10.5.1.1 oif nosuch
$ ip route get 10.5.1.1 dev eth1 ; ip -j route get 10.5.1.1 dev eth1 ; ip -o route get 10.5.1.1 dev eth1
$ ip route get 10.5.1.1 mark 0 ; ip -j route get 10.5.1.1 mark 0 ; ip -o route get 10.5.1.1 mark 0
$ ip route get 10.5.1.1 mark 0xffffffff ; ip -j route get 10.5.1.1 mark 0xffffffff ; ip -o route get 10.5.1.1 mark 0xffffffff
$ ip route get 10.5.1.1 mark 4294967296 ; ip -j route get 10.5.1.1 mark 4294967296 ; ip -o route get 10.5.1.1 mark 4294967296
$ ip route get 10.5.1.1 mark x ; ip -j route get 10.5.1.1 mark x ; ip -o route get 10.5.1.1 mark x
$ ip route get 10.5.1.1 tos 0x10 ; ip -j route get 10.5.1.1 tos 0x10 ; ip -o route get 10.5.1.1 tos 0x10
$ ip route get 10.5.1.1 tos 0x0c ; ip -j route get 10.5.1.1 tos 0x0c ; ip -o route get 10.5.1.1 tos 0x0c
$ ip route get 10.5.1.1 tos 0 ; ip -j route get 10.5.1.1 tos 0 ; ip -o route get 10.5.1.1 tos 0
$ ip route get 10.5.1.1 tos 16 ; ip -j route get 10.5.1.1 tos 16 ; ip -o route get 10.5.1.1 tos 16
$ ip route get 10.5.1.1 tos lowdelay ; ip -j route get 10.5.1.1 tos lowdelay ; ip -o route get 10.5.1.1 tos lowdelay
$ ip route get 10.5.1.1 tos x ; ip -j route get 10.5.1.1 tos x ; ip -o route get 10.5.1.1 tos x
$ ip route get 10.5.1.1 dsfield 0x10 ; ip -j route get 10.5.1.1 dsfield 0x10 ; ip -o route get 10.5.1.1 dsfield 0x10
$ ip route get 10.5.1.1 table 100 ; ip -j route get 10.5.1.1 table 100 ; ip -o route get 10.5.1.1 table 100
$ ip route get 10.5.1.1 table main ; ip -j route get 10.5.1.1 table main ; ip -o route get 10.5.1.1 table main
$ ip route get 10.5.1.1 table x ; ip -j route get 10.5.1.1 table x ; ip -o route get 10.5.1.1 table x
$ ip route get 10.5.1.1 vrf nosuch ; ip -j route get 10.5.1.1 vrf nosuch ; ip -o route get 10.5.1.1 vrf nosuch
$ ip route get 10.5.1.1 uid 0 ; ip -j route get 10.5.1.1 uid 0 ; ip -o route get 10.5.1.1 uid 0
$ ip route get 10.5.1.1 uid 1000 ; ip -j route get 10.5.1.1 uid 1000 ; ip -o route get 10.5.1.1 uid 1000
$ ip route get 10.5.1.1 uid x ; ip -j route get 10.5.1.1 uid x ; ip -o route get 10.5.1.1 uid x
$ ip route get 10.5.1.1 ipproto tcp ; ip -j route get 10.5.1.1 ipproto tcp ; ip -o route get 10.5.1.1 ipproto tcp
$ ip route get 10.5.1.1 ipproto udp dport 53 ; ip -j route get 10.5.1.1 ipproto udp dport 53 ; ip -o route get 10.5.1.1 ipproto udp dport 53
$ ip route get 10.5.1.1 sport 1 dport 2 ; ip -j route get 10.5.1.1 sport 1 dport 2 ; ip -o route get 10.5.1.1 sport 1 dport 2
$ ip route get 10.5.1.1 ipproto x ; ip -j route get 10.5.1.1 ipproto x ; ip -o route get 10.5.1.1 ipproto x
$ ip route get 10.5.1.1 iif eth0 ; ip -j route get 10.5.1.1 iif eth0 ; ip -o route get 10.5.1.1 iif eth0
$ ip route get 10.5.1.1 from 10.0.2.9 iif eth1 ; ip -j route get 10.5.1.1 from 10.0.2.9 iif eth1 ; ip -o route get 10.5.1.1 from 10.0.2.9 iif eth1
$ ip route get 10.5.1.1 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 10.5.1.1 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 10.5.1.1 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 10.5.1.1 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 10.5.1.1 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 10.5.1.1 from 10.0.2.9 iif eth1 mark 5
$ ip route get 10.5.1.1 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 10.5.1.1 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 10.5.1.1 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 10.5.1.1 from 10.0.2.9 iif lo ; ip -j route get 10.5.1.1 from 10.0.2.9 iif lo ; ip -o route get 10.5.1.1 from 10.0.2.9 iif lo
$ ip route get 10.5.1.1 from 8.8.4.4 iif eth0 ; ip -j route get 10.5.1.1 from 8.8.4.4 iif eth0 ; ip -o route get 10.5.1.1 from 8.8.4.4 iif eth0
$ ip route get 10.5.1.1 from 10.0.2.9 iif nosuch ; ip -j route get 10.5.1.1 from 10.0.2.9 iif nosuch ; ip -o route get 10.5.1.1 from 10.0.2.9 iif nosuch
$ ip route get 10.5.1.1 connected ; ip -j route get 10.5.1.1 connected ; ip -o route get 10.5.1.1 connected
$ ip route get 10.5.1.1 fibmatch ; ip -j route get 10.5.1.1 fibmatch ; ip -o route get 10.5.1.1 fibmatch
$ ip route get 10.5.1.1 fibmatch from 10.0.1.1 ; ip -j route get 10.5.1.1 fibmatch from 10.0.1.1 ; ip -o route get 10.5.1.1 fibmatch from 10.0.1.1
$ ip route get 10.5.1.1 from ; ip -j route get 10.5.1.1 from ; ip -o route get 10.5.1.1 from
$ ip route get 10.5.1.1 iif ; ip -j route get 10.5.1.1 iif ; ip -o route get 10.5.1.1 iif
$ ip route get 10.5.1.1 oif ; ip -j route get 10.5.1.1 oif ; ip -o route get 10.5.1.1 oif
$ ip route get 10.5.1.1 mark ; ip -j route get 10.5.1.1 mark ; ip -o route get 10.5.1.1 mark
$ ip route get 10.5.1.1 tos ; ip -j route get 10.5.1.1 tos ; ip -o route get 10.5.1.1 tos
$ ip route get 10.5.1.1 notify ; ip -j route get 10.5.1.1 notify ; ip -o route get 10.5.1.1 notify
$ ip route get 10.5.1.1 bogus ; ip -j route get 10.5.1.1 bogus ; ip -o route get 10.5.1.1 bogus
$ ip route get 10.5.1.1 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 10.5.1.1 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 10.5.1.1 from 10.0.1.1 from 10.0.2.1
$ ip route get 10.5.1.1 oif eth0 oif eth1 ; ip -j route get 10.5.1.1 oif eth0 oif eth1 ; ip -o route get 10.5.1.1 oif eth0 oif eth1
$ ip route get 10.9.1.1 from 10.0.1.1 ; ip -j route get 10.9.1.1 from 10.0.1.1 ; ip -o route get 10.9.1.1 from 10.0.1.1
$ ip route get 10.9.1.1 from 10.0.2.1 ; ip -j route get 10.9.1.1 from 10.0.2.1 ; ip -o route get 10.9.1.1 from 10.0.2.1
$ ip route get 10.9.1.1 from 0.0.0.0 ; ip -j route get 10.9.1.1 from 0.0.0.0 ; ip -o route get 10.9.1.1 from 0.0.0.0
$ ip route get 10.9.1.1 from 255.255.255.255 ; ip -j route get 10.9.1.1 from 255.255.255.255 ; ip -o route get 10.9.1.1 from 255.255.255.255
$ ip route get 10.9.1.1 from 224.0.0.1 ; ip -j route get 10.9.1.1 from 224.0.0.1 ; ip -o route get 10.9.1.1 from 224.0.0.1
$ ip route get 10.9.1.1 from 10.0.3.3 ; ip -j route get 10.9.1.1 from 10.0.3.3 ; ip -o route get 10.9.1.1 from 10.0.3.3
$ ip route get 10.9.1.1 oif eth0 ; ip -j route get 10.9.1.1 oif eth0 ; ip -o route get 10.9.1.1 oif eth0
$ ip route get 10.9.1.1 oif eth1 ; ip -j route get 10.9.1.1 oif eth1 ; ip -o route get 10.9.1.1 oif eth1
$ ip route get 10.9.1.1 oif lo ; ip -j route get 10.9.1.1 oif lo ; ip -o route get 10.9.1.1 oif lo
$ ip route get 10.9.1.1 oif nosuch ; ip -j route get 10.9.1.1 oif nosuch ; ip -o route get 10.9.1.1 oif nosuch
$ ip route get 10.9.1.1 dev eth1 ; ip -j route get 10.9.1.1 dev eth1 ; ip -o route get 10.9.1.1 dev eth1
$ ip route get 10.9.1.1 mark 0 ; ip -j route get 10.9.1.1 mark 0 ; ip -o route get 10.9.1.1 mark 0
$ ip route get 10.9.1.1 mark 0xffffffff ; ip -j route get 10.9.1.1 mark 0xffffffff ; ip -o route get 10.9.1.1 mark 0xffffffff
$ ip route get 10.9.1.1 mark 4294967296 ; ip -j route get 10.9.1.1 mark 4294967296 ; ip -o route get 10.9.1.1 mark 4294967296
$ ip route get 10.9.1.1 mark x ; ip -j route get 10.9.1.1 mark x ; ip -o route get 10.9.1.1 mark x
$ ip route get 10.9.1.1 tos 0x10 ; ip -j route get 10.9.1.1 tos 0x10 ; ip -o route get 10.9.1.1 tos 0x10
$ ip route get 10.9.1.1 tos 0x0c ; ip -j route get 10.9.1.1 tos 0x0c ; ip -o route get 10.9.1.1 tos 0x0c
$ ip route get 10.9.1.1 tos 0 ; ip -j route get 10.9.1.1 tos 0 ; ip -o route get 10.9.1.1 tos 0
$ ip route get 10.9.1.1 tos 16 ; ip -j route get 10.9.1.1 tos 16 ; ip -o route get 10.9.1.1 tos 16
$ ip route get 10.9.1.1 tos lowdelay ; ip -j route get 10.9.1.1 tos lowdelay ; ip -o route get 10.9.1.1 tos lowdelay
$ ip route get 10.9.1.1 tos x ; ip -j route get 10.9.1.1 tos x ; ip -o route get 10.9.1.1 tos x
$ ip route get 10.9.1.1 dsfield 0x10 ; ip -j route get 10.9.1.1 dsfield 0x10 ; ip -o route get 10.9.1.1 dsfield 0x10
$ ip route get 10.9.1.1 table 100 ; ip -j route get 10.9.1.1 table 100 ; ip -o route get 10.9.1.1 table 100
$ ip route get 10.9.1.1 table main ; ip -j route get 10.9.1.1 table main ; ip -o route get 10.9.1.1 table main
$ ip route get 10.9.1.1 table x ; ip -j route get 10.9.1.1 table x ; ip -o route get 10.9.1.1 table x
$ ip route get 10.9.1.1 vrf nosuch ; ip -j route get 10.9.1.1 vrf nosuch ; ip -o route get 10.9.1.1 vrf nosuch
$ ip route get 10.9.1.1 uid 0 ; ip -j route get 10.9.1.1 uid 0 ; ip -o route get 10.9.1.1 uid 0
$ ip route get 10.9.1.1 uid 1000 ; ip -j route get 10.9.1.1 uid 1000 ; ip -o route get 10.9.1.1 uid 1000
$ ip route get 10.9.1.1 uid x ; ip -j route get 10.9.1.1 uid x ; ip -o route get 10.9.1.1 uid x
$ ip route get 10.9.1.1 ipproto tcp ; ip -j route get 10.9.1.1 ipproto tcp ; ip -o route get 10.9.1.1 ipproto tcp
$ ip route get 10.9.1.1 ipproto udp dport 53 ; ip -j route get 10.9.1.1 ipproto udp dport 53 ; ip -o route get 10.9.1.1 ipproto udp dport 53
$ ip route get 10.9.1.1 sport 1 dport 2 ; ip -j route get 10.9.1.1 sport 1 dport 2 ; ip -o route get 10.9.1.1 sport 1 dport 2
$ ip route get 10.9.1.1 ipproto x ; ip -j route get 10.9.1.1 ipproto x ; ip -o route get 10.9.1.1 ipproto x
$ ip route get 10.9.1.1 iif eth0 ; ip -j route get 10.9.1.1 iif eth0 ; ip -o route get 10.9.1.1 iif eth0
$ ip route get 10.9.1.1 from 10.0.2.9 iif eth1 ; ip -j route get 10.9.1.1 from 10.0.2.9 iif eth1 ; ip -o route get 10.9.1.1 from 10.0.2.9 iif eth1
$ ip route get 10.9.1.1 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 10.9.1.1 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 10.9.1.1 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 10.9.1.1 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 10.9.1.1 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 10.9.1.1 from 10.0.2.9 iif eth1 mark 5
$ ip route get 10.9.1.1 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 10.9.1.1 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 10.9.1.1 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 10.9.1.1 from 10.0.2.9 iif lo ; ip -j route get 10.9.1.1 from 10.0.2.9 iif lo ; ip -o route get 10.9.1.1 from 10.0.2.9 iif lo
$ ip route get 10.9.1.1 from 8.8.4.4 iif eth0 ; ip -j route get 10.9.1.1 from 8.8.4.4 iif eth0 ; ip -o route get 10.9.1.1 from 8.8.4.4 iif eth0
$ ip route get 10.9.1.1 from 10.0.2.9 iif nosuch ; ip -j route get 10.9.1.1 from 10.0.2.9 iif nosuch ; ip -o route get 10.9.1.1 from 10.0.2.9 iif nosuch
$ ip route get 10.9.1.1 connected ; ip -j route get 10.9.1.1 connected ; ip -o route get 10.9.1.1 connected
$ ip route get 10.9.1.1 fibmatch ; ip -j route get 10.9.1.1 fibmatch ; ip -o route get 10.9.1.1 fibmatch
$ ip route get 10.9.1.1 fibmatch from 10.0.1.1 ; ip -j route get 10.9.1.1 fibmatch from 10.0.1.1 ; ip -o route get 10.9.1.1 fibmatch from 10.0.1.1
$ ip route get 10.9.1.1 from ; ip -j route get 10.9.1.1 from ; ip -o route get 10.9.1.1 from
$ ip route get 10.9.1.1 iif ; ip -j route get 10.9.1.1 iif ; ip -o route get 10.9.1.1 iif
$ ip route get 10.9.1.1 oif ; ip -j route get 10.9.1.1 oif ; ip -o route get 10.9.1.1 oif
$ ip route get 10.9.1.1 mark ; ip -j route get 10.9.1.1 mark ; ip -o route get 10.9.1.1 mark
$ ip route get 10.9.1.1 tos ; ip -j route get 10.9.1.1 tos ; ip -o route get 10.9.1.1 tos
$ ip route get 10.9.1.1 notify ; ip -j route get 10.9.1.1 notify ; ip -o route get 10.9.1.1 notify
$ ip route get 10.9.1.1 bogus ; ip -j route get 10.9.1.1 bogus ; ip -o route get 10.9.1.1 bogus
$ ip route get 10.9.1.1 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 10.9.1.1 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 10.9.1.1 from 10.0.1.1 from 10.0.2.1
$ ip route get 10.9.1.1 oif eth0 oif eth1 ; ip -j route get 10.9.1.1 oif eth0 oif eth1 ; ip -o route get 10.9.1.1 oif eth0 oif eth1
$ ip route get 127.0.0.1 from 10.0.1.1 ; ip -j route get 127.0.0.1 from 10.0.1.1 ; ip -o route get 127.0.0.1 from 10.0.1.1
$ ip route get 127.0.0.1 from 10.0.2.1 ; ip -j route get 127.0.0.1 from 10.0.2.1 ; ip -o route get 127.0.0.1 from 10.0.2.1
$ ip route get 127.0.0.1 from 0.0.0.0 ; ip -j route get 127.0.0.1 from 0.0.0.0 ; ip -o route get 127.0.0.1 from 0.0.0.0
$ ip route get 127.0.0.1 from 255.255.255.255 ; ip -j route get 127.0.0.1 from 255.255.255.255 ; ip -o route get 127.0.0.1 from 255.255.255.255
$ ip route get 127.0.0.1 from 224.0.0.1 ; ip -j route get 127.0.0.1 from 224.0.0.1 ; ip -o route get 127.0.0.1 from 224.0.0.1
$ ip route get 127.0.0.1 from 10.0.3.3 ; ip -j route get 127.0.0.1 from 10.0.3.3 ; ip -o route get 127.0.0.1 from 10.0.3.3
$ ip route get 127.0.0.1 oif eth0 ; ip -j route get 127.0.0.1 oif eth0 ; ip -o route get 127.0.0.1 oif eth0
$ ip route get 127.0.0.1 oif eth1 ; ip -j route get 127.0.0.1 oif eth1 ; ip -o route get 127.0.0.1 oif eth1
$ ip route get 127.0.0.1 oif lo ; ip -j route get 127.0.0.1 oif lo ; ip -o route get 127.0.0.1 oif lo
$ ip route get 127.0.0.1 oif nosuch ; ip -j route get 127.0.0.1 oif nosuch ; ip -o route get 127.0.0.1 oif nosuch
$ ip route get 127.0.0.1 dev eth1 ; ip -j route get 127.0.0.1 dev eth1 ; ip -o route get 127.0.0.1 dev eth1
$ ip route get 127.0.0.1 mark 0 ; ip -j route get 127.0.0.1 mark 0 ; ip -o route get 127.0.0.1 mark 0
$ ip route get 127.0.0.1 mark 0xffffffff ; ip -j route get 127.0.0.1 mark 0xffffffff ; ip -o route get 127.0.0.1 mark 0xffffffff
$ ip route get 127.0.0.1 mark 4294967296 ; ip -j route get 127.0.0.1 mark 4294967296 ; ip -o route get 127.0.0.1 mark 4294967296
$ ip route get 127.0.0.1 mark x ; ip -j route get 127.0.0.1 mark x ; ip -o route get 127.0.0.1 mark x
$ ip route get 127.0.0.1 tos 0x10 ; ip -j route get 127.0.0.1 tos 0x10 ; ip -o route get 127.0.0.1 tos 0x10
$ ip route get 127.0.0.1 tos 0x0c ; ip -j route get 127.0.0.1 tos 0x0c ; ip -o route get 127.0.0.1 tos 0x0c
$ ip route get 127.0.0.1 tos 0 ; ip -j route get 127.0.0.1 tos 0 ; ip -o route get 127.0.0.1 tos 0
$ ip route get 127.0.0.1 tos 16 ; ip -j route get 127.0.0.1 tos 16 ; ip -o route get 127.0.0.1 tos 16
$ ip route get 127.0.0.1 tos lowdelay ; ip -j route get 127.0.0.1 tos lowdelay ; ip -o route get 127.0.0.1 tos lowdelay
$ ip route get 127.0.0.1 tos x ; ip -j route get 127.0.0.1 tos x ; ip -o route get 127.0.0.1 tos x
$ ip route get 127.0.0.1 dsfield 0x10 ; ip -j route get 127.0.0.1 dsfield 0x10 ; ip -o route get 127.0.0.1 dsfield 0x10
$ ip route get 127.0.0.1 table 100 ; ip -j route get 127.0.0.1 table 100 ; ip -o route get 127.0.0.1 table 100
$ ip route get 127.0.0.1 table main ; ip -j route get 127.0.0.1 table main ; ip -o route get 127.0.0.1 table main
$ ip route get 127.0.0.1 table x ; ip -j route get 127.0.0.1 table x ; ip -o route get 127.0.0.1 table x
$ ip route get 127.0.0.1 vrf nosuch ; ip -j route get 127.0.0.1 vrf nosuch ; ip -o route get 127.0.0.1 vrf nosuch
$ ip route get 127.0.0.1 uid 0 ; ip -j route get 127.0.0.1 uid 0 ; ip -o route get 127.0.0.1 uid 0
$ ip route get 127.0.0.1 uid 1000 ; ip -j route get 127.0.0.1 uid 1000 ; ip -o route get 127.0.0.1 uid 1000
$ ip route get 127.0.0.1 uid x ; ip -j route get 127.0.0.1 uid x ; ip -o route get 127.0.0.1 uid x
$ ip route get 127.0.0.1 ipproto tcp ; ip -j route get 127.0.0.1 ipproto tcp ; ip -o route get 127.0.0.1 ipproto tcp
$ ip route get 127.0.0.1 ipproto udp dport 53 ; ip -j route get 127.0.0.1 ipproto udp dport 53 ; ip -o route get 127.0.0.1 ipproto udp dport 53
$ ip route get 127.0.0.1 sport 1 dport 2 ; ip -j route get 127.0.0.1 sport 1 dport 2 ; ip -o route get 127.0.0.1 sport 1 dport 2
$ ip route get 127.0.0.1 ipproto x ; ip -j route get 127.0.0.1 ipproto x ; ip -o route get 127.0.0.1 ipproto x
$ ip route get 127.0.0.1 iif eth0 ; ip -j route get 127.0.0.1 iif eth0 ; ip -o route get 127.0.0.1 iif eth0
$ ip route get 127.0.0.1 from 10.0.2.9 iif eth1 ; ip -j route get 127.0.0.1 from 10.0.2.9 iif eth1 ; ip -o route get 127.0.0.1 from 10.0.2.9 iif eth1
$ ip route get 127.0.0.1 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 127.0.0.1 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 127.0.0.1 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 127.0.0.1 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 127.0.0.1 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 127.0.0.1 from 10.0.2.9 iif eth1 mark 5
$ ip route get 127.0.0.1 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 127.0.0.1 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 127.0.0.1 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 127.0.0.1 from 10.0.2.9 iif lo ; ip -j route get 127.0.0.1 from 10.0.2.9 iif lo ; ip -o route get 127.0.0.1 from 10.0.2.9 iif lo
$ ip route get 127.0.0.1 from 8.8.4.4 iif eth0 ; ip -j route get 127.0.0.1 from 8.8.4.4 iif eth0 ; ip -o route get 127.0.0.1 from 8.8.4.4 iif eth0
$ ip route get 127.0.0.1 from 10.0.2.9 iif nosuch ; ip -j route get 127.0.0.1 from 10.0.2.9 iif nosuch ; ip -o route get 127.0.0.1 from 10.0.2.9 iif nosuch
$ ip route get 127.0.0.1 connected ; ip -j route get 127.0.0.1 connected ; ip -o route get 127.0.0.1 connected
$ ip route get 127.0.0.1 fibmatch ; ip -j route get 127.0.0.1 fibmatch ; ip -o route get 127.0.0.1 fibmatch
$ ip route get 127.0.0.1 fibmatch from 10.0.1.1 ; ip -j route get 127.0.0.1 fibmatch from 10.0.1.1 ; ip -o route get 127.0.0.1 fibmatch from 10.0.1.1
$ ip route get 127.0.0.1 from ; ip -j route get 127.0.0.1 from ; ip -o route get 127.0.0.1 from
$ ip route get 127.0.0.1 iif ; ip -j route get 127.0.0.1 iif ; ip -o route get 127.0.0.1 iif
$ ip route get 127.0.0.1 oif ; ip -j route get 127.0.0.1 oif ; ip -o route get 127.0.0.1 oif
$ ip route get 127.0.0.1 mark ; ip -j route get 127.0.0.1 mark ; ip -o route get 127.0.0.1 mark
$ ip route get 127.0.0.1 tos ; ip -j route get 127.0.0.1 tos ; ip -o route get 127.0.0.1 tos
$ ip route get 127.0.0.1 notify ; ip -j route get 127.0.0.1 notify ; ip -o route get 127.0.0.1 notify
$ ip route get 127.0.0.1 bogus ; ip -j route get 127.0.0.1 bogus ; ip -o route get 127.0.0.1 bogus
$ ip route get 127.0.0.1 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 127.0.0.1 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 127.0.0.1 from 10.0.1.1 from 10.0.2.1
$ ip route get 127.0.0.1 oif eth0 oif eth1 ; ip -j route get 127.0.0.1 oif eth0 oif eth1 ; ip -o route get 127.0.0.1 oif eth0 oif eth1
$ ip route get 10.0.2.255 from 10.0.1.1 ; ip -j route get 10.0.2.255 from 10.0.1.1 ; ip -o route get 10.0.2.255 from 10.0.1.1
$ ip route get 10.0.2.255 from 10.0.2.1 ; ip -j route get 10.0.2.255 from 10.0.2.1 ; ip -o route get 10.0.2.255 from 10.0.2.1
$ ip route get 10.0.2.255 from 0.0.0.0 ; ip -j route get 10.0.2.255 from 0.0.0.0 ; ip -o route get 10.0.2.255 from 0.0.0.0
$ ip route get 10.0.2.255 from 255.255.255.255 ; ip -j route get 10.0.2.255 from 255.255.255.255 ; ip -o route get 10.0.2.255 from 255.255.255.255
$ ip route get 10.0.2.255 from 224.0.0.1 ; ip -j route get 10.0.2.255 from 224.0.0.1 ; ip -o route get 10.0.2.255 from 224.0.0.1
$ ip route get 10.0.2.255 from 10.0.3.3 ; ip -j route get 10.0.2.255 from 10.0.3.3 ; ip -o route get 10.0.2.255 from 10.0.3.3
$ ip route get 10.0.2.255 oif eth0 ; ip -j route get 10.0.2.255 oif eth0 ; ip -o route get 10.0.2.255 oif eth0
$ ip route get 10.0.2.255 oif eth1 ; ip -j route get 10.0.2.255 oif eth1 ; ip -o route get 10.0.2.255 oif eth1
$ ip route get 10.0.2.255 oif lo ; ip -j route get 10.0.2.255 oif lo ; ip -o route get 10.0.2.255 oif lo
$ ip route get 10.0.2.255 oif nosuch ; ip -j route get 10.0.2.255 oif nosuch ; ip -o route get 10.0.2.255 oif nosuch
$ ip route get 10.0.2.255 dev eth1 ; ip -j route get 10.0.2.255 dev eth1 ; ip -o route get 10.0.2.255 dev eth1
$ ip route get 10.0.2.255 mark 0 ; ip -j route get 10.0.2.255 mark 0 ; ip -o route get 10.0.2.255 mark 0
$ ip route get 10.0.2.255 mark 0xffffffff ; ip -j route get 10.0.2.255 mark 0xffffffff ; ip -o route get 10.0.2.255 mark 0xffffffff
$ ip route get 10.0.2.255 mark 4294967296 ; ip -j route get 10.0.2.255 mark 4294967296 ; ip -o route get 10.0.2.255 mark 4294967296
$ ip route get 10.0.2.255 mark x ; ip -j route get 10.0.2.255 mark x ; ip -o route get 10.0.2.255 mark x
$ ip route get 10.0.2.255 tos 0x10 ; ip -j route get 10.0.2.255 tos 0x10 ; ip -o route get 10.0.2.255 tos 0x10
$ ip route get 10.0.2.255 tos 0x0c ; ip -j route get 10.0.2.255 tos 0x0c ; ip -o route get 10.0.2.255 tos 0x0c
$ ip route get 10.0.2.255 tos 0 ; ip -j route get 10.0.2.255 tos 0 ; ip -o route get 10.0.2.255 tos 0
$ ip route get 10.0.2.255 tos 16 ; ip -j route get 10.0.2.255 tos 16 ; ip -o route get 10.0.2.255 tos 16
$ ip route get 10.0.2.255 tos lowdelay ; ip -j route get 10.0.2.255 tos lowdelay ; ip -o route get 10.0.2.255 tos lowdelay
$ ip route get 10.0.2.255 tos x ; ip -j route get 10.0.2.255 tos x ; ip -o route get 10.0.2.255 tos x
$ ip route get 10.0.2.255 dsfield 0x10 ; ip -j route get 10.0.2.255 dsfield 0x10 ; ip -o route get 10.0.2.255 dsfield 0x10
$ ip route get 10.0.2.255 table 100 ; ip -j route get 10.0.2.255 table 100 ; ip -o route get 10.0.2.255 table 100
$ ip route get 10.0.2.255 table main ; ip -j route get 10.0.2.255 table main ; ip -o route get 10.0.2.255 table main
$ ip route get 10.0.2.255 table x ; ip -j route get 10.0.2.255 table x ; ip -o route get 10.0.2.255 table x
$ ip route get 10.0.2.255 vrf nosuch ; ip -j route get 10.0.2.255 vrf nosuch ; ip -o route get 10.0.2.255 vrf nosuch
$ ip route get 10.0.2.255 uid 0 ; ip -j route get 10.0.2.255 uid 0 ; ip -o route get 10.0.2.255 uid 0
$ ip route get 10.0.2.255 uid 1000 ; ip -j route get 10.0.2.255 uid 1000 ; ip -o route get 10.0.2.255 uid 1000
$ ip route get 10.0.2.255 uid x ; ip -j route get 10.0.2.255 uid x ; ip -o route get 10.0.2.255 uid x
$ ip route get 10.0.2.255 ipproto tcp ; ip -j route get 10.0.2.255 ipproto tcp ; ip -o route get 10.0.2.255 ipproto tcp
$ ip route get 10.0.2.255 ipproto udp dport 53 ; ip -j route get 10.0.2.255 ipproto udp dport 53 ; ip -o route get 10.0.2.255 ipproto udp dport 53
$ ip route get 10.0.2.255 sport 1 dport 2 ; ip -j route get 10.0.2.255 sport 1 dport 2 ; ip -o route get 10.0.2.255 sport 1 dport 2
$ ip route get 10.0.2.255 ipproto x ; ip -j route get 10.0.2.255 ipproto x ; ip -o route get 10.0.2.255 ipproto x
$ ip route get 10.0.2.255 iif eth0 ; ip -j route get 10.0.2.255 iif eth0 ; ip -o route get 10.0.2.255 iif eth0
$ ip route get 10.0.2.255 from 10.0.2.9 iif eth1 ; ip -j route get 10.0.2.255 from 10.0.2.9 iif eth1 ; ip -o route get 10.0.2.255 from 10.0.2.9 iif eth1
$ ip route get 10.0.2.255 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 10.0.2.255 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 10.0.2.255 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 10.0.2.255 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 10.0.2.255 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 10.0.2.255 from 10.0.2.9 iif eth1 mark 5
$ ip route get 10.0.2.255 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 10.0.2.255 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 10.0.2.255 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 10.0.2.255 from 10.0.2.9 iif lo ; ip -j route get 10.0.2.255 from 10.0.2.9 iif lo ; ip -o route get 10.0.2.255 from 10.0.2.9 iif lo
$ ip route get 10.0.2.255 from 8.8.4.4 iif eth0 ; ip -j route get 10.0.2.255 from 8.8.4.4 iif eth0 ; ip -o route get 10.0.2.255 from 8.8.4.4 iif eth0
$ ip route get 10.0.2.255 from 10.0.2.9 iif nosuch ; ip -j route get 10.0.2.255 from 10.0.2.9 iif nosuch ; ip -o route get 10.0.2.255 from 10.0.2.9 iif nosuch
$ ip route get 10.0.2.255 connected ; ip -j route get 10.0.2.255 connected ; ip -o route get 10.0.2.255 connected
$ ip route get 10.0.2.255 fibmatch ; ip -j route get 10.0.2.255 fibmatch ; ip -o route get 10.0.2.255 fibmatch
$ ip route get 10.0.2.255 fibmatch from 10.0.1.1 ; ip -j route get 10.0.2.255 fibmatch from 10.0.1.1 ; ip -o route get 10.0.2.255 fibmatch from 10.0.1.1
$ ip route get 10.0.2.255 from ; ip -j route get 10.0.2.255 from ; ip -o route get 10.0.2.255 from
$ ip route get 10.0.2.255 iif ; ip -j route get 10.0.2.255 iif ; ip -o route get 10.0.2.255 iif
$ ip route get 10.0.2.255 oif ; ip -j route get 10.0.2.255 oif ; ip -o route get 10.0.2.255 oif
$ ip route get 10.0.2.255 mark ; ip -j route get 10.0.2.255 mark ; ip -o route get 10.0.2.255 mark
$ ip route get 10.0.2.255 tos ; ip -j route get 10.0.2.255 tos ; ip -o route get 10.0.2.255 tos
$ ip route get 10.0.2.255 notify ; ip -j route get 10.0.2.255 notify ; ip -o route get 10.0.2.255 notify
$ ip route get 10.0.2.255 bogus ; ip -j route get 10.0.2.255 bogus ; ip -o route get 10.0.2.255 bogus
$ ip route get 10.0.2.255 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 10.0.2.255 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 10.0.2.255 from 10.0.1.1 from 10.0.2.1
$ ip route get 10.0.2.255 oif eth0 oif eth1 ; ip -j route get 10.0.2.255 oif eth0 oif eth1 ; ip -o route get 10.0.2.255 oif eth0 oif eth1
$ ip route get 0.0.0.0 from 10.0.1.1 ; ip -j route get 0.0.0.0 from 10.0.1.1 ; ip -o route get 0.0.0.0 from 10.0.1.1
$ ip route get 0.0.0.0 from 10.0.2.1 ; ip -j route get 0.0.0.0 from 10.0.2.1 ; ip -o route get 0.0.0.0 from 10.0.2.1
$ ip route get 0.0.0.0 from 0.0.0.0 ; ip -j route get 0.0.0.0 from 0.0.0.0 ; ip -o route get 0.0.0.0 from 0.0.0.0
$ ip route get 0.0.0.0 from 255.255.255.255 ; ip -j route get 0.0.0.0 from 255.255.255.255 ; ip -o route get 0.0.0.0 from 255.255.255.255
$ ip route get 0.0.0.0 from 224.0.0.1 ; ip -j route get 0.0.0.0 from 224.0.0.1 ; ip -o route get 0.0.0.0 from 224.0.0.1
$ ip route get 0.0.0.0 from 10.0.3.3 ; ip -j route get 0.0.0.0 from 10.0.3.3 ; ip -o route get 0.0.0.0 from 10.0.3.3
$ ip route get 0.0.0.0 oif eth0 ; ip -j route get 0.0.0.0 oif eth0 ; ip -o route get 0.0.0.0 oif eth0
$ ip route get 0.0.0.0 oif eth1 ; ip -j route get 0.0.0.0 oif eth1 ; ip -o route get 0.0.0.0 oif eth1
$ ip route get 0.0.0.0 oif lo ; ip -j route get 0.0.0.0 oif lo ; ip -o route get 0.0.0.0 oif lo
$ ip route get 0.0.0.0 oif nosuch ; ip -j route get 0.0.0.0 oif nosuch ; ip -o route get 0.0.0.0 oif nosuch
$ ip route get 0.0.0.0 dev eth1 ; ip -j route get 0.0.0.0 dev eth1 ; ip -o route get 0.0.0.0 dev eth1
$ ip route get 0.0.0.0 mark 0 ; ip -j route get 0.0.0.0 mark 0 ; ip -o route get 0.0.0.0 mark 0
$ ip route get 0.0.0.0 mark 0xffffffff ; ip -j route get 0.0.0.0 mark 0xffffffff ; ip -o route get 0.0.0.0 mark 0xffffffff
$ ip route get 0.0.0.0 mark 4294967296 ; ip -j route get 0.0.0.0 mark 4294967296 ; ip -o route get 0.0.0.0 mark 4294967296
$ ip route get 0.0.0.0 mark x ; ip -j route get 0.0.0.0 mark x ; ip -o route get 0.0.0.0 mark x
$ ip route get 0.0.0.0 tos 0x10 ; ip -j route get 0.0.0.0 tos 0x10 ; ip -o route get 0.0.0.0 tos 0x10
$ ip route get 0.0.0.0 tos 0x0c ; ip -j route get 0.0.0.0 tos 0x0c ; ip -o route get 0.0.0.0 tos 0x0c
$ ip route get 0.0.0.0 tos 0 ; ip -j route get 0.0.0.0 tos 0 ; ip -o route get 0.0.0.0 tos 0
$ ip route get 0.0.0.0 tos 16 ; ip -j route get 0.0.0.0 tos 16 ; ip -o route get 0.0.0.0 tos 16
$ ip route get 0.0.0.0 tos lowdelay ; ip -j route get 0.0.0.0 tos lowdelay ; ip -o route get 0.0.0.0 tos lowdelay
$ ip route get 0.0.0.0 tos x ; ip -j route get 0.0.0.0 tos x ; ip -o route get 0.0.0.0 tos x
$ ip route get 0.0.0.0 dsfield 0x10 ; ip -j route get 0.0.0.0 dsfield 0x10 ; ip -o route get 0.0.0.0 dsfield 0x10
$ ip route get 0.0.0.0 table 100 ; ip -j route get 0.0.0.0 table 100 ; ip -o route get 0.0.0.0 table 100
$ ip route get 0.0.0.0 table main ; ip -j route get 0.0.0.0 table main ; ip -o route get 0.0.0.0 table main
$ ip route get 0.0.0.0 table x ; ip -j route get 0.0.0.0 table x ; ip -o route get 0.0.0.0 table x
$ ip route get 0.0.0.0 vrf nosuch ; ip -j route get 0.0.0.0 vrf nosuch ; ip -o route get 0.0.0.0 vrf nosuch
$ ip route get 0.0.0.0 uid 0 ; ip -j route get 0.0.0.0 uid 0 ; ip -o route get 0.0.0.0 uid 0
$ ip route get 0.0.0.0 uid 1000 ; ip -j route get 0.0.0.0 uid 1000 ; ip -o route get 0.0.0.0 uid 1000
$ ip route get 0.0.0.0 uid x ; ip -j route get 0.0.0.0 uid x ; ip -o route get 0.0.0.0 uid x
$ ip route get 0.0.0.0 ipproto tcp ; ip -j route get 0.0.0.0 ipproto tcp ; ip -o route get 0.0.0.0 ipproto tcp
$ ip route get 0.0.0.0 ipproto udp dport 53 ; ip -j route get 0.0.0.0 ipproto udp dport 53 ; ip -o route get 0.0.0.0 ipproto udp dport 53
$ ip route get 0.0.0.0 sport 1 dport 2 ; ip -j route get 0.0.0.0 sport 1 dport 2 ; ip -o route get 0.0.0.0 sport 1 dport 2
$ ip route get 0.0.0.0 ipproto x ; ip -j route get 0.0.0.0 ipproto x ; ip -o route get 0.0.0.0 ipproto x
$ ip route get 0.0.0.0 iif eth0 ; ip -j route get 0.0.0.0 iif eth0 ; ip -o route get 0.0.0.0 iif eth0
$ ip route get 0.0.0.0 from 10.0.2.9 iif eth1 ; ip -j route get 0.0.0.0 from 10.0.2.9 iif eth1 ; ip -o route get 0.0.0.0 from 10.0.2.9 iif eth1
$ ip route get 0.0.0.0 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 0.0.0.0 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 0.0.0.0 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 0.0.0.0 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 0.0.0.0 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 0.0.0.0 from 10.0.2.9 iif eth1 mark 5
$ ip route get 0.0.0.0 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 0.0.0.0 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 0.0.0.0 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 0.0.0.0 from 10.0.2.9 iif lo ; ip -j route get 0.0.0.0 from 10.0.2.9 iif lo ; ip -o route get 0.0.0.0 from 10.0.2.9 iif lo
$ ip route get 0.0.0.0 from 8.8.4.4 iif eth0 ; ip -j route get 0.0.0.0 from 8.8.4.4 iif eth0 ; ip -o route get 0.0.0.0 from 8.8.4.4 iif eth0
$ ip route get 0.0.0.0 from 10.0.2.9 iif nosuch ; ip -j route get 0.0.0.0 from 10.0.2.9 iif nosuch ; ip -o route get 0.0.0.0 from 10.0.2.9 iif nosuch
$ ip route get 0.0.0.0 connected ; ip -j route get 0.0.0.0 connected ; ip -o route get 0.0.0.0 connected
$ ip route get 0.0.0.0 fibmatch ; ip -j route get 0.0.0.0 fibmatch ; ip -o route get 0.0.0.0 fibmatch
$ ip route get 0.0.0.0 fibmatch from 10.0.1.1 ; ip -j route get 0.0.0.0 fibmatch from 10.0.1.1 ; ip -o route get 0.0.0.0 fibmatch from 10.0.1.1
$ ip route get 0.0.0.0 from ; ip -j route get 0.0.0.0 from ; ip -o route get 0.0.0.0 from
$ ip route get 0.0.0.0 iif ; ip -j route get 0.0.0.0 iif ; ip -o route get 0.0.0.0 iif
$ ip route get 0.0.0.0 oif ; ip -j route get 0.0.0.0 oif ; ip -o route get 0.0.0.0 oif
$ ip route get 0.0.0.0 mark ; ip -j route get 0.0.0.0 mark ; ip -o route get 0.0.0.0 mark
$ ip route get 0.0.0.0 tos ; ip -j route get 0.0.0.0 tos ; ip -o route get 0.0.0.0 tos
$ ip route get 0.0.0.0 notify ; ip -j route get 0.0.0.0 notify ; ip -o route get 0.0.0.0 notify
$ ip route get 0.0.0.0 bogus ; ip -j route get 0.0.0.0 bogus ; ip -o route get 0.0.0.0 bogus
$ ip route get 0.0.0.0 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 0.0.0.0 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 0.0.0.0 from 10.0.1.1 from 10.0.2.1
$ ip route get 0.0.0.0 oif eth0 oif eth1 ; ip -j route get 0.0.0.0 oif eth0 oif eth1 ; ip -o route get 0.0.0.0 oif eth0 oif eth1
$ ip route get 224.1.2.3 from 10.0.1.1 ; ip -j route get 224.1.2.3 from 10.0.1.1 ; ip -o route get 224.1.2.3 from 10.0.1.1
$ ip route get 224.1.2.3 from 10.0.2.1 ; ip -j route get 224.1.2.3 from 10.0.2.1 ; ip -o route get 224.1.2.3 from 10.0.2.1
$ ip route get 224.1.2.3 from 0.0.0.0 ; ip -j route get 224.1.2.3 from 0.0.0.0 ; ip -o route get 224.1.2.3 from 0.0.0.0
$ ip route get 224.1.2.3 from 255.255.255.255 ; ip -j route get 224.1.2.3 from 255.255.255.255 ; ip -o route get 224.1.2.3 from 255.255.255.255
$ ip route get 224.1.2.3 from 224.0.0.1 ; ip -j route get 224.1.2.3 from 224.0.0.1 ; ip -o route get 224.1.2.3 from 224.0.0.1
$ ip route get 224.1.2.3 from 10.0.3.3 ; ip -j route get 224.1.2.3 from 10.0.3.3 ; ip -o route get 224.1.2.3 from 10.0.3.3
$ ip route get 224.1.2.3 oif eth0 ; ip -j route get 224.1.2.3 oif eth0 ; ip -o route get 224.1.2.3 oif eth0
$ ip route get 224.1.2.3 oif eth1 ; ip -j route get 224.1.2.3 oif eth1 ; ip -o route get 224.1.2.3 oif eth1
$ ip route get 224.1.2.3 oif lo ; ip -j route get 224.1.2.3 oif lo ; ip -o route get 224.1.2.3 oif lo
$ ip route get 224.1.2.3 oif nosuch ; ip -j route get 224.1.2.3 oif nosuch ; ip -o route get 224.1.2.3 oif nosuch
$ ip route get 224.1.2.3 dev eth1 ; ip -j route get 224.1.2.3 dev eth1 ; ip -o route get 224.1.2.3 dev eth1
$ ip route get 224.1.2.3 mark 0 ; ip -j route get 224.1.2.3 mark 0 ; ip -o route get 224.1.2.3 mark 0
$ ip route get 224.1.2.3 mark 0xffffffff ; ip -j route get 224.1.2.3 mark 0xffffffff ; ip -o route get 224.1.2.3 mark 0xffffffff
$ ip route get 224.1.2.3 mark 4294967296 ; ip -j route get 224.1.2.3 mark 4294967296 ; ip -o route get 224.1.2.3 mark 4294967296
$ ip route get 224.1.2.3 mark x ; ip -j route get 224.1.2.3 mark x ; ip -o route get 224.1.2.3 mark x
$ ip route get 224.1.2.3 tos 0x10 ; ip -j route get 224.1.2.3 tos 0x10 ; ip -o route get 224.1.2.3 tos 0x10
$ ip route get 224.1.2.3 tos 0x0c ; ip -j route get 224.1.2.3 tos 0x0c ; ip -o route get 224.1.2.3 tos 0x0c
$ ip route get 224.1.2.3 tos 0 ; ip -j route get 224.1.2.3 tos 0 ; ip -o route get 224.1.2.3 tos 0
$ ip route get 224.1.2.3 tos 16 ; ip -j route get 224.1.2.3 tos 16 ; ip -o route get 224.1.2.3 tos 16
$ ip route get 224.1.2.3 tos lowdelay ; ip -j route get 224.1.2.3 tos lowdelay ; ip -o route get 224.1.2.3 tos lowdelay
$ ip route get 224.1.2.3 tos x ; ip -j route get 224.1.2.3 tos x ; ip -o route get 224.1.2.3 tos x
$ ip route get 224.1.2.3 dsfield 0x10 ; ip -j route get 224.1.2.3 dsfield 0x10 ; ip -o route get 224.1.2.3 dsfield 0x10
$ ip route get 224.1.2.3 table 100 ; ip -j route get 224.1.2.3 table 100 ; ip -o route get 224.1.2.3 table 100
$ ip route get 224.1.2.3 table main ; ip -j route get 224.1.2.3 table main ; ip -o route get 224.1.2.3 table main
$ ip route get 224.1.2.3 table x ; ip -j route get 224.1.2.3 table x ; ip -o route get 224.1.2.3 table x
$ ip route get 224.1.2.3 vrf nosuch ; ip -j route get 224.1.2.3 vrf nosuch ; ip -o route get 224.1.2.3 vrf nosuch
$ ip route get 224.1.2.3 uid 0 ; ip -j route get 224.1.2.3 uid 0 ; ip -o route get 224.1.2.3 uid 0
$ ip route get 224.1.2.3 uid 1000 ; ip -j route get 224.1.2.3 uid 1000 ; ip -o route get 224.1.2.3 uid 1000
$ ip route get 224.1.2.3 uid x ; ip -j route get 224.1.2.3 uid x ; ip -o route get 224.1.2.3 uid x
$ ip route get 224.1.2.3 ipproto tcp ; ip -j route get 224.1.2.3 ipproto tcp ; ip -o route get 224.1.2.3 ipproto tcp
$ ip route get 224.1.2.3 ipproto udp dport 53 ; ip -j route get 224.1.2.3 ipproto udp dport 53 ; ip -o route get 224.1.2.3 ipproto udp dport 53
$ ip route get 224.1.2.3 sport 1 dport 2 ; ip -j route get 224.1.2.3 sport 1 dport 2 ; ip -o route get 224.1.2.3 sport 1 dport 2
$ ip route get 224.1.2.3 ipproto x ; ip -j route get 224.1.2.3 ipproto x ; ip -o route get 224.1.2.3 ipproto x
$ ip route get 224.1.2.3 iif eth0 ; ip -j route get 224.1.2.3 iif eth0 ; ip -o route get 224.1.2.3 iif eth0
$ ip route get 224.1.2.3 from 10.0.2.9 iif eth1 ; ip -j route get 224.1.2.3 from 10.0.2.9 iif eth1 ; ip -o route get 224.1.2.3 from 10.0.2.9 iif eth1
$ ip route get 224.1.2.3 from 10.0.2.9 iif eth1 tos 0x10 ; ip -j route get 224.1.2.3 from 10.0.2.9 iif eth1 tos 0x10 ; ip -o route get 224.1.2.3 from 10.0.2.9 iif eth1 tos 0x10
$ ip route get 224.1.2.3 from 10.0.2.9 iif eth1 mark 5 ; ip -j route get 224.1.2.3 from 10.0.2.9 iif eth1 mark 5 ; ip -o route get 224.1.2.3 from 10.0.2.9 iif eth1 mark 5
$ ip route get 224.1.2.3 from 10.0.2.9 iif eth1 oif eth0 ; ip -j route get 224.1.2.3 from 10.0.2.9 iif eth1 oif eth0 ; ip -o route get 224.1.2.3 from 10.0.2.9 iif eth1 oif eth0
$ ip route get 224.1.2.3 from 10.0.2.9 iif lo ; ip -j route get 224.1.2.3 from 10.0.2.9 iif lo ; ip -o route get 224.1.2.3 from 10.0.2.9 iif lo
$ ip route get 224.1.2.3 from 8.8.4.4 iif eth0 ; ip -j route get 224.1.2.3 from 8.8.4.4 iif eth0 ; ip -o route get 224.1.2.3 from 8.8.4.4 iif eth0
$ ip route get 224.1.2.3 from 10.0.2.9 iif nosuch ; ip -j route get 224.1.2.3 from 10.0.2.9 iif nosuch ; ip -o route get 224.1.2.3 from 10.0.2.9 iif nosuch
$ ip route get 224.1.2.3 connected ; ip -j route get 224.1.2.3 connected ; ip -o route get 224.1.2.3 connected
$ ip route get 224.1.2.3 fibmatch ; ip -j route get 224.1.2.3 fibmatch ; ip -o route get 224.1.2.3 fibmatch
$ ip route get 224.1.2.3 fibmatch from 10.0.1.1 ; ip -j route get 224.1.2.3 fibmatch from 10.0.1.1 ; ip -o route get 224.1.2.3 fibmatch from 10.0.1.1
$ ip route get 224.1.2.3 from ; ip -j route get 224.1.2.3 from ; ip -o route get 224.1.2.3 from
$ ip route get 224.1.2.3 iif ; ip -j route get 224.1.2.3 iif ; ip -o route get 224.1.2.3 iif
$ ip route get 224.1.2.3 oif ; ip -j route get 224.1.2.3 oif ; ip -o route get 224.1.2.3 oif
$ ip route get 224.1.2.3 mark ; ip -j route get 224.1.2.3 mark ; ip -o route get 224.1.2.3 mark
$ ip route get 224.1.2.3 tos ; ip -j route get 224.1.2.3 tos ; ip -o route get 224.1.2.3 tos
$ ip route get 224.1.2.3 notify ; ip -j route get 224.1.2.3 notify ; ip -o route get 224.1.2.3 notify
$ ip route get 224.1.2.3 bogus ; ip -j route get 224.1.2.3 bogus ; ip -o route get 224.1.2.3 bogus
$ ip route get 224.1.2.3 from 10.0.1.1 from 10.0.2.1 ; ip -j route get 224.1.2.3 from 10.0.1.1 from 10.0.2.1 ; ip -o route get 224.1.2.3 from 10.0.1.1 from 10.0.2.1
$ ip route get 224.1.2.3 oif eth0 oif eth1 ; ip -j route get 224.1.2.3 oif eth0 oif eth1 ; ip -o route get 224.1.2.3 oif eth0 oif eth1
$ ip route get 10.6.1.1
$ ip route get 10.6.1.1 table 100
$ ip route get 10.0.1.5 table 100
$ ip route get fibmatch 10.6.1.1
$ ip route get fibmatch 10.6.1.1 table 100
$ ip route get fibmatch 10.0.1.5 table 100
$ ip route get to 10.6.1.1
$ ip route get to 10.6.1.1 table 100
$ ip route get to 10.0.1.5 table 100
$ ip ro g 8.8.8.8 ; ip r get 8.8.8.8 ; ip route ge 8.8.8.8 ; ip -4 ro g 10.0.1.5 from 10.0.1.1
%
# rules: every selector and action, show filters, del forms and errors
% ip link set lo up ; ip link add eth0 address 02:00:00:00:01:01 type ifb ; ip link add eth1 address 02:00:00:00:02:01 type ifb
$ ip rule add ; ip rule ; ip -j rule
$ ip rule add from 10.0.0.0/8 ; ip rule ; ip -j rule
$ ip rule add from 10.1.1.1 ; ip rule ; ip -j rule
$ ip rule add from all ; ip rule ; ip -j rule
$ ip rule add from 0/0 ; ip rule ; ip -j rule
$ ip rule add to 10.0.0.0/8 ; ip rule ; ip -j rule
$ ip rule add to all ; ip rule ; ip -j rule
$ ip rule add not from 1.2.3.0/24 ; ip rule ; ip -j rule
$ ip rule add fwmark 5 ; ip rule ; ip -j rule
$ ip rule add fwmark 0x5/0xf ; ip rule ; ip -j rule
$ ip rule add fwmark 0/0 ; ip rule ; ip -j rule
$ ip rule add fwmark 0xffffffff ; ip rule ; ip -j rule
$ ip rule add tos 0x10 ; ip rule ; ip -j rule
$ ip rule add tos 0 ; ip rule ; ip -j rule
$ ip rule add dsfield 0x08 ; ip rule ; ip -j rule
$ ip rule add iif eth0 ; ip rule ; ip -j rule
$ ip rule add iif lo ; ip rule ; ip -j rule
$ ip rule add oif eth1 ; ip rule ; ip -j rule
$ ip rule add iif eth0 oif eth1 ; ip rule ; ip -j rule
$ ip rule add pref 10 ; ip rule ; ip -j rule
$ ip rule add priority 11 ; ip rule ; ip -j rule
$ ip rule add order 12 ; ip rule ; ip -j rule
$ ip rule add pref 0 ; ip rule ; ip -j rule
$ ip rule add pref 32766 ; ip rule ; ip -j rule
$ ip rule add pref 32767 ; ip rule ; ip -j rule
$ ip rule add pref 65535 ; ip rule ; ip -j rule
$ ip rule add uidrange 100-200 ; ip rule ; ip -j rule
$ ip rule add uidrange 200-100 ; ip rule ; ip -j rule
$ ip rule add uidrange x ; ip rule ; ip -j rule
$ ip rule add ipproto tcp ; ip rule ; ip -j rule
$ ip rule add ipproto 6 ; ip rule ; ip -j rule
$ ip rule add sport 80 ; ip rule ; ip -j rule
$ ip rule add dport 1000-2000 ; ip rule ; ip -j rule
$ ip rule add ipproto tcp dport 22 ; ip rule ; ip -j rule
$ ip rule add protocol boot ; ip rule ; ip -j rule
$ ip rule add proto 42 ; ip rule ; ip -j rule
$ ip rule add goto 5 ; ip rule ; ip -j rule
$ ip rule add not ; ip rule ; ip -j rule
$ ip rule add not not from 1.2.3.4 ; ip rule ; ip -j rule
$ ip rule add from 10.0.0.0/8 to 10.1.0.0/16 fwmark 1 tos 0x10 iif eth0 oif eth1 pref 77 ; ip rule ; ip -j rule
$ ip rule add pref 100 table 100 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 lookup 100 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 lookup main ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 lookup local ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 lookup default ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 table 0 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 table 4294967295 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 table 4294967296 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 table x ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 blackhole ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 prohibit ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 unreachable ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 throw ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 nop ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 goto 40000 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 type unicast ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 type local ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 table 100 suppress_prefixlength 1 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 table 100 suppress_ifgroup 0 ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 table 100 protocol static ; ip rule ; ip -j rule show pref 100
$ ip rule add pref 100 ; ip rule ; ip -j rule show pref 100
$ ip rule add  table 100 ; ip rule
$ ip rule add  lookup local ; ip rule
$ ip rule add  table 4294967295 ; ip rule
$ ip rule add  blackhole ; ip rule
$ ip rule add  throw ; ip rule
$ ip rule add  type unicast ; ip rule
$ ip rule add from all table 100 ; ip rule
$ ip rule add from all lookup local ; ip rule
$ ip rule add from all table 4294967295 ; ip rule
$ ip rule add from all blackhole ; ip rule
$ ip rule add from all throw ; ip rule
$ ip rule add from all type unicast ; ip rule
$ ip rule add to all table 100 ; ip rule
$ ip rule add to all lookup local ; ip rule
$ ip rule add to all table 4294967295 ; ip rule
$ ip rule add to all blackhole ; ip rule
$ ip rule add to all throw ; ip rule
$ ip rule add to all type unicast ; ip rule
$ ip rule add fwmark 0x5/0xf table 100 ; ip rule
$ ip rule add fwmark 0x5/0xf lookup local ; ip rule
$ ip rule add fwmark 0x5/0xf table 4294967295 ; ip rule
$ ip rule add fwmark 0x5/0xf blackhole ; ip rule
$ ip rule add fwmark 0x5/0xf throw ; ip rule
$ ip rule add fwmark 0x5/0xf type unicast ; ip rule
$ ip rule add tos 0x10 table 100 ; ip rule
$ ip rule add tos 0x10 lookup local ; ip rule
$ ip rule add tos 0x10 table 4294967295 ; ip rule
$ ip rule add tos 0x10 blackhole ; ip rule
$ ip rule add tos 0x10 throw ; ip rule
$ ip rule add tos 0x10 type unicast ; ip rule
$ ip rule add iif eth0 table 100 ; ip rule
$ ip rule add iif eth0 lookup local ; ip rule
$ ip rule add iif eth0 table 4294967295 ; ip rule
$ ip rule add iif eth0 blackhole ; ip rule
$ ip rule add iif eth0 throw ; ip rule
$ ip rule add iif eth0 type unicast ; ip rule
$ ip rule add iif eth0 oif eth1 table 100 ; ip rule
$ ip rule add iif eth0 oif eth1 lookup local ; ip rule
$ ip rule add iif eth0 oif eth1 table 4294967295 ; ip rule
$ ip rule add iif eth0 oif eth1 blackhole ; ip rule
$ ip rule add iif eth0 oif eth1 throw ; ip rule
$ ip rule add iif eth0 oif eth1 type unicast ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show pref 30
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show priority 40
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show table 100
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show lookup 200
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show table main
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show table local
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show from 10.0.0.0/8
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show from 10.0.0.1
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show from all
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show to 10.1.0.0/16
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show to 10.1.0.0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show fwmark 3
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show fwmark 3/0xf
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show tos 0x10
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show iif eth0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show oif eth1
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show dev eth0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show not
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show ipproto tcp
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show dport 22
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show uidrange 5-10
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show type prohibit
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show prohibit
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show goto 60
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show protocol boot
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show protocol kernel
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show x
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show pref
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule show table
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show pref 30
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show priority 40
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show table 100
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show lookup 200
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show table main
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show table local
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show from 10.0.0.0/8
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show from 10.0.0.1
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show from all
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show to 10.1.0.0/16
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show to 10.1.0.0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show fwmark 3
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show fwmark 3/0xf
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show tos 0x10
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show iif eth0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show oif eth1
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show dev eth0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show not
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show ipproto tcp
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show dport 22
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show uidrange 5-10
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show type prohibit
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show prohibit
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show goto 60
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show protocol boot
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show protocol kernel
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show x
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show pref
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -j rule show table
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show pref 30
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show priority 40
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show table 100
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show lookup 200
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show table main
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show table local
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show from 10.0.0.0/8
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show from 10.0.0.1
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show from all
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show to 10.1.0.0/16
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show to 10.1.0.0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show fwmark 3
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show fwmark 3/0xf
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show tos 0x10
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show iif eth0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show oif eth1
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show dev eth0
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show not
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show ipproto tcp
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show dport 22
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show uidrange 5-10
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show type prohibit
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show prohibit
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show goto 60
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show protocol boot
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show protocol kernel
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show x
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show pref
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip -d rule show table
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del pref 10 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del pref 99 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del from 10.0.0.0/8 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del from 10.0.0.0/8 table 200 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del table 100 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del lookup 200 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del iif eth0 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del prohibit ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del unreachable ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del fwmark 3/0xf ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del fwmark 3 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del tos 0x10 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del not from 10.2.0.0/16 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del from 10.2.0.0/16 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del goto 60 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del ipproto tcp ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del uidrange 5-10 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del suppress_prefixlength 0 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del pref 0 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule del table main ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule flush ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule flush pref 10 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule flush table 100 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule flush table main ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule flush from 10.0.0.0/8 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule flush iif eth0 ; ip rule
$ ip rule add pref 10 from 10.0.0.0/8 table 100 ; ip rule add pref 20 to 10.1.0.0/16 fwmark 3/0xf lookup 200 ; ip rule add pref 30 iif eth0 prohibit ; ip rule add pref 40 oif eth1 tos 0x10 table 100 ; ip rule add pref 50 not from 10.2.0.0/16 goto 60 ; ip rule add pref 60 ipproto tcp dport 22 table 300 ; ip rule add pref 70 uidrange 5-10 lookup main suppress_prefixlength 0 ; ip rule flush x ; ip rule
$ ip rule a pref 10 table 5 ; ip rule
$ ip rule ad pref 10 table 5 ; ip rule
$ ip rule d pref 10 table 5 ; ip rule
$ ip rule de pref 10 table 5 ; ip rule
$ ip rule delete pref 10 table 5 ; ip rule
$ ip rule del pref 10 table 5 ; ip rule
$ ip rule f pref 10 table 5 ; ip rule
$ ip rule fl pref 10 table 5 ; ip rule
$ ip rule flu pref 10 table 5 ; ip rule
$ ip rule list pref 10 table 5 ; ip rule
$ ip rule l pref 10 table 5 ; ip rule
$ ip rule s pref 10 table 5 ; ip rule
$ ip rule sh pref 10 table 5 ; ip rule
%
# sysctl: every flag with every key kind, each net.ipv4.conf key everywhere, boundary and bad values
% ip link set lo up ; ip link add ifb0 address 02:00:00:00:03:01 type ifb
$ sysctl net.ipv4.conf.all.accept_local ; sysctl net.ipv4.conf.default.accept_local ; sysctl net.ipv4.conf.lo.accept_local ; sysctl net.ipv4.conf.ifb0.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=0 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=0 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=1 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=1 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=2 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=2 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=3 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=3 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=-1 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=-1 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=2147483647 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=2147483647 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=2147483648 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=2147483648 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=-2147483648 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=-2147483648 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=-2147483649 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=-2147483649 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=0x1 ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=0x1 ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local='1 2' ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local='1 2' ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local=x ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local=x ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.ifb0.accept_local='' ; sysctl net.ipv4.conf.ifb0.accept_local ; sysctl -w net.ipv4.conf.all.accept_local='' ; sysctl -n net.ipv4.conf.all.accept_local
$ sysctl -w net.ipv4.conf.default.accept_local=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.accept_local ; sysctl -w net.ipv4.conf.lo.accept_local=1 ; sysctl -r '\.accept_local$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.accept_redirects ; sysctl net.ipv4.conf.default.accept_redirects ; sysctl net.ipv4.conf.lo.accept_redirects ; sysctl net.ipv4.conf.ifb0.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=0 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=0 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=1 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=1 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=2 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=2 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=3 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=3 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=-1 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=-1 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=2147483647 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=2147483647 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=2147483648 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=2147483648 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=-2147483648 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=-2147483648 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=-2147483649 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=-2147483649 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=0x1 ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=0x1 ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects='1 2' ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects='1 2' ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects=x ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects=x ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.ifb0.accept_redirects='' ; sysctl net.ipv4.conf.ifb0.accept_redirects ; sysctl -w net.ipv4.conf.all.accept_redirects='' ; sysctl -n net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.default.accept_redirects=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.accept_redirects ; sysctl -w net.ipv4.conf.lo.accept_redirects=1 ; sysctl -r '\.accept_redirects$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.accept_source_route ; sysctl net.ipv4.conf.default.accept_source_route ; sysctl net.ipv4.conf.lo.accept_source_route ; sysctl net.ipv4.conf.ifb0.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=0 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=0 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=1 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=1 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=2 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=2 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=3 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=3 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=-1 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=-1 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=2147483647 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=2147483647 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=2147483648 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=2147483648 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=-2147483648 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=-2147483648 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=-2147483649 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=-2147483649 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=0x1 ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=0x1 ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route='1 2' ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route='1 2' ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route=x ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route=x ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.ifb0.accept_source_route='' ; sysctl net.ipv4.conf.ifb0.accept_source_route ; sysctl -w net.ipv4.conf.all.accept_source_route='' ; sysctl -n net.ipv4.conf.all.accept_source_route
$ sysctl -w net.ipv4.conf.default.accept_source_route=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.accept_source_route ; sysctl -w net.ipv4.conf.lo.accept_source_route=1 ; sysctl -r '\.accept_source_route$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.arp_accept ; sysctl net.ipv4.conf.default.arp_accept ; sysctl net.ipv4.conf.lo.arp_accept ; sysctl net.ipv4.conf.ifb0.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=0 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=0 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=1 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=1 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=2 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=2 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=3 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=3 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=-1 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=-1 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=2147483647 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=2147483647 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=2147483648 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=2147483648 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=-2147483648 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=-2147483648 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=-2147483649 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=-2147483649 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=0x1 ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=0x1 ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept='1 2' ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept='1 2' ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept=x ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept=x ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.ifb0.arp_accept='' ; sysctl net.ipv4.conf.ifb0.arp_accept ; sysctl -w net.ipv4.conf.all.arp_accept='' ; sysctl -n net.ipv4.conf.all.arp_accept
$ sysctl -w net.ipv4.conf.default.arp_accept=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.arp_accept ; sysctl -w net.ipv4.conf.lo.arp_accept=1 ; sysctl -r '\.arp_accept$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.arp_announce ; sysctl net.ipv4.conf.default.arp_announce ; sysctl net.ipv4.conf.lo.arp_announce ; sysctl net.ipv4.conf.ifb0.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=0 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=0 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=1 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=1 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=2 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=2 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=3 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=3 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=-1 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=-1 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=2147483647 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=2147483647 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=2147483648 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=2147483648 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=-2147483648 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=-2147483648 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=-2147483649 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=-2147483649 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=0x1 ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=0x1 ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce='1 2' ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce='1 2' ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce=x ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce=x ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.ifb0.arp_announce='' ; sysctl net.ipv4.conf.ifb0.arp_announce ; sysctl -w net.ipv4.conf.all.arp_announce='' ; sysctl -n net.ipv4.conf.all.arp_announce
$ sysctl -w net.ipv4.conf.default.arp_announce=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.arp_announce ; sysctl -w net.ipv4.conf.lo.arp_announce=1 ; sysctl -r '\.arp_announce$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.arp_evict_nocarrier ; sysctl net.ipv4.conf.default.arp_evict_nocarrier ; sysctl net.ipv4.conf.lo.arp_evict_nocarrier ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=0 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=0 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=1 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=1 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=2 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=2 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=3 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=3 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=-1 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=-1 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=2147483647 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=2147483647 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=2147483648 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=2147483648 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=-2147483648 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=-2147483648 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=-2147483649 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=-2147483649 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=0x1 ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=0x1 ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier='1 2' ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier='1 2' ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier=x ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier=x ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.ifb0.arp_evict_nocarrier='' ; sysctl net.ipv4.conf.ifb0.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.all.arp_evict_nocarrier='' ; sysctl -n net.ipv4.conf.all.arp_evict_nocarrier
$ sysctl -w net.ipv4.conf.default.arp_evict_nocarrier=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.arp_evict_nocarrier ; sysctl -w net.ipv4.conf.lo.arp_evict_nocarrier=1 ; sysctl -r '\.arp_evict_nocarrier$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.arp_filter ; sysctl net.ipv4.conf.default.arp_filter ; sysctl net.ipv4.conf.lo.arp_filter ; sysctl net.ipv4.conf.ifb0.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=0 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=0 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=1 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=1 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=2 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=2 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=3 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=3 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=-1 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=-1 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=2147483647 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=2147483647 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=2147483648 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=2147483648 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=-2147483648 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=-2147483648 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=-2147483649 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=-2147483649 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=0x1 ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=0x1 ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter='1 2' ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter='1 2' ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter=x ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter=x ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.ifb0.arp_filter='' ; sysctl net.ipv4.conf.ifb0.arp_filter ; sysctl -w net.ipv4.conf.all.arp_filter='' ; sysctl -n net.ipv4.conf.all.arp_filter
$ sysctl -w net.ipv4.conf.default.arp_filter=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.arp_filter ; sysctl -w net.ipv4.conf.lo.arp_filter=1 ; sysctl -r '\.arp_filter$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.arp_ignore ; sysctl net.ipv4.conf.default.arp_ignore ; sysctl net.ipv4.conf.lo.arp_ignore ; sysctl net.ipv4.conf.ifb0.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=0 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=0 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=1 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=1 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=2 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=2 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=3 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=3 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=-1 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=-1 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=2147483647 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=2147483647 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=2147483648 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=2147483648 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=-2147483648 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=-2147483648 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=-2147483649 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=-2147483649 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=0x1 ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=0x1 ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore='1 2' ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore='1 2' ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore=x ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore=x ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.ifb0.arp_ignore='' ; sysctl net.ipv4.conf.ifb0.arp_ignore ; sysctl -w net.ipv4.conf.all.arp_ignore='' ; sysctl -n net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.default.arp_ignore=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.arp_ignore ; sysctl -w net.ipv4.conf.lo.arp_ignore=1 ; sysctl -r '\.arp_ignore$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.arp_notify ; sysctl net.ipv4.conf.default.arp_notify ; sysctl net.ipv4.conf.lo.arp_notify ; sysctl net.ipv4.conf.ifb0.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=0 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=0 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=1 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=1 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=2 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=2 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=3 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=3 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=-1 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=-1 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=2147483647 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=2147483647 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=2147483648 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=2147483648 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=-2147483648 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=-2147483648 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=-2147483649 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=-2147483649 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=0x1 ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=0x1 ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify='1 2' ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify='1 2' ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify=x ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify=x ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.ifb0.arp_notify='' ; sysctl net.ipv4.conf.ifb0.arp_notify ; sysctl -w net.ipv4.conf.all.arp_notify='' ; sysctl -n net.ipv4.conf.all.arp_notify
$ sysctl -w net.ipv4.conf.default.arp_notify=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.arp_notify ; sysctl -w net.ipv4.conf.lo.arp_notify=1 ; sysctl -r '\.arp_notify$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.bc_forwarding ; sysctl net.ipv4.conf.default.bc_forwarding ; sysctl net.ipv4.conf.lo.bc_forwarding ; sysctl net.ipv4.conf.ifb0.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=0 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=0 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=1 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=1 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=2 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=2 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=3 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=3 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=-1 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=-1 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=2147483647 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=2147483647 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=2147483648 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=2147483648 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=-2147483648 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=-2147483648 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=-2147483649 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=-2147483649 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=0x1 ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=0x1 ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding='1 2' ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding='1 2' ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding=x ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding=x ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.bc_forwarding='' ; sysctl net.ipv4.conf.ifb0.bc_forwarding ; sysctl -w net.ipv4.conf.all.bc_forwarding='' ; sysctl -n net.ipv4.conf.all.bc_forwarding
$ sysctl -w net.ipv4.conf.default.bc_forwarding=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.bc_forwarding ; sysctl -w net.ipv4.conf.lo.bc_forwarding=1 ; sysctl -r '\.bc_forwarding$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.bootp_relay ; sysctl net.ipv4.conf.default.bootp_relay ; sysctl net.ipv4.conf.lo.bootp_relay ; sysctl net.ipv4.conf.ifb0.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=0 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=0 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=1 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=1 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=2 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=2 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=3 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=3 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=-1 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=-1 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=2147483647 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=2147483647 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=2147483648 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=2147483648 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=-2147483648 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=-2147483648 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=-2147483649 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=-2147483649 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=0x1 ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=0x1 ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay='1 2' ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay='1 2' ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay=x ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay=x ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.ifb0.bootp_relay='' ; sysctl net.ipv4.conf.ifb0.bootp_relay ; sysctl -w net.ipv4.conf.all.bootp_relay='' ; sysctl -n net.ipv4.conf.all.bootp_relay
$ sysctl -w net.ipv4.conf.default.bootp_relay=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.bootp_relay ; sysctl -w net.ipv4.conf.lo.bootp_relay=1 ; sysctl -r '\.bootp_relay$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.disable_policy ; sysctl net.ipv4.conf.default.disable_policy ; sysctl net.ipv4.conf.lo.disable_policy ; sysctl net.ipv4.conf.ifb0.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=0 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=0 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=1 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=1 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=2 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=2 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=3 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=3 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=-1 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=-1 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=2147483647 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=2147483647 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=2147483648 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=2147483648 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=-2147483648 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=-2147483648 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=-2147483649 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=-2147483649 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=0x1 ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=0x1 ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy='1 2' ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy='1 2' ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy=x ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy=x ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.ifb0.disable_policy='' ; sysctl net.ipv4.conf.ifb0.disable_policy ; sysctl -w net.ipv4.conf.all.disable_policy='' ; sysctl -n net.ipv4.conf.all.disable_policy
$ sysctl -w net.ipv4.conf.default.disable_policy=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.disable_policy ; sysctl -w net.ipv4.conf.lo.disable_policy=1 ; sysctl -r '\.disable_policy$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.disable_xfrm ; sysctl net.ipv4.conf.default.disable_xfrm ; sysctl net.ipv4.conf.lo.disable_xfrm ; sysctl net.ipv4.conf.ifb0.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=0 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=0 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=1 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=1 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=2 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=2 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=3 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=3 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=-1 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=-1 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=2147483647 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=2147483647 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=2147483648 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=2147483648 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=-2147483648 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=-2147483648 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=-2147483649 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=-2147483649 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=0x1 ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=0x1 ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm='1 2' ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm='1 2' ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm=x ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm=x ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.ifb0.disable_xfrm='' ; sysctl net.ipv4.conf.ifb0.disable_xfrm ; sysctl -w net.ipv4.conf.all.disable_xfrm='' ; sysctl -n net.ipv4.conf.all.disable_xfrm
$ sysctl -w net.ipv4.conf.default.disable_xfrm=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.disable_xfrm ; sysctl -w net.ipv4.conf.lo.disable_xfrm=1 ; sysctl -r '\.disable_xfrm$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.drop_gratuitous_arp ; sysctl net.ipv4.conf.default.drop_gratuitous_arp ; sysctl net.ipv4.conf.lo.drop_gratuitous_arp ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=0 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=0 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=1 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=1 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=2 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=2 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=3 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=3 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=-1 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=-1 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=2147483647 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=2147483647 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=2147483648 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=2147483648 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=-2147483648 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=-2147483648 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=-2147483649 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=-2147483649 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=0x1 ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=0x1 ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp='1 2' ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp='1 2' ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp=x ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=x ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.ifb0.drop_gratuitous_arp='' ; sysctl net.ipv4.conf.ifb0.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.all.drop_gratuitous_arp='' ; sysctl -n net.ipv4.conf.all.drop_gratuitous_arp
$ sysctl -w net.ipv4.conf.default.drop_gratuitous_arp=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.drop_gratuitous_arp ; sysctl -w net.ipv4.conf.lo.drop_gratuitous_arp=1 ; sysctl -r '\.drop_gratuitous_arp$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.drop_unicast_in_l2_multicast ; sysctl net.ipv4.conf.default.drop_unicast_in_l2_multicast ; sysctl net.ipv4.conf.lo.drop_unicast_in_l2_multicast ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=0 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=0 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=1 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=1 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=2 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=2 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=3 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=3 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=-1 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=-1 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=2147483647 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=2147483647 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=2147483648 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=2147483648 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=-2147483648 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=-2147483648 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=-2147483649 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=-2147483649 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=0x1 ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=0x1 ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast='1 2' ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast='1 2' ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast=x ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast=x ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast='' ; sysctl net.ipv4.conf.ifb0.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.all.drop_unicast_in_l2_multicast='' ; sysctl -n net.ipv4.conf.all.drop_unicast_in_l2_multicast
$ sysctl -w net.ipv4.conf.default.drop_unicast_in_l2_multicast=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.drop_unicast_in_l2_multicast ; sysctl -w net.ipv4.conf.lo.drop_unicast_in_l2_multicast=1 ; sysctl -r '\.drop_unicast_in_l2_multicast$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.force_igmp_version ; sysctl net.ipv4.conf.default.force_igmp_version ; sysctl net.ipv4.conf.lo.force_igmp_version ; sysctl net.ipv4.conf.ifb0.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=0 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=0 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=1 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=1 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=2 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=2 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=3 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=3 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=-1 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=-1 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=2147483647 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=2147483647 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=2147483648 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=2147483648 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=-2147483648 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=-2147483648 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=-2147483649 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=-2147483649 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=0x1 ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=0x1 ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version='1 2' ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version='1 2' ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version=x ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version=x ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.ifb0.force_igmp_version='' ; sysctl net.ipv4.conf.ifb0.force_igmp_version ; sysctl -w net.ipv4.conf.all.force_igmp_version='' ; sysctl -n net.ipv4.conf.all.force_igmp_version
$ sysctl -w net.ipv4.conf.default.force_igmp_version=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.force_igmp_version ; sysctl -w net.ipv4.conf.lo.force_igmp_version=1 ; sysctl -r '\.force_igmp_version$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.forwarding ; sysctl net.ipv4.conf.default.forwarding ; sysctl net.ipv4.conf.lo.forwarding ; sysctl net.ipv4.conf.ifb0.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=0 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=0 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=1 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=1 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=2 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=2 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=3 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=3 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=-1 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=-1 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=2147483647 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=2147483647 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=2147483648 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=2147483648 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=-2147483648 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=-2147483648 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=-2147483649 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=-2147483649 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=0x1 ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=0x1 ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding='1 2' ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding='1 2' ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding=x ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding=x ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.ifb0.forwarding='' ; sysctl net.ipv4.conf.ifb0.forwarding ; sysctl -w net.ipv4.conf.all.forwarding='' ; sysctl -n net.ipv4.conf.all.forwarding
$ sysctl -w net.ipv4.conf.default.forwarding=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.forwarding ; sysctl -w net.ipv4.conf.lo.forwarding=1 ; sysctl -r '\.forwarding$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.igmpv2_unsolicited_report_interval ; sysctl net.ipv4.conf.default.igmpv2_unsolicited_report_interval ; sysctl net.ipv4.conf.lo.igmpv2_unsolicited_report_interval ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=0 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=0 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=1 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=1 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=2 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=2 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=3 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=3 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=-1 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=-1 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=2147483647 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=2147483647 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=2147483648 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=2147483648 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=-2147483648 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=-2147483648 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=-2147483649 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=-2147483649 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=0x1 ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=0x1 ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval='1 2' ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval='1 2' ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval=x ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval=x ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval='' ; sysctl net.ipv4.conf.ifb0.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv2_unsolicited_report_interval='' ; sysctl -n net.ipv4.conf.all.igmpv2_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.default.igmpv2_unsolicited_report_interval=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.igmpv2_unsolicited_report_interval ; sysctl -w net.ipv4.conf.lo.igmpv2_unsolicited_report_interval=1 ; sysctl -r '\.igmpv2_unsolicited_report_interval$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.igmpv3_unsolicited_report_interval ; sysctl net.ipv4.conf.default.igmpv3_unsolicited_report_interval ; sysctl net.ipv4.conf.lo.igmpv3_unsolicited_report_interval ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=0 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=0 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=1 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=1 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=2 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=2 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=3 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=3 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=-1 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=-1 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=2147483647 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=2147483647 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=2147483648 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=2147483648 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=-2147483648 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=-2147483648 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=-2147483649 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=-2147483649 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=0x1 ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=0x1 ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval='1 2' ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval='1 2' ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval=x ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval=x ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval='' ; sysctl net.ipv4.conf.ifb0.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.all.igmpv3_unsolicited_report_interval='' ; sysctl -n net.ipv4.conf.all.igmpv3_unsolicited_report_interval
$ sysctl -w net.ipv4.conf.default.igmpv3_unsolicited_report_interval=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.igmpv3_unsolicited_report_interval ; sysctl -w net.ipv4.conf.lo.igmpv3_unsolicited_report_interval=1 ; sysctl -r '\.igmpv3_unsolicited_report_interval$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.ignore_routes_with_linkdown ; sysctl net.ipv4.conf.default.ignore_routes_with_linkdown ; sysctl net.ipv4.conf.lo.ignore_routes_with_linkdown ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=0 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=0 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=1 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=1 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=2 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=2 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=3 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=3 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=-1 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=-1 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=2147483647 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=2147483647 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=2147483648 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=2147483648 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=-2147483648 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=-2147483648 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=-2147483649 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=-2147483649 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=0x1 ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=0x1 ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown='1 2' ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown='1 2' ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown=x ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=x ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.ifb0.ignore_routes_with_linkdown='' ; sysctl net.ipv4.conf.ifb0.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown='' ; sysctl -n net.ipv4.conf.all.ignore_routes_with_linkdown
$ sysctl -w net.ipv4.conf.default.ignore_routes_with_linkdown=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.ignore_routes_with_linkdown ; sysctl -w net.ipv4.conf.lo.ignore_routes_with_linkdown=1 ; sysctl -r '\.ignore_routes_with_linkdown$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.log_martians ; sysctl net.ipv4.conf.default.log_martians ; sysctl net.ipv4.conf.lo.log_martians ; sysctl net.ipv4.conf.ifb0.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=0 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=0 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=1 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=1 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=2 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=2 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=3 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=3 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=-1 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=-1 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=2147483647 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=2147483647 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=2147483648 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=2147483648 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=-2147483648 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=-2147483648 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=-2147483649 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=-2147483649 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=0x1 ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=0x1 ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians='1 2' ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians='1 2' ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians=x ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians=x ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.ifb0.log_martians='' ; sysctl net.ipv4.conf.ifb0.log_martians ; sysctl -w net.ipv4.conf.all.log_martians='' ; sysctl -n net.ipv4.conf.all.log_martians
$ sysctl -w net.ipv4.conf.default.log_martians=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.log_martians ; sysctl -w net.ipv4.conf.lo.log_martians=1 ; sysctl -r '\.log_martians$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.mc_forwarding ; sysctl net.ipv4.conf.default.mc_forwarding ; sysctl net.ipv4.conf.lo.mc_forwarding ; sysctl net.ipv4.conf.ifb0.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=0 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=0 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=1 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=1 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=2 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=2 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=3 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=3 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=-1 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=-1 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=2147483647 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=2147483647 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=2147483648 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=2147483648 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=-2147483648 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=-2147483648 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=-2147483649 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=-2147483649 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=0x1 ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=0x1 ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding='1 2' ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding='1 2' ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding=x ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding=x ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.ifb0.mc_forwarding='' ; sysctl net.ipv4.conf.ifb0.mc_forwarding ; sysctl -w net.ipv4.conf.all.mc_forwarding='' ; sysctl -n net.ipv4.conf.all.mc_forwarding
$ sysctl -w net.ipv4.conf.default.mc_forwarding=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.mc_forwarding ; sysctl -w net.ipv4.conf.lo.mc_forwarding=1 ; sysctl -r '\.mc_forwarding$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.medium_id ; sysctl net.ipv4.conf.default.medium_id ; sysctl net.ipv4.conf.lo.medium_id ; sysctl net.ipv4.conf.ifb0.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=0 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=0 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=1 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=1 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=2 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=2 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=3 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=3 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=-1 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=-1 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=2147483647 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=2147483647 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=2147483648 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=2147483648 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=-2147483648 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=-2147483648 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=-2147483649 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=-2147483649 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=0x1 ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=0x1 ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id='1 2' ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id='1 2' ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id=x ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id=x ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.ifb0.medium_id='' ; sysctl net.ipv4.conf.ifb0.medium_id ; sysctl -w net.ipv4.conf.all.medium_id='' ; sysctl -n net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.default.medium_id=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.medium_id ; sysctl -w net.ipv4.conf.lo.medium_id=1 ; sysctl -r '\.medium_id$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.promote_secondaries ; sysctl net.ipv4.conf.default.promote_secondaries ; sysctl net.ipv4.conf.lo.promote_secondaries ; sysctl net.ipv4.conf.ifb0.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=0 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=0 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=1 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=1 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=2 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=2 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=3 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=3 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=-1 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=-1 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=2147483647 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=2147483647 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=2147483648 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=2147483648 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=-2147483648 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=-2147483648 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=-2147483649 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=-2147483649 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=0x1 ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=0x1 ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries='1 2' ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries='1 2' ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries=x ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries=x ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.ifb0.promote_secondaries='' ; sysctl net.ipv4.conf.ifb0.promote_secondaries ; sysctl -w net.ipv4.conf.all.promote_secondaries='' ; sysctl -n net.ipv4.conf.all.promote_secondaries
$ sysctl -w net.ipv4.conf.default.promote_secondaries=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.promote_secondaries ; sysctl -w net.ipv4.conf.lo.promote_secondaries=1 ; sysctl -r '\.promote_secondaries$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.proxy_arp ; sysctl net.ipv4.conf.default.proxy_arp ; sysctl net.ipv4.conf.lo.proxy_arp ; sysctl net.ipv4.conf.ifb0.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=0 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=0 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=1 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=1 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=2 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=2 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=3 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=3 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=-1 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=-1 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=2147483647 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=2147483647 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=2147483648 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=2147483648 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=-2147483648 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=-2147483648 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=-2147483649 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=-2147483649 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=0x1 ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=0x1 ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp='1 2' ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp='1 2' ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp=x ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp=x ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp='' ; sysctl net.ipv4.conf.ifb0.proxy_arp ; sysctl -w net.ipv4.conf.all.proxy_arp='' ; sysctl -n net.ipv4.conf.all.proxy_arp
$ sysctl -w net.ipv4.conf.default.proxy_arp=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.proxy_arp ; sysctl -w net.ipv4.conf.lo.proxy_arp=1 ; sysctl -r '\.proxy_arp$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.proxy_arp_pvlan ; sysctl net.ipv4.conf.default.proxy_arp_pvlan ; sysctl net.ipv4.conf.lo.proxy_arp_pvlan ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=0 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=0 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=1 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=1 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=2 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=2 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=3 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=3 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=-1 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=-1 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=2147483647 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=2147483647 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=2147483648 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=2147483648 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=-2147483648 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=-2147483648 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=-2147483649 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=-2147483649 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=0x1 ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=0x1 ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan='1 2' ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan='1 2' ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan=x ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan=x ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.ifb0.proxy_arp_pvlan='' ; sysctl net.ipv4.conf.ifb0.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.all.proxy_arp_pvlan='' ; sysctl -n net.ipv4.conf.all.proxy_arp_pvlan
$ sysctl -w net.ipv4.conf.default.proxy_arp_pvlan=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.proxy_arp_pvlan ; sysctl -w net.ipv4.conf.lo.proxy_arp_pvlan=1 ; sysctl -r '\.proxy_arp_pvlan$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.route_localnet ; sysctl net.ipv4.conf.default.route_localnet ; sysctl net.ipv4.conf.lo.route_localnet ; sysctl net.ipv4.conf.ifb0.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=0 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=0 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=1 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=1 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=2 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=2 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=3 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=3 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=-1 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=-1 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=2147483647 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=2147483647 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=2147483648 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=2147483648 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=-2147483648 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=-2147483648 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=-2147483649 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=-2147483649 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=0x1 ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=0x1 ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet='1 2' ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet='1 2' ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet=x ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet=x ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.ifb0.route_localnet='' ; sysctl net.ipv4.conf.ifb0.route_localnet ; sysctl -w net.ipv4.conf.all.route_localnet='' ; sysctl -n net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.default.route_localnet=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.route_localnet ; sysctl -w net.ipv4.conf.lo.route_localnet=1 ; sysctl -r '\.route_localnet$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.rp_filter ; sysctl net.ipv4.conf.default.rp_filter ; sysctl net.ipv4.conf.lo.rp_filter ; sysctl net.ipv4.conf.ifb0.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=0 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=0 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=1 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=1 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=2 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=2 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=3 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=3 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=-1 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=-1 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=2147483647 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=2147483647 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=2147483648 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=2147483648 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=-2147483648 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=-2147483648 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=-2147483649 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=-2147483649 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=0x1 ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=0x1 ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter='1 2' ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter='1 2' ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter=x ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter=x ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.ifb0.rp_filter='' ; sysctl net.ipv4.conf.ifb0.rp_filter ; sysctl -w net.ipv4.conf.all.rp_filter='' ; sysctl -n net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.default.rp_filter=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.rp_filter ; sysctl -w net.ipv4.conf.lo.rp_filter=1 ; sysctl -r '\.rp_filter$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.secure_redirects ; sysctl net.ipv4.conf.default.secure_redirects ; sysctl net.ipv4.conf.lo.secure_redirects ; sysctl net.ipv4.conf.ifb0.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=0 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=0 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=1 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=1 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=2 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=2 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=3 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=3 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=-1 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=-1 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=2147483647 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=2147483647 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=2147483648 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=2147483648 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=-2147483648 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=-2147483648 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=-2147483649 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=-2147483649 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=0x1 ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=0x1 ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects='1 2' ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects='1 2' ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects=x ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects=x ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.ifb0.secure_redirects='' ; sysctl net.ipv4.conf.ifb0.secure_redirects ; sysctl -w net.ipv4.conf.all.secure_redirects='' ; sysctl -n net.ipv4.conf.all.secure_redirects
$ sysctl -w net.ipv4.conf.default.secure_redirects=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.secure_redirects ; sysctl -w net.ipv4.conf.lo.secure_redirects=1 ; sysctl -r '\.secure_redirects$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.send_redirects ; sysctl net.ipv4.conf.default.send_redirects ; sysctl net.ipv4.conf.lo.send_redirects ; sysctl net.ipv4.conf.ifb0.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=0 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=0 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=1 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=1 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=2 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=2 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=3 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=3 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=-1 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=-1 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=2147483647 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=2147483647 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=2147483648 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=2147483648 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=-2147483648 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=-2147483648 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=-2147483649 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=-2147483649 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=0x1 ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=0x1 ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects='1 2' ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects='1 2' ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects=x ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects=x ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.ifb0.send_redirects='' ; sysctl net.ipv4.conf.ifb0.send_redirects ; sysctl -w net.ipv4.conf.all.send_redirects='' ; sysctl -n net.ipv4.conf.all.send_redirects
$ sysctl -w net.ipv4.conf.default.send_redirects=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.send_redirects ; sysctl -w net.ipv4.conf.lo.send_redirects=1 ; sysctl -r '\.send_redirects$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.shared_media ; sysctl net.ipv4.conf.default.shared_media ; sysctl net.ipv4.conf.lo.shared_media ; sysctl net.ipv4.conf.ifb0.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=0 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=0 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=1 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=1 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=2 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=2 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=3 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=3 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=-1 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=-1 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=2147483647 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=2147483647 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=2147483648 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=2147483648 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=-2147483648 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=-2147483648 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=-2147483649 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=-2147483649 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=0x1 ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=0x1 ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media='1 2' ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media='1 2' ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media=x ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media=x ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.ifb0.shared_media='' ; sysctl net.ipv4.conf.ifb0.shared_media ; sysctl -w net.ipv4.conf.all.shared_media='' ; sysctl -n net.ipv4.conf.all.shared_media
$ sysctl -w net.ipv4.conf.default.shared_media=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.shared_media ; sysctl -w net.ipv4.conf.lo.shared_media=1 ; sysctl -r '\.shared_media$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.src_valid_mark ; sysctl net.ipv4.conf.default.src_valid_mark ; sysctl net.ipv4.conf.lo.src_valid_mark ; sysctl net.ipv4.conf.ifb0.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=0 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=0 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=1 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=1 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=2 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=2 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=3 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=3 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=-1 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=-1 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=2147483647 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=2147483647 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=2147483648 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=2147483648 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=-2147483648 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=-2147483648 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=-2147483649 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=-2147483649 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=0x1 ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=0x1 ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark='1 2' ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark='1 2' ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark=x ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark=x ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.ifb0.src_valid_mark='' ; sysctl net.ipv4.conf.ifb0.src_valid_mark ; sysctl -w net.ipv4.conf.all.src_valid_mark='' ; sysctl -n net.ipv4.conf.all.src_valid_mark
$ sysctl -w net.ipv4.conf.default.src_valid_mark=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.src_valid_mark ; sysctl -w net.ipv4.conf.lo.src_valid_mark=1 ; sysctl -r '\.src_valid_mark$' net.ipv4.conf
$ sysctl net.ipv4.conf.all.tag ; sysctl net.ipv4.conf.default.tag ; sysctl net.ipv4.conf.lo.tag ; sysctl net.ipv4.conf.ifb0.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=0 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=0 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=1 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=1 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=2 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=2 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=3 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=3 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=-1 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=-1 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=2147483647 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=2147483647 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=2147483648 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=2147483648 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=-2147483648 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=-2147483648 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=-2147483649 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=-2147483649 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=0x1 ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=0x1 ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag='1 2' ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag='1 2' ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag=x ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag=x ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.ifb0.tag='' ; sysctl net.ipv4.conf.ifb0.tag ; sysctl -w net.ipv4.conf.all.tag='' ; sysctl -n net.ipv4.conf.all.tag
$ sysctl -w net.ipv4.conf.default.tag=1 ; ip link add ifb1 address 02:00:00:00:03:02 type ifb ; sysctl net.ipv4.conf.ifb1.tag ; sysctl -w net.ipv4.conf.lo.tag=1 ; sysctl -r '\.tag$' net.ipv4.conf
$ sysctl net.ipv4.ip_forward
$ sysctl net.ipv4.conf.lo.rp_filter
$ sysctl net.netfilter.nf_conntrack_max
$ sysctl net.netfilter.nf_log.2
$ sysctl net.nosuch
$ sysctl net.ipv4.conf.nosuch.rp_filter
$ sysctl net.ipv4.conf.lo
$ sysctl net.netfilter.nf_conntrack_count
$ sysctl net.ipv4.conf.ifb0.tag
$ sysctl -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -n net.ipv4.ip_forward
$ sysctl -n net.ipv4.conf.lo.rp_filter
$ sysctl -n net.netfilter.nf_conntrack_max
$ sysctl -n net.netfilter.nf_log.2
$ sysctl -n net.nosuch
$ sysctl -n net.ipv4.conf.nosuch.rp_filter
$ sysctl -n net.ipv4.conf.lo
$ sysctl -n net.netfilter.nf_conntrack_count
$ sysctl -n net.ipv4.conf.ifb0.tag
$ sysctl -n -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -N net.ipv4.ip_forward
$ sysctl -N net.ipv4.conf.lo.rp_filter
$ sysctl -N net.netfilter.nf_conntrack_max
$ sysctl -N net.netfilter.nf_log.2
$ sysctl -N net.nosuch
$ sysctl -N net.ipv4.conf.nosuch.rp_filter
$ sysctl -N net.ipv4.conf.lo
$ sysctl -N net.netfilter.nf_conntrack_count
$ sysctl -N net.ipv4.conf.ifb0.tag
$ sysctl -N -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -q net.ipv4.ip_forward
$ sysctl -q net.ipv4.conf.lo.rp_filter
$ sysctl -q net.netfilter.nf_conntrack_max
$ sysctl -q net.netfilter.nf_log.2
$ sysctl -q net.nosuch
$ sysctl -q net.ipv4.conf.nosuch.rp_filter
$ sysctl -q net.ipv4.conf.lo
$ sysctl -q net.netfilter.nf_conntrack_count
$ sysctl -q net.ipv4.conf.ifb0.tag
$ sysctl -q -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -e net.ipv4.ip_forward
$ sysctl -e net.ipv4.conf.lo.rp_filter
$ sysctl -e net.netfilter.nf_conntrack_max
$ sysctl -e net.netfilter.nf_log.2
$ sysctl -e net.nosuch
$ sysctl -e net.ipv4.conf.nosuch.rp_filter
$ sysctl -e net.ipv4.conf.lo
$ sysctl -e net.netfilter.nf_conntrack_count
$ sysctl -e net.ipv4.conf.ifb0.tag
$ sysctl -e -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -b net.ipv4.ip_forward
$ sysctl -b net.ipv4.conf.lo.rp_filter
$ sysctl -b net.netfilter.nf_conntrack_max
$ sysctl -b net.netfilter.nf_log.2
$ sysctl -b net.nosuch
$ sysctl -b net.ipv4.conf.nosuch.rp_filter
$ sysctl -b net.ipv4.conf.lo
$ sysctl -b net.netfilter.nf_conntrack_count
$ sysctl -b net.ipv4.conf.ifb0.tag
$ sysctl -b -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -n -N net.ipv4.ip_forward
$ sysctl -n -N net.ipv4.conf.lo.rp_filter
$ sysctl -n -N net.netfilter.nf_conntrack_max
$ sysctl -n -N net.netfilter.nf_log.2
$ sysctl -n -N net.nosuch
$ sysctl -n -N net.ipv4.conf.nosuch.rp_filter
$ sysctl -n -N net.ipv4.conf.lo
$ sysctl -n -N net.netfilter.nf_conntrack_count
$ sysctl -n -N net.ipv4.conf.ifb0.tag
$ sysctl -n -N -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -N -n net.ipv4.ip_forward
$ sysctl -N -n net.ipv4.conf.lo.rp_filter
$ sysctl -N -n net.netfilter.nf_conntrack_max
$ sysctl -N -n net.netfilter.nf_log.2
$ sysctl -N -n net.nosuch
$ sysctl -N -n net.ipv4.conf.nosuch.rp_filter
$ sysctl -N -n net.ipv4.conf.lo
$ sysctl -N -n net.netfilter.nf_conntrack_count
$ sysctl -N -n net.ipv4.conf.ifb0.tag
$ sysctl -N -n -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -nq net.ipv4.ip_forward
$ sysctl -nq net.ipv4.conf.lo.rp_filter
$ sysctl -nq net.netfilter.nf_conntrack_max
$ sysctl -nq net.netfilter.nf_log.2
$ sysctl -nq net.nosuch
$ sysctl -nq net.ipv4.conf.nosuch.rp_filter
$ sysctl -nq net.ipv4.conf.lo
$ sysctl -nq net.netfilter.nf_conntrack_count
$ sysctl -nq net.ipv4.conf.ifb0.tag
$ sysctl -nq -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -eq net.ipv4.ip_forward
$ sysctl -eq net.ipv4.conf.lo.rp_filter
$ sysctl -eq net.netfilter.nf_conntrack_max
$ sysctl -eq net.netfilter.nf_log.2
$ sysctl -eq net.nosuch
$ sysctl -eq net.ipv4.conf.nosuch.rp_filter
$ sysctl -eq net.ipv4.conf.lo
$ sysctl -eq net.netfilter.nf_conntrack_count
$ sysctl -eq net.ipv4.conf.ifb0.tag
$ sysctl -eq -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -e -N net.ipv4.ip_forward
$ sysctl -e -N net.ipv4.conf.lo.rp_filter
$ sysctl -e -N net.netfilter.nf_conntrack_max
$ sysctl -e -N net.netfilter.nf_log.2
$ sysctl -e -N net.nosuch
$ sysctl -e -N net.ipv4.conf.nosuch.rp_filter
$ sysctl -e -N net.ipv4.conf.lo
$ sysctl -e -N net.netfilter.nf_conntrack_count
$ sysctl -e -N net.ipv4.conf.ifb0.tag
$ sysctl -e -N -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl --values net.ipv4.ip_forward
$ sysctl --values net.ipv4.conf.lo.rp_filter
$ sysctl --values net.netfilter.nf_conntrack_max
$ sysctl --values net.netfilter.nf_log.2
$ sysctl --values net.nosuch
$ sysctl --values net.ipv4.conf.nosuch.rp_filter
$ sysctl --values net.ipv4.conf.lo
$ sysctl --values net.netfilter.nf_conntrack_count
$ sysctl --values net.ipv4.conf.ifb0.tag
$ sysctl --values -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl --names net.ipv4.ip_forward
$ sysctl --names net.ipv4.conf.lo.rp_filter
$ sysctl --names net.netfilter.nf_conntrack_max
$ sysctl --names net.netfilter.nf_log.2
$ sysctl --names net.nosuch
$ sysctl --names net.ipv4.conf.nosuch.rp_filter
$ sysctl --names net.ipv4.conf.lo
$ sysctl --names net.netfilter.nf_conntrack_count
$ sysctl --names net.ipv4.conf.ifb0.tag
$ sysctl --names -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl --quiet net.ipv4.ip_forward
$ sysctl --quiet net.ipv4.conf.lo.rp_filter
$ sysctl --quiet net.netfilter.nf_conntrack_max
$ sysctl --quiet net.netfilter.nf_log.2
$ sysctl --quiet net.nosuch
$ sysctl --quiet net.ipv4.conf.nosuch.rp_filter
$ sysctl --quiet net.ipv4.conf.lo
$ sysctl --quiet net.netfilter.nf_conntrack_count
$ sysctl --quiet net.ipv4.conf.ifb0.tag
$ sysctl --quiet -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl --ignore net.ipv4.ip_forward
$ sysctl --ignore net.ipv4.conf.lo.rp_filter
$ sysctl --ignore net.netfilter.nf_conntrack_max
$ sysctl --ignore net.netfilter.nf_log.2
$ sysctl --ignore net.nosuch
$ sysctl --ignore net.ipv4.conf.nosuch.rp_filter
$ sysctl --ignore net.ipv4.conf.lo
$ sysctl --ignore net.netfilter.nf_conntrack_count
$ sysctl --ignore net.ipv4.conf.ifb0.tag
$ sysctl --ignore -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -r . net.ipv4.ip_forward
$ sysctl -r . net.ipv4.conf.lo.rp_filter
$ sysctl -r . net.netfilter.nf_conntrack_max
$ sysctl -r . net.netfilter.nf_log.2
$ sysctl -r . net.nosuch
$ sysctl -r . net.ipv4.conf.nosuch.rp_filter
$ sysctl -r . net.ipv4.conf.lo
$ sysctl -r . net.netfilter.nf_conntrack_count
$ sysctl -r . net.ipv4.conf.ifb0.tag
$ sysctl -r . -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -d net.ipv4.ip_forward
$ sysctl -d net.ipv4.conf.lo.rp_filter
$ sysctl -d net.netfilter.nf_conntrack_max
$ sysctl -d net.netfilter.nf_log.2
$ sysctl -d net.nosuch
$ sysctl -d net.ipv4.conf.nosuch.rp_filter
$ sysctl -d net.ipv4.conf.lo
$ sysctl -d net.netfilter.nf_conntrack_count
$ sysctl -d net.ipv4.conf.ifb0.tag
$ sysctl -d -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -o net.ipv4.ip_forward
$ sysctl -o net.ipv4.conf.lo.rp_filter
$ sysctl -o net.netfilter.nf_conntrack_max
$ sysctl -o net.netfilter.nf_log.2
$ sysctl -o net.nosuch
$ sysctl -o net.ipv4.conf.nosuch.rp_filter
$ sysctl -o net.ipv4.conf.lo
$ sysctl -o net.netfilter.nf_conntrack_count
$ sysctl -o net.ipv4.conf.ifb0.tag
$ sysctl -o -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -x net.ipv4.ip_forward
$ sysctl -x net.ipv4.conf.lo.rp_filter
$ sysctl -x net.netfilter.nf_conntrack_max
$ sysctl -x net.netfilter.nf_log.2
$ sysctl -x net.nosuch
$ sysctl -x net.ipv4.conf.nosuch.rp_filter
$ sysctl -x net.ipv4.conf.lo
$ sysctl -x net.netfilter.nf_conntrack_count
$ sysctl -x net.ipv4.conf.ifb0.tag
$ sysctl -x -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -n -e net.ipv4.ip_forward
$ sysctl -n -e net.ipv4.conf.lo.rp_filter
$ sysctl -n -e net.netfilter.nf_conntrack_max
$ sysctl -n -e net.netfilter.nf_log.2
$ sysctl -n -e net.nosuch
$ sysctl -n -e net.ipv4.conf.nosuch.rp_filter
$ sysctl -n -e net.ipv4.conf.lo
$ sysctl -n -e net.netfilter.nf_conntrack_count
$ sysctl -n -e net.ipv4.conf.ifb0.tag
$ sysctl -n -e -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl --binary net.ipv4.ip_forward
$ sysctl --binary net.ipv4.conf.lo.rp_filter
$ sysctl --binary net.netfilter.nf_conntrack_max
$ sysctl --binary net.netfilter.nf_log.2
$ sysctl --binary net.nosuch
$ sysctl --binary net.ipv4.conf.nosuch.rp_filter
$ sysctl --binary net.ipv4.conf.lo
$ sysctl --binary net.netfilter.nf_conntrack_count
$ sysctl --binary net.ipv4.conf.ifb0.tag
$ sysctl --binary -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -z net.ipv4.ip_forward
$ sysctl -z net.ipv4.conf.lo.rp_filter
$ sysctl -z net.netfilter.nf_conntrack_max
$ sysctl -z net.netfilter.nf_log.2
$ sysctl -z net.nosuch
$ sysctl -z net.ipv4.conf.nosuch.rp_filter
$ sysctl -z net.ipv4.conf.lo
$ sysctl -z net.netfilter.nf_conntrack_count
$ sysctl -z net.ipv4.conf.ifb0.tag
$ sysctl -z -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=x ; sysctl -n net.ipv4.ip_forward
$ sysctl -w net.ipv4.icmp_echo_enable_probe=0 ; sysctl -w net.ipv4.icmp_echo_enable_probe=1 ; sysctl -w net.ipv4.icmp_echo_enable_probe=-1 ; sysctl -w net.ipv4.icmp_echo_enable_probe=2 ; sysctl -w net.ipv4.icmp_echo_enable_probe=255 ; sysctl -w net.ipv4.icmp_echo_enable_probe=256 ; sysctl -w net.ipv4.icmp_echo_enable_probe=65535 ; sysctl -w net.ipv4.icmp_echo_enable_probe=65536 ; sysctl -w net.ipv4.icmp_echo_enable_probe=2147483647 ; sysctl -w net.ipv4.icmp_echo_enable_probe=2147483648 ; sysctl -w net.ipv4.icmp_echo_enable_probe=4294967295 ; sysctl -w net.ipv4.icmp_echo_enable_probe=4294967296 ; sysctl -w net.ipv4.icmp_echo_enable_probe=-2147483648 ; sysctl -w net.ipv4.icmp_echo_enable_probe=-2147483649 ; sysctl net.ipv4.icmp_echo_enable_probe
$ sysctl -w net.ipv4.icmp_echo_enable_probe=0x7f ; sysctl -w net.ipv4.icmp_echo_enable_probe=0X7F ; sysctl -w net.ipv4.icmp_echo_enable_probe=010 ; sysctl -w net.ipv4.icmp_echo_enable_probe=09 ; sysctl -w net.ipv4.icmp_echo_enable_probe=1e3 ; sysctl -w net.ipv4.icmp_echo_enable_probe=+5 ; sysctl -w net.ipv4.icmp_echo_enable_probe='1 2' ; sysctl -w net.ipv4.icmp_echo_enable_probe='1	2' ; sysctl -w net.ipv4.icmp_echo_enable_probe=' 3' ; sysctl -w net.ipv4.icmp_echo_enable_probe='3 ' ; sysctl -w net.ipv4.icmp_echo_enable_probe='' ; sysctl -w net.ipv4.icmp_echo_enable_probe=x ; sysctl -w net.ipv4.icmp_echo_enable_probe=1x ; sysctl -w net.ipv4.icmp_echo_enable_probe='٣' ; sysctl net.ipv4.icmp_echo_enable_probe
$ sysctl -w net.ipv4.icmp_echo_ignore_all=0 ; sysctl -w net.ipv4.icmp_echo_ignore_all=1 ; sysctl -w net.ipv4.icmp_echo_ignore_all=-1 ; sysctl -w net.ipv4.icmp_echo_ignore_all=2 ; sysctl -w net.ipv4.icmp_echo_ignore_all=255 ; sysctl -w net.ipv4.icmp_echo_ignore_all=256 ; sysctl -w net.ipv4.icmp_echo_ignore_all=65535 ; sysctl -w net.ipv4.icmp_echo_ignore_all=65536 ; sysctl -w net.ipv4.icmp_echo_ignore_all=2147483647 ; sysctl -w net.ipv4.icmp_echo_ignore_all=2147483648 ; sysctl -w net.ipv4.icmp_echo_ignore_all=4294967295 ; sysctl -w net.ipv4.icmp_echo_ignore_all=4294967296 ; sysctl -w net.ipv4.icmp_echo_ignore_all=-2147483648 ; sysctl -w net.ipv4.icmp_echo_ignore_all=-2147483649 ; sysctl net.ipv4.icmp_echo_ignore_all
$ sysctl -w net.ipv4.icmp_echo_ignore_all=0x7f ; sysctl -w net.ipv4.icmp_echo_ignore_all=0X7F ; sysctl -w net.ipv4.icmp_echo_ignore_all=010 ; sysctl -w net.ipv4.icmp_echo_ignore_all=09 ; sysctl -w net.ipv4.icmp_echo_ignore_all=1e3 ; sysctl -w net.ipv4.icmp_echo_ignore_all=+5 ; sysctl -w net.ipv4.icmp_echo_ignore_all='1 2' ; sysctl -w net.ipv4.icmp_echo_ignore_all='1	2' ; sysctl -w net.ipv4.icmp_echo_ignore_all=' 3' ; sysctl -w net.ipv4.icmp_echo_ignore_all='3 ' ; sysctl -w net.ipv4.icmp_echo_ignore_all='' ; sysctl -w net.ipv4.icmp_echo_ignore_all=x ; sysctl -w net.ipv4.icmp_echo_ignore_all=1x ; sysctl -w net.ipv4.icmp_echo_ignore_all='٣' ; sysctl net.ipv4.icmp_echo_ignore_all
$ sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=1 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=-1 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=2 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=255 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=256 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=65535 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=65536 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=2147483647 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=2147483648 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=4294967295 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=4294967296 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=-2147483648 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=-2147483649 ; sysctl net.ipv4.icmp_echo_ignore_broadcasts
$ sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0x7f ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0X7F ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=010 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=09 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=1e3 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=+5 ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts='1 2' ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts='1	2' ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=' 3' ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts='3 ' ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts='' ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=x ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=1x ; sysctl -w net.ipv4.icmp_echo_ignore_broadcasts='٣' ; sysctl net.ipv4.icmp_echo_ignore_broadcasts
$ sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=0 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=1 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=-1 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=2 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=255 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=256 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=65535 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=65536 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=2147483647 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=2147483648 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=4294967295 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=4294967296 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=-2147483648 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=-2147483649 ; sysctl net.ipv4.icmp_errors_use_inbound_ifaddr
$ sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=0x7f ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=0X7F ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=010 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=09 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=1e3 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=+5 ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr='1 2' ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr='1	2' ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=' 3' ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr='3 ' ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr='' ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=x ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=1x ; sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr='٣' ; sysctl net.ipv4.icmp_errors_use_inbound_ifaddr
$ sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=0 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=1 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=-1 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=2 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=255 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=256 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=65535 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=65536 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=2147483647 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=2147483648 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=4294967295 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=4294967296 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=-2147483648 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=-2147483649 ; sysctl net.ipv4.icmp_ignore_bogus_error_responses
$ sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=0x7f ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=0X7F ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=010 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=09 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=1e3 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=+5 ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses='1 2' ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses='1	2' ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=' 3' ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses='3 ' ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses='' ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=x ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=1x ; sysctl -w net.ipv4.icmp_ignore_bogus_error_responses='٣' ; sysctl net.ipv4.icmp_ignore_bogus_error_responses
$ sysctl -w net.ipv4.icmp_msgs_burst=0 ; sysctl -w net.ipv4.icmp_msgs_burst=1 ; sysctl -w net.ipv4.icmp_msgs_burst=-1 ; sysctl -w net.ipv4.icmp_msgs_burst=2 ; sysctl -w net.ipv4.icmp_msgs_burst=255 ; sysctl -w net.ipv4.icmp_msgs_burst=256 ; sysctl -w net.ipv4.icmp_msgs_burst=65535 ; sysctl -w net.ipv4.icmp_msgs_burst=65536 ; sysctl -w net.ipv4.icmp_msgs_burst=2147483647 ; sysctl -w net.ipv4.icmp_msgs_burst=2147483648 ; sysctl -w net.ipv4.icmp_msgs_burst=4294967295 ; sysctl -w net.ipv4.icmp_msgs_burst=4294967296 ; sysctl -w net.ipv4.icmp_msgs_burst=-2147483648 ; sysctl -w net.ipv4.icmp_msgs_burst=-2147483649 ; sysctl net.ipv4.icmp_msgs_burst
$ sysctl -w net.ipv4.icmp_msgs_burst=0x7f ; sysctl -w net.ipv4.icmp_msgs_burst=0X7F ; sysctl -w net.ipv4.icmp_msgs_burst=010 ; sysctl -w net.ipv4.icmp_msgs_burst=09 ; sysctl -w net.ipv4.icmp_msgs_burst=1e3 ; sysctl -w net.ipv4.icmp_msgs_burst=+5 ; sysctl -w net.ipv4.icmp_msgs_burst='1 2' ; sysctl -w net.ipv4.icmp_msgs_burst='1	2' ; sysctl -w net.ipv4.icmp_msgs_burst=' 3' ; sysctl -w net.ipv4.icmp_msgs_burst='3 ' ; sysctl -w net.ipv4.icmp_msgs_burst='' ; sysctl -w net.ipv4.icmp_msgs_burst=x ; sysctl -w net.ipv4.icmp_msgs_burst=1x ; sysctl -w net.ipv4.icmp_msgs_burst='٣' ; sysctl net.ipv4.icmp_msgs_burst
$ sysctl -w net.ipv4.icmp_msgs_per_sec=0 ; sysctl -w net.ipv4.icmp_msgs_per_sec=1 ; sysctl -w net.ipv4.icmp_msgs_per_sec=-1 ; sysctl -w net.ipv4.icmp_msgs_per_sec=2 ; sysctl -w net.ipv4.icmp_msgs_per_sec=255 ; sysctl -w net.ipv4.icmp_msgs_per_sec=256 ; sysctl -w net.ipv4.icmp_msgs_per_sec=65535 ; sysctl -w net.ipv4.icmp_msgs_per_sec=65536 ; sysctl -w net.ipv4.icmp_msgs_per_sec=2147483647 ; sysctl -w net.ipv4.icmp_msgs_per_sec=2147483648 ; sysctl -w net.ipv4.icmp_msgs_per_sec=4294967295 ; sysctl -w net.ipv4.icmp_msgs_per_sec=4294967296 ; sysctl -w net.ipv4.icmp_msgs_per_sec=-2147483648 ; sysctl -w net.ipv4.icmp_msgs_per_sec=-2147483649 ; sysctl net.ipv4.icmp_msgs_per_sec
$ sysctl -w net.ipv4.icmp_msgs_per_sec=0x7f ; sysctl -w net.ipv4.icmp_msgs_per_sec=0X7F ; sysctl -w net.ipv4.icmp_msgs_per_sec=010 ; sysctl -w net.ipv4.icmp_msgs_per_sec=09 ; sysctl -w net.ipv4.icmp_msgs_per_sec=1e3 ; sysctl -w net.ipv4.icmp_msgs_per_sec=+5 ; sysctl -w net.ipv4.icmp_msgs_per_sec='1 2' ; sysctl -w net.ipv4.icmp_msgs_per_sec='1	2' ; sysctl -w net.ipv4.icmp_msgs_per_sec=' 3' ; sysctl -w net.ipv4.icmp_msgs_per_sec='3 ' ; sysctl -w net.ipv4.icmp_msgs_per_sec='' ; sysctl -w net.ipv4.icmp_msgs_per_sec=x ; sysctl -w net.ipv4.icmp_msgs_per_sec=1x ; sysctl -w net.ipv4.icmp_msgs_per_sec='٣' ; sysctl net.ipv4.icmp_msgs_per_sec
$ sysctl -w net.ipv4.icmp_ratelimit=0 ; sysctl -w net.ipv4.icmp_ratelimit=1 ; sysctl -w net.ipv4.icmp_ratelimit=-1 ; sysctl -w net.ipv4.icmp_ratelimit=2 ; sysctl -w net.ipv4.icmp_ratelimit=255 ; sysctl -w net.ipv4.icmp_ratelimit=256 ; sysctl -w net.ipv4.icmp_ratelimit=65535 ; sysctl -w net.ipv4.icmp_ratelimit=65536 ; sysctl -w net.ipv4.icmp_ratelimit=2147483647 ; sysctl -w net.ipv4.icmp_ratelimit=2147483648 ; sysctl -w net.ipv4.icmp_ratelimit=4294967295 ; sysctl -w net.ipv4.icmp_ratelimit=4294967296 ; sysctl -w net.ipv4.icmp_ratelimit=-2147483648 ; sysctl -w net.ipv4.icmp_ratelimit=-2147483649 ; sysctl net.ipv4.icmp_ratelimit
$ sysctl -w net.ipv4.icmp_ratelimit=0x7f ; sysctl -w net.ipv4.icmp_ratelimit=0X7F ; sysctl -w net.ipv4.icmp_ratelimit=010 ; sysctl -w net.ipv4.icmp_ratelimit=09 ; sysctl -w net.ipv4.icmp_ratelimit=1e3 ; sysctl -w net.ipv4.icmp_ratelimit=+5 ; sysctl -w net.ipv4.icmp_ratelimit='1 2' ; sysctl -w net.ipv4.icmp_ratelimit='1	2' ; sysctl -w net.ipv4.icmp_ratelimit=' 3' ; sysctl -w net.ipv4.icmp_ratelimit='3 ' ; sysctl -w net.ipv4.icmp_ratelimit='' ; sysctl -w net.ipv4.icmp_ratelimit=x ; sysctl -w net.ipv4.icmp_ratelimit=1x ; sysctl -w net.ipv4.icmp_ratelimit='٣' ; sysctl net.ipv4.icmp_ratelimit
$ sysctl -w net.ipv4.icmp_ratemask=0 ; sysctl -w net.ipv4.icmp_ratemask=1 ; sysctl -w net.ipv4.icmp_ratemask=-1 ; sysctl -w net.ipv4.icmp_ratemask=2 ; sysctl -w net.ipv4.icmp_ratemask=255 ; sysctl -w net.ipv4.icmp_ratemask=256 ; sysctl -w net.ipv4.icmp_ratemask=65535 ; sysctl -w net.ipv4.icmp_ratemask=65536 ; sysctl -w net.ipv4.icmp_ratemask=2147483647 ; sysctl -w net.ipv4.icmp_ratemask=2147483648 ; sysctl -w net.ipv4.icmp_ratemask=4294967295 ; sysctl -w net.ipv4.icmp_ratemask=4294967296 ; sysctl -w net.ipv4.icmp_ratemask=-2147483648 ; sysctl -w net.ipv4.icmp_ratemask=-2147483649 ; sysctl net.ipv4.icmp_ratemask
$ sysctl -w net.ipv4.icmp_ratemask=0x7f ; sysctl -w net.ipv4.icmp_ratemask=0X7F ; sysctl -w net.ipv4.icmp_ratemask=010 ; sysctl -w net.ipv4.icmp_ratemask=09 ; sysctl -w net.ipv4.icmp_ratemask=1e3 ; sysctl -w net.ipv4.icmp_ratemask=+5 ; sysctl -w net.ipv4.icmp_ratemask='1 2' ; sysctl -w net.ipv4.icmp_ratemask='1	2' ; sysctl -w net.ipv4.icmp_ratemask=' 3' ; sysctl -w net.ipv4.icmp_ratemask='3 ' ; sysctl -w net.ipv4.icmp_ratemask='' ; sysctl -w net.ipv4.icmp_ratemask=x ; sysctl -w net.ipv4.icmp_ratemask=1x ; sysctl -w net.ipv4.icmp_ratemask='٣' ; sysctl net.ipv4.icmp_ratemask
$ sysctl -w net.ipv4.ip_default_ttl=0 ; sysctl -w net.ipv4.ip_default_ttl=1 ; sysctl -w net.ipv4.ip_default_ttl=-1 ; sysctl -w net.ipv4.ip_default_ttl=2 ; sysctl -w net.ipv4.ip_default_ttl=255 ; sysctl -w net.ipv4.ip_default_ttl=256 ; sysctl -w net.ipv4.ip_default_ttl=65535 ; sysctl -w net.ipv4.ip_default_ttl=65536 ; sysctl -w net.ipv4.ip_default_ttl=2147483647 ; sysctl -w net.ipv4.ip_default_ttl=2147483648 ; sysctl -w net.ipv4.ip_default_ttl=4294967295 ; sysctl -w net.ipv4.ip_default_ttl=4294967296 ; sysctl -w net.ipv4.ip_default_ttl=-2147483648 ; sysctl -w net.ipv4.ip_default_ttl=-2147483649 ; sysctl net.ipv4.ip_default_ttl
$ sysctl -w net.ipv4.ip_default_ttl=0x7f ; sysctl -w net.ipv4.ip_default_ttl=0X7F ; sysctl -w net.ipv4.ip_default_ttl=010 ; sysctl -w net.ipv4.ip_default_ttl=09 ; sysctl -w net.ipv4.ip_default_ttl=1e3 ; sysctl -w net.ipv4.ip_default_ttl=+5 ; sysctl -w net.ipv4.ip_default_ttl='1 2' ; sysctl -w net.ipv4.ip_default_ttl='1	2' ; sysctl -w net.ipv4.ip_default_ttl=' 3' ; sysctl -w net.ipv4.ip_default_ttl='3 ' ; sysctl -w net.ipv4.ip_default_ttl='' ; sysctl -w net.ipv4.ip_default_ttl=x ; sysctl -w net.ipv4.ip_default_ttl=1x ; sysctl -w net.ipv4.ip_default_ttl='٣' ; sysctl net.ipv4.ip_default_ttl
$ sysctl -w net.ipv4.ip_forward=0 ; sysctl -w net.ipv4.ip_forward=1 ; sysctl -w net.ipv4.ip_forward=-1 ; sysctl -w net.ipv4.ip_forward=2 ; sysctl -w net.ipv4.ip_forward=255 ; sysctl -w net.ipv4.ip_forward=256 ; sysctl -w net.ipv4.ip_forward=65535 ; sysctl -w net.ipv4.ip_forward=65536 ; sysctl -w net.ipv4.ip_forward=2147483647 ; sysctl -w net.ipv4.ip_forward=2147483648 ; sysctl -w net.ipv4.ip_forward=4294967295 ; sysctl -w net.ipv4.ip_forward=4294967296 ; sysctl -w net.ipv4.ip_forward=-2147483648 ; sysctl -w net.ipv4.ip_forward=-2147483649 ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=0x7f ; sysctl -w net.ipv4.ip_forward=0X7F ; sysctl -w net.ipv4.ip_forward=010 ; sysctl -w net.ipv4.ip_forward=09 ; sysctl -w net.ipv4.ip_forward=1e3 ; sysctl -w net.ipv4.ip_forward=+5 ; sysctl -w net.ipv4.ip_forward='1 2' ; sysctl -w net.ipv4.ip_forward='1	2' ; sysctl -w net.ipv4.ip_forward=' 3' ; sysctl -w net.ipv4.ip_forward='3 ' ; sysctl -w net.ipv4.ip_forward='' ; sysctl -w net.ipv4.ip_forward=x ; sysctl -w net.ipv4.ip_forward=1x ; sysctl -w net.ipv4.ip_forward='٣' ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward_update_priority=0 ; sysctl -w net.ipv4.ip_forward_update_priority=1 ; sysctl -w net.ipv4.ip_forward_update_priority=-1 ; sysctl -w net.ipv4.ip_forward_update_priority=2 ; sysctl -w net.ipv4.ip_forward_update_priority=255 ; sysctl -w net.ipv4.ip_forward_update_priority=256 ; sysctl -w net.ipv4.ip_forward_update_priority=65535 ; sysctl -w net.ipv4.ip_forward_update_priority=65536 ; sysctl -w net.ipv4.ip_forward_update_priority=2147483647 ; sysctl -w net.ipv4.ip_forward_update_priority=2147483648 ; sysctl -w net.ipv4.ip_forward_update_priority=4294967295 ; sysctl -w net.ipv4.ip_forward_update_priority=4294967296 ; sysctl -w net.ipv4.ip_forward_update_priority=-2147483648 ; sysctl -w net.ipv4.ip_forward_update_priority=-2147483649 ; sysctl net.ipv4.ip_forward_update_priority
$ sysctl -w net.ipv4.ip_forward_update_priority=0x7f ; sysctl -w net.ipv4.ip_forward_update_priority=0X7F ; sysctl -w net.ipv4.ip_forward_update_priority=010 ; sysctl -w net.ipv4.ip_forward_update_priority=09 ; sysctl -w net.ipv4.ip_forward_update_priority=1e3 ; sysctl -w net.ipv4.ip_forward_update_priority=+5 ; sysctl -w net.ipv4.ip_forward_update_priority='1 2' ; sysctl -w net.ipv4.ip_forward_update_priority='1	2' ; sysctl -w net.ipv4.ip_forward_update_priority=' 3' ; sysctl -w net.ipv4.ip_forward_update_priority='3 ' ; sysctl -w net.ipv4.ip_forward_update_priority='' ; sysctl -w net.ipv4.ip_forward_update_priority=x ; sysctl -w net.ipv4.ip_forward_update_priority=1x ; sysctl -w net.ipv4.ip_forward_update_priority='٣' ; sysctl net.ipv4.ip_forward_update_priority
$ sysctl -w net.ipv4.ip_forward_use_pmtu=0 ; sysctl -w net.ipv4.ip_forward_use_pmtu=1 ; sysctl -w net.ipv4.ip_forward_use_pmtu=-1 ; sysctl -w net.ipv4.ip_forward_use_pmtu=2 ; sysctl -w net.ipv4.ip_forward_use_pmtu=255 ; sysctl -w net.ipv4.ip_forward_use_pmtu=256 ; sysctl -w net.ipv4.ip_forward_use_pmtu=65535 ; sysctl -w net.ipv4.ip_forward_use_pmtu=65536 ; sysctl -w net.ipv4.ip_forward_use_pmtu=2147483647 ; sysctl -w net.ipv4.ip_forward_use_pmtu=2147483648 ; sysctl -w net.ipv4.ip_forward_use_pmtu=4294967295 ; sysctl -w net.ipv4.ip_forward_use_pmtu=4294967296 ; sysctl -w net.ipv4.ip_forward_use_pmtu=-2147483648 ; sysctl -w net.ipv4.ip_forward_use_pmtu=-2147483649 ; sysctl net.ipv4.ip_forward_use_pmtu
$ sysctl -w net.ipv4.ip_forward_use_pmtu=0x7f ; sysctl -w net.ipv4.ip_forward_use_pmtu=0X7F ; sysctl -w net.ipv4.ip_forward_use_pmtu=010 ; sysctl -w net.ipv4.ip_forward_use_pmtu=09 ; sysctl -w net.ipv4.ip_forward_use_pmtu=1e3 ; sysctl -w net.ipv4.ip_forward_use_pmtu=+5 ; sysctl -w net.ipv4.ip_forward_use_pmtu='1 2' ; sysctl -w net.ipv4.ip_forward_use_pmtu='1	2' ; sysctl -w net.ipv4.ip_forward_use_pmtu=' 3' ; sysctl -w net.ipv4.ip_forward_use_pmtu='3 ' ; sysctl -w net.ipv4.ip_forward_use_pmtu='' ; sysctl -w net.ipv4.ip_forward_use_pmtu=x ; sysctl -w net.ipv4.ip_forward_use_pmtu=1x ; sysctl -w net.ipv4.ip_forward_use_pmtu='٣' ; sysctl net.ipv4.ip_forward_use_pmtu
$ sysctl -w net.ipv4.ipfrag_high_thresh=0 ; sysctl -w net.ipv4.ipfrag_high_thresh=1 ; sysctl -w net.ipv4.ipfrag_high_thresh=-1 ; sysctl -w net.ipv4.ipfrag_high_thresh=2 ; sysctl -w net.ipv4.ipfrag_high_thresh=255 ; sysctl -w net.ipv4.ipfrag_high_thresh=256 ; sysctl -w net.ipv4.ipfrag_high_thresh=65535 ; sysctl -w net.ipv4.ipfrag_high_thresh=65536 ; sysctl -w net.ipv4.ipfrag_high_thresh=2147483647 ; sysctl -w net.ipv4.ipfrag_high_thresh=2147483648 ; sysctl -w net.ipv4.ipfrag_high_thresh=4294967295 ; sysctl -w net.ipv4.ipfrag_high_thresh=4294967296 ; sysctl -w net.ipv4.ipfrag_high_thresh=-2147483648 ; sysctl -w net.ipv4.ipfrag_high_thresh=-2147483649 ; sysctl net.ipv4.ipfrag_high_thresh
$ sysctl -w net.ipv4.ipfrag_high_thresh=0x7f ; sysctl -w net.ipv4.ipfrag_high_thresh=0X7F ; sysctl -w net.ipv4.ipfrag_high_thresh=010 ; sysctl -w net.ipv4.ipfrag_high_thresh=09 ; sysctl -w net.ipv4.ipfrag_high_thresh=1e3 ; sysctl -w net.ipv4.ipfrag_high_thresh=+5 ; sysctl -w net.ipv4.ipfrag_high_thresh='1 2' ; sysctl -w net.ipv4.ipfrag_high_thresh='1	2' ; sysctl -w net.ipv4.ipfrag_high_thresh=' 3' ; sysctl -w net.ipv4.ipfrag_high_thresh='3 ' ; sysctl -w net.ipv4.ipfrag_high_thresh='' ; sysctl -w net.ipv4.ipfrag_high_thresh=x ; sysctl -w net.ipv4.ipfrag_high_thresh=1x ; sysctl -w net.ipv4.ipfrag_high_thresh='٣' ; sysctl net.ipv4.ipfrag_high_thresh
$ sysctl -w net.ipv4.ipfrag_low_thresh=0 ; sysctl -w net.ipv4.ipfrag_low_thresh=1 ; sysctl -w net.ipv4.ipfrag_low_thresh=-1 ; sysctl -w net.ipv4.ipfrag_low_thresh=2 ; sysctl -w net.ipv4.ipfrag_low_thresh=255 ; sysctl -w net.ipv4.ipfrag_low_thresh=256 ; sysctl -w net.ipv4.ipfrag_low_thresh=65535 ; sysctl -w net.ipv4.ipfrag_low_thresh=65536 ; sysctl -w net.ipv4.ipfrag_low_thresh=2147483647 ; sysctl -w net.ipv4.ipfrag_low_thresh=2147483648 ; sysctl -w net.ipv4.ipfrag_low_thresh=4294967295 ; sysctl -w net.ipv4.ipfrag_low_thresh=4294967296 ; sysctl -w net.ipv4.ipfrag_low_thresh=-2147483648 ; sysctl -w net.ipv4.ipfrag_low_thresh=-2147483649 ; sysctl net.ipv4.ipfrag_low_thresh
$ sysctl -w net.ipv4.ipfrag_low_thresh=0x7f ; sysctl -w net.ipv4.ipfrag_low_thresh=0X7F ; sysctl -w net.ipv4.ipfrag_low_thresh=010 ; sysctl -w net.ipv4.ipfrag_low_thresh=09 ; sysctl -w net.ipv4.ipfrag_low_thresh=1e3 ; sysctl -w net.ipv4.ipfrag_low_thresh=+5 ; sysctl -w net.ipv4.ipfrag_low_thresh='1 2' ; sysctl -w net.ipv4.ipfrag_low_thresh='1	2' ; sysctl -w net.ipv4.ipfrag_low_thresh=' 3' ; sysctl -w net.ipv4.ipfrag_low_thresh='3 ' ; sysctl -w net.ipv4.ipfrag_low_thresh='' ; sysctl -w net.ipv4.ipfrag_low_thresh=x ; sysctl -w net.ipv4.ipfrag_low_thresh=1x ; sysctl -w net.ipv4.ipfrag_low_thresh='٣' ; sysctl net.ipv4.ipfrag_low_thresh
$ sysctl -w net.ipv4.ipfrag_max_dist=0 ; sysctl -w net.ipv4.ipfrag_max_dist=1 ; sysctl -w net.ipv4.ipfrag_max_dist=-1 ; sysctl -w net.ipv4.ipfrag_max_dist=2 ; sysctl -w net.ipv4.ipfrag_max_dist=255 ; sysctl -w net.ipv4.ipfrag_max_dist=256 ; sysctl -w net.ipv4.ipfrag_max_dist=65535 ; sysctl -w net.ipv4.ipfrag_max_dist=65536 ; sysctl -w net.ipv4.ipfrag_max_dist=2147483647 ; sysctl -w net.ipv4.ipfrag_max_dist=2147483648 ; sysctl -w net.ipv4.ipfrag_max_dist=4294967295 ; sysctl -w net.ipv4.ipfrag_max_dist=4294967296 ; sysctl -w net.ipv4.ipfrag_max_dist=-2147483648 ; sysctl -w net.ipv4.ipfrag_max_dist=-2147483649 ; sysctl net.ipv4.ipfrag_max_dist
$ sysctl -w net.ipv4.ipfrag_max_dist=0x7f ; sysctl -w net.ipv4.ipfrag_max_dist=0X7F ; sysctl -w net.ipv4.ipfrag_max_dist=010 ; sysctl -w net.ipv4.ipfrag_max_dist=09 ; sysctl -w net.ipv4.ipfrag_max_dist=1e3 ; sysctl -w net.ipv4.ipfrag_max_dist=+5 ; sysctl -w net.ipv4.ipfrag_max_dist='1 2' ; sysctl -w net.ipv4.ipfrag_max_dist='1	2' ; sysctl -w net.ipv4.ipfrag_max_dist=' 3' ; sysctl -w net.ipv4.ipfrag_max_dist='3 ' ; sysctl -w net.ipv4.ipfrag_max_dist='' ; sysctl -w net.ipv4.ipfrag_max_dist=x ; sysctl -w net.ipv4.ipfrag_max_dist=1x ; sysctl -w net.ipv4.ipfrag_max_dist='٣' ; sysctl net.ipv4.ipfrag_max_dist
$ sysctl -w net.ipv4.ipfrag_time=0 ; sysctl -w net.ipv4.ipfrag_time=1 ; sysctl -w net.ipv4.ipfrag_time=-1 ; sysctl -w net.ipv4.ipfrag_time=2 ; sysctl -w net.ipv4.ipfrag_time=255 ; sysctl -w net.ipv4.ipfrag_time=256 ; sysctl -w net.ipv4.ipfrag_time=65535 ; sysctl -w net.ipv4.ipfrag_time=65536 ; sysctl -w net.ipv4.ipfrag_time=2147483647 ; sysctl -w net.ipv4.ipfrag_time=2147483648 ; sysctl -w net.ipv4.ipfrag_time=4294967295 ; sysctl -w net.ipv4.ipfrag_time=4294967296 ; sysctl -w net.ipv4.ipfrag_time=-2147483648 ; sysctl -w net.ipv4.ipfrag_time=-2147483649 ; sysctl net.ipv4.ipfrag_time
$ sysctl -w net.ipv4.ipfrag_time=0x7f ; sysctl -w net.ipv4.ipfrag_time=0X7F ; sysctl -w net.ipv4.ipfrag_time=010 ; sysctl -w net.ipv4.ipfrag_time=09 ; sysctl -w net.ipv4.ipfrag_time=1e3 ; sysctl -w net.ipv4.ipfrag_time=+5 ; sysctl -w net.ipv4.ipfrag_time='1 2' ; sysctl -w net.ipv4.ipfrag_time='1	2' ; sysctl -w net.ipv4.ipfrag_time=' 3' ; sysctl -w net.ipv4.ipfrag_time='3 ' ; sysctl -w net.ipv4.ipfrag_time='' ; sysctl -w net.ipv4.ipfrag_time=x ; sysctl -w net.ipv4.ipfrag_time=1x ; sysctl -w net.ipv4.ipfrag_time='٣' ; sysctl net.ipv4.ipfrag_time
$ sysctl -w net.netfilter.nf_conntrack_acct=0 ; sysctl -w net.netfilter.nf_conntrack_acct=1 ; sysctl -w net.netfilter.nf_conntrack_acct=-1 ; sysctl -w net.netfilter.nf_conntrack_acct=2 ; sysctl -w net.netfilter.nf_conntrack_acct=255 ; sysctl -w net.netfilter.nf_conntrack_acct=256 ; sysctl -w net.netfilter.nf_conntrack_acct=65535 ; sysctl -w net.netfilter.nf_conntrack_acct=65536 ; sysctl -w net.netfilter.nf_conntrack_acct=2147483647 ; sysctl -w net.netfilter.nf_conntrack_acct=2147483648 ; sysctl -w net.netfilter.nf_conntrack_acct=4294967295 ; sysctl -w net.netfilter.nf_conntrack_acct=4294967296 ; sysctl -w net.netfilter.nf_conntrack_acct=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_acct=-2147483649 ; sysctl net.netfilter.nf_conntrack_acct
$ sysctl -w net.netfilter.nf_conntrack_acct=0x7f ; sysctl -w net.netfilter.nf_conntrack_acct=0X7F ; sysctl -w net.netfilter.nf_conntrack_acct=010 ; sysctl -w net.netfilter.nf_conntrack_acct=09 ; sysctl -w net.netfilter.nf_conntrack_acct=1e3 ; sysctl -w net.netfilter.nf_conntrack_acct=+5 ; sysctl -w net.netfilter.nf_conntrack_acct='1 2' ; sysctl -w net.netfilter.nf_conntrack_acct='1	2' ; sysctl -w net.netfilter.nf_conntrack_acct=' 3' ; sysctl -w net.netfilter.nf_conntrack_acct='3 ' ; sysctl -w net.netfilter.nf_conntrack_acct='' ; sysctl -w net.netfilter.nf_conntrack_acct=x ; sysctl -w net.netfilter.nf_conntrack_acct=1x ; sysctl -w net.netfilter.nf_conntrack_acct='٣' ; sysctl net.netfilter.nf_conntrack_acct
$ sysctl -w net.netfilter.nf_conntrack_buckets=0 ; sysctl -w net.netfilter.nf_conntrack_buckets=1 ; sysctl -w net.netfilter.nf_conntrack_buckets=-1 ; sysctl -w net.netfilter.nf_conntrack_buckets=2 ; sysctl -w net.netfilter.nf_conntrack_buckets=255 ; sysctl -w net.netfilter.nf_conntrack_buckets=256 ; sysctl -w net.netfilter.nf_conntrack_buckets=65535 ; sysctl -w net.netfilter.nf_conntrack_buckets=65536 ; sysctl -w net.netfilter.nf_conntrack_buckets=2147483647 ; sysctl -w net.netfilter.nf_conntrack_buckets=2147483648 ; sysctl -w net.netfilter.nf_conntrack_buckets=4294967295 ; sysctl -w net.netfilter.nf_conntrack_buckets=4294967296 ; sysctl -w net.netfilter.nf_conntrack_buckets=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_buckets=-2147483649 ; sysctl net.netfilter.nf_conntrack_buckets
$ sysctl -w net.netfilter.nf_conntrack_buckets=0x7f ; sysctl -w net.netfilter.nf_conntrack_buckets=0X7F ; sysctl -w net.netfilter.nf_conntrack_buckets=010 ; sysctl -w net.netfilter.nf_conntrack_buckets=09 ; sysctl -w net.netfilter.nf_conntrack_buckets=1e3 ; sysctl -w net.netfilter.nf_conntrack_buckets=+5 ; sysctl -w net.netfilter.nf_conntrack_buckets='1 2' ; sysctl -w net.netfilter.nf_conntrack_buckets='1	2' ; sysctl -w net.netfilter.nf_conntrack_buckets=' 3' ; sysctl -w net.netfilter.nf_conntrack_buckets='3 ' ; sysctl -w net.netfilter.nf_conntrack_buckets='' ; sysctl -w net.netfilter.nf_conntrack_buckets=x ; sysctl -w net.netfilter.nf_conntrack_buckets=1x ; sysctl -w net.netfilter.nf_conntrack_buckets='٣' ; sysctl net.netfilter.nf_conntrack_buckets
$ sysctl -w net.netfilter.nf_conntrack_checksum=0 ; sysctl -w net.netfilter.nf_conntrack_checksum=1 ; sysctl -w net.netfilter.nf_conntrack_checksum=-1 ; sysctl -w net.netfilter.nf_conntrack_checksum=2 ; sysctl -w net.netfilter.nf_conntrack_checksum=255 ; sysctl -w net.netfilter.nf_conntrack_checksum=256 ; sysctl -w net.netfilter.nf_conntrack_checksum=65535 ; sysctl -w net.netfilter.nf_conntrack_checksum=65536 ; sysctl -w net.netfilter.nf_conntrack_checksum=2147483647 ; sysctl -w net.netfilter.nf_conntrack_checksum=2147483648 ; sysctl -w net.netfilter.nf_conntrack_checksum=4294967295 ; sysctl -w net.netfilter.nf_conntrack_checksum=4294967296 ; sysctl -w net.netfilter.nf_conntrack_checksum=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_checksum=-2147483649 ; sysctl net.netfilter.nf_conntrack_checksum
$ sysctl -w net.netfilter.nf_conntrack_checksum=0x7f ; sysctl -w net.netfilter.nf_conntrack_checksum=0X7F ; sysctl -w net.netfilter.nf_conntrack_checksum=010 ; sysctl -w net.netfilter.nf_conntrack_checksum=09 ; sysctl -w net.netfilter.nf_conntrack_checksum=1e3 ; sysctl -w net.netfilter.nf_conntrack_checksum=+5 ; sysctl -w net.netfilter.nf_conntrack_checksum='1 2' ; sysctl -w net.netfilter.nf_conntrack_checksum='1	2' ; sysctl -w net.netfilter.nf_conntrack_checksum=' 3' ; sysctl -w net.netfilter.nf_conntrack_checksum='3 ' ; sysctl -w net.netfilter.nf_conntrack_checksum='' ; sysctl -w net.netfilter.nf_conntrack_checksum=x ; sysctl -w net.netfilter.nf_conntrack_checksum=1x ; sysctl -w net.netfilter.nf_conntrack_checksum='٣' ; sysctl net.netfilter.nf_conntrack_checksum
$ sysctl -w net.netfilter.nf_conntrack_count=0 ; sysctl -w net.netfilter.nf_conntrack_count=1 ; sysctl -w net.netfilter.nf_conntrack_count=-1 ; sysctl -w net.netfilter.nf_conntrack_count=2 ; sysctl -w net.netfilter.nf_conntrack_count=255 ; sysctl -w net.netfilter.nf_conntrack_count=256 ; sysctl -w net.netfilter.nf_conntrack_count=65535 ; sysctl -w net.netfilter.nf_conntrack_count=65536 ; sysctl -w net.netfilter.nf_conntrack_count=2147483647 ; sysctl -w net.netfilter.nf_conntrack_count=2147483648 ; sysctl -w net.netfilter.nf_conntrack_count=4294967295 ; sysctl -w net.netfilter.nf_conntrack_count=4294967296 ; sysctl -w net.netfilter.nf_conntrack_count=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_count=-2147483649 ; sysctl net.netfilter.nf_conntrack_count
$ sysctl -w net.netfilter.nf_conntrack_count=0x7f ; sysctl -w net.netfilter.nf_conntrack_count=0X7F ; sysctl -w net.netfilter.nf_conntrack_count=010 ; sysctl -w net.netfilter.nf_conntrack_count=09 ; sysctl -w net.netfilter.nf_conntrack_count=1e3 ; sysctl -w net.netfilter.nf_conntrack_count=+5 ; sysctl -w net.netfilter.nf_conntrack_count='1 2' ; sysctl -w net.netfilter.nf_conntrack_count='1	2' ; sysctl -w net.netfilter.nf_conntrack_count=' 3' ; sysctl -w net.netfilter.nf_conntrack_count='3 ' ; sysctl -w net.netfilter.nf_conntrack_count='' ; sysctl -w net.netfilter.nf_conntrack_count=x ; sysctl -w net.netfilter.nf_conntrack_count=1x ; sysctl -w net.netfilter.nf_conntrack_count='٣' ; sysctl net.netfilter.nf_conntrack_count
$ sysctl -w net.netfilter.nf_conntrack_events=0 ; sysctl -w net.netfilter.nf_conntrack_events=1 ; sysctl -w net.netfilter.nf_conntrack_events=-1 ; sysctl -w net.netfilter.nf_conntrack_events=2 ; sysctl -w net.netfilter.nf_conntrack_events=255 ; sysctl -w net.netfilter.nf_conntrack_events=256 ; sysctl -w net.netfilter.nf_conntrack_events=65535 ; sysctl -w net.netfilter.nf_conntrack_events=65536 ; sysctl -w net.netfilter.nf_conntrack_events=2147483647 ; sysctl -w net.netfilter.nf_conntrack_events=2147483648 ; sysctl -w net.netfilter.nf_conntrack_events=4294967295 ; sysctl -w net.netfilter.nf_conntrack_events=4294967296 ; sysctl -w net.netfilter.nf_conntrack_events=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_events=-2147483649 ; sysctl net.netfilter.nf_conntrack_events
$ sysctl -w net.netfilter.nf_conntrack_events=0x7f ; sysctl -w net.netfilter.nf_conntrack_events=0X7F ; sysctl -w net.netfilter.nf_conntrack_events=010 ; sysctl -w net.netfilter.nf_conntrack_events=09 ; sysctl -w net.netfilter.nf_conntrack_events=1e3 ; sysctl -w net.netfilter.nf_conntrack_events=+5 ; sysctl -w net.netfilter.nf_conntrack_events='1 2' ; sysctl -w net.netfilter.nf_conntrack_events='1	2' ; sysctl -w net.netfilter.nf_conntrack_events=' 3' ; sysctl -w net.netfilter.nf_conntrack_events='3 ' ; sysctl -w net.netfilter.nf_conntrack_events='' ; sysctl -w net.netfilter.nf_conntrack_events=x ; sysctl -w net.netfilter.nf_conntrack_events=1x ; sysctl -w net.netfilter.nf_conntrack_events='٣' ; sysctl net.netfilter.nf_conntrack_events
$ sysctl -w net.netfilter.nf_conntrack_expect_max=0 ; sysctl -w net.netfilter.nf_conntrack_expect_max=1 ; sysctl -w net.netfilter.nf_conntrack_expect_max=-1 ; sysctl -w net.netfilter.nf_conntrack_expect_max=2 ; sysctl -w net.netfilter.nf_conntrack_expect_max=255 ; sysctl -w net.netfilter.nf_conntrack_expect_max=256 ; sysctl -w net.netfilter.nf_conntrack_expect_max=65535 ; sysctl -w net.netfilter.nf_conntrack_expect_max=65536 ; sysctl -w net.netfilter.nf_conntrack_expect_max=2147483647 ; sysctl -w net.netfilter.nf_conntrack_expect_max=2147483648 ; sysctl -w net.netfilter.nf_conntrack_expect_max=4294967295 ; sysctl -w net.netfilter.nf_conntrack_expect_max=4294967296 ; sysctl -w net.netfilter.nf_conntrack_expect_max=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_expect_max=-2147483649 ; sysctl net.netfilter.nf_conntrack_expect_max
$ sysctl -w net.netfilter.nf_conntrack_expect_max=0x7f ; sysctl -w net.netfilter.nf_conntrack_expect_max=0X7F ; sysctl -w net.netfilter.nf_conntrack_expect_max=010 ; sysctl -w net.netfilter.nf_conntrack_expect_max=09 ; sysctl -w net.netfilter.nf_conntrack_expect_max=1e3 ; sysctl -w net.netfilter.nf_conntrack_expect_max=+5 ; sysctl -w net.netfilter.nf_conntrack_expect_max='1 2' ; sysctl -w net.netfilter.nf_conntrack_expect_max='1	2' ; sysctl -w net.netfilter.nf_conntrack_expect_max=' 3' ; sysctl -w net.netfilter.nf_conntrack_expect_max='3 ' ; sysctl -w net.netfilter.nf_conntrack_expect_max='' ; sysctl -w net.netfilter.nf_conntrack_expect_max=x ; sysctl -w net.netfilter.nf_conntrack_expect_max=1x ; sysctl -w net.netfilter.nf_conntrack_expect_max='٣' ; sysctl net.netfilter.nf_conntrack_expect_max
$ sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=0 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=1 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=-1 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=2 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=255 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=256 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=65535 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=65536 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=2147483647 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=2147483648 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=4294967295 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=4294967296 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=-2147483649 ; sysctl net.netfilter.nf_conntrack_frag6_high_thresh
$ sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=0x7f ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=0X7F ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=010 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=09 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=1e3 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=+5 ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh='1 2' ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh='1	2' ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=' 3' ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh='3 ' ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh='' ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=x ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=1x ; sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh='٣' ; sysctl net.netfilter.nf_conntrack_frag6_high_thresh
$ sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=0 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=1 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=-1 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=2 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=255 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=256 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=65535 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=65536 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=2147483647 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=2147483648 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=4294967295 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=4294967296 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=-2147483649 ; sysctl net.netfilter.nf_conntrack_frag6_low_thresh
$ sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=0x7f ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=0X7F ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=010 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=09 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=1e3 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=+5 ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh='1 2' ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh='1	2' ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=' 3' ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh='3 ' ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh='' ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=x ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=1x ; sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh='٣' ; sysctl net.netfilter.nf_conntrack_frag6_low_thresh
$ sysctl -w net.netfilter.nf_conntrack_log_invalid=0 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=1 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=-1 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=2 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=255 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=256 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=65535 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=65536 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=2147483647 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=2147483648 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=4294967295 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=4294967296 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=-2147483649 ; sysctl net.netfilter.nf_conntrack_log_invalid
$ sysctl -w net.netfilter.nf_conntrack_log_invalid=0x7f ; sysctl -w net.netfilter.nf_conntrack_log_invalid=0X7F ; sysctl -w net.netfilter.nf_conntrack_log_invalid=010 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=09 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=1e3 ; sysctl -w net.netfilter.nf_conntrack_log_invalid=+5 ; sysctl -w net.netfilter.nf_conntrack_log_invalid='1 2' ; sysctl -w net.netfilter.nf_conntrack_log_invalid='1	2' ; sysctl -w net.netfilter.nf_conntrack_log_invalid=' 3' ; sysctl -w net.netfilter.nf_conntrack_log_invalid='3 ' ; sysctl -w net.netfilter.nf_conntrack_log_invalid='' ; sysctl -w net.netfilter.nf_conntrack_log_invalid=x ; sysctl -w net.netfilter.nf_conntrack_log_invalid=1x ; sysctl -w net.netfilter.nf_conntrack_log_invalid='٣' ; sysctl net.netfilter.nf_conntrack_log_invalid
$ sysctl -w net.netfilter.nf_conntrack_max=0 ; sysctl -w net.netfilter.nf_conntrack_max=1 ; sysctl -w net.netfilter.nf_conntrack_max=-1 ; sysctl -w net.netfilter.nf_conntrack_max=2 ; sysctl -w net.netfilter.nf_conntrack_max=255 ; sysctl -w net.netfilter.nf_conntrack_max=256 ; sysctl -w net.netfilter.nf_conntrack_max=65535 ; sysctl -w net.netfilter.nf_conntrack_max=65536 ; sysctl -w net.netfilter.nf_conntrack_max=2147483647 ; sysctl -w net.netfilter.nf_conntrack_max=2147483648 ; sysctl -w net.netfilter.nf_conntrack_max=4294967295 ; sysctl -w net.netfilter.nf_conntrack_max=4294967296 ; sysctl -w net.netfilter.nf_conntrack_max=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_max=-2147483649 ; sysctl net.netfilter.nf_conntrack_max
$ sysctl -w net.netfilter.nf_conntrack_max=0x7f ; sysctl -w net.netfilter.nf_conntrack_max=0X7F ; sysctl -w net.netfilter.nf_conntrack_max=010 ; sysctl -w net.netfilter.nf_conntrack_max=09 ; sysctl -w net.netfilter.nf_conntrack_max=1e3 ; sysctl -w net.netfilter.nf_conntrack_max=+5 ; sysctl -w net.netfilter.nf_conntrack_max='1 2' ; sysctl -w net.netfilter.nf_conntrack_max='1	2' ; sysctl -w net.netfilter.nf_conntrack_max=' 3' ; sysctl -w net.netfilter.nf_conntrack_max='3 ' ; sysctl -w net.netfilter.nf_conntrack_max='' ; sysctl -w net.netfilter.nf_conntrack_max=x ; sysctl -w net.netfilter.nf_conntrack_max=1x ; sysctl -w net.netfilter.nf_conntrack_max='٣' ; sysctl net.netfilter.nf_conntrack_max
$ sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_be_liberal
$ sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal='' ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=x ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal='٣' ; sysctl net.netfilter.nf_conntrack_tcp_be_liberal
$ sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_ignore_invalid_rst
$ sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst='' ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=x ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst='٣' ; sysctl net.netfilter.nf_conntrack_tcp_ignore_invalid_rst
$ sysctl -w net.netfilter.nf_conntrack_tcp_loose=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_loose
$ sysctl -w net.netfilter.nf_conntrack_tcp_loose=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_loose='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_loose='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_loose='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_loose='' ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=x ; sysctl -w net.netfilter.nf_conntrack_tcp_loose=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_loose='٣' ; sysctl net.netfilter.nf_conntrack_tcp_loose
$ sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_max_retrans
$ sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans='' ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=x ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans='٣' ; sysctl net.netfilter.nf_conntrack_tcp_max_retrans
$ sysctl -w net.netfilter.nf_conntrack_timestamp=0 ; sysctl -w net.netfilter.nf_conntrack_timestamp=1 ; sysctl -w net.netfilter.nf_conntrack_timestamp=-1 ; sysctl -w net.netfilter.nf_conntrack_timestamp=2 ; sysctl -w net.netfilter.nf_conntrack_timestamp=255 ; sysctl -w net.netfilter.nf_conntrack_timestamp=256 ; sysctl -w net.netfilter.nf_conntrack_timestamp=65535 ; sysctl -w net.netfilter.nf_conntrack_timestamp=65536 ; sysctl -w net.netfilter.nf_conntrack_timestamp=2147483647 ; sysctl -w net.netfilter.nf_conntrack_timestamp=2147483648 ; sysctl -w net.netfilter.nf_conntrack_timestamp=4294967295 ; sysctl -w net.netfilter.nf_conntrack_timestamp=4294967296 ; sysctl -w net.netfilter.nf_conntrack_timestamp=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_timestamp=-2147483649 ; sysctl net.netfilter.nf_conntrack_timestamp
$ sysctl -w net.netfilter.nf_conntrack_timestamp=0x7f ; sysctl -w net.netfilter.nf_conntrack_timestamp=0X7F ; sysctl -w net.netfilter.nf_conntrack_timestamp=010 ; sysctl -w net.netfilter.nf_conntrack_timestamp=09 ; sysctl -w net.netfilter.nf_conntrack_timestamp=1e3 ; sysctl -w net.netfilter.nf_conntrack_timestamp=+5 ; sysctl -w net.netfilter.nf_conntrack_timestamp='1 2' ; sysctl -w net.netfilter.nf_conntrack_timestamp='1	2' ; sysctl -w net.netfilter.nf_conntrack_timestamp=' 3' ; sysctl -w net.netfilter.nf_conntrack_timestamp='3 ' ; sysctl -w net.netfilter.nf_conntrack_timestamp='' ; sysctl -w net.netfilter.nf_conntrack_timestamp=x ; sysctl -w net.netfilter.nf_conntrack_timestamp=1x ; sysctl -w net.netfilter.nf_conntrack_timestamp='٣' ; sysctl net.netfilter.nf_conntrack_timestamp
$ sysctl -w net.netfilter.nf_conntrack_frag6_timeout=0 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=1 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=-1 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=2 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=255 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=256 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=65535 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=65536 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=2147483647 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=2147483648 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=4294967295 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=4294967296 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=-2147483649 ; sysctl net.netfilter.nf_conntrack_frag6_timeout
$ sysctl -w net.netfilter.nf_conntrack_frag6_timeout=0x7f ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=0X7F ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=010 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=09 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=1e3 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=+5 ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout='1 2' ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout='1	2' ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=' 3' ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout='3 ' ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout='' ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=x ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout=1x ; sysctl -w net.netfilter.nf_conntrack_frag6_timeout='٣' ; sysctl net.netfilter.nf_conntrack_frag6_timeout
$ sysctl -w net.netfilter.nf_conntrack_generic_timeout=0 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=1 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=-1 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=2 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=255 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=256 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=65535 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=65536 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=2147483647 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=2147483648 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=4294967295 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=4294967296 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=-2147483649 ; sysctl net.netfilter.nf_conntrack_generic_timeout
$ sysctl -w net.netfilter.nf_conntrack_generic_timeout=0x7f ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=0X7F ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=010 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=09 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=1e3 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=+5 ; sysctl -w net.netfilter.nf_conntrack_generic_timeout='1 2' ; sysctl -w net.netfilter.nf_conntrack_generic_timeout='1	2' ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=' 3' ; sysctl -w net.netfilter.nf_conntrack_generic_timeout='3 ' ; sysctl -w net.netfilter.nf_conntrack_generic_timeout='' ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=x ; sysctl -w net.netfilter.nf_conntrack_generic_timeout=1x ; sysctl -w net.netfilter.nf_conntrack_generic_timeout='٣' ; sysctl net.netfilter.nf_conntrack_generic_timeout
$ sysctl -w net.netfilter.nf_conntrack_gre_timeout=0 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=1 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=-1 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=2 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=255 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=256 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=65535 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=65536 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=2147483647 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=2147483648 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=4294967295 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=4294967296 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=-2147483649 ; sysctl net.netfilter.nf_conntrack_gre_timeout
$ sysctl -w net.netfilter.nf_conntrack_gre_timeout=0x7f ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=0X7F ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=010 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=09 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=1e3 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=+5 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout='1 2' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout='1	2' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=' 3' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout='3 ' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout='' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=x ; sysctl -w net.netfilter.nf_conntrack_gre_timeout=1x ; sysctl -w net.netfilter.nf_conntrack_gre_timeout='٣' ; sysctl net.netfilter.nf_conntrack_gre_timeout
$ sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=0 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=1 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=-1 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=2 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=255 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=256 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=65535 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=65536 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=2147483647 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=2147483648 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=4294967295 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=4294967296 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=-2147483649 ; sysctl net.netfilter.nf_conntrack_gre_timeout_stream
$ sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=0x7f ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=0X7F ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=010 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=09 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=1e3 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=+5 ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream='1 2' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream='1	2' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=' 3' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream='3 ' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream='' ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=x ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream=1x ; sysctl -w net.netfilter.nf_conntrack_gre_timeout_stream='٣' ; sysctl net.netfilter.nf_conntrack_gre_timeout_stream
$ sysctl -w net.netfilter.nf_conntrack_icmp_timeout=0 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=1 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=-1 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=2 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=255 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=256 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=65535 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=65536 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=2147483647 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=2147483648 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=4294967295 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=4294967296 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=-2147483649 ; sysctl net.netfilter.nf_conntrack_icmp_timeout
$ sysctl -w net.netfilter.nf_conntrack_icmp_timeout=0x7f ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=0X7F ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=010 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=09 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=1e3 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=+5 ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout='1 2' ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout='1	2' ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=' 3' ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout='3 ' ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout='' ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=x ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout=1x ; sysctl -w net.netfilter.nf_conntrack_icmp_timeout='٣' ; sysctl net.netfilter.nf_conntrack_icmp_timeout
$ sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=0 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=1 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=-1 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=2 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=255 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=256 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=65535 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=65536 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=2147483647 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=2147483648 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=4294967295 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=4294967296 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=-2147483649 ; sysctl net.netfilter.nf_conntrack_icmpv6_timeout
$ sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=0x7f ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=0X7F ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=010 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=09 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=1e3 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=+5 ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout='1 2' ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout='1	2' ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=' 3' ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout='3 ' ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout='' ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=x ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout=1x ; sysctl -w net.netfilter.nf_conntrack_icmpv6_timeout='٣' ; sysctl net.netfilter.nf_conntrack_icmpv6_timeout
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_closed
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_closed='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_closed
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_cookie_wait
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_cookie_wait='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_cookie_wait
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_established
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_established
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=0 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=-1 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=2 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=255 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=256 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=65535 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=65536 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=2147483647 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=4294967295 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=4294967296 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=-2147483649 ; sysctl net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent
$ sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=0x7f ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=0X7F ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=010 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=09 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=1e3 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=+5 ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent='1 2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent='1	2' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=' 3' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent='3 ' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent='' ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent=1x ; sysctl -w net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent='٣' ; sysctl net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_close
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_close
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_close_wait
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close_wait='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_close_wait
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_established
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_established
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_fin_wait
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_fin_wait='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_fin_wait
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_last_ack
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_last_ack='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_last_ack
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_max_retrans
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_max_retrans
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_syn_recv
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_recv='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_syn_recv
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_syn_sent
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_syn_sent
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_time_wait
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_time_wait
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=0 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=-1 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=2 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=255 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=256 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=65535 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=65536 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=2147483647 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=4294967295 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=4294967296 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=-2147483649 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_unacknowledged
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=0x7f ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=0X7F ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=010 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=09 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=1e3 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=+5 ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged='1 2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged='1	2' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=' 3' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged='3 ' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged='' ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged=1x ; sysctl -w net.netfilter.nf_conntrack_tcp_timeout_unacknowledged='٣' ; sysctl net.netfilter.nf_conntrack_tcp_timeout_unacknowledged
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=0 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=1 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=-1 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=2 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=255 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=256 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=65535 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=65536 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=2147483647 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=2147483648 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=4294967295 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=4294967296 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=-2147483649 ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=0x7f ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=0X7F ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=010 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=09 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=1e3 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=+5 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout='1 2' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout='1	2' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=' 3' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout='3 ' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout='' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=x ; sysctl -w net.netfilter.nf_conntrack_udp_timeout=1x ; sysctl -w net.netfilter.nf_conntrack_udp_timeout='٣' ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=0 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=1 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=-1 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=2 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=255 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=256 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=65535 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=65536 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=2147483647 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=2147483648 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=4294967295 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=4294967296 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=-2147483648 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=-2147483649 ; sysctl net.netfilter.nf_conntrack_udp_timeout_stream
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=0x7f ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=0X7F ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=010 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=09 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=1e3 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=+5 ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream='1 2' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream='1	2' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=' 3' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream='3 ' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream='' ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=x ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream=1x ; sysctl -w net.netfilter.nf_conntrack_udp_timeout_stream='٣' ; sysctl net.netfilter.nf_conntrack_udp_timeout_stream
$ sysctl -w net.netfilter.nf_log.0=NONE ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.0=nf_log_ipv4 ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.0=nf_log_ipv6 ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.0=nf_log_arp ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.0=nf_log_bridge ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.0=none ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.0='' ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.0='x y' ; sysctl net.netfilter.nf_log.0
$ sysctl -w net.netfilter.nf_log.10=NONE ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.10=nf_log_ipv4 ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.10=nf_log_ipv6 ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.10=nf_log_arp ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.10=nf_log_bridge ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.10=none ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.10='' ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.10='x y' ; sysctl net.netfilter.nf_log.10
$ sysctl -w net.netfilter.nf_log.11=NONE ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.11=nf_log_ipv4 ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.11=nf_log_ipv6 ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.11=nf_log_arp ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.11=nf_log_bridge ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.11=none ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.11='' ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.11='x y' ; sysctl net.netfilter.nf_log.11
$ sysctl -w net.netfilter.nf_log.7=NONE ; sysctl net.netfilter.nf_log.7
$ sysctl -w net.netfilter.nf_log.7=nf_log_ipv4 ; sysctl net.netfilter.nf_log.7
$ sysctl -w net.netfilter.nf_log.7=nf_log_ipv6 ; sysctl net.netfilter.nf_log.7
$ sysctl -w net.netfilter.nf_log.7=nf_log_arp ; sysctl net.netfilter.nf_log.7
$ sysctl -w net.netfilter.nf_log.7=nf_log_bridge ; sysctl net.netfilter.nf_log.7
$ sysctl -w net.netfilter.nf_log.7=none ; sysctl net.netfilter.nf_log.7
$ sysctl -w net.netfilter.nf_log.7='' ; sysctl net.netfilter.nf_log.7
$ sysctl -w net.netfilter.nf_log.7='x y' ; sysctl net.netfilter.nf_log.7
$ sysctl net.nosuch ; sysctl -e net.nosuch ; sysctl -q net.nosuch ; sysctl -w net.nosuch=1 ; sysctl -e -w net.nosuch=1 ; sysctl -q -w net.nosuch=1
$ sysctl net.ipv4.nosuch ; sysctl -e net.ipv4.nosuch ; sysctl -q net.ipv4.nosuch ; sysctl -w net.ipv4.nosuch=1 ; sysctl -e -w net.ipv4.nosuch=1 ; sysctl -q -w net.ipv4.nosuch=1
$ sysctl net.ipv4.conf.all.nosuch ; sysctl -e net.ipv4.conf.all.nosuch ; sysctl -q net.ipv4.conf.all.nosuch ; sysctl -w net.ipv4.conf.all.nosuch=1 ; sysctl -e -w net.ipv4.conf.all.nosuch=1 ; sysctl -q -w net.ipv4.conf.all.nosuch=1
$ sysctl net.netfilter.nf_conntrack_nosuch ; sysctl -e net.netfilter.nf_conntrack_nosuch ; sysctl -q net.netfilter.nf_conntrack_nosuch ; sysctl -w net.netfilter.nf_conntrack_nosuch=1 ; sysctl -e -w net.netfilter.nf_conntrack_nosuch=1 ; sysctl -q -w net.netfilter.nf_conntrack_nosuch=1
$ sysctl nosuch ; sysctl -e nosuch ; sysctl -q nosuch ; sysctl -w nosuch=1 ; sysctl -e -w nosuch=1 ; sysctl -q -w nosuch=1
$ sysctl net.ipv4.conf.ifb0 ; sysctl -e net.ipv4.conf.ifb0 ; sysctl -q net.ipv4.conf.ifb0 ; sysctl -w net.ipv4.conf.ifb0=1 ; sysctl -e -w net.ipv4.conf.ifb0=1 ; sysctl -q -w net.ipv4.conf.ifb0=1
$ sysctl net.ipv4.conf.ifb1.rp_filter ; sysctl -e net.ipv4.conf.ifb1.rp_filter ; sysctl -q net.ipv4.conf.ifb1.rp_filter ; sysctl -w net.ipv4.conf.ifb1.rp_filter=1 ; sysctl -e -w net.ipv4.conf.ifb1.rp_filter=1 ; sysctl -q -w net.ipv4.conf.ifb1.rp_filter=1
$ sysctl kernel.nosuch ; sysctl -e kernel.nosuch ; sysctl -q kernel.nosuch ; sysctl -w kernel.nosuch=1 ; sysctl -e -w kernel.nosuch=1 ; sysctl -q -w kernel.nosuch=1
$ sysctl net.ipv4.conf.all.rp_filter.x ; sysctl -e net.ipv4.conf.all.rp_filter.x ; sysctl -q net.ipv4.conf.all.rp_filter.x ; sysctl -w net.ipv4.conf.all.rp_filter.x=1 ; sysctl -e -w net.ipv4.conf.all.rp_filter.x=1 ; sysctl -q -w net.ipv4.conf.all.rp_filter.x=1
$ sysctl net.ipv4.ip_forward.x ; sysctl -e net.ipv4.ip_forward.x ; sysctl -q net.ipv4.ip_forward.x ; sysctl -w net.ipv4.ip_forward.x=1 ; sysctl -e -w net.ipv4.ip_forward.x=1 ; sysctl -q -w net.ipv4.ip_forward.x=1
$ sysctl . ; sysctl -e . ; sysctl -q . ; sysctl -w .=1 ; sysctl -e -w .=1 ; sysctl -q -w .=1
$ sysctl .. ; sysctl -e .. ; sysctl -q .. ; sysctl -w ..=1 ; sysctl -e -w ..=1 ; sysctl -q -w ..=1
$ sysctl / ; sysctl -e / ; sysctl -q / ; sysctl -w /=1 ; sysctl -e -w /=1 ; sysctl -q -w /=1
$ sysctl ./ ; sysctl -e ./ ; sysctl -q ./ ; sysctl -w ./=1 ; sysctl -e -w ./=1 ; sysctl -q -w ./=1
$ sysctl // ; sysctl -e // ; sysctl -q // ; sysctl -w //=1 ; sysctl -e -w //=1 ; sysctl -q -w //=1
$ sysctl -p - <<EOF
net.ipv4.ip_forward = 1
net.ipv4.conf.ifb0.rp_filter = 2
net.ipv4.conf.default.tag = 7
EOF
$ sysctl -q -p - <<EOF
net.ipv4.ip_forward = 1
net.ipv4.conf.ifb0.rp_filter = 2
net.ipv4.conf.default.tag = 7
EOF
$ sysctl -e -p - <<EOF
net.ipv4.ip_forward = 1
net.ipv4.conf.ifb0.rp_filter = 2
net.ipv4.conf.default.tag = 7
EOF
$ sysctl -N -p - <<EOF
net.ipv4.ip_forward = 1
net.ipv4.conf.ifb0.rp_filter = 2
net.ipv4.conf.default.tag = 7
EOF
$ sysctl -n -p - <<EOF
net.ipv4.ip_forward = 1
net.ipv4.conf.ifb0.rp_filter = 2
net.ipv4.conf.default.tag = 7
EOF
$ sysctl -p - <<EOF
net.netfilter.nf_conntrack_max = 0
net.netfilter.nf_conntrack_tcp_loose = 2
-net.ipv4.conf.ifb9.tag = 1
EOF
$ sysctl -q -p - <<EOF
net.netfilter.nf_conntrack_max = 0
net.netfilter.nf_conntrack_tcp_loose = 2
-net.ipv4.conf.ifb9.tag = 1
EOF
$ sysctl -e -p - <<EOF
net.netfilter.nf_conntrack_max = 0
net.netfilter.nf_conntrack_tcp_loose = 2
-net.ipv4.conf.ifb9.tag = 1
EOF
$ sysctl -N -p - <<EOF
net.netfilter.nf_conntrack_max = 0
net.netfilter.nf_conntrack_tcp_loose = 2
-net.ipv4.conf.ifb9.tag = 1
EOF
$ sysctl -n -p - <<EOF
net.netfilter.nf_conntrack_max = 0
net.netfilter.nf_conntrack_tcp_loose = 2
-net.ipv4.conf.ifb9.tag = 1
EOF
$ sysctl -p - <<EOF
net.ipv4.conf.ifb0.forwarding = 1
net.ipv4.conf.all.forwarding = 0
net.ipv4.ip_forward=x
EOF
$ sysctl -q -p - <<EOF
net.ipv4.conf.ifb0.forwarding = 1
net.ipv4.conf.all.forwarding = 0
net.ipv4.ip_forward=x
EOF
$ sysctl -e -p - <<EOF
net.ipv4.conf.ifb0.forwarding = 1
net.ipv4.conf.all.forwarding = 0
net.ipv4.ip_forward=x
EOF
$ sysctl -N -p - <<EOF
net.ipv4.conf.ifb0.forwarding = 1
net.ipv4.conf.all.forwarding = 0
net.ipv4.ip_forward=x
EOF
$ sysctl -n -p - <<EOF
net.ipv4.conf.ifb0.forwarding = 1
net.ipv4.conf.all.forwarding = 0
net.ipv4.ip_forward=x
EOF
$ sysctl -p - <<EOF
net.ipv4.conf.*.arp_ignore = 2
net.ipv4.conf.lo.mc_forwarding = 1
net.ipv4.icmp_ratelimit = -1 2
EOF
$ sysctl -q -p - <<EOF
net.ipv4.conf.*.arp_ignore = 2
net.ipv4.conf.lo.mc_forwarding = 1
net.ipv4.icmp_ratelimit = -1 2
EOF
$ sysctl -e -p - <<EOF
net.ipv4.conf.*.arp_ignore = 2
net.ipv4.conf.lo.mc_forwarding = 1
net.ipv4.icmp_ratelimit = -1 2
EOF
$ sysctl -N -p - <<EOF
net.ipv4.conf.*.arp_ignore = 2
net.ipv4.conf.lo.mc_forwarding = 1
net.ipv4.icmp_ratelimit = -1 2
EOF
$ sysctl -n -p - <<EOF
net.ipv4.conf.*.arp_ignore = 2
net.ipv4.conf.lo.mc_forwarding = 1
net.ipv4.icmp_ratelimit = -1 2
EOF
%
