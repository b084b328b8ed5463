"""Admit, edit, change level and leaves: every validation names its field, nothing half-saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    CounselorProfile,
    Diagnosis,
    Discharge,
    DischargeReason,
    LevelOfCare,
    Participant,
    ParticipantStatus,
    Program,
    ScheduleSlot,
)
from counselor_desk.services import caseload, clinical, sessions, setup
from counselor_desk.services import participants as service
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
LATER = FixedClock(D(2026, 3, 20), dt.time(16, 0))  # a Friday, three weeks in


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def program(db: Database) -> Program:
    return setup.add_program(db, setup.standard_program("Adult IOP"))


def person(program: Program, chart: str = "C-100", **changes: object) -> Participant:
    return new_participant(program, chart=chart, **changes)


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


# -- admit -----------------------------------------------------------------------------------


def test_admit_stores_a_cleaned_active_record(
    db: Database, program: Program, clock: FixedClock
) -> None:
    admitted = service.admit(
        db,
        person(
            program,
            chart="  C-100 ",
            first_name=" Dana ",
            preferred_name="Dee",
            diagnoses=(Diagnosis(" f33.1 ", " Major depressive disorder "),),
            status=ParticipantStatus.DISCHARGED,  # ignored: admission makes it active
            discharge_date=D(2026, 3, 1),
        ),
        clock,
    )
    stored = service.get(db, admitted.id)
    assert stored == admitted
    assert stored.chart_number == "C-100"
    assert stored.first_name == "Dana"
    assert stored.display_name == "Dee Reyes"
    assert stored.diagnoses == (Diagnosis("F33.1", "Major depressive disorder"),)
    assert stored.status is ParticipantStatus.ACTIVE and stored.discharge_date is None
    assert service.by_chart(db, " C-100 ") == stored


def test_blank_names_are_refused_naming_each_field(
    db: Database, program: Program, clock: FixedClock
) -> None:
    error = refused(service.admit, db, person(program, first_name="   ", last_name=""), clock)
    assert error.field == "first_name"
    assert error.problems == [
        ("first_name", "First name is required."),
        ("last_name", "Last name is required."),
    ]
    assert str(error) == "First name is required. Last name is required."
    assert count(db, "participants") == 0


def test_a_date_of_birth_in_the_future_is_refused(
    db: Database, program: Program, clock: FixedClock
) -> None:
    error = refused(service.admit, db, person(program, date_of_birth=D(2026, 3, 3)), clock)
    assert ("date_of_birth", "Date of birth cannot be in the future.") in error.problems
    assert error.field == "date_of_birth"
    assert count(db, "participants") == 0
    error = refused(service.admit, db, person(program, date_of_birth=D(1899, 12, 31)), clock)
    assert error.problems == [("date_of_birth", "Date of birth must be after 1900.")]
    assert count(db, "participants") == 0


def test_a_duplicate_chart_number_is_refused(
    db: Database, program: Program, clock: FixedClock
) -> None:
    first = service.admit(db, person(program, chart="C-100"), clock)
    error = refused(service.admit, db, person(program, chart="C-100", first_name="Sam"), clock)
    assert error.problems == [("chart_number", "Chart number C-100 is already in use.")]
    assert count(db, "participants") == 1
    assert service.by_chart(db, "C-100") == first


@pytest.mark.parametrize("chart", ["", "   ", "C 100", "-C100", "C" * 33, "C#1"])
def test_a_malformed_chart_number_is_refused(
    db: Database, program: Program, clock: FixedClock, chart: str
) -> None:
    assert refused(service.admit, db, person(program, chart=chart), clock).field == "chart_number"
    assert count(db, "participants") == 0


@pytest.mark.parametrize(
    "code", ["F33-1", "33.1", "U07.1", "F3", "F33.12345", "", "F33.1 extra", "F411"]
)
def test_a_bad_icd10_code_is_refused(
    db: Database, program: Program, clock: FixedClock, code: str
) -> None:
    good = Diagnosis("F41.1", "Generalized anxiety disorder")
    error = refused(
        service.admit, db, person(program, diagnoses=(good, Diagnosis(code, "Depression"))), clock
    )
    assert error.field == "diagnoses"
    assert error.message.startswith("Diagnosis 2: ")
    assert "is not an ICD-10 code" in error.message
    assert count(db, "participants") == 0
    assert count(db, "diagnoses") == 0


@pytest.mark.parametrize("code", ["F10.20", "F33.1", "Z63.0", "F43.10", "f43.10", "F32.A"])
def test_valid_icd10_codes_are_accepted(
    db: Database, program: Program, clock: FixedClock, code: str
) -> None:
    admitted = service.admit(db, person(program, diagnoses=(Diagnosis(code, ""),)), clock)
    assert service.get(db, admitted.id).diagnoses[0].code == code.upper()


def test_an_unknown_program_is_refused(db: Database, program: Program, clock: FixedClock) -> None:
    error = refused(service.admit, db, person(program, program_id=program.id + 99), clock)
    assert error.problems == [("program", "Choose a program.")]
    assert count(db, "participants") == 0


def test_every_problem_of_the_form_is_reported_at_once(
    db: Database, program: Program, clock: FixedClock
) -> None:
    error = refused(
        service.admit,
        db,
        person(
            program,
            chart="",
            last_name="",
            date_of_birth=D(2030, 1, 1),
            program_id=0,
            level_of_care=LevelOfCare.RESIDENTIAL,
            planned_weeks=0,
        ),
        clock,
    )
    assert [field for field, _message in error.problems] == [
        "chart_number",
        "last_name",
        "date_of_birth",
        "admission_date",
        "program",
        "level_of_care",
        "planned_weeks",
    ]
    assert count(db, "participants") == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"planned_weeks": 105}, "planned_weeks"),
        ({"admission_date": D(1989, 1, 1)}, "admission_date"),
        ({"admission_date": D(2027, 3, 5)}, "admission_date"),
        ({"level_of_care": LevelOfCare.INPATIENT}, "level_of_care"),
        ({"phone": "5" * 201}, "phone"),
        ({"first_name": "x" * 201}, "first_name"),
    ],
)
def test_other_fields_are_checked(
    db: Database, program: Program, clock: FixedClock, changes: dict[str, object], field: str
) -> None:
    assert refused(service.admit, db, person(program, **changes), clock).field == field
    assert count(db, "participants") == 0


def test_nul_characters_are_dropped_from_typed_text(
    db: Database, program: Program, clock: FixedClock
) -> None:
    admitted = service.admit(
        db, person(program, last_name="Re\x00yes", medications="Sertraline\x00"), clock
    )
    stored = service.get(db, admitted.id)
    assert (stored.last_name, stored.medications) == ("Reyes", "Sertraline")


def test_an_unknown_participant_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        service.get(db, 42)
    with pytest.raises(NotFoundError, match="No participant has chart number Z-9"):
        service.by_chart(db, "Z-9")


# -- edit ------------------------------------------------------------------------------------


def test_edit_saves_details_but_not_status(
    db: Database, program: Program, clock: FixedClock
) -> None:
    admitted = service.admit(db, person(program), clock)
    edited = service.edit(
        db,
        replace(
            admitted,
            phone=" 555-0100 ",
            allergies="Penicillin",
            status=ParticipantStatus.DISCHARGED,
            discharge_date=D(2026, 3, 2),
        ),
        clock,
    )
    stored = service.get(db, admitted.id)
    assert stored == edited
    assert (stored.phone, stored.allergies) == ("555-0100", "Penicillin")
    assert stored.status is ParticipantStatus.ACTIVE and stored.discharge_date is None


def test_edit_keeps_its_own_chart_number_but_not_anothers(
    db: Database, program: Program, clock: FixedClock
) -> None:
    first = service.admit(db, person(program, chart="C-1"), clock)
    service.admit(db, person(program, chart="C-2"), clock)
    service.edit(db, replace(first, first_name="Danielle"), clock)  # own chart: fine
    error = refused(service.edit, db, replace(first, chart_number="C-2"), clock)
    assert error.field == "chart_number"
    assert service.get(db, first.id).chart_number == "C-1"


def test_admission_cannot_move_past_the_first_recorded_attendance(
    db: Database, program: Program
) -> None:
    admitted = service.admit(db, person(program), LATER)
    monday = sessions.day_sessions(db, D(2026, 3, 4))[0].session
    sessions.record_roll_call(
        db, monday.id, [Attendance(0, admitted.id, AttendanceStatus.PRESENT, 180)], LATER
    )
    error = refused(service.edit, db, replace(admitted, admission_date=D(2026, 3, 5)), LATER)
    assert error.problems == [
        (
            "admission_date",
            "Admission date cannot be after the first recorded attendance (2026-03-04).",
        )
    ]
    assert service.get(db, admitted.id).admission_date == D(2026, 3, 2)
    moved = service.edit(db, replace(admitted, admission_date=D(2026, 3, 4)), LATER)
    assert service.get(db, admitted.id).admission_date == moved.admission_date == D(2026, 3, 4)


def test_editing_someone_who_does_not_exist_is_refused(
    db: Database, program: Program, clock: FixedClock
) -> None:
    with pytest.raises(NotFoundError):
        service.edit(db, person(program, id=77), clock)
    assert count(db, "participants") == 0


# -- change of level -------------------------------------------------------------------------


def test_a_change_of_level_is_an_event_and_the_current_level_follows_the_date(
    db: Database, program: Program, clock: FixedClock
) -> None:
    admitted = service.admit(db, person(program), clock)
    change = service.change_level(
        db, admitted.id, LevelOfCare.OP, D(2026, 3, 23), " Stepping down ", clock
    )
    assert change.id > 0 and change.reason == "Stepping down"
    stored = service.get(db, admitted.id)
    assert stored.level_of_care is LevelOfCare.IOP  # the admission level is not edited
    assert service.level_changes(db, admitted.id) == [change]
    assert service.current_level(db, stored, D(2026, 3, 22)) is LevelOfCare.IOP
    assert service.current_level(db, stored, D(2026, 3, 23)) is LevelOfCare.OP
    service.change_level(db, admitted.id, LevelOfCare.PHP, D(2026, 4, 6), "", clock)
    assert service.current_level(db, stored, D(2026, 4, 1)) is LevelOfCare.OP
    assert service.current_level(db, stored, D(2026, 4, 6)) is LevelOfCare.PHP


@pytest.mark.parametrize(
    ("level", "effective", "field", "words"),
    [
        (LevelOfCare.OP, D(2026, 3, 1), "effective_date", "before the admission date"),
        (LevelOfCare.OP, D(2026, 5, 2), "effective_date", "more than 60 days ahead"),
        (LevelOfCare.IOP, D(2026, 3, 10), "level_of_care", "already at IOP"),
        (LevelOfCare.RESIDENTIAL, D(2026, 3, 10), "level_of_care", "discharge with the reason"),
    ],
)
def test_a_change_of_level_is_checked(
    db: Database,
    program: Program,
    clock: FixedClock,
    level: LevelOfCare,
    effective: dt.date,
    field: str,
    words: str,
) -> None:
    admitted = service.admit(db, person(program), clock)
    error = refused(service.change_level, db, admitted.id, level, effective, "", clock)
    assert error.field == field and words in error.message
    assert count(db, "level_changes") == 0


def test_a_discharged_participant_cannot_change_level(db: Database, program: Program) -> None:
    admitted = service.admit(db, person(program), LATER)
    clinical.record_discharge(
        db, Discharge(admitted.id, D(2026, 3, 10), DischargeReason.COMPLETED), LATER
    )
    error = refused(service.change_level, db, admitted.id, LevelOfCare.OP, D(2026, 3, 9), "", LATER)
    assert "discharged" in error.message
    assert count(db, "level_changes") == 0


# -- leaves ----------------------------------------------------------------------------------


def test_a_leave_is_stored_and_can_end_early(
    db: Database, program: Program, clock: FixedClock
) -> None:
    admitted = service.admit(db, person(program), clock)
    leave = service.add_leave(db, admitted.id, D(2026, 3, 16), D(2026, 3, 27), " Surgery ", clock)
    assert service.leaves(db, admitted.id) == [leave]
    assert (leave.days, leave.reason) == (12, "Surgery")
    shortened = service.end_leave(db, admitted.id, leave.id, D(2026, 3, 20))
    assert service.leaves(db, admitted.id) == [shortened]
    assert shortened.end_date == D(2026, 3, 20)
    error = refused(service.end_leave, db, admitted.id, leave.id, D(2026, 3, 21))
    assert error.field == "end_date"
    with pytest.raises(NotFoundError):
        service.end_leave(db, admitted.id, leave.id + 1, D(2026, 3, 18))


def test_the_projected_end_is_the_weekly_reviews_moved_by_leaves(
    db: Database, program: Program, clock: FixedClock
) -> None:
    admitted = service.admit(db, person(program), clock)
    planned = admitted.admission_date + dt.timedelta(weeks=admitted.planned_weeks)
    assert service.projected_end(db, admitted) == planned
    service.add_leave(db, admitted.id, D(2026, 3, 16), D(2026, 3, 27), "", clock)
    moved = service.projected_end(db, admitted)
    assert moved == planned + dt.timedelta(days=12)
    assert moved == caseload.review(db, admitted, clock).projected_end


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (D(2026, 3, 20), D(2026, 3, 25)),  # starts inside
        (D(2026, 3, 10), D(2026, 3, 16)),  # ends on its first day
        (D(2026, 3, 27), D(2026, 3, 30)),  # starts on its last day
        (D(2026, 3, 10), D(2026, 4, 10)),  # surrounds it
    ],
)
def test_overlapping_leaves_are_refused(
    db: Database, program: Program, clock: FixedClock, start: dt.date, end: dt.date
) -> None:
    admitted = service.admit(db, person(program), clock)
    service.add_leave(db, admitted.id, D(2026, 3, 16), D(2026, 3, 27), "", clock)
    error = refused(service.add_leave, db, admitted.id, start, end, "", clock)
    assert error.problems == [
        ("start_date", "This leave overlaps the leave from 2026-03-16 to 2026-03-27.")
    ]
    assert count(db, "leaves") == 1


def test_back_to_back_leaves_are_allowed(db: Database, program: Program, clock: FixedClock) -> None:
    admitted = service.admit(db, person(program), clock)
    service.add_leave(db, admitted.id, D(2026, 3, 16), D(2026, 3, 20), "", clock)
    service.add_leave(db, admitted.id, D(2026, 3, 21), D(2026, 3, 22), "", clock)
    assert count(db, "leaves") == 2


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (D(2026, 3, 1), D(2026, 3, 5), "start_date"),
        (D(2026, 3, 10), D(2026, 3, 9), "end_date"),
        (D(2026, 3, 10), D(2026, 9, 7), "end_date"),
    ],
)
def test_leave_dates_are_checked(
    db: Database, program: Program, clock: FixedClock, start: dt.date, end: dt.date, field: str
) -> None:
    admitted = service.admit(db, person(program), clock)
    assert refused(service.add_leave, db, admitted.id, start, end, "", clock).field == field
    assert count(db, "leaves") == 0


def test_a_leave_over_recorded_attendance_is_refused(db: Database, program: Program) -> None:
    admitted = service.admit(db, person(program), LATER)
    wednesday, friday = (
        sessions.day_sessions(db, day)[0].session for day in (D(2026, 3, 11), D(2026, 3, 13))
    )
    sessions.record_roll_call(
        db, wednesday.id, [Attendance(0, admitted.id, AttendanceStatus.LATE, 120)], LATER
    )
    sessions.record_roll_call(
        db, friday.id, [Attendance(0, admitted.id, AttendanceStatus.EXCUSED, 0)], LATER
    )
    error = refused(service.add_leave, db, admitted.id, D(2026, 3, 10), D(2026, 3, 14), "", LATER)
    assert error.problems == [
        ("start_date", "The participant attended a session on 2026-03-11, inside this leave.")
    ]
    assert count(db, "leaves") == 0
    # An excused absence is no attendance: a leave may cover it.
    service.add_leave(db, admitted.id, D(2026, 3, 12), D(2026, 3, 14), "", LATER)
    assert count(db, "leaves") == 1


def test_a_discharged_participant_cannot_go_on_leave(db: Database, program: Program) -> None:
    admitted = service.admit(db, person(program), LATER)
    clinical.record_discharge(
        db, Discharge(admitted.id, D(2026, 3, 10), DischargeReason.MOVED), LATER
    )
    error = refused(service.add_leave, db, admitted.id, D(2026, 3, 5), D(2026, 3, 6), "", LATER)
    assert "discharged" in error.message
    assert count(db, "leaves") == 0


# -- programs and the counselor profile (what admission and signing rely on) ----------------


def test_a_program_is_checked_before_it_is_saved(db: Database, program: Program) -> None:
    base = setup.standard_program("Teen IOP")
    for changes, field in [
        ({"name": "  "}, "name"),
        ({"name": "adult iop"}, "name"),  # same name, other case
        ({"planned_weeks": 0}, "planned_weeks"),
        ({"weekly_minimum_hours": 81.0}, "weekly_minimum_hours"),
        ({"level_of_care": LevelOfCare.RESIDENTIAL}, "level_of_care"),
        ({"schedule": (ScheduleSlot(7, dt.time(9, 0), 60),)}, "schedule"),
        ({"schedule": (ScheduleSlot(1, dt.time(9, 0), 0),)}, "schedule"),
    ]:
        assert refused(setup.add_program, db, replace(base, **changes)).field == field  # type: ignore[arg-type]
    assert [p.name for p in setup.list_programs(db)] == ["Adult IOP"]
    teens = setup.add_program(db, replace(base, weekly_minimum_hours=7.5))
    assert setup.get_program(db, teens.id) == teens
    assert [slot.weekday for slot in teens.schedule] == [0, 2, 4]
    with pytest.raises(NotFoundError):
        setup.get_program(db, teens.id + 1)


def test_the_profile_is_checked_and_setup_completes_with_it(db: Database, program: Program) -> None:
    assert not setup.is_set_up(db)
    for changes, field in [
        ({"name": " "}, "name"),
        ({"summary_due_days": 0}, "summary_due_days"),
        ({"summary_due_days": 91}, "summary_due_days"),
        ({"page_size": "legal"}, "page_size"),
    ]:
        profile = replace(CounselorProfile(name="Sam Lee"), **changes)  # type: ignore[arg-type]
        assert refused(setup.save_profile, db, profile).field == field
    assert setup.get_profile(db) is None
    saved = setup.save_profile(db, CounselorProfile(name=" Sam Lee ", credentials="LPC"))
    assert setup.get_profile(db) == saved and saved.name == "Sam Lee"
    assert setup.is_set_up(db)
