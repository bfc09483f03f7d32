# iptables-save and iptables-restore
$ iptables-save
$ iptables-save -c
$ iptables-save -t nat
$ iptables-save -t nosuch
$ iptables-save --version
$ iptables-save -x
$ iptables -t nat -L -n ; iptables -L -n ; iptables -t raw -S ; iptables-save
$ iptables -t mangle -S ; iptables -t security -S ; iptables -t nat -S ; iptables-save
$ iptables -A INPUT -j ACCEPT ; iptables-save -c -t filter
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
COMMIT
RULES
$ iptables-restore -c <<RULES
*filter
:INPUT DROP [10:600]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [3:180]
[5:300] -A INPUT -s 10.0.0.0/8 -j ACCEPT
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT DROP [10:600]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [3:180]
[5:300] -A INPUT -s 10.0.0.0/8 -j ACCEPT
COMMIT
RULES
$ iptables-restore <<RULES
# a comment
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -i eth1 -p tcp --dport 8080 -j DNAT --to-destination 192.168.1.20:22
-A POSTROUTING -o eth1 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:fwd - [0:0]
-A FORWARD -j fwd
-A fwd -m conntrack --ctstate DNAT -j ACCEPT
COMMIT
RULES
$ iptables -N KEEP ; iptables -A INPUT -j KEEP ; iptables-restore --noflush <<RULES
*filter
-A INPUT -s 1.2.3.4 -j DROP
COMMIT
RULES
$ iptables -N KEEP ; iptables -A INPUT -j KEEP ; iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 1.2.3.4 -j DROP
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j NOSUCH
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j ACCEPT
RULES
$ iptables-restore <<RULES
*nosuch
:INPUT ACCEPT [0:0]
COMMIT
RULES
$ iptables-restore <<RULES
-A INPUT -j ACCEPT
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT BOGUS [0:0]
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:NEWCHAIN ACCEPT [0:0]
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
-A INPUT -m comment --comment "a \"b\" c" -j ACCEPT
-A INPUT -m comment --comment 'single quoted' -j ACCEPT
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j ACCEPT
COMMIT
*filter
:INPUT DROP [0:0]
COMMIT
RULES
$ iptables-restore --test <<RULES
*filter
:INPUT DROP [0:0]
-A INPUT -j ACCEPT
COMMIT
RULES
$ iptables-restore -T nat <<RULES
*filter
:INPUT DROP [0:0]
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
-A PREROUTING -j ACCEPT
COMMIT
RULES
$ iptables-restore -n -v <<RULES
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j ACCEPT
COMMIT
RULES
$ iptables-restore <<RULES
RULES
$ iptables-restore --nosuch
$ iptables-restore /nonexistent/file
$ iptables-restore --version
# -h in a rule line: the extensions of that line only, under iptables-restore's name
$ iptables-restore <<RULES
*filter
-A INPUT -j LOG
-A INPUT -j ACCEPT
-A INPUT -p icmp -m tcp -h
COMMIT
RULES
$ iptables-restore <<RULES
*filter
-A INPUT -j LED --nosuch
COMMIT
RULES
$ iptables-restore <<RULES
*filter
-A INPUT -i + -j DROP
-A INPUT ! -i + -j DROP
-A OUTPUT -o + -j ACCEPT
-D INPUT -j DROP
COMMIT
RULES
