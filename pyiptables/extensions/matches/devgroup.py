"""-m devgroup: the group of the input and output devices under a mask (xt_devgroup).

Kernel check: --src-group only where there is an input device (PREROUTING, INPUT, FORWARD),
--dst-group only where there is an output device (FORWARD, OUTPUT, POSTROUTING). Every device is
in group 0 (`default`) unless `ip link set DEV group N` moved it."""
from __future__ import annotations

from ...xtables import FORWARD, LOCAL_IN, LOCAL_OUT, POST_ROUTING, PRE_ROUTING, KernelError, Match, Opt, \
    ParamError, register
from .lmap import id2name, parse_val_mask

GROUPS = "/etc/iproute2/group"
IN_HOOKS = (1 << PRE_ROUTING) | (1 << LOCAL_IN) | (1 << FORWARD)
OUT_HOOKS = (1 << FORWARD) | (1 << LOCAL_OUT) | (1 << POST_ROUTING)


class Devgroup(Match):
    NAME = "devgroup"
    HELP = ("devgroup match options:\n"
            "[!] --src-group value[/mask]\tMatch device group of incoming device\n"
            "[!] --dst-group value[/mask]\tMatch device group of outgoing device\n")
    OPTIONS = (Opt("src-group", "string", invert=True), Opt("dst-group", "string", invert=True))

    def parse(self, opt, arg, invert, ctx):
        self.v[opt.name] = parse_val_mask(arg, self.ext_name, opt.name, GROUPS)
        self.inv[opt.name] = invert

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("devgroup match: You must specify either '--src-group' or '--dst-group'")

    def check_entry(self, table, hookmask, rule):
        if "src-group" in self.v and hookmask & ~IN_HOOKS:
            raise KernelError()
        if "dst-group" in self.v and hookmask & ~OUT_HOOKS:
            raise KernelError()

    def _show(self, prefix: str, numeric: bool) -> str:
        out = ""
        for key in ("src-group", "dst-group"):
            if key not in self.v:
                continue
            group, mask = self.v[key]
            if mask != 0xFFFFFFFF:
                text = f"0x{group:x}/0x{mask:x}"
            else:
                text = (None if numeric else id2name(GROUPS, group)) or f"0x{group:x}"
            out += f"{' !' if self.inv[key] else ''} {prefix}{key} {text}"
        return out

    def save(self):
        return self._show("--", False)

    def print(self, numeric):
        return self._show("", numeric)

    def compile(self):
        src = self.v.get("src-group")
        dst = self.v.get("dst-group")
        sinv, dinv = self.inv.get("src-group", False), self.inv.get("dst-group", False)

        def devgroup_mt(pkt, par):
            links = par.host.links
            if src is not None and bool((src[0] ^ dev_group(links, pkt.indev)) & src[1]) != sinv:
                return False
            if dst is not None and bool((dst[0] ^ dev_group(links, pkt.outdev)) & dst[1]) != dinv:
                return False
            return True
        return devgroup_mt


def dev_group(links, name: str) -> int:
    link = links.get(name)
    return getattr(link, "group", 0) if link is not None else 0


register(Devgroup)
