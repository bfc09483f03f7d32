:INPUT
-m addrtype --src-type LOCAL;=;OK
-m addrtype --dst-type local,unicast;-m addrtype --dst-type UNICAST,LOCAL;OK
-m addrtype ! --src-type BROADCAST ! --dst-type MULTICAST;=;OK
-m addrtype --src-type XRESOLVE,NAT,THROW,PROHIBIT,UNREACHABLE,BLACKHOLE,MULTICAST,ANYCAST,BROADCAST,LOCAL,UNICAST,UNSPEC;-m addrtype --src-type UNSPEC,UNICAST,LOCAL,BROADCAST,ANYCAST,MULTICAST,BLACKHOLE,UNREACHABLE,PROHIBIT,THROW,NAT,XRESOLVE;OK
-m addrtype --src-type U;-m addrtype --src-type UNSPEC;OK
-m addrtype --src-type L,B;-m addrtype --src-type LOCAL,BROADCAST;OK
-m addrtype --src-type foo;;FAIL
-m addrtype --src-type LOCAL,foo;;FAIL
-m addrtype --src-type LOCAL,;;FAIL
-m addrtype --src-type "";;FAIL
-m addrtype;;FAIL
-m addrtype --limit-iface-in;;FAIL
-m addrtype --src-type LOCAL --limit-iface-in;=;OK
-m addrtype --src-type LOCAL --limit-iface-out;;FAIL
-m addrtype --src-type LOCAL --limit-iface-in --limit-iface-out;;FAIL
-m addrtype --src-type LOCAL --src-type UNICAST;;FAIL
-m addrtype --src-type LOCAL ! --limit-iface-in;;FAIL
-m addrtype --src-type ,LOCAL;;FAIL
-m addrtype --src-type foo,LOCAL;;FAIL
-m addrtype --src-type LOCAL,,UNICAST;;FAIL
:OUTPUT
-m addrtype --src-type LOCAL --limit-iface-out;=;OK
-m addrtype --src-type LOCAL --limit-iface-in;;FAIL
:FORWARD
-m addrtype --src-type LOCAL --limit-iface-in;=;OK
-m addrtype --dst-type LOCAL --limit-iface-out;=;OK
*nat
:PREROUTING
-m addrtype --dst-type LOCAL --limit-iface-out;;FAIL
-m addrtype --dst-type LOCAL --limit-iface-in;=;OK
:POSTROUTING
-m addrtype --dst-type LOCAL --limit-iface-in;;FAIL
-m addrtype --dst-type LOCAL --limit-iface-out;=;OK
*raw
:PREROUTING,OUTPUT
-m addrtype --dst-type LOCAL;=;OK
