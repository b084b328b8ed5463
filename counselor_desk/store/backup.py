"""Backup files: written through SQLite's online backup API (never a file copy of a live
database) under a temporary name, checked whole, then moved into place in one step.

A backup is named `<database name>-<YYYYMMDD-HHMMSS>[-<n>][-<tag>].sqlite3`: a timestamp and
the database's own file name, never a participant detail.

The backup of an encrypted database is encrypted with the same data key (SQLCipher's backup
API copies between two connections keyed alike) and carries a copy of the key file beside it
(`<backup>.keys`), so it opens with the passphrase or the recovery key on its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from counselor_desk.domain import messages
from counselor_desk.domain.record import record
from counselor_desk.store import anchor, keys
from counselor_desk.store.checks import (
    APPLICATION_ID,
    application_id,
    foreign_key_problems,
    integrity_problems,
    user_version,
)
from counselor_desk.store.connection import DRIVER_ERRORS, is_encrypted_file, open_plain
from counselor_desk.store.errors import StoreError, WrongKeyError, explain, raise_if_environmental
from counselor_desk.store.files import (
    create_private_file,
    ensure_dir,
    fsync,
    make_private_file,
    write_private_file,
)
from counselor_desk.store.schema import schema_version

BACKUP_DIR_NAME = "backups"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
_REST = re.compile(r"^(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,4}))?(?:-(?P<tag>[a-z][a-z0-9-]*))?$")


@record
class BackupFile:
    path: Path
    made_at: dt.datetime
    tag: str = ""
    n: int = 0  # 1, 2… for a second, third backup within the same second


@record
class FileCheck:
    """What a read-only look at a database file found: its schema version and any problems."""

    version: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def backups_dir(db_path: Path) -> Path:
    """The `backups` folder beside the database."""
    return db_path.parent / BACKUP_DIR_NAME


def _safe_stem(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", stem) or "counselor-desk"


def backup_name(stem: str, made_at: dt.datetime, tag: str = "", n: int = 0) -> str:
    parts = [_safe_stem(stem), made_at.strftime(_STAMP)]
    if n:
        parts.append(str(n))
    if tag:
        parts.append(tag)
    return "-".join(parts) + SUFFIX


def parse_backup_name(name: str, stem: str) -> tuple[dt.datetime, str, int] | None:
    """(moment, tag, n) of a backup of the database named `stem`, or None for any other file."""
    prefix = _safe_stem(stem) + "-"
    if not name.startswith(prefix) or not name.endswith(SUFFIX):
        return None
    match = _REST.match(name[len(prefix) : -len(SUFFIX)])
    if match is None:
        return None
    try:
        moment = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return moment, match["tag"] or "", int(match["n"] or 0)


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """Backups of the database named `stem` in `folder`, newest first."""
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            parsed = parse_backup_name(entry.name, stem)
            if parsed is not None and entry.is_file():
                found.append(BackupFile(entry, *parsed))
    return sorted(found, key=lambda item: (item.made_at, item.n), reverse=True)


def encrypted(path: Path) -> bool:
    """A backup (or database) file encrypted at rest, with its key file beside it."""
    return keys.path_for(path).is_file() and is_encrypted_file(path)


def open_read_only(path: Path, key: bytes | None = None) -> Any:
    """A connection that cannot change the file (nor create files beside it when possible);
    an encrypted file is opened with its data `key`."""
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return open_plain(uri, uri=True, key=key if is_encrypted_file(path) else None, where=path)


def check_file(path: Path, *, quick: bool = False, key: bytes | None = None) -> FileCheck:
    """Look at a database file without changing it: version, structure, foreign keys. An
    encrypted file is read with the data `key` (without it, or with another, the finding says
    so: its passphrase is needed)."""
    if not path.is_file():
        return FileCheck(0, (messages.text("{path} is not a file", path=path),))
    if key is None and encrypted(path):
        return FileCheck(
            0, (messages.text("it is encrypted: its passphrase is needed to read it"),)
        )
    try:
        conn = open_read_only(path, key)
    except WrongKeyError:
        return FileCheck(
            0, (messages.text("it is encrypted with another key than this database's"),)
        )
    except DRIVER_ERRORS as error:
        return FileCheck(0, (str(explain(error, path)),))
    try:
        version = user_version(conn)
        foreign = application_id(conn) not in (0, APPLICATION_ID)
        problems = integrity_problems(conn, quick=quick)
        if not problems:
            problems = foreign_key_problems(conn)
        if not problems and not foreign and version > 0:
            problems = _anchor_problems(conn, path)
    except DRIVER_ERRORS as error:
        return FileCheck(0, (str(explain(error, path)),))
    finally:
        conn.close()
    if foreign:
        why = messages.text("it is not a Counselor Desk database (another program's file)")
        problems = [*problems, why]
    elif version == 0:
        why = messages.text("it is not a Counselor Desk database (no schema version)")
        problems = [*problems, why]
    elif version > schema_version():
        why = messages.text(
            "it was written by a newer Counselor Desk (schema {version}, this app knows {known})",
            version=version,
            known=schema_version(),
        )
        problems = [*problems, why]
    return FileCheck(version, tuple(problems))


def copy_database(source: Any, target: Path, key: bytes | None = None) -> anchor.Anchor | None:
    """Copy an open database into `target` (a new temporary file) with the backup API, as a
    single self-contained file, then check the copy is whole (`copy_problems`); returns the copy's audit head (for its
    anchor). Raises StoreError when the copy is bad; the caller removes `target`. The file is
    owner-only (0600) before the first page is in it. The source's data `key` (an encrypted
    source: `source.data_key` when it is the app's connection) keys the copy alike."""
    create_private_file(target)
    key = getattr(source, "data_key", None) if key is None else key
    dest = open_plain(str(target), key=key)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        problems = copy_problems(source, dest, target)
        head = _audit_head(dest)
    finally:
        dest.close()
    if problems:
        raise StoreError(
            messages.text(
                "The backup could not be verified ({problem}); it was not kept.",
                problem=problems[0],
            )
        )
    make_private_file(target)
    fsync(target)
    return head


def copy_problems(source: Any, copy: Any, target: Path) -> list[str]:
    """What a page-for-page copy needs checked ([] when whole): the copy is as long as its
    own header says (no page missing at its end), it is ours at the source's schema version,
    and its schema reads back entry for entry. The copy's pages are SQLite's own copy of the
    source's; the structure of the source itself is `check`'s work and the start's quick
    check's, and a backup's structure is checked in full before it is ever restored."""
    try:
        pages = int(copy.execute("PRAGMA page_count").fetchone()[0])
        size = int(copy.execute("PRAGMA page_size").fetchone()[0])
        return _copy_differences(source, copy, target, pages * size)
    except DRIVER_ERRORS as error:
        return [messages.text("the copy cannot be read back ({error})", error=error)]


def _copy_differences(source: Any, copy: Any, target: Path, length: int) -> list[str]:
    problems = []
    if target.stat().st_size != length:
        problems.append(
            messages.text(
                "the copy holds {size} bytes, not {length}",
                size=target.stat().st_size,
                length=length,
            )
        )
    if application_id(copy) != application_id(source):
        problems.append(messages.text("the copy's application id differs from the database's"))
    if user_version(copy) != user_version(source):
        problems.append(messages.text("the copy's schema version differs from the database's"))
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    if [tuple(row) for row in copy.execute(schema)] != [
        tuple(row) for row in source.execute(schema)
    ]:
        problems.append(messages.text("the copy's schema differs from the database's"))
    return problems


def _audit_head(conn: sqlite3.Connection) -> anchor.Anchor | None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return anchor.head(conn) if "audit_log" in tables else None


def _remove_stale_partials(folder: Path, stem: str) -> None:
    """Half-written copies of `stem` a killed backup left (plaintext, for an encrypted
    caseload's before-encryption backup): never a backup, removed before the next one."""
    for item in folder.iterdir():
        if item.name.startswith(f".{stem}-") and item.name.endswith(".partial"):
            item.unlink(missing_ok=True)


def write_backup(
    source: Any,
    folder: Path,
    stem: str,
    made_at: dt.datetime,
    tag: str = "",
    *,
    own_folder: bool = True,
    reuse_identical: bool = False,
) -> Path:
    """Write a checked backup of `source` into `folder`; returns its path.

    Nothing appears under the final name unless the copy is whole (`copy_problems`). `folder` is made owner-only when the app creates it or it is the app's
    own (`own_folder`); a folder the counselor chose keeps its permissions. With
    `reuse_identical`, a backup of the same tag with the very same bytes already in `folder`
    (the one made before a migration that then failed) is returned instead of a second copy.
    """
    try:
        ensure_dir(folder, ours=own_folder)
        n = 0
        while (folder / backup_name(stem, made_at, tag, n)).exists():
            n += 1
        final = folder / backup_name(stem, made_at, tag, n)
        partial = folder / f".{final.name}.partial"
        _remove_stale_partials(folder, stem)
        placed = False
        try:
            head = copy_database(source, partial)
            same = _identical_backup(partial, folder, stem, tag) if reuse_identical else None
            if same is not None:
                return same
            if head is not None:  # the backup's own anchor, beside it (see store.anchor)
                anchor.write(final, head)
            if getattr(source, "data_key", None) is not None:
                carry_keys(Path(source.path), final)
            os.replace(partial, final)
            placed = True
        finally:
            partial.unlink(missing_ok=True)
            if not placed:
                anchor.path_for(final).unlink(missing_ok=True)
                keys.path_for(final).unlink(missing_ok=True)
        fsync(folder, folder=True)
    except DRIVER_ERRORS as error:
        raise_if_environmental(error, folder / "backup")
        raise
    except OSError as error:
        raise StoreError(
            messages.text(
                "A backup could not be written to {folder} ({why}).",
                folder=folder,
                why=error.strerror or error,
            )
        ) from error
    return final


def carry_keys(db_path: Path, copy: Path) -> None:
    """The key file beside `db_path`, copied beside `copy` (owner-only, in one step)."""
    write_private_file(keys.path_for(copy), keys.path_for(db_path).read_bytes())


def _anchor_problems(conn: sqlite3.Connection, path: Path) -> list[str]:
    """A backup with an anchor beside it must reach that anchor (its tail not cut)."""
    try:
        found = anchor.read(path)
    except anchor.AnchorError as error:
        return [messages.text("the anchor beside it is damaged ({error})", error=error)]
    if found is None or anchor.holds(conn, found):
        return []
    return [
        messages.text(
            "its audit trail does not reach the anchor beside it (row {row})", row=found.row_id
        )
    ]


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _identical_backup(copy: Path, folder: Path, stem: str, tag: str) -> Path | None:
    """A backup of this tag in `folder` with exactly the bytes of `copy`, if there is one."""
    size = copy.stat().st_size
    same_size = [
        item.path
        for item in list_backups(folder, stem)
        if item.tag == tag and item.path.stat().st_size == size
    ]
    if not same_size:
        return None
    wanted = _digest(copy)
    return next((path for path in same_size if _digest(path) == wanted), None)


class UnreadableBackupError(StoreError):
    """SQLite could not read a backup file (whatever the reason: it is not ours to fix)."""


def copy_file_database(
    source_path: Path, target: Path, key: bytes | None = None
) -> anchor.Anchor | None:
    """Copy a closed database file (a backup) into `target` through the backup API; returns
    the copy's audit head. An encrypted file is read with `key` and copied encrypted alike."""
    key = key if is_encrypted_file(source_path) else None
    try:
        source = open_read_only(source_path, key)
        try:
            return copy_database(source, target, key)
        finally:
            source.close()
    except DRIVER_ERRORS as error:
        raise UnreadableBackupError(str(explain(error, source_path))) from error
