# iptables-restore and iptables-save sweep: every option of both, [p:b] counter forms with and without -c,
# -c inside rule lines, chain/table/COMMIT line variants, commands other than -A inside a table, quoting,
# comments and blank lines, errors with their line numbers; restore -v with a rule's own -v (libiptc's
# table dump) is left out: we do not print that dump
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --noflush <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -n <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -n <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --test <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --test <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -t <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -t <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -c -n <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -c -n <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush --test <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --noflush --test <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -v <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -v <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -T nat <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -T nat <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -T filter <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -T filter <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --table=filter <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --table=filter <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -T nosuch <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -T nosuch <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -w <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -w <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -w 1 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -w 1 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -W 1 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -W 1 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -M /bin/true <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -M /bin/true <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --modprobe=/bin/true <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --modprobe=/bin/true <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --counters <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --counters <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --verbose <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --verbose <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --test -v <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --test -v <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -c -v <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -c -v <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -vn <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -vn <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -cnv <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -cnv <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -x <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -x <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --nosuch <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --nosuch <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -h <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -h <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --help <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --help <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -V <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -V <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --version <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --version <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore /dev/stdin <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore /dev/stdin <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -  <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -  <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -n -n <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -n -n <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflus <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --noflus <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --co <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --co <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --te <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --te <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --tab nat <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --tab nat <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --wait <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore --wait <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -4 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -4 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore -6 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore -6 <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:U - [0:0]
[5:6] -A INPUT -s 1.2.3.4 -j U
-A U -j ACCEPT -c 1 2
COMMIT
*nat
:PREROUTING ACCEPT [1:2]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [3:4]
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
[0:0] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
[0:0] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1:2]
[1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1:2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1:2]
[1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1:2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [ 1:2]
[ 1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [ 1:2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [ 1:2]
[ 1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [ 1:2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1:2 ]
[1:2 ] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1:2 ]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1:2 ]
[1:2 ] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1:2 ]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1: 2]
[1: 2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1: 2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1: 2]
[1: 2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1: 2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1:]
[1:] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1:]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1:]
[1:] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1:]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [:1]
[:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [:1]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [:1]
[:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [:1]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT []
[] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - []
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT []
[] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - []
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [x:1]
[x:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [x:1]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [x:1]
[x:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [x:1]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [-1:2]
[-1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [-1:2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [-1:2]
[-1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [-1:2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [18446744073709551615:1]
[18446744073709551615:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [18446744073709551615:1]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [18446744073709551615:1]
[18446744073709551615:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [18446744073709551615:1]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [18446744073709551616:1]
[18446744073709551616:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [18446744073709551616:1]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [18446744073709551616:1]
[18446744073709551616:1] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [18446744073709551616:1]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1:2]x
[1:2]x -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1:2]x
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1:2]x
[1:2]x -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1:2]x
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1:2:3]
[1:2:3] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1:2:3]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1:2:3]
[1:2:3] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1:2:3]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0x10:010]
[0x10:010] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [0x10:010]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0x10:010]
[0x10:010] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [0x10:010]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT 1:2
1:2 -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - 1:2
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT 1:2
1:2 -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - 1:2
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1:2
[1:2 -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1:2
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1:2
[1:2 -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1:2
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT 1:2]
1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - 1:2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT 1:2]
1:2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - 1:2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [1 2]
[1 2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [1 2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [1 2]
[1 2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [1 2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [+1:+2]
[+1:+2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [+1:+2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [+1:+2]
[+1:+2] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [+1:+2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [01:02]
[01:02] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [01:02]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [01:02]
[01:02] -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [01:02]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c 1 2
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c 1 2 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c 1 2
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c 1 2 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c x 2
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c x 2 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c x 2
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c x 2 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c 1
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c 1 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c 1
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c 1 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT --set-counters 1 2
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT --set-counters 1 2 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT --set-counters 1 2
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT --set-counters 1 2 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c -1 2
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c -1 2 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c -1 2
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c -1 2 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c 1 2 -c 3 4
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c 1 2 -c 3 4 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j ACCEPT -c 1 2 -c 3 4
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[7:8] -A INPUT -c 1 2 -c 3 4 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:X - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:X - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:X
COMMIT
END
$ iptables-restore -c <<END
*filter
:X
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X
COMMIT
END
$ iptables-restore <<END
*filter
:X ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:X ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:X -
COMMIT
END
$ iptables-restore -c <<END
*filter
:X -
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X -
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT DROP
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT DROP [1:2]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT DROP [1:2]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT DROP [1:2]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:X DROP [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:X DROP [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X DROP [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT FOO [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT FOO [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT FOO [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [x:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [x:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT ACCEPT [x:0]
COMMIT
END
$ iptables-restore <<END
*filter
:X - [0:0]
:X - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:X - [0:0]
:X - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X - [0:0]
:X - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:
COMMIT
END
$ iptables-restore -c <<END
*filter
:
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:
COMMIT
END
$ iptables-restore <<END
*filter
: X - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
: X - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
: X - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:X  -  [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:X  -  [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X  -  [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:X	-	[0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:X	-	[0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X	-	[0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:ACCEPT - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:ACCEPT - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:ACCEPT - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:RETURN - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:RETURN - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:RETURN - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:LOG - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:LOG - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:LOG - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:-x - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:-x - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:-x - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:!x - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:!x - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:!x - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT RETURN [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT RETURN [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT RETURN [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT accept [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT accept [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT accept [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0] extra
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0] extra
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT ACCEPT [0:0] extra
COMMIT
END
$ iptables-restore <<END
*filter
:X - [0:0] extra
COMMIT
END
$ iptables-restore -c <<END
*filter
:X - [0:0] extra
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X - [0:0] extra
COMMIT
END
$ iptables-restore <<END
*filter
:FORWARD QUEUE [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:FORWARD QUEUE [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:FORWARD QUEUE [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:INPUT ACCEPT [0:0]
:INPUT DROP [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:INPUT ACCEPT [0:0]
:INPUT DROP [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:INPUT ACCEPT [0:0]
:INPUT DROP [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:PREROUTING ACCEPT [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:PREROUTING ACCEPT [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:PREROUTING ACCEPT [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
:X - [5:5]
COMMIT
END
$ iptables-restore -c <<END
*filter
:X - [5:5]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X - [5:5]
COMMIT
END
$ iptables-restore <<END
*filter
:x y - [0:0]
COMMIT
END
$ iptables-restore -c <<END
*filter
:x y - [0:0]
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:x y - [0:0]
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
COMMIT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
COMMIT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
COMMIT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
COMMIT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
COMMIT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
COMMIT
COMMIT
END
$ iptables-restore <<END
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
COMMIT
END
$ iptables-restore --test <<END
COMMIT
END
$ iptables-restore -c <<END
COMMIT
END
$ iptables-restore -v <<END
COMMIT
END
$ iptables-restore -T nat <<END
COMMIT
END
$ iptables-restore <<END
*filter
commit
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
commit
END
$ iptables-restore --test <<END
*filter
commit
END
$ iptables-restore -c <<END
*filter
commit
END
$ iptables-restore -v <<END
*filter
commit
END
$ iptables-restore -T nat <<END
*filter
commit
END
$ iptables-restore <<END
*filter
COMMIT x
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
COMMIT x
END
$ iptables-restore --test <<END
*filter
COMMIT x
END
$ iptables-restore -c <<END
*filter
COMMIT x
END
$ iptables-restore -v <<END
*filter
COMMIT x
END
$ iptables-restore -T nat <<END
*filter
COMMIT x
END
$ iptables-restore <<END
*filter
 COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
 COMMIT
END
$ iptables-restore --test <<END
*filter
 COMMIT
END
$ iptables-restore -c <<END
*filter
 COMMIT
END
$ iptables-restore -v <<END
*filter
 COMMIT
END
$ iptables-restore -T nat <<END
*filter
 COMMIT
END
$ iptables-restore <<END
*filter
COMMIT 
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
COMMIT 
END
$ iptables-restore --test <<END
*filter
COMMIT 
END
$ iptables-restore -c <<END
*filter
COMMIT 
END
$ iptables-restore -v <<END
*filter
COMMIT 
END
$ iptables-restore -T nat <<END
*filter
COMMIT 
END
$ iptables-restore <<END
*filter
COMMIT	
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
COMMIT	
END
$ iptables-restore --test <<END
*filter
COMMIT	
END
$ iptables-restore -c <<END
*filter
COMMIT	
END
$ iptables-restore -v <<END
*filter
COMMIT	
END
$ iptables-restore -T nat <<END
*filter
COMMIT	
END
$ iptables-restore <<END
*FILTER
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*FILTER
COMMIT
END
$ iptables-restore --test <<END
*FILTER
COMMIT
END
$ iptables-restore -c <<END
*FILTER
COMMIT
END
$ iptables-restore -v <<END
*FILTER
COMMIT
END
$ iptables-restore -T nat <<END
*FILTER
COMMIT
END
$ iptables-restore <<END
*nosuch
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*nosuch
COMMIT
END
$ iptables-restore --test <<END
*nosuch
COMMIT
END
$ iptables-restore -c <<END
*nosuch
COMMIT
END
$ iptables-restore -v <<END
*nosuch
COMMIT
END
$ iptables-restore -T nat <<END
*nosuch
COMMIT
END
$ iptables-restore <<END
* filter
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
* filter
COMMIT
END
$ iptables-restore --test <<END
* filter
COMMIT
END
$ iptables-restore -c <<END
* filter
COMMIT
END
$ iptables-restore -v <<END
* filter
COMMIT
END
$ iptables-restore -T nat <<END
* filter
COMMIT
END
$ iptables-restore <<END
*filter x
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter x
COMMIT
END
$ iptables-restore --test <<END
*filter x
COMMIT
END
$ iptables-restore -c <<END
*filter x
COMMIT
END
$ iptables-restore -v <<END
*filter x
COMMIT
END
$ iptables-restore -T nat <<END
*filter x
COMMIT
END
$ iptables-restore <<END
*
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*
COMMIT
END
$ iptables-restore --test <<END
*
COMMIT
END
$ iptables-restore -c <<END
*
COMMIT
END
$ iptables-restore -v <<END
*
COMMIT
END
$ iptables-restore -T nat <<END
*
COMMIT
END
$ iptables-restore <<END
*filter
*nat
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
*nat
COMMIT
END
$ iptables-restore --test <<END
*filter
*nat
COMMIT
END
$ iptables-restore -c <<END
*filter
*nat
COMMIT
END
$ iptables-restore -v <<END
*filter
*nat
COMMIT
END
$ iptables-restore -T nat <<END
*filter
*nat
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
*nat
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
*nat
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
*nat
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
*nat
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
*nat
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
*nat
COMMIT
END
$ iptables-restore <<END
*filter
COMMIT
*filter
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
COMMIT
*filter
COMMIT
END
$ iptables-restore --test <<END
*filter
COMMIT
*filter
COMMIT
END
$ iptables-restore -c <<END
*filter
COMMIT
*filter
COMMIT
END
$ iptables-restore -v <<END
*filter
COMMIT
*filter
COMMIT
END
$ iptables-restore -T nat <<END
*filter
COMMIT
*filter
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*filter
-A INPUT -j DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*filter
-A INPUT -j DROP
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*filter
-A INPUT -j DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*filter
-A INPUT -j DROP
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*filter
-A INPUT -j DROP
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*filter
-A INPUT -j DROP
COMMIT
END
$ iptables-restore <<END
 *filter
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
 *filter
COMMIT
END
$ iptables-restore --test <<END
 *filter
COMMIT
END
$ iptables-restore -c <<END
 *filter
COMMIT
END
$ iptables-restore -v <<END
 *filter
COMMIT
END
$ iptables-restore -T nat <<END
 *filter
COMMIT
END
$ iptables-restore <<END
	*filter
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
	*filter
COMMIT
END
$ iptables-restore --test <<END
	*filter
COMMIT
END
$ iptables-restore -c <<END
	*filter
COMMIT
END
$ iptables-restore -v <<END
	*filter
COMMIT
END
$ iptables-restore -T nat <<END
	*filter
COMMIT
END
$ iptables-restore <<END
*filter 
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter 
COMMIT
END
$ iptables-restore --test <<END
*filter 
COMMIT
END
$ iptables-restore -c <<END
*filter 
COMMIT
END
$ iptables-restore -v <<END
*filter 
COMMIT
END
$ iptables-restore -T nat <<END
*filter 
COMMIT
END
$ iptables-restore <<END
*filter
COMMIT
-A INPUT -j ACCEPT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
COMMIT
-A INPUT -j ACCEPT
END
$ iptables-restore --test <<END
*filter
COMMIT
-A INPUT -j ACCEPT
END
$ iptables-restore -c <<END
*filter
COMMIT
-A INPUT -j ACCEPT
END
$ iptables-restore -v <<END
*filter
COMMIT
-A INPUT -j ACCEPT
END
$ iptables-restore -T nat <<END
*filter
COMMIT
-A INPUT -j ACCEPT
END
$ iptables-restore <<END
-A INPUT -j ACCEPT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
-A INPUT -j ACCEPT
END
$ iptables-restore --test <<END
-A INPUT -j ACCEPT
END
$ iptables-restore -c <<END
-A INPUT -j ACCEPT
END
$ iptables-restore -v <<END
-A INPUT -j ACCEPT
END
$ iptables-restore -T nat <<END
-A INPUT -j ACCEPT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A NOSUCH -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A NOSUCH -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A NOSUCH -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A NOSUCH -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A NOSUCH -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A NOSUCH -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
bogus
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
bogus
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
bogus
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
bogus
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
bogus
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
bogus
COMMIT
END
$ iptables-restore <<END
*filter
bogus
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
bogus
COMMIT
END
$ iptables-restore --test <<END
*filter
bogus
COMMIT
END
$ iptables-restore -c <<END
*filter
bogus
COMMIT
END
$ iptables-restore -v <<END
*filter
bogus
COMMIT
END
$ iptables-restore -T nat <<END
*filter
bogus
COMMIT
END
$ iptables-restore <<END
*filter
-A
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A
COMMIT
END
$ iptables-restore --test <<END
*filter
-A
COMMIT
END
$ iptables-restore -c <<END
*filter
-A
COMMIT
END
$ iptables-restore -v <<END
*filter
-A
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A
COMMIT
END
$ iptables-restore <<END
*filter
-
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-
COMMIT
END
$ iptables-restore --test <<END
*filter
-
COMMIT
END
$ iptables-restore -c <<END
*filter
-
COMMIT
END
$ iptables-restore -v <<END
*filter
-
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-
COMMIT
END
$ iptables-restore <<END
*filter
A INPUT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
A INPUT
COMMIT
END
$ iptables-restore --test <<END
*filter
A INPUT
COMMIT
END
$ iptables-restore -c <<END
*filter
A INPUT
COMMIT
END
$ iptables-restore -v <<END
*filter
A INPUT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
A INPUT
COMMIT
END
$ iptables-restore <<END
*filter
--append INPUT -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
--append INPUT -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
--append INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
--append INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
--append INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
--append INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-t nat -A INPUT -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-t nat -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-t nat -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-t nat -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-t nat -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-t nat -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -t nat -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -t nat -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -t nat -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -t nat -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -t nat -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -t nat -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -t filter -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -t filter -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -t filter -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -t filter -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -t filter -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -t filter -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT -v
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT -v
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT -v
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT -v
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT -v
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT -n
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT -n
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT -n
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT -n
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT -n
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT -n
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -w -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -w -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -w -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -w -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -w -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -w -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-h
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-h
COMMIT
END
$ iptables-restore --test <<END
*filter
-h
COMMIT
END
$ iptables-restore -c <<END
*filter
-h
COMMIT
END
$ iptables-restore -v <<END
*filter
-h
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-h
COMMIT
END
$ iptables-restore <<END
*filter
-V
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-V
COMMIT
END
$ iptables-restore --test <<END
*filter
-V
COMMIT
END
$ iptables-restore -c <<END
*filter
-V
COMMIT
END
$ iptables-restore -v <<END
*filter
-V
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-V
COMMIT
END
$ iptables-restore <<END
*filter
-L
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-L
COMMIT
END
$ iptables-restore --test <<END
*filter
-L
COMMIT
END
$ iptables-restore -c <<END
*filter
-L
COMMIT
END
$ iptables-restore -v <<END
*filter
-L
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-L
COMMIT
END
$ iptables-restore <<END
*filter
-L INPUT -v -n
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-L INPUT -v -n
COMMIT
END
$ iptables-restore --test <<END
*filter
-L INPUT -v -n
COMMIT
END
$ iptables-restore -c <<END
*filter
-L INPUT -v -n
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-L INPUT -v -n
COMMIT
END
$ iptables-restore <<END
*filter
-S
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-S
COMMIT
END
$ iptables-restore --test <<END
*filter
-S
COMMIT
END
$ iptables-restore -c <<END
*filter
-S
COMMIT
END
$ iptables-restore -v <<END
*filter
-S
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-S
COMMIT
END
$ iptables-restore <<END
*filter
-S INPUT 1
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-S INPUT 1
COMMIT
END
$ iptables-restore --test <<END
*filter
-S INPUT 1
COMMIT
END
$ iptables-restore -c <<END
*filter
-S INPUT 1
COMMIT
END
$ iptables-restore -v <<END
*filter
-S INPUT 1
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-S INPUT 1
COMMIT
END
$ iptables-restore <<END
*filter
-C INPUT -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
-C INPUT -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
-C INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-N X
-N X
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-N X
-N X
COMMIT
END
$ iptables-restore --test <<END
*filter
-N X
-N X
COMMIT
END
$ iptables-restore -c <<END
*filter
-N X
-N X
COMMIT
END
$ iptables-restore -v <<END
*filter
-N X
-N X
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-N X
-N X
COMMIT
END
$ iptables-restore <<END
*filter
-N X
-A X -j RETURN
-X X
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-N X
-A X -j RETURN
-X X
COMMIT
END
$ iptables-restore --test <<END
*filter
-N X
-A X -j RETURN
-X X
COMMIT
END
$ iptables-restore -c <<END
*filter
-N X
-A X -j RETURN
-X X
COMMIT
END
$ iptables-restore -v <<END
*filter
-N X
-A X -j RETURN
-X X
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-N X
-A X -j RETURN
-X X
COMMIT
END
$ iptables-restore <<END
*filter
-N X
-A INPUT -j X
-X X
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-N X
-A INPUT -j X
-X X
COMMIT
END
$ iptables-restore --test <<END
*filter
-N X
-A INPUT -j X
-X X
COMMIT
END
$ iptables-restore -c <<END
*filter
-N X
-A INPUT -j X
-X X
COMMIT
END
$ iptables-restore -v <<END
*filter
-N X
-A INPUT -j X
-X X
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-N X
-A INPUT -j X
-X X
COMMIT
END
$ iptables-restore <<END
*filter
-N X
-X
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-N X
-X
COMMIT
END
$ iptables-restore --test <<END
*filter
-N X
-X
COMMIT
END
$ iptables-restore -c <<END
*filter
-N X
-X
COMMIT
END
$ iptables-restore -v <<END
*filter
-N X
-X
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-N X
-X
COMMIT
END
$ iptables-restore <<END
*filter
:X - [0:0]
:Y - [0:0]
-A X -j Y
-X
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X - [0:0]
:Y - [0:0]
-A X -j Y
-X
COMMIT
END
$ iptables-restore --test <<END
*filter
:X - [0:0]
:Y - [0:0]
-A X -j Y
-X
COMMIT
END
$ iptables-restore -c <<END
*filter
:X - [0:0]
:Y - [0:0]
-A X -j Y
-X
COMMIT
END
$ iptables-restore -v <<END
*filter
:X - [0:0]
:Y - [0:0]
-A X -j Y
-X
COMMIT
END
$ iptables-restore -T nat <<END
*filter
:X - [0:0]
:Y - [0:0]
-A X -j Y
-X
COMMIT
END
$ iptables-restore <<END
*filter
:X - [0:0]
-X -v
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X - [0:0]
-X -v
COMMIT
END
$ iptables-restore --test <<END
*filter
:X - [0:0]
-X -v
COMMIT
END
$ iptables-restore -c <<END
*filter
:X - [0:0]
-X -v
COMMIT
END
$ iptables-restore -T nat <<END
*filter
:X - [0:0]
-X -v
COMMIT
END
$ iptables-restore <<END
*filter
-F -v
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-F -v
COMMIT
END
$ iptables-restore --test <<END
*filter
-F -v
COMMIT
END
$ iptables-restore -c <<END
*filter
-F -v
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-F -v
COMMIT
END
$ iptables-restore <<END
*filter
-Z -v
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-Z -v
COMMIT
END
$ iptables-restore --test <<END
*filter
-Z -v
COMMIT
END
$ iptables-restore -c <<END
*filter
-Z -v
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-Z -v
COMMIT
END
$ iptables-restore <<END
*filter
-F NOSUCH
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-F NOSUCH
COMMIT
END
$ iptables-restore --test <<END
*filter
-F NOSUCH
COMMIT
END
$ iptables-restore -c <<END
*filter
-F NOSUCH
COMMIT
END
$ iptables-restore -v <<END
*filter
-F NOSUCH
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-F NOSUCH
COMMIT
END
$ iptables-restore <<END
*filter
-E INPUT X
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-E INPUT X
COMMIT
END
$ iptables-restore --test <<END
*filter
-E INPUT X
COMMIT
END
$ iptables-restore -c <<END
*filter
-E INPUT X
COMMIT
END
$ iptables-restore -v <<END
*filter
-E INPUT X
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-E INPUT X
COMMIT
END
$ iptables-restore <<END
*filter
:X - [0:0]
-E X Y
-A Y -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:X - [0:0]
-E X Y
-A Y -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
:X - [0:0]
-E X Y
-A Y -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
:X - [0:0]
-E X Y
-A Y -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
:X - [0:0]
-E X Y
-A Y -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
:X - [0:0]
-E X Y
-A Y -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-P INPUT DROP
-P FORWARD DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-P INPUT DROP
-P FORWARD DROP
COMMIT
END
$ iptables-restore --test <<END
*filter
-P INPUT DROP
-P FORWARD DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
-P INPUT DROP
-P FORWARD DROP
COMMIT
END
$ iptables-restore -v <<END
*filter
-P INPUT DROP
-P FORWARD DROP
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-P INPUT DROP
-P FORWARD DROP
COMMIT
END
$ iptables-restore <<END
*filter
-P X DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-P X DROP
COMMIT
END
$ iptables-restore --test <<END
*filter
-P X DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
-P X DROP
COMMIT
END
$ iptables-restore -v <<END
*filter
-P X DROP
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-P X DROP
COMMIT
END
$ iptables-restore <<END
*filter
-P INPUT FOO
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-P INPUT FOO
COMMIT
END
$ iptables-restore --test <<END
*filter
-P INPUT FOO
COMMIT
END
$ iptables-restore -c <<END
*filter
-P INPUT FOO
COMMIT
END
$ iptables-restore -v <<END
*filter
-P INPUT FOO
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-P INPUT FOO
COMMIT
END
$ iptables-restore <<END
*filter
-D INPUT 1
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-D INPUT 1
COMMIT
END
$ iptables-restore --test <<END
*filter
-D INPUT 1
COMMIT
END
$ iptables-restore -c <<END
*filter
-D INPUT 1
COMMIT
END
$ iptables-restore -v <<END
*filter
-D INPUT 1
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-D INPUT 1
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
-D INPUT 1
-D INPUT 1
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
-D INPUT 1
-D INPUT 1
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
-D INPUT 1
-D INPUT 1
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
-D INPUT 1
-D INPUT 1
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
-D INPUT 1
-D INPUT 1
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
-D INPUT 1
-D INPUT 1
COMMIT
END
$ iptables-restore <<END
*filter
-R INPUT 1 -j DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-R INPUT 1 -j DROP
COMMIT
END
$ iptables-restore --test <<END
*filter
-R INPUT 1 -j DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
-R INPUT 1 -j DROP
COMMIT
END
$ iptables-restore -v <<END
*filter
-R INPUT 1 -j DROP
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-R INPUT 1 -j DROP
COMMIT
END
$ iptables-restore <<END
*filter
-I INPUT 2 -j DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore --test <<END
*filter
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore -v <<END
*filter
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
-I INPUT 2 -j DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
-I INPUT 2 -j DROP
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT ; -A INPUT -j DROP
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT ; -A INPUT -j DROP
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT ; -A INPUT -j DROP
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT ; -A INPUT -j DROP
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT ; -A INPUT -j DROP
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT ; -A INPUT -j DROP
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT	
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT	
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT	
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT	
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT	
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT	
COMMIT
END
$ iptables-restore <<END
*filter
  -A INPUT -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
  -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
  -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
  -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
  -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
  -A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A  INPUT   -j  ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A  INPUT   -j  ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A  INPUT   -j  ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A  INPUT   -j  ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A  INPUT   -j  ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A  INPUT   -j  ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT # c
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT # c
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT # c
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT # c
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT # c
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT # c
COMMIT
END
$ iptables-restore <<END
*filter
# c
#
  # c

   
	
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
# c
#
  # c

   
	
COMMIT
END
$ iptables-restore --test <<END
*filter
# c
#
  # c

   
	
COMMIT
END
$ iptables-restore -c <<END
*filter
# c
#
  # c

   
	
COMMIT
END
$ iptables-restore -v <<END
*filter
# c
#
  # c

   
	
COMMIT
END
$ iptables-restore -T nat <<END
*filter
# c
#
  # c

   
	
COMMIT
END
$ iptables-restore <<END
# c
*filter
COMMIT
# end
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
# c
*filter
COMMIT
# end
END
$ iptables-restore --test <<END
# c
*filter
COMMIT
# end
END
$ iptables-restore -c <<END
# c
*filter
COMMIT
# end
END
$ iptables-restore -v <<END
# c
*filter
COMMIT
# end
END
$ iptables-restore -T nat <<END
# c
*filter
COMMIT
# end
END
$ iptables-restore <<END


*filter

COMMIT

END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END


*filter

COMMIT

END
$ iptables-restore --test <<END


*filter

COMMIT

END
$ iptables-restore -c <<END


*filter

COMMIT

END
$ iptables-restore -v <<END


*filter

COMMIT

END
$ iptables-restore -T nat <<END


*filter

COMMIT

END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "a b" -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "a b" -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "a b" -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "a b" -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "a b" -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "a b" -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment 'a b' -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment 'a b' -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment 'a b' -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment 'a b' -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment 'a b' -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment 'a b' -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "a \"b\"" -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "a \"b\"" -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "a \"b\"" -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "a \"b\"" -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "a \"b\"" -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "a \"b\"" -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "a b -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "a b -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "a b -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "a b -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "a b -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "a b -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment 'a b -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment 'a b -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment 'a b -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment 'a b -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment 'a b -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment 'a b -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment a\ b -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment a\ b -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment a\ b -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment a\ b -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment a\ b -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment a\ b -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "" -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "" -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "" -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "" -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "" -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "" -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment '' -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment '' -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment '' -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment '' -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment '' -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment '' -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "a"b -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "a"b -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "a"b -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "a"b -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "a"b -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "a"b -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment a"b c"d -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment a"b c"d -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment a"b c"d -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment a"b c"d -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment a"b c"d -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment a"b c"d -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "a'b" -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "a'b" -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "a'b" -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "a'b" -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "a'b" -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "a'b" -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment 'a"b' -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment 'a"b' -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment 'a"b' -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment 'a"b' -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment 'a"b' -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment 'a"b' -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "a\\b" -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "a\\b" -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "a\\b" -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "a\\b" -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "a\\b" -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "a\\b" -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "a	b" -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "a	b" -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "a	b" -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "a	b" -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "a	b" -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "a	b" -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment "#x" -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "#x" -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment "#x" -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment "#x" -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment "#x" -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment "#x" -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment #x -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment #x -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment #x -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment #x -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment #x -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment #x -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -s 1.1.1.1 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
:U - [0:0]
-A U -j ACCEPT
COMMIT
*filter
-A INPUT -j U
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
:U - [0:0]
-A U -j ACCEPT
COMMIT
*filter
-A INPUT -j U
COMMIT
END
$ iptables-restore --test <<END
*filter
:U - [0:0]
-A U -j ACCEPT
COMMIT
*filter
-A INPUT -j U
COMMIT
END
$ iptables-restore -c <<END
*filter
:U - [0:0]
-A U -j ACCEPT
COMMIT
*filter
-A INPUT -j U
COMMIT
END
$ iptables-restore -v <<END
*filter
:U - [0:0]
-A U -j ACCEPT
COMMIT
*filter
-A INPUT -j U
COMMIT
END
$ iptables-restore -T nat <<END
*filter
:U - [0:0]
-A U -j ACCEPT
COMMIT
*filter
-A INPUT -j U
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*mangle
-A PREROUTING -j MARK --set-mark 1
COMMIT
*raw
-A PREROUTING -j CT --notrack
COMMIT
*security
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -p tcp -j REDIRECT --to-ports 1
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*mangle
-A PREROUTING -j MARK --set-mark 1
COMMIT
*raw
-A PREROUTING -j CT --notrack
COMMIT
*security
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -p tcp -j REDIRECT --to-ports 1
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*mangle
-A PREROUTING -j MARK --set-mark 1
COMMIT
*raw
-A PREROUTING -j CT --notrack
COMMIT
*security
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -p tcp -j REDIRECT --to-ports 1
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*mangle
-A PREROUTING -j MARK --set-mark 1
COMMIT
*raw
-A PREROUTING -j CT --notrack
COMMIT
*security
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -p tcp -j REDIRECT --to-ports 1
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*mangle
-A PREROUTING -j MARK --set-mark 1
COMMIT
*raw
-A PREROUTING -j CT --notrack
COMMIT
*security
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -p tcp -j REDIRECT --to-ports 1
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*mangle
-A PREROUTING -j MARK --set-mark 1
COMMIT
*raw
-A PREROUTING -j CT --notrack
COMMIT
*security
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -p tcp -j REDIRECT --to-ports 1
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -j ACCEPT -m nosuch
COMMIT
*mangle
-A INPUT -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -j ACCEPT -m nosuch
COMMIT
*mangle
-A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -j ACCEPT -m nosuch
COMMIT
*mangle
-A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -j ACCEPT -m nosuch
COMMIT
*mangle
-A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -j ACCEPT -m nosuch
COMMIT
*mangle
-A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A PREROUTING -j ACCEPT -m nosuch
COMMIT
*mangle
-A INPUT -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j NOSUCH
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j NOSUCH
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j NOSUCH
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j NOSUCH
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j NOSUCH
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j NOSUCH
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name a -j ACCEPT
-A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name a -j ACCEPT
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name a -j ACCEPT
-A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name a -j ACCEPT
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name a -j ACCEPT
-A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name a -j ACCEPT
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name a -j ACCEPT
-A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name a -j ACCEPT
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name a -j ACCEPT
-A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name a -j ACCEPT
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name a -j ACCEPT
-A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name a -j ACCEPT
COMMIT
END
$ iptables-restore <<END
*filter
-A INPUT -j LOG --log-prefix "x " --log-level 9
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables-restore --noflush <<END
*filter
-A INPUT -j LOG --log-prefix "x " --log-level 9
COMMIT
END
$ iptables-restore --test <<END
*filter
-A INPUT -j LOG --log-prefix "x " --log-level 9
COMMIT
END
$ iptables-restore -c <<END
*filter
-A INPUT -j LOG --log-prefix "x " --log-level 9
COMMIT
END
$ iptables-restore -v <<END
*filter
-A INPUT -j LOG --log-prefix "x " --log-level 9
COMMIT
END
$ iptables-restore -T nat <<END
*filter
-A INPUT -j LOG --log-prefix "x " --log-level 9
COMMIT
END
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save 
$ iptables-save 
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -t nat
$ iptables-save -t nat
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -c
$ iptables-save -c
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -M /bin/true
$ iptables-save -M /bin/true
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -t nosuch
$ iptables-save -t nosuch
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -t nat -c
$ iptables-save -t nat -c
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save --counters --table=mangle
$ iptables-save --counters --table=mangle
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -x
$ iptables-save -x
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save --nosuch
$ iptables-save --nosuch
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -h
$ iptables-save -h
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save --version
$ iptables-save --version
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -V
$ iptables-save -V
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save extra
$ iptables-save extra
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -t
$ iptables-save -t
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -t raw -t nat
$ iptables-save -t raw -t nat
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save --table
$ iptables-save --table
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -c -c
$ iptables-save -c -c
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save --modprobe
$ iptables-save --modprobe
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -4
$ iptables-save -4
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -6
$ iptables-save -6
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -f /dev/null
$ iptables-save -f /dev/null
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save --file=/dev/null
$ iptables-save --file=/dev/null
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -t NAT
$ iptables-save -t NAT
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -tnat
$ iptables-save -tnat
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -cv
$ iptables-save -cv
$ iptables -N KEEP ; iptables -A INPUT -j KEEP -c 3 4 ; iptables -P OUTPUT DROP -c 7 8 ; iptables -t nat -A POSTROUTING -j MASQUERADE ; iptables -t mangle -A INPUT -j MARK --set-mark 1 ; iptables -t raw -N R ; iptables-save -v
$ iptables-save -v
