"""Logs carry ids, never names or note text: a full flow at DEBUG level, then the log scanned."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from counselor_desk import app_log
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Consent,
    Discharge,
    DischargeReason,
    LevelOfCare,
    NoteFormat,
    Participant,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services import clinical, documents, maintenance, notes, participants, sessions
from counselor_desk.services.caseload import Include, reviews
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.services.imports import import_attendance
from counselor_desk.store.db import connect

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))
NAME = ("Wojciech", "Brzęczyszczykiewicz")
NOTE_TEXT = "Spoke about the custody hearing next Tuesday"


def test_a_full_flow_logs_no_names_and_no_note_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    folder = app_log.start(logging.DEBUG)  # the app's own log file, as a real start writes it
    assert folder is not None
    db = connect(tmp_path / "desk.sqlite3")
    fill_demo(db, CLOCK)
    program = next(r.program for r in reviews(db, CLOCK))
    person = participants.admit(
        db,
        Participant(
            id=0,
            chart_number="LOG-1",
            first_name=NAME[0],
            last_name=NAME[1],
            date_of_birth=dt.date(1980, 4, 1),
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=dt.date(2026, 2, 2),
            planned_weeks=12,
            presenting_problems="Panic at work",
            diagnoses=(),
        ),
        CLOCK,
    )
    day = next(d for d in sessions.day_sessions(db, dt.date(2026, 2, 27)) if d.expected)
    marks = [
        Attendance(
            day.session.id, p.participant_id, AttendanceStatus.PRESENT, day.session.duration_minutes
        )
        for p in day.expected
    ]
    sessions.record_roll_call(db, day.session.id, marks, CLOCK)
    draft = notes.save_draft(
        db,
        notes.NoteDraft(
            person.id,
            dt.date(2026, 3, 2),
            dt.time(13, 0),
            50,
            ServiceType.INDIVIDUAL,
            NoteFormat.FREE,
            {"text": NOTE_TEXT},
            RiskLevel.DENIED,
        ),
        CLOCK,
    )
    signed = notes.sign(db, draft.id, CLOCK)
    notes.add_addendum(db, signed.id, "Correction", f"{NOTE_TEXT} (was Monday)", CLOCK)
    clinical.add_consent(
        db,
        Consent(
            0,
            person.id,
            "Harbor Clinic",
            "Continuity of care",
            frozenset(ScopeCategory),
            dt.date(2026, 3, 1),
            dt.date(2027, 3, 1),
        ),
        CLOCK,
    )
    clinical.record_discharge(
        db, Discharge(person.id, dt.date(2026, 3, 2), DischargeReason.STEPPED_DOWN), CLOCK
    )
    documents.export_discharge_summary(db, person.id, tmp_path / "d.pdf", CLOCK)
    documents.export_continuity(db, person.id, tmp_path / "c.pdf", CLOCK)
    bad = (
        b"chart_number,date,start_time,duration_minutes,service_type,status\nLOG-1,x,9,1,group,?\n"
    )
    with pytest.raises(Exception, match="nothing was imported"):
        import_attendance(db, bad, CLOCK)
    reviews(db, CLOCK, Include.ALL)
    maintenance.backup_now(db, CLOCK, tmp_path)
    maintenance.check(db)
    last_names = [row[0] for row in db.conn.execute("SELECT DISTINCT last_name FROM participants")]
    db.close()
    with connect(tmp_path / "desk.sqlite3") as reopened:  # a second start
        reviews(reopened, CLOCK)

    app_log.stop()
    in_file = (folder / app_log.LOG_NAME).read_text(encoding="utf-8")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert in_file.strip() and len(in_file.splitlines()) >= len(caplog.records)
    logged += "\n" + in_file
    assert caplog.records  # the flow does log (migrations, backups…): and none of it names anyone
    for secret in (*NAME, NOTE_TEXT, "custody", "Panic at work", "Harbor Clinic"):
        assert secret not in logged
    for last_name in last_names:
        if len(last_name) >= 5:
            assert last_name not in logged
