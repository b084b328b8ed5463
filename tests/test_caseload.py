"""The weekly review of the caseload, on participants whose figures are worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Discharge,
    DischargeReason,
    LevelOfCare,
    NoteFormat,
    Participant,
    Program,
    RiskLevel,
    ServiceType,
    Session,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.services import caseload, clinical, notes, sessions, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
S = AttendanceStatus
TODAY = FixedClock(D(2026, 3, 18), dt.time(16, 0))  # Wednesday


@pytest.fixture
def program(db: Database) -> Program:
    return setup.add_program(db, setup.standard_program("Adult IOP"))  # Mon/Wed/Fri 9:00, 180 min


def admit(db: Database, program: Program, chart: str, last: str, **changes: object) -> Participant:
    record = new_participant(
        program, chart=chart, first="Pat", last=last, born=D(1985, 7, 1), **changes
    )
    return people.admit(db, record, TODAY)


def group(db: Database, day: dt.date) -> int:
    (found,) = sessions.day_sessions(db, day)
    return found.session.id


def roll(
    db: Database, session_id: int, participant: Participant, status: AttendanceStatus, minutes: int
) -> None:
    sessions.record_roll_call(
        db, session_id, [Attendance(0, participant.id, status, minutes)], TODAY
    )


def individual(db: Database, participant: Participant, day: dt.date, minutes: int = 50) -> int:
    return sessions.add_session(
        db,
        Session(
            0, day, dt.time(13, 0), minutes, ServiceType.INDIVIDUAL, participant_id=participant.id
        ),
    ).id


def by_chart(reviews: list[caseload.Review]) -> dict[str, caseload.Review]:
    return {review.participant.chart_number: review for review in reviews}


def test_a_crafted_participant_reviewed_by_hand(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Reyes")
    # Week 1 (Mon 2 - Sun 8 March): 180 + 150 (late) + 180 = 510 min = 8.5 h.
    roll(db, group(db, D(2026, 3, 2)), dana, S.PRESENT, 180)
    roll(db, group(db, D(2026, 3, 4)), dana, S.LATE, 150)
    roll(db, group(db, D(2026, 3, 6)), dana, S.PRESENT, 180)
    # Week 2 (Mon 9 - Sun 15): group 180 + individual 50 = 230 min; Wednesday cancelled by
    # the program (no hours, no absence); Friday an unexcused absence.
    roll(db, group(db, D(2026, 3, 9)), dana, S.PRESENT, 180)
    roll(db, individual(db, dana, D(2026, 3, 10)), dana, S.PRESENT, 50)
    wednesday = group(db, D(2026, 3, 11))
    sessions.cancel_session(db, wednesday, "Building closed")
    roll(db, wednesday, dana, S.CANCELLED, 0)
    roll(db, group(db, D(2026, 3, 13)), dana, S.UNEXCUSED, 0)
    # Week 3 (Mon 16 - Sun 22), in progress: Monday unexcused, today (Wed) excused.
    roll(db, group(db, D(2026, 3, 16)), dana, S.UNEXCUSED, 0)
    roll(db, group(db, D(2026, 3, 18)), dana, S.EXCUSED, 0)
    # Still ahead this week: an individual session Thursday (50) and Friday's group (180).
    individual(db, dana, D(2026, 3, 19))
    # A draft started Monday morning, not signed 54 hours later.
    notes.save_draft(
        db,
        notes.NoteDraft(
            dana.id,
            D(2026, 3, 16),
            dt.time(9, 0),
            180,
            ServiceType.GROUP,
            NoteFormat.FREE,
            {"text": "Absent"},
            RiskLevel.NOT_ASSESSED,
        ),
        FixedClock(D(2026, 3, 16), dt.time(10, 0)),
    )

    review = caseload.review(db, people.get(db, dana.id), TODAY)

    assert review.program_week == 3
    assert review.level_of_care is LevelOfCare.IOP
    assert [(w.week, w.minutes_attended, w.minimum_minutes, w.complete) for w in review.weeks] == [
        (1, 510, 540, True),
        (2, 230, 540, True),
        (3, 0, 540, False),
    ]
    assert review.weeks[0].short  # 8.5 h < 9 h, but not the last completed week
    # This week: nothing attended yet; 50 + 180 = 230 min = 3.83 h still reachable.
    assert review.line().hours_this_week == 0.0
    assert review.line().minimum_hours == 9.0
    assert review.line().reachable_hours == 3.83
    # Attended: 2, 4, 6, 9 March (groups) and 10 March (individual) = 5; excused 18 March = 1;
    # unexcused 13 and 16 March = 2; cancelled 11 March = 1. Rate 5 / (5 + 1 + 2) = 0.625.
    summary = review.attendance
    assert (summary.attended, summary.excused, summary.unexcused, summary.cancelled) == (5, 1, 2, 1)
    assert summary.rate == 0.625
    # Newest first: 18 excused (skipped), 16 unexcused, 13 unexcused, 11 cancelled (skipped),
    # 10 present (stops the run): 2.
    assert review.consecutive_unexcused == 2
    assert review.projected_end == D(2026, 5, 25)  # 2 March + 12 weeks, no leave
    # Week 2 (last completed) 230 < 540; run of 2; draft 54 h old; no PHQ-9 or GAD-7 since
    # admission more than 7 days ago.
    assert review.flags == (
        Flag.SHORT_HOURS,
        Flag.ABSENCES,
        Flag.DRAFT_NOTE,
        Flag.MEASURE_OVERDUE,
        Flag.PLAN_DUE,  # no goal yet, 14 days after admission
    )
    assert review.summary_due is None
    assert review.as_json() == {
        "chart_number": "C-1",
        "name": "Pat Reyes",
        "program": "Adult IOP",
        "level_of_care": "IOP",
        "program_week": 3,
        "planned_weeks": 12,
        "hours_this_week": 0.0,
        "minimum_hours": 9.0,
        "attendance_rate": 0.625,
        "consecutive_unexcused_absences": 2,
        "projected_end_date": "2026-05-25",
        "status": "active",
        "flags": ["short_hours", "absences", "draft_note", "measure_overdue", "plan_due"],
        "latest_phq9": None,
        "phq9_change_from_baseline": None,
        "safety_flag": False,
        "authorization_units_left": None,
        "authorization_end_date": None,
        "missed_core_modules": 0,
        "plan_review_due": None,
    }
    history = caseload.attendance_history(db, dana.id)
    assert [(m.date.day, m.status) for m in history][4:6] == [(10, S.PRESENT), (11, S.CANCELLED)]


def test_a_participant_on_leave_near_the_end(db: Database, program: Program) -> None:
    # Admitted Mon 2 Feb for 6 weeks: ends 16 March. A 7-day leave from Fri 13 March
    # (before that end) moves it to 23 March: 5 days from today, so "ending soon".
    lee = admit(db, program, "C-2", "Lee", admission_date=D(2026, 2, 2), planned_weeks=6)
    people.add_leave(db, lee.id, D(2026, 3, 13), D(2026, 3, 19), "Family emergency", TODAY)
    review = caseload.review(db, people.get(db, lee.id), TODAY)
    assert review.program_week == 7  # 16 - 22 March
    assert review.projected_end == D(2026, 3, 23)
    # Week 6 (9 - 15 March) lost 13, 14, 15 March to leave: 4/7 of 540 = 308.57 -> 309.
    # Week 7 keeps 20, 21, 22 March: 3/7 of 540 = 231.43 -> 231.
    assert [w.minimum_minutes for w in review.weeks][-2:] == [309, 231]
    # Today's group is on a leave day; only Friday's 180 min is still reachable.
    assert review.line().reachable_hours == 3.0
    assert review.attendance.rate is None
    assert review.flags == (
        Flag.SHORT_HOURS,
        Flag.ENDING_SOON,
        Flag.ON_LEAVE,
        Flag.MEASURE_OVERDUE,  # never measured since admission
        Flag.PLAN_DUE,  # and no treatment plan
    )


def test_a_step_up_shows_the_new_level_and_its_minimum(db: Database, program: Program) -> None:
    ari = admit(db, program, "C-3", "Ari")
    people.change_level(db, ari.id, LevelOfCare.PHP, D(2026, 3, 16), "Worsening symptoms", TODAY)
    review = caseload.review(db, people.get(db, ari.id), TODAY)
    assert review.level_of_care is LevelOfCare.PHP
    assert [w.minimum_minutes for w in review.weeks] == [540, 540, 1200]
    assert review.line().minimum_hours == 20.0
    # Today's group has no roll call yet, so it still counts as ahead, with Friday's:
    # 6 hours reachable, short of 20.
    assert review.line().reachable_hours == 6.0
    assert review.this_week is not None and review.this_week.short
    # Weeks 1 and 2 had no hours at all; no measure since admission.
    assert review.flags == (Flag.SHORT_HOURS, Flag.MEASURE_OVERDUE, Flag.PLAN_DUE)


def test_someone_not_yet_admitted(db: Database, program: Program) -> None:
    mo = admit(db, program, "C-4", "Mo", admission_date=D(2026, 3, 23))
    review = caseload.review(db, people.get(db, mo.id), TODAY)
    assert review.program_week is None and review.weeks == ()
    assert review.line().hours_this_week == 0.0 and review.line().minimum_hours is None
    assert review.flags == ()
    assert review.as_json()["program_week"] is None


def test_reviews_list_active_discharged_or_all_in_name_order(
    db: Database, program: Program
) -> None:
    admit(db, program, "C-1", "Young")
    gone = admit(db, program, "C-2", "Abbott")
    admit(db, program, "C-3", "Martin")
    clinical.record_discharge(
        db, Discharge(gone.id, D(2026, 3, 11), DischargeReason.COMPLETED), TODAY
    )
    active = caseload.reviews(db, TODAY)
    assert [r.participant.last_name for r in active] == ["Martin", "Young"]
    # Discharged Wednesday of week 2: the review stops there, the week counts as complete,
    # its minimum covers 9 - 11 March: 3/7 of 540 = 231. One attended Monday: 180 min.
    monday = group(db, D(2026, 3, 9))
    sessions.correct_attendance(
        db, monday, Attendance(0, gone.id, S.PRESENT, 180), "Marked late", TODAY
    )
    full = caseload.review(db, people.get(db, gone.id), TODAY)
    assert full.program_week == 2
    assert [(w.week, w.minutes_attended, w.minimum_minutes, w.complete) for w in full.weeks] == [
        (1, 0, 540, True),
        (2, 180, 231, True),
    ]
    assert full.flags == (Flag.SUMMARY_DUE,)  # short weeks no longer flag once discharged
    assert full.summary_due == D(2026, 3, 25)
    # The caseload list shows the same figures, the first time and from then on.
    for _ in range(2):
        (listed,) = caseload.reviews(db, TODAY, caseload.Include.DISCHARGED)
        assert listed.participant.last_name == "Abbott"
        assert listed.as_json() == full.as_json()
        assert listed.this_week == full.this_week
        assert listed.summary_due == full.summary_due
    # A later correction shows in the list at once.
    sessions.correct_attendance(
        db, monday, Attendance(0, gone.id, S.LATE, 120), "Arrived an hour late", TODAY
    )
    (listed,) = caseload.reviews(db, TODAY, caseload.Include.DISCHARGED)
    assert listed.this_week is not None and listed.this_week.minutes_attended == 120
    everyone = caseload.reviews(db, TODAY, caseload.Include.ALL)
    assert [r.participant.last_name for r in everyone] == ["Abbott", "Martin", "Young"]
