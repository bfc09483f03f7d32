"""Hand-written kernel-lab scenarios for the connection tracker (built with the oracle's cap.py).

`build(outdir)` writes one folder per scenario (rules.v4 + capture.pcap + host.json). Every packet
is accepted, and the conntrack match in FORWARD turns conntrack on in the kernel, so the only thing
that differs between scenarios is what the tracker sees.
"""
from __future__ import annotations

import os
import sys

ORACLE = os.environ.get("PYIPT_ORACLE") or os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                                         "shared", "oracle")


def why_not_live():
    """Why the live kernel comparisons cannot run (their scenarios are built with the oracle's cap.py;
    the kernel lab's fixtures skip by themselves without root or tools), or None."""
    if not os.path.exists(os.path.join(ORACLE, "cap.py")):
        return f"the oracle's cap.py (which builds the scenarios) is not at {ORACLE}"
    if os.environ.get("PYIPT_SKIP_KERNEL"):
        return "PYIPT_SKIP_KERNEL is set"
    return None

RULES = """*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
-A INPUT -m conntrack --ctstate INVALID
COMMIT
"""
A, B, FW0, FW1 = "10.0.1.2", "10.0.2.2", "10.0.1.1", "10.0.2.1"
FAR = "192.168.7.7"     # routed via left


def oracle_cap():
    """The oracle's cap module (Cap, write), which builds the scenarios. Without ../shared/oracle
    next to this checkout, the test (or fixture) that needs it is skipped, saying where it looked."""
    if not os.path.exists(os.path.join(ORACLE, "cap.py")):
        import pytest
        pytest.skip(f"the oracle's cap.py (which builds the scenarios) is not at {ORACLE} (set PYIPT_ORACLE)")
    sys.path.insert(0, os.path.abspath(ORACLE))
    import cap
    return cap


def _imports():
    cap = oracle_cap()
    Cap, write = cap.Cap, cap.write
    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.packet import Raw
    return Cap, write, IP, TCP, UDP, ICMP, Raw


def scenarios():
    """name -> (cap, sysctl dict)."""
    Cap, write, IP, TCP, UDP, ICMP, Raw = _imports()
    out = {}

    def T(src, dst, sp, dp, fl, seq=0, ack=0, win=502, data=b"", **kw):
        p = IP(src=src, dst=dst) / TCP(sport=sp, dport=dp, flags=fl, seq=seq, ack=ack, window=win, **kw)
        return p / Raw(data) if data else p

    # a full conversation with close, and one left open the other way
    c = Cap()
    c.tcp_flow("left", "right", A, B, 40000, 80)
    c.tcp_flow("right", "left", B, A, 40001, 22, close=False)
    out["tcp_full"] = (c, {})

    # RST answering a SYN (kills an unreplied entry), RST inside an established flow, RST+ACK seq 0
    c = Cap()
    c.add("left", T(A, B, 40010, 81, "S", seq=100, win=64240))
    c.add("right", T(B, A, 81, 40010, "RA", seq=0, ack=101, win=0))
    c.tcp_flow("left", "right", A, B, 40011, 80, close=False, isn=2000, risn=9000)
    c.add("right", T(B, A, 80, 40011, "R", seq=9011, win=0))
    c.tcp_flow("left", "right", A, B, 40012, 80, close=False, isn=3000, risn=7000)
    c.add("left", T(A, B, 40012, 80, "R", seq=3500, win=0))          # not exact: stays ESTABLISHED
    c.add("left", T(A, B, 40012, 80, "RA", seq=3006, ack=7006, win=0))  # exact
    out["tcp_rst"] = (c, {})

    # out-of-window data, ack over upper bound, retransmission below lower bound
    for liberal in ("0", "1"):
        c = Cap()
        c.tcp_flow("left", "right", A, B, 40020, 80, close=False, isn=1000, risn=5000)
        c.add("left", T(A, B, 40020, 80, "PA", seq=900000, ack=5006, data=b"x" * 10))
        c.add("right", T(B, A, 80, 40020, "A", seq=5006, ack=2000000))
        c.add("left", T(A, B, 40020, 80, "FA", seq=700000, ack=5006))
        c.add("left", T(A, B, 40020, 80, "R", seq=123456))
        c.add("left", T(A, B, 40020, 80, "FA", seq=1006, ack=5006))
        out[f"tcp_window_liberal{liberal}"] = (c, {"net.netfilter.nf_conntrack_tcp_be_liberal": liberal})

    # bad flag combinations and mid-stream pickup
    for loose in ("0", "1"):
        c = Cap()
        c.add("left", T(A, B, 40030, 80, "SF", seq=1))
        c.add("left", T(A, B, 40031, 80, "", seq=1))
        c.add("left", T(A, B, 40032, 80, "FSRPAU", seq=1))
        c.add("left", T(A, B, 40033, 80, "A", seq=5000, ack=7000, win=1000))
        c.add("right", T(B, A, 80, 40033, "A", seq=7000, ack=5000, win=2000))
        c.add("left", T(A, B, 40033, 80, "PA", seq=5000, ack=7000, win=1000, data=b"abc"))
        c.add("left", T(A, B, 40034, 80, "FA", seq=5000, ack=7000))
        c.add("right", T(B, A, 80, 40035, "SA", seq=5000, ack=7000))
        c.add("left", T(A, B, 40036, 80, "R", seq=5000))
        out[f"tcp_flags_loose{loose}"] = (c, {"net.netfilter.nf_conntrack_tcp_loose": loose})

    # simultaneous open; reopen from TIME_WAIT; retransmitted SYN; ACK before SYN/ACK
    c = Cap()
    c.add("left", T(A, B, 40040, 5000, "S", seq=100, win=1000))
    c.add("right", T(B, A, 5000, 40040, "S", seq=300, win=1000))
    c.add("left", T(A, B, 40040, 5000, "SA", seq=100, ack=301, win=1000))
    c.add("right", T(B, A, 5000, 40040, "SA", seq=300, ack=101, win=1000))
    c.add("left", T(A, B, 40040, 5000, "A", seq=101, ack=301, win=1000))
    c.add("right", T(B, A, 5000, 40040, "A", seq=301, ack=101, win=1000))
    c.tcp_flow("left", "right", A, B, 40041, 80, isn=10, risn=20)
    c.tcp_flow("left", "right", A, B, 40041, 80, isn=90000, risn=50000)
    c.add("left", T(A, B, 40042, 80, "S", seq=10, win=1000))
    c.add("left", T(A, B, 40042, 80, "S", seq=10, win=1000), gap=1.0)
    c.add("left", T(A, B, 40042, 80, "A", seq=11, ack=99))
    out["tcp_simopen_reopen"] = (c, {})

    # repeated identical ACKs: retransmission timeout after max_retrans
    c = Cap()
    c.tcp_flow("left", "right", A, B, 40050, 80, close=False, isn=1000, risn=5000)
    for _ in range(5):
        c.add("left", T(A, B, 40050, 80, "PA", seq=1006, ack=5006, data=b"again"))
    c.tcp_flow("left", "right", A, B, 40051, 80, close=False, data=None, isn=1, risn=2)
    c.add("left", T(A, B, 40051, 80, "PA", seq=2, ack=3, data=b"unacked"))
    out["tcp_retrans"] = (c, {"net.netfilter.nf_conntrack_tcp_timeout_max_retrans": "77",
                              "net.netfilter.nf_conntrack_tcp_timeout_unacknowledged": "99"})

    # UDP: one way, replied, stream (more than 2 s of traffic), and a local flow from fw
    c = Cap()
    c.add("left", IP(src=A, dst=B) / UDP(sport=5353, dport=53) / Raw(b"q1"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=5353, dport=53) / Raw(b"q2"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=5354, dport=53) / Raw(b"q"))
    c.add("right", IP(src=B, dst=A) / UDP(sport=53, dport=5354) / Raw(b"a"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=6000, dport=7000) / Raw(b"s"))
    c.add("right", IP(src=B, dst=A) / UDP(sport=7000, dport=6000) / Raw(b"s"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=6000, dport=7000) / Raw(b"s"), gap=2.5)
    c.add("right", IP(src=B, dst=A) / UDP(sport=7000, dport=6000) / Raw(b"s"))
    c.add("local1", IP(src=FW1, dst=B) / UDP(sport=123, dport=123) / Raw(b"ntp"))
    c.add("right", IP(src=B, dst=FW1) / UDP(sport=123, dport=123) / Raw(b"ntp"))
    out["udp"] = (c, {})

    # ICMP: echo, lone echo reply, errors about a tracked flow (RELATED) and an unknown one
    c = Cap()
    c.add("left", IP(src=A, dst=B) / ICMP(type=8, id=77, seq=1) / Raw(b"ping"))
    c.add("right", IP(src=B, dst=A) / ICMP(type=0, id=77, seq=1) / Raw(b"ping"))
    c.add("right", IP(src=B, dst=A) / ICMP(type=0, id=78, seq=1))
    c.add("left", IP(src=A, dst=B) / UDP(sport=4444, dport=9999) / Raw(b"x"))
    udp = IP(src=A, dst=B) / UDP(sport=4444, dport=9999) / Raw(b"x")
    c.add("right", IP(src=B, dst=A) / ICMP(type=3, code=3) / bytes(udp)[:28])
    odd = IP(src=A, dst=B) / UDP(sport=4445, dport=9999)
    c.add("right", IP(src=B, dst=A) / ICMP(type=3, code=3) / bytes(odd)[:28])
    c.add("left", IP(src=A, dst=B) / ICMP(type=13, id=5))
    c.add("left", IP(src=A, dst=B) / ICMP(type=99, id=5))
    c.add("local0", IP(src=FW0, dst=A) / ICMP(type=8, id=9, seq=1))
    c.add("left", IP(src=A, dst=FW0) / ICMP(type=0, id=9, seq=1))
    out["icmp"] = (c, {})

    # short timeouts: entries expire inside the capture
    c = Cap()
    c.add("left", IP(src=A, dst=B) / UDP(sport=1111, dport=2222) / Raw(b"1"))
    c.add("left", IP(src=A, dst=B) / ICMP(type=8, id=1, seq=1))
    c.add("left", IP(src=A, dst=B) / UDP(sport=1112, dport=2222) / Raw(b"1"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=1111, dport=2222) / Raw(b"2"), gap=4.0)
    c.add("left", IP(src=A, dst=B) / ICMP(type=8, id=1, seq=2))
    c.tcp_flow("left", "right", A, B, 40060, 80, isn=1, risn=2)
    c.add("left", IP(src=A, dst=B) / UDP(sport=1113, dport=2222) / Raw(b"1"), gap=3.0)
    out["timeouts"] = (c, {"net.netfilter.nf_conntrack_udp_timeout": "2",
                           "net.netfilter.nf_conntrack_icmp_timeout": "2",
                           "net.netfilter.nf_conntrack_tcp_timeout_time_wait": "2"})
    # counters, window scaling + SACK options, bad checksums, an invalid RST
    for ign in ("0", "1"):
        c = Cap()
        opts = [("MSS", 1460), ("SAckOK", b""), ("WScale", 7)]
        c.add("left", T(A, B, 40070, 443, "S", seq=1000, win=64240, options=opts))
        c.add("right", T(B, A, 443, 40070, "SA", seq=9000, ack=1001, win=65160, options=opts))
        c.add("left", T(A, B, 40070, 443, "A", seq=1001, ack=9001, win=502))
        c.add("left", T(A, B, 40070, 443, "PA", seq=1001, ack=9001, win=502, data=b"x" * 300))
        c.add("right", T(B, A, 443, 40070, "A", seq=9001, ack=1301, win=509,
                         options=[("NOP", None), ("NOP", None), ("SAck", (1001, 1301))]))
        c.add("right", T(B, A, 443, 40070, "R", seq=5))                  # far below: invalid RST
        c.add("left", T(A, B, 40071, 443, "S", seq=1, chksum=0x1234))    # bad checksum
        c.add("left", IP(src=A, dst=B) / UDP(sport=9, dport=9, chksum=0x1234) / Raw(b"bad"))
        c.add("left", IP(src=A, dst=B) / UDP(sport=10, dport=10, chksum=0) / Raw(b"nocsum"))
        out[f"misc_ignrst{ign}"] = (c, {"net.netfilter.nf_conntrack_acct": "1",
                                        "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": ign})
    return out, write


def build(outdir, only=None):
    scs, write = scenarios()
    names = []
    for name, (cap, sysctl) in scs.items():
        if only and name not in only:
            continue
        write(outdir, name, RULES, cap, sysctl)
        names.append(name)
    return names


if __name__ == "__main__":
    print("\n".join(build(sys.argv[1], sys.argv[2:] or None)))
