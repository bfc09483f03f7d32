# IP header matches, filter table
:INPUT,FORWARD,OUTPUT
-s 10.0.0.0/8 -j ACCEPT;=;OK
-s 10.1.2.3/8 -j ACCEPT;-s 10.0.0.0/8 -j ACCEPT;OK
-s 192.168.1.5/255.255.255.0 -j ACCEPT;-s 192.168.1.0/24 -j ACCEPT;OK
-s 1.2.3.4 -j ACCEPT;-s 1.2.3.4/32 -j ACCEPT;OK
-d 1.2.3.4/32 -j DROP;=;OK
-s 0.0.0.0/0 -j ACCEPT;-j ACCEPT;OK
-s 8.8.8.8/0 -j ACCEPT;-j ACCEPT;OK
! -s 10.0.0.0/8 -j DROP;=;OK
! -d 192.168.0.0/16 -j DROP;=;OK
-s 10.0.0.0/255.0.255.0 -j ACCEPT;=;OK
-s 10.0.0.1,10.0.0.2 -j ACCEPT;-s 10.0.0.1/32 -j ACCEPT;OK
-s 300.1.1.1 -j ACCEPT;;FAIL
-s 1.2.3.4/33 -j ACCEPT;;FAIL
-d 1.2.3 -j ACCEPT;-d 1.2.3.0/32 -j ACCEPT;OK
-s localhost -j ACCEPT;-s 127.0.0.1/32 -j ACCEPT;OK
-p tcp -j ACCEPT;=;OK
-p TCP -j ACCEPT;-p tcp -j ACCEPT;OK
-p 6 -j ACCEPT;-p tcp -j ACCEPT;OK
-p 17 -j ACCEPT;-p udp -j ACCEPT;OK
-p all -j ACCEPT;-j ACCEPT;OK
-p 0 -j ACCEPT;-j ACCEPT;OK
! -p tcp -j ACCEPT;=;OK
-p sctp -j ACCEPT;=;OK
-p udplite -j ACCEPT;=;OK
-p gre -j ACCEPT;=;OK
-p esp -j ACCEPT;=;OK
-p 255 -j ACCEPT;=;OK
-p 256 -j ACCEPT;;FAIL
-p foo -j ACCEPT;;FAIL
-f -j DROP;=;OK
! -f -j DROP;=;OK
-s 1.2.3.4;-s 1.2.3.4/32;OK
-j NOSUCH;;FAIL
-j accept;;FAIL
-s 1.2.3.4 -s 5.6.7.8 -j ACCEPT;;FAIL
-p tcp -p udp -j ACCEPT;;FAIL
! ! -s 1.2.3.4 -j ACCEPT;;FAIL

:INPUT,FORWARD
-i eth0 -j ACCEPT;=;OK
-i eth+ -j ACCEPT;=;OK
! -i eth0 -j ACCEPT;=;OK
-i + -j ACCEPT;-j ACCEPT;OK
-i averyveryverylongname -j ACCEPT;;FAIL
-i eth0.100 -j ACCEPT;=;OK

:OUTPUT
-i eth0 -j ACCEPT;;FAIL
-o eth1 -j ACCEPT;=;OK
! -o ppp+ -j DROP;=;OK

:INPUT
-o eth1 -j ACCEPT;;FAIL

:USERCHAIN
-i eth0 -o eth1 -j ACCEPT;=;OK
-s 10.0.0.0/8 -j RETURN;=;OK
