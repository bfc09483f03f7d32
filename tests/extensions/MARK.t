*filter
:INPUT,FORWARD,OUTPUT
-j MARK --set-mark 1;-j MARK --set-xmark 0x1/0xffffffff;OK
-j MARK --set-mark 0;-j MARK --set-xmark 0x0/0xffffffff;OK
-j MARK --set-mark 0x10/0xff;-j MARK --set-xmark 0x10/0xff;OK
-j MARK --set-mark 010;-j MARK --set-xmark 0x8/0xffffffff;OK
-j MARK --set-mark " 5";-j MARK --set-xmark 0x5/0xffffffff;OK
-j MARK --set-xmark 0x10/0xff;=;OK
-j MARK --set-xmark 5/0;-j MARK --set-xmark 0x5/0x0;OK
-j MARK --set-xmark 0xffffffff;-j MARK --set-xmark 0xffffffff/0xffffffff;OK
-j MARK --and-mark 0xf0;-j MARK --set-xmark 0x0/0xffffff0f;OK
-j MARK --and-mark 0xffffffff;-j MARK --set-xmark 0x0/0x0;OK
-j MARK --or-mark 3;-j MARK --set-xmark 0x3/0x3;OK
-j MARK --xor-mark 3;-j MARK --set-xmark 0x3/0x0;OK
-j MARK --xor-mark 0;-j MARK --set-xmark 0x0/0x0;OK
-j MARK;;FAIL
-j MARK --set-mark 1x;;FAIL
-j MARK --set-mark 1/x;;FAIL
-j MARK --set-mark 1/2x;;FAIL
-j MARK --set-mark 5/;;FAIL
-j MARK --set-mark "";;FAIL
-j MARK --set-mark 0x100000000;;FAIL
-j MARK --set-mark -1;;FAIL
-j MARK --or-mark 0x100000000;;FAIL
-j MARK --set-mark 1 --or-mark 2;;FAIL
-j MARK --set-mark 1 --set-mark 2;;FAIL
-j MARK ! --set-mark 1;;FAIL
*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j MARK --set-xmark 0x1/0x3;=;OK
*nat
:PREROUTING,INPUT,OUTPUT,POSTROUTING
-j MARK --set-mark 7;-j MARK --set-xmark 0x7/0xffffffff;OK
*raw
:PREROUTING,OUTPUT
-j MARK --set-mark 7;-j MARK --set-xmark 0x7/0xffffffff;OK
*security
:INPUT,FORWARD,OUTPUT
-j MARK --or-mark 7;-j MARK --set-xmark 0x7/0x7;OK
