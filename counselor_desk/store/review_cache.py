"""Stored weekly-review figures of discharged participants (see schema migration 4)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

COLUMNS = (
    "participant_id", "program_week", "week", "week_start", "week_end", "week_minutes",
    "week_minimum", "attended", "excused", "unexcused", "cancelled", "run", "projected_end",
    "level",
)  # fmt: skip

#: One stored row, in COLUMNS order (dates as ISO text).
Row = tuple[object, ...]


def load(conn: sqlite3.Connection) -> dict[int, Row]:
    cursor = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM review_cache")
    cursor.row_factory = None  # plain tuples: 20,000 of them are read at once
    return {row[0]: row for row in cursor}


def save(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    marks = ", ".join(f":{name}" for name in COLUMNS)
    conn.executemany(
        f"INSERT OR REPLACE INTO review_cache ({', '.join(COLUMNS)}) VALUES ({marks})",
        [dict(zip(COLUMNS, row, strict=True)) for row in rows],
    )
