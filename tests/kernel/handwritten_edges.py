"""Hand-written scenarios of edge cases the fuzzer does not draw: short and fragmented transport
headers before the port matches and NAT, ICMP errors quoting too little, NAT under directional
zones; their folders are written by `python -m tests.kernel.handwritten`."""
from __future__ import annotations

from .capture import Cap, Scenario
from .handwritten_policy import TABLE_100

NAT = ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING")
MANGLE = ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING")
FILTER = ("INPUT", "FORWARD", "OUTPUT")


def _table(name, chains, rules):
    return "\n".join([f"*{name}"] + [f":{c} ACCEPT [0:0]" for c in chains] + list(rules) + ["COMMIT"]) + "\n"


def _frag(c, side, src, dst, proto, payload, off8, more, ident):
    """One hand-cut fragment: `payload` at offset off8 * 8 of datagram `ident`."""
    from scapy.layers.inet import IP
    from scapy.packet import Raw
    c.add(side, IP(src=src, dst=dst, proto=proto, id=ident, frag=off8, flags="MF" if more else 0) / Raw(payload))


def frag_port_matches():
    from scapy.layers.inet import ICMP, IP, TCP, UDP, fragment
    from scapy.packet import Raw
    rules = _table("filter", FILTER, [
        "-A FORWARD -f",
        "-A FORWARD -p tcp -m tcp --dport 80",
        "-A FORWARD -p tcp",
        "-A FORWARD -p udp -m multiport --dports 53,54",
        "-A FORWARD -p udp -m udp --dport 53",
        "-A FORWARD -p udp",
        "-A FORWARD -p icmp -m icmp --icmp-type 8",
        "-A FORWARD -p icmp",
        "-A FORWARD -m length --length 0:100",
        "-A FORWARD -p gre",
    ])
    c = Cap()
    a, b = "192.168.1.10", "8.8.8.8"
    for f in fragment(IP(src=a, dst=b, id=100) / UDP(sport=46000, dport=53) / Raw(b"u" * 1200), fragsize=400):
        c.add("left", f)
    # a TCP SYN cut after 8 bytes of its header, the rest at offset 8
    t = bytes(IP(src=a, dst=b) / TCP(sport=46001, dport=80, flags="S", seq=1, window=100) / Raw(b"d" * 24))[20:]
    _frag(c, "left", a, b, 6, t[:8], 0, True, 101)
    _frag(c, "left", a, b, 6, t[8:], 1, False, 101)
    _frag(c, "left", "192.168.1.20", b, 6, b"\0" * 16, 1, False, 102)
    _frag(c, "left", "192.168.1.20", b, 6, b"\0" * 16, 2, False, 103)
    u = bytes(IP(src=a, dst=b) / UDP(sport=46002, dport=54) / Raw(b"w" * 40))[20:]
    _frag(c, "left", a, b, 17, u[:8], 0, True, 104)
    _frag(c, "left", a, b, 17, u[8:], 1, False, 104)
    i = bytes(IP(src=a, dst=b) / ICMP(type=8, id=9, seq=1) / Raw(b"i" * 40))[20:]
    _frag(c, "left", a, b, 1, i[:8], 0, True, 105)
    _frag(c, "left", a, b, 1, i[8:], 1, False, 105)
    c.add("left", IP(src=a, dst=b, proto=1, id=106) / Raw(b"\x08\x00\x00\x00"))
    c.add("left", IP(src=a, dst=b, proto=17, id=107) / Raw(b"\x12\x34\x00\x35"))
    c.add("left", IP(src=a, dst=b, proto=6, id=108) / Raw(b"\x12\x34\x00\x50" + b"\0" * 8))
    g = bytes(IP(src=a, dst=b, proto=47) / Raw(b"\x00\x00\x08\x00" + b"g" * 60))[20:]
    _frag(c, "left", a, b, 47, g[:32], 0, True, 109)
    _frag(c, "left", a, b, 47, g[32:], 4, False, 109)
    return Scenario("frag-port-matches", rules, c.frames, about=(
        "fragments and short headers without conntrack: tcp drops (hotdrop) a fragment at offset 8 and a "
        "first fragment or packet with less than a whole TCP header, whatever --dport says, udp one with "
        "less than 8 bytes and icmp one with less than 8; multiport reads only the 4 port bytes; later "
        "fragments just do not match; the rules after a hotdrop and the policy never see the packet"))


def short_headers_nat():
    from scapy.layers.inet import IP
    from scapy.packet import Raw
    rules = _table("nat", NAT, ["-A POSTROUTING -o eth1 -j MASQUERADE"]) + _table("filter", FILTER, [
        "-A FORWARD -p udp -m udp --dport 53",
        "-A FORWARD -p tcp -m multiport --dports 80",
        "-A FORWARD -m conntrack --ctstate INVALID",
        "-A FORWARD -m conntrack --ctstate NEW",
        "-A FORWARD -p gre",
        "-A FORWARD -p udp -m multiport --dports 53",
        "-A FORWARD -p udp",
    ])
    c = Cap()
    a, b = "192.168.1.10", "8.8.8.8"
    c.add("left", IP(src=a, dst=b, proto=17) / Raw(b"\xa0\x00\x00\x35\x00\x06"))
    c.add("left", IP(src=a, dst=b, proto=17) / Raw(b"\xa0\x01\x00\x36\x00\x06"))
    c.add("left", IP(src=a, dst=b, proto=6) / Raw(b"\xa0\x02\x00\x50" + b"\0" * 8))
    c.add("left", IP(src=a, dst=b, proto=47) / Raw(b"\x00\x00\x08\x00"))
    c.add("left", IP(src="192.168.1.20", dst=b, proto=47) / Raw(b"\x00\x00\x08\x00" + b"x" * 8))
    c.add("right", IP(src=b, dst="10.0.2.1", proto=47) / Raw(b"\x00\x00\x08\x00" + b"y" * 8))
    c.add("left", IP(src=a, dst="1.1.1.1", proto=47) / Raw(b"\x00\x00"))
    c.add("left", IP(src=a, dst=b, proto=17) / Raw(b"\xa0\x03\x00\x35\x00\x08\x00\x00"))
    c.add("left", IP(src=a, dst=b, proto=1) / Raw(b"\x08\x00\xf7\xff"))
    return Scenario("short-headers-nat", rules, c.frames, about=(
        "short transport headers with conntrack and MASQUERADE: a 6-byte UDP header is dropped by the "
        "udp match (hotdrop), a 12-byte TCP one matches multiport (ports only) and is INVALID, a 4-byte "
        "ICMP one INVALID; GRE version 0 shorter than 8 bytes is tracked (no keys) but NAT cannot make "
        "8 bytes writable (gre_manip_pkt), so it is dropped after nat POSTROUTING and never confirmed"))


def icmp_error_quotes():
    from scapy.layers.inet import ICMP, IP, TCP, UDP, fragment
    from scapy.packet import Raw
    rules = _table("nat", NAT, [
        "-A PREROUTING -d 10.0.2.1/32 -p tcp -m tcp --dport 8443 -j DNAT --to-destination 192.168.1.20:443",
        "-A POSTROUTING -s 192.168.0.0/16 -o eth1 -j MASQUERADE",
    ]) + _table("filter", FILTER, [
        "-A FORWARD -m conntrack --ctstate RELATED", "-A FORWARD -m conntrack --ctstate INVALID",
        "-A FORWARD -m conntrack --ctstate NEW", "-A FORWARD -m conntrack --ctstate ESTABLISHED",
        "-A INPUT -m conntrack --ctstate RELATED", "-A INPUT -m conntrack --ctstate INVALID",
        "-A INPUT -m conntrack --ctstate NEW", "-A FORWARD -d 192.168.1.10/32 -p icmp",
        "-A FORWARD -d 192.168.1.20/32 -p icmp", "-A FORWARD -s 192.168.1.20/32 -p icmp",
        "-A FORWARD -p icmp -m length --length 0:60",
    ])
    c = Cap()
    fw, srv = "10.0.2.1", "8.8.8.8"
    for f in fragment(IP(src="192.168.1.10", dst=srv, id=300) / UDP(sport=48000, dport=53) / Raw(b"q" * 1000),
                      fragsize=504):
        c.add("left", f)
    q = bytes(IP(src=fw, dst=srv, id=300) / UDP(sport=48000, dport=53) / Raw(b"q" * 1000))   # as MASQUERADEd
    f0, f1 = fragment(IP(q), fragsize=504)[:2]
    for quote in (bytes(f0)[:28], bytes(f1)[:28], q[:24], q[:20], q[:22], q[:548]):
        c.add("right", IP(src=srv, dst=fw) / ICMP(type=3, code=3) / quote)
    c.add("left", IP(src="192.168.1.20", dst="93.184.216.34") / TCP(sport=48001, dport=80, flags="S", seq=10))
    s = bytes(IP(src=fw, dst="93.184.216.34") / TCP(sport=48001, dport=80, flags="S", seq=10))
    c.add("right", IP(src="10.0.2.2", dst=fw) / ICMP(type=3, code=4, nexthopmtu=1400) / s[:28])
    c.add("right", IP(src="93.184.216.34", dst="10.0.2.99") / ICMP(type=3, code=3) / s[:28])
    c.add("right", IP(src="93.184.216.34", dst=fw) / ICMP(type=3, code=3) / s[:24])
    e = bytes(IP(src=fw, dst="93.184.216.34") / ICMP(type=3, code=3) / s[:28])
    c.add("right", IP(src="93.184.216.34", dst=fw) / ICMP(type=3, code=3) / e[:28])
    c.add("right", IP(src="93.184.216.34", dst=fw) / ICMP(type=11, code=0) / e[:56])
    c.add("right", IP(src="203.0.113.7", dst=fw) / TCP(sport=48002, dport=8443, flags="S", seq=30))
    c.add("left", IP(src="192.168.1.20", dst="203.0.113.7") / TCP(sport=443, dport=48002, flags="SA", seq=40, ack=31))
    a = bytes(IP(src="203.0.113.7", dst="192.168.1.20", ttl=1) / TCP(sport=48002, dport=443, flags="A", seq=31, ack=41))
    c.add("left", IP(src="10.0.1.2", dst="203.0.113.7") / ICMP(type=11, code=0) / a[:28])
    b = bytes(IP(src=fw, dst="203.0.113.7") / TCP(sport=8443, dport=48002, flags="SA", seq=40, ack=31))
    c.add("right", IP(src="10.0.2.2", dst=fw) / ICMP(type=3, code=1) / b[:28])
    qo = bytes(IP(src=fw, dst=srv, options=b"\x01\x01\x01\x00") / UDP(sport=48000, dport=53) / Raw(b"q" * 8))
    c.add("right", IP(src=srv, dst=fw) / ICMP(type=3, code=3) / qo[:32])
    for f in fragment(IP(src=srv, dst=fw, id=301) / ICMP(type=3, code=3) / q[:1000], fragsize=512):
        c.add("right", f)
    return Scenario("icmp-error-quotes", rules, c.frames, about=(
        "ICMP errors about MASQUERADEd and DNATed flows quoting: a first fragment (RELATED), a later "
        "fragment, only the IP header or 2 bytes more (INVALID), 4 bytes of UDP or TCP (RELATED, but the "
        "quoted header cannot be un-NATed: fewer than 8 bytes writable, dropped), a header with options, "
        "another ICMP error (INVALID); an error to the wrong outer address (INVALID), one fragmented"))


def nat_zone_orig():
    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.packet import Raw
    rules = _table("raw", ("PREROUTING", "OUTPUT"), [
        "-A PREROUTING -i eth0 -m tos --tos 0x10 -j CT --zone-orig 7",
        "-A PREROUTING -i eth0 -s 192.168.1.20 -j CT --zone 3",
        "-A OUTPUT -p udp -j CT --zone-orig 9",
    ]) + _table("nat", NAT, [
        "-A PREROUTING",
        "-A OUTPUT",
        "-A POSTROUTING -o eth1 -p udp -j SNAT --to-source 10.0.2.1:40000",
        "-A POSTROUTING -o eth1 -p tcp -j MASQUERADE",
        "-A POSTROUTING -o eth1 -p icmp -j MASQUERADE",
    ]) + _table("filter", FILTER, [
        "-A INPUT -m conntrack --ctstate ESTABLISHED", "-A INPUT",
        "-A FORWARD -m conntrack --ctstate NEW", "-A FORWARD -m conntrack --ctstate ESTABLISHED",
        "-A FORWARD -m conntrack --ctstate INVALID",
    ])
    c = Cap()
    a, srv = "192.168.1.10", "8.8.8.8"
    c.add("left", IP(src=a, dst=srv) / UDP(sport=40000, dport=53) / Raw(b"a"))
    c.add("left", IP(src=a, dst=srv, tos=0x10) / UDP(sport=40000, dport=53) / Raw(b"b"))
    c.add("right", IP(src=srv, dst="10.0.2.1") / UDP(sport=53, dport=40000) / Raw(b"r"))
    c.add("left", IP(src="192.168.1.20", dst=srv) / TCP(sport=40001, dport=80, flags="S", seq=1))
    c.add("right", IP(src=srv, dst="10.0.2.1") / TCP(sport=80, dport=40001, flags="SA", seq=9, ack=2))
    c.add("left", IP(src=a, dst=srv) / TCP(sport=40001, dport=80, flags="S", seq=100))
    c.add("left", IP(src="192.168.1.20", dst="1.1.1.1") / ICMP(type=8, id=55, seq=1))
    c.add("right", IP(src="1.1.1.1", dst="10.0.2.1") / ICMP(type=0, id=55, seq=1))
    c.add("local1", IP(src="10.0.2.1", dst="1.1.1.1") / UDP(sport=40002, dport=53) / Raw(b"l"))
    c.add("right", IP(src="1.1.1.1", dst="10.0.2.1") / UDP(sport=53, dport=40000) / Raw(b"m"))
    return Scenario("nat-zone-orig", rules, c.frames, about=(
        "NAT under directional zones: whether a reply tuple is taken is asked in the zone of the reply "
        "direction, so a flow in --zone-orig 7 clashes with the same flow's binding in zone 0 (one SNAT "
        "port: dropped, no entry), while fw's own --zone-orig 9 flow gets the port and its answer is "
        "found from zone 0; a --zone 3 flow keeps the port a zone-0 flow also has, and its answers "
        "arriving in zone 0 find nothing"))


def connlimit_zones():
    from scapy.layers.inet import IP, TCP
    rules = _table("raw", ("PREROUTING", "OUTPUT"), [
        "-A PREROUTING -i eth0 -s 192.168.1.20/32 -j CT --zone 4",
    ]) + _table("nat", NAT, [
        "-A PREROUTING -d 10.0.2.1/32 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.10:80",
        "-A POSTROUTING -o eth1 -j MASQUERADE",
    ]) + _table("filter", FILTER, [
        "-A FORWARD -p tcp --syn -m connlimit --connlimit-above 2 --connlimit-mask 32 --connlimit-saddr",
        "-A FORWARD -p tcp --syn -m connlimit --connlimit-upto 1 --connlimit-mask 24 --connlimit-saddr",
        "-A FORWARD -p tcp --syn -m connlimit --connlimit-above 1 --connlimit-mask 32 --connlimit-daddr",
        "-A OUTPUT -p udp -m recent --set --name out --rdest",
        "-A OUTPUT -p udp -m recent --rcheck --name out --rdest --hitcount 2",
        "-A INPUT -p udp -m recent --rcheck --name out --rsource",
        "-A INPUT -m quota --quota 100",
        "-A OUTPUT -m quota --quota 60",
    ])
    c = Cap()
    for i, src in enumerate(["192.168.1.10", "192.168.1.10", "192.168.1.10", "192.168.1.20", "192.168.1.20",
                             "192.168.1.30"]):
        c.add("left", IP(src=src, dst="93.184.216.34") / TCP(sport=63000 + i, dport=80, flags="S", seq=1))
    for i in range(3):
        c.add("right", IP(src=f"203.0.113.{i + 1}", dst="10.0.2.1") / TCP(sport=63100 + i, dport=8080, flags="S", seq=1))
    for i in range(3):
        c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 63200 + i, 53, b"q", b"a")
    return Scenario("connlimit-zones", rules, c.frames, about=(
        "connlimit counts per address and zone (xt_connlimit keys its tree by the masked address and the "
        "entry's zone id): a /24 source with 3 connections in zone 0 still has its first in zone 4, the "
        "destination's count restarts in zone 4; DNATed connections are counted by the translated "
        "destination; recent and quota on fw's own traffic and its answers"))


def nat_bysource_zones():
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    rules = _table("raw", ("PREROUTING", "OUTPUT"), [
        "-A PREROUTING -d 1.1.1.1/32 -i eth0 -j CT --zone-reply 7",
        "-A PREROUTING -d 9.9.9.9/32 -i eth0 -j CT --zone 7",
        "-A PREROUTING -d 4.4.4.4/32 -i eth0 -j CT --zone-orig 7",
        "-A PREROUTING -d 5.5.5.5/32 -i eth0 -j CT --zone 7",
    ]) + _table("nat", NAT, ["-A POSTROUTING -o eth1 -p udp -j SNAT --to-source 10.0.2.10-10.0.2.250"])
    c = Cap()
    for dst in ("8.8.8.8", "1.1.1.1", "9.9.9.9", "4.4.4.4", "5.5.5.5", "8.8.4.4"):
        c.add("left", IP(src="192.168.1.10", dst=dst) / UDP(sport=5000, dport=53) / Raw(b"q"))
    return Scenario("nat-bysource-zones", rules, c.frames, about=(
        "SNAT address ranges reuse a source's current mapping (find_appropriate_src) only from the same "
        "bysource chain (hashed with the zone id only when the zone covers both directions) and the same "
        "original-direction zone id: --zone-reply 7 reuses zone 0's address, --zone 7 gets its own (hash "
        "of source, destination and zone), which a later --zone 7 flow reuses but a --zone-orig 7 one "
        "does not"))


def icmp_error_zone_dirs():
    from scapy.layers.inet import ICMP, IP, UDP
    from scapy.packet import Raw

    def err(side, src, about):
        c.add(side, IP(src=src, dst=about[IP].src) / ICMP(type=3, code=3) / bytes(about)[:28])

    def udp(src, dst, sport, dport):
        return IP(src=src, dst=dst) / UDP(sport=sport, dport=dport) / Raw(b"u")
    rules = _table("raw", ("PREROUTING", "OUTPUT"), [
        "-A PREROUTING -s 192.168.1.20/32 -i eth0 -j CT --zone-orig 7",
        "-A PREROUTING -s 192.168.1.30/32 -i eth0 -j CT --zone-reply 5",
        "-A PREROUTING -i eth1 -j CT --zone-reply 5",
    ]) + _table("filter", FILTER, [
        "-A FORWARD -m conntrack --ctstate RELATED", "-A FORWARD -m conntrack --ctstate INVALID",
        "-A FORWARD -m conntrack --ctstate NEW", "-A FORWARD -m conntrack --ctstate ESTABLISHED",
        "-A FORWARD -s 192.168.1.20/32 -p icmp", "-A FORWARD -s 192.168.1.10/32 -p icmp",
        "-A FORWARD -s 192.168.1.30/32 -p icmp", "-A FORWARD -i eth1 -p icmp",
    ])
    c = Cap()
    a = c.add("right", udp("203.0.113.7", "192.168.1.20", 1000, 2000))     # ids: original 0, reply 5
    err("left", "192.168.1.20", a)                                          # looked up with 7, then 0
    b = c.add("left", udp("192.168.1.20", "8.8.8.8", 1001, 2001))          # original 7, reply 0
    err("right", "8.8.8.8", b)                                              # 0 (its reply: not valid), then 5
    err("left", "192.168.1.20", udp("8.8.8.8", "192.168.1.20", 2001, 1001))
    d = c.add("right", udp("203.0.113.8", "192.168.1.10", 1002, 2002))     # original 0, reply 5
    err("left", "192.168.1.10", d)
    err("right", "203.0.113.8", udp("192.168.1.10", "203.0.113.8", 2002, 1002))   # its original, with 0
    e = c.add("left", udp("192.168.1.10", "8.8.4.4", 1003, 2003))
    err("right", "8.8.4.4", e)
    g = c.add("left", udp("192.168.1.20", "8.8.4.4", 1004, 2004))
    err("right", "8.8.4.4", g)
    h = c.add("right", udp("203.0.113.10", "192.168.1.30", 1005, 2005))    # original 0, reply 5
    err("left", "192.168.1.30", h)                                          # its reply, with 5
    c.ping("right", "left", "203.0.113.9", "192.168.1.20", 33)
    return Scenario("icmp-error-zone-dirs", rules, c.frames, about=(
        "ICMP errors under directional zones: the quoted connection is looked up with the zone id of the "
        "error's own template for the original direction, then for the reply direction, and a hit counts "
        "only where the entry has that id in the direction it was found in (nf_conntrack_find_get, "
        "nf_ct_key_equal): an error arriving with --zone-reply 5 finds an entry's original tuple in zone 0 "
        "(RELATED) but not its reply tuple in zone 0 (INVALID)"))


def output_mark_reroute_tables():
    rules = _table("raw", ("PREROUTING", "OUTPUT"), [
        "-A OUTPUT -p udp -m udp --dport 53 -j MARK --set-xmark 0x1/0xffffffff",
    ]) + _table("mangle", MANGLE, [
        "-A OUTPUT -p udp -m udp --dport 54 -j MARK --set-xmark 0x1/0xffffffff",
        "-A OUTPUT -p udp -m udp --dport 56 -j MARK --set-xmark 0x1/0xffffffff",
        "-A OUTPUT -p udp -m udp --dport 56 -j MARK --set-xmark 0x0/0xffffffff",
        "-A OUTPUT -p udp -m udp --dport 57 -j TOS --set-tos 0x10/0xff",
        "-A POSTROUTING -o eth0", "-A POSTROUTING -o eth1",
    ]) + _table("nat", NAT, [
        "-A OUTPUT -p udp -m udp --dport 55 -j MARK --set-xmark 0x1/0xffffffff",
        "-A OUTPUT -p udp -m udp --dport 58 -j MARK --set-xmark 0x1/0xffffffff",
        "-A OUTPUT -p udp -m udp --dport 58 -j DNAT --to-destination 8.8.4.4",
    ]) + _table("filter", FILTER, [
        "-A OUTPUT -p udp -m udp --dport 59 -j MARK --set-xmark 0x1/0xffffffff",
        "-A OUTPUT -o eth0", "-A OUTPUT -o eth1",
    ])
    ip = [TABLE_100, "rule add fwmark 1 table 100", "rule add tos 0x10 table 100"]
    c = Cap()
    for p in range(53, 60):
        c.udp("local1", "left", "10.0.2.1", "8.8.8.8", 51000 + p, p, b"q", None)
    return Scenario("output-mark-reroute-tables", rules, c.frames, ip=ip, frames_out=True, about=(
        "Which OUTPUT tables reroute fw's own packets after a change: mangle when the mark or TOS "
        "changed (a mark set back to what it was does not), nat only when the destination changed "
        "(then with the new mark); a mark set in raw or filter OUTPUT, or in nat without DNAT, leaves "
        "the packet on its first route"))


ALL = [frag_port_matches, short_headers_nat, icmp_error_quotes, nat_zone_orig, connlimit_zones, nat_bysource_zones,
       icmp_error_zone_dirs, output_mark_reroute_tables]
