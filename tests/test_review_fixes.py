"""Problems found in the review of the non-GUI code, each pinned by what is stored or refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    LevelOfCare,
    Participant,
    ParticipantStatus,
    Program,
    ServiceType,
    Session,
)
from counselor_desk.services import caseload, setup
from counselor_desk.services import participants as people
from counselor_desk.services import sessions as service
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import review_cache, session_repo
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
S = AttendanceStatus
CLOCK = FixedClock(D(2026, 3, 20), dt.time(16, 0))  # Friday of week 3


@pytest.fixture
def program(db: Database) -> Program:
    return setup.add_program(db, setup.standard_program("Adult IOP"))  # Mon, Wed, Fri 9:00, 3 h


@pytest.fixture
def other_program(db: Database) -> Program:
    return setup.add_program(db, setup.standard_program("Evening IOP", start=dt.time(18, 0)))


def admit(db: Database, program: Program, chart: str, first: str, **changes: object) -> Participant:
    record = new_participant(
        program, chart=chart, first=first, last="Tester", born=D(1988, 1, 1), **changes
    )
    return people.admit(db, record, CLOCK)


def marks_of(db: Database, session_id: int) -> dict[int, tuple[AttendanceStatus, int]]:
    return {
        pid: (mark.status, mark.minutes_attended)
        for pid, mark in session_repo.session_attendance(db.conn, session_id).items()
    }


def individual(db: Database, participant: Participant, day: dt.date) -> Session:
    return service.add_session(
        db,
        Session(0, day, dt.time(13, 0), 50, ServiceType.INDIVIDUAL, participant_id=participant.id),
    )


# -- roll call: only the people the session is for -------------------------------------------


def test_roll_call_refuses_a_mark_for_someone_elses_individual_session(
    db: Database, program: Program
) -> None:
    dana = admit(db, program, "C-1", "Dana")
    ari = admit(db, program, "C-2", "Ari")
    session = individual(db, dana, D(2026, 3, 17))
    with pytest.raises(ValidationError) as caught:
        service.record_roll_call(
            db,
            session.id,
            [Attendance(session.id, dana.id, S.PRESENT, 50), Attendance(0, ari.id, S.PRESENT, 50)],
            CLOCK,
        )
    assert caught.value.field == "participant"
    assert "Ari Tester" in str(caught.value)
    assert marks_of(db, session.id) == {}
    ari_review = caseload.review(db, people.get(db, ari.id), CLOCK)
    assert ari_review.attendance.attended == 0


def test_a_make_up_group_in_another_program_is_accepted_and_counts(
    db: Database, program: Program, other_program: Program
) -> None:
    admit(db, program, "C-1", "Dana")
    evening = admit(db, other_program, "C-2", "Ari")
    (monday,) = [
        item.session
        for item in service.day_sessions(db, D(2026, 3, 16))
        if item.session.program_id == program.id
    ]
    service.record_roll_call(db, monday.id, [Attendance(0, evening.id, S.LATE, 150)], CLOCK)
    assert marks_of(db, monday.id) == {evening.id: (S.LATE, 150)}
    week_3 = caseload.review(db, people.get(db, evening.id), CLOCK).weeks[2]
    assert week_3.minutes_attended == 150


def test_a_correction_refuses_someone_elses_individual_session(
    db: Database, program: Program
) -> None:
    dana = admit(db, program, "C-1", "Dana")
    ari = admit(db, program, "C-2", "Ari")
    session = individual(db, dana, D(2026, 3, 17))
    with pytest.raises(ValidationError) as caught:
        service.correct_attendance(
            db, session.id, Attendance(0, ari.id, S.PRESENT, 50), "forgot", CLOCK
        )
    assert caught.value.field == "participant"
    assert marks_of(db, session.id) == {}


def test_someone_already_marked_can_still_be_marked_again(db: Database, program: Program) -> None:
    """A mark stored before this check (older data) stays on the sheet and can be retaken."""
    dana = admit(db, program, "C-1", "Dana")
    ari = admit(db, program, "C-2", "Ari")
    session = individual(db, dana, D(2026, 3, 17))
    with db.transaction() as conn:
        session_repo.save_attendance(
            conn, [Attendance(session.id, ari.id, S.PRESENT, 50)], CLOCK.now()
        )
    service.record_roll_call(
        db,
        session.id,
        [Attendance(0, dana.id, S.PRESENT, 50), Attendance(0, ari.id, S.UNEXCUSED, 0)],
        CLOCK,
    )
    assert marks_of(db, session.id) == {dana.id: (S.PRESENT, 50), ari.id: (S.UNEXCUSED, 0)}


# -- editing the admission date keeps the dated events after it ------------------------------


def test_admission_cannot_move_past_a_level_change(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    people.change_level(db, dana.id, LevelOfCare.OP, D(2026, 3, 5), "", CLOCK)
    with pytest.raises(ValidationError) as caught:
        people.edit(db, replace(dana, admission_date=D(2026, 3, 10)), CLOCK)
    assert caught.value.field == "admission_date"
    assert "2026-03-05" in str(caught.value)
    assert people.get(db, dana.id).admission_date == D(2026, 3, 2)


def test_admission_cannot_move_past_a_leave(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    people.add_leave(db, dana.id, D(2026, 3, 4), D(2026, 3, 6), "family", CLOCK)
    with pytest.raises(ValidationError) as caught:
        people.edit(db, replace(dana, admission_date=D(2026, 3, 5)), CLOCK)
    assert caught.value.field == "admission_date"
    assert "2026-03-04" in str(caught.value)
    assert people.get(db, dana.id).admission_date == D(2026, 3, 2)


def test_admission_can_still_move_up_to_the_first_event(db: Database, program: Program) -> None:
    dana = admit(db, program, "C-1", "Dana")
    people.change_level(db, dana.id, LevelOfCare.OP, D(2026, 3, 5), "", CLOCK)
    people.add_leave(db, dana.id, D(2026, 3, 9), D(2026, 3, 10), "", CLOCK)
    edited = people.edit(db, replace(dana, admission_date=D(2026, 3, 5)), CLOCK)
    assert people.get(db, dana.id).admission_date == edited.admission_date == D(2026, 3, 5)


# -- the review cache is read for the participants asked about, not the whole table ----------


def test_the_review_cache_reads_only_the_rows_asked_for(db: Database) -> None:
    demo_clock = FixedClock(D(2026, 3, 2), dt.time(16, 0))
    fill_demo(db, demo_clock)
    everyone = caseload.reviews(db, demo_clock, caseload.Include.ALL)
    discharged = [
        r.participant.id for r in everyone if r.participant.status is ParticipantStatus.DISCHARGED
    ]
    assert len(discharged) > 1
    one = review_cache.load(db.conn, [discharged[0]])
    assert list(one) == [discharged[0]]
    assert one[discharged[0]][0] == discharged[0]
    assert review_cache.load(db.conn, []) == {}
    many = list(range(1, review_cache.BY_ID_MAX + 2)) + discharged[:1]
    assert set(review_cache.load(db.conn, many)) == {pid for pid in many if pid in set(discharged)}
    again = caseload.reviews(db, demo_clock, caseload.Include.ALL)
    assert [r.as_json() for r in again] == [r.as_json() for r in everyone]


# -- a program's schedule holds each weekly slot once -----------------------------------------


def test_a_schedule_slot_given_twice_is_refused(db: Database) -> None:
    twice = setup.standard_program("Adult IOP", days=(0, 0, 2))
    with pytest.raises(ValidationError) as caught:
        setup.add_program(db, twice)
    assert caught.value.field == "schedule"
    assert "Monday" in str(caught.value)
    assert setup.list_programs(db) == []


def test_the_same_time_with_another_topic_is_a_second_slot(db: Database) -> None:
    program = setup.standard_program("Adult IOP", days=(0,))
    both = replace(
        program,
        schedule=(*program.schedule, replace(program.schedule[0], topic="Relapse prevention")),
    )
    stored = setup.add_program(db, both)
    assert [slot.topic for slot in setup.get_program(db, stored.id).schedule] == [
        "",
        "Relapse prevention",
    ]
