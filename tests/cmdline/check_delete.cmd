# -C/-D of a missing rule: libiptc names the failure after its last call, which is TC_BUILTIN
# when the target is an extension or a chain, so the message depends on the target
$ iptables -N U ; iptables -A INPUT -s 1.1.1.1 -j ACCEPT ; iptables -C INPUT -s 1.1.1.2 -j ACCEPT
$ iptables -C INPUT -s 1.1.1.2
$ iptables -N U ; iptables -C INPUT -s 1.1.1.2 -j U
$ iptables -N U ; iptables -C INPUT -s 1.1.1.2 -g U
$ iptables -C INPUT -s 1.1.1.2 -j LOG
$ iptables -D INPUT -s 1.1.1.2 -m mark --mark 1 -j MARK --set-mark 2
$ iptables -D INPUT -s 1.1.1.2 -m mark --mark 1 -j RETURN
$ iptables -t nat -C POSTROUTING -s 1.1.1.2 -j MASQUERADE
$ iptables -C NOPE -j LOG
$ iptables -D NOPE -j ACCEPT
$ iptables -C INPUT -j FORWARD
$ iptables -A INPUT -s 1.1.1.1 -j LOG ; iptables -C INPUT -s 1.1.1.1 -j LOG --log-level 3
# an interface of `+` has an empty mask: not saved, but kept, listed, and compared with its `!`
$ iptables -A FORWARD -i + -j LOG ; iptables -A FORWARD ! -i + -j LOG ; iptables -A FORWARD -o + ; iptables -A FORWARD ! -o + -i eth+ ; iptables -S ; iptables -L -v -n
$ iptables -A FORWARD ! -i + -j LOG ; iptables -C FORWARD -j LOG
$ iptables -A FORWARD ! -i + -j LOG ; iptables -C FORWARD ! -i + -j LOG ; iptables -D FORWARD ! -o + -j LOG
$ iptables -A FORWARD -i + -j LOG ; iptables -A FORWARD -o + -j LOG ; iptables -D FORWARD -j LOG ; iptables -L FORWARD -v -n
$ iptables-restore <<END
*filter
-A INPUT -i + -j ACCEPT
-A INPUT ! -o + -j ACCEPT
COMMIT
END
# NOTRACK is CT in the kernel: -L and -v name it so, -S and iptables-save keep NOTRACK
$ iptables -t raw -A PREROUTING -p tcp -j NOTRACK -v ; iptables -t raw -L -n -v ; iptables -t raw -L PREROUTING 1 ; iptables -t raw -S
$ iptables -t raw -A PREROUTING -p tcp -j NOTRACK ; iptables -t raw -C PREROUTING -p tcp -j NOTRACK -v ; iptables -t raw -D PREROUTING -p tcp -j CT --notrack
# libxt_tcp parses by hand: its checks in its order
$ iptables -A INPUT -p tcp --tcp-option 0
$ iptables -A INPUT -p tcp ! --tcp-option 0x0
$ iptables -A INPUT -p tcp --tcp-option 256
$ iptables -A INPUT -p tcp --tcp-option '7 '
$ iptables -A INPUT -p tcp --tcp-option 010 ; iptables -A INPUT -p tcp --tcp-option ' +7' ; iptables -S INPUT
$ iptables -A INPUT -p tcp --tcp-option 5 --tcp-option x
$ iptables -A INPUT -p tcp --tcp-option x --tcp-option 5
$ iptables -A INPUT -p tcp --syn --tcp-option 0
$ iptables -A INPUT -p tcp --syn --tcp-flags SYN,ACK SYN
$ iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN --syn
$ iptables -A INPUT -p tcp --syn --tcp-flags SYN
$ iptables -A INPUT -p tcp --syn --syn
$ iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN --tcp-flags ACK ACK
$ iptables -A INPUT -p tcp --tcp-flags SYN '!' ACK
$ iptables -A INPUT -p tcp --sport 1 --sport x
$ iptables -A INPUT -p tcp -m tcp --syn -m tcp --syn ; iptables -L INPUT -n
# the mask is what follows the last '/'
$ iptables -A INPUT -s 1.2.3.4/24/8
$ iptables -A INPUT -s 1.2.3.4/24/
$ iptables -A INPUT -s 1.2.3.4/x/8
$ iptables -A INPUT -s 1.2.3.4//8
$ iptables -A INPUT -d 1.2.3.4/255.255.0.0/8
$ iptables -A INPUT -d 1.2.3.4/24/8,5.6.7.8
$ iptables -A INPUT -s /24
# hashlimit byte rates and the checks around them
$ iptables -A INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 10kb/s ; iptables -A INPUT -m hashlimit --hashlimit-name b --hashlimit-above 1000b/s --hashlimit-burst 5000 --hashlimit-mode srcip,dstport ; iptables -L -n ; iptables -L -v
$ iptables -A INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 1mb/s --hashlimit-burst 1
$ iptables -A INPUT -p esp -m hashlimit --hashlimit-name a --hashlimit-upto 1mb/s --hashlimit-burst 100 -m multiport --dports 1
$ iptables -A INPUT -p esp -m multiport --dports 1 -m hashlimit --hashlimit-name a --hashlimit-upto 1mb/s --hashlimit-burst 100
$ iptables -A INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 1b/s --hashlimit-burst 5
$ iptables -A INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 40000mb/s
$ iptables -A INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 10kb/s -j TRACE
$ iptables-restore <<END
*filter
-A INPUT -m hashlimit --hashlimit-upto 10kb/s --hashlimit-burst 100 --hashlimit-name a
COMMIT
END
$ iptables-restore <<END
*mangle
-A INPUT -m hashlimit --hashlimit-upto 10kb/s --hashlimit-name a
COMMIT
*filter
-A INPUT -m hashlimit --hashlimit-upto 1b/s --hashlimit-burst 100 --hashlimit-name a
COMMIT
END
# a hashlimit table lives while a rule of any table names it; its creator's rate-match must match
$ iptables -A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec ; iptables -t mangle -A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec --hashlimit-rate-match
$ iptables -A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec --hashlimit-rate-match ; iptables -R INPUT 1 -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec
$ iptables -A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec ; iptables -D INPUT 1 ; iptables -A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec --hashlimit-rate-match
$ iptables -N U ; iptables -A U -m hashlimit --hashlimit-name y --hashlimit-upto 5/sec ; iptables -F U ; iptables -A INPUT -m hashlimit --hashlimit-name y --hashlimit-upto 1kb/s --hashlimit-rate-match
$ iptables-restore <<END
*filter
-A INPUT -m hashlimit --hashlimit-name z --hashlimit-upto 5/sec
-A INPUT -m hashlimit --hashlimit-name z --hashlimit-upto 5/sec --hashlimit-rate-match
COMMIT
END
$ iptables -t mangle -A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec ; iptables-restore <<END
*mangle
-F
COMMIT
*filter
-A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 5/sec --hashlimit-rate-match
COMMIT
END
