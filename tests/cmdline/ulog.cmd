# -j ULOG: libipt_ULOG parses and prints, the kernel (no ipt_ULOG since Linux 3.17) refuses every rule
$ iptables -A INPUT -j ULOG
$ iptables -A INPUT -j ULOG --ulog-nlgroup 2 --ulog-prefix x --ulog-cprange 10 --ulog-qthreshold 5
$ iptables -j ULOG -h
$ iptables -A INPUT -j ULOG --ulog-nlgroup 0
$ iptables -A INPUT -j ULOG --ulog-qthreshold 51
$ iptables -v -A INPUT -j ULOG --ulog-nlgroup 32 --ulog-prefix abc --ulog-cprange 100 --ulog-qthreshold 50
$ iptables -v -A INPUT -j ULOG --ulog-prefix "a b" --ulog-nlgroup 3
$ iptables -v -A INPUT -j ULOG --ulog-prefix 012345678901234567890123456789012
$ iptables -v -A INPUT -j ULOG --ulog-cprange 18446744073709551615
$ iptables -v -A INPUT -j ULOG --ulog-cprange 4294967296
$ iptables -v -A INPUT -j ULOG --ulog-cprange x
$ iptables -v -A INPUT -j ULOG --ulog-prefix ""
$ iptables -v -A INPUT -j ULOG --ulog-nlgroup 1 --ulog-nlgroup 2
$ iptables-restore <<END
*filter
-A INPUT -j ULOG --ulog-prefix x
COMMIT
END
$ iptables -A INPUT -j ACCEPT ; iptables -I INPUT -j ULOG ; iptables -S
