*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j TTL --ttl-set 5;=;OK
-j TTL --ttl-set 0;=;OK
-j TTL --ttl-set 255;=;OK
-j TTL --ttl-set 256;;FAIL
-j TTL --ttl-dec 0;;FAIL
-j TTL --ttl-dec 3;=;OK
-j TTL --ttl-inc 255;=;OK
-j TTL --ttl-inc 256;;FAIL
-j TTL;;FAIL
-j TTL --ttl-inc 1 --ttl-dec 1;;FAIL
-j TTL --ttl-set 1 --ttl-inc 1;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j TTL --ttl-set 1;;FAIL
