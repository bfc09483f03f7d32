:INPUT,FORWARD,OUTPUT
-m ecn --ecn-ip-ect 1;=;OK
-m ecn ! --ecn-ip-ect 3;=;OK
-m ecn --ecn-ip-ect 4;;FAIL
-m ecn --ecn-tcp-ece;;FAIL
-p tcp -m ecn --ecn-tcp-ece;=;OK
-p tcp -m ecn ! --ecn-tcp-ece --ecn-tcp-cwr;=;OK
-p tcp -m ecn --ecn-tcp-cwr ! --ecn-ip-ect 2 ! --ecn-tcp-ece;-p tcp -m ecn ! --ecn-tcp-ece --ecn-tcp-cwr ! --ecn-ip-ect 2;OK
! -p tcp -m ecn --ecn-tcp-cwr;;FAIL
-m ecn;;FAIL
-m ecn --ecn-ip-ect 1 --ecn-ip-ect 2;;FAIL
