#!/usr/bin/env python3
"""TCP flag combinations, on a new tuple and inside an established connection.

Only SYN, SYN+ACK, RST, RST+ACK, FIN+ACK and ACK (each may add URG, except RST; PSH, ECE and CWR
never matter) pass the tracker's flag check; anything else (SYN+FIN, no flags at all, FIN without
ACK, SYN+RST, the Christmas tree) is INVALID before any state is looked at, and leaves no entry.
Of the valid ones only SYN opens a connection, and a bare ACK picks one up (tcp_loose);
FIN+ACK, RST and SYN+ACK on a new tuple are INVALID."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, write  # noqa: E402

# (scapy flags, iptables --tcp-flags ALL spelling)
COMBOS = (("SF", "FIN,SYN"), ("", "NONE"), ("F", "FIN"), ("SR", "SYN,RST"), ("SFA", "FIN,SYN,ACK"),
          ("U", "URG"), ("P", "PSH"), ("FPU", "FIN,PSH,URG"), ("FSRPAU", "ALL"), ("SEC", "SYN"),
          ("SP", "SYN,PSH"), ("SAU", "SYN,ACK,URG"), ("RP", "RST,PSH"), ("RU", "RST,URG"),
          ("FAU", "FIN,ACK,URG"), ("AU", "ACK,URG"), ("FA", "FIN,ACK"), ("SA", "SYN,ACK"))
rows = []
for flags, spelled in COMBOS:
    if flags == "SEC":
        continue        # SYN+ECE+CWR (ECN setup): --tcp-flags knows no ECE/CWR, matched with ecn below
    rows.append(f"-A FLAGS -p tcp -m tcp --tcp-flags ALL {spelled} -m conntrack --ctstate INVALID")
    rows.append(f"-A FLAGS -p tcp -m tcp --tcp-flags ALL {spelled}")
rows.append("-A FLAGS -p tcp -m tcp --tcp-flags ALL SYN -m ecn --ecn-tcp-cwr --ecn-tcp-ece -m conntrack --ctstate NEW")
RULES = """
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:FLAGS - [0:0]
-A FORWARD -m conntrack --ctstate INVALID
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
-A FORWARD -j FLAGS
""" + "\n".join(rows) + "\nCOMMIT\n"

cap = Cap()
WEB = ("93.184.216.34", 80)
# every combination as the first segment of its own tuple
for i, (flags, _) in enumerate(COMBOS):
    Tcp(cap, "left", "right", ("192.168.1.10", 40500 + i), WEB, isn=1000 + i).c(flags, seq=1000 + i)
# and inside one established connection, each at the right sequence number (RSTs would end it,
# new SYNs are the subject of tcp-syn-established); then it closes with FIN+ACK+URG
t = Tcp(cap, "left", "right", ("192.168.1.10", 40550), WEB).open().talk()
for flags, _ in COMBOS:
    if "R" in flags or flags in ("SEC", "SP", "FA", "FAU"):
        continue
    n = t.seq
    t.c(flags, ack=t.rseq)
    t.seq = n
t.c("FAU")
t.s("FA")
t.c("A")
write(__file__, RULES, cap, "TCP flag combinations on a new tuple and inside a connection: SYN+FIN, none, FIN "
      "alone, SYN+RST, Christmas tree... are INVALID and leave no entry; of the valid ones only SYN and a "
      "bare ACK (loose pickup) open an entry")
