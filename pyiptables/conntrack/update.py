"""conntrack -U and -I/-A: what the tool sends (mnl_nfct_update_cb, the CT_CREATE request) and what
ctnetlink does with it (ctnetlink_change_conntrack, ctnetlink_create_conntrack)."""
from __future__ import annotations

import sys

from .cmdline import OPT, OtherError
from .conn import IPS_ASSURED, IPS_CONFIRMED, IPS_DYING, IPS_EXPECTED, IPS_SEEN_REPLY, Conn, pack
from .filter import compare, filter_nat, nfct_filter_network

TUPLE_ORIG = OPT["src"] | OPT["dst"] | OPT["protonum"]
TUPLE_REPL = OPT["reply-src"] | OPT["reply-dst"] | OPT["protonum"]
_ORIG = ("l3", "l4proto", "orig_src", "orig_dst", "orig_sport", "orig_dport", "icmp_type", "icmp_code", "icmp_id",
         "orig_zone")
_REPL = ("l3r", "l4proto", "repl_src", "repl_dst", "repl_sport", "repl_dport", "repl_zone")
# what ctnetlink reports after a create or a change (nf_conntrack_eventmask_report): REPLY, ASSURED,
# HELPER, PROTOINFO, SEQADJ, MARK (and LABEL for a change), whatever changed
REPORT = (1 << 3) | (1 << 4) | (1 << 6) | (1 << 5) | (1 << 8) | (1 << 7)
CHANGEABLE = ~(IPS_EXPECTED | IPS_CONFIRMED | IPS_DYING | 0x1800 | 0x30 | 0x180) & 0xFFFFFFFF


def _status_change(old: int, new: int) -> int:
    """nf_ct_change_status_common(): -EBUSY for a bit that may not change, else the new status."""
    d = old ^ new
    if d & (IPS_EXPECTED | IPS_CONFIRMED | IPS_DYING) or (d & IPS_SEEN_REPLY and not new & IPS_SEEN_REPLY) \
            or (d & IPS_ASSURED and not new & IPS_ASSURED):
        raise OtherError("Operation failed: Device or resource busy")
    return (old & ~CHANGEABLE) | (new & CHANGEABLE)


def new_labels(a, labels):
    """copy_label(): the label set an update asks for (--label-add, else --label-del: the bits
    given, or all of them without an argument); `labels` when it asks for none."""
    if a.has("label-add"):
        return (labels or 0) | sum(1 << b for b in set(a.label_modify))
    if a.has("label-del") and labels is not None:
        return labels & ~sum(1 << b for b in set(a.label_modify)) if a.label_modify else 0
    return labels


def update_one(a, tr, ct, rec) -> bool:
    """One entry of the dump -U walks: True if an update was sent (and counted)."""
    t = a.tmpl
    if filter_nat(a, rec) or nfct_filter_network(a, rec):
        return False
    if a.tmpl.labels_list:
        got = rec.get("l")
        if got is None or any(not got >> b & 1 for b in a.tmpl.labels_list):
            return False
    if t.id is not None and t.id != ct.id:
        return False
    if a.options & TUPLE_ORIG and not compare(t, rec, _ORIG):
        return False
    if a.options & TUPLE_REPL and not compare(t, rec, _REPL):
        return False
    mark = ct.mark
    if a.mark is not None:
        mark = (ct.mark & ~a.mark[1] & 0xFFFFFFFF) ^ a.mark[0]
    status = ct.status | t.status if a.has("status") else ct.status
    timeout = t.timeout
    # --state is the TCP state to set (the tool copies it into the update; nlattr_to_tcp stores it)
    state = t.state if t.state is not None and ct.protonum == 6 else ct.proto
    old_labels = ct.ext.labels if ct.ext is not None else None
    labels = new_labels(a, old_labels)
    # the labels attribute (with its mask) makes any --label-add, and a --label-del on an entry
    # holding labels, look like a change (measured: sent even when no bit changes)
    relabel = a.has("label-add") or (a.has("label-del") and bool(old_labels))
    if mark == ct.mark and status & ct.status == status and (timeout is None or timeout == rec.get("t")) \
            and state == ct.proto and not relabel:
        return False                    # "do not send NFCT_Q_UPDATE if ct appears unchanged"
    if not a.family:
        # the tool sends the update with the command's family: without an address option it is
        # AF_UNSPEC, whose tuple ctnetlink cannot parse (measured: EOPNOTSUPP, reported twice)
        e = OtherError("Operation failed: Operation not supported")
        e.warnings = ["Operation failed: Operation not supported"]
        raise e
    if rec.get("z") and rec.get("zd", 3) != 2:
        # the request carries the original tuple without its zone: ctnetlink finds nothing
        # (ENOENT, not in the tool's table of messages), and the tool's GET after it neither
        sys.stderr.write("Operation failed: No such file or directory\n")
        return False
    # ctnetlink_change_conntrack(): the timeout, then the status (which may refuse), then the mark
    if timeout is not None:
        ct.timeout = tr.now + timeout
    try:
        if a.has("status"):
            ct.status = _status_change(ct.status, status)
    except OtherError as e:
        sys.stderr.write(e.message + "\n")     # the tool reports it and goes on: GET, print, count
        return True
    ct.proto = state
    ct.mark = mark
    if relabel:
        if old_labels is None:
            # nf_connlabels_replace(): no labels extension on this entry (made while no connlabel
            # rule existed); the tool reports it and goes on
            sys.stderr.write("Operation failed: No space left on device\n")
            return True
        ct.ext.labels = labels
    tr.ecache[ct] = tr.ecache.get(ct, 0) | REPORT | 1 << 10       # and IPCT_LABEL
    tr.deliver(ct)
    return True


def create(a, tr, exclusive: bool) -> bool:
    """ctnetlink_create_conntrack(): an entry from the template, confirmed at once; False when -A
    met an existing one."""
    from .limit import alloc_ok
    t = a.tmpl
    p = t.l4proto or 0
    if p in (1, 58):
        ports = (t.icmp_id or 0, (t.icmp_type or 0) << 8 | (t.icmp_code or 0))
    else:
        ports = (t.orig_sport or 0, t.orig_dport or 0)
    zone, zd = _zone(a, exclusive)
    ko = kr = None
    zo, zr = (zone if zd & 1 else 0), (zone if zd & 2 else 0)
    if t.orig_src is not None or t.orig_dst is not None:
        ko = pack(t.orig_src or 0, t.orig_dst or 0, p, *ports, zo)
    if t.repl_src is not None or t.repl_dst is not None:
        # the reply tuple goes as given: ctnetlink wants its ports (the tool sends both once one
        # is set) and, for ICMP, an original tuple of the user's (measured: EINVAL otherwise)
        if (p in _PORT_PROTOS and t.repl_sport is None and t.repl_dport is None
                or p == 1 and ko is None):
            raise _einval(exclusive)
        kr = pack(t.repl_src or 0, t.repl_dst or 0, p, t.repl_sport or 0, t.repl_dport or 0, zr)
    if ko is None and kr is not None:
        ko = tr.invert_key(kr, zo)                      # NFCT_SOPT_SETUP_ORIGINAL
    elif kr is None and ko is not None:
        kr = tr.invert_key(ko, zr)                      # NFCT_SOPT_SETUP_REPLY
    if kr is None or ko is None:
        raise _einval(exclusive)
    if ko in tr.table or kr in tr.table:
        return _exists(exclusive)
    if tr.max and len(tr.table) >= 2 * tr.max and not alloc_ok(tr):
        raise OtherError("Operation failed: not enough memory")      # ENOMEM: table full (limit.py)
    ct = Conn(ko, kr, zone)
    tr.last_id += 1
    ct.id = (tr.last_id * 2654435761) & 0xFFFFFFFF
    status = _status_change(0, t.status or 0)
    ct.mark = a.mark[0] if a.mark is not None else 0
    ct.timeout = tr.now + (t.timeout or 0)
    if tr.labels_used:
        # nf_ct_labels_ext_add(): only while a connlabel rule exists; --label-add is lost otherwise
        ct.ensure_ext().labels = new_labels(a, 0) if a.has("label-add") else 0
    if zd != 3:
        ct.ensure_ext().zone_dir = zd
    if _setup_nat(a, tr, ct) and (ct.korig in tr.table or ct.krepl in tr.table):
        return _exists(exclusive)       # the NATed reply is another entry's: nf_conntrack_hash_check_insert
    ct.status |= IPS_CONFIRMED | status
    if tr.acct:
        ct.ensure_ext().acct = [0, 0, 0, 0]     # nf_ct_acct_ext_add/nf_ct_tstamp_ext_add as for packets
    if tr.tstamp:
        ct.ensure_ext().tstart = tr.now
    if p == 6:
        from .proto_tcp import F_BE_LIBERAL, F_CLOSE_INIT, F_SACK_PERM, FLAGS, _P
        ct.proto = t.state or 0
        v = [0] * len(_P.unpack(bytes(_P.size)))
        v[FLAGS] = v[6 + FLAGS] = F_BE_LIBERAL | F_SACK_PERM | (F_CLOSE_INIT if ct.proto >= 7 else 0)
        ct.pdata = _P.pack(*v)
    elif p in (17, 136):
        ct.pdata = tr.now
    elif p == 132:
        ct.proto = t.state or 0
        # the tool hands its numbers over as they lie in memory: the entry's tag bytes are them in
        # host (little-endian) order; ours are read big-endian from those bytes
        ct.pdata = [int.from_bytes(v.to_bytes(4, "little"), "big") for v in a.vtags] + [0, 0, 0, 0]
    tr.table[ct.korig] = ct
    tr.table[ct.krepl] = ct
    tr.stats[2] += 1                    # insert: nf_conntrack_hash_check_insert (ctnetlink only)
    tr.ecache[ct] = tr.ecache.get(ct, 0) | REPORT | 1      # IPCT_NEW
    tr.deliver(ct)
    return True


_PORT_PROTOS = frozenset((6, 17, 136, 132, 33, 47))


def _exists(exclusive) -> bool:
    """EEXIST: -I fails; -A on an existing entry changes nothing and adds 0 (measured)."""
    if exclusive:
        raise OtherError("Operation failed: Such conntrack exists, try -U to update")
    return False


def _einval(exclusive):
    """EINVAL as the tool words it: err2str() names it for -I, not for -A (strerror)."""
    return OtherError("Operation failed: " + ("invalid parameters" if exclusive else "Invalid argument"))


def _zone(a, exclusive):
    """The new entry's zone id and directions (1 original, 2 reply, 3 both) as ctnetlink parses
    them: CTA_ZONE (-w), then the original tuple's zone, then the reply tuple's; a tuple's zone
    is refused once the id is not 0 (ctnetlink_parse_tuple_zone: EINVAL)."""
    t = a.tmpl
    zone, zd = (t.zone or 0) if a.has("zone") else 0, 3
    for opt, value, direction in (("orig-zone", t.orig_zone, 1), ("reply-zone", t.repl_zone, 2)):
        if a.has(opt):
            if zone:
                raise _einval(exclusive)
            zone, zd = value or 0, direction
    return zone, zd


def _setup_nat(a, tr, ct):
    """ctnetlink_setup_nat(): with --dst-nat or --src-nat given, the destination manip then the
    source one, each an nf_nat_setup_info() with the one address (and port) given, or a null
    binding for the one not given (so both NAT_DONE bits are set); the reply tuple follows."""
    from .nat import MANIP_DST, MANIP_SRC, RANGE_MAP_IPS, RANGE_PROTO_SPECIFIED, NatCore, Range
    t = a.tmpl
    if t.dnat_ip is None and t.snat_ip is None:
        return False
    core = NatCore(tr)
    for ip, port, manip in ((t.dnat_ip, t.dnat_port, MANIP_DST), (t.snat_ip, t.snat_port, MANIP_SRC)):
        flags = RANGE_MAP_IPS | (RANGE_PROTO_SPECIFIED if port is not None else 0)
        if ip is None:                  # __nf_nat_alloc_null_binding()
            r = ct.tuple_reply
            ip = r[1] if manip == MANIP_SRC else r[0]
        core.setup_info(ct, Range(flags, ip, ip, port or 0, port or 0), manip)
    return True

