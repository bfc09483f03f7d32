"""Real-world rulesets of gateways and VPN servers (tests/rulesets/) under traffic, see rulesetkit and
handwritten_rulesets.py: PPTP/L2TP/IPsec gateways masquerading their pools (policy none/ipsec),
TPROXY and fwmark routing, REDIRECT, goto chains, HMARK load balancing, pod masquerading, TCPMSS
clamping under a smaller MTU."""
from __future__ import annotations

from .capture import Cap, Scenario
from .rulesetkit import adapted, linux_syn_options, via_left

WAN, LAN = "10.0.2.1", "10.0.1.1"


def centos_pptp_vrrp_gateway():
    from scapy.layers.inet import IP, TCP
    from scapy.layers.vrrp import VRRP
    from scapy.packet import Raw
    rules = adapted("centos-pptp-vrrp-gateway")
    c = Cap()
    # lan to the internet: masqueraded to the wan address, SYNs clamped to eth1's MTU of 1400
    c.nat_conversation("tcp", ("left", "192.168.1.10", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (WAN, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.add("left", IP(src="192.168.1.11", dst="93.184.216.34") / TCP(sport=40001, dport=80, flags="S", seq=5,
                                                                     options=linux_syn_options(77)))
    c.add("right", IP(src="93.184.216.34", dst=WAN) / TCP(sport=80, dport=40001, flags="SA", seq=90, ack=6,
                                                          options=[("MSS", 1460)]))
    q = c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40002, 53, b"q", None)
    c.icmp_error("right", "8.8.8.8", q, about_src=WAN)                                # RELATED, back to the lan
    c.ping("left", "right", "192.168.1.12", "1.1.1.1", 21, reply_to=WAN)
    # the internet to the lan: forwarded too, and masqueraded out of eth0 as fw's lan address
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), ("192.168.1.20", 3389), ("left", "192.168.1.20", 3389),
                       (LAN, 41000), (b"\x03\x00", b"\x03\x00"))
    # fw itself: VRRP adverts and GRE from the peer, nrpe, snmp, the lan, the NEW-only ports
    c.add("right", IP(src="10.0.2.2", dst="224.0.0.18", ttl=255) / VRRP(vrid=51, priority=100, addrlist=["10.0.2.254"]),
          dst_mac="01:00:5e:00:00:12")
    c.add("right", IP(src="198.51.100.9", dst=WAN, proto=47) / Raw(b"\x30\x01\x88\x0b\x00\x00\x00\x01"))
    c.tcp("right", "local1", "198.51.100.9", WAN, 41001, 5666)
    c.udp("right", "local1", "198.51.100.9", WAN, 41002, 161, b"get", b"resp")
    c.tcp("left", "local0", "192.168.1.10", LAN, 40003, 8080)
    c.tcp("right", "local1", "198.51.100.7", WAN, 41003, 1723, data=(b"\x00\x9c\x00\x01", b"\x00\x9c\x00\x01"))
    c.tcp("right", "local1", "198.51.100.7", WAN, 41004, 22)
    # refused: host-prohibited, for TCP, UDP and ICMP-less protocols alike; a stray ACK too
    c.tcp("right", "local1", "198.51.100.7", WAN, 41005, 3306, answer=False)
    c.udp("right", "local1", "198.51.100.7", WAN, 41006, 123, b"ntp", None)
    c.add("right", IP(src="198.51.100.7", dst=WAN) / TCP(sport=41007, dport=22, flags="A", seq=1, ack=1))
    # fw's own traffic: masqueraded too (to the address it already has), answers ESTABLISHED
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.tcp("local1", "right", WAN, "93.184.216.34", 50001, 443)
    c.ping("local0", "left", LAN, "192.168.1.10", 9)
    return Scenario("ruleset-centos-pptp-vrrp-gateway", rules, c.frames, ip=["link set eth1 mtu 1400"],
                    frames_out=True, about=(
        "tests/rulesets/centos-pptp-vrrp-gateway.rules (-j MASQUERADE on everything leaving, eth1's MTU "
        "1400): lan to internet masqueraded with TCPMSS --clamp-mss-to-pmtu (to 1360 out of eth1, "
        "SYN-ACKs back to the lan at 1460), an ICMP error about a masqueraded datagram, internet to lan "
        "forwarded and masqueraded out of eth0, VRRP adverts, GRE, nrpe, snmp, PPTP's control port, "
        "ssh, the rest rejected host-prohibited, fw's own traffic masqueraded to its own address"))


def hwdsl2_ipsec_l2tp():
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    rules = adapted("hwdsl2-ipsec-l2tp-centos", {"eth0": "eth1"})
    c = Cap()
    x = "192.168.43.10"                  # an IPsec/XAuth client, its pool put behind eth0
    # the client pool to the internet: masqueraded (policy none: no IPsec here), answers let back
    c.nat_conversation("tcp", ("left", x, 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (WAN, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", x, 40001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53), (WAN, 40001), (b"q", b"a"))
    q = c.udp("left", "right", x, "198.51.100.9", 40002, 33434, b"probe", None)
    c.icmp_error("right", "198.51.100.9", q, about_src=WAN)                         # RELATED, to the client
    c.ping("left", "right", x, "1.1.1.1", 11, reply_to=WAN)
    # nothing starts from the internet toward the pool; the L2TP pool (ppp+ in the dump) is refused too
    c.tcp("right", "left", "198.51.100.7", x, 41000, 22, answer=False)
    c.tcp("left", "right", "192.168.42.10", "93.184.216.34", 40003, 80, answer=False)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40004, 80, answer=False)
    c.add("left", IP(src=x, dst="93.184.216.34") / TCP(sport=40005, dport=443, flags="SF", seq=3))   # INVALID
    # fw: IKE and NAT-T accepted, L2TP without IPsec dropped, ssh NEW, ICMP, the rest host-prohibited
    c.udp("right", "local1", "198.51.100.7", WAN, 500, 500, b"\0" * 28, b"\1" * 28)
    c.udp("right", "local1", "198.51.100.7", WAN, 4500, 4500, b"\0\0\0\0" + b"\2" * 24, b"\0\0\0\0" + b"\3" * 24)
    c.udp("right", "local1", "198.51.100.7", WAN, 1701, 1701, b"\xc8\x02" + b"\0" * 10, None)
    c.add("right", IP(src="198.51.100.7", dst=WAN, proto=50) / Raw(b"\0\0\x10\x01" + bytes(range(28))))
    c.tcp("right", "local1", "198.51.100.7", WAN, 41001, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.tcp("right", "local1", "198.51.100.7", WAN, 41002, 80, answer=False)
    c.ping("right", "local1", "198.51.100.7", WAN, 12)
    c.add("right", IP(src="198.51.100.7", dst=WAN) / TCP(sport=41003, dport=22, flags="A", seq=1, ack=1))
    # fw's own traffic out, answered ESTABLISHED; not masqueraded (its source is not the pool's)
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.tcp("local1", "right", WAN, "93.184.216.34", 50001, 443)
    return Scenario("ruleset-hwdsl2-ipsec-l2tp", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/hwdsl2-ipsec-l2tp-centos.rules (its eth0 as eth1, the XAuth pool 192.168.43.0/24 "
        "behind eth0): the pool masqueraded out (-m policy --pol none holds without IPsec), answers and "
        "an ICMP error back as RELATED/ESTABLISHED, new flows toward the pool, the L2TP pool (ppp+) and "
        "the lan refused host-prohibited, INVALID dropped; IKE and NAT-T accepted, L2TP without IPsec "
        "dropped, ESP to the host-prohibited REJECT, ssh, ICMP; fw's own traffic"))


def centos7_pptp_l2tp_openvpn():
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    rules = adapted("centos7-pptp-l2tp-openvpn", {"ens33": "eth1"})
    c = Cap()
    # VPN clients (pptp 10.0.0.0/24, openvpn 10.8.0.0/24) put behind eth0, masqueraded out of eth1
    c.nat_conversation("tcp", ("left", "10.0.0.20", 40000), ("93.184.216.34", 80), ("right", "93.184.216.34", 80),
                       (WAN, 40000), (b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"), close=True)
    c.nat_conversation("udp", ("left", "10.8.0.6", 40001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53), (WAN, 40001),
                       (b"q", b"a"))
    c.nat_conversation("tcp", ("left", "10.8.1.6", 40002), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (WAN, 40002), (b"\x16\x03\x01", b"\x16\x03\x03"))
    q = c.udp("left", "right", "10.8.0.6", "198.51.100.9", 40003, 33434, b"probe", None)
    c.icmp_error("right", "198.51.100.9", q, about_src=WAN)
    # the lan is not masqueraded (FORWARD is open, POSTROUTING only names the VPN pools)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40004, 80)
    # the internet to the pptp pool: forwarded by -d 10.0.0.0/24
    c.tcp("right", "left", "198.51.100.7", "10.0.0.20", 41000, 3389, data=(b"\x03\x00",))
    # fw: ssh, the app ports, PPTP's control port and GRE, L2TP (with and without the policy match),
    # IKE, NAT-T, openvpn, ESP, ICMP; the rest dropped
    for port in (22, 3361, 5000, 1723):
        c.tcp("right", "local1", "198.51.100.7", WAN, 41001 + port, port, data=(b"x",), close="fin")
    c.add("right", IP(src="198.51.100.7", dst=WAN, proto=47) / Raw(b"\x30\x01\x88\x0b\0\0\0\1"))
    for port in (1701, 500, 4500, 1194):
        c.udp("right", "local1", "198.51.100.7", WAN, port, port, b"\0" * 20, b"\1" * 20)
    c.add("right", IP(src="198.51.100.7", dst=WAN, proto=50) / Raw(b"\0\0\x10\x01" + bytes(range(28))))
    c.ping("right", "local1", "198.51.100.7", WAN, 13)
    c.tcp("right", "local1", "198.51.100.7", WAN, 41100, 3306, answer=False)
    c.udp("right", "local1", "198.51.100.7", WAN, 41101, 161, b"get", None)
    c.add("right", IP(src="198.51.100.7", dst=WAN) / TCP(sport=41102, dport=80, flags="A", seq=1, ack=1))
    # fw's own traffic, to the lan and out
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.tcp("local0", "left", LAN, "10.0.0.20", 50001, 22)
    return Scenario("ruleset-centos7-pptp-l2tp-openvpn", rules, c.frames,
                    ip=via_left("10.0.0.0/24") + via_left("10.8.0.0/23", 101), frames_out=True, about=(
        "tests/rulesets/centos7-pptp-l2tp-openvpn.rules (ens33 as eth1, the VPN pools behind eth0): "
        "pptp and openvpn pools masqueraded out of eth1 (an ICMP error about one back as RELATED), the lan "
        "forwarded as it is, the internet forwarded to the pptp pool; fw's service ports, GRE, L2TP "
        "(the ipsec policy match fails, the next rule accepts), IKE, NAT-T, openvpn, ESP, ICMP accepted, "
        "the rest dropped; fw's own traffic"))


def xray_tproxy_gateway():
    rules = adapted("xray-tproxy-gateway", {"ens5": "eth1"})
    # one packet every 50 ms: the 83/s LOG limits (burst 5) always have a token, so every packet is
    # logged whatever the lab's sending jitter
    c = Cap(step=0.05)
    # the lan's traffic through the gateway: TPROXY to 22222, where nothing listens: dropped
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 443, answer=False)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40001, 53, b"q", None)
    c.ping("left", "right", "192.168.1.10", "1.1.1.1", 14)                            # not TCP/UDP: routed
    c.tcp("left", "right", "192.168.1.10", "10.20.0.5", 40002, 22)                    # 10/8: RETURN
    c.tcp("left", "local0", "192.168.1.10", LAN, 40003, 22, answer=False)             # to fw itself: TPROXY too
    # the uplink's traffic is not diverted
    c.tcp("right", "left", "198.51.100.7", "192.168.1.10", 41000, 80)
    c.udp("right", "local1", "198.51.100.7", WAN, 41001, 53, b"q", b"a")
    # fw's own: marked 0x1 unless excepted (its proxy's server, its own ports, private and multicast
    # destinations, mark 2); with the usual policy route the marked ones come back by lo into XRAY
    c.tcp("local1", "right", WAN, "93.184.216.34", 50000, 443, answer=False)
    c.udp("local1", "right", WAN, "8.8.8.8", 50001, 53, resp=None)
    c.tcp("local1", "right", WAN, "154.17.6.213", 50002, 443)                         # the proxy server
    c.tcp("local1", "right", WAN, "198.51.100.7", 28056, 41002, data=(b"x",))         # its listening port
    c.udp("local0", "left", LAN, "192.168.1.10", 50003, 514, b"<13>log", None)
    c.ping("local1", "right", WAN, "1.1.1.1", 15)
    return Scenario("ruleset-xray-tproxy-gateway", rules, c.frames,
                    ip=["rule add fwmark 1 table 100", "route add local default dev lo table 100"],
                    frames_out=True, about=(
        "tests/rulesets/xray-tproxy-gateway.rules (ens5, the uplink, as eth1; fwmark 1 routed to lo as "
        "xray's setup does): every packet logged by the 83/s limits at a steady 20/s, the lan's TCP and "
        "UDP TPROXYed to a port nothing listens on (dropped), its ping and private destinations routed, "
        "the uplink's traffic left alone; fw's own TCP and UDP marked by XRAY_SELF and rerouted by the "
        "policy rule into lo, where PREROUTING's XRAY sends them to TPROXY; the exceptions leave"))


def algo_vpn():
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    rules = adapted("algo-vpn-ipsec-wireguard", {"eth0": "eth1"})
    c = Cap()
    wg, ike = "10.49.0.2", "10.48.0.2"   # a WireGuard peer, an IPsec client: both pools behind eth0
    # WireGuard peers to the internet: NEW with policy none, masqueraded, SYNs' MSS set to 1316 only
    # for the IPsec pool; the IPsec pool's NEW needs an inbound policy it cannot have here
    c.nat_conversation("tcp", ("left", wg, 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (WAN, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", wg, 40001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53), (WAN, 40001),
                       (b"q", b"a"))
    c.add("left",
          IP(src=ike, dst="93.184.216.34") / TCP(sport=40002, dport=443, flags="S", seq=1, options=[("MSS", 1460)]))
    # between clients, to link-local, SMB and NetBIOS: dropped
    c.tcp("left", "left", wg, "10.48.0.3", 40003, 22, answer=False)
    c.tcp("left", "right", wg, "169.254.169.254", 40004, 80, answer=False)
    c.tcp("left", "right", wg, "198.51.100.9", 40005, 445, answer=False)
    c.udp("left", "right", wg, "198.51.100.9", 137, 137, b"nb", None)
    c.tcp("left", "right", wg, "198.51.100.9", 40006, 139, answer=False)
    q = c.udp("left", "right", wg, "198.51.100.9", 40007, 33434, b"probe", None)
    c.icmp_error("right", "198.51.100.9", q, about_src=WAN, type=11, code=0)
    # fw: DNS from the wan REDIRECTed to WireGuard's port, IKE, NAT-T, ESP, AH, ssh; echo by hashlimit
    c.udp("right", "local1", "198.51.100.7", WAN, 41000, 53, b"\0" * 32, None)
    c.udp("right", "local1", "198.51.100.7", WAN, 41001, 51820, b"\1\0\0\0" + b"\0" * 144, b"\2\0\0\0" + b"\0" * 88)
    c.udp("right", "local1", "198.51.100.7", WAN, 500, 500, b"\0" * 28, b"\1" * 28)
    c.udp("right", "local1", "198.51.100.7", WAN, 4500, 4500, b"\0\0\0\0" + b"\2" * 24, None)
    c.add("right", IP(src="198.51.100.7", dst=WAN, proto=50) / Raw(b"\0\0\x10\x01" + bytes(range(28))))
    c.add("right", IP(src="198.51.100.7", dst=WAN, proto=51) / Raw(bytes(range(24))))
    c.add("right", IP(src="198.51.100.7", dst=WAN, proto=4) / IP(src="10.48.0.2", dst="10.49.0.1") / Raw(b"x"))
    c.tcp("right", "local1", "198.51.100.7", WAN, 41002, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.tcp("right", "local1", "198.51.100.7", WAN, 41003, 80, answer=False)
    for i in range(7):                                           # burst 5, then dropped by the policy
        c.ping("right", "local1", "203.0.113.9", WAN, 20 + i, reply=i < 5)
    c.ping("left", "local0", wg, LAN, 30)                        # the resolver address is not fw's: none here
    c.udp("left", "local0", wg, LAN, 40008, 53, b"q", None)      # eth0 is the clients': not REDIRECTed
    # fw's own traffic (root's: the owner rules' gid 15000 is the DNS proxy's) and answers
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.tcp("local1", "right", WAN, "93.184.216.34", 50001, 443)
    c.udp("local0", "left", LAN, wg, 50002, 51820, b"\1\0\0\0" + b"\0" * 144, b"\2\0\0\0" + b"\0" * 88)
    return Scenario("ruleset-algo-vpn", rules, c.frames,
                    ip=via_left("10.48.0.0/16") + via_left("10.49.0.0/16", 101), frames_out=True, about=(
        "tests/rulesets/algo-vpn-ipsec-wireguard.rules (its eth0 as eth1, both VPN pools behind eth0; "
        "INPUT and FORWARD policy DROP): WireGuard peers' NEW flows accepted with policy none and "
        "masqueraded, the IPsec pool's refused without a policy, client to client, link-local, SMB and "
        "NetBIOS dropped, a time-exceeded back as RELATED; DNS from the wan REDIRECTed to 51820, IKE, "
        "NAT-T, ESP, AH, IP-in-IP without IPsec dropped, ssh, the echo hashlimit's burst; fw's own traffic "
        "(root's, not the DNS proxy's group)"))


def android5_tether():
    from scapy.layers.inet import IP, TCP
    rules = adapted("android5-tether-netd", {"wlan0": "eth0", "rmnet_data0": "eth1"})
    c = Cap()
    # tethered clients (wlan0) to the cellular side: natctrl -g goes to the counters chain, whose
    # RETURN ends FORWARD there; no NAT in this dump
    c.tcp("left", "right", "192.168.43.100", "93.184.216.34", 40000, 443, data=(b"\x16\x03\x01", b"\x16\x03\x03"))
    c.udp("left", "right", "192.168.43.100", "8.8.8.8", 40001, 53)
    c.ping("left", "right", "192.168.43.100", "1.1.1.1", 5)
    c.add("left", IP(src="192.168.43.100", dst="93.184.216.34") / TCP(sport=40002, dport=443, flags="FS", seq=1))
    q = c.udp("left", "right", "192.168.43.100", "198.51.100.9", 40003, 33434, b"probe", None)
    c.icmp_error("right", "198.51.100.9", q)
    # cellular side to the clients: only RELATED/ESTABLISHED, NEW dropped by natctrl_FORWARD
    c.tcp("right", "left", "198.51.100.7", "192.168.43.100", 41000, 22, answer=False)
    # the phone itself: INPUT marks by interface; bw_ chains count (socket-exists: its own sockets)
    c.tcp("right", "local1", "198.51.100.7", WAN, 41001, 5555)
    c.udp("left", "local0", "192.168.43.100", LAN, 40004, 53, b"q", b"a")
    c.udp("left", "local0", "192.168.43.100", "255.255.255.255", 68, 67, b"\1" * 240, None)
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.udp("local1", "right", WAN, "239.255.255.250", 50001, 1900, b"M-SEARCH * HTTP/1.1\r\n", None)   # SSDP dropped
    c.udp("local0", "left", LAN, "239.255.255.250", 50002, 1900, b"M-SEARCH * HTTP/1.1\r\n", None)
    c.tcp("local1", "right", WAN, "93.184.216.34", 50003, 443)
    return Scenario("ruleset-android5-tether", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/android5-tether-netd.rules (wlan0 as eth0, rmnet_data0 as eth1): tethered traffic "
        "to the cellular side through natctrl_FORWARD's -g into natctrl_tether_counters (its RETURN ends "
        "FORWARD), INVALID dropped, answers and an ICMP error back, NEW from the cellular side dropped; "
        "the phone's INPUT marks per interface, the bw_ chains' socket-exists counting its own packets, "
        "SSDP dropped on the cellular side only"))


def multiwan_hmark():
    rules = adapted("multiwan-macvlan-hmark", {"vinc.static.101": "eth1", "vinc.static.102": "eth0",
                                               "vinc.static.+": "eth+"})
    c = Cap()
    # fw's own connections: HMARK spreads them over marks 0x65-0x67 by their tuple, CONNMARK saves the
    # mark in the entry, answers restore it; every one masqueraded out of eth+ (its own address)
    for i in range(6):
        c.tcp("local1", "right", WAN, f"93.184.216.{34 + i}", 50000 + i, 443, data=(b"q",), close="fin")
    for i in range(4):
        c.udp("local1", "right", WAN, f"8.8.{i}.8", 51000 + i, 53)
    c.ping("local1", "right", WAN, "1.1.1.1", 7)
    c.udp("local0", "left", LAN, "192.168.1.10", 52000, 514, b"log", None)
    # connections to fw by each uplink: INPUT marks them by interface, saved in their entries
    c.tcp("right", "local1", "198.51.100.7", WAN, 41000, 22)
    c.tcp("left", "local0", "192.168.1.10", LAN, 41001, 22)
    c.udp("right", "local1", "198.51.100.7", WAN, 41002, 53, b"q", b"a")
    # forwarded: masqueraded by eth+ both ways
    c.nat_conversation("tcp", ("left", "192.168.1.10", 40000), ("93.184.216.34", 80), ("right", "93.184.216.34", 80),
                       (WAN, 40000), (b"GET /", b"200"), close=True)
    return Scenario("ruleset-multiwan-hmark", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/multiwan-macvlan-hmark.rules (vinc.static.101/102 as eth1/eth0, vinc.static.+ as "
        "eth+): HMARK over src,sport,dst,dport (rnd 0xcafeface, mod 3, offset 0x65) marks fw's own new "
        "flows, CONNMARK saves the mark into each entry and restores it on answers, INPUT marks new "
        "inbound flows by their interface; MASQUERADE on every eth, forwarded flows included"))


def cilium():
    from scapy.layers.inet import IP, TCP, UDP
    from scapy.packet import Raw
    rules = adapted("cilium", {"cilium_host": "eth0"})
    c = Cap()
    # a pod of the node's pod CIDR 10.0.1.0/24, eth0's subnet here: the lab's left host itself, the
    # one address of that link fw has a neighbour entry for (others are never resolved)
    pod = "10.0.1.2"
    # pods to the world: masqueraded (not to 10/8), their answers back; an ICMP error about one
    c.nat_conversation("tcp", ("left", pod, 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (WAN, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    q = c.udp("left", "right", pod, "198.51.100.9", 40001, 33434, b"probe", None)
    c.icmp_error("right", "198.51.100.9", q, about_src=WAN, type=11, code=0)
    c.udp("left", "right", pod, "10.20.0.5", 40002, 53, b"q", b"a")                    # cluster: as it is
    # the world to the cluster side (eth0 as cilium_host): SNATed to the host's cilium_host address
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), ("192.168.1.10", 80), ("left", "192.168.1.10", 80),
                       ("10.0.1.23", 41000), (b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"), close=True)
    c.tcp("right", "left", "198.51.100.7", pod, 41001, 8080)                            # to a pod: not
    # fw's own: marked as from host (0xc00) in OUTPUT; from its eth0 address out of eth1 masqueraded,
    # to the cluster side SNATed to 10.0.1.23, from its eth1 address to the world left alone
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.udp("local1", "right", LAN, "8.8.4.4", 50001, 53, reply_to=WAN)
    c.tcp("local0", "left", WAN, "192.168.1.10", 50002, 10250, reply_to="10.0.1.23")
    c.tcp("local0", "left", LAN, pod, 50003, 4240)
    # localnet: with route_localnet on, connections to 127.0.0.1 from outside reach INPUT, where
    # KUBE-FIREWALL drops them; the socket match in mangle finds no transparent socket
    c.add("right", IP(src="198.51.100.7", dst="127.0.0.1") / TCP(sport=41002, dport=10248, flags="S", seq=1))
    c.add("left", IP(src=pod, dst="127.0.0.1") / UDP(sport=40004, dport=53) / Raw(b"q"))
    c.ping("right", "local1", "198.51.100.7", WAN, 8)
    return Scenario("ruleset-cilium", rules, c.frames, sysctl={"net.ipv4.conf.all.route_localnet": "1"},
                    frames_out=True, about=(
        "tests/rulesets/cilium.rules (cilium_host as eth0, the pod CIDR 10.0.1.0/24 on its link): pods "
        "masqueraded toward the world but not to 10/8, an ICMP error back through the masquerade, the "
        "world to the cluster side SNATed to 10.0.1.23 (an address fw does not have: its answers "
        "de-NATed in PREROUTING), fw's own traffic marked 0xc00 in OUTPUT, masqueraded when it leaves "
        "eth1 from its eth0 address, SNATed toward the cluster side; with route_localnet, outside "
        "connections to 127.0.0.1 dropped by KUBE-FIREWALL"))


def ubuntu810_pppoe():
    from scapy.layers.inet import IP, TCP
    # the dump carries counters ([n:m] before each rule): restored without -c they start at zero
    rules = adapted("ubuntu810-pppoe-counters", {"ppp0": "eth1"})
    c = Cap()
    # a desktop: only its own web, DNS, irc and port 8001 out; answers ESTABLISHED; nothing else in
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53, b"q", b"a")
    c.tcp("local1", "right", WAN, "93.184.216.34", 50001, 80, mss=1460,
          data=(b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    c.tcp("local1", "right", WAN, "93.184.216.34", 50002, 443, mss=1460)
    c.tcp("local1", "right", WAN, "198.51.100.66", 50003, 6667, mss=1460, data=(b"NICK x\r\n", b":srv 001 x\r\n"))
    c.tcp("local1", "right", WAN, "198.51.100.66", 50004, 22, mss=1460, answer=False)     # OUTPUT's DROP
    c.udp("local1", "right", WAN, "129.6.15.28", 123, 123, b"ntp", None)                    # dropped too
    c.ping("local1", "right", WAN, "1.1.1.1", 9, reply=False)
    q = c.udp("local1", "right", WAN, "8.8.4.4", 50005, 53, resp=None)
    c.icmp_error("right", "8.8.4.4", q)                                                    # RELATED
    c.udp("local1", "local0", WAN, LAN, 50006, 9, b"lo", None)                              # lo both ways
    # from outside: dropped, pings included
    c.tcp("right", "local1", "198.51.100.7", WAN, 41000, 22, answer=False)
    c.ping("right", "local1", "198.51.100.7", WAN, 10, reply=False)
    c.udp("right", "local1", "8.8.8.8", WAN, 53, 50007, b"spoofed answer", None)
    # forwarded SYNs meet TCPMSS (MSS 1400-1536 clamped to eth1's MTU of 1492) in mangle, then
    # FORWARD's DROP
    for i, mss in enumerate((1460, 1380, 1536, 9000)):
        c.add("left", IP(src="192.168.1.10", dst="93.184.216.34") / TCP(sport=40000 + i, dport=80, flags="S", seq=1,
                                                                         options=[("MSS", mss)]))
    return Scenario("ruleset-ubuntu810-pppoe", rules, c.frames, ip=["link set eth1 mtu 1492"], frames_out=True, about=(
        "tests/rulesets/ubuntu810-pppoe-counters.rules (ppp0 as eth1, MTU 1492; its saved counters "
        "ignored by a restore without -c): a desktop's own web, DNS and irc out and their answers, ssh, "
        "NTP and ping out dropped by OUTPUT, an ICMP error about its query RELATED, lo, everything from "
        "outside dropped; forwarded SYNs through the tcpmss range and TCPMSS --clamp-mss-to-pmtu in "
        "mangle FORWARD before filter FORWARD drops them"))


def l2tp_ipsec_policy_cn():
    rules = adapted("l2tp-ipsec-policy-cn", {"eth0": "eth1"})
    c = Cap()
    # without IPsec, -m policy --pol none holds for everything: all that leaves is masqueraded,
    # whichever way and whoever sends it
    c.nat_conversation("tcp", ("left", "192.168.1.10", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (WAN, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", "10.10.0.5", 40001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53), (WAN, 40001),
                       (b"q", b"a"))
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), ("192.168.1.10", 22), ("left", "192.168.1.10", 22),
                       (LAN, 41000), (b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    q = c.udp("left", "right", "192.168.1.10", "198.51.100.9", 40002, 33434, b"probe", None)
    c.icmp_error("right", "198.51.100.9", q, about_src=WAN)
    c.ping("left", "right", "192.168.1.10", "1.1.1.1", 11, reply_to=WAN)
    # fw: IKE, NAT-T; L2TP needs IPsec (falls to the policy, ACCEPT anyway); its own traffic
    # masqueraded to the address it already has
    c.udp("right", "local1", "198.51.100.7", WAN, 500, 500, b"\0" * 28, b"\1" * 28)
    c.udp("right", "local1", "198.51.100.7", WAN, 4500, 4500, b"\0\0\0\0" + b"\2" * 24, None)
    c.udp("right", "local1", "198.51.100.7", WAN, 1701, 1701, b"\xc8\x02" + b"\0" * 10, None)
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.tcp("local0", "left", LAN, "192.168.1.10", 50001, 22)
    return Scenario("ruleset-l2tp-ipsec-policy-cn", rules, c.frames, ip=via_left("10.10.0.0/24"), frames_out=True,
                    about=(
        "tests/rulesets/l2tp-ipsec-policy-cn.rules (its eth0 as eth1, the L2TP pool behind eth0): with no "
        "IPsec, -m policy --dir out --pol none masquerades whatever leaves, forwarded both ways and fw's "
        "own alike; an ICMP error back through it; the ipsec policy rules never match, IKE and NAT-T "
        "accepted, L2TP to the ACCEPT policy"))


ALL = [centos_pptp_vrrp_gateway, hwdsl2_ipsec_l2tp, centos7_pptp_l2tp_openvpn, xray_tproxy_gateway, algo_vpn,
       android5_tether, multiwan_hmark, cilium, ubuntu810_pppoe, l2tp_ipsec_policy_cn]
