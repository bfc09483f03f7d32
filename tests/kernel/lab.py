"""The kernel lab: the real tools and the real kernel, always in network namespaces of our own
(what it is built of: labkit.py).

Netns  command-line differential testing: runs the real iptables-legacy / conntrack / ip / sysctl,
       every case in a brand-new namespace (what a fresh PYIPTABLES_STATE is: not even the
       filter table exists until a command touches it, and iptables-save lists tables in the
       order they came into existence, so a flush-based reset could not give the same prior state).
       A helper process unshares a new namespace per case (unnamed: nothing else can enter it, the
       kernel frees it when the case ends): ~0.5 ms per case plus ~1.5 ms per command, so one
       Netns serves thousands of cases.
Lab    packets through the real kernel: the oracle topology (../shared/oracle/README.md)
           left 02:00:00:00:01:02 10.0.1.2 -- fw eth0 02:00:00:00:01:01 10.0.1.1/24
           right 02:00:00:00:02:02 10.0.2.2 -- fw eth1 02:00:00:00:02:01 10.0.2.1/24
       in namespaces named pyipt-<pid>x<random>-{left,fw,right}, built once and reused: between
       scenarios the fw's tables are emptied, its conntrack table flushed and changed sysctls put
       back; frames enter by source MAC at capture timestamps (run), or one by one (send).

Nothing here touches the host's own ruleset: every real command runs inside our namespaces, with
an xtables lock file of our own, and traffic only flows between them. Named namespaces are deleted
on exit, on error and at interpreter exit; those of a SIGKILLed run are swept by the next one.
"""
from __future__ import annotations

import os
import select
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
import time

from .labkit import (Events, ExpectEvents, LabError, delete_namespaces, forget, links_settled, new_prefix,  # noqa: F401
                     ns_socket, on_labs, settle_links, sh, side_by_side)
from .procserver import Client

REAL = {"iptables": "iptables-legacy", "iptables-save": "iptables-legacy-save",
        "iptables-restore": "iptables-legacy-restore", "conntrack": "conntrack", "ip": "ip", "sysctl": "sysctl"}
MAC = {"left": "02:00:00:00:01:02", "fw0": "02:00:00:00:01:01", "fw1": "02:00:00:00:02:01",
       "right": "02:00:00:00:02:02"}
BUILTIN = {"filter": ("INPUT", "FORWARD", "OUTPUT"), "nat": ("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"),
           "mangle": ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"), "raw": ("PREROUTING", "OUTPUT"),
           "security": ("INPUT", "FORWARD", "OUTPUT")}
IN_CHAINS, OUT_CHAINS = ("PREROUTING", "INPUT", "FORWARD"), ("FORWARD", "OUTPUT", "POSTROUTING")  # -i / -o allowed
# fw as a host set up by command lines, in the order ../shared/oracle/emulator.py runs them through
# pyip/pysysctl (ours.HOST); fw_setup("ifb") for a real namespace: this kernel has no dummy driver,
# and ifb is as NOARP and always-carrier as dummy
FW_SETUP = [
    ["ip", "link", "add", "eth0", "address", MAC["fw0"], "type", "dummy"],
    ["ip", "link", "add", "eth1", "address", MAC["fw1"], "type", "dummy"],
    ["ip", "link", "set", "eth0", "up"],
    ["ip", "link", "set", "eth1", "up"],
    ["ip", "addr", "add", "10.0.1.1/24", "dev", "eth0"],
    ["ip", "addr", "add", "10.0.2.1/24", "dev", "eth1"],
    ["ip", "route", "add", "192.168.0.0/16", "via", "10.0.1.2", "dev", "eth0"],
    ["ip", "route", "add", "default", "via", "10.0.2.2", "dev", "eth1"],
    ["sysctl", "-w", "net.ipv4.ip_forward=1"],
    ["sysctl", "-w", "net.ipv4.conf.all.rp_filter=0"],
    ["sysctl", "-w", "net.ipv4.conf.default.rp_filter=0"],
    ["sysctl", "-w", "net.ipv4.conf.all.send_redirects=0"],
]


def fw_setup(link="dummy", prefix=""):
    """FW_SETUP as command-line text, links of type `link`, tool names prefixed (prefix="py": ours)."""
    return "".join(prefix + " ".join(link if w == "dummy" else w for w in argv) + "\n" for argv in FW_SETUP)


OUR_MARK = 0x7E57          # frames we replay from fw's own stack carry it; anything else fw sends is dropped
SENTINEL = "198.18.255.1"  # benchmark range: a conntrack entry no scenario makes, to mark event boundaries


def missing(need_lab=False) -> str | None:
    """Why the kernel cases cannot run here, or None."""
    if os.geteuid() != 0:
        return "kernel lab needs root (network namespaces, iptables-legacy)"
    tools = ["ip", *REAL.values()] + (["nft"] if need_lab else [])
    absent = [t for t in tools if not shutil.which(t)]
    if absent:
        return f"kernel lab needs {', '.join(absent)} (apt-get install -y iptables conntrack nftables)"
    probe = new_prefix()
    r = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    forget(probe)
    if r.returncode != 0:
        return f"`ip netns add` is unavailable here: {r.stderr.strip()}"
    return None


# -- Netns: command-line differential testing --------------------------------------------------
class Netns:
    """A helper process running the real tools in fresh namespaces.

    Steps are {"argv": [generic name, args...], "input": bytes|None}; generic names are the keys
    of REAL (iptables, iptables-save, iptables-restore, conntrack, ip, sysctl). The real binary runs
    under the name users type, as a distribution installs it (getopt messages of
    iptables-save/-restore start with their argv[0]: `iptables-save: unrecognized option ...`);
    typed=False runs it under its legacy name.
    """

    def __init__(self):
        self.tmp = tempfile.mkdtemp(prefix="pyipt-netns-")
        self.server = Client(["exec", os.path.join(self.tmp, "xtables.lock")])

    def __enter__(self):
        return self

    def _call(self, **req):
        ans = self.server.call(**req)
        if "error" in ans:
            raise LabError(ans["error"])
        return ans["ok"]

    @staticmethod
    def _step(s, typed=True):
        argv = list(s["argv"])
        real = REAL.get(argv[0], argv[0])
        # a carrier change reaches operstate and the routes' linkdown later: the server waits for it
        settle = argv[0] == "ip" and "link" in argv and {"up", "down"} & set(argv)
        step = {"argv": argv, "input": s.get("input"), "settle": bool(settle)}
        if not typed:
            return dict(step, argv=[real] + argv[1:])
        return dict(step, executable=shutil.which(real) or real)

    def cases(self, cases, typed=True):
        """Each case (a list of steps) in a fresh namespace; [[(rc, stdout, stderr), ...], ...]."""
        return self._call(op="cases", cases=[{"steps": [self._step(s, typed) for s in c]} for c in cases])

    def renew(self):
        """Enter a fresh namespace for the following run() calls."""
        self._call(op="renew")

    def run(self, argv, input=None, typed=True):
        """One command in the current namespace (renew() first); (rc, stdout, stderr)."""
        return self._call(op="step", s=self._step({"argv": argv, "input": input}, typed))

    def close(self):
        self.server.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __exit__(self, *exc):
        self.close()


# -- Pair: two ordinary hosts ---------------------------------------------------------------------
class Pair:
    """Two namespaces of ours, "a" and "b", with ordinary stacks (they answer, ARP, send ICMP errors),
    joined by a veth: ends a=(dev, mac, cidr) and b=(dev, mac, cidr), up, and lo up in both. For
    real traffic between two hosts (tests/pcap: tcpdump's captures); ns[side] names the namespace."""

    def __init__(self, a, b):
        self.prefix = new_prefix()
        self.ns = {"a": f"{self.prefix}-a", "b": f"{self.prefix}-b"}
        self.ends = {"a": a, "b": b}

    def __enter__(self):
        try:
            for n in self.ns.values():
                sh(["ip", "netns", "add", n])
            (da, ma, _), (db, mb, _) = self.ends["a"], self.ends["b"]
            sh(["ip", "-n", self.ns["a"], "link", "add", da, "address", ma, "type", "veth",
                "peer", "name", db, "address", mb, "netns", self.ns["b"]])
            for side, (dev, _, cidr) in self.ends.items():
                sh(["ip", "-n", self.ns[side], "addr", "add", cidr, "dev", dev])
                for link in ("lo", dev):
                    sh(["ip", "-n", self.ns[side], "link", "set", link, "up"])
        except BaseException:
            self.close()
            raise
        return self

    def exec(self, side, argv):
        """argv to run inside namespace `side`."""
        return ["ip", "netns", "exec", self.ns[side], *argv]

    def close(self):
        delete_namespaces(self.prefix)

    def __exit__(self, *exc):
        self.close()


# -- Lab: packets through the kernel -------------------------------------------------------------
def sentinel_argvs(port):
    """conntrack commands whose [NEW] and [DESTROY] events bracket a scenario's events."""
    tup = ["-p", "udp", "-s", SENTINEL, "-d", "198.18.255.2", "--sport", str(port), "--dport", "9"]
    return [["conntrack", "-I", *tup, "-t", "30"], ["conntrack", "-D", *tup]]


def is_sentinel(line, port, kind):
    return f"[{kind}]" in line and f"src={SENTINEL} " in line and f" sport={port} " in line


class Lab:
    """left -- fw -- right, reused across scenarios; run(scenario) returns the kernel's result.

    listen=False: no `conntrack -E` listener and no sniffer (run() needs both), for captures of
    hundreds of thousands of frames driven with reset() and inject() (tests/kernel/test_full_table.py)."""

    SETTLE = 0.05  # after the last frame: let softirqs finish before reading counters

    def __init__(self, listen=True):
        self.listen = listen
        self.prefix = new_prefix()
        self.ns = {k: f"{self.prefix}-{k}" for k in ("left", "fw", "right")}
        self.tmp = tempfile.mkdtemp(prefix="pyipt-lab-")
        # our own xtables lock: iptables-legacy without -w fails at once while anyone holds
        # /run/xtables.lock, and every namespace of the machine shares that one
        self.env = dict(os.environ, XTABLES_LOCKFILE=os.path.join(self.tmp, "xtables.lock"))
        self.defaults: dict[str, str] = {}   # sysctl -> value before any scenario changed it
        self.changed: set[str] = set()
        self.ip_tables: set[str] = set()    # routing tables a scenario's `ip` lines filled
        self.ip_rules = False               # whether they touched the policy rules
        self.ip_mtus: set[str] = set()      # links whose MTU they changed (back to 1500 after)
        self.sock, self.events, self.sniffed, self.stop, self.sniffer = {}, None, [], threading.Event(), None
        self.sentinel_port = 1000

    def __enter__(self):
        try:
            self._build()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()

    def fw(self, argv, input=None, check=True):
        """A command in fw (generic tool names as for Netns); CompletedProcess with text output."""
        argv = list(argv)
        argv[0] = REAL.get(argv[0], argv[0])
        return sh(argv, ns=self.ns["fw"], input=input, check=check, env=self.env)

    def _build(self):
        L, F, R = self.ns["left"], self.ns["fw"], self.ns["right"]
        for n in (L, F, R):
            sh(["ip", "netns", "add", n])
            sh(["ip", "-n", n, "link", "set", "lo", "up"])
            sh(["sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1"], ns=n)
        sh(["ip", "link", "add", "eth0", "netns", L, "address", MAC["left"], "type", "veth",
            "peer", "name", "eth0", "netns", F, "address", MAC["fw0"]])
        sh(["ip", "link", "add", "eth0", "netns", R, "address", MAC["right"], "type", "veth",
            "peer", "name", "eth1", "netns", F, "address", MAC["fw1"]])
        for n, dev, addr in ((L, "eth0", "10.0.1.2/24"), (F, "eth0", "10.0.1.1/24"),
                             (F, "eth1", "10.0.2.1/24"), (R, "eth0", "10.0.2.2/24")):
            sh(["ip", "-n", n, "addr", "add", addr, "dev", dev])
            sh(["ip", "-n", n, "link", "set", dev, "up"])
        sh(["ip", "-n", F, "route", "add", "192.168.0.0/16", "via", "10.0.1.2", "dev", "eth0"])
        sh(["ip", "-n", F, "route", "add", "default", "via", "10.0.2.2", "dev", "eth1"])
        for ip, mac, dev in (("10.0.1.2", MAC["left"], "eth0"), ("10.0.2.2", MAC["right"], "eth1")):
            sh(["ip", "-n", F, "neigh", "replace", ip, "lladdr", mac, "dev", dev, "nud", "permanent"])
        sh(["sysctl", "-qw"] + [f"net.ipv4.{k}=0" for k in (
            "conf.all.rp_filter", "conf.default.rp_filter", "conf.eth0.rp_filter", "conf.eth1.rp_filter",
            "conf.all.send_redirects", "conf.eth0.send_redirects", "conf.eth1.send_redirects")]
           + ["net.ipv4.ip_forward=1"], ns=F)
        # left and right are only wires: their own stacks answer nothing
        for n in (L, R):
            sh(["nft", "-f", "-"], ns=n, input="table inet sink {\n chain pre {\n"
               "  type filter hook prerouting priority -500; policy drop;\n }\n}\n")
        # fw: what its own stack generates (RSTs, echo replies, ICMP errors) dies before conntrack
        # sees it; frames replayed as fw's own carry OUR_MARK, which is cleared here
        sh(["nft", "-f", "-"], ns=F, input="table ip oracle {\n chain out {\n"
           "  type filter hook output priority -450;\n"
           f"  meta mark {OUR_MARK:#x} meta mark set 0x0 accept\n  drop\n }}\n}}\n")
        for side in ("left", "right"):
            tx = ns_socket(self.ns[side], socket.AF_PACKET, socket.SOCK_RAW, 0)
            tx.bind(("eth0", 0))
            self.sock[side] = tx
            if self.listen:
                rx = ns_socket(self.ns[side], socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0800))
                rx.bind(("eth0", 0))
                self.sock["rx_" + side] = rx
        local = ns_socket(F, socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
        local.setsockopt(socket.SOL_SOCKET, socket.SO_MARK, OUR_MARK)
        # fw's own broadcasts (raw_sendmsg refuses a broadcast route with EACCES without it); the
        # shared oracle's socket has none, which is pyiptables-replay's default: ours.replay() runs
        # it with --so-broadcast
        local.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        self.sock["local"] = local
        self.netfilter = self._netfilter()
        if not self.listen:
            return
        self.sniffer = threading.Thread(target=self._sniff, daemon=True)
        self.sniffer.start()
        self.events = Events(F)
        for _ in range(40):  # until the listener is subscribed
            try:
                self._sentinel(timeout=0.25)
                break
            except LabError:
                continue
        else:
            raise LabError("conntrack -E never reported an event")

    def _sniff(self):
        """Frames fw sends out of eth0 (seen by left) and eth1 (seen by right)."""
        rx = {self.sock["rx_left"]: "left", self.sock["rx_right"]: "right"}
        while not self.stop.is_set():
            for s in select.select(list(rx), [], [], 0.1)[0]:
                data, addr = s.recvfrom(65535)
                if addr[2] != socket.PACKET_OUTGOING:
                    self.sniffed.append((time.monotonic(), rx[s], data))

    def _sentinel(self, timeout=5.0):
        """Insert and delete a marker conntrack entry; (index of its [NEW], index after its [DESTROY])."""
        self.sentinel_port += 1
        p = self.sentinel_port
        ins, dele = sentinel_argvs(p)
        start = len(self.events.lines)
        self.fw(["sh", "-c", " ".join(ins) + " 2>/dev/null && " + " ".join(dele) + " >/dev/null 2>&1"])
        new = self.events.wait_for(lambda l: is_sentinel(l, p, "NEW"), start, timeout)
        return new, self.events.wait_for(lambda l: is_sentinel(l, p, "DESTROY"), new, timeout) + 1

    def _netfilter(self) -> dict:
        """fw's net.netfilter sysctls but the counts (they follow the tables)."""
        rows = (line.split(" = ", 1) for line in self.fw(["sysctl", "net.netfilter"]).stdout.splitlines())
        return {k: v for k, v in rows if not k.endswith("_count")}

    def reset(self):
        """Empty every table fw has, flush conntrack, put back the sysctls the last scenario changed,
        and the net.netfilter ones a rule changed by itself (connbytes' checkentry turns
        nf_conntrack_acct on for the namespace, and the rule's deletion leaves it on)."""
        tables = self.fw(["cat", "/proc/net/ip_tables_names"]).stdout.split()
        blank = "".join(f"*{t}\n" + "".join(f":{c} ACCEPT [0:0]\n" for c in BUILTIN[t]) + "COMMIT\n"
                        for t in tables if t in BUILTIN)
        if blank:
            self.fw(["iptables-restore"], input=blank)
        if self.changed:
            self.fw(["sysctl", "-qw"] + [f"{k}={self.defaults[k]}" for k in sorted(self.changed)])
            self.changed.clear()
        now = self._netfilter()
        drift = [f"{k}={v}" for k, v in self.netfilter.items() if now.get(k, v) != v]
        if drift:
            self.fw(["sysctl", "-qw", *drift])
        self._undo_ip()
        self.fw(["sh", "-c", "conntrack -F 2>/dev/null; conntrack -F expect 2>/dev/null; ip route flush cache"])
        self.sniffed.clear()

    def set_ip(self, lines):
        """A scenario's `ip` command lines (policy rules, routes of other tables than main/local,
        link MTUs)."""
        for line in lines:
            argv = shlex.split(line)
            if argv[:1] == ["rule"]:
                self.ip_rules = True
            if argv[:2] == ["link", "set"] and "mtu" in argv:
                self.ip_mtus.add(argv[2])
            for i, w in enumerate(argv[:-1]):
                if argv[0] == "route" and w in ("table", "lookup"):
                    if argv[i + 1] in ("main", "local", "254", "255"):
                        raise LabError(f"a scenario may not change table {argv[i + 1]}: {line}")
                    self.ip_tables.add(argv[i + 1])
            self.fw(["ip", *argv])

    def _undo_ip(self):
        """Back to the three default rules, MTU 1500 and no routes in the scenario's tables. (The kernel
        keeps fib_has_custom_rules from the first rule on: local and main stay unmerged.)"""
        if self.ip_rules:
            self.fw(["ip", "rule", "flush"])
            while self.fw(["ip", "rule", "del", "pref", "0"], check=False).returncode == 0:
                pass
            for pref, table in (("0", "local"), ("32766", "main"), ("32767", "default")):
                self.fw(["ip", "rule", "add", "pref", pref, "lookup", table])
            self.ip_rules = False
        for dev in sorted(self.ip_mtus):
            self.fw(["ip", "link", "set", dev, "mtu", "1500"])
        self.ip_mtus.clear()
        for t in sorted(self.ip_tables):
            self.fw(["ip", "route", "flush", "table", t], check=False)
        self.ip_tables.clear()

    def set_sysctls(self, sysctls):
        keys = [k for k in sysctls if k not in self.defaults]
        if keys:
            vals = self.fw(["sysctl", "-n", *keys]).stdout.splitlines()
            self.defaults.update(zip(keys, vals))
        if sysctls:
            self.fw(["sysctl", "-qw"] + [f"{k}={v}" for k, v in sysctls.items()])
            self.changed.update(sysctls)

    def run(self, scn, pace=0.0, settle=None, probes=None, expect=False):
        """Replay a capture.Scenario; {"save", "conntrack_text", "events", "out", "errors", "probes"}.

        pace: seconds to wait after each frame besides the capture's timestamps; settle: after the
        last frame, before reading (SETTLE); probes: {frame index: [argv, ...]}, commands run in fw
        right after that frame, answered as [[index, argv, stdout, stderr], ...]; expect: also
        `conntrack -E expect` ("expect_events") and the final `conntrack -L expect` ("expect_final")."""
        self.reset()
        self.set_sysctls(scn.sysctl)
        self.set_ip(scn.ip)
        self.fw(["iptables-restore"], input=scn.rules)
        first = self._sentinel()[1]
        expect_events = ExpectEvents(self.ns["fw"]) if expect else None
        n0 = len(self.sniffed)
        answers = []

        def after(i):
            if pace:
                time.sleep(pace)
            for argv in (probes or {}).get(i, ()):
                r = self.fw(argv, check=False)
                answers.append([i, list(argv), r.stdout, r.stderr])
        errors = self._inject(scn.frames, after)
        time.sleep(self.SETTLE if settle is None else settle)
        t_end = time.monotonic()
        save = self.fw(["iptables-save", "-c"]).stdout
        ct = self.fw(["conntrack", "-L"], check=False).stdout
        res = {"save": save, "conntrack_text": ct, "errors": errors, "probes": answers}
        if expect:
            res["expect_final"] = self.fw(["conntrack", "-L", "expect"], check=False).stdout
        last = self._sentinel()[0]
        if expect_events:
            res["expect_events"] = expect_events.stop()
        out = {"left": [], "right": []}
        for t, side, data in self.sniffed[n0:]:
            if t <= t_end:
                out[side].append(data)
        res.update(events=self.events.lines[first:last], out=out)
        return res

    def send(self, side, data):
        """One Ethernet frame into fw from the wire of "left" (eth0) or "right" (eth1)."""
        self.sock[side].send(data)

    def inject(self, frames):
        """Send frames at their capture timestamps (relative to the first); a list of errors."""
        return self._inject(frames)

    def _inject(self, frames, after=None):
        """Frames as captured (their destination MAC too: a broadcast stays a broadcast);
        after(i) is called once frame i is in."""
        fw0, fw1 = bytes.fromhex(MAC["fw0"].replace(":", "")), bytes.fromhex(MAC["fw1"].replace(":", ""))
        src_left, src_right = bytes.fromhex(MAC["left"].replace(":", "")), bytes.fromhex(MAC["right"].replace(":", ""))
        errors = []
        t0 = frames[0][0] if frames else 0
        start = time.monotonic()
        for i, (ts, data) in enumerate(frames):
            delay = start + (ts - t0) - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            src = data[6:12]
            if src == src_left:
                self.sock["left"].send(data)
            elif src == src_right:
                self.sock["right"].send(data)
            elif src in (fw0, fw1):
                try:
                    self.sock["local"].sendto(data[14:], (socket.inet_ntoa(data[30:34]), 0))
                except PermissionError:
                    pass  # an OUTPUT rule dropped it: that is a verdict, not an error
                except OSError as e:
                    errors.append(f"frame {i}: local send: {e.strerror}")
            else:
                errors.append(f"frame {i}: unknown source MAC {src.hex(':')}")
            if after:
                after(i)
        return errors

    def close(self):
        self.stop.set()
        if self.sniffer:
            self.sniffer.join()
        if self.events:
            self.events.close()
        for s in self.sock.values():
            s.close()
        delete_namespaces(self.prefix)
        shutil.rmtree(self.tmp, ignore_errors=True)
