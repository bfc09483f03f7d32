# sysctl (procps-ng 4.0.2) in a fresh namespace: reads, writes, options, -p files, errors, the
# per-interface conf keys. `sysctl -a` lists every key of the kernel (net.ipv6, net.core, ... which
# we do not emulate): the cases here restrict it with -r to the families we emulate.
# nf_hooks_lwtunnel is one static key for the whole machine (once on, never off): not listed.
$ sysctl net.ipv4.ip_forward
$ sysctl -n net.ipv4.ip_forward
$ sysctl -N net.ipv4.ip_forward
$ sysctl -b net.ipv4.ip_forward
$ sysctl -e net.ipv4.ip_forward
$ sysctl -q net.ipv4.ip_forward
$ sysctl -nq net.ipv4.ip_forward
$ sysctl --values net.ipv4.ip_forward
$ sysctl --names net.ipv4.ip_forward
$ sysctl --binary net.ipv4.ip_forward
$ sysctl --quiet net.ipv4.ip_forward
$ sysctl net/ipv4/ip_forward
$ sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding
$ sysctl -w net.ipv4.ip_forward=1 ; sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.all.accept_redirects
$ sysctl -w net.ipv4.conf.all.forwarding=1 ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=1 ; sysctl -w net.ipv4.ip_forward=0 ; sysctl -r 'forwarding|redirects' net.ipv4.conf
$ sysctl net.ipv4.ip_forward=1 ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=1 net.ipv4.ip_default_ttl=99 ; sysctl net.ipv4.ip_default_ttl
$ sysctl -q -w net.ipv4.ip_forward=1 ; sysctl -n net.ipv4.ip_forward
$ sysctl -n -w net.ipv4.ip_forward=1
$ sysctl -N -w net.ipv4.ip_forward=1
$ sysctl -b -w net.ipv4.ip_forward=1
$ sysctl -w net.ipv4.ip_forward=" 1 "
$ sysctl -w "net.ipv4.ip_forward = 1"
$ sysctl -w net.ipv4.ip_forward= ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=1x
$ sysctl -w net.ipv4.ip_forward=0x1 ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=-1 ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=2 ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward="1 2" ; sysctl net.ipv4.ip_forward
$ sysctl -w net.ipv4.ip_forward=yes
$ sysctl -w net.ipv4.ip_forward
$ sysctl -w
$ sysctl -w =1
$ sysctl -w net.nosuch=1
$ sysctl -e -w net.nosuch=1
$ sysctl -q -w net.nosuch=1
$ sysctl net.nosuch
$ sysctl -e net.nosuch
$ sysctl -q net.nosuch
$ sysctl nosuch
$ sysctl net.ipv4.ip_forward net.nosuch net.ipv4.ip_default_ttl
$ sysctl -w net.ipv4.ip_forward=1 net.nosuch=1 net.ipv4.ip_default_ttl=63 ; sysctl net.ipv4.ip_default_ttl
$ sysctl net.ipv4.conf.nosuch.rp_filter
$ sysctl net.ipv4.conf.all.nosuch
$ sysctl net.ipv4.ip_forward/
$ sysctl net.ipv4.ip_forward.
$ sysctl .net.ipv4.ip_forward
$ sysctl net..ipv4.ip_forward
$ sysctl net//ipv4/ip_forward
$ sysctl -w net//ipv4/ip_forward=1
$ sysctl -w net..ipv4.ip_forward=1
$ sysctl net/ipv4/conf//lo/rp_filter
$ sysctl -N net//ipv4/ip_forward
$ sysctl net//nosuch
$ sysctl net..nosuch
$ sysctl -w net//nosuch=1
$ sysctl -w net..nosuch=1
$ sysctl -n net//ipv4/ip_forward
$ sysctl net.ipv4..conf.lo
$ sysctl net/ipv4/conf/lo//
$ sysctl net.ipv4.conf.lo..
$ sysctl -w net.ipv4.conf..lo.rp_filter=0
$ sysctl -w net.ipv4.conf.lo
$ sysctl -w -N net.ipv4.conf.lo.rp_filter=0
$ sysctl net.ipv4.conf.all
$ sysctl net.ipv4.conf.lo
$ sysctl -N net.ipv4.conf.all
$ sysctl -n net.ipv4.conf.default
$ sysctl net.ipv4.conf
$ sysctl -r rp_filter net.ipv4.conf
$ sysctl -r '^net.ipv4.conf.all' net.ipv4.conf
$ sysctl --pattern=forw net.ipv4.conf.lo
$ sysctl --pattern forw net.ipv4.conf.lo
$ sysctl -r '[' net.ipv4.conf.lo
$ sysctl -r
$ sysctl -a -r nf_conntrack
$ sysctl -a -r nf_conntrack_tcp_timeout
$ sysctl -a --pattern nf_conntrack
$ sysctl -a --pattern=nf_conntrack_max
$ sysctl -a -r '^net\.ipv4\.conf\.'
$ sysctl -a -r '^net\.ipv4\.conf\.(all|default)\.rp'
$ sysctl -a -r 'net\.ipv4\.ip_(forward|default_ttl)'
$ sysctl -N -a -r '^net\.netfilter\.nf_conntrack'
$ sysctl -n -a -r '^net\.netfilter\.nf_conntrack_tcp'
$ sysctl -A -r nf_conntrack_udp
$ sysctl -X -r nf_conntrack_udp
$ sysctl -ar nf_log
$ sysctl -a -r '^net\.ipv4\.(icmp|ipfrag)'
$ sysctl -r '^net\.netfilter\.nf_(conntrack|log)' net.netfilter
$ sysctl net.netfilter.nf_log
$ sysctl net.netfilter.nf_log.2
$ sysctl net/netfilter/nf_log/2
$ sysctl -w net.netfilter.nf_log.2=NONE ; sysctl net.netfilter.nf_log.2
$ sysctl -w net.netfilter.nf_log.2=nf_log_ipv6
$ sysctl -w net.netfilter.nf_log.2=bogus
$ sysctl -w net.netfilter.nf_hooks_lwtunnel=1 ; sysctl net.netfilter
# nf_conntrack keys: defaults for a fresh namespace, read-only ones, bad values
$ sysctl net.netfilter.nf_conntrack_max
$ sysctl net.netfilter.nf_conntrack_count
$ sysctl net.netfilter.nf_conntrack_buckets
$ sysctl net.netfilter.nf_conntrack_expect_max
$ sysctl -w net.netfilter.nf_conntrack_max=1000 ; sysctl net.netfilter.nf_conntrack_max
$ sysctl -w net.netfilter.nf_conntrack_count=5
$ sysctl -w net.netfilter.nf_conntrack_buckets=1024
$ sysctl -w net.netfilter.nf_conntrack_expect_max=10
$ sysctl -q -w net.netfilter.nf_conntrack_max=1000
$ sysctl -e -w net.netfilter.nf_conntrack_max=1000
$ sysctl net.netfilter.nf_conntrack_tcp_loose net.netfilter.nf_conntrack_tcp_be_liberal net.netfilter.nf_conntrack_tcp_max_retrans
$ sysctl -w net.netfilter.nf_conntrack_tcp_loose=0 ; sysctl net.netfilter.nf_conntrack_tcp_loose
$ sysctl -w net.netfilter.nf_conntrack_tcp_loose=2
$ sysctl -w net.netfilter.nf_conntrack_tcp_loose=-1
$ sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=1 ; sysctl net.netfilter.nf_conntrack_tcp_be_liberal
$ sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=255
$ sysctl -w net.netfilter.nf_conntrack_tcp_max_retrans=256
$ sysctl -w net.netfilter.nf_conntrack_tcp_ignore_invalid_rst=1 ; sysctl net.netfilter.nf_conntrack_tcp_ignore_invalid_rst
$ sysctl -w net.netfilter.nf_conntrack_acct=1 ; sysctl net.netfilter.nf_conntrack_acct
$ sysctl -w net.netfilter.nf_conntrack_acct=2
$ sysctl -w net.netfilter.nf_conntrack_timestamp=1 ; sysctl net.netfilter.nf_conntrack_timestamp
$ sysctl -w net.netfilter.nf_conntrack_checksum=0 ; sysctl net.netfilter.nf_conntrack_checksum
$ sysctl -w net.netfilter.nf_conntrack_events=0 ; sysctl net.netfilter.nf_conntrack_events
$ sysctl -w net.netfilter.nf_conntrack_events=3
$ sysctl -w net.netfilter.nf_conntrack_log_invalid=6 ; sysctl net.netfilter.nf_conntrack_log_invalid
$ sysctl -w net.netfilter.nf_conntrack_log_invalid=256
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=10 ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=0 ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=-5 ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589934 ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589935
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=abc
$ sysctl -w net.netfilter.nf_conntrack_udp_timeout=010 ; sysctl net.netfilter.nf_conntrack_udp_timeout
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=7200 ; sysctl net.netfilter.nf_conntrack_tcp_timeout_established
$ sysctl -w net.netfilter.nf_conntrack_tcp_timeout_syn_sent=5 net.netfilter.nf_conntrack_tcp_timeout_time_wait=7 ; sysctl -r 'syn_sent|time_wait' net.netfilter
$ sysctl -w net.netfilter.nf_conntrack_icmp_timeout=1 ; sysctl net.netfilter.nf_conntrack_icmp_timeout
$ sysctl -w net.netfilter.nf_conntrack_generic_timeout=1 ; sysctl net.netfilter.nf_conntrack_generic_timeout
$ sysctl -w net.netfilter.nf_conntrack_frag6_high_thresh=3145727
$ sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=4194305
$ sysctl -w net.netfilter.nf_conntrack_frag6_low_thresh=100 ; sysctl net.netfilter.nf_conntrack_frag6_low_thresh
$ sysctl -w net.netfilter.nf_conntrack_nosuch=1
$ sysctl -w 'net.netfilter.nf_conntrack_*_timeout=9' ; sysctl -r '_timeout$' net.netfilter
$ sysctl -w 'net.netfilter.nf_conntrack_tcp_timeout_c*=9' ; sysctl -r tcp_timeout_c net.netfilter
# net.ipv4.conf.{all,default,IFACE}; lo up first: a link that was never up (lo of a new namespace)
# still follows conf.default, lo up sets all its state bits like an address added does
% ip link set lo up
$ sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter
$ sysctl -w net.ipv4.conf.all.rp_filter=1 ; sysctl -r rp_filter net.ipv4.conf
$ sysctl -w net.ipv4.conf.all.rp_filter=2 ; sysctl net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.all.rp_filter=3 ; sysctl net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.all.rp_filter=-7 ; sysctl net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.all.rp_filter=2147483647 ; sysctl net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.all.rp_filter=2147483648
$ sysctl -w net.ipv4.conf.all.rp_filter=-2147483648 ; sysctl net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.all.rp_filter=-2147483649
$ sysctl -w net.ipv4.conf.all.rp_filter=0x10 ; sysctl net.ipv4.conf.all.rp_filter
$ sysctl -w net.ipv4.conf.all.rp_filter=1.5
$ sysctl -w net.ipv4.conf.default.rp_filter=1 ; sysctl -r rp_filter net.ipv4.conf
$ sysctl -w net.ipv4.conf.lo.rp_filter=1 ; sysctl -r rp_filter net.ipv4.conf
$ sysctl -w net.ipv4.conf.all.accept_local=1 ; sysctl -r accept_local net.ipv4.conf
$ sysctl -w net.ipv4.conf.all.log_martians=1 net.ipv4.conf.all.send_redirects=0 ; sysctl -r 'martians|send_redir' net.ipv4.conf
$ sysctl -w net.ipv4.conf.all.mc_forwarding=1
$ sysctl -w net.ipv4.conf.lo.mc_forwarding=0
$ sysctl -w net.ipv4.conf.all.route_localnet=1 ; sysctl net.ipv4.conf.all.route_localnet
$ sysctl -w net.ipv4.conf.all.promote_secondaries=1 ; sysctl -r promote net.ipv4.conf
$ sysctl -w net.ipv4.conf.all.arp_ignore=8 ; sysctl net.ipv4.conf.all.arp_ignore
$ sysctl -w net.ipv4.conf.all.tag=5 net.ipv4.conf.all.medium_id=-1 ; sysctl net.ipv4.conf.all.tag net.ipv4.conf.all.medium_id
$ sysctl -w net.ipv4.conf.all=1
$ sysctl -w net.ipv4.conf=1
$ sysctl -w net.ipv4=1
$ sysctl -w 'net.ipv4.conf.*.rp_filter=2' ; sysctl -r rp_filter net.ipv4.conf
$ sysctl -w 'net.ipv4.conf.?o.rp_filter=2' ; sysctl -r rp_filter net.ipv4.conf
$ sysctl -w 'net/ipv4/conf/*/rp_filter=2' ; sysctl -r rp_filter net.ipv4.conf
$ sysctl -w 'net.ipv4.conf.all.[rs]*_filter=1' ; sysctl -r _filter net.ipv4.conf.all
# per-interface keys appear with a link and vanish with it; conf.default is copied into new links
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl net.ipv4.conf.ifb0
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -a -r '^net\.ipv4\.conf\.'
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -N -r rp_filter net.ipv4.conf ; ip link del ifb0 ; sysctl -N -r rp_filter net.ipv4.conf ; sysctl net.ipv4.conf.ifb0.rp_filter
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link del ifb0 ; sysctl -w net.ipv4.conf.ifb0.rp_filter=1
$ ip link add eth0.10 address 02:00:00:00:03:01 type ifb ; sysctl net.ipv4.conf.eth0/10.rp_filter ; sysctl net/ipv4/conf/eth0.10/rp_filter ; sysctl -r eth0 net.ipv4.conf
$ ip link add eth0.10 address 02:00:00:00:03:01 type ifb ; sysctl -w net.ipv4.conf.eth0/10.rp_filter=2 ; sysctl -w net/ipv4/conf/eth0.10/forwarding=1 ; sysctl -r 'rp_filter|^.{0,25}forwarding' net.ipv4.conf.eth0/10
$ ip link add eth0.10 address 02:00:00:00:03:01 type ifb ; sysctl net.ipv4.conf.eth0.10.rp_filter
$ sysctl -w net.ipv4.conf.default.rp_filter=2 ; ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl net.ipv4.conf.ifb0.rp_filter
$ sysctl -w net.ipv4.conf.default.accept_local=1 net.ipv4.conf.default.log_martians=1 ; ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -r 'accept_local|log_martians' net.ipv4.conf
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -w net.ipv4.conf.default.rp_filter=2 ; sysctl net.ipv4.conf.ifb0.rp_filter net.ipv4.conf.lo.rp_filter
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -w net.ipv4.conf.ifb0.rp_filter=1 ; sysctl -w net.ipv4.conf.default.rp_filter=2 ; sysctl net.ipv4.conf.ifb0.rp_filter
$ ip link set lo up ; sysctl -w net.ipv4.conf.default.rp_filter=2 ; sysctl -r rp_filter net.ipv4.conf
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -w net.ipv4.conf.default.forwarding=1 ; sysctl -r '\.forwarding' net.ipv4.conf
$ sysctl -w net.ipv4.conf.default.forwarding=1 ; ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -r '\.forwarding' net.ipv4.conf
$ sysctl -w net.ipv4.ip_forward=1 ; ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -r '\.forwarding' net.ipv4.conf
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -w net.ipv4.conf.ifb0.forwarding=1 ; sysctl -w net.ipv4.ip_forward=1 ; sysctl -w net.ipv4.ip_forward=0 ; sysctl -r '\.forwarding' net.ipv4.conf
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 mtu 60 ; sysctl net.ipv4.conf.ifb0.rp_filter ; ip link set ifb0 mtu 1500 ; sysctl net.ipv4.conf.ifb0.rp_filter
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -w net.ipv4.conf.ifb0.rp_filter=2 ; ip link set ifb0 mtu 60 ; ip link set ifb0 mtu 1500 ; sysctl net.ipv4.conf.ifb0.rp_filter
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; sysctl -w net.ipv4.conf.ifb0.rp_filter=2 ; ip link set ifb0 name wan0 ; sysctl net.ipv4.conf.wan0.rp_filter ; sysctl net.ipv4.conf.ifb0.rp_filter
$ ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02 ; sysctl -N -r '\.tag' net.ipv4.conf ; ip link del v1 ; sysctl -N -r '\.tag' net.ipv4.conf
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip addr add 10.0.3.1/24 dev ifb0 ; sysctl -w net.ipv4.conf.default.rp_filter=2 ; sysctl net.ipv4.conf.ifb0.rp_filter
$ ip link add ifb0 address 02:00:00:00:03:01 type ifb ; ip link set ifb0 up ; sysctl -w net.ipv4.conf.default.rp_filter=2 ; sysctl net.ipv4.conf.ifb0.rp_filter
%
# other globals
$ sysctl net.ipv4.ip_default_ttl
$ sysctl -w net.ipv4.ip_default_ttl=0
$ sysctl -w net.ipv4.ip_default_ttl=255 ; sysctl net.ipv4.ip_default_ttl
$ sysctl -w net.ipv4.ip_default_ttl=256
$ sysctl -w net.ipv4.icmp_echo_ignore_all=1 ; sysctl net.ipv4.icmp_echo_ignore_all
$ sysctl -w net.ipv4.icmp_echo_ignore_all=2
$ sysctl -w net.ipv4.icmp_ratelimit=3 ; sysctl net.ipv4.icmp_ratelimit
$ sysctl -w net.ipv4.icmp_ratemask=0 ; sysctl net.ipv4.icmp_ratemask
$ sysctl -w net.ipv4.ipfrag_time=10 ; sysctl net.ipv4.ipfrag_time
$ sysctl -w net.ipv4.ipfrag_high_thresh=1000
$ sysctl -w net.ipv4.ipfrag_low_thresh=100 ; sysctl net.ipv4.ipfrag_low_thresh
# options
$ sysctl
$ sysctl -V
$ sysctl --version
$ sysctl -h
$ sysctl --help
$ sysctl -d
$ sysctl -x
$ sysctl -o
$ sysctl -z
$ sysctl --frob
$ sysctl -N -q net.ipv4.ip_forward
$ sysctl --dry-run -w net.ipv4.ip_default_ttl=99 ; sysctl net.ipv4.ip_default_ttl
$ sysctl --dry-run -w net.nosuch=1
$ sysctl --dry-run -w net.netfilter.nf_conntrack_max=5
$ sysctl --deprecated net.ipv4.ip_forward
$ sysctl -w -- net.ipv4.ip_forward=1
$ sysctl -e -q net.nosuch net.ipv4.ip_forward
# -p FILE (here the file is stdin: `-p -`, or /dev/stdin)
$ sysctl -p - <<EOF
net.ipv4.ip_forward = 1
net.ipv4.conf.all.rp_filter=2
EOF
$ sysctl -p - <<EOF
# a comment
; another comment

   net.ipv4.ip_default_ttl   =   63
	net.netfilter.nf_conntrack_udp_timeout=7	
EOF
$ sysctl -p - <<EOF
net.ipv4.ip_forward = 1
this line is bad
net.nosuch = 1
-net.nosuch2 = 1
net.ipv4.ip_default_ttl = 0
-net.ipv4.ip_default_ttl = 300
net.ipv4.conf.all.rp_filter = 6 4
EOF
$ sysctl -p /dev/stdin <<EOF
net.ipv4.ip_forward=1
EOF
$ sysctl -q -p - <<EOF
net.ipv4.ip_forward=1
net.nosuch=1
EOF
$ sysctl -e -p - <<EOF
net.ipv4.ip_forward=1
net.nosuch=1
EOF
$ sysctl -p - <<EOF
net.netfilter.nf_conntrack_max = 1000
net.netfilter.nf_conntrack_count = 7
net.netfilter.nf_conntrack_tcp_loose = 0
EOF
$ sysctl -p - <<EOF
net.ipv4.conf.*.rp_filter = 2
-net.ipv4.conf.nosuch.rp_filter = 2
EOF
$ sysctl -p - <<EOF
net.ipv4.ip_forward
=1
net.ipv4.ip_default_ttl=
EOF
$ sysctl -p - <<EOF
net.ipv4.ip_forward = 1
a line without an equals sign
EOF
$ sysctl -p - <<EOF
net.ipv4.ip_forward = 1 # trailing comment
net/ipv4/ip_default_ttl = 77
EOF
$ sysctl -p/dev/null
$ sysctl -p /nonexistent/file
$ sysctl -p /nonexistent/file /dev/null
$ sysctl --load=/dev/null
$ sysctl -f /dev/null
$ sysctl -p - net.ipv4.ip_forward=1 <<EOF
net.ipv4.ip_default_ttl=9
EOF
# settings without a name: one shorter than 2 characters (leading blanks aside) is skipped in silence
# (status 1), any other is 'Path is not under /proc/sys/', also in a file
$ sysctl -w x
$ sysctl -w " x"
$ sysctl -w =
$ sysctl -w " ="
$ sysctl -w "= "
$ sysctl -w " = "
$ sysctl -w =1
$ sysctl -w ab
$ sysctl -w "a b"
$ sysctl -p - <<END
=
 = 
=1
x
END
