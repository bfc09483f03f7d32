"""The PPTP scenarios of helpers_scenarios (tests/scenarios/pptp-*): RFC 2637 control messages on
TCP 1723 between a PNS (A, left) and a PAC (B, right), and the GRE (version 1) they announce.

`msg(type, *fields)` builds one control message at its full RFC size: the 8-byte PPTP header
(length, type 1 = control, magic cookie), the 4-byte control header (message type, reserved), then
the message body with the named 16-bit call-id fields and the result code set, zeros elsewhere.
"""
from __future__ import annotations

MAGIC = 0x1A2B3C4D
# message type -> (body size, offsets of its call-id fields in order, offset of its result code)
BODY = {1: (144, (), None), 2: (144, (), 2), 3: (4, (), None), 4: (4, (), 0), 5: (4, (), None),
        6: (8, (), 4), 7: (156, (0,), None), 8: (20, (0, 2), 4), 9: (208, (0,), None), 10: (12, (0, 2), 4),
        11: (16, (0,), None), 12: (4, (0,), None), 13: (136, (0,), 2), 14: (28, (0,), None), 15: (12, (0,), None)}
SCCRQ, SCCRP, STOPCCRQ, STOPCCRP, ECHORQ, ECHORP, OCRQ, OCRP, ICRQ, ICRP, ICCN, CCRQ, CDN, WEN, SLI = range(1, 16)


def msg(mtype, *ids, result=1, magic=MAGIC, ptype=1, cut=0):
    """One control message; `ids` fill its call-id fields, `cut` drops that many trailing bytes."""
    size, offs, roff = BODY[mtype]
    body = bytearray(size)
    for off, cid in zip(offs, ids):
        body[off:off + 2] = cid.to_bytes(2, "big")
    if roff is not None:
        body[roff] = result
    if mtype in (SCCRQ, SCCRP):
        body[0:2] = b"\x01\x00"                         # protocol version 1.0
    head = (12 + size).to_bytes(2, "big") + ptype.to_bytes(2, "big") + magic.to_bytes(4, "big")
    head += mtype.to_bytes(2, "big") + b"\0\0"
    return (head + bytes(body))[:12 + size - cut]


def gre(call_id, data=b"ppp-data"):
    """An enhanced GRE header (RFC 2637 4.1): key present, version 1, PPP, payload length, call id."""
    return bytes([0x20, 0x01, 0x88, 0x0B]) + len(data).to_bytes(2, "big") + call_id.to_bytes(2, "big") + data


def scenarios(Cap, IP, Raw, Tcp, NatTcp, ruleset, probe_here, A, B):
    from scapy.layers.inet import ICMP
    out = {}
    raw = ["-A PREROUTING -p tcp -m tcp --dport 1723 -j CT --helper pptp"]
    rules = ruleset(raw, helper="pptp")

    def g(c, side, src, dst, key, gap=None):
        c.add(side, IP(src=src, dst=dst, proto=47) / Raw(gre(key)), gap)

    # 1. sessions and calls without NAT
    c = Cap()
    name = "pptp-call"
    ctl = Tcp(c, A, B, 40200, 1723, "left", "right").open()
    ctl.a2b(msg(OCRQ, 0x0101))                           # before the session: ignored
    ctl.a2b(msg(SCCRQ)).b2a(msg(SCCRP))
    ctl.a2b(msg(ECHORQ)).b2a(msg(ECHORP))
    ctl.a2b(msg(OCRQ, 0x0202, magic=0xDEADBEEF))           # not a control message: ignored
    ctl.a2b(msg(OCRQ, 0x0303, cut=60))                     # shorter than its type: ignored
    ctl.a2b(msg(OCRQ, 0x1111))
    ctl.b2a(msg(OCRP, 0x2222, 0x9999))                     # another call's reply: ignored
    probe_here(name, c)
    ctl.b2a(msg(OCRP, 0x2222, 0x1111))
    probe_here(name, c)
    ctl.b2a(msg(OCRP, 0x2222, 0x1111))                     # again: the same expectations, replaced
    g(c, "left", A, B, 0x2222)
    probe_here(name, c)
    g(c, "right", B, A, 0x1111)
    g(c, "right", B, A, 0x1111)
    g(c, "left", A, B, 0x2222)
    # an ICMP error about the PNS's GRE: its quoted header gets the source key from the keymap too
    c.add("right", IP(src=B, dst=A) / ICMP(type=3, code=3) / bytes(IP(src=A, dst=B, proto=47) / Raw(gre(0x2222)))[:28])
    ctl.a2b(msg(SLI, 0x2222)).b2a(msg(SLI, 0x1111)).b2a(msg(WEN, 0x1111))
    ctl.a2b(msg(CCRQ, 0x1111)).b2a(msg(CDN, 0x2222))       # the GRE entry goes with the call
    g(c, "left", A, B, 0x2222)                             # no keymap any more: source key 0
    ctl.a2b(msg(OCRQ, 0x3333)).b2a(msg(OCRP, 0x4444, 0x3333, result=2))    # busy: nothing expected
    probe_here(name, c)
    ctl.b2a(msg(ICRQ, 0x5555)).a2b(msg(ICRP, 0x6666, 0x5555)).b2a(msg(ICCN, 0x6666))
    probe_here(name, c)
    g(c, "right", B, A, 0x6666)
    g(c, "left", A, B, 0x5555)
    ctl.a2b(msg(OCRQ, 0x7777)).b2a(msg(OCRP, 0x8888, 0x7777))   # the keymap is taken: both unexpected
    probe_here(name, c)
    ctl.a2b(msg(STOPCCRQ)).b2a(msg(STOPCCRP))
    ctl.close()
    out[name] = (rules, c, None,
                 "PPTP without NAT: messages before the session, with a bad magic cookie, too short, or answering "
                 "another call are ignored; an Outgoing-Call-Reply expects GRE both ways with the call ids as keys "
                 "(the first GRE packet consumes one, the other is removed; a repeated reply replaces them), the "
                 "GRE entry has both keys; "
                 "Call-Disconnect-Notify kills it and drops the keymap (a later GRE packet has source key 0); a busy "
                 "reply expects nothing; an ICMP error about the GRE is RELATED (keymap in the quoted header); "
                 "an incoming call (ICRQ/ICRP/ICCN) is expected from the PAC; a second "
                 "call while the keymap is held is expected and unexpected at once")

    # 2. the session states, seen through whether a call gets its expectations
    c = Cap()
    name = "pptp-session-states"
    ctl = Tcp(c, A, B, 40230, 1723, "left", "right").open()

    def call(cid, pcid):
        ctl.a2b(msg(OCRQ, cid)).b2a(msg(OCRP, pcid, cid))
        probe_here(name, c)
        ctl.b2a(msg(CDN, pcid))

    ctl.a2b(msg(SCCRQ)).b2a(msg(SCCRP, result=2))         # refused: ERROR
    call(0x0010, 0x0011)
    ctl.a2b(msg(SCCRQ)).b2a(msg(SCCRP))                    # not from ERROR
    call(0x0020, 0x0021)
    ctl.a2b(msg(STOPCCRQ)).b2a(msg(STOPCCRP))              # back to NONE
    ctl.a2b(msg(SCCRQ)).b2a(msg(SCCRP))
    ctl.b2a(msg(STOPCCRP))                                 # a stop reply without a request: ignored
    call(0x0030, 0x0031)
    ctl.a2b(msg(OCRQ, 0x0040) + msg(ECHORQ) + bytes(40))  # longer than any message: still parsed
    ctl.b2a(msg(ECHORP) + msg(OCRP, 0x0041, 0x0040))       # only the first message of a segment
    probe_here(name, c)
    ctl.b2a(msg(OCRP, 0x0041, 0x0040, result=3))           # no carrier: the call is over
    ctl.b2a(msg(OCRP, 0x0041, 0x0040))                      # so its late reply is ignored
    probe_here(name, c)
    ctl.a2b(b"\x00\x10\x00\x01" + MAGIC.to_bytes(4, "big") + b"\x00\x00\x00\x00" + bytes(4))   # type 0
    ctl.a2b(b"\x00\x10\x00\x01" + MAGIC.to_bytes(4, "big") + b"\x00\x10\x00\x00" + bytes(4))   # type 16
    ctl.b2a(msg(ICRQ, 0x0050)).a2b(msg(ICRP, 0x0051, 0x0050, result=3))    # refused
    ctl.b2a(msg(ICCN, 0x0051))                              # so nothing is connected
    probe_here(name, c)
    ctl.b2a(msg(ICRQ, 0x0060)).a2b(msg(ICRP, 0x0061, 0x0059))    # answers another call: ignored
    ctl.b2a(msg(ICCN, 0x0061))
    probe_here(name, c)
    ctl.a2b(msg(ICRP, 0x0061, 0x0060)).b2a(msg(ICCN, 0x0061))
    probe_here(name, c)
    ctl.b2a(msg(CDN, 0x0060))
    ctl.a2b(msg(STOPCCRQ))
    call(0x0070, 0x0071)                                   # after a stop request: nothing
    ctl.close()
    out[name] = (rules, c, None,
                 "PPTP session states: a refused start (ERROR) allows no call and no new start until a stop; a "
                 "stop reply while the session is up is ignored; a message with trailing bytes is parsed, only "
                 "the first message of a segment is; a reply that is not 'connected' ends the call; types 0 and "
                 "16 are ignored; a refused or mismatched Incoming-Call-Reply leaves Incoming-Call-Connected "
                 "without effect; after a stop request no call is expected")

    # 3. the control connection dies with a call up
    c = Cap()
    name = "pptp-master-gone"
    ctl = Tcp(c, A, B, 40210, 1723, "left", "right").open()
    ctl.a2b(msg(SCCRQ)).b2a(msg(SCCRP)).a2b(msg(OCRQ, 0x1234)).b2a(msg(OCRP, 0x4321, 0x1234))
    g(c, "left", A, B, 0x4321)
    g(c, "right", B, A, 0x1234)
    ctl.rst()
    ctl.rst(gap=2.0)                                       # reaps the expired master (see ftp-master-gone)
    g(c, "left", A, B, 0x4321)
    out[name] = (rules, c, {"net.netfilter.nf_conntrack_tcp_timeout_close": "1"},
                 "the PPTP control connection is reset with a call up and expires (CLOSE, 1 s), reaped by a second "
                 "RST: its GRE entry is killed with it and the keymap dropped (the next GRE packet is NEW, source "
                 "key 0)")

    # 4. through MASQUERADE: nf_nat_pptp
    c = Cap()
    name = "pptp-masquerade"
    PUB = "10.0.2.1"
    ctl = NatTcp(c, A, B, 40220, 1723, "left", "right", a_seen=PUB).open()
    ctl.a2b(msg(SCCRQ)).b2a(msg(SCCRP))
    ctl.a2b(msg(OCRQ, 0x1111))                             # the PAC sees call id 40220 (the TCP port)
    probe_here(name, c)
    ctl.b2a(msg(OCRP, 0x2222, 40220))
    probe_here(name, c)
    g(c, "left", A, B, 0x2222)
    probe_here(name, c)
    g(c, "right", B, PUB, 40220)
    g(c, "right", B, PUB, 40220)
    ctl.a2b(msg(SLI, 0x2222)).b2a(msg(SLI, 40220)).b2a(msg(WEN, 40220)).a2b(msg(ECHORQ)).b2a(msg(ECHORP))
    ctl.a2b(msg(CCRQ, 0x1111)).b2a(msg(CDN, 0x2222))
    g(c, "right", B, PUB, 40220)                           # no entry, no keymap: not translated back
    # an incoming call: nf_nat_pptp still holds the outgoing call's original id (0x1111) and uses it
    ctl.b2a(msg(ICRQ, 0x5555)).a2b(msg(ICRP, 0x6666, 0x5555)).b2a(msg(ICCN, 0x6666))
    probe_here(name, c)
    g(c, "right", B, PUB, 0x6666)
    g(c, "left", A, B, 0x5555)
    ctl.b2a(msg(CDN, 0x5555))
    ctl.a2b(msg(STOPCCRQ)).b2a(msg(STOPCCRP)).close()
    masq = ["*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
            ":POSTROUTING ACCEPT [0:0]", "-A POSTROUTING -o eth1 -j MASQUERADE", "COMMIT"]
    out[name] = (rules.replace("*filter", "\n".join(masq) + "\n*filter"), c, None,
                 "PPTP through MASQUERADE: nf_nat_pptp gives the call the control connection's TCP port as call id "
                 "(Outgoing-Call-Request rewritten, the reply's peer call id rewritten back), the GRE expectations "
                 "and the keymap carry both, the PAC's GRE is translated back to the PNS's call id; Call-Clear is "
                 "rewritten, Call-Disconnect-Notify kills the GRE entry; an incoming call then gets the first call's "
                 "original id in its expectations and in the Incoming-Call-Connected the PNS receives")
    return out
