*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j DSCP --set-dscp 10;-j DSCP --set-dscp 0x0a;OK
-j DSCP --set-dscp 0;-j DSCP --set-dscp 0x00;OK
-j DSCP --set-dscp 0x3f;=;OK
-j DSCP --set-dscp 64;;FAIL
-j DSCP --set-dscp-class EF;-j DSCP --set-dscp 0x2e;OK
-j DSCP --set-dscp-class af41;-j DSCP --set-dscp 0x22;OK
-j DSCP --set-dscp-class CS7;-j DSCP --set-dscp 0x38;OK
-j DSCP --set-dscp-class be;-j DSCP --set-dscp 0x00;OK
-j DSCP --set-dscp-class cs;;FAIL
-j DSCP --set-dscp-class AF411;-j DSCP --set-dscp 0x22;OK
-j DSCP;;FAIL
-j DSCP --set-dscp 1 --set-dscp-class EF;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j DSCP --set-dscp 1;;FAIL
