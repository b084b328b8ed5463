"""What `check` reads to hold the records to the audit trail, and the protective triggers.

- `records()`: every signed note, addendum and disclosure with the hash it is vouched by,
  in three queries (never one per row).
- `trigger_problems()`: the triggers in the file against those the schema creates
  (`schema.expected_triggers()`): one dropped, changed or added outside the app is named.
- `vouch_for_older_records`: the schema-9 step writing the BASELINE audit row for records
  older than their own vouching rows (see domain.integrity).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

from counselor_desk.domain import integrity, messages
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
    signed_discharges, unsigned_discharges = clinical_repo.discharge_signature_hashes(conn)
    return integrity.Records(
        hashes={
            integrity.SIGNED_NOTE: {key: stored for key, (stored, _content) in signed.items()},
            integrity.ADDENDUM: {
                item.id: integrity.addendum_hash(item) for item in note_repo.all_addenda(conn)
            },
            integrity.DISCLOSURE: {
                item.id: integrity.disclosure_hash(item)
                for item in clinical_repo.all_disclosures(conn)
            },
            integrity.SIGNED_DISCHARGE: signed_discharges,
            integrity.DISCHARGE_AMENDMENT: clinical_repo.discharge_amendment_hashes(conn),
        },
        unsigned={
            integrity.SIGNED_NOTE: note_repo.unsigned_note_ids(conn),
            integrity.SIGNED_DISCHARGE: unsigned_discharges,
        },
    )


# -- triggers ------------------------------------------------------------------------------


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def triggers(conn: sqlite3.Connection) -> dict[str, str]:
    """Name → SQL (whitespace made single spaces) of every trigger in the file."""
    return {
        str(row[0]): _normal(str(row[1]))
        for row in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }


def trigger_problems(conn: sqlite3.Connection, expected: dict[str, str]) -> list[str]:
    """The protective (and bookkeeping) triggers dropped, changed or added outside the app;
    `expected` is `schema.expected_triggers()`."""
    found = triggers(conn)
    problems = []
    for name, sql in sorted(expected.items()):
        if name not in found:
            problems.append(messages.text("the trigger {name} was dropped", name=name))
        elif found[name] != sql:
            problems.append(messages.text("the trigger {name} was changed", name=name))
    problems += [
        messages.text("a trigger {name} was added", name=name)
        for name in sorted(set(found) - set(expected))
    ]
    return problems


# -- the baseline (schema 9) -----------------------------------------------------------------


def vouch_for_older_records(conn: sqlite3.Connection) -> None:
    """Write one BASELINE audit row vouching for the records that have no row of their own
    carrying their hash yet (signed notes, addenda, disclosures, signed discharge summaries
    and their amendments of earlier versions). Nothing when there are none (a new database)."""
    vouched = integrity.vouched_records(audit_repo.entries(conn))
    held = records(conn, signed_notes(conn))
    baseline = integrity.make_baseline(integrity.unvouched(held, vouched))
    if baseline is None:
        return
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
