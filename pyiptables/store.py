"""The state of one emulated network namespace, kept in a directory between commands.

Layout of PYIPTABLES_STATE:
    lock             flock()ed for every transaction: the xtables lock of this namespace
    CURRENT          JSON {component: file name}; replaced atomically, so a commit is all or nothing
    <component>.<n>  one pickle per component (rules, host, conntrack), written before CURRENT names it
    events           append-only conntrack event log that `pyconntrack -E` follows

A component is a plain picklable object. Readers take a shared lock, writers an exclusive one, so
concurrent commands never lose an update, and a writer killed mid-way leaves the old CURRENT intact.
"""
from __future__ import annotations

import fcntl
import json
import os
import pickle
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import StoreError

FORMAT = 1


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
    def _open_lock(self, exclusive: bool, wait: float | None):
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise StoreError(f"pyiptables: cannot open state directory {self.path}: {e.strerror}") from None
        op = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        deadline = None if wait is None else time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, op | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is not None and time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreError("Another app is currently holding the xtables lock. "
                                     "Perhaps you want to use the -w option?") from None
                time.sleep(0.005)
        self._lockfd, self._exclusive = fd, exclusive

    def _release(self):
        if self._lockfd is not None:
            os.close(self._lockfd)
            self._lockfd = None
        self._cache.clear()
        self._dirty.clear()
        self._current = None

    @contextmanager
    def transaction(self, write: bool = True, wait: float | None = None):
        """Lock the namespace; on a clean exit of a write transaction, commit what changed."""
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
                cur = json.loads(p.read_text())
                if not isinstance(cur, dict) or cur.get("format") != FORMAT:
                    raise ValueError("format")
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
                with open(self.path / name, "rb") as f:
                    obj = pickle.load(f)
            except Exception:
                raise StoreError(f"pyiptables: state store {self.path} is corrupt "
                                 f"({component} unreadable); remove it to start afresh") from None
        self._cache[component] = obj
        return obj

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
        for comp in sorted(self._dirty):
            name = f"{comp}.{stamp}"
            with open(self.path / name, "wb") as f:
                pickle.dump(self._cache[comp], f, protocol=pickle.HIGHEST_PROTOCOL)
                f.flush()
                os.fsync(f.fileno())
            if comp in files:
                old.append(files[comp])
            files[comp] = name
        tmp = self.path / f"CURRENT.{stamp}"
        tmp.write_text(json.dumps({"format": FORMAT, "files": files}))
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, self.path / "CURRENT")
        for name in old:
            try:
                os.unlink(self.path / name)
            except OSError:
                pass
        self._current = {"format": FORMAT, "files": files}
        self._dirty.clear()

    # -- events --------------------------------------------------------------------------------
    @property
    def events_path(self) -> Path:
        return self.path / "events"
