"""Measure scores: entered item by item (scored here) or as a total, corrected, struck;
what is due; each program's schedule. Every write also runs the safety rules in its own
transaction (services/safety.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from counselor_desk.domain import measures as instruments
from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.measure_due import (
    EVERY_WEEKS_MAX,
    MeasureSchedule,
)
from counselor_desk.domain.measures import C_SSRS, Course, Instrument
from counselor_desk.domain.model import Measure, Participant
from counselor_desk.services import audit, safety, setup
from counselor_desk.services.clock import Clock
from counselor_desk.services.participants import get as get_participant
from counselor_desk.services.validate import Problems, fmt
from counselor_desk.store import measure_repo
from counselor_desk.store.db import Database


def item_field(position: int) -> str:
    """The field name of a question's answer: 'item_1' … (as the import's columns)."""
    return f"item_{position + 1}"


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check(
    participant: Participant, measure: Measure, today: dt.date, problems: Problems
) -> Measure:
    """The measure as it would be stored (answers normalised, the score computed from them),
    with every problem added to `problems`, each naming its field.

    A C-SSRS may be dated after the discharge (a screen that follows up a risk after the
    participant left); the other measures belong to the stay."""
    name = measure.instrument
    instrument = instruments.instrument(name) if isinstance(name, str) else None
    if instrument is None:
        problems.add(
            "instrument",
            messages.text(
                "Unknown measure “{name}”: the measure is {instruments}.",
                name=name,
                instruments=instruments.names_in_message(),
            ),
        )
        return measure
    day = measure.taken_on
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        problems.add("taken_on", messages.text("The date taken is not a date."))
        return _scored(instrument, measure, problems)
    if day > today:
        problems.add("taken_on", messages.text("The date cannot be in the future."))
    if day < participant.admission_date:
        problems.add(
            "taken_on",
            messages.text(
                "The date is before admission ({admission_date}).",
                admission_date=fmt(participant.admission_date),
            ),
        )
    left = participant.discharge_date
    if left is not None and day > left and instrument is not C_SSRS:
        problems.add(
            "taken_on", messages.text("The date is after the discharge ({left}).", left=fmt(left))
        )
    return _scored(instrument, measure, problems)


def _scored(instrument: Instrument, measure: Measure, problems: Problems) -> Measure:
    if not isinstance(measure.items, tuple | list):
        problems.add(
            "items",
            messages.text(
                "The answers of a {instrument} are a list of numbers.", instrument=instrument.name
            ),
        )
        return measure
    if measure.items:
        found = instrument.problems(measure.items)
        for position, message in found:
            problems.add("items" if position < 0 else item_field(position), message)
        if found:
            return measure
        items = instrument.normalised(measure.items)
        measure = replace(measure, items=items, score=instrument.score(items))
    else:
        label = messages.text(
            "{instrument} {score_word}",
            instrument=instrument.name,
            score_word=messages.label(instrument.score_word),
        )
        if not _whole(measure.score):
            problems.add("score", messages.text("The {label} is a whole number.", label=label))
        else:
            problems.in_range("score", measure.score, 0, instrument.maximum, label)
    if measure.difficulty is not None:
        if not _whole(measure.difficulty):
            problems.add(
                "difficulty", messages.text("The difficulty answer is a whole number, 0 to 3.")
            )
        elif instrument.difficulty is None:
            problems.add(
                "difficulty",
                messages.text(
                    "{instrument} has no difficulty question.", instrument=instrument.name
                ),
            )
        elif not measure.items:
            problems.add(
                "difficulty",
                messages.text("The difficulty answer goes with the answers, not a total."),
            )
        else:
            problems.in_range(
                "difficulty",
                measure.difficulty,
                0,
                instrument.difficulty.top,
                messages.text("Difficulty"),
            )
    return measure


def add(db: Database, measure: Measure, clock: Clock) -> Measure:
    """Store one score (scored from its answers when given) and flag any risk it shows."""
    participant = get_participant(db, measure.participant_id)
    problems = Problems()
    measure = replace(  # a new score: nothing a caller passes of a stored one's life counts
        measure,
        id=0,
        corrected_from=None,
        corrected_at=None,
        correction_reason="",
        struck_at=None,
        struck_reason="",
        items_before=(),
        difficulty_before=None,
    )
    measure = check(participant, measure, clock.today(), problems)
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        measure = replace(measure, entered_at=now, entered_by=audit.actor(conn))
        measure = replace(measure, id=measure_repo.insert_measure(conn, measure))
        audit.record(
            conn,
            AuditAction.MEASURE,
            now,
            participant_id=measure.participant_id,
            target=_target(measure),
            detail=f"{_about(measure)}: {_stored_words(measure)}",
        )
        safety.measure_recorded(conn, measure, now)
    return measure


def measures(db: Database, participant_id: int) -> list[Measure]:
    return measure_repo.measures_for(db.conn, participant_id)


def courses(found: Sequence[Measure]) -> list[Course]:
    """Baseline, latest and change of every instrument whose change is followed."""
    return [
        course
        for instrument in instruments.FOLLOWED
        if (course := instruments.course(instrument.name, found)) is not None
    ]


def _target(measure: Measure) -> str:
    return f"measure {measure.id}"


def _about(measure: Measure) -> str:
    return f"measure {measure.id} {measure.instrument} {measure.taken_on:%Y-%m-%d}"


def _stored_words(measure: Measure) -> str:
    """'14 from answers 1,2,…' (', difficulty 2') or '14 as a total': what the audit row
    keeps."""
    if measure.items:
        answers = ",".join("-" if a is None else str(a) for a in measure.items)
        difficulty = "" if measure.difficulty is None else f", difficulty {measure.difficulty}"
        return f"{measure.score} from answers {answers}{difficulty}"
    return f"{measure.score} as a total"


def _stored(db: Database, participant_id: int, measure_id: int) -> Measure:
    """The participant's stored score that is still counted (not struck)."""
    found = measure_repo.get_measure(db.conn, measure_id)
    if found is None or found.participant_id != participant_id:
        raise NotFoundError(messages.text("That score does not exist."), "measure")
    if found.is_struck:
        raise ValidationError(
            messages.text(
                "This {instrument} score was struck ({struck_reason}); it cannot be changed.",
                instrument=found.instrument,
                struck_reason=found.struck_reason,
            ),
            "measure",
        )
    return found


def correct(
    db: Database,
    participant_id: int,
    measure_id: int,
    reason: str,
    clock: Clock,
    *,
    score: int | None = None,
    items: Sequence[int | None] = (),
    difficulty: int | None = None,
) -> Measure:
    """Replace mistyped answers (or a mistyped total); the ones they replace, when and why
    are kept and audited. Answers given to a total entered alone turn it into a scored form."""
    stored = _stored(db, participant_id, measure_id)
    instrument = instruments.instrument(stored.instrument)
    problems = Problems()
    wanted = replace(
        stored,
        items=tuple(items),
        score=stored.score if score is None else score,
        difficulty=difficulty,
    )
    if instrument is not None:
        wanted = _scored(instrument, wanted, problems)
    if stored.items and not items:
        problems.add(
            "items",
            messages.text(
                "This {instrument} was scored from its answers: correct the answers.",
                instrument=stored.instrument,
            ),
        )
    elif not items and score is None:
        problems.add("score", messages.text("Type the corrected score or answers."))
    elif (wanted.score, wanted.items, wanted.difficulty) == (
        stored.score,
        stored.items,
        stored.difficulty,
    ):
        problems.add(
            "score",
            messages.text(
                "The score is already {score}; type the corrected score.", score=stored.score
            )
            if not items
            else messages.text("The answers are the same; type the corrected answers."),
        )
    reason = problems.required(
        "reason",
        reason if isinstance(reason, str) else "",
        messages.text("Reason for the correction"),
        limit=500,
    )
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        measure_repo.correct_measure(
            conn, measure_id, wanted.score, wanted.items, wanted.difficulty, now, reason
        )
        audit.record(
            conn,
            AuditAction.MEASURE_CORRECTION,
            now,
            participant_id=participant_id,
            target=_target(stored),
            detail=f"{_about(stored)}: {_stored_words(stored)} -> {_stored_words(wanted)}",
        )
        after = replace(
            wanted,
            corrected_from=stored.score,
            corrected_at=now,
            correction_reason=reason,
            items_before=stored.items,
            difficulty_before=stored.difficulty,
        )
        safety.measure_changed(conn, stored, after, now, "corrected")
    return after


def strike(
    db: Database, participant_id: int, measure_id: int, reason: str, clock: Clock
) -> Measure:
    """Withdraw a score entered in error: it stays on the record, struck, and no longer counts."""
    stored = _stored(db, participant_id, measure_id)
    problems = Problems()
    reason = problems.required(
        "reason",
        reason if isinstance(reason, str) else "",
        messages.text("Reason for striking the score"),
        limit=500,
    )
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        measure_repo.strike_measure(conn, measure_id, now, reason)
        audit.record(
            conn,
            AuditAction.MEASURE_STRIKE,
            now,
            participant_id=participant_id,
            target=_target(stored),
            detail=f"{_about(stored)}: {stored.score} -> struck",
        )
        after = replace(stored, struck_at=now, struck_reason=reason)
        safety.measure_changed(conn, stored, after, now, "struck")
    return after


# -- schedule and due ----------------------------------------------------------------------


def schedule(db: Database, program_id: int) -> tuple[MeasureSchedule, ...]:
    return measure_repo.schedule_of(db.conn, program_id)


def set_schedule(db: Database, program_id: int, entries: Sequence[MeasureSchedule]) -> None:
    """Replace a program's measure schedule (an instrument left out is not taken on schedule)."""
    setup.get_program(db, program_id)
    problems = Problems()
    seen: set[str] = set()
    for entry in entries:
        name = entry.instrument
        known = instruments.instrument(name) if isinstance(name, str) else None
        if known is None or not known.follows_change:
            problems.add(
                "instrument",
                messages.text(
                    "{instrument} cannot be scheduled: the schedule is for {instruments}.",
                    instrument=entry.instrument,
                    instruments=instruments.names_in_message(
                        [i.name for i in instruments.FOLLOWED]
                    ),
                ),
            )
        elif entry.instrument in seen:
            problems.add(
                "instrument",
                messages.text("{instrument} is listed twice.", instrument=entry.instrument),
            )
        seen.add(entry.instrument)
        if not all(isinstance(flag, bool) for flag in (entry.at_admission, entry.at_discharge)):
            problems.add(
                "schedule",
                messages.text(
                    "{instrument}: at admission and before discharge are yes or no.",
                    instrument=entry.instrument,
                ),
            )
        if entry.every_weeks is not None and not _whole(entry.every_weeks):
            problems.add(
                "every_weeks",
                messages.text(
                    "{instrument}: weeks between scores is a whole number.",
                    instrument=entry.instrument,
                ),
            )
        elif entry.every_weeks is not None:
            problems.in_range(
                "every_weeks",
                entry.every_weeks,
                1,
                EVERY_WEEKS_MAX,
                messages.text("{instrument}: weeks between scores", instrument=entry.instrument),
            )
    problems.raise_if_any()
    with db.transaction() as conn:
        measure_repo.set_schedule(conn, program_id, entries)
