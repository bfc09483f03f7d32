"""-j LED: blink a LED trigger (xt_LED). The measured kernel has no xt_LED module, so iptables warns
when it loads the extension and the table load fails with ENOENT; the emulated kernel does the
same: options are parsed and checked as libxt_LED does, every rule is then refused."""
from __future__ import annotations

from ...xtables import KernelError, Opt, ParamError, Target, register
from .tgutil import revision_probe_fails, string_opt, xt_strtoul_all

ID_MAX = 27 - len("netfilter-") - 1          # sizeof(id) - sizeof("netfilter-")


def parse_delay(arg: str, ext):
    if arg[:3].lower() == "inf":
        return -1
    v = xt_strtoul_all(arg, 0, 0xFFFFFFFF)
    if v is None:
        raise ParamError("Delay value must be within range 0..4294967295")
    return v


def _quoted(s: str) -> str:
    return '"' + "".join("\\" + c if c in '"\\' else c for c in s) + '"'


class Led(Target):
    NAME = "LED"
    HELP = ("LED target options:\n"
            "--led-trigger-id name           suffix for led trigger name\n"
            "--led-delay ms                  leave the LED on for this number of\n"
            "                                milliseconds after triggering.\n"
            "--led-always-blink              blink on arriving packets, even if\n"
            "                                the LED is already on.\n")
    OPTIONS = (
        Opt("led-trigger-id", string_opt(max_len=ID_MAX), mandatory=True),
        Opt("led-delay", parse_delay),
        Opt("led-always-blink", "none", nargs=0),
    )

    def __init__(self):
        super().__init__()
        revision_probe_fails("LED")

    def check_entry(self, table, hookmask, rule):
        raise KernelError("No chain/target/match by that name.")

    def _delay(self) -> int:
        return self.v.get("led-delay", 0)

    def print(self, numeric):
        d = self._delay()
        out = f" led-trigger-id:{_quoted(self.v['led-trigger-id'])}"
        out += " led-delay:inf" if d == -1 else f" led-delay:{d if d < 1 << 31 else d - (1 << 32)}ms"
        return out + (" led-always-blink" if "led-always-blink" in self.v else "")

    def save(self):
        d = self._delay()
        out = f" --led-trigger-id {_quoted(self.v['led-trigger-id'])}"
        if d == -1:
            out += " --led-delay inf"
        elif 0 < d < 1 << 31:
            out += f" --led-delay {d}"
        return out + (" --led-always-blink" if "led-always-blink" in self.v else "")

    def compile(self):
        raise NotImplementedError("target LED: the kernel has no xt_LED, every such rule is refused")


register(Led)
