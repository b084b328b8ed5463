"""One app per database: the lock file the desktop app holds beside it, read without Qt.

While it runs, the app holds `<database>.lock` (a QLockFile: its process id, application and
host name on the first lines, and an `flock` on it where the system has one) and touches it
every few seconds. A command-line command that writes runs inside `held_by_command()`: it
takes the same lock file (refused when the app holds it), so a restore or an import never lands
under the app's feet, nor can the app start in the middle of one; a crash's leftover lock does
not block.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

#: A lock file not refreshed for this long is a crash's leftover (the app refreshes its own
#: every few seconds; a lock held by a process that is gone clears at once).
STALE_LOCK_MS = 15_000

APP_HAS_IT_OPEN = "Counselor Desk has this database open ({path}); close the app first."


def lock_file_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


def app_holds(db_path: Path) -> bool:
    """Whether a running Counselor Desk app holds the database's lock file."""
    if str(db_path) == ":memory:":
        return False
    path = lock_file_path(db_path)
    try:
        with path.open("rb") as file:
            if _locked_natively(file.fileno()):
                return True
            lines = file.read(4096).decode("utf-8", "replace").splitlines()
            age_ms = (time.time() - os.fstat(file.fileno()).st_mtime) * 1000
    except FileNotFoundError:
        return False
    except OSError:
        return True  # a lock file we cannot read: better refused than written under the app
    if abs(age_ms) > STALE_LOCK_MS:
        return False
    pid = int(lines[0]) if lines and lines[0].isascii() and lines[0].isdigit() else 0
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # held from another computer (a shared folder): only its age can tell
    return _running(pid)


@contextlib.contextmanager
def held_by_command(db_path: Path) -> Iterator[bool]:
    """Hold the database's lock file, as the app does, for one command; yields False (holding
    nothing) when the app has the database open."""
    if str(db_path) == ":memory:":
        yield True
        return
    path = lock_file_path(db_path)
    free, fd = _take(path, db_path)
    if fd is None:
        yield free
        return
    try:
        _lock_natively(fd)
        os.write(fd, f"{os.getpid()}\ncounselor-desk\n{socket.gethostname()}\n".encode())
        yield True
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def _take(path: Path, db_path: Path) -> tuple[bool, int | None]:
    """(free, fd): whether the command may run, and the lock file it now holds (None when the
    folder does not exist yet or refuses the file: opening the database then says why)."""
    for _attempt in range(3):
        try:
            return True, os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            if app_holds(db_path):
                return False, None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()  # a crash's leftover
        except OSError:
            return True, None
    return False, None


def _lock_natively(fd: int) -> None:
    if sys.platform == "win32":
        return
    import fcntl

    with contextlib.suppress(OSError):  # no such locks here: the pid and the age decide
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _locked_natively(fd: int) -> bool:
    """Whether another open of the file holds an exclusive `flock` on it (the app's QLockFile)."""
    if sys.platform == "win32":
        return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False  # the file system has no such locks: the pid and the age decide
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def _running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True  # no safe probe here (os.kill ends the process): a fresh lock counts
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
