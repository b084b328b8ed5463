"""ISO text <-> date/time for the columns; one place so every table reads the same."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

#: Integers SQLite can store; an id outside this range cannot exist in any table.
SQLITE_INTEGERS = range(-(2**63), 2**63)


def d(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def dd(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def t(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def ts(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def iso_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def iso_time(value: dt.time) -> str:
    return value.strftime("%H:%M")


def iso_moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat()


def grouped_by_participant(
    conn: sqlite3.Connection,
    sql: str,
    participant_ids: Sequence[int],
    build: Callable[[sqlite3.Row], T],
    extra: dict[str, object] | None = None,
) -> dict[int, list[T]]:
    """Rows of `sql` (with an ``IN ({ids})`` slot) for many participants, grouped by id.

    Ids go in chunks of 500 named parameters, under SQLite's variable limit.
    """
    found: dict[int, list[T]] = {}
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start : start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        params: dict[str, object] = {f"p{i}": value for i, value in enumerate(chunk)}
        params.update(extra or {})
        for row in conn.execute(sql.format(ids=marks), params):
            found.setdefault(row["participant_id"], []).append(build(row))
    return found


def newer_column(row: sqlite3.Row, name: str, default: str = "") -> str:
    """A column a later schema added, for rows migration steps read before it exists."""
    keys = row.keys()  # a Row's `in` looks at its values, not its column names
    return str(row[name]) if name in keys else default
