"""-j CONNMARK (revision 2): set the connection's mark, or copy it to and from the packet's
(xt_connmark's connmark_tg_shift). Options fill one struct in the order given, as libxt_CONNMARK
does: --ctmask/--nfmask write their field at once, --set-mark/--and-mark/... and --mask overwrite
ctmask when they come later."""
from __future__ import annotations

from ...xtables import XT_CONTINUE, KernelError, Opt, ParamError, Target, register
from .mark import MASK32, to_xmark, xmark_text
from .tgutil import uint_opt

XT_CONNMARK_SET, XT_CONNMARK_SAVE, XT_CONNMARK_RESTORE = 0, 1, 2
D_SHIFT_LEFT, D_SHIFT_RIGHT = 0, 1
IPCT_MARK = 7                   # enum ip_conntrack_events (conntrack.conn); not imported: keeps the tracker off the command path
SHIFT_OPS = ("left-shift-mark", "right-shift-mark")
OP_ANY = ("set-xmark", "set-mark", "and-mark", "or-mark", "xor-mark", "save-mark", "restore-mark")


class Connmark(Target):
    NAME = "CONNMARK"
    REVISION = 2
    HELP = ("CONNMARK target options:\n"
            "  --set-xmark value[/ctmask]    Zero mask bits and XOR ctmark with value\n"
            "  --save-mark [--ctmask mask] [--nfmask mask]\n"
            "                                Copy ctmark to nfmark using masks\n"
            "  --restore-mark [--ctmask mask] [--nfmask mask]\n"
            "                                Copy nfmark to ctmark using masks\n"
            "  --set-mark value[/mask]       Set conntrack mark value\n"
            "  --save-mark [--mask mask]     Save the packet nfmark in the connection\n"
            "  --restore-mark [--mask mask]  Restore saved nfmark value\n"
            "  --and-mark value              Binary AND the ctmark with bits\n"
            "  --or-mark value               Binary OR  the ctmark with bits\n"
            "  --xor-mark value              Binary XOR the ctmark with bits\n"
            "  --left-shift-mark value       Left shift the ctmark with bits\n"
            "  --right-shift-mark value      Right shift the ctmark with bits\n")
    NEEDS_CONNTRACK = True
    # ids follow libxt_CONNMARK's enum: set-mark 0, save 1, restore 2, and 3, or 4, xor 5, left 6,
    # right 7, set-xmark 8, ctmask 9, nfmask 10, mask 11 (xtables_options_fcheck visits by id)
    OPTIONS = (
        Opt("set-xmark", "markmask32", excl=OP_ANY, id=8),
        Opt("set-mark", "markmask32", excl=OP_ANY, id=0),
        Opt("and-mark", uint_opt("and-mark", 0, MASK32), excl=OP_ANY, id=3),
        Opt("or-mark", uint_opt("or-mark", 0, MASK32), excl=OP_ANY, id=4),
        Opt("xor-mark", uint_opt("xor-mark", 0, MASK32), excl=OP_ANY, id=5),
        Opt("save-mark", "none", nargs=0, excl=OP_ANY, id=1),
        Opt("restore-mark", "none", nargs=0, excl=OP_ANY, id=2),
        Opt("left-shift-mark", uint_opt("left-shift-mark", 0, 32), id=6),
        Opt("right-shift-mark", uint_opt("right-shift-mark", 0, 32), id=7),
        Opt("ctmask", uint_opt("ctmask", 0, MASK32), excl=("mask",), id=9),
        Opt("nfmask", uint_opt("nfmask", 0, MASK32), excl=("mask",), id=10),
        Opt("mask", uint_opt("mask", 0, MASK32), excl=("ctmask", "nfmask"), id=11),
    )

    def _info(self) -> dict:
        v = self.v
        if "mode" not in v:
            v.update(mode=None, ctmark=0, ctmask=MASK32, nfmask=MASK32, shift_dir=D_SHIFT_LEFT, shift_bits=0)
        return v

    def parse(self, opt, arg, invert, ctx):
        v = self._info()
        name = opt.name
        if name in ("set-xmark", "set-mark", "and-mark", "or-mark", "xor-mark"):
            v["mode"] = XT_CONNMARK_SET
            v["ctmark"], v["ctmask"] = to_xmark(name, arg)
        elif name == "save-mark":
            v["mode"] = XT_CONNMARK_SAVE
        elif name == "restore-mark":
            v["mode"] = XT_CONNMARK_RESTORE
        elif name == "mask":
            v["nfmask"] = v["ctmask"] = arg
        elif name in ("ctmask", "nfmask"):
            v[name] = arg
        else:
            v["shift_dir"] = SHIFT_OPS.index(name)
            v["shift_bits"] = arg

    def final_check(self, ctx):
        v = self._info()
        if v["mode"] is None:
            raise ParamError("CONNMARK target: No operation specified")

    def check_entry(self, table, hookmask, rule):
        if self._info()["shift_bits"] > 31:       # userspace allows 32, connmark_tg_check_v2 does not
            raise KernelError()

    def print(self, numeric):
        v = self._info()
        mode, ctmark, ctmask, nfmask = v["mode"], v["ctmark"], v["ctmask"], v["nfmask"]
        if mode == XT_CONNMARK_SET:
            out = xmark_text("CONNMARK", ctmark, ctmask)
        elif mode == XT_CONNMARK_SAVE:
            if nfmask == MASK32 and ctmask == MASK32:
                out = " CONNMARK save"
            elif nfmask == ctmask:
                out = f" CONNMARK save mask 0x{nfmask:x}"
            else:
                out = f" CONNMARK save nfmask 0x{nfmask:x} ctmask ~0x{ctmask:x}"
        else:
            if ctmask == MASK32 and nfmask == MASK32:
                out = " CONNMARK restore"
            elif ctmask == nfmask:
                out = f" CONNMARK restore mask 0x{ctmask:x}"
            else:
                out = f" CONNMARK restore ctmask 0x{ctmask:x} nfmask ~0x{nfmask:x}"
        if v["shift_bits"]:
            out += f" {SHIFT_OPS[v['shift_dir']]} {v['shift_bits']}"
        return out

    def save(self):
        v = self._info()
        mode = v["mode"]
        if mode == XT_CONNMARK_SET:
            out = f" --set-xmark 0x{v['ctmark']:x}/0x{v['ctmask']:x}"
        else:
            word = "save" if mode == XT_CONNMARK_SAVE else "restore"
            out = f" --{word}-mark --nfmask 0x{v['nfmask']:x} --ctmask 0x{v['ctmask']:x}"
        if v["shift_bits"]:
            out += f" --{SHIFT_OPS[v['shift_dir']]} {v['shift_bits']}"
        return out

    def compile(self):
        v = self._info()
        mode, ctmark, ctmask, nfmask = v["mode"], v["ctmark"], v["ctmask"], v["nfmask"]
        bits = v["shift_bits"]
        right = v["shift_dir"] == D_SHIFT_RIGHT

        def shift(x: int) -> int:
            return x >> bits if right else (x << bits) & MASK32

        def connmark_tg(pkt, par):
            ct = pkt.ct
            if ct is None:
                return XT_CONTINUE
            if mode == XT_CONNMARK_RESTORE:
                pkt.mark = (pkt.mark & ~nfmask & MASK32) ^ shift(ct.mark & ctmask)
                return XT_CONTINUE
            if mode == XT_CONNMARK_SET:
                new = shift((ct.mark & ~ctmask & MASK32) ^ ctmark)
            else:
                new = (ct.mark & ~ctmask & MASK32) ^ shift(pkt.mark & nfmask)
            if ct.mark != new:
                ct.mark = new
                if par.tracker is not None:
                    par.tracker.event(ct, IPCT_MARK)
            return XT_CONTINUE
        return connmark_tg


register(Connmark)
