"""The one SQLite wrapper: connect, pragmas, transactions, migrations.

Environment errors (locked, disk full, read-only, corrupt, not a database, too new) become
`StoreError` with a plain message; anything else is a bug and propagates as is.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
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
        message = f"The file {path} is damaged or is not a Counselor Desk database."
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


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    checks: dict[str, tuple[object, set[object]]] = {
        "journal_mode": (str(mode).lower(), {"wal", "memory"}),
        "synchronous": (conn.execute("PRAGMA synchronous").fetchone()[0], {2}),
        "foreign_keys": (conn.execute("PRAGMA foreign_keys").fetchone()[0], {1}),
    }
    for name, (value, wanted) in checks.items():
        if value not in wanted:
            raise StoreError(f"The database {path} could not be set up safely ({name} is {value}).")


def connect(path: str | os.PathLike[str], *, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at `path`."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise explain(error, path) from error
    conn.row_factory = sqlite3.Row
    try:
        _configure(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version():
            raise StoreError(
                f"The database {path} was written by a newer version of Counselor Desk "
                f"(schema {version}, this app knows {schema_version()}); update the app to open it."
            )
        if migrate and version < schema_version():
            _migrate(conn, path, version)
    except sqlite3.Error as error:
        conn.close()
        raise explain(error, path) from error
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    for number in range(version + 1, schema_version() + 1):
        log.info("migrating database to schema %d", number)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
