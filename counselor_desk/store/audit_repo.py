"""The append-only audit trail (triggers refuse UPDATE and DELETE)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

from counselor_desk.domain.audit import GENESIS, AuditEntry
from counselor_desk.store.connection import AppConnection
from counselor_desk.store.convert import iso_moment


def _entry(row: sqlite3.Row) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=dt.datetime.fromisoformat(row["at"]),
        actor=row["actor"],
        action=row["action"],
        participant_id=row["participant_id"],
        target=row["target"],
        detail=row["detail"],
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )


def last_hash(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return GENESIS if row is None else str(row[0])


def append(conn: sqlite3.Connection, entry: AuditEntry) -> int:
    cursor = conn.execute(
        """INSERT INTO audit_log (at, actor, action, participant_id, target, detail, prev_hash, hash)
           VALUES (:at, :actor, :action, :participant_id, :target, :detail, :prev_hash, :hash)""",
        {
            "at": iso_moment(entry.at),
            "actor": entry.actor,
            "action": entry.action,
            "participant_id": entry.participant_id,
            "target": entry.target,
            "detail": entry.detail,
            "prev_hash": entry.prev_hash,
            "hash": entry.hash,
        },
    )
    if isinstance(conn, AppConnection):
        conn.audit_appended = True
    return int(cursor.lastrowid or 0)


def append_many(conn: sqlite3.Connection, chained: list[AuditEntry]) -> None:
    """Rows already chained in order (bulk writers: the demo caseload)."""
    conn.executemany(
        """INSERT INTO audit_log (at, actor, action, participant_id, target, detail, prev_hash, hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                iso_moment(e.at),
                e.actor,
                e.action,
                e.participant_id,
                e.target,
                e.detail,
                e.prev_hash,
                e.hash,
            )
            for e in chained
        ],
    )
    if chained and isinstance(conn, AppConnection):
        conn.audit_appended = True


def entries(conn: sqlite3.Connection, *, participant_id: int | None = None) -> Iterator[AuditEntry]:
    """Audit rows oldest first (all, or one participant's)."""
    if participant_id is None:
        rows = conn.execute("SELECT * FROM audit_log ORDER BY id")
    else:
        rows = conn.execute(
            "SELECT * FROM audit_log WHERE participant_id = :id ORDER BY id", {"id": participant_id}
        )
    for row in rows:
        yield _entry(row)
