"""Hand-written scenarios of fragments (overlapping, out of order, duplicate, tiny, DF+MF, zero-length,
timed out, TTL 1, oversized, to broadcasts, no queue allowed) with and without conntrack, and of
frames ip_rcv() refuses before PREROUTING (header checksum, length, version, VLAN tags); see
handwritten_stack.py."""
from __future__ import annotations

from .capture import SIDES, Cap
from .stackkit import L, R, by_sport, counting, frag, raw_frame, scenario, udp

WHOLE = range(40300, 40310)         # the datagrams of _frag_cases(), by their UDP source port


def _frag_cases(c, dst, side="left", src=L):
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw

    def body(n, sport):
        return bytes(IP(src=src, dst=dst) / UDP(sport=sport, dport=53) / Raw(b"d" * (n - 8)))[20:]
    u = body(48, 40300)                                            # out of order
    frag(c, side, src, dst, 17, u[32:], 4, False, 2600)
    frag(c, side, src, dst, 17, u[16:32], 2, True, 2600)
    frag(c, side, src, dst, 17, u[:16], 0, True, 2600)
    u = body(48, 40301)                                            # a duplicate
    frag(c, side, src, dst, 17, u[:16], 0, True, 2601)
    frag(c, side, src, dst, 17, u[:16], 0, True, 2601)
    frag(c, side, src, dst, 17, u[16:], 2, False, 2601)
    u = body(48, 40302)                                            # overlapping: the whole queue dies
    frag(c, side, src, dst, 17, u[:24], 0, True, 2602)
    frag(c, side, src, dst, 17, u[16:], 2, False, 2602)
    u = body(48, 40303)                                            # tiny first fragment
    frag(c, side, src, dst, 17, u[:8], 0, True, 2603)
    frag(c, side, src, dst, 17, u[8:], 1, False, 2603)
    u = body(48, 40304)                                            # DF and MF together
    frag(c, side, src, dst, 17, u[:24], 0, True, 2604, df=True)
    frag(c, side, src, dst, 17, u[24:], 3, False, 2604, df=True)
    u = body(48, 40305)                                            # a zero-length middle fragment
    frag(c, side, src, dst, 17, u[:16], 0, True, 2605)
    frag(c, side, src, dst, 17, b"", 2, True, 2605)
    frag(c, side, src, dst, 17, u[16:], 2, False, 2605)
    u = body(48, 40306)                                            # a middle fragment not a multiple of 8
    frag(c, side, src, dst, 17, u[:20], 0, True, 2606)
    frag(c, side, src, dst, 17, u[16:], 2, False, 2606)
    u = body(48, 40307)                                            # a second, different last fragment
    frag(c, side, src, dst, 17, u[32:], 4, False, 2607)
    frag(c, side, src, dst, 17, u[32:40], 4, False, 2607)
    frag(c, side, src, dst, 17, u[:32], 0, True, 2607)
    u = body(48, 40308)                                            # a fragment past the last one
    frag(c, side, src, dst, 17, u[40:], 5, False, 2608)
    frag(c, side, src, dst, 17, u[:8] + b"x" * 40, 0, True, 2608)
    frag(c, side, src, dst, 17, u[8:40], 1, True, 2608)
    u = body(48, 40309)                                            # same id, another protocol: its own queue
    frag(c, side, src, dst, 17, u[:16], 0, True, 2609)
    frag(c, side, src, dst, 6, b"t" * 16, 0, True, 2609)
    frag(c, side, src, dst, 17, u[16:], 2, False, 2609)
    frag(c, side, src, dst, 6, b"t" * 20, 2, False, 2609)


def frag_oddities_local_noct():
    c = Cap()
    _frag_cases(c, "10.0.1.1")
    rules = counting(extra={"mangle": ["-A INPUT -f", "-A PREROUTING -f"], "filter": by_sport(("INPUT",), WHOLE)})
    return scenario("frag-oddities-local-noct", rules, c, {},
                    "fragments to fw without conntrack: every one crosses PREROUTING, ip_local_deliver() reassembles "
                    "(out of order, duplicates ignored, an overlap or a zero-length fragment kills the queue, a second "
                    "last fragment too, a middle one's odd tail is cut) and INPUT sees whole datagrams")


def frag_oddities_forward_ct():
    c = Cap()
    _frag_cases(c, R)
    rules = counting(ct=True, nat=True, extra={"mangle": ["-A FORWARD -f", "-A PREROUTING -f"],
                                               "filter": by_sport(("FORWARD",), WHOLE)})
    return scenario("frag-oddities-forward-ct", rules, c, {},
                    "the same fragments forwarded with conntrack: gathered at PREROUTING, one whole datagram per "
                    "completed queue through every hook and the conntrack table")


def frag_timeout_local():
    c = Cap()
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    u = bytes(IP(src=L, dst="10.0.1.1") / UDP(sport=40400, dport=53) / Raw(b"d" * 40))[20:]
    frag(c, "left", L, "10.0.1.1", 17, u[:16], 0, True, 700)
    frag(c, "left", L, "10.0.1.1", 17, u[16:], 2, False, 700, gap=1.5)    # the queue died at 1 s
    frag(c, "left", L, "10.0.1.1", 17, u[:16], 0, True, 700, gap=0.3)     # a new one completes
    u = bytes(IP(src=L, dst="10.0.1.1") / UDP(sport=40401, dport=53) / Raw(b"d" * 40))[20:]
    frag(c, "left", L, "10.0.1.1", 17, u[:16], 0, True, 701)
    frag(c, "left", L, "10.0.1.1", 17, u[16:], 2, False, 701, gap=0.8)
    return c


def frag_timeout_local_noct():
    rules = counting(extra={"filter": by_sport(("INPUT",), (40400, 40401))})
    return scenario("frag-timeout-local-noct", rules, frag_timeout_local(), {"net.ipv4.ipfrag_time": "1"},
                    "ipfrag_time=1 without conntrack: ip_local_deliver()'s queue lives one second from its first "
                    "fragment; a fragment after that starts a new one")


def frag_ttl_forward():
    c = Cap()
    from scapy.layers.inet import IP, UDP, fragment
    from scapy.packet import Raw
    for f in fragment(IP(src=L, dst=R, id=2800, ttl=1) / UDP(sport=40500, dport=53) / Raw(b"t" * 600), fragsize=304):
        c.add("left", f)
    for f in fragment(IP(src=L, dst=R, id=2801, ttl=2) / UDP(sport=40501, dport=53) / Raw(b"t" * 600), fragsize=304):
        c.add("left", f)
    frag(c, "left", L, R, 17, b"\0" * 16, 0, True, 2802, ttl=1)
    frag(c, "left", L, R, 17, b"\0" * 16, 2, False, 2802, ttl=5)
    return c


def frag_ttl_forward_ct():
    rules = counting(ct=True, extra={"mangle": ["-A PREROUTING -m ttl --ttl-eq 1", "-A FORWARD -m ttl --ttl-eq 0"]})
    return scenario("frag-ttl-forward-ct", rules, frag_ttl_forward(), {},
                    "TTL 1 fragments with conntrack: the whole datagram (the first fragment's header: its TTL) dies "
                    "in ip_forward after PREROUTING")


def frag_icmp_errors():
    c = Cap()
    from scapy.layers.inet import ICMP, IP, fragment
    c.add("left", udp(L, R, 40600, 53, b"q" * 30))
    q = bytes(udp(L, R, 40600, 53, b"q" * 30))
    for f in fragment(IP(src=R, dst=L, id=900) / ICMP(type=3, code=3) / (q + b"\0" * 600), fragsize=304):
        c.add("right", f)
    e = bytes(IP(src="10.0.2.2", dst=L) / ICMP(type=11, code=0) / q)
    frag(c, "right", "10.0.2.2", L, 1, e[20:28], 0, True, 901)     # 8 bytes: the ICMP header only
    frag(c, "right", "10.0.2.2", L, 1, e[28:], 1, False, 901)
    return c


def frag_icmp_errors_noct():
    rules = counting(extra={"filter": ["-A FORWARD -p icmp -m icmp --icmp-type 3",
                                       "-A FORWARD -p icmp -m icmp --icmp-type 11", "-A FORWARD -f"]})
    return scenario("frag-icmp-errors-noct", rules, frag_icmp_errors(), {},
                    "fragmented ICMP errors without conntrack: the icmp match sees the first fragment's type, "
                    "later fragments match -f only")


def frag_oversize():
    c = Cap()
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    body = bytes(IP(src=L, dst=R) / UDP(sport=40700, dport=53, len=8) / Raw(b"o" * 1472))[20:]
    chunk = 1480
    for i in range(45):        # 45 * 1480 = 66600 bytes: more than an IP datagram can hold
        more = i < 44
        data = body[:8] + b"o" * (chunk - 8) if i == 0 else b"o" * chunk
        frag(c, "left", L, R, 17, data, i * chunk // 8, more, 1000, gap=0.001)
    return scenario("frag-oversize", counting(ct=True), c, {},
                    "fragments adding up to more than 65535 bytes: dropped when complete (ip_frag_reasm), never seen")


def frag_broadcast():
    c = Cap()
    from scapy.layers.inet import IP, UDP, fragment
    from scapy.packet import Raw
    for i, dst in enumerate(("10.0.1.255", "255.255.255.255", "224.0.0.1")):
        dgram = IP(src="10.0.1.2", dst=dst, id=1300 + i) / UDP(sport=40340 + i, dport=137) / Raw(b"b" * 500)
        for f in fragment(dgram, fragsize=256):
            c.add("left", f)
    return c


def frag_broadcast_noct():
    rules = counting(extra={"mangle": ["-A INPUT -m pkttype --pkt-type broadcast",
                                       "-A INPUT -m addrtype --dst-type BROADCAST"]})
    return scenario("frag-broadcast-noct", rules, frag_broadcast(), {},
                    "fragments to broadcast and all-hosts addresses without conntrack: reassembled by "
                    "ip_local_deliver() for INPUT")


def frag_df_big():
    c = Cap()
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    for i, dst in enumerate((R, "10.0.1.1")):
        body = bytes(IP(src=L, dst=dst) / UDP(sport=40380 + i, dport=53) / Raw(b"D" * 2900))[20:]
        for off in range(0, len(body), 1480):
            last = off + 1480 >= len(body)
            frag(c, "left", L, dst, 17, body[off:off + 1480], off // 8, not last, 1400 + i, df=True)
        for off in range(0, len(body), 1480):                  # the same without DF
            last = off + 1480 >= len(body)
            frag(c, "left", L, dst, 17, body[off:off + 1480], off // 8, not last, 1410 + i)
    return c


def frag_df_big_ct():
    return scenario("frag-df-big-ct", counting(ct=True), frag_df_big(), {},
                    "fragments all carrying DF reassembled by conntrack into a datagram longer than the MTU: "
                    "forwarded all the same (each fragment fitted: frag_max_size), without DF too")


def ipfrag_thresh_zero():
    c = Cap()
    from scapy.layers.inet import IP, UDP, fragment
    from scapy.packet import Raw
    for i, dst in enumerate((R, "10.0.1.1")):
        for f in fragment(IP(src=L, dst=dst, id=1100 + i) / UDP(sport=40270 + i, dport=53) / Raw(b"z" * 600),
                          fragsize=304):
            c.add("left", f)
    c.add("left", udp(L, R, 40279, 53))
    return c


def ipfrag_thresh_zero_ct():
    return scenario("ipfrag-thresh-zero-ct", counting(ct=True), ipfrag_thresh_zero(),
                    {"net.ipv4.ipfrag_low_thresh": "0", "net.ipv4.ipfrag_high_thresh": "0"},
                    "ipfrag_high_thresh 0: no fragment queue may be made, every fragment is dropped by defrag")


def ipfrag_thresh_zero_noct():
    return scenario("ipfrag-thresh-zero-noct", counting(), ipfrag_thresh_zero(),
                    {"net.ipv4.ipfrag_low_thresh": "0", "net.ipv4.ipfrag_high_thresh": "0"},
                    "ipfrag_high_thresh 0 without conntrack: fragments are forwarded one by one, those to fw "
                    "never reassembled")


def malformed_headers():
    c = Cap()
    good = bytearray(bytes(udp(L, R, 40800, data=b"m" * 12)))

    def bad(edit, side="left"):
        b = bytearray(good)
        edit(b)
        raw_frame(c, side, b)
    raw_frame(c, "left", good)

    def csum(b):
        b[10:12] = b"\0\0"
        s = sum(b[i] << 8 | b[i + 1] for i in range(0, min((b[0] & 15) * 4, len(b) & ~1), 2))
        while s >> 16:
            s = (s & 0xFFFF) + (s >> 16)
        b[10:12] = (~s & 0xFFFF).to_bytes(2, "big")
    bad(lambda b: b.__setitem__(slice(10, 12), b"\xde\xad"))                                  # bad checksum
    bad(lambda b: (b.__setitem__(0, 0x44), csum(b)))                                          # ihl 4
    bad(lambda b: (b.__setitem__(0, 0x65), csum(b)))                                          # version 6
    bad(lambda b: (b.__setitem__(slice(2, 4), (len(b) + 1).to_bytes(2, "big")), csum(b)))     # beyond the frame
    bad(lambda b: (b.__setitem__(slice(2, 4), (19).to_bytes(2, "big")), csum(b)))             # shorter than ihl
    bad(lambda b: (b.__setitem__(slice(2, 4), b"\0\0"), csum(b)))                             # total length 0
    bad(lambda b: (b.__setitem__(0, 0x4F), csum(b)))                                          # ihl 15 > length
    bad(lambda b: (b.__setitem__(slice(2, 4), (len(b) - 4).to_bytes(2, "big")), csum(b)))     # 4 bytes cut: UDP short
    raw_frame(c, "left", bytes(good[:16]))                                                    # 16 bytes only
    raw_frame(c, "left", bytes(udp(L, R, 40801, data=b"p")) + b"\xee" * 17)                 # Ethernet padding
    raw_frame(c, "right", bytes(udp(R, "10.0.2.1", 53, 40802, data=b"p")) + b"\0" * 17)
    raw_frame(c, "left", good)
    rules = counting(ct=True, extra={"raw": ["-A PREROUTING -m length --length 0:40"]})
    return scenario("malformed-headers", rules, c, {},
                    "headers ip_rcv() drops before PREROUTING (checksum, ihl, version, total length beyond the "
                    "frame, under the header, 0); a total length shorter than the frame trims it (padding)")


def vlan_tagged():
    c = Cap()
    from scapy.layers.l2 import Dot1Q, Ether
    for vid in (0, 5):
        for side, src, dst in (("left", L, R), ("left", "10.0.1.2", "10.0.1.1"), ("right", R, "10.0.2.1")):
            smac, dmac = SIDES[side]
            c.t += c.step
            c.frames.append((round(c.t, 6), bytes(Ether(src=smac, dst=dmac) / Dot1Q(vlan=vid) /
                                                   udp(src, dst, 40260 + vid, 53))))
    c.add("left", udp(L, R, 40269, 53))
    return scenario("vlan-tagged", counting(ct=True), c, {},
                    "802.1Q-tagged frames on a device without VLANs: a priority tag (VID 0) is taken off and the "
                    "packet walked, another VID makes the frame PACKET_OTHERHOST, which ip_rcv() drops")


ALL = [frag_oddities_local_noct, frag_oddities_forward_ct, frag_timeout_local_noct, frag_ttl_forward_ct,
       frag_icmp_errors_noct, frag_oversize, frag_broadcast_noct, frag_df_big_ct, ipfrag_thresh_zero_ct,
       ipfrag_thresh_zero_noct, malformed_headers, vlan_tagged]
