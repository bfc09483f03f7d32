*filter
:INPUT,FORWARD,OUTPUT
-j IDLETIMER --timeout 10 --label pyipt-t1;=;OK
-j IDLETIMER --timeout 2147482 --label pyipt-t2 --alarm;=;OK
-j IDLETIMER --timeout 0 --label pyipt-t3;;FAIL
-j IDLETIMER --timeout 2147483 --label pyipt-t3;;FAIL
-j IDLETIMER --timeout 5 --label "";;FAIL
-j IDLETIMER --timeout 5 --label "a/b";;FAIL
-j IDLETIMER --timeout 5;;FAIL
-j IDLETIMER --label pyipt-t3;;FAIL
-j IDLETIMER --timeout 5 --label pyipt-0123456789012345678901234567890;-j IDLETIMER --timeout 5 --label pyipt-012345678901234567890;OK
-j IDLETIMER --timeout 4294967296 --label pyipt-t3;;FAIL
*mangle
:PREROUTING,POSTROUTING
-j IDLETIMER --timeout 10 --label pyipt-t1;=;OK
