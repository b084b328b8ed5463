"""Measure scores (with each question's answer) and each program's measure schedule."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence

from counselor_desk.domain.measure_due import DEFAULT_SCHEDULE, MeasureSchedule
from counselor_desk.domain.measures import NAMES
from counselor_desk.domain.model import Measure
from counselor_desk.store.convert import dd, iso_date, iso_moment, ts


def items_text(items: Sequence[int | None]) -> str:
    """The answers as stored: compact JSON, '' for a total entered alone."""
    return json.dumps(list(items), separators=(",", ":")) if items else ""


def _items(text: str) -> tuple[int | None, ...]:
    return tuple(json.loads(text)) if text else ()


def _measure(row: sqlite3.Row) -> Measure:
    return Measure(
        id=row["id"],
        participant_id=row["participant_id"],
        instrument=row["instrument"],
        taken_on=dd(row["taken_on"]),
        score=row["score"],
        items=_items(row["items_json"]),
        difficulty=row["difficulty"],
        entered_at=ts(row["entered_at"]),
        entered_by=row["entered_by"],
        corrected_from=row["corrected_from"],
        corrected_at=ts(row["corrected_at"]),
        correction_reason=row["correction_reason"],
        struck_at=ts(row["struck_at"]),
        struck_reason=row["struck_reason"],
        items_before=_items(row["items_before"]),
        difficulty_before=row["difficulty_before"],
    )


#: (participant id, instrument, date, answers, difficulty, score): a score as an import compares it.
Identity = tuple[int, str, dt.date, tuple[int | None, ...], int | None, int]


def identities_of(conn: sqlite3.Connection, participant_id: int) -> set[Identity]:
    """The counted scores of a participant, as plain tuples (no records built)."""
    cursor = conn.execute(
        """SELECT participant_id, instrument, taken_on, items_json, difficulty, score
           FROM measures WHERE participant_id = :id AND struck_at IS NULL""",
        {"id": participant_id},
    )
    cursor.row_factory = None
    return {(p, i, dd(t), _items(items), d, score) for p, i, t, items, d, score in cursor}


def measures_for(conn: sqlite3.Connection, participant_id: int) -> list[Measure]:
    return [
        _measure(row)
        for row in conn.execute(
            "SELECT * FROM measures WHERE participant_id = :id ORDER BY taken_on, id",
            {"id": participant_id},
        )
    ]


def get_measure(conn: sqlite3.Connection, measure_id: int) -> Measure | None:
    row = conn.execute("SELECT * FROM measures WHERE id = :id", {"id": measure_id}).fetchone()
    return None if row is None else _measure(row)


_INSERT = """INSERT INTO measures (participant_id, instrument, taken_on, score, items_json,
        difficulty, entered_at, entered_by)
    VALUES (:participant_id, :instrument, :taken_on, :score, :items, :difficulty, :entered_at,
        :entered_by)"""


def _params(measure: Measure) -> dict[str, object]:
    return {
        "participant_id": measure.participant_id,
        "instrument": measure.instrument,
        "taken_on": iso_date(measure.taken_on),
        "score": measure.score,
        "items": items_text(measure.items),
        "difficulty": measure.difficulty,
        "entered_at": iso_moment(measure.entered_at),
        "entered_by": measure.entered_by,
    }


def insert_measure(conn: sqlite3.Connection, measure: Measure) -> int:
    return int(conn.execute(_INSERT, _params(measure)).lastrowid or 0)


def insert_measures(conn: sqlite3.Connection, found: Iterable[Measure]) -> None:
    """Many scores at once (the benchmark caseload); the safety rules are the caller's."""
    conn.executemany(_INSERT, [_params(measure) for measure in found])


def correct_measure(
    conn: sqlite3.Connection,
    measure_id: int,
    score: int,
    items: Sequence[int | None],
    difficulty: int | None,
    at: dt.datetime,
    reason: str,
) -> None:
    """The new score (and answers), keeping the ones they replace, when and why."""
    conn.execute(
        """UPDATE measures SET corrected_from = score, score = :score,
               items_before = items_json, items_json = :items,
               difficulty_before = difficulty, difficulty = :difficulty,
               corrected_at = :at, correction_reason = :reason
           WHERE id = :id""",
        {
            "id": measure_id,
            "score": score,
            "items": items_text(items),
            "difficulty": difficulty,
            "at": iso_moment(at),
            "reason": reason,
        },
    )


def strike_measure(conn: sqlite3.Connection, measure_id: int, at: dt.datetime, reason: str) -> None:
    conn.execute(
        "UPDATE measures SET struck_at = :at, struck_reason = :reason WHERE id = :id",
        {"id": measure_id, "at": iso_moment(at), "reason": reason},
    )


#: participant id -> (baseline score, latest score, how many scores count)
Course = dict[int, tuple[int, int, int]]


def courses_of(
    conn: sqlite3.Connection, instrument: str, participant_ids: Sequence[int] | None = None
) -> Course:
    """Baseline and latest counted score of one instrument for these participants (all when
    None): what the caseload shows, from the table the database keeps of them (schema 11)."""
    where = "instrument = :instrument"
    params: dict[str, object] = {"instrument": instrument}
    if participant_ids is not None:
        if not participant_ids:
            return {}
        marks = ", ".join(f":p{i}" for i in range(len(participant_ids)))
        where += f" AND participant_id IN ({marks})"
        params.update({f"p{i}": value for i, value in enumerate(participant_ids)})
    cursor = conn.execute(
        f"SELECT participant_id, baseline, latest, counted FROM measure_courses WHERE {where}",
        params,
    )
    cursor.row_factory = None
    return {row[0]: (row[1], row[2], row[3]) for row in cursor}


def taken_dates(
    conn: sqlite3.Connection, participant_ids: Sequence[int]
) -> dict[int, dict[str, list[dt.date]]]:
    """participant -> instrument -> the dates of its counted scores (for what is due)."""
    found: dict[int, dict[str, list[dt.date]]] = {}
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start : start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        cursor = conn.execute(
            f"""SELECT participant_id, instrument, taken_on FROM measures
                WHERE struck_at IS NULL AND participant_id IN ({marks})""",
            {f"p{i}": value for i, value in enumerate(chunk)},
        )
        cursor.row_factory = None
        for participant_id, instrument, taken_on in cursor:
            found.setdefault(participant_id, {}).setdefault(instrument, []).append(dd(taken_on))
    return found


# -- each program's schedule ---------------------------------------------------------------


def schedules(conn: sqlite3.Connection) -> dict[int, tuple[MeasureSchedule, ...]]:
    """program id -> its measure schedule (a program with none takes no measure on schedule)."""
    found: dict[int, list[MeasureSchedule]] = {}
    for row in conn.execute(
        """SELECT program_id, instrument, at_admission, every_weeks, at_discharge
           FROM program_measures"""
    ):
        found.setdefault(row["program_id"], []).append(
            MeasureSchedule(
                instrument=row["instrument"],
                at_admission=bool(row["at_admission"]),
                every_weeks=row["every_weeks"],
                at_discharge=bool(row["at_discharge"]),
            )
        )

    def position(entry: MeasureSchedule) -> int:
        return NAMES.index(entry.instrument) if entry.instrument in NAMES else len(NAMES)

    return {
        program_id: tuple(sorted(entries, key=position)) for program_id, entries in found.items()
    }


def schedule_of(conn: sqlite3.Connection, program_id: int) -> tuple[MeasureSchedule, ...]:
    return schedules(conn).get(program_id, ())


def set_schedule(
    conn: sqlite3.Connection, program_id: int, entries: Iterable[MeasureSchedule]
) -> None:
    conn.execute("DELETE FROM program_measures WHERE program_id = :id", {"id": program_id})
    conn.executemany(
        """INSERT INTO program_measures (program_id, instrument, at_admission, every_weeks,
               at_discharge)
           VALUES (:program_id, :instrument, :at_admission, :every_weeks, :at_discharge)""",
        [
            {
                "program_id": program_id,
                "instrument": entry.instrument,
                "at_admission": int(entry.at_admission),
                "every_weeks": entry.every_weeks,
                "at_discharge": int(entry.at_discharge),
            }
            for entry in entries
        ],
    )


def set_default_schedule(conn: sqlite3.Connection, program_id: int) -> None:
    set_schedule(conn, program_id, DEFAULT_SCHEDULE)
