*nat
:PREROUTING,OUTPUT
-j DNAT --to-destination 1.2.3.4;=;OK
:INPUT,POSTROUTING
-j DNAT --to-destination 1.2.3.4;;FAIL
:PREROUTING,OUTPUT
-j DNAT --to-destination 1.2.3.4-1.2.3.9;=;OK
:INPUT,POSTROUTING
-j DNAT --to-destination 1.2.3.4-1.2.3.9;;FAIL
:PREROUTING,OUTPUT
-j DNAT --to-destination 1.2.3.5-1.2.3.4;=;OK
:INPUT,POSTROUTING
-j DNAT --to-destination 1.2.3.5-1.2.3.4;;FAIL
:PREROUTING,OUTPUT
-p tcp -j DNAT --to-destination 1.2.3.4:80;=;OK
:INPUT,POSTROUTING
-p tcp -j DNAT --to-destination 1.2.3.4:80;;FAIL
:PREROUTING,OUTPUT
-p tcp -j DNAT --to-destination 1.2.3.4-1.2.3.9:80-90/100 --random --persistent;=;OK
:INPUT,POSTROUTING
-p tcp -j DNAT --to-destination 1.2.3.4-1.2.3.9:80-90/100 --random --persistent;;FAIL
:PREROUTING,OUTPUT
-p tcp -j DNAT --to-destination 1.2.3.4:http;-p tcp -j DNAT --to-destination 1.2.3.4:80;OK
:INPUT,POSTROUTING
-p tcp -j DNAT --to-destination 1.2.3.4:http;;FAIL
:PREROUTING,OUTPUT
-p tcp -j DNAT --to-destination :80;=;OK
:INPUT,POSTROUTING
-p tcp -j DNAT --to-destination :80;;FAIL
:PREROUTING,OUTPUT
-p tcp -j DNAT --to-destination 12:80;-p tcp -j DNAT --to-destination :80;OK
:INPUT,POSTROUTING
-p tcp -j DNAT --to-destination 12:80;;FAIL
:PREROUTING,OUTPUT
-p udp -j DNAT --to-destination 1.2.3.4:5 --random;=;OK
:INPUT,POSTROUTING
-p udp -j DNAT --to-destination 1.2.3.4:5 --random;;FAIL
:PREROUTING,OUTPUT
-p icmp -j DNAT --to-destination 1.2.3.4:5;=;OK
:INPUT,POSTROUTING
-p icmp -j DNAT --to-destination 1.2.3.4:5;;FAIL
:PREROUTING,OUTPUT
-p sctp -j DNAT --to-destination 1.2.3.4:5;=;OK
:INPUT,POSTROUTING
-p sctp -j DNAT --to-destination 1.2.3.4:5;;FAIL
:PREROUTING,OUTPUT
-p dccp -j DNAT --to-destination 1.2.3.4:5;=;OK
:INPUT,POSTROUTING
-p dccp -j DNAT --to-destination 1.2.3.4:5;;FAIL
:PREROUTING,OUTPUT
! -p tcp -j DNAT --to-destination 1.2.3.4:5;=;OK
:INPUT,POSTROUTING
! -p tcp -j DNAT --to-destination 1.2.3.4:5;;FAIL
:PREROUTING,OUTPUT
-p tcp -j DNAT --to-destination 1.2.3.4:80-90/100x;-p tcp -j DNAT --to-destination 1.2.3.4:80-90/100;OK
:INPUT,POSTROUTING
-p tcp -j DNAT --to-destination 1.2.3.4:80-90/100x;;FAIL
:PREROUTING,OUTPUT,INPUT,POSTROUTING
-j DNAT --to-destination 1.2.3.4:80;;FAIL
:PREROUTING,OUTPUT
-j DNAT --to-destination 1.2.3.4 -p tcp;-p tcp -j DNAT --to-destination 1.2.3.4;OK
:INPUT,POSTROUTING
-j DNAT --to-destination 1.2.3.4 -p tcp;;FAIL
:PREROUTING,OUTPUT,INPUT,POSTROUTING
-p udplite -j DNAT --to-destination 1.2.3.4:5;;FAIL
-p tcp -j DNAT --to-destination 1.2.3.4:80x;;FAIL
-p tcp -j DNAT --to-destination 1.2.3.4:80:90;;FAIL
-p tcp -j DNAT --to-destination 1.2.3.4:90-80;;FAIL
-p tcp -j DNAT --to-destination 1.2.3.4:80-90x;;FAIL
-p tcp -j DNAT --to-destination 1.2.3.4:80-http;;FAIL
-p tcp -j DNAT --to-destination 1.2.3.4:80-90/0;;FAIL
-p tcp -j DNAT --to-destination 1.2.3.4:99999;;FAIL
-j DNAT --to-destination 1.2.3;;FAIL
-j DNAT --to-destination 01.2.3.4;;FAIL
-j DNAT --to-destination [1.2.3.4];;FAIL
-j DNAT --to-destination ::1;;FAIL
-j DNAT;;FAIL
-j DNAT --to-destination 1.2.3.4 --to-destination 1.2.3.5;;FAIL
-j DNAT --to-destination 1.2.3.4 --random-fully;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j DNAT --to-destination 1.2.3.4;;FAIL
