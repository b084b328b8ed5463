"""Turning a plaintext database file into an encrypted one, so that a crash at any moment
leaves one of the two whole and live.

`encrypted_copy` writes an encrypted twin of a plaintext file beside it (SQLCipher's
`sqlcipher_export` into a new file keyed with the data key) and proves it: every table holds
as many rows as in the original, the copy passes `integrity_check` and `foreign_key_check`,
and it carries the original's schema version and stamp. `put_in_place` then swaps it in:
the key file first (a plaintext file with a key file beside it is still read as plaintext:
the file's own first bytes decide), then the file itself in one rename. Before that rename the
plaintext file is the live one; after it, the encrypted one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from counselor_desk.domain import messages
from counselor_desk.store import anchor, keys
from counselor_desk.store.backup import backups_dir, list_backups
from counselor_desk.store.checks import foreign_key_problems, integrity_problems
from counselor_desk.store.connection import (
    DRIVER_ERRORS,
    is_encrypted_file,
    open_plain,
    raw_key,
)
from counselor_desk.store.errors import StoreError, explain
from counselor_desk.store.files import create_private_file, fsync, make_private_file

STAGING_SUFFIX = ".encrypting"
#: Files that travel with a database file and are not databases themselves.
COMPANION_ENDS = ("-wal", "-shm", "-journal", anchor.SUFFIX, keys.SUFFIX, STAGING_SUFFIX)


def staging_path(path: Path) -> Path:
    """Where the encrypted twin of `path` is written before it is put in place (hidden)."""
    return path.with_name(f".{path.name}{STAGING_SUFFIX}")


def _counts(conn: Any, schema: str) -> dict[str, int]:
    """Rows per stored table of `schema` (a virtual table's rows are in its shadow tables)."""
    names = [
        str(row[0])
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    counted = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counted[name] = int(conn.execute(f"SELECT count(*) FROM {schema}.{quoted}").fetchone()[0])
    return counted


def encrypted_copy(source: Path, target: Path, key: bytes) -> None:
    """Write `target` (a new file, owner-only) as `source` encrypted with `key`, and prove it
    holds the same: StoreError naming the difference otherwise (the caller removes `target`).
    `source` must be a plaintext file with no -wal beside it (it is only read)."""
    if is_encrypted_file(source):
        raise StoreError(messages.text("The file {path} is encrypted already.", path=source))
    if Path(f"{source}-wal").is_file() and Path(f"{source}-wal").stat().st_size:
        raise StoreError(in_use_message(source))
    for end in ("", "-journal"):
        Path(f"{target}{end}").unlink(missing_ok=True)
    create_private_file(target)
    uri = Path(os.path.abspath(source)).as_uri() + "?mode=ro"
    try:
        conn = open_plain(uri, uri=True, key=None, cipher_driver=True)
        try:
            conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), raw_key(key)))
            conn.execute("SELECT sqlcipher_export('encrypted')")
            for pragma in ("user_version", "application_id"):
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA encrypted.{pragma} = {value}")
            wanted = _counts(conn, "main")
            found = _counts(conn, "encrypted")
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()
        if found != wanted:
            differ = sorted(
                name for name in wanted.keys() | found.keys() if wanted.get(name) != found.get(name)
            )
            raise StoreError(
                messages.text(
                    "The encrypted copy does not hold the same rows (table {table}); nothing "
                    "was changed.",
                    table=differ[0],
                )
            )
        check = open_plain(str(target), key=key)
        try:
            problems = integrity_problems(check) or foreign_key_problems(check)
        finally:
            check.close()
    except DRIVER_ERRORS as error:
        raise explain(error, source) from error
    if problems:
        raise StoreError(
            messages.text(
                "The encrypted copy could not be verified ({problem}); nothing was changed.",
                problem=problems[0],
            )
        )
    make_private_file(target)
    fsync(target)


def in_use_message(path: Path) -> str:
    """A -wal with frames beside `path`: another program has the file open (or had, and died)."""
    return messages.text(
        "The database {path} is in use by another program; close it first.", path=path
    )


def put_in_place(staging: Path, path: Path, key_file: keys.KeyFile) -> None:
    """Swap the verified encrypted `staging` in for the plaintext `path`: the key file first,
    then one rename. A -wal of the plaintext file must not be there (it would be applied to
    the encrypted file): StoreError before anything is touched."""
    wal = Path(f"{path}-wal")
    if wal.is_file() and wal.stat().st_size:
        raise StoreError(in_use_message(path))
    keys.write(path, key_file)
    wal.unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    os.replace(staging, path)
    fsync(path.parent, folder=True)


def encrypt_file_in_place(path: Path, key: bytes, key_file: keys.KeyFile) -> bool:
    """A closed plaintext database file (a backup, a file set aside) encrypted where it lies,
    with its anchor kept; False when it is encrypted already."""
    if is_encrypted_file(path):
        return False
    _fold_wal(path)
    staging = staging_path(path)
    try:
        encrypted_copy(path, staging, key)
        put_in_place(staging, path, key_file)
    finally:
        remove_staging(staging)
    make_private_file(path)
    return True


def remove_staging(staging: Path) -> None:
    """An encrypted twin that was not put in place, with every file beside it."""
    for end in ("", "-journal", "-wal", "-shm", keys.SUFFIX, anchor.SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{staging}{end}").unlink()


def _fold_wal(path: Path) -> None:
    """A closed file with a -wal beside it (one set aside by a restore): the -wal is written
    into the file first, so that the file alone holds everything."""
    wal = Path(f"{path}-wal")
    if not wal.is_file():
        return
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def set_aside_files(path: Path) -> list[Path]:
    """The databases a restore set aside beside `path` (`<name>.replaced-<stamp>.sqlite3`)."""
    found = []
    with contextlib.suppress(OSError):
        for entry in path.parent.glob(f"{glob_escape(path.stem)}.replaced-*"):
            if entry.is_file() and not entry.name.endswith(COMPANION_ENDS):
                found.append(entry)
    return sorted(found)


def companions(path: Path) -> list[Path]:
    """The copies of the database at `path` the app itself made: its backups in the app's
    own backups folder and the files a restore set aside beside it."""
    made = [item.path for item in list_backups(backups_dir(path), path.stem)]
    return made + set_aside_files(path)


def write_key_file_everywhere(path: Path, key_file: keys.KeyFile) -> int:
    """The key file beside `path`, and beside every copy of it the app made that holds the
    same data key (its key file has the same recovery wrap): one passphrase opens them all.
    Returns how many copies were given the new key file."""
    try:
        before = keys.read(path)
    except keys.KeyFileError:
        before = None
    keys.write(path, key_file)
    changed = 0
    for copy in companions(path):
        try:
            theirs = keys.read(copy)
        except keys.KeyFileError:
            continue
        if theirs.recovery in (key_file.recovery, getattr(before, "recovery", None)):
            keys.write(copy, key_file)
            changed += 1
    return changed
