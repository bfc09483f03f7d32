"""Pickling the table compactly: one column per Conn field instead of a million small objects."""
from __future__ import annotations

from array import array

from .conn import Conn

_TCP_PDATA = 55
_SETTINGS_SKIP = ("table", "sink", "ecache", "log", "userspace", "net")


class TableState:
    """Mixin for Tracker: __getstate__/__setstate__ with columnar entries."""

    def __getstate__(self):
        cts = [ct for k, ct in self.table.items() if k == ct.korig]
        korig = [ct.korig for ct in cts]
        krepl = [ct.krepl for ct in cts]
        status = array("L", [ct.status for ct in cts])
        mark = array("L", [ct.mark for ct in cts])
        zone = array("H", [ct.zone for ct in cts])
        timeout = array("d", [ct.timeout for ct in cts])
        proto = array("B", [ct.proto for ct in cts])
        ids = array("L", [ct.id for ct in cts])
        tcp = b"".join(ct.pdata for ct in cts if type(ct.pdata) is bytes)
        stream = array("d", [ct.pdata for ct in cts if type(ct.pdata) is float])
        sctp = array("L", [x for ct in cts if type(ct.pdata) is list for x in ct.pdata])
        kinds = bytes(1 if type(ct.pdata) is bytes else 2 if type(ct.pdata) is float else
                      3 if type(ct.pdata) is list else 0 for ct in cts)
        index = {id(ct): i for i, ct in enumerate(cts) if ct.ext is not None or ct in self.ecache}
        ext = {i: ct.ext for i, ct in enumerate(cts) if ct.ext is not None}
        ecache = {index[id(ct)]: m for ct, m in self.ecache.items() if id(ct) in index}
        rest = {k: v for k, v in self.__dict__.items() if k not in _SETTINGS_SKIP}
        return (1, rest, korig, krepl, status, mark, zone, timeout, proto, ids, tcp, stream, kinds, ext, ecache,
                sctp)

    def __setstate__(self, st):
        (_v, rest, korig, krepl, status, mark, zone, timeout, proto, ids, tcp, stream, kinds, ext,
         ecache) = st[:15]
        sctp = st[15] if len(st) > 15 else ()            # SCTP pdata: six numbers per entry
        self.__dict__.update(rest)
        self.sink = None
        table = {}
        cts = []
        ti = si = xi = 0
        new = Conn.__new__
        for i, ko in enumerate(korig):
            ct = new(Conn)
            ct.korig, ct.krepl, ct.status, ct.mark, ct.zone = ko, krepl[i], status[i], mark[i], zone[i]
            ct.timeout, ct.proto, ct.id, ct.ext = timeout[i], proto[i], ids[i], None
            k = kinds[i]
            if k == 1:
                ct.pdata = tcp[ti:ti + _TCP_PDATA]
                ti += _TCP_PDATA
            elif k == 2:
                ct.pdata = stream[si]
                si += 1
            elif k == 3:
                ct.pdata = list(sctp[xi:xi + 6])
                xi += 6
            else:
                ct.pdata = None
            table[ko] = ct
            table[ct.krepl] = ct
            cts.append(ct)
        for i, e in ext.items():
            cts[i].ext = e
        self.table = table
        self.ecache = {cts[i]: m for i, m in ecache.items()}
