"""Real-world rulesets of servers (tests/rulesets/) under traffic, see rulesetkit and handwritten_rulesets.py:
VoIP servers' SIP flood guards, a CentOS 5 host whose FORWARD shares INPUT's chain, game servers'
untracked UDP and u32/string filters, an anti-attack VPS without an ESTABLISHED rule, DSCP on a PBX's
own RTP, multicast to groups the host has not joined."""
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
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41020, dport=8080, flags="A", seq=5, ack=6))
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41023, dport=80, flags="A", seq=5, ack=6))   # no MSS: mangle
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41021, dport=80, flags="SR", seq=5))
    # spoofed sources: the lan's own 192.168/16 among them, logged and dropped
    c.tcp("left", "local0", "192.168.1.10", LAN, 40000, 22, answer=False)
    c.udp("right", "local1", "203.0.113.17", WAN, 41022, 5060, b"REGISTER sip:x SIP/2.0\r\n", None)
    c.udp("left", "local0", "172.16.5.5", LAN, 40002, 514, b"<13>syslog", None)
    # pings: a burst of 3 (before the spoofing checks), the rest dropped by CLEANUP
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
    c.udp("right", "local1", "198.51.100.51", WAN, 5060, 5060, b"INVITE sip:300@pbx SIP/2.0\r\n",
          b"SIP/2.0 100 Trying\r\n")
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
        "admin addresses only (others logged and reset by CLEANUP), NEW non-SYN reset (or dropped by the "
        "tcpmss check when to port 80: no MSS option), INVALID dropped, "
        "spoofed sources logged, the echo limit's burst, SIP scanners by user agent, REGISTERs counted "
        "by recent and cut by tunnel_limit's burst, RTP, closed ports rejected, fw's own pings through "
        "OUTPUT's limit, its DNS answered and refused (RELATED), a trunk's answer to its INVITE; "
        "forwarding open"))


def centos5_liquidweb():
    from scapy.layers.inet import ICMP, IP, UDP
    from scapy.packet import Raw
    rules = adapted("centos5-liquidweb")
    c = Cap()
    cl = "198.51.100.7"
    # fw's services: ssh, web, cups (UDP and TCP), NEW only; everything else host-prohibited
    c.tcp("right", "local1", cl, WAN, 41000, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-OpenSSH_4.3\r\n"))
    c.tcp("right", "local1", cl, WAN, 41001, 443, close="rst")
    c.tcp("right", "local1", cl, WAN, 41002, 631)
    c.udp("right", "local1", cl, WAN, 41003, 631, b"browse", None)
    c.tcp("right", "local1", cl, WAN, 41004, 3306, answer=False)
    c.udp("right", "local1", cl, WAN, 41005, 53, b"q", None)
    # the management networks: any TCP port; mysql from the database subnets only
    c.tcp("right", "local1", "10.10.5.20", WAN, 41006, 8443)
    c.tcp("right", "local1", "10.2.0.77", WAN, 41007, 2087)
    c.tcp("right", "local1", "10.20.9.5", WAN, 41008, 3306, data=(b"\x0a5.0.95\0", b"\x01\0\0\x01\x85"))
    c.tcp("right", "local1", "10.20.9.5", WAN, 41009, 5432, answer=False)
    c.udp("right", "local1", "10.10.5.20", WAN, 41010, 161, b"get", None)       # TCP only
    # ICMP of any type, ESP and AH; mDNS to its group, refused on another
    c.ping("right", "local1", cl, WAN, 5)
    c.add("right", IP(src=cl, dst=WAN) / ICMP(type=13, id=7, seq=1, ts_ori=36000000, ts_rx=0, ts_tx=0))
    c.add("right", IP(src="203.0.113.9", dst=WAN, proto=50) / Raw(bytes(range(32))))
    c.add("right", IP(src="203.0.113.9", dst=WAN, proto=51) / Raw(bytes(range(24))))
    # FORWARD shares the chain: forwarded web and ssh pass, the rest host-prohibited from fw
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 80)
    c.tcp("right", "left", cl, "192.168.1.20", 41011, 22)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40001, 53, b"q", None)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40002, 25, answer=False)
    c.ping("left", "right", "192.168.1.10", "1.1.1.1", 6)
    c.udp("left", "right", "192.168.1.10", "1.1.1.1", 40003, 33434, b"trace", None, ttl=1)   # time exceeded
    # mDNS from that lan host (its MAC now heard on eth0): to its group, which fw has not joined (the
    # route lookup drops it after PREROUTING), and to all-hosts, which it is always in
    c.add("left", IP(src="192.168.1.10", dst="224.0.0.251", ttl=255) / UDP(sport=5353, dport=5353) / Raw(b"\0" * 12),
          dst_mac="01:00:5e:00:00:fb")
    c.add("left", IP(src="192.168.1.10", dst="224.0.0.1", ttl=1) / UDP(sport=5353, dport=5353) / Raw(b"\0" * 12),
          dst_mac="01:00:5e:00:00:01")
    # fw's own traffic and its answers: ESTABLISHED, an error about it RELATED; to itself by lo
    c.tcp("local1", "right", WAN, "93.184.216.34", 50000, 80)
    c.udp("local1", "right", WAN, "8.8.8.8", 50001, 53)
    q = c.udp("local1", "right", WAN, "8.8.4.4", 50002, 53, resp=None)
    c.icmp_error("right", "8.8.4.4", q)
    c.udp("local1", "local0", WAN, LAN, 50003, 7, b"lo", None)
    c.udp("right", "local1", "8.8.8.8", WAN, 53, 50001, b"late", None)               # the entry still stands
    return Scenario("ruleset-centos5-liquidweb", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/centos5-liquidweb.rules (INPUT and FORWARD both jump RH-Firewall-1-INPUT): ssh, "
        "web and cups NEW accepted, the management subnets on any TCP port (10.2.0.1/24 as saved), mysql "
        "from the database subnets, the rest rejected host-prohibited; ICMP of any type (a timestamp "
        "request), ESP, AH, mDNS to 224.0.0.251 and to all-hosts; forwarded traffic judged by the same "
        "chain (web, ssh accepted, DNS and smtp rejected by fw, a TTL expiring); fw's own traffic, an "
        "ICMP error about it, lo"))


def ddnet_gameserver():
    from scapy.layers.inet import IP, TCP
    rules = adapted("ddnet-gameserver")
    c = Cap()
    pl = "198.51.100.7"
    info = b"\xff" * 10 + b"gie3" + b"\x01\x02\x03\x04"                   # u32 38: payload bytes 10-13
    master = b"\xff" * 10 + b"fstd" + b"\0" * 4
    token = b"\x04\0\0\xff" + b"TKEN" + b"\xff" * 4                      # u32 32: payload bytes 4-7
    # all UDP untracked (raw); server info queries through serverinfo's hashlimits, the master's accepted
    c.udp("right", "local1", pl, WAN, 41000, 8303, info, b"\xff" * 10 + b"inf3" + b"\0" * 40)
    c.udp("right", "local1", "37.187.108.123", WAN, 8300, 8303, master, b"\xff" * 10 + b"iext" + b"\0" * 8)
    c.udp("right", "local1", pl, WAN, 41001, 8303, token, b"\x04\0\0\xff" + b"TKEN" + b"\x12\x34\x56\x78")
    for i in range(3):
        c.udp("right", "local1", pl, WAN, 41001, 8303, b"\x10\x00\x01" + bytes([i]) * 20, b"\x10\x00\x01" + b"\0" * 30)
    c.udp("right", "local1", "203.0.113.4", WAN, 41002, 8709, info, None)
    c.udp("right", "local1", pl, WAN, 41003, 8303, b"\xff\xff", None)    # too short for u32: no match
    c.udp("right", "local1", pl, WAN, 41004, 53, b"q", b"a")
    c.udp("right", "local1", pl, WAN, 41005, 8305, info, None)             # dropped
    # TCP: only ssh NEW; a stray ACK is NEW too; fw's own connections' answers are ESTABLISHED
    c.tcp("right", "local1", pl, WAN, 41006, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.tcp("right", "local1", pl, WAN, 41007, 80, answer=False)
    c.add("right", IP(src=pl, dst=WAN) / TCP(sport=41008, dport=443, flags="A", seq=5, ack=6))
    c.add("right", IP(src=pl, dst=WAN) / TCP(sport=41009, dport=22, flags="A", seq=5, ack=6))
    c.tcp("local1", "right", WAN, "93.184.216.34", 50000, 443)
    # fw's own UDP: untracked out, and its answers dropped by the last rule; an error about it
    # finds no entry; pings in and out
    c.udp("local1", "right", WAN, "8.8.8.8", 50001, 53)
    q = c.udp("local1", "right", WAN, "8.8.4.4", 50002, 53, resp=None)
    c.icmp_error("right", "8.8.4.4", q)
    c.ping("right", "local1", pl, WAN, 3)
    c.ping("local1", "right", WAN, "1.1.1.1", 4)
    # forwarded: untracked UDP and tracked TCP both pass
    c.udp("left", "right", "192.168.1.10", "198.51.100.20", 40000, 8303, info, b"\xff" * 10 + b"inf3")
    c.tcp("left", "right", "192.168.1.10", "198.51.100.20", 40001, 8303)
    return Scenario("ruleset-ddnet-gameserver", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/ddnet-gameserver.rules: every UDP packet untracked (raw NOTRACK both ways); "
        "u32 picks server info requests and connection tokens into their hashlimit chains (the master "
        "server accepted first), a datagram too short for u32 falls through; the game, its second port "
        "and DNS accepted, others dropped; TCP only ssh NEW (a stray ACK NEW as well), fw's own "
        "connection answered ESTABLISHED; its untracked DNS answers dropped, an ICMP error about them "
        "with no entry; pings; forwarded UDP and TCP"))


def vps_antiattack_cn():
    from scapy.layers.inet import IP, TCP, UDP
    from scapy.packet import Raw
    rules = adapted("vps-antiattack-cn")
    c = Cap()
    cl = "198.51.100.7"

    def seg(src, sport, dport, flags, seq, ack=0, payload=b"", side="right", dst=WAN):
        p = IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=502)
        return c.add(side, p / Raw(payload) if payload else p)
    # SYNs: a burst of 3 accepted, the 4th and 5th dropped (all within a few ms); connlimit never above 10
    seg(cl, 41000, 80, "S", 100)
    seg(cl, 41001, 22, "S", 200)
    seg("203.0.113.9", 41002, 8080, "S", 300)
    seg(cl, 41003, 80, "S", 400)
    seg("203.0.113.9", 41004, 443, "S", 500)
    # the web connection goes on (port 80 limit), even with what the string rules look for
    seg(WAN, 80, 41000, "SA", 9000, 101, side="local1", dst=cl)
    seg(cl, 41000, 80, "A", 101, 9001)
    seg(cl, 41000, 80, "PA", 101, 9001, b"GET /?id=1 union select 1 HTTP/1.1\r\nReferer: http://x\r\n\r\n")
    seg(WAN, 80, 41000, "PA", 9001, 173, b"HTTP/1.1 403 Forbidden\r\n\r\n", side="local1", dst=cl)
    seg(cl, 41000, 80, "A", 173, 9027)
    # ssh and 8080: answered, but the ACKs have no rule to accept them (no ESTABLISHED rule)
    seg(WAN, 22, 41001, "SA", 9100, 201, side="local1", dst=cl)
    seg(cl, 41001, 22, "A", 201, 9101)
    seg(cl, 41001, 22, "PA", 201, 9101, b"SSH-2.0-c\r\n")
    seg(WAN, 8080, 41002, "SA", 9200, 301, side="local1", dst="203.0.113.9")
    seg("203.0.113.9", 41002, 8080, "PA", 301, 9201, b"POST /x.php HTTP/1.1\r\n\r\n<?php system();")
    seg("203.0.113.9", 41002, 8080, "PA", 301, 9201, b"GET /<script>alert(1)</script>")
    # SYN+FIN: not a --syn, so to port 80 the web limit lets it in, elsewhere dropped by its rule
    seg(cl, 41005, 80, "SF", 600)
    seg(cl, 41006, 25, "SF", 700)
    # UDP DNS: the u32 header test never holds for a 20-byte header; the policy drops it
    c.udp("right", "local1", cl, WAN, 41007, 53,
          b"\x12\x34\x01\x00\x00\x01" + b"\0" * 6 + b"\x03www\x00\x00\x01\x00\x01", None)
    c.udp("right", "local1", cl, WAN, 41008, 5000, b"GET http://evil/ HTTP/1.0", None)
    # bogons, multicast, echo requests dropped; echo replies to fw's own ping too
    c.udp("right", "local1", "192.0.2.5", WAN, 41009, 80, b"x", None)
    c.udp("right", "local1", "169.254.1.1", WAN, 41010, 80, b"x", None)
    c.add("right", IP(src="10.0.2.2", dst="224.0.0.1", ttl=1) / UDP(sport=5000, dport=5000) / b"m",
          dst_mac="01:00:5e:00:00:01")
    c.ping("right", "local1", cl, WAN, 9, reply=False)
    c.ping("local1", "right", WAN, "1.1.1.1", 10)
    # fw's own connection: its SYN-ACK is no --syn and not port 80: dropped by the policy
    c.tcp("local1", "right", WAN, "93.184.216.34", 50000, 443, data=(), close=None)
    # forwarding is closed
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 80, answer=False)
    return Scenario("ruleset-vps-antiattack-cn", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/vps-antiattack-cn.rules (INPUT policy DROP, no ESTABLISHED rule): the SYN limit's "
        "burst of 3 (the rest dropped before LOG_SCANS, which no SYN reaches), connlimit counting below its "
        "limit, port 80 accepted by its limit before the string rules (a request with union select and "
        "Referer passes), other ports' segments dropped by the strings or the policy, SYN+FIN accepted to "
        "port 80 and dropped elsewhere, DNS through the u32 header test, bogon and multicast sources and "
        "destinations, echo requests dropped, fw's own ping and connection answered into the policy"))


def samp_antiddos():
    import struct

    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.packet import Raw
    # the server's "eth0" is its wan: eth1 here; ppp0 stays, no traffic comes by it
    rules = adapted("samp-antiddos", {"eth0": "eth1"})
    c = Cap(step=0.002)
    srv = bytes([10, 0, 2, 1]) + struct.pack("<H", 7777)

    def samp(src, sport, op, pad=0, dport=7777):
        c.add("right", IP(src=src, dst=WAN) / UDP(sport=sport, dport=dport) / Raw(b"SAMP" + srv + op + b"\0" * pad))
    # every UDP datagram within the first 80 ms: raw's 4/s limit accepts the first five, the next
    # ones fall through raw's rules (its u32 at offset 2 tests the IP id, 1 here: not 2-256)
    # the dump single-quotes its patterns and iptables-restore strips only double quotes: the
    # quotes are part of what the string rules look for, and real queries miss them
    samp("198.51.100.1", 50001, b"i")           # the 1/s burst-1 REJECT
    samp("198.51.100.1", 50002, b"i")           # then the policy
    c.add("local1",
          IP(src=WAN, dst="198.51.100.1") / UDP(sport=7777, dport=50002) / Raw(b"SAMP" + srv + b"i" + b"\1" * 40))
    samp("198.51.100.2", 50003, b"c")
    c.add("right",
          IP(src="198.51.100.3", dst=WAN) / UDP(sport=50005, dport=7777) / Raw(bytes.fromhex("081e77da") + b"\0" * 8))

    def quoted(src, sport, sig, pad=0):
        c.add("right", IP(src=src, dst=WAN) / UDP(sport=sport, dport=7777) / Raw(b"'SAMP'" + sig + b"\0" * pad))
    # what the rules do match: REDIRECTed, then the recent lists (set, and again within 2 s dropped)
    quoted("198.51.100.11", 50030, b"'a\x1ei'")
    quoted("198.51.100.11", 50031, b"'a\x1ei'")
    quoted("198.51.100.12", 50032, b"'a\x1ec'")
    quoted("198.51.100.12", 50033, b"'a\x1ec'")
    c.add("right", IP(src="198.51.100.13", dst=WAN) / UDP(sport=50034, dport=7777) / Raw(b"'\x08\x1e\x77\xda'"))
    c.add("right", IP(src="198.51.100.13", dst=WAN) / UDP(sport=50035, dport=7777) / Raw(b"'\x08\x1e\x77\xda'"))
    for i in range(5):                                                        # hashlimit: 3/s, burst 3
        quoted("198.51.100.4", 50010 + i, b"p", pad=260)
    c.udp("local1", "right", WAN, "8.8.8.8", 40000, 53, b"q" * 30, b"a" * 40)   # the answer: raw drops sport 53
    c.udp("right", "local1", "198.51.100.5", WAN, 50020, 5000, b"x" * 300, None)     # 1:7776 rejected
    c.udp("right", "local1", "198.51.100.5", WAN, 50021, 53, b"x" * 300, None)       # before the DNS rule
    c.udp("right", "local1", "198.51.100.5", WAN, 50022, 40000, b"x" * 300, None)    # policy
    c.udp("left", "local0", "192.168.15.7", LAN, 50023, 40000, b"x" * 100, None)     # u32 source 192.168.15/24
    c.add("right", IP(src="10.0.2.2", dst="10.0.2.255") / UDP(sport=138, dport=138) / Raw(b"x" * 300),
          dst_mac="ff:ff:ff:ff:ff:ff")                                               # pkttype broadcast
    c.add("right", IP(src="198.51.100.6", dst=WAN) / UDP(sport=0, dport=40000) / Raw(b"x" * 300))
    c.udp("right", "local1", "198.51.100.6", WAN, 50024, 40001, b"farewell" + b"x" * 300, None)  # --to: no room
    c.udp("right", "left", "198.51.100.6", "192.168.1.10", 50025, 7777, b"y" * 300, None)   # forwarded: raw only
    # TCP: slowloris counts NEW port-80 SYNs per source, the 11th within 15 s dropped; the SYN limit
    # (burst 30) accepts the rest before any later rule
    for i in range(11):
        c.tcp("right", "local1", "203.0.113.9", WAN, 41000 + i, 80, answer=False)
    c.tcp("right", "local1", "198.51.100.7", WAN, 41100, 80, data=(b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    c.tcp("right", "local1", "198.51.100.7", WAN, 41101, 22, close="rst")
    c.add("right", IP(src="198.51.100.7", dst=WAN) / TCP(sport=41102, dport=22, flags="R", seq=9))   # RST limit
    c.add("right", IP(src="198.51.100.7", dst=WAN) / TCP(sport=41103, dport=22, flags="", seq=9))   # NULL
    c.add("right", IP(src="198.51.100.7", dst=WAN) / TCP(sport=41104, dport=22, flags="FSRAU", seq=9))
    c.add("right", IP(src="198.51.100.7", dst=WAN) / TCP(sport=0, dport=22, flags="S", seq=9))
    c.add("right", IP(src="127.0.0.1", dst=WAN) / TCP(sport=41105, dport=22, flags="S", seq=9))
    c.tcp("right", "local1", "114.10.118.228", WAN, 41106, 53)
    # echo requests: the length rule accepts 60 bytes or more; forwarded ones dropped
    c.ping("right", "local1", "198.51.100.7", WAN, 5, size=32)
    c.ping("right", "local1", "198.51.100.7", WAN, 6, size=8)
    c.ping("left", "right", "192.168.1.10", "1.1.1.1", 7, reply=False)
    # fw's own connection, answered ESTABLISHED
    c.tcp("local1", "right", WAN, "93.184.216.34", 40001, 443)
    c.add("right", IP(src="93.184.216.34", dst=WAN) / ICMP(type=3, code=4) / bytes(
        IP(src=WAN, dst="93.184.216.34") / TCP(sport=40001, dport=443, flags="A"))[:28])
    return Scenario("ruleset-samp-antiddos", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/samp-antiddos.rules (its eth0 as eth1): raw's UDP limit accepting a burst of 5, "
        "then DNS answers dropped by their source port; real SA-MP queries missing the string rules (the "
        "dump's single quotes are part of their patterns), datagrams carrying the quoted patterns "
        "REDIRECTed and sorted into the recent lists (info, client, a hex signature: set, then dropped "
        "within 2 s), the 1/s burst-1 REJECT, the query hashlimit's burst of 3, the "
        "port-range REJECTs, raw's pkttype, source-port-0 and u32 source drops, a string rule whose "
        "--from/--to leave its pattern no room; TCP: "
        "slowloris's recent dropping the 11th NEW SYN, the SYN and RST limits, NULL and full-flag scans "
        "in mangle, a loopback source, the DNS-over-TCP host, echo requests by length, forwarded echo "
        "dropped, fw's own connection and a fragmentation-needed about it"))


def hackergame_u32_string():
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    rules = adapted("hackergame-u32-string")
    c = Cap()

    def conv(sport, dport, payload, opts=(), syn_data=b"", cl="198.51.100.7"):
        """handshake, one data segment; what follows depends on the rules (fw's answers only where
        its stack would have them)"""
        o = list(opts)
        c.add("right", IP(src=cl, dst=WAN) / TCP(sport=sport, dport=dport, flags="S", seq=100, options=o)
              / (Raw(syn_data) if syn_data else b""))
        c.add("local1", IP(src=WAN, dst=cl) / TCP(sport=dport, dport=sport, flags="SA", seq=900,
                                                  ack=101 + len(syn_data), options=o))
        seq = 101 + len(syn_data)
        c.add("right", IP(src=cl, dst=WAN) / TCP(sport=sport, dport=dport, flags="A", seq=seq, ack=901, options=o))
        c.add("right", IP(src=cl, dst=WAN) / TCP(sport=sport, dport=dport, flags="PA", seq=seq, ack=901, options=o)
              / Raw(payload))
    ts = [("NOP", None), ("NOP", None), ("Timestamp", (5000, 7000))]
    # challenge 1: a string "POST" anywhere resets; GET passes
    conv(41000, 18080, b"GET /flag HTTP/1.1\r\n\r\n")
    conv(41001, 18080, b"POST /flag HTTP/1.1\r\n\r\n")
    conv(41002, 18080, b"GET /?a=POST HTTP/1.1\r\n\r\n")
    # challenge 2: u32 follows the IHL and the TCP data offset to the payload's first byte: 'P'
    # resets; segments with no payload read past the end (no match); with options the offset moves
    conv(41003, 18081, b"POST /flag HTTP/1.1\r\n\r\n")
    conv(41004, 18081, b"PUT /flag HTTP/1.1\r\n\r\n", opts=ts)
    conv(41005, 18081, b"GET /P HTTP/1.1\r\n\r\n", opts=ts)
    # challenge 3: "GET / HTTP" must end within the first 50 bytes: even the SYN is reset, unless it
    # carries the request itself (as TCP Fast Open would); with 12 bytes of options it no longer fits
    c.tcp("right", "local1", "198.51.100.8", WAN, 41006, 18082, answer=False)
    conv(41007, 18082, b"GET / HTTP/1.1\r\n\r\n", syn_data=b"GET / HTTP/1.1\r\n\r\n")
    conv(41008, 18082, b"GET / HTTP/1.1\r\n\r\n", syn_data=b"GET / HTTP/1.1\r\n\r\n", opts=ts)
    # other ports, fw's own traffic; FORWARD's policy drops
    c.tcp("right", "local1", "198.51.100.7", WAN, 41009, 22)
    c.tcp("local1", "right", WAN, "93.184.216.34", 50000, 443)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 443, answer=False)
    return Scenario("ruleset-hackergame-u32-string", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/hackergame-u32-string.rules (a CTF's three TCP challenges): string POST anywhere "
        "resets; u32 jumping by the IHL and the TCP data offset to the payload's first byte ('P' resets, "
        "no payload reads past the end, timestamp options move the payload); string with --to 50 (the "
        "SYN itself reset unless it carries the request, which no longer fits after 12 bytes of "
        "options); ssh, fw's own traffic, FORWARD's policy"))


def fusionpbx():
    rules = adapted("fusionpbx-debian-bullseye")
    c = Cap()
    cl, pbx = "198.51.100.7", WAN
    # SIP on 35000 (UDP) and 35001 (TCP): scanners dropped by their user agent, any case
    c.udp("right", "local1", cl, pbx, 5060, 35000, b"REGISTER sip:pbx SIP/2.0\r\nUser-Agent: Yealink\r\n\r\n",
          b"SIP/2.0 401 Unauthorized\r\n\r\n")
    c.udp("right", "local1", "45.95.147.9", pbx, 5061, 35000,
          b"OPTIONS sip:100@pbx SIP/2.0\r\nUser-Agent: Friendly-Scanner\r\n\r\n", None)
    c.udp("right", "local1", "45.95.147.9", pbx, 5062, 35002, b"OPTIONS sip:x SIP/2.0\r\nUser-Agent: PPLSIP\r\n\r\n",
          None)
    c.udp("right", "local1", "45.95.147.9", pbx, 5063, 36000,
          b"INVITE sip:x SIP/2.0\r\nContent-Type: multipart/mixed;boundary=x\r\n", None)
    c.tcp("right", "local1", cl, pbx, 41000, 35001, data=(b"REGISTER sip:pbx SIP/2.0\r\nUser-Agent: Yealink\r\n\r\n",
                                                        b"SIP/2.0 401 Unauthorized\r\n\r\n"))
    c.tcp("right", "local1", "45.95.147.9", pbx, 41001, 35001,
          data=(b"OPTIONS sip:x SIP/2.0\r\nUser-Agent: sipcli/v1.8\r\n\r\n",),
          close=None)                                                   # the SYN accepted, the data dropped
    c.tcp("right", "local1", "45.95.147.9", pbx, 41002, 36001, data=(b"GET /?cmd=EXEC.sh",), close=None)
    c.udp("right", "local1", "45.95.147.9", pbx, 5064, 34999, b"friendly-scanner", None)   # below the range
    # RTP both ways: fw's own RTP marked EF by mangle OUTPUT, its SIP AF31
    c.udp("right", "local1", cl, pbx, 20000, 16384, b"\x80" + b"\0" * 171, b"\x80" + b"\1" * 171)
    c.udp("local1", "right", pbx, cl, 32768, 20002, b"\x80" + b"\2" * 171, b"\x80" + b"\3" * 171)
    c.udp("local1", "right", pbx, "203.0.113.80", 35000, 5060, b"OPTIONS sip:trunk SIP/2.0\r\n\r\n",
          b"SIP/2.0 200 OK\r\n\r\n")
    c.tcp("local1", "right", pbx, "203.0.113.80", 35100, 5061, data=(b"\x16\x03\x01",))
    # web, ssh, ping, openvpn, postgres from the allowed host only
    c.tcp("right", "local1", cl, pbx, 41003, 443)
    c.tcp("right", "local1", cl, pbx, 41004, 7443, close="rst")
    c.ping("right", "local1", cl, pbx, 5)
    c.udp("right", "local1", cl, pbx, 41005, 1194, b"\x38" + b"\0" * 13, b"\x40" + b"\0" * 25)
    c.tcp("right", "local1", "54.218.160.40", pbx, 41006, 5432)
    c.tcp("right", "local1", cl, pbx, 41007, 5432, answer=False)
    c.udp("right", "local1", cl, pbx, 41008, 5060, b"OPTIONS", None)                    # policy
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 443, answer=False)    # no forwarding
    return Scenario("ruleset-fusionpbx", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/fusionpbx-debian-bullseye.rules (INPUT policy DROP): SIP over UDP and TCP with "
        "scanners' user agents and exploit strings dropped case-insensitively in the SIP port ranges "
        "only (a TCP SYN accepted, its data dropped), a phone's REGISTER answered, RTP both ways with "
        "fw's own RTP and SIP given DSCP EF and AF31 in mangle OUTPUT, web, ssh, ping, openvpn, postgres "
        "from the allowed host only, the rest to the policy"))


def asterisk_centos7_ru():
    from scapy.layers.inet import ICMP, IP, TCP
    rules = adapted("asterisk-centos7-ru", {"ens192": "eth1"})
    c = Cap()
    cl = "198.51.100.7"
    # SIP by the wan (5060-5069) through the SIP chain's user-agent strings; RTP; management ports
    c.udp("right", "local1", cl, WAN, 5060, 5060, b"REGISTER sip:pbx SIP/2.0\r\nUser-Agent: Linphone\r\n\r\n",
          b"SIP/2.0 401 Unauthorized\r\n\r\n")
    c.udp("right", "local1", cl, WAN, 5060, 5060, b"REGISTER sip:pbx SIP/2.0\r\nAuthorization: x\r\n\r\n",
          b"SIP/2.0 200 OK\r\n\r\n")                                           # ESTABLISHED: before SIP
    for i, ua in enumerate((b"friendly-scanner", b"sipvicious", b"Linksys/SPA942", b"VoIP SIP v11.0.0")):
        c.udp("right", "local1", "45.95.147.9", WAN, 5070 + i, 5061 + i, b"OPTIONS sip:x SIP/2.0\r\nUser-Agent: "
              + ua + b"\r\n\r\n", None)
    c.udp("right", "local1", cl, WAN, 12000, 10000, b"\x80" + b"\0" * 171, b"\x80" + b"\1" * 171)
    c.tcp("right", "local1", cl, WAN, 41000, 55022, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.tcp("right", "local1", cl, WAN, 41001, 443)
    c.tcp("right", "local1", cl, WAN, 41002, 22, answer=False)                          # policy
    # the lan side (eth0) has none of the wan's rules: only ICMP and answers
    c.udp("left", "local0", "192.168.1.10", LAN, 5060, 5060, b"REGISTER sip:pbx SIP/2.0\r\n\r\n", None)
    c.tcp("left", "local0", "192.168.1.10", LAN, 40000, 80, answer=False)
    c.ping("left", "local0", "192.168.1.10", LAN, 3)
    # TCP NEW without SYN dropped both ways, a NULL scan, INVALID; ICMP errors of every accepted kind
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41003, dport=443, flags="A", seq=1, ack=1))
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41004, dport=443, flags="", seq=1))
    c.add("right", IP(src=cl, dst=WAN) / TCP(sport=41005, dport=443, flags="SR", seq=1))
    c.add("local1", IP(src=WAN, dst=cl) / TCP(sport=443, dport=41006, flags="A", seq=1, ack=1))
    c.add("local1", IP(src=WAN, dst=cl) / TCP(sport=443, dport=41007, flags="RA", seq=1, ack=1))
    about = IP(src=WAN, dst="203.0.113.1") / TCP(sport=1, dport=2)
    c.add("right", IP(src=cl, dst=WAN) / ICMP(type=11, code=0) / bytes(about)[:28])
    c.add("right", IP(src=cl, dst=WAN) / ICMP(type=0, id=77, seq=1) / b"unasked")
    c.add("right", IP(src=cl, dst=WAN) / ICMP(type=13, id=1, seq=1, ts_ori=0, ts_rx=0, ts_tx=0))   # policy
    # fw's own traffic and its answers; forwarding open but for INVALID from the wan
    c.udp("local1", "right", WAN, "8.8.8.8", 50000, 53)
    c.tcp("local1", "right", WAN, "93.184.216.34", 50001, 443)
    c.tcp("right", "left", cl, "192.168.1.10", 41008, 80)
    c.add("right", IP(src=cl, dst="192.168.1.10") / TCP(sport=41009, dport=80, flags="SF", seq=1))
    c.add("left", IP(src="192.168.1.10", dst=cl) / TCP(sport=80, dport=41010, flags="SF", seq=1))
    return Scenario("ruleset-asterisk-centos7-ru", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/asterisk-centos7-ru.rules (ens192 as eth1; INPUT policy DROP): SIP from the wan "
        "through the SIP chain (scanners dropped by user agent, an ESTABLISHED REGISTER accepted before "
        "it), RTP, ssh on 55022, https; the lan side gets only ICMP and answers; NEW non-SYN TCP dropped "
        "in INPUT and in OUTPUT (fw's own stray ACK, its RST), a NULL scan, INVALID; ICMP errors and "
        "replies accepted, a timestamp request to the policy; fw's own traffic; forwarded INVALID "
        "dropped from the wan only"))


def mirakurun_raspi():
    from scapy.layers.inet import IP, TCP, UDP
    from scapy.packet import Raw
    rules = adapted("mirakurun-raspi")
    c = Cap()
    lan = "192.168.1.10"
    # the tuner server's ports, ssh by SYN only, ICMP; the rest to the DROP policy
    c.tcp("left", "local0", lan, LAN, 40000, 40772, data=(b"GET /api/status HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    c.tcp("left", "local0", lan, LAN, 40001, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.add("left", IP(src=lan, dst=LAN) / TCP(sport=40002, dport=22, flags="A", seq=1, ack=1))      # NEW, not --syn
    c.add("left", IP(src=lan, dst=LAN) / TCP(sport=40003, dport=22, flags="SF", seq=1))            # INVALID
    c.tcp("left", "local0", lan, LAN, 40004, 9000, close="rst")
    c.tcp("left", "local0", lan, LAN, 40005, 8888, answer=False)
    # multiport: any state
    c.add("left", IP(src=lan, dst=LAN) / TCP(sport=40006, dport=3000, flags="A", seq=1, ack=1))
    c.ping("left", "local0", lan, LAN, 3)
    # SSDP and mDNS: to fw's own address accepted, to their groups (fw has joined none) dropped by the
    # route lookup before INPUT
    c.udp("left", "local0", lan, LAN, 40007, 1900, b"M-SEARCH * HTTP/1.1\r\n", None)
    c.add("left", IP(src=lan, dst="239.255.255.250", ttl=4) / UDP(sport=40008, dport=1900) / Raw(b"M-SEARCH"),
          dst_mac="01:00:5e:7f:ff:fa")
    c.add("left", IP(src=lan, dst="224.0.0.251", ttl=255) / UDP(sport=5353, dport=5353) / Raw(b"\0" * 12),
          dst_mac="01:00:5e:00:00:fb")
    c.udp("left", "local0", lan, LAN, 40009, 5353, b"\0" * 12, None)
    # fw's own traffic, answered ESTABLISHED; an error about it RELATED; FORWARD's policy
    c.tcp("local1", "right", WAN, "93.184.216.34", 50000, 443)
    q = c.udp("local1", "right", WAN, "8.8.8.8", 50001, 53, resp=None)
    c.icmp_error("right", "8.8.8.8", q)
    c.tcp("left", "right", lan, "93.184.216.34", 40010, 443, answer=False)
    return Scenario("ruleset-mirakurun-raspi", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/mirakurun-raspi.rules (INPUT and FORWARD policy DROP): the tuner's API and its "
        "multiport ports (in any state, a stray ACK too), ssh by SYN only (a NEW ACK to the policy, "
        "INVALID dropped), ICMP, SSDP and mDNS to fw's address accepted and to their groups dropped by "
        "the route lookup; fw's own traffic and an error about it; nothing forwarded"))


ALL = [asterisk_sipdos_guard, centos5_liquidweb, ddnet_gameserver, vps_antiattack_cn, samp_antiddos,
       hackergame_u32_string, fusionpbx, asterisk_centos7_ru, mirakurun_raspi]
