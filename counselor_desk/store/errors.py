"""What can go wrong with the database file, told apart by SQLite's result code.

The codes in `ENVIRONMENT` mean the file, its disk or another program let us down (locked,
full, read-only, damaged…): the counselor gets a `StoreError` with a plain sentence. Every other
code (no such table or column, a syntax error, a constraint the services should have kept,
misuse) is a bug in our code and is raised as it is. Never sort errors by the words of their
message: they differ between SQLite versions and say nothing about whose fault it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from counselor_desk.domain import messages


class StoreError(Exception):
    """The database file or its disk cannot be used; the message says why in plain words."""


class DamagedDatabaseError(StoreError):
    """The file is damaged or is not a Counselor Desk database (a backup may help)."""


class WrongKeyError(StoreError):
    """The data key (from a passphrase or recovery key) does not open this encrypted file."""


class PassphraseNeededError(StoreError):
    """The file is encrypted and no key was given: the caller asks for the passphrase."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer Counselor Desk (a backup may help)."""


def damaged_message(path: Path | str) -> str:
    return messages.text(_DAMAGED, path=path)


# Each sentence is an English template, said in the app's language (`domain.messages`) when
# the error is raised, never at import.
_IN_USE = "The database {path} is in use by another program; close it and try again."
_CANNOT_OPEN = "The database {path} cannot be opened (check the folder exists and is writable)."
_DISK_ERROR = "The disk holding {path} reported an error; nothing was saved."
_FULL = "The disk holding {path} is full; free some space and try again."
_READ_ONLY = "The database {path} is read-only; nothing could be saved."
_DAMAGED = "The file {path} is damaged or is not a Counselor Desk database."
_UNUSABLE = "The database {path} could not be used: {error}."

#: The one table of environment errors: primary result code -> (error type, sentence).
ENVIRONMENT: dict[int, tuple[type[StoreError], str]] = {
    sqlite3.SQLITE_BUSY: (StoreError, _IN_USE),
    sqlite3.SQLITE_LOCKED: (StoreError, _IN_USE),
    sqlite3.SQLITE_PROTOCOL: (StoreError, _IN_USE),
    sqlite3.SQLITE_FULL: (StoreError, _FULL),
    sqlite3.SQLITE_READONLY: (StoreError, _READ_ONLY),
    sqlite3.SQLITE_CANTOPEN: (StoreError, _CANNOT_OPEN),
    sqlite3.SQLITE_PERM: (StoreError, _CANNOT_OPEN),
    sqlite3.SQLITE_IOERR: (StoreError, _DISK_ERROR),
    sqlite3.SQLITE_NOLFS: (StoreError, _DISK_ERROR),
    sqlite3.SQLITE_NOMEM: (StoreError, _UNUSABLE),
    sqlite3.SQLITE_AUTH: (StoreError, _UNUSABLE),
    sqlite3.SQLITE_CORRUPT: (DamagedDatabaseError, _DAMAGED),
    sqlite3.SQLITE_NOTADB: (DamagedDatabaseError, _DAMAGED),
}
#: Any other code, where every failure is to be reported (`explain`).
_OTHER: tuple[type[StoreError], str] = (StoreError, _UNUSABLE)


def primary_code(error: Exception) -> int | None:
    """SQLite's primary result code (extended codes masked off); None when Python raised it."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_environmental(error: Exception) -> bool:
    """The disk, the file or another program failed (not a bug in our SQL)."""
    return primary_code(error) in ENVIRONMENT


def explain(error: Exception, path: Path | str) -> StoreError:
    """The plain sentence for an environment error (any other error gets a generic one: use
    this only where every failure is to be reported, e.g. about a file being checked)."""
    kind, template = ENVIRONMENT.get(primary_code(error) or 0, _OTHER)
    return kind(messages.text(template, path=path, error=error))


def raise_if_environmental(error: Exception, path: Path | str) -> None:
    """Raise the plain `StoreError` for an environment error; return for a bug (the caller
    then re-raises the error as it is)."""
    if primary_code(error) in ENVIRONMENT:
        raise explain(error, path) from error


class NotOurDatabaseError(StoreError):
    """The file holds another program's database (or a stray -wal beside it made it so)."""


class EmptyDatabaseError(StoreError):
    """The file is empty while good backups of it exist: restoring one is the way."""


class ReadOnlyDatabaseError(StoreError):
    """The file (or the folder SQLite needs beside it) cannot be written."""


def not_ours_message(path: Path | str) -> str:
    return messages.text(
        "The file {path} is not a Counselor Desk database (it belongs to another program, or "
        "a stray -wal file beside it changes it); it was left untouched.",
        path=path,
    )


def newer_message(path: Path | str, version: int, known: int) -> str:
    """The file's schema `version` is newer than the `known` one of this app."""
    return messages.text(
        "The database {path} was written by a newer version of Counselor Desk (schema "
        "{version}, this app knows {known}); update the app to open it.",
        path=path,
        version=version,
        known=known,
    )


def read_only_message(path: Path | str) -> str:
    return messages.text(
        "The database {path} is read-only (the file, or the folder it is in, cannot be "
        "written); it was left untouched. Make it writable to work in it "
        "('counselor-desk check' still reads it).",
        path=path,
    )
