"""Recording and reading the audit trail: who did what and when (ids, never note text)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from counselor_desk.domain.audit import AuditAction, AuditEntry, first_broken
from counselor_desk.store import audit_repo, participant_repo
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database


def actor(conn: Connection) -> str:
    """The one identified user: the counselor of the profile."""
    profile = participant_repo.get_profile(conn)
    return profile.name if profile is not None else "(no profile)"


def record(
    conn: Connection,
    action: AuditAction,
    at: dt.datetime,
    *,
    participant_id: int | None = None,
    target: str = "",
    detail: str = "",
) -> None:
    """Append one chained row; call inside the transaction of the action it records."""
    entry = AuditEntry(
        id=0,
        at=at,
        actor=actor(conn),
        action=action.value,
        participant_id=participant_id,
        target=target,
        detail=detail,
    ).chained_to(audit_repo.last_hash(conn))
    audit_repo.append(conn, entry)


def log_event(db: Database, action: AuditAction, at: dt.datetime, **details: object) -> None:
    """Record an event that has no transaction of its own (lock, unlock, backup…)."""
    with db.transaction() as conn:
        record(
            conn,
            action,
            at,
            participant_id=details.get("participant_id"),  # type: ignore[arg-type]
            target=str(details.get("target", "")),
            detail=str(details.get("detail", "")),
        )


def entries(db: Database, participant_id: int | None = None) -> list[AuditEntry]:
    return list(audit_repo.entries(db.conn, participant_id=participant_id))


def verify(db: Database) -> AuditEntry | None:
    """The first audit row that was altered or removed outside the app, or None."""
    return first_broken(audit_repo.entries(db.conn))


#: A cell starting with one of these is read as a formula by a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    """A text cell that a spreadsheet would run as a formula, prefixed with a single quote."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def to_csv(items: list[AuditEntry]) -> str:
    """The entries as CSV; no cell can start a spreadsheet formula."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "at", "actor", "action", "participant_id", "target", "detail", "hash"])
    for entry in items:
        row: list[object] = [
            entry.id,
            entry.at.isoformat(),
            entry.actor,
            entry.action,
            "" if entry.participant_id is None else entry.participant_id,
            entry.target,
            entry.detail,
            entry.hash,
        ]
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()
