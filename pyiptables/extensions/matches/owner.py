"""-m owner: the socket that sent a locally generated packet (xt_owner, revision 1).

The host's own packets come from the socket extensions/sender.py describes (uid 0, gid 0); every
other packet has none (`skb->sk` NULL), so owner_mt returns `(match ^ invert) == 0`: the rule
matches only when every option it gives is inverted; --suppl-groups cannot be inverted, so a rule
with it never matches those.
"""
from __future__ import annotations

import grp
import pwd

from ...xtables import LOCAL_OUT, POST_ROUTING, KernelError, Match, Opt, ParamError, register
from ...xtoptions import strtoul_end
from .. import sender

UID, GID, SOCKET, SUPPL = 1, 2, 4, 8       # XT_OWNER_*


def _bad(opt: str, arg: str):
    return ParamError(f'owner: Bad value for "{opt}" option: "{arg}"')


def parse_range(arg: str, opt: str) -> tuple[int, int]:
    """id[-id] or id[:id], each at most UINT32_MAX - 1 (-1 is the invalid id)."""
    lo, end = strtoul_end(arg)
    if lo is None or lo > 0xFFFFFFFE:
        raise _bad(opt, arg)
    hi = lo
    if arg[end:end + 1] in ("-", ":"):
        hi, e2 = strtoul_end(arg[end + 1:])
        if hi is None or hi > 0xFFFFFFFE:
            raise _bad(opt, arg)
        end += 1 + e2
    if end != len(arg):
        raise _bad(opt, arg)
    return lo, hi


def _uid(arg, ext):
    try:
        u = pwd.getpwnam(arg).pw_uid
        return u, u
    except KeyError:
        return parse_range(arg, "--uid-owner")


def _gid(arg, ext):
    try:
        g = grp.getgrnam(arg).gr_gid
        return g, g
    except KeyError:
        return parse_range(arg, "--gid-owner")


def _name(lo, hi, numeric, lookup):
    if lo != hi:
        return f"{lo}-{hi}"
    if not numeric:
        try:
            return lookup(lo)
        except (KeyError, OverflowError):
            pass
    return str(lo)


class Owner(Match):
    NAME = "owner"
    REVISION = 1
    HELP = ("owner match options:\n"
            "[!] --uid-owner userid[-userid]      Match local UID\n"
            "[!] --gid-owner groupid[-groupid]    Match local GID\n"
            "[!] --socket-exists                  Match if socket exists\n"
            "    --suppl-groups                   Also match supplementary groups set with --gid-owner\n")
    HOOKS = (1 << LOCAL_OUT) | (1 << POST_ROUTING)
    OPTIONS = (
        Opt("uid-owner", _uid, invert=True),
        Opt("gid-owner", _gid, invert=True),
        Opt("socket-exists", "none", invert=True, nargs=0),
        Opt("suppl-groups", "none", nargs=0),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name == "suppl-groups" and "gid-owner" not in self.v:
            raise _bad("--suppl-groups", "you need to use --gid-owner first")
        super().parse(opt, arg, invert, ctx)

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("owner: At least one of --uid-owner, --gid-owner or --socket-exists is required")

    def check_entry(self, table, hookmask, rule):
        # owner_check: an id range must not be reversed
        for key in ("uid-owner", "gid-owner"):
            if key in self.v and self.v[key][0] > self.v[key][1]:
                raise KernelError()

    def _items(self, labels, numeric):
        out = []
        for key, label in labels:
            if key not in self.v:
                continue
            out.append(f"{' !' if self.inv[key] else ''} {label}")
            if key == "uid-owner":
                out.append(" " + _name(*self.v[key], numeric, lambda u: pwd.getpwuid(u).pw_name))
            elif key == "gid-owner":
                out.append(" " + _name(*self.v[key], numeric, lambda g: grp.getgrgid(g).gr_name))
        return "".join(out)

    def save(self):
        return self._items((("socket-exists", "--socket-exists"), ("uid-owner", "--uid-owner"),
                            ("gid-owner", "--gid-owner"), ("suppl-groups", "--suppl-groups")), True)

    def print(self, numeric):
        return self._items((("socket-exists", "owner socket exists"), ("uid-owner", "owner UID match"),
                            ("gid-owner", "owner GID match"), ("suppl-groups", "incl. suppl. groups")),
                           numeric)

    def compile(self):
        bits = {"uid-owner": UID, "gid-owner": GID, "socket-exists": SOCKET, "suppl-groups": SUPPL}
        match = sum(b for k, b in bits.items() if k in self.v)
        invert = sum(b for k, b in bits.items() if self.inv.get(k))
        without = (match ^ invert) == 0
        local = self._sender_verdict(match, invert)
        return lambda pkt, par: local if pkt.local_origin else without

    def _sender_verdict(self, match: int, invert: int) -> bool:
        """owner_mt() for a packet of the host's own socket (extensions/sender.py)."""
        if match & invert & SOCKET:
            return False
        if match & UID:
            lo, hi = self.v["uid-owner"]
            if (lo <= sender.UID <= hi) ^ (not invert & UID):
                return False
        if match & GID:
            lo, hi = self.v["gid-owner"]
            hit = lo <= sender.GID <= hi or (bool(match & SUPPL) and any(lo <= g <= hi for g in sender.GROUPS))
            if hit ^ (not invert & GID):
                return False
        return True


register(Owner)
