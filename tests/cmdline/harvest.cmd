# iptables-restore input forms of the real-world dumps in tests/rulesets/ (and refused/)
# Android netd: user chains declared without counters, a -D inside the transaction
$ iptables-restore <<RULES
*filter
:tetherctrl_FORWARD -
:tetherctrl_counters -
-A tetherctrl_FORWARD -j DROP
-A tetherctrl_FORWARD -i wlan0 -o rmnet0 -g tetherctrl_counters
-A tetherctrl_counters -i wlan0 -o rmnet0 -j RETURN
-D tetherctrl_FORWARD -j DROP
-A tetherctrl_FORWARD -j DROP
COMMIT
RULES
# Android netd again: a second *filter block flushes the first one's chains
$ iptables-restore <<RULES
*filter
:tetherctrl_FORWARD -
-A tetherctrl_FORWARD -j DROP
COMMIT
*filter
-A tetherctrl_FORWARD -i wlan0 -o rmnet0 -j ACCEPT
COMMIT
RULES
# hwdsl2's VPN script: -I with positions inside a saved file
$ iptables-restore <<RULES
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j REJECT --reject-with icmp-host-prohibited
-I INPUT 1 -p udp --dport 1701 -m policy --dir in --pol none -j DROP
-I INPUT 2 -m conntrack --ctstate INVALID -j DROP
-I INPUT 5 -p udp --dport 1701 -j DROP
COMMIT
RULES
# a tutorial's rule with its options before -A
$ iptables-restore <<RULES
*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-p tcp --dport 80 -A PREROUTING -i eth1 -j DNAT --to-destination 192.168.1.6
COMMIT
RULES
# a generator's combined output: -6 lines are skipped, -4 lines restored
$ iptables-restore <<RULES
*filter
:INPUT DROP [0:0]
-4 -A INPUT -p tcp -m comment --comment "Decrement TTL" -j ACCEPT
-6 -A INPUT -m ipv6header --header hop,dst --soft
-6 -A INPUT -m frag --fragid 1:10 --fragfirst
COMMIT
RULES
# a commented dump (## lines, #-A lines, trailing blanks) of a CentOS PPTP gateway
$ iptables-restore -c <<RULES
*nat
:PREROUTING ACCEPT [124:5078]
:POSTROUTING ACCEPT [1:40]
:OUTPUT ACCEPT [0:0]
## -A POSTROUTING -s 192.168.0.0/16 ! -d 192.168.0.0/16 -j MASQUERADE 
-A POSTROUTING -j MASQUERADE 
COMMIT
*filter
:OUTPUT ACCEPT [1365:134614]
-A INPUT -p vrrp -j ACCEPT 
#-A FORWARD -j REJECT --reject-with icmp-host-prohibited 
COMMIT
RULES
# refused: a comment after a rule, a single-quoted string with blanks, en dashes from a blog
$ iptables-restore <<RULES
*mangle
:XRAY - [0:0]
-A XRAY -i ens5 -j RETURN  # 从 ens5 网口入站的流量不代理
COMMIT
RULES
$ iptables-restore <<RULES
*raw
-A PREROUTING -p udp -m multiport --dports 16000:29000,"22" -m string --to 75 --algo bm --string 'HTTP/1.1 200 OK' -j DROP
COMMIT
RULES
$ iptables-restore <<RULES
*filter
:RH-Firewall-1-INPUT - [0:0]
-A RH-Firewall-1-INPUT -p icmp –icmp-type any -j ACCEPT
COMMIT
RULES
# kernels without the module: the revision probe warns in every process that loads the extension
$ iptables -A INPUT -p tcp --dport 22 -j LED --led-trigger-id ssh --led-always-blink ; iptables -A INPUT -p tcp --dport 25 -j LED --led-trigger-id smtp
$ iptables-restore <<RULES
*filter
-A INPUT -p tcp --dport 22 -j LED --led-trigger-id ssh --led-always-blink
-A INPUT -p tcp --dport 25 -j LED --led-trigger-id smtp --led-always-blink
-A INPUT -d 10.0.0.100 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:01:02:03 --total-nodes 4 --local-node 1 --hash-init 12345
COMMIT
RULES
# SELinux's SECMARK on a kernel without SELinux, CONNSECMARK beside it
$ iptables-restore <<RULES
*security
:INTERNAL - [0:0]
-A INTERNAL -j SECMARK --selctx system_u:object_r:internal_packet_t:s0
-A INTERNAL -j CONNSECMARK --save
COMMIT
RULES
$ iptables -t security -A INPUT -m state --state ESTABLISHED,RELATED -j CONNSECMARK --restore ; iptables -t security -L -n -v ; iptables -t security -S
