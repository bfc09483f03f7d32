*nat
:POSTROUTING,INPUT
-j SNAT --to-source 1.2.3.4;=;OK
:PREROUTING,OUTPUT
-j SNAT --to-source 1.2.3.4;;FAIL
:POSTROUTING,INPUT
-j SNAT --to-source 1.2.3.4-1.2.3.6;=;OK
:PREROUTING,OUTPUT
-j SNAT --to-source 1.2.3.4-1.2.3.6;;FAIL
:POSTROUTING,INPUT
-p tcp -j SNAT --to-source 1.2.3.4-1.2.3.6:1000-2000 --random --random-fully --persistent;=;OK
:PREROUTING,OUTPUT
-p tcp -j SNAT --to-source 1.2.3.4-1.2.3.6:1000-2000 --random --random-fully --persistent;;FAIL
:POSTROUTING,INPUT
-p tcp -j SNAT --to-source 1.2.3.4:1000-2000/1500;-p tcp -j SNAT --to-source 1.2.3.4:1000-2000/0;OK
:PREROUTING,OUTPUT
-p tcp -j SNAT --to-source 1.2.3.4:1000-2000/1500;;FAIL
:POSTROUTING,INPUT
-p udp -j SNAT --to-source :1000;=;OK
:PREROUTING,OUTPUT
-p udp -j SNAT --to-source :1000;;FAIL
:POSTROUTING,INPUT,PREROUTING,OUTPUT
-j SNAT --to-source 1.2.3.4:1000;;FAIL
-j SNAT;;FAIL
-j SNAT --to-source 1.2.3.4 --to-source 1.2.3.5;;FAIL
-j SNAT --to-source 1.2.3.x;;FAIL
*mangle
:POSTROUTING
-j SNAT --to-source 1.2.3.4;;FAIL
