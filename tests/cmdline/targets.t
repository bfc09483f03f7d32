:INPUT,OUTPUT
-j LOG;=;OK
-j LOG --log-prefix "fw: ";=;OK
-j LOG --log-level warning;-j LOG;OK
-j LOG --log-level debug --log-tcp-sequence --log-uid;-j LOG --log-level 7 --log-tcp-sequence --log-uid;OK
-j LOG --log-level 8;;FAIL
-j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;-j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxx;OK
-j REJECT;-j REJECT --reject-with icmp-port-unreachable;OK
-j REJECT --reject-with icmp-host-prohibited;=;OK
-j REJECT --reject-with host-unreach;-j REJECT --reject-with icmp-host-unreachable;OK
-p tcp -j REJECT --reject-with tcp-reset;=;OK
-j REJECT --reject-with tcp-reset;;FAIL
-j REJECT --reject-with icmp-foo;;FAIL
-j MARK --set-mark 1;-j MARK --set-xmark 0x1/0xffffffff;OK
-j CONNMARK --save-mark;-j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
-j RETURN;=;OK
-j DNAT --to-destination 1.2.3.4;;FAIL
-j MASQUERADE;;FAIL
-j NOTRACK;;FAIL
-j TCPMSS --set-mss 1400;;FAIL

*mangle
:FORWARD,POSTROUTING
-p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu;-p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu;OK
:PREROUTING
-p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu;;FAIL
:PREROUTING,FORWARD,POSTROUTING
-j MARK --set-mark 0x1;-j MARK --set-xmark 0x1/0xffffffff;OK
-j MARK --set-xmark 0x10/0xff;=;OK
-j MARK --and-mark 0xf0;-j MARK --set-xmark 0x0/0xffffff0f;OK
-j MARK --or-mark 0x4;-j MARK --set-xmark 0x4/0x4;OK
-j MARK --xor-mark 0x2;-j MARK --set-xmark 0x2/0x0;OK
-j MARK --set-mark x;;FAIL
-j MARK;;FAIL
-j CONNMARK --set-mark 0x1;-j CONNMARK --set-xmark 0x1/0xffffffff;OK
-j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff;=;OK
-j CONNMARK --save-mark --mask 0xff;-j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff;OK
-p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400;-p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400;OK
-j TCPMSS --set-mss 1400;;FAIL
-j DSCP --set-dscp 10;-j DSCP --set-dscp 0x0a;OK
-j DSCP --set-dscp-class EF;-j DSCP --set-dscp 0x2e;OK
-j DSCP --set-dscp 64;;FAIL
-j TOS --set-tos 0x10;-j TOS --set-tos 0x10/0xff;OK
-j TOS --set-tos Minimize-Delay;-j TOS --set-tos 0x10/0x3f;OK
-j TOS --and-tos 0x0f;-j TOS --set-tos 0x00/0xf0;OK
-j TOS --or-tos 0x10;-j TOS --set-tos 0x10/0x10;OK
-j TOS --xor-tos 0x01;-j TOS --set-tos 0x01/0x00;OK
-j TTL --ttl-set 64;=;OK
-j TTL --ttl-dec 1;=;OK
-j TTL --ttl-inc 2;=;OK
-j TTL --ttl-dec 0;;FAIL
-j TTL --ttl-set 256;;FAIL

*raw
:PREROUTING,OUTPUT
-j CT --notrack;=;OK
-j NOTRACK;=;OK
-j CT --zone 1;=;OK
-p tcp --dport 21 -j CT --helper ftp;-p tcp -m tcp --dport 21 -j CT --helper ftp;OK
-j CT --ctevents new,related;=;OK
-j CT --helper nosuchhelper;;FAIL
-j TRACE;=;OK
-j REJECT;;FAIL

*nat
:PREROUTING,OUTPUT
-j DNAT --to-destination 192.168.1.20;=;OK
-p tcp -j DNAT --to-destination 192.168.1.20:22;=;OK
-p tcp -j DNAT --to-destination 10.0.0.1-10.0.0.9:1000-2000;=;OK
-j DNAT --to-destination 192.168.1.20:22;;FAIL
-j DNAT;;FAIL
-j DNAT --to-destination 300.0.0.1;;FAIL
-p tcp -j REDIRECT --to-ports 8080;=;OK
-p udp -j REDIRECT --to-ports 3128-3130 --random;=;OK
-j REDIRECT;=;OK
-j REDIRECT --to-ports 8080;;FAIL
-j SNAT --to-source 10.0.2.1;;FAIL
-j MASQUERADE;;FAIL

:POSTROUTING
-o eth1 -j MASQUERADE;=;OK
-p tcp -o eth1 -j MASQUERADE --to-ports 1000-2000;-o eth1 -p tcp -j MASQUERADE --to-ports 1000-2000;OK
-j MASQUERADE --random;=;OK
-j SNAT --to-source 10.0.2.1;=;OK
-p udp -j SNAT --to-source 10.0.2.1:20000-20010;=;OK
-j SNAT --to-source 10.0.2.1-10.0.2.5 --persistent;=;OK
-j SNAT;;FAIL
-j DNAT --to-destination 1.2.3.4;;FAIL
-j REDIRECT;;FAIL

:INPUT
-j SNAT --to-source 10.0.2.1;=;OK
-j DNAT --to-destination 1.2.3.4;;FAIL

*security
:INPUT,FORWARD,OUTPUT
-j ACCEPT;=;OK
-m conntrack --ctstate NEW -j DROP;=;OK
-j CONNMARK --save-mark;-j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
