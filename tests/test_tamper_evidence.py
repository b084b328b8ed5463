"""Tamper evidence, tried as an attacker with sqlite3 and a text editor would.

Each test changes the caseload outside the app (raw SQL on the file, the triggers dropped
first where they would stop it, or the anchor file beside it), then runs `check` as the
counselor or an auditor would (`counselor-desk check`, exit code 1) and expects the change to
be named, by ids only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.domain import integrity
from counselor_desk.domain.audit import GENESIS, AuditEntry
from counselor_desk.domain.model import Disclosure
from counselor_desk.services import audit, clinical, maintenance, notes
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import anchor, backup
from counselor_desk.store.db import connect

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def caseload(db_path: Path, clock: FixedClock) -> Path:
    """The demo caseload with an addendum and a disclosure written through the app."""
    with connect(db_path) as db:
        fill_demo(db, clock)
        signed = db.execute(
            "SELECT id, participant_id FROM notes WHERE status = 'signed' ORDER BY id LIMIT 1"
        ).fetchone()
        notes.add_addendum(db, signed[0], "Late information", "Phone call after group.", clock)
        clinical.record_disclosure(
            db,
            Disclosure(
                id=0,
                participant_id=signed[1],
                consent_id=None,
                disclosed_at=clock.now(),
                recipient="Union County Drug Court",
                purpose="Attendance verification",
                what="attendance letter",
            ),
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


def one(path: Path, sql: str) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.execute(sql).fetchone())
    finally:
        conn.close()


def check_says(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What `counselor-desk check` (which must exit 1) names as failed, a finding a line."""
    capsys.readouterr()
    code = main(["--db", str(path), "check"])
    out = capsys.readouterr().out
    assert code == 1, out
    failing = False
    said = []
    for line in out.splitlines():
        if line.startswith("FAIL"):
            failing = True
        elif not line.startswith("      "):
            failing = False
        if failing:
            said.append(line[6:])
    return said


def test_the_untouched_caseload_passes(caseload: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(caseload), "check"]) == 0
    assert "All good" in capsys.readouterr().out


# -- the triggers ------------------------------------------------------------------------------


def test_a_dropped_trigger_is_named_even_when_nothing_else_changed(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw(caseload, "DROP TRIGGER addenda_no_update", "DROP TRIGGER audit_log_no_delete")
    said = check_says(caseload, capsys)
    assert said[0] == "the trigger addenda_no_update was dropped"
    with connect(caseload) as db:
        report = maintenance.check(db)
    assert report.triggers == (
        "the trigger addenda_no_update was dropped",
        "the trigger audit_log_no_delete was dropped",
    )
    # the app does not put them back: the evidence stays until a backup is restored
    assert "addenda_no_update" not in {
        row[0] for row in sqlite3.connect(caseload).execute("SELECT name FROM sqlite_master")
    }


def test_a_trigger_rewritten_to_do_nothing_or_one_added_is_named(caseload: Path) -> None:
    raw(
        caseload,
        "DROP TRIGGER notes_signed_no_delete",
        "CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes WHEN 0 BEGIN SELECT 1; END",
        "CREATE TRIGGER quietly AFTER INSERT ON notes BEGIN SELECT 1; END",
    )
    with connect(caseload) as db:
        assert maintenance.check(db).triggers == (
            "the trigger notes_signed_no_delete was changed",
            "a trigger quietly was added",
        )


# -- signed notes --------------------------------------------------------------------------------


def _signed_note(path: Path) -> int:
    return int(one(path, "SELECT id FROM notes WHERE status = 'signed' ORDER BY id LIMIT 1")[0])


def test_a_signed_note_edited_and_rehashed_is_caught_by_its_audit_row(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note_id = _signed_note(caseload)
    with connect(caseload) as db:
        edited = notes.get(db, note_id)
    edited = type(edited)(**{**_fields(edited), "fields": {"data": "Never attended."}})
    raw(
        caseload,
        "DROP TRIGGER notes_signed_no_update",
        f"UPDATE notes SET fields_json = '{json.dumps(edited.fields)}', "
        f"content_hash = '{integrity.note_hash(edited)}' WHERE id = {note_id}",
        "CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes WHEN OLD.status = 'signed' "
        "BEGIN SELECT RAISE(ABORT, 'signed notes cannot be changed'); END",
    )
    said = check_says(caseload, capsys)
    assert any(
        line.startswith(f"signed note {note_id} was changed after audit row") for line in said
    ), said
    assert not any("Never attended" in line for line in said)  # ids only


def _fields(note: object) -> dict[str, object]:
    return {name: getattr(note, name) for name in note.__slots__}  # type: ignore[attr-defined]


def test_a_signed_note_unsigned_or_deleted_is_named(
    caseload: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note_id = _signed_note(caseload)
    other = tmp_path / "other.sqlite3"
    shutil.copy(caseload, other)
    shutil.copy(anchor.path_for(caseload), anchor.path_for(other))
    raw(
        caseload,
        "DROP TRIGGER notes_signed_no_update",
        f"UPDATE notes SET status = 'draft' WHERE id = {note_id}",
    )
    said = " ".join(check_says(caseload, capsys))
    assert f"note {note_id} was signed (audit row" in said and "but is unsigned now" in said
    raw(
        other,
        "DROP TRIGGER notes_signed_no_delete",
        "DROP TRIGGER addenda_no_delete",
        f"DELETE FROM addenda WHERE note_id = {note_id}",
        f"DELETE FROM notes WHERE id = {note_id}",
    )
    said = " | ".join(check_says(other, capsys))
    assert f"signed note {note_id} (audit row" in said and "is missing" in said
    assert "addendum 1 (audit row" in said


# -- addenda and the disclosure log ------------------------------------------------------------


def test_an_addendum_or_a_disclosure_edited_or_deleted_is_named(caseload: Path) -> None:
    raw(
        caseload,
        "DROP TRIGGER addenda_no_update",
        "DROP TRIGGER disclosures_no_delete",
        "UPDATE addenda SET text = 'Something else.' WHERE id = 1",
        "DELETE FROM disclosures WHERE id = 1",
    )
    with connect(caseload) as db:
        unvouched = maintenance.check(db).unvouched
    assert [line.split(" (audit row")[0].split(" was changed")[0] for line in unvouched] == [
        "addendum 1",
        "disclosure 1",
    ]
    assert unvouched[1].endswith("is missing")


def test_an_addendum_inserted_with_the_triggers_in_place_but_no_audit_row_is_named(
    caseload: Path,
) -> None:
    note_id = _signed_note(caseload)
    raw(
        caseload,
        "INSERT INTO addenda (note_id, author, created_at, reason, text) VALUES "
        f"({note_id}, 'Dana Reyes, LPC, LCADC', '2026-03-01T10:00:00', 'x', 'Backdated.')",
    )
    with connect(caseload) as db:
        assert maintenance.check(db).unvouched == ("addendum 2 has no row in the audit trail",)


def test_a_disclosure_row_added_by_hand_is_named(caseload: Path) -> None:
    participant = one(caseload, "SELECT participant_id FROM disclosures")[0]
    raw(
        caseload,
        "INSERT INTO disclosures (participant_id, disclosed_at, recipient, purpose, what) "
        f"VALUES ({participant}, '2026-03-01T10:00:00', 'Nobody', 'none', 'nothing')",
    )
    with connect(caseload) as db:
        assert maintenance.check(db).unvouched == ("disclosure 2 has no row in the audit trail",)


# -- the end of the audit trail ----------------------------------------------------------------


def test_rows_cut_off_the_end_of_the_audit_trail_are_caught_by_the_anchor(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = int(one(caseload, "SELECT max(id) FROM audit_log")[0])
    raw(
        caseload,
        "DROP TRIGGER audit_log_no_delete",
        f"DELETE FROM audit_log WHERE id > {last - 3}",
    )
    said = check_says(caseload, capsys)
    assert (
        f"the audit trail ends at row {last - 3}, but its anchor says it reached row {last}: "
        "rows were cut off the end"
    ) in said


def test_the_whole_audit_trail_deleted_is_caught(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw(caseload, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log")
    said = " | ".join(check_says(caseload, capsys))
    assert "the audit trail ends at row 0" in said
    assert "has no row in the audit trail" in said  # every signed note lost its vouching row


def test_the_whole_audit_trail_rewritten_and_rechained_is_caught(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attacker knows the chaining rule (it is not secret) and rebuilds every hash."""
    conn = sqlite3.connect(caseload, isolation_level=None)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    conn.execute("DROP TRIGGER audit_log_no_update")
    previous = GENESIS
    for row in rows:
        entry = AuditEntry(
            id=row["id"],
            at=dt.datetime.fromisoformat(row["at"]),
            actor="Someone Else" if row["action"] == "disclosure" else row["actor"],
            action=row["action"],
            participant_id=row["participant_id"],
            target=row["target"],
            detail=row["detail"],
        ).chained_to(previous)
        conn.execute(
            "UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (entry.actor, entry.prev_hash, entry.hash, entry.id),
        )
        previous = entry.hash
    conn.close()
    with connect(caseload) as db:
        assert audit.verify(db) is None  # the chain itself holds together again
    said = check_says(caseload, capsys)
    assert any(
        line.endswith("is not the row its anchor recorded: the trail was rewritten")
        for line in said
    )


def test_a_removed_anchor_is_reported_not_made_again(
    caseload: Path, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    anchor.path_for(caseload).unlink()
    with connect(caseload) as db:
        audit.log_event(db, audit.AuditAction.LOCK, clock.now())  # a write after the removal
    assert not anchor.path_for(caseload).exists()
    said = check_says(caseload, capsys)
    assert said == [
        "the anchor of the audit trail (caseload.sqlite3.anchor) is missing: rows cut off the "
        "end of the trail could not be told"
    ]


def test_an_anchor_edited_to_match_a_cut_trail_is_still_caught_by_the_records(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cutting the disclosure's audit row and moving the anchor back leaves the disclosure
    without the row that vouched for it."""
    disclosure_row = int(one(caseload, "SELECT id FROM audit_log WHERE action = 'disclosure'")[0])
    raw(
        caseload,
        "DROP TRIGGER audit_log_no_delete",
        f"DELETE FROM audit_log WHERE id >= {disclosure_row}",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
        "        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END",
    )
    head = one(caseload, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    anchor.write(caseload, anchor.Anchor(int(str(head[0])), str(head[1])))
    said = check_says(caseload, capsys)
    assert said == ["disclosure 1 has no row in the audit trail"]


# -- the anchor moves with the trail, and travels with backups -------------------------------


def test_the_anchor_follows_every_audited_write_and_is_owner_only(
    caseload: Path, clock: FixedClock
) -> None:
    with connect(caseload) as db:
        audit.log_event(db, audit.AuditAction.LOCK, clock.now())
        newest = audit.entries(db)[-1]
    assert anchor.read(caseload) == anchor.Anchor(newest.id, newest.hash)
    assert anchor.path_for(caseload).stat().st_mode & 0o777 == 0o600


def test_a_backup_carries_its_anchor_and_one_with_a_cut_tail_is_refused(
    caseload: Path, clock: FixedClock
) -> None:
    with connect(caseload) as db:
        target = maintenance.backup_now(db, clock)
    assert anchor.path_for(target).is_file() and backup.check_file(target).ok
    raw(
        target,
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    )
    problems = backup.check_file(target).problems
    assert problems and "does not reach the anchor beside it" in problems[0]
    with pytest.raises(Exception, match="cannot be restored"):
        maintenance.restore(caseload, target, clock)


def test_a_restored_backup_passes_check_with_its_anchor(
    caseload: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with connect(caseload) as db:
        target = maintenance.backup_now(db, clock)
    maintenance.restore(caseload, target, clock)
    capsys.readouterr()
    assert main(["--db", str(caseload), "check"]) == 0, capsys.readouterr().out


# -- records older than tamper evidence --------------------------------------------------------


def _migrated_sample(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.sqlite3"
    shutil.copy(FIXTURES / "schema_v6.sqlite3", path)
    path.chmod(0o600)
    with connect(path):
        pass
    return path


def test_older_records_are_vouched_for_by_one_baseline_row(tmp_path: Path) -> None:
    path = _migrated_sample(tmp_path)
    with connect(path) as db:
        [baseline] = [e for e in audit.entries(db) if e.action == "baseline"]
        assert baseline.detail.startswith(
            "notes <= 1, addenda <= 1, disclosures <= 1, discharges <= 0, "
            "discharge amendments <= 0; sha256 "
        )
        assert maintenance.check(db).ok


def test_an_older_addendum_edited_after_the_baseline_is_caught(tmp_path: Path) -> None:
    path = _migrated_sample(tmp_path)
    raw(
        path, "DROP TRIGGER addenda_no_update", "UPDATE addenda SET reason = 'changed' WHERE id = 1"
    )
    with connect(path) as db:
        assert maintenance.check(db).unvouched == (
            "the records older than tamper evidence (vouched for together when the database "
            "was brought to schema 9) were changed",
        )


# -- the signed discharge summary ---------------------------------------------------------------


def _current_sample(tmp_path: Path) -> Path:
    """The sample of the current schema: FX-002's discharge summary signed and amended once."""
    path = tmp_path / "caseload.sqlite3"
    shutil.copy(FIXTURES / "schema_v9.sqlite3", path)
    path.chmod(0o600)
    return path


def test_the_signed_discharge_and_its_amendment_are_vouched_for(tmp_path: Path) -> None:
    path = _current_sample(tmp_path)
    with connect(path) as db:
        assert "baseline" not in [e.action for e in audit.entries(db)]
        assert maintenance.check(db).ok, maintenance.check(db).text()


def test_a_signed_discharge_unsigned_or_its_amendment_deleted_is_named(tmp_path: Path) -> None:
    path = _current_sample(tmp_path)
    raw(
        path,
        "DROP TRIGGER discharges_signed_no_update",
        "DROP TRIGGER discharge_amendments_no_delete",
        "DELETE FROM discharge_amendments",
        "UPDATE discharges SET signed_at = NULL WHERE participant_id = 2",
    )
    with connect(path) as db:
        report = maintenance.check(db)
    assert report.unvouched == (
        "the discharge summary of participant 2 was signed (audit row 5) but is unsigned now",
        "discharge amendment 1 (audit row 6) is missing",
    )


def test_a_signed_discharge_rewritten_and_rehashed_is_named(tmp_path: Path) -> None:
    path = _current_sample(tmp_path)
    content = str(one(path, "SELECT signed_content FROM discharges WHERE participant_id = 2")[0])
    forged = content.replace("completed", "against advice")
    digest = hashlib.sha256(forged.encode("utf-8")).hexdigest()
    raw(
        path,
        "DROP TRIGGER discharges_signed_no_update",
        f"UPDATE discharges SET signed_content = '{forged}', content_hash = '{digest}' "
        "WHERE participant_id = 2",
    )
    with connect(path) as db:
        report = maintenance.check(db)
    # its own hash matches the forged content, but not the audit row, nor its amendment's
    assert report.unvouched == (
        "signed discharge summary of participant 2 was changed after audit row 5",
    )
    assert report.altered_discharges == (2,)
