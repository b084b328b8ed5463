"""A read-only look at a database file before `connect()` writes anything to it.

Whose file is it, which schema, is it sound: read without changing a byte of the file, its
`-wal` or its `-shm`. With no `-wal` (or an empty one) the file is read as immutable; with a
`-wal` and its `-shm` through a read-only connection that opens the `-shm` read-only too; a
`-wal` without its `-shm` (no program has it open) is read from a private copy of both, since
SQLite would otherwise create the `-shm`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.record import record
from counselor_desk.store import backup, schema
from counselor_desk.store.checks import APPLICATION_ID, integrity_problems
from counselor_desk.store.connection import DRIVER_ERRORS, open_plain
from counselor_desk.store.errors import (
    DamagedDatabaseError,
    EmptyDatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
    ReadOnlyDatabaseError,
    damaged_message,
    explain,
    newer_message,
    not_ours_message,
)
from counselor_desk.store.migrate import apply_migrations

#: A -wal this long or shorter holds no frame: nothing in it belongs to the database.
WAL_HEADER_BYTES = 32


@record
class Look:
    """What the read-only look found."""

    application_id: int
    version: int
    names: frozenset[str]


_EXPECTED: dict[tuple[int, int], frozenset[str]] = {}


def expected_tables(version: int) -> frozenset[str]:
    """The tables a database of schema `version` holds (built once in memory)."""
    key = (version, id(schema.MIGRATIONS[version - 1]))
    if key not in _EXPECTED:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            apply_migrations(conn, ":memory:", 0, schema.MIGRATIONS[:version])
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            _EXPECTED[key] = frozenset(str(row[0]) for row in rows)
        finally:
            conn.close()
    return _EXPECTED[key]


def _uri(path: Path, query: str) -> str:
    return Path(os.path.abspath(path)).as_uri() + "?" + query


def _read(uri: str, path: Path, *, quick: bool, key: bytes | None) -> Look:
    try:
        conn = open_plain(uri, uri=True, key=key, where=path)
    except DRIVER_ERRORS as error:
        raise explain(error, path) from error
    try:
        look = Look(
            int(conn.execute("PRAGMA application_id").fetchone()[0]),
            int(conn.execute("PRAGMA user_version").fetchone()[0]),
            frozenset(str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")),
        )
        _judge(look, path)
        if quick and look.version > 0 and integrity_problems(conn, quick=True):
            raise DamagedDatabaseError(damaged_message(path))
    except DRIVER_ERRORS as error:
        raise explain(error, path) from error
    finally:
        conn.close()
    return look


def _judge(look: Look, path: Path) -> None:
    if look.application_id not in (0, APPLICATION_ID):
        raise NotOurDatabaseError(not_ours_message(path))
    if look.version > schema.schema_version():
        raise NewerDatabaseError(newer_message(path, look.version, schema.schema_version()))
    if look.application_id == APPLICATION_ID:
        return  # stamped by this app: ours, whatever has become of its tables
    # A file from before the stamp: ours when it holds our tables at its schema version.
    if look.version == 0:
        if look.names:
            raise NotOurDatabaseError(not_ours_message(path))
    elif not expected_tables(look.version) <= look.names:
        raise NotOurDatabaseError(not_ours_message(path))


def look_at(path: Path, *, quick: bool, key: bytes | None = None) -> Look:
    """Read `path` (a file that exists) without writing; raise the plain refusal if it is not
    a Counselor Desk database this app can open, or is damaged (`quick`: run quick_check).
    An encrypted file is read with its data `key`."""
    wal = Path(f"{path}-wal")
    wal_size = wal.stat().st_size if wal.is_file() else 0
    if path.stat().st_size == 0 and wal_size == 0:
        refuse_empty_with_backups(path)
        return Look(0, 0, frozenset())
    uri = read_only_uri(path)
    if uri is not None:
        return _read(uri, path, quick=quick, key=key)
    with tempfile.TemporaryDirectory(prefix="counselor-desk-look-") as folder:  # 0700
        copy = Path(folder) / "look.sqlite3"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        except OSError as error:
            raise ReadOnlyDatabaseError(
                messages.text(
                    "The database {path} could not be read without changing it ({why}); it "
                    "was left untouched.",
                    path=path,
                    why=error.strerror or error,
                )
            ) from error
        return _read(_uri(copy, "mode=rw"), path, quick=quick, key=key)


def read_only_uri(path: Path) -> str | None:
    """The URI that reads `path` as it stands without writing a byte of it, its -wal or its
    -shm; None for a -wal without its -shm (only a copy of both can be read so)."""
    wal = Path(f"{path}-wal")
    if not wal.is_file() or wal.stat().st_size <= WAL_HEADER_BYTES:
        # no -wal, or one holding no frame (its header at most, as a kill can leave it beside
        # a stale -shm that a read-only connection could never rebuild): the file alone
        return _uri(path, "mode=ro&immutable=1")
    if Path(f"{path}-shm").is_file():
        return _uri(path, "mode=ro&readonly_shm=1")
    return None


def refuse_empty_with_backups(path: Path) -> None:
    """An empty file with a good backup beside it is refused, naming that backup."""
    for found in backup.list_backups(backup.backups_dir(path), path.stem):
        if backup.check_file(found.path, quick=True).ok or backup.encrypted(found.path):
            raise EmptyDatabaseError(
                messages.text(
                    "The database {path} is empty, but it has backups: the newest good one is "
                    "{backup} (made {made_at:%Y-%m-%d %H:%M}). Restore it (File > Restore from "
                    "backup…, or counselor-desk restore FILE); the empty file was left "
                    "untouched.",
                    path=path,
                    backup=found.path,
                    made_at=found.made_at,
                )
            )
