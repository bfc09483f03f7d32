#!/bin/sh
# The firewall of the kernel lab (../../README.md): eth0 towards the client, eth1 towards the uplink.
set -e
pyip link add eth0 address 02:00:00:00:01:01 type dummy
pyip link add eth1 address 02:00:00:00:02:01 type dummy
pyip link set eth0 up
pyip link set eth1 up
pyip addr add 10.0.1.1/24 dev eth0
pyip addr add 10.0.2.1/24 dev eth1
pyip route add 192.168.0.0/16 via 10.0.1.2 dev eth0
pyip route add default via 10.0.2.2 dev eth1
pysysctl -w net.ipv4.ip_forward=1 >/dev/null
pysysctl -w net.ipv4.conf.all.rp_filter=0 >/dev/null
pysysctl -w net.ipv4.conf.default.rp_filter=0 >/dev/null
pysysctl -w net.ipv4.conf.all.send_redirects=0 >/dev/null
