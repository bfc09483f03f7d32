*mangle
:FORWARD,OUTPUT,POSTROUTING
-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --clamp-mss-to-pmtu;OK
:PREROUTING,INPUT
-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu;;FAIL
:FORWARD,OUTPUT,POSTROUTING,PREROUTING,INPUT
-p tcp --syn -j TCPMSS --set-mss 1400;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --set-mss 1400;OK
-p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400;-p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400;OK
-p tcp --tcp-flags SYN ACK -j TCPMSS --set-mss 1000;;FAIL
-p tcp ! --syn -j TCPMSS --set-mss 1000;;FAIL
-p tcp -j TCPMSS --set-mss 1000;;FAIL
-j TCPMSS --set-mss 1000;;FAIL
! -p tcp --syn -j TCPMSS --set-mss 1;;FAIL
-p tcp --syn -j TCPMSS;;FAIL
-p tcp --syn -j TCPMSS --set-mss 0;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --set-mss 0;OK
-p tcp --syn -j TCPMSS --set-mss 65515;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --set-mss 65515;OK
-p tcp --syn -j TCPMSS --set-mss 65516;;FAIL
:FORWARD,OUTPUT,POSTROUTING
-p tcp --syn -j TCPMSS --set-mss 10 --clamp-mss-to-pmtu;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --clamp-mss-to-pmtu;OK
:PREROUTING,INPUT
-p tcp --syn -j TCPMSS --set-mss 10 --clamp-mss-to-pmtu;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-p tcp --syn -j TCPMSS --set-mss 10;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --set-mss 10;OK
:INPUT
-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu;;FAIL
:FORWARD,OUTPUT
-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --clamp-mss-to-pmtu;OK
*raw
:PREROUTING
-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu;;FAIL
:OUTPUT
-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu;-p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --clamp-mss-to-pmtu;OK
