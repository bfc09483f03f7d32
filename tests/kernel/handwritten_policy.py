"""Hand-written scenarios of policy routing: marks set in mangle choose the table (and so the side
a packet leaves by) through `ip rule`; their folders are written by `python -m tests.kernel.handwritten`."""
from __future__ import annotations

from .capture import Cap, Scenario

MANGLE = ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING")
FILTER = ("INPUT", "FORWARD", "OUTPUT")
# table 100 leaves by the left wire; main's default by the right one
TABLE_100 = "route add default via 10.0.1.2 dev eth0 table 100"


def _table(name, chains, rules):
    return "\n".join([f"*{name}"] + [f":{c} ACCEPT [0:0]" for c in chains] + list(rules) + ["COMMIT"]) + "\n"


def policy_routing_prerouting():
    rules = _table("mangle", MANGLE, [
        "-A PREROUTING -i eth1 -j CONNMARK --restore-mark",
        "-A PREROUTING -i eth1 -p tcp -m tcp --dport 80 -j MARK --set-xmark 0x1/0xffffffff",
        "-A PREROUTING -i eth1 -p udp -m udp --dport 53 -j MARK --set-xmark 0x2/0xffffffff",
        "-A PREROUTING -i eth1 -p udp -m udp --dport 123 -j MARK --set-xmark 0x3/0xffffffff",
        "-A PREROUTING -i eth1 -p tcp -m tcp --dport 8080 -j MARK --set-xmark 0x4/0xffffffff",
        "-A PREROUTING -m mark --mark 0x1 -j CONNMARK --save-mark",
        "-A FORWARD -o eth0",
        "-A FORWARD -o eth1",
        "-A POSTROUTING -o eth0",
        "-A POSTROUTING -o eth1",
    ]) + _table("filter", FILTER, [
        "-A FORWARD -i eth1 -o eth0 -j ACCEPT",
        "-A FORWARD -i eth0 -o eth1 -j ACCEPT",
        "-A FORWARD -i eth1 -o eth1 -j ACCEPT",
        "-A FORWARD -i eth0 -o eth0 -j ACCEPT",
    ])
    ip = [TABLE_100,
          "rule add fwmark 1 iif eth1 table 100",
          "rule add fwmark 2 prohibit",
          "rule add fwmark 3 blackhole",
          "rule add pref 100 fwmark 4 goto 110",
          "rule add pref 105 fwmark 4 unreachable",
          "rule add pref 110 fwmark 4 lookup 100",
          "rule add pref 1000 from 203.0.113.0/24 iif eth1 table 100",
          "rule add to 198.18.5.0/24 unreachable"]
    c = Cap()
    c.tcp("right", "left", "198.51.100.7", "93.184.216.34", 41000, 80)      # mark 1: table 100, out left
    c.tcp("right", "right", "198.51.100.7", "93.184.216.34", 41001, 443)    # no mark: main, back out right
    c.udp("right", "left", "198.51.100.7", "8.8.8.8", 41002, 53, resp=None)     # prohibit
    c.udp("right", "left", "198.51.100.7", "8.8.8.8", 41003, 123, resp=None)    # blackhole
    c.tcp("right", "left", "198.51.100.7", "93.184.216.34", 41004, 8080, close=None)  # goto over unreachable
    c.ping("right", "left", "203.0.113.9", "1.1.1.1", 7)                     # by source
    c.ping("left", "right", "192.168.1.20", "198.18.5.5", 8, reply=False)   # unreachable destination
    c.ping("left", "right", "192.168.1.20", "1.1.1.1", 9)
    return Scenario("policy-routing-prerouting", rules, c.frames, ip=ip, frames_out=True, about=(
        "ip rules choose the route of forwarded packets by the mark mangle PREROUTING set (CONNMARK "
        "keeps it for the connection), by source and input device, with goto over an unreachable rule; "
        "prohibit, blackhole and unreachable rules drop before FORWARD"))


def policy_routing_output():
    rules = _table("mangle", MANGLE, [
        "-A PREROUTING -p icmp -j MARK --set-xmark 0x7/0xffffffff",
        "-A OUTPUT -p udp -m udp --dport 53 -j MARK --set-xmark 0x1/0xffffffff",
        "-A OUTPUT -p tcp -m tcp --dport 443 -j MARK --set-xmark 0x7/0xffffffff",
        "-A POSTROUTING -o eth0",
        "-A POSTROUTING -o eth1",
    ]) + _table("filter", FILTER, [
        "-A OUTPUT -o eth0",
        "-A OUTPUT -o eth1",
        "-A FORWARD -o eth0",
        "-A FORWARD -o eth1",
    ])
    ip = [TABLE_100, "rule add fwmark 1 table 100", "rule add pref 10 iif lo fwmark 7 table 100"]
    c = Cap()
    c.udp("local1", "left", "10.0.2.1", "8.8.8.8", 50000, 53)            # rerouted to table 100
    c.tcp("local1", "left", "10.0.2.1", "93.184.216.34", 50001, 443)     # iif lo: output only
    c.tcp("local1", "right", "10.0.2.1", "93.184.216.34", 50002, 80)
    c.ping("right", "right", "198.51.100.7", "1.1.1.1", 5)               # mark 7, but not from lo
    return Scenario("policy-routing-output", rules, c.frames, ip=ip, frames_out=True, about=(
        "A mark set in mangle OUTPUT reroutes fw's own packets through ip rules (ip_route_me_harder): "
        "they leave by the other side, while filter OUTPUT still saw the first route's device; an "
        "`iif lo` rule matches only what fw sends itself"))


def policy_routing_rp_filter():
    rules = _table("mangle", MANGLE, [
        "-A PREROUTING -i eth0 -s 198.51.100.7/32 -j MARK --set-xmark 0x1/0xffffffff",
        "-A PREROUTING -i eth0",
        "-A INPUT -i eth0",
        "-A FORWARD -o eth0",
        "-A FORWARD -o eth1",
    ]) + _table("filter", FILTER, [
        "-A INPUT -p icmp",
        "-A FORWARD -i eth0 -o eth1 -j ACCEPT",
        "-A FORWARD -i eth1 -o eth0 -j ACCEPT",
    ])
    ip = [TABLE_100,
          "rule add fwmark 1 iif eth1 table 100",                 # only the reversed flow comes from eth1
          "rule add from 10.0.1.1 to 198.51.100.9 table 100"]     # ... or from here to the source
    c = Cap()
    c.ping("left", "right", "198.51.100.7", "1.1.1.1", 11)        # marked: its way back is eth0
    c.ping("left", "right", "198.51.100.8", "1.1.1.1", 12, reply=False)   # back by main's eth1: refused
    c.ping("left", "right", "192.168.1.20", "1.1.1.1", 13)
    c.ping("left", "local0", "198.51.100.7", "10.0.1.1", 14, reply=False)   # delivered: reversed from lo
    c.ping("left", "local0", "198.51.100.9", "10.0.1.1", 15, reply=False)
    return Scenario("policy-routing-rp-filter", rules, c.frames, ip=ip, frames_out=True,
                    sysctl={"net.ipv4.conf.all.rp_filter": "1", "net.ipv4.conf.all.src_valid_mark": "1"},
                    about=("Strict rp_filter asks the rules about the reversed flow (from the packet's destination "
                           "to its source, from the device it would leave by, or lo when delivered here; the mark "
                           "under src_valid_mark): a rule for that flow alone lets a source in on the other side"))


def policy_routing_l4():
    from scapy.layers.inet import IP, UDP, fragment
    from scapy.packet import Raw
    rules = _table("mangle", MANGLE, [
        "-A FORWARD -o eth0",
        "-A FORWARD -o eth1",
        "-A FORWARD -o eth0 -f",
    ]) + _table("filter", FILTER, [
        "-A FORWARD -p tcp -o eth0",
        "-A FORWARD -p udp -o eth0",
        "-A FORWARD -p esp -o eth0",
        "-A FORWARD -p esp -o eth1",
    ])
    ip = [TABLE_100,
          "rule add ipproto tcp dport 80 table 100",
          "rule add ipproto udp dport 53 iif eth1 table 100",
          "rule add ipproto esp dport 22136 table 100"]          # ESP's SPI is read as the ports
    c = Cap()
    c.tcp("right", "left", "198.51.100.7", "93.184.216.34", 42000, 80)      # out left, its answers right
    c.tcp("right", "right", "198.51.100.7", "93.184.216.34", 42001, 81, close=None)
    c.udp("right", "left", "198.51.100.7", "8.8.8.8", 42002, 53)
    # without conntrack nothing reassembles: the first fragment has no ports for the rules either
    for f in fragment(IP(src="198.51.100.7", dst="8.8.8.8", id=77) / UDP(sport=42003, dport=53) / (b"z" * 1500),
                      fragsize=800):
        c.add("right", f)
    for spi in (0x12345678, 0x12345679):
        c.add("right", IP(src="198.51.100.7", dst="203.0.113.5", proto=50) / Raw(spi.to_bytes(4, "big") + bytes(20)))
    return Scenario("policy-routing-l4", rules, c.frames, ip=ip, frames_out=True, about=(
        "ip rules on the protocol and ports, which input routing takes from the flow dissector: a "
        "TCP port, a UDP port on one input device, ESP's SPI as ports, and fragments (not reassembled "
        "without conntrack) without ports"))


ALL = [policy_routing_prerouting, policy_routing_output, policy_routing_rp_filter, policy_routing_l4]
