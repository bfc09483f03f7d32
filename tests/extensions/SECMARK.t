*mangle
:PREROUTING,INPUT,FORWARD,OUTPUT,POSTROUTING
-j SECMARK --selctx system_u:object_r:ssh_packet_t:s0;;FAIL
-j SECMARK --selctx "";;FAIL
-j SECMARK;;FAIL
*security
:INPUT,FORWARD,OUTPUT
-j SECMARK --selctx system_u:object_r:ssh_packet_t:s0;;FAIL
*filter
:INPUT,FORWARD,OUTPUT
-j SECMARK --selctx x;;FAIL
