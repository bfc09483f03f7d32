*filter
:INPUT,FORWARD,OUTPUT
-j NFQUEUE;-j NFQUEUE --queue-num 0;OK
-j NFQUEUE --queue-num 0;=;OK
-j NFQUEUE --queue-num 65535;=;OK
-j NFQUEUE --queue-num 65536;;FAIL
-j NFQUEUE --queue-num -1;;FAIL
-j NFQUEUE --queue-bypass;-j NFQUEUE --queue-num 0 --queue-bypass;OK
-j NFQUEUE --queue-num 5 --queue-bypass;=;OK
-j NFQUEUE --queue-balance 1:4;=;OK
-j NFQUEUE --queue-balance 1:4 --queue-bypass --queue-cpu-fanout;=;OK
-j NFQUEUE --queue-balance 4:1;;FAIL
-j NFQUEUE --queue-balance 3:3;;FAIL
-j NFQUEUE --queue-balance 4;;FAIL
-j NFQUEUE --queue-balance 1:;-j NFQUEUE --queue-balance 1:65535;OK
-j NFQUEUE --queue-balance :3;-j NFQUEUE --queue-balance 0:3;OK
-j NFQUEUE --queue-balance 1:2:3;;FAIL
-j NFQUEUE --queue-balance 1x;;FAIL
-j NFQUEUE --queue-balance 0:65535;;FAIL
-j NFQUEUE --queue-balance 2:65535;=;OK
-j NFQUEUE --queue-cpu-fanout;;FAIL
-j NFQUEUE --queue-num 1 --queue-balance 1:2;;FAIL
-j NFQUEUE --queue-bypass --queue-bypass;;FAIL
*mangle
:PREROUTING,POSTROUTING
-j NFQUEUE --queue-num 3;=;OK
