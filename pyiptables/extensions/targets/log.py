"""-j LOG: the kernel's syslog line for the packet (xt_LOG + nf_log_syslog's nf_log_ip_packet).

The line goes to `par.log` as a `LogLine`: a str holding exactly the text the kernel logs (the
prefix, `IN=... OUT=... MAC=... SRC=...`, with its trailing space), with `.level` (the syslog
level 0-7, the `<N>` of `dmesg -r`) and `.target` ("LOG"; "NFLOG" for NFLOG's copy).
UID=/GID= (--log-uid, and TRACE's lines) name the socket of the host's own packets at OUTPUT and
POSTROUTING (extensions/sender.py); other packets have none and print neither.
"""
from __future__ import annotations

import struct

from ...packet import IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_UDPLITE
from ...xtables import FORWARD, LOCAL_OUT, POST_ROUTING, XT_CONTINUE, Opt, ParamError, \
    Target, register
from ...xtoptions import save_string
from .. import sender
from .tgutil import string_opt

# logflags (xt_LOG.h) and option order: the bit of option i is 1 << i
XT_LOG_TCPSEQ, XT_LOG_TCPOPT, XT_LOG_IPOPT, XT_LOG_UID, XT_LOG_MACDECODE = 1, 2, 4, 8, 0x20
FLAG_OPTS = (("log-tcp-sequence", XT_LOG_TCPSEQ, "tcp-sequence"), ("log-tcp-options", XT_LOG_TCPOPT, "tcp-options"),
             ("log-ip-options", XT_LOG_IPOPT, "ip-options"), ("log-uid", XT_LOG_UID, "uid"),
             ("log-macdecode", XT_LOG_MACDECODE, "macdecode"))
XT_LOG_MASK = 0x2F
LOG_DEFAULT_LEVEL = 4
# xtopt_parse_sysloglevel names; glibc prioritynames[] order decides the printed name
LEVEL_NAMES = {"alert": 1, "crit": 2, "debug": 7, "emerg": 0, "error": 3, "info": 6, "notice": 5, "panic": 0,
               "warning": 4}
PRINT_NAMES = ("emerg", "alert", "crit", "err", "warn", "notice", "info", "debug")
PREFIX_SIZE = 30            # char prefix[30]


class LogLine(str):
    """One kernel log record: the text, plus the syslog level and the target that wrote it."""
    __slots__ = ("level", "target")


def log_line(text: str, level, target: str) -> LogLine:
    line = LogLine(text)
    line.level, line.target = level, target
    return line


def parse_level(arg: str, ext):
    from .tgutil import xt_strtoul_all
    v = xt_strtoul_all(arg, 0, 7)
    if v is None:
        v = LEVEL_NAMES.get(arg)
        if v is None:
            raise ParamError(f'log level "{arg}" unknown\n')
    return v


def parse_prefix(arg: str, ext):
    v = string_opt(min_len=1, size=PREFIX_SIZE)(arg, ext)
    if "\n" in arg:
        raise ParamError("Newlines not allowed in --log-prefix")
    return v


class Log(Target):
    NAME = "LOG"
    HELP = ("LOG target options:\n"
            " --log-level level\t\tLevel of logging (numeric or see syslog.conf)\n"
            " --log-prefix prefix\t\tPrefix log messages with this prefix.\n"
            " --log-tcp-sequence\t\tLog TCP sequence numbers.\n"
            " --log-tcp-options\t\tLog TCP options.\n"
            " --log-ip-options\t\tLog IP options.\n"
            " --log-uid\t\t\tLog UID owning the local socket.\n"
            " --log-macdecode\t\tDecode MAC addresses and protocol.\n")
    OPTIONS = (
        Opt("log-level", parse_level),
        Opt("log-prefix", parse_prefix),
    ) + tuple(Opt(name, "none", nargs=0) for name, _, _ in FLAG_OPTS)

    @property
    def level(self) -> int:
        return self.v.get("log-level", LOG_DEFAULT_LEVEL)

    @property
    def prefix(self) -> str:
        return self.v.get("log-prefix", "")

    @property
    def logflags(self) -> int:
        return sum(bit for name, bit, _ in FLAG_OPTS if name in self.v)

    def print(self, numeric):
        out = " LOG"
        if numeric:
            out += f" flags {self.logflags} level {self.level}"
        else:
            out += f" level {PRINT_NAMES[self.level]}"
            out += "".join(f" {word}" for name, _, word in FLAG_OPTS if name in self.v)
        if self.prefix:
            out += f' prefix "{self.prefix}"'
        return out

    def save(self):
        out = ""
        if self.prefix:
            out += " --log-prefix" + save_string(self.prefix)
        if self.level != LOG_DEFAULT_LEVEL:
            out += f" --log-level {self.level}"
        return out + "".join(f" --{name}" for name, _, _ in FLAG_OPTS if name in self.v)

    def compile(self):
        prefix, level, flags = self.prefix, self.level, self.logflags

        def log_tg(pkt, par):
            par.log(log_line(prefix + dump_packet(pkt, par, flags), level, "LOG"))
            return XT_CONTINUE
        return log_tg


# -- nf_log_ip_packet ---------------------------------------------------------------------------
_OUT_HOOKS = frozenset((FORWARD, LOCAL_OUT, POST_ROUTING))


def _mac(b: bytes) -> str:
    return ":".join(f"{x:02x}" for x in b)


def dump_packet(pkt, par, logflags: int) -> str:
    """Everything after the prefix: devices, MAC header, then dump_ipv4_packet()."""
    # POSTROUTING of a forwarded packet still names (and dumps the MAC header of) its input device
    indev = pkt.indev if par.hook != LOCAL_OUT else ""
    outdev = pkt.outdev if par.hook in _OUT_HOOKS else ""
    out = [f"IN={indev} OUT={outdev} "]
    if indev:
        dst = pkt.l2dst or bytes(6)
        src = pkt.l2src or bytes(6)
        proto = pkt.l2proto or 0x0800
        loopback = indev == "lo"
        host = par.host
        if host is not None and indev in getattr(host, "links", {}):
            loopback = host.links[indev].kind == "loopback"
        if logflags & XT_LOG_MACDECODE and not loopback:
            out.append(f"MACSRC={_mac(src)} MACDST={_mac(dst)} MACPROTO={proto:04x} ")
        else:
            out.append(f"MAC={_mac(dst + src + proto.to_bytes(2, 'big'))} ")
    data = bytes(pkt.data[:pkt.len]) if 20 <= pkt.len <= len(pkt.data) else bytes(pkt.data)
    if not dump_ipv4(out, data, 0, logflags):
        if logflags & XT_LOG_UID and pkt.local_origin and par.hook in sender.HOOKS_WITH_SOCKET:
            out.append(f"UID={sender.UID} GID={sender.GID} ")      # nf_log_dump_sk_uid_gid()
        if pkt.mark:
            out.append(f"MARK=0x{pkt.mark:x} ")
    return "".join(out)


# ICMP types whose header must be complete before the details are printed (required_len[])
_ICMP_REQUIRED = {0: 4, 3: 28, 4: 28, 5: 28, 8: 4, 11: 28, 12: 28, 13: 20, 14: 20, 17: 12, 18: 12}
NR_ICMP_TYPES = 18


def _ip(a: bytes) -> str:
    return f"{a[0]}.{a[1]}.{a[2]}.{a[3]}"


def dump_ipv4(out: list, d: bytes, iphoff: int, logflags: int) -> bool:
    """dump_ipv4_packet() over the bytes `d` (the skb from the network header), IP header at iphoff.
    True when it returned early (the kernel then skips the UID= and MARK= parts)."""
    if len(d) - iphoff < 20:
        out.append("TRUNCATED")
        return True
    ih = d[iphoff:iphoff + 20]
    ihl = (ih[0] & 15) * 4
    tot, ident, frag = struct.unpack_from("!HHH", ih, 2)
    tos, ttl, proto = ih[1], ih[8], ih[9]
    out.append(f"SRC={_ip(ih[12:16])} DST={_ip(ih[16:20])} ")
    out.append(f"LEN={tot} TOS=0x{tos & 0x1E:02X} PREC=0x{tos & 0xE0:02X} TTL={ttl} ID={ident} ")
    if frag & 0x8000:
        out.append("CE ")
    if frag & 0x4000:
        out.append("DF ")
    if frag & 0x2000:
        out.append("MF ")
    fragoff = frag & 0x1FFF
    if fragoff:
        out.append(f"FRAG:{fragoff} ")
    if logflags & XT_LOG_IPOPT and ihl > 20:
        if len(d) < iphoff + ihl:
            out.append("TRUNCATED")
            return True
        out.append(f"OPT ({d[iphoff + 20:iphoff + ihl].hex().upper()}) ")
    thoff = iphoff + ihl
    rest = len(d) - thoff
    if proto == IPPROTO_TCP:
        out.append("PROTO=TCP ")
        if fragoff:
            pass
        elif rest < 20:
            out.append(f"INCOMPLETE [{rest} bytes] ")
            return True
        elif _dump_tcp(out, d, thoff, logflags):
            return True
    elif proto in (IPPROTO_UDP, IPPROTO_UDPLITE):
        out.append("PROTO=UDP " if proto == IPPROTO_UDP else "PROTO=UDPLITE ")
        if not fragoff:
            if rest < 8:
                out.append(f"INCOMPLETE [{rest} bytes] ")
                return True
            sport, dport, ulen = struct.unpack_from("!HHH", d, thoff)
            out.append(f"SPT={sport} DPT={dport} LEN={ulen} ")
    elif proto == IPPROTO_ICMP:
        out.append("PROTO=ICMP ")
        if not fragoff:
            _dump_icmp(out, d, iphoff, thoff, rest, logflags)
    elif proto == 51:                       # AH: nothing at all for a non-first fragment
        if not fragoff:
            out.append("PROTO=AH ")
            if rest < 12:
                out.append(f"INCOMPLETE [{rest} bytes] ")
            else:
                out.append(f"SPI=0x{struct.unpack_from('!I', d, thoff + 4)[0]:x} ")
    elif proto == 50:
        out.append("PROTO=ESP ")
        if not fragoff:
            if rest < 8:
                out.append(f"INCOMPLETE [{rest} bytes] ")
            else:
                out.append(f"SPI=0x{struct.unpack_from('!I', d, thoff)[0]:x} ")
    else:
        out.append(f"PROTO={proto} ")
    return False


def _dump_tcp(out: list, d: bytes, th: int, logflags: int) -> bool:
    """nf_log_dump_tcp_header() after "PROTO=TCP "; True when it stopped the dump (truncated options)."""
    sport, dport, seq, ack, off, flags, window, _csum, urg = struct.unpack_from("!HHIIBBHHH", d, th)
    out.append(f"SPT={sport} DPT={dport} ")
    if logflags & XT_LOG_TCPSEQ:
        out.append(f"SEQ={seq} ACK={ack} ")
    out.append(f"WINDOW={window} ")
    # TCP_RESERVED_BITS is 0x0E000000 since the AccECN "AE" bit took the lowest reserved bit
    out.append(f"RES=0x{(off & 0x0E) << 2:02x} ")
    if off & 0x01:
        out.append("AE ")
    for bit, name in ((0x80, "CWR "), (0x40, "ECE "), (0x20, "URG "), (0x10, "ACK "), (0x08, "PSH "),
                      (0x04, "RST "), (0x02, "SYN "), (0x01, "FIN ")):
        if flags & bit:
            out.append(name)
    out.append(f"URGP={urg} ")
    doff = (off >> 4) * 4
    if logflags & XT_LOG_TCPOPT and doff > 20:
        if len(d) < th + doff:
            out.append("OPT (TRUNCATED)")
            return True
        out.append(f"OPT ({d[th + 20:th + doff].hex().upper()}) ")
    return False


def _dump_icmp(out: list, d: bytes, iphoff: int, th: int, rest: int, logflags: int) -> None:
    if rest < 8:
        out.append(f"INCOMPLETE [{rest} bytes] ")
        return
    itype, code = d[th], d[th + 1]
    out.append(f"TYPE={itype} CODE={code} ")
    need = _ICMP_REQUIRED.get(itype, 0)
    if itype <= NR_ICMP_TYPES and need and rest < need:
        out.append(f"INCOMPLETE [{rest} bytes] ")
        return
    if itype in (0, 8):
        ident, seq = struct.unpack_from("!HH", d, th + 4)
        out.append(f"ID={ident} SEQ={seq} ")
    elif itype == 12:
        out.append(f"PARAMETER={d[th + 4]} ")
    elif itype in (3, 4, 5, 11):
        if itype == 5:
            out.append(f"GATEWAY={_ip(d[th + 4:th + 8])} ")
        if not iphoff:                      # only recurse once
            out.append("[")
            dump_ipv4(out, d, th + 8, logflags)
            out.append("] ")
        if itype == 3 and code == 4:
            out.append(f"MTU={struct.unpack_from('!H', d, th + 6)[0]} ")


register(Log)
