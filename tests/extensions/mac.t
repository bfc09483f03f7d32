:INPUT,FORWARD
-m mac --mac-source 00:11:22:33:44:55;=;OK
-m mac --mac-source aa:bb:cc:dd:ee:ff;=;OK
-m mac ! --mac-source 0:1:2:3:4:5;-m mac ! --mac-source 00:01:02:03:04:05;OK
-m mac --mac-source 00:11:22:33:44;;FAIL
-m mac --mac-source 00:11:22:33:44:55:66;;FAIL
-m mac --mac-source 00-11-22-33-44-55;;FAIL
-m mac --mac-source 000:11:22:33:44:55;;FAIL
-m mac --mac-source gg:11:22:33:44:55;;FAIL
-m mac;;FAIL
:OUTPUT
-m mac --mac-source 00:11:22:33:44:55;;FAIL
*mangle
:PREROUTING,INPUT,FORWARD
-m mac --mac-source 00:11:22:33:44:55;=;OK
:OUTPUT,POSTROUTING
-m mac --mac-source 00:11:22:33:44:55;;FAIL
*raw
:PREROUTING
-m mac --mac-source 00:11:22:33:44:55;=;OK
:OUTPUT
-m mac --mac-source 00:11:22:33:44:55;;FAIL
