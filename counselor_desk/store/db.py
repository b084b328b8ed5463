"""The one SQLite wrapper: connect, pragmas, transactions, migrations.

Environment errors (locked, disk full, read-only, corrupt, not a database, too new) become
`StoreError` with a plain message; anything else is a bug and propagates as is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from counselor_desk.store.schema import MIGRATIONS

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
APP_DIR_NAME = "CounselorDesk"
DB_FILE_NAME = "counselor-desk.sqlite3"
ENV_DB = "COUNSELOR_DESK_DB"


class StoreError(Exception):
    """The database file or its disk cannot be used; the message says why in plain words."""


class DamagedDatabaseError(StoreError):
    """The file is damaged or is not a Counselor Desk database (a backup may help)."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer Counselor Desk (a backup may help)."""


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(folder: Path) -> None:
    """Create `folder` if needed; on POSIX make it owner-only (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR_MODE)


def make_private_file(path: Path) -> None:
    """On POSIX take away group and other access to `path` (owner bits are left as they are)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & PRIVATE_FILE_MODE)


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


def schema_version() -> int:
    """The schema version this app writes."""
    return len(MIGRATIONS)


def data_dir() -> Path:
    """The OS's per-user application-data folder for Counselor Desk."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db` wins, then $COUNSELOR_DESK_DB, then the per-user data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return data_dir() / DB_FILE_NAME


def demo_db_path() -> Path:
    """The separate database `--demo` opens: never the user's own."""
    return data_dir() / "demo" / "counselor-desk-demo.sqlite3"


def damaged_message(path: Path | str) -> str:
    return f"The file {path} is damaged or is not a Counselor Desk database."


_ENVIRONMENTAL = (
    "locked",
    "busy",
    "full",
    "readonly",
    "read-only",
    "disk i/o",
    "malformed",
    "not a database",
    "unable to open",
)


def is_environmental(error: sqlite3.Error) -> bool:
    """The disk or the file failed (not a bug in our SQL)."""
    text = str(error).lower()
    return any(word in text for word in _ENVIRONMENTAL)


def explain(error: sqlite3.Error, path: Path | str) -> StoreError:
    """Turn an SQLite environment error into a plain sentence."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        message = f"The database {path} is in use by another program; close it and try again."
    elif "disk is full" in text or "database or disk is full" in text:
        message = f"The disk holding {path} is full; free some space and try again."
    elif "readonly" in text or "read-only" in text:
        message = f"The database {path} is read-only; nothing could be saved."
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedDatabaseError(damaged_message(path))
    elif "unable to open" in text:
        message = f"The database {path} cannot be opened (check the folder exists and is writable)."
    elif "disk i/o" in text:
        message = f"The disk holding {path} reported an error; nothing was saved."
    else:
        message = f"The database {path} could not be used: {error}."
    return StoreError(message)


class Database:
    """An open caseload database. Use `transaction()` for every write."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self._depth = 0
        #: True when the file was too large to quick-check at open: the caller checks later.
        self.check_deferred = False
        #: Rows written only as derived data (caches): not changes worth a backup.
        self.derived_changes = 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error. Nests by joining the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise explain(error, self.path) from error
        self._depth = 1
        try:
            yield self.conn
        except sqlite3.OperationalError as error:
            self._depth = 0
            self.conn.rollback()
            if is_environmental(error):  # full, read-only, locked, I/O: say why, plainly
                raise explain(error, self.path) from error
            raise
        except BaseException:
            self._depth = 0
            self.conn.rollback()
            raise
        self._depth = 0
        try:
            self.conn.commit()
        except sqlite3.OperationalError as error:
            self.conn.rollback()
            raise explain(error, self.path) from error

    def execute(self, sql: str, params: dict[str, object] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, params or {})

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
            raise StoreError(f"The database {path} could not be set up safely ({name} is {value}).")


#: Up to this size the quick check runs at open (about 30 ms per 10 MB). A larger file opens
#: at once and the app runs the check off the GUI thread after its first paint
#: (`Database.check_deferred`); `counselor-desk check` always runs the full checks.
QUICK_CHECK_AT_OPEN_MAX_BYTES = 64 * 1024 * 1024


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's fast structural check: [] when the file is sound, else what it found."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def connect(
    path: str | os.PathLike[str],
    *,
    migrate: bool = True,
    backup_before_migrating: bool = True,
    now: dt.datetime | None = None,
) -> Database:
    """Open (creating if needed), check and migrate the database at `path`.

    Nothing is written to an existing file until it has passed a quick check and, when it is
    about to be migrated, been backed up (into the `backups` folder beside it, stamped `now`).
    A damaged or too-new file is left exactly as it was.
    """
    path = Path(path)
    in_memory = str(path) == ":memory:"
    if not in_memory:
        try:
            _prepare_file(path)
        except OSError as error:
            raise StoreError(
                f"The database {path} cannot be opened (check the folder exists and is writable)."
            ) from error
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise explain(error, path) from error
    conn.row_factory = sqlite3.Row
    try:
        _configure_connection(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version():
            raise NewerDatabaseError(
                f"The database {path} was written by a newer version of Counselor Desk "
                f"(schema {version}, this app knows {schema_version()}); update the app to open it."
            )
        deferred = not in_memory and path.stat().st_size > QUICK_CHECK_AT_OPEN_MAX_BYTES
        if version > 0 and not deferred and quick_check(conn):
            log.info("the database failed its quick check at open")
            raise DamagedDatabaseError(damaged_message(path))
        if migrate and version < schema_version():
            if version > 0 and backup_before_migrating and not in_memory:
                _backup_before_migrating(conn, path, version, now)
            _migrate(conn, path, version)
        _configure_file(conn, path)
    except sqlite3.Error as error:
        conn.close()
        raise explain(error, path) from error
    except BaseException:
        conn.close()
        raise
    database = Database(conn, path)
    database.check_deferred = deferred
    return database


def _backup_before_migrating(
    conn: sqlite3.Connection, path: Path, version: int, now: dt.datetime | None
) -> None:
    from counselor_desk.store import backup

    moment = now or dt.datetime.now().replace(microsecond=0)
    target = backup.write_backup(
        conn, backup.backups_dir(path), path.stem, moment, tag=f"before-schema-{schema_version()}"
    )
    log.info("backed up schema %d before migrating to %s", version, target.name)


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Every pending migration in one transaction: all of them, or none and the file as it was."""
    conn.execute("BEGIN IMMEDIATE")
    number = version
    try:
        for number in range(version + 1, schema_version() + 1):
            log.info("migrating database to schema %d", number)
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
    except sqlite3.Error as error:
        conn.rollback()
        explained = explain(error, path)
        if isinstance(explained, DamagedDatabaseError):
            raise explained from error
        raise StoreError(
            f"The database {path} could not be brought up to date (schema {number}: {error}); "
            "it was left as it was."
        ) from error
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
