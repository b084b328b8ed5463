"""Sessions and attendance."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from enum import IntEnum

from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    AttendedSession,
    ServiceType,
    Session,
)
from counselor_desk.domain.record import record
from counselor_desk.store.convert import (
    SQLITE_INTEGERS,
    dd,
    iso_date,
    iso_moment,
    iso_time,
    t,
)


def _session(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"],
        date=dd(row["date"]),
        start_time=t(row["start_time"]),
        duration_minutes=row["duration_minutes"],
        service_type=ServiceType(row["service_type"]),
        topic=row["topic"],
        program_id=row["program_id"],
        participant_id=row["participant_id"],
        cancelled=bool(row["cancelled"]),
        cancel_reason=row["cancel_reason"],
        location=row["location"],
    )


def _session_params(session: Session) -> dict[str, object]:
    return {
        "date": iso_date(session.date),
        "start": iso_time(session.start_time),
        "minutes": session.duration_minutes,
        "service": session.service_type.value,
        "topic": session.topic,
        "program_id": session.program_id,
        "participant_id": session.participant_id,
        "cancelled": int(session.cancelled),
        "cancel_reason": session.cancel_reason,
        "location": session.location,
    }


_INSERT_SESSION = """INSERT INTO sessions (date, start_time, duration_minutes, service_type, topic,
        program_id, participant_id, cancelled, cancel_reason, location)
    VALUES (:date, :start, :minutes, :service, :topic, :program_id, :participant_id,
        :cancelled, :cancel_reason, :location)"""


def insert_session(conn: sqlite3.Connection, session: Session) -> int:
    cursor = conn.execute(_INSERT_SESSION, _session_params(session))
    return int(cursor.lastrowid or 0)


def insert_program_sessions(conn: sqlite3.Connection, sessions: Iterable[Session]) -> None:
    """Materialize scheduled group sessions; a slot that already exists is left as it is."""
    conn.executemany(
        _INSERT_SESSION.replace("INSERT INTO", "INSERT OR IGNORE INTO"),
        [_session_params(session) for session in sessions],
    )


def get_session(conn: sqlite3.Connection, session_id: int) -> Session | None:
    if session_id not in SQLITE_INTEGERS:
        return None
    row = conn.execute("SELECT * FROM sessions WHERE id = :id", {"id": session_id}).fetchone()
    return None if row is None else _session(row)


def sessions_between(conn: sqlite3.Connection, first: dt.date, last: dt.date) -> list[Session]:
    rows = conn.execute(
        "SELECT * FROM sessions WHERE date BETWEEN :first AND :last ORDER BY date, start_time, id",
        {"first": iso_date(first), "last": iso_date(last)},
    )
    return [_session(row) for row in rows]


def sessions_of(
    conn: sqlite3.Connection,
    first: dt.date,
    last: dt.date,
    program_id: int,
    participant_id: int,
    *,
    cancelled_only: bool = False,
) -> list[Session]:
    """The sessions of `first`…`last` one participant can be expected at: the groups of
    their program and their own sessions (not the whole clinic's, which grow with history)."""
    rows = conn.execute(
        "SELECT * FROM sessions WHERE date BETWEEN :first AND :last"
        " AND (participant_id = :pid OR (participant_id IS NULL AND program_id = :program))"
        + (" AND cancelled = 1" if cancelled_only else "")
        + " ORDER BY date, start_time, id",
        {
            "first": iso_date(first),
            "last": iso_date(last),
            "pid": participant_id,
            "program": program_id,
        },
    )
    return [_session(row) for row in rows]


def find_session(
    conn: sqlite3.Connection,
    *,
    date: dt.date,
    start_time: dt.time,
    service_type: ServiceType,
    topic: str,
    program_id: int | None,
    participant_id: int | None,
) -> Session | None:
    row = conn.execute(
        """SELECT * FROM sessions WHERE date = :date AND start_time = :start
             AND service_type = :service AND topic = :topic
             AND program_id IS :program_id AND participant_id IS :participant_id""",
        {
            "date": iso_date(date),
            "start": iso_time(start_time),
            "service": service_type.value,
            "topic": topic,
            "program_id": program_id,
            "participant_id": participant_id,
        },
    ).fetchone()
    return None if row is None else _session(row)


def set_cancelled(conn: sqlite3.Connection, session_id: int, cancelled: bool, reason: str) -> None:
    conn.execute(
        "UPDATE sessions SET cancelled = :cancelled, cancel_reason = :reason WHERE id = :id",
        {"id": session_id, "cancelled": int(cancelled), "reason": reason},
    )


def set_location(conn: sqlite3.Connection, session_id: int, location: str) -> None:
    conn.execute(
        "UPDATE sessions SET location = :location WHERE id = :id",
        {"id": session_id, "location": location},
    )


def session_attendance(conn: sqlite3.Connection, session_id: int) -> dict[int, Attendance]:
    rows = conn.execute("SELECT * FROM attendance WHERE session_id = :id", {"id": session_id})
    return {row["participant_id"]: _attendance(row) for row in rows}


def attendance_for_sessions(
    conn: sqlite3.Connection, session_ids: list[int]
) -> dict[int, dict[int, Attendance]]:
    """session id -> participant id -> mark, for many sessions at once."""
    found: dict[int, dict[int, Attendance]] = {}
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start : start + 500]
        marks = ", ".join(f":s{i}" for i in range(len(chunk)))
        rows = conn.execute(
            f"SELECT * FROM attendance WHERE session_id IN ({marks})",
            {f"s{i}": value for i, value in enumerate(chunk)},
        )
        for row in rows:
            found.setdefault(row["session_id"], {})[row["participant_id"]] = _attendance(row)
    return found


def _attendance(row: sqlite3.Row) -> Attendance:
    return Attendance(
        session_id=row["session_id"],
        participant_id=row["participant_id"],
        status=AttendanceStatus(row["status"]),
        minutes_attended=row["minutes_attended"],
        telehealth=bool(row["telehealth"]),
        comment=row["comment"],
    )


_INSERT_ATTENDANCE = """INSERT INTO attendance (session_id, participant_id, status,
        minutes_attended, telehealth, comment, recorded_at)
    VALUES (:session_id, :participant_id, :status, :minutes, :telehealth, :comment, :now)"""

_UPSERT = """ ON CONFLICT (session_id, participant_id) DO UPDATE SET status = :status,
        minutes_attended = :minutes, telehealth = :telehealth, comment = :comment,
        recorded_at = :now"""


def save_attendance(
    conn: sqlite3.Connection,
    marks: Iterable[Attendance],
    now: dt.datetime,
    *,
    replace: bool = True,
) -> None:
    """Write marks; with replace=False a mark that exists already raises IntegrityError."""
    conn.executemany(
        _INSERT_ATTENDANCE + (_UPSERT if replace else ""),
        [
            {
                "session_id": mark.session_id,
                "participant_id": mark.participant_id,
                "status": mark.status.value,
                "minutes": mark.minutes_attended,
                "telehealth": int(mark.telehealth),
                "comment": mark.comment,
                "now": iso_moment(now),
            }
            for mark in marks
        ],
    )


@record
class Correction:
    session_id: int
    participant_id: int
    old_status: AttendanceStatus | None
    old_minutes: int | None
    new_status: AttendanceStatus
    new_minutes: int
    reason: str
    corrected_at: dt.datetime


def insert_correction(conn: sqlite3.Connection, correction: Correction) -> None:
    conn.execute(
        """INSERT INTO attendance_corrections (session_id, participant_id, old_status,
               old_minutes, new_status, new_minutes, reason, corrected_at)
           VALUES (:session_id, :participant_id, :old_status, :old_minutes, :new_status,
               :new_minutes, :reason, :at)""",
        {
            "session_id": correction.session_id,
            "participant_id": correction.participant_id,
            "old_status": None if correction.old_status is None else correction.old_status.value,
            "old_minutes": correction.old_minutes,
            "new_status": correction.new_status.value,
            "new_minutes": correction.new_minutes,
            "reason": correction.reason,
            "at": iso_moment(correction.corrected_at),
        },
    )


def corrections_for(conn: sqlite3.Connection, participant_id: int) -> list[Correction]:
    rows = conn.execute(
        "SELECT * FROM attendance_corrections WHERE participant_id = :id ORDER BY corrected_at, id",
        {"id": participant_id},
    )
    return [
        Correction(
            session_id=row["session_id"],
            participant_id=row["participant_id"],
            old_status=None if row["old_status"] is None else AttendanceStatus(row["old_status"]),
            old_minutes=row["old_minutes"],
            new_status=AttendanceStatus(row["new_status"]),
            new_minutes=row["new_minutes"],
            reason=row["reason"],
            corrected_at=dt.datetime.fromisoformat(row["corrected_at"]),
        )
        for row in rows
    ]


def attended_sessions(
    conn: sqlite3.Connection, participant_ids: list[int]
) -> dict[int, list[AttendedSession]]:
    """Every marked session of these participants, oldest first, grouped by participant.

    Read as plain rows: the marks from the participant index, then each session they name
    once (a group's session is shared by its members), each date and time parsed once."""
    found: dict[int, list[AttendedSession]] = {}
    for start in range(0, len(participant_ids), MARKED_PER_QUERY):
        chunk = participant_ids[start : start + MARKED_PER_QUERY]
        cursor = conn.execute(
            f"""SELECT participant_id, session_id, status, minutes_attended, telehealth
                FROM attendance WHERE participant_id IN ({", ".join("?" * len(chunk))})
                ORDER BY participant_id, session_id""",
            chunk,
        )
        cursor.row_factory = None
        marks = cursor.fetchall()
        sessions = _marked_sessions(conn, sorted({mark[1] for mark in marks}))
        ordered: dict[int, list[tuple[str, int, AttendedSession]]] = {}
        for participant_id, session_id, status, minutes, telehealth in marks:
            order, date, time, duration, service, topic, cancelled = sessions[session_id]
            ordered.setdefault(participant_id, []).append(
                (
                    order,
                    session_id,
                    AttendedSession(
                        date,
                        time,
                        duration,
                        service,
                        AttendanceStatus.CANCELLED if cancelled else _STATUS[status],
                        0 if cancelled else minutes,
                        session_id,
                        bool(telehealth),
                        topic,
                    ),
                )
            )
        for participant_id, items in ordered.items():
            items.sort()  # by date and start time (then session: ids are unique per person)
            found[participant_id] = [item[2] for item in items]
    return found


#: Participants, or sessions, named in one query of `attended_sessions`.
MARKED_PER_QUERY = 500

_Marked = tuple[str, dt.date, dt.time, int, ServiceType, str, int]


def _marked_sessions(conn: sqlite3.Connection, session_ids: list[int]) -> dict[int, _Marked]:
    """Sessions by id: (date and start time as stored, which sort as the session's moment,
    date, start time, length, service, topic, cancelled)."""
    found: dict[int, _Marked] = {}
    days: dict[str, dt.date] = {}
    times: dict[str, dt.time] = {}
    for start in range(0, len(session_ids), MARKED_PER_QUERY):
        chunk = session_ids[start : start + MARKED_PER_QUERY]
        cursor = conn.execute(
            f"""SELECT id, date, start_time, duration_minutes, service_type, topic, cancelled
                FROM sessions WHERE id IN ({", ".join("?" * len(chunk))})""",
            chunk,
        )
        cursor.row_factory = None
        for session_id, day, start_time, duration, service, topic, cancelled in cursor:
            date = days.get(day)
            if date is None:
                date = days[day] = dd(day)
            time = times.get(start_time)
            if time is None:
                time = times[start_time] = t(start_time)
            found[session_id] = (
                f"{day} {start_time}",
                date,
                time,
                duration,
                _SERVICE[service],
                topic,
                cancelled,
            )
    return found


_STATUS = {status.value: status for status in AttendanceStatus}
_SERVICE = {service.value: service for service in ServiceType}


# -- the individual session a note documents ------------------------------------------------


def sessions_of_participant_on(
    conn: sqlite3.Connection, participant_id: int, day: dt.date, service_type: ServiceType
) -> list[Session]:
    """A participant's own sessions (individual or family) of one type on one day."""
    rows = conn.execute(
        """SELECT * FROM sessions WHERE participant_id = :pid AND date = :day
             AND service_type = :service ORDER BY start_time, id""",
        {"pid": participant_id, "day": iso_date(day), "service": service_type.value},
    )
    return [_session(row) for row in rows]


class MadeByNote(IntEnum):
    """What writing a note made of a participant's own session (`sessions.made_by_note`)."""

    NOTHING = 0
    #: The session itself (and its mark): the note's to move and to remove.
    SESSION = 1
    #: Only the participant's mark on a session that existed: the note's to remove.
    MARK = 2


def insert_session_for_note(conn: sqlite3.Connection, session: Session) -> int:
    """A participant's session that writing its note created."""
    session_id = insert_session(conn, session)
    set_made_by_note(conn, session_id, MadeByNote.SESSION)
    return session_id


def made_by_note(conn: sqlite3.Connection, session_id: int) -> MadeByNote:
    row = conn.execute(
        "SELECT made_by_note FROM sessions WHERE id = :id", {"id": session_id}
    ).fetchone()
    return MadeByNote(row[0]) if row else MadeByNote.NOTHING


def set_made_by_note(conn: sqlite3.Connection, session_id: int, made: MadeByNote) -> None:
    conn.execute(
        "UPDATE sessions SET made_by_note = :made WHERE id = :id",
        {"id": session_id, "made": int(made)},
    )


def delete_marks(conn: sqlite3.Connection, session_id: int) -> None:
    """The marks of a participant's own session (one participant's) that a note had made."""
    conn.execute("DELETE FROM attendance WHERE session_id = :id", {"id": session_id})


def set_session_time(
    conn: sqlite3.Connection, session_id: int, day: dt.date, start: dt.time, minutes: int
) -> None:
    conn.execute(
        """UPDATE sessions SET date = :day, start_time = :start, duration_minutes = :minutes
           WHERE id = :id""",
        {"id": session_id, "day": iso_date(day), "start": iso_time(start), "minutes": minutes},
    )


def delete_session(conn: sqlite3.Connection, session_id: int) -> None:
    """Remove a session with its attendance (a note-made session whose draft was discarded)."""
    conn.execute("DELETE FROM attendance WHERE session_id = :id", {"id": session_id})
    conn.execute("DELETE FROM sessions WHERE id = :id", {"id": session_id})


# -- an import's many sessions at once -------------------------------------------------------

#: (date, start time) slots looked up per query by `sessions_at` (two variables each).
SLOTS_PER_QUERY = 400


def sessions_at(
    conn: sqlite3.Connection, slots: Iterable[tuple[dt.date, dt.time]]
) -> list[Session]:
    """Every session at these (date, start time) slots, oldest first, in a few queries (an
    import's rows name thousands)."""
    wanted = sorted({(iso_date(day), iso_time(start)) for day, start in slots})
    found: list[Session] = []
    for first in range(0, len(wanted), SLOTS_PER_QUERY):
        chunk = wanted[first : first + SLOTS_PER_QUERY]
        values = ", ".join(f"(:date{i}, :start{i})" for i in range(len(chunk)))
        params: dict[str, object] = {}
        for i, (day, start) in enumerate(chunk):
            params[f"date{i}"] = day
            params[f"start{i}"] = start
        rows = conn.execute(
            f"""SELECT s.* FROM (VALUES {values}) AS slot
                JOIN sessions s ON s.date = slot.column1 AND s.start_time = slot.column2""",
            params,
        )
        found.extend(_session(row) for row in rows)
    return sorted(found, key=lambda session: session.id)


#: The page cache while many marks are written, in KiB (SQLite's default is 2 MB): 50,000 marks
#: reach most pages of the attendance index, of the participants and of the caseload cache,
#: which a small cache reads and spills again and again (0.7 s of a 50,000-mark import at 10x).
BULK_CACHE_KIB = 65536


@contextlib.contextmanager
def _bulk_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """The page cache at least BULK_CACHE_KIB for the block, then as it was (the pages it
    filled are given back)."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    kib = -before if before < 0 else before * page_size // 1024
    if kib >= BULK_CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def insert_marks(
    conn: sqlite3.Connection, marks: Iterable[tuple[int, Iterable[Attendance], dt.datetime]]
) -> None:
    """New marks of many sessions in one statement: (session id, its marks, when recorded).
    A mark that exists already raises IntegrityError (the caller has checked)."""
    rows = (
        (
            session_id,
            mark.participant_id,
            mark.status.value,
            mark.minutes_attended,
            int(mark.telehealth),
            mark.comment,
            recorded_at,
        )
        for session_id, session_marks, now in marks
        for recorded_at in (iso_moment(now),)
        for mark in session_marks
    )
    with _bulk_cache(conn):
        conn.executemany(
            """INSERT INTO attendance (session_id, participant_id, status, minutes_attended,
                   telehealth, comment, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
