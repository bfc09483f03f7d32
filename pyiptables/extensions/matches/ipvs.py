"""-m ipvs: properties of IPVS connections (xt_ipvs). The measured kernel has no xt_ipvs: iptables
warns when it loads the extension and every rule is refused with ENOENT; the emulated kernel does
the same after parsing and checking the options as libxt_ipvs does."""
from __future__ import annotations

from ...packet import ntoa
from ...xtables import KernelError, Match, Opt, ParamError, register
from ...xtoptions import mask_to_cidr
from ..targets.tgutil import revision_probe_fails

DIRS = ("ORIGINAL", "REPLY")
METHODS = ("GATE", "IPIP", "MASQ")


def _choice(name: str, values: tuple):
    def conv(arg: str, ext):
        for v in values:
            if v.lower() == arg.lower():
                return v
        raise ParamError(f'ipvs: Bad value for "--{name}" option: "{arg}"')
    return conv


class Ipvs(Match):
    NAME = "ipvs"
    HELP = ("IPVS match options:\n"
            "[!] --ipvs                      packet belongs to an IPVS connection\n"
            "\n"
            "Any of the following options implies --ipvs (even negated)\n"
            "[!] --vproto protocol           VIP protocol to match; by number or name,\n"
            "                                e.g. \"tcp\"\n"
            "[!] --vaddr address[/mask]      VIP address to match\n"
            "[!] --vport port                VIP port to match; by number or name,\n"
            "                                e.g. \"http\"\n"
            "    --vdir {ORIGINAL|REPLY}     flow direction of packet\n"
            "[!] --vmethod {GATE|IPIP|MASQ}  IPVS forwarding method used\n"
            "[!] --vportctl port             VIP port of the controlling connection to\n"
            "                                match, e.g. 21 for FTP\n")
    OPTIONS = (
        Opt("ipvs", "none", invert=True, nargs=0),
        Opt("vproto", "protocol", invert=True),
        Opt("vaddr", "hostmask", invert=True),
        Opt("vport", "port", invert=True),
        Opt("vdir", _choice("vdir", DIRS)),
        Opt("vmethod", _choice("vmethod", METHODS), invert=True),
        Opt("vportctl", "port", invert=True),
    )
    KEYS = ("vproto", "vaddr", "vport", "vdir", "vmethod", "vportctl")

    def __init__(self):
        super().__init__()
        revision_probe_fails("ipvs")

    def final_check(self, ctx):
        if not self.seen:
            raise ParamError("IPVS: At least one option is required")
        if self.inv.get("ipvs") and any(k in self.v for k in self.KEYS):
            raise ParamError("! --ipvs cannot be together with other options")

    def check_entry(self, table, hookmask, rule):
        raise KernelError("No chain/target/match by that name.")

    def _show(self, prefix: str) -> str:
        v, inv = self.v, self.inv
        if not any(k in v for k in self.KEYS):
            return f"{' !' if inv.get('ipvs') else ''} {prefix}ipvs"
        out = ""
        for k in self.KEYS:
            if k not in v:
                continue
            val = v[k]
            if k == "vaddr":
                addr, mask = val
                val = ntoa(addr) + ("" if mask == 0xFFFFFFFF else f"/{mask_to_cidr(mask)}")
            out += f"{' !' if inv.get(k) else ''} {prefix}{k} {val}"
        return out

    def save(self):
        return self._show("--")

    def print(self, numeric):
        return self._show("")

    def compile(self):
        raise NotImplementedError("match ipvs: the kernel has no xt_ipvs, every such rule is refused")


register(Ipvs)
