*filter
:INPUT,FORWARD,OUTPUT
-j LOG;=;OK
-j LOG --log-prefix "test: ";=;OK
-j LOG --log-prefix "a\"b'c\\d";-j LOG --log-prefix "a\"b\'c\\d";OK
-j LOG --log-prefix abc_DEF-1;=;OK
-j LOG --log-prefix 012345678901234567890123456789;-j LOG --log-prefix 01234567890123456789012345678;OK
-j LOG --log-prefix "";;FAIL
-j LOG --log-level 0;=;OK
-j LOG --log-level 4;-j LOG;OK
-j LOG --log-level 7;=;OK
-j LOG --log-level 8;;FAIL
-j LOG --log-level 0x3;-j LOG --log-level 3;OK
-j LOG --log-level " 3";-j LOG --log-level 3;OK
-j LOG --log-level emerg;-j LOG --log-level 0;OK
-j LOG --log-level alert;-j LOG --log-level 1;OK
-j LOG --log-level crit;-j LOG --log-level 2;OK
-j LOG --log-level error;-j LOG --log-level 3;OK
-j LOG --log-level warning;-j LOG;OK
-j LOG --log-level notice;-j LOG --log-level 5;OK
-j LOG --log-level info;-j LOG --log-level 6;OK
-j LOG --log-level debug;-j LOG --log-level 7;OK
-j LOG --log-level panic;-j LOG --log-level 0;OK
-j LOG --log-level err;;FAIL
-j LOG --log-level warn;;FAIL
-j LOG --log-level foo;;FAIL
-j LOG --log-level 1 --log-level 2;;FAIL
-j LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode;=;OK
-j LOG --log-macdecode --log-uid --log-level 6 --log-prefix x;-j LOG --log-prefix x --log-level 6 --log-uid --log-macdecode;OK
-j LOG --log-uid --log-uid;;FAIL
-j LOG ! --log-uid;;FAIL
-j LOG --log-ip;-j LOG --log-ip-options;OK
*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j LOG --log-level 1;=;OK
*nat
:PREROUTING,INPUT,OUTPUT,POSTROUTING
-j LOG --log-tcp-options;=;OK
*raw
:PREROUTING,OUTPUT
-j LOG --log-prefix raw;=;OK
*security
:INPUT,FORWARD,OUTPUT
-j LOG;=;OK
