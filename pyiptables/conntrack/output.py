"""conntrack-tools 1.4.7 text for entries and events (libnetfilter_conntrack's default format).

`record()` snapshots what ctnetlink would send for an entry (a dump, or an event with its mask);
`format_line()` prints it like `conntrack -L` / `conntrack -E`. Records are plain JSON-able dicts so
the events file can carry them to `pyconntrack -E`.
"""
from __future__ import annotations

import time

from .conn import (IPCT_LABEL, IPCT_MARK, IPCT_NEW, IPCT_PROTOINFO, IPS_ASSURED,
                   IPS_HW_OFFLOAD, IPS_OFFLOAD, IPS_SEEN_REPLY, unpack)
from .proto_sctp import NAMES as SCTP_NAMES
from .proto_tcp import NAMES as TCP_NAMES

PROTO_NAMES = {6: "tcp", 17: "udp", 136: "udplite", 1: "icmp", 58: "icmpv6", 132: "sctp", 47: "gre", 33: "dccp"}
_PORTS = frozenset((6, 17, 136, 132, 33))


def proto_name(p: int) -> str:
    return PROTO_NAMES.get(p, "unknown")


def record(ct, now: float, kind=None, mask: int = 0) -> dict:
    """What ctnetlink reports: kind None is a table dump (ctnetlink_fill_info), else an event."""
    so = unpack(ct.korig)
    sr = unpack(ct.krepl)
    p = so[2]
    left = ct.timeout - now if ct.status & 8 else ct.timeout
    rec = {"p": p, "o": [so[0], so[1], so[3], so[4]], "r": [sr[0], sr[1], sr[3], sr[4]],
           "s": ct.status, "id": ct.id, "z": ct.zone, "now": now}
    secs = int(left) if left > 0 else 0
    destroy = kind == "DESTROY"
    if destroy:
        if secs:
            rec["t"] = secs                           # skipped when zero (expired)
    else:
        rec["t"] = secs
    if p == 6 and (kind is None or destroy or mask & ((1 << IPCT_PROTOINFO) | (1 << IPCT_NEW))):
        rec["st"] = TCP_NAMES[ct.proto]
    elif p == 132 and (kind is None or destroy or mask & (1 << IPCT_PROTOINFO)):
        rec["st"] = SCTP_NAMES[ct.proto]
        if not destroy:                             # sctp_to_nlattr: the tags, except when destroyed
            v = ct.pdata if isinstance(ct.pdata, list) else (0, 0)
            rec["vt"] = [v[0], v[1]]
    if kind is None or ct.mark or mask & (1 << IPCT_MARK):
        rec["m"] = ct.mark
    e = ct.ext
    if e is not None:
        if e.zone_dir != 3 and ct.zone:
            rec["zd"] = e.zone_dir
        if e.acct is not None and (kind is None or destroy):
            rec["c"] = list(e.acct)
        if e.tstart and (kind is None or destroy):
            rec["ts"] = [e.tstart, e.tstop]
        if e.helper and not destroy:            # ctnetlink dumps helpinfo whenever nfct_help(ct)
            rec["h"] = e.helper
        if e.labels and (kind is None or mask & (1 << IPCT_LABEL) or kind == "NEW"):
            rec["l"] = e.labels
    if kind is None:
        rec["u"] = 1
    else:
        rec["k"] = kind
    return rec


def _ntoa(a: int) -> str:
    return f"{a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.{a & 255}"


def _l4(p, t) -> str:
    if p in _PORTS:
        return f"sport={t[2]} dport={t[3]} "
    if p == 1 or p == 58:
        return f"type={t[3] >> 8} code={t[3] & 255} id={t[2]} "
    if p == 47:
        return f"srckey={t[2]:#x} dstkey={t[3]:#x} ".replace("0x0 ", "0x0 ")
    return ""


def label_names():
    """connlabel.conf: bit -> name (what `-o labels` prints; {} without the file)."""
    from ..labelmap import read
    try:
        return read()
    except OSError:
        return {}


def format_line(rec: dict, kind=None, extended=False, show_id=False, labels=None, ktimestamp=False) -> str:
    """One line exactly as conntrack-tools prints it (no newline)."""
    out = []
    if kind:
        out.append(f"{'[' + kind + ']':>9} ")
    if extended:
        out.append("ipv4     2 ")
    p = rec["p"]
    out.append(f"{proto_name(p):<8} {p} ")
    if "t" in rec:
        out.append(f"{rec['t']} ")
    if "st" in rec:
        out.append(f"{rec['st']} ")
    o, r = rec["o"], rec["r"]
    out.append(f"src={_ntoa(o[0])} dst={_ntoa(o[1])} {_l4(p, o)}")
    zd = rec.get("zd", 3)
    if zd == 1:
        out.append(f"zone-orig={rec['z']} ")
    c = rec.get("c")
    if c:
        out.append(f"packets={c[0]} bytes={c[1]} ")
    st = rec["s"]
    if not st & IPS_SEEN_REPLY:
        out.append("[UNREPLIED] ")
    out.append(f"src={_ntoa(r[0])} dst={_ntoa(r[1])} {_l4(p, r)}")
    if zd == 2:
        out.append(f"zone-reply={rec['z']} ")
    if c:
        out.append(f"packets={c[2]} bytes={c[3]} ")
    if st & IPS_HW_OFFLOAD:
        out.append("[HW_OFFLOAD] ")
    elif st & IPS_OFFLOAD:
        out.append("[OFFLOAD] ")
    elif st & IPS_ASSURED:
        out.append("[ASSURED] ")
    if "m" in rec:
        out.append(f"mark={rec['m']} ")
    if rec.get("z") and zd == 3:
        # ctnetlink reports a zone of one direction inside that tuple (CTA_TUPLE_ZONE)
        out.append(f"zone={rec['z']} ")
    ts = rec.get("ts")
    if ts:
        stop = ts[1] if ts[1] else rec.get("now", time.time())
        out.append(f"delta-time={int(stop) - int(ts[0])} ")
        if ktimestamp:
            out.append(f"[start={time.ctime(int(ts[0]))}] ")
            if ts[1]:
                out.append(f"[stop={time.ctime(int(ts[1]))}] ")
    if rec.get("h"):
        out.append(f"helper={rec['h']} ")
    if "u" in rec:
        out.append(f"use={rec['u']} ")
    if show_id:
        out.append(f"id={rec['id']} ")
    if labels is not None and rec.get("l"):
        bits = rec["l"]
        names = [labels[i] for i in sorted(labels) if bits >> i & 1]
        if names:
            out.append("labels=" + ",".join(names) + " ")
    return "".join(out)[:-1]


def format_xml(rec: dict, kind=None, show_id=True, when=None, ktimestamp=False) -> str:
    """One `<flow>` element as `conntrack -o xml` prints it; `when`: the event's time (-o timestamp)."""
    p = rec["p"]
    pn = proto_name(p)
    out = [f'<flow type="{kind.lower()}">' if kind else "<flow>"]
    c = rec.get("c")
    z, zd = rec.get("z", 0), rec.get("zd", 3)
    for i, (name, t) in enumerate((("original", rec["o"]), ("reply", rec["r"]))):
        out.append(f'<meta direction="{name}"><layer3 protonum="2" protoname="ipv4">'
                   f"<src>{_ntoa(t[0])}</src><dst>{_ntoa(t[1])}</dst></layer3>"
                   f'<layer4 protonum="{p}" protoname="{pn}">')
        if p in _PORTS:
            out.append(f"<sport>{t[2]}</sport><dport>{t[3]}</dport>")
        elif p == 47:
            out.append(f"<srckey>{t[2]:#x}</srckey><dstkey>{t[3]:#x}</dstkey>")
        out.append("</layer4>")
        if z and zd == i + 1:
            out.append(f"<zone>{z}</zone>")          # a zone of one direction: CTA_TUPLE_ZONE
        if c:
            out.append(f"<counters><packets>{c[2 * i]}</packets><bytes>{c[2 * i + 1]}</bytes></counters>")
        out.append("</meta>")
    out.append('<meta direction="independent">')
    if "st" in rec:
        st = rec["st"]
        if p == 132:        # libnetfilter_conntrack names an SCTP state number from the TCP table
            st = TCP_NAMES[SCTP_NAMES.index(st)]
        out.append(f"<state>{st}</state>")
    if "t" in rec:
        out.append(f"<timeout>{rec['t']}</timeout>")
    if "m" in rec:
        out.append(f"<mark>{rec['m']}</mark>")
    if z and zd == 3:
        out.append(f"<zone>{z}</zone>")
    if "u" in rec:
        out.append(f"<use>{rec['u']}</use>")
    out.append(f"<id>{rec['id']}</id>")
    st = rec["s"]
    if st & IPS_ASSURED:
        out.append("<assured/>")
    if not st & IPS_SEEN_REPLY:
        out.append("<unreplied/>")
    ts = rec.get("ts")
    if ts:
        if ktimestamp:
            out.append(f"<timestamp><start>{int(ts[0] * 1e9)}</start>"
                       + (f"<stop>{int(ts[1] * 1e9)}</stop>" if ts[1] else "") + "</timestamp>")
        stop = ts[1] if ts[1] else rec.get("now", time.time())
        out.append(f"<deltatime>{int(stop) - int(ts[0])}</deltatime>")
    out.append("</meta>")
    if when is not None:
        tm = time.localtime(when)
        out.append(f"<when><hour>{tm.tm_hour}</hour><min>{tm.tm_min}</min><sec>{tm.tm_sec}</sec>"
                   f"<wday>{(tm.tm_wday + 1) % 7 + 1}</wday><day>{tm.tm_mday}</day><month>{tm.tm_mon}</month>"
                   f"<year>{tm.tm_year}</year></when>")
    if rec.get("h"):
        out.append(f"<helper>{rec['h']}</helper>")
    out.append("</flow>")
    return "".join(out)


_SAVE_STATUS = ((1, "EXPECTED"), (2, "SEEN_REPLY"), (4, "ASSURED"), (1024, "FIXED_TIMEOUT"))
_SAVE_PORTS = {6: "tcp", 17: "udp", 136: "udplite", 132: "sctp", 33: "dccp", 47: "gre"}


def format_save(rec: dict, kind="NEW") -> str:
    """`-o save` (ct_save_snprintf): the conntrack command that would recreate the entry."""
    from .filter import nat_flags
    out = [{"NEW": "-A", "UPDATE": "-U", "DESTROY": "-D"}.get(kind, "-A")]
    if "t" in rec:
        out.append(f"-t {rec['t']}")
    names = [n for bit, n in _SAVE_STATUS if rec["s"] & bit]
    out.append("-u " + (",".join(names) if names else "UNSET"))
    z, zd = rec.get("z", 0), rec.get("zd", 3)
    if z:
        out.append({3: "-w", 1: "--orig-zone", 2: "--reply-zone"}[zd] + f" {z}")
    o, r, p = rec["o"], rec["r"], rec["p"]
    snat, _spat, dnat, _dpat = nat_flags(rec)
    out += [f"-s {_ntoa(o[0])}", f"-d {_ntoa(o[1])}", ("-g " if dnat else "-r ") + _ntoa(r[0]),
            ("-n " if snat else "-q ") + _ntoa(r[1])]
    name = _SAVE_PORTS.get(p)
    if name == "gre":
        out += [f"-p gre --srckey {o[2]} --dstkey {o[3]} --reply-key-src {r[2]} --reply-key-dst {r[3]}"]
    elif name:
        out.append(f"-p {name} --sport {o[2]} --dport {o[3]} --reply-port-src {r[2]} --reply-port-dst {r[3]}")
        if "st" in rec and p in (6, 132):
            out.append(f"--state {rec['st']}")
        if "vt" in rec:     # the tags as stored (network order), printed as host-order numbers
            o_tag, r_tag = (int.from_bytes(t.to_bytes(4, "big"), "little") for t in rec["vt"])
            out.append(f"--orig-vtag {o_tag} --reply-vtag {r_tag}")
    elif p == 1:
        out.append(f"-p icmp --icmp-type {o[3] >> 8} --icmp-code {o[3] & 255} --icmp-id {o[2]}")
    else:
        out.append(f"-p {p}")
    return " ".join(out)
