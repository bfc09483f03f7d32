# every iptables command, its options, and its errors; each line starts from an empty namespace
$ iptables -L
$ iptables -L -n
$ iptables -L -n -v
$ iptables -L -n -v -x --line-numbers
$ iptables -L INPUT
$ iptables -L NOSUCH
$ iptables -t nat -L -n
$ iptables -t mangle -L -n -v
$ iptables -t raw -L
$ iptables -t security -L -n
$ iptables -t nosuch -L
$ iptables -S
$ iptables -S INPUT
$ iptables -t nat -S
$ iptables -S -v
$ iptables -S NOSUCH
$ iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT ; iptables -A INPUT -j DROP ; iptables -S INPUT 2
$ iptables -A INPUT -j ACCEPT ; iptables -S INPUT 3
$ iptables -A INPUT -s 192.168.1.0/24 -j ACCEPT ; iptables -L -n
$ iptables -A INPUT -s 192.168.1.0/24 -j ACCEPT ; iptables -L
$ iptables -A INPUT -p tcp --dport 22 -j ACCEPT ; iptables -L INPUT -n -v --line-numbers
$ iptables -A INPUT -p tcp --dport 22 -j ACCEPT ; iptables -L INPUT
$ iptables -A FORWARD -i eth0 -o eth1 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT ; iptables -L FORWARD -v -n
$ iptables -A OUTPUT -p icmp --icmp-type echo-request -j LOG --log-prefix "ping: " ; iptables -L OUTPUT -n
$ iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE ; iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 192.168.1.20:8080 ; iptables -t nat -L -n -v
$ iptables -A INPUT -m comment --comment "hello world" -j ACCEPT ; iptables -L -n ; iptables -S
$ iptables -A INPUT -j ACCEPT -v
$ iptables -A INPUT -s 10.0.0.1,10.0.0.2 -j ACCEPT -v
$ iptables -I INPUT -j DROP ; iptables -I INPUT 1 -j ACCEPT ; iptables -I INPUT 3 -j LOG ; iptables -I INPUT 5 -j LOG ; iptables -L INPUT -n --line-numbers
$ iptables -I INPUT 0 -j ACCEPT
$ iptables -A INPUT -j ACCEPT ; iptables -R INPUT 1 -j DROP ; iptables -R INPUT 2 -j DROP
$ iptables -A INPUT -j ACCEPT ; iptables -R INPUT 1 -s 10.0.0.1,10.0.0.2 -j DROP
$ iptables -A INPUT -s 1.2.3.4 -j DROP ; iptables -D INPUT -s 1.2.3.4 -j DROP ; iptables -D INPUT -s 1.2.3.4 -j DROP
$ iptables -A INPUT -j ACCEPT ; iptables -A INPUT -j DROP ; iptables -D INPUT 2 ; iptables -D INPUT 2 ; iptables -D INPUT x
$ iptables -A INPUT -p tcp --dport 22 -j ACCEPT ; iptables -C INPUT -p tcp --dport 22 -j ACCEPT ; iptables -C INPUT -p tcp --dport 23 -j ACCEPT
$ iptables -C INPUT -j ACCEPT
$ iptables -C NOSUCH -j ACCEPT
$ iptables -N FOO ; iptables -N FOO
$ iptables -N xxxxxxxxxxxxxxxxxxxxxxxxxxxx ; iptables -N xxxxxxxxxxxxxxxxxxxxxxxxxxxxx
$ iptables -A INPUT -m xxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT ; iptables -A INPUT -m xxxxxxxxxxxxxxxxxxxxxxxxxxxxx -j ACCEPT ; iptables -A INPUT -p tcp -m tcp -m ééééééééééééééé
$ iptables -N INPUT
$ iptables -N -bad
$ iptables -N "with space"
$ iptables -N ACCEPT
$ iptables -N a!b ; iptables -S
$ iptables -X INPUT
$ iptables -X NOSUCH
$ iptables -N A ; iptables -A INPUT -j A ; iptables -X A
$ iptables -N A ; iptables -N B ; iptables -X ; iptables -S
$ iptables -N A ; iptables -A A -j ACCEPT ; iptables -X A
$ iptables -N A ; iptables -A INPUT -j A ; iptables -F ; iptables -X
$ iptables -N A ; iptables -E A B ; iptables -L B -n
$ iptables -N A ; iptables -N B ; iptables -E A B
$ iptables -E INPUT FOO
$ iptables -E NOSUCH FOO
$ iptables -N A ; iptables -A INPUT -j A ; iptables -E A Z ; iptables -S
$ iptables -P FORWARD DROP ; iptables -S FORWARD ; iptables -L FORWARD
$ iptables -P FORWARD REJECT
$ iptables -P FORWARD RETURN
$ iptables -P NOSUCH DROP
$ iptables -N A ; iptables -P A DROP
$ iptables -t nat -P PREROUTING DROP
$ iptables -t raw -P PREROUTING DROP ; iptables-save -t raw
$ iptables -A INPUT -j ACCEPT ; iptables -F INPUT ; iptables -S
$ iptables -F NOSUCH
$ iptables -Z
$ iptables -Z INPUT 1
$ iptables -A INPUT -j ACCEPT ; iptables -Z INPUT 1 ; iptables -Z INPUT 2
$ iptables -L -Z
$ iptables -Z -L INPUT -n -v
$ iptables -A INPUT -j ACCEPT -j DROP
$ iptables -A INPUT -g INPUT
$ iptables -N A ; iptables -A INPUT -g A ; iptables -S
$ iptables -N A ; iptables -A A -j A
$ iptables -N A ; iptables -N B ; iptables -A A -j B ; iptables -A B -j A
$ iptables -A INPUT -j RETURN ; iptables -S
$ iptables
$ iptables -A
$ iptables -A INPUT -s
$ iptables -L -A INPUT
$ iptables -A INPUT -j ACCEPT -t nat
$ iptables -t filter -t nat -L
$ iptables --append INPUT --source 10.0.0.1 --jump ACCEPT ; iptables --list-rules
$ iptables -A INPUT --src 1.2.3.4 --dst 5.6.7.8 --protocol udp --in-interface lo -j ACCEPT
$ iptables -A INPUT --sp 22 -p tcp -j ACCEPT
$ iptables --version
$ iptables -V
$ iptables -h
$ iptables -m tcp -h
$ iptables -j LOG -h
$ iptables -p icmp -h
$ iptables --nosuch
$ iptables -Q
$ iptables -A INPUT -w -j ACCEPT
$ iptables -A INPUT -W 100 -j ACCEPT
$ iptables -A INPUT -4 -j ACCEPT
$ iptables -A INPUT -6 -j ACCEPT
$ iptables -L -n --exact
$ iptables -L --numeric --verbose
$ iptables -A INPUT ! -j ACCEPT
$ iptables -A INPUT -m tcp -p tcp --dport 22 -j ACCEPT ; iptables -S
$ iptables -A INPUT -p tcp -m tcp -m tcp --dport 22 -j ACCEPT
$ iptables -A INPUT -m state --state NEW -m state --state ESTABLISHED -j ACCEPT ; iptables -S
$ iptables -A INPUT -c 10 20 -j ACCEPT ; iptables-save -c
$ iptables -A INPUT --set-counters 1 2 -j ACCEPT ; iptables -L -v -n -x
# extension help: the general help, then the target's block, then each match's in the order given
$ iptables -m tcp -m udp -h
$ iptables -m tcp -m tcp --help
$ iptables -p tcp -m udp -h
$ iptables -p tcp --dport 22 -h
$ iptables -p 6 -h
$ iptables -p ALL -h
$ iptables -j ACCEPT -m tcp -hx
$ iptables -A INPUT -j LOG --log-prefix x -m limit --limit 1/s -p icmp -h
$ iptables -j mychain -h
$ iptables -g LOG -h
$ iptables -j LED -h
$ iptables -j NOTRACK -m state -h
$ iptables -m nosuch -h
$ iptables -m foo --help
$ iptables -h icmp
$ iptables -m tcp -h -m udp
$ iptables -m tcp --sport 1 --sport 2 -h
$ iptables -N LOG -h
# `-i +`: any name (a mask of no bytes); save and -S drop it and its `!`, -L -v shows it, -C/-D compare masked names and `!`
$ iptables -A INPUT -i + -j ACCEPT ; iptables -A INPUT ! -i + -j ACCEPT ; iptables -A FORWARD -o + -j DROP ; iptables -A FORWARD ! -o + -i eth+ -j DROP ; iptables -S ; iptables -L -v -n ; iptables -C INPUT -j ACCEPT ; iptables -D INPUT -j ACCEPT ; iptables -D INPUT -i + -j ACCEPT ; iptables -S INPUT ; iptables -C INPUT ! -i + -j ACCEPT ; iptables -D INPUT ! -i + -j ACCEPT ; iptables -L -v -n
$ iptables -A INPUT -i eth0 -j ACCEPT ; iptables -D INPUT -i eth0+ -j ACCEPT ; iptables -A OUTPUT -o + -j ACCEPT ; iptables -D OUTPUT -j ACCEPT ; iptables -L -v -n
