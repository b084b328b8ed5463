"""The app's SQLite connection: every statement, fetch and commit tells the environment from bugs.

`Connection` and `Cursor` are sqlite3's own, with the calls that reach the file wrapped once
each: a locked, full, read-only or damaged file raises `StoreError` with a plain sentence (see
`errors.ENVIRONMENT`); anything else is raised as it is. Rows are read in chunks, so iterating
a cursor costs no Python call per row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from counselor_desk.store.errors import raise_if_environmental

if TYPE_CHECKING:
    from sqlite3 import _Parameters

#: Rows fetched at a time while a cursor is iterated.
CHUNK_ROWS = 512


def _where(cursor: sqlite3.Cursor) -> Path | str:
    conn = cursor.connection
    return conn.path if isinstance(conn, Connection) else "(unknown)"


class Cursor(sqlite3.Cursor):
    """sqlite3.Cursor whose environment failures are `StoreError`s."""

    def execute(self, sql: str, parameters: _Parameters = (), /) -> Self:
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as error:
            raise_if_environmental(error, _where(self))
            raise

    def executemany(self, sql: str, seq_of_parameters: Iterable[_Parameters], /) -> Self:
        try:
            return super().executemany(sql, seq_of_parameters)
        except sqlite3.Error as error:
            raise_if_environmental(error, _where(self))
            raise

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(sql_script)
        except sqlite3.Error as error:
            raise_if_environmental(error, _where(self))
            raise

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.Error as error:
            raise_if_environmental(error, _where(self))
            raise

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(size)
        except sqlite3.Error as error:
            raise_if_environmental(error, _where(self))
            raise

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.Error as error:
            raise_if_environmental(error, _where(self))
            raise

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.Error as error:
            raise_if_environmental(error, _where(self))
            raise

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        """The rows, fetched CHUNK_ROWS at a time (a chunk is read ahead of the caller)."""
        while rows := self.fetchmany(CHUNK_ROWS):
            yield from rows


class Connection(sqlite3.Connection):
    """sqlite3.Connection whose statements run on `Cursor`s; `path` names the file in messages."""

    path: Path | str = ":memory:"
    #: Set when an audit row was appended since the last commit: the anchor beside the file
    #: moves after the commit (`store.anchor`).
    audit_appended: bool = False

    def execute(self, sql: str, parameters: _Parameters = (), /) -> Cursor:
        return self.cursor(Cursor).execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[_Parameters], /) -> Cursor:
        return self.cursor(Cursor).executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        return self.cursor(Cursor).executescript(sql_script)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as error:
            raise_if_environmental(error, self.path)
            raise

    def rollback(self) -> None:
        try:
            super().rollback()
        except sqlite3.Error as error:
            raise_if_environmental(error, self.path)
            raise


def open_connection(path: Path | str, uri: str | None = None) -> Connection:
    """A `Connection` to the file at `path` (autocommit: `BEGIN` is always explicit), rows as
    `sqlite3.Row`; an environment failure to open it is a `StoreError`. With `uri` (a `file:`
    URI of that file, e.g. read-only) the file is opened through it."""
    try:
        conn = sqlite3.connect(
            uri or str(path),
            isolation_level=None,
            check_same_thread=False,
            factory=Connection,
            uri=uri is not None,
        )
    except sqlite3.Error as error:
        raise_if_environmental(error, path)
        raise
    conn.path = path
    conn.row_factory = sqlite3.Row
    return conn
