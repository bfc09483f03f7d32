# listings, restores and shared state of rpfilter, socket, cpu, devgroup, connlabel, realm, cgroup,
# cluster, osf, ipcomp, nfacct, ipvs, rateest, TPROXY, TCPOPTSTRIP, ECN, HMARK, RATEEST, SYNPROXY, CLUSTERIP
$ iptables -t mangle -A PREROUTING -m rpfilter --loose --validmark --accept-local --invert ; iptables -t mangle -A PREROUTING -m rpfilter ; iptables -t mangle -L -n ; iptables -t mangle -L ; iptables -t mangle -L PREROUTING -v -n
$ iptables -v -t mangle -A PREROUTING -m rpfilter
$ iptables-restore <<END
*mangle
-A PREROUTING -m rpfilter --loose
-A INPUT -m rpfilter
COMMIT
END
$ iptables -t mangle -N x ; iptables -t mangle -A x -m rpfilter ; iptables -t mangle -A PREROUTING -j x ; iptables -t mangle -A INPUT -j x
$ iptables -t mangle -A PREROUTING -m socket --restore-skmark --nowildcard --transparent ; iptables -t mangle -A INPUT -m socket ; iptables -t mangle -L -n ; iptables -t mangle -S
$ iptables -A INPUT -m cpu --cpu 1 ; iptables -A INPUT -m cpu ! --cpu 0 ; iptables -L INPUT -n ; iptables -L INPUT ; iptables -L INPUT -v
$ iptables -A INPUT -m devgroup --src-group 1 ; iptables -A FORWARD -m devgroup ! --src-group 0x10/0xff ! --dst-group 2/3 ; iptables -A OUTPUT -m devgroup --dst-group 5 ; iptables -A INPUT -m devgroup --src-group default ; iptables -S ; iptables -L -n ; iptables -L
$ iptables -N foo ; iptables -A foo -m devgroup --src-group 1 --dst-group 2 ; iptables -A FORWARD -j foo ; iptables -A INPUT -j foo
$ iptables -A INPUT -m connlabel --label 1 ; iptables -A INPUT -m connlabel ! --label 2 --set ; iptables -S INPUT ; iptables -L INPUT -n ; iptables -L INPUT ; iptables-save
$ iptables -A INPUT -m connlabel --label 1 -v
$ iptables-restore <<END
*filter
-A INPUT -m connlabel --label 1
-A INPUT -m connlabel --label 2 --set
COMMIT
END
$ iptables -A INPUT -m realm --realm 1 ; iptables -A OUTPUT -m realm ! --realm 0x10/0xff ; iptables -A FORWARD -m realm --realm cosmos ; iptables -S ; iptables -L -n ; iptables -L ; iptables -v -A INPUT -m realm --realm 2
$ iptables -A INPUT -m cgroup --path / ; iptables -A OUTPUT -m cgroup ! --cgroup 0x100001 ; iptables -A OUTPUT -m cgroup ! --path / ; iptables -S ; iptables -L -n ; iptables -v -A INPUT -m cgroup --path "a b"
$ iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef ; iptables -A INPUT -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 --cluster-hash-seed 1 ; iptables -L INPUT -n ; iptables -L INPUT
$ iptables -A INPUT -p tcp -m osf --genre Linux ; iptables -A INPUT -p tcp -m osf ! --genre "Windows XP" --ttl 2 --log 1 ; iptables -A FORWARD -p tcp -m osf --genre x ; iptables -L -n ; iptables -v -A INPUT -p tcp -m osf --genre "a b" --ttl 1
$ iptables -A INPUT -p 108 -m ipcomp --ipcompspi 1 ; iptables -A INPUT -p 108 -m ipcomp ! --ipcompspi 3:4 ; iptables -A INPUT -p 108 -m ipcomp --ipcompspi 5: ; iptables -A INPUT -p 108 -m ipcomp ; iptables -A INPUT -p 108 -m ipcomp --ipcompspi 0:4294967295 ; iptables -L INPUT -n ; iptables -L INPUT ; iptables -v -A INPUT -p 108 -m ipcomp ! --ipcompspi 3
$ iptables -v -A INPUT -m nfacct --nfacct-name x
$ iptables -v -A INPUT -m nfacct --nfacct-name "a b"
$ iptables -v -A INPUT -m nfacct --nfacct-name abcdefghijklmnopqrstuvwxyzabcdefghijk
$ iptables -v -A INPUT -m ipvs --ipvs
$ iptables -v -A INPUT -m ipvs ! --ipvs
$ iptables -v -A INPUT -m ipvs --vproto 17 --vaddr 1.2.3.4 --vport http --vdir reply --vmethod ipip --vportctl 0
$ iptables -v -A INPUT -m ipvs ! --vproto tcp ! --vaddr 1.2.3.4/24 ! --vport 80 --vdir ORIGINAL ! --vmethod GATE ! --vportctl 21
$ iptables -v -A INPUT -m ipvs --vaddr 1.2.3.4/255.255.0.0 --vmethod masq
$ iptables -v -A INPUT -m ipvs --vaddr 1.2.3.4/255.0.255.0
$ iptables -A INPUT -m ipvs --vproto foo
$ iptables -A INPUT -m ipvs --vport foo
$ iptables -A INPUT -m ipvs --vmethod FOO
$ iptables -A INPUT -m ipvs ! --vdir REPLY
$ iptables -A INPUT -m ipvs --vport 1 --vport 2
$ iptables-restore <<END
*filter
-A INPUT -m ipvs --ipvs
-A INPUT -m ipvs --vdir REPLY
COMMIT
END
$ iptables -m ipvs -h
$ iptables -v -A INPUT -d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5E:00:00:20 --total-nodes 2 --local-node 1
$ iptables -v -A INPUT -d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip-sourceport-destport --clustermac 01:00:5e:00:00:20 --total-nodes 16 --local-node 16 --hash-init 4294967295
$ iptables -v -A INPUT -j CLUSTERIP
$ iptables -v -A INPUT -d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 0 --local-node 0
$ iptables-restore <<END
*filter
-A INPUT -j CLUSTERIP
-A INPUT -j CLUSTERIP
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j LED --led-trigger-id x
-A INPUT -j LED --led-trigger-id y
COMMIT
END
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 1.2.3.4 --tproxy-mark 0x1/0x1 ; iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 53 --tproxy-mark 5 ; iptables -t mangle -L -n ; iptables -t mangle -L
$ iptables -t mangle -N DIVERT ; iptables -t mangle -A DIVERT -p tcp -j TPROXY --on-port 1 ; iptables -t mangle -A PREROUTING -j DIVERT ; iptables -t mangle -A OUTPUT -j DIVERT
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP ; iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 2,3,4,5,8,19,30,254,100,101,102,103 ; iptables -t mangle -L FORWARD -n ; iptables -t mangle -L FORWARD ; iptables -t mangle -L FORWARD -v
$ iptables -t mangle -A FORWARD -p tcp -j ECN --ecn-tcp-remove ; iptables -t mangle -A FORWARD -j ECN --ecn-ip-ect 1 ; iptables -t mangle -A FORWARD -p tcp -j ECN --ecn-tcp-ece 1 --ecn-tcp-cwr 1 --ecn-ip-ect 3 ; iptables -t mangle -A FORWARD -p tcp -j ECN --ecn-tcp-remove --ecn-ip-ect 1 ; iptables -t mangle -L FORWARD -n ; iptables -t mangle -L FORWARD
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 10 --hmark-offset 100 --hmark-rnd 0xfeedcafe ; iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct,src --hmark-rnd 1 --hmark-mod 3 ; iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 16 --hmark-sport-mask 0xff --hmark-dport-mask 0xf0 --hmark-proto-mask 0xff --hmark-mod 5 --hmark-offset 1 --hmark-rnd 7 ; iptables -t mangle -A PREROUTING -j HMARK --hmark-spi-mask 0xffff --hmark-spi 0x10 --hmark-mod 5 --hmark-rnd 7 ; iptables -t mangle -A PREROUTING -j HMARK --hmark-sport 1 --hmark-dport 2 --hmark-mod 5 --hmark-rnd 7 ; iptables -t mangle -L PREROUTING -n ; iptables -t mangle -L PREROUTING
$ iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1 --rateest-ewmalog 2 ; iptables -A INPUT -j RATEEST --rateest-name "a b" --rateest-interval 8s --rateest-ewmalog 20s ; iptables -A INPUT -j RATEEST --rateest-name "" --rateest-interval 100us --rateest-ewmalog 300us ; iptables -S INPUT ; iptables -L INPUT -n ; iptables -L INPUT -v
$ iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 2s ; iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 8s
$ iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1 --rateest-ewmalog 2 ; iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 2 --rateest-ewmalog 4 ; iptables -S INPUT
$ iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 2s ; iptables -t mangle -A FORWARD -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 2s ; iptables -t mangle -A FORWARD -j RATEEST --rateest-name x --rateest-interval 2s --rateest-ewmalog 4s
$ iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 2s ; iptables -D INPUT 1 ; iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 2s --rateest-ewmalog 4s ; iptables -S INPUT
$ iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 2s ; iptables -A INPUT -m rateest --rateest x --rateest-pps 5 --rateest-gt ; iptables -D INPUT 1 ; iptables -F INPUT ; iptables -A INPUT -m rateest --rateest x --rateest-pps 5 --rateest-gt
$ iptables -A INPUT -m rateest --rateest e1 --rateest-pps 5 --rateest-gt ; iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 --rateest-pps 5 --rateest-gt ; iptables -S INPUT
$ iptables-restore <<END
*filter
-A INPUT -m rateest --rateest e1 --rateest-pps 5 --rateest-gt
-A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s
-A INPUT -j RATEEST --rateest-name e2 --rateest-interval 250ms --rateest-ewmalog 1s
-A INPUT -m rateest --rateest e1 --rateest-bps1 1000 --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-pps1 100 --rateest-lt
-A INPUT -m rateest --rateest1 e1 --rateest-bps1 --rateest-gt --rateest2 e2
-A INPUT -m rateest --rateest1 e1 --rateest-pps ! --rateest-eq --rateest2 e2
-A INPUT -m rateest --rateest-delta --rateest1 e1 --rateest-bps1 10kbit --rateest-gt --rateest2 e2 --rateest-bps2 20kbit
-A INPUT -m rateest --rateest e1 --rateest-bps 1mbit --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-bps1 1000 --rateest-bps2 2000 --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-pps 5 ! --rateest-lt
-A INPUT -m rateest --rateest e1 --rateest-bps 8000 --rateest-pps 5 --rateest-gt
-A INPUT -m rateest --rateest1 e1 --rateest-bps --rateest-pps --rateest-lt --rateest2 e2
-A INPUT -m rateest --rateest-delta --rateest1 e1 --rateest-pps1 10 --rateest-pps2 20 --rateest-eq --rateest2 e2
-A INPUT -m rateest --rateest-delta --rateest e1 --rateest-pps1 10 --rateest-pps2 20 ! --rateest-eq
-A INPUT -m rateest --rateest-delta --rateest e1 --rateest-bps1 1kbit --rateest-bps2 2kbit --rateest-pps1 10 --rateest-pps2 20 --rateest-gt
-A INPUT -m rateest --rateest-delta --rateest1 e1 --rateest-bps1 1kbit --rateest-bps2 2kbit --rateest-pps1 10 --rateest-pps2 20 --rateest-gt --rateest2 e2
-A INPUT -m rateest --rateest e1 --rateest-bps1 5000 --rateest-bps 6000 --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-bps 5 ! --rateest-gt --rateest-lt
-A INPUT -m rateest --rateest e1 --rateest-bps 10Kibit --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-bps 10KBPS --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-bps 1.5kbit --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-bps 5gbit --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-bps 100gbit --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-bps ! --rateest-gt
-A INPUT -m rateest --rateest e1 --rateest-pps 0x10 --rateest-gt
-A INPUT -m rateest --rateest-pps 7 --rateest e1 --rateest-gt
-A INPUT -m rateest --rateest-bps 7 --rateest-eq --rateest1 e1 --rateest2 e2
COMMIT
END
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -j RATEEST --rateest-name e2 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 --rateest-bps 1mbit --rateest-gt ; iptables -A INPUT -m rateest --rateest-delta --rateest e1 --rateest-bps1 1kbit --rateest-bps2 2kbit --rateest-pps1 10 --rateest-pps2 20 --rateest-gt ; iptables -A INPUT -m rateest --rateest-delta --rateest1 e1 --rateest-bps1 1kbit --rateest-bps2 2kbit --rateest-pps1 10 --rateest-pps2 20 --rateest-gt --rateest2 e2 ; iptables -A INPUT -m rateest --rateest1 e1 --rateest-pps ! --rateest-eq --rateest2 e2 ; iptables -L INPUT -n ; iptables -L INPUT
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 --rateest-bps1 5000 --rateest-bps1 6000 --rateest-gt
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 --rateest-bps 5000 --rateest-bps 6000 --rateest-gt
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 ! --rateest-pps1 5000 --rateest-gt
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 --rateest-delta --rateest-delta
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 ! --rateest2 e2
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest2 e2 --rateest2 e2
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 --rateest-pps 5 --rateest-pps 6
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest e1 --rateest-bps
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest abcdefghijklmnopqrs --rateest-bps 5 --rateest-gt
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest1 e1 --rateest-bps --rateest-gt --rateest2 e3
$ iptables -A INPUT -j RATEEST --rateest-name e1 --rateest-interval 250ms --rateest-ewmalog 1s ; iptables -A INPUT -m rateest --rateest-name e1
$ iptables -A INPUT -p tcp -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460 --ecn ; iptables -A INPUT -p tcp -j SYNPROXY ; iptables -A INPUT -p tcp -j SYNPROXY --timestamp ; iptables -L INPUT -n ; iptables -L INPUT
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group 5 ; ip link show d0 ; ip -j link show d0
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group default ; ip link set d0 group 0x10 ; ip -o link show d0
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group foo
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group 4294967295
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group 5 ; ip link set d0 group 4294967296 ; ip link show d0
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group -1
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group 2147483648
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group 2147483647 up mtu 1400 ; ip link show d0
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set group 5 dev d0 ; ip link show d0
$ ip link add d0 address 02:00:00:00:01:01 type veth peer name d1 address 02:00:00:00:01:02 ; ip link set d0 group 5 group 6
# cgroup: xt_cgroup registers for LOCAL_IN, LOCAL_OUT and POST_ROUTING only (also through a user chain)
$ iptables -t mangle -A PREROUTING -m cgroup --cgroup 1 ; iptables -t mangle -A INPUT -m cgroup --cgroup 1 ; iptables -t mangle -A FORWARD -m cgroup --path / ; iptables -t mangle -A OUTPUT -m cgroup ! --cgroup 1 ; iptables -t mangle -A POSTROUTING -m cgroup --path /
$ iptables -t mangle -N x ; iptables -t mangle -A x -m cgroup --cgroup 1 ; iptables -t mangle -A FORWARD -j x ; iptables -t mangle -A INPUT -j x
$ iptables-restore <<END
*mangle
-A FORWARD -m cgroup --cgroup 1
COMMIT
END
