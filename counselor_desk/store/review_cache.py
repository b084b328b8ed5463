"""Stored weekly-review figures of discharged participants (see schema migration 4)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

COLUMNS = (
    "participant_id", "program_week", "week", "week_start", "week_end", "week_minutes",
    "week_minimum", "attended", "excused", "unexcused", "cancelled", "run", "projected_end",
    "level",
)  # fmt: skip

#: One stored row, in COLUMNS order (dates as ISO text).
Row = tuple[object, ...]


#: Up to this many participants are looked up by id; more, and the whole table is read.
BY_ID_MAX = 500


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


def save(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    marks = ", ".join(f":{name}" for name in COLUMNS)
    conn.executemany(
        f"INSERT OR REPLACE INTO review_cache ({', '.join(COLUMNS)}) VALUES ({marks})",
        [dict(zip(COLUMNS, row, strict=True)) for row in rows],
    )
