% iptables -N U1 ; iptables -N U2 ; iptables -N U3 ; iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT ; iptables -A INPUT -j U1 ; iptables -A U1 -p udp -m udp --sport 53 -j RETURN ; iptables -A FORWARD -i eth0 -o eth1 -j DROP ; iptables -A OUTPUT -d 1.2.3.4/24 -j U2 -c 5 100 ; iptables -A INPUT -m comment --comment 'x y' -j LOG --log-prefix 'p: ' ; iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE ; iptables -A U2 -g U3
$ iptables -L 
$ iptables -L INPUT 
$ iptables -L U1 
$ iptables -L NOSUCH 
$ iptables -L -n
$ iptables -L INPUT -n
$ iptables -L U1 -n
$ iptables -L NOSUCH -n
$ iptables -L -v
$ iptables -L INPUT -v
$ iptables -L U1 -v
$ iptables -L NOSUCH -v
$ iptables -L -x
$ iptables -L INPUT -x
$ iptables -L U1 -x
$ iptables -L NOSUCH -x
$ iptables -L --line-numbers
$ iptables -L INPUT --line-numbers
$ iptables -L U1 --line-numbers
$ iptables -L NOSUCH --line-numbers
$ iptables -L -Z
$ iptables -L INPUT -Z
$ iptables -L U1 -Z
$ iptables -L NOSUCH -Z
$ iptables -L -n -v
$ iptables -L INPUT -n -v
$ iptables -L U1 -n -v
$ iptables -L NOSUCH -n -v
$ iptables -L -n -x
$ iptables -L INPUT -n -x
$ iptables -L U1 -n -x
$ iptables -L NOSUCH -n -x
$ iptables -L -n --line-numbers
$ iptables -L INPUT -n --line-numbers
$ iptables -L U1 -n --line-numbers
$ iptables -L NOSUCH -n --line-numbers
$ iptables -L -n -Z
$ iptables -L INPUT -n -Z
$ iptables -L U1 -n -Z
$ iptables -L NOSUCH -n -Z
$ iptables -L -v -x
$ iptables -L INPUT -v -x
$ iptables -L U1 -v -x
$ iptables -L NOSUCH -v -x
$ iptables -L -v --line-numbers
$ iptables -L INPUT -v --line-numbers
$ iptables -L U1 -v --line-numbers
$ iptables -L NOSUCH -v --line-numbers
$ iptables -L -v -Z
$ iptables -L INPUT -v -Z
$ iptables -L U1 -v -Z
$ iptables -L NOSUCH -v -Z
$ iptables -L -x --line-numbers
$ iptables -L INPUT -x --line-numbers
$ iptables -L U1 -x --line-numbers
$ iptables -L NOSUCH -x --line-numbers
$ iptables -L -x -Z
$ iptables -L INPUT -x -Z
$ iptables -L U1 -x -Z
$ iptables -L NOSUCH -x -Z
$ iptables -L --line-numbers -Z
$ iptables -L INPUT --line-numbers -Z
$ iptables -L U1 --line-numbers -Z
$ iptables -L NOSUCH --line-numbers -Z
$ iptables -L -n -v -x
$ iptables -L INPUT -n -v -x
$ iptables -L U1 -n -v -x
$ iptables -L NOSUCH -n -v -x
$ iptables -L -n -v --line-numbers
$ iptables -L INPUT -n -v --line-numbers
$ iptables -L U1 -n -v --line-numbers
$ iptables -L NOSUCH -n -v --line-numbers
$ iptables -L -n -v -Z
$ iptables -L INPUT -n -v -Z
$ iptables -L U1 -n -v -Z
$ iptables -L NOSUCH -n -v -Z
$ iptables -L -n -x --line-numbers
$ iptables -L INPUT -n -x --line-numbers
$ iptables -L U1 -n -x --line-numbers
$ iptables -L NOSUCH -n -x --line-numbers
$ iptables -L -n -x -Z
$ iptables -L INPUT -n -x -Z
$ iptables -L U1 -n -x -Z
$ iptables -L NOSUCH -n -x -Z
$ iptables -L -n --line-numbers -Z
$ iptables -L INPUT -n --line-numbers -Z
$ iptables -L U1 -n --line-numbers -Z
$ iptables -L NOSUCH -n --line-numbers -Z
$ iptables -L -v -x --line-numbers
$ iptables -L INPUT -v -x --line-numbers
$ iptables -L U1 -v -x --line-numbers
$ iptables -L NOSUCH -v -x --line-numbers
$ iptables -L -v -x -Z
$ iptables -L INPUT -v -x -Z
$ iptables -L U1 -v -x -Z
$ iptables -L NOSUCH -v -x -Z
$ iptables -L -v --line-numbers -Z
$ iptables -L INPUT -v --line-numbers -Z
$ iptables -L U1 -v --line-numbers -Z
$ iptables -L NOSUCH -v --line-numbers -Z
$ iptables -L -x --line-numbers -Z
$ iptables -L INPUT -x --line-numbers -Z
$ iptables -L U1 -x --line-numbers -Z
$ iptables -L NOSUCH -x --line-numbers -Z
$ iptables -L -n -v -x --line-numbers
$ iptables -L INPUT -n -v -x --line-numbers
$ iptables -L U1 -n -v -x --line-numbers
$ iptables -L NOSUCH -n -v -x --line-numbers
$ iptables -L -n -v -x -Z
$ iptables -L INPUT -n -v -x -Z
$ iptables -L U1 -n -v -x -Z
$ iptables -L NOSUCH -n -v -x -Z
$ iptables -L -n -v --line-numbers -Z
$ iptables -L INPUT -n -v --line-numbers -Z
$ iptables -L U1 -n -v --line-numbers -Z
$ iptables -L NOSUCH -n -v --line-numbers -Z
$ iptables -L -n -x --line-numbers -Z
$ iptables -L INPUT -n -x --line-numbers -Z
$ iptables -L U1 -n -x --line-numbers -Z
$ iptables -L NOSUCH -n -x --line-numbers -Z
$ iptables -L -v -x --line-numbers -Z
$ iptables -L INPUT -v -x --line-numbers -Z
$ iptables -L U1 -v -x --line-numbers -Z
$ iptables -L NOSUCH -v -x --line-numbers -Z
$ iptables -L -n -v -x --line-numbers -Z
$ iptables -L INPUT -n -v -x --line-numbers -Z
$ iptables -L U1 -n -v -x --line-numbers -Z
$ iptables -L NOSUCH -n -v -x --line-numbers -Z
$ iptables -nL
$ iptables -vnL
$ iptables -Lnv
$ iptables -L -n INPUT
$ iptables -n -L INPUT
$ iptables -L INPUT 1
$ iptables -L INPUT 0
$ iptables -L INPUT 3
$ iptables -L INPUT 4
$ iptables -L INPUT x
$ iptables -L INPUT 1 -n
$ iptables -L U2 1 -v
$ iptables -nvxL --line-numbers
$ iptables -L INPUT -n -n
$ iptables -L -nvxZ INPUT
$ iptables -t nat -L -n -v
$ iptables -L -t nat
$ iptables -L INPUT U1
$ iptables -L INPUT -L U1
$ iptables -L -S
$ iptables -L -Z -n
$ iptables -Z -L -n
$ iptables -Z -L INPUT 1
$ iptables -Z INPUT 1 -L
$ iptables -L --line-numbers -n -t nat POSTROUTING
$ iptables -L -x
$ iptables -L -n --exact
$ iptables -L --numeric --verbose
$ iptables -S
$ iptables -S INPUT
$ iptables -S INPUT 1
$ iptables -S INPUT 0
$ iptables -S INPUT 3
$ iptables -S INPUT 4
$ iptables -S INPUT x
$ iptables -S -v
$ iptables -S INPUT 1 -v
$ iptables -S U1 1
$ iptables -S U3
$ iptables -S INPUT 1 2
$ iptables -S -n
$ iptables -S -x
$ iptables -S -Z
$ iptables -S --line-numbers
$ iptables -S NOSUCH
$ iptables -S NOSUCH 1
$ iptables -S U2 1
$ iptables -S OUTPUT 1 -v
$ iptables -S -t nat
$ iptables -S INPUT -S
$ iptables --list-rules INPUT 2
$ iptables -S INPUT -1
$ iptables -S INPUT 01
$ iptables -S INPUT 0x1
$ iptables -Z
$ iptables -Z INPUT
$ iptables -Z INPUT 1
$ iptables -Z INPUT 9
$ iptables -Z U1 1
$ iptables -Z NOSUCH
$ iptables -Z INPUT -v
$ iptables -Z -t nat
$ iptables -Z INPUT 0
$ iptables -Z -v
$ iptables -Z OUTPUT 1 -L OUTPUT -v
$ iptables -Z U2 -L -v
$ iptables -Z -L -v -x
$ iptables -Z INPUT 1 2
$ iptables -F
$ iptables -F INPUT
$ iptables -F NOSUCH
$ iptables -F INPUT 1
$ iptables -F -v
$ iptables -F U1 -v
$ iptables -F -L
$ iptables -F INPUT -L
$ iptables -X
$ iptables -X U1
$ iptables -X U2
$ iptables -X U3
$ iptables -X INPUT
$ iptables -X NOSUCH
$ iptables -X U1 U2
$ iptables -X -v
$ iptables -X U3 -v
$ iptables -X ''
$ iptables -X -t nat
$ iptables -E U1 NEW
$ iptables -E U1 U2
$ iptables -E U1 INPUT
$ iptables -E INPUT X
$ iptables -E NOSUCH X
$ iptables -E U1
$ iptables -E U1 ''
$ iptables -E U1 'a b'
$ iptables -E U1 xxxxxxxxxxxxxxxxxxxxxxxxxxxx
$ iptables -E U1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxx
$ iptables -E U1 -bad
$ iptables -E U1 '!x'
$ iptables -E U1 ACCEPT
$ iptables -E U1 RETURN
$ iptables -E U1 LOG
$ iptables -E U1 NEW -v
$ iptables -E U1 NEW extra
$ iptables -E U3 U3
$ iptables -E U1 DNAT
$ iptables -E U1 1
$ iptables -N ACCEPT
$ iptables -N DROP
$ iptables -N RETURN
$ iptables -N QUEUE
$ iptables -N xxxxxxxxxxxxxxxxxxxxxxxxxxxx
$ iptables -N xxxxxxxxxxxxxxxxxxxxxxxxxxxxx
$ iptables -N -x
$ iptables -N '!x'
$ iptables -N 'a b'
$ iptables -N ''
$ iptables -N 1
$ iptables -N U1
$ iptables -N INPUT
$ iptables -N LOG
$ iptables -N DNAT
$ iptables -N MARK
$ iptables -N log
$ iptables -N NEW -v
$ iptables -N A B
$ iptables -N 'a!b'
$ iptables -N a.b
$ iptables -N 'a	b'
$ iptables -N 'a:b'
$ iptables -N ÄÖ
$ iptables -N --x
$ iptables -N NFQUEUE
$ iptables -N TRACE
$ iptables -N CT
$ iptables -N NOTRACK
$ iptables -N tcp
$ iptables -P INPUT DROP
$ iptables -P U1 DROP
$ iptables -P INPUT RETURN
$ iptables -P INPUT accept
$ iptables -P INPUT
$ iptables -P INPUT DROP extra
$ iptables -P INPUT DROP -c 1 2
$ iptables -P NOSUCH DROP
$ iptables -P INPUT QUEUE
$ iptables -P INPUT DROP -v
$ iptables -P INPUT ACCEPT -c x 2
$ iptables -P INPUT DROP -c 1
$ iptables -t nat -P PREROUTING DROP
$ iptables -P INPUT LOG
$ iptables -P INPUT U1
$ iptables -P INPUT ''
$ iptables -P FORWARD drop
$ iptables -P OUTPUT DROP -t filter -c 18446744073709551615 18446744073709551615
$ iptables -C INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT
$ iptables -C INPUT -p tcp -s 10.0.0.1 --dport 22 -j ACCEPT
$ iptables -C INPUT -s 10.0.0.1/32 -p 6 -m tcp --dport ssh -j ACCEPT
$ iptables -C INPUT -j ACCEPT -s 10.0.0.1 -p tcp --dport 22
$ iptables -C INPUT -s 10.0.0.1 -p tcp --dport 22
$ iptables -C INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT -c 9 9
$ iptables -C INPUT -s 10.0.0.1 -p tcp --dport 22:22 -j ACCEPT
$ iptables -C INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT -v
$ iptables -C INPUT 1
$ iptables -C INPUT
$ iptables -C INPUT -j U1
$ iptables -C INPUT -g U1
$ iptables -C U1 -p udp --sport 53 -j RETURN
$ iptables -C U2 -g U3
$ iptables -C U2 -j U3
$ iptables -C INPUT -m comment --comment 'x y' -j LOG --log-prefix 'p: '
$ iptables -C INPUT -m comment --comment 'x y' -j LOG
$ iptables -C INPUT -m comment --comment 'x y' -j LOG --log-prefix 'p: ' --log-level 4
$ iptables -C INPUT -m comment --comment x -j LOG --log-prefix 'p: '
$ iptables -D INPUT 1
$ iptables -D INPUT 0
$ iptables -D INPUT 9
$ iptables -D INPUT 1 2
$ iptables -D INPUT x
$ iptables -D INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT
$ iptables -D INPUT -p tcp -s 10.0.0.1 --dport 22 -j ACCEPT
$ iptables -D INPUT -s 10.0.0.2 -p tcp --dport 22 -j ACCEPT
$ iptables -D INPUT
$ iptables -D U1 1
$ iptables -D U2 -g U3
$ iptables -D U2 -j U3
$ iptables -D INPUT 1 -v
$ iptables -D INPUT -j U1 -v
$ iptables -D NOSUCH 1
$ iptables -D INPUT -1
$ iptables -D INPUT 3
$ iptables -D INPUT 01
$ iptables -D INPUT 0x2
$ iptables -D INPUT ' 1'
$ iptables -I INPUT 1 -j ACCEPT
$ iptables -I INPUT 3 -j ACCEPT
$ iptables -I INPUT 4 -j ACCEPT
$ iptables -I INPUT 5 -j ACCEPT
$ iptables -I INPUT 0 -j ACCEPT
$ iptables -I INPUT -1 -j ACCEPT
$ iptables -I INPUT x -j ACCEPT
$ iptables -I INPUT -j ACCEPT
$ iptables -I U3 1 -j ACCEPT
$ iptables -I U3 2 -j ACCEPT
$ iptables -I INPUT 1 -j ACCEPT -v
$ iptables -I INPUT 2 -c 3 4 -j DROP
$ iptables -I NOSUCH -j ACCEPT
$ iptables -I INPUT 1 2 -j ACCEPT
$ iptables -I INPUT 0x1 -j DROP
$ iptables -R INPUT 1 -j DROP
$ iptables -R INPUT 9 -j DROP
$ iptables -R INPUT 0 -j DROP
$ iptables -R INPUT -j DROP
$ iptables -R INPUT 1 -c 1 2 -j DROP
$ iptables -R INPUT 3 -j DROP
$ iptables -R INPUT 4 -j DROP
$ iptables -R U3 1 -j DROP
$ iptables -R INPUT 1 -j DROP -v
$ iptables -R INPUT 2 -j U1
$ iptables -R U1 1 -j U1
$ iptables -R INPUT x -j DROP
$ iptables -R INPUT 1
$ iptables -R INPUT 1 -s 1.2.3.4,5.6.7.8 -j DROP
$ iptables -A U3 -j U2
$ iptables -A U3 -j U3
$ iptables -A U1 -j INPUT
$ iptables -A INPUT -j NOSUCH
$ iptables -A INPUT -g NOSUCH
$ iptables -A INPUT -g U3 -j U1
$ iptables -A INPUT -j U1 -j U2
$ iptables -A INPUT -j ACCEPT -j DROP
$ iptables -A U1 -j RETURN -v
$ iptables -t nat -A POSTROUTING -j U1
$ iptables -A INPUT -j DNAT
$ iptables -A INPUT -j MASQUERADE
$ iptables -A INPUT -j REDIRECT
$ iptables -A INPUT -j SNAT --to-source 1.2.3.4
$ iptables -A INPUT -j QUEUE
$ iptables -A INPUT -j RETURN
$ iptables -A INPUT -j accept
$ iptables -A INPUT -j ''
$ iptables -A INPUT -j
$ iptables -A INPUT -g ACCEPT
$ iptables -A INPUT -g RETURN
$ iptables -A INPUT -g INPUT
$ iptables -A U3 -g U2
$ iptables --append INPUT -j ACCEPT
$ iptables --app INPUT -j ACCEPT
$ iptables --a INPUT -j ACCEPT
$ iptables --list
$ iptables --lis
$ iptables --li
$ iptables --l
$ iptables --list-r
$ iptables --list INPUT --numeric --verbose --exact --line-numbers
$ iptables --line -L
$ iptables --lin -L
$ iptables -L --num
$ iptables -L --n
$ iptables -L --verb
$ iptables -L --v
$ iptables -L --ex
$ iptables -L --e
$ iptables -A INPUT --source 1.1.1.1
$ iptables -A INPUT --src 1.1.1.1
$ iptables -A INPUT --sr 1.1.1.1
$ iptables -A INPUT --s 1.1.1.1
$ iptables -A INPUT --destination 1.1.1.1
$ iptables -A INPUT --dst 1.1.1.1
$ iptables -A INPUT --d 1.1.1.1
$ iptables -A INPUT --de 1.1.1.1
$ iptables -A INPUT --dest 1.1.1.1
$ iptables -A INPUT --in-interface eth0
$ iptables -A INPUT --in eth0
$ iptables -A INPUT --i eth0
$ iptables -A OUTPUT --out-interface eth0
$ iptables -A OUTPUT --ou eth0
$ iptables -A INPUT --protocol tcp
$ iptables -A INPUT --proto tcp
$ iptables -A INPUT --p tcp
$ iptables -A INPUT --jump ACCEPT
$ iptables -A INPUT --ju ACCEPT
$ iptables -A INPUT --j ACCEPT
$ iptables -A INPUT --goto U1
$ iptables -A INPUT --go U1
$ iptables -A INPUT --g U1
$ iptables -A INPUT --match tcp -p tcp
$ iptables -A INPUT --ma tcp -p tcp
$ iptables -A INPUT --m tcp -p tcp
$ iptables -A INPUT --fragment
$ iptables -A INPUT --fr
$ iptables -A INPUT --f
$ iptables -A INPUT --set-counters 1 2
$ iptables -A INPUT --set 1 2
$ iptables -A INPUT --se 1 2
$ iptables --table nat -L
$ iptables --tab nat -L
$ iptables --t nat -L
$ iptables --policy INPUT DROP
$ iptables --pol INPUT DROP
$ iptables --p INPUT DROP
$ iptables --rename-chain U1 X
$ iptables --rename U1 X
$ iptables --r U1 X
$ iptables --new-chain X
$ iptables --new X
$ iptables --ne X
$ iptables --n X
$ iptables --delete-chain U3
$ iptables --delete-c U3
$ iptables --delete INPUT 1
$ iptables --de INPUT 1
$ iptables --del INPUT 1
$ iptables --d INPUT 1
$ iptables --flush
$ iptables --fl
$ iptables --f
$ iptables --zero
$ iptables --z
$ iptables --zero INPUT 1
$ iptables --list-rules
$ iptables --check INPUT -j U1
$ iptables --ch INPUT -j U1
$ iptables --c INPUT -j U1
$ iptables --insert INPUT -j ACCEPT
$ iptables --ins INPUT -j ACCEPT
$ iptables --i INPUT -j ACCEPT
$ iptables --replace INPUT 1 -j DROP
$ iptables --rep INPUT 1 -j DROP
$ iptables --ipv4 -L INPUT
$ iptables --ipv6 -L INPUT
$ iptables -4 -L INPUT
$ iptables -6 -L INPUT
$ iptables -4 -6 -L
$ iptables -6 -A INPUT -j ACCEPT
$ iptables --wait -L INPUT
$ iptables --wait 3 -L INPUT
$ iptables --wait=3 -L INPUT
$ iptables -w -L INPUT
$ iptables -w 5 -L INPUT
$ iptables -w x -L INPUT
$ iptables -w5 -L INPUT
$ iptables -w -1 -L INPUT
$ iptables -W 100000 -L INPUT
$ iptables -W x -L INPUT
$ iptables -W -L INPUT
$ iptables -w -W 1 -L INPUT
$ iptables --wait-interval 10 -L INPUT
$ iptables --wait-interval=10 -L INPUT
$ iptables -W1 -L INPUT
$ iptables -w 0 -L INPUT
$ iptables --modprobe=/bin/true -L INPUT
$ iptables --modprobe /bin/true -L INPUT
$ iptables --modprobe -L INPUT
$ iptables -M /bin/true -L INPUT
$ iptables --modprobe=/nonexistent -A INPUT -m nosuchmatch
$ iptables -h
$ iptables --help
$ iptables -V
$ iptables --version
$ iptables -v -V
$ iptables -L -h
$ iptables -A INPUT -h
$ iptables -t NAT -L
$ iptables -t nat -t filter -L
$ iptables -tnat -L
$ iptables -t nat -L -t nat
$ iptables -t '' -L
$ iptables -t -L
$ iptables -t
$ iptables -L -t
$ iptables 
$ iptables -x
$ iptables -n
$ iptables -v
$ iptables -nv
$ iptables INPUT
$ iptables -A
$ iptables -A ''
$ iptables -A INPUT extra
$ iptables -A INPUT -- -j ACCEPT
$ iptables -- -L
$ iptables -L --
$ iptables -A INPUT - -j ACCEPT
$ iptables -A INPUT -j ACCEPT --
$ iptables --=x
$ iptables ---L
$ iptables -Lx
$ iptables -L -n x
$ iptables -A INPUT -p tcp --dport 22 22
$ iptables -A INPUT !
$ iptables -A INPUT ! !
$ iptables -A INPUT -j ACCEPT !
$ iptables -A INPUT ! -j ACCEPT
$ iptables -A INPUT ! -m tcp -p tcp
$ iptables -A INPUT -m ! tcp -p tcp
$ iptables -A INPUT -m
$ iptables -A INPUT -m ''
$ iptables -A INPUT -m tcp
$ iptables -A INPUT -m TCP -p tcp
$ iptables -A INPUT -m udp -p tcp
$ iptables -A INPUT -p tcp -m tcp -m tcp --dport 1
$ iptables -A INPUT -p tcp --dport 1 -m tcp --dport 2
$ iptables -A INPUT -m tcp -p tcp --dport 1
$ iptables -A INPUT -p udp -m tcp --dport 1
$ iptables -A INPUT -p all -m tcp --dport 1
$ iptables -A INPUT -m tcp --dport 1 -p tcp
$ iptables -A INPUT --dport 1 -p tcp
$ iptables -A INPUT ! -p tcp
$ iptables -A INPUT ! -p tcp -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p ! tcp
$ iptables -A INPUT -p ! tcp -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp !
$ iptables -A INPUT -p tcp ! -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! ! -p tcp
$ iptables -A INPUT ! ! -p tcp -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -s 1.2.3.4
$ iptables -A INPUT ! -s 1.2.3.4 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -s ! 1.2.3.4
$ iptables -A INPUT -s ! 1.2.3.4 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -d 1.2.3.4
$ iptables -A INPUT ! -d 1.2.3.4 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -d ! 1.2.3.4
$ iptables -A INPUT -d ! 1.2.3.4 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -i eth0
$ iptables -A INPUT ! -i eth0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -i ! eth0
$ iptables -A INPUT -i ! eth0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -o eth0
$ iptables -A INPUT ! -o eth0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -o ! eth0
$ iptables -A INPUT -o ! eth0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -f
$ iptables -A INPUT ! -f -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -f !
$ iptables -A INPUT -f ! -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -s 1.2.3.4,5.6.7.8
$ iptables -A INPUT ! -s 1.2.3.4,5.6.7.8 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -p all
$ iptables -A INPUT ! -p all -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -p 0
$ iptables -A INPUT ! -p 0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --dport 22
$ iptables -A INPUT -p tcp ! --dport 22 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp --dport ! 22
$ iptables -A INPUT -p tcp --dport ! 22 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp --dport 22 !
$ iptables -A INPUT -p tcp --dport 22 ! -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! ! --dport 22
$ iptables -A INPUT -p tcp ! ! --dport 22 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --syn
$ iptables -A INPUT -p tcp ! --syn -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp --syn !
$ iptables -A INPUT -p tcp --syn ! -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN SYN
$ iptables -A INPUT -p tcp ! --tcp-flags SYN SYN -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp --tcp-flags ! SYN SYN
$ iptables -A INPUT -p tcp --tcp-flags ! SYN SYN -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --sport 1 ! --dport 2
$ iptables -A INPUT -p tcp ! --sport 1 ! --dport 2 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m mark ! --mark 1
$ iptables -A INPUT -m mark ! --mark 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m mark --mark ! 1
$ iptables -A INPUT -m mark --mark ! 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -m mark --mark 1
$ iptables -A INPUT ! -m mark --mark 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m ! mark --mark 1
$ iptables -A INPUT -m ! mark --mark 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p icmp ! --icmp-type 8
$ iptables -A INPUT -p icmp ! --icmp-type 8 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p icmp --icmp-type ! 8
$ iptables -A INPUT -p icmp --icmp-type ! 8 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m state ! --state NEW
$ iptables -A INPUT -m state ! --state NEW -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m state --state ! NEW
$ iptables -A INPUT -m state --state ! NEW -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m conntrack ! --ctstate NEW ! --ctproto 6
$ iptables -A INPUT -m conntrack ! --ctstate NEW ! --ctproto 6 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m comment ! --comment x
$ iptables -A INPUT -m comment ! --comment x -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m comment --comment ! x
$ iptables -A INPUT -m comment --comment ! x -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! --comment x -m comment
$ iptables -A INPUT ! --comment x -m comment -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -s 1.2.3.4 ! -s 5.6.7.8
$ iptables -A INPUT -s 1.2.3.4 ! -s 5.6.7.8 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -s 1.2.3.4 -s 5.6.7.8
$ iptables -A INPUT -s 1.2.3.4 -s 5.6.7.8 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp -p udp
$ iptables -A INPUT -p tcp -p udp -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -i eth0 -i eth1
$ iptables -A INPUT -i eth0 -i eth1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -f -f
$ iptables -A INPUT -f -f -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT ! -f ! -f
$ iptables -A INPUT ! -f ! -f -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m mac ! --mac-source 00:11:22:33:44:55
$ iptables -A INPUT -m mac ! --mac-source 00:11:22:33:44:55 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m mac --mac-source ! 00:11:22:33:44:55
$ iptables -A INPUT -m mac --mac-source ! 00:11:22:33:44:55 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m iprange ! --src-range 1.1.1.1-1.1.1.2
$ iptables -A INPUT -m iprange ! --src-range 1.1.1.1-1.1.1.2 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m length ! --length 5
$ iptables -A INPUT -m length ! --length 5 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m ttl ! --ttl-eq 5
$ iptables -A INPUT -m ttl ! --ttl-eq 5 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m ttl ! --ttl-lt 5
$ iptables -A INPUT -m ttl ! --ttl-lt 5 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m tos ! --tos 0x10
$ iptables -A INPUT -m tos ! --tos 0x10 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m set ! --match-set x src
$ iptables -A INPUT -m set ! --match-set x src -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m recent ! --rcheck
$ iptables -A INPUT -m recent ! --rcheck -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m recent --rcheck !
$ iptables -A INPUT -m recent --rcheck ! -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m owner ! --uid-owner 0
$ iptables -A INPUT -m owner ! --uid-owner 0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m connmark ! --mark 1/1
$ iptables -A INPUT -m connmark ! --mark 1/1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m addrtype ! --src-type LOCAL
$ iptables -A INPUT -m addrtype ! --src-type LOCAL -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m addrtype --src-type ! LOCAL
$ iptables -A INPUT -m addrtype --src-type ! LOCAL -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m policy --dir in --pol none ! --strict
$ iptables -A INPUT -m policy --dir in --pol none ! --strict -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m physdev ! --physdev-in eth0
$ iptables -A INPUT -m physdev ! --physdev-in eth0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m physdev --physdev-in ! eth0
$ iptables -A INPUT -m physdev --physdev-in ! eth0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m pkttype ! --pkt-type host
$ iptables -A INPUT -m pkttype ! --pkt-type host -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m helper ! --helper ftp
$ iptables -A INPUT -m helper ! --helper ftp -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m realm ! --realm 1
$ iptables -A INPUT -m realm ! --realm 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m quota ! --quota 5
$ iptables -A INPUT -m quota ! --quota 5 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m cpu ! --cpu 1
$ iptables -A INPUT -m cpu ! --cpu 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m u32 ! --u32 0=0
$ iptables -A INPUT -m u32 ! --u32 0=0 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m string ! --string x --algo bm
$ iptables -A INPUT -m string ! --string x --algo bm -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m string --algo bm ! --hex-string '|00|'
$ iptables -A INPUT -m string --algo bm ! --hex-string '|00|' -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m connbytes ! --connbytes 1 --connbytes-dir both --connbytes-mode bytes
$ iptables -A INPUT -m connbytes ! --connbytes 1 --connbytes-dir both --connbytes-mode bytes -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m statistic --mode random ! --probability 0.5
$ iptables -A INPUT -m statistic --mode random ! --probability 0.5 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m statistic ! --mode random --probability 0.5
$ iptables -A INPUT -m statistic ! --mode random --probability 0.5 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m multiport -p tcp ! --dports 1,2
$ iptables -A INPUT -m multiport -p tcp ! --dports 1,2 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp -m multiport --dports ! 1,2
$ iptables -A INPUT -p tcp -m multiport --dports ! 1,2 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m limit ! --limit 1/s
$ iptables -A INPUT -m limit ! --limit 1/s -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m hashlimit ! --hashlimit-upto 1/s --hashlimit-name x
$ iptables -A INPUT -m hashlimit ! --hashlimit-upto 1/s --hashlimit-name x -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m time ! --weekdays Mon
$ iptables -A INPUT -m time ! --weekdays Mon -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m time --weekdays ! Mon
$ iptables -A INPUT -m time --weekdays ! Mon -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m time ! --monthdays 1
$ iptables -A INPUT -m time ! --monthdays 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m dscp ! --dscp 1
$ iptables -A INPUT -m dscp ! --dscp 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m ecn ! --ecn-ip-ect 1
$ iptables -A INPUT -m ecn ! --ecn-ip-ect 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m devgroup ! --src-group 1
$ iptables -A INPUT -m devgroup ! --src-group 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m cgroup ! --cgroup 1
$ iptables -A INPUT -m cgroup ! --cgroup 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m esp ! --espspi 1
$ iptables -A INPUT -m esp ! --espspi 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p esp -m esp --espspi ! 1
$ iptables -A INPUT -p esp -m esp --espspi ! 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -m ah ! --ahspi 1
$ iptables -A INPUT -m ah ! --ahspi 1 -j ACCEPT ; iptables -L INPUT -n -v ; iptables -S INPUT
$ iptables -A INPUT -p tcp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p TCP ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p Tcp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 6 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 06 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 0x6 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ' 6' ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6-icmp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p icmp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ICMP ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 1 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 255 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 256 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p all ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ALL ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 0 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p esp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ah ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p gre ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipencap ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p igmp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ospf ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p vrrp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p sctp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p udplite ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p dccp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ip ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p hopopt ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipip ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p pim ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p rsvp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p l2tp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p mpls-in-ip ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ethernet ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p mptcp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p egp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ggp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p st ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p pup ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p hmp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p xns-idp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p rdp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p iso-tp4 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p xtp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ddp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p idpr-cmtp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6-route ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6-frag ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p idrp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6-nonxt ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6-opts ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p skip ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p eigrp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ax.25 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p etherip ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p encap ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipcomp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p carp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p isis ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p manet ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p hip ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p shim6 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p wesp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p rohc ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p fc ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p mobility-header ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6-crypt ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p ipv6-auth ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p IPv6-ICMP ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p x ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p '' ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p -1 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p tcp,udp ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 58 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 41 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 4 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 132 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 136 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 33 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 47 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 50 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 51 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 108 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 112 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p 115 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p icmpv6 ; iptables -L INPUT ; iptables -L INPUT -n ; iptables -S
$ iptables -A INPUT -p tcp --dport http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports http,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports http
$ iptables -A INPUT -p tcp --dport https ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport https ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport https ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport https ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports https,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports https
$ iptables -A INPUT -p tcp --dport ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ssh,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ssh
$ iptables -A INPUT -p tcp --dport domain ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport domain ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport domain ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport domain ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports domain,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports domain
$ iptables -A INPUT -p tcp --dport ntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ntp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ntp
$ iptables -A INPUT -p tcp --dport www ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport www ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport www ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport www ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports www,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports www
$ iptables -A INPUT -p tcp --dport smtp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport smtp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport smtp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport smtp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports smtp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports smtp
$ iptables -A INPUT -p tcp --dport http-alt ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport http-alt ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport http-alt ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport http-alt ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports http-alt,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports http-alt
$ iptables -A INPUT -p tcp --dport kerberos ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport kerberos ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport kerberos ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport kerberos ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports kerberos,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports kerberos
$ iptables -A INPUT -p tcp --dport nfs ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport nfs ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport nfs ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport nfs ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports nfs,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports nfs
$ iptables -A INPUT -p tcp --dport x11 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport x11 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport x11 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport x11 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports x11,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports x11
$ iptables -A INPUT -p tcp --dport mysql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport mysql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport mysql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport mysql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports mysql,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports mysql
$ iptables -A INPUT -p tcp --dport postgresql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport postgresql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport postgresql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport postgresql ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports postgresql,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports postgresql
$ iptables -A INPUT -p tcp --dport ftp-data ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ftp-data ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ftp-data ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ftp-data ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ftp-data,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ftp-data
$ iptables -A INPUT -p tcp --dport tftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport tftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport tftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport tftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports tftp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports tftp
$ iptables -A INPUT -p tcp --dport bootps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport bootps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport bootps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport bootps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports bootps,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports bootps
$ iptables -A INPUT -p tcp --dport syslog ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport syslog ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport syslog ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport syslog ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports syslog,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports syslog
$ iptables -A INPUT -p tcp --dport printer ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport printer ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport printer ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport printer ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports printer,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports printer
$ iptables -A INPUT -p tcp --dport snmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport snmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport snmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport snmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports snmp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports snmp
$ iptables -A INPUT -p tcp --dport sunrpc ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport sunrpc ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport sunrpc ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport sunrpc ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports sunrpc,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports sunrpc
$ iptables -A INPUT -p tcp --dport telnet ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport telnet ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport telnet ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport telnet ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports telnet,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports telnet
$ iptables -A INPUT -p tcp --dport pop3 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport pop3 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport pop3 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport pop3 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports pop3,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports pop3
$ iptables -A INPUT -p tcp --dport imap2 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport imap2 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport imap2 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport imap2 ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports imap2,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports imap2
$ iptables -A INPUT -p tcp --dport imap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport imap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport imap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport imap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports imap,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports imap
$ iptables -A INPUT -p tcp --dport ldap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ldap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ldap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ldap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ldap,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ldap
$ iptables -A INPUT -p tcp --dport rsync ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport rsync ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport rsync ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport rsync ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports rsync,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports rsync
$ iptables -A INPUT -p tcp --dport imaps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport imaps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport imaps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport imaps ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports imaps,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports imaps
$ iptables -A INPUT -p tcp --dport submission ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport submission ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport submission ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport submission ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports submission,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports submission
$ iptables -A INPUT -p tcp --dport openvpn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport openvpn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport openvpn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport openvpn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports openvpn,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports openvpn
$ iptables -A INPUT -p tcp --dport HTTP ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport HTTP ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport HTTP ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport HTTP ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports HTTP,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports HTTP
$ iptables -A INPUT -p tcp --dport Http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport Http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport Http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport Http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports Http,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports Http
$ iptables -A INPUT -p tcp --dport ssh:http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ssh:http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ssh:http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ssh:http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ssh:http,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ssh:http
$ iptables -A INPUT -p tcp --dport http:ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport http:ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport http:ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport http:ssh ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports http:ssh,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports http:ssh
$ iptables -A INPUT -p tcp --dport ssh: ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ssh: ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ssh: ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ssh: ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ssh:,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ssh:
$ iptables -A INPUT -p tcp --dport :http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport :http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport :http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport :http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports :http,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports :http
$ iptables -A INPUT -p tcp --dport dns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport dns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport dns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport dns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports dns,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports dns
$ iptables -A INPUT -p tcp --dport echo ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport echo ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport echo ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport echo ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports echo,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports echo
$ iptables -A INPUT -p tcp --dport discard ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport discard ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport discard ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport discard ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports discard,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports discard
$ iptables -A INPUT -p tcp --dport daytime ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport daytime ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport daytime ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport daytime ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports daytime,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports daytime
$ iptables -A INPUT -p tcp --dport chargen ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport chargen ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport chargen ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport chargen ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports chargen,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports chargen
$ iptables -A INPUT -p tcp --dport ftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ftp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ftp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ftp
$ iptables -A INPUT -p tcp --dport nntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport nntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport nntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport nntp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports nntp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports nntp
$ iptables -A INPUT -p tcp --dport netbios-ns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport netbios-ns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport netbios-ns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport netbios-ns ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports netbios-ns,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports netbios-ns
$ iptables -A INPUT -p tcp --dport isakmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport isakmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport isakmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport isakmp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports isakmp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports isakmp
$ iptables -A INPUT -p tcp --dport ipp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ipp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ipp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ipp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ipp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ipp
$ iptables -A INPUT -p tcp --dport svn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport svn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport svn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport svn ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports svn,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports svn
$ iptables -A INPUT -p tcp --dport git ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport git ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport git ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport git ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports git,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports git
$ iptables -A INPUT -p tcp --dport xmpp-client ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport xmpp-client ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport xmpp-client ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport xmpp-client ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports xmpp-client,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports xmpp-client
$ iptables -A INPUT -p tcp --dport sip ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport sip ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport sip ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport sip ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports sip,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports sip
$ iptables -A INPUT -p tcp --dport sip-tls ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport sip-tls ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport sip-tls ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport sip-tls ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports sip-tls,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports sip-tls
$ iptables -A INPUT -p tcp --dport zabbix-agent ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport zabbix-agent ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport zabbix-agent ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport zabbix-agent ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports zabbix-agent,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports zabbix-agent
$ iptables -A INPUT -p tcp --dport radius ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport radius ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport radius ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport radius ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports radius,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports radius
$ iptables -A INPUT -p tcp --dport l2tp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport l2tp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport l2tp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport l2tp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports l2tp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports l2tp
$ iptables -A INPUT -p tcp --dport pptp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport pptp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport pptp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport pptp ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports pptp,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports pptp
$ iptables -A INPUT -p tcp --dport tcpmux ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport tcpmux ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport tcpmux ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport tcpmux ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports tcpmux,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports tcpmux
$ iptables -A INPUT -p tcp --dport gopher ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport gopher ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport gopher ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport gopher ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports gopher,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports gopher
$ iptables -A INPUT -p tcp --dport finger ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport finger ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport finger ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport finger ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports finger,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports finger
$ iptables -A INPUT -p tcp --dport who ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport who ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport who ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport who ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports who,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports who
$ iptables -A INPUT -p tcp --dport route ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport route ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport route ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport route ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports route,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports route
$ iptables -A INPUT -p tcp --dport biff ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport biff ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport biff ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport biff ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports biff,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports biff
$ iptables -A INPUT -p tcp --dport domain-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport domain-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport domain-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport domain-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports domain-s,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports domain-s
$ iptables -A INPUT -p tcp --dport ms-sql-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ms-sql-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ms-sql-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ms-sql-s ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ms-sql-s,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ms-sql-s
$ iptables -A INPUT -p tcp --dport iso-tsap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport iso-tsap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport iso-tsap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport iso-tsap ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports iso-tsap,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports iso-tsap
$ iptables -A INPUT -p tcp --dport ssh,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport ssh,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport ssh,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport ssh,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports ssh,http,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports ssh,http
$ iptables -A INPUT -p tcp --dport 22,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p udp --dport 22,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p sctp --dport 22,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p dccp --dport 22,http ; iptables -L INPUT ; iptables -L INPUT -n
$ iptables -A INPUT -p tcp -m multiport --dports 22,http,1 ; iptables -L INPUT
$ iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 22,http
$ iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags ALL NONE ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags ALL NONE ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags syn,ack syn ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags syn,ack syn ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags SYN,SYN SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN,SYN SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags URG,PSH,FIN,RST,SYN,ACK ALL ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags URG,PSH,FIN,RST,SYN,ACK ALL ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags ECE,CWR ECE ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags ECE,CWR ECE ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags CWR CWR ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags CWR CWR ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags ,SYN SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags ,SYN SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags SYN, SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN, SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags SYN,ACK ,SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK ,SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags NONE NONE ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags NONE NONE ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags ALL ALL ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags ALL ALL ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags ALL,SYN SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags ALL,SYN SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags NONE,SYN SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags NONE,SYN SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags 0x12 0x02 ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags 0x12 0x02 ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags SYN NONE,SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN NONE,SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,PSH,URG ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,PSH,URG ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags SYN,RST SYN,RST ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN,RST SYN,RST ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags FIN FIN,ACK ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags FIN FIN,ACK ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags SYN,ACK ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags SYN ACK SYN ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags SYN ACK SYN ; iptables -L INPUT -n -v
$ iptables -A INPUT -p tcp --tcp-flags  ; iptables -L INPUT ; iptables -S INPUT
$ iptables -A INPUT -p tcp ! --tcp-flags  ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 10.1 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 10.1 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 10 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 10 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 0x0a000001 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 0x0a000001 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 10.0.0.1/0x10 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 10.0.0.1/0x10 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 10.0.0.1/255.255.255.255 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 10.0.0.1/255.255.255.255 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 10.0.0.0/8,1.2.3.4 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 10.0.0.0/8,1.2.3.4 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s localhost -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d localhost -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s localhost/24 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d localhost/24 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 255.255.255.255 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 255.255.255.255 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 0/0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 0/0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 0.0.0.0/0.0.0.0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 0.0.0.0/0.0.0.0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/255.255.0.255 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/255.255.0.255 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/16 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/16 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 017.1.1.1 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 017.1.1.1 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s '1.2.3.4/ 16' -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d '1.2.3.4/ 16' -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/016 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/016 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/+16 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/+16 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/32,1.2.3.4 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/32,1.2.3.4 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4,,5.6.7.8 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4,,5.6.7.8 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s ,1.2.3.4 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d ,1.2.3.4 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4, -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4, -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s '1.2.3.4 ' -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d '1.2.3.4 ' -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s ' 1.2.3.4' -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d ' 1.2.3.4' -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/8,5.6.7.8/16,9.9.9.9 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/8,5.6.7.8/16,9.9.9.9 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 4294967295 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 4294967295 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 4294967296 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 4294967296 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.256 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.256 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4.5 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4.5 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 1.2.3.4/32/32 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 1.2.3.4/32/32 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 127.0.0.1/8 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 127.0.0.1/8 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -s 0.0.0.1/0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A INPUT -d 0.0.0.1/0 -j ACCEPT ; iptables -L INPUT ; iptables -L INPUT -n -v
$ iptables -A FORWARD -i eth0+ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o eth0+ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i + -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o + -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i 'eth*' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o 'eth*' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i xxxxxxxxxxxxxxx -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o xxxxxxxxxxxxxxx -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i xxxxxxxxxxxxxxxx -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o xxxxxxxxxxxxxxxx -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i eth0:1 -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o eth0:1 -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i eth/0 -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o eth/0 -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i '' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o '' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i '!' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o '!' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i eth0.100 -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o eth0.100 -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i a+b -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o a+b -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i ++ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o ++ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i 'eth 0' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o 'eth 0' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i -eth -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o -eth -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i 'ä' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o 'ä' -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i lo -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o lo -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i LO -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o LO -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i %x -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o %x -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i eth0+x -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o eth0+x -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i xxxxxxxxxxxxxx+ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o xxxxxxxxxxxxxx+ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -i xxxxxxxxxxxxxxx+ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A FORWARD -o xxxxxxxxxxxxxxx+ -j ACCEPT ; iptables -L FORWARD -v -n ; iptables -S FORWARD
$ iptables -A INPUT -c 1 2 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c 1 2 -j ACCEPT ; iptables -R INPUT 1 -c 1 2 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters 1 2 -j ACCEPT -v
$ iptables -A INPUT -c x 2 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c x 2 -j ACCEPT ; iptables -R INPUT 1 -c x 2 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters x 2 -j ACCEPT -v
$ iptables -A INPUT -c 1 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c 1 -j ACCEPT ; iptables -R INPUT 1 -c 1 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters 1 -j ACCEPT -v
$ iptables -A INPUT -c -1 2 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c -1 2 -j ACCEPT ; iptables -R INPUT 1 -c -1 2 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters -1 2 -j ACCEPT -v
$ iptables -A INPUT -c 18446744073709551615 1 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c 18446744073709551615 1 -j ACCEPT ; iptables -R INPUT 1 -c 18446744073709551615 1 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters 18446744073709551615 1 -j ACCEPT -v
$ iptables -A INPUT -c 18446744073709551616 1 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c 18446744073709551616 1 -j ACCEPT ; iptables -R INPUT 1 -c 18446744073709551616 1 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters 18446744073709551616 1 -j ACCEPT -v
$ iptables -A INPUT -c 0x10 010 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c 0x10 010 -j ACCEPT ; iptables -R INPUT 1 -c 0x10 010 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters 0x10 010 -j ACCEPT -v
$ iptables -A INPUT -c  1 2 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c  1 2 -j ACCEPT ; iptables -R INPUT 1 -c  1 2 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters  1 2 -j ACCEPT -v
$ iptables -A INPUT -c 1 2x -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c 1 2x -j ACCEPT ; iptables -R INPUT 1 -c 1 2x -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters 1 2x -j ACCEPT -v
$ iptables -A INPUT -c 1 -2 -j ACCEPT ; iptables -L INPUT -v -x ; iptables-save -c
$ iptables -I INPUT -c 1 -2 -j ACCEPT ; iptables -R INPUT 1 -c 1 -2 -j DROP ; iptables-save -c
$ iptables -A INPUT --set-counters 1 -2 -j ACCEPT -v
$ iptables -v -A INPUT -s 1.2.3.4 -j ACCEPT
$ iptables -v -D INPUT 1
$ iptables -v -N X
$ iptables -v -X U3
$ iptables -v -F
$ iptables -v -F INPUT
$ iptables -v -Z
$ iptables -v -Z INPUT
$ iptables -v -P INPUT DROP
$ iptables -v -E U3 X
$ iptables -v -I INPUT -p tcp --dport 5 -j DROP
$ iptables -v -R INPUT 1 -p udp -j DROP
$ iptables -v -C INPUT -j U1
$ iptables -v -A INPUT -s 1.2.3.4,5.6.7.8 -d 9.9.9.9,8.8.8.8 -j ACCEPT
$ iptables -v -D INPUT -s 1.2.3.4,10.0.0.1 -p tcp --dport 22 -j ACCEPT
$ iptables -v -t nat -F
$ iptables -v -X
$ iptables -v -S
