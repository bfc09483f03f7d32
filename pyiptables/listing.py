"""`iptables -L` tables and the rule line `-v` prints for -A/-I/-R/-D/-C, as iptables 1.8.9 (legacy).

Names without -n come from local files only, as the real tool finds them in a namespace without
a network: hosts from /etc/hosts, networks from /etc/networks, protocols from /etc/protocols and
ports (inside the extensions) from /etc/services.
"""
from __future__ import annotations

from functools import lru_cache

from .errors import IptablesError
from .model import INV_DSTIP, INV_FRAG, INV_PROTO, INV_SRCIP, INV_VIA_IN, INV_VIA_OUT, Rule
from .save import CHAIN_PROTOS, CIDR_TEXT
from .save import dotted as ntoa
from .xtoptions import proto_name

HOSTS = "/etc/hosts"
NETWORKS = "/etc/networks"

# option bits of Parsed.options (cmdline.OPT_CHARS = "nsdpjvxio0cf")
_OPT_NUMERIC, _OPT_EXACT, _OPT_LINENUMBERS = 1 << 0, 1 << 6, 1 << 9

_U64 = (1 << 64) - 1


# -- name lookups (gethostbyaddr / getnetbyaddr over the files backends) -------------------------
def _inet_aton4(s: str) -> int | None:
    parts = s.split(".")
    if len(parts) != 4:
        return None
    try:
        b = [int(p, 10) for p in parts]
    except ValueError:
        return None
    if any(x < 0 or x > 255 for x in b):
        return None
    return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]


def _inet_network(s: str) -> int | None:
    """A network number of /etc/networks: glibc pads a short one with `.0` parts before
    inet_network(), so `10` is 10.0.0.0 and `10.1` is 10.1.0.0."""
    parts = s.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    parts += ["0"] * (4 - len(parts))
    v = 0
    for p in parts:
        try:
            n = int(p, 16) if p[:2].lower() == "0x" else int(p, 8) if len(p) > 1 and p[0] == "0" else int(p)
        except ValueError:
            return None
        if not 0 <= n <= 255:
            return None
        v = (v << 8) | n
    return v


@lru_cache(maxsize=None)
def _hosts() -> dict[int, str]:
    """address -> canonical name of the first /etc/hosts line naming it."""
    out: dict[int, str] = {}
    try:
        with open(HOSTS, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.split("#", 1)[0].split()
                if len(w) >= 2:
                    a = _inet_aton4(w[0])
                    if a is not None and a not in out:
                        out[a] = w[1]
    except OSError:
        pass
    return out


@lru_cache(maxsize=None)
def _networks() -> dict[int, str]:
    out: dict[int, str] = {}
    try:
        with open(NETWORKS, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.split("#", 1)[0].split()
                if len(w) >= 2:
                    n = _inet_network(w[1])
                    if n is not None and n not in out:
                        out[n] = w[0]
    except OSError:
        pass
    return out


def addr_name(a: int) -> str:
    """xtables_ipaddr_to_anyname: a host name, else a network name, else the dotted quad."""
    return _hosts().get(a) or _networks().get(a) or ntoa(a)


def mask_suffix(mask: int) -> str:
    """xtables_ipmask_to_numeric: "" for /32, `/len` for a prefix, else `/dotted`."""
    if mask == 0xFFFFFFFF:
        return ""
    return CIDR_TEXT.get(mask) or "/" + ntoa(mask)


def addr_text(addr: int, mask: int, numeric: bool) -> str:
    if not numeric:
        if mask == 0:
            return "anywhere"
        return addr_name(addr) + mask_suffix(mask)
    return ntoa(addr) + mask_suffix(mask)


# -- the columns ---------------------------------------------------------------------------------
_NUMBER = [str(i) for i in range(256)]


def proto_column(num: int, numeric: bool) -> str:
    """-L: the number with -n; else /etc/protocols' name, the built-in name, the number. The rule's
    protocol is 16 bits (`-p mptcp` is 262) but print_rule_details() takes a uint8_t: -L shows its
    low byte."""
    num &= 0xFF
    if numeric:
        return _NUMBER[num]
    if num:
        name = proto_name(num)
        if name:
            return name
    return CHAIN_PROTOS.get(num) or str(num)


def count(n: int, exact: bool, width: bool = True) -> str:
    """xtables_print_num: exact (-x) or rounded to K/M/G/T with C's uint64 wrap-around."""
    if exact:
        return f"{n:8d} " if width else f"{n} "
    if n <= 99999:
        return f"{n:5d} " if width else f"{n} "
    for suffix in "KMG":
        n = ((n + 500) & _U64) // 1000
        if n <= 9999:
            return f"{n:4d}{suffix} " if width else f"{n}{suffix} "
    n = ((n + 500) & _U64) // 1000
    return f"{n:4d}T " if width else f"{n}T "


def header(chain, refs: int, verbose: bool, exact: bool, linenumbers: bool) -> str:
    if chain.builtin:
        head = f"Chain {chain.name} (policy {chain.policy}"
        if verbose:
            head += f" {count(chain.pcnt, exact, False)}packets, {count(chain.bcnt, exact, False)}bytes"
        head += ")\n"
    else:
        head = f"Chain {chain.name} ({refs} references)\n"
    cols = "num  " if linenumbers else ""
    if verbose:
        cols += "    pkts      bytes " if exact else " pkts bytes "
    cols += "target     prot opt "
    if verbose:
        cols += "in     out     "
    return head + cols + "source               destination         \n"


def _pad(s: str, width: int) -> str:
    """printf("%-*s"): the width counts bytes, so a multi-byte name gets fewer blanks."""
    if s.isascii():
        return s.ljust(width)
    return s + " " * (width - len(s.encode("utf-8", "surrogateescape")))


def _iface(name: str, inv: bool, numeric: bool) -> str:
    return _pad(('!' if inv else '') + (name or ('*' if numeric else 'any')), 6) + " "


def rule_tail(r: Rule, numeric: bool) -> str:
    """[goto], then each match's print() and the target's print(), each with its leading space."""
    out = "[goto] " if r.goto else ""
    try:
        for m in r.matches:
            out += m.print(numeric)
        if r.target is not None:
            out += r.target.print(numeric)
    except IptablesError as e:
        e.tail = out                # what was printed when an extension's print gave up
        raise
    return out


def entry_line(r: Rule, num: int, numeric: bool, verbose: bool, exact: bool, linenumbers: bool) -> str:
    head = f"{num:<4d} " if linenumbers else ""
    if verbose:
        head += count(r.pcnt, exact) + count(r.bcnt, exact)
        inv = r.invflags
        head += target_columns(r, numeric) + " " + _iface(r.iniface, inv & INV_VIA_IN, numeric) + \
            _iface(r.outiface, inv & INV_VIA_OUT, numeric)
    else:
        head += target_columns(r, numeric)
    try:
        return f"{head}{address_columns(r, numeric)}\n"
    except IptablesError as e:
        # an extension died while printing (connlabel's empty connlabel.conf): the line ends there
        e.partial = head + address_columns(r, numeric, tail=False) + getattr(e, "tail", "")
        raise


def target_columns(r: Rule, numeric: bool) -> str:
    """`target prot opt ` of a rule's line."""
    inv = r.invflags
    name = r.target_name
    return (f"{name.ljust(9) if name.isascii() else _pad(name, 9)}{' !' if inv & INV_PROTO else '  '}"
            f"{proto_column(r.proto, numeric):<4} {'!' if inv & INV_FRAG else '-'}{'f' if r.frag else '-'} ")


def address_columns(r: Rule, numeric: bool, tail: bool = True) -> str:
    """`source destination ` and (`tail`) the extensions' texts, without the newline."""
    inv = r.invflags
    src, dst = addr_text(r.src, r.smsk, numeric), addr_text(r.dst, r.dmsk, numeric)
    return (f"{'!' if inv & INV_SRCIP else ' '}{src:<19} {'!' if inv & INV_DSTIP else ' '}{dst:<19} "
            f"{rule_tail(r, numeric) if tail else ''}")


_ANYWHERE = " 0.0.0.0/0           "    # an address column of 0.0.0.0/0
_proto_opt: dict = {}         # (proto, INV_PROTO/INV_FRAG bits, frag) -> `prot opt ` columns


def numeric_line(r: Rule) -> str:
    """The line `-L -n` prints for a rule, without its newline (nor what --line-numbers and -v add
    before and inside it): target_columns() and address_columns() with -n. It depends on the rule
    alone (-n looks no name up), so the store keeps it and `-L -n` needs no Rule objects."""
    inv = r.invflags
    name = r.target_name
    key = (r.proto, inv & (INV_PROTO | INV_FRAG), r.frag)
    cols = _proto_opt.get(key)
    if cols is None:
        cols = _proto_opt[key] = (f"{' !' if inv & INV_PROTO else '  '}{_NUMBER[r.proto & 0xFF]:<4} "
                                  f"{'!' if inv & INV_FRAG else '-'}{'f' if r.frag else '-'} ")
    out = (name.ljust(9) if name.isascii() else _pad(name, 9)) + cols
    if r.smsk or r.src or inv & INV_SRCIP:
        out += f"{'!' if inv & INV_SRCIP else ' '}{addr_text(r.src, r.smsk, True):<19} "
    else:
        out += _ANYWHERE
    if r.dmsk or r.dst or inv & INV_DSTIP:
        out += f"{'!' if inv & INV_DSTIP else ' '}{addr_text(r.dst, r.dmsk, True):<19} "
    else:
        out += _ANYWHERE
    return out + rule_tail(r, True)


def reference_counts(table) -> dict[str, int]:
    refs: dict[str, int] = {}
    for c in table.chains.values():
        for verdict in c.jumps():
            refs[verdict] = refs.get(verdict, 0) + 1
    return refs


def list_entries(table, p, out: list[str]) -> None:
    """`iptables -L [chain [rulenum]]` with -n, -v, -x, --line-numbers, into `out`."""
    numeric = bool(p.options & _OPT_NUMERIC)
    exact = bool(p.options & _OPT_EXACT)
    linenumbers = bool(p.options & _OPT_LINENUMBERS)
    verbose = bool(p.verbose)
    if p.chain is not None:
        c = table.chains.get(p.chain)
        if c is None:
            raise IptablesError("No chain/target/match by that name.", 1)
        chains = [c]
    else:
        chains = table.ordered_chains()
    refs = reference_counts(table) if any(not c.builtin for c in chains) and not p.rulenum else {}
    first = True
    for c in chains:
        if not first:
            out.append("\n")
        first = False
        # -n without -v: the lines the store keeps, when the chain's rules are not loaded
        kept = c.numeric_lines() if numeric and not verbose else None
        if not p.rulenum:
            out.append(header(c, refs.get(c.name, 0), verbose, exact, linenumbers))
            if kept is None:
                try:
                    for i, r in enumerate(c.rules, 1):
                        out.append(entry_line(r, i, numeric, verbose, exact, linenumbers))
                except IptablesError as e:
                    out.append(getattr(e, "partial", ""))
                    raise
            elif not kept:
                pass                # no rules
            elif linenumbers:
                out.extend(f"{i:<4d} {line}\n" for i, line in enumerate(kept.split("\0"), 1))
            else:
                out.append(kept.replace("\0", "\n") + "\n")
        elif p.rulenum <= c.size():
            if kept is None:
                out.append(entry_line(c.rules[p.rulenum - 1], p.rulenum, numeric, verbose, exact, linenumbers))
            else:
                line = kept.split("\0")[p.rulenum - 1]
                out.append(f"{p.rulenum:<4d} {line}\n" if linenumbers else line + "\n")


# -- the line `-v` prints for each rule of -A/-I/-R/-D/-C ------------------------------------------
def print_rule_line(r: Rule) -> str:
    """print_firewall_line(): numeric, no counters, `opt`/`in`/`out` labels and `->` between addresses."""
    inv = r.invflags
    proto = CHAIN_PROTOS.get(r.proto & 0xFF) or str(r.proto & 0xFF)       # uint8_t, no lookup
    src, dst = addr_text(r.src, r.smsk, True), addr_text(r.dst, r.dmsk, True)
    return "".join((
        r.target_name, " ",
        "!" if inv & INV_PROTO else " ", proto, " ",
        "opt ", "!" if inv & INV_FRAG else "-", "f" if r.frag else "-", " ",
        "in ", "!" if inv & INV_VIA_IN else "", r.iniface or "*", " ",
        "out ", "!" if inv & INV_VIA_OUT else "", r.outiface or "*", " ",
        "!" if inv & INV_SRCIP else " ", src, " ",
        "!" if inv & INV_DSTIP else " ", "-> ", dst, "  ",
        rule_tail(r, True), "\n",
    ))
