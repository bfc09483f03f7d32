"""`iptables -L` (every flag combination) and the -v rule lines of -A/-I/-R/-D/-C, against
iptables-legacy in a fresh namespace (conftest.py): same exit status, stdout and stderr, byte for byte."""
from __future__ import annotations

import shlex

import pytest

# the base of the rule: addresses and names (/etc/hosts, /etc/networks), protocols by number
# and /etc/protocols name, fragments, interfaces, inversions, goto, counters of every size
BASE_SETUP = """
-N FOO
-N BAR
-N DOCKER-ISOLATION-STAGE-1
-A INPUT -j FOO
-A FORWARD -j FOO
-A INPUT -s 10.0.0.1 -d 192.168.1.0/24 -p tcp --dport 22 -j ACCEPT
-A INPUT ! -s 127.0.0.1 -p 47 -j DROP
-A INPUT -f -j DROP
-A INPUT ! -f -p udp -j RETURN
-A INPUT -i eth0 -p icmp
-A INPUT -s 1.2.3.0/255.0.255.0 -p 132 -g BAR
-A INPUT -s 127.0.0.0/8 -d 169.254.0.0/16 -p 2
-A INPUT -p 255
-A INPUT ! -p tcp
-A INPUT -p 143
-A INPUT -s 0.0.0.0/0.0.0.255 -d 127.0.0.1/32
-A FOO -s 0.0.0.0/1 -j DROP
-A FOO -d 10.1.2.3 -m tcp -p tcp --sport 80:90 --tcp-flags SYN,ACK SYN -j ACCEPT
-A FORWARD -j DOCKER-ISOLATION-STAGE-1 -i eth0+ ! -o verylongifname1 -p 50 -v
-A FORWARD -i eth0 -o eth1 -s 10.0.0.0/8 ! -d 1.2.3.4 -v -p tcp --dport 1:2
-A FORWARD -v
-A FORWARD -v -f -j ACCEPT
-A FORWARD -v ! -f -g FOO
-A FORWARD -v -s 1.2.3.4,5.6.7.8 -j DROP
-I FORWARD -v -p 143
-R FORWARD 1 -v -p 143
-D FORWARD -v -p 143
-C FORWARD -v -p 143
-C FORWARD -v -p 6
-A NOCHAIN -j ACCEPT -v
-A INPUT -j OUTPUT -v
-I INPUT 99 -v
-R INPUT 99 -v ! -p udp
-N CNT
-A CNT -c 0 0
-A CNT -c 99999 100000
-A CNT -c 100499 100500
-A CNT -c 999499 999500
-A CNT -c 9999499 9999500
-A CNT -c 10000000 99999999999
-A CNT -c 999999999999 9999999999999
-A CNT -c 99999999999999 999999999999999
-A CNT -c 9999999999999999 99999999999999999
-A CNT -c 999999999999999999 18446744073709551615
-A CNT -c 5 6 -j DOCKER-ISOLATION-STAGE-1 -s 10.0.0.1 -d 10.0.0.2 -i veryverylongif1 -o veryverylongif2
-A CNT ! -i e ! -o f ! -p udp ! -s 1.1.1.1 ! -d 2.2.2.2 -f -j ACCEPT -v
-A CNT ! -i e ! -o f ! -p udp ! -s 1.1.1.1 ! -d 2.2.2.2 ! -f -j ACCEPT -v
-A CNT -p tcp -s 0.0.0.0/32 -d 127.0.0.1/8
-A CNT -p tcp --syn ! --dport 0:65535 -m tcp --sport 0:1024
-P OUTPUT DROP -c 1 2
-P INPUT DROP -c 123456789 98765432109876
-t nat -N X
-t nat -A X -p tcp --dport 80
-t nat -A PREROUTING -j X
-t mangle -A INPUT -p all
"""

QUERIES = """
-L
-L -n
-L -v
-L -nv
-L -x
-L -vx
-L -nvx
-L --line-numbers
-L -nv --line-numbers
-L -vx --line-numbers
-L -n --line-numbers -x
-L FORWARD 2
-L FORWARD 2 -v
-L FORWARD 2 --line-numbers
-L FORWARD 20
-L FORWARD 0
-L NOPE
-L NOPE 1
-L FOO -n
-L CNT -v
-L CNT -vx
-L CNT --line-numbers -v
-L INPUT -v --line-numbers
-t nat -L
-t nat -L -v
-t nat -nvL
-t nat -L X 1 -v
-t mangle -nvL
-t raw -L
-t security -L -n
-L -Z FOO -v
-L FOO 1 -Z
-Z FOO 1 -L
-L -Z -v
-L -v
-L -vv FOO
--list FOO --numeric --verbose --exact --line-numbers
-L FORWARD 1 -S
-Lv FOO
-L INPUT -p tcp
-L -t nosuch
"""

# target and match columns of some common extensions (their own print() texts)
EXT_SETUP = """
-N EXT
-A EXT -p tcp -m multiport --dports 22,80,443 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
-A EXT -m state --state RELATED,ESTABLISHED -j ACCEPT
-A EXT -m comment --comment "a comment" -j LOG --log-prefix "pfx: " --log-level 6
-A EXT -p udp --dport 53 -j REJECT --reject-with icmp-port-unreachable
-A EXT -p tcp -j REJECT --reject-with tcp-reset
-A EXT -m limit --limit 5/min --limit-burst 10 -j LOG
-A EXT -m mark --mark 0x1/0xff -j MARK --set-xmark 0x2/0xff
-A EXT -m addrtype --dst-type LOCAL -j RETURN
-A EXT -p icmp --icmp-type echo-request -j ACCEPT
-A EXT -m iprange --src-range 10.0.0.1-10.0.0.9
-t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.5:80
-t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-t nat -A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
-t nat -A OUTPUT -p tcp --dport 80 -j REDIRECT --to-ports 3128
"""

EXT_QUERIES = """
-L EXT
-L EXT -n
-L EXT -nv
-t nat -L
-t nat -nvL
"""


def lines(text: str) -> list[list[str]]:
    return [shlex.split(l) for l in text.strip().splitlines() if l.strip()]


def play(side, setup, queries):
    return [side.run(["iptables", *argv]) for argv in lines(setup) + lines(queries)]


@pytest.mark.parametrize("setup,queries", [(BASE_SETUP, QUERIES), (EXT_SETUP, EXT_QUERIES)], ids=["base", "extensions"])
def test_listing_same_as_iptables_legacy(setup, queries, real, ours):
    want = play(real, setup, queries)
    got = play(ours, setup, queries)
    commands = lines(setup) + lines(queries)
    diffs = [(" ".join(c), w, g) for c, w, g in zip(commands, want, got) if w != g]
    assert not diffs, "\n".join(f"iptables {c}\n real: {w!r}\n ours: {g!r}" for c, w, g in diffs[:5])


def test_counts():
    from pyiptables.listing import count
    assert count(99999, False) == "99999 "
    assert count(100000, False) == " 100K "
    assert count(9999499, False) == "9999K "
    assert count(9999500, False) == "  10M "
    assert count(2 ** 64 - 1, False) == "   0K "      # C's uint64 wrap in (n + 500) / 1000
    assert count(123, True) == "     123 "
    assert count(123456789, False, width=False) == "123M "


def test_network_names(tmp_path, monkeypatch):
    """glibc pads a short /etc/networks number (`10` is 10.0.0.0); /etc/hosts wins over it."""
    from pyiptables import listing
    hosts, nets = tmp_path / "hosts", tmp_path / "networks"
    hosts.write_text("127.0.0.1 localhost\n127.0.0.0 lonet\n10.1.1.1 Host-A\n10.1.1.1 second\n")
    nets.write_text("loopback 127.0.0.0\ntennet 10\ntenone 10.1\nfull 10.2.3.4\n")
    monkeypatch.setattr(listing, "HOSTS", str(hosts))
    monkeypatch.setattr(listing, "NETWORKS", str(nets))
    listing._hosts.cache_clear()
    listing._networks.cache_clear()
    try:
        a = lambda s: int.from_bytes(bytes(map(int, s.split("."))), "big")
        assert listing.addr_text(a("127.0.0.0"), 0xFF000000, False) == "lonet/8"
        assert listing.addr_text(a("10.1.1.1"), 0xFFFFFFFF, False) == "Host-A"
        assert listing.addr_text(a("10.0.0.0"), 0xFF000000, False) == "tennet/8"
        assert listing.addr_text(a("10.1.0.0"), 0xFFFF0000, False) == "tenone/16"
        assert listing.addr_text(a("10.2.3.4"), 0xFFFFFFFF, False) == "full"
        assert listing.addr_text(a("0.0.0.10"), 0xFFFFFFFF, False) == "0.0.0.10"
        assert listing.addr_text(0, 0, False) == "anywhere"
        assert listing.addr_text(0, 0, True) == "0.0.0.0/0"
    finally:
        listing._hosts.cache_clear()
        listing._networks.cache_clear()
