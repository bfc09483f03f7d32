"""A second conntrack-tools 1.4.7 matrix (run by tests/kernel/test_conntrack_matrix.py like ctmatrix.py):
entries ctmatrix's scenario lacks, and option combinations its TABLE and MUTATIONS leave out.

The scenario leaves TCP in SYN_RECV, FIN_WAIT, CLOSE_WAIT, LAST_ACK, CLOSE and ESTABLISHED, a
MASQUERADEd flow, an SNAT that changes only the port, a DNAT that changes only the port, an entry
NATed both ways, GRE, UDP-Lite, an unknown protocol, an ICMP timestamp exchange, an assured UDP
stream, a reply-direction zone, a zone with a mark, marks with the high bit, an FTP data
connection (EXPECTED, with its master) and expectations of ftp (PASV) and tftp.
"""
from __future__ import annotations

import struct

from .capture import Cap, Scenario, csum

A, B, FW1 = "10.0.1.2", "10.0.2.2", "10.0.2.1"
MASQ, SPAT, BOTH = "192.168.1.40", "192.168.1.50", "192.168.1.60"
RULES = """*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 21 -j CT --helper ftp
-A PREROUTING -p udp -m udp --dport 69 -j CT --helper tftp
-A PREROUTING -p udp -m udp --dport 5355 -j CT --zone-reply 11
-A PREROUTING -p tcp -m tcp --dport 8022 -j CT --zone 7
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 22 -j CONNMARK --set-xmark 0x1/0xffffffff
-A PREROUTING -p tcp -m tcp --dport 8022 -j CONNMARK --set-xmark 0x11/0xffffffff
-A PREROUTING -p udp -m udp --dport 1000:1010 -j CONNMARK --set-xmark 0xff00/0xffffffff
-A PREROUTING -p icmp -j CONNMARK --set-xmark 0x80000000/0xffffffff
-A PREROUTING -p gre -j CONNMARK --set-xmark 0x47/0xffffffff
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -d 10.0.2.1/32 -p tcp -m tcp --dport 8443 -j DNAT --to-destination 10.0.2.2:443
-A PREROUTING -d 10.0.2.2/32 -p tcp -m tcp --dport 81 -j DNAT --to-destination 10.0.2.2:8081
-A POSTROUTING -s 192.168.1.40/32 -o eth1 -j MASQUERADE
-A POSTROUTING -s 192.168.1.50/32 -o eth1 -p udp -j SNAT --to-source 10.0.2.1:3000
-A POSTROUTING -s 192.168.1.60/32 -o eth1 -j SNAT --to-source 10.0.2.1
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate NEW
-A FORWARD -m conntrack --ctstate ESTABLISHED
-A FORWARD -m conntrack --ctstate RELATED
COMMIT
"""
SYSCTL = {"net.netfilter.nf_conntrack_acct": "1", "net.netfilter.nf_conntrack_timestamp": "1"}


def _lite(src, dst, sp, dp, data):
    """UDP-Lite as conntrack accepts it: covered by a checksum whose pseudo header names protocol 17."""
    from socket import inet_aton

    from scapy.layers.inet import IP
    from scapy.packet import Raw
    u = bytearray(struct.pack("!HHHH", sp, dp, 8, 0) + data)
    ph = inet_aton(src) + inet_aton(dst) + struct.pack("!BBH", 0, 17, len(u))
    u[6:8] = struct.pack("!H", csum(ph + bytes(u[:8])) or 0xFFFF)
    return IP(src=src, dst=dst, proto=136) / Raw(bytes(u))


def scenario(name="ctmatrix2", sysctl=None) -> Scenario:
    from scapy.layers.inet import ICMP, IP
    from scapy.layers.l2 import GRE
    from scapy.packet import Raw

    from tests.conntrack.helpers_scenarios import Tcp, port_arg
    c = Cap(step=0.02)
    t = Tcp(c, A, B, 41001, 1001, "left", "right")                 # SYN_RECV: no third ACK
    c.add("left", t.IP(src=A, dst=B) / t.TCP(sport=41001, dport=1001, flags="S", seq=1000, window=64240))
    c.add("right", t.IP(src=B, dst=A) / t.TCP(sport=1001, dport=41001, flags="SA", seq=5000, ack=1001))
    t = Tcp(c, A, B, 41002, 1002, "left", "right").open().a2b(b"bye")
    t._a("FA")                                                       # FIN_WAIT
    t = Tcp(c, A, B, 41003, 1003, "left", "right").open()
    t._a("FA")
    t.s += 1
    t._b("A")                                                        # CLOSE_WAIT
    t = Tcp(c, A, B, 41004, 1004, "left", "right").open()
    t._a("FA")
    t.s += 1
    t._b("FA")                                                       # LAST_ACK
    Tcp(c, A, B, 41005, 1005, "left", "right").open().a2b(b"x").rst()   # CLOSE
    Tcp(c, A, B, 41006, 22, "left", "right").open().a2b(b"ssh")    # ESTABLISHED, mark 1
    Tcp(c, A, B, 41007, 8022, "left", "right").open()               # zone 7, mark 0x11
    c.tcp("left", "right", MASQ, B, 41008, 80, close=None, reply_to=FW1)           # MASQUERADE
    c.udp("left", "right", SPAT, B, 41009, 1005, reply_to=FW1)      # SNAT to port 3000 (mark 0xff00)
    c.nat_conversation("tcp", ("left", A, 41010), (B, 81), ("right", B, 8081), (A, 41010),
                       (b"GET /\r\n\r\n", b"200\r\n"))              # DNAT: only the port changes
    c.nat_conversation("tcp", ("left", BOTH, 41011), (FW1, 8443), ("right", B, 443), (FW1, 41011),
                       (b"hello", b"hi"))                           # DNAT and SNAT
    for i in range(2):                                              # an assured UDP stream
        c.udp("left", "right", A, B, 41012, 1000, req=b"s%d" % i, resp=b"r%d" % i)
    # zone-reply 11: B's answer, in zone 0, is a new entry whose reply tuple is this one's original;
    # nf_nat_used_tuple_new() keeps its port, confirmation drops it (insert_failed, drop)
    c.udp("left", "right", A, B, 41013, 5355)
    c.add("left", IP(src=A, dst=B) / GRE(proto=0x0800) / Raw(b"\x45" + b"g" * 19))
    c.add("right", IP(src=B, dst=A) / GRE(proto=0x0800) / Raw(b"\x45" + b"h" * 19))
    c.add("left", _lite(A, B, 41014, 7000, b"lite"))
    c.add("right", _lite(B, A, 7000, 41014, b"etil"))
    c.add("left", IP(src=A, dst=B, proto=99) / Raw(b"unknown"))
    c.add("left", IP(src=A, dst=B) / ICMP(type=13, id=300, seq=1) / Raw(b"\0" * 12))
    c.add("right", IP(src=B, dst=A) / ICMP(type=14, id=300, seq=1) / Raw(b"\0" * 12))
    c.ping("left", "right", A, B, 301)
    c.udp("left", "right", A, B, 41015, 69, req=b"\x00\x01file\x00octet\x00", resp=None)   # tftp expectation
    ctl = Tcp(c, A, B, 41016, 21, "left", "right").open()
    ctl.b2a(b"220 ready\r\n")
    ctl.a2b(f"PORT {port_arg(A, 41100)}\r\n".encode()).b2a(b"200 PORT command successful\r\n")
    Tcp(c, B, A, 20, 41100, "right", "left").open().a2b(b"data")    # the data connection: EXPECTED
    ctl.a2b(b"PASV\r\n").b2a(f"227 Entering Passive Mode ({port_arg(B, 41200)})\r\n".encode())
    return Scenario(name, RULES, c.frames, dict(sysctl or {}))


def _id(argv):
    return " ".join(argv) if argv else "(no arguments)"


def _table():
    t = []
    for st in ("SYN_RECV", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "CLOSE", "ESTABLISHED", "TIME_WAIT", "SYN_SENT"):
        t += [["-L", "-p", "tcp", "--state", st], ["-L", "-p", "tcp", "--state", st, "-o", "save"]]
    for p in ("gre", "47", "udplite", "136", "99", "icmp", "udp", "tcp"):
        t += [["-L", "-p", p], ["-L", "-p", p, "-o", "xml"], ["-L", "-p", p, "-o", "save"],
              ["-L", "-p", p, "-o", "extended,id"]]
    t += [["-L", "-p", "gre", "--srckey", "0"], ["-L", "-p", "gre", "--dstkey", "1"],
          ["-L", "-p", "gre", "--orig-key-src", "0", "--orig-key-dst", "0"], ["-L", "-p", "gre", "--reply-key-src", "0"],
          ["-L", "-p", "udplite", "--sport", "41014"], ["-L", "-p", "udplite", "--dport", "41014"],
          ["-L", "-p", "udplite", "--reply-port-src", "7000"], ["-L", "-p", "icmp", "--icmp-type", "13"],
          ["-L", "-p", "icmp", "--icmp-type", "13", "--icmp-code", "0", "--icmp-id", "300"],
          ["-L", "-p", "icmp", "--icmp-id", "301", "-o", "xml"], ["-L", "-p", "icmp", "--icmp-type", "0"],
          ["-L", "-p", "udp", "-u", "ASSURED"], ["-L", "-p", "udp", "-u", "UNREPLIED"], ["-L", "-u", "EXPECTED"],
          ["-L", "-u", "EXPECTED", "-o", "extended"], ["-L", "-u", "!EXPECTED", "-p", "tcp", "--dport", "21"],
          ["-L", "-u", "SEEN_REPLY,!ASSURED"], ["-L", "-u", "ASSURED", "-o", "save"]]
    for nat in (["--src-nat"], ["--src-nat", FW1], ["--src-nat", f"{FW1}:3000"], ["--src-nat", f"{FW1}:41008"],
                ["--src-nat", f"{FW1}:41011"], ["--src-nat", ":3000"], ["--dst-nat"], ["--dst-nat", B],
                ["--dst-nat", f"{B}:8081"], ["--dst-nat", f"{B}:443"], ["--dst-nat", f"{B}:81"], ["--any-nat"],
                ["--any-nat", FW1], ["--any-nat", B], ["--any-nat", f"{B}:8081"], ["--any-nat", f"{FW1}:3000"],
                ["--src-nat", "--dst-nat"], ["--src-nat", FW1, "--dst-nat", B], ["--src-nat", "--dst-nat", B],
                ["--src-nat", "-p", "udp"], ["--src-nat", "-o", "save"], ["--dst-nat", "-o", "save"],
                ["--any-nat", "-o", "xml"], ["--src-nat", "-s", MASQ], ["--dst-nat", "-d", B],
                ["--src-nat", "-q", FW1], ["--src-nat", "-u", "ASSURED"], ["--src-nat", "-m", "0xff00"],
                ["-n", FW1, "-g", B], ["-j", "-p", "tcp", "--dport", "8443"], ["--src-nat", "[::1]:80"],
                ["--src-nat", "10.0.2.1:3000:1"], ["--src-nat", "[10.0.2.1]:3000"]):
        t.append(["-L", *nat])
    for m in ("0x80000000", "0x80000000/0x80000000", "0/0x80000000", "0x11/0x10", "0x10/0x10", "0x1/0x1",
              "0xff00/0xff00", "0xff00/0xf000", "0/0", "1/0", "0x47", "71", "0107", "0x11", "0/0xffffffff",
              "2147483648"):
        t += [["-L", "-m", m], ["-L", "-m", m, "-p", "tcp"]]
    t += [["-L", "-w", "7"], ["-L", "-w", "7", "-m", "0x11"], ["-L", "-w", "7", "-o", "save"],
          ["-L", "--reply-zone", "11"], ["-L", "--reply-zone", "11", "-o", "xml"],
          ["-L", "--reply-zone", "11", "-o", "save"], ["-L", "--reply-zone", "11", "-o", "extended"],
          ["-L", "--orig-zone", "11"], ["-L", "-w", "11"], ["-L", "--orig-zone", "0", "--reply-zone", "11"],
          ["-L", "-w", "0"], ["-L", "-w", "0", "-p", "udp"], ["-L", "--orig-zone", "7"], ["-L", "--reply-zone", "7"],
          ["-L", "-w", "7", "--orig-zone", "7"]]
    for net in (["-s", "192.168.1.0/24"], ["-s", "192.168.1.40/30"], ["-s", "192.168.1.40/29"],
                ["-s", "192.168.1.48/28", "-p", "udp"], ["-s", "0.0.0.0/0"], ["-s", "10.0.1.2/32"],
                ["-s", "10.0.1.2/31"], ["-d", "10.0.2.0/24"], ["-d", "10.0.2.1/32"], ["-d", "10.0.2.0/24", "-s", "10.0.1.0/24"],
                ["-s", "192.168.1.40", "--mask-src", "255.255.255.252"], ["-s", "192.168.1.41", "--mask-src", "255.255.255.252"],
                ["-s", "192.168.1.40", "--mask-src", "0.0.0.0"], ["-s", "192.168.1.40", "--mask-src", "255.0.255.0"],
                ["-d", "10.0.2.2", "--mask-dst", "255.255.255.254"], ["-s", A, "-d", FW1, "--mask-dst", "255.255.255.0"],
                ["-r", "10.0.2.0/24"], ["-q", "10.0.2.1/32"], ["-r", B, "-q", FW1], ["-r", B, "-q", A],
                ["-q", FW1, "-p", "tcp"], ["-s", BOTH, "-d", FW1], ["-s", BOTH, "-r", B], ["-s", "192.168.1.0/24", "-o", "xml"],
                ["-s", "192.168.1.0/24", "-d", B, "--mask-dst", "255.255.255.255"], ["-s", "192.168.1.0/24", "-o", "save"],
                ["-s", "192.168.1.40/30", "--mask-src", "255.255.255.0"], ["--mask-src", "255.255.255.0", "-s", "192.168.1.40"],
                ["-s", "192.168.1.0/24", "-w", "0"], ["-s", "::/0"], ["-s", "10.0.1.2/0"], ["-s", "192.168.1.40/-1"],
                ["-s", "192.168.1.40/+30"], ["-s", "192.168.1.40/ 30"], ["-s", "192.168.1.40/030"], ["-f", "ipv4", "-s", A]):
        t.append(["-L", *net])
    for o in ("extended,id,timestamp", "timestamp", "timestamp,xml", "xml,timestamp", "ktimestamp,extended",
              "labels,xml", "xml,labels", "id,save", "save,id", "extended,labels,id", "x", "e", "k", "i", "l", "u",
              "t", "userspace,xml", "XML,id", "xml,xml", "id,id", "extended,xml,id,ktimestamp", "xml,ktimestamp,id",
              "save,save", "userspace,save", "ktimestamp", "ktimestamp,id,extended"):
        t.append(["-L", "-p", "tcp", "-o", o])
    t += [["-L", "-o", "xml", "-o", "extended"], ["-L", "-o", "save", "-o", "save"], ["-L", "-o", "extended", "-o", "save"],
          ["-L", "-o", "id", "-p", "gre"], ["-L", "-p", "tcp", "--dport", "21", "-o", "extended"],
          ["-L", "-p", "tcp", "--dport", "21", "-o", "xml"], ["-L", "-p", "tcp", "--sport", "20", "-o", "xml,extended"],
          ["-L", "-p", "tcp", "--sport", "20", "-o", "save"]]
    t += [["-L", "expect"], ["-L", "expect", "-p", "udp"], ["-L", "expect", "-p", "tcp"], ["-L", "expect", "-o", "extended"],
          ["-L", "expect", "-o", "xml"], ["-L", "expect", "-o", "timestamp"], ["-L", "expect", "-o", "save"],
          ["-L", "expect", "-o", "id,extended"], ["-L", "expect", "-f", "ipv4"], ["-L", "expect", "-f", "ipv6"],
          ["-L", "expect", "-s", A], ["-L", "expect", "-m", "1"], ["-L", "expect", "-w", "0"], ["-L", "expect", "-z"],
          ["-L", "expect", "-u", "ASSURED"], ["-L", "expect", "--src-nat"], ["-C", "expect"], ["-C", "expect", "-p", "tcp"],
          ["-S", "expect"], ["-G", "expect", "-p", "tcp", "-s", B, "-d", A, "--sport", "0", "--dport", "41200"],
          ["-G", "expect", "-p", "tcp", "-s", A, "-d", B, "--sport", "0", "--dport", "41200"],
          ["-G", "expect", "-p", "udp", "-s", B, "-d", A, "--sport", "0", "--dport", "41015"],
          ["-G", "expect", "-p", "tcp", "-s", A, "-d", B], ["-G", "expect", "-s", A, "-d", B],
          ["-G", "expect", "-p", "tcp", "-s", A, "-d", B, "--sport", "0", "--dport", "41200", "-o", "xml"],
          ["-D", "expect", "-p", "tcp", "-s", A], ["-D", "expect", "-s", A, "-d", B],
          ["-I", "expect", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "--dport", "2"],
          ["-L", "dying"], ["-L", "unconfirmed"], ["-L", "dying", "-p", "tcp"], ["-L", "unconfirmed", "-o", "xml"],
          ["-L", "dying", "-o", "save"], ["-C", "dying"], ["-D", "dying"], ["-G", "unconfirmed"], ["-F", "dying"],
          ["-U", "dying"], ["-E", "dying"], ["-S", "unconfirmed"], ["-C", "unconfirmed", "-p", "tcp"]]
    get = ["-p", "tcp", "-s", BOTH, "-d", FW1, "--sport", "41011", "--dport", "8443"]
    t += [["-G", *get], ["-G", *get, "-o", "save"], ["-G", *get, "--src-nat"], ["-G", *get, "-o", "xml,extended"],
          ["-G", *get, "-o", "ktimestamp"], ["-G", *get, "-o", "labels"], ["-G", *get, "-o", "timestamp"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41007", "--dport", "8022"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41007", "--dport", "8022", "-w", "7"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41007", "--dport", "8022", "-w", "7", "-o", "save"],
          ["-G", "-p", "udp", "-s", A, "-d", B, "--sport", "41013", "--dport", "5355"],
          ["-G", "-p", "udp", "-s", A, "-d", B, "--sport", "41013", "--dport", "5355", "-w", "11"],
          ["-G", "-p", "udp", "-s", A, "-d", B, "--sport", "41013", "--dport", "5355", "--reply-zone", "11"],
          ["-G", "-p", "icmp", "-s", A, "-d", B, "--icmp-type", "13", "--icmp-code", "0", "--icmp-id", "300"],
          ["-G", "-p", "icmp", "-s", A, "-d", B, "--icmp-type", "8", "--icmp-id", "301"],
          ["-G", "-p", "icmp", "-s", A, "-d", B, "--icmp-type", "8", "--icmp-code", "0", "--icmp-id", "301"],
          ["-G", "-p", "gre", "-s", A, "-d", B, "--srckey", "0", "--dstkey", "0"],
          ["-G", "-p", "gre", "-s", A, "-d", B],
          ["-G", "-p", "udplite", "-s", A, "-d", B, "--sport", "41014", "--dport", "7000"],
          ["-G", "-p", "99", "-s", A, "-d", B], ["-G", "-s", A, "-d", B, "-p", "99", "-o", "xml"],
          ["-G", "-p", "udp", "-r", B, "-q", FW1, "--reply-port-src", "1005", "--reply-port-dst", "3000"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "-m", "1"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "-u", "ASSURED"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "-f", "ipv4"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "--state", "CLOSE"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "-o", "id"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "-l", "x"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "-t", "5"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22", "--reply-port-src", "22"],
          ["-G", "-p", "tcp", "-s", A, "-q", A, "--sport", "41006", "--dport", "22"]]
    # commands and options that do not go together, and what the tool says about each
    t += [["-D", "-z"], ["-U", "-z"], ["-G", "-z"], ["-F", "-z"], ["-C", "-z"], ["-I", "-z"], ["-D", "-t", "5"],
          ["-D", "-e", "NEW"], ["-L", "-u", "ASSURED", "-z"], ["-L", "-w", "0", "-z"], ["-L", "-z", "-o", "xml"],
          ["-L", "-z", "-p", "udp"], ["-L", "-z", "-f", "ipv4"], ["-L", "-z", "--src-nat"], ["-L", "-z", "-m", "1"],
          ["-L", "-z", "-s", "10.0.0.0/8"], ["-D", "-b", "1"], ["-U", "-b", "1"], ["-L", "--label-del", "x"],
          ["-D", "--label-add", "x"], ["-U", "-n"], ["-U", "-g", B], ["-D", "-n"], ["-D", "-j", FW1],
          ["-I", "-j"], ["-U", "-j"], ["-G", "-n"], ["-L", "-n", "-j"], ["-L", "-j", "-g"], ["-U", "--orig-zone", "1"],
          ["-U", "-w", "7"], ["-D", "-w", "99", "-p", "tcp"], ["-I", "-i", "5"], ["-L", "-c", "1", "-p", "tcp"],
          ["-L", "--mask-dst", "255.0.0.0"], ["-D", "--mask-src", "255.0.0.0"], ["-U", "--mask-src", "255.0.0.0", "-s", A],
          ["-L", "-p", "tcp", "--mask-port-src", "1"], ["-L", "-p", "tcp", "--tuple-port-dst", "1"],
          ["-L", "-p", "tcp", "--orig-port-src", "41006", "--orig-port-dst", "22"],
          ["-L", "-p", "udp", "--state", "ESTABLISHED"], ["-L", "-p", "icmp", "--sport", "1"],
          ["-L", "-p", "gre", "--sport", "1"], ["-L", "-p", "udplite", "--state", "X"], ["-L", "-p", "99", "--sport", "1"],
          ["-L", "-p", "tcp", "--state", "ESTABLISHED", "--state", "CLOSE"], ["-L", "-p", "tcp", "--dport", "22", "--dport", "21"],
          ["-L", "-m", "1", "-m", "0x11"], ["-L", "-w", "7", "-w", "0"], ["-L", "-u", "ASSURED", "-u", "SEEN_REPLY"],
          ["-L", "-f", "ipv4", "-f", "ipv6"], ["-L", "-f", "ipv4", "-f", "ipv4"], ["-L", "-s", A, "-f", "ipv6"],
          ["-L", "-f", "ipv6", "-s", "::1"], ["-L", "-o", "xml", "-f", "ipv6"], ["-C", "-f", "ipv6"], ["-C", "-f", "ipv4"],
          ["-S", "-f", "ipv4"], ["-L", "-s"], ["-L", "-m"], ["-L", "-w"], ["-L", "--orig-zone"], ["-L", "-u"],
          ["-L", "-f"], ["-L", "-l"], ["-D", "-p"], ["-U", "-m"], ["-L", "-p", "tcp", "--state"],
          ["-L", "-p", "icmp", "--icmp-type"], ["-L", "-p", "gre", "--srckey"], ["-G", "-p", "tcp", "-s", A],
          ["-I", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "--dport", "2"],
          ["-I", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "-t", "5", "--state", "SYN_SENT"],
          ["-I", "-p", "tcp", "-s", A, "-d", B, "-t", "5", "--state", "SYN_SENT"],
          ["-I", "-p", "icmp", "-s", A, "-d", B, "-t", "5"], ["-I", "-p", "gre", "-s", A, "-d", B, "-t", "5"],
          ["-I", "-p", "tcp", "-s", A, "-t", "5"], ["-I", "-s", A, "-d", B, "-t", "5"],
          ["-I", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "--dport", "2", "-t", "5", "--state", "ESTABLISHED",
           "-e", "NEW"],
          ["-I", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "--dport", "2", "-t", "5", "--state", "ESTABLISHED",
           "-o", "xml"],
          ["-I", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "--dport", "2", "-t", "5", "--state", "ESTABLISHED",
           "-m", "1/1"],
          ["-U", "-p", "tcp", "--dport", "22", "--state", "FOO"], ["-U", "-p", "icmp", "--icmp-type", "X", "-m", "1"],
          ["-L", "-e", "ALL"], ["-L", "-t", "0"], ["-L", "-i", "0"], ["-D", "-i", "0", "-p", "99"],
          ["-h", "-p", "udplite"], ["-h", "-p", "gre"], ["-h", "-p", "sctp"], ["-h", "-p", "dccp"], ["-h", "-p", "icmpv6"],
          ["-h", "-p", "99"], ["-h", "-p", "udp"], ["-h", "-s", A], ["-h", "-o", "xml"], ["-V", "-p", "tcp"], ["-V", "-s", A]]
    return t


TABLE = [(_id(a), a) for a in _table()]
EVENTS = [(_id(a), a) for a in (
    ["-E", "-p", "gre"], ["-E", "-p", "udplite", "-o", "xml"], ["-E", "-p", "99"], ["-E", "--reply-zone", "11"],
    ["-E", "-w", "7", "-o", "save"], ["-E", "--src-nat", FW1], ["-E", "--dst-nat", f"{B}:8081"],
    ["-E", "-m", "0x80000000/0x80000000"], ["-E", "-s", "192.168.1.0/24"], ["-E", "-p", "tcp", "--state", "LAST_ACK"],
    ["-E", "-u", "EXPECTED"], ["-E", "expect", "-o", "extended"], ["-E", "expect", "-p", "udp"],
    ["-E", "-o", "extended,id"], ["-E", "-e", "NEW", "-o", "save"], ["-E", "-p", "icmp", "--icmp-type", "13"],
)]
MUTATION_EVENTS = [(_id(a), a) for a in (["-E"], ["-E", "-o", "save"], ["-E", "-o", "xml,id"])]

_get22 = ["-p", "tcp", "-s", A, "-d", B, "--sport", "41006", "--dport", "22"]
MUTATIONS = [(f"{i:02d} {_id(a)}", a) for i, a in enumerate((
    ["-U", *_get22, "-m", "0x100/0x100"], ["-G", *_get22],
    ["-U", *_get22, "-m", "0x0/0x1"], ["-G", *_get22],
    ["-U", *_get22, "-m", "0xffffffff/0xf0f0f0f0", "-o", "extended,id"], ["-G", *_get22],
    ["-U", "-m", "0x80000000", "-m", "5"], ["-L", "-m", "5"],
    ["-U", "-p", "icmp", "-m", "0/0x80000000"], ["-L", "-p", "icmp"],
    ["-U", "-m", "0/0xffff0000", "-o", "xml"], ["-L", "-m", "0/0xffff0000", "-o", "save"],
    ["-U", "--reply-zone", "11", "-m", "0x33"], ["-L", "--reply-zone", "11"],
    ["-U", "-w", "7", "-m", "0x77"], ["-L", "-w", "7"],
    ["-U", "--src-nat", "-m", "0x5"], ["-L", "-m", "0x5"], ["-U", "--dst-nat", B, "-m", "6", "-o", "save"],
    ["-U", "--any-nat", "-m", "0x8/0x8"], ["-L", "-m", "0x8/0x8"],
    ["-U", "-p", "tcp", "--state", "SYN_RECV", "-m", "0x9"], ["-L", "-p", "tcp", "-m", "0x9"],
    ["-U", "-p", "tcp", "--dport", "1003", "--state", "TIME_WAIT"], ["-L", "-p", "tcp", "--dport", "1003"],
    ["-U", "-p", "tcp", "--dport", "1004", "-u", "ASSURED"], ["-L", "-p", "tcp", "--dport", "1004"],
    ["-U", "-p", "tcp", "--dport", "1004", "-t", "77", "-o", "id"], ["-U", "-p", "tcp", "--dport", "1004", "-t", "77"],
    ["-U", "-s", "192.168.1.0/24", "-m", "0xa"], ["-L", "-m", "0xa"],
    ["-U", "-s", "192.168.1.40", "--mask-src", "255.255.255.0", "-m", "0xb"], ["-L", "-m", "0xb"],
    ["-U", "-f", "ipv4", "-p", "gre", "-m", "0xc"], ["-U", "-f", "ipv6", "-m", "0xc"], ["-U", "-p", "udplite", "-m", "0xd"],
    ["-U", "-u", "EXPECTED", "-m", "0xe"], ["-U", "-m", "0xe", "-u", "EXPECTED"], ["-L", "-u", "EXPECTED"],
    ["-U", "-p", "99", "-t", "5"], ["-L", "-p", "99", "-o", "save"],
    ["-U", "-p", "tcp", "--dport", "9999", "-m", "1"], ["-U", "-p", "tcp", "-m", "1/0"],
    ["-D", "-p", "tcp", "--state", "FIN_WAIT", "-o", "xml"], ["-D", "-p", "tcp", "--state", "CLOSE_WAIT", "-o", "id"],
    ["-D", "-p", "tcp", "--state", "LAST_ACK", "-o", "extended,id"], ["-D", "--reply-zone", "11", "-o", "save"],
    ["-D", "-w", "7", "-o", "xml,extended"], ["-D", "--src-nat", FW1, "-p", "udp"], ["-D", "--dst-nat", f"{B}:8081"],
    ["-D", "-m", "0/0x80000000", "-p", "icmp"], ["-D", "-p", "gre", "-o", "ktimestamp"], ["-D", "-p", "udplite", "-o", "timestamp"],
    ["-D", "-u", "EXPECTED"], ["-D", "-s", "192.168.1.0/24"], ["-D", "-f", "ipv6"], ["-D", "-p", "99", "-o", "labels"],
    ["-C"], ["-L", "-o", "extended"], ["-L", "expect"],
    ["-D", "expect", "-p", "tcp", "-s", A, "-d", B, "--sport", "0", "--dport", "41200"], ["-L", "expect"],
    ["-D", "expect", "-p", "udp", "-s", B, "-d", A, "--sport", "0", "--dport", "41015"], ["-C", "expect"],
    ["-I", "-p", "tcp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "100", "--state",
     "ESTABLISHED", "--src-nat", "3.3.3.3"],
    ["-I", "-p", "tcp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "5", "--dport", "6", "-t", "100", "--state",
     "ESTABLISHED", "--dst-nat", "4.4.4.4:80", "-m", "0x5/0xf"],
    ["-I", "-p", "udp", "-s", "1.1.1.2", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "100", "--orig-zone", "3",
     "--reply-zone", "4"],
    ["-I", "-p", "udp", "-s", "1.1.1.3", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "100", "-u", "SEEN_REPLY"],
    ["-I", "-p", "udplite", "-s", "1.1.1.4", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "100"],
    ["-I", "-p", "gre", "-s", "1.1.1.5", "-d", "2.2.2.2", "--srckey", "1", "--dstkey", "2", "-t", "100"],
    ["-I", "-p", "99", "-s", "1.1.1.6", "-d", "2.2.2.2", "-t", "100"],
    ["-I", "-p", "icmp", "-s", "1.1.1.7", "-d", "2.2.2.2", "--icmp-type", "13", "--icmp-code", "0", "--icmp-id", "9",
     "-t", "100"],
    ["-I", "-p", "tcp", "-s", "1.1.1.8", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "100", "--state",
     "ESTABLISHED", "-f", "ipv4", "-o", "save"],
    ["-I", "-p", "tcp", "-s", "1.1.1.9", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "100", "--state",
     "TIME_WAIT", "-w", "5", "-u", "ASSURED,SEEN_REPLY", "-o", "xml"],
    ["-L", "-s", "1.1.1.0/24", "-o", "save"], ["-L", "-s", "1.1.1.0/24", "-o", "extended"], ["-L", "--src-nat"],
    ["-L", "--dst-nat", "4.4.4.4:80"], ["-L", "--orig-zone", "3"], ["-L", "--reply-zone", "4"],
    ["-G", "-p", "udp", "-s", "1.1.1.2", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "--orig-zone", "3"],
    ["-G", "-p", "gre", "-s", "1.1.1.5", "-d", "2.2.2.2", "--srckey", "1", "--dstkey", "2"],
    ["-U", "-s", "1.1.1.0/24", "-m", "0x10/0x10", "-o", "save"], ["-D", "-s", "1.1.1.0/24", "-m", "0x10/0x10", "-o", "save"],
    ["-C"], ["-F"], ["-C"], ["-D", "-o", "xml"], ["-U", "-m", "1"],
))]
