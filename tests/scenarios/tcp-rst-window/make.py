#!/usr/bin/env python3
"""RST segments and the window: which ones close the entry, which keep it, which are INVALID.

On an ASSURED connection only a RST whose sequence number is exactly the one the peer acknowledged
last closes at once; one inside the window but not exact keeps ESTABLISHED (with the CLOSE
timeout) so that the peer's challenge ACK (RFC 5961) can pass, and the RST answering it closes.
A RST before that number is INVALID, one far ahead fails the window check; a RST+ACK acknowledging
data never sent is INVALID although its sequence number is exact, one with ACK number 0 (broken
stacks) is taken as acknowledging nothing. A RST right after the sender's own data closes (a data
train); a RST answering a SYN kills the entry (UNREPLIED); closing states skip the checks.
Written twice: here with nf_conntrack_tcp_ignore_invalid_rst=0, in ../tcp-rst-window-ignore-invalid
with 1 (the RST before the acknowledged number then passes)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from natlab import Cap, Tcp, ctstate_rules, write  # noqa: E402

RULES = ctstate_rules("""\
-A FORWARD -p tcp -m tcp --tcp-flags RST RST -m conntrack --ctstate INVALID
-A FORWARD -p tcp -m tcp --tcp-flags RST RST -m conntrack --ctstate ESTABLISHED
""")


def capture():
    cap = Cap()

    def conn(port, isn=1000, risn=9000):
        return Tcp(cap, "left", "right", ("192.168.1.10", port), ("93.184.216.34", 80), isn=isn, risn=risn)

    conn(40300).open().talk().c("R")                     # exact: CLOSE
    t = conn(40301).open().talk()                        # inside the window, not exact: state kept
    t.c("R", seq=t.seq + 100)
    t.s("A")                                             # the server's challenge ACK
    t.c("R")                                             # the RST answering it: CLOSE
    t = conn(40302).open().talk()
    t.c("R", seq=t.seq + 3_000_000)                      # far ahead: INVALID
    t.c("A")                                             # still ESTABLISHED
    t = conn(40303).open().talk()
    t.c("R", seq=t.seq - 10)                             # before the acknowledged number: INVALID
    t.s("R", seq=t.rseq - 6)                             # the same from the server
    t.c("A")
    t = conn(40304, risn=1_000_000).open().talk()
    t.c("RA", ack=t.rseq + 1_000_000)                    # exact seq, ACK over the upper bound: INVALID
    t.c("RA", ack=0)                                     # ACK number 0: taken as the right one, CLOSE
    t = conn(40305).open().talk()
    t.s("PA", b"a data train, then")
    t.s("R")                                             # RST at the end of its own unacknowledged data
    t = conn(40306)
    t.c("S")
    t.s("RA", seq=0)                                     # refused: the entry dies at once
    t = conn(40307)
    t.c("S")
    t.s("RA", seq=0, ack=t.seq + 5000)                   # a RST+ACK for another SYN: INVALID
    t.s("RA", seq=0)
    t = conn(40308)
    t.c("S")
    t.s("SA")
    t.c("R", seq=t.seq + 50)                             # SYN_RECV: in window is enough
    t = conn(40309).open().talk()
    t.c("FA")
    t.c("R", seq=t.seq + 2_000_000)                      # FIN_WAIT: no check at all
    # out of window FIN from one side, out of window RST from the other: the kernel takes it as a
    # connection both ends closed, and cuts the entry's timeout to the unacknowledged one (300 s)
    t = conn(40310).open().talk()
    t.c("FA", seq=t.seq + 3_000_000)
    t.s("R", seq=t.rseq + 3_000_000)
    # in window, not exact, and nothing after: ESTABLISHED with the CLOSE timeout
    t = conn(40311).open().talk()
    t.c("R", seq=t.seq + 100)
    # a SYN/ACK for another ISN (INVALID, yet it sets up the server's side), then the server's
    # RST+ACK with sequence number 0 for the real SYN: taken as at the server's end, it kills
    t = conn(40312)
    t.c("S")
    t.s("SA", ack=t.seq + 5000)
    t.s("RA", seq=0)
    return cap


HERE = os.path.dirname(os.path.abspath(__file__))
for ignore, name in (("0", "tcp-rst-window"), ("1", "tcp-rst-window-ignore-invalid")):
    write(os.path.join(os.path.dirname(HERE), name, "make.py"), RULES, capture(),
          "RST and the window: exact (CLOSE), in window but not exact (kept for a challenge ACK, then closed), "
          "far ahead or behind, RST+ACK with a bad or zero ACK number, a RST after a data train, RSTs "
          "answering a SYN (right and wrong ACK), in SYN_RECV and in FIN_WAIT, an out-of-window FIN and RST "
          f"(timeout cut); nf_conntrack_tcp_ignore_invalid_rst={ignore}" + (
              ": a RST before the acknowledged number is INVALID" if ignore == "0" else
              ": a RST before the acknowledged number passes (state kept)"),
          sysctl={"net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": ignore})
