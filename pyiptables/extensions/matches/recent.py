"""-m recent (revision 1): per-name tables of recently seen addresses (xt_recent).

Tables are shared by every rule naming them, so they live in the walk's per-namespace runtime
state (`par.state["xt_recent"]`, created by the first packet of a rule naming them, with that
rule's --mask as the kernel uses the creating rule's); without one, in the rule's own ext.state.
"""
from __future__ import annotations

from collections import OrderedDict

from ...packet import ntoa
from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import c_cut

HZ = 250
IP_LIST_TOT = 200          # ip_list_tot: entries per table; the oldest goes when full
IP_PKT_LIST_TOT = 20       # ip_pkt_list_tot: time stamps kept per entry, unless a --hitcount needs more
XT_RECENT_MAX_NSTAMPS = 1 << 16    # a --hitcount must stay below it
XT_RECENT_NAME_LEN = 200
SET, CHECK, UPDATE, REMOVE = "set", "rcheck", "update", "remove"
ACTIONS = (SET, CHECK, UPDATE, REMOVE)


class Recent(Match):
    NAME = "recent"
    REVISION = 1
    HELP = ("recent match options:\n"
            "[!] --set                       Add source address to list, always matches.\n"
            "[!] --rcheck                    Match if source address in list.\n"
            "[!] --update                    Match if source address in list, also update last-seen time.\n"
            "[!] --remove                    Match if source address in list, also removes that address from list.\n"
            "    --seconds seconds           For check and update commands above.\n"
            "                                Specifies that the match will only occur if source"
            " address last seen within\n"
            "                                the last 'seconds' seconds.\n"
            "    --reap                      Purge entries older then 'seconds'.\n"
            "                                Can only be used in conjunction with the seconds option.\n"
            "    --hitcount hits             For check and update commands above.\n"
            "                                Specifies that the match will only occur if source"
            " address seen hits times.\n"
            "                                May be used in conjunction with the seconds option.\n"
            "    --rttl                      For check and update commands above.\n"
            "                                Specifies that the match will only occur if the source"
            " address and the TTL\n"
            "                                match between this packet and the one which was set.\n"
            "                                Useful if you have problems with people spoofing their"
            " source address in order\n"
            "                                to DoS you via this module.\n"
            "    --name name                 Name of the recent list to be used.  DEFAULT used if none given.\n"
            "    --rsource                   Match/Save the source address of each packet in the"
            " recent list table (default).\n"
            "    --rdest                     Match/Save the destination address of each packet in"
            " the recent list table.\n"
            "    --mask netmask              Netmask that will be applied to this recent list.\n"
            "xt_recent by: Stephen Frost <sfrost@snowman.net>.\n")
    OPTIONS = (
        Opt("set", "none", nargs=0, invert=True, excl=(CHECK, UPDATE, REMOVE)),
        Opt("rcheck", "none", nargs=0, invert=True, excl=(SET, UPDATE, REMOVE)),
        Opt("update", "none", nargs=0, invert=True, excl=(SET, CHECK, REMOVE)),
        Opt("remove", "none", nargs=0, invert=True, excl=(SET, CHECK, UPDATE)),
        Opt("seconds", "uint32", min=1),
        Opt("reap", "none", nargs=0, also=("seconds",)),
        Opt("hitcount", "uint32"),
        Opt("rttl", "none", nargs=0, excl=(SET, REMOVE)),
        Opt("name", "string"),
        Opt("rsource", "none", nargs=0),
        Opt("rdest", "none", nargs=0),
        Opt("mask", "host"),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name in ACTIONS:
            self.v["action"] = opt.name
            self.inv["action"] = invert
        elif opt.name in ("rsource", "rdest"):
            self.v["side"] = opt.name
        elif opt.name == "name":
            arg = c_cut(arg, XT_RECENT_NAME_LEN)     # XTOPT_PUT into char name[XT_RECENT_NAME_LEN]
        super().parse(opt, arg, invert, ctx)

    def final_check(self, ctx):
        if "action" not in self.v:
            raise ParamError("recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'")

    def _get(self):
        v = self.v
        return (v["action"], self.inv["action"], v.get("seconds", 0), "reap" in v, v.get("hitcount", 0),
                "rttl" in v, v.get("name", "DEFAULT"), v.get("mask", 0xFFFFFFFF), v.get("side", "rsource"))

    def check_entry(self, table, hookmask, rule):
        action, _, seconds, reap, hits, _, name, _, _ = self._get()
        if action in (SET, REMOVE) and (seconds or hits or reap):
            raise KernelError()
        if hits >= XT_RECENT_MAX_NSTAMPS:
            raise KernelError()
        if not name or "/" in name or name in (".", ".."):
            raise KernelError()

    def save(self):
        action, inv, seconds, reap, hits, rttl, name, mask, side = self._get()
        out = f"{' !' if inv else ''} --{action}"
        if seconds:
            out += f" --seconds {seconds - (1 << 32) if seconds >= 1 << 31 else seconds}"   # printf %d
        if reap:
            out += " --reap"
        if hits:
            out += f" --hitcount {hits - (1 << 32) if hits >= 1 << 31 else hits}"
        if rttl:
            out += " --rttl"
        return out + f" --name {name} --mask {ntoa(mask)} --{side}"

    def print(self, numeric):
        action, inv, seconds, reap, hits, rttl, name, mask, side = self._get()
        out = f"{' !' if inv else ''} recent: {PRINT_ACTION[action]}"
        if seconds:
            out += f" seconds: {seconds - (1 << 32) if seconds >= 1 << 31 else seconds}"
        if reap:
            out += " reap"
        if hits:
            out += f" hit_count: {hits - (1 << 32) if hits >= 1 << 31 else hits}"
        if rttl:
            out += " TTL-Match"
        out += f" name: {name}" + (" side: source" if side == "rsource" else " side: dest")
        return out + f" mask: {ntoa(mask)}"

    # -- runtime: recent_mt() ------------------------------------------------------------------
    def compile(self):
        action, inv, seconds, reap, hits, rttl, name, mask, side = self._get()
        use_dst = side == "rdest"
        ring = 1 << (max(hits, IP_PKT_LIST_TOT) - 1).bit_length()     # roundup_pow_of_two
        window = seconds * HZ
        own = self.state
        cache = [object(), None]

        def table_of(par):
            st = par.state
            if cache[0] is st:
                return cache[1]
            tables = st.setdefault("xt_recent", {}) if isinstance(st, dict) else own.setdefault("tables", {})
            t = tables.get(name)
            if t is None:
                t = tables[name] = RecentTable(mask, ring)
            elif ring > t.ring:
                t.entries.clear()           # the kernel flushes a table whose stamp ring grows
                t.ring = ring
            cache[0], cache[1] = st, t
            return t

        def recent_mt(pkt, par):
            t = table_of(par)
            addr = (pkt.daddr if use_dst else pkt.saddr) & t.mask
            ttl = pkt.ttl
            if pkt.outdev and not pkt.local_origin:
                ttl += 1            # the TTL as seen before forwarding
            now = int(par.now * HZ)
            ret = inv
            e = t.entries.get(addr)
            if e is not None and rttl and ttl and e[0] != ttl:
                e = None
            if e is None:
                if action != SET:
                    return ret
                t.add(addr, ttl, now)
                return not ret
            if action == SET:
                ret = not ret
            elif action == REMOVE:
                del t.entries[addr]
                return not ret
            elif seconds or hits:
                oldest_ok = now - window
                n = 0
                for stamp in e[1]:
                    if seconds and stamp < oldest_ok:
                        continue
                    n += 1
                    if not hits or n >= hits:
                        ret = not ret
                        break
                if reap:
                    t.reap(oldest_ok, e, action == UPDATE and ret != inv)
            else:
                ret = not ret
            # --update refreshes the entry only when the rule matches (a miss leaves no stamp)
            if (action == SET or (action == UPDATE and ret)) and addr in t.entries:
                t.update(addr, e, ttl, now)
            return ret
        return recent_mt


PRINT_ACTION = {SET: "SET", CHECK: "CHECK", UPDATE: "UPDATE", REMOVE: "REMOVE"}


class RecentTable:
    """One /proc/net/xt_recent/NAME: address -> [ttl, stamps, next index], oldest first (the LRU)."""

    __slots__ = ("mask", "ring", "entries")

    def __init__(self, mask: int, ring: int):
        self.mask = mask
        self.ring = ring            # stamps kept per entry: a power of two
        self.entries: OrderedDict = OrderedDict()

    def add(self, addr, ttl, now):
        if len(self.entries) >= IP_LIST_TOT:
            self.entries.popitem(last=False)
        self.entries[addr] = [ttl, [now], 1]

    def update(self, addr, e, ttl, now):
        stamps, idx = e[1], e[2] & (self.ring - 1)
        if idx < len(stamps):
            stamps[idx] = now
        else:
            stamps.append(now)
        e[2] = idx + 1
        e[0] = ttl
        self.entries.move_to_end(addr)

    def reap(self, oldest_ok, working, updating):
        """recent_entry_reap(): only the least recently used entry can go, if its last stamp is old."""
        if not self.entries:
            return
        addr, e = next(iter(self.entries.items()))
        if e is working and updating:
            return
        if e[1][e[2] - 1] < oldest_ok:
            del self.entries[addr]


register(Recent)
