*filter
:INPUT,FORWARD,OUTPUT
-j REJECT;-j REJECT --reject-with icmp-port-unreachable;OK
-j REJECT --reject-with icmp-net-unreachable;=;OK
-j REJECT --reject-with icmp-host-unreachable;=;OK
-j REJECT --reject-with icmp-port-unreachable;=;OK
-j REJECT --reject-with icmp-proto-unreachable;=;OK
-j REJECT --reject-with icmp-net-prohibited;=;OK
-j REJECT --reject-with icmp-host-prohibited;=;OK
-j REJECT --reject-with icmp-admin-prohibited;=;OK
-j REJECT --reject-with net-unreach;-j REJECT --reject-with icmp-net-unreachable;OK
-j REJECT --reject-with host-unreach;-j REJECT --reject-with icmp-host-unreachable;OK
-j REJECT --reject-with port-unreach;-j REJECT --reject-with icmp-port-unreachable;OK
-j REJECT --reject-with proto-unreach;-j REJECT --reject-with icmp-proto-unreachable;OK
-j REJECT --reject-with net-prohib;-j REJECT --reject-with icmp-net-prohibited;OK
-j REJECT --reject-with host-prohib;-j REJECT --reject-with icmp-host-prohibited;OK
-j REJECT --reject-with admin-prohib;-j REJECT --reject-with icmp-admin-prohibited;OK
-j REJECT --reject-with ICMP-HOST;-j REJECT --reject-with icmp-host-unreachable;OK
-j REJECT --reject-with "";-j REJECT --reject-with icmp-net-unreachable;OK
-j REJECT --reject-with tcp-reset;;FAIL
-p tcp -j REJECT --reject-with tcp-reset;=;OK
-p tcp -j REJECT --reject-with tcp-rst;-p tcp -j REJECT --reject-with tcp-reset;OK
-p tcp -j REJECT --reject-with tcp;-p tcp -j REJECT --reject-with tcp-reset;OK
! -p tcp -j REJECT --reject-with tcp-reset;;FAIL
-p udp -j REJECT --reject-with tcp-reset;;FAIL
-j REJECT --reject-with echo-reply;;FAIL
-j REJECT --reject-with bogus;;FAIL
-j REJECT --reject-with net-prohib --reject-with host-prohib;;FAIL
*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j REJECT;;FAIL
*raw
:PREROUTING,OUTPUT
-j REJECT;;FAIL
*nat
:PREROUTING,INPUT,OUTPUT,POSTROUTING
-j REJECT;;FAIL
*security
:INPUT,FORWARD,OUTPUT
-j REJECT;;FAIL
