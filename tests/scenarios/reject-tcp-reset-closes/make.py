import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/oracle"))
from cap import Cap, write
from scapy.all import IP, TCP, UDP
rules = """*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -p tcp --tcp-flags SYN SYN -j ACCEPT
-A FORWARD -p tcp -j REJECT --reject-with tcp-reset
-A FORWARD -p udp -m conntrack --ctstate ESTABLISHED -j REJECT
COMMIT
"""
c = Cap()
c.add("left", IP(src="10.0.1.2", dst="10.0.2.2")/TCP(sport=1112, dport=80, flags="S", seq=1))
c.add("right", IP(src="10.0.2.2", dst="10.0.1.2")/TCP(sport=80, dport=1112, flags="SA", seq=100, ack=2))
c.add("left", IP(src="10.0.1.2", dst="10.0.2.2")/TCP(sport=1112, dport=80, flags="A", seq=2, ack=101))
c.add("left", IP(src="10.0.1.2", dst="10.0.2.2")/UDP(sport=1113, dport=81))
c.add("right", IP(src="10.0.2.2", dst="10.0.1.2")/UDP(sport=81, dport=1113))
write(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "reject-tcp-reset-closes", rules, c)
