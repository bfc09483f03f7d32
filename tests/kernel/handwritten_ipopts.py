"""Hand-written scenarios of IP options (beside handwritten_hunt2's ip-options*): the record route
and timestamp slots at each hook, source routes with several hops, one of them fw's, options in
fragments and in fw's own packets looped back; see handwritten_stack.py."""
from __future__ import annotations

from .capture import Cap
from .stackkit import L, R, by_sport, counting, optioned, scenario, udp

IN_FWD = ("INPUT", "FORWARD")


def ip_options_source_route_hops():
    c = Cap()
    def hops(kind, *h):
        return bytes([kind, 3 + 4 * len(h), 4]) + b"".join(bytes(map(int, a.split("."))) for a in h)

    def pad(o):
        return o + b"\x00" * (-len(o) % 4)
    c.add("left", optioned(L, "10.0.1.1", pad(hops(0x83, "10.0.2.1", "8.8.8.8")), 41500))   # a local hop first
    c.add("left", optioned(L, "10.0.1.1", pad(hops(0x83, "192.168.1.20")), 41501))         # back out of eth0
    c.add("left", optioned(L, "10.0.1.1", pad(hops(0x89, "10.0.1.2")), 41502))             # strict, on-link
    c.add("left", udp(L, "10.0.1.1", 41503, 53, b"t", ttl=1, options=pad(hops(0x83, "8.8.8.8"))))   # TTL 1
    c.add("left", optioned(L, "10.0.1.1", pad(hops(0x83, "8.8.8.8") + b"\x07\x07\x04" + b"\0" * 4), 41504))
    c.add("left", optioned(L, "10.0.1.1", pad(hops(0x83, "8.8.8.8") + hops(0x83, "8.8.4.4")), 41505))   # two
    c.add("right", udp(R, "10.0.2.1", 53, 41500))                                         # answers
    c.add("right", udp(R, "10.0.2.1", 53, 41504))
    c.add("right", optioned(R, "10.0.2.1", pad(hops(0x83, "192.168.1.10")), 41506))
    u32 = [f"-A POSTROUTING -m u32 --u32 \"{at}={v}\"" for at, v in ((23, "0xa000101"), (23, "0xa000201"),
                                                                    (27, "0xa000201"), (31, "0xa000201"))]
    extra = {"mangle": ["-A FORWARD -d 10.0.2.1/32", "-A FORWARD -d 10.0.1.1/32", "-A POSTROUTING -d 8.8.8.8/32",
                        "-A POSTROUTING -d 192.168.1.20/32", "-A POSTROUTING -d 10.0.1.2/32"] + u32,
             "nat": ["-A POSTROUTING -o eth1 -j MASQUERADE"],
             "filter": by_sport(IN_FWD, range(41500, 41507))}
    return scenario("ip-options-source-route-hops", counting(ct=True, nat=True, extra=extra), c,
                    {"net.ipv4.conf.all.accept_source_route": "1"},
                    "loose and strict source routes through fw: a hop that is fw's own address is passed at once "
                    "(the destination becomes it before FORWARD), a hop back out of eth0, a strict on-link hop; "
                    "TTL 1 still dies in ip_forward; with record route both slots get fw's address; two source "
                    "routes are malformed; MASQUERADE on the way out")


def ip_options_record_route():
    c = Cap()
    rr = b"\x07\x0b\x04" + b"\0" * 8 + b"\x00"
    c.add("left", optioned(L, R, rr, 41300))
    c.add("left", optioned(L, "10.0.1.1", rr, 41301))
    c.add("right", optioned(R, L, rr, 41302))
    c.add("left", optioned(L, "10.0.1.255", rr, 41303))
    full = b"\x07\x07\x08" + b"\x01\x02\x03\x04" + b"\x00"
    c.add("left", optioned(L, R, full, 41304))
    c.add("left", optioned(L, R, b"\x01\x00\x07\x07", 41305))          # after an end of list: zeroed
    chains = ("PREROUTING", "FORWARD", "POSTROUTING", "INPUT")
    extra = {"mangle": [f"-A {ch} -m u32 --u32 \"23={v}\"" for ch in chains for v in ("0x0", "0xa000101", "0xa000201")]
             + [f"-A {ch} -m u32 --u32 \"20>>8&0xFF={p}\"" for ch in chains for p in (4, 8)]
             + [f"-A {ch} -m u32 --u32 \"20=0x1000000\"" for ch in chains[:3]]}
    return scenario("ip-options-record-route", counting(extra=extra), c, {},
                    "record route: the input route's address is written when the options are parsed (after "
                    "PREROUTING: FORWARD and INPUT see it), the output device's over it when forwarded "
                    "(POSTROUTING); a full option only counts; what follows an end of list is zeroed")


def ip_options_timestamp():
    c = Cap()
    def ts(ptr, flags, body):
        return bytes([0x44, 4 + len(body), ptr, flags]) + body

    def addr(a):
        return bytes(map(int, a.split(".")))
    c.add("left", optioned(L, R, ts(5, 0x00, b"\0" * 8), 41400))                         # times only
    c.add("left", optioned(L, R, ts(5, 0x01, b"\0" * 16), 41401))                        # address and time
    prespec = addr("10.0.1.1") + b"\0" * 4 + addr("9.9.9.9") + b"\0" * 4
    c.add("left", optioned(L, R, ts(5, 0x03, prespec), 41402))                            # fw's address first
    c.add("left", optioned(L, R, ts(5, 0x03, addr("9.9.9.9") + b"\0" * 4), 41403))       # not ours: untouched
    c.add("left", optioned(L, R, ts(13, 0x20, b"\0" * 8), 41404))                        # full: overflow 2 -> 3
    c.add("left", optioned(L, R, ts(13, 0xF0, b"\0" * 8), 41405))                        # overflow 15: refused
    c.add("left", optioned(L, R, ts(5, 0x02, b"\0" * 8), 41406))                         # unknown flag
    c.add("left", optioned(L, "10.0.2.1", ts(5, 0x01, b"\0" * 16), 41407))
    ptrs = ("0x0500", "0x0900", "0x0501", "0x0d01", "0x1501", "0x0503", "0x0d03", "0x0d20", "0x0d30", "0x0502")
    extra = {"mangle": [f"-A {ch} -m u32 --u32 \"20&0xFFFF={v}\"" for ch in ("PREROUTING", "FORWARD", "INPUT")
                        for v in ptrs]
             + [f"-A {ch} -m u32 --u32 \"24={v}\"" for ch in IN_FWD[::-1] for v in ("0xa000101", "0xa000201")]}
    return scenario("ip-options-timestamp", counting(extra=extra), c, {},
                    "timestamp options: the pointer moves past the time (and the input route's address) it takes, "
                    "a prespecified address of fw's takes its time, another one is skipped; a full option counts "
                    "its overflow, which refuses the packet at 15")


def frag_options_ct():
    c = Cap()
    from scapy.layers.inet import IP, UDP
    from scapy.packet import Raw
    rr, bad = b"\x07\x07\x04" + b"\0" * 4 + b"\x00", b"\x07\x02\x04\x00"
    for i, dst in enumerate((R, "10.0.1.1")):
        body = bytes(IP(src=L, dst=dst) / UDP(sport=40310 + i, dport=53) / Raw(b"o" * 40))[20:]
        c.add("left", IP(src=L, dst=dst, id=1200 + i, flags=1, frag=0, proto=17, options=rr) / Raw(body[:24]))
        c.add("left", IP(src=L, dst=dst, id=1200 + i, frag=3, proto=17) / Raw(body[24:]))
        c.add("left", IP(src=L, dst=dst, id=1210 + i, flags=1, frag=0, proto=17) / Raw(body[:24]))
        c.add("left", IP(src=L, dst=dst, id=1210 + i, frag=3, proto=17, options=bad) / Raw(body[24:]))
    rules = counting(ct=True, extra={"mangle": [f"-A {ch} -m u32 --u32 \"23=0xa000101\"" for ch in IN_FWD]})
    return scenario("frag-options-ct", rules, c, {},
                    "fragments with options, conntrack on: the whole datagram takes the first fragment's header "
                    "(its options parsed once, after PREROUTING); a later fragment's options are dropped with its "
                    "header, even a malformed one")


def local_options_loop():
    c = Cap()
    rr = b"\x07\x07\x04" + b"\0" * 4 + b"\x00"
    lsrr = b"\x83\x07\x04" + bytes([10, 0, 1, 1]) + b"\x00"
    c.add("local1", optioned("10.0.2.1", "10.0.1.1", rr, 40280))
    c.add("local1", optioned("10.0.2.1", "10.0.1.1", lsrr, 40281))
    c.add("local1", optioned("10.0.2.1", R, rr, 40282))
    c.add("local1", optioned("10.0.2.1", "10.0.1.1", b"\x07\x02\x04\x00", 40283))     # malformed
    extra = {"mangle": [f"-A {ch} -m u32 --u32 \"23={v}\"" for ch in ("PREROUTING", "INPUT", "POSTROUTING")
                        for v in ("0x0", "0xa000101")]}
    return scenario("local-options-loop", counting(ct=True, extra=extra), c, {},
                    "fw's own packets with options: not parsed on the way out, but parsed when looped back through "
                    "lo (record route gets the destination, a source route or a malformed option dies after "
                    "PREROUTING)")


ALL = [ip_options_source_route_hops, ip_options_record_route, ip_options_timestamp, frag_options_ct,
       local_options_loop]
