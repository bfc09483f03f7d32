"""SPI ranges shared by -m esp and -m ah (xt_esp, ipt_ah)."""
from __future__ import annotations

from ...xtoptions import parse_uint_range

U32 = 0xFFFFFFFF


def spi_range(arg, ext, name):
    from ...xtables import Opt
    return parse_uint_range(arg, ext, Opt(name), "uint32")


def save_spis(ext, key: str, flag: str) -> str:
    lo, hi = ext.v.get(key, (0, U32))
    if (lo, hi) == (0, U32):
        return ""
    inv = " !" if ext.inv.get(key) else ""
    return f"{inv} {flag} {lo}" if lo == hi else f"{inv} {flag} {lo}:{hi}"


def print_spis(ext, key: str) -> str:
    lo, hi = ext.v.get(key, (0, U32))
    inv = ext.inv.get(key, False)
    if lo == 0 and hi == U32 and not inv:
        return ""
    i = "!" if inv else ""
    return f" spi:{i}{lo}" if lo == hi else f" spis:{i}{lo}:{hi}"


def compile_spi(ext, key: str, header_len: int, spi_off: int):
    lo, hi = ext.v.get(key, (0, U32))
    inv = bool(ext.inv.get(key))

    def spi_mt(pkt, par):
        if pkt.fragoff:
            return False
        d, th = pkt.data, pkt.thoff
        if len(d) < th + header_len:
            par.hotdrop = True           # "Dropping evil ESP/AH tinygram."
            return False
        o = th + spi_off
        spi = (d[o] << 24) | (d[o + 1] << 16) | (d[o + 2] << 8) | d[o + 3]
        return (lo <= spi <= hi) ^ inv
    return spi_mt
