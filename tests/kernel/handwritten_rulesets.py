"""Hand-written scenarios that replay traffic through the real-world rulesets of tests/rulesets/:
each ruleset is taken as it is, but for the interfaces it names, renamed to the lab's eth0 (left,
192.168.0.0/16) and eth1 (right, the default route) so that its rules apply, and the subnets it puts
behind them routed there (rulesetkit); their folders are written by `python -m tests.kernel.handwritten`
(rules.v4 there is the adapted copy). Servers here, routers and container hosts in
handwritten_rulesets_routers.py and handwritten_rulesets_containers.py; last, focused scenarios of
what the rulesets showed us doing differently from the kernel."""
from __future__ import annotations

from . import handwritten_rulesets_containers, handwritten_rulesets_routers
from .capture import Cap, Scenario
from .rulesetkit import adapted


def ufw():
    from scapy.layers.inet import IP, TCP
    rules = adapted("ufw")
    c = Cap()
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41000, 80)
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41001, 443, close="rst")
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41002, 8443, answer=False)       # denied, logged
    # ssh: rate limited per source (6 NEW in 30 s): the 6th and 7th go to ufw-user-limit's REJECT
    for i in range(7):
        c.tcp("right", "local1", "203.0.113.9", "10.0.2.1", 41100 + i, 22, data=(), close="fin")
    c.tcp("right", "local1", "203.0.113.10", "10.0.2.1", 41200, 22, data=(b"SSH-2.0-x\r\n", b"SSH-2.0-y\r\n"))
    c.udp("left", "local0", "192.168.1.10", "10.0.1.1", 41300, 161, b"get", None)          # snmp from the lan
    c.udp("right", "local1", "198.51.100.7", "10.0.2.1", 41301, 161, b"get", None)        # not from there
    c.udp("left", "local0", "192.168.1.10", "10.0.1.1", 41302, 137, b"nb", None)           # skip to policy
    c.udp("right", "local1", "198.51.100.1", "10.0.2.1", 67, 68, b"dhcp offer", None)
    c.ping("right", "local1", "198.51.100.7", "10.0.2.1", 5)
    c.ping("left", "local0", "192.168.1.10", "10.0.2.1", 6)
    # not for fw at all (ufw-not-local): a destination it only forwards
    c.udp("right", "left", "198.51.100.7", "192.168.1.10", 41303, 9999, b"x", None)
    # INVALID: SYN+FIN, and an ACK with nothing behind it
    c.add("right", IP(src="198.51.100.7", dst="10.0.2.1") / TCP(sport=41304, dport=80, flags="SF", seq=1))
    c.add("right", IP(src="198.51.100.7", dst="10.0.2.1") / TCP(sport=41305, dport=80, flags="R", seq=1))
    # fw's own connections: tracked as NEW in OUTPUT, their answers ESTABLISHED
    c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 50000, 53)
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50001, 443)
    q = c.udp("local1", "right", "10.0.2.1", "8.8.4.4", 50002, 53, resp=None)
    c.icmp_error("right", "8.8.4.4", q)                                                # RELATED
    c.ping("local0", "left", "10.0.1.1", "192.168.1.10", 9)
    # forwarded: only ICMP passes before the policy
    c.ping("left", "right", "192.168.1.10", "1.1.1.1", 10, reply=False)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 42000, 80, answer=False)
    for i in range(12):                                                                 # past the log burst
        c.udp("right", "left", "198.51.100.7", "192.168.1.10", 43000 + i, 5000, b"f", None)
    return Scenario("ruleset-ufw", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/ufw.rules (no interfaces to rename): web accepted, ssh rate limited by recent "
        "(--hitcount 6: the last of seven from one source rejected), snmp from the lan only, netbios to "
        "the policy, DHCP, pings, INVALID packets logged and dropped, fw's own connections tracked in "
        "ufw-track-output and answered as ESTABLISHED/RELATED, forwarding closed but for ICMP, the log "
        "limits' bursts spent"))


def ufw_capture_quirks():
    """ufw.rules under what a capture taken on a live host carries."""
    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.packet import Raw
    rules = adapted("ufw")
    c = Cap()
    wan = "10.0.2.1"
    cl = "198.51.100.7"

    def seg(side, src, dst, sport, dport, flags, seq, ack=0, payload=b"", **kw):
        p = IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=502, **kw)
        return c.add(side, p / Raw(payload) if payload else p)
    # the capture starts in the middle of an ssh session and an https one: picked up as NEW (the ssh
    # one is counted by recent like a new connection), then ESTABLISHED
    seg("right", cl, wan, 41000, 22, "PA", 7000, 9000, b"\x00" * 52)
    seg("local1", wan, cl, 22, 41000, "PA", 9000, 7052, b"\x00" * 36)
    seg("right", cl, wan, 41000, 22, "A", 7052, 9036)
    seg("right", cl, wan, 41001, 443, "A", 100, 200)
    seg("local1", wan, cl, 443, 41001, "PA", 200, 100, b"\x17\x03\x03" + b"\0" * 40)
    # the same SYN captured twice (a mirror port), a data segment twice
    seg("right", cl, wan, 41002, 80, "S", 1, options=[("MSS", 1460)])
    seg("right", cl, wan, 41002, 80, "S", 1, options=[("MSS", 1460)])
    seg("local1", wan, cl, 80, 41002, "SA", 500, 2, options=[("MSS", 1460)])
    seg("local1", wan, cl, 80, 41002, "SA", 500, 2, options=[("MSS", 1460)])         # SYN-ACK retransmitted
    seg("right", cl, wan, 41002, 80, "A", 2, 501)
    seg("right", cl, wan, 41002, 80, "PA", 2, 501, b"GET / HTTP/1.1\r\n\r\n")
    seg("right", cl, wan, 41002, 80, "PA", 2, 501, b"GET / HTTP/1.1\r\n\r\n")
    # half-close: the client is done, the server still sends, then closes
    seg("right", cl, wan, 41002, 80, "FA", 20, 501)
    seg("local1", wan, cl, 80, 41002, "PA", 501, 21, b"HTTP/1.1 200 OK\r\n\r\n")
    seg("right", cl, wan, 41002, 80, "A", 21, 520)
    seg("local1", wan, cl, 80, 41002, "FA", 520, 21)
    seg("right", cl, wan, 41002, 80, "A", 21, 521)
    # checksums a capture on the sender shows (offloaded: not filled in) make INVALID at PREROUTING;
    # a UDP checksum of 0 means none
    bad = IP(src=cl, dst=wan) / TCP(sport=41003, dport=443, flags="S", seq=1, chksum=0x1234)
    c.add("right", bad)
    c.add("right", IP(src=cl, dst=wan) / UDP(sport=41004, dport=161, chksum=0xbeef) / b"snmp")
    c.add("left", IP(src="192.168.1.10", dst="10.0.1.1") / UDP(sport=41005, dport=161, chksum=0) / b"snmp")
    # an echo reply nobody asked for, pings reusing one id
    c.add("right", IP(src=cl, dst=wan) / ICMP(type=0, id=99, seq=1) / b"pong")
    for seq in (1, 2, 3):
        c.ping("right", "local1", cl, wan, 98, seq=seq)
    # fw's own: a refused connection (RST,ACK), a UDP query answered by port unreachable, a stream
    c.tcp("local1", "right", wan, "93.184.216.34", 50000, 8443, answer="rst")
    q = c.udp("local1", "right", wan, "192.0.2.53", 50001, 53, resp=None)
    c.add("right", IP(src="192.0.2.53", dst=wan) / ICMP(type=3, code=3) / bytes(q)[:28])
    for i in range(3):
        c.udp("local1", "right", wan, "198.51.100.123", 50002, 123, b"ntp%d" % i, b"ntp")
    return Scenario("ruleset-ufw-capture-quirks", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/ufw.rules under what a capture on a live host carries: sessions picked up in "
        "the middle (NEW, and recent counts the ssh one), a SYN, a SYN-ACK and a segment captured "
        "twice, a half-close, checksums left to offload (INVALID at PREROUTING) and a UDP checksum "
        "of 0, an unsolicited echo reply, pings reusing one id, fw's own connection refused by RST, "
        "its query answered by port unreachable (RELATED), a UDP stream"))


def fail2ban():
    rules = adapted("fail2ban")
    c = Cap()
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41000, 22)
    c.tcp("right", "local1", "198.51.100.23", "10.0.2.1", 41001, 22, answer=False)      # banned for sshd
    c.tcp("right", "local1", "198.51.100.23", "10.0.2.1", 41002, 80)                    # ... not for nginx
    c.tcp("right", "local1", "203.0.113.77", "10.0.2.1", 41003, 443, answer=False)      # banned for nginx
    c.tcp("right", "local1", "203.0.113.77", "10.0.2.1", 41004, 22)
    c.tcp("left", "local0", "192.0.2.201", "10.0.1.1", 41005, 22, answer=False)
    c.udp("right", "local1", "198.51.100.23", "10.0.2.1", 41006, 22, b"udp", None)      # multiport -p tcp only
    c.tcp("right", "left", "198.51.100.23", "192.168.1.10", 41007, 22)                  # forwarded: no jail
    return Scenario("ruleset-fail2ban", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/fail2ban.rules: banned sources rejected by their jail's chain only, everyone else "
        "RETURNs to INPUT; forwarded traffic and UDP never reach a jail"))


def csf():
    from scapy.layers.inet import IP, TCP
    rules = adapted("csf")
    c = Cap()
    # DNS answers from the configured resolvers pass before anything else, fw's own queries too
    c.udp("local1", "right", "10.0.2.1", "8.8.4.4", 50000, 53)
    c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 50001, 53)
    c.udp("right", "local1", "8.8.4.4", "10.0.2.1", 53, 50999, b"late answer", None)
    # fw's own connections: allowed ports, a refused one (LOGDROPOUT), ICMP
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50002, 443)
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50003, 8080, answer=False)
    c.udp("local1", "right", "10.0.2.1", "129.6.15.28", 50004, 123)
    c.udp("local1", "right", "10.0.2.1", "198.51.100.9", 50005, 9999, resp=None)
    c.ping("local1", "right", "10.0.2.1", "1.1.1.1", 3)
    c.tcp("local1", "right", "10.0.2.1", "198.51.100.77", 50006, 80, answer=False)      # denied host, out
    c.udp("local1", "local0", "10.0.2.1", "10.0.1.1", 50007, 7, b"lo", None)            # to itself: lo
    # allow and deny lists
    c.tcp("right", "local1", "203.0.113.5", "10.0.2.1", 41000, 3306)
    c.tcp("right", "local1", "198.51.100.3", "10.0.2.1", 41001, 2087)
    c.tcp("right", "local1", "198.51.100.77", "10.0.2.1", 41002, 80, answer=False)
    c.tcp("left", "local0", "45.95.147.9", "10.0.1.1", 41003, 22, answer=False)
    # open services
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41004, 80)
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41005, 2083)
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41006, 31000, close="rst")
    c.udp("right", "local1", "198.51.100.7", "10.0.2.1", 41007, 53)
    # PORTFLOOD: more than 4 new ssh connections from one source in 300 s are dropped
    for i in range(6):
        c.tcp("right", "local1", "203.0.113.20", "10.0.2.1", 41100 + i, 22, data=(), close="rst")
    # ICMP: echo limited to a burst of 5, replies and unreachables let in
    for i in range(7):
        c.ping("right", "local1", "198.51.100.7", "10.0.2.1", 20 + i, reply=False)
    q = c.udp("local1", "right", "10.0.2.1", "8.8.4.4", 50008, 53, resp=None)
    c.icmp_error("right", "198.51.100.1", q, type=3, code=1)
    # the INVALID chain's flag combinations, and a NEW that is not a SYN
    for i, flags in enumerate(("", "FSRPAU", "SR", "FR", "F", "P", "U", "A")):
        c.add("right", IP(src="198.51.100.8", dst="10.0.2.1") / TCP(sport=41200 + i, dport=80, flags=flags, seq=7))
    # LOGDROPIN: the quiet ports, then the logged ones past the limit's burst
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41300, 111, answer=False)
    c.udp("right", "local1", "198.51.100.7", "10.0.2.1", 41301, 137, b"nb", None)
    for i in range(7):
        c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41310 + i, 3306, answer=False)
    c.udp("right", "local1", "198.51.100.7", "10.0.2.1", 41320, 5060, b"sip", None)
    # nothing is forwarded
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 42000, 80, answer=False)
    return Scenario("ruleset-csf", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/csf.rules (INPUT and OUTPUT policy DROP): resolver answers, fw's own traffic through "
        "LOCALOUTPUT/UDPFLOOD (its sockets are root's) and the allowed ports, a refused one logged, allow "
        "and deny lists, PORTFLOOD's recent counting ssh attempts, the echo limit's burst, the INVALID "
        "chain's flag combinations and NEW non-SYNs, LOGDROPIN's quiet ports and its log limit"))


def hardened_server():
    from scapy.layers.inet import ICMP, IP, TCP, UDP, fragment
    from scapy.packet import Raw
    rules = adapted("hardened-server")
    c = Cap()
    # fw's own traffic: all root's, accepted; ssh out gets DSCP CS6; answers ESTABLISHED
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50000, 443)
    c.tcp("local1", "right", "10.0.2.1", "198.51.100.9", 50001, 22, data=(b"SSH-2.0-fw\r\n", b"SSH-2.0-srv\r\n"))
    c.udp("local1", "right", "10.0.2.1", "129.6.15.28", 123, 123)                        # NTP: untracked
    c.udp("local1", "local0", "10.0.2.1", "10.0.1.1", 50002, 9, b"lo", None)             # lo: untracked
    # ssh: SYNs need an MSS option of at least 536 (mangle), then SSH's connlimit and recent
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41000, 22, mss=1460)
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41001, 22, answer=False)         # no MSS
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41002, 22, mss=500, answer=False)
    for i in range(5):                                                                  # kept open: connlimit
        c.tcp("right", "local1", "203.0.113.9", "10.0.2.1", 41100 + i, 22, mss=1400, data=(), close=None)
        c.wait(0.02)
    c.tcp("left", "local0", "10.0.0.15", "10.0.1.1", 41200, 22, mss=1460)                 # iprange
    # web: string, SYN length, TTL
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41300, 80, mss=1460, data=(b"GET / HTTP/1.0\r\n\r\n", b"ok"))
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41301, 443, mss=1460, close="rst")
    c.add("right", IP(src="198.51.100.7", dst="10.0.2.1") / TCP(sport=41302, dport=80, flags="S", seq=9,
                                                                options=[("MSS", 1460)]) / Raw(b"GET /etc/passwd"))
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41303, 80, mss=1460, ttl=3, answer=False)
    # port knocking: 7001 then 7002 within 10 s
    c.udp("right", "local1", "198.51.100.8", "10.0.2.1", 41400, 7002, b"k", None)
    c.udp("right", "local1", "198.51.100.8", "10.0.2.1", 41401, 7001, b"k", None)
    c.udp("right", "local1", "198.51.100.8", "10.0.2.1", 41402, 7002, b"k", None)
    # pings: 10 a second per source at most, a burst of 10
    for i in range(12):
        c.ping("right", "local1", "198.51.100.7", "10.0.2.1", 100 + i, reply=False)
    c.ping("left", "local0", "192.168.1.10", "10.0.1.1", 200, reply=False)
    q = c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 50003, 53, resp=None)
    c.icmp_error("right", "198.51.100.1", q, type=3, code=3)
    c.add("right", IP(src="198.51.100.7", dst="10.0.2.1") / ICMP(type=13, id=5, seq=1, ts_ori=36000000, ts_rx=0,
                                                                ts_tx=0))     # timestamp request
    # fragments: reassembled before mangle PREROUTING, so -f never sees one
    for f in fragment(IP(src="198.51.100.7", dst="10.0.2.1", id=55) / UDP(sport=41500, dport=5000) / (b"f" * 1200),
                      fragsize=600):
        c.add("right", f)
    # the rest: INVALID and NEW non-SYN dropped in mangle, others logged (limit), rejected or dropped
    c.add("right", IP(src="198.51.100.7", dst="10.0.2.1") / TCP(sport=41600, dport=22, flags="A", seq=1, ack=1))
    c.add("right", IP(src="198.51.100.7", dst="10.0.2.1") / TCP(sport=41601, dport=22, flags="SF", seq=1))
    for i in range(7):
        c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41700 + i, 3306, mss=1460, answer=False)
    c.udp("right", "local1", "198.51.100.7", "10.0.2.1", 41710, 161, b"snmp", None)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 42000, 80, mss=1460, answer=False)   # no forwarding
    return Scenario("ruleset-hardened-server", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/hardened-server.rules: NTP and lo untracked in raw, mangle's INVALID, NEW non-SYN "
        "and MSS checks (a SYN without MSS dropped), fw's own traffic (root) with DSCP on ssh, ssh through "
        "connlimit (the 4th open connection from a source rejected) and recent, iprange, the web chain's "
        "string, length and ttl rules, port knocking with recent, a per-source hashlimit on pings, "
        "fragments reassembled before -f could see them, LOGDROP's limit, REJECT and DROP"))


def ddos_hardening():
    from scapy.layers.inet import IP, TCP, UDP, fragment
    from scapy.packet import Raw
    rules = adapted("ddos-hardening")
    c = Cap()
    srv, cli = "10.0.2.1", "198.51.100.7"
    c.tcp("right", "local1", cli, srv, 41000, 27015, mss=1460)
    c.tcp("right", "local1", cli, srv, 41001, 80, mss=400, answer=False)                 # MSS too small
    c.tcp("right", "local1", cli, srv, 41002, 80, answer=False)                          # no MSS
    # the mangle flag filters
    for i, flags in enumerate(("", "FS", "SR", "FR", "F", "U", "P", "FSRPAU", "FPU", "FSPU", "FSRAU", "A")):
        c.add("right", IP(src=cli, dst=srv) / TCP(sport=41100 + i, dport=80, flags=flags, seq=3, ack=0))
    # bogon sources and ICMP dropped before routing, forwarded or not
    for i, src in enumerate(("172.16.5.5", "10.1.2.3", "192.0.2.9", "169.254.1.1", "240.0.0.1", "0.1.2.3")):
        c.udp("right", "local1", src, srv, 41200 + i, 27015, b"x" * 40, None)
    c.ping("right", "local1", cli, srv, 1, reply=False)
    c.ping("left", "right", "192.168.1.10", "1.1.1.1", 2, reply=False)
    # new connections: 20 at once (within a jiffy or two: the limit, 60/s, earns nothing meanwhile);
    # the rest go to NFLOG's limit and DROP
    for i in range(26):
        c.add("right", IP(src="203.0.113.%d" % (10 + i), dst=srv) / TCP(sport=42000 + i, dport=80, flags="S", seq=1,
                                                                       options=[("MSS", 1460)]), gap=0.0002)
    c.wait(1.0)
    # RSTs: a burst of 2, then 2/s. connlimit sees every TCP packet: a RST that closes a source's
    # only connection empties its list and is dropped there, so this source keeps one open
    c.tcp("right", "local1", cli, srv, 43000, 80, mss=1460, data=(), close=None)
    c.tcp("right", "local1", cli, srv, 43001, 80, mss=1460, data=(), close=None)
    for i in range(4):
        c.add("right", IP(src=cli, dst=srv) / TCP(sport=43001, dport=80, flags="R", seq=1001 + i), gap=0.01)
    c.tcp("right", "local1", "198.51.100.9", srv, 43002, 80, mss=1460, data=(), close=None)
    c.add("right", IP(src="198.51.100.9", dst=srv) / TCP(sport=43002, dport=80, flags="R", seq=1001), gap=0.01)
    # the game port: short packets, server queries (hashlimit, then u32), other ffffffff packets
    c.udp("right", "local1", cli, srv, 44000, 27015, b"tiny", None)
    for i in range(23):
        c.add("right", IP(src=cli, dst=srv) / UDP(sport=44001, dport=27015)
              / Raw(b"\xff\xff\xff\xffTSource Engine Query\x00"), gap=0.001)
    for sport, payload in ((44002, b"\xff\xff\xff\xffgetchallenge 00"), (44003, b"\x01\x02\x03\x04 play 0000000")):
        c.add("right", IP(src="198.51.100.8", dst=srv) / UDP(sport=sport, dport=27015) / Raw(payload))
    # fragments are whole again before mangle PREROUTING
    for f in fragment(IP(src=cli, dst=srv, id=9) / UDP(sport=44004, dport=27015) / (b"\xff" * 1400), fragsize=720):
        c.add("right", f)
    # forwarded traffic meets only mangle
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 45000, 443, mss=1460)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 45001, 443, answer=False)     # no MSS
    # fw's own connection and its answers
    c.tcp("local1", "right", srv, "93.184.216.34", 50000, 443)
    return Scenario("ruleset-ddos-hardening", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/ddos-hardening.rules: mangle PREROUTING's flag, MSS, bogon, ICMP and fragment "
        "filters (fragments are reassembled first), the new-connection limit's burst with NFLOG's own "
        "limit behind it, the RST limit, the game port's length, string+hashlimit and u32 rules; "
        "connlimit on every TCP packet drops the last ACK into TIME_WAIT and the RST that close a "
        "source's only connection (its list goes empty: count 0, the kernel's hotdrop)"))


def firewalld():
    rules = adapted("firewalld")
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # public zone services and the rest (logged, host-prohibited)
    c.tcp("left", "local0", "192.168.1.10", lan, 40000, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.tcp("right", "local1", "198.51.100.7", wan, 41000, 9090)
    c.tcp("right", "local1", "198.51.100.7", wan, 41001, 8443, answer=False)       # needs mark 0x64
    c.tcp("right", "local1", "203.0.113.5", wan, 41002, 22, answer=False)          # denied source
    for i in range(8):
        c.udp("right", "local1", "198.51.100.7", wan, 41100 + i, 5000 + i, b"x", None)
    c.ping("right", "local1", "198.51.100.7", wan, 7)
    # forwarding: ICMP only from the zone, then established, the rest rejected
    c.ping("left", "right", "192.168.1.10", "1.1.1.1", 8)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40001, 443, answer=False)
    c.udp("right", "left", "198.51.100.7", "192.168.1.10", 41003, 53, b"q", None)
    # fw's own connections: their answers are ESTABLISHED, an ICMP error about one RELATED
    c.tcp("local1", "right", wan, "93.184.216.34", 50000, 443)
    q = c.udp("local1", "right", wan, "8.8.8.8", 50001, 53, resp=None)
    c.icmp_error("right", "198.51.100.1", q, type=3, code=3)
    # INVALID is dropped before the REJECT
    from scapy.layers.inet import IP, TCP
    c.add("right", IP(src="198.51.100.7", dst=wan) / TCP(sport=41004, dport=22, flags="SR", seq=1))
    c.add("left", IP(src="192.168.1.10", dst="93.184.216.34") / TCP(sport=40002, dport=80, flags="FS", seq=1))
    return Scenario("ruleset-firewalld", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/firewalld.rules (eth0 as named): the zone chains reached by -g from raw, mangle, "
        "nat and filter, the public zone's services, its deny and log chains (the log limit spent), "
        "host-prohibited rejects, ICMP forwarded, RELATED/ESTABLISHED answers, INVALID dropped"))


def synproxy():
    from scapy.layers.inet import IP, TCP
    rules = adapted("synproxy", {"eth0": "eth1"})
    c = Cap()
    wan = "10.0.2.1"
    # SYNs to 80/443 untracked in raw and answered by SYNPROXY's cookie (fw's own stack); a SYN to
    # 443 with options, a bare ACK no cookie validates (INVALID: dropped)
    c.add("right", IP(src="198.51.100.7", dst=wan) / TCP(sport=41000, dport=80, flags="S", seq=1000,
                                                          options=[("MSS", 1460), ("SAckOK", b""), ("WScale", 7)]))
    c.add("right", IP(src="198.51.100.8", dst=wan) / TCP(sport=41001, dport=443, flags="S", seq=2000))
    c.add("right", IP(src="198.51.100.7", dst=wan) / TCP(sport=41000, dport=80, flags="A", seq=1001, ack=12345))
    c.add("right", IP(src="198.51.100.9", dst=wan) / TCP(sport=41002, dport=80, flags="PA", seq=7, ack=7) / b"GET /")
    # ssh and pings the usual way; anything else to the INPUT policy; from the left: no SYNPROXY
    c.tcp("right", "local1", "198.51.100.7", wan, 41003, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.ping("right", "local1", "198.51.100.7", wan, 5)
    c.tcp("right", "local1", "198.51.100.7", wan, 41004, 25, answer=False)
    c.tcp("left", "local0", "192.168.1.10", "10.0.1.1", 40000, 80, answer=False)
    # fw's own connections and their answers
    c.tcp("local1", "right", wan, "93.184.216.34", 50000, 443)
    c.udp("local1", "right", wan, "8.8.8.8", 50001, 53)
    return Scenario("ruleset-synproxy", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/synproxy.rules (its eth0 as the lab's eth1): SYNs to 80/443 untracked in raw "
        "and handed to SYNPROXY (which answers with a cookie itself), an ACK without a valid cookie "
        "and mid-stream data INVALID and dropped, ssh and ping accepted, the rest to the policy"))


# -- focused scenarios for what the rulesets showed ------------------------------------------------

def connlimit_conncount():
    from scapy.layers.inet import IP, TCP
    rules = ("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
             "-A INPUT -p tcp -m tcp --dport 81 -m length --length 44 -j ACCEPT\n"
             "-A INPUT -p tcp -m tcp --dport 81 -m connlimit --connlimit-above 5 -j DROP\n"
             "-A INPUT -p tcp -m tcp --dport 82 --tcp-flags FIN,SYN,RST,ACK SYN"
             " -m connlimit --connlimit-above 2 -j DROP\n"
             "-A INPUT -p tcp -m tcp --dport 83 -m connlimit --connlimit-above 111 -j DROP\n"
             "-A INPUT -i lo -p tcp -m connlimit --connlimit-above 1 --connlimit-mask 0\n"
             "-A INPUT -p tcp -m tcp --tcp-flags RST RST\n"
             "-A INPUT -p tcp\n"
             "-A FORWARD -p tcp -m connlimit --connlimit-upto 1 --connlimit-daddr\n"
             "-A OUTPUT -p tcp -m connlimit --connlimit-above 1 --connlimit-daddr\n"
             "COMMIT\n")
    c = Cap(step=0.02)
    fw = "10.0.2.1"

    def syn(src, sport, dport, mss=None):
        c.add("right", IP(src=src, dst=fw) / TCP(sport=sport, dport=dport, flags="S", seq=1000,
                                                  options=[("MSS", mss)] if mss else []))
    # 81: a closed connection empties the list (its RST is dropped), then a SYN retransmitted on a
    # confirmed, not yet ASSURED entry is counted again rather than dropped
    a = "198.51.100.7"
    c.tcp("right", "local1", a, fw, 41000, 81, data=(), close="rst")
    c.wait(0.1)
    syn(a, 41001, 81, mss=1460)           # accepted before connlimit, confirmed
    c.wait(0.1)
    syn(a, 41001, 81)                     # again, without options: connlimit sees it
    # 82 (SYNs only): twelve open connections closed by RSTs connlimit never sees; one add prunes
    # all twelve (up to 64 a pass), so the next SYN counts 1
    b = "198.51.100.8"
    for i in range(12):
        c.tcp("right", "local1", b, fw, 42000 + i, 82, data=(), close=None)
    for i in range(12):
        c.add("right", IP(src=b, dst=fw) / TCP(sport=42000 + i, dport=82, flags="R", seq=1001))
    for i in range(3):
        c.wait(0.1)
        syn(b, 42100 + i, 82)
    # 83 (every TCP packet): the last ACK into TIME_WAIT and the RSTs of the next connection leave
    # the list empty: dropped; the connection after is counted afresh
    d = "198.51.100.9"
    c.tcp("right", "local1", d, fw, 43000, 83)
    c.wait(0.1)
    c.tcp("right", "local1", d, fw, 43001, 83, data=(), close=None)
    for i in range(3):
        c.add("right", IP(src=d, dst=fw) / TCP(sport=43001, dport=83, flags="R", seq=1001 + i))
    c.wait(0.1)
    c.tcp("right", "local1", d, fw, 43002, 83, data=(b"x",), close=None)
    # fw to itself over lo: confirmed in POSTROUTING before INPUT sees the SYN (not ASSURED yet:
    # counted); fw's own connections in OUTPUT (not confirmed yet) by destination; forwarded ones
    for i in range(3):
        c.tcp("local1", "local0", fw, "10.0.1.1", 50000 + i, 7000, data=(b"x",), close=None)
    c.tcp("local1", "local0", fw, "10.0.1.1", 50000, 7000, data=(b"y",), isn=2000, risn=6000)
    for i in range(3):
        c.tcp("local1", "right", fw, "93.184.216.34", 51000 + i, 443, data=(b"x",), close="fin" if i == 1 else None)
    c.wait(0.1)
    c.tcp("local1", "right", fw, "93.184.216.34", 51010, 443, data=(b"x",), close=None)
    for i in range(3):
        c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 52000 + i, 80, close="rst" if i == 0 else None)
    return Scenario("connlimit-conncount", rules, c.frames, about=(
        "nf_conncount as Linux 6.18 counts (tuples taken from the packet): a confirmed ASSURED "
        "connection's packet adds nothing but prunes its list, and when that leaves the list empty "
        "connlimit drops it (count 0); a confirmed, not ASSURED one (a retransmitted SYN, a SYN of "
        "fw to itself over lo) is checked and added; one add prunes up to 64 closed connections; "
        "fw's own and forwarded connections by destination"))


def refragment_reassembled():
    from scapy.layers.inet import IP, UDP, fragment
    from scapy.packet import Raw
    rules = ("*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
             ":POSTROUTING ACCEPT [0:0]\n"
             "-A PREROUTING -f\n-A PREROUTING -m conntrack --ctstate NEW\n-A FORWARD -f\n"
             "-A POSTROUTING -o eth0 -m length --length 0:999\n-A POSTROUTING -o eth0 -m length --length 1000:65535\n"
             "-A POSTROUTING -o eth1\nCOMMIT\n")
    c = Cap()
    a, b = "198.51.100.7", "192.168.1.10"
    # two fragments that would fit eth0 whole still leave as two
    for f in fragment(IP(src=a, dst=b, id=1) / UDP(sport=1001, dport=2001) / (b"a" * 300), fragsize=200):
        c.add("right", f)
    # 576 then 1200 bytes: the second does not fit eth0's 1000, so it is cut in pieces of 976
    d = bytes(IP(src=a, dst=b, id=2, proto=17) / UDP(sport=1002, dport=2002) / (b"b" * 1768))[20:]
    c.add("right", IP(src=a, dst=b, id=2, proto=17, flags="MF") / Raw(d[:576]))
    c.add("right", IP(src=a, dst=b, id=2, proto=17, frag=72) / Raw(d[576:]))
    # out of order, toward eth1 (1500): as they came
    frags = fragment(IP(src=a, dst="198.51.100.9", id=3) / UDP(sport=1003, dport=2003) / (b"c" * 2900), fragsize=1480)
    for f in reversed(frags):
        c.add("right", f)
    # fw's own fragments: gathered in OUTPUT, cut again on the way out
    for f in fragment(IP(src="10.0.1.1", dst=b, id=4) / UDP(sport=1004, dport=2004) / (b"d" * 900), fragsize=400):
        c.add("local0", f)
    return Scenario("refragment-reassembled", rules, c.frames, ip=["link set eth0 mtu 1000"], frames_out=True, about=(
        "A datagram conntrack reassembled leaves cut again by ip_fragment(), even when it would fit "
        "whole: as its fragments came when each fits the device (the frag_list), else in pieces of the "
        "MTU (eth0 set to 1000 here); POSTROUTING saw it whole; fw's own fragments alike"))


def ip_options():
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    mangle = ("PREROUTING", "INPUT", "FORWARD", "POSTROUTING")
    rules = ("*mangle\n" + "".join(f":{ch} ACCEPT [0:0]\n" for ch in mangle + ("OUTPUT",))
             + "".join(f"-A {ch} -p udp\n" for ch in mangle)
             + "-A FORWARD -d 10.0.1.1\n-A POSTROUTING -d 10.0.1.1\n-A POSTROUTING -d 10.0.2.2\n"
             + "-A POSTROUTING -d 198.51.100.9\n-A PREROUTING -m conntrack --ctstate NEW\nCOMMIT\n")
    c = Cap()

    def send(side, dst, opt, sport, src=None):
        src = src or ("192.168.1.10" if side == "left" else "198.51.100.7")
        c.add(side, IP(src=src, dst=dst, options=[Raw(opt)]) / UDP(sport=sport, dport=5000) / b"x")
    route = bytes([0x83, 7, 4]) + bytes([10, 0, 2, 2]) + b"\0"
    # malformed options are dropped after PREROUTING (with a parameter problem), forwarded or not
    for i, opt in enumerate((b"\x07\x07\x03\0\0\0\0\0", b"\x07\x27\x04\0", b"\x01\x01\x01\x07",
                             b"\x44\x08\x09\xf0\0\0\0\0", b"\x86\x0a\0\0\0\x01\x01\x04\0\0\0\0")):
        send("left", "198.51.100.9", opt, 40000 + i)
        send("left", "10.0.1.1", opt, 40100 + i)
    # well formed ones pass, recording fw's address: record route, a full timestamp option (its
    # overflow counted; one with room would get the time of day), one of another host's prespecified
    # address, router alert, unknown, NOPs, EOL (what follows it zeroed)
    for i, opt in enumerate((b"\x07\x07\x04\0\0\0\0\0", b"\x44\x08\x09\x00\0\0\0\0",
                             b"\x44\x0c\x05\x03\xc6\x33\x64\x01\0\0\0\0", b"\x94\x04\0\0", b"\x9e\x04\0\0",
                             b"\x01\x01\x01\x01", b"\x00\x07\x07\x07")):
        send("left", "198.51.100.9", opt, 40200 + i)
    # source routes: refused from eth1 (its accept_source_route is off); from eth0 a loose one
    # passes by, a strict one to another host is refused, and one addressed to fw goes on to its
    # next hop (the destination rewritten after FORWARD), a strict one only to an on-link hop
    send("right", "192.168.1.20", route, 41000)
    send("right", "10.0.2.1", route, 41001)
    send("left", "198.51.100.9", route, 40300)
    send("left", "198.51.100.9", bytes([0x89]) + route[1:], 40301)
    send("left", "10.0.1.1", route, 40302)
    send("left", "10.0.1.1", bytes([0x89]) + route[1:], 40303)
    send("left", "10.0.1.1", bytes([0x89, 7, 4, 198, 51, 100, 9]) + b"\0", 40304)
    send("left", "10.0.1.1", bytes([0x83, 11, 4, 10, 0, 2, 1, 198, 51, 100, 9]) + b"\0", 40305)  # via fw's other address
    return Scenario("ip-options", rules, c.frames, frames_out=True, sysctl={
        "net.ipv4.conf.all.accept_source_route": "1", "net.ipv4.conf.eth1.accept_source_route": "0"}, about=(
        "IPv4 header options, checked by ip_rcv_options() after PREROUTING and the route lookup: "
        "malformed ones dropped, well formed ones passed; source routes only where "
        "accept_source_route is on for all and the device: a loose one through fw passes, a strict "
        "one is refused, one addressed to fw is forwarded to its next hop (POSTROUTING sees that "
        "destination, FORWARD still fw's), a strict one only when that hop is on-link"))


ALL = ([ufw, ufw_capture_quirks, fail2ban, csf, hardened_server, ddos_hardening, firewalld, synproxy]
       + handwritten_rulesets_routers.ALL + handwritten_rulesets_containers.ALL
       + [connlimit_conncount, refragment_reassembled, ip_options])
