"""SQLite errors are sorted by result code: the environment gets a plain sentence, a bug in our
SQL is raised as the sqlite3 error it is, whatever the words of its message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from counselor_desk.services import setup
from counselor_desk.store import participant_repo
from counselor_desk.store.db import Database, connect
from counselor_desk.store.errors import (
    ENVIRONMENT,
    DamagedDatabaseError,
    StoreError,
    explain,
    is_environmental,
)


def coded(code: int, message: str = "whatever SQLite said") -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_a_missing_table_is_a_bug_even_when_its_name_says_busy(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("CREATE TABLE busy_slots (id INTEGER PRIMARY KEY)")
        conn.execute("DROP TABLE busy_slots")
    # a read outside any transaction, through the app's own connection
    with pytest.raises(sqlite3.OperationalError, match="no such table: busy_slots") as caught:
        db.conn.execute("SELECT * FROM busy_slots").fetchall()
    assert not isinstance(caught.value, StoreError)
    assert caught.value.sqlite_errorcode == sqlite3.SQLITE_ERROR
    assert not is_environmental(caught.value)
    # and inside one: rolled back, raised as it is
    with pytest.raises(sqlite3.OperationalError, match="no such table"), db.transaction() as conn:
        conn.execute("INSERT INTO busy_slots (id) VALUES (1)")
    assert not db.conn.in_transaction


def test_a_dropped_table_read_by_a_repository_is_a_bug_not_the_disk(db: Database) -> None:
    setup.add_program(db, setup.standard_program("Adult IOP"))
    with db.transaction() as conn:
        conn.execute("DROP TABLE program_schedule")
    with pytest.raises(sqlite3.OperationalError, match="no such table: program_schedule"):
        participant_repo.list_programs(db.conn)
    with pytest.raises(sqlite3.OperationalError, match="no such table: program_schedule"):
        setup.list_programs(db)


def test_a_constraint_our_triggers_keep_is_raised_as_it_is(db: Database) -> None:
    """A refused write is ours to prevent (the services check first): not the environment."""
    with pytest.raises(sqlite3.IntegrityError) as caught, db.transaction() as conn:
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, prev_hash, hash) "
            "VALUES ('2026-01-01T00:00:00', 'x', 'lock', 'a', 'b')"
        )
        conn.execute("UPDATE audit_log SET actor = 'y'")
    assert caught.value.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_TRIGGER
    assert not is_environmental(caught.value)


def test_misuse_raised_by_python_itself_is_a_bug(db_path: Path) -> None:
    database = connect(db_path)
    database.close()
    with pytest.raises(sqlite3.ProgrammingError):
        database.execute("SELECT 1")


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (sqlite3.SQLITE_BUSY, "The database desk.db is in use by another program; close it"),
        (sqlite3.SQLITE_LOCKED, "The database desk.db is in use by another program; close it"),
        (sqlite3.SQLITE_FULL, "The disk holding desk.db is full; free some space"),
        (sqlite3.SQLITE_READONLY, "The database desk.db is read-only; nothing could be saved."),
        (sqlite3.SQLITE_CANTOPEN, "The database desk.db cannot be opened (check the folder"),
        (sqlite3.SQLITE_IOERR, "The disk holding desk.db reported an error; nothing was saved."),
        # extended codes count by their primary code
        (sqlite3.SQLITE_IOERR_SHORT_READ, "The disk holding desk.db reported an error"),
        (sqlite3.SQLITE_BUSY_SNAPSHOT, "The database desk.db is in use by another program"),
        (sqlite3.SQLITE_READONLY_DBMOVED, "The database desk.db is read-only"),
    ],
)
def test_each_environment_code_gets_its_plain_sentence(code: int, sentence: str) -> None:
    # the message words mislead on purpose: only the code counts
    error = coded(code, "no such table: words_do_not_count")
    assert is_environmental(error)
    explained = explain(error, "desk.db")
    assert type(explained) is StoreError
    assert str(explained).startswith(sentence)
    assert "sqlite3" not in str(explained)


@pytest.mark.parametrize(
    "code", [sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT_INDEX]
)
def test_a_damaged_file_is_a_damaged_database_error(code: int) -> None:
    explained = explain(coded(code), "desk.db")
    assert isinstance(explained, DamagedDatabaseError)
    assert str(explained) == "The file desk.db is damaged or is not a Counselor Desk database."


@pytest.mark.parametrize(
    "code",
    [
        sqlite3.SQLITE_ERROR,
        sqlite3.SQLITE_CONSTRAINT,
        sqlite3.SQLITE_CONSTRAINT_UNIQUE,
        sqlite3.SQLITE_MISUSE,
        sqlite3.SQLITE_RANGE,
        sqlite3.SQLITE_MISMATCH,
        sqlite3.SQLITE_TOOBIG,
    ],
)
def test_bug_codes_are_not_the_environment_whatever_the_message_says(code: int) -> None:
    assert not is_environmental(coded(code, "database is locked"))
    assert not is_environmental(sqlite3.OperationalError("database is locked"))  # no code


def test_the_environment_table_holds_primary_codes_only() -> None:
    assert all(code == code & 0xFF for code in ENVIRONMENT)
    assert sqlite3.SQLITE_ERROR not in ENVIRONMENT
    assert sqlite3.SQLITE_CONSTRAINT not in ENVIRONMENT
