"""The audit trail: who did what and when, chained so an edit outside the app is found."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from counselor_desk.domain.audit import AuditAction
from counselor_desk.services import audit, clinical, documents
from counselor_desk.services.caseload import Include, reviews
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store.db import Database

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))


def test_chain_holds_and_an_outside_edit_is_named(db: Database) -> None:
    fill_demo(db, CLOCK)
    for action in (AuditAction.LOCK, AuditAction.FAILED_UNLOCK, AuditAction.UNLOCK):
        audit.log_event(db, action, CLOCK.now())
    rows = audit.entries(db)
    assert [row.action for row in rows[-3:]] == ["lock", "failed_unlock", "unlock"]
    assert audit.verify(db) is None
    with pytest.raises(Exception, match="audit trail cannot be changed"):
        db.conn.execute("UPDATE audit_log SET actor = 'someone' WHERE id = :id", {"id": rows[1].id})
    db.conn.execute("DROP TRIGGER audit_log_no_update")
    db.conn.execute("UPDATE audit_log SET detail = 'edited' WHERE id = :id", {"id": rows[1].id})
    broken = audit.verify(db)
    assert broken is not None and broken.id == rows[1].id


def test_a_deleted_row_breaks_the_chain(db: Database) -> None:
    for _ in range(3):
        audit.log_event(db, AuditAction.BACKUP, CLOCK.now())
    rows = audit.entries(db)
    db.conn.execute("DROP TRIGGER audit_log_no_delete")
    db.conn.execute("DELETE FROM audit_log WHERE id = :id", {"id": rows[1].id})
    broken = audit.verify(db)
    assert broken is not None and broken.id == rows[2].id


def test_exports_are_audited_with_recipient_and_purpose(db: Database, tmp_path: Path) -> None:
    fill_demo(db, CLOCK)
    discharged = reviews(db, CLOCK, Include.DISCHARGED)
    target = next(
        r.participant
        for r in discharged
        if any(c.valid_on(CLOCK.today()) for c in clinical.consents(db, r.participant.id))
    )
    documents.export_continuity(db, target.id, tmp_path / "c.pdf", CLOCK)
    documents.export_discharge_summary(db, target.id, tmp_path / "d.pdf", CLOCK)
    mine = [row for row in audit.entries(db, target.id) if row.action == "export"]
    assert [row.target for row in mine] == [
        "continuity-of-care summary",
        "discharge summary (copy of the signed summary)",
    ]
    assert mine[0].detail.startswith("to Dr. Amal Haddad, Lakeside Primary Care; purpose:")
    assert audit.verify(db) is None
    text = audit.to_csv(mine)
    assert text.splitlines()[0] == "id,at,actor,action,participant_id,target,detail,hash"
    # the trail carries ids, never the participant's name
    assert target.last_name not in text and target.first_name not in text


def test_no_audit_csv_cell_can_start_a_spreadsheet_formula(db: Database) -> None:
    for detail in ('=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "plain - text"):
        audit.log_event(
            db, AuditAction.EXPORT, CLOCK.now(), target="=cmd|' /C calc'!A0", detail=detail
        )
    rows = list(csv.reader(io.StringIO(audit.to_csv(audit.entries(db)))))
    assert [row[6] for row in rows[1:]] == [
        '\'=HYPERLINK("http://x")',
        "'+1",
        "'-2+3",
        "'@SUM(A1)",
        "plain - text",
    ]
    assert {row[5] for row in rows[1:]} == {"'=cmd|' /C calc'!A0"}
    assert rows[1][0] == "1" and rows[1][1] == CLOCK.now().isoformat()  # ids and times as they are
