"""Token buckets in kernel units (HZ=250): limit, hashlimit; recent lists."""
from pkt import match, par, tcp, udp


def run(f, times, pkt=None):
    return [f(pkt or tcp(), par(now=t)) for t in times]


def test_limit_burst_then_rate():
    f = match("-m limit --limit 10/sec --limit-burst 3")
    assert run(f, [0, 0, 0, 0]) == [True, True, True, False]
    assert run(f, [0.05, 0.1, 0.101]) == [False, True, False]      # one packet per 100 ms


def test_limit_state_survives_recompile():
    _, (m,) = match.__globals__["matches"]("-m limit --limit 1/sec --limit-burst 1")
    f = m.compile()
    assert f(tcp(), par(now=0)) and not f(tcp(), par(now=0.5))
    g = m.compile()                      # a new ruleset load keeps the credit in ext.state
    assert not g(tcp(), par(now=0.6)) and g(tcp(), par(now=1.0))


def test_hashlimit_per_source():
    f = match("-m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 2 --hashlimit-mode srcip "
              "--hashlimit-name t")
    st = {}
    a, b = tcp(src="10.0.0.1"), tcp(src="10.0.0.9")
    assert [f(a, par(0, state=st)) for _ in range(3)] == [True, True, False]
    assert f(b, par(0, state=st))                        # its own bucket
    assert f(a, par(1.0, state=st)) and not f(a, par(1.0, state=st))
    above = match("-m hashlimit --hashlimit-above 1/sec --hashlimit-burst 1 --hashlimit-name u")
    assert [above(a, par(0, state=st)) for _ in range(2)] == [False, True]


def test_hashlimit_bytes_bucket_and_burst():
    # 500 bytes are 32 chunks: a full bucket (one second) pays two, the 2 kB burst refills it
    # twice when it runs dry, and never again
    f = match("-m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 2kb --hashlimit-name b")
    st, p = {}, udp(data=b"x" * 472)
    assert [f(p, par(0, state=st)) for _ in range(7)] == [True] * 6 + [False]
    assert [f(p, par(1.0, state=st)) for _ in range(3)] == [True, True, False]
    above = match("-m hashlimit --hashlimit-above 4kb/s --hashlimit-mode dstport --hashlimit-name a")
    big = udp(data=b"x" * 972)
    assert [above(big, par(0, state=st)) for _ in range(5)] == [False] * 4 + [True]
    assert not above(udp(dport=123, data=b"x" * 972), par(0, state=st))     # its own bucket


def test_hashlimit_rate_match():
    f = match("-m hashlimit --hashlimit-upto 3/sec --hashlimit-burst 2 --hashlimit-rate-match --hashlimit-name r")
    st = {}
    assert [f(tcp(), par(0, state=st)) for _ in range(8)] == [True] * 5 + [False] * 3
    assert not f(tcp(), par(1.55, state=st))             # the last second was over the rate
    assert f(tcp(), par(3.05, state=st))                 # one packet in 1.5 s is under it


def test_hashlimit_esp_spi_is_the_port_key():
    from pyiptables.packet import Packet
    from pkt import ipv4
    f = match("-m hashlimit --hashlimit-upto 1/min --hashlimit-burst 1 --hashlimit-mode srcport,dstport "
              "--hashlimit-name s")
    st = {}

    def esp(spi):
        return Packet(ipv4(50, spi.to_bytes(4, "big") + bytes(8)))
    assert [f(esp(1), par(0, state=st)), f(esp(1), par(0, state=st)), f(esp(2), par(0, state=st))] == \
        [True, False, True]
    short = Packet(ipv4(50, b"\0\0"))
    p = par(0, state=st)
    assert not f(short, p) and p.hotdrop                 # no room for the "ports": hotdropped


def test_recent_set_and_check():
    st = {}
    setter = match("-m recent --set --name ssh")
    check = match("-m recent --update --seconds 10 --hitcount 3 --name ssh")
    p = tcp(src="192.0.2.7")
    assert not check(p, par(0, state=st))                # nothing recorded yet
    assert setter(p, par(0, state=st))
    # hits are counted before this packet's stamp is added; a --update that misses adds none
    assert not check(p, par(1, state=st))                # 1 stamp
    assert not check(p, par(2, state=st))                # still 1 stamp
    assert setter(p, par(2, state=st)) and setter(p, par(3, state=st))
    assert check(p, par(4, state=st))                    # 3 stamps within 10 s; the hit adds a 4th
    assert check(p, par(5, state=st))
    assert not check(p, par(30, state=st))               # all older than 10 s
    rm = match("-m recent --remove --name ssh")
    assert rm(p, par(31, state=st)) and not rm(p, par(31, state=st))
