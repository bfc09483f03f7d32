"""-m conntrack (revision 3): the packet's conntrack entry, state and tuples (xt_conntrack)."""
from __future__ import annotations

from ...xtables import Match, Opt, ParamError, register
from .addrs import addr_text, ipmask_to_numeric

# xt_conntrack state bits: XT_CONNTRACK_STATE_BIT(ctinfo) = 1 << (ctinfo % IP_CT_IS_REPLY + 1)
ST_INVALID, ST_ESTABLISHED, ST_RELATED, ST_NEW = 1, 2, 4, 8
ST_SNAT, ST_DNAT, ST_UNTRACKED = 1 << 6, 1 << 7, 1 << 8
# parse order (each name matches any case-insensitive prefix of itself) and print order
STATE_PARSE = (("INVALID", ST_INVALID), ("NEW", ST_NEW), ("ESTABLISHED", ST_ESTABLISHED),
               ("RELATED", ST_RELATED), ("UNTRACKED", ST_UNTRACKED), ("SNAT", ST_SNAT), ("DNAT", ST_DNAT))
STATE_PRINT = (("INVALID", ST_INVALID), ("NEW", ST_NEW), ("RELATED", ST_RELATED),
               ("ESTABLISHED", ST_ESTABLISHED), ("UNTRACKED", ST_UNTRACKED), ("SNAT", ST_SNAT),
               ("DNAT", ST_DNAT))
IPS_EXPECTED, IPS_SEEN_REPLY, IPS_ASSURED, IPS_CONFIRMED = 1, 2, 4, 8
IPS_SRC_NAT, IPS_DST_NAT = 16, 32
STATUS_NAMES = (("NONE", 0), ("EXPECTED", IPS_EXPECTED), ("SEEN_REPLY", IPS_SEEN_REPLY),
                ("ASSURED", IPS_ASSURED), ("CONFIRMED", IPS_CONFIRMED))
IP_CT_IS_REPLY, IP_CT_UNTRACKED = 3, 7


def _lookup(word: str, table) -> int | None:
    w = word.lower()
    for name, bit in table:
        if name.lower().startswith(w):
            return bit
    return None


def parse_list(arg: str, table, what: str) -> int:
    """Comma list of names; on error the message quotes the rest of the list from the bad word on."""
    mask, pos = 0, 0
    while True:
        comma = arg.find(",", pos)
        word = arg[pos:] if comma < 0 else arg[pos:comma]
        bit = _lookup(word, table) if word else None
        if bit is None:
            raise ParamError(f'Bad {what} "{arg[pos:]}"')
        mask |= bit
        if comma < 0:
            return mask
        pos = comma + 1


def names_text(mask: int, table) -> str:
    return ",".join(name for name, bit in table if mask & bit)


def parse_ctdir(arg: str, ext) -> int:
    a = arg.upper()
    if a not in ("ORIGINAL", "REPLY"):
        raise ParamError(f'conntrack: Bad value for "--ctdir" option: "{arg}"')
    return 0 if a == "ORIGINAL" else 1


ADDR_KEYS = ("ctorigsrc", "ctorigdst", "ctreplsrc", "ctrepldst")
PORT_KEYS = ("ctorigsrcport", "ctorigdstport", "ctreplsrcport", "ctrepldstport")


class Conntrack(Match):
    NAME = "conntrack"
    HELP = ("conntrack match options:\n"
            "[!] --ctstate {INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED|SNAT|DNAT}[,...]\n"
            "                               State(s) to match\n"
            "[!] --ctproto proto            Protocol to match; by number or name, e.g. \"tcp\"\n"
            "[!] --ctorigsrc address[/mask]\n"
            "[!] --ctorigdst address[/mask]\n"
            "[!] --ctreplsrc address[/mask]\n"
            "[!] --ctrepldst address[/mask]\n"
            "                               Original/Reply source/destination address\n"
            "[!] --ctorigsrcport port\n"
            "[!] --ctorigdstport port\n"
            "[!] --ctreplsrcport port\n"
            "[!] --ctrepldstport port\n"
            "                               TCP/UDP/SCTP orig./reply source/destination port\n"
            "[!] --ctstatus {NONE|EXPECTED|SEEN_REPLY|ASSURED|CONFIRMED}[,...]\n"
            "                               Status(es) to match\n"
            "[!] --ctexpire time[:time]     Match remaining lifetime in seconds against\n"
            "                               value or range of values (inclusive)\n"
            "    --ctdir {ORIGINAL|REPLY}   Flow direction of packet\n")
    NEEDS_CONNTRACK = True
    REVISION = 3
    OPTIONS = (
        Opt("ctstate", lambda a, e: parse_list(a, STATE_PARSE, "ctstate"), invert=True),
        Opt("ctproto", "protocol", invert=True),
        Opt("ctorigsrc", "hostmask", invert=True),
        Opt("ctorigdst", "hostmask", invert=True),
        Opt("ctreplsrc", "hostmask", invert=True),
        Opt("ctrepldst", "hostmask", invert=True),
        Opt("ctstatus", lambda a, e: parse_list(a, STATUS_NAMES, "ctstatus"), invert=True),
        Opt("ctexpire", "uint32rc", invert=True),
        Opt("ctorigsrcport", "portrc", invert=True),
        Opt("ctorigdstport", "portrc", invert=True),
        Opt("ctreplsrcport", "portrc", invert=True),
        Opt("ctrepldstport", "portrc", invert=True),
        Opt("ctdir", parse_ctdir),
    )

    # `! --ctproto 0` is accepted: libxt_conntrack tests "rule would never match" before it sets
    # the invert flag, so that check never fires.

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("conntrack: At least one option is required")

    # -- output: conntrack_dump() with prefix "--" (save) or "" (print) -------------------------
    def _dump(self, pfx: str, numeric: bool) -> str:
        v, inv, out = self.v, self.inv, []

        def bang(key):
            return " !" if inv[key] else ""
        if "ctstate" in v:
            word = "state" if self.alias_name == "state" else "ctstate"
            out.append(f"{bang('ctstate')} {pfx}{word} {names_text(v['ctstate'], STATE_PRINT)}".rstrip(" ")
                       if v["ctstate"] else f"{bang('ctstate')} {pfx}{word}")
        if "ctproto" in v:
            out.append(f"{bang('ctproto')} {pfx}ctproto {v['ctproto']}")
        for key in ADDR_KEYS:
            if key in v:
                addr, mask = v[key]
                if not numeric and addr == 0:
                    text = "anywhere"
                else:
                    text = addr_text(addr, numeric) + ipmask_to_numeric(mask)
                out.append(f"{bang(key)} {pfx}{key} {text}")
        for key in PORT_KEYS:
            if key in v:
                lo, hi = v[key]
                text = str(lo) if hi == 0 or lo == hi else f"{lo}:{hi}"
                out.append(f"{bang(key)} {pfx}{key} {text}")
        if "ctstatus" in v:
            mask = v["ctstatus"]
            out.append(f"{bang('ctstatus')} {pfx}ctstatus "
                       f"{names_text(mask, STATUS_NAMES[1:]) if mask else 'NONE'}")
        if "ctexpire" in v:
            lo, hi = v["ctexpire"]
            out.append(f"{bang('ctexpire')} {pfx}ctexpire {lo if lo == hi else f'{lo}:{hi}'}")
        if "ctdir" in v:
            out.append(f" {pfx}ctdir {'REPLY' if v['ctdir'] else 'ORIGINAL'}")
        return "".join(out)

    def save(self):
        return self._dump("--", True)

    def print(self, numeric):
        return self._dump("", numeric)

    # -- runtime: conntrack_mt() + ct_proto_port_check_v3() --------------------------------------
    def compile(self):
        v, inv = self.v, self.inv
        has_state = "ctstate" in v
        state_mask, state_inv = v.get("ctstate", 0), inv.get("ctstate", False)
        direction = v.get("ctdir")
        addr_checks = []
        for i, key in enumerate(ADDR_KEYS):
            if key in v:
                a, m = v[key]
                addr_checks.append((i, a & m, m, inv[key]))
        port_checks = []
        for i, key in enumerate(PORT_KEYS):
            if key in v:
                lo, hi = v[key]
                port_checks.append((i, lo, hi, inv[key]))
        proto = v.get("ctproto")
        proto_inv = inv.get("ctproto", False)
        status = v.get("ctstatus")
        status_inv = inv.get("ctstatus", False)
        expire = v.get("ctexpire")
        expire_inv = inv.get("ctexpire", False)
        need_tuples = bool(addr_checks or port_checks)
        if has_state and set(v) == {"ctstate"}:
            return _state_only(state_mask, bool(state_inv))

        def conntrack_mt(pkt, par):
            ct = pkt.ct
            if ct is not None:
                statebit = 1 << (pkt.ctinfo % IP_CT_IS_REPLY + 1)
            elif pkt.nfct_untracked or pkt.ctinfo == IP_CT_UNTRACKED:
                statebit = ST_UNTRACKED
            else:
                statebit = ST_INVALID
            if has_state:
                if ct is not None:
                    st = ct.status
                    if st & IPS_SRC_NAT:
                        statebit |= ST_SNAT
                    if st & IPS_DST_NAT:
                        statebit |= ST_DNAT
                if bool(state_mask & statebit) == state_inv:
                    return False
            if ct is None:
                return has_state
            if direction is not None and (pkt.ctinfo >= IP_CT_IS_REPLY) != bool(direction):
                return False
            if need_tuples:
                tuples = ct.tuple_orig, ct.tuple_reply
                for i, a, m, ainv in addr_checks:
                    t = tuples[i >> 1]
                    if ((t[i & 1] & m) == a) == ainv:
                        return False
            if proto is not None and (ct.protonum == proto) == proto_inv:
                return False
            if port_checks:
                for i, lo, hi, pinv in port_checks:
                    port = tuples[i >> 1][3 + (i & 1)]
                    if (lo <= port <= hi) == pinv:
                        return False
            if status is not None and bool(status & ct.status) == status_inv:
                return False
            if expire is not None:
                left = int(ct.expires_in(par.now))
                if (expire[0] <= left <= expire[1]) == expire_inv:
                    return False
            return True
        return conntrack_mt


def _state_only(state_mask: int, state_inv: bool):
    """conntrack_mt() for the commonest rule, `--ctstate` (or -m state) and nothing else."""
    def conntrack_state_mt(pkt, par):
        ct = pkt.ct
        if ct is not None:
            statebit = 1 << (pkt.ctinfo % IP_CT_IS_REPLY + 1)
            st = ct.status
            if st & IPS_SRC_NAT:
                statebit |= ST_SNAT
            if st & IPS_DST_NAT:
                statebit |= ST_DNAT
        elif pkt.nfct_untracked or pkt.ctinfo == IP_CT_UNTRACKED:
            statebit = ST_UNTRACKED
        else:
            statebit = ST_INVALID
        return (state_mask & statebit != 0) is not state_inv
    return conntrack_state_mt


register(Conntrack)
