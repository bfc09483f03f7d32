"""Connection tracking, as the kernel's nf_conntrack does it (measured against Linux 6.18).

The contract with the packet walk, the conntrack/state/connmark matches, the CT/CONNMARK targets
and NAT:

Conn (conn.py) -- one entry, `__slots__`, about 420 bytes with its two table keys
    korig, krepl      each direction's tuple packed into one int (see conn.pack); the table keys
    tuple_orig, tuple_reply
                      (src, dst, protonum, sport, dport): host-order int addresses; for ICMP
                      sport is the echo id and dport is (type << 8) | code; 0, 0 without ports
    protonum          the layer-4 protocol number
    status            IPS_* bits (IPS_EXPECTED=1<<0 ... IPS_OFFLOAD=1<<14, IPS_HW_OFFLOAD, IPS_NAT_CLASH)
    mark, zone, id    ct mark, zone id, 32-bit entry id (what `-o id` prints)
    timeout           absolute expiry on the capture clock (seconds, float); while the entry is
                      unconfirmed it holds the relative timeout, like ct->timeout
    proto             TCP: state index into proto_tcp.NAMES (NONE..SYN_SENT2); 0 otherwise
    pdata             the protocol's private data (TCP window tracking; UDP stream start)
    secmark, labels, helper, master, expecting, zone_dir
                      properties over the optional `ext` (ConnExt: also acct counters,
                      tstart/tstop timestamps, `nat` and `seqadj` for NAT, `ctmask` events)
    expires_in(now)   nf_ct_expires(): remaining seconds
ctinfo: IP_CT_ESTABLISHED=0, IP_CT_RELATED=1, IP_CT_NEW=2, IP_CT_IS_REPLY=3,
    IP_CT_ESTABLISHED_REPLY=3, IP_CT_RELATED_REPLY=4, IP_CT_UNTRACKED=7. A packet is INVALID when
    `pkt.ct is None and pkt.ctinfo != IP_CT_UNTRACKED`; the tracker then sets pkt.ctinfo to
    IP_CT_INVALID (-1), so XT_CONNTRACK_STATE_BIT(ctinfo) = 1 << (ctinfo + 1) gives the INVALID bit.
    Direction: IP_CT_DIR_ORIGINAL=0, IP_CT_DIR_REPLY=1; ctinfo >= IP_CT_IS_REPLY means reply.

Tracker (core.py) -- the table of one namespace, stored as the store component "conntrack"
    Tracker(sysctls=None, sink=None)
    configure(sysctls)       re-read net.netfilter.nf_conntrack_* from a mapping with get(key) -> str
                             (all timeouts, tcp_loose, tcp_be_liberal, tcp_ignore_invalid_rst,
                             tcp_max_retrans, checksum, max, acct, timestamp, events); call it
                             after loading the tracker from the store, with the host's sysctls
    sink                     callable(Event) for NEW/UPDATE/DESTROY; Event is a str (the default
                             `conntrack -E` line) with .ts, .kind, .rec. Not pickled: set it after
                             loading, e.g. `tr.sink = EventLog(store.events_path)` (close() it after)
    conntrack_in(pkt, hook, now, zone=0, template=None) -> NF_ACCEPT | NF_DROP
                             nf_conntrack_in at PREROUTING (hook 0) or OUTPUT (hook 3): sets
                             pkt.ct / pkt.ctinfo. A packet already carrying a non-template ct, or
                             untracked (pkt.nfct_untracked or ctinfo IP_CT_UNTRACKED, e.g. raw
                             `CT --notrack`) is left alone. A Conn with IPS_TEMPLATE in pkt.ct (raw
                             `CT --zone/--helper`) or passed as `template` gives the zone/helper.
                             Fragments must be reassembled by the caller (non-first ones are INVALID).
    confirm(pkt, now) -> verdict
                             __nf_conntrack_confirm at the last hook (POSTROUTING / INPUT): inserts
                             a new entry (NEW event) and delivers the events cached for pkt.ct.
                             A packet dropped before it leaves its new entry unconfirmed (gone).
    expire(now, force=False) -> count
                             the GC on the capture clock (DESTROY events); call it before each
                             packet. Expired entries are also reaped when a packet looks them up.
    entries()                confirmed live entries, each once; len(tracker) counts them
    now                      last capture time seen (`-L` prints expiry - now)
    find(key), packet_key(pkt, zone), invert_key(key)   tuple lookups (nf_conntrack_find_get)
    event(ct, IPCT_*) / deliver(ct)      nf_conntrack_event_cache / deliver: CONNMARK setting a
                             mark calls tracker.event(ct, IPCT_MARK) so the next confirm reports it
    refresh(ct, pkt, dir, seconds), kill(ct), delete(ct), flush()
    For NAT: build the reply tuple before confirm by assigning `ct.krepl = conn.pack(...)` on the
    unconfirmed entry (nf_conntrack_alter_reply), test a candidate with `key in tracker.table`
    (nf_conntrack_tuple_taken), set IPS_SRC_NAT/IPS_DST_NAT(_DONE) in ct.status, keep bindings in
    ct.ensure_ext().nat, and TCP sequence offsets as ct.ext.seqadj(ct, dir, seq) -> offset.
    For helpers (conntrack/helpers/, whose __init__ lists the integration points):
    tracker.expectations is an expect.ExpectTable (related(), find(), remove_master(), expire());
    a new entry matching an expectation becomes IPS_EXPECTED / RELATED; a helper's master keeps
    an expect.Help (per-class counts, its expectations, the helper's data) in ct.ext.expecting.

Per protocol: proto_tcp (TCP_CONNTRACKS[dir][event][state], conntrack_index, VALID_FLAGS,
TIMEOUTS, tcp_in_window), proto_udp, proto_icmp (errors -> RELATED), proto_generic.
Text: output.record/format_line/format_xml (conntrack-tools 1.4.7). CLI: pyiptables/cli/conntrack.py.
"""
from .conn import *  # noqa: F401,F403
from .conn import Conn, ConnExt, pack, unpack  # noqa: F401
from .core import NF_ACCEPT, NF_DROP, Tracker  # noqa: F401
from .events import Event, EventLog  # noqa: F401
