"""The counselor's profile and the programs they run."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from counselor_desk.domain import messages, npi
from counselor_desk.domain.errors import NotFoundError
from counselor_desk.domain.model import (
    PROGRAM_LEVELS,
    AgeGroup,
    CounselorProfile,
    LevelOfCare,
    Program,
    ScheduleSlot,
)
from counselor_desk.services.validate import Problems
from counselor_desk.store import participant_repo
from counselor_desk.store.db import Database


def get_profile(db: Database) -> CounselorProfile | None:
    return participant_repo.get_profile(db.conn)


def save_profile(db: Database, profile: CounselorProfile) -> CounselorProfile:
    problems = Problems()
    cleaned = replace(
        profile,
        name=problems.single_line("name", profile.name, messages.text("Your name"), required=True),
        credentials=problems.single_line(
            "credentials", profile.credentials, messages.text("Credentials")
        ),
        clinic_name=problems.single_line(
            "clinic_name", profile.clinic_name, messages.text("Clinic name")
        ),
        clinic_address=problems.optional(  # lines of an address
            "clinic_address", profile.clinic_address, messages.text("Clinic address"), limit=500
        ),
        clinic_phone=problems.single_line(
            "clinic_phone", profile.clinic_phone, messages.text("Clinic phone")
        ),
        crisis_line=problems.single_line(
            "crisis_line", profile.crisis_line, messages.text("Local crisis line")
        ),
        license_number=problems.single_line(
            "license_number", profile.license_number, messages.text("License number")
        ),
        npi="".join(profile.npi.split()),
    )
    wrong_npi = npi.problem(cleaned.npi)
    if wrong_npi:
        problems.add("npi", wrong_npi)
    problems.in_range(
        "summary_due_days",
        profile.summary_due_days,
        1,
        90,
        messages.text("Days to finish a discharge summary"),
    )
    if profile.page_size not in ("letter", "a4"):
        problems.add("page_size", messages.text("Page size must be US Letter or A4."))
    problems.raise_if_any()
    with db.transaction() as conn:
        participant_repo.save_profile(conn, cleaned)
    return cleaned


def list_programs(db: Database) -> list[Program]:
    return participant_repo.list_programs(db.conn)


def get_program(db: Database, program_id: int) -> Program:
    for program in participant_repo.list_programs(db.conn):
        if program.id == program_id:
            return program
    raise NotFoundError(messages.text("That program does not exist."), "program")


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _check_program(db: Database, program: Program, problems: Problems) -> Program:
    name = problems.required("name", program.name, messages.text("Program name"))
    if program.level_of_care not in PROGRAM_LEVELS:
        problems.add("level_of_care", messages.text("A program runs at OP, IOP or PHP level."))
    problems.in_range(
        "planned_weeks", program.planned_weeks, 1, 104, messages.text("Planned weeks")
    )
    minimum = program.weekly_minimum_hours
    if minimum is not None and not 0 <= minimum <= 80:
        problems.add(
            "weekly_minimum_hours", messages.text("Weekly minimum hours must be between 0 and 80.")
        )
    problems.in_range(
        "review_interval_days",
        program.review_interval_days,
        1,
        365,
        messages.text("Plan review every (days)"),
    )
    problems.in_range(
        "first_plan_days",
        program.first_plan_days,
        1,
        90,
        messages.text("First plan due within (days)"),
    )
    slots: set[tuple[object, ...]] = set()
    for slot in program.schedule:
        if not 0 <= slot.weekday <= 6:
            problems.add(
                "schedule", messages.text("A scheduled session needs a day from Monday to Sunday.")
            )
        if not 1 <= slot.duration_minutes <= 720:
            problems.add(
                "schedule", messages.text("A scheduled session lasts between 1 and 720 minutes.")
            )
        key = (slot.weekday, slot.start_time, slot.service_type, slot.topic.strip())
        if key in slots and 0 <= slot.weekday <= 6:
            problems.add(
                "schedule",
                messages.text(
                    "The schedule has the {day} {start_time:%H:%M} session twice.",
                    day=messages.text(WEEKDAYS[slot.weekday]),
                    start_time=slot.start_time,
                ),
            )
        slots.add(key)
    for other in participant_repo.list_programs(db.conn):
        if other.id != program.id and other.name.casefold() == name.casefold():
            problems.add("name", messages.text("A program named {name} already exists.", name=name))
    return replace(program, name=name)


def add_program(db: Database, program: Program) -> Program:
    problems = Problems()
    cleaned = _check_program(db, program, problems)
    problems.raise_if_any()
    with db.transaction() as conn:
        program_id = participant_repo.insert_program(conn, cleaned)
    return replace(cleaned, id=program_id)


def update_program(db: Database, program: Program) -> Program:
    get_program(db, program.id)
    problems = Problems()
    cleaned = _check_program(db, program, problems)
    problems.raise_if_any()
    with db.transaction() as conn:
        participant_repo.update_program(conn, cleaned)
    return cleaned


def is_set_up(db: Database) -> bool:
    """True once the first-run questions (profile and a first program) are answered."""
    return participant_repo.get_profile(db.conn) is not None and bool(
        participant_repo.list_programs(db.conn)
    )


def standard_program(
    name: str,
    level: LevelOfCare = LevelOfCare.IOP,
    age_group: AgeGroup = AgeGroup.ADULT,
    *,
    planned_weeks: int = 12,
    substance_use: bool = False,
    days: tuple[int, ...] = (0, 2, 4),
    start: dt.time = dt.time(9, 0),
    minutes: int = 180,
) -> Program:
    """A program record with a simple weekly group schedule (days 0=Monday)."""
    return Program(
        id=0,
        name=name,
        level_of_care=level,
        age_group=age_group,
        planned_weeks=planned_weeks,
        weekly_minimum_hours=None,
        substance_use=substance_use,
        schedule=tuple(ScheduleSlot(day, start, minutes) for day in days),
    )
