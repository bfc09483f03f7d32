"""Real-world rulesets of container and orchestration hosts (tests/rulesets/) under traffic: see
rulesetkit and handwritten_rulesets.py."""
from __future__ import annotations

from .capture import Cap, Scenario
from .rulesetkit import adapted, via_left


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


def docker_ingress_sbox():
    from scapy.layers.inet import IP, UDP
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


def kube_proxy():
    from scapy.layers.inet import IP, TCP
    # the pod network 10.244.0.0/16 on the left wire; only services with one endpoint are used (the
    # web service picks one of two at random) and only pod sources (others get MASQUERADE --random-fully)
    rules = adapted("kube-proxy")
    c = Cap()
    wan = "10.0.2.1"
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


ALL = [docker_host, docker_swarm, docker_ingress_sbox, netavark, lxd_bridge, kube_proxy, kube_proxy_sctp,
       istio_sidecar, linkerd_proxy_init, aws_vpc_cni]
