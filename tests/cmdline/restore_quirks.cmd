# iptables-restore input as found in pasted rulesets and hand-kept rules files: commands other
# than -A inside a table, and how they treat counters (libiptc's counter maps: -Z zeroes only
# the rules and policies this transaction found in the kernel, never those it set itself)
$ iptables-restore -c <<RULES
*filter
:INPUT ACCEPT [5:5]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[3:3] -A INPUT -j ACCEPT
-Z
COMMIT
RULES
$ iptables-restore -c <<RULES
*filter
:INPUT ACCEPT [5:5]
:FOO - [0:0]
[3:3] -A INPUT -j ACCEPT
[4:4] -A FOO -j ACCEPT
-Z FOO
-Z INPUT 1
COMMIT
RULES
$ iptables -N FOO ; iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -A FOO -c 4 4 -j ACCEPT ; iptables -P INPUT DROP -c 5 5 ; iptables-restore --noflush -c <<RULES
*filter
[7:7] -A INPUT -j DROP
-Z
COMMIT
RULES
$ iptables -N FOO ; iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -A FOO -c 4 4 -j ACCEPT ; iptables -A FOO -c 6 6 -j DROP ; iptables-restore --noflush -c <<RULES
*filter
[7:7] -I FOO 2 -j RETURN
-Z FOO 3
-Z INPUT 1
[8:8] -R INPUT 1 -j ACCEPT
COMMIT
RULES
$ iptables -N FOO ; iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -A FOO -c 4 4 -j ACCEPT ; iptables -A FOO -c 6 6 -j DROP ; iptables-restore --noflush -c <<RULES
*filter
-Z FOO 2
-D FOO 1
COMMIT
RULES
$ iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -P INPUT DROP -c 5 5 ; iptables -P OUTPUT DROP -c 2 2 ; iptables-restore --noflush -c <<RULES
*filter
:INPUT ACCEPT [9:9]
-Z
COMMIT
RULES
$ iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -P INPUT DROP -c 5 5 ; iptables-restore --noflush <<RULES
*filter
-P INPUT ACCEPT
-Z
COMMIT
RULES
$ iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -P INPUT DROP -c 5 5 ; iptables-restore --noflush <<RULES
*filter
-P INPUT ACCEPT -c 4 4
-Z INPUT
COMMIT
RULES
$ iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -P INPUT DROP -c 5 5 ; iptables-restore --noflush <<RULES
*filter
-L -v -Z
COMMIT
RULES
$ iptables -A INPUT -c 3 3 -j ACCEPT ; iptables -A OUTPUT -c 3 3 -j ACCEPT ; iptables-restore --noflush -c <<RULES
*filter
[1:1] -A INPUT -j DROP
-Z INPUT
COMMIT
*nat
-Z
COMMIT
RULES
$ iptables-restore -c <<RULES
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-N MYCHAIN
-A MYCHAIN -j RETURN
-I INPUT -j MYCHAIN
-P FORWARD DROP
-E MYCHAIN OTHER
-A INPUT -c 10 20 -j ACCEPT
-D INPUT -j OTHER
COMMIT
RULES
