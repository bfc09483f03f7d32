"""Hand-written scenarios that replay traffic through the real-world rulesets of tests/rulesets/:
each ruleset is taken as it is, but for the interfaces it names, renamed to the lab's eth0 (left,
192.168.0.0/16) and eth1 (right, the default route) so that its rules apply; their folders are
written by `python -m tests.kernel.handwritten` (rules.v4 there is the adapted copy)."""
from __future__ import annotations

import os
import re

from .capture import Cap, Scenario

RULESETS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rulesets")


def adapted(name, ifaces=()):
    """tests/rulesets/NAME.rules with the interfaces its -i/-o name renamed ({old: new})."""
    with open(os.path.join(RULESETS, name + ".rules")) as f:
        text = f.read()
    ifaces = dict(ifaces)
    if ifaces:   # one pass, so that eth0 and eth1 may swap
        names = "|".join(re.escape(old) for old in ifaces)
        text = re.sub(rf"(-[io] )({names})(?=\s)", lambda m: m.group(1) + ifaces[m.group(2)], text)
    note = ", ".join(f"{old} -> {new}" for old, new in ifaces.items())
    return (f"# tests/rulesets/{name}.rules" + (f", interfaces renamed: {note}" if note else "") + "\n" + text)


def via_left(net, table=100):
    """ip lines that route `net` to the left wire (a subnet the ruleset puts behind eth0)."""
    return [f"route add {net} via 10.0.1.2 dev eth0 table {table}", f"rule add to {net} table {table}"]


def docker_host():
    rules = adapted("docker-host", {"docker0": "eth0"})
    c = Cap()
    # a published port: 8080 on any local address goes to the container's 80
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), ("10.0.2.1", 8080), ("left", "172.17.0.2", 80),
                       ("198.51.100.7", 41000), (b"GET / HTTP/1.0\r\n\r\n", b"x"), close=True)
    c.nat_conversation("tcp", ("right", "203.0.113.9", 41001), ("10.0.1.1", 8080), ("left", "172.17.0.2", 80),
                       ("203.0.113.9", 41001), (b"GET /a HTTP/1.0\r\n\r\n", b"y"))
    # not published: FORWARD's DOCKER chain has nothing for it, the policy drops
    c.tcp("right", "left", "198.51.100.7", "172.17.0.2", 41002, 22, answer=False)
    c.tcp("right", "left", "198.51.100.7", "172.17.0.3", 41003, 80, answer=False)
    # the containers go out masqueraded (the answers come back to fw's address)
    c.nat_conversation("tcp", ("left", "172.17.0.2", 42000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       ("10.0.2.1", 42000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", "172.17.0.3", 42001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53),
                       ("10.0.2.1", 42001), (b"query", b"answer"))
    c.ping("left", "right", "172.17.0.2", "1.1.1.1", 77, reply_to="10.0.2.1")
    # a container to the host's published port: DOCKER returns for docker0, INPUT (nobody listens)
    c.tcp("left", "local0", "172.17.0.3", "10.0.1.1", 42002, 8080, answer=False)
    # other hosts on the left are forwarded (docker0 to elsewhere) without NAT
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 42003, 80)
    c.udp("right", "left", "8.8.8.8", "192.168.1.10", 53, 42004, resp=None)
    # fw's own traffic: out, and to its own published port (nat OUTPUT DNATs it to the container)
    c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 50000, 53)
    c.nat_conversation("tcp", ("local1", "10.0.2.1", 50001), ("10.0.2.1", 8080), ("left", "172.17.0.2", 80),
                       ("10.0.2.1", 50001), (b"GET /self HTTP/1.0\r\n\r\n", b"z"))
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50002, 443)
    return Scenario("ruleset-docker-host", rules, c.frames, ip=via_left("172.17.0.0/16"), frames_out=True, about=(
        "tests/rulesets/docker-host.rules (docker0 as eth0, its 172.17.0.0/16 routed there): a published "
        "port DNATed from every local address (from outside and from fw itself through nat OUTPUT), "
        "unpublished ports dropped by FORWARD's policy, containers masqueraded out, the isolation chains "
        "returning, a container to the host's port left to INPUT"))


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
    from scapy.layers.inet import IP, TCP, UDP, fragment
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
    c.add("right", IP(src="198.51.100.7", dst="10.0.2.1") / ICMP_TS())
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


def ICMP_TS():
    from scapy.layers.inet import ICMP
    return ICMP(type=13, id=5, seq=1)


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
        c.add("right", IP(src=cli, dst=srv) / UDP(sport=44001, dport=27015) / Raw(b"\xff\xff\xff\xffTSource Engine Query\x00"),
              gap=0.001)
    c.add("right", IP(src="198.51.100.8", dst=srv) / UDP(sport=44002, dport=27015) / Raw(b"\xff\xff\xff\xffgetchallenge 00"))
    c.add("right", IP(src="198.51.100.8", dst=srv) / UDP(sport=44003, dport=27015) / Raw(b"\x01\x02\x03\x04 play 0000000"))
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


# -- focused scenarios for what the rulesets showed ------------------------------------------------
def connlimit_conncount():
    from scapy.layers.inet import IP, TCP
    rules = ("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
             "-A INPUT -p tcp -m tcp --dport 81 -m length --length 44 -j ACCEPT\n"
             "-A INPUT -p tcp -m tcp --dport 81 -m connlimit --connlimit-above 5 -j DROP\n"
             "-A INPUT -p tcp -m tcp --dport 82 --tcp-flags FIN,SYN,RST,ACK SYN -m connlimit --connlimit-above 2 -j DROP\n"
             "-A INPUT -p tcp -m tcp --dport 83 -m connlimit --connlimit-above 111 -j DROP\n"
             "-A INPUT -p tcp -m tcp --tcp-flags RST RST\n"
             "-A INPUT -p tcp\n"
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
    return Scenario("connlimit-conncount", rules, c.frames, about=(
        "nf_conncount as Linux 6.18 counts (tuples taken from the packet): a confirmed ASSURED "
        "connection's packet adds nothing but prunes its list, and when that leaves the list empty "
        "connlimit drops it (count 0); a confirmed, not ASSURED one is checked and added; one add "
        "prunes up to 64 closed connections"))


ALL = [docker_host, ufw, fail2ban, csf, hardened_server, ddos_hardening, connlimit_conncount]
