"""Migrations: every schema's sample database opens and migrates with its rows intact;
a backup is taken first; a failing migration leaves the file exactly as it was; a step may be
a function that changes data, and a table rebuilt to widen a CHECK keeps every child row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from counselor_desk.domain.measures import baseline_and_latest
from counselor_desk.services import audit, maintenance, safety, security, setup
from counselor_desk.services import measures as measure_service
from counselor_desk.services import notes as note_service
from counselor_desk.services import participants as participant_service
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import backup, clinical_repo, measure_repo, note_repo, participant_repo
from counselor_desk.store.db import connect
from counselor_desk.store.errors import StoreError
from counselor_desk.store.migrate import apply_migrations, rebuild_table
from counselor_desk.store.schema import MIGRATIONS, schema_version

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = sorted(FIXTURES.glob("schema_v*.sqlite3"), key=lambda path: int(path.stem[8:]))
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


def test_there_is_a_sample_for_every_schema_up_to_the_current_one() -> None:
    assert [version_of(p) for p in SAMPLES] == list(range(1, schema_version() + 1)), (
        "each schema needs a sample: extend VERSIONS in tests/fixtures/make_fixtures.py and run it"
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
        later = 2 if version_of(sample) >= 10 else 0  # v10: a group and an individual session
        assert counts == {
            "sessions": 2 + later,
            "attendance": 3 + later,
            "notes": 2 + later,
            "addenda": 1,
            "measures": 2 + (version_of(sample) >= 11),
            "disclosures": 1,
        }
        signed = note_service.get(db, 1)
        assert signed.is_signed and signed.fields["assessment"] == "Engaged; mood improving."
        assert signed.addenda[0].reason == "Late information"
        assert note_repo.search(db.conn, "triggers", 10) == [(1, 1)]  # full-text index built
        expected_audit = ["admit", "sign"] if version_of(sample) >= 2 else []
        if version_of(sample) < 9:  # the addendum and the disclosure predate their audit rows
            expected_audit.append("baseline")
        assert [e.action for e in audit.entries(db)][: len(expected_audit)] == expected_audit
        report = maintenance.check(db)
        assert report.ok, report.text()
        # Locked records stay locked after the migration.
        with pytest.raises(sqlite3.IntegrityError, match="signed notes cannot be changed"):
            db.execute("UPDATE notes SET fields_json = '{}' WHERE id = 1")
        if version_of(sample) >= 5:
            assert security.is_single_user(db) and security.lock_minutes(db) == 15
    if version_of(sample) == schema_version():
        assert not (tmp_path / "backups").exists()  # nothing to migrate, nothing backed up
        return
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


def test_a_migration_that_fails_again_and_again_leaves_one_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of(SAMPLES[0], tmp_path)
    monkeypatch.setattr("counselor_desk.store.schema.MIGRATIONS", [*MIGRATIONS, BROKEN_STEP])
    for hour in (9, 10, 11):  # the counselor tries again later, and again
        with pytest.raises(StoreError, match="left as it was"):
            connect(path, now=NOW.replace(hour=hour))
    (kept,) = backup.list_backups(tmp_path / "backups", "caseload")
    assert kept.made_at == NOW.replace(hour=9) and backup.check_file(kept.path).ok
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [kept.path.name]


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


# -- steps that change data; rebuilding a table ---------------------------------------------

PARTICIPANTS_SQL = next(
    step for step in MIGRATIONS[0] if isinstance(step, str) and "TABLE participants" in step
)
NARROW = "CHECK (status IN ('active', 'discharged'))"
WIDE = "CHECK (status IN ('active', 'discharged', 'waitlisted'))"


def widen_participant_status(conn: sqlite3.Connection) -> None:
    """A test-only step: the status CHECK of participants, which ALTER TABLE cannot change
    (the table as it now reads, with every column later migrations added)."""
    current = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'participants'"
    ).fetchone()[0]
    assert NARROW in PARTICIPANTS_SQL and NARROW in current
    rebuild_table(conn, "participants", current.replace(NARROW, WIDE))


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (shadow tables of the full-text index included)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        conn.close()


def attached_to(path: Path, table: str) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            (str(row[0]), str(row[1]), str(row[2]))
            for row in conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = :table "
                "AND type IN ('index', 'trigger') AND sql IS NOT NULL",
                {"table": table},
            )
        }
    finally:
        conn.close()


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.sqlite3"
    with connect(path) as db:
        fill_demo(db, FixedClock(dt.date(2026, 3, 2)))
    return path


def test_widening_a_check_by_rebuilding_a_parent_table_loses_no_child_row(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = populated
    rows_before = snapshot(path)
    attached_before = attached_to(path, "participants")
    children = {"attendance", "diagnoses", "goals", "objectives", "measures", "notes"}
    assert all(rows_before[table] for table in children)  # a caseload with history
    assert any("review_cache" in sql for _type, _name, sql in attached_before)  # a trigger
    monkeypatch.setattr(
        "counselor_desk.store.schema.MIGRATIONS", [*MIGRATIONS, [widen_participant_status]]
    )
    with connect(path, now=NOW) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA legacy_alter_table").fetchone()[0] == 0
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        table_sql = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'participants'"
        ).fetchone()[0]
        assert WIDE in table_sql and NARROW not in table_sql
    assert snapshot(path) == rows_before  # not one row lost, changed or added
    assert attached_to(path, "participants") == attached_before  # indexes and triggers back

    with connect(path) as db:
        # the wider CHECK holds, and still refuses what it does not list
        with db.transaction() as conn:
            conn.execute("UPDATE participants SET status = 'waitlisted' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"), db.transaction() as conn:
            conn.execute("UPDATE participants SET status = 'on hold' WHERE id = 1")
        # foreign keys are on again and every reference reaches the new table
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), db.transaction() as c:
            c.execute(
                "INSERT INTO diagnoses (participant_id, position, code) VALUES (9999, 0, 'X')"
            )
        with db.transaction() as conn:
            program = conn.execute("SELECT min(id) FROM programs").fetchone()[0]
            conn.execute(
                """INSERT INTO participants (id, chart_number, first_name, last_name,
                       date_of_birth, program_id, level_of_care, admission_date, planned_weeks,
                       created_at, updated_at)
                   VALUES (9001, 'T-9001', 'Test', 'Person', '1990-01-01', :program, 'IOP',
                       '2026-03-02', 12, '2026-03-02T09:00:00', '2026-03-02T09:00:00')""",
                {"program": program},
            )
            conn.execute(
                "INSERT INTO diagnoses (participant_id, position, code) VALUES (9001, 0, 'F10')"
            )
            conn.execute("DELETE FROM participants WHERE id = 9001")  # cascades to diagnoses
            left = conn.execute("SELECT count(*) FROM diagnoses WHERE participant_id = 9001")
            assert left.fetchone()[0] == 0
            conn.execute("UPDATE programs SET name = name")  # a trigger reading participants
    assert maintenance.check(connect(path)).ok


def test_a_rebuild_that_would_orphan_rows_fails_and_leaves_the_file_as_it_was(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = populated
    rows_before = snapshot(path)

    def renumber_participants(conn: sqlite3.Connection) -> None:
        names = [str(row[1]) for row in conn.execute("PRAGMA table_info(participants)")]
        moved = {name: "id + 100000" if name == "id" else f'"{name}"' for name in names}
        current = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'participants'"
        ).fetchone()[0]
        rebuild_table(conn, "participants", current, copy_columns=moved)

    with connect(path) as db:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    monkeypatch.setattr(
        "counselor_desk.store.schema.MIGRATIONS", [*MIGRATIONS, [renumber_participants]]
    )
    with pytest.raises(StoreError, match="left as it was") as caught:
        connect(path, now=NOW)
    assert "rebuilding participants: a row of" in str(caught.value)
    assert "refers to a missing row of participants" in str(caught.value)
    assert path.read_bytes() == before
    monkeypatch.undo()
    with connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert snapshot(path) == rows_before


def test_a_step_may_be_a_function_that_changes_data_in_the_same_transaction(
    populated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = populated

    def upper_case_charts(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE participants SET chart_number = 'X-' || chart_number")

    charts = [row[0] for row in snapshot(path)["participants"]]
    monkeypatch.setattr(
        "counselor_desk.store.schema.MIGRATIONS",
        [*MIGRATIONS, [upper_case_charts, "THIS IS NOT SQL"]],
    )
    with pytest.raises(StoreError, match=f"schema {len(MIGRATIONS) + 1}: near"):
        connect(path, now=NOW)
    assert [row[0] for row in snapshot(path)["participants"]] == charts  # all or nothing

    monkeypatch.setattr(
        "counselor_desk.store.schema.MIGRATIONS", [*MIGRATIONS, [upper_case_charts]]
    )
    with connect(path, now=NOW) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
        stored = [r[0] for r in db.execute("SELECT chart_number FROM participants")]
    assert stored and all(chart.startswith("X-") for chart in stored)


def test_rebuild_table_refuses_to_run_with_foreign_keys_on(populated: Path) -> None:
    """Dropping the old table with them on would cascade-delete every child row."""
    path = populated
    rows_before = snapshot(path)
    with (
        connect(path) as db,
        pytest.raises(RuntimeError, match="foreign keys off"),
        db.transaction() as conn,
    ):
        rebuild_table(conn, "participants", PARTICIPANTS_SQL.replace(NARROW, WIDE))
    assert snapshot(path) == rows_before


def test_foreign_keys_are_on_again_after_a_migration_fails(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "raw.sqlite3", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(StoreError, match="could not be brought up to date"):
            apply_migrations(conn, "raw.sqlite3", 0, [*MIGRATIONS, BROKEN_STEP])
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    finally:
        conn.close()


@pytest.mark.parametrize("sample", [s for s in SAMPLES if version_of(s) < 11], ids=lambda p: p.stem)
def test_scores_from_before_item_entry_read_as_totals_and_programs_get_the_default_schedule(
    sample: Path, tmp_path: Path
) -> None:
    with connect(copy_of(sample, tmp_path), now=NOW) as db:
        found = measure_service.measures(db, 1)
        assert found and all(m.total_only and m.difficulty is None for m in found)
        programs = [p.id for p in setup.list_programs(db)]
        for program_id in programs:
            assert [
                (s.instrument, s.at_admission, s.every_weeks, s.at_discharge)
                for s in measure_service.schedule(db, program_id)
            ] == [("PHQ-9", True, 2, True), ("GAD-7", True, 2, True)]
        assert safety.flags(db, 1) == []  # old scores raise nothing after the fact
        for name in ("PHQ-9", "GAD-7"):  # the caseload's table of courses, built from them
            kept = measure_repo.courses_of(db.conn, name)
            for pid in (1, 2):
                pair = baseline_and_latest(name, measure_service.measures(db, pid))
                if pair is None:
                    assert pid not in kept
                    continue
                first, last = pair
                assert kept[pid][:2] == (first.score, (last or first).score)


def test_a_risk_marked_present_before_schema_11_is_flagged_by_the_update(tmp_path: Path) -> None:
    (v10,) = [s for s in SAMPLES if version_of(s) == 10]
    path = copy_of(v10, tmp_path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE notes SET risk = 'present_with_plan' WHERE id = 4")  # a draft
    raw.commit()
    raw.close()
    with connect(path, now=NOW) as db:
        (flag,) = safety.open_flags(db, 1)
        assert flag.note_id == 4 and flag.plan_needed
        assert flag.risk_on == dt.date(2025, 10, 14)
        assert "present, with plan" in flag.reason
        assert [e.event.value for e in flag.events] == ["raised"]
        assert "schema 11" in flag.events[0].detail


def test_an_intake_score_from_before_admission_does_not_hold_the_admission_date(
    tmp_path: Path,
) -> None:
    (v10,) = [s for s in SAMPLES if version_of(s) == 10]
    path = copy_of(v10, tmp_path)
    raw = sqlite3.connect(path)
    (admitted,) = raw.execute("SELECT admission_date FROM participants WHERE id = 1").fetchone()
    raw.execute(  # schema 10 took scores up to 30 days before admission
        "INSERT INTO measures (participant_id, instrument, taken_on, score) "
        "VALUES (1, 'GAD-7', date(:d, '-7 days'), 9)",
        {"d": admitted},
    )
    raw.commit()
    raw.close()
    with connect(path, now=NOW) as db:
        person = participant_service.get(db, 1)
        earlier = dataclasses.replace(
            person, admission_date=person.admission_date - dt.timedelta(days=1)
        )
        moved = participant_service.edit(db, earlier, FixedClock(dt.date(2025, 12, 1)))
        assert moved.admission_date == earlier.admission_date


def test_schema_13_keeps_the_diagnoses_at_admission_and_the_new_fields_read(
    tmp_path: Path,
) -> None:
    """Before schema 13 only the current diagnoses were kept: they become those at admission;
    the profile's license and NPI, a consent's signer and a disclosure's document ID read
    empty."""
    sample = next(s for s in SAMPLES if version_of(s) == 12)
    path = copy_of(sample, tmp_path)
    with connect(path, now=NOW) as db:
        current = db.execute(
            "SELECT participant_id, position, code, description FROM diagnoses ORDER BY 1, 2"
        ).fetchall()
        at_admission = db.execute(
            "SELECT participant_id, position, code, description FROM admission_diagnoses "
            "ORDER BY 1, 2"
        ).fetchall()
        assert [tuple(r) for r in at_admission] == [tuple(r) for r in current]
        profile = participant_repo.get_profile(db.conn)
        assert profile is not None and (profile.license_number, profile.npi) == ("", "")
        assert {c.signed_by for c in clinical_repo.consents_for(db.conn, 2)} == {""}
        assert [d.document_id for d in clinical_repo.disclosures_for(db.conn, 2)] == [""]
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE counselor_profile SET npi = '12345'")
