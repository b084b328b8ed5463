"""`check`: file structure, links, signed-note hashes and the audit chain, named plainly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.domain.audit import AuditAction
from counselor_desk.services import audit, maintenance
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store.db import Database, connect


@pytest.fixture
def demo_path(db_path: Path, clock: FixedClock) -> Path:
    with connect(db_path) as db:
        fill_demo(db, clock)
        for minute in range(3):
            audit.log_event(
                db, AuditAction.LOCK, dt.datetime(2026, 3, 2, 16, minute), detail=f"idle {minute}"
            )
    return db_path


def raw(path: Path, *statements: str) -> None:
    """SQL typed by hand, outside the app (autocommit)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def run_check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(path), "check"])
    return code, capsys.readouterr().out


def test_a_sound_database_is_all_good(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with connect(demo_path) as db:
        report = maintenance.check(db)
        newest = audit.entries(db)[-1].id
    assert report.ok and report.altered_notes == () and report.first_bad_audit_row is None
    code, out = run_check(demo_path, capsys)
    assert code == 0
    assert out.splitlines()[1:] == [
        "ok    file structure (integrity_check)",
        "ok    links between records (foreign_key_check)",
        "ok    the triggers that lock signed records are in place, unchanged",
        "ok    signed notes match their signatures",
        "ok    signed discharge summaries and their amendments match their signatures",
        "ok    every signed record, addendum, amendment and disclosure has its audit row and "
        "matches it",
        "ok    audit trail chain is whole",
        f"ok    the audit trail reaches its anchor (row {newest}) and beyond",
        "",
        "All good: nothing is damaged or altered.",
    ]


def test_a_signed_note_edited_outside_the_app_is_named(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with connect(demo_path) as db:
        note_id = int(
            db.execute(
                "SELECT id FROM notes WHERE status = 'signed' ORDER BY id LIMIT 1 OFFSET 4"
            ).fetchone()[0]
        )
    raw(
        demo_path,
        "DROP TRIGGER notes_signed_no_update",
        f"UPDATE notes SET fields_json = json_set(fields_json, '$.data', 'rewritten') "
        f"WHERE id = {note_id}",
    )
    with connect(demo_path) as db:
        report = maintenance.check(db)
    assert not report.ok and report.altered_notes == (note_id,)
    code, out = run_check(demo_path, capsys)
    assert code == 1
    assert f"FAIL  signed note {note_id} no longer matches its signature" in out.splitlines()
    assert "ok    audit trail chain is whole" in out.splitlines()
    assert "rewritten" not in out  # ids only, never note text


def test_an_audit_row_edited_outside_the_app_is_the_first_bad_row(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw(
        demo_path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET detail = 'nothing to see' WHERE id = 2",
    )
    with connect(demo_path) as db:
        assert maintenance.check(db).first_bad_audit_row == 2
    code, out = run_check(demo_path, capsys)
    assert code == 1
    assert (
        "FAIL  the audit trail was altered outside the app: first bad row is 2" in out.splitlines()
    )


def test_a_deleted_audit_row_breaks_the_chain_at_the_next_one(demo_path: Path) -> None:
    raw(demo_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 1")
    with connect(demo_path) as db:
        assert maintenance.check(db).first_bad_audit_row == 2


def test_a_record_pointing_at_nothing_is_reported(demo_path: Path) -> None:
    raw(
        demo_path,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO measures (participant_id, instrument, taken_on, score) "
        "VALUES (9999, 'PHQ-9', '2026-03-01', 5)",
    )
    with connect(demo_path) as db:
        report = maintenance.check(db)
    assert report.foreign_keys == (
        f"a row of measures (row {_last_measure(demo_path)}) refers to a missing row of "
        "participants",
        # the course the database keeps of the score, made by its trigger
        "a row of measure_courses refers to a missing row of participants",
    )
    assert report.text().endswith("or keep this file for investigation.")


def _last_measure(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT max(id) FROM measures").fetchone()[0])
    finally:
        conn.close()


def test_an_index_out_of_step_with_its_table_fails_the_structure_check(demo_path: Path) -> None:
    """quick_check (at open) lets this through; the full integrity_check of `check` does not."""
    conn = sqlite3.connect(demo_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'participants_status'"
    ).fetchone()[0]
    conn.close()
    data = bytearray(demo_path.read_bytes())
    start = (root - 1) * page_size
    page = bytes(data[start : start + page_size])
    assert b"active" in page
    data[start : start + page_size] = page.replace(b"active", b"activf", 1)
    demo_path.write_bytes(bytes(data))
    with connect(demo_path) as db:
        assert maintenance.quick_check(db) == []
        report = maintenance.check(db)
    assert not report.ok and report.integrity
    assert any("participants_status" in line for line in report.integrity)


def test_quick_check_at_start_is_empty_for_a_sound_database(db: Database) -> None:
    assert maintenance.quick_check(db) == []


def test_the_first_problem_is_what_failed_not_the_first_line() -> None:
    """What a failed check names first (the encrypted copy's refusal quotes it): the first
    thing that does not hold, not the report's first line, which may be an "ok"."""
    report = maintenance.CheckReport(altered_notes=(41, 42))
    assert report.lines()[0].startswith("ok")
    assert report.first_problem() == "signed note 41 no longer matches its signature"
    assert maintenance.CheckReport().first_problem() is None
    assert maintenance.CheckReport(unreadable=("the audit trail",)).first_problem() == (
        "the audit trail"
    )
