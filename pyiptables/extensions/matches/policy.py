"""-m policy: the IPsec policy that decapsulated / will encapsulate the packet (xt_policy).

No IPsec is emulated: no packet has a secpath and no route has an xfrm bundle, so the kernel's
match_policy_in/out return -1 and the rule matches exactly when it says `--pol none`.
"""
from __future__ import annotations

import socket

from ...packet import ntoa
from ...parse.addr import parse_protocol
from ...save import mask_text
from ...xtables import LOCAL_IN, LOCAL_OUT, POST_ROUTING, PRE_ROUTING, KernelError, Match, Opt, \
    ParamError, register
from ...xtoptions import proto_name, strtoul_end

MAX_ELEM = 4                     # XT_POLICY_MAX_ELEM
IPPROTO_ESP, IPPROTO_AH, IPPROTO_COMP = 50, 51, 108
TRANSPORT, TUNNEL = 0, 1


def _numeric_host(text: str) -> int | None:
    """getaddrinfo(text, AI_NUMERICHOST) for IPv4: inet_aton forms (10.1 is 10.0.0.1), else None."""
    try:
        info = socket.getaddrinfo(text, None, socket.AF_INET, 0, 0, socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    return int.from_bytes(socket.inet_aton(info[0][4][0]), "big")


def _plen_mask(text: str, ext, name: str) -> int:
    """xtopt_parse_plenmask in 1.8.9: a prefix length 0-32, else a numeric mask; a mask that is not
    contiguous (or a number like 33, read as the address 0.0.0.33) leaves the mask all ones."""
    n, end = strtoul_end(text)
    if n is None or n > 32 or end != len(text):
        m = _numeric_host(text)
        if m is None:
            raise ParamError(f'{ext.ext_name}: bad value for option "--{name}", neither a valid network mask '
                             f'nor valid CIDR (0-32).\n')
        inv = ~m & 0xFFFFFFFF
        if inv & (inv + 1):
            return 0xFFFFFFFF
        n = 32 - inv.bit_length()
    return (0xFFFFFFFF << (32 - n)) & 0xFFFFFFFF


def _hostmask(arg: str, ext, name: str):
    """XTTYPE_HOSTMASK: a host getaddrinfo() resolves to exactly one address, then an optional mask."""
    host, slash, plen = arg.partition("/")
    try:
        infos = socket.getaddrinfo(host, None, socket.AF_INET)
    except socket.gaierror as e:
        raise ParamError(f"getaddrinfo: {e.strerror}\n") from None
    except UnicodeError:
        raise ParamError("getaddrinfo: Name or service not known\n") from None
    addrs = {int.from_bytes(socket.inet_aton(i[4][0]), "big") for i in infos}
    if len(addrs) > 1:
        raise ParamError(f"{host} resolves to more than one address\n")
    return addrs.pop(), (_plen_mask(plen, ext, name) if slash else 0xFFFFFFFF)


def _proto(arg, ext):
    return parse_protocol(arg)


class Policy(Match):
    NAME = "policy"
    HELP = ("policy match options:\n"
            "  --dir in|out\t\t\tmatch policy applied during decapsulation/\n"
            "\t\t\t\tpolicy to be applied during encapsulation\n"
            "  --pol none|ipsec\t\tmatch policy\n"
            "  --strict \t\t\tmatch entire policy instead of single element\n"
            "\t\t\t\tat any position\n"
            "These options may be used repeatedly, to describe policy elements:\n"
            "[!] --reqid reqid\t\tmatch reqid\n"
            "[!] --spi spi\t\t\tmatch SPI\n"
            "[!] --proto proto\t\tmatch protocol (ah/esp/ipcomp)\n"
            "[!] --mode mode \t\tmatch mode (transport/tunnel)\n"
            "[!] --tunnel-src addr/mask\tmatch tunnel source\n"
            "[!] --tunnel-dst addr/mask\tmatch tunnel destination\n"
            "  --next \t\t\tbegin next element in policy\n")
    # rows as libxt_policy lists them; ids as its enum numbers them (tunnel-src/dst come 7th/8th)
    OPTIONS = (
        Opt("dir", "string", id=0),
        Opt("pol", "string", id=1),
        Opt("strict", "none", nargs=0, id=2),
        Opt("reqid", "uint32", multi=True, invert=True, id=3),
        Opt("spi", "uint32", multi=True, invert=True, id=4),
        Opt("tunnel-src", lambda a, e: _hostmask(a, e, "tunnel-src"), multi=True, invert=True, id=7),
        Opt("tunnel-dst", lambda a, e: _hostmask(a, e, "tunnel-dst"), multi=True, invert=True, id=8),
        Opt("proto", _proto, multi=True, invert=True, id=5),
        Opt("mode", "string", multi=True, invert=True, id=6),
        Opt("next", "none", nargs=0, multi=True, also=("strict",), id=9),
    )

    def parse(self, opt, arg, invert, ctx):
        v = self.v
        elems = v.setdefault("elems", [{}])
        n = v.setdefault("len", 0)
        e = elems[n]
        name = opt.name
        if name == "dir":
            if arg not in ("in", "out"):
                raise ParamError(f'policy_match: invalid dir "{arg}"')
            v["dir"] = arg
        elif name == "pol":
            if arg not in ("none", "ipsec"):
                raise ParamError(f'policy match: invalid policy "{arg}"')
            v["none"] = v.get("none", False) or arg == "none"
        elif name == "strict":
            v["strict"] = True
        elif name == "next":
            v["len"] = n + 1
            if v["len"] == MAX_ELEM:
                raise ParamError("policy match: maximum policy depth reached")
            elems.append({})
        else:
            key = {"tunnel-src": "saddr", "tunnel-dst": "daddr"}.get(name, name)
            if key in e:
                raise ParamError(f"policy match: double --{name} option")
            if name == "proto" and arg not in (IPPROTO_AH, IPPROTO_ESP, IPPROTO_COMP):
                raise ParamError("policy match: protocol must be ah/esp/ipcomp")
            if name == "mode":
                if arg not in ("transport", "tunnel"):
                    raise ParamError(f'policy match: invalid mode "{arg}"')
                arg = TRANSPORT if arg == "transport" else TUNNEL
            e[key] = (arg, invert)

    def final_check(self, ctx):
        v = self.v
        if "dir" not in v:
            raise ParamError("policy match: neither --dir in nor --dir out specified")
        n = v.get("len", 0)
        elems = v.setdefault("elems", [{}])
        if v.get("none"):
            if v.get("strict"):
                raise ParamError("policy match: policy none but --strict given")
            if n != 0:
                raise ParamError("policy match: policy none but policy given")
        else:
            v["len"] = n = n + 1            # no --next after the last element
        for i in range(n):
            e = elems[i]
            if v.get("strict") and not e:
                raise ParamError(f"policy match: empty policy element {i}. --strict is in effect, but at least "
                                 f"one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.")
            mode, minv = e.get("mode", (TRANSPORT, False))
            if ("saddr" in e or "daddr" in e) and ((mode == TUNNEL and minv) or (mode == TRANSPORT and not minv)):
                raise ParamError("policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode")

    def check_entry(self, table, hookmask, rule):
        out = self.v["dir"] == "out"
        if hookmask & ((1 << PRE_ROUTING) | (1 << LOCAL_IN)) and out:
            raise KernelError()
        if hookmask & ((1 << POST_ROUTING) | (1 << LOCAL_OUT)) and not out:
            raise KernelError()

    def _entry(self, e, p, numeric) -> str:
        out = []
        for key in ("reqid", "spi", "proto", "mode", "daddr", "saddr"):
            if key not in e:
                continue
            val, inv = e[key]
            out.append(" !" if inv else "")
            if key == "reqid":
                out.append(f" {p}reqid {val}")
            elif key == "spi":
                out.append(f" {p}spi 0x{val:x}")
            elif key == "proto":
                out.append(f" {p}proto {(None if numeric else proto_name(val)) or val}")
            elif key == "mode":
                out.append(f" {p}mode {'tunnel' if val == TUNNEL else 'transport'}")
            else:
                addr, mask = val
                m = mask_text(mask)
                m = "" if m == "32" else "/" + m
                out.append(f" {p}tunnel-{'dst' if key == 'daddr' else 'src'} {ntoa(addr)}{m}")
        return "".join(out)

    def _flags(self, p) -> str:
        v = self.v
        out = f" {p}dir {v['dir']} {p}pol {'none' if v.get('none') else 'ipsec'}"
        return out + (f" {p}strict" if v.get("strict") else "")

    def save(self):
        n, elems = self.v["len"], self.v["elems"]
        out = self._flags("--")
        for i in range(n):
            out += self._entry(elems[i], "--", False) + (" --next" if i + 1 < n else "")
        return out

    def print(self, numeric):
        n, elems = self.v["len"], self.v["elems"]
        out = " policy match" + self._flags("")
        for i in range(n):
            out += (f" [{i}]" if n > 1 else "") + self._entry(elems[i], "", numeric)
        return out

    def compile(self):
        # no secpath / xfrm bundle anywhere (module docstring): the policy lookup returns -1
        verdict = bool(self.v.get("none"))
        return lambda pkt, par: verdict


register(Policy)
