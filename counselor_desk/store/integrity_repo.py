"""What `check` reads to hold the records to the audit trail, and the protective triggers.

- `records()`: every signed note, addendum and disclosure with the hash it is vouched by,
  in three queries (never one per row).
- `trigger_problems()`: the triggers in the file against those the schema creates: one
  dropped, changed or added outside the app is named.
- `vouch_for_older_records`: the schema-9 step writing the BASELINE audit row for records
  older than their own vouching rows (see domain.integrity).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sqlite3

from counselor_desk.domain import integrity
from counselor_desk.domain.audit import AuditAction, AuditEntry
from counselor_desk.store import audit_repo, clinical_repo, note_repo, participant_repo


def signed_notes(conn: sqlite3.Connection) -> dict[int, tuple[str, str]]:
    """Signed notes by id: (stored signature hash, hash recomputed from their content).

    One streamed query, the hash computed from the stored text as it is; only a note whose
    hash does not match that way is read whole and hashed from its values (so text stored
    in an unusual but equal form is never taken for a change)."""
    out: dict[int, tuple[str, str]] = {}
    rows = conn.execute(
        """SELECT id, participant_id, session_date, start_time, duration_minutes, service_type,
                  format, fields_json, risk, risk_detail, goal_id, signed_by, signed_at,
                  content_hash
           FROM notes WHERE status = 'signed' ORDER BY id"""
    )
    for row in rows:
        stored = str(row[13])
        try:
            content = integrity.signed_content_hash(
                participant_id=row[1],
                session_date=row[2],
                start_time=row[3],
                duration_minutes=row[4],
                service_type=row[5],
                format=row[6],
                fields=json.loads(row[7]),
                risk=row[8],
                risk_detail=row[9],
                goal_id=row[10],
                signed_by=row[11],
                signed_at=row[12] or "",
            )
        except (ValueError, TypeError, AttributeError):
            content = ""
        if content != stored:
            note = note_repo.get_note(conn, int(row[0]))
            content = "" if note is None else integrity.note_hash(note)
        out[int(row[0])] = (stored, content)
    return out


def records(conn: sqlite3.Connection, signed: dict[int, tuple[str, str]]) -> integrity.Records:
    """The records the audit trail vouches for; `signed` as `signed_notes` read them."""
    return integrity.Records(
        signed_notes={key: stored for key, (stored, _content) in signed.items()},
        unsigned_notes=note_repo.unsigned_note_ids(conn),
        addenda={item.id: integrity.addendum_hash(item) for item in note_repo.all_addenda(conn)},
        disclosures={
            item.id: integrity.disclosure_hash(item) for item in clinical_repo.all_disclosures(conn)
        },
    )


# -- triggers ------------------------------------------------------------------------------


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


@functools.cache
def expected_triggers() -> dict[str, str]:
    """Name → SQL of every trigger the current schema creates (built once, in memory)."""
    from counselor_desk.store import schema  # here: schema imports this module
    from counselor_desk.store.migrate import apply_migrations

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(conn, ":memory:", 0, schema.MIGRATIONS)
        return _triggers(conn)
    finally:
        conn.close()


def _triggers(conn: sqlite3.Connection) -> dict[str, str]:
    return {
        str(row[0]): _normal(str(row[1]))
        for row in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }


def trigger_problems(conn: sqlite3.Connection) -> list[str]:
    """The protective (and bookkeeping) triggers dropped, changed or added outside the app."""
    found = _triggers(conn)
    problems = []
    for name, sql in sorted(expected_triggers().items()):
        if name not in found:
            problems.append(f"the trigger {name} was dropped")
        elif found[name] != sql:
            problems.append(f"the trigger {name} was changed")
    problems += [
        f"a trigger {name} was added" for name in sorted(set(found) - set(expected_triggers()))
    ]
    return problems


# -- the baseline (schema 9) -----------------------------------------------------------------


def vouch_for_older_records(conn: sqlite3.Connection) -> None:
    """Write one BASELINE audit row vouching for the records that have no row of their own
    yet: signed notes without a SIGN row, every addendum, every disclosure. Nothing when
    there are none (a new database)."""
    with_rows: set[int] = set()
    for entry in audit_repo.entries(conn):
        number = integrity.target_id(entry)
        if (
            entry.action == AuditAction.SIGN
            and number is not None
            and integrity.vouched_hash(entry)
        ):
            with_rows.add(number)
    notes = {
        key: stored
        for key, (stored, _content) in signed_notes(conn).items()
        if key not in with_rows
    }
    older = records(conn, {})
    if not (notes or older.addenda or older.disclosures):
        return
    baseline = integrity.Baseline(
        last_note=max(notes, default=0),
        last_addendum=max(older.addenda, default=0),
        last_disclosure=max(older.disclosures, default=0),
        digest=integrity.baseline_digest(
            integrity.baseline_lines(notes, older.addenda, older.disclosures)
        ),
    )
    profile = participant_repo.get_profile(conn)
    entry = AuditEntry(
        id=0,
        at=dt.datetime.now().replace(microsecond=0),  # migrations have no clock
        actor=profile.name if profile is not None else "(no profile)",
        action=AuditAction.BASELINE.value,
        participant_id=None,
        target="records older than tamper evidence",
        detail=baseline.detail(),
    ).chained_to(audit_repo.last_hash(conn))
    audit_repo.append(conn, entry)
