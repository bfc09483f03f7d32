#!/usr/bin/env python3
"""Writes capture.pcap: what the firewall's eth0 sees while a client (10.0.1.2) talks to it.

Frames from the client's MAC enter eth0; frames from the firewall's own MAC were sent by its stack.
"""
import os

from scapy.layers.inet import ICMP, IP, TCP, UDP
from scapy.layers.l2 import Ether
from scapy.packet import Raw
from scapy.utils import wrpcap

CLIENT, FW = "02:00:00:00:01:02", "02:00:00:00:01:01"
C, S = "10.0.1.2", "10.0.1.1"
frames, t = [], 1_700_000_000.0


def add(ip, gap=0.05):
    global t
    t += gap
    src, dst = (CLIENT, FW) if ip[IP].src == C else (FW, CLIENT)
    f = Ether(src=src, dst=dst) / ip
    f.time = t
    frames.append(f)


# 1. ssh: the SYN is NEW, then everything is ESTABLISHED (the reply turns SEEN_REPLY on)
add(IP(src=C, dst=S) / TCP(sport=40000, dport=22, flags="S", seq=100, window=64240))
add(IP(src=S, dst=C) / TCP(sport=22, dport=40000, flags="SA", seq=900, ack=101, window=65160))
add(IP(src=C, dst=S) / TCP(sport=40000, dport=22, flags="A", seq=101, ack=901, window=502))
add(IP(src=C, dst=S) / TCP(sport=40000, dport=22, flags="PA", seq=101, ack=901, window=502) / Raw(b"SSH-2.0-client\r\n"))
add(IP(src=S, dst=C) / TCP(sport=22, dport=40000, flags="PA", seq=901, ack=117, window=509) / Raw(b"SSH-2.0-server\r\n"))
# 2. ping: the request is NEW, the reply ESTABLISHED
add(IP(src=C, dst=S) / ICMP(type=8, id=7, seq=1) / Raw(b"x" * 32))
add(IP(src=S, dst=C) / ICMP(type=0, id=7, seq=1) / Raw(b"x" * 32))
# 3. NTP: raw's CT --notrack makes it UNTRACKED before conntrack ever looks at it
add(IP(src=C, dst=S) / UDP(sport=40123, dport=123) / Raw(b"\x23" + b"\0" * 47))
add(IP(src=S, dst=C) / UDP(sport=123, dport=40123) / Raw(b"\x24" + b"\0" * 47))
# 4. a lone ACK to port 80: with nf_conntrack_tcp_loose=1 conntrack picks it up mid-stream,
#    so --ctstate NEW matches a packet that is not a SYN; no rule accepts it, LOG then policy DROP
add(IP(src=C, dst=S) / TCP(sport=40001, dport=80, flags="A", seq=5000, ack=7000, window=502))
# 5. a SYN to port 80: NEW, dropped by the policy; its entry is never confirmed, so it leaves no trace
add(IP(src=C, dst=S) / TCP(sport=40002, dport=80, flags="S", seq=1, window=64240))
# 6. a packet with SYN and FIN set: an invalid flag combination, so ctstate INVALID
add(IP(src=C, dst=S) / TCP(sport=40003, dport=22, flags="SF", seq=1, window=64240))

wrpcap(os.path.join(os.path.dirname(os.path.abspath(__file__)), "capture.pcap"), frames)
