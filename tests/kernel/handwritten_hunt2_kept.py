"""Hand-written scenarios of the second hunt that were identical to Linux 6.18 from the start,
kept for what they combine; their folders are written by `python -m tests.kernel.handwritten`."""
from __future__ import annotations

from .capture import Cap, Scenario
from .handwritten_hunt2 import CL, PUB, SV, Flow, seg, states, tbl


def nat_double_icmp_errors():
    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.packet import Raw
    rules = tbl("nat", [
        "-A PREROUTING -i eth1 -d 10.0.2.1 -p udp -m udp --dport 5000 -j DNAT --to-destination 192.168.1.20:6000",
        "-A PREROUTING -i eth1 -d 10.0.2.1 -p tcp -m tcp --dport 5000 -j DNAT --to-destination 192.168.1.20:6000",
        "-A POSTROUTING -o eth0 -j SNAT --to-source 10.0.1.1",
    ]) + tbl("filter", states() + ["-A FORWARD -p icmp -m icmp --icmp-type 3/4",
                                   "-A FORWARD -p icmp -m icmp --icmp-type time-exceeded",
                                   "-A FORWARD -p icmp -m icmp --icmp-type port-unreachable"])
    c = Cap()
    c.add("right", IP(src=SV, dst=PUB) / UDP(sport=41000, dport=5000) / Raw(b"q" * 20))
    c.add("left", IP(src="192.168.1.20", dst="10.0.1.1") / UDP(sport=6000, dport=41000) / Raw(b"r" * 20))
    seen = IP(src="10.0.1.1", dst="192.168.1.20", ttl=1) / UDP(sport=41000, dport=6000) / Raw(b"q" * 20)
    c.add("left", IP(src="192.168.1.1", dst="10.0.1.1") / ICMP(type=11, code=0) / bytes(seen)[:28])
    rs = IP(src=PUB, dst=SV, flags="DF") / UDP(sport=5000, dport=41000) / Raw(b"r" * 20)
    c.add("right", IP(src="198.51.100.1", dst=PUB) / ICMP(type=3, code=4, nexthopmtu=500) / bytes(rs)[:28])
    c.add("left", IP(src="192.168.1.20", dst="10.0.1.1") / ICMP(type=3, code=3) / bytes(seen)[:28])
    c.add("left", IP(src="192.168.1.1", dst="10.0.1.1") / ICMP(type=3, code=1) / bytes(rs)[:28])
    c.add("right", IP(src=SV, dst=PUB) / TCP(sport=41001, dport=5000, flags="S", seq=10))
    c.add("left", IP(src="192.168.1.20", dst="10.0.1.1") / TCP(sport=6000, dport=41001, flags="SA", seq=90, ack=11))
    sa = IP(src=PUB, dst=SV, flags="DF") / TCP(sport=5000, dport=41001, flags="SA", seq=90, ack=11)
    c.add("right", IP(src="198.51.100.1", dst=PUB) / ICMP(type=3, code=4, nexthopmtu=576) / bytes(sa)[:28])
    c.add("right", IP(src=SV, dst=PUB) / TCP(sport=41001, dport=5000, flags="A", seq=11, ack=91))
    return Scenario("nat-double-icmp-errors", rules, c.frames, about=(
        "one flow both DNATed and SNATed: ICMP errors from routers on either side about either "
        "direction (time exceeded, fragmentation needed, port unreachable) are RELATED and translated "
        "back; an error about the reply direction arriving from the wrong side is not"))


def tcp_icmp_related_states():
    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.packet import Raw
    rules = tbl("filter", states() + ["-A FORWARD -p icmp -m conntrack --ctstate RELATED --ctstatus SEEN_REPLY",
                                      "-A FORWARD -p icmp -m conntrack --ctstate RELATED --ctdir REPLY",
                                      "-A FORWARD -p icmp -m conntrack --ctstate RELATED --ctdir ORIGINAL"])
    c = Cap()
    syn = seg(c, "left", CL, SV, 40020, 80, "S", 100)
    for _ in range(2):
        c.add("right", IP(src="198.51.100.1", dst=CL) / ICMP(type=3, code=1) / bytes(syn)[:28])
    seg(c, "left", CL, SV, 40020, 80, "S", 100)
    f = Flow(c, "left", "right", CL, SV, 40021, 80).open().talk()

    def quote(sport, dport, **kw):
        return bytes(IP(src=CL, dst=SV) / TCP(sport=sport, dport=dport, **kw))[:28]
    data = IP(src=SV, dst=CL) / TCP(sport=80, dport=40021, flags="PA", seq=f.r, ack=f.s) / Raw(b"x" * 500)
    c.add("left", IP(src=CL, dst=SV) / ICMP(type=3, code=4, nexthopmtu=300) / bytes(data)[:28])
    c.add("right", IP(src=SV, dst=CL) / ICMP(type=3, code=3) / quote(40021, 80, flags="A", seq=f.s, ack=f.r))
    c.add("right", IP(src=SV, dst=CL) / ICMP(type=4, code=0) / quote(40021, 80))
    c.add("right", IP(src=SV, dst=CL) / ICMP(type=12, code=0) / quote(40021, 80))
    c.add("right", IP(src=SV, dst=CL) / ICMP(type=5, code=1, gw="1.2.3.4") / quote(40021, 80))
    c.add("right", IP(src=SV, dst=CL) / ICMP(type=3, code=3) / quote(80, 40021))
    c.add("right", IP(src="203.0.113.77", dst=CL) / ICMP(type=11, code=0) / quote(40021, 80))
    inner = IP(src=CL, dst=SV) / ICMP(type=3, code=3) / bytes(IP(src=SV, dst=CL) / UDP(sport=1, dport=2))[:28]
    c.add("right", IP(src=SV, dst=CL) / ICMP(type=3, code=3) / bytes(inner)[:28])
    f.close()
    return Scenario("tcp-icmp-related-states", rules, c.frames, about=(
        "ICMP errors about TCP: about an unanswered SYN (RELATED, original direction), about data in "
        "either direction, source quench, parameter problem and redirects; errors quoting swapped "
        "ports or another ICMP error are not RELATED"))


def frag_nat_udp_icmp():
    from scapy.layers.inet import ICMP, IP, UDP, fragment
    from scapy.packet import Raw
    rules = tbl("nat", ["-A POSTROUTING -o eth1 -j MASQUERADE",
                        "-A PREROUTING -i eth1 -p udp -m udp --dport 7000 -j DNAT --to-destination 192.168.1.70"]) + \
        tbl("filter", states() + ["-A FORWARD -m length --length 1000:65535", "-A FORWARD -f"]) + \
        tbl("mangle", ["-A PREROUTING -f", "-A POSTROUTING -f", "-A POSTROUTING -m length --length 1000:65535"])
    c = Cap()
    datagrams = (("left", IP(src=CL, dst=SV, id=500) / UDP(sport=41000, dport=53) / Raw(b"u" * 2000), 600, 0),
                 ("right", IP(src=SV, dst=PUB, id=501) / UDP(sport=53, dport=41000) / Raw(b"v" * 1500), 700, 1),
                 ("left", IP(src=CL, dst=SV, id=502) / ICMP(type=8, id=9, seq=1) / Raw(b"i" * 1800), 1000, 0),
                 ("right", IP(src=SV, dst=PUB, id=503) / ICMP(type=0, id=9, seq=1) / Raw(b"i" * 1800), 1000, 0),
                 ("right", IP(src=SV, dst=PUB, id=504) / UDP(sport=41001, dport=7000) / Raw(b"w" * 1600), 800, 0))
    for side, pkt, size, rev in datagrams:
        frags = fragment(pkt, fragsize=size)
        for f in reversed(frags) if rev else frags:
            c.add(side, f)
    c.add("left", IP(src="192.168.1.70", dst=SV, flags="DF") / UDP(sport=7000, dport=41001) / Raw(b"x" * 1300))
    return Scenario("frag-nat-udp-icmp", rules, c.frames, about=(
        "fragmented UDP and ICMP through MASQUERADE and DNAT (one datagram in reverse order): the "
        "tables see whole datagrams (-f never matches), answers un-NATed"))


def security_table():
    from scapy.layers.inet import IP, UDP
    rules = tbl("filter", ["-A INPUT -p tcp -j ACCEPT", "-A FORWARD -p udp -j ACCEPT", "-A OUTPUT -j ACCEPT"]) + \
        tbl("security", ["-A INPUT -p tcp -m tcp --dport 23 -j DROP", "-A INPUT",
                         "-A FORWARD -p udp -m udp --dport 9 -j DROP", "-A FORWARD -m conntrack --ctstate NEW",
                         "-A FORWARD", "-A OUTPUT -p udp -j DROP", "-A OUTPUT"]) + \
        tbl("nat", ["-A INPUT -p tcp -j SNAT --to-source 192.168.1.99", "-A INPUT", "-A POSTROUTING"]) + \
        tbl("mangle", ["-A INPUT", "-A FORWARD", "-A OUTPUT", "-A POSTROUTING"])
    c = Cap()
    seg(c, "left", CL, "10.0.1.1", 40000, 22, "S", 1)
    seg(c, "left", CL, "10.0.1.1", 40001, 23, "S", 1)
    seg(c, "left", CL, "10.0.1.1", 40001, 23, "S", 1)
    c.udp("left", "right", CL, SV, 40002, 9, resp=None)
    c.udp("left", "right", CL, SV, 40003, 10)
    c.add("local1", IP(src=PUB, dst=SV) / UDP(sport=40004, dport=53))
    seg(c, "local1", PUB, SV, 40005, 80, "S", 1)
    return Scenario("security-table", rules, c.frames, about=(
        "the security table runs after filter (an ACCEPT there does not skip it) and before nat's "
        "INPUT SNAT; a SYN it drops in INPUT is never confirmed, so its retransmission is NEW again"))


def connbytes_connmark_masks():
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    rules = tbl("mangle", [
        "-A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff00 --ctmask 0xf0f0",
        "-A PREROUTING -p tcp -m tcp --dport 80 -j MARK --set-xmark 0x1234/0xff00",
        "-A PREROUTING -p udp -j MARK --or-mark 0x40", "-A PREROUTING -p udp -j MARK --xor-mark 0x41",
        "-A PREROUTING -m mark --mark 0x1/0x1", "-A PREROUTING -m mark --mark 0x1200/0xff00",
        "-A PREROUTING -j CONNMARK --save-mark --nfmask 0xffff --ctmask 0xff0f",
        "-A FORWARD -m connmark --mark 0x1000/0xf000", "-A FORWARD -m connmark ! --mark 0x0",
        "-A FORWARD -p icmp -j CONNMARK --set-xmark 0x7/0xf", "-A FORWARD -p icmp -j CONNMARK --and-mark 0x3",
        "-A FORWARD -p icmp -j CONNMARK --or-mark 0x100", "-A POSTROUTING -m connmark --mark 0x103",
        "-A POSTROUTING -m mark --mark 0x0", "-A POSTROUTING -j MARK --and-mark 0xf0",
        "-A POSTROUTING -m mark --mark 0x40",
    ]) + tbl("filter", [
        "-A FORWARD -m connbytes --connbytes 3 --connbytes-mode packets --connbytes-dir original",
        "-A FORWARD -m connbytes --connbytes 0:200 --connbytes-mode bytes --connbytes-dir both",
        "-A FORWARD -m connbytes --connbytes 50:100 --connbytes-mode avgpkt --connbytes-dir reply",
        "-A FORWARD -m connbytes ! --connbytes 5 --connbytes-mode packets --connbytes-dir both",
        "-A FORWARD -m connbytes --connbytes 2:2 --connbytes-mode packets --connbytes-dir reply",
        "-A FORWARD -m connbytes --connbytes 300: --connbytes-mode bytes --connbytes-dir original",
    ])
    c = Cap()
    f = Flow(c, "left", "right", CL, SV, 43000, 80).open()
    for n in (10, 100, 30, 200):
        f.c2s("PA", b"q" * n).s2c("PA", b"r" * (n // 2))
    f.close()
    for q, r in ((120, 60), (10, 10)):
        c.add("left", IP(src=CL, dst=SV) / UDP(sport=43001, dport=53) / Raw(b"x" * q))
        c.add("right", IP(src=SV, dst=CL) / UDP(sport=53, dport=43001) / Raw(b"y" * r))
    c.ping("left", "right", CL, SV, 3)
    c.ping("left", "right", CL, SV, 3, seq=2)
    return Scenario("connbytes-connmark-masks", rules, c.frames, about=(
        "connbytes in packets, bytes and average packet size per direction (its rule turns "
        "nf_conntrack_acct on: the listing shows the counters); CONNMARK save/restore with nfmask and "
        "ctmask, --set-xmark/--and-mark/--or-mark on the entry, MARK --or/--xor/--and-mark"))


def nat_user_chains():
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    rules = tbl("nat", [
        "-A PREROUTING -i eth1 -j PF",
        "-A PREROUTING -i eth1 -p tcp -m tcp --dport 2222 -j DNAT --to-destination 192.168.1.22:22",
        "-A PF -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.80:80",
        "-A PF -p tcp -m tcp --dport 8443 -g PF2", "-A PF -p tcp -m tcp --dport 2222 -j RETURN", "-A PF -p udp -j PF2",
        "-A PF2 -p tcp -j DNAT --to-destination 192.168.1.43:443", "-A PF2 -p udp -m udp --dport 5000 -j RETURN",
        "-A PF2 -p udp -j DNAT --to-destination 192.168.1.53",
        "-A POSTROUTING -o eth1 -j SNATS", "-A SNATS -s 192.168.1.0/25 -j SNAT --to-source 10.0.2.1",
        "-A SNATS -j RETURN",
    ], user=("PF", "PF2", "SNATS")) + tbl("filter", states() + ["-A FORWARD -m conntrack --ctstate DNAT"])
    c = Cap()
    for port, dst, dport in ((8080, "192.168.1.80", 80), (8443, "192.168.1.43", 443), (2222, "192.168.1.22", 22)):
        Flow(c, "right", "left", SV, PUB, 41000 + port % 100, port, b_real=dst, b_port=dport).open().talk()
    c.udp("right", "left", SV, PUB, 41100, 5000, resp=None)
    c.udp("right", "left", SV, PUB, 41101, 5001, resp=None)
    c.add("left", IP(src="192.168.1.53", dst=SV) / UDP(sport=5001, dport=41101) / Raw(b"r"))
    Flow(c, "left", "right", "192.168.1.100", SV, 41200, 80, a_seen=PUB).open()
    Flow(c, "left", "right", "192.168.1.200", SV, 41201, 80).open()
    return Scenario("nat-user-chains", rules, c.frames, about=(
        "NAT rules in user chains: jumps, a goto whose RETURN goes back past the calling chain, RETURN "
        "before a later DNAT in the built-in chain, an SNAT chain that returns for sources outside "
        "its range (the policy's null binding)"))


def local_fragments():
    from scapy.layers.inet import ICMP, IP, UDP, fragment
    from scapy.packet import Raw
    rules = tbl("mangle", ["-A OUTPUT -f", "-A OUTPUT", "-A POSTROUTING -f",
                           "-A POSTROUTING -m length --length 1000:65535"]) + \
        tbl("nat", ["-A OUTPUT -p udp -j DNAT --to-destination 203.0.113.77", "-A POSTROUTING"]) + \
        tbl("filter", states("OUTPUT") + states("INPUT") + ["-A OUTPUT -f"])
    c = Cap()
    for f in fragment(IP(src=PUB, dst=SV, id=300) / UDP(sport=5000, dport=53) / Raw(b"L" * 1400), fragsize=600):
        c.add("local1", f)
    for f in fragment(IP(src=PUB, dst=SV, id=301) / ICMP(type=8, id=3) / Raw(b"P" * 1400), fragsize=800):
        c.add("local1", f)
    answer = IP(src="203.0.113.77", dst=PUB, id=302) / UDP(sport=53, dport=5000) / Raw(b"R" * 1400)
    for f in fragment(answer, fragsize=600):
        c.add("right", f)
    head = bytes(UDP(sport=5001, dport=53, len=108)) + b"x" * 40
    c.add("local1", IP(src=PUB, dst=SV, proto=17, id=303, flags="MF") / Raw(head))
    return Scenario("local-fragments", rules, c.frames, about=(
        "fw's own fragments are gathered at OUTPUT (defrag before raw): OUTPUT, the DNAT of the whole "
        "datagram and POSTROUTING see it whole; the answer's fragments are gathered at PREROUTING; an "
        "incomplete datagram never reaches the tables"))


def tcp_liberal_rst_ignore():
    rules = tbl("filter", states())
    c = Cap()
    f = Flow(c, "left", "right", CL, SV, 40000, 80).open().talk()
    f.s2c("R", seq=f.r + 100000).c2s("PA", b"more").s2c("RA", seq=f.r + 5).c2s("A").s2c("R")
    g = Flow(c, "left", "right", CL, SV, 40001, 80).open()
    g.c2s("PA", b"x" * 10, seq=g.s + 1000000).s2c("R", seq=g.r - 50000)
    sysctl = {"net.netfilter.nf_conntrack_tcp_be_liberal": "1",
              "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": "1"}
    return Scenario("tcp-liberal-rst-ignore", rules, c.frames, sysctl, about=(
        "be_liberal with ignore_invalid_rst: data far outside the window is accepted, an "
        "out-of-window RST is dropped silently (not INVALID), one in window but not "
        "exact waits for the challenge ACK, the exact one closes"))


def _probe_frames(c):
    from scapy.layers.inet import IP, UDP
    c.udp("left", "right", CL, SV, 1, 1)
    c.udp("right", "left", SV, CL, 1, 2, resp=None)
    probes = (("left", CL, "10.0.1.1"), ("left", CL, "10.0.2.1"), ("left", "10.0.2.77", SV),
              ("right", "192.168.7.7", SV), ("left", "10.0.1.1", SV), ("left", CL, "127.0.0.5"),
              ("left", CL, "10.0.2.255"), ("right", "10.0.2.2", "10.0.1.255"), ("left", "172.16.9.9", SV),
              ("left", CL, "10.0.1.2"), ("local0", "10.0.1.1", "127.0.0.1"))
    for n, (side, src, dst) in enumerate(probes, 3):
        c.add(side, IP(src=src, dst=dst) / UDP(sport=1, dport=n))


def _sysctl_probe(name, sysctl, about):
    rules = tbl("mangle", ["-A PREROUTING", "-A INPUT", "-A FORWARD", "-A OUTPUT", "-A POSTROUTING"]) + \
        tbl("filter", states() + states("INPUT"))
    c = Cap()
    _probe_frames(c)
    return Scenario(name, rules, c.frames, sysctl, about=about)


def sysctl_rp_filter_mixed():
    sysctl = {"net.ipv4.conf.eth0.rp_filter": "2", "net.ipv4.conf.eth1.rp_filter": "1"}
    return _sysctl_probe("sysctl-rp-filter-mixed", sysctl, (
        "rp_filter loose on eth0 and strict on eth1 (all 0: the maximum counts): forwarded, local, "
        "hairpin, spoofed and martian packets, directed broadcasts; refused ones count in PREROUTING only"))


def sysctl_forwarding_per_device():
    return _sysctl_probe("sysctl-forwarding-per-device", {"net.ipv4.conf.eth1.forwarding": "0"}, (
        "forwarding off on eth1 only: packets entering eth1 are not forwarded (PREROUTING only), those "
        "entering eth0 still leave by eth1; local delivery unchanged"))


ALL = [nat_double_icmp_errors, tcp_icmp_related_states, frag_nat_udp_icmp, security_table, connbytes_connmark_masks,
       nat_user_chains, local_fragments, tcp_liberal_rst_ignore, sysctl_rp_filter_mixed, sysctl_forwarding_per_device]
