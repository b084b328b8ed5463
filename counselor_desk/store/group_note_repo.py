"""The shared part of group notes, the programs' intervention pick lists, and the sessions a
group note is still owed for. Each attendee's own note lives in `notes` (note_repo)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from counselor_desk.domain.group_note import SharedPart
from counselor_desk.domain.model import AttendanceStatus
from counselor_desk.store import settings_repo
from counselor_desk.store.convert import dd, iso_date, iso_moment, t

#: app_settings key: the first day whose groups are owed a group note (the day this caseload
#: got group notes: a database brought to schema 10 does not owe notes for years of groups
#: documented elsewhere before).
NOTES_FROM_KEY = "group_notes_from"


def shared_part(conn: sqlite3.Connection, session_id: int) -> SharedPart | None:
    row = conn.execute(
        "SELECT * FROM group_notes WHERE session_id = :id", {"id": session_id}
    ).fetchone()
    if row is None:
        return None
    return SharedPart(
        topic=row["topic"],
        module=row["module"],
        interventions=tuple(json.loads(row["interventions_json"])),
        interventions_other=row["interventions_other"],
        content=row["content"],
    )


def save_shared_part(
    conn: sqlite3.Connection, session_id: int, shared: SharedPart, now: dt.datetime
) -> None:
    conn.execute(
        """INSERT INTO group_notes (session_id, topic, module, interventions_json,
               interventions_other, content, created_at, updated_at)
           VALUES (:id, :topic, :module, :interventions, :other, :content, :now, :now)
           ON CONFLICT (session_id) DO UPDATE SET topic = excluded.topic,
               module = excluded.module, interventions_json = excluded.interventions_json,
               interventions_other = excluded.interventions_other,
               content = excluded.content, updated_at = excluded.updated_at""",
        {
            "id": session_id,
            "topic": shared.topic,
            "module": shared.module,
            "interventions": json.dumps(list(shared.interventions), ensure_ascii=False),
            "other": shared.interventions_other,
            "content": shared.content,
            "now": iso_moment(now),
        },
    )


def modules_used(conn: sqlite3.Connection, program_id: int) -> list[str]:
    """The modules this program's group notes have named, most recent first (read from the
    group notes, each looking up its session: the program's years of sessions are not walked)."""
    rows = conn.execute(
        """SELECT g.module FROM group_notes g CROSS JOIN sessions s ON s.id = g.session_id
           WHERE s.program_id = :program AND g.module <> ''
           GROUP BY g.module ORDER BY max(s.date) DESC LIMIT 100""",
        {"program": program_id},
    )
    return [str(row[0]) for row in rows]


def interventions(conn: sqlite3.Connection, program_id: int) -> list[str] | None:
    """The program's pick list in its order; None when the program never set one."""
    rows = conn.execute(
        "SELECT name FROM program_interventions WHERE program_id = :id ORDER BY position, name",
        {"id": program_id},
    ).fetchall()
    return [str(row[0]) for row in rows] if rows else None


def set_interventions(conn: sqlite3.Connection, program_id: int, names: list[str]) -> None:
    conn.execute("DELETE FROM program_interventions WHERE program_id = :id", {"id": program_id})
    conn.executemany(
        "INSERT INTO program_interventions (program_id, position, name) VALUES (:id, :at, :name)",
        [{"id": program_id, "at": at, "name": name} for at, name in enumerate(names)],
    )


def notes_owed_from(conn: sqlite3.Connection) -> dt.date | None:
    value = settings_repo.get(conn, NOTES_FROM_KEY)
    try:
        return dd(value) if value else None
    except ValueError:
        return None


def set_notes_owed_from(conn: sqlite3.Connection, day: dt.date) -> None:
    settings_repo.put(conn, NOTES_FROM_KEY, day.isoformat())


def sessions_owed_notes(
    conn: sqlite3.Connection, started_before: dt.datetime, since: dt.date
) -> list[tuple[int, dt.date, dt.time, str, int, int]]:
    """Program sessions (not individual) on or after `since` that started before
    `started_before`, whose roll call is taken and where someone who attended has no signed
    note for it: (session id, date, start, topic (the group note's, else the session's, else its service type),
    attendees, attendees with a signed note), oldest first."""
    attended = [status.value for status in AttendanceStatus if status.attended]
    marks = ", ".join(f":s{i}" for i in range(len(attended)))
    rows = conn.execute(
        f"""SELECT s.id, s.date, s.start_time,
                  coalesce(nullif((SELECT g.topic FROM group_notes g WHERE g.session_id = s.id),
                                  ''), nullif(s.topic, ''), s.service_type),
                  count(*) AS attended,
                  count(n.id) AS signed
           FROM sessions s
           JOIN attendance a ON a.session_id = s.id
           LEFT JOIN notes n ON n.session_id = s.id AND n.participant_id = a.participant_id
                AND n.status = 'signed'
           WHERE s.participant_id IS NULL AND s.cancelled = 0 AND s.service_type <> 'individual'
             AND a.status IN ({marks})
             AND s.date >= :since AND s.date || 'T' || s.start_time || ':00' < :before
           GROUP BY s.id
           HAVING count(n.id) < count(*)
           ORDER BY s.date, s.start_time""",
        {
            "before": iso_moment(started_before),
            "since": iso_date(since),
            **{f"s{i}": value for i, value in enumerate(attended)},
        },
    )
    return [
        (int(row[0]), dd(row[1]), t(row[2]), str(row[3]), int(row[4]), int(row[5])) for row in rows
    ]
