"""Admit and edit participants; record level-of-care changes and leaves of absence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    PROGRAM_LEVELS,
    Diagnosis,
    Leave,
    LevelChange,
    LevelOfCare,
    Participant,
    ParticipantStatus,
)
from counselor_desk.domain.rules import admission_diagnoses_open, level_on, projected_end_date
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import MAX_TEXT, Problems, clean, fmt
from counselor_desk.store import measure_repo, participant_repo, session_repo
from counselor_desk.store.db import Database

ICD10 = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
CHART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$")


def get(db: Database, participant_id: int) -> Participant:
    participant = participant_repo.get_participant(db.conn, participant_id)
    if participant is None:
        raise NotFoundError(messages.text("That participant does not exist."), "participant")
    return participant


def by_chart(db: Database, chart_number: str) -> Participant:
    participant = participant_repo.find_by_chart(db.conn, clean(chart_number))
    if participant is None:
        raise NotFoundError(
            messages.text(
                "No participant has chart number {chart_number}.", chart_number=clean(chart_number)
            ),
            "chart_number",
        )
    return participant


def check_participant(
    db: Database, participant: Participant, today: dt.date, problems: Problems
) -> Participant:
    """Validate every field of a participant record; returns it with text cleaned."""
    chart = clean(participant.chart_number)
    if not chart:
        problems.add("chart_number", messages.text("Chart number is required."))
    elif not CHART.match(chart):
        problems.add(
            "chart_number",
            messages.text(
                "Chart number may use letters, digits, '.', '-', '_' and '/' (up to 32 characters)."
            ),
        )
    else:
        existing = participant_repo.find_by_chart(db.conn, chart)
        if existing is not None and existing.id != participant.id:
            problems.add(
                "chart_number",
                messages.text("Chart number {chart} is already in use.", chart=chart),
            )
    first = problems.required("first_name", participant.first_name, messages.text("First name"))
    last = problems.required("last_name", participant.last_name, messages.text("Last name"))
    if participant.date_of_birth > today:
        problems.add("date_of_birth", messages.text("Date of birth cannot be in the future."))
    elif participant.date_of_birth.year < 1900:
        problems.add("date_of_birth", messages.text("Date of birth must be after 1900."))
    if participant.admission_date < participant.date_of_birth:
        problems.add(
            "admission_date", messages.text("Admission date cannot be before the date of birth.")
        )
    if participant.admission_date > today + dt.timedelta(days=366):
        problems.add("admission_date", messages.text("Admission date is more than a year ahead."))
    programs = {program.id: program for program in participant_repo.list_programs(db.conn)}
    if participant.program_id not in programs:
        problems.add("program", messages.text("Choose a program."))
    if participant.level_of_care not in PROGRAM_LEVELS:
        problems.add("level_of_care", messages.text("Level of care must be OP, IOP or PHP."))
    problems.in_range(
        "planned_weeks", participant.planned_weeks, 1, 104, messages.text("Planned weeks")
    )
    diagnoses = []
    for position, diagnosis in enumerate(participant.diagnoses, start=1):
        code = clean(diagnosis.code).upper()
        if not ICD10.match(code):
            problems.add(
                "diagnoses",
                messages.text(
                    "Diagnosis {position}: '{code}' is not an ICD-10 code (like F33.1).",
                    position=position,
                    code=code or messages.text("blank"),
                ),
            )
        diagnoses.append(Diagnosis(code, clean(diagnosis.description)))
    return replace(
        participant,
        chart_number=chart,
        first_name=first,
        last_name=last,
        preferred_name=problems.optional(
            "preferred_name", participant.preferred_name, messages.text("Preferred name")
        ),
        pronouns=problems.optional("pronouns", participant.pronouns, messages.text("Pronouns")),
        phone=problems.optional("phone", participant.phone, messages.text("Phone")),
        emergency_contact=problems.optional(
            "emergency_contact",
            participant.emergency_contact,
            messages.text("Emergency contact"),
            limit=500,
        ),
        referral_source=problems.optional(
            "referral_source", participant.referral_source, messages.text("Referral source")
        ),
        presenting_problems=problems.optional(
            "presenting_problems",
            participant.presenting_problems,
            messages.text("Presenting problems"),
            limit=MAX_TEXT,
        ),
        medications=problems.optional(
            "medications", participant.medications, messages.text("Medications"), limit=MAX_TEXT
        ),
        allergies=problems.optional(
            "allergies", participant.allergies, messages.text("Allergies"), limit=MAX_TEXT
        ),
        diagnoses=tuple(diagnoses),
    )


def admit(db: Database, participant: Participant, clock: Clock) -> Participant:
    """Admit a new participant (status active)."""
    problems = Problems()
    cleaned = check_participant(db, replace(participant, id=0), clock.today(), problems)
    problems.raise_if_any()
    cleaned = replace(cleaned, status=ParticipantStatus.ACTIVE, discharge_date=None)
    with db.transaction() as conn:
        participant_id = participant_repo.insert_participant(conn, cleaned, clock.now())
        audit.record(conn, AuditAction.ADMIT, clock.now(), participant_id=participant_id)
    return replace(cleaned, id=participant_id)


def edit(db: Database, participant: Participant, clock: Clock) -> Participant:
    """Save changes to a participant's details. Status and discharge follow their own events."""
    current = get(db, participant.id)
    problems = Problems()
    cleaned = check_participant(db, participant, clock.today(), problems)
    if cleaned.admission_date != current.admission_date:
        first_mark = _first_attended_date(db, current.id)
        if first_mark is not None and cleaned.admission_date > first_mark:
            problems.add(
                "admission_date",
                messages.text(
                    "Admission date cannot be after the first recorded attendance ({first_mark}).",
                    first_mark=fmt(first_mark),
                ),
            )
        first_event = _first_dated_event(db, current.id)
        if first_event is not None and cleaned.admission_date > first_event[0]:
            day, event = first_event
            template = (
                "Admission date cannot be after the change of level on {day}."
                if event == "change"
                else "Admission date cannot be after the leave starting on {day}."
            )
            problems.add("admission_date", messages.text(template, day=fmt(day)))
        if current.discharge_date is not None and cleaned.admission_date > current.discharge_date:
            problems.add(
                "admission_date",
                messages.text("Admission date cannot be after the discharge date."),
            )
        scores = [m for m in measure_repo.measures_for(db.conn, current.id) if not m.is_struck]
        # Scores of the stay may not fall before a later admission (an intake score taken
        # before admission, as schema 10 allowed, does not hold the date back).
        during = [m.taken_on for m in scores if m.taken_on >= current.admission_date]
        first_score = min(during, default=None)
        if first_score is not None and cleaned.admission_date > first_score:
            problems.add(
                "admission_date",
                messages.text(
                    "Admission date cannot be after the first measure score ({first_score}).",
                    first_score=fmt(first_score),
                ),
            )
    problems.raise_if_any()
    cleaned = replace(cleaned, status=current.status, discharge_date=current.discharge_date)
    with db.transaction() as conn:
        participant_repo.update_participant(
            conn,
            cleaned,
            clock.now(),
            at_admission=admission_diagnoses_open(cleaned.admission_date, clock.today()),
        )
    return cleaned


def any_admitted(db: Database) -> bool:
    """Whether anyone was ever admitted to this caseload."""
    return participant_repo.any_participant(db.conn)


def admission_diagnoses(db: Database, participant_id: int) -> list[Diagnosis]:
    """The diagnoses as they stood at admission (those of program week 1)."""
    return participant_repo.admission_diagnoses(db.conn, participant_id)


def _first_attended_date(db: Database, participant_id: int) -> dt.date | None:
    marks = session_repo.attended_sessions(db.conn, [participant_id]).get(participant_id, [])
    return min((mark.date for mark in marks), default=None)


def _first_dated_event(db: Database, participant_id: int) -> tuple[dt.date, str] | None:
    """The earliest level change ("change") or leave ("leave"): the admission date may not
    move past it."""
    events = [(change.effective_date, "change") for change in level_changes(db, participant_id)]
    events += [(leave.start_date, "leave") for leave in leaves(db, participant_id)]
    return min(events, default=None)


def level_changes(db: Database, participant_id: int) -> list[LevelChange]:
    return participant_repo.level_changes(db.conn, [participant_id]).get(participant_id, [])


def current_level(db: Database, participant: Participant, day: dt.date) -> LevelOfCare:
    return level_on(participant.level_of_care, level_changes(db, participant.id), day)


def change_level(
    db: Database,
    participant_id: int,
    level: LevelOfCare,
    effective_date: dt.date,
    reason: str,
    clock: Clock,
) -> LevelChange:
    """Record a step up or down taking effect on `effective_date` (an event, not an edit)."""
    participant = get(db, participant_id)
    problems = Problems()
    if participant.status is ParticipantStatus.DISCHARGED:
        raise ValidationError(
            messages.text("This participant is discharged; re-admit before changing level."),
            "level_of_care",
        )
    if level not in PROGRAM_LEVELS:
        problems.add(
            "level_of_care",
            messages.text(
                "Within the program the level is OP, IOP or PHP; for residential or inpatient "
                "care, discharge with the reason 'stepped up'."
            ),
        )
    if effective_date < participant.admission_date:
        problems.add(
            "effective_date",
            messages.text("The change cannot take effect before the admission date."),
        )
    if effective_date > clock.today() + dt.timedelta(days=60):
        problems.add("effective_date", messages.text("The change is more than 60 days ahead."))
    elif level == current_level(db, participant, effective_date):
        problems.add(
            "level_of_care",
            messages.text("The participant is already at {level} on that date.", level=level.value),
        )
    reason = problems.optional("reason", reason, messages.text("Reason"), limit=2000)
    problems.raise_if_any()
    change = LevelChange(effective_date=effective_date, level_of_care=level, reason=reason)
    with db.transaction() as conn:
        change_id = participant_repo.insert_level_change(conn, participant_id, change, clock.now())
    return replace(change, id=change_id)


def leaves(db: Database, participant_id: int) -> list[Leave]:
    return participant_repo.leaves(db.conn, [participant_id]).get(participant_id, [])


def projected_end(db: Database, participant: Participant) -> dt.date:
    """When the planned weeks end, moved by the leaves (the weekly review's projected end)."""
    return projected_end_date(
        participant.admission_date, participant.planned_weeks, leaves(db, participant.id)
    )


def add_leave(
    db: Database, participant_id: int, start: dt.date, end: dt.date, reason: str, clock: Clock
) -> Leave:
    """Record a leave of absence: the program clock pauses and no hours are expected."""
    participant = get(db, participant_id)
    problems = Problems()
    if participant.status is ParticipantStatus.DISCHARGED:
        raise ValidationError(
            messages.text("This participant is discharged; a leave cannot be added."), "start_date"
        )
    if start < participant.admission_date:
        problems.add("start_date", messages.text("A leave cannot start before the admission date."))
    if end < start:
        problems.add("end_date", messages.text("A leave cannot end before it starts."))
    elif (end - start).days > 180:
        problems.add(
            "end_date", messages.text("A leave longer than 180 days is a discharge, not a leave.")
        )
    for other in leaves(db, participant_id):
        if other.start_date <= end and start <= other.end_date:
            problems.add(
                "start_date",
                messages.text(
                    "This leave overlaps the leave from {start_date} to {end_date}.",
                    start_date=fmt(other.start_date),
                    end_date=fmt(other.end_date),
                ),
            )
    marks = session_repo.attended_sessions(db.conn, [participant_id]).get(participant_id, [])
    inside = [mark.date for mark in marks if start <= mark.date <= end and mark.status.attended]
    if inside:
        problems.add(
            "start_date",
            messages.text(
                "The participant attended a session on {day}, inside this leave.",
                day=fmt(inside[0]),
            ),
        )
    reason = problems.optional("reason", reason, messages.text("Reason"), limit=2000)
    problems.raise_if_any()
    leave = Leave(start_date=start, end_date=end, reason=reason)
    with db.transaction() as conn:
        leave_id = participant_repo.insert_leave(conn, participant_id, leave)
    return replace(leave, id=leave_id)


def end_leave(db: Database, participant_id: int, leave_id: int, last_day: dt.date) -> Leave:
    """Shorten a leave when the participant returns early (`last_day` is the last day away)."""
    found = [leave for leave in leaves(db, participant_id) if leave.id == leave_id]
    if not found:
        raise NotFoundError(messages.text("That leave does not exist."), "leave")
    leave = found[0]
    if not leave.start_date <= last_day <= leave.end_date:
        raise ValidationError(
            messages.text(
                "The last day of leave must be between {start_date} and {end_date}.",
                start_date=fmt(leave.start_date),
                end_date=fmt(leave.end_date),
            ),
            "end_date",
        )
    with db.transaction() as conn:
        participant_repo.update_leave_end(conn, leave_id, last_day)
    return replace(leave, end_date=last_day)
