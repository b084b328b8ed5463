"""The stored figures of discharged participants always equal a fresh computation."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.model import Attendance, AttendanceStatus, ParticipantStatus
from counselor_desk.services import sessions
from counselor_desk.services.caseload import Include, review, reviews
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store.db import Database

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))


def _cached_ids(db: Database) -> set[int]:
    return {row[0] for row in db.conn.execute("SELECT participant_id FROM review_cache")}


def _figures(row) -> tuple:  # type: ignore[no-untyped-def]
    return (row.as_json(), row.summary_due)


def test_cached_reviews_equal_fresh_ones(db: Database) -> None:
    fill_demo(db, CLOCK)
    first = reviews(db, CLOCK, Include.ALL)
    discharged = {
        r.participant.id for r in first if r.participant.status is ParticipantStatus.DISCHARGED
    }
    assert discharged and _cached_ids(db) == discharged
    second = reviews(db, CLOCK, Include.ALL)  # now from the cache
    assert [_figures(r) for r in second] == [_figures(r) for r in first]
    for row in second:
        assert _figures(review(db, row.participant, CLOCK)) == _figures(row)


def test_a_correction_forgets_the_stored_figures(db: Database) -> None:
    fill_demo(db, CLOCK)
    reviews(db, CLOCK, Include.DISCHARGED)
    target = next(r for r in reviews(db, CLOCK, Include.DISCHARGED) if r.attendance.unexcused > 0)
    pid = target.participant.id
    history = db.conn.execute(
        "SELECT a.session_id, s.duration_minutes FROM attendance a JOIN sessions s ON s.id = a.session_id "
        "WHERE a.participant_id = :id AND a.status = 'unexcused' AND s.cancelled = 0 LIMIT 1",
        {"id": pid},
    ).fetchone()
    sessions.correct_attendance(
        db,
        history[0],
        Attendance(history[0], pid, AttendanceStatus.PRESENT, history[1]),
        "Sign-in sheet found",
        CLOCK,
    )
    assert pid not in _cached_ids(db)
    after = next(r for r in reviews(db, CLOCK, Include.DISCHARGED) if r.participant.id == pid)
    assert after.attendance.unexcused == target.attendance.unexcused - 1
    assert after.attendance.attended == target.attendance.attended + 1
    assert pid in _cached_ids(db)


def test_needs_attention_is_everyone_flagged(db: Database) -> None:
    from counselor_desk.services.caseload import needs_attention

    fill_demo(db, CLOCK)
    flagged = [_figures(r) for r in reviews(db, CLOCK, Include.ALL) if r.flags]
    assert flagged  # the demo has people short on hours, absent, ending, with drafts…
    assert [_figures(r) for r in needs_attention(db, CLOCK)] == flagged


def test_storing_review_figures_is_not_a_change_worth_a_backup(db: Database) -> None:
    from counselor_desk.services.maintenance import BackupScheduler

    fill_demo(db, CLOCK)
    scheduler = BackupScheduler(db, CLOCK)
    reviews(db, CLOCK, Include.ALL)  # writes the stored figures of the discharged
    assert _cached_ids(db)
    assert not scheduler.changed()
    audit_rows = len(db.conn.execute("SELECT id FROM audit_log").fetchall())
    from counselor_desk.domain.audit import AuditAction
    from counselor_desk.services import audit

    audit.log_event(db, AuditAction.LOCK, CLOCK.now())
    assert scheduler.changed()
    assert len(db.conn.execute("SELECT id FROM audit_log").fetchall()) == audit_rows + 1


def test_recording_a_discharge_keeps_the_figures_at_once(db: Database) -> None:
    from counselor_desk.domain.model import Discharge, DischargeReason
    from counselor_desk.services import clinical

    fill_demo(db, CLOCK)
    person = reviews(db, CLOCK)[0].participant
    assert person.id not in _cached_ids(db)
    clinical.record_discharge(db, Discharge(person.id, CLOCK.today(), DischargeReason.MOVED), CLOCK)
    assert person.id in _cached_ids(db)
    stored = next(
        r for r in reviews(db, CLOCK, Include.DISCHARGED) if r.participant.id == person.id
    )
    fresh = review(db, stored.participant, CLOCK)
    assert _figures(stored) == _figures(fresh)
