"""The IPv4 stack's netfilter path: hooks in priority order, routing decisions, forwarding.

Per hook, the kernel runs (NF_IP_PRI_*):
  PREROUTING   defrag -400, raw -300, conntrack -200, mangle -150, nat (DNAT) -100
  INPUT        mangle -150, filter 0, security 50, nat (SNAT) 100, conntrack helper + confirm (last)
  FORWARD      mangle -150, filter 0, security 50
  OUTPUT       defrag -400, raw -300, conntrack -200, mangle -150, nat (DNAT) -100, filter 0, security 50
  POSTROUTING  mangle -150, nat (SNAT) 100, conntrack helper + confirm (last)
A table's hooks exist only once the table exists; conntrack's (and defrag's) only once some rule
needs it; defrag's also once a socket match or TPROXY target exists. Without them, fragments are reassembled by ip_local_deliver() before INPUT (walk/defrag.py).
"""
from __future__ import annotations

from ..conntrack.conn import IPS_CONFIRMED
from ..conntrack.helpers import help as conntrack_help
from ..extensions.targets.reject import icmp_send
from ..packet import ip_send_check
from ..host.routing import NO_L4, RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST, flow_l4
from ..xtables import (FORWARD, LOCAL_IN, LOCAL_OUT, NF_ACCEPT, NF_DROP, NF_QUEUE, NF_STOLEN, POST_ROUTING,
                       PRE_ROUTING, ActionParam, HOOK_NAMES)
from .defrag import (IP_MF, IP_OFFSET, OK as DEFRAG_OK, USER_CONNTRACK_IN, USER_CONNTRACK_OUT,
                     USER_LOCAL_DELIVER, Defrag, fragment_count, is_fragment)
from .icmp_answers import IP_ERROR_CODES, exceeded_mtu, ip_error, send_redirect
from .ipoptions import ICMP_PARAMETERPROB, forward_options, options_compile, rcv_srr, spec_dst
from .iprcv import ip_rcv_length
from .nat import nat_hook
from .needs import forces_acct, needs_conntrack, needs_defrag, uses_connlabel
from .table import K_POLICY, CompiledTable, do_table

CT_IN, CT_HELPER, CT_CONFIRM, NAT, DEFRAG = "conntrack", "helper", "confirm", "nat", "defrag"
QUEUE_BYPASS = 0x8000           # NF_VERDICT_FLAG_QUEUE_BYPASS
RAW_FLOW = (255, 0, 0)          # the (protocol, sport, dport) a raw IP_HDRINCL socket routes with
FATES = {NF_DROP: "dropped", NF_STOLEN: "stolen"}
IP_MF_OFFSET = IP_MF | IP_OFFSET

# (hook, [steps in priority order]); a step is a table name or one of the conntrack/nat pseudo steps
HOOK_STEPS = {
    PRE_ROUTING: (DEFRAG, "raw", CT_IN, "mangle", NAT),
    LOCAL_IN: ("mangle", "filter", "security", NAT, CT_HELPER, CT_CONFIRM),
    FORWARD: ("mangle", "filter", "security"),
    LOCAL_OUT: (DEFRAG, "raw", CT_IN, "mangle", NAT, "filter", "security"),
    POST_ROUTING: ("mangle", NAT, CT_HELPER, CT_CONFIRM),
}


class Verdict:
    """What became of one packet: `fate` (delivered, forwarded, sent, dropped, stolen),
    `where` (table/chain/rule that decided, or the stack's reason), the hooks it went through
    (`path`), the entry whose verdict ended the last table run (`last`) and the last filter
    table run (`filt`), and whether conntrack looked at it (`tracked`)."""

    __slots__ = ("fate", "where", "path", "last", "filt", "tracked", "ctstate", "outdev", "indev", "reroute",
                 "frames")

    def __init__(self):
        self.fate = ""
        self.where = ""
        self.path: list[str] = []
        self.last = self.filt = None
        self.tracked = False
        self.ctstate = ""
        self.outdev = self.indev = ""
        self.reroute = None         # the route ip_route_me_harder() chose during OUTPUT
        self.frames = 1             # how many frames it left as (ip_fragment of a reassembled one)


# the compiled steps of a hook: (code, argument, "HOOK:step" as the path shows it)
S_TABLE, S_CT_IN, S_HELPER, S_CONFIRM, S_NAT, S_DEFRAG, S_MANGLE_OUT = range(7)
_STEP_CODES = {CT_IN: S_CT_IN, CT_HELPER: S_HELPER, CT_CONFIRM: S_CONFIRM, NAT: S_NAT, DEFRAG: S_DEFRAG}


class IPv4State:
    """What the namespace's IPv4 stack keeps between packets besides conntrack, kept in the store
    between replays: the fragment queues and the inet_peer state of each source: icmp_send's
    token bucket and the redirects sent."""

    def __init__(self):
        self.defrag = Defrag()
        self.icmp_peers: dict = {}
        self.redirects: dict = {}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.__dict__.setdefault("redirects", {})        # stores written before redirects were kept


class Stack:
    def __init__(self, ruleset, host, tracker=None, log=None, generated=None, trace=None, ipv4=None,
                 so_broadcast=False):
        self.host = host
        self.so_broadcast = so_broadcast
        self.tables = {name: CompiledTable(t) for name, t in ruleset.tables.items()}
        self.tracker = tracker if needs_conntrack(ruleset) else None
        self.par = ActionParam(host=host, tracker=self.tracker, log=log, generated=generated)
        self.par.state = ruleset.xtstate
        if self.tracker is not None:
            self.tracker.log = log              # the table-full warning (conntrack/limit.py)
            self.tracker.net = host             # helpers reading the namespace's addresses (broadcast)
        if self.tracker is not None and forces_acct(ruleset):
            self.tracker.acct = 1       # connbytes_mt_check turns nf_conntrack_acct on for the netns
        if self.tracker is not None:
            # nf_connlabels_get(): while a connlabel rule exists, new entries carry labels
            self.tracker.labels_used = uses_connlabel(ruleset)
        if self.tracker is not None:
            from ..conntrack.nat import NatCore
            self.nat = self.par.nat = NatCore(self.tracker)
        else:
            self.nat = None
        self.trace = trace
        self.ipv4 = ipv4 if ipv4 is not None else IPv4State()
        self._icmp_peers = self.ipv4.icmp_peers
        self.defrag = self.ipv4.defrag
        self.defrag.configure(*frag_settings(host))
        self.defrag_on = self.tracker is not None or needs_defrag(ruleset)
        self.hooks = [self._compile_hook(h) for h in range(5)]
        self.route_l4 = host is not None and host.rules_need_l4()   # rules look at protocols/ports
        self.forward_steps = self.hooks[FORWARD] + self.hooks[POST_ROUTING]     # ip_forward onwards

    def _compile_hook(self, hook: int) -> tuple:
        """The steps that exist at this hook: conntrack's (and nat's) only when conntrack is on,
        defrag's when conntrack or a rule turned it on, a table's only when the table has a chain
        at this hook."""
        out = []
        for step in HOOK_STEPS[hook]:
            label = f"{HOOK_NAMES[hook]}:{step}"
            code = _STEP_CODES.get(step, S_TABLE)
            if code == S_TABLE:
                t = self.tables.get(step)
                if t is not None and t.hook_entry[hook] >= 0:
                    # ipt_mangle_out() reroutes after its table
                    out.append((S_MANGLE_OUT if step == "mangle" and hook == LOCAL_OUT else S_TABLE,
                                t, label, hook))
            elif code == S_DEFRAG:
                if self.defrag_on:
                    out.append((code, None, label, hook))
            elif self.tracker is not None and (code != S_NAT or "nat" in self.tables):
                out.append((code, None, label, hook))
        return tuple(out)

    # -- one hook ----------------------------------------------------------------------------------
    def run_hook(self, hook: int, pkt, v: Verdict) -> int:
        return self.run_steps(self.hooks[hook], pkt, v)

    def run_steps(self, steps, pkt, v: Verdict) -> int:
        """Steps of one or more hooks in priority order; when one returns another verdict than
        NF_ACCEPT, the walk stops there and v.fate says what became of the packet."""
        par = self.par
        for code, arg, label, hook in steps:
            if code == S_TABLE or code == S_MANGLE_OUT:
                if code == S_MANGLE_OUT:
                    before = (pkt.saddr, pkt.daddr, pkt.mark, pkt.tos)
                verdict, e = do_table(arg, hook, pkt, par, self.trace)
                v.path.append(label)
                v.last = e
                if arg.is_filter:
                    v.filt = e
                if verdict == NF_ACCEPT:
                    if code == S_MANGLE_OUT and (pkt.saddr, pkt.daddr, pkt.mark, pkt.tos) != before:
                        verdict = self._route_me_harder(pkt, v)
                        if verdict != NF_ACCEPT:
                            break
                    continue
                v.where = f"{arg.name}/{e.chain} " + ("policy" if e.kind == K_POLICY else f"rule {e.rulenum}")
                if verdict & 0xFF == NF_QUEUE and verdict & QUEUE_BYPASS:
                    continue
                break
            elif code == S_CT_IN:
                verdict = self.tracker.conntrack_in(pkt, hook, par.now)
                v.path.append(label)
                v.tracked = True
                if verdict != NF_ACCEPT:
                    v.where = f"conntrack ({HOOK_NAMES[hook]})"
                    break
            elif code == S_DEFRAG:
                if pkt.frag & IP_MF_OFFSET:          # is_fragment(), inline
                    # nf_defrag_ipv4: registered along with conntrack
                    user = USER_CONNTRACK_IN if hook == PRE_ROUTING else USER_CONNTRACK_OUT
                    r = self.defrag.gather(pkt, user, par.now)
                    if r != DEFRAG_OK:
                        v.where = f"defrag ({HOOK_NAMES[hook]}): {r}"
                        verdict = NF_STOLEN
                        break
                    v.path.append(label)
            elif code == S_HELPER:
                # nf_confirm runs the entry's helper (conntrack/helpers) right before confirming
                if pkt.ct is not None and pkt.ct.ext is not None:
                    verdict = conntrack_help(self.tracker, pkt, hook, par.now)
                    if verdict != NF_ACCEPT:
                        v.where = f"conntrack helper ({HOOK_NAMES[hook]})"
                        self.tracker.free_unconfirmed(pkt.ct)
                        break
            elif code == S_CONFIRM:
                ct = pkt.ct
                if ct is not None:
                    tracker = self.tracker
                    if ct.status & IPS_CONFIRMED:   # confirm(), inline: deliver the cached events
                        tracker.now = par.now
                        if tracker.ecache:
                            tracker.deliver(ct)
                        continue
                    verdict = tracker.confirm(pkt, par.now)
                    if verdict != NF_ACCEPT:
                        v.where = f"conntrack confirm ({HOOK_NAMES[hook]})"
                        tracker.free_unconfirmed(ct)
                        break
                    if ct.status & IPS_CONFIRMED:
                        v.path.append(label)        # the entry enters the table only here
            else:       # S_NAT
                # a queue verdict from the nat chains leaves nf_nat_inet_fn before any binding
                daddr = pkt.daddr
                verdict = nat_hook(self, hook, pkt, v)
                if verdict != NF_ACCEPT:
                    if verdict & 0xFF == NF_QUEUE and verdict & QUEUE_BYPASS:
                        continue
                    break
                if hook == LOCAL_OUT and pkt.daddr != daddr:       # nf_nat_ipv4_local_fn()
                    verdict = self._route_me_harder(pkt, v)
                    if verdict != NF_ACCEPT:
                        break
        else:
            return NF_ACCEPT
        if verdict & 0xFF == NF_QUEUE:
            # no userspace listens on any queue here: nf_queue() fails with -ESRCH, which drops
            # the packet; with --queue-bypass nf_hook_slow goes on with the next hook function
            v.where += f" (queue {verdict >> 16} has no listener)"
            verdict = NF_DROP
        v.fate = FATES.get(verdict & 0xFF, "dropped")
        return verdict

    def run_table(self, name: str, hook: int, pkt, v: Verdict) -> int:
        """One table at one hook (the nat hook's way in: it returns the table's verdict as is)."""
        ct = self.tables[name]
        if ct.hook_entry[hook] < 0:
            return NF_ACCEPT
        verdict, e = do_table(ct, hook, pkt, self.par, self.trace)
        v.path.append(f"{HOOK_NAMES[hook]}:{name}")
        v.last = e
        if ct.is_filter:
            v.filt = e
        if verdict != NF_ACCEPT:
            v.where = f"{name}/{e.chain} " + ("policy" if e.kind == K_POLICY else f"rule {e.rulenum}")
        return verdict

    # -- paths ---------------------------------------------------------------------------------------
    def receive(self, pkt, indev: str, looped: bool = False, snapped: int = 0) -> Verdict:
        """ip_rcv -> PREROUTING -> routing -> INPUT (local) or ip_forward -> FORWARD -> POSTROUTING.
        A looped-back packet keeps the local route it got on output: no input lookup (so no
        martian check) is made for it, even after a REDIRECT to 127.0.0.1. snapped: bytes of the
        frame its capture left out."""
        v = Verdict()
        pkt.indev = v.indev = indev
        pkt.outdev = ""
        # ip_rcv_core(): ip_fast_csum() == 0, inline: the header read as one int is a nonzero
        # multiple of 0xFFFF; then the total length against what arrived
        d = pkt.data
        n = int.from_bytes(d[:pkt.ihl], "big")
        if not n or n % 0xFFFF:
            return self._stack_drop(v, "bad IP header checksum (ip_rcv)")
        if len(d) != pkt.len:
            why = ip_rcv_length(pkt, self.host, indev, snapped)
            if why:
                return self._stack_drop(v, why)
        if self.run_steps(self.hooks[PRE_ROUTING], pkt, v) != NF_ACCEPT:
            return v
        if looped:
            rt, rt_kind = None, "local"
        else:
            rt = self.host.route_input(pkt.saddr, pkt.daddr, indev, pkt.tos, pkt.mark,
                                       flow_l4(pkt) if self.route_l4 else NO_L4)
            rt_kind = rt.kind
        opts, hop = None, 0
        if pkt.ihl > 20 and rt_kind in ("forward", "local", "broadcast", "multicast"):
            why, rt, hop, opts = self._rcv_options(pkt, indev, rt)          # ip_rcv_options()
            if why:
                return self._stack_drop(v, why)
            if rt is not None:
                rt_kind = rt.kind
        if rt_kind == "forward":
            l2dst = pkt.l2dst
            if l2dst and l2dst[0] & 1:
                return self._stack_drop(v, "link-layer broadcast or multicast (ip_forward: not PACKET_HOST)")
            if pkt.ttl <= 1:
                self.icmp(pkt, 11, 0, 0, "ICMP time exceeded")                 # ICMP_EXC_TTL
                return self._stack_drop(v, "TTL exceeded (ip_forward)")
            if hop and opts.strict and rt.gw != hop:
                self.icmp(pkt, 3, 5, 0, "ICMP source route failed")
                return self._stack_drop(v, "strict source route through a gateway (ip_forward)")
            mtu = exceeded_mtu(self.host, pkt, indev, rt.dev)
            if mtu:
                self.icmp(pkt, 3, 4, mtu, "ICMP fragmentation needed")         # ICMP_FRAG_NEEDED
                return self._stack_drop(v, f"fragmentation needed, DF set (ip_forward: mtu {mtu})")
            decrease_ttl(pkt)
            if rt.redirect:
                send_redirect(self, pkt, rt)
            pkt.outdev = rt.dev
            if opts is not None:            # ip_forward_options() between FORWARD and POSTROUTING
                if self.run_steps(self.hooks[FORWARD], pkt, v) != NF_ACCEPT:
                    return v
                forward_options(self, pkt, rt, opts, hop)
                if self.run_steps(self.hooks[POST_ROUTING], pkt, v) != NF_ACCEPT:
                    return v
            elif self.run_steps(self.forward_steps, pkt, v) != NF_ACCEPT:    # FORWARD, POSTROUTING
                return v
            v.fate, v.outdev = "forwarded", pkt.outdev
            if pkt.frag_geom is not None:
                v.frames = self._fragments(pkt)
            return v
        if rt_kind in ("local", "broadcast", "multicast"):
            if is_fragment(pkt):
                r = self.defrag.gather(pkt, USER_LOCAL_DELIVER, self.par.now)     # ip_local_deliver()
                if r != DEFRAG_OK:
                    v.fate, v.where = "stolen", f"ip_local_deliver: {r}"
                    return v
            if self.run_hook(LOCAL_IN, pkt, v) != NF_ACCEPT:
                return v
            v.fate = "delivered"
            return v
        if rt.err in IP_ERROR_CODES and self.host.forwarding(indev):
            ip_error(self, pkt, rt.err)
        return self._stack_drop(v, f"routing: {rt_kind}")

    def _rcv_options(self, pkt, indev: str, rt):
        """ip_rcv_options() (walk/ipoptions.py): (why the packet is dropped or "", its route, the
        next hop of a source route it is forwarded along or 0, the options as compiled)."""
        o = options_compile(pkt.data, pkt.ihl, spec_dst(self, pkt, rt), self.par.now, self.host.addr_type)
        if o.err:
            self.icmp(pkt, ICMP_PARAMETERPROB, 0, o.err << 24, "ICMP parameter problem")
            return "bad IP options (ip_rcv_options)", rt, 0, o
        if not o.srr:
            return "", rt, 0, o
        if not self.host.conf_value(indev, "accept_source_route", "and"):
            return "source route option, accept_source_route off (ip_rcv_options)", rt, 0, o
        if rt is None:
            return "", rt, 0, o             # looped back: not rerouted here
        return (*rcv_srr(self, pkt, indev, rt, o), o)

    def icmp(self, pkt, itype: int, code: int, info: int, what: str) -> None:
        """icmp_send() from the stack: the reply, if its rate limit lets one go, is reported."""
        reply = icmp_send(pkt, self.par, itype, code, self._icmp_peers, info=info)
        if reply is not None:
            self.par.generated(what, reply)

    def local_out(self, pkt) -> Verdict:
        """A packet from the host's own stack: route, OUTPUT, reroute if rewritten, POSTROUTING.
        It is sent as the oracle sends it, from an unbound IP_HDRINCL raw socket: the route lookup
        has no source address (255.255.255.255 leaves by the default route's device, not the
        source's; a source fw does not own is sent as it is) and the flow is IPPROTO_RAW without
        ports (RAW_FLOW), whatever the header carries. Without SO_BROADCAST on that socket (the
        oracle sets none), raw_sendmsg() refuses a broadcast route: nothing is sent."""
        v = Verdict()
        pkt.local_origin = True
        rt = self.host.route_output(pkt.daddr, 0, None, pkt.mark, l4=RAW_FLOW)
        if rt is None or rt.kind not in ("local", "forward", "unicast", "broadcast", "multicast"):
            return self._stack_drop(v, f"routing: {getattr(rt, 'kind', 'unreachable')}")
        if rt.flags & RTCF_BROADCAST and not self.so_broadcast:
            return self._stack_drop(v, "broadcast route, the socket has no SO_BROADCAST (raw_sendmsg: EACCES)")
        raw_send_hdrinc(pkt, rt)
        pkt.indev, pkt.outdev, pkt.rt = "", rt.dev, rt
        if self.run_hook(LOCAL_OUT, pkt, v) != NF_ACCEPT:
            return v
        if v.reroute is not None:        # the rest of OUTPUT still saw the first route's device
            pkt.outdev, pkt.rt = v.reroute.dev, v.reroute
        flags = pkt.rt.flags
        if flags & (RTCF_BROADCAST | RTCF_MULTICAST) and flags & RTCF_LOCAL and pkt.outdev != "lo":
            self._mc_loop(pkt)
            if flags & RTCF_MULTICAST and not pkt.ttl:
                return self._stack_drop(v, "multicast with TTL 0 stays on the host (ip_mc_output)")
        if self.run_hook(POST_ROUTING, pkt, v) != NF_ACCEPT:
            return v
        v.outdev = pkt.outdev
        if pkt.outdev == "lo":
            # looped back: the skb keeps its conntrack entry through PREROUTING and INPUT
            back = self.receive(pkt, "lo", looped=True)
            back.path[:0] = v.path
            if back.last is None:
                back.last = v.last
            if back.filt is None:
                back.filt = v.filt
            back.tracked = back.tracked or v.tracked
            return back
        v.fate = "sent"
        if pkt.frag_geom is not None:
            v.frames = self._fragments(pkt)
        return v

    def _fragments(self, pkt) -> int:
        """ip_finish_output(): a reassembled datagram leaves cut again (walk/defrag.py)."""
        return fragment_count(pkt, self.out_mtu(pkt.outdev))

    def out_mtu(self, dev: str) -> int:
        link = self.host.links.get(dev)
        return link.mtu if link is not None and link.mtu else 1500

    def _route_me_harder(self, pkt, v: Verdict) -> int:
        """ip_route_me_harder() after mangle OUTPUT changed the addresses, mark or tos, or nat
        OUTPUT the destination: the flow is the header's (a source that is no local nor unicast
        address left out, any other one allowed) and the mark; an error drops the packet."""
        host = self.host
        saddr = pkt.saddr if host.addr_type(pkt.saddr) in ("LOCAL", "UNICAST") else 0
        rt = host.route_output(pkt.daddr, saddr, None, pkt.mark, pkt.tos, anysrc=True,
                               l4=flow_l4(pkt) if self.route_l4 else NO_L4)
        if rt.kind not in ("local", "unicast", "broadcast", "multicast"):
            v.where, v.fate = f"ip_route_me_harder: {rt.kind}", "dropped"
            return NF_DROP
        v.reroute = rt
        return NF_ACCEPT

    def _mc_loop(self, pkt):
        """ip_mc_output() for a broadcast route, or a multicast one to a group the host is in
        (RTCF_LOCAL): a clone goes through POSTROUTING first and is looped back (dev_loopback_xmit)
        into PREROUTING and INPUT of the outgoing device -- processed at once, before the original
        reaches POSTROUTING. The clone has no socket (skb_clone), and PACKET_LOOPBACK is what
        -m pkttype calls multicast to a multicast address, broadcast to any other."""
        c = pkt.copy()
        c.local_origin = False
        cv = Verdict()
        if self.run_hook(POST_ROUTING, c, cv) != NF_ACCEPT:
            return
        if pkt.rt.flags & RTCF_MULTICAST:
            c.l2src, c.l2dst = b"", b"\x01\x00\x5e" + (pkt.daddr & 0x7FFFFF).to_bytes(3, "big")
        else:
            c.l2src, c.l2dst = b"", b"\xff\xff\xff\xff\xff\xff"
        self.receive(c, pkt.outdev, looped=True)

    def dropped_on(self, pkt, indev: str, why: str) -> Verdict:
        """A received packet the stack drops before any hook."""
        v = Verdict()
        pkt.indev = v.indev = indev
        return self._stack_drop(v, why)

    @staticmethod
    def _stack_drop(v: Verdict, why: str) -> Verdict:
        v.fate, v.where = "dropped", why
        return v


def frag_settings(host) -> tuple:
    """(net.ipv4.ipfrag_time, ipfrag_max_dist, ipfrag_high_thresh) of the host, or the kernel's defaults."""
    try:
        return (float(host.sysctl("net.ipv4.ipfrag_time")), int(host.sysctl("net.ipv4.ipfrag_max_dist")),
                int(host.sysctl("net.ipv4.ipfrag_high_thresh")))
    except (AttributeError, KeyError, ValueError, TypeError):
        return 30.0, 64, 4 << 20


def raw_send_hdrinc(pkt, rt) -> None:
    """What raw_send_hdrinc() and __ip_local_out() make of the header an IP_HDRINCL socket is
    given: source 0.0.0.0 replaced by the route's, the total length set to the buffer's (Ethernet
    padding in a capture becomes data), the checksum recomputed."""
    d = pkt.data
    if not pkt.saddr and rt.prefsrc:
        pkt.saddr = rt.prefsrc
        d[12:16] = rt.prefsrc.to_bytes(4, "big")
    n = len(d)
    if pkt.len != n:
        d[2] = n >> 8
        d[3] = n & 0xFF
        pkt.refresh()
    ip_send_check(d, pkt.ihl)


def decrease_ttl(pkt) -> None:
    """ip_decrease_ttl: TTL - 1 with the incremental header checksum update (RFC 1141)."""
    d = pkt.data
    check = (d[10] << 8 | d[11]) + 0x0100
    if check >= 0xFFFF:
        check -= 0xFFFF
    d[10] = check >> 8
    d[11] = check & 0xFF
    d[8] -= 1
    pkt.ttl -= 1
