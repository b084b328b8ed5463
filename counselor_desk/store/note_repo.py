"""Session notes and addenda. Signed notes and addenda are locked by triggers too."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator

from counselor_desk.domain.model import (
    Addendum,
    Note,
    NoteFormat,
    NoteStatus,
    RiskLevel,
    ServiceType,
)
from counselor_desk.store.convert import (
    dd,
    iso_date,
    iso_moment,
    iso_time,
    t,
    ts,
)


def _addendum(row: sqlite3.Row) -> Addendum:
    return Addendum(
        id=row["id"],
        note_id=row["note_id"],
        author=row["author"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        reason=row["reason"],
        text=row["text"],
    )


def _note(row: sqlite3.Row, addenda: tuple[Addendum, ...] = ()) -> Note:
    return Note(
        id=row["id"],
        participant_id=row["participant_id"],
        session_date=dd(row["session_date"]),
        start_time=t(row["start_time"]),
        duration_minutes=row["duration_minutes"],
        service_type=ServiceType(row["service_type"]),
        format=NoteFormat(row["format"]),
        fields=json.loads(row["fields_json"]),
        risk=RiskLevel(row["risk"]),
        risk_detail=row["risk_detail"],
        goal_id=row["goal_id"],
        status=NoteStatus(row["status"]),
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        updated_at=dt.datetime.fromisoformat(row["updated_at"]),
        signed_at=ts(row["signed_at"]),
        signed_by=row["signed_by"],
        content_hash=row["content_hash"],
        addenda=addenda,
        session_id=row["session_id"],
        objective_id=row["objective_id"],
    )


def _note_params(note: Note) -> dict[str, object]:
    return {
        "participant_id": note.participant_id,
        "session_date": iso_date(note.session_date),
        "start": iso_time(note.start_time),
        "minutes": note.duration_minutes,
        "service": note.service_type.value,
        "format": note.format.value,
        "fields": json.dumps(note.fields, ensure_ascii=False, sort_keys=True),
        "risk": note.risk.value,
        "risk_detail": note.risk_detail,
        "goal_id": note.goal_id,
        "updated_at": iso_moment(note.updated_at),
        "session_id": note.session_id,
        "objective_id": note.objective_id,
    }


def insert_note(conn: sqlite3.Connection, note: Note) -> int:
    params = _note_params(note)
    params["created_at"] = iso_moment(note.created_at)
    cursor = conn.execute(
        """INSERT INTO notes (participant_id, session_date, start_time, duration_minutes,
               service_type, format, fields_json, risk, risk_detail, goal_id, status,
               created_at, updated_at, session_id, objective_id)
           VALUES (:participant_id, :session_date, :start, :minutes, :service, :format,
               :fields, :risk, :risk_detail, :goal_id, 'draft', :created_at, :updated_at,
               :session_id, :objective_id)""",
        params,
    )
    return int(cursor.lastrowid or 0)


def update_draft(conn: sqlite3.Connection, note: Note) -> None:
    params = _note_params(note)
    params["id"] = note.id
    conn.execute(
        """UPDATE notes SET session_date = :session_date, start_time = :start,
               duration_minutes = :minutes, service_type = :service, format = :format,
               fields_json = :fields, risk = :risk, risk_detail = :risk_detail,
               goal_id = :goal_id, updated_at = :updated_at, session_id = :session_id,
               objective_id = :objective_id
           WHERE id = :id AND status = 'draft'""",
        params,
    )


def mark_signed(
    conn: sqlite3.Connection,
    note_id: int,
    signed_by: str,
    signed_at: dt.datetime,
    content_hash: str,
) -> None:
    conn.execute(
        """UPDATE notes SET status = 'signed', signed_by = :by, signed_at = :at,
               content_hash = :hash, updated_at = :at
           WHERE id = :id AND status = 'draft'""",
        {"id": note_id, "by": signed_by, "at": iso_moment(signed_at), "hash": content_hash},
    )


def delete_draft(conn: sqlite3.Connection, note_id: int) -> None:
    conn.execute("DELETE FROM notes WHERE id = :id AND status = 'draft'", {"id": note_id})


def get_note(conn: sqlite3.Connection, note_id: int) -> Note | None:
    row = conn.execute("SELECT * FROM notes WHERE id = :id", {"id": note_id}).fetchone()
    if row is None:
        return None
    addenda = conn.execute(
        "SELECT * FROM addenda WHERE note_id = :id ORDER BY created_at, id", {"id": note_id}
    )
    return _note(row, tuple(_addendum(item) for item in addenda))


def notes_for(conn: sqlite3.Connection, participant_id: int) -> list[Note]:
    """A participant's notes, newest session first, each with its addenda."""
    rows = conn.execute(
        "SELECT * FROM notes WHERE participant_id = :id "
        "ORDER BY session_date DESC, start_time DESC, id DESC",
        {"id": participant_id},
    ).fetchall()
    addenda: dict[int, list[Addendum]] = {}
    for item in conn.execute(
        """SELECT a.* FROM addenda a JOIN notes n ON n.id = a.note_id
           WHERE n.participant_id = :id ORDER BY a.created_at, a.id""",
        {"id": participant_id},
    ):
        addenda.setdefault(item["note_id"], []).append(_addendum(item))
    return [_note(row, tuple(addenda.get(row["id"], ()))) for row in rows]


def insert_addendum(conn: sqlite3.Connection, addendum: Addendum) -> int:
    cursor = conn.execute(
        """INSERT INTO addenda (note_id, author, created_at, reason, text)
           VALUES (:note_id, :author, :created_at, :reason, :text)""",
        {
            "note_id": addendum.note_id,
            "author": addendum.author,
            "created_at": iso_moment(addendum.created_at),
            "reason": addendum.reason,
            "text": addendum.text,
        },
    )
    return int(cursor.lastrowid or 0)


def draft_times(
    conn: sqlite3.Connection, participant_ids: list[int]
) -> dict[int, list[dt.datetime]]:
    """When each of these participants' unsigned drafts were started.

    Drafts are few (a counselor's unsigned notes), so all are read through their partial
    index and picked out here: one query whatever the number of participants asked about.
    """
    wanted = set(participant_ids)
    found: dict[int, list[dt.datetime]] = {}
    for _note_id, participant_id, created in all_drafts(conn):
        if participant_id in wanted:
            found.setdefault(participant_id, []).append(created)
    return found


def all_drafts(conn: sqlite3.Connection) -> list[tuple[int, int, dt.datetime]]:
    """(note id, participant id, created at) of every draft."""
    return [
        (row["id"], row["participant_id"], dt.datetime.fromisoformat(row["created_at"]))
        for row in conn.execute(
            "SELECT id, participant_id, created_at FROM notes WHERE status = 'draft'"
        )
    ]


def insert_notes_bulk(conn: sqlite3.Connection, notes: list[Note]) -> None:
    """Insert finished notes (drafts or already signed) in one go: for generated data."""
    conn.executemany(
        """INSERT INTO notes (participant_id, session_date, start_time, duration_minutes,
               service_type, format, fields_json, risk, risk_detail, goal_id, status,
               created_at, updated_at, signed_at, signed_by, content_hash, session_id,
               objective_id)
           VALUES (:participant_id, :session_date, :start, :minutes, :service, :format,
               :fields, :risk, :risk_detail, :goal_id, :status, :created_at, :updated_at,
               :signed_at, :signed_by, :content_hash, :session_id, :objective_id)""",
        [
            {
                **_note_params(note),
                "status": note.status.value,
                "created_at": iso_moment(note.created_at),
                "signed_at": iso_moment(note.signed_at),
                "signed_by": note.signed_by,
                "content_hash": note.content_hash,
            }
            for note in notes
        ],
    )


def signatures(conn: sqlite3.Connection) -> list[tuple[int, int, dt.datetime, str]]:
    """(note id, participant id, signed at, signature hash) of every signed note, in the
    order they were signed."""
    rows = conn.execute(
        """SELECT id, participant_id, signed_at, content_hash FROM notes
           WHERE status = 'signed' ORDER BY signed_at, id"""
    )
    return [(row[0], row[1], dt.datetime.fromisoformat(row[2]), row[3]) for row in rows]


def unsigned_note_ids(conn: sqlite3.Connection) -> frozenset[int]:
    return frozenset(
        int(row[0]) for row in conn.execute("SELECT id FROM notes WHERE status != 'signed'")
    )


def all_addenda(conn: sqlite3.Connection) -> Iterator[Addendum]:
    for row in conn.execute("SELECT * FROM addenda ORDER BY id"):
        yield _addendum(row)


#: How many of the most recently written matches a search orders by date (see `search`).
SEARCH_WINDOW = 1000


def search(
    conn: sqlite3.Connection, fts_query: str, limit: int, window: int = SEARCH_WINDOW
) -> list[tuple[int, int]]:
    """(note id, participant id) of notes matching an FTS5 query, newest session first
    (date, then start time).

    The date order is taken over the `window` most recently written matches, not over every
    match: FTS5 walks rowids backwards and stops there, so a search costs the same on years
    of notes however common the word (ordering every match by date joins each one to its
    note: ~100 ms for a common word on 190,000 notes, against ~8 ms this way). Notes are
    written in the order their sessions happen, late entries within days, so the newest by
    date are among the newest written; when fewer than `window` notes match, the order is
    exact.
    """
    rows = conn.execute(
        """SELECT id, participant_id FROM (
               SELECT n.id, n.participant_id, n.session_date, n.start_time
               FROM notes_fts f JOIN notes n ON n.id = f.rowid
               WHERE notes_fts MATCH :query ORDER BY f.rowid DESC LIMIT :window)
           ORDER BY session_date DESC, start_time DESC, id DESC LIMIT :limit""",
        {"query": fts_query, "limit": limit, "window": max(window, limit)},
    )
    return [(row[0], row[1]) for row in rows]


def get_notes(conn: sqlite3.Connection, note_ids: list[int]) -> dict[int, Note]:
    """Several notes (without addenda) by id."""
    if not note_ids:
        return {}
    marks = ", ".join(f":n{i}" for i in range(len(note_ids)))
    rows = conn.execute(
        f"SELECT * FROM notes WHERE id IN ({marks})",
        {f"n{i}": value for i, value in enumerate(note_ids)},
    )
    return {row["id"]: _note(row) for row in rows}


def _ids(name: str, values: list[int]) -> tuple[str, dict[str, object]]:
    marks = ", ".join(f":{name}{i}" for i in range(len(values)))
    return marks, {f"{name}{i}": value for i, value in enumerate(values)}


def notes_of_session(conn: sqlite3.Connection, session_id: int) -> dict[int, Note]:
    """The notes that document one session, by participant (a group's: one per attendee)."""
    rows = conn.execute(
        "SELECT * FROM notes WHERE session_id = :id ORDER BY participant_id", {"id": session_id}
    )
    return {row["participant_id"]: _note(row) for row in rows}


def earlier_group_entries(
    conn: sqlite3.Connection,
    participant_ids: list[int],
    before: dt.date,
    start: dt.time,
    limit: int,
) -> dict[int, list[Note]]:
    """Each participant's last `limit` group entries of sessions before (date, start),
    newest first."""
    if not participant_ids:
        return {}
    marks, params = _ids("p", participant_ids)
    rows = conn.execute(
        f"""SELECT * FROM (
                SELECT n.*, row_number() OVER (
                    PARTITION BY participant_id ORDER BY session_date DESC, start_time DESC, id DESC
                ) AS place
                FROM notes n
                WHERE participant_id IN ({marks}) AND format = 'group'
                  AND (session_date < :day OR (session_date = :day AND start_time < :start)))
            WHERE place <= :limit ORDER BY participant_id, place""",
        {**params, "day": iso_date(before), "start": iso_time(start), "limit": limit},
    )
    found: dict[int, list[Note]] = {}
    for row in rows:
        found.setdefault(row["participant_id"], []).append(_note(row))
    return found


def sign_many(conn: sqlite3.Connection, signed: list[tuple[int, str, dt.datetime, str]]) -> None:
    """Sign drafts at once: (note id, signer, moment, signature hash) each."""
    conn.executemany(
        """UPDATE notes SET status = 'signed', signed_by = :by, signed_at = :at,
               content_hash = :hash, updated_at = :at
           WHERE id = :id AND status = 'draft'""",
        [
            {"id": note_id, "by": by, "at": iso_moment(at), "hash": content_hash}
            for note_id, by, at, content_hash in signed
        ],
    )
