#!/usr/bin/env python3
"""Out-of-window segments with nf_conntrack_tcp_be_liberal=1 (here) and 0 (../tcp-be-liberal0,
written by this file too: the same capture).

Liberal turns every window failure (data far ahead, an ACK of data never sent, a FIN out of the
window, a SYN/ACK for another ISN) from INVALID into accepted, and the state machine moves as if
the segment were right: the far FIN reaches FIN_WAIT, the wrong SYN/ACK SYN_RECV. It does not
touch the RST rules: a RST before the acknowledged number stays INVALID, and one far ahead on an
ASSURED connection keeps ESTABLISHED (with the CLOSE timeout); nor the flag check."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -p tcp -m tcp --tcp-flags RST RST -m conntrack --ctstate INVALID
""")


def capture():
    cap = Cap()
    web = ("93.184.216.34", 80)

    def conn(port):
        return Tcp(cap, "left", "right", ("192.168.1.10", port), web, isn=1000, risn=9000)

    t = conn(40800).open().talk()
    t.c("PA", b"far ahead", seq=t.seq + 3_000_000)      # SEQ over the upper bound
    t.s("A", ack=t.seq + 2_000_000)                     # ACK of data never sent
    t.s("PA", b"old", seq=t.rseq - 200_000)             # far below: an old retransmission
    t.c("A")
    t = conn(40801).open().talk()
    t.c("FA", seq=t.seq + 4_000_000)                    # FIN out of the window
    t.s("A")
    t = conn(40802).open().talk()
    t.c("R", seq=t.seq - 10)                            # RST before the acknowledged number
    t.c("R", seq=t.seq + 4_000_000)                     # RST far ahead
    t.c("A")
    t = conn(40803)
    t.c("S")
    t.s("SA", ack=777_777)                              # SYN/ACK for another ISN
    t.c("A")
    conn(40804).open().c("SF")                          # flags are checked first
    return cap


for liberal in ("1", "0"):
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), f"tcp-be-liberal{liberal}")
    write(os.path.join(folder, "make.py"), RULES, capture(),
          f"window failures with nf_conntrack_tcp_be_liberal={liberal}: data far ahead, an ACK of data never "
          "sent, a FIN out of window, a SYN/ACK for another ISN " + (
              "are accepted and move the state; RST rules and the flag check are unchanged" if liberal == "1"
              else "are INVALID; a RST before the acknowledged number too"),
          sysctl={"net.netfilter.nf_conntrack_tcp_be_liberal": liberal})
