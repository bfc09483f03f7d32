# Extension option sweep (each option alone with boundary and invalid values, `! --opt v`, the old
# `--opt ! v`, a missing argument, the option twice, the option without its -m/-j), each as -A, -C
# and -L -n -v; host names that would need a resolver are left out (the lab has none).
# hashlimit
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/second ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/second ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/se ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/se ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/m ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/m ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/minute ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/minute ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/min ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/min ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/h ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/h ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/hour ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/hour ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/d ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/d ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/day ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/day ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/week ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/week ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 0/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 0/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1000000/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1000000/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1000001/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1000001/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1kb/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1kb/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1b/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1b/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1mb/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1mb/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1gb/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1gb/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1kb/m ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1kb/m ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 10kb ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 10kb ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 4294967295/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 4294967295/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/ ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/ ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto /s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto /s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1.5/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1.5/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto x ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto '' ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1kb/d ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1kb/d ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1mb/h ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1mb/h ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 100000gb/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 100000gb/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1KB/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1KB/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/S ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/S ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/secs ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/secs ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec/ ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec/ ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5//sec ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5//sec ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h '!' --hashlimit-upto 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h '!' --hashlimit-upto 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto '!' 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto '!' 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-upto 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-upto 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-upto 1/s ; iptables -t filter -C INPUT --hashlimit-upto 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 1kb/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 1kb/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 0/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 0/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above x ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-above 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-above 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above '!' 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above '!' 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 1/s --hashlimit-above 1/s ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-above 1/s --hashlimit-above 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-above 1/s ; iptables -t filter -C INPUT --hashlimit-above 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 32 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 33 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 33 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask -1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask x ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask '' ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 255.255.255.0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 255.0.255.0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 255.0.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 4294967295 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 4294967296 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 256 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 256 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 0xffffff00 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 0xffffff00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 1.2.3 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 1.2.3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-srcmask 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-srcmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 0 --hashlimit-srcmask 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-srcmask 0 --hashlimit-srcmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-srcmask 0 ; iptables -t filter -C INPUT --hashlimit-srcmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 24 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 24 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 32 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 33 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 33 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask x ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-dstmask 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-dstmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 0 --hashlimit-dstmask 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-dstmask 0 --hashlimit-dstmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-dstmask 0 ; iptables -t filter -C INPUT --hashlimit-dstmask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 5 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 10000 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 10000 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 10001 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 10001 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 4294967295 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 4294967296 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1k ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1k ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1m ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1m ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1g ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 1g ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst x ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 5x ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 5x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst -1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-burst 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-burst 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 0 --hashlimit-burst 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-burst 0 --hashlimit-burst 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-burst 0 ; iptables -t filter -C INPUT --hashlimit-burst 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 4294967295 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 4294967296 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size -1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 0xffffffff ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 0xffffffff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 1048576 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 1048576 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 1048577 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 1048577 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-size 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 0 --hashlimit-htable-size 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-size 0 --hashlimit-htable-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-htable-size 0 ; iptables -t filter -C INPUT --hashlimit-htable-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 4294967295 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 4294967296 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max -1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 0xffffffff ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 0xffffffff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 1048577 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 1048577 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-max 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-max 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 0 --hashlimit-htable-max 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-max 0 --hashlimit-htable-max 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-htable-max 0 ; iptables -t filter -C INPUT --hashlimit-htable-max 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 4294967295 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 4294967296 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval -1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 0xffffffff ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 0xffffffff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-gcinterval 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-gcinterval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 0 --hashlimit-htable-gcinterval 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-gcinterval 0 --hashlimit-htable-gcinterval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-htable-gcinterval 0 ; iptables -t filter -C INPUT --hashlimit-htable-gcinterval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 4294967295 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 4294967296 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire -1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 0xffffffff ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 0xffffffff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-expire 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-htable-expire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 0 --hashlimit-htable-expire 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-htable-expire 0 --hashlimit-htable-expire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-htable-expire 0 ; iptables -t filter -C INPUT --hashlimit-htable-expire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode dstip ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode dstip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcport ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode dstport ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode dstport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip,dstip,srcport,dstport ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip,dstip,srcport,dstport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode 'srcip|dstip' ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode 'srcip|dstip' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip, ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip, ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode ,srcip ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode ,srcip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip,,dstip ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip,,dstip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode '' ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode SRCIP ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode SRCIP ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode 'srcip dstip' ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode 'srcip dstip' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode foo ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode foo ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-mode srcip ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-mode srcip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode '!' srcip ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode '!' srcip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip --hashlimit-mode srcip ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-mode srcip --hashlimit-mode srcip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-mode srcip ; iptables -t filter -C INPUT --hashlimit-mode srcip ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name '' ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name 'a b' ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name 'a b' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a/b ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a/b ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec '!' --hashlimit-name a ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec '!' --hashlimit-name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name '!' a ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name '!' a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a --hashlimit-name a ; iptables -t filter -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a --hashlimit-name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-name a ; iptables -t filter -C INPUT --hashlimit-name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-match ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-match ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-rate-match ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-rate-match ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-match --hashlimit-rate-match ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-match --hashlimit-rate-match ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-rate-match ; iptables -t filter -C INPUT --hashlimit-rate-match ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 60 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 60 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval -1 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval x ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 4294967295 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-rate-interval 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec '!' --hashlimit-rate-interval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval '!' 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 0 --hashlimit-rate-interval 0 ; iptables -t filter -C INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5/sec --hashlimit-rate-interval 0 --hashlimit-rate-interval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hashlimit-rate-interval 0 ; iptables -t filter -C INPUT --hashlimit-rate-interval 0 ; iptables -t filter -L INPUT -n -v
# recent
$ iptables -t filter -A INPUT -m recent ; iptables -t filter -C INPUT -m recent ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --set ; iptables -t filter -C INPUT -m recent --set ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --set ; iptables -t filter -C INPUT -m recent '!' --set ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --set --set ; iptables -t filter -C INPUT -m recent --set --set ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --set ; iptables -t filter -C INPUT --set ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rcheck ; iptables -t filter -C INPUT -m recent --rcheck ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --rcheck ; iptables -t filter -C INPUT -m recent '!' --rcheck ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rcheck --rcheck ; iptables -t filter -C INPUT -m recent --rcheck --rcheck ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --rcheck ; iptables -t filter -C INPUT --rcheck ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --update ; iptables -t filter -C INPUT -m recent --update ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --update ; iptables -t filter -C INPUT -m recent '!' --update ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --update --update ; iptables -t filter -C INPUT -m recent --update --update ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --update ; iptables -t filter -C INPUT --update ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --remove ; iptables -t filter -C INPUT -m recent --remove ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --remove ; iptables -t filter -C INPUT -m recent '!' --remove ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --remove --remove ; iptables -t filter -C INPUT -m recent --remove --remove ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --remove ; iptables -t filter -C INPUT --remove ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds 0 ; iptables -t filter -C INPUT -m recent --seconds 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds 1 ; iptables -t filter -C INPUT -m recent --seconds 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds 60 ; iptables -t filter -C INPUT -m recent --seconds 60 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds 4294967295 ; iptables -t filter -C INPUT -m recent --seconds 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds 4294967296 ; iptables -t filter -C INPUT -m recent --seconds 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds x ; iptables -t filter -C INPUT -m recent --seconds x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds -1 ; iptables -t filter -C INPUT -m recent --seconds -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --seconds 0 ; iptables -t filter -C INPUT -m recent '!' --seconds 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds '!' 0 ; iptables -t filter -C INPUT -m recent --seconds '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds ; iptables -t filter -C INPUT -m recent --seconds ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --seconds 0 --seconds 0 ; iptables -t filter -C INPUT -m recent --seconds 0 --seconds 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --seconds 0 ; iptables -t filter -C INPUT --seconds 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --reap ; iptables -t filter -C INPUT -m recent --reap ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --reap ; iptables -t filter -C INPUT -m recent '!' --reap ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --reap --reap ; iptables -t filter -C INPUT -m recent --reap --reap ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --reap ; iptables -t filter -C INPUT --reap ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 0 ; iptables -t filter -C INPUT -m recent --hitcount 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 1 ; iptables -t filter -C INPUT -m recent --hitcount 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 20 ; iptables -t filter -C INPUT -m recent --hitcount 20 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 21 ; iptables -t filter -C INPUT -m recent --hitcount 21 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 255 ; iptables -t filter -C INPUT -m recent --hitcount 255 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 256 ; iptables -t filter -C INPUT -m recent --hitcount 256 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 65535 ; iptables -t filter -C INPUT -m recent --hitcount 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 65536 ; iptables -t filter -C INPUT -m recent --hitcount 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount x ; iptables -t filter -C INPUT -m recent --hitcount x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --hitcount 0 ; iptables -t filter -C INPUT -m recent '!' --hitcount 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount '!' 0 ; iptables -t filter -C INPUT -m recent --hitcount '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount ; iptables -t filter -C INPUT -m recent --hitcount ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --hitcount 0 --hitcount 0 ; iptables -t filter -C INPUT -m recent --hitcount 0 --hitcount 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hitcount 0 ; iptables -t filter -C INPUT --hitcount 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rttl ; iptables -t filter -C INPUT -m recent --rttl ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --rttl ; iptables -t filter -C INPUT -m recent '!' --rttl ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rttl --rttl ; iptables -t filter -C INPUT -m recent --rttl --rttl ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --rttl ; iptables -t filter -C INPUT --rttl ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name a ; iptables -t filter -C INPUT -m recent --name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m recent --name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m recent --name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m recent --name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name '' ; iptables -t filter -C INPUT -m recent --name '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name DEFAULT ; iptables -t filter -C INPUT -m recent --name DEFAULT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name 'a b' ; iptables -t filter -C INPUT -m recent --name 'a b' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name a/b ; iptables -t filter -C INPUT -m recent --name a/b ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --name a ; iptables -t filter -C INPUT -m recent '!' --name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name '!' a ; iptables -t filter -C INPUT -m recent --name '!' a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name ; iptables -t filter -C INPUT -m recent --name ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --name a --name a ; iptables -t filter -C INPUT -m recent --name a --name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --name a ; iptables -t filter -C INPUT --name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rsource ; iptables -t filter -C INPUT -m recent --rsource ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --rsource ; iptables -t filter -C INPUT -m recent '!' --rsource ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rsource --rsource ; iptables -t filter -C INPUT -m recent --rsource --rsource ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --rsource ; iptables -t filter -C INPUT --rsource ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rdest ; iptables -t filter -C INPUT -m recent --rdest ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --rdest ; iptables -t filter -C INPUT -m recent '!' --rdest ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --rdest --rdest ; iptables -t filter -C INPUT -m recent --rdest --rdest ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --rdest ; iptables -t filter -C INPUT --rdest ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask 255.255.255.0 ; iptables -t filter -C INPUT -m recent --mask 255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask 0.0.0.0 ; iptables -t filter -C INPUT -m recent --mask 0.0.0.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask 255.0.255.0 ; iptables -t filter -C INPUT -m recent --mask 255.0.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask 24 ; iptables -t filter -C INPUT -m recent --mask 24 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask 1.2.3.4 ; iptables -t filter -C INPUT -m recent --mask 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask '' ; iptables -t filter -C INPUT -m recent --mask '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent '!' --mask 255.255.255.0 ; iptables -t filter -C INPUT -m recent '!' --mask 255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask '!' 255.255.255.0 ; iptables -t filter -C INPUT -m recent --mask '!' 255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask ; iptables -t filter -C INPUT -m recent --mask ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m recent --mask 255.255.255.0 --mask 255.255.255.0 ; iptables -t filter -C INPUT -m recent --mask 255.255.255.0 --mask 255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --mask 255.255.255.0 ; iptables -t filter -C INPUT --mask 255.255.255.0 ; iptables -t filter -L INPUT -n -v
# statistic
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode random ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode random ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode nth ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode nth ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode RANDOM ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode RANDOM ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode x ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode '' ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 '!' --mode random ; iptables -t filter -C INPUT -m statistic --probability 0.5 '!' --mode random ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode '!' random ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode '!' random ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --probability 0.5 --mode random --mode random ; iptables -t filter -C INPUT -m statistic --probability 0.5 --mode random --mode random ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --mode random ; iptables -t filter -C INPUT --mode random ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 1 ; iptables -t filter -C INPUT -m statistic --mode random --probability 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 1e-10 ; iptables -t filter -C INPUT -m statistic --mode random --probability 1e-10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 2 ; iptables -t filter -C INPUT -m statistic --mode random --probability 2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability nan ; iptables -t filter -C INPUT -m statistic --mode random --probability nan ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability inf ; iptables -t filter -C INPUT -m statistic --mode random --probability inf ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability -0 ; iptables -t filter -C INPUT -m statistic --mode random --probability -0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0x1p-1 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0x1p-1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 1.0000001 ; iptables -t filter -C INPUT -m statistic --mode random --probability 1.0000001 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability x ; iptables -t filter -C INPUT -m statistic --mode random --probability x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability '' ; iptables -t filter -C INPUT -m statistic --mode random --probability '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5x ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random '!' --probability 0 ; iptables -t filter -C INPUT -m statistic --mode random '!' --probability 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability '!' 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability ; iptables -t filter -C INPUT -m statistic --mode random --probability ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0 --probability 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0 --probability 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --probability 0 ; iptables -t filter -C INPUT --probability 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every 1 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every 2 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every 2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every 4294967295 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every 4294967296 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every x ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 '!' --every 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 '!' --every 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every '!' 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --every 0 --every 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --every 0 --every 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --every 0 ; iptables -t filter -C INPUT --every 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --packet 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --packet 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --packet 1 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --packet 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --packet 4294967295 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --packet 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --packet x ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --packet x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 '!' --packet 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 '!' --packet 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --packet '!' 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --packet '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --packet ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --packet ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode random --probability 0.5 --packet 0 --packet 0 ; iptables -t filter -C INPUT -m statistic --mode random --probability 0.5 --packet 0 --packet 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --packet 0 ; iptables -t filter -C INPUT --packet 0 ; iptables -t filter -L INPUT -n -v
# statistic-nth
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet 0 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet 2 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet 2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet 3 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet 3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet 4 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet 4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet x ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 '!' --packet 0 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 '!' --packet 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet '!' 0 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --packet 0 --packet 0 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --packet 0 --packet 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --packet 0 ; iptables -t filter -C INPUT --packet 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 1 ; iptables -t filter -C INPUT -m statistic --mode nth --every 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 0 ; iptables -t filter -C INPUT -m statistic --mode nth --every 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth '!' --every 1 ; iptables -t filter -C INPUT -m statistic --mode nth '!' --every 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every '!' 1 ; iptables -t filter -C INPUT -m statistic --mode nth --every '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every ; iptables -t filter -C INPUT -m statistic --mode nth --every ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 1 --every 1 ; iptables -t filter -C INPUT -m statistic --mode nth --every 1 --every 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --every 1 ; iptables -t filter -C INPUT --every 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --probability 0.5 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --probability 0.5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 '!' --probability 0.5 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 '!' --probability 0.5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --probability '!' 0.5 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --probability '!' 0.5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --probability ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --probability ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m statistic --mode nth --every 3 --probability 0.5 --probability 0.5 ; iptables -t filter -C INPUT -m statistic --mode nth --every 3 --probability 0.5 --probability 0.5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --probability 0.5 ; iptables -t filter -C INPUT --probability 0.5 ; iptables -t filter -L INPUT -n -v
# string
$ iptables -t filter -A INPUT -m string --algo bm --string abc ; iptables -t filter -C INPUT -m string --algo bm --string abc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from 1 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from 65535 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from 65536 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from -1 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from x ; iptables -t filter -C INPUT -m string --algo bm --string abc --from x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from 100 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from 100 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc '!' --from 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc '!' --from 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from '!' 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from ; iptables -t filter -C INPUT -m string --algo bm --string abc --from ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --from 0 --from 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc --from 0 --from 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --from 0 ; iptables -t filter -C INPUT --from 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc --to 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to 1 ; iptables -t filter -C INPUT -m string --algo bm --string abc --to 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to 65535 ; iptables -t filter -C INPUT -m string --algo bm --string abc --to 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to 65536 ; iptables -t filter -C INPUT -m string --algo bm --string abc --to 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to x ; iptables -t filter -C INPUT -m string --algo bm --string abc --to x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to 10 ; iptables -t filter -C INPUT -m string --algo bm --string abc --to 10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc '!' --to 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc '!' --to 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to '!' 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc --to '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to ; iptables -t filter -C INPUT -m string --algo bm --string abc --to ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --to 0 --to 0 ; iptables -t filter -C INPUT -m string --algo bm --string abc --to 0 --to 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --to 0 ; iptables -t filter -C INPUT --to 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo bm ; iptables -t filter -C INPUT -m string --string abc --algo bm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo kmp ; iptables -t filter -C INPUT -m string --string abc --algo kmp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo BM ; iptables -t filter -C INPUT -m string --string abc --algo BM ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo fsm ; iptables -t filter -C INPUT -m string --string abc --algo fsm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo '' ; iptables -t filter -C INPUT -m string --string abc --algo '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo xxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m string --string abc --algo xxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc '!' --algo bm ; iptables -t filter -C INPUT -m string --string abc '!' --algo bm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo '!' bm ; iptables -t filter -C INPUT -m string --string abc --algo '!' bm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo ; iptables -t filter -C INPUT -m string --string abc --algo ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --string abc --algo bm --algo bm ; iptables -t filter -C INPUT -m string --string abc --algo bm --algo bm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --algo bm ; iptables -t filter -C INPUT --algo bm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string a ; iptables -t filter -C INPUT -m string --algo bm --string a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m string --algo bm --string xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m string --algo bm --string xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string '' ; iptables -t filter -C INPUT -m string --algo bm --string '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string 'a\b' ; iptables -t filter -C INPUT -m string --algo bm --string 'a\b' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string 'a"b' ; iptables -t filter -C INPUT -m string --algo bm --string 'a"b' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string '|41|' ; iptables -t filter -C INPUT -m string --algo bm --string '|41|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm '!' --string a ; iptables -t filter -C INPUT -m string --algo bm '!' --string a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string '!' a ; iptables -t filter -C INPUT -m string --algo bm --string '!' a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string ; iptables -t filter -C INPUT -m string --algo bm --string ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string a --string a ; iptables -t filter -C INPUT -m string --algo bm --string a --string a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --string a ; iptables -t filter -C INPUT --string a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|41|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|41|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|41 42|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|41 42|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '||' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '||' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|4|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|4|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|0|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|0|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string 'abc|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string 'abc|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|41|x|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|41|x|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|41' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|41' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '41|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '41|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|4142|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|4142|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|zz|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|zz|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string 'a||b' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string 'a||b' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|4141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|4141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string 'a\b' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string 'a\b' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '\|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '\|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc '!' --hex-string '|41|' ; iptables -t filter -C INPUT -m string --algo bm --string abc '!' --hex-string '|41|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '!' '|41|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '!' '|41|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --hex-string '|41|' --hex-string '|41|' ; iptables -t filter -C INPUT -m string --algo bm --string abc --hex-string '|41|' --hex-string '|41|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --hex-string '|41|' ; iptables -t filter -C INPUT --hex-string '|41|' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --icase ; iptables -t filter -C INPUT -m string --algo bm --string abc --icase ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc '!' --icase ; iptables -t filter -C INPUT -m string --algo bm --string abc '!' --icase ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m string --algo bm --string abc --icase --icase ; iptables -t filter -C INPUT -m string --algo bm --string abc --icase --icase ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --icase ; iptables -t filter -C INPUT --icase ; iptables -t filter -L INPUT -n -v
# time
$ iptables -t filter -A INPUT -m time ; iptables -t filter -C INPUT -m time ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 1970-01-01 ; iptables -t filter -C INPUT -m time --datestart 1970-01-01 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 1970-01-01T00:00:00 ; iptables -t filter -C INPUT -m time --datestart 1970-01-01T00:00:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2038-01-19T03:14:07 ; iptables -t filter -C INPUT -m time --datestart 2038-01-19T03:14:07 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2038-01-19T03:14:08 ; iptables -t filter -C INPUT -m time --datestart 2038-01-19T03:14:08 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2100-01-01 ; iptables -t filter -C INPUT -m time --datestart 2100-01-01 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024 ; iptables -t filter -C INPUT -m time --datestart 2024 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-01 ; iptables -t filter -C INPUT -m time --datestart 2024-01 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-01-01T ; iptables -t filter -C INPUT -m time --datestart 2024-01-01T ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-01-01T08 ; iptables -t filter -C INPUT -m time --datestart 2024-01-01T08 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-01-01T08:00 ; iptables -t filter -C INPUT -m time --datestart 2024-01-01T08:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-02-30 ; iptables -t filter -C INPUT -m time --datestart 2024-02-30 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-1-1 ; iptables -t filter -C INPUT -m time --datestart 2024-1-1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 1969-12-31 ; iptables -t filter -C INPUT -m time --datestart 1969-12-31 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart x ; iptables -t filter -C INPUT -m time --datestart x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart '' ; iptables -t filter -C INPUT -m time --datestart '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart '2024-01-01 08:00:00' ; iptables -t filter -C INPUT -m time --datestart '2024-01-01 08:00:00' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-01-01T24:00:00 ; iptables -t filter -C INPUT -m time --datestart 2024-01-01T24:00:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 2024-01-01T23:59:60 ; iptables -t filter -C INPUT -m time --datestart 2024-01-01T23:59:60 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --datestart 1970-01-01 ; iptables -t filter -C INPUT -m time '!' --datestart 1970-01-01 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart '!' 1970-01-01 ; iptables -t filter -C INPUT -m time --datestart '!' 1970-01-01 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart ; iptables -t filter -C INPUT -m time --datestart ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestart 1970-01-01 --datestart 1970-01-01 ; iptables -t filter -C INPUT -m time --datestart 1970-01-01 --datestart 1970-01-01 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --datestart 1970-01-01 ; iptables -t filter -C INPUT --datestart 1970-01-01 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop 2038-01-19T03:14:07 ; iptables -t filter -C INPUT -m time --datestop 2038-01-19T03:14:07 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop 2106-02-07T06:28:15 ; iptables -t filter -C INPUT -m time --datestop 2106-02-07T06:28:15 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop 2106-02-07T06:28:16 ; iptables -t filter -C INPUT -m time --datestop 2106-02-07T06:28:16 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop 9999-12-31 ; iptables -t filter -C INPUT -m time --datestop 9999-12-31 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop x ; iptables -t filter -C INPUT -m time --datestop x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --datestop 2038-01-19T03:14:07 ; iptables -t filter -C INPUT -m time '!' --datestop 2038-01-19T03:14:07 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop '!' 2038-01-19T03:14:07 ; iptables -t filter -C INPUT -m time --datestop '!' 2038-01-19T03:14:07 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop ; iptables -t filter -C INPUT -m time --datestop ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --datestop 2038-01-19T03:14:07 --datestop 2038-01-19T03:14:07 ; iptables -t filter -C INPUT -m time --datestop 2038-01-19T03:14:07 --datestop 2038-01-19T03:14:07 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --datestop 2038-01-19T03:14:07 ; iptables -t filter -C INPUT --datestop 2038-01-19T03:14:07 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 0:0 ; iptables -t filter -C INPUT -m time --timestart 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 00:00 ; iptables -t filter -C INPUT -m time --timestart 00:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 23:59:59 ; iptables -t filter -C INPUT -m time --timestart 23:59:59 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 23:59:60 ; iptables -t filter -C INPUT -m time --timestart 23:59:60 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 12 ; iptables -t filter -C INPUT -m time --timestart 12 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 12:00:00:00 ; iptables -t filter -C INPUT -m time --timestart 12:00:00:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart -1:00 ; iptables -t filter -C INPUT -m time --timestart -1:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart x ; iptables -t filter -C INPUT -m time --timestart x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart '' ; iptables -t filter -C INPUT -m time --timestart '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 1:2:3 ; iptables -t filter -C INPUT -m time --timestart 1:2:3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 24:00 ; iptables -t filter -C INPUT -m time --timestart 24:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --timestart 0:0 ; iptables -t filter -C INPUT -m time '!' --timestart 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart '!' 0:0 ; iptables -t filter -C INPUT -m time --timestart '!' 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart ; iptables -t filter -C INPUT -m time --timestart ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 0:0 --timestart 0:0 ; iptables -t filter -C INPUT -m time --timestart 0:0 --timestart 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --timestart 0:0 ; iptables -t filter -C INPUT --timestart 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestop 0:0 ; iptables -t filter -C INPUT -m time --timestop 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestop 23:59:59 ; iptables -t filter -C INPUT -m time --timestop 23:59:59 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestop 23:59:60 ; iptables -t filter -C INPUT -m time --timestop 23:59:60 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestop x ; iptables -t filter -C INPUT -m time --timestop x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --timestop 0:0 ; iptables -t filter -C INPUT -m time '!' --timestop 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestop '!' 0:0 ; iptables -t filter -C INPUT -m time --timestop '!' 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestop ; iptables -t filter -C INPUT -m time --timestop ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestop 0:0 --timestop 0:0 ; iptables -t filter -C INPUT -m time --timestop 0:0 --timestop 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --timestop 0:0 ; iptables -t filter -C INPUT --timestop 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays Mon ; iptables -t filter -C INPUT -m time --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays Tue,Wed,Thu,Fri,Sat,Sun ; iptables -t filter -C INPUT -m time --weekdays Tue,Wed,Thu,Fri,Sat,Sun ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays 1 ; iptables -t filter -C INPUT -m time --weekdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays 7 ; iptables -t filter -C INPUT -m time --weekdays 7 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays 0 ; iptables -t filter -C INPUT -m time --weekdays 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays 8 ; iptables -t filter -C INPUT -m time --weekdays 8 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays mon ; iptables -t filter -C INPUT -m time --weekdays mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays Monday ; iptables -t filter -C INPUT -m time --weekdays Monday ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays Mon, ; iptables -t filter -C INPUT -m time --weekdays Mon, ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays ,Mon ; iptables -t filter -C INPUT -m time --weekdays ,Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays Mon,Mon ; iptables -t filter -C INPUT -m time --weekdays Mon,Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays '' ; iptables -t filter -C INPUT -m time --weekdays '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays 1,Mon ; iptables -t filter -C INPUT -m time --weekdays 1,Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --weekdays Mon ; iptables -t filter -C INPUT -m time '!' --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays '!' Mon ; iptables -t filter -C INPUT -m time --weekdays '!' Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays ; iptables -t filter -C INPUT -m time --weekdays ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --weekdays Mon --weekdays Mon ; iptables -t filter -C INPUT -m time --weekdays Mon --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --weekdays Mon ; iptables -t filter -C INPUT --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 1 ; iptables -t filter -C INPUT -m time --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 31 ; iptables -t filter -C INPUT -m time --monthdays 31 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 0 ; iptables -t filter -C INPUT -m time --monthdays 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 32 ; iptables -t filter -C INPUT -m time --monthdays 32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 1,2,3 ; iptables -t filter -C INPUT -m time --monthdays 1,2,3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 1, ; iptables -t filter -C INPUT -m time --monthdays 1, ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays ,1 ; iptables -t filter -C INPUT -m time --monthdays ,1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 1,,2 ; iptables -t filter -C INPUT -m time --monthdays 1,,2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays '' ; iptables -t filter -C INPUT -m time --monthdays '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays x ; iptables -t filter -C INPUT -m time --monthdays x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 31,31 ; iptables -t filter -C INPUT -m time --monthdays 31,31 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --monthdays 1 ; iptables -t filter -C INPUT -m time '!' --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays '!' 1 ; iptables -t filter -C INPUT -m time --monthdays '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays ; iptables -t filter -C INPUT -m time --monthdays ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --monthdays 1 --monthdays 1 ; iptables -t filter -C INPUT -m time --monthdays 1 --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --monthdays 1 ; iptables -t filter -C INPUT --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --kerneltz ; iptables -t filter -C INPUT -m time --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --kerneltz ; iptables -t filter -C INPUT -m time '!' --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --kerneltz --kerneltz ; iptables -t filter -C INPUT -m time --kerneltz --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --kerneltz ; iptables -t filter -C INPUT --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --localtz ; iptables -t filter -C INPUT -m time --localtz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --localtz ; iptables -t filter -C INPUT -m time '!' --localtz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --localtz --localtz ; iptables -t filter -C INPUT -m time --localtz --localtz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --localtz ; iptables -t filter -C INPUT --localtz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --utc ; iptables -t filter -C INPUT -m time --utc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --utc ; iptables -t filter -C INPUT -m time '!' --utc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --utc --utc ; iptables -t filter -C INPUT -m time --utc --utc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --utc ; iptables -t filter -C INPUT --utc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --contiguous ; iptables -t filter -C INPUT -m time --contiguous ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time '!' --contiguous ; iptables -t filter -C INPUT -m time '!' --contiguous ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --contiguous --contiguous ; iptables -t filter -C INPUT -m time --contiguous --contiguous ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --contiguous ; iptables -t filter -C INPUT --contiguous ; iptables -t filter -L INPUT -n -v
# time-cont
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 '!' --contiguous ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 '!' --contiguous ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous --contiguous ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous --contiguous ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --contiguous ; iptables -t filter -C INPUT --contiguous ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays Mon ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 '!' --weekdays Mon ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 '!' --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays '!' Mon ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays '!' Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays Mon --weekdays Mon ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --weekdays Mon --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --weekdays Mon ; iptables -t filter -C INPUT --weekdays Mon ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays 1 ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 '!' --monthdays 1 ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 '!' --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays '!' 1 ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays 1 --monthdays 1 ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --monthdays 1 --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --monthdays 1 ; iptables -t filter -C INPUT --monthdays 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --kerneltz ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 '!' --kerneltz ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 '!' --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --kerneltz --kerneltz ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --kerneltz --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --kerneltz ; iptables -t filter -C INPUT --kerneltz ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --utc ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --utc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 '!' --utc ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 '!' --utc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m time --timestart 22:00 --timestop 06:00 --utc --utc ; iptables -t filter -C INPUT -m time --timestart 22:00 --timestop 06:00 --utc --utc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --utc ; iptables -t filter -C INPUT --utc ; iptables -t filter -L INPUT -n -v
# connbytes
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 0 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 10:100 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 10:100 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 100:10 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 100:10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes :10 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes :10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 10: ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 10: ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 0:0 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 18446744073709551615 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 18446744073709551615 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 18446744073709551616 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 18446744073709551616 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes x ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes '' ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 10:x ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 10:x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes -1 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes '!' --connbytes 0 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes '!' --connbytes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes '!' 0 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 0 --connbytes 0 ; iptables -t filter -C INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes --connbytes 0 --connbytes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --connbytes 0 ; iptables -t filter -C INPUT --connbytes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir original ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir original ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir reply ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir reply ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir both ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir both ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir ORIGINAL ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir x ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir '' ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes '!' --connbytes-dir original ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes '!' --connbytes-dir original ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir '!' original ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir '!' original ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir original --connbytes-dir original ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir original --connbytes-dir original ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --connbytes-dir original ; iptables -t filter -C INPUT --connbytes-dir original ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode packets ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode packets ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode avgpkt ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode avgpkt ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode PACKETS ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode PACKETS ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode x ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode '' ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both '!' --connbytes-mode packets ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both '!' --connbytes-mode packets ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode '!' packets ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode '!' packets ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode packets --connbytes-mode packets ; iptables -t filter -C INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode packets --connbytes-mode packets ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --connbytes-mode packets ; iptables -t filter -C INPUT --connbytes-mode packets ; iptables -t filter -L INPUT -n -v
# conntrack
$ iptables -t filter -A INPUT -m conntrack ; iptables -t filter -C INPUT -m conntrack ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir ORIGINAL ; iptables -t filter -C INPUT -m conntrack --ctdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir REPLY ; iptables -t filter -C INPUT -m conntrack --ctdir REPLY ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir original ; iptables -t filter -C INPUT -m conntrack --ctdir original ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir reply ; iptables -t filter -C INPUT -m conntrack --ctdir reply ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir x ; iptables -t filter -C INPUT -m conntrack --ctdir x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir '' ; iptables -t filter -C INPUT -m conntrack --ctdir '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctdir ORIGINAL ; iptables -t filter -C INPUT -m conntrack '!' --ctdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir '!' ORIGINAL ; iptables -t filter -C INPUT -m conntrack --ctdir '!' ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir ; iptables -t filter -C INPUT -m conntrack --ctdir ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctdir ORIGINAL --ctdir ORIGINAL ; iptables -t filter -C INPUT -m conntrack --ctdir ORIGINAL --ctdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctdir ORIGINAL ; iptables -t filter -C INPUT --ctdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 0 ; iptables -t filter -C INPUT -m conntrack --ctexpire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 0:0 ; iptables -t filter -C INPUT -m conntrack --ctexpire 0:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 4294967295 ; iptables -t filter -C INPUT -m conntrack --ctexpire 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 4294967296 ; iptables -t filter -C INPUT -m conntrack --ctexpire 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 10:5 ; iptables -t filter -C INPUT -m conntrack --ctexpire 10:5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 5:5 ; iptables -t filter -C INPUT -m conntrack --ctexpire 5:5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire :5 ; iptables -t filter -C INPUT -m conntrack --ctexpire :5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 5: ; iptables -t filter -C INPUT -m conntrack --ctexpire 5: ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire x ; iptables -t filter -C INPUT -m conntrack --ctexpire x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire -1 ; iptables -t filter -C INPUT -m conntrack --ctexpire -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 0x10 ; iptables -t filter -C INPUT -m conntrack --ctexpire 0x10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctexpire 0 ; iptables -t filter -C INPUT -m conntrack '!' --ctexpire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire '!' 0 ; iptables -t filter -C INPUT -m conntrack --ctexpire '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire ; iptables -t filter -C INPUT -m conntrack --ctexpire ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctexpire 0 --ctexpire 0 ; iptables -t filter -C INPUT -m conntrack --ctexpire 0 --ctexpire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctexpire 0 ; iptables -t filter -C INPUT --ctexpire 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate SNAT ; iptables -t filter -C INPUT -m conntrack --ctstate SNAT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate DNAT ; iptables -t filter -C INPUT -m conntrack --ctstate DNAT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate snat ; iptables -t filter -C INPUT -m conntrack --ctstate snat ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate UNTRACKED ; iptables -t filter -C INPUT -m conntrack --ctstate UNTRACKED ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate INVALID,NEW ; iptables -t filter -C INPUT -m conntrack --ctstate INVALID,NEW ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate NEW, ; iptables -t filter -C INPUT -m conntrack --ctstate NEW, ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate ,NEW ; iptables -t filter -C INPUT -m conntrack --ctstate ,NEW ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate '' ; iptables -t filter -C INPUT -m conntrack --ctstate '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctstate SNAT ; iptables -t filter -C INPUT -m conntrack '!' --ctstate SNAT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate '!' SNAT ; iptables -t filter -C INPUT -m conntrack --ctstate '!' SNAT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate ; iptables -t filter -C INPUT -m conntrack --ctstate ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstate SNAT --ctstate SNAT ; iptables -t filter -C INPUT -m conntrack --ctstate SNAT --ctstate SNAT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctstate SNAT ; iptables -t filter -C INPUT --ctstate SNAT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus NONE ; iptables -t filter -C INPUT -m conntrack --ctstatus NONE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus EXPECTED ; iptables -t filter -C INPUT -m conntrack --ctstatus EXPECTED ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus SEEN_REPLY ; iptables -t filter -C INPUT -m conntrack --ctstatus SEEN_REPLY ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus ASSURED ; iptables -t filter -C INPUT -m conntrack --ctstatus ASSURED ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus CONFIRMED ; iptables -t filter -C INPUT -m conntrack --ctstatus CONFIRMED ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus none ; iptables -t filter -C INPUT -m conntrack --ctstatus none ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus ASSURED, ; iptables -t filter -C INPUT -m conntrack --ctstatus ASSURED, ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus x ; iptables -t filter -C INPUT -m conntrack --ctstatus x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus '' ; iptables -t filter -C INPUT -m conntrack --ctstatus '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctstatus NONE ; iptables -t filter -C INPUT -m conntrack '!' --ctstatus NONE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus '!' NONE ; iptables -t filter -C INPUT -m conntrack --ctstatus '!' NONE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus ; iptables -t filter -C INPUT -m conntrack --ctstatus ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctstatus NONE --ctstatus NONE ; iptables -t filter -C INPUT -m conntrack --ctstatus NONE --ctstatus NONE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctstatus NONE ; iptables -t filter -C INPUT --ctstatus NONE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto tcp ; iptables -t filter -C INPUT -m conntrack --ctproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto 0 ; iptables -t filter -C INPUT -m conntrack --ctproto 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto 255 ; iptables -t filter -C INPUT -m conntrack --ctproto 255 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto 256 ; iptables -t filter -C INPUT -m conntrack --ctproto 256 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto all ; iptables -t filter -C INPUT -m conntrack --ctproto all ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto icmp ; iptables -t filter -C INPUT -m conntrack --ctproto icmp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto x ; iptables -t filter -C INPUT -m conntrack --ctproto x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto '' ; iptables -t filter -C INPUT -m conntrack --ctproto '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctproto tcp ; iptables -t filter -C INPUT -m conntrack '!' --ctproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto '!' tcp ; iptables -t filter -C INPUT -m conntrack --ctproto '!' tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto ; iptables -t filter -C INPUT -m conntrack --ctproto ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctproto tcp --ctproto tcp ; iptables -t filter -C INPUT -m conntrack --ctproto tcp --ctproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctproto tcp ; iptables -t filter -C INPUT --ctproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport 0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport 65535 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport 65536 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport 1:2 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport 1:2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport 2:1 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport 2:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport :5 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport :5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport 5: ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport 5: ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport ssh ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport ssh ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport x ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctorigsrcport 0 ; iptables -t filter -C INPUT -m conntrack '!' --ctorigsrcport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport '!' 0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrcport 0 --ctorigsrcport 0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrcport 0 --ctorigsrcport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctorigsrcport 0 ; iptables -t filter -C INPUT --ctorigsrcport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctrepldstport 80 ; iptables -t filter -C INPUT -m conntrack --ctrepldstport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctrepldstport 80:90 ; iptables -t filter -C INPUT -m conntrack --ctrepldstport 80:90 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctrepldstport 80 ; iptables -t filter -C INPUT -m conntrack '!' --ctrepldstport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctrepldstport '!' 80 ; iptables -t filter -C INPUT -m conntrack --ctrepldstport '!' 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctrepldstport ; iptables -t filter -C INPUT -m conntrack --ctrepldstport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctrepldstport 80 --ctrepldstport 80 ; iptables -t filter -C INPUT -m conntrack --ctrepldstport 80 --ctrepldstport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctrepldstport 80 ; iptables -t filter -C INPUT --ctrepldstport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctreplsrcport 80 ; iptables -t filter -C INPUT -m conntrack --ctreplsrcport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctreplsrcport 80 ; iptables -t filter -C INPUT -m conntrack '!' --ctreplsrcport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctreplsrcport '!' 80 ; iptables -t filter -C INPUT -m conntrack --ctreplsrcport '!' 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctreplsrcport ; iptables -t filter -C INPUT -m conntrack --ctreplsrcport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctreplsrcport 80 --ctreplsrcport 80 ; iptables -t filter -C INPUT -m conntrack --ctreplsrcport 80 --ctreplsrcport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctreplsrcport 80 ; iptables -t filter -C INPUT --ctreplsrcport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc 1.2.3.4/0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrc 1.2.3.4/0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc 1.2.3.4/32 ; iptables -t filter -C INPUT -m conntrack --ctorigsrc 1.2.3.4/32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc 1.2.3.4/255.255.0.0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrc 1.2.3.4/255.255.0.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc 1.2.3.4/255.0.255.0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrc 1.2.3.4/255.0.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc 1.2.3.4,5.6.7.8 ; iptables -t filter -C INPUT -m conntrack --ctorigsrc 1.2.3.4,5.6.7.8 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack '!' --ctorigsrc 1.2.3.4/0 ; iptables -t filter -C INPUT -m conntrack '!' --ctorigsrc 1.2.3.4/0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc '!' 1.2.3.4/0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrc '!' 1.2.3.4/0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc ; iptables -t filter -C INPUT -m conntrack --ctorigsrc ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m conntrack --ctorigsrc 1.2.3.4/0 --ctorigsrc 1.2.3.4/0 ; iptables -t filter -C INPUT -m conntrack --ctorigsrc 1.2.3.4/0 --ctorigsrc 1.2.3.4/0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ctorigsrc 1.2.3.4/0 ; iptables -t filter -C INPUT --ctorigsrc 1.2.3.4/0 ; iptables -t filter -L INPUT -n -v
# policy
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir in ; iptables -t filter -C INPUT -m policy --pol ipsec --dir in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir out ; iptables -t filter -C INPUT -m policy --pol ipsec --dir out ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir IN ; iptables -t filter -C INPUT -m policy --pol ipsec --dir IN ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir x ; iptables -t filter -C INPUT -m policy --pol ipsec --dir x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir '' ; iptables -t filter -C INPUT -m policy --pol ipsec --dir '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec '!' --dir in ; iptables -t filter -C INPUT -m policy --pol ipsec '!' --dir in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir '!' in ; iptables -t filter -C INPUT -m policy --pol ipsec --dir '!' in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir ; iptables -t filter -C INPUT -m policy --pol ipsec --dir ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --pol ipsec --dir in --dir in ; iptables -t filter -C INPUT -m policy --pol ipsec --dir in --dir in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --dir in ; iptables -t filter -C INPUT --dir in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol none ; iptables -t filter -C INPUT -m policy --dir in --pol none ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol x ; iptables -t filter -C INPUT -m policy --dir in --pol x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol '' ; iptables -t filter -C INPUT -m policy --dir in --pol '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in '!' --pol none ; iptables -t filter -C INPUT -m policy --dir in '!' --pol none ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol '!' none ; iptables -t filter -C INPUT -m policy --dir in --pol '!' none ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ; iptables -t filter -C INPUT -m policy --dir in --pol ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol none --pol none ; iptables -t filter -C INPUT -m policy --dir in --pol none --pol none ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --pol none ; iptables -t filter -C INPUT --pol none ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --strict ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --strict ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --strict ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --strict ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --strict --strict ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --strict --strict ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --strict ; iptables -t filter -C INPUT --strict ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --reqid 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --reqid 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --reqid 4294967295 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --reqid 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --reqid 4294967296 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --reqid 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --reqid x ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --reqid x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --reqid 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --reqid 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --reqid '!' 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --reqid '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --reqid ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --reqid ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --reqid 0 --reqid 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --reqid 0 --reqid 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --reqid 0 ; iptables -t filter -C INPUT --reqid 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --spi 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --spi 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --spi 0x100 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --spi 0x100 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --spi 4294967296 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --spi 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --spi x ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --spi x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --spi 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --spi 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --spi '!' 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --spi '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --spi ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --spi ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --spi 0 --spi 0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --spi 0 --spi 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --spi 0 ; iptables -t filter -C INPUT --spi 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto esp ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto esp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto ah ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto ah ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto ipcomp ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto ipcomp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto tcp ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto 50 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto 50 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto x ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --proto esp ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --proto esp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto '!' esp ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto '!' esp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --proto esp --proto esp ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --proto esp --proto esp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --proto esp ; iptables -t filter -C INPUT --proto esp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --mode tunnel ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --mode tunnel ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --mode transport ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --mode transport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --mode x ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --mode x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --mode '' ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --mode '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --mode tunnel ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --mode tunnel ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --mode '!' tunnel ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --mode '!' tunnel ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --mode ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --mode ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --mode tunnel --mode tunnel ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --mode tunnel --mode tunnel ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --mode tunnel ; iptables -t filter -C INPUT --mode tunnel ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.0/24 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.0/24 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --tunnel-src 1.2.3.4 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --tunnel-src 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-src '!' 1.2.3.4 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-src '!' 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-src ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-src ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4 --tunnel-src 1.2.3.4 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4 --tunnel-src 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --tunnel-src 1.2.3.4 ; iptables -t filter -C INPUT --tunnel-src 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-dst '!' 1.2.3.4/255.255.255.0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-dst '!' 1.2.3.4/255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-dst ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-dst ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --tunnel-dst 1.2.3.4/255.255.255.0 --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --tunnel-dst 1.2.3.4/255.255.255.0 --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -C INPUT --tunnel-dst 1.2.3.4/255.255.255.0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --next ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --next ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec '!' --next ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec '!' --next ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m policy --dir in --pol ipsec --next --next ; iptables -t filter -C INPUT -m policy --dir in --pol ipsec --next --next ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --next ; iptables -t filter -C INPUT --next ; iptables -t filter -L INPUT -n -v
# ipvs
$ iptables -t filter -A INPUT -m ipvs ; iptables -t filter -C INPUT -m ipvs ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --ipvs ; iptables -t filter -C INPUT -m ipvs --ipvs ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs '!' --ipvs ; iptables -t filter -C INPUT -m ipvs '!' --ipvs ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --ipvs --ipvs ; iptables -t filter -C INPUT -m ipvs --ipvs --ipvs ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ipvs ; iptables -t filter -C INPUT --ipvs ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vproto tcp ; iptables -t filter -C INPUT -m ipvs --vproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vproto 6 ; iptables -t filter -C INPUT -m ipvs --vproto 6 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vproto x ; iptables -t filter -C INPUT -m ipvs --vproto x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs '!' --vproto tcp ; iptables -t filter -C INPUT -m ipvs '!' --vproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vproto '!' tcp ; iptables -t filter -C INPUT -m ipvs --vproto '!' tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vproto ; iptables -t filter -C INPUT -m ipvs --vproto ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vproto tcp --vproto tcp ; iptables -t filter -C INPUT -m ipvs --vproto tcp --vproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --vproto tcp ; iptables -t filter -C INPUT --vproto tcp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vaddr 1.2.3.4 ; iptables -t filter -C INPUT -m ipvs --vaddr 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vaddr 1.2.3.0/24 ; iptables -t filter -C INPUT -m ipvs --vaddr 1.2.3.0/24 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs '!' --vaddr 1.2.3.4 ; iptables -t filter -C INPUT -m ipvs '!' --vaddr 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vaddr '!' 1.2.3.4 ; iptables -t filter -C INPUT -m ipvs --vaddr '!' 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vaddr ; iptables -t filter -C INPUT -m ipvs --vaddr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vaddr 1.2.3.4 --vaddr 1.2.3.4 ; iptables -t filter -C INPUT -m ipvs --vaddr 1.2.3.4 --vaddr 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --vaddr 1.2.3.4 ; iptables -t filter -C INPUT --vaddr 1.2.3.4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport 80 ; iptables -t filter -C INPUT -m ipvs --vport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport 0 ; iptables -t filter -C INPUT -m ipvs --vport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport 65535 ; iptables -t filter -C INPUT -m ipvs --vport 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport 65536 ; iptables -t filter -C INPUT -m ipvs --vport 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport http ; iptables -t filter -C INPUT -m ipvs --vport http ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport x ; iptables -t filter -C INPUT -m ipvs --vport x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs '!' --vport 80 ; iptables -t filter -C INPUT -m ipvs '!' --vport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport '!' 80 ; iptables -t filter -C INPUT -m ipvs --vport '!' 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport ; iptables -t filter -C INPUT -m ipvs --vport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vport 80 --vport 80 ; iptables -t filter -C INPUT -m ipvs --vport 80 --vport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --vport 80 ; iptables -t filter -C INPUT --vport 80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vdir ORIGINAL ; iptables -t filter -C INPUT -m ipvs --vdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vdir REPLY ; iptables -t filter -C INPUT -m ipvs --vdir REPLY ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vdir x ; iptables -t filter -C INPUT -m ipvs --vdir x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs '!' --vdir ORIGINAL ; iptables -t filter -C INPUT -m ipvs '!' --vdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vdir '!' ORIGINAL ; iptables -t filter -C INPUT -m ipvs --vdir '!' ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vdir ; iptables -t filter -C INPUT -m ipvs --vdir ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vdir ORIGINAL --vdir ORIGINAL ; iptables -t filter -C INPUT -m ipvs --vdir ORIGINAL --vdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --vdir ORIGINAL ; iptables -t filter -C INPUT --vdir ORIGINAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod GATE ; iptables -t filter -C INPUT -m ipvs --vmethod GATE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod IPIP ; iptables -t filter -C INPUT -m ipvs --vmethod IPIP ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod MASQ ; iptables -t filter -C INPUT -m ipvs --vmethod MASQ ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod gate ; iptables -t filter -C INPUT -m ipvs --vmethod gate ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod x ; iptables -t filter -C INPUT -m ipvs --vmethod x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs '!' --vmethod GATE ; iptables -t filter -C INPUT -m ipvs '!' --vmethod GATE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod '!' GATE ; iptables -t filter -C INPUT -m ipvs --vmethod '!' GATE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod ; iptables -t filter -C INPUT -m ipvs --vmethod ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vmethod GATE --vmethod GATE ; iptables -t filter -C INPUT -m ipvs --vmethod GATE --vmethod GATE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --vmethod GATE ; iptables -t filter -C INPUT --vmethod GATE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vportctl 21 ; iptables -t filter -C INPUT -m ipvs --vportctl 21 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vportctl 65536 ; iptables -t filter -C INPUT -m ipvs --vportctl 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vportctl x ; iptables -t filter -C INPUT -m ipvs --vportctl x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs '!' --vportctl 21 ; iptables -t filter -C INPUT -m ipvs '!' --vportctl 21 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vportctl '!' 21 ; iptables -t filter -C INPUT -m ipvs --vportctl '!' 21 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vportctl ; iptables -t filter -C INPUT -m ipvs --vportctl ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ipvs --vportctl 21 --vportctl 21 ; iptables -t filter -C INPUT -m ipvs --vportctl 21 --vportctl 21 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --vportctl 21 ; iptables -t filter -C INPUT --vportctl 21 ; iptables -t filter -L INPUT -n -v
# rpfilter
$ iptables -t mangle -A PREROUTING -m rpfilter ; iptables -t mangle -C PREROUTING -m rpfilter ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --loose ; iptables -t mangle -C PREROUTING -m rpfilter --loose ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter '!' --loose ; iptables -t mangle -C PREROUTING -m rpfilter '!' --loose ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --loose --loose ; iptables -t mangle -C PREROUTING -m rpfilter --loose --loose ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --loose ; iptables -t mangle -C PREROUTING --loose ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --validmark ; iptables -t mangle -C PREROUTING -m rpfilter --validmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter '!' --validmark ; iptables -t mangle -C PREROUTING -m rpfilter '!' --validmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --validmark --validmark ; iptables -t mangle -C PREROUTING -m rpfilter --validmark --validmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --validmark ; iptables -t mangle -C PREROUTING --validmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --accept-local ; iptables -t mangle -C PREROUTING -m rpfilter --accept-local ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter '!' --accept-local ; iptables -t mangle -C PREROUTING -m rpfilter '!' --accept-local ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --accept-local --accept-local ; iptables -t mangle -C PREROUTING -m rpfilter --accept-local --accept-local ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --accept-local ; iptables -t mangle -C PREROUTING --accept-local ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --invert ; iptables -t mangle -C PREROUTING -m rpfilter --invert ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter '!' --invert ; iptables -t mangle -C PREROUTING -m rpfilter '!' --invert ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m rpfilter --invert --invert ; iptables -t mangle -C PREROUTING -m rpfilter --invert --invert ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --invert ; iptables -t mangle -C PREROUTING --invert ; iptables -t mangle -L PREROUTING -n -v
# addrtype
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type UNSPEC ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type UNSPEC ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type UNICAST ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type UNICAST ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type LOCAL ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type LOCAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type BROADCAST ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type BROADCAST ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type ANYCAST ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type ANYCAST ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type MULTICAST ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type MULTICAST ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type BLACKHOLE ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type BLACKHOLE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type UNREACHABLE ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type UNREACHABLE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type PROHIBIT ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type PROHIBIT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type THROW ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type THROW ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type NAT ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type NAT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type XRESOLVE ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type XRESOLVE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type local ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type local ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type LOCAL, ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type LOCAL, ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type ,LOCAL ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type ,LOCAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type LOCAL,,UNICAST ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type LOCAL,,UNICAST ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type '' ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type LOCAL,LOCAL ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type LOCAL,LOCAL ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL '!' --src-type UNSPEC ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL '!' --src-type UNSPEC ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type '!' UNSPEC ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type '!' UNSPEC ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --src-type UNSPEC --src-type UNSPEC ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --src-type UNSPEC --src-type UNSPEC ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --src-type UNSPEC ; iptables -t filter -C INPUT --src-type UNSPEC ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --limit-iface-in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL '!' --limit-iface-in ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL '!' --limit-iface-in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-in ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --limit-iface-in ; iptables -t filter -C INPUT --limit-iface-in ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --limit-iface-out ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --limit-iface-out ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL '!' --limit-iface-out ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL '!' --limit-iface-out ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m addrtype --dst-type LOCAL --limit-iface-out --limit-iface-out ; iptables -t filter -C INPUT -m addrtype --dst-type LOCAL --limit-iface-out --limit-iface-out ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --limit-iface-out ; iptables -t filter -C INPUT --limit-iface-out ; iptables -t filter -L INPUT -n -v
# addrtype-out
$ iptables -t filter -A OUTPUT -m addrtype --dst-type LOCAL ; iptables -t filter -C OUTPUT -m addrtype --dst-type LOCAL ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-in ; iptables -t filter -C OUTPUT -m addrtype --dst-type LOCAL --limit-iface-in ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m addrtype --dst-type LOCAL '!' --limit-iface-in ; iptables -t filter -C OUTPUT -m addrtype --dst-type LOCAL '!' --limit-iface-in ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-in ; iptables -t filter -C OUTPUT -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-in ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --limit-iface-in ; iptables -t filter -C OUTPUT --limit-iface-in ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out ; iptables -t filter -C OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m addrtype --dst-type LOCAL '!' --limit-iface-out ; iptables -t filter -C OUTPUT -m addrtype --dst-type LOCAL '!' --limit-iface-out ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out --limit-iface-out ; iptables -t filter -C OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out --limit-iface-out ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --limit-iface-out ; iptables -t filter -C OUTPUT --limit-iface-out ; iptables -t filter -L OUTPUT -n -v
# socket
$ iptables -t mangle -A PREROUTING -m socket ; iptables -t mangle -C PREROUTING -m socket ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket --transparent ; iptables -t mangle -C PREROUTING -m socket --transparent ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket '!' --transparent ; iptables -t mangle -C PREROUTING -m socket '!' --transparent ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket --transparent --transparent ; iptables -t mangle -C PREROUTING -m socket --transparent --transparent ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --transparent ; iptables -t mangle -C PREROUTING --transparent ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket --nowildcard ; iptables -t mangle -C PREROUTING -m socket --nowildcard ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket '!' --nowildcard ; iptables -t mangle -C PREROUTING -m socket '!' --nowildcard ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket --nowildcard --nowildcard ; iptables -t mangle -C PREROUTING -m socket --nowildcard --nowildcard ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --nowildcard ; iptables -t mangle -C PREROUTING --nowildcard ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket --restore-skmark ; iptables -t mangle -C PREROUTING -m socket --restore-skmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket '!' --restore-skmark ; iptables -t mangle -C PREROUTING -m socket '!' --restore-skmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -m socket --restore-skmark --restore-skmark ; iptables -t mangle -C PREROUTING -m socket --restore-skmark --restore-skmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --restore-skmark ; iptables -t mangle -C PREROUTING --restore-skmark ; iptables -t mangle -L PREROUTING -n -v
# cgroup
$ iptables -t filter -A OUTPUT -m cgroup ; iptables -t filter -C OUTPUT -m cgroup ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path / ; iptables -t filter -C OUTPUT -m cgroup --path / ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path a ; iptables -t filter -C OUTPUT -m cgroup --path a ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path '' ; iptables -t filter -C OUTPUT -m cgroup --path '' ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C OUTPUT -m cgroup --path xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path /nonexistent ; iptables -t filter -C OUTPUT -m cgroup --path /nonexistent ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup '!' --path / ; iptables -t filter -C OUTPUT -m cgroup '!' --path / ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path '!' / ; iptables -t filter -C OUTPUT -m cgroup --path '!' / ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path ; iptables -t filter -C OUTPUT -m cgroup --path ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --path / --path / ; iptables -t filter -C OUTPUT -m cgroup --path / --path / ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --path / ; iptables -t filter -C OUTPUT --path / ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 0 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 1 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 1 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 4294967295 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 4294967295 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 4294967296 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 4294967296 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup -1 ; iptables -t filter -C OUTPUT -m cgroup --cgroup -1 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 0xffffffff ; iptables -t filter -C OUTPUT -m cgroup --cgroup 0xffffffff ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 010 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 010 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup '' ; iptables -t filter -C OUTPUT -m cgroup --cgroup '' ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup x ; iptables -t filter -C OUTPUT -m cgroup --cgroup x ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 1e3 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 1e3 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 18446744073709551616 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 18446744073709551616 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup '!' --cgroup 0 ; iptables -t filter -C OUTPUT -m cgroup '!' --cgroup 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup '!' 0 ; iptables -t filter -C OUTPUT -m cgroup --cgroup '!' 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup ; iptables -t filter -C OUTPUT -m cgroup --cgroup ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m cgroup --cgroup 0 --cgroup 0 ; iptables -t filter -C OUTPUT -m cgroup --cgroup 0 --cgroup 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --cgroup 0 ; iptables -t filter -C OUTPUT --cgroup 0 ; iptables -t filter -L OUTPUT -n -v
# cluster
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 0 ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 1 ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 32 ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 33 ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 33 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes x ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef '!' --cluster-total-nodes 0 ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef '!' --cluster-total-nodes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes '!' 0 ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 0 --cluster-total-nodes 0 ; iptables -t filter -C INPUT -m cluster --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-total-nodes 0 --cluster-total-nodes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --cluster-total-nodes 0 ; iptables -t filter -C INPUT --cluster-total-nodes 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 1 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 2 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 3 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 32 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 33 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 33 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef '!' --cluster-local-node 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef '!' --cluster-local-node 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node '!' 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 0 --cluster-local-node 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef --cluster-local-node 0 --cluster-local-node 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --cluster-local-node 0 ; iptables -t filter -C INPUT --cluster-local-node 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 1 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 3 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 4 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 32 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 33 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 33 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef '!' --cluster-local-nodemask 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef '!' --cluster-local-nodemask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask '!' 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 0 --cluster-local-nodemask 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef --cluster-local-nodemask 0 --cluster-local-nodemask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --cluster-local-nodemask 0 ; iptables -t filter -C INPUT --cluster-local-nodemask 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 4294967295 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 4294967296 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed -1 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xffffffff ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xffffffff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 010 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 010 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed '' ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed x ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1e3 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1e3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 18446744073709551616 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 18446744073709551616 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 '!' --cluster-hash-seed 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 '!' --cluster-hash-seed 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed '!' 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0 --cluster-hash-seed 0 ; iptables -t filter -C INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0 --cluster-hash-seed 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --cluster-hash-seed 0 ; iptables -t filter -C INPUT --cluster-hash-seed 0 ; iptables -t filter -L INPUT -n -v
# nfacct
$ iptables -t filter -A INPUT -m nfacct --nfacct-name x ; iptables -t filter -C INPUT -m nfacct --nfacct-name x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct --nfacct-name a ; iptables -t filter -C INPUT -m nfacct --nfacct-name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct --nfacct-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m nfacct --nfacct-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct --nfacct-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m nfacct --nfacct-name xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct --nfacct-name '' ; iptables -t filter -C INPUT -m nfacct --nfacct-name '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct '!' --nfacct-name a ; iptables -t filter -C INPUT -m nfacct '!' --nfacct-name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct --nfacct-name '!' a ; iptables -t filter -C INPUT -m nfacct --nfacct-name '!' a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct --nfacct-name ; iptables -t filter -C INPUT -m nfacct --nfacct-name ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m nfacct --nfacct-name a --nfacct-name a ; iptables -t filter -C INPUT -m nfacct --nfacct-name a --nfacct-name a ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --nfacct-name a ; iptables -t filter -C INPUT --nfacct-name a ; iptables -t filter -L INPUT -n -v
# u32
$ iptables -t filter -A INPUT -m u32 ; iptables -t filter -C INPUT -m u32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -C INPUT -m u32 --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0&0xFFFF=0x100' ; iptables -t filter -C INPUT -m u32 --u32 '0&0xFFFF=0x100' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0=0 ; iptables -t filter -C INPUT -m u32 --u32 0=0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0x0=0x0:0xffffffff ; iptables -t filter -C INPUT -m u32 --u32 0x0=0x0:0xffffffff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '6&0xFF=1,6' ; iptables -t filter -C INPUT -m u32 --u32 '6&0xFF=1,6' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0&0xffff=1&&4&0xff=2' ; iptables -t filter -C INPUT -m u32 --u32 '0&0xffff=1&&4&0xff=2' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0=0,1,2,3,4,5,6,7,8,9 ; iptables -t filter -C INPUT -m u32 --u32 0=0,1,2,3,4,5,6,7,8,9 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0=0,1,2,3,4,5,6,7,8,9,10 ; iptables -t filter -C INPUT -m u32 --u32 0=0,1,2,3,4,5,6,7,8,9,10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0' ; iptables -t filter -C INPUT -m u32 --u32 '0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0' ; iptables -t filter -C INPUT -m u32 --u32 '0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0&&0=0' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0@0@0@0@0@0@0@0@0@0@0=0 ; iptables -t filter -C INPUT -m u32 --u32 0@0@0@0@0@0@0@0@0@0@0=0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0 ; iptables -t filter -C INPUT -m u32 --u32 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 =0 ; iptables -t filter -C INPUT -m u32 --u32 =0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0= ; iptables -t filter -C INPUT -m u32 --u32 0= ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0&=1' ; iptables -t filter -C INPUT -m u32 --u32 '0&=1' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 x ; iptables -t filter -C INPUT -m u32 --u32 x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0>>32=0' ; iptables -t filter -C INPUT -m u32 --u32 '0>>32=0' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0<<31=0' ; iptables -t filter -C INPUT -m u32 --u32 '0<<31=0' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0 = 0' ; iptables -t filter -C INPUT -m u32 --u32 '0 = 0' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 ' 0=0' ; iptables -t filter -C INPUT -m u32 --u32 ' 0=0' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0=0 ' ; iptables -t filter -C INPUT -m u32 --u32 '0=0 ' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 0=1:0 ; iptables -t filter -C INPUT -m u32 --u32 0=1:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 4294967295=0 ; iptables -t filter -C INPUT -m u32 --u32 4294967295=0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 4294967296=0 ; iptables -t filter -C INPUT -m u32 --u32 4294967296=0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0&0x=0' ; iptables -t filter -C INPUT -m u32 --u32 '0&0x=0' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '' ; iptables -t filter -C INPUT -m u32 --u32 '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 '!' --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -C INPUT -m u32 '!' --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '!' '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -C INPUT -m u32 --u32 '!' '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 ; iptables -t filter -C INPUT -m u32 --u32 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m u32 --u32 '0>>22&0x3C@12>>16=1:65535' --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -C INPUT -m u32 --u32 '0>>22&0x3C@12>>16=1:65535' --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -C INPUT --u32 '0>>22&0x3C@12>>16=1:65535' ; iptables -t filter -L INPUT -n -v
# osf
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre '' ; iptables -t filter -C INPUT -p tcp -m osf --genre '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -p tcp -m osf --genre xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -p tcp -m osf --genre xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf '!' --genre Linux ; iptables -t filter -C INPUT -p tcp -m osf '!' --genre Linux ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre '!' Linux ; iptables -t filter -C INPUT -p tcp -m osf --genre '!' Linux ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre ; iptables -t filter -C INPUT -p tcp -m osf --genre ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --genre Linux ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --genre Linux ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --genre Linux ; iptables -t filter -C INPUT -p tcp --genre Linux ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl 1 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl 2 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl 2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl 3 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl 3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl x ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux '!' --ttl 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux '!' --ttl 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl '!' 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --ttl 0 --ttl 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --ttl 0 --ttl 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --ttl 0 ; iptables -t filter -C INPUT -p tcp --ttl 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --log 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --log 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --log 1 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --log 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --log 2 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --log 2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --log 3 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --log 3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux '!' --log 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux '!' --log 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --log '!' 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --log '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --log ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --log ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m osf --genre Linux --log 0 --log 0 ; iptables -t filter -C INPUT -p tcp -m osf --genre Linux --log 0 --log 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --log 0 ; iptables -t filter -C INPUT -p tcp --log 0 ; iptables -t filter -L INPUT -n -v
# connlabel
$ iptables -t filter -A INPUT -m connlabel --label 0 ; iptables -t filter -C INPUT -m connlabel --label 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 0 ; iptables -t filter -C INPUT -m connlabel --label 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 1 ; iptables -t filter -C INPUT -m connlabel --label 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 127 ; iptables -t filter -C INPUT -m connlabel --label 127 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 128 ; iptables -t filter -C INPUT -m connlabel --label 128 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label -1 ; iptables -t filter -C INPUT -m connlabel --label -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label x ; iptables -t filter -C INPUT -m connlabel --label x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label '' ; iptables -t filter -C INPUT -m connlabel --label '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel '!' --label 0 ; iptables -t filter -C INPUT -m connlabel '!' --label 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label '!' 0 ; iptables -t filter -C INPUT -m connlabel --label '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label ; iptables -t filter -C INPUT -m connlabel --label ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 0 --label 0 ; iptables -t filter -C INPUT -m connlabel --label 0 --label 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --label 0 ; iptables -t filter -C INPUT --label 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 0 --set ; iptables -t filter -C INPUT -m connlabel --label 0 --set ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 0 '!' --set ; iptables -t filter -C INPUT -m connlabel --label 0 '!' --set ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m connlabel --label 0 --set --set ; iptables -t filter -C INPUT -m connlabel --label 0 --set --set ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --set ; iptables -t filter -C INPUT --set ; iptables -t filter -L INPUT -n -v
# quota
$ iptables -t filter -A INPUT -m quota --quota 1 ; iptables -t filter -C INPUT -m quota --quota 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota 0 ; iptables -t filter -C INPUT -m quota --quota 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota 18446744073709551615 ; iptables -t filter -C INPUT -m quota --quota 18446744073709551615 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota 18446744073709551616 ; iptables -t filter -C INPUT -m quota --quota 18446744073709551616 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota x ; iptables -t filter -C INPUT -m quota --quota x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota -1 ; iptables -t filter -C INPUT -m quota --quota -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota 0x10 ; iptables -t filter -C INPUT -m quota --quota 0x10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota '!' --quota 0 ; iptables -t filter -C INPUT -m quota '!' --quota 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota '!' 0 ; iptables -t filter -C INPUT -m quota --quota '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota ; iptables -t filter -C INPUT -m quota --quota ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m quota --quota 0 --quota 0 ; iptables -t filter -C INPUT -m quota --quota 0 --quota 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --quota 0 ; iptables -t filter -C INPUT --quota 0 ; iptables -t filter -L INPUT -n -v
# realm
$ iptables -t filter -A INPUT -m realm --realm 1 ; iptables -t filter -C INPUT -m realm --realm 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 0 ; iptables -t filter -C INPUT -m realm --realm 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 1 ; iptables -t filter -C INPUT -m realm --realm 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 0x10/0xff ; iptables -t filter -C INPUT -m realm --realm 0x10/0xff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 4294967295 ; iptables -t filter -C INPUT -m realm --realm 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 4294967296 ; iptables -t filter -C INPUT -m realm --realm 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm cosmos ; iptables -t filter -C INPUT -m realm --realm cosmos ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm x ; iptables -t filter -C INPUT -m realm --realm x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 1/ ; iptables -t filter -C INPUT -m realm --realm 1/ ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm '' ; iptables -t filter -C INPUT -m realm --realm '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 1/2/3 ; iptables -t filter -C INPUT -m realm --realm 1/2/3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm '!' --realm 0 ; iptables -t filter -C INPUT -m realm '!' --realm 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm '!' 0 ; iptables -t filter -C INPUT -m realm --realm '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm ; iptables -t filter -C INPUT -m realm --realm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m realm --realm 0 --realm 0 ; iptables -t filter -C INPUT -m realm --realm 0 --realm 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --realm 0 ; iptables -t filter -C INPUT --realm 0 ; iptables -t filter -L INPUT -n -v
# owner
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 4294967295 ; iptables -t filter -C OUTPUT -m owner --uid-owner 4294967295 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 4294967294 ; iptables -t filter -C OUTPUT -m owner --uid-owner 4294967294 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0-4294967295 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0-4294967295 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0-4294967294 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0-4294967294 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 1- ; iptables -t filter -C OUTPUT -m owner --uid-owner 1- ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner -1 ; iptables -t filter -C OUTPUT -m owner --uid-owner -1 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 5-5 ; iptables -t filter -C OUTPUT -m owner --uid-owner 5-5 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner root ; iptables -t filter -C OUTPUT -m owner --uid-owner root ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner nobody ; iptables -t filter -C OUTPUT -m owner --uid-owner nobody ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner x ; iptables -t filter -C OUTPUT -m owner --uid-owner x ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner '' ; iptables -t filter -C OUTPUT -m owner --uid-owner '' ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner '!' --uid-owner 4294967295 ; iptables -t filter -C OUTPUT -m owner '!' --uid-owner 4294967295 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner '!' 4294967295 ; iptables -t filter -C OUTPUT -m owner --uid-owner '!' 4294967295 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner ; iptables -t filter -C OUTPUT -m owner --uid-owner ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 4294967295 --uid-owner 4294967295 ; iptables -t filter -C OUTPUT -m owner --uid-owner 4294967295 --uid-owner 4294967295 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --uid-owner 4294967295 ; iptables -t filter -C OUTPUT --uid-owner 4294967295 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner 0 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner 0-10 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner 0-10 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner 4294967294 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner 4294967294 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner root ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner root ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner nogroup ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner nogroup ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner x ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner x ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 '!' --gid-owner 0 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 '!' --gid-owner 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner '!' 0 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner '!' 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --gid-owner 0 --gid-owner 0 ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --gid-owner 0 --gid-owner 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --gid-owner 0 ; iptables -t filter -C OUTPUT --gid-owner 0 ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --socket-exists ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --socket-exists ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 '!' --socket-exists ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 '!' --socket-exists ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --socket-exists --socket-exists ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --socket-exists --socket-exists ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --socket-exists ; iptables -t filter -C OUTPUT --socket-exists ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --suppl-groups ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --suppl-groups ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 '!' --suppl-groups ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 '!' --suppl-groups ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT -m owner --uid-owner 0 --suppl-groups --suppl-groups ; iptables -t filter -C OUTPUT -m owner --uid-owner 0 --suppl-groups --suppl-groups ; iptables -t filter -L OUTPUT -n -v
$ iptables -t filter -A OUTPUT --suppl-groups ; iptables -t filter -C OUTPUT --suppl-groups ; iptables -t filter -L OUTPUT -n -v
# helper
$ iptables -t filter -A INPUT -m helper --helper ftp ; iptables -t filter -C INPUT -m helper --helper ftp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper '' ; iptables -t filter -C INPUT -m helper --helper '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper ftp ; iptables -t filter -C INPUT -m helper --helper ftp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper xxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m helper --helper xxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m helper --helper xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -m helper --helper xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper ftp-21 ; iptables -t filter -C INPUT -m helper --helper ftp-21 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper FTP ; iptables -t filter -C INPUT -m helper --helper FTP ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper '!' --helper '' ; iptables -t filter -C INPUT -m helper '!' --helper '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper '!' '' ; iptables -t filter -C INPUT -m helper --helper '!' '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper ; iptables -t filter -C INPUT -m helper --helper ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m helper --helper '' --helper '' ; iptables -t filter -C INPUT -m helper --helper '' --helper '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --helper '' ; iptables -t filter -C INPUT --helper '' ; iptables -t filter -L INPUT -n -v
# dccp
$ iptables -t filter -A INPUT -p dccp -m dccp ; iptables -t filter -C INPUT -p dccp -m dccp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types request ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types request ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types x ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types '' ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types ACK, ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types ACK, ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp '!' --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -C INPUT -p dccp -m dccp '!' --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types '!' REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types '!' REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -C INPUT -p dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option 0 ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option 1 ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option 255 ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option 255 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option 256 ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option 256 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option x ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp '!' --dccp-option 0 ; iptables -t filter -C INPUT -p dccp -m dccp '!' --dccp-option 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option '!' 0 ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dccp-option 0 --dccp-option 0 ; iptables -t filter -C INPUT -p dccp -m dccp --dccp-option 0 --dccp-option 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp --dccp-option 0 ; iptables -t filter -C INPUT -p dccp --dccp-option 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --sport 0 ; iptables -t filter -C INPUT -p dccp -m dccp --sport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --sport 65535 ; iptables -t filter -C INPUT -p dccp -m dccp --sport 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --sport 1:2 ; iptables -t filter -C INPUT -p dccp -m dccp --sport 1:2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --sport 2:1 ; iptables -t filter -C INPUT -p dccp -m dccp --sport 2:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp '!' --sport 0 ; iptables -t filter -C INPUT -p dccp -m dccp '!' --sport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --sport '!' 0 ; iptables -t filter -C INPUT -p dccp -m dccp --sport '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --sport ; iptables -t filter -C INPUT -p dccp -m dccp --sport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --sport 0 --sport 0 ; iptables -t filter -C INPUT -p dccp -m dccp --sport 0 --sport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp --sport 0 ; iptables -t filter -C INPUT -p dccp --sport 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dport ssh ; iptables -t filter -C INPUT -p dccp -m dccp --dport ssh ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp '!' --dport ssh ; iptables -t filter -C INPUT -p dccp -m dccp '!' --dport ssh ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dport '!' ssh ; iptables -t filter -C INPUT -p dccp -m dccp --dport '!' ssh ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dport ; iptables -t filter -C INPUT -p dccp -m dccp --dport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp -m dccp --dport ssh --dport ssh ; iptables -t filter -C INPUT -p dccp -m dccp --dport ssh --dport ssh ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p dccp --dport ssh ; iptables -t filter -C INPUT -p dccp --dport ssh ; iptables -t filter -L INPUT -n -v
# ecn
$ iptables -t filter -A INPUT -p tcp -m ecn ; iptables -t filter -C INPUT -p tcp -m ecn ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-tcp-cwr ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn '!' --ecn-tcp-cwr ; iptables -t filter -C INPUT -p tcp -m ecn '!' --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-tcp-cwr --ecn-tcp-cwr ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-tcp-cwr --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --ecn-tcp-cwr ; iptables -t filter -C INPUT -p tcp --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-tcp-ece ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-tcp-ece ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn '!' --ecn-tcp-ece ; iptables -t filter -C INPUT -p tcp -m ecn '!' --ecn-tcp-ece ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-tcp-ece --ecn-tcp-ece ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-tcp-ece --ecn-tcp-ece ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --ecn-tcp-ece ; iptables -t filter -C INPUT -p tcp --ecn-tcp-ece ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-ip-ect 0 ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-ip-ect 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-ip-ect 3 ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-ip-ect 3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-ip-ect 4 ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-ip-ect 4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-ip-ect x ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-ip-ect x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn '!' --ecn-ip-ect 0 ; iptables -t filter -C INPUT -p tcp -m ecn '!' --ecn-ip-ect 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-ip-ect '!' 0 ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-ip-ect '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-ip-ect ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-ip-ect ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m ecn --ecn-ip-ect 0 --ecn-ip-ect 0 ; iptables -t filter -C INPUT -p tcp -m ecn --ecn-ip-ect 0 --ecn-ip-ect 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --ecn-ip-ect 0 ; iptables -t filter -C INPUT -p tcp --ecn-ip-ect 0 ; iptables -t filter -L INPUT -n -v
# ecn-noproto
$ iptables -t filter -A INPUT -m ecn ; iptables -t filter -C INPUT -m ecn ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn --ecn-tcp-cwr ; iptables -t filter -C INPUT -m ecn --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn '!' --ecn-tcp-cwr ; iptables -t filter -C INPUT -m ecn '!' --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn --ecn-tcp-cwr --ecn-tcp-cwr ; iptables -t filter -C INPUT -m ecn --ecn-tcp-cwr --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ecn-tcp-cwr ; iptables -t filter -C INPUT --ecn-tcp-cwr ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn --ecn-ip-ect 1 ; iptables -t filter -C INPUT -m ecn --ecn-ip-ect 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn '!' --ecn-ip-ect 1 ; iptables -t filter -C INPUT -m ecn '!' --ecn-ip-ect 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn --ecn-ip-ect '!' 1 ; iptables -t filter -C INPUT -m ecn --ecn-ip-ect '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn --ecn-ip-ect ; iptables -t filter -C INPUT -m ecn --ecn-ip-ect ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m ecn --ecn-ip-ect 1 --ecn-ip-ect 1 ; iptables -t filter -C INPUT -m ecn --ecn-ip-ect 1 --ecn-ip-ect 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --ecn-ip-ect 1 ; iptables -t filter -C INPUT --ecn-ip-ect 1 ; iptables -t filter -L INPUT -n -v
# limit
$ iptables -t filter -A INPUT -m limit ; iptables -t filter -C INPUT -m limit ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/s ; iptables -t filter -C INPUT -m limit --limit 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/second ; iptables -t filter -C INPUT -m limit --limit 1/second ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/seconds ; iptables -t filter -C INPUT -m limit --limit 1/seconds ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/se ; iptables -t filter -C INPUT -m limit --limit 1/se ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/m ; iptables -t filter -C INPUT -m limit --limit 1/m ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/minutes ; iptables -t filter -C INPUT -m limit --limit 1/minutes ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/h ; iptables -t filter -C INPUT -m limit --limit 1/h ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/hour ; iptables -t filter -C INPUT -m limit --limit 1/hour ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/d ; iptables -t filter -C INPUT -m limit --limit 1/d ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/day ; iptables -t filter -C INPUT -m limit --limit 1/day ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 0/s ; iptables -t filter -C INPUT -m limit --limit 0/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 10001/s ; iptables -t filter -C INPUT -m limit --limit 10001/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 10000/s ; iptables -t filter -C INPUT -m limit --limit 10000/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/x ; iptables -t filter -C INPUT -m limit --limit 1/x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/ ; iptables -t filter -C INPUT -m limit --limit 1/ ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit /s ; iptables -t filter -C INPUT -m limit --limit /s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1.5/s ; iptables -t filter -C INPUT -m limit --limit 1.5/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 2/week ; iptables -t filter -C INPUT -m limit --limit 2/week ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit '' ; iptables -t filter -C INPUT -m limit --limit '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 4294967295/d ; iptables -t filter -C INPUT -m limit --limit 4294967295/d ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/S ; iptables -t filter -C INPUT -m limit --limit 1/S ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 5 ; iptables -t filter -C INPUT -m limit --limit 5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit '!' --limit 1/s ; iptables -t filter -C INPUT -m limit '!' --limit 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit '!' 1/s ; iptables -t filter -C INPUT -m limit --limit '!' 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit ; iptables -t filter -C INPUT -m limit --limit ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit 1/s --limit 1/s ; iptables -t filter -C INPUT -m limit --limit 1/s --limit 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --limit 1/s ; iptables -t filter -C INPUT --limit 1/s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst 0 ; iptables -t filter -C INPUT -m limit --limit-burst 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst 1 ; iptables -t filter -C INPUT -m limit --limit-burst 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst 10000 ; iptables -t filter -C INPUT -m limit --limit-burst 10000 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst 10001 ; iptables -t filter -C INPUT -m limit --limit-burst 10001 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst x ; iptables -t filter -C INPUT -m limit --limit-burst x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst -1 ; iptables -t filter -C INPUT -m limit --limit-burst -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst 0x10 ; iptables -t filter -C INPUT -m limit --limit-burst 0x10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit '!' --limit-burst 0 ; iptables -t filter -C INPUT -m limit '!' --limit-burst 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst '!' 0 ; iptables -t filter -C INPUT -m limit --limit-burst '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst ; iptables -t filter -C INPUT -m limit --limit-burst ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -m limit --limit-burst 0 --limit-burst 0 ; iptables -t filter -C INPUT -m limit --limit-burst 0 --limit-burst 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --limit-burst 0 ; iptables -t filter -C INPUT --limit-burst 0 ; iptables -t filter -L INPUT -n -v
# multiport
$ iptables -t filter -A INPUT -p tcp -m multiport ; iptables -t filter -C INPUT -p tcp -m multiport ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 1:2,10,11,12,13,14,15,16,17,18,19,20,21,22,23 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 1:2,10,11,12,13,14,15,16,17,18,19,20,21,22,23 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 1:2,10,11,12,13,14,15,16,17,18,19,20,21,22 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 1:2,10,11,12,13,14,15,16,17,18,19,20,21,22 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 0 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 65535 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 1: ; iptables -t filter -C INPUT -p tcp -m multiport --dports 1: ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports :2 ; iptables -t filter -C INPUT -p tcp -m multiport --dports :2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 80,80 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 80,80 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports ssh,http ; iptables -t filter -C INPUT -p tcp -m multiport --dports ssh,http ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports '' ; iptables -t filter -C INPUT -p tcp -m multiport --dports '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports , ; iptables -t filter -C INPUT -p tcp -m multiport --dports , ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 80,,81 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 80,,81 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 2:1 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 2:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport '!' --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -C INPUT -p tcp -m multiport '!' --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports '!' 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -C INPUT -p tcp -m multiport --dports '!' 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports ; iptables -t filter -C INPUT -p tcp -m multiport --dports ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -C INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -C INPUT -p tcp --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --ports 1,2 ; iptables -t filter -C INPUT -p tcp -m multiport --ports 1,2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport '!' --ports 1,2 ; iptables -t filter -C INPUT -p tcp -m multiport '!' --ports 1,2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --ports '!' 1,2 ; iptables -t filter -C INPUT -p tcp -m multiport --ports '!' 1,2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --ports ; iptables -t filter -C INPUT -p tcp -m multiport --ports ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --ports 1,2 --ports 1,2 ; iptables -t filter -C INPUT -p tcp -m multiport --ports 1,2 --ports 1,2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --ports 1,2 ; iptables -t filter -C INPUT -p tcp --ports 1,2 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --sports 1 ; iptables -t filter -C INPUT -p tcp -m multiport --sports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport '!' --sports 1 ; iptables -t filter -C INPUT -p tcp -m multiport '!' --sports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --sports '!' 1 ; iptables -t filter -C INPUT -p tcp -m multiport --sports '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --sports ; iptables -t filter -C INPUT -p tcp -m multiport --sports ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --sports 1 --sports 1 ; iptables -t filter -C INPUT -p tcp -m multiport --sports 1 --sports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --sports 1 ; iptables -t filter -C INPUT -p tcp --sports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --destination-ports 1 ; iptables -t filter -C INPUT -p tcp -m multiport --destination-ports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport '!' --destination-ports 1 ; iptables -t filter -C INPUT -p tcp -m multiport '!' --destination-ports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --destination-ports '!' 1 ; iptables -t filter -C INPUT -p tcp -m multiport --destination-ports '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --destination-ports ; iptables -t filter -C INPUT -p tcp -m multiport --destination-ports ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --destination-ports 1 --destination-ports 1 ; iptables -t filter -C INPUT -p tcp -m multiport --destination-ports 1 --destination-ports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --destination-ports 1 ; iptables -t filter -C INPUT -p tcp --destination-ports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --source-ports 1 ; iptables -t filter -C INPUT -p tcp -m multiport --source-ports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport '!' --source-ports 1 ; iptables -t filter -C INPUT -p tcp -m multiport '!' --source-ports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --source-ports '!' 1 ; iptables -t filter -C INPUT -p tcp -m multiport --source-ports '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --source-ports ; iptables -t filter -C INPUT -p tcp -m multiport --source-ports ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -m multiport --source-ports 1 --source-ports 1 ; iptables -t filter -C INPUT -p tcp -m multiport --source-ports 1 --source-ports 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --source-ports 1 ; iptables -t filter -C INPUT -p tcp --source-ports 1 ; iptables -t filter -L INPUT -n -v
# icmp
$ iptables -t filter -A INPUT -p icmp -m icmp ; iptables -t filter -C INPUT -p icmp -m icmp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 0 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 255 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 255 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 256 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 256 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 8/0 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 8/0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 8/255 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 8/255 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 8/256 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 8/256 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 8/ ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 8/ ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type /0 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type /0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type any ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type any ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type echo-reply ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type echo-reply ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type pong ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type pong ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type destination-unreachable ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type destination-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type network-unreachable ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type network-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type host-unreachable ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type host-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type protocol-unreachable ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type protocol-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type port-unreachable ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type port-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type fragmentation-needed ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type fragmentation-needed ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type source-route-failed ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type source-route-failed ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type network-unknown ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type network-unknown ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type host-unknown ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type host-unknown ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type network-prohibited ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type network-prohibited ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type host-prohibited ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type host-prohibited ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type TOS-network-unreachable ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type TOS-network-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type TOS-host-unreachable ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type TOS-host-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type communication-prohibited ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type communication-prohibited ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type host-precedence-violation ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type host-precedence-violation ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type precedence-cutoff ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type precedence-cutoff ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type source-quench ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type source-quench ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type redirect ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type redirect ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type network-redirect ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type network-redirect ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type host-redirect ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type host-redirect ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type TOS-network-redirect ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type TOS-network-redirect ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type TOS-host-redirect ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type TOS-host-redirect ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type echo-request ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type echo-request ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ping ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ping ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type router-advertisement ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type router-advertisement ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type router-solicitation ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type router-solicitation ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type time-exceeded ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type time-exceeded ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ttl-exceeded ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ttl-exceeded ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ttl-zero-during-transit ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ttl-zero-during-transit ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ttl-zero-during-reassembly ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ttl-zero-during-reassembly ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type parameter-problem ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type parameter-problem ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ip-header-bad ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ip-header-bad ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type required-option-missing ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type required-option-missing ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type timestamp-request ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type timestamp-request ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type timestamp-reply ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type timestamp-reply ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type address-mask-request ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type address-mask-request ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type address-mask-reply ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type address-mask-reply ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type echo-req ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type echo-req ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type dest ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type dest ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ECHO-REQUEST ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ECHO-REQUEST ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 3/4 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 3/4 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 5/1 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 5/1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 11/1 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 11/1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 12/1 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 12/1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type '' ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 0x8 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 0x8 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 08 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 08 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type -1 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 8/-1 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 8/-1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ' 8' ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ' 8' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp '!' --icmp-type 0 ; iptables -t filter -C INPUT -p icmp -m icmp '!' --icmp-type 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type '!' 0 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp -m icmp --icmp-type 0 --icmp-type 0 ; iptables -t filter -C INPUT -p icmp -m icmp --icmp-type 0 --icmp-type 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p icmp --icmp-type 0 ; iptables -t filter -C INPUT -p icmp --icmp-type 0 ; iptables -t filter -L INPUT -n -v
# set
$ iptables -t filter -A INPUT -m set --match-set x src ; iptables -t filter -C INPUT -m set --match-set x src ; iptables -t filter -L INPUT -n -v
# AUDIT
$ iptables -t filter -A INPUT -j AUDIT --type accept ; iptables -t filter -C INPUT -j AUDIT --type accept ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type accept ; iptables -t filter -C INPUT -j AUDIT --type accept ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type drop ; iptables -t filter -C INPUT -j AUDIT --type drop ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type reject ; iptables -t filter -C INPUT -j AUDIT --type reject ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type ACCEPT ; iptables -t filter -C INPUT -j AUDIT --type ACCEPT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type x ; iptables -t filter -C INPUT -j AUDIT --type x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type '' ; iptables -t filter -C INPUT -j AUDIT --type '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT '!' --type accept ; iptables -t filter -C INPUT -j AUDIT '!' --type accept ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type '!' accept ; iptables -t filter -C INPUT -j AUDIT --type '!' accept ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type ; iptables -t filter -C INPUT -j AUDIT --type ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j AUDIT --type accept --type accept ; iptables -t filter -C INPUT -j AUDIT --type accept --type accept ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --type accept ; iptables -t filter -C INPUT --type accept ; iptables -t filter -L INPUT -n -v
# CHECKSUM
$ iptables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill ; iptables -t mangle -C POSTROUTING -j CHECKSUM --checksum-fill ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill ; iptables -t mangle -C POSTROUTING -j CHECKSUM --checksum-fill ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CHECKSUM '!' --checksum-fill ; iptables -t mangle -C POSTROUTING -j CHECKSUM '!' --checksum-fill ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill --checksum-fill ; iptables -t mangle -C POSTROUTING -j CHECKSUM --checksum-fill --checksum-fill ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING --checksum-fill ; iptables -t mangle -C POSTROUTING --checksum-fill ; iptables -t mangle -L POSTROUTING -n -v
# CLASSIFY
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 1:1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 1:1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class ffff:ffff ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class ffff:ffff ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 10000:1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 10000:1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:10000 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 1:10000 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class x ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class x ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1: ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 1: ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class :1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class :1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 0:0 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 0:0 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 0x1:0x1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 0x1:0x1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class '' ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class '' ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY '!' --set-class 1:1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY '!' --set-class 1:1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class '!' 1:1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class '!' 1:1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:1 --set-class 1:1 ; iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 1:1 --set-class 1:1 ; iptables -t mangle -L POSTROUTING -n -v
$ iptables -t mangle -A POSTROUTING --set-class 1:1 ; iptables -t mangle -C POSTROUTING --set-class 1:1 ; iptables -t mangle -L POSTROUTING -n -v
# CONNSECMARK
$ iptables -t mangle -A INPUT -j CONNSECMARK --save ; iptables -t mangle -C INPUT -j CONNSECMARK --save ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j CONNSECMARK --save ; iptables -t mangle -C INPUT -j CONNSECMARK --save ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j CONNSECMARK '!' --save ; iptables -t mangle -C INPUT -j CONNSECMARK '!' --save ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j CONNSECMARK --save --save ; iptables -t mangle -C INPUT -j CONNSECMARK --save --save ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT --save ; iptables -t mangle -C INPUT --save ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j CONNSECMARK --save --restore ; iptables -t mangle -C INPUT -j CONNSECMARK --save --restore ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j CONNSECMARK --save '!' --restore ; iptables -t mangle -C INPUT -j CONNSECMARK --save '!' --restore ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j CONNSECMARK --save --restore --restore ; iptables -t mangle -C INPUT -j CONNSECMARK --save --restore --restore ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT --restore ; iptables -t mangle -C INPUT --restore ; iptables -t mangle -L INPUT -n -v
# SECMARK
$ iptables -t mangle -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0 ; iptables -t mangle -C INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0 ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK --selctx x ; iptables -t mangle -C INPUT -j SECMARK --selctx x ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK --selctx '' ; iptables -t mangle -C INPUT -j SECMARK --selctx '' ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK --selctx xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t mangle -C INPUT -j SECMARK --selctx xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK --selctx xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t mangle -C INPUT -j SECMARK --selctx xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK '!' --selctx x ; iptables -t mangle -C INPUT -j SECMARK '!' --selctx x ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK --selctx '!' x ; iptables -t mangle -C INPUT -j SECMARK --selctx '!' x ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK --selctx ; iptables -t mangle -C INPUT -j SECMARK --selctx ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT -j SECMARK --selctx x --selctx x ; iptables -t mangle -C INPUT -j SECMARK --selctx x --selctx x ; iptables -t mangle -L INPUT -n -v
$ iptables -t mangle -A INPUT --selctx x ; iptables -t mangle -C INPUT --selctx x ; iptables -t mangle -L INPUT -n -v
# CT
$ iptables -t raw -A PREROUTING -j CT ; iptables -t raw -C PREROUTING -j CT ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --notrack ; iptables -t raw -C PREROUTING -j CT --notrack ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --notrack ; iptables -t raw -C PREROUTING -j CT '!' --notrack ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --notrack --notrack ; iptables -t raw -C PREROUTING -j CT --notrack --notrack ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --notrack ; iptables -t raw -C PREROUTING --notrack ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper ftp ; iptables -t raw -C PREROUTING -j CT --helper ftp ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper x ; iptables -t raw -C PREROUTING -j CT --helper x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper '' ; iptables -t raw -C PREROUTING -j CT --helper '' ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper tftp ; iptables -t raw -C PREROUTING -j CT --helper tftp ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper xxxxxxxxxxxxxxxx ; iptables -t raw -C PREROUTING -j CT --helper xxxxxxxxxxxxxxxx ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper xxxxxxxxxxxxxxxxx ; iptables -t raw -C PREROUTING -j CT --helper xxxxxxxxxxxxxxxxx ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --helper ftp ; iptables -t raw -C PREROUTING -j CT '!' --helper ftp ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper '!' ftp ; iptables -t raw -C PREROUTING -j CT --helper '!' ftp ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper ; iptables -t raw -C PREROUTING -j CT --helper ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --helper ftp --helper ftp ; iptables -t raw -C PREROUTING -j CT --helper ftp --helper ftp ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --helper ftp ; iptables -t raw -C PREROUTING --helper ftp ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --timeout x ; iptables -t raw -C PREROUTING -j CT --timeout x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --timeout '' ; iptables -t raw -C PREROUTING -j CT --timeout '' ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --timeout xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t raw -C PREROUTING -j CT --timeout xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --timeout xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t raw -C PREROUTING -j CT --timeout xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --timeout x ; iptables -t raw -C PREROUTING -j CT '!' --timeout x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --timeout '!' x ; iptables -t raw -C PREROUTING -j CT --timeout '!' x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --timeout ; iptables -t raw -C PREROUTING -j CT --timeout ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --timeout x --timeout x ; iptables -t raw -C PREROUTING -j CT --timeout x --timeout x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --timeout x ; iptables -t raw -C PREROUTING --timeout x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -C PREROUTING -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents NEW ; iptables -t raw -C PREROUTING -j CT --ctevents NEW ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents x ; iptables -t raw -C PREROUTING -j CT --ctevents x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents '' ; iptables -t raw -C PREROUTING -j CT --ctevents '' ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents new, ; iptables -t raw -C PREROUTING -j CT --ctevents new, ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents ,new ; iptables -t raw -C PREROUTING -j CT --ctevents ,new ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents new,,related ; iptables -t raw -C PREROUTING -j CT --ctevents new,,related ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents label ; iptables -t raw -C PREROUTING -j CT --ctevents label ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -C PREROUTING -j CT '!' --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents '!' new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -C PREROUTING -j CT --ctevents '!' new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents ; iptables -t raw -C PREROUTING -j CT --ctevents ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -C PREROUTING -j CT --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -C PREROUTING --ctevents new,related,destroy,reply,assured,protoinfo,helper,mark,natseqinfo,secmark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --expevents new ; iptables -t raw -C PREROUTING -j CT --expevents new ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --expevents x ; iptables -t raw -C PREROUTING -j CT --expevents x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --expevents '' ; iptables -t raw -C PREROUTING -j CT --expevents '' ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --expevents new ; iptables -t raw -C PREROUTING -j CT '!' --expevents new ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --expevents '!' new ; iptables -t raw -C PREROUTING -j CT --expevents '!' new ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --expevents ; iptables -t raw -C PREROUTING -j CT --expevents ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --expevents new --expevents new ; iptables -t raw -C PREROUTING -j CT --expevents new --expevents new ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --expevents new ; iptables -t raw -C PREROUTING --expevents new ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone 0 ; iptables -t raw -C PREROUTING -j CT --zone 0 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone 1 ; iptables -t raw -C PREROUTING -j CT --zone 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone 65535 ; iptables -t raw -C PREROUTING -j CT --zone 65535 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone 65536 ; iptables -t raw -C PREROUTING -j CT --zone 65536 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone orig-1 ; iptables -t raw -C PREROUTING -j CT --zone orig-1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone reply-1 ; iptables -t raw -C PREROUTING -j CT --zone reply-1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone mark ; iptables -t raw -C PREROUTING -j CT --zone mark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone orig-mark ; iptables -t raw -C PREROUTING -j CT --zone orig-mark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone reply-mark ; iptables -t raw -C PREROUTING -j CT --zone reply-mark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone orig ; iptables -t raw -C PREROUTING -j CT --zone orig ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone x ; iptables -t raw -C PREROUTING -j CT --zone x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone -1 ; iptables -t raw -C PREROUTING -j CT --zone -1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone orig- ; iptables -t raw -C PREROUTING -j CT --zone orig- ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone mark-1 ; iptables -t raw -C PREROUTING -j CT --zone mark-1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --zone 0 ; iptables -t raw -C PREROUTING -j CT '!' --zone 0 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone '!' 0 ; iptables -t raw -C PREROUTING -j CT --zone '!' 0 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone ; iptables -t raw -C PREROUTING -j CT --zone ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone 0 --zone 0 ; iptables -t raw -C PREROUTING -j CT --zone 0 --zone 0 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --zone 0 ; iptables -t raw -C PREROUTING --zone 0 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-orig 1 ; iptables -t raw -C PREROUTING -j CT --zone-orig 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-orig mark ; iptables -t raw -C PREROUTING -j CT --zone-orig mark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-orig x ; iptables -t raw -C PREROUTING -j CT --zone-orig x ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --zone-orig 1 ; iptables -t raw -C PREROUTING -j CT '!' --zone-orig 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-orig '!' 1 ; iptables -t raw -C PREROUTING -j CT --zone-orig '!' 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-orig ; iptables -t raw -C PREROUTING -j CT --zone-orig ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-orig 1 --zone-orig 1 ; iptables -t raw -C PREROUTING -j CT --zone-orig 1 --zone-orig 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --zone-orig 1 ; iptables -t raw -C PREROUTING --zone-orig 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-reply 1 ; iptables -t raw -C PREROUTING -j CT --zone-reply 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-reply mark ; iptables -t raw -C PREROUTING -j CT --zone-reply mark ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-reply 65536 ; iptables -t raw -C PREROUTING -j CT --zone-reply 65536 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT '!' --zone-reply 1 ; iptables -t raw -C PREROUTING -j CT '!' --zone-reply 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-reply '!' 1 ; iptables -t raw -C PREROUTING -j CT --zone-reply '!' 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-reply ; iptables -t raw -C PREROUTING -j CT --zone-reply ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING -j CT --zone-reply 1 --zone-reply 1 ; iptables -t raw -C PREROUTING -j CT --zone-reply 1 --zone-reply 1 ; iptables -t raw -L PREROUTING -n -v
$ iptables -t raw -A PREROUTING --zone-reply 1 ; iptables -t raw -C PREROUTING --zone-reply 1 ; iptables -t raw -L PREROUTING -n -v
# DNAT
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4-1.2.3.5:80-90 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4-1.2.3.5:80-90 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80-70 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80-70 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :80 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination :80 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:0 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:65535 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:65535 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:65536 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:65536 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.5-1.2.3.4 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.5-1.2.3.4 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4- ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4- ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4: ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4: ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80- ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80- ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:-80 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:-80 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination '' ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination '' ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination x ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination x ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80-90/100 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80-90/100 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80:90 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80:90 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:ssh ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:ssh ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 0.0.0.0 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 0.0.0.0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4/24 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4/24 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT '!' --to-destination 1.2.3.4:80 ; iptables -t nat -C PREROUTING -p tcp -j DNAT '!' --to-destination 1.2.3.4:80 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination '!' 1.2.3.4:80 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination '!' 1.2.3.4:80 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80 --to-destination 1.2.3.4:80 ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80 --to-destination 1.2.3.4:80 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp --to-destination 1.2.3.4:80 ; iptables -t nat -C PREROUTING -p tcp --to-destination 1.2.3.4:80 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --random ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --random ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 '!' --random ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 '!' --random ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --random --random ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --random --random ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp --random ; iptables -t nat -C PREROUTING -p tcp --random ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --persistent ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --persistent ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 '!' --persistent ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 '!' --persistent ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --persistent --persistent ; iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 --persistent --persistent ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp --persistent ; iptables -t nat -C PREROUTING -p tcp --persistent ; iptables -t nat -L PREROUTING -n -v
# SNAT
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:80 ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4:80 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3.5 ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3.5 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source :80 ; iptables -t nat -C POSTROUTING -j SNAT --to-source :80 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT '!' --to-source 1.2.3.4:80 ; iptables -t nat -C POSTROUTING -j SNAT '!' --to-source 1.2.3.4:80 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source '!' 1.2.3.4:80 ; iptables -t nat -C POSTROUTING -j SNAT --to-source '!' 1.2.3.4:80 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source ; iptables -t nat -C POSTROUTING -j SNAT --to-source ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:80 --to-source 1.2.3.4:80 ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4:80 --to-source 1.2.3.4:80 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING --to-source 1.2.3.4:80 ; iptables -t nat -C POSTROUTING --to-source 1.2.3.4:80 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 '!' --random ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 '!' --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random --random ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 --random --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING --random ; iptables -t nat -C POSTROUTING --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random-fully ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 --random-fully ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 '!' --random-fully ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 '!' --random-fully ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random-fully --random-fully ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 --random-fully --random-fully ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING --random-fully ; iptables -t nat -C POSTROUTING --random-fully ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --persistent ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 --persistent ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 '!' --persistent ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 '!' --persistent ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --persistent --persistent ; iptables -t nat -C POSTROUTING -j SNAT --to-source 1.2.3.4 --persistent --persistent ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING --persistent ; iptables -t nat -C POSTROUTING --persistent ; iptables -t nat -L POSTROUTING -n -v
# MASQUERADE
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 0 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 0 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1-0 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 1-0 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 65535 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 65535 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 65536 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 65536 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1:2 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 1:2 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1-2 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 1-2 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports x ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports x ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports '' ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports '' ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 80- ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 80- ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE '!' --to-ports 0 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE '!' --to-ports 0 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports '!' 0 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports '!' 0 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 0 --to-ports 0 ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --to-ports 0 --to-ports 0 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp --to-ports 0 ; iptables -t nat -C POSTROUTING -p udp --to-ports 0 ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --random ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE '!' --random ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE '!' --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --random --random ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --random --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp --random ; iptables -t nat -C POSTROUTING -p udp --random ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --random-fully ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --random-fully ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE '!' --random-fully ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE '!' --random-fully ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --random-fully --random-fully ; iptables -t nat -C POSTROUTING -p udp -j MASQUERADE --random-fully --random-fully ; iptables -t nat -L POSTROUTING -n -v
$ iptables -t nat -A POSTROUTING -p udp --random-fully ; iptables -t nat -C POSTROUTING -p udp --random-fully ; iptables -t nat -L POSTROUTING -n -v
# REDIRECT
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0 ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1-0 ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 1-0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 65535 ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 65535 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1-2 ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 1-2 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports x ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports x ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ssh ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports ssh ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80- ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 80- ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT '!' --to-ports 0 ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT '!' --to-ports 0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports '!' 0 ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports '!' 0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0 --to-ports 0 ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 0 --to-ports 0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp --to-ports 0 ; iptables -t nat -C PREROUTING -p tcp --to-ports 0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --random ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --random ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT '!' --random ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT '!' --random ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp -j REDIRECT --random --random ; iptables -t nat -C PREROUTING -p tcp -j REDIRECT --random --random ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -p tcp --random ; iptables -t nat -C PREROUTING -p tcp --random ; iptables -t nat -L PREROUTING -n -v
# NETMAP
$ iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/24 ; iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.0/24 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.4 ; iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.4 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/33 ; iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.0/33 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/255.255.0.0 ; iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.0/255.255.0.0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/255.0.255.0 ; iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.0/255.0.255.0 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to '' ; iptables -t nat -C PREROUTING -j NETMAP --to '' ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP '!' --to 1.2.3.4 ; iptables -t nat -C PREROUTING -j NETMAP '!' --to 1.2.3.4 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to '!' 1.2.3.4 ; iptables -t nat -C PREROUTING -j NETMAP --to '!' 1.2.3.4 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to ; iptables -t nat -C PREROUTING -j NETMAP --to ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.4 --to 1.2.3.4 ; iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.4 --to 1.2.3.4 ; iptables -t nat -L PREROUTING -n -v
$ iptables -t nat -A PREROUTING --to 1.2.3.4 ; iptables -t nat -C PREROUTING --to 1.2.3.4 ; iptables -t nat -L PREROUTING -n -v
# HMARK
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src,dst,sport,dport,spi,ct ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src,dst,sport,dport,spi,ct ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple ct ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple ct ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple x ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple '' ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple '' ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src, ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src, ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-tuple src ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-tuple src ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple '!' src ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple '!' src ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src --hmark-tuple src ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-tuple src --hmark-tuple src ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-tuple src ; iptables -t mangle -C PREROUTING --hmark-tuple src ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 4294967295 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 4294967295 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod x ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK '!' --hmark-mod 0 ; iptables -t mangle -C PREROUTING -j HMARK '!' --hmark-mod 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod '!' 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 0 --hmark-mod 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 0 --hmark-mod 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-mod 0 ; iptables -t mangle -C PREROUTING --hmark-mod 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 4294967295 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 4294967295 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 4294967296 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 4294967296 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-offset 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-offset 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-offset '!' 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-offset '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-offset ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-offset ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 0 --hmark-offset 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-offset 0 --hmark-offset 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-offset 0 ; iptables -t mangle -C PREROUTING --hmark-offset 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 32 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 32 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 33 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 33 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix x ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-src-prefix 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-src-prefix 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix '!' 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 0 --hmark-src-prefix 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-src-prefix 0 --hmark-src-prefix 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-src-prefix 0 ; iptables -t mangle -C PREROUTING --hmark-src-prefix 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix 24 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix 24 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-dst-prefix 24 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-dst-prefix 24 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix '!' 24 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix '!' 24 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix 24 --hmark-dst-prefix 24 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-dst-prefix 24 --hmark-dst-prefix 24 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-dst-prefix 24 ; iptables -t mangle -C PREROUTING --hmark-dst-prefix 24 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 0x1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 0x1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd x ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-rnd 0x1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-rnd 0x1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd '!' 0x1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd '!' 0x1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 0x1 --hmark-rnd 0x1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 0x1 --hmark-rnd 0x1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-rnd 0x1 ; iptables -t mangle -C PREROUTING --hmark-rnd 0x1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 65535 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 65535 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 65536 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 65536 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-proto-mask 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-proto-mask 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask '!' 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 0 --hmark-proto-mask 0 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-proto-mask 0 --hmark-proto-mask 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-proto-mask 0 ; iptables -t mangle -C PREROUTING --hmark-proto-mask 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask 0xffff ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask 0xffff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-sport-mask 0xffff ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-sport-mask 0xffff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask '!' 0xffff ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask '!' 0xffff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask 0xffff --hmark-sport-mask 0xffff ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport-mask 0xffff --hmark-sport-mask 0xffff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-sport-mask 0xffff ; iptables -t mangle -C PREROUTING --hmark-sport-mask 0xffff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-spi-mask 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-spi-mask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask '!' 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask 1 --hmark-spi-mask 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi-mask 1 --hmark-spi-mask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-spi-mask 1 ; iptables -t mangle -C PREROUTING --hmark-spi-mask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-sport 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-sport 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport '!' 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-sport 1 --hmark-sport 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-sport 1 --hmark-sport 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-sport 1 ; iptables -t mangle -C PREROUTING --hmark-sport 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-spi 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 '!' --hmark-spi 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi '!' 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-spi 1 --hmark-spi 1 ; iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-spi 1 --hmark-spi 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --hmark-spi 1 ; iptables -t mangle -C PREROUTING --hmark-spi 1 ; iptables -t mangle -L PREROUTING -n -v
# IDLETIMER
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label t ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label t ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout 0 ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout 1 ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout 4294967295 ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout 4294967296 ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout x ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t '!' --timeout 0 ; iptables -t filter -C INPUT -j IDLETIMER --label t '!' --timeout 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout '!' 0 ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --label t --timeout 0 --timeout 0 ; iptables -t filter -C INPUT -j IDLETIMER --label t --timeout 0 --timeout 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --timeout 0 ; iptables -t filter -C INPUT --timeout 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label xxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label xxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label '' ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label 'a b' ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label 'a b' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 '!' --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 '!' --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label '!' xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label '!' xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label xxxxxxxxxxxxxxxxxxxxxxxxxxx --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label xxxxxxxxxxxxxxxxxxxxxxxxxxx --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT --label xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label t --alarm ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label t --alarm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label t '!' --alarm ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label t '!' --alarm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j IDLETIMER --timeout 10 --label t --alarm --alarm ; iptables -t filter -C INPUT -j IDLETIMER --timeout 10 --label t --alarm --alarm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --alarm ; iptables -t filter -C INPUT --alarm ; iptables -t filter -L INPUT -n -v
# LED
$ iptables -t filter -A INPUT -j LED --led-trigger-id t ; iptables -t filter -C INPUT -j LED --led-trigger-id t ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id '' ; iptables -t filter -C INPUT -j LED --led-trigger-id '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED '!' --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LED '!' --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id '!' xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LED --led-trigger-id '!' xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id ; iptables -t filter -C INPUT -j LED --led-trigger-id ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LED --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT --led-trigger-id xxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay 0 ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay 100 ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay 100 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay inf ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay inf ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay x ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay -1 ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay 4294967296 ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t '!' --led-delay 0 ; iptables -t filter -C INPUT -j LED --led-trigger-id t '!' --led-delay 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay '!' 0 ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-delay 0 --led-delay 0 ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-delay 0 --led-delay 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --led-delay 0 ; iptables -t filter -C INPUT --led-delay 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-always-blink ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-always-blink ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t '!' --led-always-blink ; iptables -t filter -C INPUT -j LED --led-trigger-id t '!' --led-always-blink ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LED --led-trigger-id t --led-always-blink --led-always-blink ; iptables -t filter -C INPUT -j LED --led-trigger-id t --led-always-blink --led-always-blink ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --led-always-blink ; iptables -t filter -C INPUT --led-always-blink ; iptables -t filter -L INPUT -n -v
# LOG
$ iptables -t filter -A INPUT -j LOG ; iptables -t filter -C INPUT -j LOG ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level 0 ; iptables -t filter -C INPUT -j LOG --log-level 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level 7 ; iptables -t filter -C INPUT -j LOG --log-level 7 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level 8 ; iptables -t filter -C INPUT -j LOG --log-level 8 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level emerg ; iptables -t filter -C INPUT -j LOG --log-level emerg ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level alert ; iptables -t filter -C INPUT -j LOG --log-level alert ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level crit ; iptables -t filter -C INPUT -j LOG --log-level crit ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level error ; iptables -t filter -C INPUT -j LOG --log-level error ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level warning ; iptables -t filter -C INPUT -j LOG --log-level warning ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level notice ; iptables -t filter -C INPUT -j LOG --log-level notice ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level info ; iptables -t filter -C INPUT -j LOG --log-level info ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level debug ; iptables -t filter -C INPUT -j LOG --log-level debug ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level warn ; iptables -t filter -C INPUT -j LOG --log-level warn ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level err ; iptables -t filter -C INPUT -j LOG --log-level err ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level panic ; iptables -t filter -C INPUT -j LOG --log-level panic ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level x ; iptables -t filter -C INPUT -j LOG --log-level x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level '' ; iptables -t filter -C INPUT -j LOG --log-level '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level -1 ; iptables -t filter -C INPUT -j LOG --log-level -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level 0x1 ; iptables -t filter -C INPUT -j LOG --log-level 0x1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level ' 1' ; iptables -t filter -C INPUT -j LOG --log-level ' 1' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG '!' --log-level 0 ; iptables -t filter -C INPUT -j LOG '!' --log-level 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level '!' 0 ; iptables -t filter -C INPUT -j LOG --log-level '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level ; iptables -t filter -C INPUT -j LOG --log-level ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-level 0 --log-level 0 ; iptables -t filter -C INPUT -j LOG --log-level 0 --log-level 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --log-level 0 ; iptables -t filter -C INPUT --log-level 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-prefix '' ; iptables -t filter -C INPUT -j LOG --log-prefix '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-prefix ' ' ; iptables -t filter -C INPUT -j LOG --log-prefix ' ' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG '!' --log-prefix '' ; iptables -t filter -C INPUT -j LOG '!' --log-prefix '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-prefix '!' '' ; iptables -t filter -C INPUT -j LOG --log-prefix '!' '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-prefix ; iptables -t filter -C INPUT -j LOG --log-prefix ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j LOG --log-prefix '' --log-prefix '' ; iptables -t filter -C INPUT -j LOG --log-prefix '' --log-prefix '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --log-prefix '' ; iptables -t filter -C INPUT --log-prefix '' ; iptables -t filter -L INPUT -n -v
# NFLOG
$ iptables -t filter -A INPUT -j NFLOG ; iptables -t filter -C INPUT -j NFLOG ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-group 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group 65535 ; iptables -t filter -C INPUT -j NFLOG --nflog-group 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group 65536 ; iptables -t filter -C INPUT -j NFLOG --nflog-group 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group x ; iptables -t filter -C INPUT -j NFLOG --nflog-group x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group -1 ; iptables -t filter -C INPUT -j NFLOG --nflog-group -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG '!' --nflog-group 0 ; iptables -t filter -C INPUT -j NFLOG '!' --nflog-group 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group '!' 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-group '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group ; iptables -t filter -C INPUT -j NFLOG --nflog-group ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-group 0 --nflog-group 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-group 0 --nflog-group 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --nflog-group 0 ; iptables -t filter -C INPUT --nflog-group 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-prefix '' ; iptables -t filter -C INPUT -j NFLOG --nflog-prefix '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j NFLOG --nflog-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j NFLOG --nflog-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j NFLOG --nflog-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG '!' --nflog-prefix '' ; iptables -t filter -C INPUT -j NFLOG '!' --nflog-prefix '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-prefix '!' '' ; iptables -t filter -C INPUT -j NFLOG --nflog-prefix '!' '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-prefix ; iptables -t filter -C INPUT -j NFLOG --nflog-prefix ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-prefix '' --nflog-prefix '' ; iptables -t filter -C INPUT -j NFLOG --nflog-prefix '' --nflog-prefix '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --nflog-prefix '' ; iptables -t filter -C INPUT --nflog-prefix '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-range 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range 1 ; iptables -t filter -C INPUT -j NFLOG --nflog-range 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range 4294967295 ; iptables -t filter -C INPUT -j NFLOG --nflog-range 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range 4294967296 ; iptables -t filter -C INPUT -j NFLOG --nflog-range 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range x ; iptables -t filter -C INPUT -j NFLOG --nflog-range x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG '!' --nflog-range 0 ; iptables -t filter -C INPUT -j NFLOG '!' --nflog-range 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range '!' 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-range '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range ; iptables -t filter -C INPUT -j NFLOG --nflog-range ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-range 0 --nflog-range 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-range 0 --nflog-range 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --nflog-range 0 ; iptables -t filter -C INPUT --nflog-range 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-size 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-size 1 ; iptables -t filter -C INPUT -j NFLOG --nflog-size 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-size 4294967295 ; iptables -t filter -C INPUT -j NFLOG --nflog-size 4294967295 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-size 4294967296 ; iptables -t filter -C INPUT -j NFLOG --nflog-size 4294967296 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG '!' --nflog-size 0 ; iptables -t filter -C INPUT -j NFLOG '!' --nflog-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-size '!' 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-size '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-size ; iptables -t filter -C INPUT -j NFLOG --nflog-size ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-size 0 --nflog-size 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-size 0 --nflog-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --nflog-size 0 ; iptables -t filter -C INPUT --nflog-size 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold 1 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold 50 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold 50 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold 51 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold 51 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold 65535 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold 65536 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG '!' --nflog-threshold 0 ; iptables -t filter -C INPUT -j NFLOG '!' --nflog-threshold 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold '!' 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFLOG --nflog-threshold 0 --nflog-threshold 0 ; iptables -t filter -C INPUT -j NFLOG --nflog-threshold 0 --nflog-threshold 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --nflog-threshold 0 ; iptables -t filter -C INPUT --nflog-threshold 0 ; iptables -t filter -L INPUT -n -v
# NFQUEUE
$ iptables -t filter -A INPUT -j NFQUEUE ; iptables -t filter -C INPUT -j NFQUEUE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num 0 ; iptables -t filter -C INPUT -j NFQUEUE --queue-num 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num 65535 ; iptables -t filter -C INPUT -j NFQUEUE --queue-num 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num 65536 ; iptables -t filter -C INPUT -j NFQUEUE --queue-num 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num x ; iptables -t filter -C INPUT -j NFQUEUE --queue-num x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num -1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-num -1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE '!' --queue-num 0 ; iptables -t filter -C INPUT -j NFQUEUE '!' --queue-num 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num '!' 0 ; iptables -t filter -C INPUT -j NFQUEUE --queue-num '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num ; iptables -t filter -C INPUT -j NFQUEUE --queue-num ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-num 0 --queue-num 0 ; iptables -t filter -C INPUT -j NFQUEUE --queue-num 0 --queue-num 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --queue-num 0 ; iptables -t filter -C INPUT --queue-num 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 1:0 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 1:0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:65535 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 5:5 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 5:5 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:65536 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance x ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance :1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance :1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 1: ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 1: ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE '!' --queue-balance 0:1 ; iptables -t filter -C INPUT -j NFQUEUE '!' --queue-balance 0:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance '!' 0:1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance '!' 0:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:1 --queue-balance 0:1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:1 --queue-balance 0:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --queue-balance 0:1 ; iptables -t filter -C INPUT --queue-balance 0:1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-bypass ; iptables -t filter -C INPUT -j NFQUEUE --queue-bypass ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE '!' --queue-bypass ; iptables -t filter -C INPUT -j NFQUEUE '!' --queue-bypass ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-bypass --queue-bypass ; iptables -t filter -C INPUT -j NFQUEUE --queue-bypass --queue-bypass ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --queue-bypass ; iptables -t filter -C INPUT --queue-bypass ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-cpu-fanout ; iptables -t filter -C INPUT -j NFQUEUE --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE '!' --queue-cpu-fanout ; iptables -t filter -C INPUT -j NFQUEUE '!' --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-cpu-fanout --queue-cpu-fanout ; iptables -t filter -C INPUT -j NFQUEUE --queue-cpu-fanout --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --queue-cpu-fanout ; iptables -t filter -C INPUT --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
# NFQUEUE-bal
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-num 1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-num 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 '!' --queue-num 1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 '!' --queue-num 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-num '!' 1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-num '!' 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-num ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-num ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-num 1 --queue-num 1 ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-num 1 --queue-num 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --queue-num 1 ; iptables -t filter -C INPUT --queue-num 1 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 '!' --queue-cpu-fanout ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 '!' --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout --queue-cpu-fanout ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --queue-cpu-fanout ; iptables -t filter -C INPUT --queue-cpu-fanout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 '!' --queue-bypass ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 '!' --queue-bypass ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-bypass ; iptables -t filter -C INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-bypass ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --queue-bypass ; iptables -t filter -C INPUT --queue-bypass ; iptables -t filter -L INPUT -n -v
# RATEEST
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 4s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 4s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 250ms ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 250ms ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 500ms ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 500ms ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 1s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 1s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 4s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 4s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 8s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 8s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 16s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 16s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval x ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 0 ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 250us ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 250us ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 1.5s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 1.5s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s '!' --rateest-interval 250ms ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s '!' --rateest-interval 250ms ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval '!' 250ms ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval '!' 250ms ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 250ms --rateest-interval 250ms ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-ewmalog 4s --rateest-interval 250ms --rateest-interval 250ms ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --rateest-interval 250ms ; iptables -t filter -C INPUT --rateest-interval 250ms ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 1s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 1s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 250ms ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 250ms ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 32s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 32s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog x ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s '!' --rateest-ewmalog 1s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s '!' --rateest-ewmalog 1s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog '!' 1s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog '!' 1s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 1s --rateest-ewmalog 1s ; iptables -t filter -C INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 1s --rateest-ewmalog 1s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --rateest-ewmalog 1s ; iptables -t filter -C INPUT --rateest-ewmalog 1s ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name xxxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name xxxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name '' ; iptables -t filter -C INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s '!' --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s '!' --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name '!' xxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name '!' xxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name ; iptables -t filter -C INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name xxxxxxxxxxxxxxx --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -C INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 4s --rateest-name xxxxxxxxxxxxxxx --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -C INPUT --rateest-name xxxxxxxxxxxxxxx ; iptables -t filter -L INPUT -n -v
# REJECT
$ iptables -t filter -A INPUT -j REJECT ; iptables -t filter -C INPUT -j REJECT ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with net-unreach ; iptables -t filter -C INPUT -j REJECT --reject-with net-unreach ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with host-unreach ; iptables -t filter -C INPUT -j REJECT --reject-with host-unreach ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with port-unreach ; iptables -t filter -C INPUT -j REJECT --reject-with port-unreach ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with proto-unreach ; iptables -t filter -C INPUT -j REJECT --reject-with proto-unreach ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with net-prohib ; iptables -t filter -C INPUT -j REJECT --reject-with net-prohib ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with host-prohib ; iptables -t filter -C INPUT -j REJECT --reject-with host-prohib ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with admin-prohib ; iptables -t filter -C INPUT -j REJECT --reject-with admin-prohib ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with tcp-rst ; iptables -t filter -C INPUT -j REJECT --reject-with tcp-rst ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with tcp-reset ; iptables -t filter -C INPUT -j REJECT --reject-with tcp-reset ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with icmp-net-unreachable ; iptables -t filter -C INPUT -j REJECT --reject-with icmp-net-unreachable ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with icmp-admin-prohibited ; iptables -t filter -C INPUT -j REJECT --reject-with icmp-admin-prohibited ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with x ; iptables -t filter -C INPUT -j REJECT --reject-with x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with '' ; iptables -t filter -C INPUT -j REJECT --reject-with '' ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with ICMP-NET-UNREACHABLE ; iptables -t filter -C INPUT -j REJECT --reject-with ICMP-NET-UNREACHABLE ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with icmp-net ; iptables -t filter -C INPUT -j REJECT --reject-with icmp-net ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT '!' --reject-with net-unreach ; iptables -t filter -C INPUT -j REJECT '!' --reject-with net-unreach ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with '!' net-unreach ; iptables -t filter -C INPUT -j REJECT --reject-with '!' net-unreach ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with ; iptables -t filter -C INPUT -j REJECT --reject-with ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j REJECT --reject-with net-unreach --reject-with net-unreach ; iptables -t filter -C INPUT -j REJECT --reject-with net-unreach --reject-with net-unreach ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --reject-with net-unreach ; iptables -t filter -C INPUT --reject-with net-unreach ; iptables -t filter -L INPUT -n -v
# SET
$ iptables -t filter -A INPUT -j SET --add-set x src ; iptables -t filter -C INPUT -j SET --add-set x src ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src --exist ; iptables -t filter -C INPUT -j SET --add-set x src --exist ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src '!' --exist ; iptables -t filter -C INPUT -j SET --add-set x src '!' --exist ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src --exist --exist ; iptables -t filter -C INPUT -j SET --add-set x src --exist --exist ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --exist ; iptables -t filter -C INPUT --exist ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src --timeout 10 ; iptables -t filter -C INPUT -j SET --add-set x src --timeout 10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src --timeout x ; iptables -t filter -C INPUT -j SET --add-set x src --timeout x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src '!' --timeout 10 ; iptables -t filter -C INPUT -j SET --add-set x src '!' --timeout 10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src --timeout '!' 10 ; iptables -t filter -C INPUT -j SET --add-set x src --timeout '!' 10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src --timeout ; iptables -t filter -C INPUT -j SET --add-set x src --timeout ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -j SET --add-set x src --timeout 10 --timeout 10 ; iptables -t filter -C INPUT -j SET --add-set x src --timeout 10 --timeout 10 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT --timeout 10 ; iptables -t filter -C INPUT --timeout 10 ; iptables -t filter -L INPUT -n -v
# SYNPROXY
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY ; iptables -t filter -C INPUT -p tcp -j SYNPROXY ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss 1460 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss 1460 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss 65535 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss 65535 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss 65536 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss 65536 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss x ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss x ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY '!' --mss 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY '!' --mss 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss '!' 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --mss 0 --mss 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --mss 0 --mss 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --mss 0 ; iptables -t filter -C INPUT -p tcp --mss 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale 14 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale 14 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale 15 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale 15 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale 255 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale 255 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale 256 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale 256 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY '!' --wscale 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY '!' --wscale 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale '!' 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale '!' 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --wscale 0 --wscale 0 ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --wscale 0 --wscale 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --wscale 0 ; iptables -t filter -C INPUT -p tcp --wscale 0 ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --sack-perm ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --sack-perm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY '!' --sack-perm ; iptables -t filter -C INPUT -p tcp -j SYNPROXY '!' --sack-perm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --sack-perm --sack-perm ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --sack-perm --sack-perm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --sack-perm ; iptables -t filter -C INPUT -p tcp --sack-perm ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --timestamp ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --timestamp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY '!' --timestamp ; iptables -t filter -C INPUT -p tcp -j SYNPROXY '!' --timestamp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --timestamp --timestamp ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --timestamp --timestamp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --timestamp ; iptables -t filter -C INPUT -p tcp --timestamp ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --ecn ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --ecn ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY '!' --ecn ; iptables -t filter -C INPUT -p tcp -j SYNPROXY '!' --ecn ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp -j SYNPROXY --ecn --ecn ; iptables -t filter -C INPUT -p tcp -j SYNPROXY --ecn --ecn ; iptables -t filter -L INPUT -n -v
$ iptables -t filter -A INPUT -p tcp --ecn ; iptables -t filter -C INPUT -p tcp --ecn ; iptables -t filter -L INPUT -n -v
# TCPMSS
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 0 ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 0 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1 ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 65535 ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 65535 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 65536 ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 65536 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss x ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss x ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS '!' --set-mss 0 ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS '!' --set-mss 0 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss '!' 0 ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss '!' 0 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 0 --set-mss 0 ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 0 --set-mss 0 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --set-mss 0 ; iptables -t mangle -C FORWARD -p tcp --set-mss 0 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS '!' --clamp-mss-to-pmtu ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS '!' --clamp-mss-to-pmtu ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu --clamp-mss-to-pmtu ; iptables -t mangle -C FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu --clamp-mss-to-pmtu ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --clamp-mss-to-pmtu ; iptables -t mangle -C FORWARD -p tcp --clamp-mss-to-pmtu ; iptables -t mangle -L FORWARD -n -v
# TCPOPTSTRIP
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 2 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options 2 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 255 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options 255 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 256 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options 256 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 0 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options 0 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options x ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options x ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options '' ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options '' ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options mss, ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options mss, ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options MSS ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options MSS ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP '!' --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP '!' --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options '!' mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options '!' mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -L FORWARD -n -v
$ iptables -t mangle -A FORWARD -p tcp --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -C FORWARD -p tcp --strip-options mss,wscale,sack-permitted,sack,timestamp,md5 ; iptables -t mangle -L FORWARD -n -v
# TEE
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway '' ; iptables -t mangle -C PREROUTING -j TEE --gateway '' ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE '!' --gateway '' ; iptables -t mangle -C PREROUTING -j TEE '!' --gateway '' ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway '!' '' ; iptables -t mangle -C PREROUTING -j TEE --gateway '!' '' ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway ; iptables -t mangle -C PREROUTING -j TEE --gateway ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway '' --gateway '' ; iptables -t mangle -C PREROUTING -j TEE --gateway '' --gateway '' ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --gateway '' ; iptables -t mangle -C PREROUTING --gateway '' ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0 ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif xxxxxxxxxxxxxxx ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif xxxxxxxxxxxxxxx ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif xxxxxxxxxxxxxxxx ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif xxxxxxxxxxxxxxxx ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif '' ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif '' ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 '!' --oif eth0 ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 '!' --oif eth0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif '!' eth0 ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif '!' eth0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0 --oif eth0 ; iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0 --oif eth0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --oif eth0 ; iptables -t mangle -C PREROUTING --oif eth0 ; iptables -t mangle -L PREROUTING -n -v
# TOS
$ iptables -t mangle -A PREROUTING -j TOS ; iptables -t mangle -C PREROUTING -j TOS ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos 0 ; iptables -t mangle -C PREROUTING -j TOS --set-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS --set-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos 0x100 ; iptables -t mangle -C PREROUTING -j TOS --set-tos 0x100 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10/0x3f ; iptables -t mangle -C PREROUTING -j TOS --set-tos 0x10/0x3f ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10/0xff ; iptables -t mangle -C PREROUTING -j TOS --set-tos 0x10/0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10/0x100 ; iptables -t mangle -C PREROUTING -j TOS --set-tos 0x10/0x100 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos Minimize-Cost ; iptables -t mangle -C PREROUTING -j TOS --set-tos Minimize-Cost ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos Maximize-Reliability ; iptables -t mangle -C PREROUTING -j TOS --set-tos Maximize-Reliability ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos Maximize-Throughput ; iptables -t mangle -C PREROUTING -j TOS --set-tos Maximize-Throughput ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos Minimize-Delay ; iptables -t mangle -C PREROUTING -j TOS --set-tos Minimize-Delay ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos Normal-Service ; iptables -t mangle -C PREROUTING -j TOS --set-tos Normal-Service ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos x ; iptables -t mangle -C PREROUTING -j TOS --set-tos x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS '!' --set-tos 0 ; iptables -t mangle -C PREROUTING -j TOS '!' --set-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos '!' 0 ; iptables -t mangle -C PREROUTING -j TOS --set-tos '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos ; iptables -t mangle -C PREROUTING -j TOS --set-tos ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --set-tos 0 --set-tos 0 ; iptables -t mangle -C PREROUTING -j TOS --set-tos 0 --set-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --set-tos 0 ; iptables -t mangle -C PREROUTING --set-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --and-tos 0 ; iptables -t mangle -C PREROUTING -j TOS --and-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --and-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS --and-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --and-tos 0x100 ; iptables -t mangle -C PREROUTING -j TOS --and-tos 0x100 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS '!' --and-tos 0 ; iptables -t mangle -C PREROUTING -j TOS '!' --and-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --and-tos '!' 0 ; iptables -t mangle -C PREROUTING -j TOS --and-tos '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --and-tos ; iptables -t mangle -C PREROUTING -j TOS --and-tos ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --and-tos 0 --and-tos 0 ; iptables -t mangle -C PREROUTING -j TOS --and-tos 0 --and-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --and-tos 0 ; iptables -t mangle -C PREROUTING --and-tos 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --or-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS --or-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --or-tos 0x100 ; iptables -t mangle -C PREROUTING -j TOS --or-tos 0x100 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS '!' --or-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS '!' --or-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --or-tos '!' 0xff ; iptables -t mangle -C PREROUTING -j TOS --or-tos '!' 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --or-tos ; iptables -t mangle -C PREROUTING -j TOS --or-tos ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --or-tos 0xff --or-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS --or-tos 0xff --or-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --or-tos 0xff ; iptables -t mangle -C PREROUTING --or-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --xor-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS --xor-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --xor-tos 0x100 ; iptables -t mangle -C PREROUTING -j TOS --xor-tos 0x100 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS '!' --xor-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS '!' --xor-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --xor-tos '!' 0xff ; iptables -t mangle -C PREROUTING -j TOS --xor-tos '!' 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --xor-tos ; iptables -t mangle -C PREROUTING -j TOS --xor-tos ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TOS --xor-tos 0xff --xor-tos 0xff ; iptables -t mangle -C PREROUTING -j TOS --xor-tos 0xff --xor-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --xor-tos 0xff ; iptables -t mangle -C PREROUTING --xor-tos 0xff ; iptables -t mangle -L PREROUTING -n -v
# TPROXY
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 0 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 65535 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 65535 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 65536 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 65536 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port x ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port http ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port http ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY '!' --on-port 0 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY '!' --on-port 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '!' 0 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 0 --on-port 0 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 0 --on-port 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp --on-port 0 ; iptables -t mangle -C PREROUTING -p tcp --on-port 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 1.2.3.4 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 1.2.3.4 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 0.0.0.0 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 0.0.0.0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 '!' --on-ip 1.2.3.4 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 '!' --on-ip 1.2.3.4 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip '!' 1.2.3.4 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip '!' 1.2.3.4 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 1.2.3.4 --on-ip 1.2.3.4 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 1.2.3.4 --on-ip 1.2.3.4 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp --on-ip 1.2.3.4 ; iptables -t mangle -C PREROUTING -p tcp --on-ip 1.2.3.4 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 1 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 0x1/0x1 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 0x1/0x1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark x ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 0x100000000 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 0x100000000 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 '!' --tproxy-mark 1 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 '!' --tproxy-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark '!' 1 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 1 --tproxy-mark 1 ; iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 1 --tproxy-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp --tproxy-mark 1 ; iptables -t mangle -C PREROUTING -p tcp --tproxy-mark 1 ; iptables -t mangle -L PREROUTING -n -v
# TTL
$ iptables -t mangle -A PREROUTING -j TTL ; iptables -t mangle -C PREROUTING -j TTL ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-set 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-set 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-set 255 ; iptables -t mangle -C PREROUTING -j TTL --ttl-set 255 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-set 256 ; iptables -t mangle -C PREROUTING -j TTL --ttl-set 256 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-set x ; iptables -t mangle -C PREROUTING -j TTL --ttl-set x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL '!' --ttl-set 0 ; iptables -t mangle -C PREROUTING -j TTL '!' --ttl-set 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-set '!' 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-set '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-set ; iptables -t mangle -C PREROUTING -j TTL --ttl-set ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-set 0 --ttl-set 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-set 0 --ttl-set 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --ttl-set 0 ; iptables -t mangle -C PREROUTING --ttl-set 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-dec 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-dec 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-dec 1 ; iptables -t mangle -C PREROUTING -j TTL --ttl-dec 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-dec 255 ; iptables -t mangle -C PREROUTING -j TTL --ttl-dec 255 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-dec 256 ; iptables -t mangle -C PREROUTING -j TTL --ttl-dec 256 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL '!' --ttl-dec 0 ; iptables -t mangle -C PREROUTING -j TTL '!' --ttl-dec 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-dec '!' 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-dec '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-dec ; iptables -t mangle -C PREROUTING -j TTL --ttl-dec ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-dec 0 --ttl-dec 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-dec 0 --ttl-dec 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --ttl-dec 0 ; iptables -t mangle -C PREROUTING --ttl-dec 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-inc 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-inc 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-inc 255 ; iptables -t mangle -C PREROUTING -j TTL --ttl-inc 255 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-inc 256 ; iptables -t mangle -C PREROUTING -j TTL --ttl-inc 256 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL '!' --ttl-inc 0 ; iptables -t mangle -C PREROUTING -j TTL '!' --ttl-inc 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-inc '!' 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-inc '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-inc ; iptables -t mangle -C PREROUTING -j TTL --ttl-inc ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j TTL --ttl-inc 0 --ttl-inc 0 ; iptables -t mangle -C PREROUTING -j TTL --ttl-inc 0 --ttl-inc 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --ttl-inc 0 ; iptables -t mangle -C PREROUTING --ttl-inc 0 ; iptables -t mangle -L PREROUTING -n -v
# ECN
$ iptables -t mangle -A PREROUTING -p tcp -j ECN ; iptables -t mangle -C PREROUTING -p tcp -j ECN ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-remove ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-remove ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN '!' --ecn-tcp-remove ; iptables -t mangle -C PREROUTING -p tcp -j ECN '!' --ecn-tcp-remove ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-tcp-remove ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-tcp-remove ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp --ecn-tcp-remove ; iptables -t mangle -C PREROUTING -p tcp --ecn-tcp-remove ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-cwr 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 1 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-cwr 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 2 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-cwr 2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN '!' --ecn-tcp-cwr 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN '!' --ecn-tcp-cwr 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr '!' 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-cwr '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-cwr ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 0 --ecn-tcp-cwr 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-cwr 0 --ecn-tcp-cwr 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp --ecn-tcp-cwr 0 ; iptables -t mangle -C PREROUTING -p tcp --ecn-tcp-cwr 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-ece 1 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-ece 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-ece 2 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-ece 2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN '!' --ecn-tcp-ece 1 ; iptables -t mangle -C PREROUTING -p tcp -j ECN '!' --ecn-tcp-ece 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-ece '!' 1 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-ece '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-ece ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-ece ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-ece 1 --ecn-tcp-ece 1 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-tcp-ece 1 --ecn-tcp-ece 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp --ecn-tcp-ece 1 ; iptables -t mangle -C PREROUTING -p tcp --ecn-tcp-ece 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-ip-ect 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-ip-ect 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-ip-ect 3 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-ip-ect 3 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-ip-ect 4 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-ip-ect 4 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN '!' --ecn-ip-ect 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN '!' --ecn-ip-ect 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-ip-ect '!' 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-ip-ect '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-ip-ect ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-ip-ect ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-ip-ect 0 --ecn-ip-ect 0 ; iptables -t mangle -C PREROUTING -p tcp -j ECN --ecn-ip-ect 0 --ecn-ip-ect 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -p tcp --ecn-ip-ect 0 ; iptables -t mangle -C PREROUTING -p tcp --ecn-ip-ect 0 ; iptables -t mangle -L PREROUTING -n -v
# CONNMARK
$ iptables -t mangle -A PREROUTING -j CONNMARK ; iptables -t mangle -C PREROUTING -j CONNMARK ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1/2 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0xffffffff/0xffffffff ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark 0xffffffff/0xffffffff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x100000000 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark 0x100000000 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark x ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --set-xmark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --set-xmark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark '!' 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1 --set-xmark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark 1 --set-xmark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --set-xmark 1 ; iptables -t mangle -C PREROUTING --set-xmark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1/2 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --set-mark 1/2 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --set-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '!' 1/2 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-mark '!' 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --set-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1/2 --set-mark 1/2 ; iptables -t mangle -C PREROUTING -j CONNMARK --set-mark 1/2 --set-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --set-mark 1/2 ; iptables -t mangle -C PREROUTING --set-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xff ; iptables -t mangle -C PREROUTING -j CONNMARK --and-mark 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --and-mark x ; iptables -t mangle -C PREROUTING -j CONNMARK --and-mark x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --and-mark 0xff ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --and-mark 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --and-mark '!' 0xff ; iptables -t mangle -C PREROUTING -j CONNMARK --and-mark '!' 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --and-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --and-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xff --and-mark 0xff ; iptables -t mangle -C PREROUTING -j CONNMARK --and-mark 0xff --and-mark 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --and-mark 0xff ; iptables -t mangle -C PREROUTING --and-mark 0xff ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --or-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --or-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --or-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --or-mark '!' 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --or-mark '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --or-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --or-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 1 --or-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --or-mark 1 --or-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --or-mark 1 ; iptables -t mangle -C PREROUTING --or-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --xor-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --xor-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --xor-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark '!' 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --xor-mark '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --xor-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 1 --xor-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --xor-mark 1 --xor-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --xor-mark 1 ; iptables -t mangle -C PREROUTING --xor-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --save-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --save-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --save-mark ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --save-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --save-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --save-mark --save-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --save-mark ; iptables -t mangle -C PREROUTING --save-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --restore-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --restore-mark ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --restore-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --restore-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --restore-mark --restore-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --restore-mark ; iptables -t mangle -C PREROUTING --restore-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark 0 ; iptables -t mangle -C PREROUTING -j CONNMARK --left-shift-mark 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark 31 ; iptables -t mangle -C PREROUTING -j CONNMARK --left-shift-mark 31 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark 32 ; iptables -t mangle -C PREROUTING -j CONNMARK --left-shift-mark 32 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark x ; iptables -t mangle -C PREROUTING -j CONNMARK --left-shift-mark x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --left-shift-mark 0 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --left-shift-mark 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark '!' 0 ; iptables -t mangle -C PREROUTING -j CONNMARK --left-shift-mark '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --left-shift-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark 0 --left-shift-mark 0 ; iptables -t mangle -C PREROUTING -j CONNMARK --left-shift-mark 0 --left-shift-mark 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --left-shift-mark 0 ; iptables -t mangle -C PREROUTING --left-shift-mark 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --right-shift-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --right-shift-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --right-shift-mark 32 ; iptables -t mangle -C PREROUTING -j CONNMARK --right-shift-mark 32 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --right-shift-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --right-shift-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --right-shift-mark '!' 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --right-shift-mark '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --right-shift-mark ; iptables -t mangle -C PREROUTING -j CONNMARK --right-shift-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --right-shift-mark 1 --right-shift-mark 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --right-shift-mark 1 --right-shift-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --right-shift-mark 1 ; iptables -t mangle -C PREROUTING --right-shift-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --ctmask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --ctmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --ctmask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --ctmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --ctmask '!' 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --ctmask '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --ctmask ; iptables -t mangle -C PREROUTING -j CONNMARK --ctmask ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --ctmask 1 --ctmask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --ctmask 1 --ctmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --ctmask 1 ; iptables -t mangle -C PREROUTING --ctmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --nfmask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --nfmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --nfmask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --nfmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --nfmask '!' 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --nfmask '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --nfmask ; iptables -t mangle -C PREROUTING -j CONNMARK --nfmask ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --nfmask 1 --nfmask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --nfmask 1 --nfmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --nfmask 1 ; iptables -t mangle -C PREROUTING --nfmask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --mask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --mask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK '!' --mask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK '!' --mask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --mask '!' 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --mask '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --mask ; iptables -t mangle -C PREROUTING -j CONNMARK --mask ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j CONNMARK --mask 1 --mask 1 ; iptables -t mangle -C PREROUTING -j CONNMARK --mask 1 --mask 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --mask 1 ; iptables -t mangle -C PREROUTING --mask 1 ; iptables -t mangle -L PREROUTING -n -v
# DSCP
$ iptables -t mangle -A PREROUTING -j DSCP ; iptables -t mangle -C PREROUTING -j DSCP ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp 0 ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp 63 ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp 63 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp 64 ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp 64 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp 0x3f ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp 0x3f ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp x ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP '!' --set-dscp 0 ; iptables -t mangle -C PREROUTING -j DSCP '!' --set-dscp 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp '!' 0 ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp '!' 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp 0 --set-dscp 0 ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp 0 --set-dscp 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --set-dscp 0 ; iptables -t mangle -C PREROUTING --set-dscp 0 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class EF ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class EF ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class ef ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class ef ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class CS7 ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class CS7 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class AF43 ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class AF43 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class x ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class x ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP '!' --set-dscp-class EF ; iptables -t mangle -C PREROUTING -j DSCP '!' --set-dscp-class EF ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class '!' EF ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class '!' EF ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class EF --set-dscp-class EF ; iptables -t mangle -C PREROUTING -j DSCP --set-dscp-class EF --set-dscp-class EF ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --set-dscp-class EF ; iptables -t mangle -C PREROUTING --set-dscp-class EF ; iptables -t mangle -L PREROUTING -n -v
# MARK
$ iptables -t mangle -A PREROUTING -j MARK ; iptables -t mangle -C PREROUTING -j MARK ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-mark 1 ; iptables -t mangle -C PREROUTING -j MARK --set-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-mark 1/2 ; iptables -t mangle -C PREROUTING -j MARK --set-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK '!' --set-mark 1 ; iptables -t mangle -C PREROUTING -j MARK '!' --set-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-mark '!' 1 ; iptables -t mangle -C PREROUTING -j MARK --set-mark '!' 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-mark ; iptables -t mangle -C PREROUTING -j MARK --set-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --set-mark 1 ; iptables -t mangle -C PREROUTING -j MARK --set-mark 1 --set-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --set-mark 1 ; iptables -t mangle -C PREROUTING --set-mark 1 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --and-mark 1/2 ; iptables -t mangle -C PREROUTING -j MARK --and-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK '!' --and-mark 1/2 ; iptables -t mangle -C PREROUTING -j MARK '!' --and-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --and-mark '!' 1/2 ; iptables -t mangle -C PREROUTING -j MARK --and-mark '!' 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --and-mark ; iptables -t mangle -C PREROUTING -j MARK --and-mark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --and-mark 1/2 --and-mark 1/2 ; iptables -t mangle -C PREROUTING -j MARK --and-mark 1/2 --and-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --and-mark 1/2 ; iptables -t mangle -C PREROUTING --and-mark 1/2 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-xmark 1/2/3 ; iptables -t mangle -C PREROUTING -j MARK --set-xmark 1/2/3 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK '!' --set-xmark 1/2/3 ; iptables -t mangle -C PREROUTING -j MARK '!' --set-xmark 1/2/3 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-xmark '!' 1/2/3 ; iptables -t mangle -C PREROUTING -j MARK --set-xmark '!' 1/2/3 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-xmark ; iptables -t mangle -C PREROUTING -j MARK --set-xmark ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING -j MARK --set-xmark 1/2/3 --set-xmark 1/2/3 ; iptables -t mangle -C PREROUTING -j MARK --set-xmark 1/2/3 --set-xmark 1/2/3 ; iptables -t mangle -L PREROUTING -n -v
$ iptables -t mangle -A PREROUTING --set-xmark 1/2/3 ; iptables -t mangle -C PREROUTING --set-xmark 1/2/3 ; iptables -t mangle -L PREROUTING -n -v
