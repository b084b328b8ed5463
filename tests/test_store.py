"""The SQLite wrapper and repositories: pragmas, versions, triggers, transactions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from counselor_desk.domain.model import (
    Addendum,
    AgeGroup,
    Attendance,
    AttendanceStatus,
    Diagnosis,
    Disclosure,
    LevelOfCare,
    Note,
    NoteFormat,
    NoteStatus,
    Participant,
    Program,
    RiskLevel,
    ScheduleSlot,
    ServiceType,
    Session,
)
from counselor_desk.store import note_repo, participant_repo, session_repo
from counselor_desk.store.clinical_repo import insert_disclosure
from counselor_desk.store.db import BUSY_TIMEOUT_MS, Database, StoreError, connect, schema_version
from counselor_desk.store.schema import MIGRATIONS

NOW = dt.datetime(2026, 3, 2, 16, 0)


def add_program(conn: sqlite3.Connection) -> int:
    return participant_repo.insert_program(
        conn,
        Program(
            id=0,
            name="Adult IOP",
            level_of_care=LevelOfCare.IOP,
            age_group=AgeGroup.ADULT,
            planned_weeks=12,
            weekly_minimum_hours=None,
            substance_use=True,
            schedule=(ScheduleSlot(0, dt.time(9, 0), 180), ScheduleSlot(2, dt.time(9, 0), 180)),
        ),
    )


def add_participant(conn: sqlite3.Connection, program_id: int, chart: str = "C-100") -> int:
    return participant_repo.insert_participant(
        conn,
        Participant(
            id=0,
            chart_number=chart,
            first_name="Dana",
            last_name="Reyes",
            date_of_birth=dt.date(1990, 5, 17),
            program_id=program_id,
            level_of_care=LevelOfCare.IOP,
            admission_date=dt.date(2026, 3, 2),
            planned_weeks=12,
            diagnoses=(Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),),
        ),
        NOW,
    )


def signed_note(db: Database) -> int:
    with db.transaction() as conn:
        participant_id = add_participant(conn, add_program(conn))
        note_id = note_repo.insert_note(
            conn,
            Note(
                id=0,
                participant_id=participant_id,
                session_date=dt.date(2026, 3, 2),
                start_time=dt.time(13, 0),
                duration_minutes=50,
                service_type=ServiceType.INDIVIDUAL,
                format=NoteFormat.FREE,
                fields={"text": "Met for intake."},
                risk=RiskLevel.DENIED,
                risk_detail="",
                goal_id=None,
                status=NoteStatus.DRAFT,
                created_at=NOW,
                updated_at=NOW,
            ),
        )
        note_repo.mark_signed(conn, note_id, "Sam Lee, LPC", NOW, "a" * 64)
    return note_id


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- connect ---------------------------------------------------------------------------------


def test_connect_sets_the_safe_pragmas(db: Database) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS > 0


def test_user_version_is_the_number_of_migrations(db: Database, db_path: Path) -> None:
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == schema_version()
    db.close()
    raw = sqlite3.connect(db_path)
    try:
        tables = {
            row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        raw.close()
    assert {"participants", "sessions", "attendance", "notes", "addenda", "discharges"} <= tables


def test_reopening_keeps_the_data_and_does_not_migrate_again(db_path: Path) -> None:
    with connect(db_path) as first, first.transaction() as conn:
        add_participant(conn, add_program(conn))
    with connect(db_path) as again:
        assert participant_repo.participant_count(again.conn) == 1
        assert again.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_a_database_from_a_newer_app_is_refused(db_path: Path) -> None:
    connect(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {schema_version() + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer version") as caught:
        connect(db_path)
    assert "update the app" in str(caught.value)
    # The file is left as it was.
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema_version() + 1
    raw.close()


def test_a_file_that_is_not_sqlite_gives_a_plain_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_bytes(b"These are my grocery notes, not a database.\n" * 100)
    with pytest.raises(StoreError) as caught:
        connect(bogus)
    message = str(caught.value)
    assert message == f"The file {bogus} is damaged or is not a Counselor Desk database."
    assert "Traceback" not in message and "sqlite3" not in message
    assert bogus.read_bytes().startswith(b"These are my grocery notes")


def test_a_folder_in_place_of_the_file_gives_a_plain_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "caseload.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError, match="cannot be opened"):
        connect(folder)


def test_a_schema_1_database_is_migrated_and_keeps_its_rows(db_path: Path) -> None:
    raw = sqlite3.connect(db_path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO programs (name, level_of_care, age_group, planned_weeks) "
        "VALUES ('Adult IOP', 'IOP', 'adult', 12)"
    )
    raw.execute(
        """INSERT INTO participants (chart_number, first_name, last_name, date_of_birth,
               program_id, level_of_care, admission_date, planned_weeks, created_at, updated_at)
           VALUES ('C-7', 'Dana', 'Reyes', '1990-05-17', 1, 'IOP', '2026-03-02', 12,
               '2026-03-02T16:00:00', '2026-03-02T16:00:00')"""
    )
    raw.close()
    with connect(db_path) as migrated:
        assert migrated.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        stored = participant_repo.find_by_chart(migrated.conn, "C-7")
        assert stored is not None and stored.admission_date == dt.date(2026, 3, 2)


def test_a_failing_migration_step_leaves_the_previous_version_whole(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(db_path).close()
    broken = [
        "CREATE TABLE half_done (id INTEGER PRIMARY KEY)",
        "THIS IS NOT SQL",
    ]
    monkeypatch.setattr("counselor_desk.store.schema.MIGRATIONS", [*MIGRATIONS, broken])
    with pytest.raises(StoreError, match="left as it was"):
        connect(db_path)
    monkeypatch.undo()
    with connect(db_path) as reopened:
        assert reopened.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        tables = {
            r[0] for r in reopened.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert "half_done" not in tables


# -- locked records --------------------------------------------------------------------------


def test_raw_sql_cannot_change_or_delete_a_signed_note(db: Database) -> None:
    note_id = signed_note(db)
    with pytest.raises(sqlite3.IntegrityError, match="signed notes cannot be changed"):
        db.execute("UPDATE notes SET fields_json = '{}' WHERE id = :id", {"id": note_id})
    with pytest.raises(sqlite3.IntegrityError, match="signed notes cannot be changed"):
        db.execute("UPDATE notes SET status = 'draft' WHERE id = :id", {"id": note_id})
    with pytest.raises(sqlite3.IntegrityError, match="signed notes cannot be deleted"):
        db.execute("DELETE FROM notes WHERE id = :id", {"id": note_id})
    note = note_repo.get_note(db.conn, note_id)
    assert note is not None and note.is_signed and note.fields == {"text": "Met for intake."}


def test_the_draft_only_writers_leave_a_signed_note_alone(db: Database) -> None:
    note_id = signed_note(db)
    note = note_repo.get_note(db.conn, note_id)
    assert note is not None
    with db.transaction() as conn:
        note_repo.delete_draft(conn, note_id)
        note_repo.mark_signed(conn, note_id, "Someone else", NOW, "b" * 64)
    stored = note_repo.get_note(db.conn, note_id)
    assert (
        stored is not None
        and stored.signed_by == "Sam Lee, LPC"
        and stored.content_hash == "a" * 64
    )


def test_raw_sql_cannot_change_or_delete_an_addendum(db: Database) -> None:
    note_id = signed_note(db)
    with db.transaction() as conn:
        addendum_id = note_repo.insert_addendum(
            conn, Addendum(0, note_id, "Sam Lee, LPC", NOW, "Late detail", "Client called back.")
        )
    with pytest.raises(sqlite3.IntegrityError, match="addenda cannot be changed"):
        db.execute("UPDATE addenda SET text = 'x' WHERE id = :id", {"id": addendum_id})
    with pytest.raises(sqlite3.IntegrityError, match="addenda cannot be deleted"):
        db.execute("DELETE FROM addenda WHERE id = :id", {"id": addendum_id})
    note = note_repo.get_note(db.conn, note_id)
    assert note is not None
    assert [(a.author, a.reason, a.text) for a in note.addenda] == [
        ("Sam Lee, LPC", "Late detail", "Client called back.")
    ]


def test_an_addendum_cannot_be_attached_to_a_draft(db: Database) -> None:
    note_id = signed_note(db)
    draft_id = int(
        db.execute(
            """INSERT INTO notes (participant_id, session_date, start_time, duration_minutes,
                   service_type, format, created_at, updated_at)
               SELECT participant_id, session_date, start_time, duration_minutes, service_type,
                   format, created_at, updated_at FROM notes WHERE id = :id""",
            {"id": note_id},
        ).lastrowid
        or 0
    )
    with pytest.raises(sqlite3.IntegrityError, match="signed notes only"):
        db.execute(
            "INSERT INTO addenda (note_id, author, created_at, reason, text) "
            "VALUES (:id, 'A', '2026-03-02T16:00:00', 'r', 't')",
            {"id": draft_id},
        )
    assert count(db, "addenda") == 0


def test_the_disclosure_log_cannot_be_rewritten(db: Database) -> None:
    with db.transaction() as conn:
        participant_id = add_participant(conn, add_program(conn))
        insert_disclosure(
            conn,
            Disclosure(0, participant_id, None, NOW, "Probation office", "Court", "Attendance"),
        )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE disclosures SET recipient = 'x'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM disclosures")
    assert count(db, "disclosures") == 1


# -- transactions ----------------------------------------------------------------------------


def test_a_failing_transaction_leaves_no_half_written_rows(db: Database) -> None:
    with pytest.raises(RuntimeError, match="power cut"), db.transaction() as conn:
        program_id = add_program(conn)
        add_participant(conn, program_id)
        raise RuntimeError("power cut")
    assert count(db, "programs") == 0
    assert count(db, "program_schedule") == 0
    assert count(db, "participants") == 0
    assert count(db, "diagnoses") == 0
    assert not db.conn.in_transaction
    # The connection still works afterwards.
    with db.transaction() as conn:
        add_program(conn)
    assert count(db, "programs") == 1


def test_a_constraint_failure_rolls_back_the_whole_transaction(db: Database) -> None:
    with db.transaction() as conn:
        program_id = add_program(conn)
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        add_participant(conn, program_id, "C-1")
        add_participant(conn, program_id, "C-1")  # chart numbers are unique
    assert count(db, "participants") == 0
    assert count(db, "diagnoses") == 0


def test_a_nested_transaction_joins_the_outer_one(db: Database) -> None:
    with pytest.raises(ValueError), db.transaction() as conn:
        add_program(conn)
        with db.transaction() as inner:
            add_participant(inner, 1)
        assert count(db, "participants") == 1  # visible inside, not yet committed
        raise ValueError("undo everything")
    assert count(db, "programs") == 0
    assert count(db, "participants") == 0


def test_a_database_locked_by_another_program_gives_a_plain_store_error(
    db: Database, db_path: Path
) -> None:
    db.execute("PRAGMA busy_timeout = 0")  # do not wait the usual 5 seconds in a test
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError) as caught, db.transaction() as conn:
            add_program(conn)
        assert str(caught.value) == (
            f"The database {db_path} is in use by another program; close it and try again."
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert count(db, "programs") == 0
    with db.transaction() as conn:  # usable again once the other program lets go
        add_program(conn)
    assert count(db, "programs") == 1


def test_commits_are_visible_to_a_second_connection(db: Database, db_path: Path) -> None:
    with db.transaction() as conn:
        add_participant(conn, add_program(conn))
    with connect(db_path) as other:
        assert [p.chart_number for p in participant_repo.list_participants(other.conn)] == ["C-100"]


# -- repositories ----------------------------------------------------------------------------


def test_participant_round_trip_keeps_dates_and_diagnoses(db: Database) -> None:
    with db.transaction() as conn:
        participant_id = add_participant(conn, add_program(conn))
    stored = participant_repo.get_participant(db.conn, participant_id)
    assert stored is not None
    assert stored.date_of_birth == dt.date(1990, 5, 17)
    assert stored.admission_date == dt.date(2026, 3, 2)
    assert stored.diagnoses == (
        Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),
    )
    assert participant_repo.find_by_chart(db.conn, "C-100") == stored
    assert participant_repo.get_participant(db.conn, participant_id + 1) is None


def test_scheduled_sessions_are_stored_once(db: Database) -> None:
    with db.transaction() as conn:
        program_id = add_program(conn)
    group = Session(
        0, dt.date(2026, 3, 2), dt.time(9, 0), 180, ServiceType.GROUP, program_id=program_id
    )
    for _ in range(3):
        with db.transaction() as conn:
            session_repo.insert_program_sessions(conn, [group])
    assert (
        len(session_repo.sessions_between(db.conn, dt.date(2026, 3, 2), dt.date(2026, 3, 2))) == 1
    )


def test_a_cancelled_session_reads_back_as_cancelled_with_no_minutes(db: Database) -> None:
    with db.transaction() as conn:
        program_id = add_program(conn)
        participant_id = add_participant(conn, program_id)
        session_id = session_repo.insert_session(
            conn,
            Session(
                0, dt.date(2026, 3, 2), dt.time(9, 0), 180, ServiceType.GROUP, program_id=program_id
            ),
        )
        session_repo.save_attendance(
            conn, [Attendance(session_id, participant_id, AttendanceStatus.PRESENT, 180)], NOW
        )
        session_repo.set_cancelled(conn, session_id, True, "Snow day")
    (marked,) = session_repo.attended_sessions(db.conn, [participant_id])[participant_id]
    assert marked.status is AttendanceStatus.CANCELLED
    assert marked.minutes_attended == 0


def test_a_mark_saved_twice_without_replace_is_refused(db: Database) -> None:
    with db.transaction() as conn:
        program_id = add_program(conn)
        participant_id = add_participant(conn, program_id)
        session_id = session_repo.insert_session(
            conn,
            Session(
                0, dt.date(2026, 3, 2), dt.time(9, 0), 180, ServiceType.GROUP, program_id=program_id
            ),
        )
    mark = Attendance(session_id, participant_id, AttendanceStatus.PRESENT, 180)
    with db.transaction() as conn:
        session_repo.save_attendance(conn, [mark], NOW, replace=False)
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        session_repo.save_attendance(conn, [mark], NOW, replace=False)
    assert count(db, "attendance") == 1


def test_minutes_cannot_be_negative_even_through_the_store(db: Database) -> None:
    with db.transaction() as conn:
        program_id = add_program(conn)
        participant_id = add_participant(conn, program_id)
        session_id = session_repo.insert_session(
            conn,
            Session(
                0, dt.date(2026, 3, 2), dt.time(9, 0), 180, ServiceType.GROUP, program_id=program_id
            ),
        )
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        session_repo.save_attendance(
            conn, [Attendance(session_id, participant_id, AttendanceStatus.PRESENT, -5)], NOW
        )
    assert count(db, "attendance") == 0


def test_a_write_the_file_refuses_is_a_plain_store_error_and_rolls_back(db_path: Path) -> None:
    refused = "read-only; nothing could be saved"
    insert = (
        "INSERT INTO audit_log (at, actor, action, prev_hash, hash) "
        "VALUES ('2026-01-01T00:00:00', 'x', 'lock', 'a', 'b')"
    )
    with connect(db_path) as database:
        database.conn.execute("PRAGMA query_only = ON")
        with pytest.raises(StoreError, match=refused), database.transaction() as conn:
            conn.execute(insert)
        database.conn.execute("PRAGMA query_only = OFF")
        assert not database.conn.in_transaction
        assert database.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
        # a bug in our SQL stays a bug, not a message about the disk
        with (
            pytest.raises(sqlite3.OperationalError, match="no such table"),
            database.transaction() as conn,
        ):
            conn.execute("SELECT * FROM no_such_table")
