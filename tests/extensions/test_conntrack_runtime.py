from pkt import match, par, tcp
from pyiptables.conntrack.conn import IPS_CONFIRMED, IPS_DST_NAT, IPS_SEEN_REPLY, Conn, pack
from pyiptables.packet import aton

A, B = aton("10.0.0.1"), aton("10.0.0.2")


def conn(status=IPS_CONFIRMED):
    c = Conn(pack(A, B, 6, 1000, 80), pack(B, A, 6, 80, 1000))
    c.status = status
    c.timeout = 100.0
    return c


def with_ct(p, ct, ctinfo):
    p.ct, p.ctinfo = ct, ctinfo
    return p


def test_states():
    f = match("-m conntrack --ctstate NEW")
    assert f(with_ct(tcp(), conn(), 2), par())
    assert not f(with_ct(tcp(), conn(), 0), par())
    est = match("-m state --state ESTABLISHED")
    assert est(with_ct(tcp(), conn(), 3), par())             # ESTABLISHED_REPLY
    inv = match("-m conntrack --ctstate INVALID")
    assert inv(tcp(), par())                                 # no entry at all
    unt = match("-m conntrack --ctstate UNTRACKED")
    p = tcp()
    p.nfct_untracked, p.ctinfo = True, 7
    assert unt(p, par()) and not inv(p, par())


def test_nat_bits_and_no_entry():
    f = match("-m conntrack --ctstate DNAT")
    assert f(with_ct(tcp(), conn(IPS_CONFIRMED | IPS_DST_NAT), 0), par())
    assert not f(with_ct(tcp(), conn(), 0), par())
    # without a state option an untracked/invalid packet never matches, inverted or not
    assert not match("-m conntrack ! --ctproto 17")(tcp(), par())


def test_tuples_ports_dir_status_expire():
    c = conn(IPS_CONFIRMED | IPS_SEEN_REPLY)
    p = with_ct(tcp(), c, 0)
    assert match("-m conntrack --ctorigsrc 10.0.0.0/24 --ctreplsrc 10.0.0.2")(p, par())
    assert not match("-m conntrack ! --ctorigdst 10.0.0.2")(p, par())
    assert match("-m conntrack --ctproto tcp --ctorigdstport 80 --ctrepldstport 1000:2000")(p, par())
    assert match("-m conntrack --ctdir ORIGINAL")(p, par())
    assert not match("-m conntrack --ctdir REPLY")(p, par())
    assert match("-m conntrack --ctstatus SEEN_REPLY")(p, par())
    assert not match("-m conntrack --ctstatus NONE")(p, par())     # the kernel's !!(0 & status)
    assert match("-m conntrack --ctexpire 30:40")(p, par(now=65.0))   # 35 s left
    assert not match("-m conntrack --ctexpire 30:40")(p, par(now=10.0))


def test_expire_of_an_unconfirmed_entry_is_zero():
    # ct->timeout is still relative before confirmation; nf_ct_expires() clamps timeout - jiffies to 0
    c = conn(0)
    c.timeout = 120.0
    p = with_ct(tcp(), c, 2)
    assert match("-m conntrack --ctexpire 0")(p, par(now=5.0))
    assert not match("-m conntrack --ctexpire 100:200")(p, par(now=5.0))
