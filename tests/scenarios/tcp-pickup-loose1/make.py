#!/usr/bin/env python3
"""Connections picked up mid-stream, with nf_conntrack_tcp_loose=1 (here) and 0 (../tcp-pickup-loose0,
written by this file too: the same capture).

With loose=1 a bare ACK or data segment on an unknown tuple opens an entry straight in
ESTABLISHED, UNREPLIED with the unacknowledged timeout, its window checks liberal (history is
lost: nothing is known about scaling); the first answer makes it ASSURED. Whoever sends first
becomes the original direction. FIN, RST and SYN/ACK never open one. With loose=0 nothing but a
SYN opens an entry: every mid-stream segment is INVALID and leaves none."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -m conntrack --ctstate NEW -m conntrack ! --ctstatus ASSURED -p tcp -m tcp ! --tcp-flags SYN SYN
""")


def capture():
    cap = Cap()
    web = ("93.184.216.34", 80)

    def mid(port, isn=700000, risn=900000):
        return Tcp(cap, "left", "right", ("192.168.1.10", port), web, isn=isn, risn=risn)

    t = mid(40700)                   # the client's ACK first, then both talk
    t.c("A")
    t.s("A")
    t.talk()
    t = mid(40701)                   # the server's data first: it becomes the original direction
    t.s("PA", b"pushed by the server")
    t.c("A")
    t.talk()
    t = mid(40702)                   # picked up, then data far ahead: liberal, still accepted
    t.c("PA", b"first")
    t.s("A")
    t.c("PA", b"far", seq=t.seq + 5_000_000)
    t = mid(40703)                   # a FIN does not open; the ACK after it does, then the FIN closes
    t.c("FA")
    t.seq -= 1
    t.c("A")
    t.c("FA")
    t.s("FA")
    t.c("A")
    mid(40704).c("R")                # a RST does not open
    mid(40705).s("SA")               # nor a SYN/ACK
    t = mid(40706)                   # a SYN on a picked-up entry is ignored
    t.c("A")
    t.s("A")
    Tcp(cap, "left", "right", ("192.168.1.10", 40706), web, isn=5).c("S")
    t.c("PA", b"still the old one")
    Tcp(cap, "left", "right", ("192.168.1.10", 40707), web).open().talk()   # a SYN: always
    return cap


for loose in ("1", "0"):
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), f"tcp-pickup-loose{loose}")
    write(os.path.join(folder, "make.py"), RULES, capture(),
          f"mid-stream pickup with nf_conntrack_tcp_loose={loose}: " + (
              "a bare ACK or data opens an ESTABLISHED entry (UNREPLIED, liberal window, the first answer "
              "makes it ASSURED), FIN, RST and SYN/ACK do not" if loose == "1" else
              "only a SYN opens an entry; every mid-stream segment is INVALID and leaves none"),
          sysctl={"net.netfilter.nf_conntrack_tcp_loose": loose})
