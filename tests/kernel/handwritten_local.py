"""Hand-written scenarios of fw's own traffic (frames whose source MAC is fw's, sent by the lab's raw
socket): to its own addresses and 127/8 through lo, to both sides, with a source of 0.0.0.0 or
another device's, rerouted by nat OUTPUT, multicast, fragments, untracked; see handwritten_stack.py."""
from __future__ import annotations

from .capture import Cap
from .stackkit import L, R, by_sport, counting, frag, ping, raw_frame, scenario, syn, udp


def local_to_own_addresses():
    extra = {"nat": ["-A POSTROUTING -o lo -m conntrack --ctstate NEW"],
             "raw": ["-A OUTPUT -d 10.0.1.1/32 -p udp -m udp --dport 5001 -j CT --zone 5"]}
    c = Cap()
    for dst in ("10.0.1.1", "10.0.2.1", "127.0.0.1", "127.1.2.3"):
        c.add("local1", udp("10.0.2.1", dst, 40150, 5000))
    c.add("local0", udp("10.0.1.1", "10.0.1.1", 40151, 5000))
    c.add("local0", udp("127.0.0.1", "127.0.0.1", 40152, 5000))
    c.add("local0", udp("127.0.0.1", "10.0.1.1", 40153, 5000))
    c.add("local1", udp("10.0.2.1", "10.0.1.1", 40154, 5001))     # zone 5
    c.add("local1", syn("10.0.2.1", "10.0.1.1", 40155, 22))
    c.add("local1", ping("10.0.2.1", "127.0.0.1", 44))
    return scenario("local-to-own-addresses", counting(ct=True, nat=True, extra=extra), c, {},
                    "fw to its own addresses and 127/8: OUTPUT and POSTROUTING by lo, then looped back through "
                    "PREROUTING and INPUT of lo with the same conntrack entry (nat sees only the first hook), zone 5")


def local_to_subnets():
    c = Cap()
    c.add("local0", udp("10.0.1.1", "10.0.1.2", 40160))
    c.add("local0", udp("10.0.1.1", "10.0.1.77", 40161))
    c.add("local0", udp("10.0.1.1", "192.168.5.5", 40162))
    c.add("local1", udp("10.0.2.1", R, 40163))
    c.add("local0", udp("10.0.1.1", R, 40164))           # eth0's address leaving by eth1
    c.add("local1", udp("10.0.2.1", "192.168.5.5", 40165))
    c.add("local1", udp("203.0.113.9", R, 40166))         # not fw's address: sent as it is
    c.add("local1", udp("0.0.0.0", R, 40167))             # the kernel fills the route's source in
    c.add("local1", udp("0.0.0.0", "10.0.1.2", 40168))
    c.add("right", udp(R, "10.0.2.1", 53, 40167))         # the answer to the filled-in source
    c.add("left", udp("10.0.1.2", "10.0.1.1", 53, 40168))
    return scenario("local-to-subnets", counting(ct=True, nat=True), c, {},
                    "fw's own packets to both subnets and beyond, with another device's or a foreign source, and "
                    "with source 0.0.0.0 (the raw socket puts the route's source in: the answers are ESTABLISHED)")


def local_header_fixups():
    c = Cap()
    q = udp("10.0.2.1", R, 40170, data=b"x" * 20)
    b = bytearray(bytes(q))
    b[10:12] = b"\x12\x34"                               # a wrong header checksum: the kernel recomputes it
    raw_frame(c, "local1", b)
    b = bytearray(bytes(udp("10.0.2.1", R, 40171, data=b"y" * 20)))
    b[2:4] = (len(b) + 40).to_bytes(2, "big")              # total length beyond the data
    raw_frame(c, "local1", b)
    b = bytearray(bytes(udp("10.0.2.1", R, 40172, data=b"z" * 20)))
    b[2:4] = (len(b) - 10).to_bytes(2, "big")              # shorter than the data
    raw_frame(c, "local1", b)
    raw_frame(c, "local1", bytes(udp("10.0.2.1", R, 40173, data=b"p")) + b"\0" * 17)   # padded to 60
    b = bytearray(bytes(udp("10.0.2.1", R, 40174, data=b"i" * 8)))
    b[4:6] = b"\0\0"                                       # id 0: the kernel picks one
    raw_frame(c, "local1", b)
    return scenario("local-header-fixups", counting(ct=True), c, {},
                    "fw's own packets as its raw socket sends them: the total length is the buffer's (padding "
                    "included), the header checksum recomputed, id 0 replaced")


def local_mark_dnat_reroute():
    extra = {"mangle": ["-A OUTPUT -p udp -m udp --dport 7001 -j MARK --set-xmark 0x7/0xffffffff"],
             "nat": ["-A OUTPUT -d 8.8.8.8/32 -p udp -m udp --dport 7002 -j DNAT --to-destination 10.0.1.2",
                     "-A OUTPUT -d 8.8.8.8/32 -p udp -m udp --dport 7003 -j DNAT --to-destination 127.0.0.1",
                     "-A OUTPUT -d 8.8.8.8/32 -p udp -m udp --dport 7004 -j DNAT --to-destination 10.0.1.1:9000",
                     "-A OUTPUT -d 10.0.1.1/32 -p udp -m udp --dport 7005 -j DNAT --to-destination 192.168.1.10",
                     "-A OUTPUT -d 127.0.0.1/32 -p udp -m udp --dport 7000 -j DNAT --to-destination 127.0.0.2"]}
    c = Cap()
    for p in range(7001, 7005):
        c.add("local1", udp("10.0.2.1", R, 40180 + p - 7001, p))
    c.add("local0", udp("10.0.1.1", "10.0.1.1", 40185, 7005))
    c.add("local0", udp("127.0.0.1", "127.0.0.1", 40186, 7000))
    c.add("left", udp("10.0.1.2", "10.0.2.1", 7002, 40181))
    c.add("left", udp(L, "10.0.1.1", 7005, 40185))
    return scenario("local-mark-dnat-reroute", counting(ct=True, nat=True, extra=extra), c, {},
                    "nat OUTPUT DNAT reroutes fw's own packets: to the left wire, to 127.0.0.1 and fw's own address "
                    "(then looped back through lo), 127.0.0.1 to 127.0.0.2")


def local_multicast():
    c = Cap()
    c.add("local1", udp("10.0.2.1", "224.0.0.1", 40200, 5353))
    c.add("local1", udp("10.0.2.1", "239.1.1.1", 40201, 5353))
    c.add("local0", udp("10.0.1.1", "224.0.0.251", 40202, 5353))
    c.add("local1", udp("10.0.2.1", "224.0.0.1", 40203, 5353, ttl=0))
    c.add("local1", ping("10.0.2.1", "224.0.0.1", 50))
    rules = counting(ct=True, nat=True, extra={"mangle": ["-A PREROUTING -m pkttype --pkt-type multicast"],
                                               "filter": by_sport(("INPUT", "OUTPUT"), range(40200, 40204))})
    return scenario("local-multicast", rules, c, {},
                    "fw's own multicast: to all-hosts (a group fw is in) a clone is looped back into PREROUTING "
                    "and INPUT of the outgoing device; other groups leave only")


def local_odd_destinations():
    c = Cap()
    for i, dst in enumerate(("0.0.0.0", "10.0.1.0", "10.0.2.0", "127.255.255.255", "240.0.0.1", "127.0.0.0")):
        c.add("local1", udp("10.0.2.1", dst, 40290 + i, 53))
    rules = counting(ct=True, extra={"filter": by_sport(("INPUT", "OUTPUT"), range(40290, 40296))})
    return scenario("local-odd-destinations", rules, c, {},
                    "fw's own packets to 0.0.0.0 and 127.0.0.0 (looped back through lo), to network addresses and "
                    "class E (sent); 127.255.255.255, lo's broadcast, is refused without SO_BROADCAST")


def local_fragments(id0):
    c = Cap()
    from scapy.layers.inet import IP, UDP, fragment
    from scapy.packet import Raw
    for i, (src, dst) in enumerate((("10.0.2.1", R), ("10.0.2.1", "10.0.1.1"), ("10.0.1.1", "10.0.1.2"))):
        for f in fragment(IP(src=src, dst=dst, id=id0 + i) / UDP(sport=40210 + i, dport=53) / Raw(b"f" * 1000),
                          fragsize=400):
            c.add("local1", f)
    frag(c, "local1", "10.0.2.1", R, 17, b"\0" * 16, 5, False, id0 + 10)     # a lone tail
    return c


def local_fragments_ct():
    return scenario("local-fragments-ct", counting(ct=True, nat=True), local_fragments(500), {},
                    "fw's own fragments with conntrack: gathered at OUTPUT (defrag -400), one whole datagram "
                    "through the tables, to remote hosts and through lo; a lone tail never appears")


def local_fragments_noct():
    return scenario("local-fragments-noct", counting(), local_fragments(2500), {},
                    "fw's own fragments without conntrack: each fragment through OUTPUT, POSTROUTING (and "
                    "PREROUTING of lo), reassembled only for INPUT")


def local_notrack_loop():
    extra = {"raw": ["-A OUTPUT -p udp -m udp --dport 5100 -j NOTRACK",
                     "-A PREROUTING -i lo -p udp -m udp --dport 5101 -j CT --zone 9",
                     "-A PREROUTING -i lo -p udp -m udp --dport 5102 -j NOTRACK"]}
    c = Cap()
    for p in (5100, 5101, 5102):
        c.add("local1", udp("10.0.2.1", "10.0.1.1", 40390, p))
        c.add("local1", udp("10.0.2.1", "127.0.0.1", 40391, p))
    return scenario("local-notrack-loop", counting(ct=True, extra=extra), c, {},
                    "fw's own packets through lo: untracked in raw OUTPUT stays untracked after the loop; the "
                    "entry made at OUTPUT stays attached, so CT --zone and NOTRACK in raw PREROUTING change nothing")


def local_masquerade():
    extra = {"nat": ["-A POSTROUTING -o eth1 -j MASQUERADE",
                     "-A POSTROUTING -o eth0 -s 10.0.2.1/32 -j SNAT --to-source 10.0.1.1"]}
    c = Cap()
    c.udp("local0", "right", "10.0.1.1", R, 40395, 53, resp=None)       # leaves by eth1 with eth0's address
    c.add("right", udp(R, "10.0.2.1", 53, 40395))
    c.udp("local1", "left", "10.0.2.1", "10.0.1.2", 40396, 53, reply_to="10.0.1.1")
    c.udp("local1", "right", "10.0.2.1", R, 40397, 53)
    return scenario("local-masquerade", counting(ct=True, nat=True, extra=extra), c, {},
                    "SNAT and MASQUERADE of fw's own packets: eth0's address leaving by eth1 is masqueraded to "
                    "eth1's, answers are un-NATed to the original source (delivered)")


ALL = [local_to_own_addresses, local_to_subnets, local_header_fixups, local_mark_dnat_reroute, local_multicast,
       local_odd_destinations, local_fragments_ct, local_fragments_noct, local_notrack_loop, local_masquerade]
