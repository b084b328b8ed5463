"""Owner-only folders and files: the database, its backups and what is exported beside them."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(folder: Path) -> None:
    """Create `folder` if needed; on POSIX make it owner-only (0700).

    Only for folders the app owns: a folder the counselor chose goes through
    `ensure_dir(folder, ours=False)`, which keeps its permissions."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR_MODE)


def ensure_dir(folder: Path, *, ours: bool) -> None:
    """Make sure `folder` exists. One the app creates is owner-only; an existing one is made
    owner-only only when it is the app's own (`ours`), never a folder the counselor chose."""
    if ours or not folder.exists():
        make_private_dir(folder)


def create_private_file(path: Path) -> None:
    """Create `path`, empty, with mode 0600 from the start; fails if it already exists.

    SQLite opening the empty file keeps that mode, and gives its journal the same."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` in one step: into a 0600 temporary file beside it (owner-only
    from its first byte), flushed to disk, then moved into place."""
    handle, temporary = tempfile.mkstemp(
        prefix=".counselor-desk-", suffix=".partial", dir=path.parent
    )
    placed = False
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        placed = True
    finally:
        if not placed:
            Path(temporary).unlink(missing_ok=True)


def make_private_file(path: Path) -> None:
    """On POSIX take away group and other access to `path` (owner bits are left as they are)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & PRIVATE_FILE_MODE)


def fsync(path: Path, *, folder: bool = False) -> None:
    """Flush `path` (a file, or with `folder` a folder's entries: POSIX only) to the disk."""
    if folder and os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
