"""The runtime of -m hashlimit: hashlimit_mt_common() with the kernel's integer arithmetic.

A table (htable) is shared by every rule naming it; the rule that creates it fixes its flow key,
how an entry starts, refills and expires (rateinfo_init/rateinfo_recalc use the htable's config).
Each rule still chooses its own cost (packets or bytes), rate-match test and inversion."""
from __future__ import annotations

from ...packet import IPPROTO_DCCP, IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_UDPLITE
from .hashlimit_units import BYTE_SHIFT, SCALE, U32, U64

HZ = 250
CREDITS_PER_JIFFY = 1 << 39             # POW2_BELOW64(0xFFFFFFFFFFFFFFFF // (HZ * 86400))
CREDIT_FACTOR = HZ * CREDITS_PER_JIFFY // SCALE
CPJ_BYTES = 1 << 24                     # POW2_BELOW32(0xFFFFFFFF // HZ)
BYTE_BUCKET = CPJ_BYTES * HZ            # a full byte bucket: one second of refills
DEFAULT_SIZE = 8192                     # htable-size on a host with more than 1 GiB of RAM
IPPROTO_ESP, IPPROTO_AH = 50, 51
# proto_ports_offset(): where the two 16-bit "ports" of the key are (the SPI for ESP and AH)
PORTS_AT = {IPPROTO_TCP: 0, IPPROTO_UDP: 0, IPPROTO_DCCP: 0, IPPROTO_ESP: 0, IPPROTO_SCTP: 0,
            IPPROTO_UDPLITE: 0, IPPROTO_AH: 4}

# an entry: [prev, expires, credit, credit_cap, cost, prev_window, current_rate, rate, burst, interval]
PREV, EXPIRES, CREDIT, CAP, COST, WINDOW, CURRENT, RATE, BURST, INTERVAL = range(10)


def user2credits(user: int) -> int:
    return (user * CREDIT_FACTOR) & U64


def user2credits_byte(user: int) -> int:
    return ((user & U32) * BYTE_BUCKET) >> 32


def msecs_to_jiffies(ms: int) -> int:
    return -(-ms * HZ // 1000)


def htable_ops(c: dict) -> dict:
    """What htable_create() keeps from the rule that creates the table."""
    smask = (0xFFFFFFFF << (32 - c["srcmask"])) & 0xFFFFFFFF if c["srcmask"] else 0
    dmask = (0xFFFFFFFF << (32 - c["dstmask"])) & 0xFFFFFFFF if c["dstmask"] else 0
    mode = c["mode"]
    use_src, use_dst, use_sport, use_dport = mode & 2, mode & 1, mode & 8, mode & 4
    avg, burst, interval = c["avg"], c["burst"], c["interval"]
    size = min(c["size"], 1048576) or DEFAULT_SIZE
    limit = min(c["max"], 1048576)
    limit = 8 * size if limit == 0 else max(limit, size)

    def key(pkt):
        """hashlimit_init_dst(); None when the ports cannot be read (the packet is hotdropped)."""
        sport = dport = 0
        if use_sport or use_dport:
            at = PORTS_AT.get(pkt.proto)
            if at is not None:
                off = pkt.thoff + at
                d = pkt.data
                if off + 4 > len(d):
                    return None
                sport, dport = (d[off] << 8) | d[off + 1], (d[off + 2] << 8) | d[off + 3]
        return ((pkt.saddr & smask) if use_src else 0, (pkt.daddr & dmask) if use_dst else 0,
                sport if use_sport else 0, dport if use_dport else 0)

    if c["rate_match"]:
        if c["bytes"]:
            rate = (((U32 // (avg & U32) if avg & U32 else U32) - 1) << BYTE_SHIFT) & U64
            peak = (burst * rate) & U64 if burst else rate
        else:
            rate = SCALE // avg
            peak = (burst + rate) & U64
        window = (interval * HZ) & U32             # u32 arithmetic in rateinfo_recalc

        def init(now):
            return [now, 0, 0, 0, 0, 0, 0, rate, peak, interval]

        def recalc(e, now):
            delta = now - e[PREV]
            if delta == 0 or delta < window:
                return
            e[PREV] = now
            e[WINDOW] = (e[CURRENT] * window) & U64 > (delta * e[RATE]) & U64
            e[CURRENT] = 0
    elif c["bytes"]:
        cost = user2credits_byte(avg)

        def init(now):
            return [now, 0, BYTE_BUCKET, burst, cost, 0, 0, 0, 0, 0]

        def recalc(e, now):
            delta = now - e[PREV]
            if delta == 0:
                return
            e[PREV] = now
            credit = e[CREDIT] + CPJ_BYTES * delta
            e[CREDIT] = BYTE_BUCKET if credit > BYTE_BUCKET or credit > U64 else credit
    else:
        full = user2credits((avg * burst) & U64)
        cost = user2credits(avg)

        def init(now):
            return [now, 0, full, full, cost, 0, 0, 0, 0, 0]

        def recalc(e, now):
            delta = now - e[PREV]
            if delta == 0:
                return
            e[PREV] = now
            credit = (e[CREDIT] + delta * CREDITS_PER_JIFFY) & U64
            e[CREDIT] = e[CAP] if credit > e[CAP] else credit

    return {"key": key, "init": init, "recalc": recalc, "expire": msecs_to_jiffies(c["expire"]),
            "gc": msecs_to_jiffies(c["gc"]), "limit": limit}


def compile_hashlimit(c: dict, own: dict):
    inv, rate_match, by_bytes, name = c["invert"], c["rate_match"], c["bytes"], c["name"]
    cache = [object(), None]

    def table_of(par, now):
        st = par.state
        if cache[0] is st:
            return cache[1]
        tables = st.setdefault("xt_hashlimit", {}) if isinstance(st, dict) else own.setdefault("tables", {})
        t = tables.get(name)
        if t is None or "cfg" not in t:
            # normally made by checkentry (Hashlimit.check_shared); plain data: it is pickled
            t = tables[name] = {"t0": now, "flows": {}, "cfg": dict(c)}
        if t["t0"] is None:
            t["t0"] = now           # garbage collections are counted from the first packet
        ops = htable_ops(t["cfg"])
        cache[0], cache[1] = st, (t["flows"], t["t0"], ops["key"], ops["init"], ops["recalc"],
                                  ops["expire"], ops["gc"], ops["limit"])
        return cache[1]

    def gone(e, now, t0, gc):
        """Whether a garbage collection (every gc jiffies since the table exists) freed it."""
        return now > e[EXPIRES] and (now - t0) // gc * gc + t0 > e[EXPIRES]

    def hashlimit_mt(pkt, par):
        now = int(par.now * HZ)
        flows, t0, key_of, init, recalc, expire, gc, limit = table_of(par, now)
        key = key_of(pkt)
        if key is None:
            par.hotdrop = True
            return False
        e = flows.get(key)
        if e is not None and gone(e, now, t0, gc):
            del flows[key]
            e = None
        if e is None:
            if len(flows) >= limit:
                for k in [k for k, x in flows.items() if gone(x, now, t0, gc)]:
                    del flows[k]
                if len(flows) >= limit:
                    par.hotdrop = True      # "max count of %u reached"
                    return False
            e = flows[key] = init(now)
        else:
            recalc(e, now)
        e[EXPIRES] = now + expire
        if rate_match:
            e[CURRENT] += len(pkt.data) if by_bytes else 1
            if not e[WINDOW] and e[CURRENT] <= e[BURST]:
                return not inv
            return inv
        if by_bytes:
            cost = (((len(pkt.data) >> BYTE_SHIFT) + 1) * e[COST]) & U64
            if cost > BYTE_BUCKET:
                cost = BYTE_BUCKET
            if e[CREDIT] < cost and e[CAP]:
                e[CAP] -= 1             # a burst refills the empty bucket, once per unit
                e[CREDIT] = BYTE_BUCKET
        else:
            cost = e[COST]
        if e[CREDIT] >= cost:
            e[CREDIT] -= cost
            return not inv
        return inv
    return hashlimit_mt
