"""pyip: iproute2 6.1's `ip link|address|route|rule` over the emulated host (PYIPTABLES_STATE).

Keywords are matched by prefix like iproute2's matches(); messages and exit codes are iproute2's.
"""
from __future__ import annotations

import os
import sys

from ..errors import IptablesError
from ..host.ipaddr_cmd import do_addr
from ..host.ipargs import V6, Exit, invarg, matches
from ..host.iplink_cmd import do_link
from ..host.iproute_cmd import do_route
from ..host.iprule_cmd import do_rule
from ..host.kernroutes import HostError
from ..host import ip_usage as usage

VERSION = "ip utility, iproute2-6.1.0, libbpf 1.1.2"
OBJECTS = ["address", "addrlabel", "maddress", "route", "rule", "neighbor", "neighbour", "ntable",
           "ntbl", "link", "l2tp", "fou", "ila", "macsec", "tunnel", "tunl", "tuntap", "tap", "token",
           "tcpmetrics", "tcp_metrics", "monitor", "xfrm", "mroute", "mrule", "netns", "netconf",
           "vrf", "sr", "nexthop", "mptcp", "ioam", "stats", "help"]
FAMILIES = {"inet": 4, "inet6": 6, "link": "link", "mpls": "mpls", "bridge": "bridge"}


# == main ==========================================================================================
def run(argv: list[str]) -> int:
    o = {"json": False, "pretty": False, "brief": False, "details": False, "family": None,
         "oneline": False, "stats": 0}
    args = list(argv)
    while args and args[0].startswith("-") and len(args[0]) > 1:
        opt = args.pop(0)
        if opt.startswith("--"):
            opt = opt[1:]
        if matches(opt, "-family"):
            if not args:
                raise Exit(usage.IP.rstrip("\n"), 255)
            f = args.pop(0)
            if f not in FAMILIES:
                invarg("invalid protocol family", f, blank=False)
            o["family"] = FAMILIES[f]
        elif opt in ("-4", "-6", "-0", "-M", "-B"):
            o["family"] = {"-4": 4, "-6": 6, "-0": "link", "-M": "mpls", "-B": "bridge"}[opt]
        elif matches(opt, "-stats") or matches(opt, "-statistics"):
            o["stats"] += 1
        elif matches(opt, "-human") or matches(opt, "-iec") or matches(opt, "-resolve"):
            pass
        elif matches(opt, "-details"):
            o["details"] = True
        elif matches(opt, "-oneline"):
            o["oneline"] = True
        elif matches(opt, "-timestamp") or matches(opt, "-tshort") or matches(opt, "-force"):
            pass                    # for `ip monitor` and -batch, which are not emulated
        elif matches(opt, "-Version"):
            print(VERSION)
            return 0
        elif matches(opt, "-color") or opt.startswith("-color="):
            pass
        elif matches(opt, "-brief"):
            o["brief"] = True
        elif matches(opt, "-json"):
            o["json"] = True
        elif matches(opt, "-pretty"):
            o["pretty"] = True
        else:
            raise Exit(f'Option "{opt}" is unknown, try "ip -help".', 255)
    if not args:
        raise Exit(usage.IP.rstrip("\n"), 255)
    obj = next((w for w in OBJECTS if matches(args[0], w)), None)
    if obj == "help":
        raise Exit(usage.IP.rstrip("\n"), 255)
    if obj == "address":
        do_addr(o, args[1:])
    elif obj == "link":
        do_link(o, args[1:])
    elif obj == "route":
        do_route(o, args[1:])
    elif obj == "rule":
        do_rule(o, args[1:])
    else:
        raise Exit(f'Object "{args[0]}" is unknown, try "ip help".', 1)
    return 0


def main(argv: list[str] | None = None):
    from .common import std_streams
    std_streams(argv is None)
    try:
        rc = run(sys.argv[1:] if argv is None else argv)
    except Exit as e:
        sys.stdout.flush()
        sys.stderr.write(e.msg + "\n")
        rc = e.status
    except V6:
        sys.stdout.flush()
        sys.stderr.write("pyip: IPv6 addresses and routes are not emulated (the host model is IPv4)\n")
        rc = 2
    except HostError as e:
        sys.stdout.flush()
        sys.stderr.write(e.message + "\n")
        rc = e.status
    except IptablesError as e:
        sys.stderr.write(e.message + "\n")
        rc = e.status
    except BrokenPipeError:                   # `pyip ... | head`: end quietly like ip on SIGPIPE
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    sys.exit(rc)


