"""Migrations: every past schema's sample database opens and migrates with its rows intact;
a backup is taken first; a failing migration leaves the file exactly as it was."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from counselor_desk.services import audit, maintenance
from counselor_desk.services import notes as note_service
from counselor_desk.store import backup, note_repo
from counselor_desk.store.db import StoreError, connect, schema_version
from counselor_desk.store.schema import MIGRATIONS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = sorted(FIXTURES.glob("schema_v*.sqlite3"))
NOW = dt.datetime(2026, 3, 2, 16, 0)
BROKEN_STEP = ["CREATE TABLE half_done (id INTEGER PRIMARY KEY)", "THIS IS NOT SQL"]


def version_of(path: Path) -> int:
    return int(path.stem.removeprefix("schema_v"))


def user_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def copy_of(sample: Path, tmp_path: Path) -> Path:
    target = tmp_path / "caseload.sqlite3"
    shutil.copyfile(sample, target)
    return target


def test_there_is_a_sample_for_every_past_schema() -> None:
    assert [version_of(p) for p in SAMPLES] == list(range(1, schema_version())), (
        "each past schema needs a sample: extend VERSIONS in tests/fixtures/make_fixtures.py "
        "and run it"
    )
    for sample in SAMPLES:
        assert user_version(sample) == version_of(sample)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_each_past_schema_migrates_with_its_rows_intact(sample: Path, tmp_path: Path) -> None:
    path = copy_of(sample, tmp_path)
    with connect(path, now=NOW) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        charts = [r[0] for r in db.execute("SELECT chart_number FROM participants ORDER BY id")]
        assert charts == ["FX-001", "FX-002"]
        counts = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("sessions", "attendance", "notes", "addenda", "measures", "disclosures")
        }
        assert counts == {
            "sessions": 2,
            "attendance": 3,
            "notes": 2,
            "addenda": 1,
            "measures": 2,
            "disclosures": 1,
        }
        signed = note_service.get(db, 1)
        assert signed.is_signed and signed.fields["assessment"] == "Engaged; mood improving."
        assert signed.addenda[0].reason == "Late information"
        assert note_repo.search(db.conn, "triggers", 10) == [(1, 1)]  # full-text index built
        expected_audit = ["admit", "sign"] if version_of(sample) >= 2 else []
        assert [e.action for e in audit.entries(db)] == expected_audit
        report = maintenance.check(db)
        assert report.ok, report.text()
        # Locked records stay locked after the migration.
        with pytest.raises(sqlite3.IntegrityError, match="signed notes cannot be changed"):
            db.execute("UPDATE notes SET fields_json = '{}' WHERE id = 1")
    # The file as it was before migrating is in the backups folder, checked.
    (before,) = backup.list_backups(tmp_path / "backups", "caseload")
    assert before.made_at == NOW and before.tag == f"before-schema-{schema_version()}"
    assert user_version(before.path) == version_of(sample)
    assert backup.check_file(before.path).ok


def test_opening_a_current_or_new_database_takes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    connect(path).close()  # new: nothing to back up
    connect(path).close()  # current: nothing to migrate
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("sample", SAMPLES[:1], ids=lambda p: p.stem)
def test_a_failing_migration_leaves_an_old_file_exactly_as_it_was(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of(sample, tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr("counselor_desk.store.schema.MIGRATIONS", [*MIGRATIONS, BROKEN_STEP])
    with pytest.raises(StoreError, match="left as it was"):
        connect(path, now=NOW)
    # Not even the steps before the broken one were kept: all of them or none.
    assert path.read_bytes() == before
    assert user_version(path) == version_of(sample)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "caseload.sqlite3"]
    monkeypatch.undo()
    with connect(path, now=NOW) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_a_failing_migration_leaves_a_current_wal_file_exactly_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "caseload.sqlite3"
    with connect(path) as db, db.transaction() as conn:
        conn.execute(
            "INSERT INTO counselor_profile (id, name) VALUES (1, 'Dana Reyes')",
        )
    before = path.read_bytes()
    monkeypatch.setattr("counselor_desk.store.schema.MIGRATIONS", [*MIGRATIONS, BROKEN_STEP])
    with pytest.raises(StoreError, match="could not be brought up to date"):
        connect(path, now=NOW)
    assert path.read_bytes() == before
    assert user_version(path) == len(MIGRATIONS)  # still the version before the broken step
    monkeypatch.undo()
    with connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "half_done" not in tables
        assert db.execute("SELECT name FROM counselor_profile").fetchone()[0] == "Dana Reyes"


def test_no_migration_without_its_backup(tmp_path: Path) -> None:
    path = copy_of(SAMPLES[0], tmp_path)
    before = path.read_bytes()
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(StoreError, match="backup could not be written"):
        connect(path, now=NOW)
    assert path.read_bytes() == before
