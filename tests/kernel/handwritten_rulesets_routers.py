"""Real-world rulesets of routers and gateways (tests/rulesets/) under traffic: see rulesetkit and
handwritten_rulesets.py."""
from __future__ import annotations

from .capture import Cap, Scenario
from .rulesetkit import adapted, via_left, linux_syn_options


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
    out(40100, "S", 1000, opts=linux_syn_options(111), win=64240)
    out(40100, "S", 1000, opts=linux_syn_options(1111), win=64240, )
    back(40100, "SA", 9000, 1001, opts=linux_syn_options(222, 1400), win=65160)
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
    out(40100, "S", 50000, opts=linux_syn_options(5000), win=64240)
    back(40100, "SA", 70000, 50001, opts=linux_syn_options(6000, 1400), win=65160)
    out(40100, "A", 50001, 70001, opts=ts)
    # the server resets; the client's late data meets a CLOSEd entry
    back(40100, "R", 70001, 0)
    out(40100, "PA", 50001, 70001, b"late", opts=ts)
    # PMTU: a router on the wan refuses a masqueraded DF packet (frag needed): RELATED, un-NATed
    out(40101, "S", 3000, opts=linux_syn_options(333), win=64240)
    back(40101, "SA", 4000, 3001, opts=linux_syn_options(444, 1400), win=65160)
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


def libvirt():
    rules = adapted("libvirt", {"virbr0": "eth0"})
    c = Cap()
    wan, lan = "10.0.2.1", "10.0.1.1"
    vm, vm2 = "192.168.122.10", "192.168.122.11"
    # the VMs out: masqueraded (ports kept: 1024-65535), the answers let back in
    c.nat_conversation("tcp", ("left", vm, 40000), ("93.184.216.34", 443), ("right", "93.184.216.34", 443),
                       (wan, 40000), (b"\x16\x03\x01", b"\x16\x03\x03"), close=True)
    c.nat_conversation("udp", ("left", vm, 40001), ("8.8.8.8", 53), ("right", "8.8.8.8", 53), (wan, 40001),
                       (b"q", b"a"))
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


def openvpn_as():
    # the VPN's tunnels as0t+ on the left wire (its 172.27.224.0/20 routed there), eth0 its uplink
    rules = adapted("openvpn-as", {"as0t+": "eth0", "eth0": "eth1"})
    c = Cap()
    lan = "10.0.1.1"
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
    ip = via_left("172.27.224.0/20") + ["route add 192.168.10.0/24 via 10.0.1.2 dev eth0 table 100"]
    return Scenario("ruleset-openvpn-as", rules, c.frames, ip=ip, frames_out=True, about=(
        "tests/rulesets/openvpn-as.rules (the tunnels as0t+ as eth0, 172.27.224.0/20 and 192.168.10.0/24 "
        "routed there, its uplink as eth1): per-user marks set in mangle, -g into the users' chains, "
        "the NAT mark and SNAT to the public address, the route mark without NAT, the DNS policy, "
        "client to client, redirects fw sends into the tunnel dropped"))


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
    c.nat_conversation("udp", ("left", "192.168.1.11", 40002), ("198.51.100.40", 5060),
                       ("right", "198.51.100.40", 5060), ("198.51.100.10", 40002),
                       (b"INVITE sip:x SIP/2.0", b"SIP/2.0 100 Trying"))
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


ALL = [openwrt, openwrt_real_tcp, edgeos_router, wireguard, tailscale, libvirt, neutron_l3_agent, openvpn_as,
       router_qos]
