# conntrack -I/-U/-L/-D with SCTP entries (protoinfo: state and verification tags)
# (conntrack 1.4.7 segfaults on an SCTP state past SHUTDOWN_ACK_SENT or unknown: not compared)
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 ; conntrack -L ; conntrack -L -o save
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --state ESTABLISHED ; conntrack -L ; conntrack -L -o save
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --state COOKIE_WAIT --orig-vtag 5 --reply-vtag 0x10000000 ; conntrack -L -o save ; conntrack -L -p sctp --state COOKIE_WAIT ; conntrack -L -p sctp --state ESTABLISHED
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --orig-vtag 5 ; conntrack -L -o save
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --state NONE ; conntrack -L
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --state CLOSED --orig-vtag -5 --reply-vtag 4294967296 ; conntrack -L -o save
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --state SHUTDOWN_ACK_SENT --orig-vtag 99999999999 --reply-vtag 12x ; conntrack -L -o save
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --state CLOSED --orig-vtag 5
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --reply-vtag 5
$ conntrack -I -p sctp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 50 --state ESTABLISHED --orig-vtag 1 --reply-vtag 2 ; conntrack -U -p sctp -m 3 ; conntrack -L -o save ; conntrack -D -p sctp --state ESTABLISHED ; conntrack -L
