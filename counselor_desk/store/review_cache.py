"""Stored weekly-review figures of discharged participants (schema 4), and the caseload line
kept with them (schema 15): read as plain rows, 20,000 at once."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Iterable

from counselor_desk.store.convert import iso_date

#: The figures, then the caseload line (`sort_key` … `shown`: NULL until first listed).
COLUMNS = (
    "participant_id", "program_week", "week", "week_start", "week_end", "week_minutes",
    "week_minimum", "attended", "excused", "unexcused", "cancelled", "run", "projected_end",
    "level", "sort_key", "search_text", "status", "discharge_date", "shown",
)  # fmt: skip

#: One stored row, in COLUMNS order (dates as ISO text).
Row = tuple[object, ...]
#: Where the caseload line begins in a Row.
LINE_START = COLUMNS.index("sort_key")

#: Up to this many participants are looked up by id; more, and the whole table is read.
BY_ID_MAX = 500

#: A stored row `c` whose caseload line is read as it is on `:today`: it has one, and the
#: participant was discharged by then (the figures no longer change).
LISTED = "c.shown IS NOT NULL AND c.discharge_date <= :today"


def load(conn: sqlite3.Connection, participant_ids: Collection[int]) -> dict[int, Row]:
    """The stored rows of these participants (those that have one)."""
    select = f"SELECT {', '.join(COLUMNS)} FROM review_cache"
    if len(participant_ids) > BY_ID_MAX:
        cursor = conn.execute(select)
    else:
        wanted = list(participant_ids)
        marks = ", ".join(f":p{i}" for i in range(len(wanted)))
        cursor = conn.execute(
            f"{select} WHERE participant_id IN ({marks})",
            {f"p{i}": value for i, value in enumerate(wanted)},
        )
    cursor.row_factory = None  # plain tuples: 20,000 of them may be read at once
    wanted_ids = set(participant_ids)
    return {row[0]: row for row in cursor if row[0] in wanted_ids}


def listing(
    conn: sqlite3.Connection, today: dt.date, status: str | None
) -> list[tuple[int, str, str, str]]:
    """(participant id, sort key, search text, the line as JSON) of every participant of this
    status (or all) whose line is kept on `today`; in no order (sorting here costs more)."""
    where = LISTED if status is None else f"{LISTED} AND c.status = :status"
    cursor = conn.execute(
        f"SELECT participant_id, sort_key, search_text, shown FROM review_cache c WHERE {where}",
        {"today": iso_date(today), "status": status},
    )
    cursor.row_factory = None
    return cursor.fetchall()


def save(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    marks = ", ".join(f":{name}" for name in COLUMNS)
    conn.executemany(
        f"INSERT OR REPLACE INTO review_cache ({', '.join(COLUMNS)}) VALUES ({marks})",
        [dict(zip(COLUMNS, row, strict=True)) for row in rows],
    )
