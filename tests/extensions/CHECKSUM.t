*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j CHECKSUM --checksum-fill;=;OK
-p udp -j CHECKSUM --checksum-fill;=;OK
-j CHECKSUM;;FAIL
-j CHECKSUM --checksum-fill --checksum-fill;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j CHECKSUM --checksum-fill;;FAIL
