"""The host's sysctl state: net.ipv4.conf.{all,default,IFACE}.* with the kernel's devinet
semantics (state bits, default propagation, inet_forward_change) and the global keys."""
from __future__ import annotations

from . import sysctl as S


class SysctlState:
    """Mixin of Host (which provides self.conf, self.globals, self.links, _changed, _compile)."""

    # -- sysctl --------------------------------------------------------------------------------
    def conf_value(self, dev: str, key: str, how: str = "dev") -> int:
        """IN_DEV_CONF_GET / IN_DEV_ORCONF / IN_DEV_ANDCONF / IN_DEV_MAXCONF of a device."""
        a = self.conf["all"].vals[key]
        c = self.conf.get(dev)
        d = c.vals[key] if c else 0
        if how == "or":
            return int(bool(a or d))
        if how == "and":
            return int(bool(a and d))
        if how == "max":
            return max(a, d)
        return d

    def sysctl_names(self) -> list[tuple[tuple[str, ...], str]]:
        """Every emulated key as (path components, procps display name), in procps -a order."""
        out = []
        for k in S.GLOBALS:
            comps = tuple(k.split("."))
            if k.startswith("net.netfilter.nf_log."):
                comps = ("net", "netfilter", "nf_log", k.rsplit(".", 1)[1])
            out.append((comps, k))
        for cname in self.conf:
            for key in S.CONF_KEYS:
                comps = ("net", "ipv4", "conf", cname, key)
                out.append((comps, ".".join(c.replace(".", "/") for c in comps)))
        out.sort()
        return out

    def _resolve(self, comps: tuple[str, ...]):
        """('conf', name, key) or ('global', dotted) or None."""
        if len(comps) == 5 and comps[:3] == ("net", "ipv4", "conf"):
            if comps[3] in self.conf and comps[4] in S.CONF_DEFAULTS:
                return ("conf", comps[3], comps[4])
            return None
        if comps[:3] == ("net", "netfilter", "nf_log") and len(comps) == 4:
            key = "net.netfilter.nf_log." + comps[3]
        else:
            key = ".".join(comps)
        if "/" not in key and key in S.GLOBALS:
            return ("global", key)
        return None

    def sysctl_read(self, comps) -> str:
        r = self._resolve(tuple(comps))
        if r is None:
            raise KeyError(comps)
        if r[0] == "conf":
            return str(self.conf[r[1]].vals[r[2]])
        if r[1] == "net.ipv4.ip_forward":
            return str(self.conf["all"].vals["forwarding"])
        return str(self.globals[r[1]])

    def sysctl_writable(self, comps) -> bool:
        r = self._resolve(tuple(comps))
        if r[0] == "conf":
            return r[2] not in S.CONF_RO
        return S.GLOBALS[r[1]][1].writable

    def sysctl_write(self, comps, text: str):
        """Store like the kernel's proc handler; raises SysctlWriteError(errno)."""
        r = self._resolve(tuple(comps))
        if r is None:
            raise KeyError(comps)
        if r[0] == "conf":
            _, cname, key = r
            if key in S.CONF_RO:
                raise S.SysctlWriteError(13)
            val = S.kernel_write(S.INT, text)
            self._conf_write(cname, key, val)
        else:
            key = r[1]
            spec = S.GLOBALS[key][1]
            if key == "net.ipv4.ip_forward":
                self._conf_write("all", "forwarding", S.kernel_write(spec, text))
            else:
                related = None
                if spec.kind in ("frag_hi", "frag_lo"):       # lo names the partner threshold
                    related = self.globals[spec.lo]
                self.globals[key] = S.kernel_write(spec, text, self.globals[key], related)
        self._changed()

    def _conf_write(self, cname: str, key: str, val: int):
        conf = self.conf[cname]
        if key == "forwarding":                       # devinet_sysctl_forward()
            old = conf.vals[key]
            conf.vals[key] = val
            if cname == "all" and val != old:         # inet_forward_change()
                self.conf["all"].vals["accept_redirects"] = int(not val)
                self.conf["default"].vals["forwarding"] = val
                for n, c in self.conf.items():
                    if n not in ("all", "default"):
                        c.vals["forwarding"] = val
                        c.state.add("forwarding")
            return
        if key in S.CONF_FLUSHING:                    # ipv4_doint_and_flush(): a plain write
            conf.vals[key] = val
            return
        conf.vals[key] = val                          # devinet_conf_proc()
        conf.state.add(key)
        if cname == "default":                        # devinet_copy_dflt_conf()
            for n, c in self.conf.items():
                if n not in ("all", "default") and key not in c.state:
                    c.vals[key] = val

    def sysctl(self, key: str) -> str:
        """Value of a dotted key as `sysctl -n` prints it (KeyError if unknown)."""
        return self.sysctl_read(split_key(key))

    def sysctl_int(self, key: str) -> int:
        c = self._compiled
        if c is None:
            c = self._compile()
        if c.flat is None:
            c.flat = {}
            for comps, name in self.sysctl_names():
                try:
                    c.flat[name] = int(self.sysctl_read(comps))
                except ValueError:
                    pass
        v = c.flat.get(key)
        if v is None:
            v = int(self.sysctl(key))
        return v


def split_key(key: str) -> tuple[str, ...]:
    """procps slashdot(): when the first separator is '/', '/' separates and '.' belongs to names;
    otherwise '.' separates and '/' stands for a '.' inside a name (eth0/10 is eth0.10)."""
    i = min((p for p in (key.find("."), key.find("/")) if p >= 0), default=-1)
    if i >= 0 and key[i] == "/":
        return tuple(key.split("/"))
    return tuple(c.replace("/", ".") for c in key.split("."))
