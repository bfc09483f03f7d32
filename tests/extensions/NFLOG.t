*filter
:INPUT,FORWARD,OUTPUT
-j NFLOG;=;OK
-j NFLOG --nflog-group 1;=;OK
-j NFLOG --nflog-group 65535;=;OK
-j NFLOG --nflog-group 65536;;FAIL
-j NFLOG --nflog-prefix "x y";=;OK
-j NFLOG --nflog-prefix "";;FAIL
-j NFLOG --nflog-prefix 0123456789012345678901234567890123456789012345678901234567890123456789;-j NFLOG --nflog-prefix 012345678901234567890123456789012345678901234567890123456789012;OK
-j NFLOG --nflog-size 0;=;OK
-j NFLOG --nflog-size 4294967295;=;OK
-j NFLOG --nflog-threshold 0;-j NFLOG;OK
-j NFLOG --nflog-threshold 1;=;OK
-j NFLOG --nflog-threshold 65536;;FAIL
-j NFLOG --nflog-range 40 --nflog-size 3;;FAIL
-j NFLOG --nflog-group 3 --nflog-prefix abc --nflog-size 100 --nflog-threshold 5;-j NFLOG --nflog-prefix abc --nflog-group 3 --nflog-size 100 --nflog-threshold 5;OK
-j NFLOG --nflog-group 1 --nflog-group 2;;FAIL
*raw
:PREROUTING,OUTPUT
-j NFLOG --nflog-group 7;=;OK
