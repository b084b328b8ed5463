"""CSV import of measure scores: each question's answer, or a total entered alone.

Columns: chart_number, instrument, date, then item_1 … item_N (N: the instrument's questions;
a PHQ-9 also takes difficulty) or total. One file may mix instruments. Each row is checked as
entry in the app checks a score (services/measures.check); the file is read as the other
imports read theirs (services/imports.py: UTF-8, strict CSV, every bad line named, nothing
imported when one is bad). The scores are stored in one transaction with one IMPORT audit row,
and the safety rules run for each one as they do when a score is typed in the app.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from counselor_desk.domain import measures as instruments
from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measures import C_SSRS, Instrument
from counselor_desk.domain.model import Measure, Participant
from counselor_desk.services import audit, safety
from counselor_desk.services.clock import Clock
from counselor_desk.services.imports import RowErrors, _date, _int, _rows
from counselor_desk.services.measures import check, item_field
from counselor_desk.services.validate import Problems, clean
from counselor_desk.store import measure_repo, participant_repo, safety_repo
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database

#: item_1 … item_9: as many answer columns as the longest instrument has questions.
ITEM_COLUMNS: tuple[str, ...] = tuple(
    item_field(position) for position in range(max(i.items for i in instruments.INSTRUMENTS))
)
MEASURE_REQUIRED = ("chart_number", "instrument", "date")
MEASURE_OPTIONAL = (*ITEM_COLUMNS, "difficulty", "total")
#: The field a problem of services/measures.check names -> the column it came from.
COLUMN_OF_FIELD = {"taken_on": "date", "score": "total"}
_ITEM_COLUMN = re.compile(r"item_[0-9]+")
_NEGATIVE = re.compile(r"-[0-9]+")


def _key(name: str) -> str:
    """'PHQ-9', 'phq9', 'Phq 9' -> 'phq9': how a file may spell an instrument."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


_BY_KEY: dict[str, Instrument] = {_key(i.name): i for i in instruments.INSTRUMENTS}

#: A score's identity: participant, instrument, date, answers, difficulty, score.
_Identity = measure_repo.Identity


@dataclass(frozen=True, slots=True)
class MeasureImport:
    """What an import stored: the count of each instrument, and who it flagged."""

    by_instrument: dict[str, int]
    #: Chart numbers of participants left with an open safety flag the import raised.
    flagged: tuple[str, ...] = ()

    @property
    def scores(self) -> int:
        return sum(self.by_instrument.values())

    def in_words(self) -> str:
        """'12 measure score(s): PHQ-9 5, GAD-7 5, C-SSRS 2' (no names: the audit keeps it)."""
        counts = ", ".join(f"{name} {count}" for name, count in self.by_instrument.items())
        return f"{self.scores} measure score(s): {counts}"


def _check_header(names: list[str]) -> None:
    """A question column no instrument has is refused; a file needs the answers or a total."""
    unknown = [name for name in names if _ITEM_COLUMN.fullmatch(name) and name not in ITEM_COLUMNS]
    if unknown:
        longest = max(instruments.INSTRUMENTS, key=lambda i: i.items)
        template = (
            "The column {columns} is not a question of any measure ({longest} has the most "
            "questions, {items})."
            if len(unknown) == 1
            else "The columns {columns} are not questions of any measure ({longest} has the "
            "most questions, {items})."
        )
        raise ValidationError(
            messages.text(
                template, columns=", ".join(unknown), longest=longest.name, items=longest.items
            ),
            "file",
        )
    if "total" not in names and ITEM_COLUMNS[0] not in names:
        raise ValidationError(
            messages.text(
                "The file has neither answer columns ({first} … {last}) nor a total column; it "
                "needs one or the other.",
                first=ITEM_COLUMNS[0],
                last=ITEM_COLUMNS[-1],
            ),
            "file",
        )


def _answer(row: dict[str, str], column: str, line: int, errors: RowErrors) -> int | None:
    """One answer (None when the cell is empty: a question not asked, or not answered)."""
    value = clean(row.get(column, ""))
    if _NEGATIVE.fullmatch(value):
        errors.add(
            line, messages.text("{column} '{value}' is below 0.", column=column, value=value)
        )
        return None
    return _int(row, column, line, errors, required=False)


def _column(field: str, instrument: Instrument) -> str:
    if field == "items":
        return f"{ITEM_COLUMNS[0]} … {item_field(instrument.items - 1)}"
    return COLUMN_OF_FIELD.get(field, field)


def _candidate(
    line: int,
    row: dict[str, str],
    participants: dict[str, Participant],
    errors: RowErrors,
) -> tuple[Participant, Measure, Instrument] | None:
    """The row read into a measure, or None when a value cannot be read (each one added)."""
    before = len(errors.lines)
    if row.get("__extra__"):
        errors.add(line, messages.text("the row has more values than the header has columns."))
    chart = clean(row["chart_number"])
    participant = participants.get(chart)
    if not chart:
        errors.add(line, messages.text("chart_number is required."))
    elif participant is None:
        errors.add(line, messages.text("no participant has chart_number {chart}.", chart=chart))
    name = clean(row["instrument"])
    instrument = _BY_KEY.get(_key(name))
    if not name:
        errors.add(line, messages.text("instrument is required."))
    elif instrument is None:
        errors.add(
            line,
            messages.text(
                "instrument '{name}' is not {instruments}.",
                name=name,
                instruments=instruments.names_in_message(),
            ),
        )
    day = _date(row, "date", line, errors)
    total = _int(row, "total", line, errors, required=False)
    difficulty = _int(row, "difficulty", line, errors, required=False)
    if instrument is None:
        return None
    asked = ITEM_COLUMNS[: instrument.items]
    answers = tuple(_answer(row, column, line, errors) for column in asked)
    for column in ITEM_COLUMNS[instrument.items :]:
        if clean(row[column]):
            errors.add(
                line,
                messages.text(
                    "{column} must be empty: {instrument} has {items} questions.",
                    column=column,
                    instrument=instrument.name,
                    items=instrument.items,
                ),
            )
    answered = any(clean(row[column]) for column in asked)
    if answered and clean(row["total"]):
        errors.add(
            line,
            messages.text(
                "a row has the answers ({first} …) or a total, not both.", first=asked[0]
            ),
        )
    elif not answered and not clean(row["total"]):
        errors.add(
            line,
            messages.text(
                "give the answers ({first} … {last}) or a total.", first=asked[0], last=asked[-1]
            ),
        )
    if len(errors.lines) > before or participant is None or day is None:
        return None
    measure = Measure(
        participant_id=participant.id,
        instrument=instrument.name,
        taken_on=day,
        score=0 if total is None else total,
        items=answers if answered else (),
        difficulty=difficulty,
    )
    return participant, measure, instrument


def _identity(measure: Measure) -> _Identity:
    return (
        measure.participant_id,
        measure.instrument,
        measure.taken_on,
        measure.items,
        measure.difficulty,
        measure.score,
    )


def import_measures(db: Database, raw: bytes, clock: Clock) -> MeasureImport:
    """Import measure scores (answers or totals); all or nothing.

    A row that repeats another row of the file, or a score already stored (same participant,
    instrument, date and answers), is refused: an import run twice stores nothing twice.
    """
    errors = RowErrors()
    rows = list(_rows(raw, MEASURE_REQUIRED, MEASURE_OPTIONAL, errors, _check_header))
    today = clock.today()
    with db.transaction() as conn:
        participants = {
            participant.chart_number: participant
            for participant in participant_repo.list_participants(conn, with_diagnoses=False)
        }
        stored: dict[int, set[_Identity]] = {}
        seen: dict[_Identity, int] = {}
        prepared: list[tuple[int, Measure]] = []
        for line, row in rows:
            found = _candidate(line, row, participants, errors)
            if found is None:
                continue
            participant, measure, instrument = found
            problems = Problems()
            measure = check(participant, measure, today, problems)
            for field, message in problems.items:
                errors.add(
                    line,
                    messages.text(
                        "{column}: {message}", column=_column(field, instrument), message=message
                    ),
                )
            if problems.items:
                continue
            identity = _identity(measure)
            about = {
                "instrument": measure.instrument,
                "taken_on": measure.taken_on,
                "chart_number": participant.chart_number,
            }
            if identity in seen:
                errors.add(
                    line,
                    messages.text(
                        "the same {instrument} of {taken_on:%Y-%m-%d} for chart_number "
                        "{chart_number} is also on line {other_line}.",
                        other_line=seen[identity],
                        **about,
                    ),
                )
                continue
            seen[identity] = line
            if identity in _stored_identities(conn, stored, participant.id):
                errors.add(
                    line,
                    messages.text(
                        "the same {instrument} of {taken_on:%Y-%m-%d} for chart_number "
                        "{chart_number} is already stored.",
                        **about,
                    ),
                )
                continue
            prepared.append((line, measure))
        errors.raise_if_any("measures")
        # Oldest first, and a C-SSRS after the other scores of its day: it then answers the
        # flag a same-day PHQ-9 raises, as it would have when typed in the app.
        prepared.sort(key=lambda entry: (entry[1].taken_on, entry[1].instrument == C_SSRS.name))
        now = clock.now()
        done = _store(conn, [measure for _line, measure in prepared], now)
        result = _result(conn, done, participants)
        audit.record(conn, AuditAction.IMPORT, now, detail=result.in_words())
    return result


def _stored_identities(
    conn: Connection, stored: dict[int, set[_Identity]], participant_id: int
) -> set[_Identity]:
    """The counted scores already stored for a participant (read once per participant)."""
    if participant_id not in stored:
        stored[participant_id] = measure_repo.identities_of(conn, participant_id)
    return stored[participant_id]


def _store(conn: Connection, prepared: list[Measure], now: dt.datetime) -> list[Measure]:
    """Insert each score as typed in the app would, its safety rules run in the same breath."""
    actor = audit.actor(conn)
    done = []
    for measure in prepared:
        measure = replace(measure, entered_at=now, entered_by=actor)
        measure = replace(measure, id=measure_repo.insert_measure(conn, measure))
        safety.measure_recorded(conn, measure, now)
        done.append(measure)
    return done


def _result(
    conn: Connection, done: list[Measure], participants: dict[str, Participant]
) -> MeasureImport:
    """The counts, and who is left with an open safety flag that one of these scores raised."""
    counts = Counter(measure.instrument for measure in done)
    ids = {measure.id for measure in done}
    concerned = {
        measure.participant_id
        for measure in done
        if (instrument := instruments.instrument(measure.instrument)) is not None
        and instrument.safety_concern(measure)
    }
    charts = {participant.id: chart for chart, participant in participants.items()}
    flagged = sorted(
        charts[participant_id]
        for participant_id in concerned
        if any(flag.measure_id in ids for flag in safety_repo.open_flags(conn, participant_id))
    )
    return MeasureImport(
        {name: counts[name] for name in instruments.NAMES if counts[name]}, tuple(flagged)
    )
