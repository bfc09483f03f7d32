# -m bpf: help, listings, check/delete by program, restore
$ iptables -m bpf -h
$ iptables -A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0" -j ACCEPT ; iptables -A INPUT -m bpf --bytecode "1,6 0 0 1" ; iptables -L -n ; iptables -L INPUT -v ; iptables -S INPUT ; iptables -C INPUT -m bpf --bytecode "1,6 0 0 1" ; iptables -C INPUT -m bpf --bytecode "1,6 0 0 2" ; iptables -D INPUT -m bpf --bytecode "1,6 0 0 1"
$ iptables -v -A INPUT -m bpf --bytecode "2,48 0 0 9,22 0 0 0"
$ iptables -A INPUT -m bpf --bytecode "1,6 0 0 0x10" ; iptables -A INPUT -m bpf --bytecode "0,6 0 0 1" ; iptables -A INPUT -m bpf --bytecode "1,48 0 0 9" ; iptables -S
$ iptables-restore <<END
*filter
-A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0"
-A OUTPUT -m bpf --bytecode "1,6 0 0 1"
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m bpf --bytecode "1,48 0 0 9"
COMMIT
END
