*filter
:FORWARD
-m physdev --physdev-in eth0;=;OK
-m physdev ! --physdev-in eth0;=;OK
-m physdev --physdev-in eth+;=;OK
-m physdev --physdev-out eth1;=;OK
-m physdev ! --physdev-out eth1;=;OK
-m physdev --physdev-is-in;=;OK
-m physdev ! --physdev-is-in;=;OK
-m physdev --physdev-is-out;=;OK
-m physdev --physdev-is-bridged;=;OK
-m physdev ! --physdev-is-bridged;=;OK
-m physdev --physdev-is-bridged --physdev-out eth1 --physdev-in eth0 --physdev-is-out --physdev-is-in;-m physdev --physdev-is-in --physdev-in eth0 --physdev-is-out --physdev-out eth1 --physdev-is-bridged;OK
-m physdev --physdev-in 0123456789abcdef;;FAIL
-m physdev --physdev-in 0123456789abcde;=;OK
-m physdev --physdev-in "";-m physdev --physdev-in ;OK
-m physdev --physdev-in "a b";-m physdev --physdev-in a b;OK
-m physdev --physdev-in eth0 --physdev-in eth1;;FAIL
-m physdev;;FAIL
-m physdev --physdev-in eth0 -m physdev --physdev-out eth1;=;OK
:OUTPUT
-m physdev --physdev-out eth1;;FAIL
-m physdev --physdev-is-out;;FAIL
-m physdev --physdev-out eth1 --physdev-is-bridged;=;OK
-m physdev --physdev-out eth1 ! --physdev-is-bridged;;FAIL
-m physdev --physdev-in eth1;=;OK
:INPUT
-m physdev --physdev-out eth1;=;OK
*nat
:POSTROUTING
-m physdev --physdev-out eth1;=;OK
:OUTPUT
-m physdev --physdev-is-out --physdev-is-bridged;=;OK
*mangle
:OUTPUT
-m physdev --physdev-is-out;;FAIL
