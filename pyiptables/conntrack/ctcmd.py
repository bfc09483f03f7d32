"""conntrack 1.4.7's commands (do_command_ct) over the emulated table: each returns the counter
print_stats() reports, and writes what the tool writes. The kernel's side of each request (which
entries a dump returns, what ctnetlink refuses) is taken from nf_conntrack_netlink."""
from __future__ import annotations

import sys

from .cmdline import AF_INET6, COMPARISON, CT_CREATE, O_CL, O_EXT, O_ID, O_KTMS, O_SAVE, O_XML, OtherError, ParamError
from .filter import nfct_filter
from .output import format_line, format_save, format_xml, label_names, record

XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<conntrack>'


class Out:
    """nfct_snprintf with the command's output flags; `xml_header` once per process as the tool does."""

    def __init__(self, a, ktimestamp=True, labels=True):
        o = a.output
        self.o = o
        self.ktms = ktimestamp and bool(o & O_KTMS)
        self.labels = label_names() if labels and o & O_CL else None
        self.header_done = False

    def text(self, rec, kind=None, save_type="NEW"):
        o = self.o
        if o & O_SAVE:
            return format_save(rec, save_type)
        if o & O_XML:
            return format_xml(rec, kind, show_id=True, ktimestamp=self.ktms)
        return format_line(rec, kind, extended=bool(o & O_EXT), show_id=bool(o & O_ID), labels=self.labels,
                           ktimestamp=self.ktms)

    def dump_line(self, rec):
        """mnl_nfct_dump_cb()'s printf: the xml header before the first entry."""
        if self.o & O_XML and not self.o & O_SAVE and not self.header_done:
            print(XML_HEAD)
            self.header_done = True
        print(self.text(rec))


def filter_init(a):
    """nfct_filter_init(): --mask-src/--mask-dst turn --src/--dst into a network to match."""
    if a.has("mask-src"):
        if not a.has("src"):
            raise ParamError("Can't use --mask-src without --src")
        a.net_src = (a.tmpl.orig_src or 0) & a.mask.orig_src if a.family == 2 else None
        a.tmpl.orig_src = None
    if a.has("mask-dst"):
        if not a.has("dst"):
            raise ParamError("Can't use --mask-dst without --dst")
        a.net_dst = (a.tmpl.orig_dst or 0) & a.mask.orig_dst if a.family == 2 else None
        a.tmpl.orig_dst = None


def _kernel_dump(a, tr, status=True):
    """What a CTA-filtered IPCTNL_MSG_CT_GET dump returns: the family, the mark and the status."""
    if a.family == AF_INET6:
        return []
    out = []
    for ct in list(tr.entries()):
        rec = record(ct, tr.now)
        if a.mark is not None and rec["m"] & a.mark[1] != a.mark[0]:
            continue
        if status and a.has("status") and rec["s"] & a.status_mask != a.tmpl.status:
            continue
        out.append((ct, rec))
    return out


def cmd_list(a, tr, write):
    if a.type in ("dying", "unconfirmed"):
        return 0                # nothing lingers there between the packets of a replay
    if a.options & COMPARISON and a.has("zero"):
        raise ParamError("Can't use -z with filtering parameters")
    filter_init(a)
    if a.has("status") and a.status_mask == 0:
        raise OtherError("Operation failed: invalid parameters")      # ctnetlink: a zero status mask
    out, n = Out(a), 0
    for ct, rec in _kernel_dump(a, tr):
        if nfct_filter(a, rec):
            continue
        out.dump_line(rec)
        n += 1
        if a.has("zero") and ct.ext is not None and ct.ext.acct:
            ct.ext.acct[:] = [0, 0, 0, 0]
    if a.has("zero"):
        write()
    if out.header_done:
        print("</conntrack>")
    return n


def cmd_get(a, tr, write):
    """IPCTNL_MSG_CT_GET: nf_conntrack_find_get() with the template's original tuple and zone."""
    from .conn import pack
    t = a.tmpl
    if t.orig_src is None and t.orig_dst is None:
        # -p already put a protocol in the original tuple, which has no addresses then
        raise OtherError("Operation failed: invalid parameters")
    p = t.l4proto or 0
    if p in (1, 58):
        ports = (t.icmp_id or 0, (t.icmp_type or 0) << 8 | (t.icmp_code or 0))
    else:
        ports = (t.orig_sport or 0, t.orig_dport or 0)
    # a reply port without a reply address: the tool fails with whatever errno was left (measured:
    # errno 0 before asking, except tcp without --state: ENOENT or, once found, ENODATA)
    odd = (t.repl_sport is not None or t.repl_dport is not None) and t.repl_src is None and t.repl_dst is None
    if odd and not (p == 6 and t.state is None):
        raise OtherError("Operation failed: Success")
    ct = tr.find(pack(t.orig_src or 0, t.orig_dst or 0, p, *ports, t.zone or 0))
    if ct is None or a.family == AF_INET6:
        raise OtherError("Operation failed: such conntrack doesn't exist")
    if odd:
        raise OtherError("Operation failed: No data available")
    rec = record(ct, tr.now)
    rec["u"] = 2
    if nfct_filter(a, rec):
        return 0
    Out(a).dump_line(rec)
    return 1


def cmd_delete(a, tr, write):
    filter_init(a)
    out, n = Out(a, ktimestamp=False, labels=False), 0
    for ct, rec in _kernel_dump(a, tr, status=False):
        if nfct_filter(a, rec):
            continue
        tr.delete(ct)
        print(out.text(rec, save_type="DESTROY"))
        n += 1
    if n:
        write()
    return n


def cmd_update(a, tr, write):
    from .update import update_one
    filter_init(a)
    out, done = Out(a, ktimestamp=False), []
    for ct in list(tr.entries()) if a.family != AF_INET6 else ():
        rec = record(ct, tr.now)
        if update_one(a, tr, ct, rec):
            new = record(ct, tr.now)
            new["u"] = 2
            done.append(new)
    # The tool asks for each updated entry again (CT_GET) on the socket its dump still reads:
    # measured over 1 to 30 updated entries, the answers printed are those of the 1st, 3rd, 5th...
    # updated entry, ceil(n/3) of them (which ones depends on the kernel's hash order)
    for new in done[:2 * ((len(done) + 2) // 3):2]:
        print(out.text(new))
    if done:
        write()
    return len(done)


def cmd_create(a, tr, write):
    from .update import create
    if not create(a, tr, a.cmd == CT_CREATE):
        return 0
    write()
    return 1


def cmd_flush(a, tr, write):
    if a.type == "expect":
        tr.expectations.clear()
        write()
        sys.stderr.write("conntrack v1.4.7 (conntrack-tools): expectation table has been emptied.\n")
        return None
    tr.flush()                          # whatever -f says (measured: -F -f ipv6 empties it all)
    write()
    sys.stderr.write("conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.\n")
    return None

