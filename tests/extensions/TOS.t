*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j TOS --set-tos 0x10;-j TOS --set-tos 0x10/0xff;OK
-j TOS --set-tos Minimize-Delay;-j TOS --set-tos 0x10/0x3f;OK
-j TOS --set-tos maximize-throughput;-j TOS --set-tos 0x08/0x3f;OK
-j TOS --set-tos Maximize-Reliability;-j TOS --set-tos 0x04/0x3f;OK
-j TOS --set-tos Minimize-Cost;-j TOS --set-tos 0x02/0x3f;OK
-j TOS --set-tos normal-service;-j TOS --set-tos 0x00/0x3f;OK
-j TOS --set-tos 0x10/0x3f;=;OK
-j TOS --set-tos 0x08/0xff;=;OK
-j TOS --set-tos 0;-j TOS --set-tos 0x00/0xff;OK
-j TOS --set-tos 0/0;-j TOS --set-tos 0x00/0x00;OK
-j TOS --set-tos 0x100;;FAIL
-j TOS --set-tos 1/0x100;;FAIL
-j TOS --set-tos bogus;;FAIL
-j TOS --and-tos 0x0f;-j TOS --set-tos 0x00/0xf0;OK
-j TOS --or-tos 0x0f;-j TOS --set-tos 0x0f/0x0f;OK
-j TOS --xor-tos 0x0f;-j TOS --set-tos 0x0f/0x00;OK
-j TOS --and-tos 256;;FAIL
-j TOS;;FAIL
-j TOS --or-tos 1 --and-tos 2;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j TOS --or-tos 1;;FAIL
