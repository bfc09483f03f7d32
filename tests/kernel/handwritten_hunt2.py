"""Hand-written scenarios of the second hunt for differences: each of the first seven differed
from Linux 6.18 until the fix its README names (IPv4 header and option checks in ip_rcv, a
multicast frame's interface, --ctexpire before confirmation, CT event masks, UDP-Lite checksums);
their folders are written by `python -m tests.kernel.handwritten`. handwritten_hunt2_kept.py holds
the scenarios of the hunt that were identical from the start."""
from __future__ import annotations

import struct

from .capture import Cap, Scenario, csum

CHAINS = {"nat": ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"), "raw": ("PREROUTING", "OUTPUT"),
          "mangle": ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"),
          "filter": ("INPUT", "FORWARD", "OUTPUT"), "security": ("INPUT", "FORWARD", "OUTPUT")}
CL, CL2, SV, PUB = "192.168.1.10", "192.168.1.11", "203.0.113.5", "10.0.2.1"
STATES = ("NEW", "ESTABLISHED", "RELATED", "INVALID", "UNTRACKED")
COUNT_ALL = ["-A PREROUTING", "-A INPUT", "-A FORWARD", "-A OUTPUT", "-A POSTROUTING"]


def tbl(name, rules, user=()):
    head = [f"*{name}"] + [f":{c} ACCEPT [0:0]" for c in CHAINS[name]] + [f":{u} - [0:0]" for u in user]
    return "\n".join(head + list(rules) + ["COMMIT"]) + "\n"


def states(chain="FORWARD"):
    """A counter per conntrack state in `chain`."""
    return [f"-A {chain} -m conntrack --ctstate {s}" for s in STATES]


def seg(c, side, src, dst, sport, dport, flags, seq, ack=0, payload=b"", window=502, options=(), chksum=None,
        ttl=64, tos=0):
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    p = IP(src=src, dst=dst, ttl=ttl, tos=tos, id=1) / TCP(sport=sport, dport=dport, flags=flags, seq=seq & 0xFFFFFFFF,
                                                           ack=ack & 0xFFFFFFFF, window=window, options=list(options))
    if chksum is not None:
        p[TCP].chksum = chksum
    return c.add(side, p / Raw(payload) if payload else p)


class Flow:
    """A TCP connection a -> b with its sequence numbers; a_seen: the client as the server sees it
    (after SNAT), b_real/b_port: the server it really reaches (after DNAT)."""

    def __init__(self, c, a_side, b_side, a, b, sport, dport, a_seen=None, b_real=None, b_port=None):
        self.c, self.a_side, self.b_side, self.a, self.b, self.sport, self.dport = c, a_side, b_side, a, b, sport, dport
        self.a_seen, self.b_real, self.b_port = a_seen or a, b_real or b, b_port or dport
        self.s, self.r = 1000, 5000

    def c2s(self, flags, payload=b"", seq=None, ack=None, **kw):
        seg(self.c, self.a_side, self.a, self.b, self.sport, self.dport, flags, self.s if seq is None else seq,
            self.r if ack is None else ack, payload, **kw)
        if seq is None:
            self.s += len(payload) + ("S" in flags or "F" in flags)
        return self

    def s2c(self, flags, payload=b"", seq=None, ack=None, **kw):
        seg(self.c, self.b_side, self.b_real, self.a_seen, self.b_port, self.sport, flags,
            self.r if seq is None else seq, self.s if ack is None else ack, payload, **kw)
        if seq is None:
            self.r += len(payload) + ("S" in flags or "F" in flags)
        return self

    def open(self):
        return self.c2s("S").s2c("SA").c2s("A")

    def talk(self, q=b"hello\n", a=b"world\n"):
        return self.c2s("PA", q).s2c("PA", a).c2s("A")

    def close(self):
        return self.c2s("FA").s2c("FA").c2s("A")


def raw_ip(c, side, data: bytes, header_csum=True):
    """An IPv4 packet exactly as given (scapy fixes nothing); its header checksum recomputed."""
    from scapy.layers.l2 import Ether
    from .capture import SIDES
    if header_csum:
        ihl = (data[0] & 15) * 4
        b = bytearray(data)
        b[10:12] = b"\0\0"
        b[10:12] = struct.pack("!H", csum(bytes(b[:ihl])))
        data = bytes(b)
    src, dst = SIDES[side]
    c.t += c.step
    c.frames.append((round(c.t, 6), bytes(Ether(src=src, dst=dst, type=0x0800)) + data))


def ct_expire_unconfirmed():
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    rules = tbl("nat", [
        "-A PREROUTING -i eth1 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.20:80",
        "-A POSTROUTING -o eth1 -s 192.168.1.0/24 -j MASQUERADE",
    ]) + tbl("filter", states() + [
        "-A FORWARD -m conntrack --ctorigsrc 192.168.1.0/24 --ctdir ORIGINAL",
        "-A FORWARD -m conntrack --ctorigsrc 192.168.1.0/24 --ctdir REPLY",
        "-A FORWARD -m conntrack --ctrepldst 10.0.2.1/32",
        "-A FORWARD -m conntrack --ctrepldst 10.0.2.0/255.255.255.0 --ctreplsrc 203.0.113.0/24",
        "-A FORWARD -m conntrack --ctorigdst 10.0.2.1 --ctorigdstport 8080",
        "-A FORWARD -m conntrack --ctreplsrc 192.168.1.20 --ctreplsrcport 80",
        "-A FORWARD -m conntrack ! --ctorigsrc 192.168.1.0/24 ! --ctstate INVALID",
        "-A FORWARD -m conntrack --ctstatus SEEN_REPLY",
        "-A FORWARD -m conntrack --ctstatus ASSURED",
        "-A FORWARD -m conntrack ! --ctstatus SEEN_REPLY,ASSURED",
        "-A FORWARD -m conntrack --ctstatus CONFIRMED",
        "-A FORWARD -m conntrack --ctstate SNAT",
        "-A FORWARD -m conntrack --ctstate DNAT",
        "-A FORWARD -m conntrack --ctstate NEW,SNAT",
        "-A FORWARD -m conntrack --ctproto 6 --ctorigsrcport 40000:40005",
        "-A FORWARD -m conntrack --ctexpire 100:200",
        "-A FORWARD -m conntrack --ctexpire 0:31",
        "-A FORWARD -m conntrack ! --ctexpire 1000:432000",
        "-A FORWARD -m state --state NEW,RELATED",
    ])
    c = Cap()
    Flow(c, "left", "right", CL, SV, 40001, 443, a_seen=PUB).open().talk().close()
    Flow(c, "right", "left", SV, PUB, 40002, 8080, b_real="192.168.1.20", b_port=80).open().talk()
    c.add("left", IP(src=CL, dst=SV) / UDP(sport=40003, dport=53) / Raw(b"ping"))
    c.add("right", IP(src=SV, dst=PUB) / UDP(sport=53, dport=40003) / Raw(b"pong"))
    c.ping("left", "right", CL, SV, 17, reply_to=PUB)
    return Scenario("ct-expire-unconfirmed", rules, c.frames, {"net.netfilter.nf_conntrack_udp_timeout": "150"}, about=(
        "conntrack match tuples (masks, ports, directions), statuses and NAT states through DNAT and "
        "MASQUERADE; --ctexpire on a connection's first packet sees 0 s left (nf_ct_expires() of an "
        "unconfirmed entry, whose timeout is still relative), later packets their remaining timeout"))


def l3_matches_multicast():
    from scapy.layers.inet import ICMP, IP, UDP
    from scapy.packet import Raw
    rules = tbl("mangle", [
        "-A PREROUTING -p tcp -m tcp --dport 80 -j TOS --set-tos 0x10/0x3f",
        "-A PREROUTING -p udp -j DSCP --set-dscp-class AF41",
        "-A PREROUTING -p icmp -j TTL --ttl-dec 10",
    ]) + tbl("filter", [
        "-A FORWARD -m tos --tos 0x10/0x3f", "-A FORWARD -m tos --tos Minimize-Delay",
        "-A FORWARD -m dscp --dscp-class AF41", "-A FORWARD -m dscp --dscp 0x22",
        "-A FORWARD -m ttl --ttl-lt 60", "-A FORWARD -m ttl --ttl-gt 62", "-A FORWARD -m ttl --ttl-eq 53",
        "-A FORWARD -m ecn --ecn-ip-ect 1", "-A FORWARD -p tcp -m ecn --ecn-tcp-cwr",
        "-A FORWARD -p tcp -m ecn --ecn-tcp-ece",
        "-A FORWARD -m length --length 40:60", "-A FORWARD -m length ! --length 0:100",
        "-A FORWARD -m iprange --src-range 192.168.1.5-192.168.1.10",
        "-A FORWARD -m iprange ! --dst-range 203.0.113.0-203.0.113.4",
        "-A FORWARD -m pkttype --pkt-type unicast", "-A FORWARD -m pkttype --pkt-type multicast",
        "-A FORWARD -p tcp -m multiport --ports 79:81,443", "-A FORWARD -p udp -m multiport ! --sports 1000:2000,53",
        "-A FORWARD -m string --string GET --algo bm --from 40 --to 60",
        "-A FORWARD -m string --string get --algo kmp --icase", "-A FORWARD -m string --hex-string |00ff| --algo bm",
        "-A FORWARD -m u32 --u32 0>>22&0x3C@12>>26&0x3F=0x18",
        "-A FORWARD -m u32 --u32 \"6 & 0xFF = 1 && 0 >> 22 & 0x3C @ 0 >> 24 = 8\"",
        "-A FORWARD -m u32 --u32 0&0xFFFF=0x28:0x40",
        "-A FORWARD -p tcp -m tcp --tcp-option 8", "-A FORWARD -p tcp -m tcp --tcp-flags SYN,ACK,FIN ACK ! --dport 80",
        "-A FORWARD -p icmp -m icmp --icmp-type echo-request", "-A FORWARD -p icmp -m icmp ! --icmp-type 0",
        "-A FORWARD -p icmp -m icmp --icmp-type 3/1", "-A FORWARD -p icmp -m icmp --icmp-type any",
    ])
    c = Cap()
    f = Flow(c, "left", "right", "192.168.1.7", SV, 40000, 80)
    f.c2s("S", options=[("MSS", 1460), ("Timestamp", (1, 0))], tos=0x2).s2c("SA", ttl=55, tos=0x1)
    f.c2s("A", ttl=61).c2s("PA", b"GET / HTTP/1.0\r\n", tos=0x3).s2c("PA", b"\x00\xffget ok")
    seg(c, "right", SV, "192.168.1.7", 80, 40000, "PAE", f.r, f.s, b"x" * 100, ttl=53)
    seg(c, "left", "192.168.1.7", SV, 40000, 80, "AC", f.s, f.r + 100, ttl=70)
    c.add("left", IP(src="192.168.1.12", dst="203.0.113.3", tos=0x1) / UDP(sport=1500, dport=53) / Raw(b"q" * 70))
    c.add("left", IP(src="192.168.1.12", dst="203.0.113.3") / UDP(sport=53, dport=53) / Raw(b"q"))
    c.add("left", IP(src="192.168.1.12", dst="203.0.113.3", ttl=68) / ICMP(type=8, id=5) / Raw(b"GETx"))
    c.add("right", IP(src="203.0.113.3", dst="192.168.1.12", ttl=5) / ICMP(type=0, id=5) / Raw(b"GETx"))
    c.add("right", IP(src="203.0.113.3", dst="192.168.1.12") / ICMP(type=3, code=1) / bytes(
        IP(src="192.168.1.12", dst="203.0.113.3") / UDP(sport=1500, dport=53))[:28])
    c.add("left", IP(src="192.168.1.12", dst="224.0.0.5") / UDP(sport=5, dport=5), dst_mac="01:00:5e:00:00:05")
    return Scenario("l3-matches-multicast", rules, c.frames, about=(
        "tos, dscp, ttl, ecn, length, iprange, pkttype, multiport, string, u32, tcp options and icmp "
        "types after TOS/DSCP/TTL rewrites; a multicast frame from a routed source on the left wire "
        "(its station heard there before) is counted in PREROUTING, then dropped by routing"))


def ip_header_edges():
    from scapy.layers.inet import IP, UDP, IPOption_EOL, IPOption_LSRR, IPOption_NOP, IPOption_RR
    from scapy.layers.inet import IPOption_Router_Alert, IPOption_Timestamp
    from scapy.packet import Raw
    rules = tbl("mangle", COUNT_ALL) + tbl("filter", states() + ["-A INPUT"])
    c = Cap()
    good = bytes(IP(src=CL, dst=SV) / UDP(sport=1000, dport=53) / Raw(b"q" * 10))

    def bad(at, value):
        b = bytearray(good)
        b[at:at + len(value)] = value
        raw_ip(c, "left", bytes(b))
    raw_ip(c, "left", good, header_csum=False)
    c.t += c.step                                            # trailing bytes past the total length: trimmed
    c.frames.append((round(c.t, 6), c.frames[-1][1] + bytes(20)))
    b = bytearray(good)
    b[10] ^= 0xFF
    raw_ip(c, "left", bytes(b), header_csum=False)           # bad header checksum
    bad(2, struct.pack("!H", 80))                            # total length past the frame
    bad(2, struct.pack("!H", 30))                            # total length cutting the UDP payload
    bad(0, b"\x44")                                          # header length 4
    bad(0, b"\x65")                                          # version 6
    bad(2, struct.pack("!H", 19))                            # total length under the header
    for i, opts in enumerate([[IPOption_NOP(), IPOption_NOP(), IPOption_NOP(), IPOption_EOL()],
                              [IPOption_Router_Alert()], [IPOption_RR(routers=["0.0.0.0"] * 2)],
                              [IPOption_Timestamp(flg=0, length=12, pointer=5)],
                              [IPOption_LSRR(routers=["203.0.113.9"])]]):
        c.add("left", IP(src=CL, dst=SV, options=opts) / UDP(sport=2000 + i, dport=53) / Raw(b"o"))
    b = bytearray(bytes(IP(src=CL, dst=SV, options=[IPOption_NOP()] * 4) / UDP(sport=2010, dport=53) / Raw(b"o")))
    b[20:24] = bytes([7, 1, 0, 0])                           # an option of length 1
    raw_ip(c, "left", bytes(b))
    for src, dst in (("127.0.0.5", SV), ("224.0.0.9", SV), (CL, "127.0.0.1"), (CL, "0.0.0.0"), (CL, "240.1.2.3"),
                     ("0.0.0.0", SV), ("10.0.1.1", SV), (CL, "10.0.2.255"), (CL, "10.0.1.0")):
        c.add("left", IP(src=src, dst=dst) / UDP(sport=1, dport=53))
    return Scenario("ip-header-edges", rules, c.frames, about=(
        "ip_rcv drops a bad header checksum, a total length past the bytes received or under the "
        "header, header length 4, version 6 before any hook (trailing bytes are trimmed); malformed "
        "options (a timestamp overrunning the header, length 1) and a source route "
        "(accept_source_route off) are dropped after PREROUTING, as are martians"))


IP_OPTIONS = [
    ("nop-eol", b"\x01\x01\x01\x00"), ("eol-junk", b"\x00\x07\x07\x07"), ("ra", b"\x94\x04\x00\x00"),
    ("ra-nonzero", b"\x94\x04\x00\x01"), ("ra-short", b"\x94\x02\x01\x00"), ("len1", b"\x07\x01\x00\x00"),
    ("len-over", b"\x07\x09\x04\x00"), ("rr-empty", b"\x07\x07\x04\x00\x00\x00\x00\x00"),
    ("rr-full", b"\x07\x07\x08\x01\x02\x03\x04\x00"), ("rr-ptr3", b"\x07\x07\x03\x00\x00\x00\x00\x00"),
    ("rr-ptr-bad", b"\x07\x07\x05\x00\x00\x00\x00\x00"), ("rr-twice", b"\x07\x03\x04\x07\x03\x04\x00\x00"),
    ("ts-only", b"\x44\x0c\x05\x00" + bytes(8)), ("ts-ptr4", b"\x44\x0c\x04\x00" + bytes(8)),
    ("ts-addr-short", b"\x44\x08\x05\x01" + bytes(4)), ("ts-full-ovf", b"\x44\x08\x09\x00" + bytes(4)),
    ("ts-full-ovf15", b"\x44\x08\x09\xf0" + bytes(4)), ("ts-flag7", b"\x44\x08\x05\x07" + bytes(4)),
    ("sec", b"\x82\x0b" + bytes(10)), ("cipso", b"\x86\x06\x00\x00\x00\x01\x00\x00"), ("unknown", b"\x9e\x04\x00\x00"),
    ("lsrr", b"\x83\x07\x04\xcb\x00\x71\x09\x00"), ("ssrr", b"\x89\x07\x04\xcb\x00\x71\x09\x00"),
    ("lsrr-done", b"\x83\x07\x08\xcb\x00\x71\x09\x00"), ("lsrr-ptr3", b"\x83\x07\x03\xcb\x00\x71\x09\x00"),
    ("two-srr", b"\x83\x03\x04\x83\x03\x04\x00\x00"),
]


def _options_capture(c, dst, port0, skip=()):
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    for i, (name, o) in enumerate(IP_OPTIONS):
        if name in skip:
            continue
        o += bytes(-len(o) % 4)
        base = bytes(IP(src=CL, dst=dst) / UDP(sport=1, dport=port0 + i) / Raw(b"x"))
        b = bytearray(base[:20]) + o + base[20:]
        b[0] = 0x45 + len(o) // 4
        b[2:4] = struct.pack("!H", len(b))
        raw_ip(c, "left", bytes(b))


def _options_rules(more=()):
    n = len(IP_OPTIONS)
    return tbl("raw", ["-A PREROUTING"]) + tbl("mangle", list(more)) + tbl(
        "filter", [f"-A FORWARD -p udp -m udp --dport {1000 + i}" for i in range(n)]
        + [f"-A INPUT -p udp -m udp --dport {1100 + i}" for i in range(n)])


def ip_options():
    c = Cap()
    _options_capture(c, SV, 1000)
    _options_capture(c, "10.0.1.1", 1100)
    return Scenario("ip-options-malformed", _options_rules(), c.frames, about=(
        "__ip_options_compile() on 26 option lists, forwarded and delivered: NOP/EOL, router alert, "
        "recorded route, timestamps (also full, overflowing, unknown flag), security and unknown "
        "options pass; a bad length, pointer or repeat, a short router alert, a wrapping overflow "
        "counter, CIPSO and (accept_source_route off) any source route are dropped after PREROUTING"))


def ip_options_source_route():
    c = Cap()
    # not a timestamp with room: the kernel stamps it with its own time of day, the frames leaving
    # could not be compared byte for byte
    _options_capture(c, SV, 1000, skip=("ts-only",))
    _options_capture(c, "10.0.1.1", 1100, skip=("ts-only",))
    rules = _options_rules(["-A FORWARD -d 10.0.1.1", "-A FORWARD -d 203.0.113.9", "-A POSTROUTING -d 10.0.1.1",
                            "-A POSTROUTING -d 203.0.113.9", "-A INPUT"])
    return Scenario("ip-options-source-route", rules, c.frames, {"net.ipv4.conf.all.accept_source_route": "1"},
                    frames_out=True, about=(
        "accept_source_route on: a loose source route through fw is forwarded, a strict one refused "
        "(ip_options_rcv_srr); to fw itself the option's next hop is followed: FORWARD sees fw's own "
        "address, POSTROUTING the hop (ip_forward_options); a strict route through a gateway fails, "
        "a used-up route is delivered"))


def ct_events_template_mask():
    rules = tbl("raw", [
        "-A PREROUTING -p tcp -m tcp --dport 80 -j CT --ctevents new,destroy",
        "-A PREROUTING -p tcp -m tcp --dport 81 -j CT --ctevents assured",
        "-A PREROUTING -p udp -j CT --ctevents mark",
        "-A PREROUTING -p icmp -j CT --ctevents related,protoinfo",
    ]) + tbl("mangle", ["-A FORWARD -p udp -j CONNMARK --set-mark 0x5",
                        "-A FORWARD -p tcp -j CONNMARK --set-mark 0x6"]) + tbl("filter", states())
    c = Cap()
    for port in (80, 81, 82):
        Flow(c, "left", "right", CL, SV, 39920 + port, port).open().talk().close()
    c.udp("left", "right", CL, SV, 40003, 53)
    c.ping("left", "right", CL, SV, 4)
    # nf_conntrack_events=1: the templates get their masks whether or not conntrack -E already runs
    # when the rules load (with 2, the default, only if it does; with 0 the unmasked entries would
    # deliver nothing, and the kernel lab's sentinel entries neither)
    return Scenario("ct-events-template-mask", rules, c.frames, {"net.netfilter.nf_conntrack_events": "1"}, about=(
        "CT --ctevents masks: an entry delivers a batch of cached events only when it holds one of "
        "its template's (NEW and DESTROY for new,destroy; the ESTABLISHED update for assured; NEW "
        "with its mark for mark; nothing for related,protoinfo), entries without a template all"))


def udplite_checksums():
    from socket import inet_aton

    from scapy.layers.inet import IP
    from scapy.packet import Raw

    def lite(src, dst, sp, dp, data, cov=8, proto=136, chksum=None):
        u = bytearray(struct.pack("!HHHH", sp, dp, cov, 0) + data)
        ph = inet_aton(src) + inet_aton(dst) + struct.pack("!BBH", 0, proto, len(u))
        u[6:8] = struct.pack("!H", chksum if chksum is not None else (csum(ph + bytes(u[:cov or len(u)])) or 0xFFFF))
        return IP(src=src, dst=dst, proto=136) / Raw(bytes(u))
    rules = tbl("nat", ["-A POSTROUTING -o eth1 -j MASQUERADE",
                        "-A PREROUTING -i eth1 -p udplite -d 10.0.2.1 -j DNAT --to-destination 192.168.1.70"]) + \
        tbl("filter", states() + ["-A FORWARD -p udplite", "-A FORWARD -p 136 -s 192.168.1.70"])
    c = Cap()
    i = 0
    for proto in (136, 17):
        for cov, data in ((8, b"lite-q"), (0, b"lite-q"), (12, b"lite-q"), (9, b"lite-qq"), (0, b"odd"), (11, b"odd")):
            c.add("left", lite(CL, SV, 41000 + i, 7000, data, cov=cov, proto=proto))
            i += 1
    c.add("right", lite(SV, PUB, 7000, 41006, b"r", proto=17))
    c.add("right", lite(SV, PUB, 7000, 41007, b"r", proto=136))
    c.add("left", lite(CL, SV, 41020, 7000, b"x", cov=4, proto=17))
    c.add("left", lite(CL, SV, 41021, 7000, b"x", proto=17, chksum=0))
    c.add("right", lite(SV, PUB, 41030, 7000, b"in", proto=17))
    c.add("left", lite("192.168.1.70", SV, 7000, 41030, b"out", proto=17))
    return Scenario("udplite-checksums", rules, c.frames, about=(
        "UDP-Lite through MASQUERADE and DNAT: conntrack checks the covered bytes with a pseudo header "
        "naming protocol 17 (udplite_error passes IPPROTO_UDP), so RFC 3828 checksums are INVALID and "
        "ones made with 17 tracked; a coverage under 8 and a zero checksum are INVALID"))


ALL = [ct_expire_unconfirmed, l3_matches_multicast, ip_header_edges, ip_options, ip_options_source_route,
       ct_events_template_mask, udplite_checksums]
