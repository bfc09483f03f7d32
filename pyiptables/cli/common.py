"""What every entry point shares: error text as the real tools print it, and the exit."""
from __future__ import annotations

import errno
import io
import os
import sys

from ..errors import VERSION_PROBLEM, Crash, IptablesError, StoreError
from ..xtables import KernelError, ParamError


class _Out(io.RawIOBase):
    """stdout or stderr as C stdio has them: a write that fails (ENOSPC on /dev/full, EBADF on a
    descriptor the caller closed) is lost, not raised, and `errno` keeps the first failure;
    EPIPE still raises (SIGPIPE ends the C tools first; pyiptables-replay aborts on it). A
    `strict` stream raises its first failure as an IptablesError, and loses what follows."""

    def __init__(self, fd: int, closed: bool, strict: bool = False):
        super().__init__()
        self.fd, self.closed_fd, self.strict, self.errno = fd, closed, strict, 0

    def writable(self):
        return True

    def fileno(self):
        return self.fd

    def isatty(self):
        return not self.closed_fd and os.isatty(self.fd)

    def write(self, b):
        if self.closed_fd or self.errno:
            self.errno = self.errno or errno.EBADF
            return len(b)
        try:
            return os.write(self.fd, b)
        except BrokenPipeError:
            raise
        except OSError as e:
            self.errno = e.errno
            if self.strict:
                raise IptablesError(f"cannot write standard output: {e.strerror}") from None
            return len(b)


_out: dict[int, _Out] = {}


def std_streams(entry: bool, strict: bool = False) -> None:
    """The standard streams as the C tools have them. As a process (`entry`): SIGPIPE ends us,
    silently, when the reader goes away (`| head`), as it ends them (status 141 in a shell);
    Python ignores SIGPIPE, and its BrokenPipeError is a traceback, or, after a partial write,
    no error at all and status 0. A descriptor 0-2 the caller closed (`>&-`) gets /dev/null, so no
    file we open takes its number (Python leaves a None stream there); the process's own stdout
    and stderr lose what cannot be written instead of raising (_Out; `strict`: stdout raises once)."""
    if entry:
        import signal
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        stream = getattr(sys, name)
        closed = stream is None
        if closed:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
        elif fd == 0 or stream is not getattr(sys, f"__{name}__"):
            continue                           # stdin that is open, or streams a caller swapped in
        if fd == 0:
            stdin = open(0, "rb", closefd=False)
            stdin.raw.name = "<stdin>"              # as Python names it (messages say where they read)
            sys.stdin = io.TextIOWrapper(stdin, encoding="utf-8", errors="surrogateescape")
            continue
        if not closed:
            try:
                stream.flush()                 # what a caller wrote before us comes first
            except OSError:
                pass
        raw = _out.setdefault(fd, _Out(fd, closed, strict and fd == 1))
        write_through = True if closed or fd == 2 else stream.write_through
        # C's stderr is unbuffered: a LOG line or warning goes out before what comes after it
        line_buffering = fd == 2 or (not closed and stream.line_buffering)
        setattr(sys, name, io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8", errors="surrogateescape",
                                            line_buffering=line_buffering, write_through=write_through))
    raw_stdio()


def stdout_errno() -> int:
    """Why a write to stdout failed (0: none did), as procps' close_stdout() reports it."""
    return _out[1].errno if 1 in _out else 0


def read_until_error(f) -> bytes:
    """What the C tools' fgets()/getline() loops read from an opened file: up to its end, or up to
    a read error, which ends the input like the end does (EISDIR on a directory, EIO)."""
    chunks = []
    try:
        while chunk := f.read(1 << 16):
            chunks.append(chunk)
    except OSError:
        pass
    return b"".join(chunks)


def raw_stdio() -> None:
    """Write names, comments and prefixes as the bytes the user gave, as the C tools do, whatever
    the locale: argv and restore input are decoded with surrogateescape, and a strict stdout (any
    locale but C/POSIX, or PYTHONIOENCODING) would raise UnicodeEncodeError on a non-UTF-8 byte."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="surrogateescape")
            except (ValueError, OSError):      # already used for reading, or closed
                pass


def error_text(e: IptablesError, prog: str = "iptables") -> str:
    """The bytes iptables writes to stderr for this failure."""
    if isinstance(e, ParamError):
        head = f"{prog} v1.8.9 (legacy): {e.message}\n" if e.banner else e.message + "\n" * bool(e.message)
        return f"{head}Try `{prog} -h' or '{prog} --help' for more information.\n"
    if isinstance(e, StoreError):
        return e.message + "\n"
    if e.status == VERSION_PROBLEM:
        return f"{prog} v1.8.9 (legacy): {e.message}\n"
    return f"iptables: {e.message}\n"


def fail(e: IptablesError, prog: str = "iptables", entry: bool = True) -> int:
    sys.stdout.flush()
    if isinstance(e, Crash):
        die(e, entry)
    sys.stderr.write(error_text(e, prog))
    sys.stderr.flush()
    return e.status


def die(e: Crash, entry: bool = True) -> None:
    """End the process by the signal the real tool dies of (no message: the shell says it); when
    main() was called with an argv (in-process, by a caller), exit 128 + signal instead."""
    sys.stdout.flush()
    sys.stderr.flush()
    if entry:
        import signal
        signal.signal(e.signum, signal.SIG_DFL)
        os.kill(os.getpid(), e.signum)
    sys.exit(e.status)


def tool_main(prog: str, run, argv: list[str] | None = None):
    """The entry point of iptables-save and iptables-restore: run(argv) over the real streams, and
    exit with its status. A bug of ours is one line on stderr, never a traceback
    (PYIPTABLES_DEBUG=1 shows it); a reader that goes away ends us quietly, as SIGPIPE ends them."""
    entry = argv is None
    std_streams(entry)
    argv = list(sys.argv if argv is None else argv)
    try:
        status = run(argv)
        sys.stdout.flush()
    except Crash as e:
        die(e, entry)
    except KeyboardInterrupt:
        status = 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 141
    except Exception as e:
        if os.environ.get("PYIPTABLES_DEBUG"):
            raise
        sys.stderr.write(f"{prog}: internal error: {type(e).__name__}: {e}\n")
        status = 1
    sys.exit(status)
