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


def openwrt():
    from scapy.contrib.igmp import IGMP
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    rules = adapted("openwrt", {"br-lan": "eth0"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # lan to wan: masqueraded, SYNs clamped to the path MTU's MSS
    c.nat_conversation("tcp", ("left", "192.168.1.10", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.add("left", IP(src="192.168.1.11", dst="93.184.216.34") / TCP(sport=40001, dport=80, flags="S", seq=5,
                                                                     options=[("MSS", 9000)]))
    c.nat_conversation("udp", ("left", "192.168.1.10", 40002), ("8.8.8.8", 53), ("right", "8.8.8.8", 53),
                       (wan, 40002), (b"q", b"a"))
    c.ping("left", "right", "192.168.1.12", "1.1.1.1", 21, reply_to=wan)
    # the port forward from the wan, and its reflection for lan hosts
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), (wan, 2222), ("left", "192.168.1.20", 22),
                       ("198.51.100.7", 41000), (b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"), close=True)
    c.nat_conversation("tcp", ("left", "192.168.1.10", 40003), ("198.51.100.2", 2222), ("left", "192.168.1.20", 22),
                       ("192.168.1.1", 40003), (b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    # wan to lan, not forwarded: zone_wan_dest_REJECT (tcp-reset, port-unreachable); ESP and ISAKMP pass
    c.tcp("right", "left", "198.51.100.7", "192.168.1.10", 41001, 445, answer=False)
    c.udp("right", "left", "198.51.100.7", "192.168.1.10", 41002, 161, b"x", None)
    c.udp("right", "left", "198.51.100.7", "192.168.1.10", 500, 500, b"isakmp", b"isakmp")
    c.add("right", IP(src="198.51.100.7", dst="192.168.1.10", proto=50) / Raw(bytes(range(24))))
    # fw itself from the wan: ping, DHCP renewal and IGMP accepted, the rest through syn_flood to reject
    c.ping("right", "local1", "198.51.100.7", wan, 22)
    c.udp("right", "local1", "10.0.2.2", wan, 67, 68, b"dhcp ack", None)
    c.add("right", IP(src="10.0.2.2", dst=wan) / IGMP(type=0x16, gaddr="239.1.1.1"))
    c.tcp("right", "local1", "198.51.100.7", wan, 41003, 80, answer=False)
    c.udp("right", "local1", "198.51.100.7", wan, 41004, 53, b"q", None)
    # fw from the lan: everything NEW accepted; fw's own traffic out either side
    c.tcp("left", "local0", "192.168.1.10", lan, 40004, 80)
    c.udp("left", "local0", "192.168.1.10", lan, 40005, 53, b"q", b"a")
    c.udp("local1", "right", wan, "8.8.8.8", 50000, 53)
    c.tcp("local1", "right", wan, "93.184.216.34", 50001, 443)
    c.ping("local0", "left", lan, "192.168.1.10", 23)
    # INVALID toward the wan is not let out (NAT leakage), a stray ACK is NEW and masqueraded
    c.add("left", IP(src="192.168.1.10", dst="93.184.216.34") / TCP(sport=40006, dport=443, flags="SF", seq=9))
    c.add("left", IP(src="192.168.1.10", dst="93.184.216.34") / TCP(sport=40007, dport=443, flags="A", seq=9, ack=3))
    return Scenario("ruleset-openwrt", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/openwrt.rules (br-lan as eth0, eth1 its wan): lan to wan masqueraded with MSS "
        "clamping, the wan port forward to 192.168.1.20:22 and its reflection for lan hosts (DNAT and "
        "SNAT back out the lan), wan to lan refused by the reject chain but for ESP and ISAKMP, fw's "
        "wan input (ping, DHCP, IGMP accepted; syn_flood then reject), lan input, fw's own traffic, "
        "INVALID dropped before leaving by the wan"))


def edgeos_router():
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    # EdgeOS's eth0 is its wan, eth1 its lan (192.168.1.0/24), pppoe0 its uplink: the lab's eth1,
    # eth0 and eth1
    rules = adapted("edgeos-router", {"eth0": "eth1", "eth1": "eth0", "pppoe0": "eth1"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # lan out: masqueraded by SRC-NAT-5000, the answers RETURN in WAN_IN as ESTABLISHED
    c.nat_conversation("tcp", ("left", "192.168.1.20", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.add("left", IP(src="192.168.1.21", dst="93.184.216.34") / TCP(sport=40001, dport=80, flags="S", seq=5,
                                                                     options=[("MSS", 1460)]))
    c.nat_conversation("udp", ("left", "192.168.1.20", 40002), ("8.8.8.8", 53), ("right", "8.8.8.8", 53),
                       (wan, 40002), (b"q", b"a"))
    # the port forward (to an address fw does not even own) and what WAN_IN lets through
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), ("203.0.113.9", 443), ("left", "192.168.1.10", 443),
                       ("198.51.100.7", 41000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.tcp("right", "left", "198.51.100.7", "192.168.1.10", 41001, 443, answer=False)     # not DNATed: NEW to it
    c.tcp("right", "left", "198.51.100.7", "192.168.1.20", 41002, 22, answer=False)      # logged and dropped
    c.add("right", IP(src="198.51.100.7", dst="192.168.1.20") / TCP(sport=41003, dport=80, flags="SF", seq=1))
    c.udp("right", "left", "198.51.100.7", "192.168.1.20", 4500, 4500, b"nat-t", None)   # the ipsec hook
    # hairpin: a lan host to the wan address's 443 goes back to the server, masqueraded
    c.nat_conversation("tcp", ("left", "192.168.1.20", 40003), (wan, 443), ("left", "192.168.1.10", 443),
                       (lan, 40003), (b"\x16\x03\x01", b"\x16\x03\x03"))
    # WAN_LOCAL: ssh brute force (4 NEW in 60 s), IKE, ESP, the ping limit, the rest dropped
    for i in range(5):
        c.tcp("right", "local1", "203.0.113.50", wan, 41100 + i, 22, data=(), close="rst")
    c.udp("right", "local1", "198.51.100.7", wan, 500, 500, b"ike", None)
    c.add("right", IP(src="198.51.100.7", dst=wan, proto=50) / Raw(bytes(range(24))))
    for i in range(12):
        c.ping("right", "local1", "198.51.100.7", wan, 30 + i, reply=False)
    c.tcp("right", "local1", "198.51.100.7", wan, 41200, 80, answer=False)
    # helpers assigned in raw: a passive FTP session through fw, its data connection RELATED
    c.tcp("left", "right", "192.168.1.20", "198.51.100.30", 40004, 21, reply_to=wan, close=None,
          data=(b"PASV\r\n", b"227 Entering Passive Mode (198,51,100,30,195,80).\r\n"))
    c.nat_conversation("tcp", ("left", "192.168.1.20", 40010), ("198.51.100.30", 50000),
                       ("right", "198.51.100.30", 50000), (wan, 40010), (b"LIST", b"-rw- file"), close=True)
    # fw's own traffic, and from the lan to fw
    c.udp("local1", "right", wan, "8.8.8.8", 50000, 53)
    c.tcp("local0", "left", lan, "192.168.1.20", 50001, 22)
    c.tcp("left", "local0", "192.168.1.20", lan, 40005, 80)
    return Scenario("ruleset-edgeos-router", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/edgeos-router.rules (its wan eth0 and pppoe0 as the lab's eth1, its lan eth1 as "
        "eth0): lan traffic masqueraded out with MSS clamping, the https port forward through WAN_IN, "
        "WAN_IN's log and drop, the lan hairpin to the wan address, WAN_LOCAL's ssh brute-force recent, "
        "IKE/ESP, ping limit and default drop, the raw CT helpers on an FTP control connection"))


def wireguard():
    from scapy.layers.inet import IP, TCP
    # the server's peers (wg1, 10.8.0.0/24) on the left wire, its uplink (eth0) the right one
    rules = adapted("wireguard", {"wg1": "eth0", "eth0": "eth1"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # peers out to the internet: accepted from wg1, masqueraded, the answers ESTABLISHED; the SYN-ACK
    # toward wg1 gets its MSS set
    c.nat_conversation("tcp", ("left", "10.8.0.2", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", "10.8.0.3", 40001), ("1.1.1.1", 443), ("right", "1.1.1.1", 443),
                       (wan, 40001), (b"quic", b"quic"))
    c.ping("left", "right", "10.8.0.2", "1.1.1.1", 5, reply_to=wan)
    # peer to peer goes through FORWARD -i wg1 ACCEPT before the REJECT rule
    c.ping("left", "left", "10.8.0.2", "10.8.0.3", 6)
    # the peers' DNS is redirected to fw's 5353; the uplink's to 10.8.0.1 (a peer here: dropped by FORWARD)
    c.nat_conversation("udp", ("left", "10.8.0.2", 40002), ("10.8.0.1", 53), ("local0", lan, 5353),
                       ("10.8.0.2", 40002), (b"q", b"a"))
    c.udp("right", "left", "198.51.100.7", wan, 41000, 53, b"q", None)
    # the tunnel's own port, and what else arrives from the uplink
    c.udp("right", "local1", "198.51.100.7", wan, 41001, 51820, b"\x01\x00\x00\x00handshake", None)
    c.tcp("right", "left", "198.51.100.7", "10.8.0.2", 41002, 22, answer=False)
    c.add("right", IP(src="198.51.100.7", dst="10.66.66.2") / TCP(sport=41003, dport=80, flags="S"))  # raw DROP
    c.udp("local1", "right", wan, "10.66.66.2", 50000, 53, resp=None)                                  # local: not
    # fw's own traffic
    c.udp("local1", "right", wan, "8.8.8.8", 50001, 53)
    c.tcp("local1", "right", wan, "93.184.216.34", 50002, 443)
    return Scenario("ruleset-wireguard", rules, c.frames, ip=via_left("10.8.0.0/24"), frames_out=True, about=(
        "tests/rulesets/wireguard.rules (the server's wg1 as eth0 with its 10.8.0.0/24 routed there, its "
        "uplink eth0 as eth1): peers masqueraded out, SYN-ACKs toward them MSS-set, peer to peer "
        "accepted before the REJECT, the peers' DNS REDIRECTed to fw and the uplink's DNATed to a peer "
        "then dropped, wg-quick's raw rule dropping what is for 10.66.66.2 from elsewhere but fw, the "
        "CONNMARK restore on UDP"))


def tailscale():
    from scapy.layers.inet import IP, TCP
    # tailscale0 is the left wire (the tailnet 100.64.0.0/10 routed there); eth0 and eth1 stay
    rules = adapted("tailscale", {"tailscale0": "eth0"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # from the tailnet out: marked 0x40000 in ts-forward, accepted, masqueraded by the mark
    c.nat_conversation("tcp", ("left", "100.101.1.2", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", "100.101.1.2", 40001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53),
                       (wan, 40001), (b"q", b"a"))
    c.add("left", IP(src="100.101.1.3", dst="93.184.216.34") / TCP(sport=40002, dport=80, flags="S", seq=1,
                                                                    options=[("MSS", 1400)]))
    # toward the tailnet: a CGNAT source is dropped, others accepted, the SYN clamped
    c.tcp("right", "left", "100.70.0.9", "100.101.1.2", 41000, 22, answer=False)
    c.tcp("right", "left", "198.51.100.7", "100.101.1.2", 41001, 22, mss=1460)
    # fw itself: tailnet in, the tailscale port, CGNAT sources from elsewhere dropped, the ping limit
    c.tcp("left", "local0", "100.101.1.2", lan, 40003, 8080)
    c.udp("right", "local1", "198.51.100.7", wan, 41002, 41641, b"disco", None)
    c.udp("right", "local1", "100.115.92.7", wan, 41003, 9, b"x", None)           # RETURNs, then policy
    c.tcp("right", "local1", "100.80.0.1", wan, 41004, 22, answer=False)           # dropped in ts-input
    c.tcp("right", "local1", "198.51.100.7", wan, 41005, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.tcp("right", "local1", "198.51.100.7", wan, 41006, 80, answer=False)          # INPUT policy
    for i in range(8):
        c.ping("right", "local1", "198.51.100.7", wan, 50 + i, reply=False)
    # fw's own traffic and its answers
    c.udp("local1", "right", wan, "8.8.8.8", 50000, 53)
    c.tcp("local0", "left", lan, "100.101.1.2", 50001, 22)
    return Scenario("ruleset-tailscale", rules, c.frames, ip=via_left("100.64.0.0/10"), frames_out=True, about=(
        "tests/rulesets/tailscale.rules (tailscale0 as eth0, the tailnet routed there): traffic from the "
        "tailnet marked in ts-forward and masqueraded by that mark, CGNAT sources from elsewhere dropped "
        "toward the tailnet and in ts-input, 100.115.92.0/23 returning to INPUT, MSS clamping both "
        "ways, the ping limit, the INPUT policy"))


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


def libvirt():
    rules = adapted("libvirt", {"virbr0": "eth0"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    vm, vm2 = "192.168.122.10", "192.168.122.11"
    # the VMs out: masqueraded (ports kept: 1024-65535), the answers let back in
    c.nat_conversation("tcp", ("left", vm, 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", vm, 40001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53), (wan, 40001), (b"q", b"a"))
    c.ping("left", "right", vm, "1.1.1.1", 9, reply_to=wan)
    # VM to VM through fw, and to fw's dnsmasq
    c.tcp("left", "left", vm, vm2, 40002, 22)
    c.udp("left", "local0", vm, lan, 40003, 53, b"q", b"a")
    c.udp("left", "local0", vm, lan, 68, 67, b"dhcp discover", b"dhcp offer")      # the offer: CHECKSUM
    # a foreign source on virbr0, and new connections toward the VMs: rejected
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40004, 80, answer=False)
    c.tcp("right", "left", "198.51.100.7", vm, 41000, 22, answer=False)
    c.udp("right", "left", "198.51.100.7", vm, 41001, 53, b"q", None)
    # fw's own traffic
    c.udp("local1", "right", wan, "8.8.8.8", 50000, 53)
    c.tcp("local0", "left", lan, vm, 50001, 22)
    return Scenario("ruleset-libvirt", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/libvirt.rules (virbr0 as eth0): the NAT network's VMs masqueraded out with their "
        "ports kept, answers back in, VM to VM, dnsmasq's DNS and DHCP (the offer through CHECKSUM), a "
        "foreign source and new connections toward the VMs rejected"))


def neutron_l3_agent():
    from scapy.layers.inet import IP, TCP
    # the router's gateway port qg-... is the right wire, its internal ports qr-... the left one,
    # where its tenant network 10.0.0.0/24 is routed
    rules = adapted("neutron-l3-agent", {"qg-7a1c2e3d-4f": "eth1", "qr-0b9e8d7c-6a": "eth0", "qr-+": "eth0"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # floating IPs: DNATed in, marked 0x2 and scoped, the connmark saved on the way back out
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), ("172.24.4.231", 22), ("left", "10.0.0.5", 22),
                       ("198.51.100.7", 41000), (b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"), close=True)
    c.nat_conversation("udp", ("right", "198.51.100.7", 41001), ("172.24.4.187", 53), ("left", "10.0.0.17", 53),
                       ("198.51.100.7", 41001), (b"q", b"a"))
    c.nat_conversation("tcp", ("right", "203.0.113.9", 41002), ("172.24.4.187", 80), ("left", "10.0.0.17", 80),
                       ("203.0.113.9", 41002), (b"GET / HTTP/1.0\r\n\r\n", b"HTTP/1.0 200 OK\r\n"))
    c.ping("right", "left", "198.51.100.7", "172.24.4.231", 3, reply_to="198.51.100.7")
    # the metadata service: REDIRECTed to the proxy's 9697 and marked 0x1 for INPUT
    c.nat_conversation("tcp", ("left", "10.0.0.5", 40000), ("169.254.169.254", 80), ("local0", lan, 9697),
                       ("10.0.0.5", 40000), (b"GET /latest/meta-data HTTP/1.0\r\n\r\n", b"HTTP/1.0 200 OK\r\n"))
    c.tcp("right", "local1", "198.51.100.7", wan, 41003, 9697, answer=False)      # the proxy's port: DROP
    # inside the tenant network, and from elsewhere to it without a floating IP (scope mark set anyway)
    c.ping("left", "left", "10.0.0.5", "10.0.0.17", 4)
    c.tcp("right", "left", "198.51.100.7", "10.0.0.5", 41004, 22, answer=False)
    c.add("right", IP(src="198.51.100.7", dst="10.0.0.17") / TCP(sport=41005, dport=80, flags="A", seq=1, ack=1))
    # fw's own traffic, toward the tenant network only (out of the gateway port, or to a floating
    # IP, it would be SNATed --random-fully)
    c.tcp("local0", "left", lan, "10.0.0.5", 50001, 22)
    return Scenario("ruleset-neutron-l3-agent", rules, c.frames, ip=via_left("10.0.0.0/24"), frames_out=True, about=(
        "tests/rulesets/neutron-l3-agent.rules (the gateway port as eth1, the internal ports as eth0 "
        "with 10.0.0.0/24 routed there): floating IPs DNATed in, marks 0x2 and the address scope "
        "0x4000000/0xffff0000 set in mangle, the connmark saved and restored with its masks, the "
        "metadata service REDIRECTed and accepted by its mark, the proxy's port dropped from elsewhere"))


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


def kube_proxy():
    from scapy.layers.inet import IP, TCP
    # the pod network 10.244.0.0/16 on the left wire; only services with one endpoint are used (the
    # web service picks one of two at random) and only pod sources (others get MASQUERADE --random-fully)
    rules = adapted("kube-proxy")
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    pod = "10.244.1.5"
    c.nat_conversation("udp", ("left", pod, 40000), ("10.96.0.10", 53), ("left", "10.244.0.3", 53), (pod, 40000),
                       (b"q", b"a"))
    c.nat_conversation("tcp", ("left", pod, 40001), ("10.96.0.10", 53), ("left", "10.244.0.3", 53), (pod, 40001),
                       (b"\x00\x01q", b"\x00\x01a"), close=True)
    c.nat_conversation("tcp", ("left", pod, 40002), ("10.96.0.1", 443), ("left", "192.168.49.2", 8443), (pod, 40002),
                       (b"\x16\x03\x01", b"\x16\x03\x03"))
    # a service without endpoints: REJECTed in FORWARD and in OUTPUT
    c.tcp("left", "right", pod, "10.96.44.12", 40003, 80, answer=False)
    c.tcp("local1", "right", wan, "10.96.44.12", 50000, 80, answer=False)
    # pods out to the world (no SNAT rule for them here), the answers accepted by KUBE-FORWARD
    c.tcp("left", "right", pod, "93.184.216.34", 40004, 443)
    c.add("left", IP(src=pod, dst="93.184.216.34") / TCP(sport=40005, dport=443, flags="SF", seq=1))   # INVALID
    # fw itself: a NodePort of the random service is not asked; other local traffic
    c.tcp("right", "local1", "198.51.100.7", wan, 41000, 22)
    c.udp("local1", "right", wan, "8.8.8.8", 50001, 53)
    return Scenario("ruleset-kube-proxy", rules, c.frames, ip=via_left("10.244.0.0/16"), frames_out=True, about=(
        "tests/rulesets/kube-proxy.rules (the pod network routed to eth0): ClusterIP services with one "
        "endpoint DNATed for pods (no masquerade mark), a service without endpoints REJECTed in FORWARD "
        "and OUTPUT, INVALID dropped and answers accepted by KUBE-FORWARD, fw's own traffic through "
        "KUBE-SERVICES and KUBE-FIREWALL"))


def istio_sidecar():
    rules = adapted("istio-sidecar")
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # inbound TCP REDIRECTed to envoy's 15006 (fw's own stack answers as envoy), but its own ports
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), (wan, 8080), ("local1", wan, 15006),
                       ("198.51.100.7", 41000), (b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"), close=True)
    c.nat_conversation("tcp", ("left", "10.0.1.2", 40000), (lan, 9000), ("local0", lan, 15006),
                       ("10.0.1.2", 40000), (b"x", b"y"))
    c.tcp("right", "local1", "198.51.100.7", wan, 41001, 15090, data=(b"GET /stats", b"ok"))
    # the app's outbound TCP (root, not envoy's 1337) REDIRECTed to 15001 over lo; envoy answers there
    c.nat_conversation("tcp", ("local1", wan, 50000), ("93.184.216.34", 443), ("local1", "127.0.0.1", 15001),
                       (wan, 50000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.tcp("local0", "left", lan, "192.168.1.50", 50001, 5432)          # excluded ports: straight out
    c.tcp("local1", "local1", wan, lan, 50002, 8080, answer=False)     # to itself over lo: RETURN
    # DNS: to the cluster resolver REDIRECTed to 15053 in conntrack zone 2; answers to port 53
    # queries come back in zone 1 (raw PREROUTING --sport 53), which knows nothing of them
    c.nat_conversation("udp", ("local1", wan, 50003), ("10.96.0.10", 53), ("local1", "127.0.0.1", 15053),
                       (wan, 50003), (b"q", b"a"))
    c.udp("local1", "right", wan, "8.8.8.8", 50004, 53)
    c.nat_conversation("tcp", ("local1", wan, 50005), ("10.96.0.10", 53), ("local1", "127.0.0.1", 15053),
                       (wan, 50005), (b"\x00\x01q", b"\x00\x01a"))
    c.udp("right", "local1", "198.51.100.7", wan, 41002, 5000, b"udp in", None)
    return Scenario("ruleset-istio-sidecar", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/istio-sidecar.rules (no interface but lo): inbound TCP REDIRECTed to 15006 "
        "except envoy's own ports, fw's outbound TCP REDIRECTed to 15001 and answered over lo, the "
        "excluded ports and lo traffic RETURNing, DNS to the cluster resolver REDIRECTed to 15053 in "
        "CT zone 2, answers from port 53 put in zone 1 by raw PREROUTING"))


def openvpn_as():
    # the VPN's tunnels as0t+ on the left wire (its 172.27.224.0/20 routed there), eth0 its uplink
    rules = adapted("openvpn-as", {"as0t+": "eth0", "eth0": "eth1"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    alice, ops, bob = "172.27.232.2", "172.27.232.3", "172.27.232.9"
    # alice (mark 0x2000000) may reach 192.168.10.20:22 (mark 0x8000000, SNATed only out of eth1);
    # .21 is not hers. ops' mark 0x2000001 matches alice's --mark 0x2000000/0x2000000 first
    c.nat_conversation("tcp", ("left", alice, 40000), ("192.168.10.20", 22), ("left", "192.168.10.20", 22),
                       (alice, 40000), (b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.tcp("left", "left", alice, "192.168.10.21", 40001, 22, answer=False)
    c.tcp("left", "left", ops, "192.168.10.21", 40002, 3389)
    # bob has no rule: the default AS0_IN, NATed to the internet (SNAT to the server's public address)
    c.nat_conversation("tcp", ("left", bob, 40003), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       ("203.0.113.7", 40003), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    # DNS from the tunnel: the VPN's resolver and 8.8.8.8 allowed, others dropped
    c.udp("left", "right", bob, "8.8.8.8", 40004, 53, b"q", None)
    c.udp("left", "right", bob, "1.1.1.1", 40005, 53, b"q", None)
    c.udp("left", "local0", bob, "172.27.224.1", 40006, 53, b"q", None)
    # the server's public ports; what else comes from the uplink; client to client
    c.udp("right", "local1", "198.51.100.7", "203.0.113.7", 41000, 1194, b"\x38openvpn", None)
    c.tcp("right", "left", "198.51.100.7", bob, 41001, 22, answer=False)
    c.ping("left", "left", bob, alice, 7, reply=False)
    # fw's own traffic into the tunnel: redirects dropped, the rest accepted
    c.ping("local0", "left", lan, bob, 8, reply=False)
    q = c.udp("left", "local0", bob, lan, 40007, 9, b"x", None)
    c.icmp_error("local0", lan, q, type=5, code=1)
    return Scenario("ruleset-openvpn-as", rules, c.frames, ip=via_left("172.27.224.0/20") + ["route add 192.168.10.0/24 via 10.0.1.2 dev eth0 table 100"],
                    frames_out=True, about=(
        "tests/rulesets/openvpn-as.rules (the tunnels as0t+ as eth0, 172.27.224.0/20 and 192.168.10.0/24 "
        "routed there, its uplink as eth1): per-user marks set in mangle, -g into the users' chains, "
        "the NAT mark and SNAT to the public address, the route mark without NAT, the DNS policy, "
        "client to client, redirects fw sends into the tunnel dropped"))


def aws_vpc_cni():
    # the primary ENI eth0 is the right wire; the pods' eni+ veths the left one (the VPC 192.168.0.0/16)
    rules = adapted("aws-vpc-cni", {"eth0": "eth1", "eni+": "eth0"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # to the node on the primary ENI: connmark 0x80 (--limit-iface-in: only eth1's own address)
    c.tcp("right", "local1", "198.51.100.7", wan, 41000, 10250, data=(b"GET /healthz", b"ok"))
    c.tcp("right", "local0", "198.51.100.7", lan, 41001, 10250, answer=False)
    # pods: outside the VPC -> connmark 0x80 restored to the mark; inside the VPC nothing
    c.tcp("left", "local0", "192.168.5.10", lan, 40000, 10250)
    c.tcp("left", "left", "192.168.5.10", "192.168.9.20", 40001, 8080)
    c.udp("left", "left", "192.168.5.10", "192.168.9.20", 40002, 53, b"q", b"a")
    # fw's own traffic into the VPC
    c.udp("local0", "left", lan, "192.168.9.20", 50000, 53)
    return Scenario("ruleset-aws-vpc-cni", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/aws-vpc-cni.rules (its primary ENI eth0 as eth1, the pods' eni+ as eth0): "
        "addrtype --limit-iface-in marking connections to the ENI's own address, CONNMARK set and "
        "restored under the 0x80 mask for pod traffic leaving the VPC CIDR, none inside it (traffic "
        "that would be SNATed --random-fully is not sent)"))


def router_qos():
    from scapy.layers.inet import IP, TCP, UDP
    from scapy.packet import Raw
    # lan0 is the left wire, wan1 (and the wan+ wildcard) the right one; wan2 and tun0 stay absent
    rules = adapted("router-qos", {"lan0": "eth0", "wan1": "eth1", "wan+": "eth1"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # new lan connections alternate between uplink marks 1 and 2 (statistic nth): mark 1 is SNATed
    # to wan1's address, mark 2 would leave by wan2 and is not; the connmark keeps it
    c.nat_conversation("tcp", ("left", "192.168.1.10", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       ("198.51.100.10", 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40001, 22, data=(b"SSH-2.0-c\r\n", b"SSH-2.0-s\r\n"))
    c.nat_conversation("udp", ("left", "192.168.1.11", 40002), ("198.51.100.40", 5060), ("right", "198.51.100.40", 5060),
                       ("198.51.100.10", 40002), (b"INVITE sip:x SIP/2.0", b"SIP/2.0 100 Trying"))
    c.udp("left", "right", "192.168.1.11", "198.51.100.40", 40003, 5061, b"sip over tls?", b"no")
    c.add("left", IP(src="192.168.1.12", dst="198.51.100.41", tos=0x08) / UDP(sport=40004, dport=9000) / b"bulk")
    c.add("left", IP(src="192.168.1.12", dst="198.51.100.41", tos=0xb8) / UDP(sport=40005, dport=9001) / b"voice")
    c.add("left", IP(src="192.168.1.13", dst="93.184.216.34") / TCP(sport=40006, dport=80, flags="SEC", seq=1,
                                                                     options=[("MSS", 1460)]))
    # the lan's DNS is REDIRECTed to fw; TFTP gets its helper in raw
    c.nat_conversation("udp", ("left", "192.168.1.10", 40007), ("8.8.8.8", 53), ("local0", lan, 53),
                       ("192.168.1.10", 40007), (b"q", b"a"))
    c.udp("left", "right", "192.168.1.10", "198.51.100.50", 40008, 69, b"\x00\x01file\x00octet\x00", None)
    # lan to lan on 8000-8100: NFQUEUE, bypassed without a listener
    c.tcp("left", "left", "192.168.1.10", "192.168.2.20", 40009, 8080)
    # from the wan: ESP by its SPI, an HTTP request out of nowhere dropped by u32, the rest to the policy
    c.add("right", IP(src="198.51.100.60", dst="192.168.1.10", proto=50) / Raw((300).to_bytes(4, "big") + bytes(20)))
    c.add("right", IP(src="198.51.100.60", dst="192.168.1.10", proto=50) / Raw((3000).to_bytes(4, "big") + bytes(20)))
    c.add("right", IP(src="198.51.100.60", dst="192.168.1.10") / TCP(sport=41000, dport=80, flags="PA", seq=1, ack=1)
          / Raw(b"GET / HTTP/1.0\r\n\r\n"))
    c.tcp("right", "left", "198.51.100.60", "192.168.1.10", 41001, 22, answer=False)
    # fw itself: syslog to NFLOG; fw's own traffic out
    c.udp("left", "local0", "192.168.1.10", lan, 40010, 514, b"<13>hello", None)
    c.udp("local1", "right", wan, "8.8.8.8", 50000, 53)
    return Scenario("ruleset-router-qos", rules, c.frames, ip=via_left("192.168.2.0/24", 101), frames_out=True, about=(
        "tests/rulesets/router-qos.rules (lan0 as eth0, wan1 and wan+ as eth1): new lan connections "
        "alternately marked for two uplinks by statistic nth (only wan1's SNATed), the connmark "
        "restored for the rest of each, FORWARD's connmark and quota rules, the QOS chain's DSCP, TOS "
        "and CLASSIFY by dscp/tos/length/ecn, MSS set on SYNs out, DNS REDIRECTed, raw CT helpers, "
        "NFQUEUE bypassed, ESP by SPI, u32 dropping a stray HTTP request, NFLOG on syslog"))


def docker_swarm():
    from scapy.layers.inet import IP, TCP
    # docker_gwbridge (172.18.0.0/16, where the ingress sandbox lives) on the left wire, eth0 (the
    # uplink) the right one; docker0 and the user bridge br-5e1f0a7c3b9d are absent
    rules = adapted("docker-swarm", {"docker_gwbridge": "eth0", "eth0": "eth1"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # the routing mesh: published ports DNATed to the ingress sandbox from outside and from fw
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), (wan, 80), ("left", "172.18.0.2", 80),
                       ("198.51.100.7", 41000), (b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"), close=True)
    c.nat_conversation("udp", ("right", "198.51.100.7", 41001), (wan, 514), ("left", "172.18.0.2", 514),
                       ("198.51.100.7", 41001), (b"<13>log", b""))
    c.nat_conversation("tcp", ("local1", wan, 50000), (wan, 8443), ("left", "172.18.0.2", 8443),
                       (lan, 50000), (b"\x16\x03\x01", b"\x16\x03\x03"))
    # 5432 is published on the user bridge: DOCKER-USER lets only 198.51.100.0/24 reach it (by the
    # connection's original source and port), with -i eth1
    c.add("right", IP(src="198.51.100.8", dst=wan) / TCP(sport=41002, dport=5432, flags="S", seq=1))
    c.add("right", IP(src="203.0.113.9", dst=wan) / TCP(sport=41003, dport=5432, flags="S", seq=1))
    # DOCKER-USER: to 192.168.1.10 only from its own /24; swarm ports only from the managers' range
    c.tcp("right", "left", "198.51.100.7", "192.168.1.10", 41004, 443, answer=False)
    c.tcp("right", "left", "192.168.1.2", "172.18.0.5", 41005, 2377)
    c.udp("right", "left", "192.168.1.9", "172.18.0.5", 41006, 7946, b"gossip", None)
    c.udp("right", "left", "192.168.1.3", "172.18.0.5", 41007, 4789, b"vxlan", b"vxlan")
    # the sandbox's own traffic out: masqueraded, SYNs toward it clamped
    c.nat_conversation("tcp", ("left", "172.18.0.3", 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.tcp("right", "left", "198.51.100.7", "172.18.0.3", 41008, 8080, mss=1460, answer=False)
    return Scenario("ruleset-docker-swarm", rules, c.frames, ip=via_left("172.18.0.0/16"), frames_out=True, about=(
        "tests/rulesets/docker-swarm.rules (docker_gwbridge as eth0 with 172.18.0.0/16 routed there, "
        "eth0 as eth1): the routing mesh's published ports DNATed from outside and from fw (then "
        "masqueraded by --src-type LOCAL), DOCKER-USER's conntrack --ctorigsrc/--ctorigdstport/"
        "--ctorigdst/--ctdir and iprange rules, the sandbox masqueraded out, MSS clamping"))


def _linux_syn_options(ts, mss=1460):
    return [("MSS", mss), ("SAckOK", b""), ("Timestamp", (ts, 0)), ("NOP", None), ("WScale", 7)]


def openwrt_real_tcp():
    """openwrt.rules under what real captures carry: options, retransmissions, window scaling,
    ICMP errors about masqueraded packets, port reuse, fragments."""
    from scapy.layers.inet import ICMP, IP, TCP, UDP, fragment
    from scapy.packet import Raw
    rules = adapted("openwrt", {"br-lan": "eth0"})
    c = Cap()
    wan = "10.0.2.1"
    cl, srv = "192.168.1.10", "93.184.216.34"

    def out(sport, flags, seq, ack=0, payload=b"", opts=None, win=502, side="left", src=cl, dst=srv, dport=443):
        p = IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=win,
                                       options=opts or [])
        c.add(side, p / Raw(payload) if payload else p)

    def back(dport, flags, seq, ack, payload=b"", opts=None, win=509, sport=443, src=srv):
        p = IP(src=src, dst=wan) / TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=win,
                                       options=opts or [])
        c.add("right", p / Raw(payload) if payload else p)
    # a Linux client's SYN, retransmitted once, answered with scaled windows and timestamps
    out(40100, "S", 1000, opts=_linux_syn_options(111), win=64240)
    out(40100, "S", 1000, opts=_linux_syn_options(1111), win=64240, )
    back(40100, "SA", 9000, 1001, opts=_linux_syn_options(222, 1400), win=65160)
    ts = [("NOP", None), ("NOP", None), ("Timestamp", (1112, 222))]
    out(40100, "A", 1001, 9001, opts=ts)
    seq, rseq = 1001, 9001
    out(40100, "PA", seq, rseq, b"c" * 517, opts=ts)
    seq += 517
    for i in range(4):                                   # a burst of full segments, one ACK each two
        back(40100, "A" if i < 3 else "PA", rseq, seq, b"s" * 1348, opts=ts)
        rseq += 1348
        if i % 2:
            out(40100, "A", seq, rseq, opts=ts)
    back(40100, "A", rseq - 1348, seq, b"s" * 1348, opts=ts)          # a retransmission
    out(40100, "A", seq, rseq, opts=[("NOP", None), ("NOP", None), ("SAck", (rseq - 1348, rseq))])  # D-SACK
    back(40100, "A", rseq + 200000, seq, b"far", opts=ts)              # far out of the window: INVALID
    out(40100, "A", seq - 1, rseq, b"\0", opts=ts)                     # a keepalive
    out(40100, "FA", seq, rseq, opts=ts)
    back(40100, "FA", rseq, seq + 1, opts=ts)
    out(40100, "A", seq + 1, rseq + 1, opts=ts)
    # the same ports again while the entry is in TIME_WAIT: a new connection takes it over
    out(40100, "S", 50000, opts=_linux_syn_options(5000), win=64240)
    back(40100, "SA", 70000, 50001, opts=_linux_syn_options(6000, 1400), win=65160)
    out(40100, "A", 50001, 70001, opts=ts)
    # the server resets; the client's late data meets a CLOSEd entry
    back(40100, "R", 70001, 0)
    out(40100, "PA", 50001, 70001, b"late", opts=ts)
    # PMTU: a router on the wan refuses a masqueraded DF packet (frag needed): RELATED, un-NATed
    out(40101, "S", 3000, opts=_linux_syn_options(333), win=64240)
    back(40101, "SA", 4000, 3001, opts=_linux_syn_options(444, 1400), win=65160)
    out(40101, "A", 3001, 4001)
    big = IP(src=wan, dst=srv, flags="DF") / TCP(sport=40101, dport=443, flags="PA", seq=3001, ack=4001) / (b"x" * 1400)
    out(40101, "PA", 3001, 4001, b"x" * 1400)
    c.add("right", IP(src="10.0.2.2", dst=wan) / ICMP(type=3, code=4, nexthopmtu=1400) / bytes(big)[:28])
    # traceroute through fw: TTL 1 dies in fw, TTL 2 dies beyond it (time exceeded: RELATED)
    for ttl in (1, 2):
        q = IP(src=cl, dst=srv, ttl=ttl, id=100 + ttl) / UDP(sport=40200 + ttl, dport=33434 + ttl) / (b"t" * 24)
        c.add("left", q)
    seen = IP(src=wan, dst=srv, ttl=1, id=102) / UDP(sport=40202, dport=33436) / (b"t" * 24)
    c.add("right", IP(src="10.0.2.2", dst=wan) / ICMP(type=11, code=0) / bytes(seen)[:28])
    # DNS: two queries from one port, an answer from another server (NEW from the wan: rejected)
    for i, q in enumerate((b"query-a", b"query-b")):
        c.add("left", IP(src=cl, dst="8.8.8.8") / UDP(sport=40300, dport=53) / q)
        c.add("right", IP(src="8.8.8.8", dst=wan) / UDP(sport=53, dport=40300) / (b"answer" + bytes([i])))
    c.add("right", IP(src="8.8.4.4", dst=wan) / UDP(sport=53, dport=40300) / b"spoofed")
    # a large answer in fragments: reassembled for NAT, cut again for the lan
    c.add("left", IP(src=cl, dst="8.8.8.8") / UDP(sport=40301, dport=53) / b"edns query")
    for f in fragment(IP(src="8.8.8.8", dst=wan, id=4242) / UDP(sport=53, dport=40301) / (b"r" * 2400), fragsize=1400):
        c.add("right", f)
    # pings with several sequence numbers, one unanswered
    for seq_ in range(1, 4):
        c.ping("left", "right", cl, "1.1.1.1", 77, seq=seq_, reply=seq_ != 2, reply_to=wan)
    return Scenario("ruleset-openwrt-real-tcp", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/openwrt.rules (br-lan as eth0) under what real captures carry: TCP with Linux's "
        "SYN options, a retransmitted SYN, scaled windows, a retransmitted segment and a D-SACK, a "
        "segment far out of the window (INVALID), a keepalive, the 4-tuple reused while in TIME_WAIT, a "
        "RST then late data, an ICMP frag-needed and a traceroute's time-exceeded about masqueraded "
        "packets (RELATED, un-NATed), UDP port reuse and a stray answer, an answer in fragments "
        "reassembled for NAT, pings with several sequence numbers"))


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


def netavark():
    from scapy.layers.inet import IP, TCP
    # the default network 10.88.0.0/16 (podman0) and appnet 10.89.0.0/24 (podman1) are containers
    # on the left wire; the podman names stay (only the isolation rules use them). podman sets
    # route_localnet so that 127.0.0.1 may reach published ports
    rules = adapted("netavark")
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # published ports from outside: 8080 to the default network, a UDP range to appnet
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), (wan, 8080), ("left", "10.88.0.2", 80),
                       ("198.51.100.7", 41000), (b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"), close=True)
    c.nat_conversation("udp", ("right", "198.51.100.7", 41001), (wan, 10042), ("left", "10.89.0.4", 10042),
                       ("198.51.100.7", 41001), (b"rtp", b"rtp"))
    # from fw's own 127.0.0.1 and from a container: marked 0x2000, so masqueraded on the way
    c.nat_conversation("tcp", ("local1", "127.0.0.1", 50000), ("127.0.0.1", 8080), ("left", "10.88.0.2", 80),
                       (lan, 50000), (b"GET /lo HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    c.nat_conversation("tcp", ("left", "10.88.0.5", 40000), (wan, 8080), ("left", "10.88.0.2", 80),
                       (lan, 40000), (b"GET /c HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    # containers out (masqueraded), to each other (not), appnet's DNS to aardvark on fw
    c.nat_conversation("tcp", ("left", "10.88.0.5", 40001), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40001), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.ping("left", "left", "10.88.0.5", "10.88.0.2", 4)
    c.udp("left", "local0", "10.89.0.7", lan, 40002, 53, b"q", b"a")
    # what else comes from outside: NEW to a container passes (FORWARD policy ACCEPT), INVALID not
    c.tcp("right", "left", "198.51.100.7", "10.88.0.9", 41002, 22, answer=False)
    c.add("right", IP(src="198.51.100.7", dst="10.88.0.2") / TCP(sport=41003, dport=80, flags="SF", seq=1))
    return Scenario("ruleset-netavark", rules, c.frames, sysctl={"net.ipv4.conf.all.route_localnet": "1"},
                    ip=via_left("10.88.0.0/16") + ["route add 10.89.0.0/24 via 10.0.1.2 dev eth0 table 100",
                                                   "rule add to 10.89.0.0/24 table 100"],
                    frames_out=True, about=(
        "tests/rulesets/netavark.rules (its container networks routed to eth0, route_localnet on as podman "
        "sets it): published ports DNATed from outside, a UDP range mapped with a base port, from fw's "
        "127.0.0.1 and from a container through the hostport mark and its MASQUERADE, containers "
        "masqueraded out, appnet's DNS to fw, NEW and INVALID from outside"))


def lxd_bridge():
    rules = adapted("lxd-bridge", {"lxdbr0": "eth0"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    # the network forward of 203.0.113.50: 443 to one instance's 8443, everything else to another
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), ("203.0.113.50", 443), ("left", "10.151.40.20", 8443),
                       ("198.51.100.7", 41000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("right", "198.51.100.7", 41001), ("203.0.113.50", 5353), ("left", "10.151.40.21", 5353),
                       ("198.51.100.7", 41001), (b"q", b"a"))
    c.ping("right", "left", "198.51.100.7", "203.0.113.50", 3, reply_to="198.51.100.7")
    # the proxy device's address, from outside and from fw itself (nat OUTPUT)
    c.nat_conversation("tcp", ("right", "198.51.100.8", 41002), ("192.168.1.5", 80), ("left", "10.151.40.30", 80),
                       ("198.51.100.8", 41002), (b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    c.nat_conversation("tcp", ("local1", wan, 50000), ("192.168.1.5", 80), ("left", "10.151.40.30", 80),
                       (wan, 50000), (b"GET /self HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"))
    # an instance reaching its own forward: DNATed back to itself and masqueraded (hairpin)
    c.nat_conversation("tcp", ("left", "10.151.40.20", 40000), ("203.0.113.50", 443), ("left", "10.151.40.20", 8443),
                       (lan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"))
    # instances out (masqueraded), to fw's dnsmasq, and DHCP back through CHECKSUM
    c.nat_conversation("tcp", ("left", "10.151.40.21", 40001), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40001), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.udp("left", "local0", "10.151.40.21", lan, 40002, 53, b"q", b"a")
    c.udp("left", "local0", "10.151.40.21", lan, 68, 67, b"discover", b"offer")
    q = c.udp("left", "local0", "10.151.40.21", lan, 40003, 9, b"x" * 1200, None)
    c.icmp_error("local0", lan, q, type=3, code=4)                  # fw's own ICMP error: RELATED
    return Scenario("ruleset-lxd-bridge", rules, c.frames, ip=via_left("10.151.40.0/24"), frames_out=True, about=(
        "tests/rulesets/lxd-bridge.rules (lxdbr0 as eth0, its 10.151.40.0/24 routed there): a network "
        "forward DNATing one port and the rest of an address, a proxy device reached from outside and "
        "by fw itself (nat OUTPUT), an instance hairpinning to its own forward (masqueraded), "
        "instances masqueraded out, dnsmasq's DNS and DHCP with CHECKSUM, fw's ICMP to the bridge"))


def docker_ingress_sbox():
    from scapy.layers.inet import IP, TCP, UDP
    rules = adapted("docker-ingress-sbox")
    c = Cap()
    lo = "127.0.0.1"
    # the routing mesh's ports get their ipvs firewall marks in mangle
    c.tcp("right", "local1", "198.51.100.7", "10.0.2.1", 41000, 80)
    c.udp("right", "local1", "198.51.100.7", "10.0.2.1", 41001, 514, b"<13>log", None)
    c.tcp("left", "left", "192.168.1.10", "10.0.0.5", 40000, 8443, answer=False)
    # the embedded resolver: queries to 127.0.0.11:53 DNATed to its real ports over lo, its own
    # packets from those ports SNATed back to :53
    c.nat_conversation("udp", ("local1", lo, 50000), ("127.0.0.11", 53), ("local1", "127.0.0.11", 52891),
                       (lo, 50000), (b"q", b"a"))
    c.nat_conversation("tcp", ("local1", lo, 50001), ("127.0.0.11", 53), ("local1", "127.0.0.11", 41027),
                       (lo, 50001), (b"\x00\x01q", b"\x00\x01a"))
    c.add("local1", IP(src="127.0.0.11", dst="127.0.0.11") / UDP(sport=52891, dport=5000) / b"from the resolver")
    return Scenario("ruleset-docker-ingress-sbox", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/docker-ingress-sbox.rules (no interfaces): the published ports' firewall marks, "
        "DNS to 127.0.0.11 DNATed to the resolver's ports over lo, a packet from the resolver's port "
        "SNATed to :53 (a port without an address)"))


def linkerd_proxy_init():
    rules = adapted("linkerd-proxy-init")
    c = Cap()
    wan = "10.0.2.1"
    # inbound TCP to the proxy's 4143, but its own ports
    c.nat_conversation("tcp", ("right", "198.51.100.7", 41000), (wan, 8080), ("local1", wan, 4143),
                       ("198.51.100.7", 41000), (b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n"), close=True)
    c.tcp("right", "local1", "198.51.100.7", wan, 41001, 4191, data=(b"GET /ready", b"ok"))
    c.tcp("right", "local1", "198.51.100.7", wan, 41002, 5432, answer=False)
    c.udp("right", "local1", "198.51.100.7", wan, 41003, 53, b"udp is not redirected", None)
    # outbound TCP of the app (root, not the proxy's 2102) to the proxy's 4140 over lo, but skipped ports
    c.nat_conversation("tcp", ("local1", wan, 50000), ("93.184.216.34", 443), ("local1", "127.0.0.1", 4140),
                       (wan, 50000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.tcp("local1", "right", wan, "198.51.100.9", 50001, 6379, data=(b"PING\r\n", b"+PONG\r\n"))
    c.tcp("local1", "local1", wan, "10.0.1.1", 50002, 9999, answer=False)      # over lo: RETURN
    c.udp("local1", "right", wan, "8.8.8.8", 50003, 53)
    return Scenario("ruleset-linkerd-proxy-init", rules, c.frames, frames_out=True, about=(
        "tests/rulesets/linkerd-proxy-init.rules (no interfaces but lo): inbound TCP REDIRECTed to the "
        "proxy's 4143 but its own and the skipped ports, the app's outbound TCP REDIRECTed to 4140 "
        "over lo but skipped ports and lo, UDP untouched"))


def kube_proxy_sctp():
    from .sctpkit import (COOKIE_ACK, COOKIE_ECHO, INIT, INIT_ACK, SHUTDOWN, SHUTDOWN_ACK, SHUTDOWN_COMPLETE, chunk,
                          data, init, sack, sctp)
    # pods (10.244.0.0/16) on the left wire; only the single-endpoint PFCP service is used (the NGAP
    # one picks an endpoint at random) and only from pods (others get MASQUERADE --random-fully)
    rules = adapted("kube-proxy-sctp")
    c = Cap()
    wan = "10.0.2.1"
    pod, smf = "10.244.1.9", "10.244.1.50"
    # an association to the PFCP ClusterIP, DNATed to its endpoint, set up, used and shut down
    c.add("left", sctp(pod, "10.96.140.13", 40000, 8805, 0, [init(INIT, 0x1111)]))
    c.add("left", sctp(smf, pod, 8805, 40000, 0x1111, [init(INIT_ACK, 0x2222, 5000)]))
    c.add("left", sctp(pod, "10.96.140.13", 40000, 8805, 0x2222, [chunk(COOKIE_ECHO, 0, b"cookie!!")]))
    c.add("left", sctp(smf, pod, 8805, 40000, 0x1111, [chunk(COOKIE_ACK)]))
    c.add("left", sctp(pod, "10.96.140.13", 40000, 8805, 0x2222, [data(1000, b"pfcp heartbeat")]))
    c.add("left", sctp(smf, pod, 8805, 40000, 0x1111, [sack(1000), data(5000, b"pfcp response")]))
    c.add("left", sctp(pod, "10.96.140.13", 40000, 8805, 0x2222, [chunk(SHUTDOWN, 0, (5000).to_bytes(4, "big"))]))
    c.add("left", sctp(smf, pod, 8805, 40000, 0x1111, [chunk(SHUTDOWN_ACK)]))
    c.add("left", sctp(pod, "10.96.140.13", 40000, 8805, 0x2222, [chunk(SHUTDOWN_COMPLETE)]))
    # services without endpoints: REJECTed in FORWARD (ClusterIP) and INPUT (NodePort on fw)
    c.add("left", sctp(pod, "10.96.140.14", 40001, 7777, 0, [init(INIT, 0x3333)]))
    c.add("right", sctp("198.51.100.7", wan, 41000, 30777, 0, [init(INIT, 0x4444)]))
    # fw's own association to the NodePort of the no-endpoint service is REJECTed in OUTPUT
    c.add("local1", sctp(wan, "10.96.140.14", 50000, 7777, 0, [init(INIT, 0x5555)]))
    return Scenario("ruleset-kube-proxy-sctp", rules, c.frames, ip=via_left("10.244.0.0/16"), frames_out=True, about=(
        "tests/rulesets/kube-proxy-sctp.rules (the pod network routed to eth0): an SCTP association to "
        "a ClusterIP DNATed to its one endpoint through INIT, COOKIE and SHUTDOWN, services without "
        "endpoints REJECTed in FORWARD, INPUT (by addrtype) and OUTPUT"))


# -- focused scenarios for what the rulesets showed ------------------------------------------------
def connlimit_conncount():
    from scapy.layers.inet import IP, TCP
    rules = ("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
             "-A INPUT -p tcp -m tcp --dport 81 -m length --length 44 -j ACCEPT\n"
             "-A INPUT -p tcp -m tcp --dport 81 -m connlimit --connlimit-above 5 -j DROP\n"
             "-A INPUT -p tcp -m tcp --dport 82 --tcp-flags FIN,SYN,RST,ACK SYN -m connlimit --connlimit-above 2 -j DROP\n"
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


ALL = [docker_host, ufw, fail2ban, csf, hardened_server, ddos_hardening, openwrt, edgeos_router, wireguard,
       tailscale, firewalld, libvirt, neutron_l3_agent, synproxy, kube_proxy,
       istio_sidecar, openvpn_as, aws_vpc_cni, router_qos, docker_swarm, openwrt_real_tcp, ufw_capture_quirks, netavark,
       lxd_bridge, docker_ingress_sbox, linkerd_proxy_init, kube_proxy_sctp,
       connlimit_conncount, refragment_reassembled]
