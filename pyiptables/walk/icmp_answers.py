"""The ICMP the stack itself answers with on the forwarding path, outside any hook: ip_forward's
"fragmentation needed" for a DF packet over the output MTU, ip_rt_send_redirect()'s redirects and
ip_error()'s destination unreachable, each rate-limited per source through the inet_peer state
(IPv4State) that icmp_send() draws on too. Like REJECT's, these replies are reported, not walked."""
from __future__ import annotations

from errno import EACCES, EHOSTUNREACH, ENETUNREACH

from ..extensions.targets.reject import inet_peer
from .defrag import IP_DF

# ip_error(): the unreachable code of each input route error that has one (EINVAL: blackhole, none)
IP_ERROR_CODES = {EHOSTUNREACH: 1, ENETUNREACH: 0, EACCES: 13}
IP_RT_ERROR_COST, IP_RT_ERROR_BURST = 1.0, 5.0     # seconds (HZ, 5 * HZ)
REDIRECT_LOAD, REDIRECT_NUMBER, REDIRECT_SILENCE = 0.02, 9, 20.48   # ip_rt_redirect_*


def exceeded_mtu(host, pkt, indev: str, outdev: str) -> int:
    """ip_exceeds_mtu(): the output device's MTU when a DF packet is longer, else 0. A packet
    longer than its input device's MTU cannot have come off the wire whole: it is a GRO
    aggregate of the capturing host (skb_is_gso), whose segments are not checked here."""
    if not pkt.frag & IP_DF:
        return 0
    links = host.links
    mtu = links[outdev].mtu if outdev in links else 0
    if not mtu or pkt.len <= mtu or (indev in links and pkt.len > links[indev].mtu):
        return 0
    return mtu


def send_redirect(stack, pkt, rt) -> None:
    """ip_rt_send_redirect(): a host redirect to the next hop, for a packet that goes back out of
    its input device, with an exponential backoff per source (ip_rt_redirect_load 20 ms << the
    redirects sent so far, at most 9, until 20.48 s without redirected packets reset it); the
    last-sent time is the one icmp_send()'s token bucket keeps for that source."""
    now, peers, saddr = stack.par.now, stack.ipv4.icmp_peers, pkt.saddr
    tokens, last = inet_peer(peers, saddr, now)
    redirects = stack.ipv4.redirects
    sent = redirects.get(saddr, 0)
    if now > last + REDIRECT_SILENCE:
        tokens = sent = 0
    if sent >= REDIRECT_NUMBER:
        last = now
    elif not sent or now > last + REDIRECT_LOAD * (1 << sent):
        stack.icmp(pkt, 5, 1, rt.gw, "ICMP redirect")                    # ICMP_REDIR_HOST
        last, sent = now, sent + 1
    peers[saddr] = (tokens, last)
    redirects[saddr] = sent


def ip_error(stack, pkt, err: int) -> None:
    """ip_error(): an input route error answers with a destination unreachable, through a
    per-source token bucket (ip_rt_error_cost 1 s, burst 5 s) that icmp_send()'s own rate
    limit then draws on too: the two share the peer's tokens, so a burst of errors from one
    source gets about two answers."""
    now, peers = stack.par.now, stack.ipv4.icmp_peers
    tokens, last = inet_peer(peers, pkt.saddr, now)
    tokens = min(tokens + now - last, IP_RT_ERROR_BURST)
    send = tokens >= IP_RT_ERROR_COST
    peers[pkt.saddr] = (tokens - IP_RT_ERROR_COST if send else tokens, now)
    if send:
        stack.icmp(pkt, 3, IP_ERROR_CODES[err], 0, "ICMP destination unreachable")
