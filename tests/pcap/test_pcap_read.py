"""iter_frames over every capture format and link type we read, cross-checked with scapy where it writes them."""
from __future__ import annotations

import io
import sys
from decimal import Decimal
from fractions import Fraction

import pytest
from scapy.layers.inet import ICMP, IP, TCP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import ARP, CookedLinux, CookedLinuxV2, Dot1Q, Ether
from scapy.utils import PcapNgWriter, PcapWriter, RawPcapReader

import capbuild as cb
from pyiptables import l2
from pyiptables.pcap import Frame, iter_frames

T0 = 1_700_000_000


def frames(path, **kw):
    return list(iter_frames(str(path), **kw))


def scapy_packets():
    pk = [
        Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(src="10.0.0.1", dst="10.0.0.2") / TCP(sport=1234, dport=80, flags="S"),
        Ether(src="02:00:00:00:00:02", dst="02:00:00:00:00:01") / IP(src="10.0.0.2", dst="10.0.0.1") / UDP(sport=53, dport=5353) / (b"x" * 300),
        Ether(src="02:00:00:00:00:03", dst="ff:ff:ff:ff:ff:ff") / ARP(psrc="10.0.0.3", pdst="10.0.0.1"),
        Ether(src="02:00:00:00:00:04", dst="33:33:00:00:00:01") / IPv6() / UDP(),
        Ether(src="02:00:00:00:00:05", dst="02:00:00:00:00:06") / IP(src="192.168.1.1", dst="8.8.8.8") / ICMP(id=77),
    ]
    for i, p in enumerate(pk):
        p.time = T0 + i + Decimal("0.123456")
    return pk


@pytest.mark.parametrize("endianness", ["<", ">"])
@pytest.mark.parametrize("nano", [False, True])
def test_pcap_ethernet_matches_scapy(tmp_path, endianness, nano):
    path = tmp_path / "x.pcap"
    pk = scapy_packets()
    with PcapWriter(str(path), endianness=endianness, nano=nano) as w:
        for p in pk:
            w.write(p)
    got = frames(path)
    ref = list(RawPcapReader(str(path)))
    assert [f.no for f in got] == [1, 2, 3, 4, 5]
    assert all(type(f) is Frame for f in got)
    assert [f.ethertype for f in got] == [0x0800, 0x0800, 0x0806, 0x86DD, 0x0800]
    for f, p, (raw, meta) in zip(got, pk, ref):
        assert f.ip == raw[14:] == bytes(p.payload)
        assert f.l2src == bytes.fromhex(p.src.replace(":", ""))
        assert f.l2dst == bytes.fromhex(p.dst.replace(":", ""))
        assert f.ts == pytest.approx(float(p.time), abs=1e-9)
        assert f.wirelen == meta.wirelen == len(raw)
        assert f.ifname is None and f.ifindex is None and f.pkttype is None and f.vlan is None


@pytest.mark.parametrize("bo", ["<", ">"])
def test_pcap_timestamps_exact(tmp_path, bo):
    data = cb.ether(cb.ipv4())
    path = tmp_path / "t.pcap"
    path.write_bytes(cb.pcap([(T0, 999999, data), (T0 + 1, 1, data)], bo=bo))
    assert [f.ts for f in frames(path)] == [float(Fraction(T0 * 10**6 + 999999, 10**6)),
                                            float(Fraction((T0 + 1) * 10**6 + 1, 10**6))]
    path.write_bytes(cb.pcap([(T0, 999999999, data), (T0, 1, data)], bo=bo, nano=True))
    assert [f.ts for f in frames(path)] == [float(Fraction(T0 * 10**9 + 999999999, 10**9)),
                                            float(Fraction(T0 * 10**9 + 1, 10**9))]


@pytest.mark.parametrize("bo", ["<", ">"])
def test_pcap_modified_magic(tmp_path, bo):
    path = tmp_path / "m.pcap"
    ip = cb.ipv4()
    path.write_bytes(cb.pcap([(T0, 5, cb.ether(ip)), (T0, 6, cb.ether(ip))], bo=bo, modified=True))
    got = frames(path)
    assert [(f.no, f.ip, f.ethertype) for f in got] == [(1, ip, 0x0800), (2, ip, 0x0800)]


def test_vlan_tags(tmp_path):
    ip = cb.ipv4()
    pk = [Ether() / Dot1Q(vlan=42, prio=5) / IP(bytes(ip)),
          Ether(type=0x88A8) / Dot1Q(vlan=100, type=0x8100) / Dot1Q(vlan=7) / IP(bytes(ip)),
          Ether() / Dot1Q(vlan=9) / ARP()]
    path = tmp_path / "vlan.pcap"
    with PcapWriter(str(path)) as w:
        for p in pk:
            w.write(p)
    a, b, c = frames(path)
    assert (a.vlan, a.ethertype, a.ip) == (42, 0x0800, ip)
    assert (b.vlan, b.ethertype, b.ip) == (100, 0x0800, ip)   # outermost VID, innermost ethertype
    assert (c.vlan, c.ethertype) == (9, 0x0806)
    path.write_bytes(cb.pcap([(T0, 0, cb.ether(b"", 0x0800, tags=[(0x9100, 5)])[:-2] + b"\x81\x00")]))
    (d,) = frames(path)  # a tag cut short by the frame's end
    assert (d.vlan, d.ethertype, d.ip) == (5, 0, b"")


def test_ethernet_8023_and_runts(tmp_path):
    llc = cb.MAC2 + cb.MAC1 + b"\x00\x26" + b"\x42\x42\x03" + bytes(43)
    ipx = cb.MAC2 + cb.MAC1 + b"\x00\x26" + b"\xff\xff" + bytes(44)
    path = tmp_path / "llc.pcap"
    path.write_bytes(cb.pcap([(T0, 0, llc), (T0, 0, ipx), (T0, 0, cb.MAC2 + cb.MAC1)]))
    a, b, c = frames(path)
    assert (a.ethertype, b.ethertype) == (l2.ETH_P_802_2, l2.ETH_P_802_3)
    assert (c.ethertype, c.ip, c.l2src, c.wirelen) == (0, b"", b"", 12)


@pytest.mark.parametrize("linktype", [101, 228])
def test_raw_ip(tmp_path, linktype):
    ip = cb.ipv4()
    v6 = bytes(IPv6() / UDP())
    path = tmp_path / "raw.pcap"
    recs = [(T0, 1, ip)] + ([(T0, 2, v6), (T0, 3, b"")] if linktype == 101 else [])
    path.write_bytes(cb.pcap(recs, linktype=linktype))
    got = frames(path)
    assert (got[0].ethertype, got[0].ip, got[0].l2src, got[0].l2dst) == (0x0800, ip, b"", b"")
    if linktype == 101:
        assert [(f.ethertype, f.ip) for f in got[1:]] == [(0x86DD, v6), (0, b"")]


def test_linux_sll(tmp_path):
    pk = [CookedLinux(pkttype=0, lladdrtype=1, lladdrlen=6, src=cb.MAC1 + b"\0\0", proto=0x0800) / IP(bytes(cb.ipv4())),
          CookedLinux(pkttype=4, lladdrtype=1, lladdrlen=6, src=cb.MAC2 + b"\0\0", proto=0x0806) / ARP(),
          CookedLinux(pkttype=1, lladdrtype=772, lladdrlen=0, proto=0x86DD) / IPv6()]
    path = tmp_path / "sll.pcap"
    with PcapWriter(str(path)) as w:
        for p in pk:
            w.write(p)
    assert RawPcapReader(str(path)).linktype == 113
    a, b, c = frames(path)
    assert (a.pkttype, a.l2src, a.l2dst, a.ethertype, a.ip) == (0, cb.MAC1, b"", 0x0800, cb.ipv4())
    assert (b.pkttype, b.l2src, b.ethertype) == (4, cb.MAC2, 0x0806)
    assert (c.pkttype, c.l2src, c.ethertype, c.ip) == (1, b"", 0x86DD, bytes(pk[2].payload))
    # libpcap puts a VLAN tag the kernel stripped back after the SLL header
    tagged = cb.sll(b"\x00\x2a\x08\x00" + cb.ipv4(), protocol=0x8100)
    path.write_bytes(cb.pcap([(T0, 0, tagged), (T0, 0, cb.sll(b"")[:10])], linktype=113))
    d, runt = frames(path)
    assert (d.vlan, d.ethertype, d.ip) == (42, 0x0800, cb.ipv4())
    assert (runt.ethertype, runt.ip) == (0, b"")


def test_linux_sll2(tmp_path):
    ip = cb.ipv4()
    pk = [CookedLinuxV2(proto=0x0800, ifindex=7, lladdrtype=1, pkttype=4, lladdrlen=6, src=cb.MAC1 + b"\0\0") / IP(bytes(ip)),
          CookedLinuxV2(proto=0x0806, ifindex=2, lladdrtype=1, pkttype=0, lladdrlen=6, src=cb.MAC2 + b"\0\0") / ARP()]
    path = tmp_path / "sll2.pcap"
    with PcapWriter(str(path)) as w:
        for p in pk:
            w.write(p)
    assert RawPcapReader(str(path)).linktype == 276
    a, b = frames(path)
    assert (a.ifindex, a.pkttype, a.l2src, a.l2dst, a.ethertype, a.ip) == (7, 4, cb.MAC1, b"", 0x0800, ip)
    assert (b.ifindex, b.pkttype, b.l2src, b.ethertype) == (2, 0, cb.MAC2, 0x0806)
    path.write_bytes(cb.pcap([(T0, 0, cb.sll2(b"\x20\x05\x08\x00" + ip, protocol=0x8100, ifindex=4))], linktype=276))
    (c,) = frames(path)
    assert (c.ifindex, c.vlan, c.ethertype, c.ip) == (4, 5, 0x0800, ip)


@pytest.mark.parametrize("order", ["little", "big"])
def test_null_and_loop(tmp_path, order):
    ip = cb.ipv4()
    path = tmp_path / "null.pcap"
    path.write_bytes(cb.pcap([(T0, 0, (2).to_bytes(4, order) + ip), (T0, 0, (30).to_bytes(4, order) + b"\x60"),
                              (T0, 0, (99).to_bytes(4, order)), (T0, 0, b"\x02")], linktype=0))
    got = frames(path)
    assert [(f.ethertype, f.ip) for f in got] == [(0x0800, ip), (0x86DD, b"\x60"), (0, b""), (0, b"")]
    path.write_bytes(cb.pcap([(T0, 0, (2).to_bytes(4, "big") + ip)], linktype=108))
    assert [(f.ethertype, f.ip) for f in frames(path)] == [(0x0800, ip)]


def test_pcapng_scapy_two_named_interfaces(tmp_path):
    pk = scapy_packets()
    for i, p in enumerate(pk):
        p.sniffed_on = "eth0" if i % 2 == 0 else "wlan1"
    path = tmp_path / "x.pcapng"
    with PcapNgWriter(str(path)) as w:
        for p in pk:
            w.write(p)
    got = frames(path)
    assert [f.ifname for f in got] == ["eth0", "wlan1", "eth0", "wlan1", "eth0"]
    assert [f.no for f in got] == [1, 2, 3, 4, 5]
    for f, p in zip(got, pk):
        assert f.ip == bytes(p.payload)
        assert f.ts == pytest.approx(float(p.time), abs=1e-6)


@pytest.mark.parametrize("bo", ["<", ">"])
def test_pcapng_interfaces_linktypes_resolutions(tmp_path, bo):
    ip, ip2 = cb.ipv4(), cb.ipv4(proto=6, payload=bytes(20))
    t = (T0 * 10**6 + 250_000)
    data = b"".join([
        cb.shb(bo),
        cb.idb(1, bo, name="eth0"),                                   # default 10^-6
        cb.idb(276, bo, name="any", tsresol=9, snaplen=128),          # 10^-9
        cb.idb(101, bo, tsresol=0x80 | 10, tsoffset=-3600),           # 2^-10, one hour back
        cb.block(4, b"\0\0\0\0", bo),                                 # name resolution: skipped
        cb.epb(0, t, cb.ether(ip), bo),
        cb.epb(1, t * 1000 + 1, cb.sll2(ip2, ifindex=5, pkttype=0), bo, options=b"\x01\x00\x01\x00x\0\0\0\0\0\0\0"),
        cb.block(5, bytes(12), bo),                                   # interface statistics: skipped
        cb.epb(2, (T0 << 10) + 512, ip, bo),
        cb.pb(0, t + 1, cb.ether(ip2), bo),
        cb.spb(cb.ether(ip), bo),
    ])
    path = tmp_path / "multi.pcapng"
    path.write_bytes(data)
    got = frames(path)
    assert [(f.no, f.ifname) for f in got] == [(1, "eth0"), (2, "any"), (3, None), (4, "eth0"), (5, "eth0")]
    assert [f.ip for f in got] == [ip, ip2, ip, ip2, ip]
    assert got[0].ts == (T0 * 10**6 + 250_000) / 10**6
    assert got[1].ts == ((T0 * 10**6 + 250_000) * 1000 + 1) / 10**9
    assert (got[1].ifindex, got[1].pkttype, got[1].l2src) == (5, 0, cb.MAC1)
    assert got[2].ts == T0 + 0.5 - 3600
    assert got[3].ts == (t + 1) / 10**6
    assert got[4].ts == got[3].ts            # a simple packet block has no time of its own
    assert got[0].l2src == cb.MAC1 and got[0].l2dst == cb.MAC2


def test_pcapng_sections_reset_interfaces_and_byte_order(tmp_path):
    ip = cb.ipv4()
    data = (cb.shb("<") + cb.idb(1, "<", name="a") + cb.epb(0, 1, cb.ether(ip), "<")
            + cb.shb(">") + cb.idb(101, ">", name="b") + cb.epb(0, 2, ip, ">"))
    path = tmp_path / "sections.pcapng"
    path.write_bytes(data)
    got = frames(path)
    assert [(f.no, f.ifname, f.ip, f.ts) for f in got] == [(1, "a", ip, 1e-6), (2, "b", ip, 2e-6)]


def test_pcapng_spb_snaplen(tmp_path):
    frame = cb.ether(cb.ipv4(payload=bytes(100)))
    data = cb.shb() + cb.idb(1, snaplen=40) + cb.spb(frame[:40], wirelen=len(frame))
    path = tmp_path / "spb.pcapng"
    path.write_bytes(data)
    (f,) = frames(path)
    assert (f.ip, f.wirelen, f.ts) == (frame[14:40], len(frame), 0.0)


def _capture(n=300):
    ips = [cb.ipv4(payload=bytes(i % 50)) for i in range(7)]
    return [(T0 + i, i, cb.ether(ips[i % 7])) for i in range(n)]


@pytest.mark.parametrize("chunk", [1, 3, 16, 17, 100, 4096])
def test_chunk_boundaries_do_not_matter(tmp_path, chunk):
    recs = _capture()
    path = tmp_path / "c.pcap"
    path.write_bytes(cb.pcap(recs))
    got = [(f.no, f.ts, f.ip, f.l2src) for f in iter_frames(str(path), chunk=chunk)]
    assert got == [(i + 1, s + f / 10**6, d[14:], d[6:12]) for i, (s, f, d) in enumerate(recs)]
    ng = tmp_path / "c.pcapng"
    ng.write_bytes(cb.shb() + cb.idb(1) + b"".join(cb.epb(0, s * 10**6 + f, d) for s, f, d in recs))
    assert [(f.no, f.ts, f.ip, f.l2src) for f in iter_frames(str(ng), chunk=chunk)] == got


def test_record_larger_than_chunk(tmp_path):
    big = cb.ether(cb.ipv4(payload=bytes(60000)))
    path = tmp_path / "big.pcap"
    path.write_bytes(cb.pcap([(T0, 0, big), (T0, 1, big[:100])]))
    assert [len(f.ip) for f in iter_frames(str(path), chunk=1000)] == [len(big) - 14, 86]


def test_file_object_stdin_and_pathlike(tmp_path, monkeypatch):
    recs = _capture(20)
    raw = cb.pcap(recs)
    path = tmp_path / "s.pcap"
    path.write_bytes(raw)
    want = [f.ip for f in iter_frames(path)]          # os.PathLike
    assert len(want) == 20
    assert [f.ip for f in iter_frames(io.BytesIO(raw))] == want

    class Stdin:
        buffer = io.BufferedReader(io.BytesIO(raw), buffer_size=7)
    monkeypatch.setattr(sys, "stdin", Stdin)
    assert [f.ip for f in iter_frames("-")] == want


def test_stdin_pipe(tmp_path):
    import subprocess
    path = tmp_path / "p.pcapng"
    path.write_bytes(cb.shb() + cb.idb(1, name="eth9") + b"".join(cb.epb(0, i, cb.ether(cb.ipv4())) for i in range(50)))
    code = "from pyiptables.pcap import iter_frames; print(sum(1 for f in iter_frames('-') if f.ifname == 'eth9'))"
    with open(path, "rb") as f:
        out = subprocess.run([sys.executable, "-c", code], stdin=f, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "50"


def test_empty_capture_with_header_only(tmp_path):
    path = tmp_path / "h.pcap"
    path.write_bytes(cb.pcap_header())
    assert frames(path) == []
    path.write_bytes(cb.shb() + cb.idb(1))
    assert frames(path) == []


def test_memory_does_not_grow_with_capture(tmp_path):
    import tracemalloc
    path = tmp_path / "long.pcap"
    one = cb.pcap_record(cb.ether(cb.ipv4(payload=bytes(400))), T0, 0)
    with open(path, "wb") as f:
        f.write(cb.pcap_header())
        for _ in range(40):
            f.write(one * 1000)                       # 40k frames, ~18 MB
    tracemalloc.start()
    try:
        n = 0
        for _ in iter_frames(str(path)):
            n += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 40000
    assert peak < 2 << 20, peak


def test_reader_path_imports_no_scapy():
    import subprocess
    code = ("import sys, pyiptables.pcap, pyiptables.frames; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scapy', 'rich')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
