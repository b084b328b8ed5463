"""The curriculum service: editing modules, a session's module, the ledger from the records."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counselor_desk.domain.curriculum import CompletionRule, rotation
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Participant,
    Program,
    ScheduleSlot,
    ServiceType,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.services import caseload, curriculum, sessions, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.curriculum import ModuleDraft
from counselor_desk.store import curriculum_repo
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
MONDAY = D(2026, 3, 2)
TITLES = ["Triggers", "Coping skills", "Sleep", "Relapse prevention"]


@pytest.fixture
def program(db: Database) -> Program:
    made = setup.add_program(db, setup.standard_program("Adult IOP"))  # Mon, Wed, Fri 9:00
    curriculum.save_curriculum(
        db, made.id, [ModuleDraft(title, core=title != "Sleep") for title in TITLES]
    )
    return made


def admit(db: Database, program: Program, admitted: dt.date = MONDAY) -> Participant:
    clock = FixedClock(admitted, dt.time(8, 0))
    return people.admit(db, new_participant(program, admitted=admitted, weeks=4), clock)


def group_on(db: Database, day: dt.date) -> int:
    (found,) = sessions.day_sessions(db, day)
    return found.session.id


def mark(
    db: Database,
    day: dt.date,
    person: Participant,
    status: AttendanceStatus,
    module: int | None = None,
) -> int:
    session_id = group_on(db, day)
    attendance = Attendance(session_id, person.id, status, 180 if status.attended else 0)
    curriculum.record_roll_call(db, session_id, [attendance], module, FixedClock(day, dt.time(13)))
    return session_id


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_modules_are_kept_in_order_and_can_be_renamed_reordered_and_swapped(
    db: Database, program: Program
) -> None:
    saved = curriculum.curriculum(db, program.id)
    assert [(m.title, m.core, m.position) for m in saved] == [
        ("Triggers", True, 1),
        ("Coping skills", True, 2),
        ("Sleep", False, 3),
        ("Relapse prevention", True, 4),
    ]
    first, second, third, fourth = saved
    # Two modules swap titles; the others move; one becomes elective with materials.
    changed = curriculum.save_curriculum(
        db,
        program.id,
        [
            ModuleDraft("Coping skills", True, "", first.id),
            ModuleDraft("Triggers", False, "Workbook p. 4", second.id),
            ModuleDraft(fourth.title, True, "", fourth.id),
            ModuleDraft(third.title, False, "", third.id),
        ],
    )
    assert [(m.id, m.title, m.core, m.materials) for m in changed] == [
        (first.id, "Coping skills", True, ""),
        (second.id, "Triggers", False, "Workbook p. 4"),
        (fourth.id, "Relapse prevention", True, ""),
        (third.id, "Sleep", False, ""),
    ]
    added = curriculum.add_module(db, program.id, "  Family roles  ", core=False)
    assert (added.title, added.position, added.core) == ("Family roles", 5, False)


def test_a_title_is_required_and_unique_per_program_named_by_field(
    db: Database, program: Program
) -> None:
    error = refused(curriculum.add_module, db, program.id, " sleep ")
    assert error.field == "title"
    assert "Modules 3 and 5 are both titled “sleep”" in error.message
    error = refused(curriculum.add_module, db, program.id, "  ")
    assert (error.field, error.message) == ("title", "Module 5: the title is required.")
    other = setup.add_program(db, setup.standard_program("Teen IOP"))
    assert curriculum.add_module(db, other.id, "Sleep").program_id == other.id


def test_a_module_in_use_cannot_be_removed_one_not_in_use_can(
    db: Database, program: Program
) -> None:
    person = admit(db, program)
    triggers, coping, sleep, relapse = curriculum.curriculum(db, program.id)
    mark(db, MONDAY, person, AttendanceStatus.PRESENT, module=coping.id)
    keep = [ModuleDraft(m.title, m.core, m.materials, m.id) for m in (triggers, sleep, relapse)]
    error = refused(curriculum.save_curriculum, db, program.id, keep)
    assert error.field == "curriculum"
    assert error.message.startswith("“Coping skills” is the module of 1 session")
    assert len(curriculum.curriculum(db, program.id)) == 4  # nothing changed
    without_sleep = [
        ModuleDraft(m.title, m.core, m.materials, m.id) for m in (triggers, coping, relapse)
    ]
    assert [m.title for m in curriculum.save_curriculum(db, program.id, without_sleep)] == [
        "Triggers",
        "Coping skills",
        "Relapse prevention",
    ]


def test_a_session_takes_only_a_module_of_its_own_program(db: Database, program: Program) -> None:
    other = setup.add_program(db, setup.standard_program("Teen IOP"))
    foreign = curriculum.add_module(db, other.id, "Elsewhere")
    session_id = next(
        s.session.id
        for s in sessions.day_sessions(db, MONDAY)
        if s.session.program_id == program.id
    )
    error = refused(curriculum.set_session_module, db, session_id, foreign.id)
    assert (error.field, error.message) == (
        "module",
        "That module is not in the curriculum of Adult IOP.",
    )
    error = refused(curriculum.set_session_module, db, session_id, 999_999)
    assert error.field == "module"


def test_the_rotation_gives_each_session_its_module_and_a_choice_moves_it_on(
    db: Database, program: Program
) -> None:
    days = [MONDAY + dt.timedelta(days=n) for n in (0, 2, 4, 7, 9)]  # Mon Wed Fri Mon Wed
    ids = [group_on(db, day) for day in days]
    assert [curriculum.session_module(db, i).title for i in ids] == [  # type: ignore[union-attr]
        "Triggers", "Coping skills", "Sleep", "Relapse prevention", "Triggers",
    ]  # fmt: skip
    relapse = curriculum.curriculum(db, program.id)[3]
    curriculum.set_session_module(db, ids[1], relapse.id)
    assert [curriculum.session_module(db, i).title for i in ids] == [  # type: ignore[union-attr]
        "Triggers", "Relapse prevention", "Triggers", "Coping skills", "Sleep",
    ]  # fmt: skip


def test_the_ledger_from_roll_call_with_the_next_offering_from_the_weekly_schedule(
    db: Database, program: Program
) -> None:
    person = admit(db, program)
    mark(db, MONDAY, person, AttendanceStatus.PRESENT)  # Triggers
    mark(db, D(2026, 3, 4), person, AttendanceStatus.UNEXCUSED)  # Coping skills
    found = curriculum.participant_ledger(db, person.id, FixedClock(D(2026, 3, 5), dt.time(16)))
    assert found is not None
    assert [(item.module.title, item.date) for item in found.attended] == [("Triggers", MONDAY)]
    # Fri 6 Sleep, Mon 9 Relapse prevention, Wed 11 Triggers, Fri 13 Coping skills (not stored).
    assert [(item.module.title, item.next_offered) for item in found.missed] == [
        ("Coping skills", D(2026, 3, 13))
    ]
    assert found.core_missed_for_good == ()


def test_a_missed_core_module_not_offered_again_before_the_end_is_missed_for_good(
    db: Database, program: Program
) -> None:
    person = admit(db, program)  # 4 weeks
    triggers, _coping, _sleep, relapse = curriculum.curriculum(db, program.id)
    mark(db, MONDAY, person, AttendanceStatus.PRESENT)  # Triggers
    mark(db, D(2026, 3, 4), person, AttendanceStatus.UNEXCUSED)  # Coping skills
    # Chosen modules move the rotation: Fri 6 Relapse prevention, Mon 9 Triggers, so
    # Coping skills comes round on Wed 11.
    curriculum.set_session_module(db, group_on(db, D(2026, 3, 6)), relapse.id)
    curriculum.set_session_module(db, group_on(db, D(2026, 3, 9)), triggers.id)
    thursday = FixedClock(D(2026, 3, 5), dt.time(16))
    found = curriculum.participant_ledger(db, person.id, thursday)
    assert found is not None
    assert [(i.module.title, i.next_offered) for i in found.missed] == [
        ("Coping skills", D(2026, 3, 11))
    ]
    assert found.core_missed_for_good == ()
    # A one-week stay ends on Mon 9: Coping skills comes round too late.
    short = people.edit(db, replace(person, planned_weeks=1), thursday)
    found = curriculum.participant_ledger(db, short.id, thursday)
    assert found is not None
    assert found.projected_end == D(2026, 3, 9)
    assert [i.module.title for i in found.core_missed_for_good] == ["Coping skills"]


def test_the_completion_rule_is_checked_and_kept(db: Database, program: Program) -> None:
    assert curriculum.completion_rule(db, program.id) == CompletionRule()
    error = refused(curriculum.set_completion_rule, db, program.id, CompletionRule(True, 0))
    assert error.field == "completion_sessions"
    curriculum.set_completion_rule(db, program.id, CompletionRule(True, 24))
    assert curriculum.completion_rule(db, program.id) == CompletionRule(True, 24)
    assert setup.get_program(db, program.id).name == "Adult IOP"  # the program is untouched


def test_roll_call_with_a_bad_module_saves_nothing(db: Database, program: Program) -> None:
    person = admit(db, program)
    session_id = group_on(db, MONDAY)
    attendance = Attendance(session_id, person.id, AttendanceStatus.PRESENT, 180)
    with pytest.raises(ValidationError):
        curriculum.record_roll_call(
            db, session_id, [attendance], 999_999, FixedClock(MONDAY, dt.time(13))
        )
    assert sessions.roll_call_sheet(db, session_id).rows[0].status is None


def test_the_caseload_flags_a_core_module_missed_for_good_and_counts_missed_core_modules(
    db: Database, program: Program
) -> None:
    person = admit(db, program)
    triggers, _coping, _sleep, relapse = curriculum.curriculum(db, program.id)
    mark(db, MONDAY, person, AttendanceStatus.PRESENT)
    mark(db, D(2026, 3, 4), person, AttendanceStatus.UNEXCUSED)  # Coping skills missed
    curriculum.set_session_module(db, group_on(db, D(2026, 3, 6)), relapse.id)
    curriculum.set_session_module(db, group_on(db, D(2026, 3, 9)), triggers.id)
    thursday = FixedClock(D(2026, 3, 5), dt.time(16))
    row = caseload.review(db, person, thursday)
    assert Flag.CORE_MODULE_MISSED not in row.flags  # comes round on Wed 11, in time
    assert row.as_json()["missed_core_modules"] == 1
    short = people.edit(db, replace(person, planned_weeks=1), thursday)
    (row,) = caseload.reviews(db, thursday)
    assert row.participant.id == short.id
    assert Flag.CORE_MODULE_MISSED in row.flags
    assert Flag.CORE_MODULE_MISSED.label == "Core module missed"
    assert row.as_json()["missed_core_modules"] == 1


def test_no_curriculum_no_ledger_and_no_count(db: Database) -> None:
    bare = setup.add_program(db, setup.standard_program("Evening IOP"))
    person = admit(db, bare)
    assert curriculum.participant_ledger(db, person.id, FixedClock(MONDAY, dt.time(16))) is None
    assert caseload.review(db, person, FixedClock(MONDAY, dt.time(16))).missed_core_modules == 0


def test_a_family_session_covers_no_module(db: Database, program: Program) -> None:
    family = setup.update_program(
        db,
        replace(
            program,
            schedule=(
                *program.schedule,
                ScheduleSlot(0, dt.time(18, 0), 90, ServiceType.FAMILY, "Family group"),
            ),
        ),
    )
    evening = next(
        s.session.id
        for s in sessions.day_sessions(db, MONDAY)
        if s.session.service_type is ServiceType.FAMILY
    )
    triggers = curriculum.curriculum(db, family.id)[0]
    error = refused(curriculum.set_session_module, db, evening, triggers.id)
    assert (error.field, error.message) == (
        "module",
        "Only a program's group or psychoeducation session covers a module.",
    )
    assert curriculum.session_module(db, evening) is None


@pytest.mark.parametrize("chosen_days", [(), (2,), (0, 9), (4, 11, 16)])
def test_reading_from_a_date_on_gives_the_rotation_of_the_whole_history(
    db: Database, program: Program, chosen_days: tuple[int, ...]
) -> None:
    days = [
        MONDAY + dt.timedelta(days=n)
        for n in range(0, 21)
        if (MONDAY + dt.timedelta(days=n)).weekday() in (0, 2, 4)
    ]
    ids = {day: group_on(db, day) for day in days}
    modules = curriculum.curriculum(db, program.id)
    for number, offset in enumerate(chosen_days):
        day = MONDAY + dt.timedelta(days=offset)
        curriculum.set_session_module(db, ids[day], modules[(number * 3 + 1) % 4].id)
    everything = curriculum_repo.group_sessions(db.conn)[program.id]
    whole = {item.session.session_id: item.module.title for item in rotation(modules, everything)}
    assert {i: curriculum.session_module(db, i).title for i in ids.values()} == whole  # type: ignore[union-attr]
    late = people.admit(
        db,
        new_participant(program, chart="C-9", admitted=days[5], weeks=4),
        FixedClock(days[5], dt.time(8)),
    )
    windowed = curriculum.Curricula(db, days[-1], late.admission_date)
    found = windowed.ledger(late, [], [], days[-1] + dt.timedelta(days=28))
    assert found is not None
    first_missed = {item.module.title: item.last_offered for item in found.missed}
    expected: dict[str, dt.date] = {}
    for item in rotation(modules, everything):
        if late.admission_date <= item.date < days[-1]:
            expected[item.module.title] = item.date
    assert first_missed == expected
