"""Errors carry the exit status and the exact text the real tool prints."""

# xtables exit codes (include/xtables.h)
OTHER_PROBLEM = 1
PARAMETER_PROBLEM = 2
VERSION_PROBLEM = 3
RESOURCE_PROBLEM = 4


class IptablesError(Exception):
    """A failure the user sees: `message` is printed verbatim to stderr, then exit `status`."""

    def __init__(self, message: str, status: int = OTHER_PROBLEM):
        super().__init__(message)
        self.message = message
        self.status = status


class Crash(IptablesError):
    """Where the real tool dies of a signal (libxt_hashlimit divides by zero on some input): the
    command fails like any other (nothing is committed), then the process kills itself with
    `signum`, so its status is the real one; nothing is printed."""

    def __init__(self, signum: int):
        super().__init__("", 128 + signum)
        self.signum = signum


class StoreError(IptablesError):
    """The PYIPTABLES_STATE store is missing, locked too long or corrupt."""

    def __init__(self, message: str):
        super().__init__(message, RESOURCE_PROBLEM)


class LockBusy(StoreError):
    """The namespace's xtables lock stayed taken for the -w seconds: xtables_lock()'s line (the
    flock cut short by alarm(), reported as EWOULDBLOCK), then xtables_lock_or_exit()'s."""

    def __init__(self, path, wait: int):
        super().__init__(f"Can't lock {path}: Resource temporarily unavailable\n"
                         f"Another app is currently holding the xtables lock. Stopped waiting after {wait}s.")
