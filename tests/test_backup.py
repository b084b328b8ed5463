"""Backups: written through the backup API, checked, named by time, thinned, scheduled,
restored without deleting anything, and owner-only on disk."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import audit, maintenance
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import anchor, backup
from counselor_desk.store.db import Database, StoreError, connect

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def at(day: int, hour: int = 16, minute: int = 0, month: int = 3) -> FixedClock:
    return FixedClock(dt.date(2026, month, day), dt.time(hour, minute))


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [tuple(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def chart_numbers(path: Path) -> list[str]:
    return [str(row[0]) for row in rows(path, "SELECT chart_number FROM participants ORDER BY 1")]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def demo(db: Database, clock: FixedClock) -> Database:
    fill_demo(db, clock)
    return db


# -- writing a backup --------------------------------------------------------------------------


def test_backup_now_writes_a_checked_copy_beside_the_database(
    demo: Database, db_path: Path, clock: FixedClock
) -> None:
    target = maintenance.backup_now(demo, clock)
    assert target.parent == db_path.parent / "backups"
    assert target.name == "caseload-20260302-160000.sqlite3"
    assert chart_numbers(target) == chart_numbers(db_path) and len(chart_numbers(target)) == 25
    assert rows(target, "PRAGMA integrity_check") == [("ok",)]
    assert rows(target, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    # Nothing half-written is left behind; beside the backup only its audit trail's anchor.
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name, f"{target.name}.anchor"]
    # the backup's anchor is its own newest audit row (its BACKUP row comes after, here)
    [(newest, digest)] = rows(target, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    assert anchor.read(target) == anchor.Anchor(newest, digest)


def test_a_backup_is_recorded_in_the_audit_trail(demo: Database, clock: FixedClock) -> None:
    target = maintenance.backup_now(demo, clock)
    entries = audit.entries(demo)
    assert [(e.action, e.target) for e in entries][-1:] == [("backup", target.name)]
    assert entries[-1].at == clock.now()
    assert audit.verify(demo) is None


def test_backup_file_names_carry_no_participant_details(demo: Database, clock: FixedClock) -> None:
    target = maintenance.backup_now(demo, clock)
    names = rows(target, "SELECT chart_number, first_name, last_name FROM participants")
    for chart, first, last in names:
        for detail in (chart, first, last):
            assert str(detail) not in target.name


def test_backup_to_another_folder(demo: Database, tmp_path: Path, clock: FixedClock) -> None:
    usb = tmp_path / "usb stick"
    target = maintenance.backup_now(demo, clock, usb)
    assert target.parent == usb
    assert chart_numbers(target) == chart_numbers(demo.path)


def test_two_backups_in_the_same_second_both_survive(demo: Database, clock: FixedClock) -> None:
    first = maintenance.backup_now(demo, clock)
    second = maintenance.backup_now(demo, clock)
    assert first != second and first.exists() and second.exists()
    assert [item.path for item in backup.list_backups(first.parent, "caseload")] == [
        second,
        first,
    ]


def test_a_half_written_copy_a_killed_backup_left_is_removed_by_the_next(
    demo: Database, clock: FixedClock
) -> None:
    first = maintenance.backup_now(demo, clock)
    stale = first.parent / ".caseload-20250101-090000-before-encryption.sqlite3.partial"
    stale.write_bytes(b"SQLite format 3\x00 plaintext left by a kill")
    other = first.parent / ".notes-20250101-090000.sqlite3.partial"  # another file's: kept
    other.write_bytes(b"x")
    maintenance.backup_now(demo, clock)
    assert not stale.exists() and other.exists()


def test_a_backup_that_fails_its_check_is_not_kept(
    demo: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        backup, "copy_problems", lambda source, copy, target: ["the copy holds 0 bytes"]
    )
    with pytest.raises(StoreError, match="could not be verified"):
        maintenance.backup_now(demo, clock)
    assert list((demo.path.parent / "backups").iterdir()) == []
    # no BACKUP row for a backup that does not exist
    assert "backup" not in [e.action for e in audit.entries(demo)]


def test_the_backup_holds_what_was_committed_not_what_another_connection_is_writing(
    demo: Database, db_path: Path, clock: FixedClock
) -> None:
    other = connect(db_path)
    try:
        other.conn.execute("BEGIN IMMEDIATE")
        other.conn.execute("UPDATE participants SET phone = '555-0199' WHERE id = 1")
        target = maintenance.write_backup(demo, clock)
        other.conn.rollback()
    finally:
        other.close()
    assert rows(target, "SELECT count(*) FROM participants WHERE phone = '555-0199'") == [(0,)]


def test_an_in_memory_database_cannot_be_backed_up(clock: FixedClock) -> None:
    with connect(":memory:") as memory, pytest.raises(ValidationError, match="in-memory"):
        maintenance.backup_now(memory, clock)


# -- automatic backups -------------------------------------------------------------------------


def test_maybe_backup_waits_for_changes_and_thirty_minutes(demo: Database) -> None:
    assert maintenance.maybe_backup(demo, at(2, 9), None, changed=False) is None
    first = maintenance.maybe_backup(demo, at(2, 9), None, changed=True)
    assert first is not None and first.exists()
    assert maintenance.maybe_backup(demo, at(2, 9, 29), at(2, 9).now(), changed=True) is None
    second = maintenance.maybe_backup(demo, at(2, 9, 30), at(2, 9).now(), changed=True)
    assert second is not None and second.name == "caseload-20260302-093000.sqlite3"


def test_the_scheduler_backs_up_only_after_changes(db: Database) -> None:
    clock = at(2, 9)
    scheduler = maintenance.BackupScheduler(db, clock)
    assert scheduler.tick() is None  # nothing changed since the app opened
    fill_demo(db, clock)
    first = scheduler.tick()
    assert first is not None and scheduler.last_backup_at == clock.now()
    assert scheduler.tick() is None  # the backup's own audit row is not a change
    audit.log_event(db, AuditAction.LOCK, clock.now())
    clock.fixed_time = dt.time(9, 10)
    assert scheduler.tick() is None  # changed, but only ten minutes later
    closing = scheduler.on_close()  # closing always backs up what changed
    assert closing is not None and closing.name == "caseload-20260302-091000.sqlite3"
    assert scheduler.on_close() is None  # nothing new since


def test_thinning_removes_only_what_the_policy_drops(db: Database, db_path: Path) -> None:
    folder = db_path.parent / "backups"
    made = [
        maintenance.write_backup(db, at(day, hour, month=month))
        for month, day, hour in [(1, 5, 9), (1, 5, 17), (2, 20, 9), (2, 20, 17), (3, 2, 9)]
    ]
    stranger = folder / "my own notes.txt"
    stranger.write_text("keep me")
    other_db = folder / "other-20260105-090000.sqlite3"
    other_db.write_bytes(b"another database's backup")
    removed = maintenance.thin_backups(db_path, at(2, 16).now())
    assert removed == [made[2], made[0]]  # the earlier backup of each older day
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made[1].name, made[3].name, made[4].name, stranger.name, other_db.name]
    )


def test_the_backup_command_prints_where_it_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite3"
    assert main(["--db", str(path), "--today", "2026-03-02", "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "--today", "2026-03-02", "backup"]) == 0
    out = capsys.readouterr().out
    (written,) = list((tmp_path / "backups").glob("*.sqlite3"))
    assert out.startswith(f"Backup written and checked: {written}")
    assert chart_numbers(written) == chart_numbers(path)


# -- restore -----------------------------------------------------------------------------------


def test_restore_puts_the_backup_back_and_keeps_the_current_database_aside(
    demo: Database, db_path: Path
) -> None:
    backup = maintenance.backup_now(demo, at(2, 9))
    with demo.transaction() as conn:
        conn.execute("DELETE FROM diagnoses")  # a mistake made after the backup
    demo.close()
    before = db_path.read_bytes()
    result = maintenance.restore(db_path, backup, at(2, 11))
    assert result.kept_aside == db_path.with_name("caseload.replaced-20260302-110000.sqlite3")
    assert result.kept_aside.read_bytes() == before
    assert rows(result.kept_aside, "SELECT count(*) FROM diagnoses") == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM diagnoses")[0][0] > 0
    with connect(db_path) as restored:
        entries = audit.entries(restored)
        # The backup was taken before its own BACKUP row was written; the RESTORE row follows.
        assert [(e.action, e.target) for e in entries if e.action in ("backup", "restore")] == [
            ("restore", backup.name)
        ]
        assert entries[-1].at == at(2, 11).now()
        assert audit.verify(restored) is None
    assert backup.exists()  # the backup itself is never consumed
    assert not list(db_path.parent.glob(".restore-*"))


def test_a_damaged_backup_is_refused_and_nothing_changes(
    demo: Database, db_path: Path, clock: FixedClock
) -> None:
    backup = maintenance.backup_now(demo, clock)
    demo.close()
    data = bytearray(backup.read_bytes())
    data[:16] = b"not a database!!"
    backup.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="cannot be restored") as caught:
        maintenance.restore(db_path, backup, clock)
    assert caught.value.field == "file"
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [
        "backups",
        "caseload.sqlite3",
        "caseload.sqlite3.anchor",
    ]


def test_the_database_itself_cannot_be_restored_over_itself(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    db.close()
    with pytest.raises(ValidationError, match="not the database itself"):
        maintenance.restore(db_path, db_path, clock)


def test_the_restore_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "desk.sqlite3"
    base = ["--db", str(path), "--today", "2026-03-02"]
    assert main([*base, "demo"]) == 0
    assert main([*base, "backup"]) == 0
    (backup,) = list((tmp_path / "backups").glob("*.sqlite3"))
    capsys.readouterr()
    assert main([*base, "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    (aside,) = list(tmp_path.glob("desk.replaced-*.sqlite3"))
    assert out == (
        f"Restored {path} from the backup {backup}.\nThe database it replaced was kept as {aside}.\n"
    )
    assert chart_numbers(path) == chart_numbers(aside)
    assert main([*base, "restore", str(tmp_path / "missing.sqlite3")]) == 1
    assert "cannot be restored" in capsys.readouterr().err


# -- privacy on disk ---------------------------------------------------------------------------


@posix_only
def test_database_backups_and_folders_are_owner_only(tmp_path: Path, clock: FixedClock) -> None:
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "new folder" / "desk.sqlite3"
        with connect(path) as db:
            fill_demo(db, clock)
            assert mode(path.parent) == 0o700
            assert mode(path) == 0o600
            assert mode(Path(f"{path}-wal")) == 0o600
            assert mode(Path(f"{path}-shm")) == 0o600
            backup = maintenance.backup_now(db, clock)
        assert mode(backup.parent) == 0o700
        assert mode(backup) == 0o600
        result = maintenance.restore(path, backup, clock)
        assert mode(path) == 0o600
        assert result.kept_aside is not None and mode(result.kept_aside) == 0o600
    finally:
        os.umask(old_umask)


@posix_only
def test_an_existing_database_loses_group_and_other_access(db_path: Path) -> None:
    connect(db_path).close()
    os.chmod(db_path, 0o644)
    connect(db_path).close()
    assert mode(db_path) == 0o600


@posix_only
def test_the_default_data_folder_is_owner_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from counselor_desk.store.db import data_dir, default_db_path

    data_dir().mkdir(parents=True, mode=0o755)
    os.chmod(data_dir(), 0o755)
    connect(default_db_path()).close()
    assert mode(data_dir()) == 0o700
    assert mode(default_db_path()) == 0o600


class WatchedSource:
    """A source connection that notes the mode of every `.partial` file while the backup API
    is writing into it."""

    def __init__(self, conn: sqlite3.Connection, folder: Path) -> None:
        self.conn = conn
        self.folder = folder
        self.modes: list[int] = []

    def backup(self, target: sqlite3.Connection, **options: object) -> None:
        def progress(_status: int, _remaining: int, _total: int) -> None:
            self.modes.extend(mode(path) for path in self.folder.glob(".*.partial*"))

        self.modes.extend(mode(path) for path in self.folder.glob(".*.partial*"))
        self.conn.backup(target, pages=1, progress=progress)

    def execute(self, sql: str) -> sqlite3.Cursor:  # the copy's check reads the source too
        return self.conn.execute(sql)


@posix_only
def test_a_backup_is_owner_only_from_its_first_byte(demo: Database, tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        folder = tmp_path / "made by the app"
        source = WatchedSource(demo.conn, folder)
        made = backup.write_backup(source, folder, "desk", dt.datetime(2026, 3, 2, 16))  # type: ignore[arg-type]
    finally:
        os.umask(old_umask)
    assert len(source.modes) > 2  # seen while pages were still being copied in
    assert set(source.modes) == {0o600}
    assert mode(made) == 0o600
    assert mode(folder) == 0o700


@posix_only
def test_backup_to_a_folder_the_counselor_chose_keeps_that_folders_permissions(
    demo: Database, tmp_path: Path, clock: FixedClock
) -> None:
    chosen = tmp_path / "my usb stick"
    chosen.mkdir()
    os.chmod(chosen, 0o755)
    assert main(["--db", str(demo.path), "backup", "--to", str(chosen)]) == 0
    assert mode(chosen) == 0o755
    made = backup.list_backups(chosen, demo.path.stem)
    assert len(made) == 1 and mode(made[0].path) == 0o600
    new = tmp_path / "a new folder"
    maintenance.backup_now(demo, clock, new)
    assert mode(new) == 0o700  # a folder the app creates is owner-only


def test_a_copy_cut_short_or_of_another_schema_is_not_whole(demo: Database, tmp_path: Path) -> None:
    whole = tmp_path / "whole.sqlite3"
    backup.copy_database(demo.conn, whole)
    copy = sqlite3.connect(whole)
    try:
        assert backup.copy_problems(demo.conn, copy, whole) == []
        copy.execute("PRAGMA user_version = 1")
        assert backup.copy_problems(demo.conn, copy, whole) == [
            "the copy's schema version differs from the database's"
        ]
    finally:
        copy.close()
    page = sqlite3.connect(whole).execute("PRAGMA page_size").fetchone()[0]
    with whole.open("r+b") as stream:  # the last page lost, as a full disk might leave it
        stream.truncate(whole.stat().st_size - page)
    copy = sqlite3.connect(whole)
    try:
        problems = backup.copy_problems(demo.conn, copy, whole)
    finally:
        copy.close()
    assert problems and problems[0].startswith(("the copy holds", "the copy cannot be read")), (
        problems
    )
