"""Hand-written scenarios of SIP through NAT (nf_nat_sip): a phone behind MASQUERADE calling out over
UDP, phones registering through SNAT (one with a Via port other than its source port), a PBX
published with DNAT, and a call over TCP through MASQUERADE, whose rewritten messages shift the
sequence numbers of what follows. Every message is written as its sender sends it; what the other
end receives (and echoes, as in Via) is the same message with the addresses nf_nat_sip puts in, so
a TCP peer acknowledges the stream as rewritten. Their folders are written by
`python -m tests.kernel.handwritten`; the frames leaving fw are compared byte for byte. The kernel's
answers with the expectation events and listings are recorded in tests/conntrack/helpers_ref/ too
(`python3 -m conntrack.helpers_record scenarios/NAME > conntrack/helpers_ref/NAME.json`
from tests/, as root), which test_helpers_stack.py compares through the Stack."""
from __future__ import annotations

from .capture import Cap, Scenario

NAT = ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING")
FILTER = ("INPUT", "FORWARD", "OUTPUT")
RAW = ("PREROUTING", "OUTPUT")
M32 = 0xFFFFFFFF


def _table(name, chains, rules):
    return "\n".join([f"*{name}"] + [f":{c} ACCEPT [0:0]" for c in chains] + list(rules) + ["COMMIT"]) + "\n"


def _rules(nat):
    """The sip helper on port 5060, `nat`, and a counter per ctstate (and for helper sip) in FORWARD."""
    return (_table("raw", RAW, ["-A PREROUTING -p udp -m udp --dport 5060 -j CT --helper sip",
                                "-A PREROUTING -p tcp -m tcp --dport 5060 -j CT --helper sip"])
            + _table("nat", NAT, nat)
            + _table("filter", FILTER, [f"-A FORWARD -m conntrack --ctstate {s}"
                                        for s in ("NEW", "RELATED", "ESTABLISHED", "INVALID", "DNAT", "SNAT")]
                     + ["-A FORWARD -m helper --helper sip"]))


def sip(first, headers, body=""):
    head = [first, *headers, f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode()


def sdp(user, addr, *media, owner=None):
    """A session description: o= and c= with `addr` (owner: another o= address, or "" for none);
    media are "audio 49170 RTP/AVP 0" lines, or (line, address of its own c=)."""
    o = "" if owner == "" else f"o={user} 2890844526 2890844526 IN IP4 {owner or addr}\r\n"
    out = f"v=0\r\n{o}s=-\r\nc=IN IP4 {addr}\r\nt=0 0\r\n"
    for m in media:
        line, own = (m, None) if isinstance(m, str) else m
        out += f"m={line}\r\n" + (f"c=IN IP4 {own}\r\n" if own else "")
    return out


def _udp(c, side, src, dst, sport, dport, payload):
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    c.add(side, IP(src=src, dst=dst) / UDP(sport=sport, dport=dport) / Raw(payload))


def masquerade_call():
    P, S, PUB = "192.168.1.10", "203.0.113.5", "10.0.2.1"
    c = Cap()

    def invite(me, via, contact, media):
        return sip(f"INVITE sip:bob@{S} SIP/2.0", [
            f"Via: SIP/2.0/UDP {via};rport;branch=z9hG4bKinv1", f'From: "Alice" <sip:alice@{me}>;tag=a1',
            f"To: <sip:bob@{S}>", f"Call-ID: c1@{P}", "CSeq: 1 INVITE", f"Contact: <sip:alice@{contact}>",
            "Content-Type: application/sdp"],
            sdp("alice", media, "audio 49170 RTP/AVP 0", "video 0 RTP/AVP 31", ("image 49180 udptl t38", media)))

    def answer(first, via, frm, body="", contact=True, to_tag=";tag=b1"):
        hs = [f"Via: SIP/2.0/UDP {via};branch=z9hG4bKinv1", f'From: "Alice" <sip:alice@{frm}>;tag=a1',
              f"To: <sip:bob@{S}>{to_tag}", f"Call-ID: c1@{P}", "CSeq: 1 INVITE"]
        if contact:
            hs.append(f"Contact: <sip:bob@{S}>")
        if body:
            hs.append("Content-Type: application/sdp")
        return sip(first, hs, body)

    # the INVITE leaves with Via, From, Contact and the SDP's o=, c= (both) on 10.0.2.1
    _udp(c, "left", P, S, 5060, 5060, invite(P, f"{P}:5060", f"{P}:5060", P))
    seen_via = f"{PUB}:5060;rport=5060;received={PUB}"
    _udp(c, "right", S, PUB, 5060, 5060, answer("SIP/2.0 100 Trying", seen_via, f"{PUB}:5060", contact=False,
                                               to_tag=""))
    _udp(c, "right", S, PUB, 5060, 5060, answer("SIP/2.0 180 Ringing", seen_via, f"{PUB}:5060",
                                               sdp("bob", S, "audio 3456 RTP/AVP 0")))
    _udp(c, "right", S, PUB, 5060, 5060, answer("SIP/2.0 200 OK", seen_via, f"{PUB}:5060", sdp(
        "bob", S, "audio 3456 RTP/AVP 0", "video 0 RTP/AVP 31", "image 6002 udptl t38")))
    _udp(c, "left", P, S, 5060, 5060, sip(f"ACK sip:bob@{S} SIP/2.0", [
        f"Via: SIP/2.0/UDP {P}:5060;rport;branch=z9hG4bKack1", f'From: "Alice" <sip:alice@{P}>;tag=a1',
        f"To: <sip:bob@{S}>;tag=b1", f"Call-ID: c1@{P}", "CSeq: 1 ACK"]))
    # a second phone behind the same NAT offers the same RTP port to the same server: its expectation
    # would be the first call's (another master), which is no port clash: the INVITE is dropped
    _udp(c, "left", "192.168.1.11", S, 5062, 5060, sip(f"INVITE sip:carol@{S} SIP/2.0", [
        "Via: SIP/2.0/UDP 192.168.1.11:5062;branch=z9hG4bKinv2", "From: <sip:dave@192.168.1.11>;tag=d1",
        f"To: <sip:carol@{S}>", "Call-ID: c2@192.168.1.11", "CSeq: 1 INVITE", "Content-Type: application/sdp"],
        sdp("dave", "192.168.1.11", "audio 49170 RTP/AVP 0")))
    _udp(c, "left", P, S, 49170, 3456, b"\x80" * 20)        # RTP: SNATed to the INVITE's pair, 10.0.2.1:49170
    _udp(c, "right", S, PUB, 3456, 49170, b"\x80" * 20)
    _udp(c, "right", S, PUB, 3457, 49171, b"\x81" * 8)      # RTCP from outside: DNATed to the phone
    _udp(c, "left", P, S, 49171, 3457, b"\x81" * 8)
    _udp(c, "left", P, S, 49180, 6002, b"\x00" * 12)        # T.38 (image)
    # compact header names; maddr= naming the phone becomes 10.0.2.1 too
    _udp(c, "left", P, S, 5060, 5060, sip(f"BYE sip:bob@{S} SIP/2.0", [
        f"v: SIP/2.0/UDP {P}:5060;maddr={P};rport;branch=z9hG4bKbye1", f'f: "Alice" <sip:alice@{P}>;tag=a1',
        f"t: <sip:bob@{S}>;tag=b1", f"i: c1@{P}", "CSeq: 2 BYE"]))
    _udp(c, "right", S, PUB, 5060, 5060, sip("SIP/2.0 200 OK", [
        f"v: SIP/2.0/UDP {PUB}:5060;maddr={PUB};rport=5060;received={PUB};branch=z9hG4bKbye1",
        f'f: "Alice" <sip:alice@{PUB}:5060>;tag=a1', f"t: <sip:bob@{S}>;tag=b1", f"i: c1@{P}", "CSeq: 2 BYE"]))
    _udp(c, "left", P, S, 49181, 6003, b"\x81" * 8)         # after BYE: not expected any more, MASQUERADEd
    return Scenario("sip-nat-masquerade-call", _rules(["-A POSTROUTING -o eth1 -j MASQUERADE"]), c.frames,
                    frames_out=True, about=(
                        "SIP over UDP from a phone behind MASQUERADE: nf_nat_sip rewrites the INVITE's Via, From "
                        "(with :5060 added), Contact and SDP o=/c= (session and media) to 10.0.2.1 and Content-Length, "
                        "and the answers' Via, received= and From back; the media expectations are on 10.0.2.1, "
                        "so RTP and RTCP both ways are RELATED and NATed to the other expectation of the call "
                        "(ports kept), and T.38 (whose INVITE expectations the answer's evicted: image keeps 2) "
                        "to where the master sends; a second phone offering the same RTP port to the same server is "
                        "dropped (its expectation would equal the first call's); after BYE a media packet is NEW"))


def register_snat():
    P1, P2, R, NAT_A = "192.168.1.10", "192.168.1.11", "203.0.113.5", "10.0.2.100"
    c = Cap()

    def register(me, user, sport, via, contact, cseq, expires, branch):
        return sip(f"REGISTER sip:{R} SIP/2.0", [
            f"Via: SIP/2.0/UDP {via};branch={branch}", f"From: <sip:{user}@{R}>;tag={user[0]}1",
            f"To: <sip:{user}@{R}>", f"Call-ID: r{sport}@{me}", f"CSeq: {cseq} REGISTER",
            f"Contact: <sip:{user}@{contact}>" + (";expires=0" if expires == 0 else ""),
            *([f"Expires: {expires}"] if expires else [])])

    def ok(me, user, sport, via, contact, cseq, expires, branch):
        return sip("SIP/2.0 200 OK", [
            f"Via: SIP/2.0/UDP {via};branch={branch}", f"From: <sip:{user}@{R}>;tag={user[0]}1",
            f"To: <sip:{user}@{R}>;tag=s{sport}", f"Call-ID: r{sport}@{me}", f"CSeq: {cseq} REGISTER",
            f"Contact: <sip:{user}@{contact}>;expires={expires}"])

    # alice: Contact and Via become 10.0.2.100:20000 (the expectation's port is the SNATed source port)
    _udp(c, "left", P1, R, 5060, 5060, register(P1, "alice", 5060, f"{P1}:5060;rport", f"{P1}:5060", 1, 3600, "r1"))
    _udp(c, "right", R, NAT_A, 5060, 20000, ok(P1, "alice", 5060, f"{NAT_A}:20000;rport=20000;received={NAT_A}",
                                               f"{NAT_A}:20000", 1, 600, "r1"))
    # carol (a "Cisco" phone): sends from 5062 but names 5060 in Via: her Via is left alone, the answers
    # go to port 5060, and her incoming calls too
    _udp(c, "left", P2, R, 5062, 5060, register(P2, "carol", 5062, f"{P2}:5060", f"{P2}:5060", 1, 3600, "r2"))
    _udp(c, "right", R, NAT_A, 5060, 20002, ok(P2, "carol", 5062, f"{P2}:5060;received={NAT_A}",
                                               f"{NAT_A}:20002", 1, 600, "r2"))
    # a call to alice from another port of the registrar: RELATED, DNATed to 192.168.1.10:5060
    inv = [f"Via: SIP/2.0/UDP {R}:5080;branch=z9hG4bKi1", f"From: <sip:bob@{R}>;tag=i1",
           f"To: <sip:alice@{R}>", f"Call-ID: i1@{R}"]
    _udp(c, "right", R, NAT_A, 5080, 20000, sip(f"INVITE sip:alice@{NAT_A}:20000 SIP/2.0", inv + [
        "CSeq: 1 INVITE", f"Contact: <sip:bob@{R}:5080>", "Content-Type: application/sdp"],
        sdp("bob", R, "audio 8000 RTP/AVP 0")))
    _udp(c, "left", P1, R, 5060, 5080, sip("SIP/2.0 200 OK", [inv[0], inv[1], inv[2] + ";tag=a9", inv[3],
                                                           "CSeq: 1 INVITE", f"Contact: <sip:alice@{P1}:5060>",
                                                           "Content-Type: application/sdp"],
                                       sdp("alice", P1, "audio 9000 RTP/AVP 0")))
    _udp(c, "right", R, NAT_A, 5080, 20000, sip(f"ACK sip:alice@{NAT_A}:20000 SIP/2.0", [
        f"Via: SIP/2.0/UDP {R}:5080;branch=z9hG4bKa1", inv[1], inv[2] + ";tag=a9", inv[3], "CSeq: 1 ACK"]))
    _udp(c, "right", R, NAT_A, 8000, 9000, b"\x80" * 20)    # RTP to the translated SDP address
    _udp(c, "left", P1, R, 9000, 8000, b"\x80" * 20)
    # a call to carol: to her Contact's port 5060, not the port she registered from
    _udp(c, "right", R, NAT_A, 5070, 20002, sip(f"INVITE sip:carol@{NAT_A}:20002 SIP/2.0", [
        f"Via: SIP/2.0/UDP {R}:5070;branch=z9hG4bKi2", f"From: <sip:bob@{R}>;tag=i2", f"To: <sip:carol@{R}>",
        f"Call-ID: i2@{R}", "CSeq: 1 INVITE"]))
    _udp(c, "left", P2, R, 5060, 5070, sip("SIP/2.0 486 Busy Here", [
        f"Via: SIP/2.0/UDP {R}:5070;branch=z9hG4bKi2", f"From: <sip:bob@{R}>;tag=i2", f"To: <sip:carol@{R}>;tag=c9",
        f"Call-ID: i2@{R}", "CSeq: 1 INVITE"]))
    # alice un-registers: the signalling expectation goes, a later call is not RELATED
    _udp(c, "left", P1, R, 5060, 5060, register(P1, "alice", 5060, f"{P1}:5060;rport", f"{P1}:5060", 2, 0, "r3"))
    _udp(c, "right", R, NAT_A, 5060, 20000, ok(P1, "alice", 5060, f"{NAT_A}:20000;rport=20000;received={NAT_A}",
                                               f"{NAT_A}:20000", 2, 0, "r3"))
    rules = _rules([f"-A POSTROUTING -s {P1}/32 -o eth1 -p udp -m udp --dport 5060 -j SNAT --to-source {NAT_A}:20000",
                    f"-A POSTROUTING -s {P2}/32 -o eth1 -p udp -m udp --dport 5060 -j SNAT --to-source {NAT_A}:20002"])
    return Scenario("sip-nat-register-snat", rules, c.frames, frames_out=True, about=(
        "SIP REGISTER through SNAT to 10.0.2.100:20000: the Contact becomes the translated address and port, "
        "where the signalling expectation waits; the 200 OK's Via, received=, rport= and Contact are mapped "
        "back; the registrar's INVITE from another port is RELATED and DNATed to the phone, and its SDP "
        "answer announces 10.0.2.100; a phone whose Via names 5060 while it sends from 5062 gets its answers "
        "and calls on 5060; un-registering removes the expectation"))


def dnat_pbx():
    C, X, PUB, C2 = "198.51.100.7", "192.168.1.20", "10.0.2.1", "198.51.100.8"
    c = Cap()
    dialog = [f"From: <sip:carol@{C}>;tag=c1", f"Call-ID: d1@{C}"]

    def to(host, tag=""):
        return f"To: <sip:pbx@{host}>{tag}"

    _udp(c, "right", C, PUB, 5060, 5060, sip(f"INVITE sip:pbx@{PUB} SIP/2.0", [
        f"Via: SIP/2.0/UDP {C}:5060;branch=z9hG4bKd1", dialog[0], to(PUB), dialog[1], "CSeq: 1 INVITE",
        f"Contact: <sip:carol@{C}:5060>", "Content-Type: application/sdp"], sdp("carol", C, "audio 40000 RTP/AVP 0")))
    via = f"Via: SIP/2.0/UDP {C}:5060;branch=z9hG4bKd1"
    _udp(c, "left", X, C, 5060, 5060, sip("SIP/2.0 100 Trying", [via, dialog[0], to(f"{X}:5060"), dialog[1],
                                                                 "CSeq: 1 INVITE"]))
    _udp(c, "left", X, C, 5060, 5060, sip("SIP/2.0 200 OK", [
        via, dialog[0], to(f"{X}:5060", ";tag=x1"), dialog[1], "CSeq: 1 INVITE", f"Contact: <sip:pbx@{X}:5060>",
        "Content-Type: application/sdp"], sdp("pbx", X, "audio 30000 RTP/AVP 0")))
    _udp(c, "right", C, PUB, 5060, 5060, sip(f"ACK sip:pbx@{PUB}:5060 SIP/2.0", [
        f"Via: SIP/2.0/UDP {C}:5060;branch=z9hG4bKd2", dialog[0], to(PUB, ";tag=x1"), dialog[1], "CSeq: 1 ACK"]))
    _udp(c, "right", C, PUB, 40000, 30000, b"\x80" * 20)    # RTP to 10.0.2.1:30000: DNATed to the PBX
    _udp(c, "left", X, C, 30000, 40000, b"\x80" * 20)
    _udp(c, "left", X, C, 30001, 40001, b"\x81" * 8)        # RTCP from the PBX first: SNATed to 10.0.2.1:30001
    _udp(c, "right", C, PUB, 40001, 30001, b"\x81" * 8)
    _udp(c, "left", X, C, 5060, 5060, sip(f"BYE sip:carol@{C}:5060 SIP/2.0", [
        f"Via: SIP/2.0/UDP {X}:5060;branch=z9hG4bKd9", f"From: <sip:pbx@{X}:5060>;tag=x1",
        f"To: <sip:carol@{C}>;tag=c1", dialog[1], "CSeq: 1 BYE"]))
    _udp(c, "right", C, PUB, 5060, 5060, sip("SIP/2.0 200 OK", [
        f"Via: SIP/2.0/UDP {PUB}:5060;branch=z9hG4bKd9", f"From: <sip:pbx@{PUB}:5060>;tag=x1",
        f"To: <sip:carol@{C}>;tag=c1", dialog[1], "CSeq: 1 BYE"]))
    # an SDP without o= cannot be NATed: nf_nat_sip drops the INVITE
    _udp(c, "right", C2, PUB, 5060, 5060, sip(f"INVITE sip:pbx@{PUB} SIP/2.0", [
        f"Via: SIP/2.0/UDP {C2}:5060;branch=z9hG4bKe1", f"From: <sip:dave@{C2}>;tag=e1", to(PUB), f"Call-ID: e1@{C2}",
        "CSeq: 1 INVITE", "Content-Type: application/sdp"], sdp("dave", C2, "audio 42000 RTP/AVP 0", owner="")))
    rules = _rules([f"-A PREROUTING -d {PUB}/32 -i eth1 -p udp -m udp --dport 5060 -j DNAT --to-destination {X}"])
    return Scenario("sip-nat-dnat-pbx", rules, c.frames, frames_out=True, about=(
        "A PBX behind DNAT (10.0.2.1:5060 -> 192.168.1.20): the INVITE's Request-URI and To become the PBX's, "
        "the answers' Contact, To and SDP o=/c= become 10.0.2.1; RTP to the announced port and RTCP from the "
        "PBX are RELATED and NATed to the call's other expectation; the PBX's BYE has Via and From mapped; "
        "an INVITE whose SDP has no o= line is dropped"))


class _Tcp:
    """A TCP conversation through NAT: the client's segments as it sends them, the server's to where it
    sees the client; each side acknowledges what it received, which nf_nat_sip made longer or shorter
    (`grew`: by how much each side's stream grew so far on its way)."""

    def __init__(self, c, client, server, seen, sport, dport, isn=1000, risn=5000):
        self.c, self.client, self.server, self.seen, self.sport, self.dport = c, client, server, seen, sport, dport
        self.seq, self.rseq, self.grew, self.rgrew = isn, risn, 0, 0

    def c2s(self, flags, sent=b"", received=None):
        from scapy.layers.inet import IP, TCP
        from scapy.packet import Raw
        p = IP(src=self.client, dst=self.server) / TCP(sport=self.sport, dport=self.dport, flags=flags, seq=self.seq,
                                                       ack=(self.rseq + self.rgrew) & M32 if "A" in flags else 0,
                                                       window=502)
        self.c.add("left", p / Raw(sent) if sent else p)
        self.seq += len(sent) + ("S" in flags) + ("F" in flags)
        self.grew += len(received if received is not None else sent) - len(sent)

    def s2c(self, flags, sent=b"", received=None):
        from scapy.layers.inet import IP, TCP
        from scapy.packet import Raw
        p = IP(src=self.server, dst=self.seen) / TCP(sport=self.dport, dport=self.sport, flags=flags, seq=self.rseq,
                                                     ack=(self.seq + self.grew) & M32, window=509)
        self.c.add("right", p / Raw(sent) if sent else p)
        self.rseq += len(sent) + ("S" in flags) + ("F" in flags)
        self.rgrew += len(received if received is not None else sent) - len(sent)


def tcp_masquerade():
    P, S, PUB = "192.168.1.10", "203.0.113.5", "10.0.2.1"
    c = Cap()
    t = _Tcp(c, P, S, PUB, 40170, 5060)

    def invite(host):
        return sip(f"INVITE sip:bob@{S};transport=tcp SIP/2.0", [
            f"Via: SIP/2.0/TCP {host}:40170;rport;branch=z9hG4bKt1", f"From: <sip:alice@{P}>;tag=t1",
            f"To: <sip:bob@{S}>", f"Call-ID: t1@{P}", "CSeq: 1 INVITE",
            f"Contact: <sip:alice@{host}:40170;transport=tcp>", "Content-Type: application/sdp"],
            sdp("alice", host, "audio 49170 RTP/AVP 0"))

    def answers(host, received):
        via = f"Via: SIP/2.0/TCP {host}:40170;rport=40170;received={received};branch=z9hG4bKt1"
        hs = [via, f"From: <sip:alice@{P}>;tag=t1", f"To: <sip:bob@{S}>;tag=b7", f"Call-ID: t1@{P}", "CSeq: 1 INVITE"]
        return (sip("SIP/2.0 100 Trying", hs) + sip("SIP/2.0 200 OK", hs + [
            f"Contact: <sip:bob@{S};transport=tcp>", "Content-Type: application/sdp"],
            sdp("bob", S, "audio 3456 RTP/AVP 0")))

    def request(method, host, cseq, branch):
        return sip(f"{method} sip:bob@{S};transport=tcp SIP/2.0", [
            f"Via: SIP/2.0/TCP {host}:40170;branch=z9hG4bK{branch}", f"From: <sip:alice@{P}>;tag=t1",
            f"To: <sip:bob@{S}>;tag=b7", f"Call-ID: t1@{P}", f"CSeq: {cseq} {method}"])

    def bye_ok(host, received):
        return sip("SIP/2.0 200 OK", [
            f"Via: SIP/2.0/TCP {host}:40170;received={received};branch=z9hG4bKt3", f"From: <sip:alice@{P}>;tag=t1",
            f"To: <sip:bob@{S}>;tag=b7", f"Call-ID: t1@{P}", "CSeq: 2 BYE"])

    t.c2s("S")
    t.s2c("SA")
    t.c2s("A")
    t.c2s("PA", invite(P), invite(PUB))                        # shorter on its way: Via, Contact, o=, c=
    t.s2c("A")
    t.s2c("PA", answers(PUB, PUB), answers(P, P))              # two messages, each longer on its way back
    t.c2s("A")
    t.c2s("PA", request("ACK", P, 1, "t2"), request("ACK", PUB, 1, "t2"))
    t.s2c("A")
    _udp(c, "left", P, S, 49170, 3456, b"\x80" * 20)
    _udp(c, "right", S, PUB, 3456, 49170, b"\x80" * 20)
    t.c2s("PA", request("BYE", P, 2, "t3"), request("BYE", PUB, 2, "t3"))
    t.s2c("PA", bye_ok(PUB, PUB), bye_ok(P, P))
    t.c2s("A")
    t.c2s("FA")
    t.s2c("FA")
    t.c2s("A")
    return Scenario("sip-nat-tcp", _rules(["-A POSTROUTING -o eth1 -j MASQUERADE"]), c.frames, frames_out=True,
                    about=("SIP over TCP through MASQUERADE: nf_nat_sip rewrites the INVITE (4 bytes shorter per "
                           "address), both answers of one segment (longer), the ACK and BYE; every later segment's "
                           "sequence and acknowledgment numbers are shifted by what the rewriting added, the "
                           "connection stays ESTABLISHED up to its close, and the call's RTP is RELATED"))


def parse_edges():
    P, R, NAT_A = "192.168.1.10", "203.0.113.5", "10.0.2.100"
    c = Cap()
    # (source port, Contact's tail, more headers): numbers are decimal and within u32 (sip_strtouint),
    # a port has 1 to 5 digits, a character after them, and 1024..65535 (sip_parse_port)
    for sport, tail, extra in ((5060, ">;expires=0x10", ()),            # expires 0: nothing expected
                               (5062, ">;expires=010", ()),             # 10
                               (5064, ">", ("Expires: 4294967296",)),   # over u32: 0
                               (5066, ">", ("Expires: 4294967295",)),
                               (5068, "123456>", ("Expires: 60",)),     # no Contact parses: nothing
                               (5070, ">", ("CSeq: 99999999999 REGISTER", "Expires: 60"))):   # dropped
        cseq = [] if any(h.startswith("CSeq") for h in extra) else ["CSeq: 1 REGISTER"]
        contact = f"{P}:{sport}" if not tail.startswith("1") else f"{P}:"
        _udp(c, "left", P, R, sport, 5060, sip(f"REGISTER sip:{R} SIP/2.0", [
            f"Via: SIP/2.0/UDP {P}:{sport};branch=z9hG4bKp{sport}", f"From: <sip:u{sport}@{R}>;tag=1",
            f"To: <sip:u{sport}@{R}>", f"Call-ID: p{sport}@{P}", *cseq, f"Contact: <sip:u{sport}@{contact}{tail}",
            *extra]))
    rules = _rules([f"-A POSTROUTING -o eth1 -p udp -m udp --dport 5060 -j SNAT --to-source {NAT_A}"])
    return Scenario("sip-nat-parse-edges", rules, c.frames, frames_out=True, about=(
        "REGISTERs through SNAT with numbers at the edges of what this kernel's nf_conntrack_sip reads: "
        "decimal only (expires=0x10 is 0), at most u32 (Expires 4294967296 is 0), a URI port of 1 to 5 digits "
        "(a Contact with :123456 does not parse: nothing is expected or rewritten), a CSeq over u32 drops the "
        "message; the Contacts that parse are rewritten to 10.0.2.100"))


ALL = [masquerade_call, register_snat, dnat_pbx, tcp_masquerade, parse_edges]
