"""Hand-written scenarios of combinations users get wrong: ICMP errors about flows whose ports
NAT changed, REDIRECT/DNAT port ranges, helpers behind NAT, marks feeding policy routing, rate
matches under bursts, per-protocol conntrack timeouts; their folders are written by
`python -m tests.kernel.handwritten`."""
from __future__ import annotations

import struct

from .capture import Cap, Scenario
from .handwritten_hunt2 import Flow, seg, states, tbl

ICMP_COUNT = ["-A FORWARD -p icmp -m icmp --icmp-type port-unreachable",
              "-A FORWARD -p icmp -m icmp --icmp-type fragmentation-needed",
              "-A FORWARD -p icmp -m icmp --icmp-type time-exceeded"]


def _quote(pkt) -> bytes:
    return bytes(pkt)[:28]


def nat_icmp_errors_ports():
    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.packet import Raw
    rules = tbl("nat", [
        "-A PREROUTING -i eth1 -d 10.0.2.1 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.50:80",
        "-A PREROUTING -i eth0 -p udp -m udp --dport 53 -j REDIRECT --to-ports 5353",
        "-A POSTROUTING -o eth1 -s 192.168.1.0/24 -p udp -j SNAT --to-source 10.0.2.1:20000",
        "-A POSTROUTING -o eth1 -s 192.168.1.0/24 -p tcp -j SNAT --to-source 10.0.2.1:20001",
    ]) + tbl("filter", states() + ICMP_COUNT + states("INPUT") + ["-A INPUT -p icmp", "-A OUTPUT -p icmp"]) + \
        tbl("mangle", ["-A POSTROUTING -p icmp -m conntrack --ctstate RELATED",
                       "-A PREROUTING -p icmp -m conntrack --ctstate RELATED --ctdir REPLY",
                       "-A PREROUTING -p icmp -m conntrack --ctstate RELATED --ctdir ORIGINAL"])
    c = Cap()
    # UDP SNATed to port 20000: errors from the server, a router past fw, and the client about the answer
    c.add("left", IP(src="192.168.1.10", dst="8.8.4.4") / UDP(sport=40000, dport=123) / Raw(b"n" * 48))
    c.add("right", IP(src="8.8.4.4", dst="10.0.2.1") / UDP(sport=123, dport=20000) / Raw(b"N" * 48))
    seen = IP(src="10.0.2.1", dst="8.8.4.4", ttl=1) / UDP(sport=20000, dport=123) / Raw(b"n" * 48)
    c.add("right", IP(src="8.8.4.4", dst="10.0.2.1") / ICMP(type=3, code=3) / _quote(seen))
    c.add("right", IP(src="198.51.100.1", dst="10.0.2.1") / ICMP(type=11, code=0) / _quote(seen))
    answer = IP(src="8.8.4.4", dst="192.168.1.10") / UDP(sport=123, dport=40000) / Raw(b"N" * 48)
    c.add("left", IP(src="192.168.1.10", dst="8.8.4.4") / ICMP(type=3, code=3) / _quote(answer))
    c.add("left", IP(src="192.168.1.1", dst="8.8.4.4") / ICMP(type=11, code=0) / _quote(answer))
    # TCP SNATed to 20001: frag needed from a router on either side about either direction
    cl, sv = "192.168.1.11", "93.184.216.34"
    seg(c, "left", cl, sv, 40001, 443, "S", 1000)
    seg(c, "right", sv, "10.0.2.1", 443, 20001, "SA", 5000, 1001)
    seg(c, "left", cl, sv, 40001, 443, "A", 1001, 5001)
    out = IP(src="10.0.2.1", dst=sv, flags="DF") / TCP(sport=20001, dport=443, flags="PA", seq=1001, ack=5001) / Raw(b"x" * 1400)
    seg(c, "left", cl, sv, 40001, 443, "PA", 1001, 5001, b"x" * 1400)
    c.add("right", IP(src="198.51.100.1", dst="10.0.2.1") / ICMP(type=3, code=4, nexthopmtu=1280) / _quote(out))
    back = IP(src=sv, dst=cl, flags="DF") / TCP(sport=443, dport=40001, flags="PA", seq=5001, ack=2401) / Raw(b"y" * 1400)
    seg(c, "right", sv, "10.0.2.1", 443, 20001, "PA", 5001, 2401, b"y" * 1400)
    c.add("left", IP(src="192.168.1.1", dst=sv) / ICMP(type=3, code=4, nexthopmtu=1200) / _quote(back))
    # DNAT 10.0.2.1:8080 -> 192.168.1.50:80: a router on the left about the SYN, the server about its answer
    seg(c, "right", "203.0.113.9", "10.0.2.1", 50000, 8080, "S", 300)
    syn = IP(src="203.0.113.9", dst="192.168.1.50", ttl=1) / TCP(sport=50000, dport=80, flags="S", seq=300)
    c.add("left", IP(src="192.168.1.1", dst="203.0.113.9") / ICMP(type=11, code=0) / _quote(syn))
    seg(c, "right", "203.0.113.9", "10.0.2.1", 50000, 8080, "S", 300)
    seg(c, "left", "192.168.1.50", "203.0.113.9", 80, 50000, "SA", 700, 301)
    sa = IP(src="10.0.2.1", dst="203.0.113.9") / TCP(sport=8080, dport=50000, flags="SA", seq=700, ack=301)
    c.add("right", IP(src="198.51.100.2", dst="10.0.2.1") / ICMP(type=3, code=1) / _quote(sa))
    c.add("right", IP(src="203.0.113.9", dst="10.0.2.1") / ICMP(type=3, code=3) / _quote(sa))
    # REDIRECTed DNS: fw has no listener on 5353 (its own port unreachable goes back as 9.9.9.9:53);
    # an answer fw's stack sends, and the client's port unreachable about it, to 10.0.1.1:5353
    c.add("left", IP(src="192.168.1.12", dst="9.9.9.9") / UDP(sport=40002, dport=53) / Raw(b"q" * 20))
    asked = IP(src="192.168.1.12", dst="10.0.1.1") / UDP(sport=40002, dport=5353) / Raw(b"q" * 20)
    c.add("local0", IP(src="10.0.1.1", dst="192.168.1.12") / ICMP(type=3, code=3) / _quote(asked))
    c.add("left", IP(src="192.168.1.12", dst="9.9.9.9") / UDP(sport=40003, dport=53) / Raw(b"q" * 20))
    c.add("local0", IP(src="10.0.1.1", dst="192.168.1.12") / UDP(sport=5353, dport=40003) / Raw(b"a" * 40))
    told = IP(src="9.9.9.9", dst="192.168.1.12") / UDP(sport=53, dport=40003) / Raw(b"a" * 40)
    c.add("left", IP(src="192.168.1.12", dst="9.9.9.9") / ICMP(type=3, code=3) / _quote(told))
    return Scenario("nat-icmp-errors-ports", rules, c.frames, frames_out=True, about=(
        "ICMP errors about flows whose ports NAT changed (SNAT to one port, DNAT to another port, "
        "REDIRECT): from the far end, from routers on either side, from the client and from fw's own "
        "stack, about either direction; RELATED, the quoted header's addresses and ports and the "
        "outer address translated back (a router's address replaced by the NAT address)"))


def nat_port_ranges():
    rules = tbl("nat", [
        "-A PREROUTING -i eth0 -p tcp -m tcp --dport 80 -j REDIRECT --to-ports 3128-3130",
        "-A PREROUTING -i eth0 -p udp -m udp --dport 53 -j REDIRECT --to-ports 5300-5301",
        "-A PREROUTING -i eth1 -d 10.0.2.1 -p tcp -m tcp --dport 20:30 -j DNAT --to-destination 192.168.1.60:22-24",
        "-A PREROUTING -i eth1 -d 10.0.2.1 -p tcp -m tcp --dport 2200:2299 -j DNAT --to-destination 192.168.1.60:22-24",
        "-A PREROUTING -i eth1 -d 10.0.2.1 -p udp -m udp --dport 9000 -j DNAT "
        "--to-destination 192.168.1.61-192.168.1.63:9000-9001 --persistent",
    ]) + tbl("filter", states() + states("INPUT") + ["-A INPUT -p tcp -m tcp --dport 3128:3130",
                                                     "-A INPUT -p udp -m udp --dport 5300"])
    c = Cap()
    # the same client port to three web servers: REDIRECT moves each clash to the next port (a fourth
    # would find the range full and keep 3130, and the source port would then be drawn at random)
    for i, sv in enumerate(("93.184.216.34", "1.1.1.1", "8.8.8.8")):
        seg(c, "left", "192.168.1.10", sv, 40000, 80, "S", 1000 + i)
    for port, isn in ((3128, 1000), (3129, 1001), (3130, 1002)):
        seg(c, "local0", "10.0.1.1", "192.168.1.10", port, 40000, "SA", 9000, isn + 1)
    for i, sv in enumerate(("93.184.216.34", "1.1.1.1", "8.8.8.8")):
        seg(c, "left", "192.168.1.10", sv, 40000, 80, "A", 1001 + i, 9001)
    c.udp("left", "local0", "192.168.1.11", "8.8.8.8", 41000, 53, b"q1", None)
    c.udp("left", "local0", "192.168.1.11", "1.1.1.1", 41000, 53, b"q2", None)
    c.udp("local0", "left", "10.0.1.1", "192.168.1.11", 5301, 41000, b"a2", None)
    # DNAT to 22-24: a port in the range is kept, one outside it becomes the first free one
    seg(c, "right", "203.0.113.9", "10.0.2.1", 50000, 23, "S", 100)
    seg(c, "right", "203.0.113.9", "10.0.2.1", 50001, 2222, "S", 200)
    seg(c, "right", "203.0.113.9", "10.0.2.1", 50001, 2223, "S", 300)
    seg(c, "right", "203.0.113.9", "10.0.2.1", 50001, 25, "S", 400)
    seg(c, "left", "192.168.1.60", "203.0.113.9", 22, 50001, "SA", 900, 201)
    seg(c, "left", "192.168.1.60", "203.0.113.9", 23, 50001, "SA", 900, 301)
    # --persistent address ranges: the address depends on the client only
    for src, sp in (("203.0.113.9", 51000), ("203.0.113.9", 51001), ("198.51.100.7", 51000), ("198.51.100.8", 51000)):
        c.udp("right", "left", src, "10.0.2.1", sp, 9000, b"u", None)
    return Scenario("nat-port-ranges", rules, c.frames, about=(
        "REDIRECT and DNAT to port ranges: a destination port outside the range becomes the range's "
        "first free port (no random draw for destination NAT), each clash of the same client port the "
        "next one; a port inside the range is kept; "
        "DNAT --persistent to an address range picks the address from the client alone"))


def tftp_nat():
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    rules = tbl("raw", ["-A PREROUTING -p udp -m udp --dport 69 -j CT --helper tftp"]) + tbl("nat", [
        "-A PREROUTING -i eth1 -d 10.0.2.1 -p udp -m udp --dport 69 -j DNAT --to-destination 192.168.1.69",
        "-A POSTROUTING -o eth1 -j MASQUERADE",
    ]) + tbl("filter", states() + ["-A FORWARD -m helper --helper tftp",
                                   "-A FORWARD -m conntrack --ctstate RELATED --ctstatus EXPECTED"])
    c = Cap()
    rrq = b"\x00\x01boot.img\x00octet\x00"
    wrq = b"\x00\x02cfg.txt\x00octet\x00"
    # client behind MASQUERADE reads from a server that answers from a new port
    c.add("left", IP(src="192.168.1.10", dst="198.51.100.69") / UDP(sport=40000, dport=69) / Raw(rrq))
    c.add("right", IP(src="198.51.100.69", dst="10.0.2.1") / UDP(sport=50001, dport=40000) / Raw(b"\x00\x03\x00\x01" + b"d" * 512))
    c.add("left", IP(src="192.168.1.10", dst="198.51.100.69") / UDP(sport=40000, dport=50001) / Raw(b"\x00\x04\x00\x01"))
    c.add("right", IP(src="198.51.100.69", dst="10.0.2.1") / UDP(sport=50001, dport=40000) / Raw(b"\x00\x03\x00\x02" + b"d" * 10))
    # a second answer from yet another port: the expectation was used up
    c.add("right", IP(src="198.51.100.69", dst="10.0.2.1") / UDP(sport=50002, dport=40000) / Raw(b"\x00\x05\x00\x00late\x00"))
    # a public client writes to the DNATed server; its answer from a new port leaves as 10.0.2.1
    c.add("right", IP(src="203.0.113.20", dst="10.0.2.1") / UDP(sport=41000, dport=69) / Raw(wrq))
    c.add("left", IP(src="192.168.1.69", dst="203.0.113.20") / UDP(sport=50003, dport=41000) / Raw(b"\x00\x04\x00\x00"))
    c.add("right", IP(src="203.0.113.20", dst="10.0.2.1") / UDP(sport=41000, dport=50003) / Raw(b"\x00\x03\x00\x01cfg"))
    c.add("left", IP(src="192.168.1.69", dst="203.0.113.20") / UDP(sport=50003, dport=41000) / Raw(b"\x00\x04\x00\x01"))
    return Scenario("tftp-nat", rules, c.frames, frames_out=True, about=(
        "TFTP behind MASQUERADE and in front of DNAT: nf_nat_tftp's expectation follows the master's "
        "translation, so the server's answer from a new port is RELATED and reaches the client's real "
        "address and port (or leaves from the public address); a second new port is NEW"))


def sane_masquerade():
    rules = tbl("raw", ["-A PREROUTING -p tcp -m tcp --dport 6566 -j CT --helper sane"]) + tbl("nat", [
        "-A POSTROUTING -o eth1 -p tcp -m tcp --dport 6566 -j MASQUERADE",
        "-A POSTROUTING -o eth1 -p tcp -m tcp --dport 7000:7999 -j SNAT --to-source 10.0.2.1:30000",
    ]) + tbl("filter", states() + ["-A FORWARD -m conntrack --ctstate RELATED --ctstatus EXPECTED -j ACCEPT",
                                   "-A FORWARD -m conntrack --ctstate SNAT"])
    c = Cap()
    f = Flow(c, "left", "right", "192.168.1.10", "198.51.100.70", 40100, 6566, a_seen="10.0.2.1").open()
    f.c2s("PA", struct.pack(">II", 7, 0)).s2c("PA", struct.pack(">IHH", 0, 0, 7001) + b"extra").c2s("A")
    d = Flow(c, "left", "right", "192.168.1.10", "198.51.100.70", 40101, 7001, a_seen="10.0.2.1")
    d.c2s("S")
    seg(c, "right", "198.51.100.70", "10.0.2.1", 7001, 30000, "SA", 5000, 1001)
    seg(c, "left", "192.168.1.10", "198.51.100.70", 40101, 7001, "A", 1001, 5001)
    # a second data connection to the same port: the expectation is gone, plain SNAT (port clash)
    seg(c, "left", "192.168.1.10", "198.51.100.70", 40102, 7001, "S", 2000)
    f.c2s("PA", struct.pack(">II", 7, 0)).s2c("PA", struct.pack(">IHH", 0, 0, 7002)).c2s("A")
    seg(c, "left", "192.168.1.11", "198.51.100.70", 40103, 7002, "S", 3000)
    seg(c, "left", "192.168.1.10", "198.51.100.70", 40104, 7002, "S", 4000)
    return Scenario("sane-masquerade", rules, c.frames, about=(
        "SANE behind MASQUERADE: no NAT helper, so the expectation names the client's own address; the "
        "data connection is RELATED and the nat table's own rules translate it (SNAT to one port: a "
        "second one clashes and is dropped); a connection from another client is NEW"))


def connmark_policy_routing():
    rules = tbl("mangle", [
        "-A PREROUTING -j CONNMARK --restore-mark --nfmask 0xf0 --ctmask 0xf0",
        "-A PREROUTING -m mark ! --mark 0x0/0xf0 -j ACCEPT",
        "-A PREROUTING -i eth0 -p tcp -m tcp --dport 443 -j MARK --set-xmark 0x10/0xf0",
        "-A PREROUTING -i eth0 -p udp -m udp --dport 500 -j MARK --set-xmark 0x20/0xf0",
        "-A PREROUTING -i eth1 -p tcp -m tcp --dport 22 -j MARK --set-xmark 0x31/0xff",
        "-A PREROUTING -j CONNMARK --save-mark --nfmask 0xf0 --ctmask 0xf0",
        "-A FORWARD -m mark --mark 0x10/0xf0",
        "-A FORWARD -m mark --mark 0x20/0xf0",
        "-A FORWARD -m connmark --mark 0x30/0xf0",
        "-A POSTROUTING -o eth0", "-A POSTROUTING -o eth1",
    ]) + tbl("filter", states() + ["-A FORWARD -i eth0 -o eth0", "-A FORWARD -i eth0 -o eth1",
                                   "-A FORWARD -i eth1 -o eth0", "-A FORWARD -i eth1 -o eth1"])
    c = Cap()
    # marked 0x10: table 100 sends 8.8.0.0/16 back out eth0 (where it came from)
    f = Flow(c, "left", "left", "192.168.1.10", "8.8.8.8", 40000, 443).open().talk()
    f.close()
    g = Flow(c, "left", "right", "192.168.1.10", "8.8.8.8", 40001, 80).open().talk()
    g.close()
    # marked 0x20 (table 200: 8.8.0.0/16 unreachable there, falls through to main)
    c.udp("left", "right", "192.168.1.11", "8.8.4.4", 500, 500, b"ike", b"ike!")
    # from the right, mark 0x31: the ct mark keeps only 0x30, restored into the packet's 0xf0 bits
    h = Flow(c, "right", "right", "203.0.113.9", "192.168.1.20", 50000, 22).open().talk()
    h.close()
    return Scenario("connmark-policy-routing", rules, c.frames, ip=[
        "rule add fwmark 0x10/0xf0 table 100", "route add 8.8.0.0/16 via 10.0.1.2 dev eth0 table 100",
        "rule add fwmark 0x20/0xf0 table 200", "route add unreachable 9.9.0.0/16 table 200",
        "rule add fwmark 0x30/0xf0 table 300", "route add 192.168.0.0/16 via 10.0.2.2 dev eth1 table 300"],
        about=(
        "CONNMARK --restore-mark/--save-mark with masks feeding policy routing: the first packet's mark "
        "is saved into the connection's 0xf0 bits and every later packet of either direction gets them "
        "back before the route lookup, so fwmark rules route the whole connection (out the way it came "
        "in, out another gateway); a mark outside the mask is not saved; a table without a matching "
        "route falls through to main"))


def rate_matches_bursts():
    rules = tbl("filter", [
        "-A INPUT -p icmp -m icmp --icmp-type 8 -m limit --limit 2/sec --limit-burst 3",
        "-A INPUT -p icmp -m icmp --icmp-type 8 -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 2 "
        "--hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-name pingnet",
        "-A INPUT -p udp -m hashlimit --hashlimit-above 2/sec --hashlimit-burst 2 --hashlimit-mode srcip,dstport "
        "--hashlimit-name udpport",
        "-A INPUT -p tcp -m tcp --dport 22 --tcp-flags SYN,RST,ACK SYN -m recent --name ssh --rsource --set",
        "-A INPUT -p tcp -m tcp --dport 22 --tcp-flags SYN,RST,ACK SYN -m recent --name ssh --rsource "
        "--rcheck --seconds 2 --hitcount 3",
        "-A INPUT -p tcp -m tcp --dport 23 -m recent --name ssh --rsource --remove",
        "-A INPUT -p tcp -m tcp --dport 25 -m recent --name ssh --rsource --update --seconds 5 --reap",
        "-A INPUT -p tcp -m tcp --dport 80 --tcp-flags SYN,RST,ACK SYN -m connlimit --connlimit-above 2 "
        "--connlimit-mask 24 --connlimit-saddr",
        "-A INPUT -p tcp -m tcp --dport 80 --tcp-flags SYN,RST,ACK SYN -m connlimit --connlimit-upto 1 "
        "--connlimit-daddr",
    ])
    from scapy.layers.inet import ICMP, IP
    c = Cap(step=0.01)
    # hashlimit's entries expire after 1 s here and its GC runs every second at no knowable phase:
    # a pause shorter than burst/rate (2 s for pingnet) would refill an entry the GC may or may not
    # have freed meanwhile (a freed one comes back with a full bucket), so the pauses are longer
    for burst in range(3):
        for i in range(5):
            src = "192.168.1.10" if i % 2 else "192.168.1.200"
            c.add("left", IP(src=src, dst="10.0.1.1") / ICMP(type=8, id=burst, seq=i))
        c.wait(2.5)
    for burst in range(2):
        for i in range(4):
            c.udp("left", "local0", "192.168.1.10", "10.0.1.1", 40000 + i, 5000 + i % 2, b"x", None)
        c.wait(1.3)
    for i in range(5):
        seg(c, "left", "192.168.1.20", "10.0.1.1", 41000 + i, 22, "S", 100)
    seg(c, "left", "192.168.1.20", "10.0.1.1", 41010, 23, "S", 100)
    for i in range(2):
        seg(c, "left", "192.168.1.20", "10.0.1.1", 41020 + i, 22, "S", 100)
    seg(c, "left", "192.168.1.21", "10.0.1.1", 41030, 25, "S", 100)
    c.wait(2.5)
    seg(c, "left", "192.168.1.20", "10.0.1.1", 41040, 22, "S", 100)
    seg(c, "left", "192.168.1.20", "10.0.1.1", 41041, 25, "S", 100)
    for i in range(4):
        seg(c, "left", f"192.168.1.{30 + i}", "10.0.1.1", 42000, 80, "S", 100)
    for i in range(2):
        seg(c, "right", "203.0.113.9", "10.0.2.1", 42010 + i, 80, "S", 100)
    return Scenario("rate-matches-bursts", rules, c.frames, about=(
        "limit, hashlimit (per /24, per source and port, -upto and -above), recent (--set, --rcheck "
        "--hitcount in a window, --remove, --update --reap) and connlimit (per /24 source, per "
        "destination) under bursts separated by pauses that refill the buckets"))


def ct_timeouts_protocols():
    from scapy.layers.inet import ICMP, IP, UDP
    from scapy.packet import Raw
    rules = tbl("filter", states() + ["-A FORWARD -p esp", "-A FORWARD -p gre",
                                      "-A FORWARD -p udp -m conntrack --ctstatus ASSURED"])
    c = Cap()
    esp = IP(src="192.168.1.10", dst="198.51.100.5", proto=50) / Raw(struct.pack(">II", 0x1000, 1) + b"e" * 32)
    esp_back = IP(src="198.51.100.5", dst="192.168.1.10", proto=50) / Raw(struct.pack(">II", 0x2000, 1) + b"e" * 32)
    gre = IP(src="192.168.1.10", dst="198.51.100.6", proto=47) / Raw(b"\x00\x00\x08\x00" + b"g" * 20)
    gre_back = IP(src="198.51.100.6", dst="192.168.1.10", proto=47) / Raw(b"\x00\x00\x08\x00" + b"h" * 20)
    # Every entry that expires is looked up by the very next packet, or outlives the capture: the
    # kernel's GC pass, which serves the whole host, comes at no time one can know (in hash order)
    c.add("left", esp)                                                  # generic 4 s
    c.add("right", esp_back, gap=3)                                     # refreshed: until 7
    c.add("left", gre)                                                  # GRE unreplied 2 s
    c.add("right", gre_back, gap=2.5)                                   # expired: NEW from the peer
    c.add("left", gre)
    c.add("right", gre_back)                                            # replied: stream, ASSURED
    c.add("left", esp, gap=1.8)                                         # expired at 7: NEW again
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000, 53, b"q", None)
    c.add("right", IP(src="8.8.8.8", dst="192.168.1.10") / UDP(sport=53, dport=40000) / Raw(b"a"), gap=1.5)
    c.add("left", IP(src="192.168.1.10", dst="8.8.8.8") / UDP(sport=40000, dport=53) / Raw(b"q2"), gap=0.7)
    c.add("left", IP(src="192.168.1.12", dst="8.8.8.8") / ICMP(type=8, id=7, seq=1))
    c.add("left", esp, gap=1.9)                                         # expired: NEW again
    c.add("right", IP(src="8.8.8.8", dst="192.168.1.12") / ICMP(type=0, id=7, seq=1), gap=0.6)
    c.add("left", IP(src="192.168.1.12", dst="8.8.8.8") / ICMP(type=8, id=7, seq=2))
    c.add("right", IP(src="8.8.8.8", dst="192.168.1.12") / ICMP(type=0, id=7, seq=2))
    return Scenario("ct-timeouts-protocols", rules, c.frames, {
        "net.netfilter.nf_conntrack_icmp_timeout": "2", "net.netfilter.nf_conntrack_udp_timeout": "2",
        "net.netfilter.nf_conntrack_udp_timeout_stream": "30", "net.netfilter.nf_conntrack_generic_timeout": "4",
        "net.netfilter.nf_conntrack_gre_timeout": "2", "net.netfilter.nf_conntrack_gre_timeout_stream": "30"},
        about=(
        "per-protocol timeouts shortened by sysctls, each expired entry looked up by the next packet: "
        "ESP on the generic timeout (refreshed by the other direction, NEW again after it), GRE v0 "
        "unreplied expires and the peer's packet is NEW from its side (then a stream), a UDP answer "
        "keeps the unreplied timeout until 2 s after creation (then ASSURED), a late ICMP echo reply "
        "is INVALID and the next request NEW"))


def _lite(src, dst, sp, dp, data, cov=8):
    """UDP-Lite whose checksum conntrack accepts (pseudo header naming protocol 17: see udplite-checksums)."""
    from socket import inet_aton

    from scapy.layers.inet import IP
    from scapy.packet import Raw

    from .capture import csum
    u = bytearray(struct.pack("!HHHH", sp, dp, cov, 0) + data)
    ph = inet_aton(src) + inet_aton(dst) + struct.pack("!BBH", 0, 17, len(u))
    u[6:8] = struct.pack("!H", csum(ph + bytes(u[:cov or len(u)])) or 0xFFFF)
    return IP(src=src, dst=dst, proto=136) / Raw(bytes(u))


def nat_icmp_errors_protocols():
    from scapy.layers.inet import ICMP, IP
    from scapy.packet import Raw

    from .sctpkit import COOKIE_ACK, COOKIE_ECHO, INIT, INIT_ACK, chunk, data, init, sack, sctp
    rules = tbl("nat", [
        "-A POSTROUTING -o eth1 -p sctp -j SNAT --to-source 10.0.2.1:20002",
        "-A POSTROUTING -o eth1 -j MASQUERADE",
    ]) + tbl("filter", states() + ["-A FORWARD -p icmp -m conntrack --ctstate RELATED --ctdir REPLY",
                                   "-A FORWARD -p icmp -m conntrack --ctstate RELATED --ctdir ORIGINAL",
                                   "-A FORWARD -p sctp -m conntrack --ctstate ESTABLISHED"])
    c = Cap()
    cl, sv, pub = "192.168.1.10", "198.51.100.9", "10.0.2.1"
    # SCTP SNATed to port 20002: an association, then errors quoting 8 bytes and a whole DATA chunk
    c.add("left", sctp(cl, sv, 5000, 5001, 0, [init(INIT, 0x11111111)]))
    c.add("right", sctp(sv, pub, 5001, 20002, 0x11111111, [init(INIT_ACK, 0x22222222, 5000)]))
    c.add("left", sctp(cl, sv, 5000, 5001, 0x22222222, [chunk(COOKIE_ECHO, 0, b"cookie!!")]))
    c.add("right", sctp(sv, pub, 5001, 20002, 0x11111111, [chunk(COOKIE_ACK)]))
    c.add("left", sctp(cl, sv, 5000, 5001, 0x22222222, [data(1000, b"d" * 600)], flags="DF"))
    seen = sctp(pub, sv, 20002, 5001, 0x22222222, [data(1000, b"d" * 600)], flags="DF")
    c.add("right", IP(src="203.0.113.1", dst=pub) / ICMP(type=3, code=4, nexthopmtu=576) / bytes(seen)[:28])
    c.add("right", IP(src="203.0.113.1", dst=pub) / ICMP(type=3, code=4, nexthopmtu=576) / bytes(seen)[:548])
    back = sctp(sv, cl, 5001, 5000, 0x11111111, [sack(1000), data(5000, b"r" * 100)])
    c.add("right", sctp(sv, pub, 5001, 20002, 0x11111111, [sack(1000), data(5000, b"r" * 100)]))
    c.add("left", IP(src=cl, dst=sv) / ICMP(type=3, code=2) / bytes(back)[:28])
    c.add("left", IP(src="192.168.1.1", dst=sv) / ICMP(type=11, code=0) / bytes(back))
    # UDP-Lite behind MASQUERADE, partial coverage: errors quoting it whole, either way
    q = _lite(cl, sv, 41000, 7000, b"lite-query" * 10, cov=12)
    c.add("left", q)
    c.add("right", _lite(sv, pub, 7000, 41000, b"lite-answer", cov=8))
    qs = _lite(pub, sv, 41000, 7000, b"lite-query" * 10, cov=12)
    c.add("right", IP(src=sv, dst=pub) / ICMP(type=3, code=3) / bytes(qs))
    c.add("right", IP(src="203.0.113.1", dst=pub) / ICMP(type=11, code=0) / bytes(qs)[:28])
    ans = _lite(sv, cl, 7000, 41000, b"lite-answer", cov=8)
    c.add("left", IP(src=cl, dst=sv) / ICMP(type=3, code=3) / bytes(ans))
    # GRE v0 behind MASQUERADE: an error from the far end quoting the translated packet
    g = IP(src=cl, dst=sv, proto=47) / Raw(b"\x00\x00\x08\x00" + bytes(IP(src="172.16.0.1", dst="172.16.0.2")))
    c.add("left", g)
    gs = IP(src=pub, dst=sv, proto=47) / Raw(b"\x00\x00\x08\x00" + bytes(IP(src="172.16.0.1", dst="172.16.0.2")))
    c.add("right", IP(src=sv, dst=pub) / ICMP(type=3, code=2) / bytes(gs))
    return Scenario("nat-icmp-errors-protocols", rules, c.frames, frames_out=True, about=(
        "ICMP errors about SNATed SCTP (port 20002), MASQUERADEd UDP-Lite with partial coverage and "
        "GRE v0, quoting 8 bytes or the whole packet, from the far end, routers and the client: "
        "RELATED, the quoted header translated back (the quoted SCTP checksum recomputed over what "
        "is quoted when the quote holds it, UDP-Lite's adjusted) and the outer one too"))


def snat_persistent_ranges():
    rules = tbl("nat", [
        "-A POSTROUTING -o eth1 -p tcp -m tcp --dport 443 -j SNAT --to-source 10.0.2.100-10.0.2.103 --persistent",
        "-A POSTROUTING -o eth1 -p tcp -m tcp --dport 80 -j SNAT --to-source 10.0.2.100-10.0.2.103",
        "-A POSTROUTING -o eth1 -p udp -j SNAT --to-source 10.0.2.110-10.0.2.111:30000-30001 --persistent",
        "-A POSTROUTING -o eth1 -p icmp -j SNAT --to-source 10.0.2.120-10.0.2.123",
    ]) + tbl("filter", states())
    c = Cap()
    for i, cl in enumerate(("192.168.1.10", "192.168.1.11", "192.168.1.12", "192.168.7.3")):
        for j, sv in enumerate(("93.184.216.34", "1.1.1.1", "8.8.8.8")):
            seg(c, "left", cl, sv, 40000 + 10 * i + j, 443, "S", 100)
            seg(c, "left", cl, sv, 41000 + 10 * i + j, 80, "S", 100)
        c.udp("left", "right", cl, "8.8.8.8", 30000 + i % 2, 53, b"q", None)
        c.ping("left", "right", cl, "1.1.1.1", 70 + i, reply=False)
    return Scenario("snat-persistent-ranges", rules, c.frames, about=(
        "SNAT to address ranges: without --persistent the address depends on the client and the "
        "server (jhash of both), with it on the client alone; a port range for UDP keeps a port "
        "inside it; ICMP echo through an address range"))


def tcp_timewait_nat():
    rules = tbl("nat", ["-A POSTROUTING -o eth1 -j MASQUERADE"]) + tbl("filter", states() + [
        "-A FORWARD -p tcp -m tcp --tcp-flags FIN FIN -m conntrack --ctstate ESTABLISHED",
        "-A FORWARD -p tcp -m tcp --tcp-flags RST RST -m conntrack --ctstate ESTABLISHED",
        "-A FORWARD -p tcp -m tcp --syn -m conntrack --ctstate NEW"])
    c = Cap()
    cl, sv = "192.168.1.10", "93.184.216.34"
    # closed by the client: FIN and last ACK retransmitted in TIME_WAIT, the server's FIN too, then
    # a SYN with a lower ISN and one with a higher ISN reopen it (NAT keeps the port)
    f = Flow(c, "left", "right", cl, sv, 40000, 80, a_seen="10.0.2.1").open().talk().close()
    f.c2s("FA", seq=f.s - 1).s2c("FA", seq=f.r - 1).c2s("A")
    seg(c, "left", cl, sv, 40000, 80, "S", 500)
    seg(c, "right", sv, "10.0.2.1", 80, 40000, "SA", 9000, 501)
    seg(c, "left", cl, sv, 40000, 80, "A", 501, 9001)
    seg(c, "left", cl, sv, 40000, 80, "R", 501)
    seg(c, "left", cl, sv, 40000, 80, "S", 70000)
    # closed by the server: the server's SYN in TIME_WAIT (the other direction) and a RST there
    g = Flow(c, "left", "right", cl, sv, 40001, 80, a_seen="10.0.2.1").open().talk()
    g.s2c("FA").c2s("FA").s2c("A")
    seg(c, "right", sv, "10.0.2.1", 80, 40001, "S", 12345)
    seg(c, "right", sv, "10.0.2.1", 80, 40001, "R", g.r)
    seg(c, "left", cl, sv, 40001, 80, "S", g.s + 100000)
    return Scenario("tcp-timewait-nat", rules, c.frames, {"net.netfilter.nf_conntrack_tcp_loose": "0",
                                                         "net.netfilter.nf_conntrack_tcp_be_liberal": "0"}, about=(
        "TIME_WAIT behind MASQUERADE with tcp_loose=0 and be_liberal=0: retransmitted FINs and last "
        "ACK keep it, a client SYN reopens it whatever its ISN (DESTROY, NEW with the same port), a "
        "RST of the new connection closes it; a server-side close, the server's own SYN in TIME_WAIT, "
        "a RST there and the client's reopening SYN"))


ALL = [nat_icmp_errors_ports, nat_port_ranges, tftp_nat, sane_masquerade, connmark_policy_routing,
       rate_matches_bursts, ct_timeouts_protocols, nat_icmp_errors_protocols,
       snat_persistent_ranges, tcp_timewait_nat]
