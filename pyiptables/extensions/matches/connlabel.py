"""-m connlabel: a bit of the conntrack entry's label set, tested and, with --set, set (xt_connlabel).

The label may be a number (strtoul, base 0, kept as an int then a u16: 65536 is bit 0) or a name
from connlabel.conf. Printing a rule looks the bit's name up, so each print warns again while
the file is missing. Kernel check: a bit above 127 is ERANGE. Only entries made while some
connlabel rule existed carry labels (nf_ct_labels_ext_add at allocation); on others, and without
an entry, the match fails (succeeds inverted) and --set does nothing."""
from __future__ import annotations

import os

from ...errors import StoreError
from ...labelmap import CONNLABEL_CONF, read
from ...xtables import KernelError, Match, Opt, ParamError, register
from ..targets.tgutil import string_opt, warn

IPCT_LABEL = 10                 # enum ip_conntrack_events (conntrack.conn), not imported: command path


def labelmap(quiet: bool = False):
    """{bit: name} of connlabel.conf, or None (after the warning libxt_connlabel prints, unless
    `quiet`: our save texts are computed when a rule is stored, the warning and the error belong
    to printing)."""
    try:
        names = read(CONNLABEL_CONF)
    except OSError as e:
        if not quiet:
            warn(f"Warning: cannot open {CONNLABEL_CONF}: {os.strerror(e.errno)}\n")
        return None
    if not names:
        if quiet:
            return None
        # xtables_error(RESOURCE_PROBLEM): the banner, no help hint, exit 4 (as a StoreError prints)
        raise StoreError(f"iptables v1.8.9 (legacy): cannot parse {CONNLABEL_CONF}: no labels found")
    return names


def value_bit(arg: str) -> int:
    """connlabel_value_parse(): the whole word as a C unsigned long, kept in an int; -1 if not."""
    from ...xtoptions import c_strtoul
    v, end = c_strtoul(arg)
    if not arg or end != len(arg):
        return -1
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


class Connlabel(Match):
    NAME = "connlabel"
    HELP = ("connlabel match options:\n"
            "[!] --label name     Match if label has been set on connection\n"
            "    --set            Set label on connection\n")
    NEEDS_CONNTRACK = True
    UNCOMPARED = True            # libxt_connlabel sets no userspacesize
    OPTIONS = (
        Opt("label", string_opt(min_len=1), invert=True, mandatory=True),
        Opt("set", "none", nargs=0),
    )

    def parse(self, opt, arg, invert, ctx):
        if opt.name == "set":
            self.v["set"] = True
            return
        bit = value_bit(arg)
        if bit < 0:
            names = labelmap()
            for b, name in (names or {}).items():
                if name == arg:
                    bit = b
                    break
        if bit < 0:
            raise ParamError(f"label '{arg}' not found or invalid value")
        self.v["label"] = bit & 0xFFFF
        self.inv["label"] = invert

    def check_entry(self, table, hookmask, rule):
        if self.v["label"] >= 128:
            raise KernelError("Numerical result out of range.")     # nf_connlabels_get(): ERANGE

    def _name(self, quiet=False):
        names = labelmap(quiet)
        return (names or {}).get(self.v["label"]) or None

    def save(self):
        name = self._name(quiet=True)
        text = f'"{name}"' if name else f'"{self.v["label"]}"'
        return f"{' !' if self.inv['label'] else ''} --label {text}{' --set' if 'set' in self.v else ''}"

    def print(self, numeric):
        name = self._name()
        text = f" {self.v['label']}" if numeric or name is None else f" '{name}'"
        return f" connlabel{' !' if self.inv['label'] else ''}{text}{' set' if 'set' in self.v else ''}"

    def compile(self):
        bit = 1 << self.v["label"]
        inv, setting = self.inv["label"], "set" in self.v

        def connlabel_mt(pkt, par):
            ct = pkt.ct
            if ct is None:
                return inv
            e = ct.ext
            labels = e.labels if e is not None else None
            if labels is None:
                return inv
            if labels & bit:
                return not inv
            if setting:
                e.labels = labels | bit
                if par.tracker is not None:
                    par.tracker.event(ct, IPCT_LABEL)
                return not inv
            return inv
        return connlabel_mt


def saved(count: int) -> None:
    """What printing `count` saved connlabel rules writes to stderr (-S, iptables-save): each
    save looks its bit's name up, and warns while connlabel.conf cannot be opened."""
    for _ in range(count):
        labelmap()


register(Connlabel)
