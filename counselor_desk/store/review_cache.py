"""Stored weekly-review figures of discharged participants (see schema migration 4)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable


def load(conn: sqlite3.Connection) -> dict[int, dict[str, object]]:
    return {
        row[0]: json.loads(row[1])
        for row in conn.execute("SELECT participant_id, data FROM review_cache")
    }


def save(conn: sqlite3.Connection, items: Iterable[tuple[int, dict[str, object]]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO review_cache (participant_id, data) VALUES (:id, :data)",
        [{"id": pid, "data": json.dumps(data, separators=(",", ":"))} for pid, data in items],
    )
