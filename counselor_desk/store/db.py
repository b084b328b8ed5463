"""The one SQLite wrapper: connect, pragmas, transactions, migrations.

Every statement runs on a `store.connection.Connection`: environment errors (locked, disk
full, read-only, corrupt, not a database), told apart by SQLite's result code, become
`StoreError` with a plain message, on reads as on writes; anything else is a bug and
propagates as is. A database too new for this app is a `NewerDatabaseError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.store import anchor, backup, keys, opening, schema
from counselor_desk.store.checks import APPLICATION_ID, integrity_problems
from counselor_desk.store.connection import (
    DRIVER_ERRORS,
    Connection,
    is_encrypted_file,
    open_connection,
)
from counselor_desk.store.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    PassphraseNeededError,
    ReadOnlyDatabaseError,
    StoreError,
    damaged_message,
    newer_message,
    read_only_message,
)
from counselor_desk.store.files import PRIVATE_FILE_MODE, make_private_dir, make_private_file
from counselor_desk.store.migrate import apply_migrations
from counselor_desk.store.paths import data_dir, default_db_path, demo_db_path
from counselor_desk.store.schema import schema_version

# StoreError, the private-file helpers, schema_version and the paths are still imported from
# here by the GUI and a few tests; their home is store.errors, store.files, store.schema and
# store.paths.
__all__ = [
    "Database",
    "StoreError",
    "connect",
    "data_dir",
    "default_db_path",
    "demo_db_path",
    "make_private_dir",
    "make_private_file",
    "schema_version",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def _is_app_folder(folder: Path) -> bool:
    app = data_dir()
    return folder == app or app in folder.parents


def _prepare_file(path: Path) -> None:
    """Owner-only folder (when this app creates it or owns it) and file, before SQLite opens it.

    A folder the counselor chose and that already exists keeps its own permissions.
    """
    folder = path.parent
    if not folder.exists() or _is_app_folder(folder):
        make_private_dir(folder)
    if not path.exists():
        # Created empty with 0600 so SQLite's -wal and -shm files inherit the same mode.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    elif path.is_file():
        make_private_file(path)


class Database:
    """An open caseload database. Use `transaction()` for every write; read through `conn`
    (a `store.connection.Connection`: a locked or damaged file is a `StoreError` there too)."""

    def __init__(self, conn: Connection, path: Path):
        self.conn = conn
        self.path = path
        self._depth = 0
        #: True when the file was too large to quick-check at open: the caller checks later.
        self.check_deferred = False
        #: Rows written only as derived data (caches): not changes worth a backup.
        self.derived_changes = 0
        #: The URI a second, read-only connection opens the file with (None: `?mode=ro`).
        self.read_only_uri: str | None = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error. Nests by joining the outer one.

        Environment failures (locked, full, read-only, damaged) arrive as `StoreError` from the
        connection itself; bugs (no such table, a constraint) as the sqlite3 error they are.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.rollback()
            raise
        self._depth = 0
        try:
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        if self.conn.audit_appended:
            self.move_anchor()

    def move_anchor(self) -> None:
        """After audit rows were committed: the anchor beside the file follows (store.anchor)."""
        follow_audit_head(self.conn, self.path)

    @property
    def key(self) -> bytes | None:
        """The data key of an encrypted database (None for a plaintext one): kept in memory
        while the app runs, for the connections of its background work and its backups."""
        return self.conn.data_key

    @property
    def encrypted(self) -> bool:
        return self.conn.data_key is not None

    def execute(self, sql: str, params: dict[str, object] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, params or {})

    @property
    def total_changes(self) -> int:
        """Rows inserted, changed or deleted through this connection since it opened."""
        return self.conn.total_changes

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _configure_connection(conn: sqlite3.Connection) -> None:
    """Per-connection settings: nothing here writes to the file."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _configure_file(conn: sqlite3.Connection, path: Path) -> None:
    """WAL (written into the file header), then read back every safety setting."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    checks: dict[str, tuple[object, set[object]]] = {
        "journal_mode": (str(mode).lower(), {"wal", "memory"}),
        "synchronous": (conn.execute("PRAGMA synchronous").fetchone()[0], {2}),
        "foreign_keys": (conn.execute("PRAGMA foreign_keys").fetchone()[0], {1}),
    }
    for name, (value, wanted) in checks.items():
        if value not in wanted:
            raise StoreError(
                messages.text(
                    "The database {path} could not be set up safely ({name} is {value}).",
                    path=path,
                    name=name,
                    value=value,
                )
            )


#: Up to this size the quick check runs at open (about 30 ms per 10 MB). A larger file opens
#: at once and the app runs the check off the GUI thread after its first paint
#: (`Database.check_deferred`); `counselor-desk check` always runs the full checks.
QUICK_CHECK_AT_OPEN_MAX_BYTES = 64 * 1024 * 1024


def needs_key(path: str | os.PathLike[str]) -> bool:
    """The database at `path` is encrypted (its key file is beside it and the file does not
    start as a plaintext SQLite file): it opens only with its data key."""
    path = Path(path)
    return keys.path_for(path).is_file() and is_encrypted_file(path)


def _key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key to open `path` with: None for a plaintext file (whatever was given), `key` for
    an encrypted or a new one; PassphraseNeededError for an encrypted file without a key."""
    if not path.is_file() or path.stat().st_size == 0:
        return key  # created now: encrypted when a key is given (its key file written first)
    if not is_encrypted_file(path):
        return None
    if key is None and keys.path_for(path).is_file():
        raise PassphraseNeededError(
            messages.text(
                "The database {path} is encrypted: its passphrase is needed to open it.", path=path
            )
        )
    # without a key file a file that is not plaintext SQLite is refused as damaged by the look
    return key


def connect(
    path: str | os.PathLike[str],
    *,
    key: bytes | None = None,
    migrate: bool = True,
    backup_before_migrating: bool = True,
    now: dt.datetime | None = None,
    defer_check: bool = False,
) -> Database:
    """Open (creating if needed), check and migrate the database at `path`.

    `defer_check`: the desktop app's start, which paints its window first and quick-checks
    the file off the GUI thread right after (`Database.check_deferred`), as it always does
    for a file over QUICK_CHECK_AT_OPEN_MAX_BYTES; a file about to be migrated is checked
    here all the same, before its first byte is written.

    Nothing is written to an existing file until it has passed a quick check and, when it is
    about to be migrated, been backed up (into the `backups` folder beside it, stamped `now`).
    A damaged or too-new file is left exactly as it was. An encrypted file opens with its data
    `key` (SQLCipher; `PassphraseNeededError` without one, `WrongKeyError` with another); a new
    file given a key is created encrypted; a plaintext file opens as it is.
    """
    path = Path(path)
    in_memory = str(path) == ":memory:"
    looked = False
    key = None if in_memory else _key_for(path, key)
    if not in_memory and path.is_file():
        # Whose file, which schema, sound: all read without writing a byte (a refused file,
        # its -wal and its -shm stay exactly as they were, and no backup is made of it).
        deferred = defer_check or path.stat().st_size > QUICK_CHECK_AT_OPEN_MAX_BYTES
        opening.look_at(path, quick=not deferred, key=key)
        looked = True
        if not _writable(path):
            raise ReadOnlyDatabaseError(read_only_message(path))
    if not in_memory:
        try:
            _prepare_file(path)
        except OSError as error:
            raise StoreError(
                messages.text(
                    "The database {path} cannot be opened (check the folder exists and is "
                    "writable).",
                    path=path,
                )
            ) from error
    conn = open_connection(path, key=key)
    try:
        _configure_connection(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version():
            raise NewerDatabaseError(newer_message(path, version, schema_version()))
        deferred = not in_memory and (
            defer_check or path.stat().st_size > QUICK_CHECK_AT_OPEN_MAX_BYTES
        )
        migrating = migrate and 0 < version < schema_version()
        if deferred and migrating:
            deferred = False  # nothing is written to a file that has not passed its check
            looked = False
        if version > 0 and not deferred and not looked and integrity_problems(conn, quick=True):
            log.info("the database failed its quick check at open")
            raise DamagedDatabaseError(damaged_message(path))
        if migrate and version < schema_version():
            if version > 0 and backup_before_migrating and not in_memory:
                _backup_before_migrating(conn, path, version, now)
            apply_migrations(conn, path, version, schema.MIGRATIONS)
        if migrate and conn.execute("PRAGMA application_id").fetchone()[0] == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # marks older files
        if migrate and not in_memory and (conn.audit_appended or not anchor.established(conn)):
            follow_audit_head(conn, path)  # after a migration's baseline row, or a first open
        _configure_file(conn, path)
    except BaseException:
        conn.close()
        raise
    database = Database(conn, path)
    database.check_deferred = deferred
    return database


def follow_audit_head(conn: Connection, path: Path) -> None:
    """After audit rows were committed (or at open): the anchor beside the file follows the
    newest row (`store.anchor`). A file that cannot be written is logged, not raised: the
    commit stands, and `check` reports an anchor left behind only if it stops matching."""
    conn.audit_appended = False
    if str(path) == ":memory:":
        return
    try:
        first = anchor.advance(conn, path)
    except OSError as error:
        log.warning("the audit anchor could not be written (%s)", error.strerror)
        return
    if first:
        conn.execute("BEGIN IMMEDIATE")
        try:
            anchor.mark_established(conn)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def _writable(path: Path) -> bool:
    """The file can be written, and so can the folder where SQLite keeps its -wal and -shm
    (or those two files, when they are there already)."""
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK | os.X_OK):
        return True
    beside = (Path(f"{path}-wal"), Path(f"{path}-shm"))
    return all(os.access(file, os.W_OK) for file in beside)


def needs_migrating(path: str | os.PathLike[str], key: bytes | None = None) -> bool:
    """Will opening `path` bring it to this app's schema (a backup, then the steps)? Read
    through a read-only connection; False for a new, unreadable or current file (opening it
    says what is wrong, if anything)."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = backup.open_read_only(path, key)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except StoreError:
        return False
    except DRIVER_ERRORS:
        return False
    return 0 < version < schema_version()


def open_for_reading(path: str | os.PathLike[str], *, key: bytes | None = None) -> Database:
    """A database only read (`check` of a read-only file): looked at as `connect()` does, then
    opened through a read-only URI that writes no byte of the file, its -wal or its -shm;
    never migrated. Only for code that reads (a write is refused as read-only)."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(
            messages.text(
                "The database {path} cannot be opened (check the file exists).", path=path
            )
        )
    key = _key_for(path, key)
    opening.look_at(path, quick=True, key=key)
    uri = opening.read_only_uri(path)
    if uri is None:
        raise ReadOnlyDatabaseError(
            messages.text(
                "The database {path} cannot be read without changing it (its -wal has no -shm "
                "beside it); it was left untouched.",
                path=path,
            )
        )
    conn = open_connection(path, uri, key=key)
    try:
        _configure_connection(conn)
    except BaseException:
        conn.close()
        raise
    db = Database(conn, path)
    db.read_only_uri = uri
    return db


def _backup_before_migrating(
    conn: sqlite3.Connection, path: Path, version: int, now: dt.datetime | None
) -> None:
    moment = now or dt.datetime.now().replace(microsecond=0)
    target = backup.write_backup(
        conn,
        backup.backups_dir(path),
        path.stem,
        moment,
        tag=f"before-schema-{schema_version()}",
        reuse_identical=True,  # a migration that failed and is tried again: one backup
    )
    log.info("backed up schema %d before migrating to %s", version, target.name)
