*filter
:INPUT,FORWARD,OUTPUT
-j AUDIT --type accept;=;OK
-j AUDIT --type DROP;-j AUDIT --type drop;OK
-j AUDIT --type Reject;-j AUDIT --type reject;OK
-j AUDIT --type foo;;FAIL
-j AUDIT;;FAIL
-j AUDIT --type accept --type drop;;FAIL
*nat
:PREROUTING,INPUT,OUTPUT,POSTROUTING
-j AUDIT --type reject;=;OK
*raw
:PREROUTING,OUTPUT
-j AUDIT --type drop;=;OK
