*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j TEE --gateway 1.2.3.4;=;OK
-j TEE --gateway 1.2.3.4 --oif eth0;=;OK
-j TEE --gateway 1.2.3.4 --oif 0123456789abcdefgh;-j TEE --gateway 1.2.3.4 --oif 0123456789abcde;OK
-j TEE --gateway 1.2.3.4 --oif "";-j TEE --gateway 1.2.3.4;OK
-j TEE --gateway 0.0.0.0;;FAIL
-j TEE;;FAIL
-j TEE --oif eth0;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j TEE --gateway 10.0.0.1;=;OK
*raw
:PREROUTING,OUTPUT
-j TEE --gateway 10.0.0.1;=;OK
*nat
:PREROUTING,INPUT,OUTPUT,POSTROUTING
-j TEE --gateway 10.0.0.1;=;OK
