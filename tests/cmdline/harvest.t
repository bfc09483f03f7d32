# real-world rule forms met while harvesting the rulesets of tests/rulesets/ (and refused/):
# game-server and anti-DDoS scripts, tutorials, VPN servers, Android netd, SIP scanner guards
*filter
:INPUT
-p udp --dport 7777-m ttl --ttl-eq=128-j SAMP-DDOS;;FAIL
-p udp --dport 7777 -m geoip ! --src-cc ID,MY -j REJECT;;FAIL
-m ipv4options --ssrr -j DROP;;FAIL
-p udp -m string --algo bm --hex-string "|504r574552|" -j DROP;;FAIL
-p udp -m string --algo bm --hex-string "|58992158992158992158992158992158992158992158992158992158992158992158992158992158992158992158992158|" -j DROP;-p udp -m string --hex-string "|58992158992158992158992158992158992158992158992158992158992158992158992158992158992158992158992158|" --algo bm -j DROP;OK
-m string --algo bm --string "\x77\x47\x5E\x27\x7A\x4E\x09\xF7\xC7\xC0\xE6" -j DROP;-m string --string "\\x77\\x47\\x5E\\x27\\x7A\\x4E\\x09\\xF7\\xC7\\xC0\\xE6" --algo bm -j DROP;OK
-p udp -m udp -m string --hex-string "|7374640000000000|" --algo kmp --from 28 --to 29 -j DROP;=;OK
-p udp -m u32 --u32 "6&0xFF=0,2:5,7:16,18:255" -j DROP;-p udp -m u32 --u32 "0x6&0xff=0x0,0x2:0x5,0x7:0x10,0x12:0xff" -j DROP;OK
-p udp -m u32 --u32 "2&0xFFFF=0x2:0x0100" -j DROP;-p udp -m u32 --u32 "0x2&0xffff=0x2:0x100" -j DROP;OK
-p tcp -m u32 --u32 "0 >> 22 & 0x3C @ 12 >> 26 @ 0 >> 24 = 0x50" -j REJECT --reject-with tcp-reset;-p tcp -m u32 --u32 "0x0>>0x16&0x3c@0xc>>0x1a@0x0>>0x18=0x50" -j REJECT --reject-with tcp-reset;OK
-p tcp -syn -m length --length 52 u32 --u32 "12&0xFFFFFF00=0xc838" -j DROP;;FAIL
-p icmp --icmp-type echo-request -m connlimit --connlimit 1/s -j accept;;FAIL
-p udp --dport 7777 -m string --algo bm --string 'SAMP' -m hashlimit ! --hashlimit-upto 3/sec --hashlimit-burst 3/sec --hashlimit-mode srcip --hashlimit-name query -j DROP;-p udp -m udp --dport 7777 -m string --string "SAMP" --algo bm -m hashlimit --hashlimit-above 3/sec --hashlimit-burst 3 --hashlimit-mode srcip --hashlimit-name query -j DROP;OK
-p udp -m hashlimit --hashlimit 6/sec --hashlimit-mode srcip,dstport --hashlimit-name tunnel_limit -m udp --dport 5060 -j ACCEPT;-p udp -m hashlimit --hashlimit-upto 6/sec --hashlimit-burst 5 --hashlimit-mode srcip,dstport --hashlimit-name tunnel_limit -m udp --dport 5060 -j ACCEPT;OK
-p tcp --dport 22 -m iprange --src-rang 192.168.1.1-192.168.1.100 -m limit --limit 2/m -j ACCEPT;-p tcp -m tcp --dport 22 -m iprange --src-range 192.168.1.1-192.168.1.100 -m limit --limit 2/min -j ACCEPT;OK
-p tcp --dport 21 -m time ! --weekdays 6,7 -m time --timestart 8:30 --timestop 18:00 -m connlimit --connlimit-above 5 -j ACCET;;FAIL
-p ! icmp -j ACCEPT;;FAIL
-p tcp -m tcp -m multiport --dports 22,80,443,1250-1280 -m state --state NEW -j ACCEPT;;FAIL
-p tcp -m multiport --dport 20,21,25,110,1250:1280 -j ACCEPT;-p tcp -m multiport --dports 20,21,25,110,1250:1280 -j ACCEPT;OK
-p icmp --icmp-type destination-Unreachable -j ACCEPT;-p icmp -m icmp --icmp-type 3 -j ACCEPT;OK
-p icmp –icmp-type any -j ACCEPT;;FAIL
-m limit --limit 1/day -j LOG;;FAIL
-m limit --limit-burst 3 --limit 10/minute -j ACCEPT;-m limit --limit 10/min --limit-burst 3 -j ACCEPT;OK
-p tcp -m state --syn --state NEW --dport 22 -j ACCEPT;-p tcp -m state --state NEW -m tcp --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT;OK
-m quota2 ! --name globalAlert --quota 2097152;;FAIL
-m owner --socket-exists;;FAIL
-m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP;;FAIL
-m devgroup --src-group 10/0xff --dst-group 20 -j ACCEPT;;FAIL
-m time --timestart 00:00 --timestop 23:59 --days Sun,Mon -j ACCEPT;;FAIL
-j DROP -p udp --dport 35000:36000 -m string --string "friendly-scanner" --algo bm --icase;-p udp -m udp --dport 35000:36000 -m string --string "friendly-scanner" --algo bm --icase -j DROP;OK
-m comment --comment "rule to permit the traffic traffic to pods when source is the pod\'s local node" -m addrtype --src-type LOCAL -j ACCEPT;-m comment --comment "rule to permit the traffic traffic to pods when source is the pod\\\'s local node" -m addrtype --src-type LOCAL -j ACCEPT;OK
-j AUDIT --type drop;=;OK
-p tcp --dport 22 -j LED --led-trigger-id ssh --led-always-blink;;FAIL
-p ipencap -m policy --dir in --pol ipsec --proto esp -j ACCEPT;=;OK
-p udp -m policy --dir in --pol ipsec -m udp --dport 1701 -j ACCEPT;=;OK
*nat
:POSTROUTING
-d 172.30.0.0/15 -d 10.30.0.0/16 -m devgroup --dst-group 2 -j SNAT --to-source 10.30.7.1;;FAIL
-m set ! --match-set orion-net src -j SNAT --to-source 10.30.7.1 -m comment --comment "no orion-net source";;FAIL
-m ipvs --vaddr 192.168.0.2 --vport 80 -j SNAT --to-source 192.168.0.11;;FAIL
:PREROUTING
-s 10.0.0.8 -o eth0 -j DNAT --to-destination 124.42.33.22;;FAIL
-s 10.0.0.0/255.255.255.0 -d 10.0.0.8 -j DNAT --to-source 10.0.0.2;;FAIL
-p tcp -i eth0 -d 58.68.250.1 --dport 8888 -j DNAT --to 192.168.1.20:80;-d 58.68.250.1/32 -i eth0 -p tcp -m tcp --dport 8888 -j DNAT --to-destination 192.168.1.20:80;OK
--in-interface eth0 -p udp --dport 53 -j REDIRECT --to-port 51820;-i eth0 -p udp -m udp --dport 53 -j REDIRECT --to-ports 51820;OK
*mangle
:POSTROUTING
-o rmnet_data0 -j IDLETIMER --timeout 5 --label 0 --send_nl_msg 1;;FAIL
-o rmnet_data0 -j IDLETIMER --timeout 5 --label 0;=;OK
:OUTPUT
-m state --state NEW -j HMARK --hmark-tuple src,sport,dst,dport --hmark-mod 3 --hmark-rnd 0xcafeface --hmark-offset 0x65;-m state --state NEW -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-sport-mask 0xffff --hmark-dport-mask 0xffff --hmark-rnd 0xcafeface --hmark-mod 3 --hmark-offset 101;OK
-p udp -m udp --sport 16384:32768 -j DSCP --set-dscp 46;-p udp -m udp --sport 16384:32768 -j DSCP --set-dscp 0x2e;OK
-j TEE --gateway 10.10.10.2;=;OK
:INPUT
-i vinc.static.+ -m state --state NEW -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff;=;OK
*raw
:PREROUTING
-p tcp -m tcp --dport 8443 -j TRACE;=;OK
-p tcp --dport 21 -i wlan0 -j CT --helper ftp;-i wlan0 -p tcp -m tcp --dport 21 -j CT --helper ftp;OK
