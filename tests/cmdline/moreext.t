# rpfilter, socket, cpu, devgroup, connlabel, realm, cgroup, cluster, osf, ipcomp, nfacct, ipvs,
# rateest matches; TPROXY, TCPOPTSTRIP, ECN, HMARK, RATEEST, SYNPROXY, CLUSTERIP targets
*mangle
:PREROUTING
-m rpfilter;=;OK
-m rpfilter --loose --validmark --accept-local --invert;=;OK
-m rpfilter --invert --loose;-m rpfilter --loose --invert;OK
-m rpfilter ! --loose;;FAIL
-m rpfilter --loose --loose;;FAIL
:INPUT,FORWARD,OUTPUT,POSTROUTING
-m rpfilter;;FAIL
*raw
:PREROUTING
-m rpfilter --accept-local;=;OK
:OUTPUT
-m rpfilter;;FAIL
*filter
:INPUT
-m rpfilter;;FAIL

*mangle
:PREROUTING,INPUT
-m socket;=;OK
-m socket --transparent;=;OK
-m socket --nowildcard;=;OK
-m socket --restore-skmark;=;OK
-m socket --restore-skmark --nowildcard --transparent;-m socket --transparent --nowildcard --restore-skmark;OK
-m socket ! --transparent;;FAIL
:FORWARD,OUTPUT,POSTROUTING
-m socket;;FAIL
*nat
:PREROUTING,INPUT
-m socket;=;OK
*filter
:INPUT
-m socket --nowildcard;=;OK
:FORWARD,OUTPUT
-m socket;;FAIL

:INPUT,FORWARD,OUTPUT
-m cpu --cpu 1;=;OK
-m cpu ! --cpu 0;=;OK
-m cpu --cpu 0x10;-m cpu --cpu 16;OK
-m cpu --cpu 4294967295;=;OK
-m cpu --cpu 4294967296;;FAIL
-m cpu --cpu -1;;FAIL
-m cpu --cpu x;;FAIL
-m cpu;;FAIL
-m cpu --cpu 1 --cpu 2;;FAIL

:INPUT,FORWARD
-m devgroup --src-group 1;-m devgroup --src-group 0x1;OK
-m devgroup ! --src-group 0x10/0xff;=;OK
-m devgroup --src-group default;=;OK
-m devgroup --src-group 0/0xffffffff;-m devgroup --src-group default;OK
-m devgroup --src-group 0/0;-m devgroup --src-group 0x0/0x0;OK
-m devgroup --src-group " 1";-m devgroup --src-group 0x1;OK
-m devgroup --src-group x;;FAIL
-m devgroup --src-group 1x;;FAIL
-m devgroup --src-group 1/x;;FAIL
-m devgroup --src-group 1/2x;;FAIL
-m devgroup --src-group 4294967296;;FAIL
-m devgroup --src-group 1 --src-group 2;;FAIL
-m devgroup;;FAIL
:FORWARD,OUTPUT
-m devgroup --dst-group 5;-m devgroup --dst-group 0x5;OK
-m devgroup ! --dst-group 2/3;-m devgroup ! --dst-group 0x2/0x3;OK
:INPUT
-m devgroup --dst-group 1;;FAIL
:OUTPUT
-m devgroup --src-group 1;;FAIL
:FORWARD
-m devgroup --src-group 1 --dst-group 2;-m devgroup --src-group 0x1 --dst-group 0x2;OK
*mangle
:PREROUTING
-m devgroup --src-group 4294967295/0xffffffff;-m devgroup --src-group 0xffffffff;OK
-m devgroup --dst-group 1;;FAIL
:POSTROUTING
-m devgroup --src-group 1;;FAIL

*filter
:INPUT,OUTPUT
-m connlabel --label 1;-m connlabel --label "1";OK
-m connlabel ! --label 2 --set;-m connlabel ! --label "2" --set;OK
-m connlabel --label 127;-m connlabel --label "127";OK
-m connlabel --label 0x10;-m connlabel --label "16";OK
-m connlabel --label 65536;-m connlabel --label "0";OK
-m connlabel --label 4294967296;-m connlabel --label "0";OK
-m connlabel --label 128;;FAIL
-m connlabel --label 2147483648;;FAIL
-m connlabel --label -1;;FAIL
-m connlabel --label foo;;FAIL
-m connlabel --label "";;FAIL
-m connlabel;;FAIL
-m connlabel --set;;FAIL
-m connlabel --label 1 --label 2;;FAIL
-m connlabel --label 1 ! --set;;FAIL
*raw
:PREROUTING
-m connlabel --label 3 --set;-m connlabel --label "3" --set;OK

*filter
:INPUT,FORWARD,OUTPUT
-m realm --realm 1;-m realm --realm 0x1;OK
-m realm ! --realm 0x10/0xff;=;OK
-m realm --realm cosmos;=;OK
-m realm --realm 0;-m realm --realm cosmos;OK
-m realm --realm 4294967295;-m realm --realm 0xffffffff;OK
-m realm --realm foo;;FAIL
-m realm --realm 1/x;;FAIL
-m realm;;FAIL
-m realm --realm 1 --realm 2;;FAIL
*mangle
:PREROUTING
-m realm --realm 1;;FAIL
:POSTROUTING
-m realm --realm 1;-m realm --realm 0x1;OK

*filter
:INPUT,OUTPUT
-m cgroup --path /;-m cgroup --path "/";OK
-m cgroup ! --path /;-m cgroup ! --path "/";OK
-m cgroup --path "";-m cgroup --path "";OK
-m cgroup --path //;-m cgroup --path "//";OK
-m cgroup --cgroup 1;=;OK
-m cgroup ! --cgroup 0x100001;-m cgroup ! --cgroup 1048577;OK
-m cgroup --cgroup 0;=;OK
-m cgroup --path /nosuch.cgroup;;FAIL
-m cgroup --path .;;FAIL
-m cgroup --path /.;;FAIL
-m cgroup;;FAIL
-m cgroup --cgroup 1 --path /;;FAIL
-m cgroup --cgroup x;;FAIL
-m cgroup --path / --path /;;FAIL

:INPUT,FORWARD
-m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef;-m cluster --cluster-local-nodemask 0x00000001 --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef;OK
-m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 --cluster-hash-seed 1;-m cluster ! --cluster-local-nodemask 0x00000005 --cluster-total-nodes 4 --cluster-hash-seed 0x00000001;OK
-m cluster --cluster-total-nodes 4 ! --cluster-local-node 3 --cluster-hash-seed 1;-m cluster ! --cluster-local-nodemask 0x00000004 --cluster-total-nodes 4 --cluster-hash-seed 0x00000001;OK
-m cluster --cluster-total-nodes 32 --cluster-local-node 32 --cluster-hash-seed 1;-m cluster --cluster-local-nodemask 0x80000000 --cluster-total-nodes 32 --cluster-hash-seed 0x00000001;OK
-m cluster --cluster-total-nodes 2 --cluster-local-node 1;;FAIL
-m cluster --cluster-local-node 1 --cluster-hash-seed 1;;FAIL
-m cluster --cluster-total-nodes 2 --cluster-hash-seed 1;;FAIL
-m cluster;;FAIL
-m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1;;FAIL
-m cluster --cluster-total-nodes 2 --cluster-local-nodemask 4 --cluster-hash-seed 1;;FAIL
-m cluster --cluster-total-nodes 33 --cluster-local-node 1 --cluster-hash-seed 1;;FAIL
-m cluster --cluster-total-nodes 2 --cluster-local-node 0 --cluster-hash-seed 1;;FAIL
-m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-local-nodemask 1 --cluster-hash-seed 1;;FAIL
-m cluster --cluster-total-nodes 2 --cluster-local-nodemask 0 --cluster-hash-seed 1;;FAIL
-m cluster ! --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1;;FAIL
-m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed x;;FAIL

:INPUT,FORWARD
-p tcp -m osf --genre Linux;=;OK
-p tcp -m osf ! --genre "Windows XP" --ttl 2 --log 1;-p tcp -m osf ! --genre Windows XP --ttl 2 --log 1;OK
-p tcp -m osf --genre x --ttl 0;=;OK
-p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcdefg;-p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcde;OK
-m osf --genre Linux;;FAIL
-p tcp -m osf;;FAIL
-p tcp -m osf --genre x --ttl 3;;FAIL
-p tcp -m osf --genre x ! --ttl 1;;FAIL
:OUTPUT
-p tcp -m osf --genre x;;FAIL

:INPUT,OUTPUT
-p 108 -m ipcomp --ipcompspi 1;-p ipcomp -m ipcomp --ipcompspi 1;OK
-p 108 -m ipcomp ! --ipcompspi 3:4;-p ipcomp -m ipcomp ! --ipcompspi 3:4;OK
-p 108 -m ipcomp --ipcompspi 5:;-p ipcomp -m ipcomp --ipcompspi 5:4294967295;OK
-p 108 -m ipcomp --ipcompspi :7;-p ipcomp -m ipcomp --ipcompspi 0:7;OK
-p 108 -m ipcomp;-p ipcomp -m ipcomp --ipcompspi 0;OK
-p 108 -m ipcomp --ipcompspi 0:4294967295;-p ipcomp -m ipcomp;OK
-p 108 -m ipcomp ! --ipcompspi 0:4294967295;-p ipcomp -m ipcomp;OK
-p 108 -m ipcomp --ipcompspi 5:3;-p ipcomp -m ipcomp --ipcompspi 5:3;OK
-m ipcomp --ipcompspi 1;;FAIL
! -p 108 -m ipcomp --ipcompspi 1;;FAIL
-p 108 -m ipcomp --ipcompspi 1:2:3;;FAIL
-p 108 -m ipcomp --ipcompspi x;;FAIL

:INPUT
-m nfacct --nfacct-name x;;FAIL
-m nfacct;;FAIL
-m nfacct --nfacct-name "";;FAIL
-m nfacct ! --nfacct-name x;;FAIL
-m ipvs --ipvs;;FAIL
-m ipvs;;FAIL
-m ipvs --vdir FOO;;FAIL
-m ipvs --vproto tcp --vaddr 1.2.3.4/24 --vport 80 --vdir ORIGINAL --vmethod GATE --vportctl 21;;FAIL
-m ipvs ! --ipvs --vproto tcp;;FAIL

*mangle
:PREROUTING
-p tcp -j TPROXY --on-port 1;-p tcp -j TPROXY --on-port 1 --on-ip 0.0.0.0 --tproxy-mark 0x0/0x0;OK
-p tcp -j TPROXY --on-port 80 --on-ip 1.2.3.4 --tproxy-mark 0x1/0x1;=;OK
-p udp -j TPROXY --on-port 53 --tproxy-mark 5;-p udp -j TPROXY --on-port 53 --on-ip 0.0.0.0 --tproxy-mark 0x5/0xffffffff;OK
-p tcp -j TPROXY --on-port http;-p tcp -j TPROXY --on-port 80 --on-ip 0.0.0.0 --tproxy-mark 0x0/0x0;OK
-p tcp -j TPROXY --on-port 65536;-p tcp -j TPROXY --on-port 0 --on-ip 0.0.0.0 --tproxy-mark 0x0/0x0;OK
-p tcp -j TPROXY --on-port 70000;-p tcp -j TPROXY --on-port 4464 --on-ip 0.0.0.0 --tproxy-mark 0x0/0x0;OK
-p tcp -j TPROXY --on-port 1 --on-ip 1.2.3;-p tcp -j TPROXY --on-port 1 --on-ip 1.2.0.3 --tproxy-mark 0x0/0x0;OK
-p tcp -m socket -j TPROXY --on-port 1 --on-ip 127.0.0.1;-p tcp -m socket -j TPROXY --on-port 1 --on-ip 127.0.0.1 --tproxy-mark 0x0/0x0;OK
-j TPROXY --on-port 1;;FAIL
-p icmp -j TPROXY --on-port 1;;FAIL
! -p tcp -j TPROXY --on-port 1;;FAIL
-p tcp -j TPROXY;;FAIL
-p tcp -j TPROXY --on-ip 1.2.3.4;;FAIL
-p tcp -j TPROXY --on-port -1;;FAIL
-p tcp -j TPROXY --on-port 1:2;;FAIL
-p tcp -j TPROXY --on-port 1 --tproxy-mark x;;FAIL
-p tcp -j TPROXY --on-port 1 --tproxy-mark 0x1/0x1/0x1;;FAIL
-p tcp -j TPROXY --on-port 1 ! --on-ip 1.2.3.4;;FAIL
-p tcp -j TPROXY --on-port 1 --on-port 2;;FAIL
:INPUT,FORWARD,OUTPUT,POSTROUTING
-p tcp -j TPROXY --on-port 1;;FAIL
*filter
:INPUT
-p tcp -j TPROXY --on-port 1;;FAIL

*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-p tcp -j TCPOPTSTRIP;=;OK
-p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack-permitted,sack,timestamp,md5;-p tcp -j TCPOPTSTRIP --strip-options 2,3,4,5,8,19;OK
-p tcp -j TCPOPTSTRIP --strip-options 3,2,8,4,5,19,30,254;-p tcp -j TCPOPTSTRIP --strip-options 2,3,4,5,8,19,30,254;OK
-p tcp -j TCPOPTSTRIP --strip-options 0x10;-p tcp -j TCPOPTSTRIP --strip-options 16;OK
-p tcp -j TCPOPTSTRIP --strip-options " 2";-p tcp -j TCPOPTSTRIP --strip-options 2;OK
-p tcp -j TCPOPTSTRIP --strip-options 0,1,255;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options 1;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options 256;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options foo;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options MSS;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options mss,;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options ,mss;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options "";;FAIL
-p tcp -j TCPOPTSTRIP --strip-options 2x;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options -2;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options mss,2;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options 0x2,mss;;FAIL
-p tcp -j TCPOPTSTRIP --strip-options 2 --strip-options 3;;FAIL
-p tcp -j TCPOPTSTRIP ! --strip-options 2;;FAIL
-j TCPOPTSTRIP --strip-options 2;;FAIL
! -p tcp -j TCPOPTSTRIP --strip-options 2;;FAIL
-p udp -j TCPOPTSTRIP --strip-options 2;;FAIL
*filter
:INPUT
-p tcp -j TCPOPTSTRIP;;FAIL
*raw
:PREROUTING
-p tcp -j TCPOPTSTRIP --strip-options 2;;FAIL

*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-p tcp -j ECN --ecn-tcp-remove;=;OK
-p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-ece 0;-p tcp -j ECN --ecn-tcp-ece 0 --ecn-tcp-cwr 1;OK
-p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-ece 1 --ecn-ip-ect 3;-p tcp -j ECN --ecn-tcp-ece 1 --ecn-tcp-cwr 1 --ecn-ip-ect 3;OK
-p tcp -j ECN --ecn-tcp-ece 0 --ecn-tcp-cwr 0;-p tcp -j ECN --ecn-tcp-remove;OK
-p tcp -j ECN --ecn-tcp-remove --ecn-ip-ect 1;-p tcp -j ECN --ecn-tcp-ece 0 --ecn-tcp-cwr 0 --ecn-ip-ect 1;OK
-p tcp -j ECN --ecn-tcp-ece 0;=;OK
-j ECN --ecn-ip-ect 1;=;OK
! -p tcp -j ECN --ecn-ip-ect 2;=;OK
-p udp -j ECN --ecn-ip-ect 0;=;OK
-j ECN --ecn-tcp-remove;;FAIL
-j ECN --ecn-tcp-ece 1;;FAIL
! -p tcp -j ECN --ecn-tcp-ece 1;;FAIL
-j ECN;;FAIL
-p tcp -j ECN --ecn-tcp-cwr 2;;FAIL
-p tcp -j ECN --ecn-ip-ect 4;;FAIL
-p tcp -j ECN --ecn-tcp-remove --ecn-tcp-cwr 1;;FAIL
-p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-remove;;FAIL
-p tcp -j ECN --ecn-tcp-remove --ecn-tcp-remove;;FAIL
-p tcp -j ECN ! --ecn-tcp-remove;;FAIL
-p tcp -j ECN --ecn-tcp-cwr x;;FAIL
*filter
:FORWARD
-p tcp -j ECN --ecn-tcp-remove;;FAIL

*mangle
:PREROUTING,FORWARD
-j HMARK --hmark-tuple src,dst --hmark-mod 10 --hmark-offset 100 --hmark-rnd 0xfeedcafe;-j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-rnd 0xfeedcafe --hmark-mod 10 --hmark-offset 100;OK
-j HMARK --hmark-tuple ct --hmark-mod 10 --hmark-offset 100 --hmark-rnd 1;-j HMARK --hmark-rnd 0x00000001 --hmark-mod 10 --hmark-offset 100 --hmark-tuple ct;OK
-j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 16 --hmark-sport-mask 0xff --hmark-dport-mask 0xf0 --hmark-proto-mask 0xff --hmark-mod 5 --hmark-offset 1 --hmark-rnd 7;-j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 16 --hmark-sport-mask 0x00ff --hmark-dport-mask 0x00f0 --hmark-proto-mask 0xff --hmark-rnd 0x00000007 --hmark-mod 5 --hmark-offset 1;OK
-j HMARK --hmark-spi-mask 0xffff --hmark-spi 0x10 --hmark-mod 5 --hmark-offset 1 --hmark-rnd 7;-j HMARK --hmark-spi-mask 0x0000ffff --hmark-spi 0x00000010 --hmark-rnd 0x00000007 --hmark-mod 5 --hmark-offset 1;OK
-j HMARK --hmark-sport 1 --hmark-dport 2 --hmark-mod 5 --hmark-offset 1 --hmark-rnd 7;-j HMARK --hmark-sport 0x0001 --hmark-dport 0x0002 --hmark-rnd 0x00000007 --hmark-mod 5 --hmark-offset 1;OK
-j HMARK --hmark-tuple src --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-src-prefix 32 --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-tuple spi --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-spi-mask 0xffffffff --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-tuple proto --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-proto-mask 0xffff --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-tuple SRC,Dp --hmark-rnd 1 --hmark-mod 3 --hmark-offset 1;-j HMARK --hmark-src-prefix 32 --hmark-dport-mask 0xffff --hmark-rnd 0x00000001 --hmark-mod 3 --hmark-offset 1;OK
-j HMARK --hmark-tuple s,d,sp,dp,p --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-sport-mask 0xffff --hmark-dport-mask 0xffff --hmark-proto-mask 0xffff --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-tuple c --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-rnd 0x00000001 --hmark-mod 3 --hmark-tuple ct;OK
-j HMARK --hmark-dst-prefix 24 --hmark-tuple dst --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-dst-prefix 32 --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-src-prefix 255.255.0.0 --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-src-prefix 16 --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-src-prefix 255.0.255.0 --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-src-prefix 32 --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-src-prefix 33 --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-src-prefix 32 --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-proto-mask 256 --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-proto-mask 0x100 --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-spi 1 --hmark-sport-mask 1 --hmark-rnd 1 --hmark-mod 3;-j HMARK --hmark-sport-mask 0x0001 --hmark-spi 0x00000001 --hmark-rnd 0x00000001 --hmark-mod 3;OK
-j HMARK --hmark-spi 1 --hmark-dport 1 --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple src --hmark-mod 10 --hmark-offset 100;;FAIL
-j HMARK --hmark-tuple src --hmark-rnd 1 --hmark-offset 100;;FAIL
-j HMARK --hmark-rnd 1 --hmark-mod 3 --hmark-offset 1;;FAIL
-j HMARK;;FAIL
-j HMARK --hmark-tuple foo --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple src, --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple ,src --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple srcx --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple src --hmark-src-prefix 8 --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple src,dst,sport,dport,spi,proto,ct --hmark-mod 10 --hmark-rnd 1;;FAIL
-j HMARK --hmark-spi-mask 1 --hmark-dport-mask 1 --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple src --hmark-rnd 1 --hmark-mod 0;;FAIL
-j HMARK --hmark-tuple src --hmark-rnd 4294967296 --hmark-mod 3;;FAIL
-j HMARK --hmark-tuple src ! --hmark-rnd 1 --hmark-mod 3;;FAIL
-j HMARK --hmark-dst-prefix x --hmark-rnd 1 --hmark-mod 3;;FAIL
*filter
:INPUT
-j HMARK --hmark-tuple src --hmark-rnd 1 --hmark-mod 3 --hmark-offset 1;-j HMARK --hmark-src-prefix 32 --hmark-rnd 0x00000001 --hmark-mod 3 --hmark-offset 1;OK

:INPUT,FORWARD
-j RATEEST --rateest-name x --rateest-interval 1 --rateest-ewmalog 2;-j RATEEST --rateest-name x --rateest-interval 250.0ms --rateest-ewmalog 500.0ms;OK
-j RATEEST --rateest-name x --rateest-interval 250ms --rateest-ewmalog 8s;-j RATEEST --rateest-name x --rateest-interval 250.0ms --rateest-ewmalog 8.0s;OK
-j RATEEST --rateest-name x --rateest-interval 8s --rateest-ewmalog 20s;-j RATEEST --rateest-name x --rateest-interval 8.0s --rateest-ewmalog 16.0s;OK
-j RATEEST --rateest-name x --rateest-interval 2sec --rateest-ewmalog 20SECS;-j RATEEST --rateest-name x --rateest-interval 2.0s --rateest-ewmalog 16.0s;OK
-j RATEEST --rateest-name x --rateest-interval 500msec --rateest-ewmalog 20000ms;-j RATEEST --rateest-name x --rateest-interval 500.0ms --rateest-ewmalog 16.0s;OK
-j RATEEST --rateest-name x --rateest-interval 0.5s --rateest-ewmalog 1e1s;-j RATEEST --rateest-name x --rateest-interval 500.0ms --rateest-ewmalog 8.0s;OK
-j RATEEST --rateest-name x --rateest-interval 8 --rateest-ewmalog 64;-j RATEEST --rateest-name x --rateest-interval 250.0ms --rateest-ewmalog 2.0s;OK
-j RATEEST --rateest-name x --rateest-interval 1 --rateest-ewmalog 100000;-j RATEEST --rateest-name x --rateest-interval 250.0ms --rateest-ewmalog 3499.1s;OK
-j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 4294967295;-j RATEEST --rateest-name x --rateest-interval 1.0s --rateest-ewmalog 4096.0s;OK
-j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 5000s;-j RATEEST --rateest-name x --rateest-interval 1.0s --rateest-ewmalog 512.0s;OK
-j RATEEST --rateest-name abcdefghijklmnopq --rateest-interval 1 --rateest-ewmalog 2;-j RATEEST --rateest-name abcdefghijklmno --rateest-interval 250.0ms --rateest-ewmalog 500.0ms;OK
-j RATEEST --rateest-name x --rateest-interval 9s --rateest-ewmalog 20s;;FAIL
-j RATEEST --rateest-name x --rateest-interval -1 --rateest-ewmalog 2;;FAIL
-j RATEEST --rateest-name x --rateest-interval 0x10 --rateest-ewmalog 2;;FAIL
-j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog inf;;FAIL
-j RATEEST --rateest-name x --rateest-interval 250ms --rateest-ewmalog 100ms;;FAIL
-j RATEEST --rateest-name x --rateest-interval 1;;FAIL
-j RATEEST --rateest-name x --rateest-interval foo --rateest-ewmalog 1;;FAIL
-j RATEEST --rateest-name x --rateest-interval 1 --rateest-ewmalog foo;;FAIL
-j RATEEST --rateest-name x --rateest-interval 1x --rateest-ewmalog 1;;FAIL
-j RATEEST --rateest-name x --rateest-interval 1 --rateest-interval 2 --rateest-ewmalog 1;;FAIL
-j RATEEST --rateest-name x ! --rateest-interval 1 --rateest-ewmalog 2;;FAIL
-j RATEEST;;FAIL

:INPUT
-m rateest --rateest e1 --rateest-bps 1000 --rateest-gt;;FAIL
-m rateest;;FAIL
-m rateest --rateest-gt;;FAIL
-m rateest ! --rateest e1 --rateest-bps 1 --rateest-gt;;FAIL
-m rateest --rateest e1 --rateest e2;;FAIL
-m rateest --rateest e1 --rateest-bps foo --rateest-gt;;FAIL
-m rateest --rateest e1 --rateest-pps foo --rateest-gt;;FAIL
-m rateest --rateest e1 --rateest-bps -5 --rateest-gt;;FAIL
-m rateest --rateest e1 --rateest-bps "" --rateest-gt;;FAIL
-m rateest --rateest e1 --rateest-bps 1 --rateest-gt --rateest-gt;;FAIL
-m rateest --rateest e1 ! --rateest-delta --rateest-bps 5 --rateest-gt;;FAIL
-m rateest --rateest e1 --rateest-pps1 4294967296 --rateest-gt;;FAIL

:INPUT,FORWARD
-p tcp -j SYNPROXY;=;OK
-p tcp -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460 --ecn;=;OK
-p tcp -j SYNPROXY --ecn --mss 536;-p tcp -j SYNPROXY --mss 536 --ecn;OK
-p tcp -j SYNPROXY --wscale 0 --mss 0;=;OK
-p tcp -j SYNPROXY --wscale 256;-p tcp -j SYNPROXY --wscale 0;OK
-p tcp -j SYNPROXY --mss 65536;-p tcp -j SYNPROXY --mss 0;OK
-p tcp -j SYNPROXY --mss 4294967295 --wscale 4294967295;-p tcp -j SYNPROXY --wscale 255 --mss 65535;OK
-p tcp -j SYNPROXY --mss x;;FAIL
-p tcp -j SYNPROXY --wscale -1;;FAIL
-p tcp -j SYNPROXY ! --ecn;;FAIL
-p tcp -j SYNPROXY --ecn --ecn;;FAIL
-j SYNPROXY;;FAIL
! -p tcp -j SYNPROXY;;FAIL
-p udp -j SYNPROXY;;FAIL
:OUTPUT
-p tcp -j SYNPROXY;;FAIL
*mangle
:PREROUTING
-p tcp -j SYNPROXY;;FAIL
*nat
:INPUT
-p tcp -j SYNPROXY;=;OK

*filter
:INPUT
-d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1;;FAIL
-j CLUSTERIP;;FAIL
-j CLUSTERIP --new --hashmode sourceip;;FAIL
-j CLUSTERIP --new --hashmode foo --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1;;FAIL
-j CLUSTERIP --new --hashmode sourceip --clustermac 00:00:5e:00:00:20 --total-nodes 2 --local-node 1;;FAIL
-j CLUSTERIP --new --hashmode sourceip --clustermac xx --total-nodes 2 --local-node 1;;FAIL
-j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 17 --local-node 1;;FAIL
-j CLUSTERIP --new --new;;FAIL
-j CLUSTERIP ! --new;;FAIL
