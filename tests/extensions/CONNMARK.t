*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j CONNMARK --set-mark 1;-j CONNMARK --set-xmark 0x1/0xffffffff;OK
-j CONNMARK --set-mark 0x10/0xff;-j CONNMARK --set-xmark 0x10/0xff;OK
-j CONNMARK --set-xmark 0x10/0xff;=;OK
-j CONNMARK --set-xmark 0/0xffffffff;-j CONNMARK --set-xmark 0x0/0xffffffff;OK
-j CONNMARK --and-mark 0xf;-j CONNMARK --set-xmark 0x0/0xfffffff0;OK
-j CONNMARK --or-mark 0xf;-j CONNMARK --set-xmark 0xf/0xf;OK
-j CONNMARK --xor-mark 0xf;-j CONNMARK --set-xmark 0xf/0x0;OK
-j CONNMARK --save-mark;-j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
-j CONNMARK --save-mark --mask 0xff;-j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff;OK
-j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0;=;OK
-j CONNMARK --save-mark --nfmask 0xff;-j CONNMARK --save-mark --nfmask 0xff --ctmask 0xffffffff;OK
-j CONNMARK --restore-mark;-j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
-j CONNMARK --restore-mark --mask 0xff;-j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff;OK
-j CONNMARK --restore-mark --ctmask 0xff --nfmask 0xf0;-j CONNMARK --restore-mark --nfmask 0xf0 --ctmask 0xff;OK
-j CONNMARK --restore-mark --ctmask 0xff;-j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xff;OK
-j CONNMARK --set-mark 1 --left-shift-mark 3;-j CONNMARK --set-xmark 0x1/0xffffffff --left-shift-mark 3;OK
-j CONNMARK --save-mark --right-shift-mark 31;-j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff --right-shift-mark 31;OK
-j CONNMARK --save-mark --right-shift-mark 32;;FAIL
-j CONNMARK --save-mark --right-shift-mark 33;;FAIL
-j CONNMARK --restore-mark --left-shift-mark 0;-j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
-j CONNMARK --ctmask 0xf --set-mark 5;-j CONNMARK --set-xmark 0x5/0xffffffff;OK
-j CONNMARK --set-mark 5 --ctmask 0xf;-j CONNMARK --set-xmark 0x5/0xf;OK
-j CONNMARK --mask 0xf --set-mark 5;-j CONNMARK --set-xmark 0x5/0xffffffff;OK
-j CONNMARK --set-mark 5 --mask 0xf;-j CONNMARK --set-xmark 0x5/0xf;OK
-j CONNMARK;;FAIL
-j CONNMARK --mask 1;;FAIL
-j CONNMARK --mask 1 --ctmask 2 --save-mark;;FAIL
-j CONNMARK --save-mark --restore-mark;;FAIL
-j CONNMARK --left-shift-mark 1 --right-shift-mark 2 --save-mark;-j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff --right-shift-mark 2;OK
-j CONNMARK --set-mark 1 --set-mark 2;;FAIL
-j CONNMARK --set-mark 1x;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j CONNMARK --restore-mark;-j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
*raw
:PREROUTING,OUTPUT
-j CONNMARK --restore-mark;-j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
*nat
:PREROUTING,INPUT,OUTPUT,POSTROUTING
-j CONNMARK --save-mark;-j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff;OK
