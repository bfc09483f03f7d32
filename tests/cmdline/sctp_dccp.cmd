# -m sctp / -m dccp: -L (names and numbers), -S, -D/-C by value, iptables-restore, -h
$ iptables -A INPUT -p sctp -m sctp --sport 1000:2000 --dport 5672 --chunk-types only DATA:Be,INIT -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v ; iptables -S
$ iptables -A FORWARD -p sctp ! --dport amqp:5673 -m sctp ! --chunk-types all DATA:iUbE,ABORT:T,SHUTDOWN_COMPLETE:t,ASCONF -j DROP ; iptables -L FORWARD ; iptables -L FORWARD -n
$ iptables -A INPUT -p sctp -m sctp --chunk-types any ALL ; iptables -A INPUT -p sctp -m sctp --chunk-types only NONE ; iptables -A INPUT -p sctp -m sctp --sport 0:65535 ; iptables -L INPUT -n --line-numbers
$ iptables -A INPUT -p sctp -m sctp --chunk-types any I_DATA:E,DATA:I ; iptables -C INPUT -p sctp -m sctp --chunk-types any I_DATA,DATA:I ; iptables -C INPUT -p sctp -m sctp --chunk-types any I_DATA:E,DATA:I ; iptables -D INPUT -p sctp -m sctp --chunk-types any DATA:I,I_DATA:e
$ iptables -A INPUT -p sctp --dport 38412 -j ACCEPT ; iptables -D INPUT -p 132 -m sctp --dport 38412 -j ACCEPT ; iptables -S
$ iptables -A INPUT -p sctp -m sctp --chunk-types any DATA -m sctp --chunk-types any INIT ; iptables -L INPUT -n
$ iptables -A INPUT -m sctp --dport 1 ; iptables -A INPUT -p udp -m sctp --chunk-types any INIT ; iptables -A INPUT ! -p sctp -m sctp
$ iptables -A INPUT -p sctp -m sctp --chunk-types any DATA:X
$ iptables -A INPUT -p sctp -m sctp --chunk-types any ASCONF:T
$ iptables -A INPUT -p sctp -m sctp --chunk-types none DATA
$ iptables -A INPUT -p sctp -m sctp --chunk-types any
$ iptables -A INPUT -p sctp -m sctp --chunk-types any ! DATA
$ iptables -A INPUT -p sctp -m sctp --chunk-types any DATA,ALL
$ iptables -A INPUT -p sctp -m sctp --chunk-types any DATA:I,ABORT:T,SHUTDOWN_COMPLETE:T,I_DATA:E,INIT:-
$ iptables -A INPUT -p sctp -m sctp --sport 1 --source-port 2
$ iptables -A INPUT -p sctp -m sctp --dport 2:1
$ iptables -A INPUT -p sctp -m sctp --dport http
$ iptables -A INPUT -p sctp -m sctp --dport
$ iptables -A INPUT -p sctp -m sctp --chunk-types any DATA --chunk-types any INIT
$ iptables -A INPUT -p sctp -m sctp --foo
$ iptables -A INPUT -p dccp -m dccp --sport 5:4 --dport 80 ! --dccp-types REQUEST,RESPONSE,INVALID ! --dccp-option 2 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S INPUT
$ iptables -A INPUT -p dccp -m dccp --dccp-types "" ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p dccp --dport 5004 --dccp-types DATA,ACK,DATAACK -j ACCEPT ; iptables -C INPUT -p dccp -m dccp --dport 5004 --dccp-types DATAACK,ACK,DATA -j ACCEPT ; iptables -D INPUT -p dccp -m dccp --dport 5004 --dccp-types DATA -j ACCEPT
$ iptables -A INPUT -p dccp -m dccp --dccp-types FOO
$ iptables -A INPUT -p dccp -m dccp --dccp-option 0
$ iptables -A INPUT -p dccp -m dccp --sport 1 --sport 2
$ iptables -A INPUT -p dccp -m dccp --sport 1:2:3
$ iptables -A INPUT -p dccp -m dccp --dport nosuchservice
$ iptables -A INPUT -m dccp --dport 1
$ iptables -m sctp -h
$ iptables -p sctp -h
$ iptables -m dccp --help
$ iptables-restore <<EOF
*filter
:INPUT DROP [0:0]
-A INPUT -p sctp -m sctp --dport 36412 -m conntrack --ctstate NEW -j ACCEPT
-A INPUT -p sctp -m sctp --chunk-types any INIT,COOKIE_ECHO:- -j LOG
-A INPUT -p dccp -m dccp --dccp-types REQUEST --dccp-option 32 -j ACCEPT
COMMIT
EOF
$ iptables-restore <<EOF
*filter
-A INPUT -p sctp -m sctp --chunk-types any FOO -j ACCEPT
COMMIT
EOF
$ iptables-restore <<EOF
*filter
-A INPUT -p sctp -m sctp --dport 1 --dport 2 -j ACCEPT
COMMIT
EOF
$ iptables -A INPUT -p dccp -m dccp --dccp-types , ; iptables -S
