"""A damaged, truncated, foreign or too-new database never crashes the app: a plain message
offers the newest good backup, and the damaged file is kept exactly as it was."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.services import maintenance
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store.db import Database, connect
from counselor_desk.store.errors import DamagedDatabaseError, NewerDatabaseError, StoreError

CHARTS = 25


def page_size_and_root(path: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        root = int(
            conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = :name", {"name": table}
            ).fetchone()[0]
        )
    finally:
        conn.close()
    return size, root


def overwrite_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"\xde\xad\xbe\xef" * 4
    path.write_bytes(bytes(data))


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def smash_table_page(path: Path) -> None:
    size, root = page_size_and_root(path, "participants")
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start : start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def flip_bytes_in_many_pages(path: Path) -> None:
    size, _root = page_size_and_root(path, "participants")
    data = bytearray(path.read_bytes())
    for start in range(size, len(data), 3 * size):  # every third page after the first
        for i in range(start, start + 24):
            data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def replace_with_text(path: Path) -> None:
    path.write_bytes(b"Shopping list: milk, eggs, bread.\n" * 300)


def make_too_new(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


DAMAGE: dict[str, tuple[Callable[[Path], None], type[StoreError]]] = {
    "header overwritten": (overwrite_header, DamagedDatabaseError),
    "truncated to half": (truncate_half, DamagedDatabaseError),
    "table page smashed": (smash_table_page, DamagedDatabaseError),
    "bytes flipped in many pages": (flip_bytes_in_many_pages, DamagedDatabaseError),
    "not an SQLite file": (replace_with_text, DamagedDatabaseError),
    "written by a newer app": (make_too_new, NewerDatabaseError),
}


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, Path]:
    """A real demo database with two backups; returns (database, newest backup)."""
    path = tmp_path / "desk.sqlite3"
    with connect(path) as db:
        fill_demo(db, FixedClock(dt.date(2026, 3, 2)))
        maintenance.backup_now(db, FixedClock(dt.date(2026, 3, 1), dt.time(17, 0)))
        newest = maintenance.backup_now(db, FixedClock(dt.date(2026, 3, 2), dt.time(12, 30)))
    return path, newest


def count_participants(path: Path) -> int:
    with connect(path) as db:
        return int(db.execute("SELECT count(*) FROM participants").fetchone()[0])


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_bad_file_gets_a_plain_message_offering_the_newest_backup_and_stays_untouched(
    damage: str, desk: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, newest = desk
    harm, error_type = DAMAGE[damage]
    harm(path)
    damaged = path.read_bytes()

    with pytest.raises(error_type):
        connect(path)
    assert path.read_bytes() == damaged

    code = main(["--db", str(path), "caseload"])
    err = capsys.readouterr().err
    assert code == 1
    assert path.read_bytes() == damaged
    assert "Traceback" not in err and "sqlite3." not in err
    first, *rest = err.splitlines()
    if error_type is NewerDatabaseError:
        assert first.startswith(f"counselor-desk: The database {path} was written by a newer")
    else:
        assert first == (
            f"counselor-desk: The file {path} is damaged or is not a Counselor Desk database."
        )
    assert rest == [
        f"The file was left untouched. The newest good backup is {newest} (made 2026-03-02 "
        "12:30). To go back to it (the current file is kept aside, not deleted):",
        f"  counselor-desk --db {path} restore {newest}",
    ]

    # Doing what the message says brings the caseload back; the damaged file is kept aside.
    assert main(["--db", str(path), "--today", "2026-03-02", "restore", str(newest)]) == 0
    (aside,) = path.parent.glob("desk.replaced-*.sqlite3")
    assert aside.read_bytes() == damaged
    assert count_participants(path) == CHARTS


def test_without_a_backup_the_message_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "alone.sqlite3"
    with connect(path) as db:
        fill_demo(db, FixedClock(dt.date(2026, 3, 2)))
    smash_table_page(path)
    assert main(["--db", str(path), "check"]) == 1
    assert capsys.readouterr().err.splitlines()[1:] == [
        "The file was left untouched. No good backup of it was found."
    ]


def test_a_locked_database_gets_no_backup_advice(
    desk: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _newest = desk
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("counselor_desk.store.db.BUSY_TIMEOUT_MS", 50)
            code = main(["--db", str(path), "caseload"])
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and "in use by another program" in err and "backup" not in err


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(desk: tuple[Path, Path]) -> None:
    path, newest = desk
    smash_table_page(newest)
    good = maintenance.find_good_backups(path)
    assert [item.made_at for item in good] == [dt.datetime(2026, 3, 1, 17, 0)]
    assert maintenance.newest_good_backup(path) == good[0]


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    """Zero bytes is what a new database looks like to SQLite: nothing to lose, nothing refused."""
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    assert count_participants(path) == 0


def test_a_large_file_opens_at_once_and_damage_found_later_is_plain(
    desk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Past the size limit the quick check waits (the app runs it after its first paint);
    a command that then reads a smashed page still ends in one plain sentence."""
    from counselor_desk import cli

    path, _newest = desk
    monkeypatch.setattr("counselor_desk.store.db.QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    with connect(path) as database:
        assert database.check_deferred
    smash_table_page(path)
    before = path.read_bytes()
    code = cli.main(["--db", str(path), "caseload", "--all"])
    err = capsys.readouterr().err
    assert code == 1
    assert "damaged or is not a Counselor Desk database" in err and "counselor-desk check" in err
    assert "Traceback" not in err
    assert path.read_bytes() == before


# -- on a read path, once the database is open ------------------------------------------------


def leave_wal_mode(path: Path) -> None:
    """Back to a rollback journal: the app's open reads in that mode and switches to WAL last,
    so until its next read it shares no WAL index and another program can take the file."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    finally:
        conn.close()


def hold_exclusive_lock(path: Path) -> sqlite3.Connection:
    """Another program taking the whole file (exclusive locking mode): no reader gets in."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE participants SET phone = phone")
    return holder


def smash_later_leaf(path: Path, table: str) -> None:
    """Damage the last leaf page of `table`, so the first rows still read."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        try:
            leaves = conn.execute(
                "SELECT pageno FROM dbstat WHERE name = :name AND pagetype = 'leaf' ORDER BY path",
                {"name": table},
            ).fetchall()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    assert len(leaves) > 1
    data = bytearray(path.read_bytes())
    start = (int(leaves[-1][0]) - 1) * size
    data[start : start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def test_a_locked_database_on_a_service_read_is_a_plain_store_error(
    desk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.services import participants

    path, _newest = desk
    leave_wal_mode(path)
    monkeypatch.setattr("counselor_desk.store.db.BUSY_TIMEOUT_MS", 50)
    with connect(path) as db:
        holder = hold_exclusive_lock(path)
        try:
            with pytest.raises(StoreError) as caught:
                participants.get(db, 1)
        finally:
            holder.rollback()
            holder.close()
        assert type(caught.value) is StoreError
        assert str(caught.value) == (
            f"The database {path} is in use by another program; close it and try again."
        )
        assert participants.get(db, 1).id == 1  # usable again once the other program lets go


def test_a_locked_database_on_a_cli_read_is_one_plain_sentence(
    desk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opened first, then locked by another program before the command reads."""
    from counselor_desk import cli

    path, _newest = desk
    leave_wal_mode(path)
    monkeypatch.setattr("counselor_desk.store.db.BUSY_TIMEOUT_MS", 50)
    holders: list[sqlite3.Connection] = []
    open_database = cli.open_database

    def open_then_lock(args: argparse.Namespace) -> Database:
        db = open_database(args)
        holders.append(hold_exclusive_lock(path))
        return db

    monkeypatch.setattr(cli, "open_database", open_then_lock)
    try:
        code = cli.main(["--db", str(path), "--today", "2026-03-02", "caseload"])
    finally:
        for holder in holders:
            holder.rollback()
            holder.close()
    assert holders, "the command opened the database"
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        f"counselor-desk: The database {path} is in use by another program; "
        "close it and try again.\n"
    )


def test_a_damaged_page_on_a_service_read_is_a_damaged_database_error(
    desk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.services import caseload, participants

    path, _newest = desk
    smash_table_page(path)
    monkeypatch.setattr("counselor_desk.store.db.QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    with connect(path) as db:
        assert db.check_deferred
        with pytest.raises(DamagedDatabaseError) as caught:
            participants.get(db, 1)
        assert str(caught.value) == (
            f"The file {path} is damaged or is not a Counselor Desk database."
        )
        with pytest.raises(DamagedDatabaseError):
            caseload.reviews(db, FixedClock(dt.date(2026, 3, 2)))


def test_damage_met_while_rows_are_being_read_is_a_damaged_database_error(
    desk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _newest = desk
    smash_later_leaf(path, "attendance")
    monkeypatch.setattr("counselor_desk.store.db.QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    with connect(path) as db:
        rows = db.conn.execute("SELECT * FROM attendance")  # the first page reads
        with pytest.raises(DamagedDatabaseError):
            list(rows)
        with pytest.raises(DamagedDatabaseError):
            db.conn.execute("SELECT * FROM attendance").fetchall()
