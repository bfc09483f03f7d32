"""pyconntrack -I/-G/-U/-D/-L on entries made with -I, each expectation measured on conntrack 1.4.7
and Linux 6.18 (tests/kernel/ctmatrix2.py holds the same cases against the kernel, with traffic):
NAT given to -I, zones given to -I, reply tuples ctnetlink refuses, -G with a reply port but no
reply address, GRE keys (not compared by a dump's filter), -U's printing, `-L expect -o timestamp`."""
import pytest

from kernel import ours

PROG = "conntrack v1.4.7 (conntrack-tools)"


@pytest.fixture
def ct(tmp_path):
    state = str(tmp_path / "state")

    def run(*args):
        rc, out, err = ours.shared().run(["pyconntrack", *args], None, state)
        return rc, out.decode(), err.decode()
    return run


def _create(ct, line):
    rc, _, err = ct(*line.split())
    assert (rc, err) == (0, f"{PROG}: 1 flow entries have been created.\n"), err


def _save(ct, *filt):
    rc, out, _ = ct("-L", "-o", "save", *filt)
    assert rc == 0
    return sorted(line.split(" ", 4)[4] for line in out.splitlines())      # without -A -t N -u


def test_create_with_nat(ct):
    base = "-I -p tcp -d 2.2.2.2 --sport 1 --dport 2 -t 100 --state ESTABLISHED -s"
    _create(ct, base + " 1.1.2.1 --src-nat 3.3.3.3")
    _create(ct, base + " 1.1.2.2 --src-nat 3.3.3.3:77")
    _create(ct, base + " 1.1.2.3 --dst-nat 4.4.4.4")
    _create(ct, base + " 1.1.2.4 --dst-nat 4.4.4.4:80 --src-nat 3.3.3.3:90")
    _create(ct, "-I -p tcp -r 2.2.2.2 -q 1.1.3.2 --reply-port-src 1 --reply-port-dst 2 -t 100 --state ESTABLISHED "
                "--src-nat 3.3.3.3")
    _create(ct, "-I -p icmp -s 1.1.2.8 -d 2.2.2.2 --icmp-type 8 --icmp-code 0 --icmp-id 1 -t 100 --dst-nat 3.3.3.3:5")
    _create(ct, "-I -p 99 -s 1.1.2.9 -d 2.2.2.2 -t 100 --dst-nat 3.3.3.3")
    tcp = "--reply-port-src {} --reply-port-dst {} --state ESTABLISHED"
    assert _save(ct) == sorted([
        "UNSET -s 1.1.2.1 -d 2.2.2.2 -r 2.2.2.2 -n 3.3.3.3 -p tcp --sport 1 --dport 2 " + tcp.format(2, 1),
        "UNSET -s 1.1.2.2 -d 2.2.2.2 -r 2.2.2.2 -n 3.3.3.3 -p tcp --sport 1 --dport 2 " + tcp.format(2, 77),
        "UNSET -s 1.1.2.3 -d 2.2.2.2 -g 4.4.4.4 -q 1.1.2.3 -p tcp --sport 1 --dport 2 " + tcp.format(2, 1),
        "UNSET -s 1.1.2.4 -d 2.2.2.2 -g 4.4.4.4 -n 3.3.3.3 -p tcp --sport 1 --dport 2 " + tcp.format(80, 90),
        "UNSET -s 1.1.3.2 -d 2.2.2.2 -r 2.2.2.2 -n 3.3.3.3 -p tcp --sport 2 --dport 1 " + tcp.format(1, 2),
        "UNSET -s 1.1.2.8 -d 2.2.2.2 -g 3.3.3.3 -q 1.1.2.8 -p icmp --icmp-type 8 --icmp-code 0 --icmp-id 1",
        "UNSET -s 1.1.2.9 -d 2.2.2.2 -g 3.3.3.3 -q 1.1.2.9 -p 99"])
    # both NAT bits are done once either is asked (a null binding for the other): the ICMP entry,
    # whose reply id differs from its original type/code, counts as source-NATed too
    rc, out, err = ct("-L", "--src-nat")
    assert err == f"{PROG}: 5 flow entries have been shown.\n" and "src=1.1.2.8 " in out and "1.1.2.3" not in out
    rc, out, err = ct("-L", "--any-nat", "3.3.3.3")
    assert err == f"{PROG}: 6 flow entries have been shown.\n"
    # a NATed reply that is another entry's tuple: EEXIST at insertion
    _create(ct, "-I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 100")
    assert ct(*"-I -p udp -s 1.1.2.10 -d 2.2.2.2 --sport 1 --dport 2 -t 100 --src-nat 1.1.1.1:1".split()) == \
        (1, "", f"{PROG}: Operation failed: Such conntrack exists, try -U to update\n")


@pytest.mark.parametrize("zones,result", [
    ("--orig-zone 3", "--orig-zone 3"),
    ("--reply-zone 4", "--reply-zone 4"),
    ("--orig-zone 0 --reply-zone 4", "--reply-zone 4"),
    ("-w 0 --orig-zone 3", "--orig-zone 3"),
    ("--orig-zone 3 --reply-zone 3", None),
    ("-w 5 --reply-zone 4", None),
    ("-w 5 --orig-zone 0", None),
])
def test_create_zones(ct, zones, result):
    """ctnetlink: CTA_ZONE, then each tuple's zone, which is refused once the id is not 0."""
    argv = "-I -p udp -s 1.1.1.2 -d 2.2.2.2 --sport 1 --dport 2 -t 100 " + zones
    if result is None:
        assert ct(*argv.split()) == (1, "", f"{PROG}: Operation failed: invalid parameters\n")
        assert ct(*argv.replace("-I", "-A").split()) == (1, "", f"{PROG}: Operation failed: Invalid argument\n")
        assert ct("-C") == (0, "0\n", "")
        return
    _create(ct, argv)
    assert _save(ct) == [f"UNSET {result} -s 1.1.1.2 -d 2.2.2.2 -r 2.2.2.2 -q 1.1.1.2 -p udp --sport 1 --dport 2 "
                         "--reply-port-src 2 --reply-port-dst 1"]


@pytest.mark.parametrize("line", [
    "-I -p udp -s 1.1.3.1 -d 2.2.2.2 -r 2.2.2.2 -q 1.1.3.1 --sport 1 --dport 2 -t 100",
    "-I -p udp -s 1.1.3.2 -d 2.2.2.2 -r 2.2.2.2 --sport 1 --dport 2 -t 100",
    "-I -p tcp -s 1.1.3.4 -d 2.2.2.2 -r 2.2.2.2 --sport 1 --dport 2 -t 100 --state ESTABLISHED",
    "-I -p udplite -s 1.1.3.11 -d 2.2.2.2 -r 2.2.2.2 -q 1.1.3.11 --sport 1 --dport 2 -t 100",
    "-I -p gre -s 1.1.3.14 -d 2.2.2.2 -r 2.2.2.2 -q 1.1.3.14 --srckey 1 --dstkey 2 -t 100",
    "-I -p icmp -r 2.2.2.2 -q 1.1.3.10 --icmp-type 8 --icmp-code 0 --icmp-id 1 -t 100",
])
def test_create_reply_tuple_refused(ct, line):
    assert ct(*line.split()) == (1, "", f"{PROG}: Operation failed: invalid parameters\n")


def test_create_reply_tuple_accepted(ct):
    _create(ct, "-I -p udp -s 1.1.3.3 -d 2.2.2.2 -r 2.2.2.2 -q 1.1.3.3 --sport 1 --dport 2 --reply-port-src 2 -t 100")
    _create(ct, "-I -p 99 -s 1.1.3.13 -d 2.2.2.2 -r 2.2.2.2 -t 100")
    assert _save(ct) == ["UNSET -s 1.1.3.13 -d 2.2.2.2 -r 2.2.2.2 -q 0.0.0.0 -p 99",
                         "UNSET -s 1.1.3.3 -d 2.2.2.2 -r 2.2.2.2 -q 1.1.3.3 -p udp --sport 1 --dport 2 "
                         "--reply-port-src 2 --reply-port-dst 0"]


@pytest.mark.parametrize("args,err", [
    ("-p tcp --sport 1 --dport 2 --reply-port-src 2", "No data available"),
    ("-p tcp --sport 1 --dport 2 --reply-port-dst 1", "No data available"),
    ("-p tcp --sport 1 --dport 2 --reply-port-src 2 --state ESTABLISHED", "Success"),
    ("-p tcp --sport 1 --dport 9 --reply-port-src 2", "such conntrack doesn't exist"),
    ("-p udp --sport 1 --dport 2 --reply-port-src 7", "Success"),
    ("-p udp --sport 1 --dport 9 --reply-port-src 7", "Success"),
    ("-p sctp --sport 1 --dport 2 --reply-port-src 7", "Success"),
])
def test_get_reply_port_without_reply_address(ct, args, err):
    _create(ct, "-I -p tcp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 100 --state ESTABLISHED")
    _create(ct, "-I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 100")
    assert ct("-G", "-s", "1.1.1.1", "-d", "2.2.2.2", *args.split()) == (1, "", f"{PROG}: Operation failed: {err}\n")


def test_gre_keys_do_not_filter_a_dump(ct):
    _create(ct, "-I -p gre -s 1.1.1.5 -d 2.2.2.2 --srckey 1 --dstkey 2 -t 100")
    line = "gre      47 100 src=1.1.1.5 dst=2.2.2.2 srckey=0x1 dstkey=0x2 [UNREPLIED] src=2.2.2.2 dst=1.1.1.5 " \
           "srckey=0x2 dstkey=0x1 mark=0 use=1\n"
    for keys in ("--srckey 5", "--dstkey 5", "--reply-key-src 5", "--reply-key-dst 5", "--srckey 5 --dstkey 5"):
        assert ct("-L", "-p", "gre", *keys.split()) == (0, line, f"{PROG}: 1 flow entries have been shown.\n")
    assert ct(*"-G -p gre -s 1.1.1.5 -d 2.2.2.2 --srckey 7 --dstkey 2".split()) == \
        (1, "", f"{PROG}: Operation failed: such conntrack doesn't exist\n")
    rc, out, err = ct("-L", "-o", "xml")
    assert "<layer4 protonum=\"47\" protoname=\"gre\"><srckey>0x1</srckey><dstkey>0x2</dstkey></layer4>" in out
    assert "<layer4 protonum=\"47\" protoname=\"gre\"><srckey>0x2</srckey><dstkey>0x1</dstkey></layer4>" in out
    assert ct("-D", "-p", "gre", "--srckey", "7")[2] == f"{PROG}: 1 flow entries have been deleted.\n"


@pytest.mark.parametrize("n,printed", [(1, 1), (2, 1), (3, 1), (4, 2), (6, 2), (7, 3), (10, 4), (13, 5)])
def test_update_prints_every_other_of_a_third(ct, n, printed):
    """Measured with 1 to 30 entries: -U prints the 1st, 3rd, 5th... updated entry, ceil(n/3) of
    them, and counts them all; with -f ipv6 it updates nothing."""
    for i in range(1, n + 1):
        _create(ct, f"-I -p udp -s 1.1.1.3 -d 2.2.2.2 --sport {i} --dport 2 -t 100")
    rc, out, err = ct("-U", "-s", "1.1.1.3", "-m", "5")
    assert (rc, err, len(out.splitlines())) == (0, f"{PROG}: {n} flow entries have been updated.\n", printed)
    assert [line.split()[5] for line in out.splitlines()] == [f"sport={i}" for i in range(1, n + 1, 2)][:printed]
    assert ct("-U", "-f", "ipv6", "-m", "6") == (1, "", f"{PROG}: 0 flow entries have been updated.\n")


def test_expect_list_timestamp(monkeypatch, capsys):
    """`-L expect -o timestamp`: each line starts with the listing's time, `[%-8ld.%-6ld]\\t`
    (measured: `[1795695016.297360]\\t296 proto=17 ...`)."""
    from pyiptables.cli import conntrack as cli
    from pyiptables.conntrack import cmdline as C
    from pyiptables.conntrack import expect

    class Tr:
        now = 1795695016.05
    monkeypatch.setattr(expect, "listing", lambda tr, xml=False: ["296 proto=17 src=10.0.2.2"])
    assert cli._exp_command(C.parse_args(["-L", "expect", "-o", "timestamp"]), Tr(), None) == 1
    assert cli._exp_command(C.parse_args(["-L", "expect"]), Tr(), None) == 1
    assert capsys.readouterr().out == "[1795695016.50000 ]\t296 proto=17 src=10.0.2.2\n296 proto=17 src=10.0.2.2\n"
