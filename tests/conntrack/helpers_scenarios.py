"""Kernel-lab scenarios for the conntrack helpers: tests/scenarios/ftp-*/ and tftp-*/ are built here.

    python3 -m tests.conntrack.helpers_scenarios [OUTDIR [NAME...]]   (default OUTDIR tests/scenarios)

Every scenario's filter rules only count (policies ACCEPT), per ctstate and with `-m helper`, so
the counters show which packets were RELATED and nothing depends on a drop but the helper's own.
`PROBES[name]` lists frames after which the expectation table is worth listing (before the data
connection consumes it); tests/conntrack/test_helpers_kernel.py uses them.
"""
from __future__ import annotations

import os
import sys

try:
    from .scenarios import oracle_cap
except ImportError:             # run as a script from tests/conntrack
    from scenarios import oracle_cap

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "..", "scenarios")
A, B, FW0, FW1, C = "10.0.1.2", "10.0.2.2", "10.0.1.1", "10.0.2.1", "10.0.1.9"


def counting(chains=("INPUT", "FORWARD", "OUTPUT"), helper="ftp"):
    rows = []
    for ch in chains:
        for st in ("RELATED", "NEW", "INVALID"):
            rows.append(f"-A {ch} -m conntrack --ctstate {st}")
        rows.append(f"-A {ch} -m helper --helper {helper}")
    return rows


def ruleset(raw, filt=None, helper="ftp"):
    filt = counting(helper=helper) if filt is None else filt
    return "\n".join(["*raw", ":PREROUTING ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]", *raw, "COMMIT",
                      "*filter", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
                      *filt, "COMMIT"]) + "\n"


RAW21 = ["-A PREROUTING -p tcp -m tcp --dport 21 -j CT --helper ftp",
         "-A OUTPUT -p tcp -m tcp --dport 21 -j CT --helper ftp"]


def _imports():
    cap = oracle_cap()
    Cap, write = cap.Cap, cap.write
    from scapy.layers.inet import IP, TCP, UDP
    from scapy.packet import Raw
    return Cap, write, IP, TCP, UDP, Raw


class Tcp:
    """One TCP conversation between a (on a_side) and b (on b_side), sequence numbers kept."""

    def __init__(self, cap, a, b, sport, dport, a_side, b_side, isn=1000, risn=5000):
        _, _, self.IP, self.TCP, _, self.Raw = _imports()
        self.c, self.a, self.b, self.sp, self.dp = cap, a, b, sport, dport
        self.aside, self.bside, self.s, self.r = a_side, b_side, isn, risn

    def _a(self, flags, data=b"", seq=None, gap=None):
        p = self.IP(src=self.a, dst=self.b) / self.TCP(sport=self.sp, dport=self.dp, flags=flags,
                                                         seq=self.s if seq is None else seq, ack=self.r,
                                                         window=502)
        self.c.add(self.aside, p / self.Raw(data) if data else p, gap)

    def _b(self, flags, data=b"", seq=None, gap=None):
        p = self.IP(src=self.b, dst=self.a) / self.TCP(sport=self.dp, dport=self.sp, flags=flags,
                                                         seq=self.r if seq is None else seq, ack=self.s,
                                                         window=509)
        self.c.add(self.bside, p / self.Raw(data) if data else p, gap)

    def open(self, gap=None):
        self.c.add(self.aside, self.IP(src=self.a, dst=self.b) / self.TCP(
            sport=self.sp, dport=self.dp, flags="S", seq=self.s, window=64240), gap)
        self.c.add(self.bside, self.IP(src=self.b, dst=self.a) / self.TCP(
            sport=self.dp, dport=self.sp, flags="SA", seq=self.r, ack=self.s + 1, window=65160))
        self.s += 1
        self.r += 1
        self._a("A")
        return self

    def a2b(self, data, ack=True, gap=None):
        self._a("PA", data, gap=gap)
        self.s += len(data)
        if ack:
            self._b("A")
        return self

    def b2a(self, data, ack=True, gap=None):
        self._b("PA", data, gap=gap)
        self.r += len(data)
        if ack:
            self._a("A")
        return self

    def close(self):
        self._a("FA")
        self.s += 1
        self._b("FA")
        self.r += 1
        self._a("A")
        return self

    def rst(self, gap=None):
        self._a("R", gap=gap)
        return self


class NatTcp(Tcp):
    """A TCP conversation through a NAT: a's frames as a sends them (a_side), b's as b sends them
    (b_side) to `a_seen`, the address b sees; `shift` is how much the firewall has grown a's byte
    stream so far (a helper rewrote a command), which b's acknowledgments include; `b_seen`, `bport_seen`
    are what a sees of b (DNAT)."""

    def __init__(self, cap, a, b, sport, dport, a_side, b_side, isn=1000, risn=5000, a_seen=None, b_seen=None,
                 sport_seen=None, dport_seen=None):
        super().__init__(cap, a, b, sport, dport, a_side, b_side, isn, risn)
        self.a_seen, self.b_seen = a_seen or a, b_seen or b
        self.sp_seen, self.dp_seen = sport_seen or sport, dport_seen or dport
        self.shift = 0          # a's stream as b receives it: + shift
        self.rshift = 0         # b's stream as a receives it: + rshift

    def _a(self, flags, data=b"", seq=None, gap=None):
        p = self.IP(src=self.a, dst=self.b_seen) / self.TCP(
            sport=self.sp, dport=self.dp_seen, flags=flags, seq=self.s if seq is None else seq,
            ack=(self.r + self.rshift) & 0xFFFFFFFF, window=502)
        self.c.add(self.aside, p / self.Raw(data) if data else p, gap)

    def _b(self, flags, data=b"", seq=None, gap=None):
        p = self.IP(src=self.b, dst=self.a_seen) / self.TCP(
            sport=self.dp, dport=self.sp_seen, flags=flags, seq=self.r if seq is None else seq,
            ack=(self.s + self.shift) & 0xFFFFFFFF, window=509)
        self.c.add(self.bside, p / self.Raw(data) if data else p, gap)

    def open(self, gap=None):
        self._a("S", gap=gap)
        self.s += 1
        self._b("SA")
        self.r += 1
        self._a("A")
        return self


def login(ctl):
    """Banner and USER/331: one line each way, so the helper parses what follows."""
    ctl.b2a(b"220 pyiptables lab FTP\r\n").a2b(b"USER anonymous\r\n").b2a(b"331 Password please\r\n")
    return ctl


def port_arg(addr, port):
    return ",".join(addr.split(".")) + f",{port >> 8},{port & 255}"


PROBES: dict[str, list[int]] = {}
# commands run in fw (`ip ...`: the kernel lab's, then ours as pyip) before a scenario, and after it
SETUP: dict[str, list[list[str]]] = {}
TEARDOWN: dict[str, list[list[str]]] = {}
BRD = [["ip", "addr", "add", "10.0.3.1/24", "brd", "+", "dev", "eth1"]]
UNBRD = [["ip", "addr", "del", "10.0.3.1/24", "dev", "eth1"]]


def scenarios():
    """name -> (rules, cap, sysctl, one-line description)."""
    Cap, write, IP, TCP, UDP, Raw = _imports()
    out = {}

    def probe_here(name, cap):
        PROBES.setdefault(name, []).append(len(cap.frames) - 1)

    # 1. active mode through the firewall
    c = Cap()
    ctl = login(Tcp(c, A, B, 40000, 21, "left", "right").open())
    ctl.a2b(f"PORT {port_arg(A, 40001)}\r\n".encode()).b2a(b"200 PORT command successful\r\n")
    probe_here("ftp-port-forward", c)
    ctl.a2b(b"LIST\r\n")
    Tcp(c, B, A, 20, 40001, "right", "left", 7000, 9000).open().a2b(b"file1\r\nfile2\r\n").close()
    ctl.b2a(b"150 Here comes the listing\r\n").b2a(b"226 Transfer complete\r\n")
    ctl.a2b(b"QUIT\r\n").b2a(b"221 Goodbye\r\n").close()
    out["ftp-port-forward"] = (ruleset(RAW21), c, None,
                               "active FTP through fw: PORT makes an expectation, the server's data "
                               "connection from port 20 is RELATED (FORWARD RELATED counter), helper=ftp on the control entry")

    # 2. passive mode through the firewall
    c = Cap()
    ctl = login(Tcp(c, A, B, 40010, 21, "left", "right").open())
    ctl.a2b(b"PASV\r\n").b2a(f"227 Entering Passive Mode ({port_arg(B, 50000)}).\r\n".encode())
    probe_here("ftp-pasv-forward", c)
    ctl.a2b(b"RETR f\r\n")
    Tcp(c, A, B, 40011, 50000, "left", "right", 11000, 13000).open().b2a(b"contents\r\n").close()
    ctl.b2a(b"226 Transfer complete\r\n")
    # RFC 1123: no parentheses, text before the numbers
    ctl.a2b(b"PASV\r\n").b2a(f"227 =ok {port_arg(B, 50001)}\r\n".encode())
    Tcp(c, A, B, 40012, 50001, "left", "right", 21000, 23000).open().close()
    ctl.close()
    out["ftp-pasv-forward"] = (ruleset(RAW21), c, None,
                               "passive FTP through fw: 227 replies (with and without parentheses) expect the "
                               "client's data connections to the announced server port; both are RELATED")

    # 3. EPRT / EPSV
    c = Cap()
    ctl = login(Tcp(c, A, B, 40020, 21, "left", "right").open())
    ctl.a2b(f"EPRT |1|{A}|40021|\r\n".encode()).b2a(b"200 EPRT command successful\r\n")
    probe_here("ftp-eprt-epsv-forward", c)
    Tcp(c, B, A, 20, 40021, "right", "left", 7000, 9000).open().close()
    ctl.a2b(b"EPSV\r\n").b2a(b"229 Entering Extended Passive Mode (!!!50002!)\r\n")
    probe_here("ftp-eprt-epsv-forward", c)
    Tcp(c, A, B, 40022, 50002, "left", "right", 11000, 13000).open().close()
    ctl.a2b(b"eprt %1%10.0.1.2%40023%\r\n").b2a(b"200 ok\r\n")      # lower case, another delimiter
    Tcp(c, B, A, 20, 40023, "right", "left", 17000, 19000).open().close()
    ctl.close()
    out["ftp-eprt-epsv-forward"] = (ruleset(RAW21), c, None,
                                    "EPRT |1|addr|port| (any delimiter, any case) and a 229 (|||port|) reply: "
                                    "three RELATED data connections")

    # 4. the firewall is the FTP server
    c = Cap()
    ctl = login(Tcp(c, A, FW0, 40030, 21, "left", "local0").open())
    ctl.a2b(b"PASV\r\n").b2a(f"227 Entering Passive Mode ({port_arg(FW0, 50010)}).\r\n".encode())
    probe_here("ftp-local-server", c)
    Tcp(c, A, FW0, 40031, 50010, "left", "local0", 11000, 13000).open().a2b(b"upload\r\n").close()
    ctl.a2b(f"PORT {port_arg(A, 40032)}\r\n".encode()).b2a(b"200 ok\r\n")
    probe_here("ftp-local-server", c)
    Tcp(c, FW0, A, 20, 40032, "local0", "left", 7000, 9000).open().a2b(b"download\r\n").close()
    ctl.close()
    out["ftp-local-server"] = (ruleset(RAW21), c, None,
                               "fw is the server: its 227 leaves by OUTPUT/POSTROUTING, the client's data "
                               "connection is RELATED in INPUT; after PORT (seen in INPUT) fw's own data "
                               "connection is RELATED in OUTPUT")

    # 5. the firewall is the FTP client
    c = Cap()
    ctl = login(Tcp(c, FW1, B, 40040, 21, "local1", "right").open())
    ctl.a2b(f"PORT {port_arg(FW1, 40041)}\r\n".encode()).b2a(b"200 ok\r\n")
    Tcp(c, B, FW1, 20, 40041, "right", "local1", 7000, 9000).open().close()
    ctl.a2b(b"PASV\r\n").b2a(f"227 Entering Passive Mode ({port_arg(B, 50020)})\r\n".encode())
    Tcp(c, FW1, B, 40042, 50020, "local1", "right", 11000, 13000).open().close()
    ctl.close()
    out["ftp-local-client"] = (ruleset(RAW21), c, None,
                               "fw is the client (CT template in raw OUTPUT): PORT leaves by POSTROUTING, the "
                               "server's data connection is RELATED in INPUT; PASV's is RELATED in OUTPUT")

    # 6. partial matches are dropped
    c = Cap()
    ctl = login(Tcp(c, A, B, 40050, 21, "left", "right").open())
    seq = ctl.s
    ctl._a("PA", f"PORT {port_arg(A, 40051)}\n".encode())       # no '\r': dropped by the helper
    ctl._a("PA", f"PORT {port_arg(A, 40051)}\r\n".encode(), seq=seq)   # the retransmission parses
    ctl.s += len(f"PORT {port_arg(A, 40051)}\r\n")
    ctl._b("A")
    ctl.b2a(b"200 ok\r\n")
    Tcp(c, B, A, 20, 40051, "right", "left", 7000, 9000).open().close()
    ctl.a2b(b"PORT\r\n", ack=False)                             # no argument: dropped
    ctl.s -= len(b"PORT\r\n")
    ctl.a2b(b"NOOP\r\n").b2a(b"200 ok\r\n")
    ctl.a2b(b"PASV\r\n").b2a(b"22", ack=False)                  # a prefix of "227 ": dropped
    ctl.r -= 2
    ctl.b2a(b"227 Entering Passive Mode (10,0,2,2,195).\r\n", ack=False)   # five numbers: dropped
    ctl.r -= len(b"227 Entering Passive Mode (10,0,2,2,195).\r\n")
    ctl.b2a(f"227 Entering Passive Mode ({port_arg(B, 50030)})\r\n".encode())
    Tcp(c, A, B, 40052, 50030, "left", "right", 11000, 13000).open().close()
    ctl.close()
    out["ftp-partial-drop"] = (ruleset(RAW21), c, None,
                               "partial matches are dropped by the helper (PORT ending in a bare \\n, PORT without "
                               "numbers, a reply '22', a 227 with five numbers); retransmitted whole, "
                               "the commands work and their data connections are RELATED")

    # 7. where the helper does not look
    c = Cap()
    ctl = Tcp(c, A, B, 40060, 21, "left", "right").open()
    ctl.a2b(f"PORT {port_arg(A, 40061)}\r\n".encode())          # the first line of a direction
    Tcp(c, B, A, 20, 40061, "right", "left", 7000, 9000).open().close()
    ctl.b2a(b"200 ok\r\n").b2a(b"220 banner after all\r\n")
    ctl.a2b(f"NOOP\r\nPORT {port_arg(A, 40062)}\r\n".encode())  # not at the start of the payload
    Tcp(c, B, A, 20, 40062, "right", "left", 7100, 9100).open().close()
    ctl.a2b(b"NOOP")                                             # a line cut short ...
    ctl.a2b(f"PORT {port_arg(A, 40063)}\r\n".encode())          # ... so this is not after a newline
    Tcp(c, B, A, 20, 40063, "right", "left", 7200, 9200).open().close()
    ctl.a2b(f"PORT {port_arg(A, 40064)}\r\n".encode())          # now it is
    Tcp(c, B, A, 20, 40064, "right", "left", 7300, 9300).open().close()
    ctl.close()
    out["ftp-not-parsed"] = (ruleset(RAW21), c, None,
                             "the helper reads only payloads that start right after a newline it saw: the first "
                             "line of a direction, a PORT after another command in one segment and a PORT after "
                             "a line cut short make nothing (data connections NEW); the next PORT works")

    # 8. loose=0: an address other than the sender's
    c = Cap()
    ctl = login(Tcp(c, A, B, 40070, 21, "left", "right").open())
    ctl.a2b(f"PORT {port_arg(C, 40071)}\r\n".encode()).b2a(b"200 ok\r\n")
    Tcp(c, B, C, 20, 40071, "right", "left", 7000, 9000).open().close()
    ctl.a2b(b"PASV\r\n").b2a(f"227 Entering Passive Mode ({port_arg('10.0.2.7', 50040)})\r\n".encode())
    Tcp(c, A, "10.0.2.7", 40072, 50040, "left", "right", 11000, 13000).open().close()
    ctl.a2b(b"PORT 266,0,1,2,156,65\r\n").b2a(b"200 ok\r\n")     # 266.0.1.2 wraps to 10.0.1.2
    Tcp(c, B, A, 20, 40001, "right", "left", 17000, 19000).open().close()
    ctl.close()
    out["ftp-loose-off"] = (ruleset(RAW21), c, None,
                            "nf_conntrack_ftp loose=0: PORT/227 naming a third host expect nothing (data "
                            "connections NEW); numbers are not range-checked, 266.0.1.2 is 10.0.1.2 (RELATED)")

    # 9. one expectation per master
    c = Cap()
    ctl = login(Tcp(c, A, B, 40080, 21, "left", "right").open())
    ctl.a2b(f"PORT {port_arg(A, 40081)}\r\n".encode()).b2a(b"200 ok\r\n")
    ctl.a2b(f"PORT {port_arg(A, 40082)}\r\n".encode()).b2a(b"200 ok\r\n")
    probe_here("ftp-replace", c)
    Tcp(c, B, A, 20, 40081, "right", "left", 7000, 9000).open().close()
    Tcp(c, B, A, 20, 40082, "right", "left", 7100, 9100).open().close()
    ctl.a2b(f"PORT {port_arg(A, 40083)}\r\n".encode()).b2a(b"200 ok\r\n")
    ctl.a2b(f"PORT {port_arg(A, 40083)}\r\n".encode()).b2a(b"200 ok\r\n")
    probe_here("ftp-replace", c)
    # a second control connection announcing the same port: another master, a clash
    ctl2 = login(Tcp(c, A, B, 40084, 21, "left", "right", 31000, 35000).open())
    ctl2.a2b(f"PORT {port_arg(A, 40083)}\r\n".encode(), ack=False)
    ctl2.s -= len(f"PORT {port_arg(A, 40083)}\r\n")
    ctl2.a2b(b"NOOP\r\n").b2a(b"200 ok\r\n")
    Tcp(c, B, A, 20, 40083, "right", "left", 7200, 9200).open().close()
    ctl.close()
    ctl2.close()
    out["ftp-replace"] = (ruleset(RAW21), c, None,
                          "max_expected 1: a second PORT evicts the first expectation (its data connection is "
                          "NEW); the same PORT again replaces it; the same PORT on another control connection "
                          "clashes (-EBUSY) and is dropped")

    # 10. a helper on another port, and on every TCP connection
    c = Cap()
    ctl = login(Tcp(c, A, B, 40090, 2121, "left", "right").open())
    ctl.a2b(f"PORT {port_arg(A, 40091)}\r\n".encode()).b2a(b"200 ok\r\n")
    Tcp(c, B, A, 20, 40091, "right", "left", 7000, 9000).open().close()
    ctl.close()
    out["ftp-port-2121"] = (ruleset(["-A PREROUTING -p tcp -m tcp --dport 2121 -j CT --helper ftp"]), c, None,
                            "CT --helper ftp works on any port (here 2121): the helper is the template's, not "
                            "chosen by port")
    c = Cap()
    ctl = login(Tcp(c, A, B, 40100, 21, "left", "right").open())
    ctl.a2b(b"PASV\r\n").b2a(f"227 Entering Passive Mode ({port_arg(B, 50050)})\r\n".encode())
    Tcp(c, A, B, 40101, 50050, "left", "right", 11000, 13000).open().a2b(b"x\r\n").close()
    Tcp(c, A, B, 40102, 80, "left", "right", 21000, 23000).open().a2b(b"GET / HTTP/1.0\r\n\r\n").close()
    ctl.close()
    out["ftp-ct-all-tcp"] = (ruleset(["-A PREROUTING -p tcp -j CT --helper ftp"]), c, None,
                             "CT --helper ftp on every TCP connection: the expected data connection gets no helper "
                             "(init_conntrack assigns the template's only without an expectation); an HTTP "
                             "connection gets helper=ftp")

    # 11. the master dies: its expectations go with it
    c = Cap()
    ctl = login(Tcp(c, A, B, 40110, 21, "left", "right").open())
    ctl.a2b(f"PORT {port_arg(A, 40111)}\r\n".encode()).b2a(b"200 ok\r\n")
    ctl.rst()
    # the expired entry goes when a lookup meets it (a second RST, INVALID: it makes no entry), not
    # at the kernel's GC, whose interval is one for the whole machine and follows other namespaces
    ctl.rst(gap=2.0)
    Tcp(c, B, A, 20, 40111, "right", "left", 7000, 9000).open(gap=2.0).close()
    out["ftp-master-gone"] = (ruleset(RAW21), c, {"net.netfilter.nf_conntrack_tcp_timeout_close": "1"},
                              "the control connection is reset (CLOSE, 1 s) and expires, reaped by the lookup of "
                              "a second RST 2 s later: its pending expectation is removed with it, and the data "
                              "connection 2 s after that is NEW")

    # 12. TFTP
    c = Cap()
    c.add("left", IP(src=A, dst=B) / UDP(sport=40120, dport=69) / Raw(b"\x00\x01file\x00octet\x00"))
    probe_here("tftp-forward", c)
    c.add("right", IP(src=B, dst=A) / UDP(sport=50060, dport=40120) / Raw(b"\x00\x03\x00\x01" + b"d" * 20))
    c.add("left", IP(src=A, dst=B) / UDP(sport=40120, dport=50060) / Raw(b"\x00\x04\x00\x01"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=40121, dport=69) / Raw(b"\x00\x02up\x00octet\x00"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=40121, dport=69) / Raw(b"\x00\x02up\x00octet\x00"))
    c.add("right", IP(src=B, dst=A) / UDP(sport=50061, dport=40121) / Raw(b"\x00\x04\x00\x00"))
    c.add("left", IP(src=A, dst=B) / UDP(sport=40121, dport=50061) / Raw(b"\x00\x03\x00\x01up"))
    out["tftp-forward"] = (ruleset(["-A PREROUTING -p udp -m udp --dport 69 -j CT --helper tftp"], helper="tftp"),
                           c, None,
                           "TFTP: a read request expects the server's answer from any port (RELATED); a "
                           "repeated write request replaces its expectation")
    # 13. NAT: the helper rewrites what it parsed, and the data connections follow the master's NAT
    snat = ["*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
            ":POSTROUTING ACCEPT [0:0]", "-A POSTROUTING -o eth1 -j SNAT --to-source 10.0.2.100", "COMMIT"]
    c = Cap()
    NAT_A = "10.0.2.100"
    ctl = login(NatTcp(c, A, B, 40130, 21, "left", "right", a_seen=NAT_A).open())
    cmd = f"PORT {port_arg(A, 40131)}\r\n".encode()
    ctl.a2b(cmd)
    probe_here("ftp-snat", c)
    ctl.shift += 2                                   # "10,0,2,100" is two bytes longer than "10,0,1,2"
    ctl._b("A")
    ctl.b2a(b"200 PORT command successful\r\n").a2b(b"LIST\r\n")
    NatTcp(c, B, A, 20, 40131, "right", "left", 7000, 9000, b_seen=NAT_A).open().a2b(b"f1\r\nf2\r\n").close()
    ctl.b2a(b"226 Transfer complete\r\n")
    ctl.a2b(b"EPRT |1|10.0.1.2|40132|\r\n")           # "|1|10.0.2.100|40132|": two more
    ctl.shift += 2
    ctl._b("A")
    ctl.b2a(b"200 ok\r\n")
    NatTcp(c, B, A, 20, 40132, "right", "left", 7100, 9100, b_seen=NAT_A).open().close()
    ctl.a2b(b"PASV\r\n").b2a(f"227 Entering Passive Mode ({port_arg(B, 50070)}).\r\n".encode())
    NatTcp(c, A, B, 40133, 50070, "left", "right", 11000, 13000, a_seen=NAT_A).open().b2a(b"data\r\n").close()
    ctl.a2b(b"QUIT\r\n").b2a(b"221 bye\r\n").close()
    rules = ruleset(RAW21).replace("*filter", "\n".join(snat) + "\n*filter")
    out["ftp-snat"] = (rules, c, None,
                       "the client is SNATed to 10.0.2.100: nf_nat_ftp rewrites PORT/EPRT to that address (two "
                       "bytes longer each: the firewall shifts the client's sequence numbers and the server's "
                       "acks), the server's data connections to 10.0.2.100 are RELATED and DNATed back to the "
                       "client; the PASV data connection is SNATed like its master")

    c = Cap()
    PUB = "10.0.2.100"
    dnat = ["*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
            ":POSTROUTING ACCEPT [0:0]", f"-A PREROUTING -d {PUB}/32 -p tcp -m tcp --dport 21 -j DNAT --to-destination {A}",
            "COMMIT"]
    # the client is on the right, the server (A) behind the DNAT on the left
    ctl = NatTcp(c, B, A, 40140, 21, "right", "left", 1000, 5000, b_seen=PUB)
    ctl.open()
    ctl.b2a(b"220 hi\r\n").a2b(b"USER x\r\n").b2a(b"331 pw\r\n")
    ctl.a2b(b"PASV\r\n")
    ctl.b2a(f"227 Entering Passive Mode ({port_arg(A, 50080)}).\r\n".encode())
    ctl.rshift += 2
    probe_here("ftp-dnat-server", c)
    NatTcp(c, B, A, 40141, 50080, "right", "left", 11000, 13000, b_seen=PUB).open().b2a(b"data\r\n").close()
    ctl.a2b(b"EPSV\r\n").b2a(b"229 Entering Extended Passive Mode (|||50081|)\r\n")
    NatTcp(c, B, A, 40142, 50081, "right", "left", 21000, 23000, b_seen=PUB).open().close()
    ctl.a2b(b"QUIT\r\n").b2a(b"221 bye\r\n").close()
    raw = ["-A PREROUTING -p tcp -m tcp --dport 21 -j CT --helper ftp"]
    rules = ruleset(raw).replace("*filter", "\n".join(dnat) + "\n*filter")
    out["ftp-dnat-server"] = (rules, c, None,
                              "the server (10.0.1.2) is reached by DNAT of 10.0.2.100: its 227 reply is rewritten to "
                              "the public address (two bytes longer: the firewall shifts the server's sequence "
                              "numbers), the client's data connections to 10.0.2.100 are RELATED and DNATed to the "
                              "server")
    # 13b. the expected connection takes the master's mark
    c = Cap()
    ctl = login(Tcp(c, A, B, 40160, 21, "left", "right").open())
    ctl.a2b(f"PORT {port_arg(A, 40161)}\r\n".encode()).b2a(b"200 ok\r\n")
    Tcp(c, B, A, 20, 40161, "right", "left", 7000, 9000).open().close()
    ctl.close()
    mangle = ["*mangle", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]",
              ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]",
              "-A PREROUTING -p tcp -m tcp --dport 21 -j CONNMARK --set-xmark 0x2a/0xffffffff", "COMMIT"]
    rules = ruleset(RAW21).replace("*filter", "\n".join(mangle) + "\n*filter")
    out["ftp-connmark"] = (rules, c, None,
                           "the control connection's ct mark (CONNMARK 42) is copied to the expected data "
                           "connection when it starts")

    # 14. IRC DCC
    def irc(nat):
        c = Cap()
        a_seen = "10.0.2.100" if nat else A
        ctl = NatTcp(c, A, B, 40150, 6667, "left", "right", a_seen=a_seen).open()
        ctl.a2b(b"NICK alice\r\n").b2a(b":srv 001 alice :Welcome\r\n")
        ip = int.from_bytes(bytes(map(int, A.split("."))), "big")
        ctl.a2b(f"PRIVMSG bob :\x01DCC SEND notes.txt {ip} 40151 1024\x01\r\n".encode())
        probe_here("irc-nat-dcc" if nat else "irc-dcc", c)
        NatTcp(c, B, A, 33000, 40151, "right", "left", 7000, 9000, b_seen=a_seen).open().a2b(b"data").close()
        if not nat:                 # (through the NAT, unexpected connections to 10.0.2.100 would hairpin)
            ctl.a2b(f"PRIVMSG bob :\x01DCC SEND f {ip + 1} 40152 1\x01\r\n".encode())   # another address
            NatTcp(c, B, A, 33001, 40152, "right", "left", 7100, 9100).open().close()
            ctl.a2b(f"NOTICE bob :\x01DCC SEND f {ip} 40154 1\x01\r\n".encode())       # not a PRIVMSG
            NatTcp(c, B, A, 33002, 40154, "right", "left", 7200, 9200).open().close()
        ctl.a2b(f"privmsg bob,carol :\x01DCC CHAT chat {ip} 40153\x01\r\n".encode())
        probe_here("irc-nat-dcc" if nat else "irc-dcc", c)
        NatTcp(c, B, A, 33003, 40153, "right", "left", 7300, 9300, b_seen=a_seen).open().close()
        ctl.close()
        raw = ["-A PREROUTING -p tcp -m tcp --dport 6667 -j CT --helper irc"]
        rules = ruleset(raw, helper="irc")
        if nat:
            rules = rules.replace("*filter", "\n".join(snat) + "\n*filter")
        return rules, c

    rules, c = irc(False)
    out["irc-dcc"] = (rules, c, None,
                      "IRC DCC SEND and CHAT offers (PRIVMSG, any case) expect the peer's connection to the "
                      "client's address and port (RELATED); an offer naming another address, or in a NOTICE, "
                      "expects nothing (NEW)")
    rules, c = irc(True)
    out["irc-nat-dcc"] = (rules, c, None,
                          "IRC DCC through SNAT: nf_nat_irc rewrites the offered address to 10.0.2.100, the peer's "
                          "connection to it is RELATED and DNATed back to the client")
    # 15. SIP
    def sip(first, headers, body=""):
        head = [first] + headers + [f"Content-Length: {len(body)}"]
        return ("\r\n".join(head) + "\r\n\r\n" + body).encode()

    def sdp(addr, *media):
        return (f"v=0\r\no=u 1 1 IN IP4 {addr}\r\ns=-\r\nc=IN IP4 {addr}\r\nt=0 0\r\n"
                + "".join(f"m={mm}\r\n" for mm in media))

    def dialog(cseq, method, frm=A, to=B, extra=()):
        return [f"Via: SIP/2.0/UDP {frm}:5060;branch=z9hG4bK{cseq}{method}", f"From: <sip:alice@{A}>;tag=1",
                f"To: <sip:bob@{B}>", f"Call-ID: c1@{A}", f"CSeq: {cseq} {method}", *extra]

    def udp(side, src, dst, sp, dp, payload):
        c.add(side, IP(src=src, dst=dst) / UDP(sport=sp, dport=dp) / Raw(payload))

    SIPRAW = ["-A PREROUTING -p udp -m udp --dport 5060 -j CT --helper sip",
              "-A PREROUTING -p tcp -m tcp --dport 5060 -j CT --helper sip"]
    c = Cap()
    offer = sdp(A, "audio 49170 RTP/AVP 0", "video 0 RTP/AVP 31")
    udp("left", A, B, 5060, 5060, sip(f"INVITE sip:bob@{B} SIP/2.0", dialog(1, "INVITE", extra=[
        f"Contact: <sip:alice@{A}:5060>", "Content-Type: application/sdp"]), offer))
    udp("right", B, A, 5060, 5060, sip("SIP/2.0 100 Trying", dialog(1, "INVITE")))
    answer = sdp(B, "audio 3456 RTP/AVP 0", "image 6001 udptl t38")
    udp("right", B, A, 5060, 5060, sip("SIP/2.0 200 OK", dialog(1, "INVITE", extra=[
        f"Contact: <sip:bob@{B}:5060>", "Content-Type: application/sdp"]), answer))
    probe_here("sip-call", c)
    udp("left", A, B, 5060, 5060, sip(f"ACK sip:bob@{B} SIP/2.0", dialog(1, "ACK")))
    udp("left", A, B, 49170, 3456, b"\x80" * 20)          # RTP both ways, each RELATED once
    udp("right", B, A, 3456, 49170, b"\x80" * 20)
    udp("right", B, A, 3457, 49171, b"\x81" * 8)           # RTCP
    udp("left", A, B, 5060, 5060, sip(f"BYE sip:bob@{B} SIP/2.0", dialog(2, "BYE")))
    udp("right", B, A, 5060, 5060, sip("SIP/2.0 200 OK", dialog(2, "BYE")))
    c2 = c
    c = Cap()
    udp("left", A, B, 5062, 5060, sip(f"INVITE sip:bob@{B} SIP/2.0", dialog(7, "INVITE", extra=[
        "Content-Type: application/sdp"]), sdp(A, "audio 40000 RTP/AVP 0")))
    udp("right", B, A, 5060, 5062, sip("SIP/2.0 486 Busy Here", dialog(7, "INVITE")))
    for f in c.frames:
        c2.add("left" if f["Ether"].src == "02:00:00:00:01:02" else "right", f["IP"])
    out["sip-call"] = (ruleset(SIPRAW, helper="sip"), c2, None,
                       "SIP over UDP: the INVITE's SDP expects RTP/RTCP to the caller (audio), the 200 OK's to the "
                       "callee (audio, image; the video port 0 is inactive); the media flows are RELATED, BYE "
                       "flushes what is left; the master's timeout is sip_timeout (3600 s); a second INVITE "
                       "answered 486 flushes its media expectations")

    c = Cap()
    reg = [f"Via: SIP/2.0/UDP {A}:5062;branch=z9hG4bKr1", f"From: <sip:alice@{B}>;tag=9", f"To: <sip:alice@{B}>",
           f"Call-ID: r1@{A}", "CSeq: 1 REGISTER", f"Contact: <sip:alice@{A}:5062>", "Expires: 3600"]
    udp("left", A, B, 5062, 5060, sip(f"REGISTER sip:{B} SIP/2.0", reg))
    probe_here("sip-register", c)
    ok = reg[:4] + ["CSeq: 1 REGISTER", f"Contact: <sip:alice@{A}:5062>;expires=600"]
    udp("right", B, A, 5060, 5062, sip("SIP/2.0 200 OK", ok))
    probe_here("sip-register", c)
    udp("right", B, A, 5070, 5062, sip(f"INVITE sip:alice@{A}:5062 SIP/2.0", [
        f"Via: SIP/2.0/UDP {B}:5060;branch=z9hG4bKi1", f"From: <sip:carol@{B}>;tag=3", f"To: <sip:alice@{B}>",
        f"Call-ID: i1@{B}", "CSeq: 1 INVITE", "Content-Type: application/sdp"], sdp(B, "audio 8000 RTP/AVP 0")))
    probe_here("sip-register", c)
    udp("left", A, B, 5062, 5070, sip("SIP/2.0 200 OK", [
        f"Via: SIP/2.0/UDP {B}:5060;branch=z9hG4bKi1", f"From: <sip:carol@{B}>;tag=3", f"To: <sip:alice@{B}>;tag=4",
        f"Call-ID: i1@{B}", "CSeq: 1 INVITE", "Content-Type: application/sdp"], sdp(A, "audio 9000 RTP/AVP 0")))
    reg2 = reg[:4] + ["CSeq: 2 REGISTER", f"Contact: <sip:alice@{A}:5062>;expires=0"]
    udp("left", A, B, 5062, 5060, sip(f"REGISTER sip:{B} SIP/2.0", reg2))
    udp("right", B, A, 5060, 5062, sip("SIP/2.0 200 OK", reg2[:4] + ["CSeq: 2 REGISTER",
                                                                    f"Contact: <sip:alice@{A}:5062>;expires=0"]))
    out["sip-register"] = (ruleset(SIPRAW, helper="sip"), c, None,
                           "SIP REGISTER: a PERMANENT,INACTIVE signalling expectation from the registrar to the "
                           "Contact, activated (expires=600) by the 200 OK; the registrar's INVITE to the contact (from "
                           "another port) is RELATED with helper=sip and its SDP is expected in turn; un-registering "
                           "removes the expectation")

    c = Cap()
    ctl = Tcp(c, A, B, 40170, 5060, "left", "right").open()
    inv = sip(f"INVITE sip:bob@{B} SIP/2.0", dialog(1, "INVITE", extra=["Content-Type: application/sdp"]),
              sdp(A, "audio 49180 RTP/AVP 0"))
    ctl.a2b(inv + sip(f"UPDATE sip:bob@{B} SIP/2.0", dialog(2, "UPDATE", extra=["Content-Type: application/sdp"]),
                      sdp(A, "video 49190 RTP/AVP 31")))
    probe_here("sip-tcp", c)
    ctl.b2a(sip("SIP/2.0 200 OK", dialog(1, "INVITE", extra=["Content-Type: application/sdp"]),
                sdp(B, "audio 3480 RTP/AVP 0")))
    c.add("right", IP(src=B, dst=A) / UDP(sport=3480, dport=49180) / Raw(b"\x80" * 20))
    c.add("right", IP(src=B, dst=A) / UDP(sport=3490, dport=49190) / Raw(b"\x80" * 20))
    ctl.close()
    out["sip-tcp"] = (ruleset(SIPRAW, helper="sip"), c, None,
                      "SIP over TCP: two messages in one segment (split by Content-Length) each expect their "
                      "media; the media flows are RELATED")
    # 16. netbios-ns / snmp: fw's own broadcasts (nf_conntrack_broadcast)
    F3, BC3 = "10.0.3.1", "10.0.3.255"

    def bq(side, src, dst, sport, dport, data=b"q" * 50, gap=None):
        c.add(side, IP(src=src, dst=dst) / UDP(sport=sport, dport=dport) / Raw(data), gap)
    NBRAW = ["-A OUTPUT -p udp -m udp --dport 137 -j CT --helper netbios-ns"]
    c = Cap()
    bq("local1", F3, BC3, 40000, 137)
    probe_here("netbios-ns-broadcast", c)
    bq("right", "10.0.3.7", F3, 137, 40000)             # RELATED, and the expectation stays
    bq("right", "10.0.3.8", F3, 137, 40000)
    bq("right", "10.0.3.9", F3, 138, 40000)             # another source port: NEW
    bq("right", "10.0.2.7", F3, 137, 40000)             # another subnet: NEW
    bq("local1", F3, BC3, 40000, 137)                   # the same query again: the expectation is replaced
    probe_here("netbios-ns-broadcast", c)
    bq("local1", "10.0.2.1", "10.0.2.255", 40001, 137)  # 10.0.2.1/24 has no brd: nothing expected
    bq("right", "10.0.2.8", "10.0.2.1", 137, 40001)
    bq("local1", F3, "10.0.3.7", 40002, 137)            # unicast: nothing expected
    bq("right", "10.0.3.7", F3, 137, 40002, gap=0.02)
    bq("local1", F3, BC3, 40003, 137, gap=1.0)        # apart: the kernel's timer wheel fires timers 0.1 s apart together
    probe_here("netbios-ns-broadcast", c)
    bq("right", "10.0.3.10", F3, 137, 40003, gap=3.5)   # after 3 s: expectation and entry are gone
    out["netbios-ns-broadcast"] = (ruleset(NBRAW, helper="netbios-ns"), c, None,
                                   "netbios-ns: fw's own query to the broadcast of 10.0.3.1/24 brd + (eth1) makes a "
                                   "PERMANENT expectation for answers from 10.0.3.0/24 port 137 (RELATED, several) and "
                                   "sets the entry's timeout to 3 s; a repeated query replaces it; a broadcast to "
                                   "10.0.2.255 (10.0.2.1/24 has no brd) and a unicast query expect nothing; 3.5 s "
                                   "later the answer is NEW")
    SETUP["netbios-ns-broadcast"], TEARDOWN["netbios-ns-broadcast"] = BRD, UNBRD
    c = Cap()
    bq("local1", F3, BC3, 40010, 161)
    probe_here("snmp-broadcast", c)
    bq("right", "10.0.3.7", F3, 161, 40010)
    bq("right", "10.0.3.8", F3, 162, 40010)
    bq("local1", F3, "255.255.255.255", 40011, 161)     # limited broadcast: no address has it as brd
    bq("right", "10.0.3.7", F3, 161, 40011)
    out["snmp-broadcast"] = (ruleset(["-A OUTPUT -p udp -m udp --dport 161 -j CT --helper snmp"], helper="snmp"),
                             c, None,
                             "snmp: fw's broadcast request to 10.0.3.255 expects answers from 10.0.3.0/24 port 161 "
                             "(RELATED; from port 162 NEW), the entry's timeout becomes 30 s; a request to "
                             "255.255.255.255 expects nothing")
    SETUP["snmp-broadcast"], TEARDOWN["snmp-broadcast"] = BRD, UNBRD

    # 17. amanda
    AMRAW = ["-A PREROUTING -p udp -m udp --dport 10080 -j CT --helper amanda"]

    def am(side, src, dst, sport, dport, text):
        c.add(side, IP(src=src, dst=dst) / UDP(sport=sport, dport=dport) / Raw(text))
    req = b"Amanda 2.6 REQ HANDLE 000-00000000 SEQ 1\nSERVICE sendbackup\n"
    c = Cap()
    am("left", A, B, 850, 10080, req + b"CONNECT DATA 1 MESG 2 INDEX 3\n")   # the server's own: not read
    am("right", B, A, 10080, 850, b"Amanda 2.6 REP HANDLE 000-00000000 SEQ 1\n"
       b"CONNECT DATA 50000 MESG 50001 INDEX 50002\nOPTIONS features=ffff;\n")
    probe_here("amanda-forward", c)
    Tcp(c, A, B, 40200, 50000, "left", "right").open().a2b(b"dump").close()
    Tcp(c, A, B, 40201, 50002, "left", "right", 3000, 7000).open().close()
    am("left", A, B, 851, 10080, req)
    am("right", B, A, 10080, 851, b"REP CONNECT INDEX 4322 MESG 4321 DATA 0\n")  # DATA is looked at first: 0 ends
    am("right", B, A, 10080, 851, b"CONNECT INDEX 123456\n")                       # 5 digits read: 12345
    probe_here("amanda-forward", c)
    Tcp(c, A, B, 40203, 12345, "left", "right", 3000, 7000).open().close()
    Tcp(c, A, B, 40204, 4321, "left", "right", 3000, 7000).open().close()
    am("right", B, A, 10080, 851, b"CONNECT MESG 65536 INDEX 4400\n")        # 65536 keeps 16 bits: 0
    am("right", B, A, 10080, 851, b"CONNECT DATA 4500 MESG 4501")               # no newline
    am("right", B, A, 10080, 851, b"CONNECT DATA 4600\nINDEX 4601\n")          # INDEX after the newline
    am("right", B, A, 10080, 851, b"xxCONNECT DATA  4700 INDEX 4701 data 4702 MESG 4703\n")
    probe_here("amanda-forward", c)
    Tcp(c, A, B, 40205, 4400, "left", "right", 3000, 7000).open().close()
    Tcp(c, A, B, 40206, 4500, "left", "right", 3000, 7000).open().close()
    Tcp(c, A, B, 40207, 4600, "left", "right", 3000, 7000).open().close()
    Tcp(c, A, B, 40208, 4601, "left", "right", 3000, 7000).open().close()
    Tcp(c, A, B, 40209, 4703, "left", "right", 3000, 7000).open().close()
    am("right", B, A, 10080, 851, b"CONNECT DATA 4900 MESG 4901\n")
    am("right", B, A, 10080, 851, b"CONNECT DATA 4800 MESG 4801 INDEX 4802\n")   # a 5th: 4900 is evicted
    probe_here("amanda-forward", c)
    out["amanda-forward"] = (ruleset(AMRAW, helper="amanda"), c, None,
                             "amanda: the client's reply (CONNECT DATA/MESG/INDEX ports, any order, up to its first "
                             "newline) expects the server's TCP connections to those ports (RELATED), searched in "
                             "the order DATA, MESG, INDEX: a port 0 (DATA 0, MESG 65536, DATA followed by two "
                             "blanks) stops the search; no newline expects nothing; the server's own packets are "
                             "not read; every reply sets the master's timeout to 300 s; a master keeps 4 pending "
                             "expectations, a 5th evicts the oldest")
    c = Cap()
    NAT_A = "10.0.2.100"
    am("left", A, B, 852, 10080, req)
    am("right", B, NAT_A, 10080, 852, b"CONNECT DATA 50010 MESG 50011 INDEX 50012\n")
    probe_here("amanda-snat", c)
    NatTcp(c, A, B, 40210, 50010, "left", "right", a_seen=NAT_A).open().a2b(b"dump").close()
    NatTcp(c, A, B, 40211, 50012, "left", "right", 3000, 7000, a_seen=NAT_A).open().close()
    rules = ruleset(AMRAW, helper="amanda").replace("*filter", "\n".join(snat) + "\n*filter")
    out["amanda-snat"] = (rules, c, None,
                          "amanda through SNAT (the server is 10.0.2.100 to the client): nf_nat_amanda rewrites the "
                          "ports (free, so unchanged; the UDP checksum is recomputed) and the server's connections "
                          "are RELATED and SNATed like their master")

    # 18. sane
    def word(*ws):
        return b"".join(w.to_bytes(4, "big") for w in ws)
    c = Cap()
    SNRAW = ["-A PREROUTING -p tcp -m tcp --dport 6566 -j CT --helper sane"]
    ctl = Tcp(c, A, B, 40300, 6566, "left", "right").open()
    ctl.a2b(word(0, 0x01010000, 4) + b"abc\0")                     # SANE_NET_INIT: not 8 bytes
    ctl.b2a(word(0, 0x01010000))
    ctl.a2b(word(7, 0))                                           # SANE_NET_START
    ctl.b2a(word(0, 40500, 0x1234) + b"\0\0\0\0")                 # success, port 40500
    probe_here("sane-forward", c)
    Tcp(c, A, B, 40301, 40500, "left", "right", 3000, 7000).open().a2b(b"x").close()
    ctl.a2b(word(3, 0)).b2a(word(0, 40501))                       # not NET_START: nothing
    Tcp(c, A, B, 40302, 40501, "left", "right", 3000, 7000).open().close()
    ctl.a2b(word(7, 0)).b2a(word(4, 40502))                       # status 4: refused
    Tcp(c, A, B, 40303, 40502, "left", "right", 3000, 7000).open().close()
    ctl.a2b(word(7, 0)).b2a(word(0, 0x00019E37))                  # the zero half is not 0
    ctl.a2b(word(7, 0)).b2a(b"\0\0\0")                           # too short: ends the interest
    ctl.b2a(word(0, 40504))
    ctl.a2b(word(7, 0) + b"\0")                                   # 9 bytes: not a request
    ctl.b2a(word(0, 40505))
    Tcp(c, A, B, 40304, 40504, "left", "right", 3000, 7000).open().close()
    ctl.a2b(word(7, 0)).a2b(word(9, 0)).b2a(word(0, 40506))       # a later request cancels it
    ctl.a2b(word(7, 0)).b2a(word(0, 40507, 0x1234) + b"\0\0\0\0")
    probe_here("sane-forward", c)
    Tcp(c, A, B, 40305, 40507, "left", "right", 3000, 7000).open().close()
    ctl.close()
    out["sane-forward"] = (ruleset(SNRAW, helper="sane"), c, None,
                           "sane: an 8-byte SANE_NET_START from the client and the server's successful reply expect "
                           "the client's data connection to the reply's port (RELATED); another request, a refused "
                           "start, a nonzero high half, a short reply, a 9-byte request or a later request expect "
                           "nothing (NEW)")
    try:
        from .pptp_scenarios import scenarios as pptp
    except ImportError:         # run as a script from tests/conntrack
        from pptp_scenarios import scenarios as pptp
    out.update(pptp(Cap, IP, Raw, Tcp, NatTcp, ruleset, probe_here, A, B))
    return out, write


def build(outdir=OUTDIR, only=None):
    scs, write = scenarios()
    names = []
    for name, (rules, cap, sysctl, what) in scs.items():
        if only and name not in only:
            continue
        write(outdir, name, rules, cap, sysctl)
        with open(os.path.join(outdir, name, "README.md"), "w") as f:
            f.write(f"{name}: {what}\n")
        names.append(name)
    return names


if __name__ == "__main__":
    print("\n".join(build(sys.argv[1] if len(sys.argv) > 1 else OUTDIR, sys.argv[2:] or None)))
