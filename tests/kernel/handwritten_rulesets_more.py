"""More real-world rulesets of tests/rulesets/ under traffic (see rulesetkit and
handwritten_rulesets.py): a VoIP server's SIP flood guard, a PPTP gateway masquerading everything,
a CentOS 5 host whose FORWARD shares INPUT's chain, a game server's untracked UDP, an anti-attack
VPS without an ESTABLISHED rule."""
from __future__ import annotations

from .capture import Cap, Scenario
from .rulesetkit import adapted, linux_syn_options

WAN, LAN = "10.0.2.1", "10.0.1.1"


def asterisk_sipdos_guard():
    from scapy.layers.inet import IP, TCP
    rules = adapted("asterisk-sipdos-guard")
    c = Cap()
    cl = "198.51.100.7"
    # web: SYNs need an MSS of at least 500 (mangle), then synthrottle's hashlimit lets them in
    c.tcp("right", "local1", cl, WAN, 41000, 80, mss=1460, data=(b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    c.tcp("right", "local1", cl, WAN, 41001, 443, mss=1400, close="rst")
    c.tcp("right", "local1", cl, WAN, 41002, 443, answer=False)                      # no MSS: logged, dropped
    c.tcp("right", "local1", cl, WAN, 41003, 80, mss=400, answer=False)               # too small
    c.tcp("right", "local1", cl, WAN, 41004, 8080, mss=1460, answer=False)            # to CLEANUP's reset
    # ssh: only from the admin addresses; anyone else logged by CLEANUP and reset
    c.tcp("right", "local1", "212.179.241.172", WAN, 41005, 22, mss=1460,
          data=(b"SSH-2.0-admin\r\n", b"SSH-2.0-OpenSSH\r\n"))
    c.tcp("right", "local1", "192.241.250.141", WAN, 41006, 22, mss=1460, data=(), close="fin")
    for i in range(3):
        c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41010 + i, dport=22, flags="S", seq=9,
                                                 options=linux_syn_options(1000 + i)))
    # NEW that is not a SYN: reset; INVALID (SYN+RST): dropped first
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41020, dport=80, flags="A", seq=5, ack=6))
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41021, dport=80, flags="SR", seq=5))
    # spoofed sources: the lan's own 192.168/16 among them, logged and dropped
    c.tcp("left", "local0", "192.168.1.10", LAN, 40000, 22, answer=False)
    c.udp("right", "local1", "203.0.113.17", WAN, 41022, 5060, b"REGISTER sip:x SIP/2.0\r\n", None)
    c.ping("left", "local0", "172.16.5.5", LAN, 7, reply=False)
    # pings: a burst of 3, the rest dropped by CLEANUP
    for i in range(5):
        c.ping("right", "local1", cl, WAN, 30 + i, reply=i < 3)
    # SIP scanners by their user agents, dropped and logged
    for i, ua in enumerate((b"friendly-scanner", b"sipvicious", b"VaxSIPUserAgent/3.1")):
        c.udp("right", "local1", "45.95.147.9", WAN, 5070 + i, 5060,
              b"OPTIONS sip:100@" + WAN.encode() + b" SIP/2.0\r\nUser-Agent: " + ua + b"\r\n\r\n", None)
    # REGISTERs from one phone: recent counts them, tunnel_limit lets 5 (its burst) in, then drops
    reg = b"REGISTER sip:" + WAN.encode() + b" SIP/2.0\r\nFrom: <sip:200@pbx>\r\n\r\n"
    for i in range(7):
        c.udp("right", "local1", "198.51.100.50", WAN, 5062, 5060, reg + b"CSeq: %d\r\n" % i,
              b"SIP/2.0 401 Unauthorized\r\n" if i < 5 else None)
    c.udp("right", "local1", "198.51.100.51", WAN, 5060, 5060, b"INVITE sip:300@pbx SIP/2.0\r\n", b"SIP/2.0 100 Trying\r\n")
    # RTP, a closed UDP port (port unreachable), a closed TCP one from the lan side
    c.udp("right", "local1", "198.51.100.51", WAN, 16000, 12000, b"\x80" + b"\0" * 171, b"\x80" + b"\1" * 171)
    c.udp("right", "local1", "198.51.100.51", WAN, 16001, 9999, b"x", None)
    c.tcp("left", "local0", "10.0.1.2", LAN, 40001, 3306, answer=False)
    # fw's own: pings out (OUTPUT's limit matches 3, the policy the 4th), DNS answered and refused,
    # a TCP connection; their answers ESTABLISHED/RELATED
    for i in range(4):
        c.ping("local1", "right", WAN, "1.1.1.1", 40 + i)
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    q = c.udp("local1", "right", WAN, "8.8.4.4", 50001, 53, resp=None)
    c.icmp_error("right", "8.8.4.4", q)
    c.tcp("local1", "right", WAN, "93.184.216.34", 50002, 443, mss=1460)
    # the SIP trunk answering one of fw's own INVITEs: ESTABLISHED, but SIPTRAFFIC looks first
    c.udp("local1", "right", WAN, "203.0.113.80", 5060, 5060, b"INVITE sip:trunk SIP/2.0\r\n", b"SIP/2.0 200 OK\r\n")
    # forwarded: FORWARD is open
    c.tcp("right", "left", cl, "192.168.1.10", 41030, 80, mss=1460)
    return Scenario("ruleset-asterisk-sipdos-guard", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/asterisk-sipdos-guard.rules (INPUT policy DROP): web SYNs through the mangle "
        "tcpmss check (none or below 500: logged, dropped) and the synthrottle hashlimit, ssh from the "
        "admin addresses only (others logged and reset by CLEANUP), NEW non-SYN reset, INVALID dropped, "
        "spoofed sources logged, the echo limit's burst, SIP scanners by user agent, REGISTERs counted "
        "by recent and cut by tunnel_limit's burst, RTP, closed ports rejected, fw's own pings through "
        "OUTPUT's limit, its DNS answered and refused (RELATED), a trunk's answer to its INVITE; "
        "forwarding open"))


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


ALL = [asterisk_sipdos_guard, centos_pptp_vrrp_gateway]
