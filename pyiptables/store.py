"""The state of one emulated network namespace, kept in a directory between commands.

Layout of PYIPTABLES_STATE:
    lock             flock()ed for every transaction: the xtables lock of this namespace
    CURRENT          JSON {component: file name}; replaced atomically, so a commit is all or nothing
    <component>.<n>  one pickle per component (rules, host, conntrack), written before CURRENT names it,
                     behind a header with its length and CRC-32: a truncated or damaged file is refused
                     with a message instead of being unpickled into garbage
    events           append-only conntrack event log that `pyconntrack -E` follows

A component is a plain picklable object. Readers take a shared lock, writers an exclusive one, so
concurrent commands never lose an update, and a writer killed mid-way leaves the old CURRENT intact.
iptables-save reads without the lock, as the real one does, following CURRENT when a writer commits.
"""
from __future__ import annotations

import fcntl
import os
import pickle
import re
import struct
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

from .errors import LockBusy, StoreError

# 2: a chain keeps its -L -n lines and pickles its rules as rows (model.Chain), which readers of
# format 1 cannot load (they refuse a format-2 store as corrupt); format-1 stores are read as is
FORMAT = 2
READABLE = (1, 2)
SEAL = b"PYIPTSTORE1\n"                # then <length:u64><crc32:u32>, then the pickle
_SEAL_HEAD = struct.Struct("<QI")
_ORPHAN = re.compile(r"[A-Za-z_]+\.\d+\.\d+")      # <component>.<pid>.<ns> and CURRENT.<pid>.<ns>


def seal(payload: bytes) -> bytes:
    return SEAL + _SEAL_HEAD.pack(len(payload), zlib.crc32(payload)) + payload


def unseal(data: bytes):
    """The pickle inside a component file; ValueError when it is cut short or damaged. Files
    written before components were sealed are bare pickles, returned as they are."""
    if not data.startswith(SEAL):
        return data
    n = len(SEAL) + _SEAL_HEAD.size
    if len(data) < n:
        raise ValueError("truncated header")
    size, crc = _SEAL_HEAD.unpack_from(data, len(SEAL))
    payload = memoryview(data)[n:]
    if len(payload) != size or zlib.crc32(payload) != crc:
        raise ValueError("damaged")
    return payload


def _plain(s) -> bool:
    """A name JSON writes as it is, and that no separator of CURRENT's text can be part of."""
    return type(s) is str and s.isascii() and s.replace("_", "").replace(".", "").isalnum()


_CURRENT_HEAD = f'{{"format": {FORMAT}, "files": {{'


def current_text(files: dict) -> str:
    """CURRENT's JSON, as json.dumps() writes it (without importing json for the usual names)."""
    if all(_plain(k) and _plain(v) for k, v in files.items()):
        return _CURRENT_HEAD + ", ".join(f'"{k}": "{v}"' for k, v in files.items()) + "}}"
    import json
    return json.dumps({"format": FORMAT, "files": files})


def parse_current(text: str):
    """json.loads(CURRENT's text): what current_text() writes is read without importing json,
    anything else by json (ValueError when it is not JSON)."""
    if text.startswith(_CURRENT_HEAD) and text.endswith("}}"):
        body = text[len(_CURRENT_HEAD):-2]
        files = {}
        for item in body.split(", ") if body else ():
            k, sep, v = item.partition('": "')
            if not sep or k[:1] != '"' or v[-1:] != '"' or not _plain(k[1:]) or not _plain(v[:-1]):
                break
            files[k[1:]] = v[:-1]
        else:
            return {"format": FORMAT, "files": files}
    import json
    return json.loads(text)


def default_path() -> Path:
    env = os.environ.get("PYIPTABLES_STATE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "pyiptables" / "default"


class Store:
    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else default_path()
        self._cache: dict[str, object] = {}
        self._dirty: set[str] = set()
        self._current: dict[str, str] | None = None
        self._lockfd: int | None = None
        self._exclusive = False

    # -- locking -------------------------------------------------------------------------------
    def _open_lock(self, exclusive: bool, wait: int | None):
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path / "lock", os.O_RDONLY | os.O_CREAT, 0o600)    # flock needs no write
        except OSError as e:
            raise StoreError(f"pyiptables: cannot open state directory {self.path}: {e.strerror}") from None
        op = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            if wait is None:
                fcntl.flock(fd, op)
            else:
                self._flock_within(fd, op, wait)
        except BaseException:
            os.close(fd)
            raise
        self._lockfd, self._exclusive = fd, exclusive

    def _flock_within(self, fd: int, op: int, wait: int) -> None:
        """iptables -w N: the lock within N seconds (xtables_lock: flock() cut short by alarm(N))."""
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, op | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockBusy(self.path / "lock", wait) from None
                time.sleep(0.005)

    def _release(self):
        if self._lockfd is not None:
            os.close(self._lockfd)
            self._lockfd = None
        self._cache.clear()
        self._dirty.clear()
        self._current = None

    @contextmanager
    def transaction(self, write: bool = True, wait: int | None = None, lock: bool = True):
        """Lock the namespace (waiting for ever, or `wait` seconds: LockBusy); on a clean exit of a
        write transaction, commit what changed. lock=False (reads only) takes no lock, as
        iptables-save takes none: each component is read as some commit left it."""
        if lock or write:
            self._open_lock(write, wait)
        try:
            yield self
            if write and self._dirty:
                self._commit()
        finally:
            self._release()

    # -- components ----------------------------------------------------------------------------
    def _read_current(self) -> dict[str, str]:
        if self._current is None:
            p = self.path / "CURRENT"
            try:
                cur = parse_current(p.read_text())
                if not isinstance(cur, dict) or cur.get("format") not in READABLE:
                    raise ValueError("format")
                files = cur.get("files")
                if not isinstance(files, dict) or not all(
                        isinstance(k, str) and isinstance(v, str) and v.startswith(f"{k}.") and "/" not in v
                        for k, v in files.items()):
                    raise ValueError("files")
            except FileNotFoundError:
                cur = {"format": FORMAT, "files": {}}
            except (ValueError, OSError):
                raise StoreError(f"pyiptables: state store {self.path} is corrupt (CURRENT unreadable)") from None
            self._current = cur
        return self._current["files"]

    def get(self, component: str, factory=None):
        """The component's object (created by factory() when the store has none yet)."""
        if component in self._cache:
            return self._cache[component]
        name = self._read_current().get(component)
        if name is None:
            obj = factory() if factory else None
        else:
            try:
                f = self._open_component(name)
                with f:
                    obj = pickle.loads(unseal(f.read()))
                if isinstance(factory, type) and not isinstance(obj, factory):
                    raise TypeError(type(obj).__name__)
            except Exception:
                raise StoreError(f"pyiptables: state store {self.path} is corrupt "
                                 f"({component} unreadable); remove it to start afresh") from None
        self._cache[component] = obj
        return obj

    def _open_component(self, name: str):
        """The component file CURRENT names. Without the lock, a writer may commit and unlink it
        between our reads of CURRENT and of the file: read CURRENT again and follow it."""
        component = name.partition(".")[0]
        for _ in range(100):
            try:
                return open(self.path / name, "rb")
            except FileNotFoundError:
                if self._lockfd is not None:
                    raise
                self._current = None
                again = self._read_current().get(component)
                if again is None or again == name:
                    raise                   # no commit in between: the store lost the file
                name = again
        raise StoreError(f"pyiptables: state store {self.path} keeps changing; try again")

    def put(self, component: str, obj=None):
        """Mark a component changed (optionally replacing it); written at commit."""
        if not self._exclusive:
            raise RuntimeError("put() outside a write transaction")
        if obj is not None:
            self._cache[component] = obj
        self._dirty.add(component)

    def drop(self, component: str):
        """Forget in-memory changes to a component: the next get() reads the committed one."""
        self._cache.pop(component, None)
        self._dirty.discard(component)

    def _commit(self):
        files = dict(self._read_current())
        old = []
        stamp = f"{os.getpid()}.{time.monotonic_ns()}"
        written = []
        try:
            for comp in sorted(self._dirty):
                name = f"{comp}.{stamp}"
                data = seal(pickle.dumps(self._cache[comp], protocol=pickle.HIGHEST_PROTOCOL))
                written.append(name)
                with open(self.path / name, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                if comp in files:
                    old.append(files[comp])
                files[comp] = name
            tmp = f"CURRENT.{stamp}"
            written.append(tmp)
            with open(self.path / tmp, "w") as f:
                f.write(current_text(files))
                f.flush()
                os.fsync(f.fileno())
            os.replace(self.path / tmp, self.path / "CURRENT")
        except OSError as e:
            # nothing is committed (CURRENT still names the old files): a full disk or a file size
            # limit is a message, and what was half written goes
            self._unlink(written)
            raise StoreError(f"pyiptables: cannot write state store {self.path}: "
                             f"{e.strerror or e}; nothing was changed") from None
        # files of writers killed before their CURRENT replace (nobody else writes: we hold the lock)
        live = set(files.values())
        self._unlink(old + [n for n in self._names() if _ORPHAN.fullmatch(n) and n not in live])
        self._current = {"format": FORMAT, "files": files}
        self._dirty.clear()

    def _names(self) -> list[str]:
        try:
            return os.listdir(self.path)
        except OSError:
            return []

    def _unlink(self, names):
        for name in names:
            try:
                os.unlink(self.path / name)
            except OSError:
                pass

    # -- events --------------------------------------------------------------------------------
    @property
    def events_path(self) -> Path:
        return self.path / "events"
