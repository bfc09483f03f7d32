#!/usr/bin/env python3
"""Timeouts shortened to 2 s (host.json): entries expire inside the capture (DESTROY events), and a
later packet of the same tuple is NEW again: a new entry after the old one's DESTROY. A flow that
keeps sending is refreshed and survives.

The kernel's GC worker serves every namespace of the host, so when it reaps an expired entry is
not known; the expired entry is reaped at the latest when the same tuple is looked up again. So
each entry here expires in a window with no other events before its tuple comes back, and the
order of the events is the same whoever reaps it. The second generation lives long (a UDP stream,
an established TCP connection, a loose pickup) or is created at the end.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

RULES = """
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
-A FORWARD -m conntrack --ctstate INVALID
COMMIT
"""

SYSCTL = {"net.netfilter.nf_conntrack_udp_timeout": "2", "net.netfilter.nf_conntrack_icmp_timeout": "2",
          "net.netfilter.nf_conntrack_tcp_timeout_syn_sent": "2", "net.netfilter.nf_conntrack_tcp_timeout_time_wait": "2"}
cap = Cap()
WEB, DNS = ("93.184.216.34", 80), ("8.8.8.8", 53)
A = ("192.168.1.10", 5000)
# a query every second, never answered: refreshed to 2 s each time, alive at the end
for i in range(15):
    cap.at(0.5 + i)
    cap.udp("left", "right", ("192.168.1.20", 6000), DNS, resp=None, gap=0)
# UDP: unanswered query (expires at 2), asked again at 3: a new entry, which becomes a stream
cap.at(0.02)
cap.udp("left", "right", A, DNS, resp=None)
cap.at(3.0)
cap.udp("left", "right", A, DNS)
cap.at(4.2)
cap.udp("left", "right", A, DNS, resp=None)
cap.at(5.3)
cap.udp("left", "right", A, DNS, resp=None)          # 2 s after creation, replied: stream, ASSURED
# a SYN nobody answers (SYN_SENT, expires at 7.4), sent again at 8: a new connection
cap.at(5.4)
Tcp(cap, "left", "right", ("192.168.1.10", 40000), WEB, isn=100).c("S")
cap.at(8.0)
Tcp(cap, "left", "right", ("192.168.1.10", 40000), WEB, isn=100).open()
# a closed connection (TIME_WAIT, expires at ~10.3); an ACK of it at 11 is picked up mid-stream
cap.at(8.1)
Tcp(cap, "left", "right", ("192.168.1.10", 40001), WEB, isn=200).open().close()
cap.at(11.0)
Tcp(cap, "left", "right", ("192.168.1.10", 40001), WEB, isn=202, risn=5002).c("A")
# a ping (expires at 13.1), the same id again at 14
cap.at(11.1)
cap.ping("left", "right", "192.168.1.10", "1.1.1.1", 9, reply=False)
cap.at(14.0)
cap.ping("left", "right", "192.168.1.10", "1.1.1.1", 9)
write(__file__, RULES, cap, "short timeouts: UDP, SYN_SENT, TIME_WAIT and ICMP entries expire inside the "
      "capture (DESTROY) and the same tuples later are NEW again; a refreshed flow survives", sysctl=SYSCTL)
