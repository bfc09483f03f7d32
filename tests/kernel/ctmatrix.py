"""The conntrack-tools 1.4.7 matrix: what tests/kernel/test_conntrack_matrix.py runs on both sides.

One scenario leaves entries of every kind in the firewall's table (TCP in four states, NAT both
ways, UDP replied/unreplied, ICMP, marks, a zone and an original-direction zone, an expectation);
then every command of TABLE runs against the kernel's table and against ours, `conntrack -E`
listeners (EVENTS) follow the traffic, and MUTATIONS change the tables step by step. Each entry is
(id, argv without the program name); ids name the test cases.
"""
from __future__ import annotations

from .capture import Cap, Scenario

A, A2, A3, B, FW1 = "10.0.1.2", "192.168.1.30", "192.168.1.20", "10.0.2.2", "10.0.2.1"
RULES = """*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 21 -j CT --helper ftp
-A PREROUTING -p udp -m udp --dport 5353 -j CT --zone 7
-A PREROUTING -p udp -m udp --dport 5354 -j CT --zone-orig 9
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 22 -j CONNMARK --set-xmark 0x1234/0xffffffff
-A PREROUTING -p udp -m udp --dport 53 -j CONNMARK --set-xmark 0x10/0xffffffff
-A PREROUTING -p icmp -j CONNMARK --set-xmark 0x2/0xffffffff
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -d 10.0.2.1/32 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 10.0.2.2:80
-A POSTROUTING -s 192.168.1.20/32 -o eth1 -j SNAT --to-source 10.0.2.1
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
ACCT = {"net.netfilter.nf_conntrack_acct": "1", "net.netfilter.nf_conntrack_timestamp": "1"}


def scenario(name="ctmatrix", sysctl=None) -> Scenario:
    """The traffic; frames 20 ms apart (its timestamps are replaced by the real send times)."""
    from tests.conntrack.helpers_scenarios import Tcp, port_arg
    c = Cap(step=0.02)
    c.tcp("left", "right", A, B, 40001, 22, close=None)                   # ESTABLISHED, mark 0x1234
    c.tcp("left", "right", A, B, 40002, 80, close="fin")                  # TIME_WAIT
    c.tcp("left", "right", A, B, 40003, 25, answer=False)                 # SYN_SENT, unreplied
    c.tcp("left", "right", A2, B, 40004, 443, close=None)                 # another client
    c.tcp("left", "right", A, B, 40005, 23, answer="rst")                 # refused: gone (DESTROY)
    c.udp("left", "right", A, B, 5000, 53)                                # replied, mark 0x10
    c.udp("left", "right", A, B, 5001, 161, resp=None)                    # unreplied
    c.udp("left", "right", A, B, 5353, 5353)                              # zone 7
    c.udp("left", "right", A, B, 5354, 5354)                              # zone-orig 9
    c.ping("left", "right", A, B, 77)                                     # mark 2
    c.ping("left", "right", A, B, 78, reply=False)
    c.nat_conversation("tcp", ("left", A, 41000), (FW1, 8080), ("right", B, 80), (A, 41000),
                       (b"GET / HTTP/1.0\r\n\r\n", b"HTTP/1.0 200 OK\r\n\r\n"))   # DNAT
    c.nat_conversation("udp", ("left", A3, 5000), (B, 123), ("right", B, 123), (FW1, 5000),
                       (b"ntp?", b"ntp!"))                                 # SNAT
    _sctp_association(c)
    ctl = Tcp(c, A, B, 40021, 21, "left", "right").open()
    ctl.b2a(b"220 ready\r\n")
    ctl.a2b(f"PORT {port_arg(A, 40100)}\r\n".encode()).b2a(b"200 PORT command successful\r\n")
    return Scenario(name, RULES, c.frames, dict(sysctl or {}))


def _sctp_association(c):
    """An SCTP association left ESTABLISHED (210 s: it outlives the matrix) with a DATA each way."""
    from .sctpkit import COOKIE_ACK, COOKIE_ECHO, INIT, INIT_ACK, chunk, data, init, sack, sctp
    ct, st = 0x0A0B0C0D, 0x01020304
    c.add("left", sctp(A, B, 36412, 36412, 0, [init(INIT, ct)]))
    c.add("right", sctp(B, A, 36412, 36412, ct, [init(INIT_ACK, st)]))
    c.add("left", sctp(A, B, 36412, 36412, st, [chunk(COOKIE_ECHO, 0, b"cookie!!"), data(1, b"s1ap")]))
    c.add("right", sctp(B, A, 36412, 36412, ct, [chunk(COOKIE_ACK), sack(1), data(7, b"s1ap")]))
    c.add("left", sctp(A, B, 36412, 36412, st, [sack(7)]))


# -- the read-only table ---------------------------------------------------------------------------
def _table():
    t = [["-L"], ["--dump"], ["-L", "conntrack"], ["-L", "expect"], ["-L", "dying"], ["-L", "unconfirmed"],
         ["-L", "bogus"], ["-C"], ["--count"], ["-C", "conntrack"], ["-C", "expect"], ["-C", "dying"],
         ["-C", "unconfirmed"], ["-S"], ["--stats"], ["-S", "expect"], ["-S", "conntrack"], ["-S", "dying"],
         ["-h"], ["--help"], ["-V"], ["--version"], []]
    for p in ("tcp", "udp", "icmp", "6", "17", "1", "gre", "sctp", "udplite", "dccp", "icmpv6", "47", "255",
              "256", "0", "TCP", "foo"):
        t.append(["-L", "-p", p])
    for o, a in (("-s", A), ("--src", A2), ("--orig-src", A3), ("-d", B), ("--dst", FW1),
                 ("--orig-dst", "10.9.9.9"), ("-r", B), ("--reply-src", FW1), ("-q", A), ("--reply-dst", FW1),
                 ("-s", "300.1.1.1"), ("-s", "foo"), ("-d", "10.0.2"), ("-s", "::1")):
        t.append(["-L", o, a])
    t += [["-L", "-s", "10.0.1.0", "--mask-src", "255.255.255.0"],
          ["-L", "-s", "192.168.0.0", "--mask-src", "255.255.0.0"],
          ["-L", "-d", "10.0.0.0", "--mask-dst", "255.255.0.0"],
          ["-L", "--mask-src", "255.255.255.0"], ["-L", "-s", A, "--mask-src", "bogus"],
          ["-L", "-s", A, "-d", B], ["-L", "-r", B, "-q", FW1]]
    for p, opt, v in (("tcp", "--sport", "40001"), ("tcp", "--dport", "22"), ("tcp", "--orig-port-src", "40002"),
                      ("tcp", "--orig-port-dst", "80"), ("tcp", "--reply-port-src", "80"),
                      ("tcp", "--reply-port-dst", "41000"), ("udp", "--dport", "53"), ("udp", "--sport", "5000"),
                      ("udp", "--reply-port-dst", "5000"), ("tcp", "--dport", "99999"), ("tcp", "--dport", "x"),
                      ("icmp", "--icmp-type", "8"), ("icmp", "--icmp-id", "77"), ("icmp", "--icmp-code", "0"),
                      ("icmp", "--icmp-type", "0"), ("tcp", "--icmp-type", "8"), ("icmp", "--dport", "8"),
                      ("udp", "--state", "ESTABLISHED")):
        t.append(["-L", "-p", p, opt, v])
    t += [["-L", "--sport", "40001"], ["-L", "--state", "ESTABLISHED"]]
    for st in ("ESTABLISHED", "SYN_SENT", "TIME_WAIT", "SYN_RECV", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK",
               "CLOSE", "NONE", "LISTEN", "SYN_SENT2", "established", "FOO"):
        t.append(["-L", "-p", "tcp", "--state", st])
    for u in ("ASSURED", "SEEN_REPLY", "EXPECTED", "FIXED_TIMEOUT", "ASSURED,SEEN_REPLY", "UNSET", "FOO",
              "assured", "SEEN_REPLY,"):
        t.append(["-L", "-u", u])
    for m in ("4660", "0x1234", "16", "0x10/0xf0", "0/0xffff0000", "0", "0x4/0x4", "0x1230/0xfff0", "2/3",
              "foo", "0x10/", "/0x10", "4294967295", "4294967296", "-1"):
        t.append(["-L", "-m", m])
    t += [["-L", "--mark", "16"], ["-L", "-w", "7"], ["-L", "--zone", "0"], ["-L", "--orig-zone", "9"],
          ["-L", "--reply-zone", "9"], ["-L", "-w", "9"], ["-L", "--orig-zone", "7"], ["-L", "--reply-zone", "0"],
          ["-L", "-w", "foo"], ["-L", "-w", "70000"], ["-L", "-f", "ipv4"], ["-L", "-f", "ipv6"],
          ["-L", "--family", "ipv4", "-p", "tcp"], ["-L", "-f", "foo"], ["-L", "-c", "0"], ["-L", "--secmark", "1"],
          ["-L", "-l", "foo"], ["-L", "--label", "1"], ["-L", "-i", "1"]]   # `-L --id 1` crashes conntrack 1.4.7
    for nat in (["--src-nat"], ["-n"], ["--src-nat", FW1], ["--src-nat", "10.0.2.9"], ["--dst-nat"], ["-g"],
                ["--dst-nat", B], ["--dst-nat", FW1], ["--dst-nat", f"{B}:80"], ["--any-nat"], ["-j"],
                ["--any-nat", FW1], ["--any-nat", B], ["--any-nat", A], ["--src-nat", "--dst-nat"],
                ["--src-nat", "bogus"], ["-p", "tcp", "--dst-nat", "-o", "extended"]):
        t.append(["-L", *nat])
    for o in ("extended", "id", "timestamp", "xml", "labels", "ktimestamp", "userspace", "save", "extended,id",
              "xml,id", "xml,extended", "extended,ktimestamp", "id,ktimestamp", "xml,ktimestamp", "save,extended",
              "xml,save", "labels,extended", "id,extended,timestamp", "bogus", "extended,bogus", "", "XML"):
        t.append(["-L", "-o", o])
    t += [["-L", "-p", "tcp", "-o", "xml"], ["-L", "-p", "udp", "-m", "16", "-o", "extended"],
          ["-L", "-s", A, "-p", "tcp", "--dport", "22", "-o", "id"], ["-L", "-w", "7", "-o", "xml"],
          ["-L", "--orig-zone", "9", "-o", "xml,extended"], ["-L", "expect", "-o", "xml"],
          ["-L", "expect", "-o", "extended"], ["-L", "expect", "-o", "id"], ["-L", "expect", "-p", "tcp"],
          ["-L", "expect", "-s", B], ["-L", "dying", "-o", "xml"], ["-L", "-o", "extended", "-o", "id"],
          ["-L", "-p", "tcp", "-p", "udp"], ["-L", "-s", A, "-s", B], ["-L", "conntrack", "-p", "icmp", "-o", "save"]]
    get = ["-p", "tcp", "-s", A, "-d", B, "--sport", "40001", "--dport", "22"]
    t += [["-G", *get], ["-G", *get, "-o", "xml"], ["-G", *get, "-o", "extended,id"], ["--get", *get],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "40001", "--dport", "23"],
          ["-G", "-p", "udp", "-s", A, "-d", B, "--sport", "5000", "--dport", "53"],
          ["-G", "-p", "tcp", "-r", B, "-q", A, "--reply-port-src", "22", "--reply-port-dst", "40001"],
          ["-G", "-p", "icmp", "-s", A, "-d", B, "--icmp-type", "8", "--icmp-code", "0", "--icmp-id", "77"],
          ["-G", "-p", "udp", "-s", A, "-d", B, "--sport", "5353", "--dport", "5353", "-w", "7"],
          ["-G", "-p", "udp", "-s", A, "-d", B, "--sport", "5353", "--dport", "5353"],
          ["-G"], ["-G", "-s", A], ["-G", "-s", A, "-d", B], ["-G", "-p", "tcp", "-s", A, "-d", B],
          ["-G", "expect"], ["-G", "dying", *get], ["-G", *get, "-m", "5"]]
    t += [["-X"], ["--bogus"], ["-L", "-p"], ["-L", "-s"], ["-L", "-o"], ["-L", "-L"], ["-L", "-D"], ["-L", "-F"],
          ["-C", "-L"], ["-E", "-L"], ["-L", "-G"], ["-L", "-t", "5"], ["-L", "-b", "1"], ["-L", "-e", "NEW"],
          ["-L", "-z", "-o", "bogus"], ["-F", "-p", "tcp"], ["-F", "-s", A], ["-C", "-p", "tcp"],
          ["-S", "-p", "tcp"], ["-C", "-o", "xml"], ["-L", "--tuple-src", A], ["-L", "--label-add", "x"],
          ["-L", "stray"], ["-L", "conntrack", "expect"], ["-I"], ["-I", "-p", "tcp"],
          ["-I", "-s", "1.1.1.1", "-d", "2.2.2.2", "-p", "tcp", "--sport", "1", "--dport", "2"],
          ["-I", "-s", "1.1.1.1", "-d", "2.2.2.2", "-p", "tcp", "--sport", "1", "--dport", "2", "--state",
           "ESTABLISHED"],
          ["-I", "-s", "1.1.1.1", "-d", "2.2.2.2", "-t", "10"], ["-U"], ["-D", "-p", "tcp", "--dport", "9999"],
          ["-D", "-s", "10.9.9.9"], ["-D", "expect"], ["-U", "-p", "tcp", "--dport", "9999", "-m", "1"],
          ["-E", "-e", "FOO"], ["-E", "-o", "bogus"], ["-E", "-t", "5"], ["-L", "--src-nat", "1.2.3"],
          ["-A"], ["-R"], ["-L", "-p", "tcp", "--sport"], ["--dump", "--count"], ["-h", "-L"], ["-L", "-h"],
          ["-V", "-L"], ["-L", "-V"], ["-L", "--", "-p"], ["-L", "-ptcp"], ["-L", "--protonum=tcp"],
          ["-L", "--proto", "tcp"], ["-L", "-p", "tcp", "--dpor", "22"]]
    # parameter words, families, masks, tables by prefix, getopt corners, handlers and their help
    t += [["-L", "-u", "!ASSURED"], ["-L", "-u", "UNREPLIED"], ["-L", "-u", "SEEN_REPLY,!ASSURED"],
          ["-L", "-u", "S"], ["-L", "-u", "!"], ["-L", "-u", ",ASSURED"], ["-L", "-u", "ASSURED,,SEEN_REPLY"],
          ["-L", "-o", "s"], ["-L", "-o", "e,i"], ["-L", "-o", "xml,"], ["-E", "-e", "U,FOO"],
          ["-L", "-f", "ipv4foo"], ["-L", "-f", "ipv6", "-s", A], ["-L", "-s", A, "-q", "::1"],
          ["-L", "-s", "10.0.0.0/8"], ["-L", "-s", "10.0.1.0/33"], ["-L", "-s", "10.0.1.0/x"],
          ["-L", "-d", "10.0.2.0/24"], ["-L", "-d", "10.0.2.0/"], ["-L", "-r", "10.0.0.0/8"],
          ["-L", "--mask-src", "255.0.0.0/8", "-s", A], ["-L", "--any-nat", FW1, "-p", "udp"],
          ["-L", "--src-nat=10.0.2.1"], ["-L", "--src-nat", "10.0.2.1:5000"], ["-L", "--src-nat", "10.0.2.1:"],
          ["-L", "--src-nat", "10.0.2.1:x"], ["-L", "--dst-nat", "10.0.2.2:81"], ["-L", "-g", ":80"],
          ["--dump=expect"], ["-L", "exp"], ["-L", "c"], ["-L", ""], ["-C", "exp"], ["-L", "d"], ["-S", "e"],
          ["-U", "expect"], ["-A", "expect"], ["-L", "-Xz"], ["-Lz"], ["-zL"], ["-Lp", "tcp"], ["-Ltcp"],
          ["-h", "-p", "tcp"], ["-h", "-p", "icmp"], ["-h", "-p", "47"], ["-h", "-p", "ospf"], ["-h", "expect"],
          ["-L", "-p", "132"], ["-L", "-p", "sctp", "--state", "COOKIE_WAIT"],   # an unknown sctp state crashes conntrack
          ["-L", "-p", "sctp", "--state", "ESTABLISHED"], ["-L", "-p", "sctp", "--state", "CLOSED"],
          ["-L", "-p", "sctp", "-o", "xml"], ["-L", "-p", "sctp", "-o", "save"], ["-L", "-p", "sctp", "-o", "extended,id"],
          ["-L", "-p", "sctp", "--dport", "36412"], ["-L", "-p", "sctp", "--orig-vtag", "1"],
          ["-G", "-p", "sctp", "-s", A, "-d", B, "--sport", "36412", "--dport", "36412"],
          ["-G", "-p", "sctp", "-s", A, "-d", B, "--sport", "36412", "--dport", "36412", "-o", "xml"],
          ["-L", "-p", "dccp", "--state", "OPEN"], ["-L", "-p", "dccp", "--role", "client"],
          ["-L", "-p", "gre", "--srckey", "1"], ["-L", "-p", "icmpv6", "--icmpv6-type", "128"],
          ["-L", "-p", "tcp", "--sport", "40001", "--reply-port-src", "22"], ["-L", "-p", "ospf"],
          ["-L", "-p", "tcp", "-p", "udp", "--dport", "53"], ["-L", "-p", "udp", "--mask-port-src", "1"],
          ["-L", "-p", "tcp", "--tuple-port-src", "1"], ["-L", "-a", "1"], ["-L", "-b", "1000"],
          ["-E", "-b", "x", "-e", "FOO"], ["-L", "-c", "x"], ["-D", "-i", "1", "-p", "tcp", "--dport", "9"],
          ["-G", "-i", "1", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "--dport", "2"],
          ["-L", "--label-add", "a", "--label-del", "b"], ["-U", "--label-del"], ["-L", "-o", "labels"],
          ["-I", "-p", "icmp", "-s", A, "-d", B, "-t", "10"], ["-I", "-p", "tcp", "-s", A, "-d", B, "--sport", "1",
                                                                "--dport", "2", "-t", "10"],
          ["-I", "-p", "udp", "-s", A, "-d", B, "--sport", "1", "-t", "10"],
          ["-I", "-p", "udp", "-r", A, "-q", B, "--reply-port-src", "1", "-t", "10"],
          ["-I", "-p", "udp", "-s", A, "-r", B, "--sport", "1", "--dport", "2", "-t", "10"],
          ["-A", "-p", "tcp", "-s", A, "-d", B, "--sport", "1", "--dport", "2", "--state", "NONE", "-t", "1000"],
          ["-G", "-p", "tcp", "-s", A, "-d", B, "--sport", "40001", "--dport", "22", "-z"],
          ["-L", "-z", "-s", A], ["-L", "dying", "-z", "-s", A]]
    return t


def _id(argv):
    return " ".join(argv) if argv else "(no arguments)"


TABLE = [(_id(a), a) for a in _table()]

# `conntrack -E` listeners started before the traffic and stopped (SIGINT) after it
EVENTS = [(_id(a), a) for a in (
    ["-E"], ["-E", "-o", "timestamp"], ["-E", "-o", "xml"], ["-E", "-o", "extended,id"], ["-E", "-o", "id"],
    ["-E", "-o", "ktimestamp"], ["-E", "-o", "xml,timestamp"], ["-E", "-e", "NEW"], ["-E", "-e", "DESTROY"],
    ["-E", "-e", "UPDATE,DESTROY"], ["-E", "-e", "ALL"], ["-E", "-p", "tcp"], ["-E", "-p", "udp", "--dport", "53"],
    ["-E", "-s", A, "-d", B], ["-E", "-s", A2], ["-E", "--src-nat"], ["-E", "--dst-nat"], ["-E", "--any-nat", FW1],
    ["-E", "-m", "16"], ["-E", "-m", "0x2/0x2"], ["-E", "-w", "7"], ["-E", "--orig-zone", "9"],
    ["-E", "-p", "tcp", "--state", "ESTABLISHED"], ["-E", "-u", "ASSURED"], ["-E", "-f", "ipv4"], ["-E", "expect"],
    ["-E", "expect", "-o", "xml"], ["-E", "-p", "icmp", "--icmp-id", "78"], ["-E", "-o", "save"],
    ["-E", "-p", "sctp"], ["-E", "-p", "sctp", "-o", "xml"], ["-E", "-p", "sctp", "--state", "ESTABLISHED"],
)]

# listeners while MUTATIONS run
MUTATION_EVENTS = [(_id(a), a) for a in (["-E"], ["-E", "-o", "save"], ["-E", "-e", "DESTROY"], ["-E", "-o", "xml"],
                                         ["-E", "-p", "udp", "-o", "extended"])]

# run in order after TABLE: each mutation is followed by a look at what it changed
_get22 = ["-p", "tcp", "-s", A, "-d", B, "--sport", "40001", "--dport", "22"]
MUTATIONS = [(f"{i:02d} {_id(a)}", a) for i, a in enumerate((
    ["-U", *_get22, "-m", "5"], ["-L", "-m", "5"],
    ["-U", "-p", "udp", "--dport", "53", "-m", "0x1/0x1"], ["-L", "-p", "udp", "--dport", "53"],
    ["-U", "-p", "icmp", "-m", "0x100/0xff00", "-o", "xml"], ["-L", "-p", "icmp"],
    ["-U", "--src-nat", "-m", "9"], ["-L", "-m", "9"],
    ["-U", "-s", A2, "-u", "ASSURED"], ["-U", "-p", "udp", "--dport", "161", "-u", "SEEN_REPLY"],
    ["-U", "-p", "udp", "--dport", "161", "-t", "500"], ["-L", "-p", "udp"],
    ["-U", "-p", "tcp", "--dport", "9999", "-m", "1"],
    ["-D", "-p", "udp", "--dport", "161"], ["-D", "-p", "udp", "--dport", "161"],
    ["-D", "-p", "tcp", "--state", "TIME_WAIT", "-o", "extended"], ["-D", "-m", "2/0xf"], ["-C"],
    ["-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "50"],
    ["-I", "-p", "udp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "1", "--dport", "2", "-t", "50"],
    ["-I", "-p", "tcp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--sport", "3", "--dport", "4", "--state", "ESTABLISHED",
     "-t", "100", "-u", "ASSURED,SEEN_REPLY", "-m", "0x20", "-w", "3"],
    ["-I", "-p", "icmp", "-s", "1.1.1.1", "-d", "2.2.2.2", "--icmp-type", "8", "--icmp-code", "0",
     "--icmp-id", "5", "-t", "20"],
    ["-I", "-p", "udp", "-s", "1.1.1.3", "-d", "2.2.2.2", "-r", "2.2.2.9", "-q", "1.1.1.3", "--sport", "7",
     "--dport", "8", "-t", "40", "-o", "xml"],
    ["-L", "-s", "1.1.1.0", "--mask-src", "255.255.255.0"], ["-L", "-s", "1.1.1.3", "-o", "save"],
    ["-I", "-p", "tcp", "-s", "1.1.1.4", "-d", "2.2.2.2", "--sport", "3", "--dport", "4", "--state", "SYN_SENT",
     "-t", "100", "-u", "EXPECTED"],
    ["-A", "-p", "udp", "-s", "1.1.1.5", "-d", "2.2.2.2", "--sport", "9", "--dport", "9", "-t", "60", "-m", "3"],
    ["-A", "-p", "udp", "-s", "1.1.1.5", "-d", "2.2.2.2", "--sport", "9", "--dport", "9", "-t", "70", "-m", "4"],
    ["-L", "-s", "1.1.1.5"],
    ["-U", "-s", "1.1.1.5", "-m", "0x3/0x1"], ["-U", "-s", "1.1.1.5", "-m", "0x3/0x1"], ["-L", "-s", "1.1.1.5"],
    ["-U", "-s", "1.1.1.5", "-u", "EXPECTED"], ["-U", "-s", "1.1.1.5", "-u", "ASSURED", "-o", "save"],
    ["-D", "-s", "1.1.1.5", "-t", "1"], ["-D", "-s", "1.1.1.5", "-o", "save"],
    ["-I", "-p", "udp", "-r", "2.2.2.6", "-q", "1.1.1.6", "--reply-port-src", "5", "--reply-port-dst", "6",
     "-t", "30", "--orig-zone", "4"],
    ["-L", "-d", "2.2.2.6"], ["-L", "--orig-zone", "4", "-o", "xml"], ["-G", "-p", "udp", "-s", "1.1.1.6", "-d", "2.2.2.6",
                                                                      "--sport", "6", "--dport", "5"],
    ["-D", "-s", "1.1.1.1", "-p", "tcp"], ["-L", "-d", "2.2.2.2"],
    ["-L", "-z", "-p", "tcp", "--dport", "22"], ["-L", "-p", "tcp", "--dport", "22"],
    ["-C", "expect"], ["-F", "expect"], ["-C", "expect"], ["-L", "expect"],
    ["-U", "-s", "1.1.1.6", "-t", "33", "-u", "EXPECTED", "-m", "7"], ["-L", "-s", "1.1.1.6"],
    ["-F", "-p", "tcp"], ["-F", "conntrack", "-f", "ipv6"], ["-C"], ["-L"], ["-F"], ["-D"],
))]
