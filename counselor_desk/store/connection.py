"""The app's SQLite connection: every statement, fetch and commit tells the environment from bugs.

`Connection` and `Cursor` are the driver's own, with the calls that reach the file wrapped once
each: a locked, full, read-only or damaged file raises `StoreError` with a plain sentence (see
`errors.ENVIRONMENT`); anything else is raised as it is. Rows are read in chunks, so iterating
a cursor costs no Python call per row.

Two drivers sit under the same classes, and only this module chooses between them: the
standard library's `sqlite3` for a plaintext database, and `sqlcipher3` (SQLCipher 4, the same
DB-API) for one encrypted at rest, opened with its 32-byte data key as a raw key (no key
derivation at open: the key was derived once when the counselor unlocked, see `store.keys`).
An encrypted connection keeps SQLite's temporary tables and indices in memory, never in a
temporary file, and a larger page cache (decrypted pages read again cost nothing). Code above store/ sees a `Connection` either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

import sqlcipher3.dbapi2 as cipher  # SQLCipher: the encrypted caseload (see the module doc)

from counselor_desk.domain import messages
from counselor_desk.store.errors import WrongKeyError, raise_if_environmental

if TYPE_CHECKING:
    from sqlite3 import _Parameters

    _CursorBase = sqlite3.Cursor
    _ConnectionBase = sqlite3.Connection
else:
    _CursorBase = object
    _ConnectionBase = object

#: Rows fetched at a time while a cursor is iterated.
CHUNK_ROWS = 512
#: A driver error of either driver (sqlcipher3's classes are its own, not sqlite3's).
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, cipher.Error)
#: The page cache of an encrypted connection, in KiB (SQLite's negative cache_size): a page
#: read again from the cache costs nothing, from the file a decryption and an HMAC, so the
#: cache is 64 MB (filled only as pages are read) instead of SQLite's 2 MB.
ENCRYPTED_CACHE_KIB = 65536
#: What a plaintext SQLite file starts with; an encrypted file starts with random bytes.
SQLITE_HEADER = b"SQLite format 3\x00"


def _where(cursor: Any) -> Path | str:
    return cast(Path | str, getattr(cursor.connection, "path", "(unknown)"))


class _Statements(_CursorBase):
    """The cursor calls that reach the file, with environment failures as `StoreError`s."""

    def execute(self, sql: str, parameters: _Parameters = (), /) -> Self:
        try:
            return super().execute(sql, parameters)
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, _where(self))
            raise

    def executemany(self, sql: str, seq_of_parameters: Iterable[_Parameters], /) -> Self:
        try:
            return super().executemany(sql, seq_of_parameters)
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, _where(self))
            raise

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(sql_script)
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, _where(self))
            raise

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, _where(self))
            raise

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(size)
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, _where(self))
            raise

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, _where(self))
            raise

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, _where(self))
            raise

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        """The rows, fetched CHUNK_ROWS at a time (a chunk is read ahead of the caller)."""
        while rows := self.fetchmany(CHUNK_ROWS):
            yield from rows


class Cursor(_Statements, sqlite3.Cursor):
    """sqlite3.Cursor whose environment failures are `StoreError`s."""


class _CipherCursor(_Statements, cipher.Cursor):  # type: ignore[misc]
    """The same, on SQLCipher."""


class AppConnection(_ConnectionBase):
    """The connection calls, on `_Statements` cursors; `path` names the file in messages."""

    path: Path | str = ":memory:"
    #: Set when an audit row was appended since the last commit: the anchor beside the file
    #: moves after the commit (`store.anchor`).
    audit_appended: bool = False
    #: The data key of an encrypted (SQLCipher) connection; None for a plaintext one.
    data_key: bytes | None = None
    _cursor_class: type[Any] = Cursor

    def execute(self, sql: str, parameters: _Parameters = (), /) -> Cursor:
        return cast(Cursor, self.cursor(self._cursor_class).execute(sql, parameters))

    def executemany(self, sql: str, parameters: Iterable[_Parameters], /) -> Cursor:
        return cast(Cursor, self.cursor(self._cursor_class).executemany(sql, parameters))

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        return cast(Cursor, self.cursor(self._cursor_class).executescript(sql_script))

    def commit(self) -> None:
        try:
            super().commit()
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, self.path)
            raise

    def rollback(self) -> None:
        try:
            super().rollback()
        except DRIVER_ERRORS as error:
            raise_if_environmental(error, self.path)
            raise


class Connection(AppConnection, sqlite3.Connection):
    """The app's connection (plaintext: sqlite3's; encrypted: the same calls on SQLCipher)."""


class _CipherConnection(AppConnection, cipher.Connection):  # type: ignore[misc]
    _cursor_class = _CipherCursor


def raw_key(key: bytes) -> str:
    """The data key as SQLCipher takes a raw key (no key derivation at open)."""
    if len(key) != 32:
        raise ValueError("a data key is 32 bytes")
    return f"x'{key.hex()}'"


def apply_key(conn: Any, key: bytes, path: Path | str) -> None:
    """Key a fresh SQLCipher connection with the raw 32-byte data key, keep temporary storage
    in memory, and prove the key by reading the schema: a wrong key (or a file that is not an
    encrypted caseload) is a `WrongKeyError`, the file untouched."""
    # SQLCipher would print its own lines to stderr for a wrong key: the error says it here
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{raw_key(key)}"')
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DRIVER_ERRORS as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise WrongKeyError(
                messages.text(
                    "The database {path} does not open with this key (the passphrase or "
                    "recovery key is not the one of this file); it was left untouched.",
                    path=path,
                )
            ) from error
        raise


def open_plain(
    target: str,
    *,
    uri: bool = False,
    key: bytes | None = None,
    where: Path | str = "",
    cipher_driver: bool = False,
) -> Any:
    """A driver connection without the app's wrapping (a look at a file, a backup's copy),
    autocommit; keyed with `key` (SQLCipher) when given, or on SQLCipher unkeyed with
    `cipher_driver` (a plaintext file to export encrypted). `where` names the file in
    messages (`target` itself by default, when it is not a URI)."""
    if cipher_driver and key is None:
        return cipher.connect(target, uri=uri, isolation_level=None)
    if key is None:
        return sqlite3.connect(target, uri=uri, isolation_level=None)
    conn = cipher.connect(target, uri=uri, isolation_level=None)
    try:
        apply_key(conn, key, where or target)
    except BaseException:
        conn.close()
        raise
    return conn


def open_connection(
    path: Path | str, uri: str | None = None, *, key: bytes | None = None
) -> Connection:
    """A `Connection` to the file at `path` (autocommit: `BEGIN` is always explicit), rows as
    the driver's `Row`; an environment failure to open it is a `StoreError`. With `uri` (a
    `file:` URI of that file, e.g. read-only) the file is opened through it; with `key` it is
    opened with SQLCipher and that data key."""
    driver: Any = sqlite3 if key is None else cipher
    factory: type[Any] = Connection if key is None else _CipherConnection
    try:
        conn = driver.connect(
            uri or str(path),
            isolation_level=None,
            check_same_thread=False,
            factory=factory,
            uri=uri is not None,
        )
    except DRIVER_ERRORS as error:
        raise_if_environmental(error, path)
        raise
    conn.path = path
    conn.row_factory = driver.Row
    if key is not None:
        try:
            apply_key(conn, key, path)
        except BaseException:
            conn.close()
            raise
        conn.data_key = key
        conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    return cast(Connection, conn)


def is_encrypted_file(path: Path) -> bool:
    """The file exists, holds something, and does not start as a plaintext SQLite file does
    (whether it is really an encrypted caseload is for its key to tell)."""
    try:
        with path.open("rb") as stream:
            start = stream.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(start) and start != SQLITE_HEADER
