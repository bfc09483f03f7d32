:INPUT,FORWARD,OUTPUT
-m connmark --mark 1;-m connmark --mark 0x1;OK
-m connmark --mark 0x1/0xff;=;OK
-m connmark ! --mark 0x10/0x10;=;OK
-m connmark ! --mark 5;-m connmark ! --mark 0x5;OK
-m connmark;;FAIL
-m connmark --mark x;;FAIL
*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-m connmark --mark 0x1/0x1;=;OK
*raw
:PREROUTING,OUTPUT
-m connmark --mark 0x1/0x1;=;OK
