"""The hand-written scenarios of tests/scenarios/: what each shows is its README.md line.

`python -m tests.kernel.handwritten [NAME...]` (re)writes their folders; the output is the same
every time, so the committed captures are reproducible from this file.
"""
from __future__ import annotations

import os
import sys

from . import (handwritten_clash, handwritten_combos, handwritten_edges, handwritten_hunt2, handwritten_hunt2_kept,
               handwritten_policy, handwritten_rulesets, handwritten_rulesets_gateways, handwritten_rulesets_servers,
               handwritten_sip, handwritten_stack)
from .capture import Cap, Scenario
from .lab import BUILTIN

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scenarios")


def table(name, chains, rules=(), policies=None):
    policies = policies or {}
    head = [f"*{name}"] + [f":{c} {policies.get(c, 'ACCEPT') if c in BUILTIN[name] else '-'} [0:0]" for c in chains]
    return "\n".join(head + list(rules) + ["COMMIT"]) + "\n"


FILTER = ("INPUT", "FORWARD", "OUTPUT")


def forward_stateless_counters():
    rules = table("filter", FILTER, [
        "-A FORWARD -p tcp -m tcp --dport 80 -j ACCEPT",
        "-A FORWARD -p tcp -m tcp --sport 80 -j ACCEPT",
        "-A FORWARD -s 192.168.1.0/24 -p udp -m udp --dport 53 -j ACCEPT",
        "-A FORWARD -p udp -m udp --sport 53 -j ACCEPT",
        "-A FORWARD -p icmp -m icmp --icmp-type 8 -j ACCEPT",
        "-A FORWARD -i eth1 -o eth0 -p icmp -j ACCEPT",
        "-A FORWARD -p tcp -m multiport --dports 22,443 -j DROP",
        "-A FORWARD -m length --length 0:100",
    ], {"FORWARD": "DROP"})
    c = Cap()
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 80, data=(b"GET / HTTP/1.0\r\n\r\n", b"x" * 500))
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40001, 53, b"q" * 30, b"a" * 90)
    c.udp("left", "right", "192.168.7.3", "8.8.8.8", 40002, 53, b"q", b"a")  # not from 192.168.1.0/24: policy
    c.ping("left", "right", "192.168.1.20", "1.1.1.1", 7)
    c.ping("right", "left", "203.0.113.7", "192.168.1.20", 8)
    c.tcp("right", "left", "203.0.113.7", "192.168.1.10", 40003, 22, answer=False)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40004, 443, answer=False)
    return Scenario("forward-stateless-counters", rules, c.frames, about=(
        "A stateless FORWARD filter (policy DROP): every rule counts exactly the packets it matches, "
        "the rest go to the policy; no rule needs conntrack, so the kernel tracks nothing at all"))


def input_drop_established():
    rules = table("filter", FILTER, [
        "-A INPUT -i lo -j ACCEPT",
        "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "-A INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT",
        "-A INPUT -p icmp -m icmp --icmp-type 8 -m limit --limit 1/min --limit-burst 2 -j ACCEPT",
    ], {"INPUT": "DROP"})
    c = Cap()
    c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 50000, 53, b"q" * 20, b"a" * 60)
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50001, 443)
    c.tcp("left", "local0", "10.0.1.2", "10.0.1.1", 50002, 22)
    c.tcp("right", "local1", "203.0.113.7", "10.0.2.1", 50003, 80, answer=False)
    for i in range(4):
        c.ping("right", "local1", "8.8.8.8", "10.0.2.1", 100 + i, reply=True)
    return Scenario("input-drop-established", rules, c.frames, about=(
        "INPUT policy DROP with ESTABLISHED,RELATED accepted: answers to fw's own connections and new "
        "ssh pass, port 80 and pings past the limit burst are dropped by the policy"))


def raw_notrack():
    rules = table("raw", ("PREROUTING", "OUTPUT"), [
        "-A PREROUTING -p udp -m udp --dport 53 -j CT --notrack",
        "-A PREROUTING -p udp -m udp --sport 53 -j NOTRACK",
    ]) + table("filter", FILTER, [
        "-A FORWARD -m conntrack --ctstate UNTRACKED -j ACCEPT",
        "-A FORWARD -m state --state UNTRACKED",
        "-A FORWARD -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT",
    ], {"FORWARD": "DROP"})
    c = Cap()
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000, 53, b"dns?", b"dns!")
    c.udp("left", "right", "192.168.1.20", "1.1.1.1", 40001, 53, b"dns?", b"dns!")
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40002, 123, b"ntp?", b"ntp!")
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40003, 80)
    return Scenario("raw-notrack-untracked", rules, c.frames, about=(
        "raw CT --notrack / NOTRACK make DNS packets UNTRACKED: they match --ctstate UNTRACKED and "
        "leave no conntrack entry and no event; NTP and TCP are tracked as usual"))


def ttl_expiry():
    rules = table("mangle", ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"), [
        "-A PREROUTING -m ttl --ttl-eq 1",
        "-A PREROUTING -m ttl --ttl-eq 2",
        "-A FORWARD -m ttl --ttl-eq 1",
        "-A POSTROUTING -m ttl --ttl-lt 2",
    ]) + table("filter", FILTER, ["-A FORWARD -p icmp", "-A INPUT -p icmp", "-A FORWARD -m conntrack --ctstate NEW"])
    c = Cap()
    c.ping("left", "right", "192.168.1.10", "8.8.8.8", 1, reply=False, ttl=1)
    c.ping("left", "right", "192.168.1.10", "8.8.8.8", 2, reply=True, ttl=2)
    c.udp("left", "right", "192.168.1.20", "1.1.1.1", 40000, 33434, b"trace", None, ttl=1)
    c.ping("left", "local0", "192.168.1.10", "10.0.1.1", 3, reply=True, ttl=1)
    return Scenario("ttl-expiry", rules, c.frames, about=(
        "TTL expiry: a forwarded packet arriving with TTL 1 is counted in PREROUTING but dies before "
        "FORWARD and leaves no conntrack entry; TTL 2 is already 1 in FORWARD; TTL 1 to fw itself is delivered"))


def local_vs_forward():
    rules = table("mangle", ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"), [
        "-A PREROUTING -m addrtype --dst-type LOCAL",
        "-A PREROUTING -m addrtype --dst-type BROADCAST",
        "-A PREROUTING -m addrtype --dst-type UNICAST",
        "-A PREROUTING -m pkttype --pkt-type broadcast",
    ]) + table("filter", FILTER, [
        "-A INPUT -d 10.0.1.1/32", "-A INPUT -d 10.0.2.1/32", "-A INPUT -i eth0 -d 10.0.2.1/32",
        "-A INPUT -d 10.0.1.255/32", "-A FORWARD -i eth0 -o eth1", "-A FORWARD -i eth1 -o eth0",
    ])
    c = Cap()
    c.udp("left", "local0", "10.0.1.2", "10.0.1.1", 40000, 5000, b"to fw eth0", None)
    c.udp("left", "local0", "10.0.1.2", "10.0.2.1", 40001, 5000, b"to fw eth1 address, via eth0", None)
    c.udp("left", "right", "10.0.1.2", "10.0.2.2", 40002, 5000, b"through", None)
    c.udp("right", "left", "10.0.2.2", "192.168.1.10", 40003, 5000, b"through back", None)
    from scapy.layers.inet import IP, UDP
    c.add("left", IP(src="10.0.1.2", dst="10.0.1.255") / UDP(sport=137, dport=137) / b"bcast", dst_mac="ff:ff:ff:ff:ff:ff")
    c.add("left", IP(src="10.0.1.2", dst="255.255.255.255") / UDP(sport=68, dport=67) / b"dhcp", dst_mac="ff:ff:ff:ff:ff:ff")
    return Scenario("local-vs-forward", rules, c.frames, about=(
        "Local delivery vs forwarding: packets to either of fw's addresses go to INPUT whatever the "
        "interface, others to FORWARD; subnet and limited broadcasts are delivered locally as addrtype "
        "BROADCAST (not LOCAL) and pkttype broadcast"))


def output_local():
    rules = table("mangle", ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"), [
        "-A OUTPUT -p udp -j MARK --set-mark 0x5",
        "-A POSTROUTING -m mark --mark 0x5",
    ]) + table("filter", FILTER, [
        "-A OUTPUT -o eth1 -p udp -m udp --dport 53 -j ACCEPT",
        "-A OUTPUT -d 192.168.0.0/16 -p tcp -m tcp --dport 22 -j ACCEPT",
        "-A OUTPUT -p tcp -m tcp --dport 25 -j DROP",
        "-A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT",
    ])
    c = Cap()
    c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 50000, 53, b"q", b"a")
    c.tcp("local0", "left", "10.0.1.1", "192.168.1.10", 50001, 22)
    c.tcp("local1", "right", "10.0.2.1", "203.0.113.7", 50002, 25, answer=False)
    c.ping("local0", "left", "10.0.1.1", "10.0.1.2", 9)
    return Scenario("output-local", rules, c.frames, about=(
        "Locally generated traffic takes OUTPUT and POSTROUTING (marks set in mangle OUTPUT are seen "
        "in POSTROUTING); a dropped SYN to port 25 never gets a conntrack entry"))


def log_target():
    rules = table("filter", FILTER + ("LOGDROP",), [
        '-A INPUT -p tcp -m tcp --dport 23 -j LOG --log-prefix "telnet: " --log-level 6',
        "-A INPUT -p tcp -m tcp --dport 23 -j LOGDROP",
        '-A FORWARD -m conntrack --ctstate INVALID -j LOG --log-prefix "invalid: " --log-tcp-sequence',
        "-A FORWARD -m conntrack --ctstate INVALID -j DROP",
        '-A LOGDROP -j LOG --log-prefix "dropped: "',
        "-A LOGDROP -j DROP",
    ])
    c = Cap()
    c.tcp("right", "local1", "203.0.113.7", "10.0.2.1", 40000, 23, answer=False)
    from scapy.layers.inet import IP, TCP
    c.add("left", IP(src="192.168.1.10", dst="8.8.8.8") / TCP(sport=40001, dport=80, flags="SA", seq=1, ack=1))
    c.tcp("left", "right", "192.168.1.10", "8.8.8.8", 40002, 80)
    return Scenario("log-target", rules, c.frames, {"net.netfilter.nf_conntrack_tcp_loose": "0"}, about=(
        "LOG is non-terminating: the LOG rule and the next rule both count; a SYN/ACK out of nowhere is "
        "INVALID with tcp_loose=0"))


def marks():
    rules = table("mangle", ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"), [
        "-A PREROUTING -j CONNMARK --restore-mark",
        "-A PREROUTING -m mark ! --mark 0x0 -j ACCEPT",
        "-A PREROUTING -p tcp -m tcp --dport 22 -j MARK --set-mark 0x1",
        "-A PREROUTING -p udp -j MARK --set-xmark 0x2/0xff",
        "-A PREROUTING -j CONNMARK --save-mark",
    ]) + table("filter", FILTER, [
        "-A FORWARD -m mark --mark 0x1 -j ACCEPT",
        "-A FORWARD -m connmark --mark 0x2",
        "-A FORWARD -m mark --mark 0x0",
    ])
    c = Cap()
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 22)
    c.udp("left", "right", "192.168.1.20", "8.8.8.8", 40001, 53, b"q", b"a")
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40002, 80)
    return Scenario("marks", rules, c.frames, about=(
        "MARK on the first packet, CONNMARK --save-mark into the connection and --restore-mark on every "
        "later packet (both directions); conntrack shows mark="))


def udp_timeout_sysctl():
    rules = table("filter", FILTER, ["-A FORWARD -m conntrack --ctstate NEW", "-A FORWARD -m conntrack --ctstate ESTABLISHED"])
    c = Cap()
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000, 53, b"q", b"a")
    c.wait(3.5)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000, 53, b"q again", None)
    c.udp("left", "right", "192.168.1.20", "8.8.8.8", 40001, 53, b"q", None)
    return Scenario("udp-timeout-sysctl", rules, c.frames,
                    {"net.netfilter.nf_conntrack_udp_timeout": "2", "net.netfilter.nf_conntrack_udp_timeout_stream": "2"},
                    about="nf_conntrack_udp_timeout=2: the first flow expires (DESTROY) before its port is reused, "
                          "so the second query is NEW again")


def tcp_rst():
    rules = table("filter", FILTER, [
        "-A FORWARD -p tcp -m tcp --dport 25 -j REJECT --reject-with tcp-reset",
        "-A FORWARD -p tcp -m tcp --tcp-flags RST RST",
        "-A FORWARD -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT",
    ])
    c = Cap()
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 80, close="rst")
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40001, 81, answer="rst")
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40002, 25, answer=False)
    return Scenario("tcp-rst", rules, c.frames, about=(
        "TCP RST: an established connection reset by the client goes to CLOSE, a refused SYN (RST,ACK) "
        "too; REJECT --reject-with tcp-reset counts the SYN (its own RST never leaves the lab)"))


def icmp_error_related():
    rules = table("filter", FILTER, [
        "-A FORWARD -m conntrack --ctstate RELATED -j ACCEPT",
        "-A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT",
        "-A FORWARD -m conntrack --ctstate NEW -o eth1 -j ACCEPT",
        "-A FORWARD -m conntrack --ctstate INVALID",
    ], {"FORWARD": "DROP"})
    c = Cap()
    q = c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000, 53, b"q", None)
    c.icmp_error("right", "8.8.8.8", q, code=3)
    p = c.ping("left", "right", "192.168.1.20", "203.0.113.7", 5, reply=False)
    c.icmp_error("right", "10.0.2.2", p, type=11, code=0)
    from scapy.layers.inet import IP, UDP
    stray = IP(src="192.168.7.3", dst="1.1.1.1") / UDP(sport=41000, dport=53) / b"never sent"
    c.icmp_error("right", "1.1.1.1", stray, code=3)
    return Scenario("icmp-error-related", rules, c.frames, about=(
        "ICMP errors about a tracked flow (port unreachable, time exceeded from a router) are RELATED "
        "and pass; an error about a flow that never existed is not"))


def dnat_masquerade():
    rules = table("nat", ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"), [
        "-A PREROUTING -i eth1 -d 10.0.2.1/32 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.20:22",
        "-A POSTROUTING -o eth1 -j MASQUERADE",
    ]) + table("filter", FILTER, [
        "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "-A FORWARD -m conntrack --ctstate DNAT -j ACCEPT",
        "-A FORWARD -i eth0 -o eth1 -j ACCEPT",
    ], {"FORWARD": "DROP"})
    c = Cap()
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 80, reply_to="10.0.2.1")
    c.udp("left", "right", "192.168.1.20", "8.8.8.8", 40001, 53, b"q", b"a", reply_to="10.0.2.1")
    c.ping("left", "right", "192.168.7.3", "1.1.1.1", 40002, reply_to="10.0.2.1")
    c.nat_conversation("tcp", ("right", "203.0.113.7", 40003), ("10.0.2.1", 8080), ("left", "192.168.1.20", 22),
                       ("203.0.113.7", 40003), (b"SSH-2.0\r\n", b""), isn=100, risn=900)
    from scapy.layers.inet import IP, TCP
    c.add("right", IP(src="203.0.113.7", dst="10.0.2.1") / TCP(sport=40003, dport=23, flags="S", seq=500))
    return Scenario("dnat-masquerade", rules, c.frames, about=(
        "A port forward (DNAT 10.0.2.1:8080 -> 192.168.1.20:22) and MASQUERADE out of eth1: conntrack "
        "shows the rewritten reply tuples, answers are un-NATed, an unforwarded port hits the policy"))


def limit_recent():
    rules = table("filter", FILTER, [
        "-A INPUT -p tcp -m tcp --dport 22 -m recent --update --seconds 60 --hitcount 3 --name ssh -j DROP",
        "-A INPUT -p tcp -m tcp --dport 22 -m recent --set --name ssh",
        "-A INPUT -p icmp -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name pings -j ACCEPT",
        "-A INPUT -p icmp -j DROP",
        "-A INPUT -p tcp -m tcp --dport 22 -m statistic --mode nth --every 2 --packet 0",
    ])
    c = Cap()
    for i in range(5):
        c.tcp("right", "local1", "203.0.113.7", "10.0.2.1", 41000 + i, 22, answer=False)
    c.tcp("right", "local1", "8.8.8.8", "10.0.2.1", 41010, 22, answer=False)
    for i in range(4):
        c.ping("right", "local1", "203.0.113.7", "10.0.2.1", 300 + i, reply=False)
    for i in range(3):
        c.ping("left", "local0", "192.168.1.10", "10.0.1.1", 400 + i, reply=False)
    return Scenario("limit-recent", rules, c.frames, about=(
        "recent drops a source's ssh SYNs once it sent 3 within 60 s, hashlimit lets 2 pings per source "
        "through, statistic --mode nth counts every other SYN; no rule needs conntrack, so nothing is tracked"))


def hashlimit_bytes():
    rules = table("filter", FILTER, [
        "-A INPUT -p icmp -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 2kb --hashlimit-mode srcip --hashlimit-name bytes -j ACCEPT",
        "-A INPUT -p icmp -j DROP",
        "-A INPUT -p udp -m hashlimit --hashlimit-above 4kb/s --hashlimit-mode srcip,dstport --hashlimit-name udpb -j DROP",
        "-A INPUT -p udp",
        "-A INPUT -p tcp -m hashlimit --hashlimit-upto 3/sec --hashlimit-burst 2 --hashlimit-rate-match --hashlimit-name rm -j ACCEPT",
        "-A INPUT -p tcp -j DROP",
        "-A INPUT -p esp -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 1 --hashlimit-mode srcport,dstport --hashlimit-name spi -j ACCEPT",
        "-A INPUT -p esp -j DROP",
    ])
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw

    def syn(port):
        c.add("right", IP(src="203.0.113.7", dst="10.0.2.1") / TCP(sport=port, dport=22, flags="S", seq=1))

    def esp(spi):
        c.add("right", IP(src="203.0.113.7", dst="10.0.2.1", proto=50) / Raw(spi.to_bytes(4, "big") + b"\0\0\0\1" + b"e" * 24))

    c = Cap()
    # 500-byte pings (32 chunks): a full bucket pays two, the 2 kB burst refills it twice
    for i in range(10):
        c.ping("right", "local1", "203.0.113.7", "10.0.2.1", 600 + i, size=472, reply=False)
    for i in range(3):
        c.ping("right", "local1", "198.51.100.9", "10.0.2.1", 700 + i, size=472, reply=False)
    # 1000-byte datagrams (63 chunks): four fit the 4 kB/s bucket, per source and port
    for i in range(7):
        c.udp("right", "local1", "203.0.113.7", "10.0.2.1", 5000 + i, 53, b"u" * 972, None)
    for i in range(2):
        c.udp("right", "local1", "203.0.113.7", "10.0.2.1", 5100 + i, 123, b"u" * 972, None)
    for i in range(8):                  # rate-match: 5 (burst 2 + rate 3) in the first second
        syn(41000 + i)
    for spi in (1, 1, 2):               # flows keyed by the SPI, read where ports would be
        esp(spi)
    c.wait(1.0)                         # the byte bucket is full again, its burst spent
    for i in range(3):
        c.ping("right", "local1", "203.0.113.7", "10.0.2.1", 610 + i, size=472, reply=False)
    c.wait(0.3)
    c.ping("right", "local1", "203.0.113.7", "10.0.2.1", 620, size=472, reply=False)
    c.wait(0.2)
    for i in range(2):                  # the last second was over the rate: no match
        syn(41100 + i)
    c.wait(1.5)
    for i in range(2):                  # two in 1.5 s is under it: match again
        syn(41200 + i)
    return Scenario("hashlimit-bytes", rules, c.frames, about=(
        "hashlimit byte rates: a 1kb/s bucket with a 2kb burst (refilled twice, never again) per "
        "source, an --hashlimit-above 4kb/s per source and port; rate-match over a second; ESP "
        "flows keyed by their SPI; no rule needs conntrack, so nothing is tracked"))


MANGLE = ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING")
NAT = ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING")
RAW = ("PREROUTING", "OUTPUT")


def targets_queue():
    rules = table("raw", RAW, [
        "-A PREROUTING -p udp -m udp --dport 1010 -j QUEUE",
        "-A PREROUTING -p udp -m udp --dport 1011 -j NFQUEUE --queue-num 7 --queue-bypass",
    ]) + table("mangle", MANGLE, [
        "-A PREROUTING -p tcp -m tcp --dport 2000 -j NFQUEUE --queue-num 9 --queue-bypass",
        "-A PREROUTING -p tcp -m tcp --dport 2000",
        "-A POSTROUTING -p udp",
        "-A POSTROUTING -p tcp",
    ]) + table("nat", NAT, [
        # the first packet is bypassed out of the chain (no binding), the second meets the DNAT
        "-A PREROUTING -p udp -m udp --dport 1006 -m statistic --mode nth --every 2 --packet 0 "
        "-j NFQUEUE --queue-num 2 --queue-bypass",
        "-A PREROUTING -p udp -m udp --dport 1006 -j DNAT --to-destination 10.0.2.9",
        "-A PREROUTING -p udp -m udp --dport 1007 -j QUEUE",
        "-A POSTROUTING -p udp",
        "-A INPUT -p udp",
    ]) + table("filter", FILTER, [
        "-A INPUT -p icmp -j NFQUEUE --queue-num 1",
        "-A INPUT -p udp -m udp --dport 1012 -j NFQUEUE --queue-num 1 --queue-bypass",
        "-A INPUT -p udp -m udp --dport 1013 -j QUEUE",
        "-A INPUT -p udp",
        "-A FORWARD -p udp -m udp --dport 1001 -j QUEUE",
        "-A FORWARD -p udp -m udp --dport 1002 -j NFQUEUE --queue-num 3",
        "-A FORWARD -p udp -m udp --dport 1003 -j NFQUEUE --queue-num 4 --queue-bypass",
        "-A FORWARD -p udp -m udp --dport 1004 -j NFQUEUE --queue-balance 5:8 --queue-bypass",
        "-A FORWARD -p udp -m udp --dport 1005 -j NFQUEUE --queue-balance 5:8 --queue-cpu-fanout",
        "-A FORWARD -p udp",
        "-A FORWARD -m conntrack --ctstate NEW",
        "-A OUTPUT -p udp -m udp --dport 1008 -j NFQUEUE --queue-num 6",
        "-A OUTPUT -p udp -m udp --dport 1009 -j NFQUEUE --queue-num 6 --queue-bypass",
        "-A OUTPUT -p udp",
    ])
    c = Cap()
    for port in (1001, 1002, 1003, 1004, 1005, 1007, 1010, 1011):
        c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000 + port, port, b"q" * (port - 1000), b"a")
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 41006, 1006, b"first", None)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 41006, 1006, b"second", None)
    c.udp("right", "left", "8.8.8.8", "192.168.1.10", 1006, 41006, b"answer", None)
    for port in (1008, 1009):
        c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 40000 + port, port, b"q", b"a")
    for port in (1012, 1013):                               # fw to itself, over lo
        c.udp("local1", "local0", "10.0.2.1", "10.0.1.1", 40000 + port, port, b"q", None)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 42000, 2000, data=None)
    c.ping("right", "local1", "203.0.113.7", "10.0.2.1", 11, reply=False)
    return Scenario("targets-queue", rules, c.frames, about=(
        "QUEUE and NFQUEUE with no userspace listener: the packet is dropped (its conntrack entry never "
        "confirmed) unless --queue-bypass, which goes on with the next table of the hook as after ACCEPT; "
        "bypassed out of nat PREROUTING a connection gets no binding, so its next packet walks the nat "
        "chain again and meets a DNAT that cannot bind a confirmed entry; --queue-balance and "
        "--queue-cpu-fanout change nothing without listeners"))


def _tcp(c, side, src, dst, sport, dport, flags, seq, ack=0, options=(), payload=b"", doff=None):
    from scapy.layers.inet import IP, TCP
    from scapy.packet import Raw
    p = IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=502,
                                   options=list(options), dataofs=doff)
    return c.add(side, p / Raw(payload) if payload else p)


def targets_tcpmss():
    syn = "-p tcp -m tcp --tcp-flags SYN,RST SYN"
    rules = table("raw", RAW, [
        f"-A PREROUTING {syn} -m tcp --dport 88 -j TCPMSS --set-mss 1000",
    ]) + table("mangle", MANGLE, [
        f"-A FORWARD {syn} -m tcp --dport 80 -j TCPMSS --set-mss 1200",
        f"-A FORWARD {syn} -m tcpmss --mss 1200",
        f"-A FORWARD {syn} -j TCPMSS --clamp-mss-to-pmtu",
        f"-A FORWARD {syn} -m tcpmss --mss 1460",
        f"-A FORWARD {syn} -m tcpmss --mss 536",
        f"-A FORWARD {syn} -m tcpmss --mss 0:535",
        f"-A FORWARD {syn} -m tcpmss ! --mss 0:65535",
        f"-A OUTPUT {syn} -j TCPMSS --clamp-mss-to-pmtu",
        f"-A OUTPUT {syn} -m tcpmss --mss 1460",
        f"-A OUTPUT {syn} -m tcpmss --mss 65495",
        f"-A INPUT {syn} -m tcpmss --mss 65495",
        f"-A POSTROUTING {syn} -m tcpmss --mss 1460",
        f"-A POSTROUTING {syn} -m tcpmss --mss 1300",
        f"-A POSTROUTING {syn} -m length --length 44",
        f"-A POSTROUTING {syn} -m length --length 40",
    ]) + table("filter", FILTER, [
        "-A FORWARD -p tcp -m tcp --dport 443 --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1300",
        "-A FORWARD -p tcp -m tcpmss --mss 1300",
        "-A FORWARD -m conntrack --ctstate NEW,ESTABLISHED",
        "-A OUTPUT -m conntrack --ctstate NEW",
    ])
    c = Cap()
    a, b = "192.168.1.10", "93.184.216.34"
    for port, opts, ropts in ((80, [("MSS", 1460)], [("MSS", 1460)]),            # set 1200; answer kept
                              (81, [("MSS", 8960)], [("MSS", 9000)]),            # both clamped to 1460
                              (82, [], []),                                      # both get MSS 536 added
                              (83, [("NOP", None), ("WScale", 7), ("MSS", 8960)], [("MSS", 500)])):
        _tcp(c, "left", a, b, 40000 + port, port, "S", 100, options=opts)
        _tcp(c, "right", b, a, port, 40000 + port, "SA", 900, 101, options=ropts)
        _tcp(c, "left", a, b, 40000 + port, port, "A", 101, 901)
    _tcp(c, "left", a, b, 40084, 84, "S", 100, payload=b"syn with data")              # no room to add
    _tcp(c, "left", a, b, 40085, 85, "S", 100, options=[("NOP", None)] * 40)          # doff 15: no room
    _tcp(c, "left", a, b, 40443, 443, "S", 100, options=[("MSS", 1460)])               # filter lowers it
    _tcp(c, "local1", "10.0.2.1", b, 40086, 86, "S", 100, options=[("MSS", 65495)])     # local: clamped
    _tcp(c, "local1", "10.0.2.1", b, 40087, 87, "S", 100)                              # local: added
    _tcp(c, "left", a, b, 40088, 88, "S", 100)               # grown in raw: conntrack counts 44 bytes
    _tcp(c, "local1", "10.0.2.1", "10.0.1.1", 40090, 90, "S", 100, options=[("MSS", 65535)])  # lo: 65535 - 40
    _tcp(c, "left", a, b, 40180, 80, "S", 100, doff=4)       # header shorter than 20: TCPMSS drops
    _tcp(c, "left", a, b, 40181, 80, "S", 100, doff=15)      # header past the segment: TCPMSS drops
    _tcp(c, "left", a, b, 40089, 89, "S", 100, doff=15)      # -m tcpmss cannot read the options: hotdrop
    return Scenario("targets-tcpmss", rules, c.frames, {"net.netfilter.nf_conntrack_acct": "1"}, about=(
        "TCPMSS on SYN and SYN/ACK, forwarded and local: --set-mss lowers, never raises; "
        "--clamp-mss-to-pmtu uses the smaller MTU of both routes (1460 here); without an MSS option "
        "one of at most 536 is added (4 more bytes for the next rules and, from raw, for conntrack's "
        "byte count), not when the SYN carries data or the header is full; a header it cannot parse "
        "is dropped; -m tcpmss and -m length after it see the rewrite"))


def targets_dscp_tos_ttl():
    rules = table("mangle", MANGLE, [
        "-A PREROUTING -p udp -m udp --dport 1001 -j DSCP --set-dscp 0x0a",
        "-A PREROUTING -p udp -m udp --dport 1002 -j DSCP --set-dscp-class EF",
        "-A PREROUTING -p udp -m udp --dport 1003 -j TOS --set-tos Minimize-Delay",
        "-A PREROUTING -p udp -m udp --dport 1004 -j TOS --and-tos 0x0f",
        "-A PREROUTING -p udp -m udp --dport 1005 -j TOS --or-tos 0x08",
        "-A PREROUTING -p udp -m udp --dport 1006 -j TOS --xor-tos 0xff",
        "-A PREROUTING -p udp -m udp --dport 1007 -j TOS --set-tos 0x20/0xf0",
        "-A PREROUTING -p udp -m udp --dport 1008 -j DSCP --set-dscp 0x0a",
        "-A PREROUTING -p udp -m udp --dport 2001 -j TTL --ttl-set 1",
        "-A PREROUTING -p udp -m udp --dport 2002 -j TTL --ttl-dec 10",
        "-A PREROUTING -p udp -m udp --dport 2003 -j TTL --ttl-inc 5",
        "-A PREROUTING -p udp -m udp --dport 2004 -j TTL --ttl-inc 200",
        "-A PREROUTING -p udp -m udp --dport 2005 -j TTL --ttl-dec 10",
        "-A PREROUTING -p udp -m udp --dport 2007 -j TTL --ttl-set 0",
        "-A PREROUTING -m dscp --dscp 0x0a",
        "-A PREROUTING -m dscp --dscp 0x2e",
        "-A PREROUTING -m ttl --ttl-eq 0",
        "-A PREROUTING -m ttl --ttl-eq 1",
        "-A PREROUTING -m ttl --ttl-eq 255",
        "-A INPUT -m ttl --ttl-eq 0",
        "-A FORWARD -p udp -m udp --dport 2006 -j TTL --ttl-set 0",
        "-A FORWARD -m tos --tos 0x2b/0xff",
        "-A FORWARD -m tos --tos 0xb8/0xff",
        "-A FORWARD -m tos --tos 0xd0/0xff",
        "-A FORWARD -m tos --tos 0x0c/0xff",
        "-A FORWARD -m tos --tos 0x09/0xff",
        "-A FORWARD -m tos --tos 0xff/0xff",
        "-A FORWARD -m tos --tos 0x25/0xff",
        "-A FORWARD -m tos --tos 0x29/0xff",
        "-A FORWARD -m tos --tos 0x10/0x3f",
        "-A FORWARD -m ttl --ttl-eq 5",
        "-A FORWARD -m ttl --ttl-eq 254",
        "-A FORWARD -m ttl --ttl-eq 0",
        "-A OUTPUT -p udp -m udp --dport 2008 -j TTL --ttl-set 1",
        "-A OUTPUT -p udp -m udp --dport 1009 -j DSCP --set-dscp 0x12",
        "-A OUTPUT -p udp -m udp --dport 1010 -j TOS --set-tos 0x04/0xff",
        "-A OUTPUT -p udp -m udp --dport 2009 -j TTL --ttl-inc 3",
        "-A OUTPUT -p udp -m udp --dport 2009 -j DSCP --set-dscp 0x04",
        "-A PREROUTING -i lo -m ttl --ttl-eq 67 -m dscp --dscp 0x04",
        "-A INPUT -m ttl --ttl-eq 67 -m tos --tos 0x11/0xff",
        "-A POSTROUTING -m ttl --ttl-eq 0",
        "-A POSTROUTING -m ttl --ttl-eq 1",
        "-A POSTROUTING -m dscp --dscp 0x12",
        "-A POSTROUTING -m tos --tos 0x04/0xff",
    ]) + table("filter", FILTER, [
        "-A FORWARD -m conntrack --ctstate NEW",
        "-A INPUT -m conntrack --ctstate NEW",
    ])
    c = Cap()
    a, b = "192.168.1.10", "8.8.8.8"
    for port, tos in ((1001, 0x03), (1002, 0x00), (1003, 0xE3), (1004, 0xFC), (1005, 0x01), (1006, 0x00),
                      (1007, 0x55), (1008, 0x29)):
        c.udp("left", "right", a, b, 40000 + port, port, b"tos", None, tos=tos)
    for port, ttl in ((2001, 64), (2002, 10), (2003, 1), (2004, 100), (2005, 5), (2006, 64)):
        c.udp("left", "right", a, b, 40000 + port, port, b"ttl", None, ttl=ttl)
    c.udp("left", "local0", a, "10.0.1.1", 42007, 2007, b"ttl to fw", None, ttl=3)
    for port in (2008, 1009, 1010):
        c.udp("local1", "right", "10.0.2.1", b, 40000 + port, port, b"out", None, tos=0x01)
    c.udp("local1", "local0", "10.0.2.1", "10.0.1.1", 42009, 2009, b"to itself", None, tos=0x01)
    return Scenario("targets-dscp-tos-ttl", rules, c.frames, about=(
        "DSCP keeps the ECN bits; TOS --set-tos value/mask (and its --and/--or/--xor-tos forms) as "
        "(tos & ~mask) ^ value; TTL set, decremented to 0 (clamped) and incremented to 255 (clamped) in "
        "mangle PREROUTING: a forwarded packet left with TTL 1 or 0 dies at ip_forward and leaves no "
        "conntrack entry, TTL 1 raised to 6 is forwarded; TTL 0 set in FORWARD leaves; the rules "
        "after each see the rewritten field; fw's own packets rewritten in OUTPUT"))


def targets_log_classify():
    rules = table("raw", RAW, [
        "-A PREROUTING -p tcp -m tcp --dport 22 -j TRACE",
        "-A PREROUTING -p tcp -m tcp --dport 22",
        "-A OUTPUT -p udp -j TRACE",
    ]) + table("mangle", MANGLE, [
        "-A FORWARD -j CLASSIFY --set-class 0001:0010",
        "-A FORWARD -p tcp",
        "-A POSTROUTING -p udp -j CHECKSUM --checksum-fill",
        "-A POSTROUTING -p udp",
        "-A POSTROUTING -o eth1 -j CLASSIFY --set-class 0001:0020",
        "-A POSTROUTING -o eth1",
    ]) + table("filter", FILTER, [
        "-A INPUT -p icmp -j AUDIT --type drop",
        "-A INPUT -p icmp -j DROP",
        '-A FORWARD -p tcp -j NFLOG --nflog-prefix "fwd tcp" --nflog-group 5',
        "-A FORWARD -p tcp -m tcp --dport 22 -j AUDIT --type accept",
        "-A FORWARD -p tcp -m tcp --dport 22 -j ACCEPT",
        "-A FORWARD -p udp -j NFLOG --nflog-size 64 --nflog-threshold 2",
        "-A FORWARD -p udp -j AUDIT --type reject",
        "-A FORWARD -p udp -j REJECT --reject-with icmp-port-unreachable",
        "-A FORWARD -j NFLOG --nflog-range 10",
        "-A FORWARD -m conntrack --ctstate ESTABLISHED",
        "-A OUTPUT -j NFLOG",
        "-A OUTPUT -j CLASSIFY --set-class 0002:0001",
        "-A OUTPUT -p udp",
    ])
    c = Cap()
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 22)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40001, 80, data=None, close=None)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40002, 53, b"q", None)
    c.ping("right", "local1", "203.0.113.7", "10.0.2.1", 12, reply=False)
    c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 40003, 53, b"q" * 33, b"a" * 44)
    return Scenario("targets-log-classify", rules, c.frames, about=(
        "Non-terminating targets go on with the next rule: TRACE (raw; the packet is traced through "
        "every later table), NFLOG (no listener), AUDIT, CLASSIFY (FORWARD/OUTPUT/POSTROUTING), "
        "CHECKSUM --checksum-fill; the verdicts after them decide"))


def targets_verdicts():
    rules = table("filter", FILTER + ("A", "B", "C"), [
        "-A FORWARD -p udp -j A",
        "-A FORWARD -p udp -m udp --dport 1003 -j ACCEPT",
        "-A FORWARD -p tcp -g B",
        "-A FORWARD -p icmp -j RETURN",
        "-A FORWARD -j ACCEPT",
        "-A A -p udp -m udp --dport 1001 -j ACCEPT",
        "-A A -p udp -m udp --dport 1002 -j DROP",
        "-A A -p udp -m udp --dport 1004 -j C",
        "-A A -p udp -m udp --dport 1004:1005 -j RETURN",
        "-A A -p udp",
        "-A B -p tcp -m tcp --dport 80 -j C",
        "-A B -p tcp -m tcp --dport 81 -g C",
        "-A B -p tcp -m tcp --dport 80:81 -j RETURN",
        "-A B -p tcp -j ACCEPT",
        "-A C -p udp -m udp --dport 1004 -j RETURN",
        "-A C -p tcp -m tcp --dport 81 -j RETURN",
        "-A C",
        "-A INPUT -p udp -j C",
        "-A INPUT -j RETURN",
        "-A INPUT -j DROP",
    ], {"FORWARD": "DROP"})
    c = Cap()
    for port in (1001, 1002, 1003, 1004, 1005, 1006):
        c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000 + port, port, b"v", None)
    for port in (80, 81, 82):
        c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000 + port, port, answer=False)
    c.ping("left", "right", "192.168.1.10", "8.8.8.8", 13, reply=False)
    c.udp("left", "local0", "192.168.1.10", "10.0.1.1", 41000, 1004, b"v", None)
    return Scenario("targets-verdicts", rules, c.frames, about=(
        "ACCEPT, DROP and RETURN in user chains, jumps and gotos: RETURN (or a chain's end) goes back "
        "after the jump, a goto's RETURN goes back to where the chain that did the goto was called from "
        "(or to the policy), RETURN in a builtin chain applies its policy"))


def rpfilter_socket_defrag():
    rules = table("raw", ("PREROUTING", "OUTPUT"), [
        "-A PREROUTING -m rpfilter",
        "-A PREROUTING -m rpfilter --loose",
        "-A PREROUTING -m rpfilter --accept-local",
        "-A PREROUTING -m rpfilter --loose --accept-local --invert",
        "-A PREROUTING -f",
    ]) + table("mangle", MANGLE, [
        "-A PREROUTING -m rpfilter --invert -j DROP",
        "-A INPUT -m socket",
        "-A FORWARD -p udp -m udp --dport 53",
    ])
    from scapy.layers.inet import IP, UDP, fragment
    c = Cap()
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000, 53, b"q", b"a")    # both ways via the route back
    for src in ("8.8.4.4", "10.0.1.1", "10.0.1.255", "127.0.0.1", "224.0.0.5"):
        c.add("left", IP(src=src, dst="10.0.2.2") / UDP(sport=40001, dport=53) / b"spoofed?")
    c.add("right", IP(src="10.0.1.1", dst="192.168.1.10") / UDP(sport=40002, dport=53) / b"wrong side")
    for f in fragment(IP(src="192.168.1.10", dst="8.8.8.8", id=21) / UDP(sport=40003, dport=53) / (b"y" * 2500),
                      fragsize=1000):
        c.add("left", f)
    return Scenario("rpfilter-socket-defrag", rules, c.frames, about=(
        "rpfilter in raw and mangle PREROUTING: a source passes strictly when its route back leaves by "
        "the input device, loosely by any device; fw's own address only with --accept-local (and "
        "strictly only on the device that holds it); a broadcast source never. A socket rule (which never matches: fw has no sockets) turns on "
        "defragmentation without conntrack, so -f never matches and the datagram is counted once"))


def mangle_strip_ecn_connlabel():
    rules = table("mangle", MANGLE, [
        "-A PREROUTING -p tcp -m tcp --dport 80 -m connlabel --label 5 --set",
        "-A FORWARD -p tcp -m tcp --tcp-flags SYN SYN -j TCPOPTSTRIP --strip-options mss,sack-permitted",
        "-A FORWARD -p tcp -m tcp --dport 80 -j ECN --ecn-tcp-remove",
        "-A FORWARD -p udp -j ECN --ecn-ip-ect 1",
        "-A FORWARD -p tcp -m conntrack --ctstate ESTABLISHED -m tcp --dport 22 -m connlabel --label 7 --set",
        "-A POSTROUTING -p tcp -m tcpmss --mss 0:65535",
        '-A POSTROUTING -p tcp -m u32 --u32 "0>>22&0x3C@20=0x01010101"',
        "-A POSTROUTING -p tcp -m ecn --ecn-tcp-ece",
        "-A POSTROUTING -p tcp -m ecn --ecn-tcp-cwr",
        "-A POSTROUTING -m ecn --ecn-ip-ect 1",
        "-A POSTROUTING -m connlabel --label 5",
        "-A POSTROUTING -m connlabel --label 7",
        "-A POSTROUTING -m connlabel ! --label 5",
    ]) + table("filter", FILTER, [
        "-A FORWARD -m connlabel --label 5 -j ACCEPT",
        "-A FORWARD -m connlabel --label 7",
    ])
    from scapy.layers.inet import IP, TCP
    opts = [("MSS", 1460), ("SAckOK", b""), ("Timestamp", (1, 0)), ("NOP", None), ("WScale", 7)]
    c = Cap()

    def tcp(a_side, b_side, a, b, sport, dport):
        c.add(a_side, IP(src=a, dst=b) / TCP(sport=sport, dport=dport, flags="SEC", seq=100, window=502, options=opts))
        c.add(b_side, IP(src=b, dst=a) / TCP(sport=dport, dport=sport, flags="SAE", seq=500, ack=101, window=509,
                                             options=opts[:2]))
        c.add(a_side, IP(src=a, dst=b, tos=2) / TCP(sport=sport, dport=dport, flags="A", seq=101, ack=501))
        c.add(a_side, IP(src=a, dst=b, tos=3) / TCP(sport=sport, dport=dport, flags="PAE", seq=101, ack=501) / b"GET")
        c.add(b_side, IP(src=b, dst=a) / TCP(sport=dport, dport=sport, flags="AC", seq=501, ack=104))
    tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 80)
    tcp("left", "right", "192.168.1.10", "93.184.216.34", 40001, 22)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40002, 53, b"q", b"a", tos=2)
    return Scenario("mangle-strip-ecn-connlabel", rules, c.frames, about=(
        "TCPOPTSTRIP turns the MSS and SACK-permitted options of SYNs into NOPs (no MSS left in "
        "POSTROUTING), ECN --ecn-tcp-remove clears ECE and CWR, --ecn-ip-ect sets the codepoint; "
        "connlabel --set labels the port-80 entries from their first packet (in the NEW event) and "
        "the port-22 one once established (an UPDATE event)"))


def hmark_cluster():
    hm = "--hmark-mod 4294967295"       # the mark is the hash itself (less one): CONNMARK shows it per entry
    rules = table("mangle", MANGLE, [
        f"-A PREROUTING -p tcp -j HMARK --hmark-tuple src,dst,sport,dport,proto {hm} --hmark-rnd 0x12345678",
        f"-A PREROUTING -p udp -j HMARK --hmark-src-prefix 24 --hmark-dport-mask 0xff00 --hmark-sport 0x5 {hm} "
        "--hmark-offset 7 --hmark-rnd 0xfeedcafe",
        "-A PREROUTING -p udp -m multiport --ports 5000:5010 -j HMARK --hmark-tuple ct,src,dst,sport,dport "
        f"{hm} --hmark-rnd 9",
        "-A PREROUTING -p icmp -j HMARK --hmark-tuple src,dst,proto --hmark-mod 1000 --hmark-rnd 1",
        f"-A PREROUTING -p esp -j HMARK --hmark-tuple src,dst,spi {hm} --hmark-rnd 2",
        f"-A PREROUTING -p ah -j HMARK --hmark-tuple dst,spi --hmark-spi 0x10000 {hm} --hmark-rnd 3",
        "-A PREROUTING -j CONNMARK --save-mark",
        "-A PREROUTING -m cluster --cluster-total-nodes 3 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef",
        "-A PREROUTING -m cluster --cluster-total-nodes 3 --cluster-local-node 2 --cluster-hash-seed 0xdeadbeef",
        "-A PREROUTING -m cluster --cluster-total-nodes 3 --cluster-local-node 3 --cluster-hash-seed 0xdeadbeef",
        "-A PREROUTING -m cluster --cluster-total-nodes 32 ! --cluster-local-nodemask 7 --cluster-hash-seed 5",
    ])
    from scapy.layers.inet import IP, TCP
    from scapy.layers.ipsec import AH, ESP
    c = Cap()
    for i in range(8):
        c.add("left", IP(src=f"192.168.{i}.{10 + i}", dst="93.184.216.34") / TCP(sport=40000 + 7 * i, dport=80 + i,
                                                                                 flags="S", seq=1))
    for i in range(6):
        q = c.udp("left", "right", f"192.168.1.{20 + i}", "8.8.8.8", 41000 + i, 53 + 256 * i, b"q", b"a")
    c.icmp_error("right", "8.8.8.8", q)                 # hashed on the quoted header; CONNMARK marks the UDP entry
    for i in range(3):
        c.udp("left", "right", f"192.168.2.{i}", "10.0.2.2", 42000 + i, 5000 + i, b"q", b"a")
    for i in range(3):
        c.ping("left", "right", f"192.168.3.{i}", "1.1.1.1", 300 + i)
    c.add("left", IP(src="192.168.4.1", dst="10.0.2.2") / ESP(spi=0x11223344, seq=1) / (b"\0" * 16))
    c.add("left", IP(src="192.168.4.2", dst="10.0.2.2") / AH(spi=0x55667788, seq=1, nh=59) / (b"\0" * 16))
    return Scenario("hmark-cluster", rules, c.frames, about=(
        "HMARK hashes (jhash of the lower and higher address and the sorted ports, xor the protocol) into "
        "the mark, which CONNMARK shows per entry: masked and set ports, prefixes, an ICMP error hashed on "
        "its quoted header, ESP and AH SPIs, the conntrack tuple; the cluster match spreads the entries "
        "over 3 nodes by the hash of their original source"))


def synproxy_cookies():
    rules = table("raw", ("PREROUTING", "OUTPUT"), [
        "-A PREROUTING -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j CT --notrack",
    ]) + table("filter", FILTER, [
        "-A INPUT -p tcp -m tcp --dport 80 -m conntrack --ctstate INVALID,UNTRACKED "
        "-j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460",
        "-A INPUT -m conntrack --ctstate INVALID -j DROP",
        "-A INPUT -p tcp -m tcp --dport 22",
        "-A FORWARD -p tcp -m tcp --dport 443 -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --ecn",
        "-A FORWARD -p tcp -m tcp --dport 443",
    ])
    from scapy.layers.inet import IP, TCP
    c = Cap()

    def seg(dst, dport, flags, sport=40000, chksum=None, data=b"", **kw):
        t = TCP(sport=sport, dport=dport, flags=flags, seq=1000, ack=777 if "A" in flags else 0, window=502, **kw)
        if chksum is not None:
            t.chksum = chksum
        c.add("left", IP(src="192.168.1.10", dst=dst) / t / data if data else IP(src="192.168.1.10", dst=dst) / t)
    seg("10.0.1.1", 80, "S", options=[("MSS", 1460), ("SAckOK", b""), ("WScale", 7)])
    seg("10.0.1.1", 80, "A")                        # a made-up cookie: never valid
    seg("10.0.1.1", 80, "PA", data=b"GET /")
    seg("10.0.1.1", 80, "FA")
    seg("10.0.1.1", 80, "R")
    seg("10.0.1.1", 80, "S", sport=40001, chksum=0x1234)   # bad checksum
    seg("10.0.1.1", 80, "SEC", sport=40002)
    seg("10.0.1.1", 22, "S", sport=40003)
    seg("93.184.216.34", 443, "S", sport=40004)
    seg("93.184.216.34", 443, "A", sport=40004)
    seg("93.184.216.34", 443, "SA", sport=40005)
    return Scenario("synproxy-cookies", rules, c.frames, {"net.netfilter.nf_conntrack_tcp_loose": "0"}, about=(
        "SYNPROXY answers untracked SYNs itself (stolen: its SYN/ACK never leaves the lab), drops ACKs "
        "whose cookie it did not issue (every ACK of a replayed capture) and segments with a bad "
        "checksum, and lets other segments (FIN, RST, SYN/ACK) continue to the next rule"))


def rateest_estimator():
    est = "--rateest-interval 250ms --rateest-ewmalog 1s"      # a tick every 248 ms, avg += (new - avg) / 4
    rules = table("mangle", MANGLE, [
        f"-A PREROUTING -i eth0 -p udp -m udp --dport 9 -j RATEEST --rateest-name burst {est}",
        f"-A PREROUTING -i eth1 -p udp -m udp --dport 9 -j RATEEST --rateest-name quiet {est}",
        "-A PREROUTING -p icmp -m rateest --rateest burst --rateest-pps 5 --rateest-gt",
        "-A PREROUTING -p icmp -m rateest --rateest burst --rateest-bps 1kbit --rateest-gt",
        "-A PREROUTING -p icmp -m rateest --rateest1 burst --rateest-pps --rateest-gt --rateest2 quiet",
        "-A PREROUTING -p icmp -m rateest --rateest-delta --rateest burst --rateest-pps1 1000 --rateest-pps2 10 "
        "--rateest-gt",
        "-A PREROUTING -p icmp -m rateest --rateest quiet --rateest-pps 0 --rateest-eq",
        "-A PREROUTING -p icmp -m rateest --rateest burst --rateest-pps 0 ! --rateest-eq",
    ])
    c = Cap(step=1 / 60)
    for i in range(2):
        c.udp("right", "left", "8.8.8.8", "192.168.1.10", 41000 + i, 9, b"q" * 72, None)
    for i in range(60):                     # 60 packets/s for a second into `burst`
        c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000 + i, 9, b"x" * 72, None)
    # the rules are read when the averages are far from every threshold, whatever the timers' phase
    c.wait(0.5)
    for i in range(3):
        c.ping("left", "right", "192.168.1.10", "1.1.1.1", 700 + i, reply=False)
    c.wait(4.5)
    for i in range(3):
        c.ping("left", "right", "192.168.1.10", "1.1.1.1", 710 + i, reply=False)
    return Scenario("rateest-estimator", rules, c.frames, about=(
        "RATEEST feeds named estimators (60 packets/s for a second, 2 packets); rateest compares their "
        "averages with rates and with each other half a second after the burst (~23 packets/s) and "
        "5 s later (decayed to 0), when no timer phase can change the answers"))


def tproxy_no_listener():
    rules = table("mangle", MANGLE + ("DIVERT",), [
        "-A PREROUTING -p tcp -m socket --transparent -j DIVERT",
        "-A PREROUTING -p tcp -m tcp --dport 80 -j TPROXY --on-port 3128 --on-ip 127.0.0.1 --tproxy-mark 0x1/0x1",
        "-A PREROUTING -p udp -m udp --dport 53 -j TPROXY --on-port 0 --tproxy-mark 0x2",
        "-A PREROUTING -f",
        "-A DIVERT -j MARK --set-xmark 0x1/0xffffffff",
        "-A DIVERT -j ACCEPT",
        "-A FORWARD -m mark --mark 0x1/0x1",
    ])
    from scapy.layers.inet import IP, UDP, fragment
    c = Cap()
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40000, 80, answer=False)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40001, 443, data=(b"hello",), close=None)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40002, 53, b"q", b"a")
    for f in fragment(IP(src="192.168.1.10", dst="8.8.8.8", id=31) / UDP(sport=40003, dport=53) / (b"z" * 1500),
                      fragsize=800):
        c.add("left", f)
    return Scenario("tproxy-no-listener", rules, c.frames, about=(
        "TPROXY with no transparent socket to hand packets to (fw has none): every packet it sees is "
        "dropped, its mark untouched; the socket match finds nothing either; both turn on "
        "defragmentation, so the fragmented query reaches TPROXY whole"))


def owner_local_sender():
    rules = table("mangle", ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"), [
        "-A OUTPUT -m cgroup --path /",
        "-A OUTPUT -m cgroup ! --path /",
        "-A OUTPUT -m cgroup --cgroup 0",
        "-A OUTPUT -m cgroup ! --cgroup 0",
        "-A OUTPUT -m cgroup ! --cgroup 7",
        "-A INPUT -i lo -m cgroup --path /",
        "-A INPUT -i lo -m cgroup ! --cgroup 7",
        "-A POSTROUTING -m cgroup --path /",
        "-A POSTROUTING -m cgroup ! --path /",
        "-A POSTROUTING -m owner --socket-exists",
        "-A POSTROUTING -m owner ! --socket-exists",
        "-A POSTROUTING -m owner ! --uid-owner 0",
    ]) + table("nat", ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"), [
        "-A OUTPUT -m owner --uid-owner 0",
        "-A POSTROUTING -o eth1 -m owner --uid-owner 0 -j ACCEPT",
        "-A POSTROUTING -o eth1 -j MASQUERADE",
    ]) + table("filter", FILTER, [
        "-A OUTPUT -m owner --uid-owner 0 -m owner --gid-owner 0",
        "-A OUTPUT -m owner ! --uid-owner 1000",
        "-A OUTPUT -m owner --uid-owner 0-5",
        "-A OUTPUT -m owner --uid-owner 1-100",
        "-A OUTPUT -m owner ! --gid-owner 0",
        "-A OUTPUT -m owner --gid-owner 0 --suppl-groups",
        "-A OUTPUT -m owner --socket-exists ! --uid-owner 0",
        "-A OUTPUT -m owner ! --socket-exists",
        "-A OUTPUT -p tcp -m owner --uid-owner 0 -j ACCEPT",
        "-A OUTPUT -m owner ! --uid-owner 0 ! --gid-owner 0",
    ])
    c = Cap()
    c.udp("local1", "right", "10.0.2.1", "8.8.8.8", 50000, 53, b"q", b"a")
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50001, 80)
    c.ping("local0", "left", "10.0.1.1", "192.168.1.10", 9, reply=True)
    c.udp("local1", "local0", "10.0.2.1", "10.0.1.1", 50002, 7, b"to itself, through lo", None)
    # forwarded, MASQUERADEd: the capture's answers would go to the untranslated address (no replies)
    c.udp("left", "right", "192.168.1.10", "8.8.8.8", 40000, 53, b"q", None)
    c.tcp("left", "right", "192.168.1.10", "93.184.216.34", 40001, 443, answer=False)
    return Scenario("owner-local-sender", rules, c.frames, about=(
        "-m owner and -m cgroup: what fw's own stack sends comes from a root socket (uid 0, gid 0, "
        "root cgroup, net_cls class 0) in OUTPUT and POSTROUTING, so --uid-owner 0 matches it and the "
        "nat rule before MASQUERADE keeps its ports; looped back through lo it has lost its socket by "
        "INPUT; forwarded packets have none: only fully inverted owner rules match them, cgroup never"))


def output_broadcast():
    count = []
    for ch in MANGLE:
        count += [f"-A {ch} -m pkttype --pkt-type broadcast", f"-A {ch} -i lo" if ch in ("PREROUTING", "INPUT")
                  else f"-A {ch} -o eth1", f"-A {ch} -m conntrack --ctstate NEW"]
    rules = table("mangle", MANGLE, count) + table("nat", NAT, [f"-A {ch}" for ch in NAT]) + table("filter", FILTER, [
        "-A INPUT -i eth0", "-A INPUT -i eth1", "-A INPUT -m pkttype --pkt-type broadcast",
        "-A OUTPUT -o eth0", "-A OUTPUT -o eth1", "-A OUTPUT -d 10.0.1.255 -j DROP"])
    from scapy.layers.inet import IP, UDP
    c = Cap()
    for src, dst, port in (("10.0.2.1", "10.0.2.255", 137), ("10.0.1.1", "255.255.255.255", 67),
                           ("10.0.2.1", "10.0.2.255", 137), ("10.0.1.1", "10.0.1.255", 138),
                           ("10.0.3.1", "10.0.2.2", 53), ("10.0.3.1", "10.0.1.255", 139)):
        c.add("local0" if src == "10.0.1.1" else "local1", IP(src=src, dst=dst) / UDP(sport=40000, dport=port) / b"q")
    c.udp("right", "local1", "10.0.2.2", "10.0.2.1", 137, 40000, b"answer", None)
    return Scenario("output-broadcast", rules, c.frames, about=(
        "fw's own broadcasts: a clone goes through POSTROUTING and is looped back into PREROUTING and "
        "INPUT of the outgoing device (pkttype broadcast, confirmed already: nat skips it), then the "
        "original through POSTROUTING again and out; 255.255.255.255 from eth0's address leaves by the "
        "default route's eth1; a broadcast OUTPUT drops is not looped; a source fw does not own is "
        "sent as it is (the route lookup has none)"))


ALL = ([forward_stateless_counters, input_drop_established, raw_notrack, ttl_expiry, local_vs_forward, output_local,
       log_target, marks, udp_timeout_sysctl, tcp_rst, icmp_error_related, dnat_masquerade, limit_recent,
       hashlimit_bytes, targets_queue, targets_tcpmss, targets_dscp_tos_ttl, targets_log_classify,
       targets_verdicts, rpfilter_socket_defrag, mangle_strip_ecn_connlabel,
       hmark_cluster, synproxy_cookies, rateest_estimator, tproxy_no_listener,
       owner_local_sender, output_broadcast] + handwritten_policy.ALL + handwritten_edges.ALL + handwritten_sip.ALL
       + handwritten_rulesets.ALL + handwritten_hunt2.ALL + handwritten_hunt2_kept.ALL + handwritten_stack.ALL
       + handwritten_clash.ALL + handwritten_combos.ALL + handwritten_rulesets_servers.ALL
       + handwritten_rulesets_gateways.ALL)

if __name__ == "__main__":
    for make in ALL:
        scn = make()
        if len(sys.argv) == 1 or scn.name in sys.argv[1:]:
            print(scn.write(os.path.join(OUT, scn.name)))
