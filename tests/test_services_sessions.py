"""Sessions of a date, roll call and corrections: one transaction, nothing half-saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Discharge,
    DischargeReason,
    Participant,
    Program,
    ServiceType,
    Session,
)
from counselor_desk.services import clinical, setup
from counselor_desk.services import participants as people
from counselor_desk.services import sessions as service
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import session_repo
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
S = AttendanceStatus
MONDAY = D(2026, 3, 9)
WEDNESDAY = D(2026, 3, 11)
CLOCK = FixedClock(D(2026, 3, 13), dt.time(16, 0))  # Friday of week 2


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def program(db: Database) -> Program:
    return setup.add_program(db, setup.standard_program("Adult IOP"))  # Mon, Wed, Fri 9:00, 3 h


def admit(db: Database, program: Program, chart: str, first: str, **changes: object) -> Participant:
    record = new_participant(
        program, chart=chart, first=first, last="Tester", born=D(1988, 1, 1), **changes
    )
    return people.admit(db, record, CLOCK)


def group_on(db: Database, day: dt.date) -> Session:
    (found,) = service.day_sessions(db, day)
    return found.session


def marks_of(db: Database, session_id: int) -> dict[int, tuple[AttendanceStatus, int]]:
    return {
        pid: (mark.status, mark.minutes_attended)
        for pid, mark in session_repo.session_attendance(db.conn, session_id).items()
    }


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


# -- sessions of a date ----------------------------------------------------------------------


def test_the_schedule_creates_a_days_group_sessions_once(db: Database, program: Program) -> None:
    first = service.day_sessions(db, MONDAY)
    again = service.day_sessions(db, MONDAY)
    assert [d.session.id for d in first] == [d.session.id for d in again]
    (monday,) = first
    assert monday.session.start_time == dt.time(9, 0)
    assert monday.session.duration_minutes == 180
    assert monday.session.service_type is ServiceType.GROUP
    assert monday.program_name == "Adult IOP"
    assert service.day_sessions(db, D(2026, 3, 10)) == []  # no group on Tuesday
    assert count(db, "sessions") == 1


def test_ensure_scheduled_over_a_range_is_idempotent(db: Database, program: Program) -> None:
    service.ensure_scheduled(db, D(2026, 3, 2), D(2026, 3, 15))
    service.ensure_scheduled(db, D(2026, 3, 9), D(2026, 3, 22))
    stored = session_repo.sessions_between(db.conn, D(2026, 3, 1), D(2026, 3, 31))
    assert [s.date.day for s in stored] == [2, 4, 6, 9, 11, 13, 16, 18, 20]


def test_an_inactive_program_schedules_nothing(db: Database, program: Program) -> None:
    setup.update_program(db, replace(program, active=False))
    assert service.day_sessions(db, MONDAY) == []


def test_who_is_expected_at_a_group(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    admit(db, program, "C-2", "Ari", admission_date=D(2026, 3, 10))  # not yet admitted
    lee = admit(db, program, "C-3", "Lee")
    people.add_leave(db, lee.id, D(2026, 3, 9), D(2026, 3, 9), "", CLOCK)
    other = setup.add_program(db, setup.standard_program("Teen IOP", start=dt.time(15, 0)))
    admit(db, other, "C-4", "Mo")
    by_program = {d.program_name: d for d in service.day_sessions(db, MONDAY)}
    adult = by_program["Adult IOP"]
    assert [(e.name, e.chart_number, e.program_week) for e in adult.expected] == [
        ("Dana Tester", "C-1", 2)
    ]
    assert [e.name for e in by_program["Teen IOP"].expected] == ["Mo Tester"]
    assert not adult.roll_call_taken
    service.record_roll_call(db, adult.session.id, [Attendance(0, dana.id, S.PRESENT, 180)], CLOCK)
    adult = {d.program_name: d for d in service.day_sessions(db, MONDAY)}["Adult IOP"]
    assert adult.roll_call_taken and adult.marked == 1


def test_an_individual_session_belongs_to_its_participant(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    admit(db, program, "C-2", "Ari")
    session = service.add_session(
        db,
        Session(
            0,
            D(2026, 3, 10),
            dt.time(13, 0),
            50,
            ServiceType.INDIVIDUAL,
            topic=" Intake ",
            participant_id=dana.id,
        ),
    )
    assert service.get_session(db, session.id) == session
    assert session.topic == "Intake"
    (tuesday,) = service.day_sessions(db, D(2026, 3, 10))
    assert [e.participant_id for e in tuesday.expected] == [dana.id]
    assert tuesday.program_name == "Dana Tester"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"participant_id": None}, "participant"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"duration_minutes": 721}, "duration_minutes"),
        ({"date": D(2026, 2, 27)}, "date"),
        ({"participant_id": 999}, "participant"),
        ({"program_id": 999}, "program"),
    ],
)
def test_an_individual_session_is_checked(
    db: Database, program: Program, changes: dict[str, object], field: str
) -> None:
    dana = admit(db, program, "C-1", "Dana")
    session = Session(
        0, D(2026, 3, 10), dt.time(13, 0), 50, ServiceType.INDIVIDUAL, participant_id=dana.id
    )
    assert refused(service.add_session, db, replace(session, **changes)).field == field  # type: ignore[arg-type]
    assert count(db, "sessions") == 0


def test_a_second_group_in_the_same_slot_is_refused(db: Database, program: Program) -> None:
    group_on(db, MONDAY)
    duplicate = Session(0, MONDAY, dt.time(9, 0), 180, ServiceType.GROUP, program_id=program.id)
    assert refused(service.add_session, db, duplicate).field == "start_time"
    extra = service.add_session(db, replace(duplicate, topic="Relapse prevention"))
    assert [d.session.id for d in service.day_sessions(db, MONDAY)][-1] == extra.id


def test_cancel_and_restore_a_session(db: Database, program: Program) -> None:
    monday = group_on(db, MONDAY)
    cancelled = service.cancel_session(db, monday.id, " Snow day ")
    stored = service.get_session(db, monday.id)
    assert stored == cancelled
    assert (stored.cancelled, stored.cancel_reason) == (True, "Snow day")
    service.day_sessions(db, MONDAY)  # the schedule does not bring it back
    assert count(db, "sessions") == 1
    restored = service.cancel_session(db, monday.id, "ignored", cancelled=False)
    assert service.get_session(db, monday.id) == restored
    assert (restored.cancelled, restored.cancel_reason) == (False, "")


def test_an_unknown_session_is_not_found(db: Database, program: Program) -> None:
    with pytest.raises(NotFoundError, match="Session 5 does not exist"):
        service.get_session(db, 5)
    with pytest.raises(NotFoundError):
        service.record_roll_call(db, 5, [], CLOCK)


# -- roll call -------------------------------------------------------------------------------


def test_roll_call_saves_every_mark(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    ari = admit(db, program, "C-2", "Ari")
    lee = admit(db, program, "C-3", "Lee")
    monday = group_on(db, MONDAY)
    saved = service.record_roll_call(
        db,
        monday.id,
        [
            Attendance(0, dana.id, S.PRESENT, 180, telehealth=True),
            Attendance(0, ari.id, S.LATE, 165, comment="  bus delay "),
            Attendance(0, lee.id, S.UNEXCUSED, 0),
        ],
        CLOCK,
    )
    assert saved == 3
    assert marks_of(db, monday.id) == {
        dana.id: (S.PRESENT, 180),
        ari.id: (S.LATE, 165),
        lee.id: (S.UNEXCUSED, 0),
    }
    sheet = service.roll_call_sheet(db, monday.id)
    rows = {row.name: row for row in sheet.rows}
    assert rows["Dana Tester"].telehealth and rows["Dana Tester"].status is S.PRESENT
    assert rows["Ari Tester"].comment == "bus delay"
    assert rows["Ari Tester"].program_week == 2


def test_a_new_sheet_offers_the_full_length_and_no_status(db: Database, program: Program) -> None:
    admit(db, program, "C-1", "Dana")
    sheet = service.roll_call_sheet(db, group_on(db, MONDAY).id)
    assert [(r.status, r.minutes_attended) for r in sheet.rows] == [(None, 180)]


def test_taking_roll_call_again_replaces_the_marks(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, S.UNEXCUSED, 0)], CLOCK)
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, S.LEFT_EARLY, 120)], CLOCK)
    assert marks_of(db, monday.id) == {dana.id: (S.LEFT_EARLY, 120)}
    assert count(db, "attendance") == 1


@pytest.mark.parametrize(
    ("status", "minutes", "words"),
    [
        (S.PRESENT, 181, "between 1 and 180"),
        (S.PRESENT, 0, "between 1 and 180"),
        (S.PRESENT, -10, "between 1 and 180"),
        (S.LATE, 180, "enter the minutes attended (less than 180)"),
        (S.LEFT_EARLY, 180, "left early means some minutes were missed"),
        (S.LATE, 200, "between 1 and 180"),
        (S.EXCUSED, 30, "0 minutes attended"),
        (S.UNEXCUSED, 180, "0 minutes attended"),
        (S.CANCELLED, 5, "0 minutes attended"),
    ],
)
def test_minutes_must_fit_the_status_and_the_session(
    db: Database, program: Program, status: AttendanceStatus, minutes: int, words: str
) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    error = refused(
        service.record_roll_call, db, monday.id, [Attendance(0, dana.id, status, minutes)], CLOCK
    )
    assert error.field == "minutes_attended"
    assert error.message.startswith("Dana Tester: ")
    assert words in error.message
    assert count(db, "attendance") == 0


@pytest.mark.parametrize(
    ("status", "minutes"), [(S.LATE, 179), (S.LEFT_EARLY, 1), (S.PRESENT, 180)]
)
def test_minutes_at_the_edges_are_accepted(
    db: Database, program: Program, status: AttendanceStatus, minutes: int
) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, status, minutes)], CLOCK)
    assert marks_of(db, monday.id) == {dana.id: (status, minutes)}


def test_no_attendance_before_admission(db: Database, program: Program) -> None:
    ari = admit(db, program, "C-2", "Ari", admission_date=D(2026, 3, 10))
    monday = group_on(db, MONDAY)
    error = refused(
        service.record_roll_call, db, monday.id, [Attendance(0, ari.id, S.PRESENT, 180)], CLOCK
    )
    assert error.problems == [
        ("date", "Ari Tester: the session (2026-03-09) is before admission (2026-03-10).")
    ]
    assert count(db, "attendance") == 0


def test_no_attendance_after_discharge(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    clinical.record_discharge(db, Discharge(dana.id, D(2026, 3, 6), DischargeReason.MOVED), CLOCK)
    monday = group_on(db, MONDAY)
    error = refused(
        service.record_roll_call, db, monday.id, [Attendance(0, dana.id, S.EXCUSED, 0)], CLOCK
    )
    assert error.problems == [
        ("date", "Dana Tester: the session (2026-03-09) is after discharge (2026-03-06).")
    ]
    assert count(db, "attendance") == 0


def test_a_participant_marked_twice_is_refused(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    twice = [Attendance(0, dana.id, S.PRESENT, 180), Attendance(0, dana.id, S.UNEXCUSED, 0)]
    error = refused(service.record_roll_call, db, monday.id, twice, CLOCK)
    assert error.problems == [("participant", "Dana Tester is marked twice.")]
    assert count(db, "attendance") == 0


def test_one_bad_row_means_nothing_is_saved(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    ari = admit(db, program, "C-2", "Ari")
    monday = group_on(db, MONDAY)
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, S.PRESENT, 180)], CLOCK)
    error = refused(
        service.record_roll_call,
        db,
        monday.id,
        [
            Attendance(0, dana.id, S.UNEXCUSED, 0),  # a valid change ...
            Attendance(0, ari.id, S.LATE, 999),  # ... and a bad row
            Attendance(0, 4040, S.PRESENT, 180),  # ... and someone who does not exist
        ],
        CLOCK,
    )
    assert [field for field, _ in error.problems] == ["minutes_attended", "participant"]
    assert "Participant 4040: no such participant." in error.message
    assert marks_of(db, monday.id) == {dana.id: (S.PRESENT, 180)}  # the earlier roll call stands


def test_roll_call_waits_for_the_session_day(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    next_monday = group_on(db, D(2026, 3, 16))
    error = refused(
        service.record_roll_call,
        db,
        next_monday.id,
        [Attendance(0, dana.id, S.PRESENT, 180)],
        CLOCK,
    )
    assert error.field == "date" and "not happened yet" in error.message
    same_day = FixedClock(D(2026, 3, 16), dt.time(8, 0))
    service.record_roll_call(db, next_monday.id, [Attendance(0, dana.id, S.PRESENT, 180)], same_day)
    assert count(db, "attendance") == 1


def test_a_cancelled_session_takes_only_cancelled_marks(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    service.cancel_session(db, monday.id, "Counselor ill")
    error = refused(
        service.record_roll_call, db, monday.id, [Attendance(0, dana.id, S.UNEXCUSED, 0)], CLOCK
    )
    assert error.field == "status"
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, S.CANCELLED, 0)], CLOCK)
    assert marks_of(db, monday.id) == {dana.id: (S.CANCELLED, 0)}


def test_a_comment_over_2000_characters_is_refused(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    long = Attendance(0, dana.id, S.PRESENT, 180, comment="x" * 2001)
    assert refused(service.record_roll_call, db, monday.id, [long], CLOCK).field == "comment"
    assert count(db, "attendance") == 0


# -- corrections -----------------------------------------------------------------------------


def test_a_correction_keeps_the_old_mark_and_the_reason(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, S.UNEXCUSED, 0)], CLOCK)
    service.correct_attendance(
        db, monday.id, Attendance(0, dana.id, S.LATE, 150), " Arrived 30 min late ", CLOCK
    )
    assert marks_of(db, monday.id) == {dana.id: (S.LATE, 150)}
    (correction,) = session_repo.corrections_for(db.conn, dana.id)
    assert (correction.old_status, correction.old_minutes) == (S.UNEXCUSED, 0)
    assert (correction.new_status, correction.new_minutes) == (S.LATE, 150)
    assert correction.reason == "Arrived 30 min late"
    assert correction.corrected_at == CLOCK.now()


def test_a_correction_can_add_a_missing_mark(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    wednesday = group_on(db, WEDNESDAY)
    service.correct_attendance(
        db, wednesday.id, Attendance(0, dana.id, S.EXCUSED, 0), "Called in sick", CLOCK
    )
    (correction,) = session_repo.corrections_for(db.conn, dana.id)
    assert correction.old_status is None and correction.old_minutes is None
    assert marks_of(db, wednesday.id) == {dana.id: (S.EXCUSED, 0)}


def test_a_correction_needs_a_reason_and_valid_minutes(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    monday = group_on(db, MONDAY)
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, S.PRESENT, 180)], CLOCK)
    error = refused(
        service.correct_attendance, db, monday.id, Attendance(0, dana.id, S.LATE, 181), "  ", CLOCK
    )
    assert [field for field, _ in error.problems] == ["reason", "minutes_attended"]
    assert marks_of(db, monday.id) == {dana.id: (S.PRESENT, 180)}
    assert count(db, "attendance_corrections") == 0


def test_a_correction_cannot_mark_a_session_that_has_not_happened(
    db: Database, program: Program
) -> None:
    dana = admit(db, program, "C-1", "Dana")
    next_monday = group_on(db, D(2026, 3, 16))
    error = refused(
        service.correct_attendance,
        db,
        next_monday.id,
        Attendance(0, dana.id, S.PRESENT, 180),
        "Entered ahead",
        CLOCK,
    )
    assert error.problems == [
        ("date", "Attendance cannot be corrected for a session that has not happened yet.")
    ]
    assert count(db, "attendance") == 0 and count(db, "attendance_corrections") == 0


def test_no_attendance_inside_a_leave_of_absence(db: Database, program: Program) -> None:
    # The mirror of "a leave cannot cover attended sessions": attendance cannot be put
    # inside a leave either, by roll call or by correction. An absence mark can.
    dana = admit(db, program, "C-1", "Dana")
    people.add_leave(db, dana.id, D(2026, 3, 9), D(2026, 3, 11), "Surgery", CLOCK)
    monday = group_on(db, MONDAY)
    error = refused(
        service.record_roll_call, db, monday.id, [Attendance(0, dana.id, S.LATE, 90)], CLOCK
    )
    assert error.problems == [
        (
            "date",
            "Dana Tester: on leave from 2026-03-09 to 2026-03-11; "
            "end the leave first to record attendance on that day.",
        )
    ]
    error = refused(
        service.correct_attendance,
        db,
        monday.id,
        Attendance(0, dana.id, S.PRESENT, 180),
        "Came in after all",
        CLOCK,
    )
    assert error.field == "date"
    assert count(db, "attendance") == 0
    service.record_roll_call(db, monday.id, [Attendance(0, dana.id, S.EXCUSED, 0)], CLOCK)
    (leave,) = people.leaves(db, dana.id)
    people.end_leave(db, dana.id, leave.id, D(2026, 3, 9))
    wednesday = group_on(db, WEDNESDAY)
    service.record_roll_call(db, wednesday.id, [Attendance(0, dana.id, S.PRESENT, 180)], CLOCK)
    assert marks_of(db, wednesday.id) == {dana.id: (S.PRESENT, 180)}
