"""Runtime semantics of owner (a root socket for the host's own packets, none for others),
statistic and string."""
from __future__ import annotations

from rtpkt import compiled, ip, matches, packet, tcp, udp

from pyiptables.xtables import LOCAL_OUT


def out(rule):
    return compiled(rule, chain="OUTPUT")


def test_owner_without_socket_matches_only_fully_inverted_rules():
    p = packet(ip(6, tcp()))
    assert not out("-m owner --uid-owner 0")(p)
    assert not out("-m owner --socket-exists")(p)
    assert out("-m owner ! --socket-exists")(p)
    assert out("-m owner ! --uid-owner 0")(p)
    assert out("-m owner ! --uid-owner 0 ! --gid-owner 0")(p)
    assert not out("-m owner ! --uid-owner 0 --gid-owner 0")(p)
    # --suppl-groups is never inverted, so it keeps (match ^ invert) non-zero
    assert not out("-m owner ! --gid-owner 0 --suppl-groups")(p)


def test_owner_of_the_hosts_own_packets_is_a_root_socket():
    p = packet(ip(6, tcp()), local_origin=True)
    assert out("-m owner --uid-owner 0")(p)
    assert out("-m owner --socket-exists")(p)
    assert not out("-m owner ! --socket-exists")(p)
    assert not out("-m owner ! --uid-owner 0")(p)
    assert out("-m owner --uid-owner 0-5 --gid-owner 0")(p)
    assert not out("-m owner --uid-owner 1-100")(p)
    assert out("-m owner ! --uid-owner 1000 ! --gid-owner 7")(p)
    assert out("-m owner --gid-owner 0 --suppl-groups")(p)
    assert not out("-m owner --gid-owner 1 --suppl-groups")(p)     # a root process without supplementary groups
    assert not out("-m owner --socket-exists ! --uid-owner 0")(p)


def _run(m, n):
    p = packet(ip())
    return [m(p) for _ in range(n)]


def test_statistic_nth():
    (ext,) = matches("-m statistic --mode nth --every 3 --packet 0")
    ext.check_entry("filter", 0, None)
    f = ext.compile()
    assert [f(None, None) for _ in range(7)] == [True, False, False, True, False, False, True]
    (ext,) = matches("-m statistic --mode nth --every 3 --packet 2")
    ext.check_entry("filter", 0, None)
    f = ext.compile()
    assert [f(None, None) for _ in range(6)] == [False, False, True, False, False, True]


def test_statistic_nth_counter_survives_recompile_but_not_table_load():
    (ext,) = matches("-m statistic --mode nth ! --every 2 --packet 0")
    ext.check_entry("filter", 0, None)
    f = ext.compile()
    assert [f(None, None) for _ in range(3)] == [False, True, False]
    f = ext.compile()                       # a new replay: the kernel's counter went on
    assert f(None, None) is True
    ext.check_entry("filter", 0, None)      # iptables replaced the table: counter restarts
    f = ext.compile()
    assert f(None, None) is False


def test_statistic_random_extremes():
    assert all(_run(compiled("-m statistic --mode random --probability 1"), 50))
    assert not any(_run(compiled("-m statistic --mode random --probability 0"), 50))
    assert all(_run(compiled("-m statistic --mode random ! --probability 0"), 50))
    hits = sum(_run(compiled("-m statistic --mode random --probability 0.5"), 2000))
    assert 800 < hits < 1200


def test_string_window_counts_from_ip_header():
    p = packet(ip(17, udp(data=b"xxGETyy")))     # payload starts at 28; GET at 30..32
    assert compiled("-m string --string GET --algo bm")(p)
    assert compiled("-m string --string GET --algo kmp --from 30 --to 33")(p)
    assert not compiled("-m string --string GET --algo kmp --from 31")(p)
    assert not compiled("-m string --string GET --algo bm --to 32")(p)   # must fit before `to`
    assert compiled("-m string ! --string POST --algo bm")(p)
    # the IP header itself is searched too (10.0.0.1 as bytes)
    assert compiled('-m string --hex-string "|0a000001|" --algo bm')(p)


def test_string_icase_uses_kernel_toupper():
    p = packet(ip(17, udp(data=b"host: Example.COM")))
    assert compiled("-m string --string example.com --algo bm --icase")(p)
    assert not compiled("-m string --string example.com --algo bm")(p)
    # ISO-8859-1 letters fold too (0xe9 -> 0xc9), as the kernel's ctype table says
    q = packet(ip(17, udp(data=b"caf\xe9")))
    assert compiled('-m string --hex-string "CAF|c9|" --algo kmp --icase')(q)
